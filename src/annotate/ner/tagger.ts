/** Loads the statistical NER model once and tags sentences with IOB2 tags (ANERcorp tag set). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RasdError } from '../../doc/errors.js';
import { FeatureExtractor, buildResources } from './features.js';
import { decodeModel, emissions, viterbi, NUM_TAGS, type NerModel } from './model.js';
import { NER_TAGS } from './spans.js';

export interface NerTagger {
  /** IOB2 tags (O, B-PERS, I-PERS, B-LOC, I-LOC, B-ORG, I-ORG, B-MISC, I-MISC) for one sentence. */
  tag(tokens: { text: string; norm: string }[]): string[];
}

/** The shipped model, relative to this file in both src/ and dist/. */
export const DEFAULT_NER_MODEL = fileURLToPath(new URL('../../../data/models/ner.model.gz', import.meta.url));

const cache = new Map<string, NerTagger>();

export function loadNerTagger(modelPath: string = DEFAULT_NER_MODEL): NerTagger {
  let t = cache.get(modelPath);
  if (t === undefined) {
    t = createNerTagger(readModelFile(modelPath));
    cache.set(modelPath, t);
  }
  return t;
}

export function readModelFile(path: string): NerModel {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new RasdError('DATA_MISSING', 'NER model file is missing or unreadable', {
      subject: path,
      cause: e,
    });
  }
  try {
    return decodeModel(bytes);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new RasdError('DATA_CORRUPT', `NER model file is corrupt: ${why}`, { subject: path, cause: e });
  }
}

export function createNerTagger(model: NerModel): NerTagger {
  const fx = new FeatureExtractor(buildResources(model.meta.resources));
  const { weights, transitions } = model;
  const bits = model.meta.bits;
  let em = new Float64Array(256 * NUM_TAGS);
  let out = new Uint8Array(256);
  const norms: string[] = [];
  return {
    tag(tokens) {
      const n = tokens.length;
      if (n === 0) return [];
      norms.length = n;
      for (let i = 0; i < n; i++) norms[i] = tokens[i]!.norm;
      const { feats, offsets } = fx.sentence(norms);
      if (em.length < n * NUM_TAGS) {
        em = new Float64Array(n * NUM_TAGS * 2);
        out = new Uint8Array(n * 2);
      }
      emissions(weights, bits, feats, offsets, n, em);
      viterbi(em, transitions, n, out);
      const tags = new Array<string>(n);
      for (let i = 0; i < n; i++) tags[i] = NER_TAGS[out[i]!]!;
      return tags;
    },
  };
}
