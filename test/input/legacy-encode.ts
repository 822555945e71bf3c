/** Encoders for legacy encodings Node can decode but not encode: built by inverting TextDecoder. */
function inverse(label: string): Map<string, number> {
  const map = new Map<string, number>();
  const decoder = new TextDecoder(label);
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(new Uint8Array([b]));
    if (!map.has(ch)) map.set(ch, b);
  }
  return map;
}

const CP1256 = inverse('windows-1256');
const CP1252 = inverse('windows-1252');

function encodeWith(map: Map<string, number>, s: string, label: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const b = map.get(ch);
    if (b === undefined) throw new Error(`${JSON.stringify(ch)} has no ${label} byte`);
    out.push(b);
  }
  return Uint8Array.from(out);
}

export const encodeWindows1256 = (s: string): Uint8Array => encodeWith(CP1256, s, 'windows-1256');
export const encodeWindows1252 = (s: string): Uint8Array => encodeWith(CP1252, s, 'windows-1252');

export function encodeUtf16(s: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  let i = 0;
  if (bom) {
    out[i++] = endian === 'le' ? 0xff : 0xfe;
    out[i++] = endian === 'le' ? 0xfe : 0xff;
  }
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    out[i++] = endian === 'le' ? c & 0xff : c >> 8;
    out[i++] = endian === 'le' ? c >> 8 : c & 0xff;
  }
  return out;
}
