import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asDocuments,
  bareForms,
  ending,
  tagDocument,
  type EmissionTagger,
} from '../../src/annotate/ner/document.js';
import { loadNerTagger } from '../../src/annotate/ner/tagger.js';
import { viterbi } from '../../src/annotate/ner/model.js';
import { isWellFormedIob2, NER_TAGS } from '../../src/annotate/ner/spans.js';
import { normalize } from '../../src/text/normalize.js';

const T = NER_TAGS.length;
const toks = (s: string): { text: string; norm: string }[] =>
  s.split(' ').map((text) => ({ text, norm: normalize(text) }));

/**
 * A tagger whose emission scores come from a table (word → tag → score; O scores 1, other tags 0), with
 * per-sentence changes (`override`), decoded by the model's Viterbi with zero transitions.
 */
function tableTagger(
  table: Record<string, Partial<Record<string, number>>>,
  override: (norms: string[], em: Float64Array) => void = () => undefined,
): EmissionTagger {
  const transitions = new Float32Array(T * T + T);
  return {
    scores(tokens) {
      const em = new Float64Array(tokens.length * T);
      tokens.forEach((t, i) => {
        em[i * T] = 1;
        for (const [tag, v] of Object.entries(table[t.norm] ?? {})) em[i * T + tagAt(tag)] = v!;
      });
      override(
        tokens.map((t) => t.norm),
        em,
      );
      return em;
    },
    decode(em, n) {
      const out = new Uint8Array(n);
      viterbi(em, transitions, n, out);
      return [...out].map((t) => NER_TAGS[t]!);
    },
  };
}

const tagAt = (tag: string): number => (NER_TAGS as readonly string[]).indexOf(tag);

describe('document consistency', () => {
  it('strips a glued conjunction or preposition from a known first word, never below three letters', () => {
    const known = new Set(['بيدرسون', 'الامم', 'لد']);
    expect(bareForms('وبيدرسون', known)).toEqual(['بيدرسون']);
    expect(bareForms('لبيدرسون', known)).toEqual(['بيدرسون']);
    expect(bareForms('للامم', known)).toEqual(['الامم']);
    expect(bareForms('وللامم', known)).toEqual(['الامم']);
    expect(bareForms('ولد', known)).toEqual([]);
    expect(bareForms('يدرسون', known)).toEqual([]);
    // the filter on the last three letters says the same
    const endings = new Set([...known].filter((w) => w.length >= 3).map(ending));
    for (const w of ['وبيدرسون', 'للامم', 'وللامم', 'ولد', 'وبيدرسو', 'فالامم'])
      expect(bareForms(w, known, endings)).toEqual(bareForms(w, known));
  });

  it('reads a name again where the document read it before, with a clitic or alone as a last name', () => {
    const tagger = tableTagger({
      غير: { 'B-PERS': 5 },
      بيدرسون: { 'I-PERS': 5 },
    });
    const doc = [toks('قال غير بيدرسون'), toks('واكد وبيدرسون ذلك'), toks('بيدرسون قال')];
    const alone = tagDocument(tagger, doc, { bonus: 0 });
    expect(alone[1]).toEqual(['O', 'O', 'O']);
    const together = tagDocument(tagger, doc, { bonus: 10 });
    expect(together[0]).toEqual(['O', 'B-PERS', 'I-PERS']);
    expect(together[1]).toEqual(['O', 'B-PERS', 'O']);
    expect(together[2]).toEqual(['B-PERS', 'O']);
  });

  it('gives a string read with two types the type read with more confidence in all', () => {
    // a sentence opening with وصل reads the club as a place with more confidence than the others
    const tagger = tableTagger({ اسيك: { 'B-ORG': 3 } }, (norms, em) => {
      if (norms[0] === 'وصل') em[1 * T + tagAt('B-LOC')] = 6;
    });
    const three = [toks('فاز اسيك'), toks('امام اسيك'), toks('وصل اسيك')];
    expect(tagDocument(tagger, three, { bonus: 0 })[2]).toEqual(['O', 'B-LOC']);
    // ORG: margins 2 + 2 over O; LOC: 5
    expect(tagDocument(tagger, three, { bonus: 0 })[0]).toEqual(['O', 'B-ORG']);
    expect(tagDocument(tagger, three, { bonus: 10 }).map((t) => t[1])).toEqual(['B-LOC', 'B-LOC', 'B-LOC']);
    const five = [...three, toks('هزم اسيك'), toks('ضد اسيك')];
    // ORG: 2 × 4 = 8 against 5
    expect(tagDocument(tagger, five, { bonus: 10 }).map((t) => t[1])).toEqual(Array(5).fill('B-ORG'));
  });

  it('leaves a name inside a longer name of the first pass alone', () => {
    // "دينامو كييف" is read once as a club, once as a place, as surely (a tie: no vote); "كييف" alone
    // is a place
    const tagger = tableTagger({ دينامو: { 'B-ORG': 5 }, كييف: { 'I-ORG': 5, 'B-LOC': 4 } }, (norms, em) => {
      if (norms[0] === 'زار') {
        em[1 * T + tagAt('B-ORG')] = 0;
        em[2 * T + tagAt('I-ORG')] = 0;
        em[1 * T + tagAt('B-LOC')] = 5;
        em[2 * T + tagAt('I-LOC')] = 5;
      }
    });
    const doc = [toks('فاز دينامو كييف'), toks('في كييف'), toks('زار دينامو كييف')];
    const alone = tagDocument(tagger, doc, { bonus: 0 });
    expect(alone[0]).toEqual(['O', 'B-ORG', 'I-ORG']);
    expect(alone[1]).toEqual(['O', 'B-LOC']);
    expect(alone[2]).toEqual(['O', 'B-LOC', 'I-LOC']);
    const out = tagDocument(tagger, doc, { bonus: 10 });
    expect(out).toEqual(alone);
  });

  it('looks for no one-word name or last name that is a common word of the news', () => {
    const tagger = tableTagger({ الحاج: { 'B-PERS': 5 }, علي: { 'I-PERS': 5 }, تحدث: { O: 10 } });
    const doc = [toks('عين الحاج علي'), toks('تحدث علي القناة')];
    const plain = tagDocument(tagger, doc, { bonus: 10 });
    expect(plain[1]).toEqual(['O', 'B-PERS', 'O']);
    const guarded = tagDocument(tagger, doc, { bonus: 10, common: (w) => w === 'علي' });
    expect(guarded[1]).toEqual(['O', 'O', 'O']);
    expect(guarded[0]).toEqual(['O', 'B-PERS', 'I-PERS']);
  });

  it('cuts a list into documents of consecutive sentences', () => {
    expect(asDocuments([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('with the shipped model, tags every sentence with well-formed IOB2 of its length', () => {
    const tagger = loadNerTagger();
    const words = ['قال', 'الرئيس', 'حسني', 'مبارك', 'في', 'القاهرة', 'وحسني', 'مبارك', 'ان', '.'];
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 12 }), { maxLength: 6 }),
        (sentences) => {
          const doc = sentences.map((s) => s.map((text) => ({ text, norm: normalize(text) })));
          const tags = tagger.tagDocument(doc);
          expect(tags.map((t) => t.length)).toEqual(doc.map((s) => s.length));
          for (const t of tags) expect(isWellFormedIob2(t)).toBe(true);
        },
      ),
      { numRuns: 60, seed: 5 },
    );
  });
});
