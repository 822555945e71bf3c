import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadEventLexicon } from '../../src/annotate/events/index.js';
import { actorAt, actorStartsOf, startsActor } from '../../src/annotate/events/actors.js';
import { analyseWord, firstTokenAt, sentenceWords, type Word } from '../../src/annotate/events/words.js';
import { analyseSeed } from './helpers.js';

// The events pass skips work where a cheaper check shows it finds nothing; these tests hold the skips to
// what the full work would find.

const lex = loadEventLexicon();
const starts = actorStartsOf(lex);
const seeds = [
  analyseSeed('000_979cc18ec33a5328.txt', '2019-08-02'),
  analyseSeed('001_12314e3d2425e948.txt', '2018-11-28'),
];

function word(norm: string, at: number): Word {
  return { ...analyseWord(norm), start: at, end: at + 1, boundary: false, taMarbuta: false };
}

/** Words that start lexicon phrases, the words after them, clitic forms, and the seeds' words. */
const vocabulary = (() => {
  const out = new Set<string>();
  for (const map of [lex.named, lex.countryNames, lex.sectors])
    for (const [first, list] of [...map].slice(0, 400)) {
      out.add(first);
      out.add('و' + first);
      out.add('ب' + first);
      out.add('ال' + first);
      for (const e of list) for (const r of e.rest) out.add(r);
    }
  for (const d of seeds) for (const t of d.tokens) if (t.kind === 'word') out.add(t.norm);
  for (const w of ['ولايه', 'بولايه', 'في', 'الي', 'من', 'عن', 'برئاسه', 'الروسي', 'السوريه']) out.add(w);
  return [...out];
})();

describe('events pass shortcuts', () => {
  it('actorAt finds nothing at a word whose base keys start no lexicon actor phrase', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 8 }), (norms) => {
        const words = norms.map(word);
        for (let i = 0; i < words.length; i++)
          if (actorAt(words, i, lex, 'TUN', []) !== null) expect(startsActor(words[i]!, starts)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('holds on every word of the seed articles', () => {
    for (const doc of seeds)
      for (const s of doc.sentences) {
        const words = sentenceWords(doc, s, doc.tokens, firstTokenAt(doc.tokens, s.start));
        for (let i = 0; i < words.length; i++)
          if (!words[i]!.boundary && actorAt(words, i, lex, 'SYR', []) !== null)
            expect(startsActor(words[i]!, starts)).toBe(true);
      }
  });

  it('sentenceWords builds the same words from precomputed analyses', () => {
    for (const doc of seeds) {
      const analyses = doc.tokens.map((t) => (t.kind === 'word' && t.norm ? analyseWord(t.norm) : undefined));
      for (const s of doc.sentences) {
        const from = firstTokenAt(doc.tokens, s.start);
        expect(sentenceWords(doc, s, doc.tokens, from, analyses)).toEqual(
          sentenceWords(doc, s, doc.tokens, from),
        );
      }
    }
  });
});
