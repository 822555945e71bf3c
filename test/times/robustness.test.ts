import { gunzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc/index.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { expectValidDoc } from '../doc-invariants.js';

const ARABIC_BITS = [
  'أمس',
  'اليوم',
  'الأربعاء',
  'قبل',
  'يومين',
  '10',
  'أسابيع',
  'أيلول',
  '/',
  'سبتمبر',
  '2017',
  'مطلع',
  'خريف',
  '31',
  'شباط',
  "'",
  '19',
  'الساعة',
  ':',
  '٣٠',
  'رمضان',
  'هـ',
  'ـ',
  'ال',
  'ألف',
  'مليون',
  'ونصف',
  '%',
  'بالمئة',
  'أكثر',
  'من',
  'قتل',
  'شخص',
  'الـ',
  'عشر',
  'الحادية',
  'عشرة',
  ' ',
  '،',
  '.',
  '\n',
  'و',
  '99999999999999999999',
];

const run = (body: string, published: string | null) => {
  const doc = defaultPipeline().run(createDoc({ id: 'p', body, published }));
  expect(doc.diagnostics.filter((d) => d.rule === 'pipeline/pass-failed')).toEqual([]);
  expectValidDoc(doc);
  return doc;
};

describe('times and quantities never throw', () => {
  it('on random Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        run(s, '2018-11-28');
      }),
      { numRuns: 100 },
    );
  });

  it('on random sequences of the words they look for, with and without a publication date', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ARABIC_BITS), { maxLength: 40 }),
        fc.option(fc.constantFrom('2018-11-28', '2016-02-29', 'not a date', '0001-01-01')),
        (parts, published) => {
          const doc = run(parts.join(' '), published);
          for (const t of doc.times) expect(t.value).not.toMatch(/NaN|undefined/);
          for (const q of doc.quantities) expect(Number.isFinite(q.value)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  const ant = new URL('../../../shared/data/news/ant.jsonl.gz', import.meta.url);
  it.skipIf(!existsSync(ant))('on real ANT articles', () => {
    const lines = gunzipSync(readFileSync(ant)).toString('utf8').split('\n');
    for (let k = 0; k < lines.length; k += 331) {
      if (!lines[k]) continue;
      const a = JSON.parse(lines[k]!) as { title: string; body: string; published: string };
      run(`${a.title}\n${a.body}`, a.published);
    }
  });
});
