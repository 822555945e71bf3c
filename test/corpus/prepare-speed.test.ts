import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc/index.js';
import { indexTermsOf, storedIndexTerms } from '../../src/corpus/index-terms.js';
import { byCodePoint, topTerms } from '../../src/corpus/prepare.js';
import { buildPipeline } from '../../src/pipeline/pipeline.js';
import { textPasses } from '../../src/pipeline/default.js';

/** The definition topTerms must match: every entry sorted, the first k kept. */
function reference(tf: ReadonlyMap<string, number>, k: number): [string, number][] {
  return [...tf.entries()].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0])).slice(0, k);
}

describe('topTerms', () => {
  it('keeps what sorting every entry keeps', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.integer({ min: 1, max: 6 })), { maxLength: 120 }),
        fc.integer({ min: 0, max: 50 }),
        (entries, k) => {
          const tf = new Map(entries);
          expect(topTerms(tf, k)).toEqual(reference(tf, k));
        },
      ),
    );
  });
});

describe('storedIndexTerms', () => {
  it('writes the terms and offsets indexTermsOf gives', () => {
    const pipeline = buildPipeline(textPasses());
    for (const body of [
      'قال وزير الخارجية الروسي سيرغي لافروف إن #روسيا سترسل 25 طائرة إلى www.example.com يوم 12،5 مارس.',
      'Hello, world! 3.5 % والمحادثات، مع e-mail a.b@c.org و😀 ...',
      '',
    ]) {
      const doc = pipeline.run(createDoc({ id: 'x', title: 'عنوان الخبر', body }));
      const { terms, offsets } = indexTermsOf(doc);
      const stored = storedIndexTerms(doc);
      expect(stored.terms).toEqual(terms);
      expect(stored.ends).toEqual(offsets.map((o) => o[1]));
      expect(stored.offsetsJson).toBe(JSON.stringify(offsets));
    }
  });
});
