/**
 * Bytes → text. Detects UTF-8 (with or without BOM), UTF-16 LE/BE (with a BOM, or without one when
 * every other byte is NUL) and Windows-1256, the legacy encoding of Arabic web sites and archives.
 * Binary files (NUL bytes, control characters, known magic numbers) are refused before decoding.
 * Legacy Latin text (Windows-1252, e.g. a French wire story) is accepted so that it can be reported as
 * not Arabic instead of being refused.
 */
import { RasdError } from '../doc/index.js';
import { countScripts } from './lang.js';

export type Encoding =
  'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'iso-8859-6' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Set when a few invalid UTF-8 sequences were replaced by U+FFFD. */
  replaced: number;
}

const MAGIC: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['ELF', [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * UTF-16 without a BOM: text in one script keeps the high byte of each pair within very few values
 * (0x00 for ASCII, 0x06 for Arabic, 0x20 for punctuation and bidi marks), and spaces put NULs there.
 */
function sniffBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 16) return null;
  const pairs = n / 2;
  const side = (offset: number): { nul: number; common: number } => {
    const counts = new Map<number, number>();
    let nul = 0;
    for (let i = offset; i < n; i += 2) {
      const b = bytes[i]!;
      if (b === 0) nul++;
      counts.set(b, (counts.get(b) ?? 0) + 1);
    }
    const top = [...counts.values()].sort((a, b) => b - a);
    return { nul: nul / pairs, common: ((top[0] ?? 0) + (top[1] ?? 0) + (top[2] ?? 0)) / pairs };
  };
  const even = side(0);
  const odd = side(1);
  // LE: the high byte is the odd one.
  if (odd.nul >= 0.05 && odd.common >= 0.95 && even.nul < 0.02) return 'utf-16le';
  if (even.nul >= 0.05 && even.common >= 0.95 && odd.nul < 0.02) return 'utf-16be';
  return null;
}

/** Why these bytes are not text, or null when they may be. Looks at the first 8 KiB. */
export function binaryReason(bytes: Uint8Array): string | null {
  for (const [name, magic] of MAGIC) if (startsWith(bytes, magic)) return `a ${name} file`;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'it contains NUL bytes';
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f)
      control++;
  }
  if (n > 0 && control / n > 0.1) return 'too many control characters';
  return null;
}

/**
 * Arabic letters in the first 8K characters, as a share of the letters (`ratio`) and of the visible
 * characters (`density`) outside ASCII: markup and Latin words do not dilute it, and real Arabic prose
 * is mostly letters where mis-decoded bytes are mostly symbols.
 */
export function arabicLetterRatio(text: string): {
  ratio: number;
  density: number;
  arabic: number;
} {
  const { arabic, nonAsciiLetters, nonAsciiVisible } = countScripts(text);
  return {
    ratio: nonAsciiLetters === 0 ? 0 : arabic / nonAsciiLetters,
    density: nonAsciiVisible === 0 ? 0 : arabic / nonAsciiVisible,
    arabic,
  };
}

/** Mostly ASCII, and the bytes above it decode to letters in Windows-1252 (é, à, ç, ü …). */
function looksLikeLatinText(bytes: Uint8Array): boolean {
  const latin = new TextDecoder('windows-1252').decode(bytes);
  const high = latin.match(/[\u0080-\uffff]/g) ?? [];
  if (high.length === 0 || high.length / latin.length > 0.2) return false;
  const letters = high.filter((c) => /\p{L}/u.test(c)).length;
  return letters / high.length >= 0.8;
}

const CHARSETS: Record<string, Encoding> = {
  'windows-1256': 'windows-1256',
  cp1256: 'windows-1256',
  'x-cp1256': 'windows-1256',
  'iso-8859-6': 'iso-8859-6',
  'iso_8859-6': 'iso-8859-6',
  arabic: 'iso-8859-6',
  'windows-1252': 'windows-1252',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
};

/** `<meta charset=…>`, `<meta http-equiv … charset=…>` or `<?xml … encoding=…?>` in the first 2 KB. */
function declaredCharset(bytes: Uint8Array): Encoding | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  const name = (m?.[1] ?? m?.[2])?.toLowerCase();
  return name ? (CHARSETS[name] ?? null) : null;
}

function countNonAscii(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) n++;
  return n;
}

function countReplacement(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\ufffd'); i !== -1; i = s.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/**
 * Decodes bytes, detecting the encoding. Throws `INPUT_BINARY` or `INPUT_UNDECODABLE` naming `subject`.
 */
export function decodeBytes(bytes: Uint8Array, subject: string): Decoded {
  if (bytes.length >= 3 && startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return decodeUtf8(bytes.subarray(3), subject, 'utf-8-bom');
  }
  if (bytes.length >= 2 && startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', replaced: 0 };
  }
  if (bytes.length >= 2 && startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', replaced: 0 };
  }
  const utf16 = sniffBomlessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, replaced: 0 };
  const why = binaryReason(bytes);
  if (why) throw new RasdError('INPUT_BINARY', `binary file, not text (${why})`, { subject });
  return decodeUtf8(bytes, subject, 'utf-8');
}

function decodeUtf8(bytes: Uint8Array, subject: string, encoding: 'utf-8' | 'utf-8-bom'): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding, replaced: 0 };
  } catch {
    // Not valid UTF-8: legacy Arabic (Windows-1256) if that reading gives Arabic text.
  }
  // A legacy charset the page or XML declaration names is believed once the bytes are not UTF-8.
  const declared = declaredCharset(bytes);
  if (declared) return { text: new TextDecoder(declared).decode(bytes), encoding: declared, replaced: 0 };
  const lossy = new TextDecoder('utf-8').decode(bytes);
  const replaced = countReplacement(lossy);
  // Real UTF-8 with a few broken bytes still has mostly valid multi-byte sequences; Windows-1256
  // Arabic forms valid UTF-8 pairs only by accident.
  const mostlyUtf8 = countNonAscii(lossy) - replaced >= 4 * replaced;
  if (encoding === 'utf-8' && !mostlyUtf8) {
    const legacy = new TextDecoder('windows-1256').decode(bytes);
    const asLegacy = arabicLetterRatio(legacy);
    const asUtf8 = arabicLetterRatio(lossy.replaceAll('\ufffd', ''));
    // Windows-1256 maps every byte, so it always "decodes": accept it only when it yields mostly
    // Arabic letters, and more of them than the damaged UTF-8 reading does.
    if (
      asLegacy.ratio >= 0.5 &&
      asLegacy.density >= 0.5 &&
      asLegacy.arabic >= 3 &&
      asLegacy.arabic > asUtf8.arabic
    ) {
      return { text: legacy, encoding: 'windows-1256', replaced: 0 };
    }
    if (asLegacy.ratio === 0 && looksLikeLatinText(bytes)) {
      return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', replaced: 0 };
    }
  }
  // A handful of broken sequences in otherwise good UTF-8 (a truncated scrape) is recoverable.
  if (replaced <= Math.max(2, lossy.length / 1000)) return { text: lossy, encoding, replaced };
  throw new RasdError(
    'INPUT_UNDECODABLE',
    `undecodable bytes: not valid UTF-8 (${replaced} invalid sequences), UTF-16 or Windows-1256 Arabic`,
    { subject },
  );
}
