import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc/index.js';
import { createEventsPass, loadEventLexicon } from '../../src/annotate/events/index.js';
import {
  committedModalityModel,
  MODALITIES,
  type ModalityModel,
} from '../../src/annotate/events/modality-model.js';
import { actorAt, actorStartsOf, startsActor } from '../../src/annotate/events/actors.js';
import { findTriggers, mayStartTrigger } from '../../src/annotate/events/triggers.js';
import { analyseWord, firstTokenAt, sentenceWords, type Word } from '../../src/annotate/events/words.js';
import { analyseSeed, eventsPipeline } from './helpers.js';

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

describe('learned modality scored without feature strings (session 15)', () => {
  const texts = [
    'أعلنت وزارة الداخلية عن إيقاف ثلاثة أشخاص بتهمة السرقة في مدينة صفاقس.',
    'وأوردت صحيفة لوموند أن الشرطة اعتقلت رجلا في ضواحي باريس.',
    'لم تنظم النقابة أي إضراب هذا الأسبوع.',
    'طالب الاتحاد الحكومة بفتح تحقيق في الحادثة.',
    'نفذ عمال النظافة إضرابا عن العمل صباح اليوم في مدينة سوسة.',
    'قال مصدر أمني إن قوات الجيش ستشن هجوما على مواقع المسلحين، بعد أن قتل جنديان في اشتباكات.',
    'ومن المنتظر أن يلتقي الرئيس نظيره الفرنسي الأسبوع المقبل، حسب بلاغ للرئاسة.',
  ];
  const docs = [
    ...texts.map((body, i) =>
      eventsPipeline().run(createDoc({ id: `m${i}`, title: 'خبر', body, published: '2017-03-01' })),
    ),
    ...seeds,
  ];

  it('decides as the feature strings do, for the committed model and for one that weighs every feature', () => {
    const committed = committedModalityModel()!;
    // a model with a weight on every feature these documents ask about, and no margin: every feature counts
    const seen = new Set<string>();
    const collect = createEventsPass({
      onModalityQuestion: (_s, _t, features) => features.forEach((f) => seen.add(f)),
    });
    for (const d of docs) collect.run(d);
    expect(seen.size).toBeGreaterThan(100);
    let x = 1;
    const weights: Record<string, number[]> = { ...committed.weights };
    for (const f of seen)
      weights[f] = MODALITIES.map(() => ((x = (x * 16807) % 2147483647) / 2147483647) * 2 - 1);
    const dense: ModalityModel = { ...committed, weights, margin: 0, keep: [] };
    for (const model of [committed, dense]) {
      const fast = createEventsPass({ modalityModel: model });
      const strings = createEventsPass({ modalityModel: model, onModalityQuestion: () => {} });
      for (const d of docs) {
        fast.run(d);
        const a = JSON.stringify(d.events);
        strings.run(d);
        expect(JSON.stringify(d.events)).toBe(a);
      }
    }
  });
});

describe('sentences whose trigger words find no candidate (session 15)', () => {
  /** Trigger keys (one-word and multi-word entries), their clitic and definite forms, and the words after them. */
  const triggerVocabulary = (() => {
    const out = new Set<string>(vocabulary);
    for (const [key, entries] of [...lex.triggers].slice(0, 1500)) {
      out.add(key);
      out.add('و' + key);
      out.add('ال' + key);
      out.add('ب' + key);
      for (const e of entries) for (const r of e.rest) out.add(r);
    }
    for (const w of ['،', '.', 'على', 'مع', 'عن']) out.add(w);
    return [...out];
  })();

  /** Multi-word triggers whole: a key and the rest of one of its entries. */
  const phrases = [...lex.triggers]
    .flatMap(([key, entries]) => entries.filter((e) => e.rest.length > 0).map((e) => [key, ...e.rest]))
    .slice(0, 1500);

  it('findTriggers finds nothing where no word may start a trigger', () => {
    let skipped = 0;
    const chunk = fc.oneof(
      fc.constantFrom(...triggerVocabulary).map((w) => [w]),
      fc.constantFrom(...phrases),
    );
    fc.assert(
      fc.property(fc.array(chunk, { minLength: 1, maxLength: 6 }), (chunks) => {
        const norms = chunks.flat();
        const words = norms.map((n, i) => ({ ...word(n, i), boundary: n === '،' || n === '.' }));
        const may = words.some((w, i) => !w.boundary && mayStartTrigger(w, words[i + 1]?.keys ?? null, lex));
        if (!may) {
          skipped++;
          expect(findTriggers(words, lex, false)).toEqual([]);
        }
      }),
      { numRuns: 4000 },
    );
    expect(skipped).toBeGreaterThan(100);
  });

  it('holds on every sentence of the seed articles', () => {
    for (const doc of seeds)
      for (const s of doc.sentences) {
        const words = sentenceWords(doc, s, doc.tokens, firstTokenAt(doc.tokens, s.start));
        const may = words.some((w, i) => !w.boundary && mayStartTrigger(w, words[i + 1]?.keys ?? null, lex));
        if (!may) expect(findTriggers(words, lex, false)).toEqual([]);
      }
  });
});
