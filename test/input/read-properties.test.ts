import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { decodeBytes, readBytes, toDoc, type ReadResult } from '../../src/read/index.js';
import { expectValidDoc } from '../doc-invariants.js';
import { encodeUtf16, encodeWindows1256 } from './legacy-encode.js';

/** Arabic words from letters Windows-1256 can encode, with spaces, punctuation and digits between. */
const ARABIC_LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي ءآأؤإئةى';
const arabicWord = fc
  .array(fc.constantFrom(...ARABIC_LETTERS.replace(' ', '')), { minLength: 2, maxLength: 9 })
  .map((cs) => cs.join(''));
/** Prose-like: every word followed by a space, punctuation, a number or a line break. */
const arabicText = fc
  .array(fc.tuple(arabicWord, fc.constantFrom(' ', ' ', ' ', '، ', '. ', '؟ ', ' 12 ', '\n', ' "')), {
    minLength: 4,
    maxLength: 60,
  })
  .map((items) => items.map(([w, sep]) => w + sep).join(''));

describe('reading, property-based', () => {
  it('decodes Arabic text identically from UTF-8, UTF-16 LE/BE and Windows-1256', () => {
    fc.assert(
      fc.property(arabicText, (text) => {
        expect(decodeBytes(new TextEncoder().encode(text), 'x').text).toBe(text);
        expect(decodeBytes(encodeUtf16(text, 'le'), 'x').text).toBe(text);
        expect(decodeBytes(encodeUtf16(text, 'be'), 'x').text).toBe(text);
        const legacy = decodeBytes(encodeWindows1256(text), 'x');
        expect(legacy.text).toBe(text);
        expect(legacy.encoding).toBe('windows-1256');
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary bytes: every input yields articles or RasdErrors', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom('txt', 'json', 'jsonl', 'html', ''),
        (bytes, ext) => {
          const results: ReadResult[] = [...readBytes(bytes, `in.${ext}`, {}, ext)];
          expect(results.length).toBeGreaterThan(0);
          for (const r of results) {
            if (r.kind === 'error') expect(r.error.code).toMatch(/^INPUT_/);
            else expect(r.input.id).toMatch(/\S/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('turns any decodable text into a document whose layers are valid', () => {
    fc.assert(
      fc.property(fc.oneof(arabicText, fc.string({ maxLength: 300 })), (text) => {
        for (const r of readBytes(new TextEncoder().encode(text), 'in.txt')) {
          if (r.kind === 'article') expectValidDoc(defaultPipeline().run(toDoc(r)));
        }
      }),
      { numRuns: 150 },
    );
  });
});
