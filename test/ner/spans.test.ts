import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWellFormedIob2, scoreSpans, spansOf, NER_TAGS } from '../../src/annotate/ner/spans.js';

/** Reference scorer: spans as strings built token by token, compared as multisets. */
function referenceCounts(gold: string[][], pred: string[][]): { tp: number; fp: number; fn: number } {
  const collect = (tags: string[]): string[] => {
    const out: string[] = [];
    let openType = '';
    let openStart = -1;
    for (let i = 0; i <= tags.length; i++) {
      const tag = i < tags.length ? tags[i]! : 'O';
      const prefix = tag === 'O' ? 'O' : tag[0]!;
      const type = tag === 'O' ? '' : tag.slice(2);
      if (prefix === 'I' && openStart >= 0 && openType === type) continue;
      if (openStart >= 0) out.push(`${openType}@${openStart}-${i}`);
      openStart = prefix === 'O' ? -1 : i;
      openType = type;
    }
    return out;
  };
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, s) => {
    const gs = collect(g);
    const ps = collect(pred[s]!);
    for (const p of ps) if (gs.includes(p)) tp++;
    fp += ps.filter((p) => !gs.includes(p)).length;
    fn += gs.filter((x) => !ps.includes(x)).length;
  });
  return { tp, fp, fn };
}

const tagArb = fc.constantFrom(...NER_TAGS);

describe('span scoring', () => {
  it('extracts spans, treating a stray I- as the start of an entity', () => {
    expect(spansOf(['B-PERS', 'I-PERS', 'O', 'I-LOC', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      { type: 'PERS', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 5 },
      { type: 'LOC', start: 5, end: 6 },
      { type: 'ORG', start: 6, end: 7 },
    ]);
  });

  it('checks IOB2 well-formedness', () => {
    expect(isWellFormedIob2(['B-PERS', 'I-PERS', 'O', 'B-LOC'])).toBe(true);
    expect(isWellFormedIob2(['I-PERS'])).toBe(false);
    expect(isWellFormedIob2(['B-PERS', 'I-LOC'])).toBe(false);
    expect(isWellFormedIob2(['O', 'I-LOC'])).toBe(false);
  });

  it('scores a known case', () => {
    const s = scoreSpans([['B-PERS', 'I-PERS', 'O', 'B-LOC']], [['B-PERS', 'O', 'O', 'B-LOC']]);
    expect(s.micro).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.perType.LOC!.f1).toBe(1);
    expect(s.perType.PERS!.f1).toBe(0);
  });

  it('agrees with a simple reference implementation', () => {
    const sentencePair = fc
      .integer({ min: 0, max: 12 })
      .chain((n) =>
        fc.tuple(
          fc.array(tagArb, { minLength: n, maxLength: n }),
          fc.array(tagArb, { minLength: n, maxLength: n }),
        ),
      );
    fc.assert(
      fc.property(fc.array(sentencePair, { maxLength: 6 }), (pairs) => {
        const gold = pairs.map((p) => [...p[0]] as string[]);
        const pred = pairs.map((p) => [...p[1]] as string[]);
        const s = scoreSpans(gold, pred);
        const r = referenceCounts(gold, pred);
        expect({ tp: s.micro.tp, fp: s.micro.fp, fn: s.micro.fn }).toEqual(r);
        const self = scoreSpans(gold, gold);
        expect(self.micro.fp + self.micro.fn).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
