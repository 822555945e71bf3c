/**
 * The tagger scores sentences through per-word caches, a bit-set row index and a gazetteer prefix filter.
 * These tests hold it to the plain definition: features from FeatureExtractor.sentence summed over the
 * dense weight table, decoded by an exhaustive-predecessor Viterbi.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc/index.js';
import { FeatureExtractor, buildResources } from '../../src/annotate/ner/features.js';
import {
  ALLOWED,
  ALLOWED_START,
  NUM_TAGS,
  emissions,
  type LoadedNerModel,
} from '../../src/annotate/ner/model.js';
import { createNerTagger, readModelFile, DEFAULT_NER_MODEL } from '../../src/annotate/ner/tagger.js';
import { NER_TAGS } from '../../src/annotate/ner/spans.js';
import { buildPipeline } from '../../src/pipeline/pipeline.js';
import { textPasses } from '../../src/pipeline/default.js';
import { normalize } from '../../src/text/normalize.js';

const model: LoadedNerModel = readModelFile(DEFAULT_NER_MODEL);
const T = NUM_TAGS;

function denseWeights(m: LoadedNerModel): Float32Array {
  const dense = new Float32Array((1 << m.meta.bits) * T);
  m.rows.forEach((row, k) => dense.set(m.table.subarray(k * T, k * T + T), row * T));
  return dense;
}

const dense = denseWeights(model);
const fx = new FeatureExtractor(buildResources(model.meta.resources));

function referenceScores(norms: string[]): Float64Array {
  const { feats, offsets } = fx.sentence(norms);
  const em = new Float64Array(norms.length * T);
  emissions(dense, model.meta.bits, feats, offsets, norms.length, em);
  for (let i = 0; i < norms.length; i++) {
    em[i * T]! -= model.meta.oPenalty ?? 0;
    for (const [type, b] of Object.entries(model.meta.typeBias ?? {}))
      em[i * T + (NER_TAGS as readonly string[]).indexOf(`B-${type}`)]! += b;
  }
  return em;
}

function referenceViterbi(em: Float64Array, n: number): string[] {
  if (n === 0) return [];
  const tr = model.transitions;
  let score = Array.from({ length: T }, (_, t) => (ALLOWED_START[t] ? em[t]! + tr[T * T + t]! : -Infinity));
  const back: number[][] = [];
  for (let i = 1; i < n; i++) {
    const next: number[] = [];
    const arg: number[] = [];
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let bestP = 0;
      for (let p = 0; p < T; p++) {
        const s = ALLOWED[p * T + t] ? score[p]! + tr[p * T + t]! : -Infinity;
        if (s > best) [best, bestP] = [s, p];
      }
      next.push(best + em[i * T + t]!);
      arg.push(bestP);
    }
    score = next;
    back.push(arg);
  }
  let t = score.indexOf(Math.max(...score));
  const out = [t];
  for (let i = n - 1; i >= 1; i--) out.unshift((t = back[i - 1]![t]!));
  return out.map((k) => NER_TAGS[k]!);
}

const text = buildPipeline(textPasses());
const seedSentences = ['000_979cc18ec33a5328.txt', '001_12314e3d2425e948.txt'].flatMap((f) => {
  const [title = '', ...rest] = readFileSync(new URL(`../../examples/${f}`, import.meta.url), 'utf8').split(
    '\n',
  );
  const doc = text.run(createDoc({ id: f, title, body: rest.join('\n') }));
  return doc.sentences.map((s) =>
    doc.tokens
      .filter((t) => t.start >= s.start && t.end <= s.end)
      .map((t) => ({ text: t.text, norm: t.norm })),
  );
});

function expectSame(
  tagger: ReturnType<typeof createNerTagger>,
  sentence: { text: string; norm: string }[],
): void {
  const norms = sentence.map((t) => t.norm);
  const ref = referenceScores(norms);
  const fast = tagger.scores(sentence);
  expect(fast.length).toBe(ref.length);
  for (let k = 0; k < ref.length; k++) expect(Math.abs(fast[k]! - ref[k]!)).toBeLessThan(1e-6);
  expect(tagger.tag(sentence)).toEqual(referenceViterbi(ref, sentence.length));
}

describe('fast NER scoring', () => {
  it('equals the plain definition on every sentence of the seed articles', () => {
    expect(seedSentences.length).toBeGreaterThan(10);
    const tagger = createNerTagger(model);
    for (const s of seedSentences) expectSame(tagger, s);
  });

  it('gives the same tags when the word cache is small and restarts often', () => {
    const big = createNerTagger(model);
    const small = createNerTagger(model, { maxCachedWords: 40 });
    for (const s of seedSentences) expect(small.tag(s)).toEqual(big.tag(s));
  });

  it('equals the plain definition on random sentences, gazetteer names and clitics included', () => {
    const tagger = createNerTagger(model);
    const gazetteer = Object.values(model.meta.resources.gazetteer)
      .flat()
      .filter((e) => e.includes(' '))
      .slice(0, 400);
    const piece = fc.oneof(
      fc.constantFrom('قال', 'الرئيس', 'في', 'و', '،', '.', 'وزير', 'محمد', 'بن', 'لبنان', '2019', 'X'),
      fc.constantFrom(...gazetteer).map((e) => e.split(' ')),
      fc.constantFrom(...gazetteer).map((e) => ['و' + e.split(' ')[0]!, ...e.split(' ').slice(1)]),
      fc.string({ minLength: 1, maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const words = pieces.flat().filter((w) => w !== '');
        expectSame(
          tagger,
          words.map((w) => ({ text: w, norm: normalize(w) })),
        );
      }),
      { numRuns: 150 },
    );
  });
});
