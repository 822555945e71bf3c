import { describe, expect, it } from 'vitest';
import { trainPerceptron, type TrainingSentence } from '../../src/annotate/ner/train.js';
import { createNerTagger } from '../../src/annotate/ner/tagger.js';
import { decodeModel, encodeModel } from '../../src/annotate/ner/model.js';
import type { NerResourceData } from '../../src/annotate/ner/features.js';
import { normalize } from '../../src/text/normalize.js';

const resources: NerResourceData = {
  words: ['سامي', 'كريم', 'تونس', 'مصر'],
  clusters: [0, 0, 1, 1],
  coarse: [0, 1],
  gazetteer: { title: ['الوزير'], country: ['تونس', 'مصر', 'المغرب'] },
};

/** A tiny synthetic corpus: "قال الوزير <name> في <country>". */
function corpus(): TrainingSentence[] {
  const names = ['سامي', 'كريم', 'علي', 'منير'];
  const places = ['تونس', 'مصر', 'المغرب'];
  const out: TrainingSentence[] = [];
  for (const n of names) {
    for (const p of places) {
      out.push({
        tokens: ['قال', 'الوزير', n, 'بن', 'صالح', 'في', p, '.'],
        tags: ['O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'B-LOC', 'O'],
      });
    }
  }
  return out;
}

const tagsOf = (m: Parameters<typeof createNerTagger>[0], words: string[]): string[] =>
  createNerTagger(m).tag(words.map((text) => ({ text, norm: normalize(text) })));

describe('perceptron training', () => {
  it('learns a small synthetic pattern', () => {
    const m = trainPerceptron(corpus(), { epochs: 5, seed: 1, bits: 14, resources });
    expect(tagsOf(m, ['قال', 'الوزير', 'كريم', 'بن', 'صالح', 'في', 'مصر', '.'])).toEqual([
      'O',
      'O',
      'B-PERS',
      'I-PERS',
      'I-PERS',
      'O',
      'B-LOC',
      'O',
    ]);
  });

  it('is deterministic given the seed, and the file format round-trips', () => {
    const a = trainPerceptron(corpus(), { epochs: 3, seed: 7, bits: 12, resources });
    const b = trainPerceptron(corpus(), { epochs: 3, seed: 7, bits: 12, resources });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    const back = decodeModel(encodeModel(a));
    const words = ['قال', 'الوزير', 'سامي', 'في', 'تونس'];
    expect(tagsOf(back, words)).toEqual(tagsOf(a, words));
    expect(back.meta.resources.gazetteer).toEqual(resources.gazetteer);
  });

  it('learns with feature dropout, deterministically given the seed', () => {
    const opts = { epochs: 8, seed: 3, bits: 14, resources, dropout: 0.2 };
    const a = trainPerceptron(corpus(), opts);
    const b = trainPerceptron(corpus(), opts);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    const plain = trainPerceptron(corpus(), { ...opts, dropout: 0 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(plain.weights.buffer))).toBe(false);
    expect(tagsOf(a, ['قال', 'الوزير', 'سامي', 'بن', 'صالح', 'في', 'تونس', '.'])).toEqual([
      'O',
      'O',
      'B-PERS',
      'I-PERS',
      'I-PERS',
      'O',
      'B-LOC',
      'O',
    ]);
  });

  it('applies a per-type bias to B- tags, and it survives the file format', () => {
    const m = trainPerceptron(corpus(), { epochs: 5, seed: 1, bits: 14, resources });
    const words = ['قال', 'الوزير', 'كريم', 'بن', 'صالح', 'في', 'مصر', '.'];
    const suppressed = decodeModel(encodeModel({ ...m, meta: { ...m.meta, typeBias: { PERS: -1e6 } } }));
    expect(suppressed.meta.typeBias).toEqual({ PERS: -1e6 });
    const tags = tagsOf(suppressed, words);
    expect(tags.some((t) => t.endsWith('PERS'))).toBe(false);
    expect(tags[6]).toBe('B-LOC');
    const forced = tagsOf({ ...m, meta: { ...m.meta, typeBias: { MISC: 1e6 } } }, words);
    expect(forced.every((t) => t === 'B-MISC')).toBe(true);
  });
});
