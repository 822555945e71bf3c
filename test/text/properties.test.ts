import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/doc/index.js';
import { normalize } from '../../src/text/normalize.js';
import { expectValidDoc } from '../doc-invariants.js';
import { analyzeText } from './helpers.js';

/** The document-model invariants plus what the text layer promises on top of them. */
function expectTextLayer(doc: Doc): void {
  expect(doc.diagnostics.filter((d) => d.rule === 'pipeline/pass-failed')).toEqual([]);
  expectValidDoc(doc);
  for (const d of doc.diagnostics) {
    if (d.start === null || d.end === null) continue;
    expect(d.start).toBeGreaterThanOrEqual(0);
    expect(d.start).toBeLessThan(d.end);
    expect(d.end).toBeLessThanOrEqual(doc.text.length);
  }
  for (const s of doc.sentences) {
    expect(
      doc.segments.some((g) => g.start <= s.start && s.end <= g.end),
      'sentence inside a segment',
    ).toBe(true);
  }
  for (const t of doc.tokens) {
    expect(normalize(t.norm)).toBe(t.norm);
    for (const c of t.clitics ?? []) {
      expect(c.start).toBeGreaterThanOrEqual(t.start);
      expect(c.end).toBeLessThanOrEqual(t.end);
    }
  }
}

/** Characters that exercise the repairs: Arabic letters and final forms, marks, punctuation, dashes, digits. */
const TRICKY = [...'اأإآبتةثجحخدذرسشصضطظعغفقكلمنهوىيءؤئ', 'ً', 'ٌ', 'ّ', 'ـ', ...'.,،؛؟!…-–#«»"“”()'];
const TRICKY_MORE = [
  ' ',
  ' ',
  ' ',
  '\n',
  '3',
  '٣',
  '٫',
  '.',
  '\u200f',
  '\ufefb',
  'ﺑ',
  'x',
  '@',
  '👍',
  'https://a.b/c',
];
const trickyText = fc
  .array(fc.constantFrom(...TRICKY, ...TRICKY_MORE), { maxLength: 200 })
  .map((parts) => parts.join(''));

describe('text layer invariants', () => {
  it('holds on random Unicode and never throws', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ maxLength: 40 }),
        (body, title) => {
          expectTextLayer(analyzeText(body, title));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('holds on random Arabic-like text with punctuation, dashes and glue', () => {
    fc.assert(
      fc.property(trickyText, trickyText, (body, title) => {
        expectTextLayer(analyzeText(body, title));
      }),
      { numRuns: 300 },
    );
  });

  it('holds on real Arabic news articles (ANT sample)', (ctx) => {
    const file = resolve(import.meta.dirname, '../../../shared/data/news/ant.jsonl.gz');
    if (!existsSync(file)) {
      ctx.skip();
      return;
    }
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter(Boolean);
    const step = Math.max(1, Math.floor(lines.length / 60));
    let checked = 0;
    for (let i = 0; i < lines.length; i += step) {
      const rec = JSON.parse(lines[i]!) as { title?: string; body?: string };
      const doc = analyzeText(rec.body ?? '', rec.title ?? '');
      expectTextLayer(doc);
      expect(doc.tokens.length).toBeGreaterThan(0);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(50);
  });
});
