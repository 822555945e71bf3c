/** Loads the statistical NER model once and tags sentences with IOB2 tags (ANERcorp tag set). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RasdError } from '../../doc/errors.js';
import {
  FeatureExtractor,
  buildResources,
  mix,
  BIAS,
  FIRST,
  LAST,
  ROLES,
  ROLE_M1,
  ROLE_M2,
  ROLE_P1,
  ROLE_P2,
  ROLE_SELF,
  PAIR_FEATURES,
  pairFeature,
  type WordInfo,
} from './features.js';
import { compactModel, decodeModel, viterbi, NUM_TAGS, type LoadedNerModel, type NerModel } from './model.js';
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

export function readModelFile(path: string): LoadedNerModel {
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

export function createNerTagger(input: NerModel | LoadedNerModel): NerTagger {
  const model = 'weights' in input ? compactModel(input) : input;
  const fx = new FeatureExtractor(buildResources(model.meta.resources));
  const { table, transitions } = model;
  const shift = 32 - model.meta.bits;
  const T = NUM_TAGS;
  const domain = model.meta.domain;
  // Open-addressing hash table from row id to its place in `table`; most rows never got a weight, and
  // the small table stays in cache where a dense one (2^bits rows) would not.
  let size = 1;
  while (size < model.rows.length * 2) size *= 2;
  const mask = size - 1;
  const hashShift = 32 - Math.log2(size);
  const keys = new Int32Array(size).fill(-1);
  const slots = new Int32Array(size);
  model.rows.forEach((row, k) => {
    let h = size === 1 ? 0 : Math.imul(row, 0x9e3779b1) >>> hashShift;
    while (keys[h] !== -1) h = (h + 1) & mask;
    keys[h] = row;
    slots[h] = k * T;
  });
  const addRow = (row: number, out: Float64Array, at: number): void => {
    let h = size === 1 ? 0 : Math.imul(row, 0x9e3779b1) >>> hashShift;
    for (;;) {
      const key = keys[h]!;
      if (key === row) break;
      if (key === -1) return;
      h = (h + 1) & mask;
    }
    const r = slots[h]!;
    for (let t = 0; t < T; t++) out[at + t]! += table[r + t]!;
  };
  const addFeatures = (hashes: ArrayLike<number>, out: Float64Array, at: number): void => {
    for (let k = 0; k < hashes.length; k++) {
      addRow(hashes[k]! >>> shift, out, at);
      if (domain !== undefined) addRow(mix(hashes[k]!, domain) >>> shift, out, at);
    }
  };
  /** Each word's summed weights per role, computed once per distinct word. */
  const scoresOf = (w: WordInfo): Float64Array => {
    let s = w.scores;
    if (s === undefined) {
      s = new Float64Array(ROLES * T);
      for (let role = 0; role < ROLES; role++) addFeatures(w.roles[role]!, s, role * T);
      w.scores = s;
    }
    return s;
  };
  const fixed = (h: number): Float64Array => {
    const v = new Float64Array(T);
    addFeatures([h], v, 0);
    return v;
  };
  const bias = fixed(BIAS);
  const first = fixed(FIRST);
  const last = fixed(LAST);
  bias[0]! -= model.meta.oPenalty ?? 0;
  let em = new Float64Array(256 * T);
  let out = new Uint8Array(256);
  const norms: string[] = [];
  return {
    tag(tokens) {
      const n = tokens.length;
      if (n === 0) return [];
      norms.length = n;
      for (let i = 0; i < n; i++) norms[i] = tokens[i]!.norm;
      const { infos, extra } = fx.prepare(norms);
      if (em.length < n * T) {
        em = new Float64Array(n * T * 2);
        out = new Uint8Array(n * 2);
      }
      const B = fx.boundaryInfo;
      for (let i = 0; i < n; i++) {
        const at = i * T;
        const self = scoresOf(infos[i]!);
        const m1 = scoresOf(i > 0 ? infos[i - 1]! : B);
        const m2 = scoresOf(i > 1 ? infos[i - 2]! : B);
        const p1 = scoresOf(i + 1 < n ? infos[i + 1]! : B);
        const p2 = scoresOf(i + 2 < n ? infos[i + 2]! : B);
        for (let t = 0; t < T; t++) {
          em[at + t] =
            self[ROLE_SELF * T + t]! +
            m1[ROLE_M1 * T + t]! +
            m2[ROLE_M2 * T + t]! +
            p1[ROLE_P1 * T + t]! +
            p2[ROLE_P2 * T + t]! +
            bias[t]! +
            (i === 0 ? first[t]! : 0) +
            (i === n - 1 ? last[t]! : 0);
        }
        const wm1 = i > 0 ? infos[i - 1]! : B;
        const wp1 = i + 1 < n ? infos[i + 1]! : B;
        for (let k = 0; k < PAIR_FEATURES; k++) {
          const h = pairFeature(k, wm1, infos[i]!, wp1);
          addRow(h >>> shift, em, at);
          if (domain !== undefined) addRow(mix(h, domain) >>> shift, em, at);
        }
        const x = extra[i];
        if (x !== undefined) addFeatures(x, em, at);
      }
      viterbi(em, transitions, n, out);
      const tags = new Array<string>(n);
      for (let i = 0; i < n; i++) tags[i] = NER_TAGS[out[i]!]!;
      return tags;
    },
  };
}
