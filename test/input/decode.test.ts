import { describe, expect, it } from 'vitest';
import { RasdError } from '../../src/doc/index.js';
import { binaryReason, decodeBytes } from '../../src/read/index.js';
import { encodeUtf16, encodeWindows1252, encodeWindows1256 } from './legacy-encode.js';

const ARABIC = 'انطلقت المحادثات في العاصمة، وقال الوفد إن الجولة المقبلة ستعقد الشهر القادم.';
const utf8 = (s: string) => new TextEncoder().encode(s);

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return (e as RasdError).code;
  }
  return undefined;
}

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeBytes(utf8(ARABIC), 'x')).toEqual({ text: ARABIC, encoding: 'utf-8', replaced: 0 });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(ARABIC)]);
    expect(decodeBytes(bom, 'x')).toEqual({ text: ARABIC, encoding: 'utf-8-bom', replaced: 0 });
  });

  it('reads UTF-16 LE and BE with a BOM, and without one', () => {
    expect(decodeBytes(encodeUtf16(ARABIC, 'le'), 'x')).toMatchObject({ text: ARABIC, encoding: 'utf-16le' });
    expect(decodeBytes(encodeUtf16(ARABIC, 'be'), 'x')).toMatchObject({ text: ARABIC, encoding: 'utf-16be' });
    expect(decodeBytes(encodeUtf16('Plain ASCII text in UTF-16', 'le', false), 'x')).toMatchObject({
      text: 'Plain ASCII text in UTF-16',
      encoding: 'utf-16le',
    });
    expect(decodeBytes(encodeUtf16(ARABIC, 'be', false), 'x')).toMatchObject({
      text: ARABIC,
      encoding: 'utf-16be',
    });
  });

  it('recognises Windows-1256 Arabic by its letters', () => {
    const bytes = encodeWindows1256(ARABIC);
    expect(decodeBytes(bytes, 'x')).toEqual({ text: ARABIC, encoding: 'windows-1256', replaced: 0 });
  });

  it('reads legacy Latin text (Windows-1252) so that it can be reported as not Arabic', () => {
    const fr = 'Les négociations ont repris à Astana, selon le ministère kazakh des Affaires étrangères.';
    expect(decodeBytes(encodeWindows1252(fr), 'x')).toMatchObject({ text: fr, encoding: 'windows-1252' });
  });

  it('keeps mostly good UTF-8 with a stray broken byte, counting the replacement', () => {
    const long = ARABIC.repeat(40);
    const bytes = new Uint8Array([...utf8(long), 0xd8]);
    const d = decodeBytes(bytes, 'x');
    expect(d.encoding).toBe('utf-8');
    expect(d.replaced).toBe(1);
    expect(d.text.startsWith(long)).toBe(true);
  });

  it('refuses binary files', () => {
    expect(code(() => decodeBytes(new Uint8Array([...utf8(ARABIC), 0x00, ...utf8(ARABIC)]), 'x'))).toBe(
      'INPUT_BINARY',
    );
    expect(binaryReason(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toMatch(/PNG/);
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(binaryReason(controls)).toMatch(/control/);
    expect(binaryReason(utf8(ARABIC))).toBeNull();
  });

  it('refuses bytes that are neither UTF-8, UTF-16, Arabic Windows-1256 nor Latin text', () => {
    const junk = new Uint8Array(256).map((_, i) => 0xa0 + (i % 32));
    const err = (() => {
      try {
        decodeBytes(junk, 'junk.txt');
      } catch (e) {
        return e as RasdError;
      }
      return null;
    })();
    expect(err?.code).toBe('INPUT_UNDECODABLE');
    expect(err?.toLine()).toMatch(/^junk\.txt: undecodable bytes/);
  });
});

describe('legacy web pages', () => {
  const page = (charset: string | null) =>
    `<!doctype html><html><head>${charset ? `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">` : ''}<title>خبر</title>` +
    `<link rel="stylesheet" href="/css/main.css"><script src="/js/app.js"></script></head><body>` +
    `<div class="nav"><a href="/index.php?section=1&amp;page=2">الرئيسية</a></div>` +
    `<div class="content"><p>${ARABIC}</p></div></body></html>`;

  it('recognises Windows-1256 in a page that is mostly ASCII markup, declared or not', () => {
    for (const charset of ['windows-1256', null]) {
      const d = decodeBytes(encodeWindows1256(page(charset)), 'page.html');
      expect(d.encoding).toBe('windows-1256');
      expect(d.text).toBe(page(charset));
    }
  });

  it('believes a declared ISO-8859-6 charset', () => {
    const iso = new Map<string, number>();
    const dec = new TextDecoder('iso-8859-6');
    for (let b = 0; b < 256; b++) iso.set(dec.decode(new Uint8Array([b])), b);
    const text = page('iso-8859-6');
    const bytes = Uint8Array.from([...text].map((c) => iso.get(c) ?? 0x3f));
    const d = decodeBytes(bytes, 'page.html');
    expect(d.encoding).toBe('iso-8859-6');
    expect(d.text).toBe(text);
  });
});

describe('UTF-16 without a BOM', () => {
  it('is recognised with bidi controls and typographic punctuation (a third high byte)', () => {
    const text = `\u202e${'قال الوزير “إن المحادثات انتهت” – وفق البيان.\u202c '.repeat(8)}`;
    expect(decodeBytes(encodeUtf16(text, 'le', false), 'x')).toMatchObject({ text, encoding: 'utf-16le' });
  });
});
