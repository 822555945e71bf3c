/** Averaged structured perceptron training for the NER model (deterministic given the seed). */
import { FeatureExtractor, buildResources, mix, type NerResourceData } from './features.js';
import { emissions, viterbi, NUM_TAGS, MODEL_FORMAT_VERSION, type NerModel } from './model.js';
import { NER_TAGS } from './spans.js';
import { normalize } from '../../text/normalize.js';

export interface TrainingSentence {
  tokens: string[];
  tags: string[];
  /** Domain for feature augmentation (Daumé 2007): each feature also gets a copy specific to its domain. */
  domain?: number;
}

/** Adds to each feature its domain-specific copy: [f..., mix(f, domain)...] per position. */
export function augment(
  feats: Uint32Array,
  offsets: Uint32Array,
  domain: number,
): { feats: Uint32Array; offsets: Uint32Array } {
  const out = new Uint32Array(feats.length * 2);
  const off = new Uint32Array(offsets.length);
  let k = 0;
  for (let i = 0; i + 1 < offsets.length; i++) {
    off[i] = k;
    for (let j = offsets[i]!; j < offsets[i + 1]!; j++) out[k++] = feats[j]!;
    for (let j = offsets[i]!; j < offsets[i + 1]!; j++) out[k++] = mix(feats[j]!, domain);
  }
  off[offsets.length - 1] = k;
  return { feats: out, offsets: off };
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  bits: number;
  resources: NerResourceData;
  /** Features (table rows) seen fewer times than this in the training data are dropped. */
  minFeatureCount?: number;
  /** Each feature occurrence is left out of a training step with this probability (0: none). */
  dropout?: number;
  /** Called after each epoch with the averaged model, e.g. to score a dev set. */
  onEpoch?: (epoch: number, model: NerModel, trainErrors: number) => void;
}

/** Small deterministic PRNG (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAG_INDEX = new Map<string, number>(NER_TAGS.map((t, i) => [t, i]));

export function tagIndex(tag: string): number {
  const i = TAG_INDEX.get(tag);
  if (i !== undefined) return i;
  // Unknown or ill-formed tags count as O.
  return 0;
}

export function trainPerceptron(data: TrainingSentence[], opts: TrainOptions): NerModel {
  const fx = new FeatureExtractor(buildResources(opts.resources));
  const T = NUM_TAGS;
  const shift = 32 - opts.bits;
  const size = (1 << opts.bits) * T;
  const w = new Float32Array(size);
  const u = new Float64Array(size);
  const tw = new Float32Array(T * T + T);
  const tu = new Float64Array(T * T + T);
  data = data.filter((s) => s.tokens.length > 0);
  const prepared = data
    .map((s) => {
      const f = fx.sentence(s.tokens.map((t) => normalize(t)));
      return s.domain === undefined ? f : augment(f.feats, f.offsets, s.domain);
    })
    .map((f, i): PreparedSentence => ({
      feats: f.feats,
      offsets: f.offsets,
      gold: Uint8Array.from(data[i]!.tags.map(tagIndex)),
      n: data[i]!.tokens.length,
    }));
  const minCount = opts.minFeatureCount ?? 1;
  if (minCount > 1) {
    // Rare features let the model memorise single examples instead of learning from their context.
    const seen = new Uint8Array(1 << opts.bits);
    for (const s of prepared) for (const f of s.feats) if (seen[f >>> shift]! < 255) seen[f >>> shift]!++;
    for (const s of prepared) {
      const feats = new Uint32Array(s.feats.length);
      let k = 0;
      for (let i = 0; i < s.n; i++) {
        const from = s.offsets[i]!;
        const to = s.offsets[i + 1]!;
        s.offsets[i] = k;
        for (let j = from; j < to; j++)
          if (seen[s.feats[j]! >>> shift]! >= minCount) feats[k++] = s.feats[j]!;
      }
      s.offsets[s.n] = k;
      s.feats = feats.subarray(0, k);
    }
  }
  const rand = mulberry32(opts.seed);
  const dropout = opts.dropout ?? 0;
  const order = prepared.map((_, i) => i);
  let c = 1;
  let em = new Float64Array(256 * T);
  let pred = new Uint8Array(256);
  const averaged = (): NerModel => {
    const aw = new Float32Array(size);
    for (let i = 0; i < size; i++) aw[i] = w[i]! - u[i]! / c;
    const at = new Float32Array(tw.length);
    for (let i = 0; i < tw.length; i++) at[i] = tw[i]! - tu[i]! / c;
    return {
      meta: {
        version: MODEL_FORMAT_VERSION,
        bits: opts.bits,
        tags: [...NER_TAGS],
        resources: opts.resources,
        training: {},
      },
      weights: aw,
      transitions: at,
    };
  };
  const updateEmission = (s: PreparedSentence, i: number, tag: number, d: number): void => {
    const end = s.offsets[i + 1]!;
    for (let k = s.offsets[i]!; k < end; k++) {
      const r = (s.feats[k]! >>> shift) * T + tag;
      w[r]! += d;
      u[r]! += c * d;
    }
  };
  const updateTransition = (idx: number, d: number): void => {
    tw[idx]! += d;
    tu[idx]! += c * d;
  };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    let wrongTokens = 0;
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const si of order) {
      const s = dropout > 0 ? dropFeatures(prepared[si]!, dropout, rand) : prepared[si]!;
      if (em.length < s.n * T) {
        em = new Float64Array(s.n * T * 2);
        pred = new Uint8Array(s.n * 2);
      }
      emissions(w, opts.bits, s.feats, s.offsets, s.n, em);
      viterbi(em, tw, s.n, pred);
      let same = true;
      for (let i = 0; i < s.n; i++) if (pred[i] !== s.gold[i]) same = false;
      if (!same) {
        for (let i = 0; i < s.n; i++) if (pred[i] !== s.gold[i]) wrongTokens++;
        for (let i = 0; i < s.n; i++) {
          const g = s.gold[i]!;
          const p = pred[i]!;
          if (g !== p) {
            updateEmission(s, i, g, 1);
            updateEmission(s, i, p, -1);
          }
          const gPrev = i === 0 ? -1 : s.gold[i - 1]!;
          const pPrev = i === 0 ? -1 : pred[i - 1]!;
          if (g !== p || gPrev !== pPrev) {
            updateTransition(gPrev < 0 ? T * T + g : gPrev * T + g, 1);
            updateTransition(pPrev < 0 ? T * T + p : pPrev * T + p, -1);
          }
        }
      }
      c++;
    }
    opts.onEpoch?.(epoch, averaged(), wrongTokens);
  }
  return averaged();
}

interface PreparedSentence {
  feats: Uint32Array;
  offsets: Uint32Array;
  gold: Uint8Array;
  n: number;
}

/**
 * A copy of a sentence with each feature occurrence left out with probability p: the model cannot lean
 * on one feature (above all the word itself) and learns the context and shape features as well.
 */
function dropFeatures(s: PreparedSentence, p: number, rand: () => number): PreparedSentence {
  const feats = new Uint32Array(s.feats.length);
  const offsets = new Uint32Array(s.n + 1);
  let k = 0;
  for (let i = 0; i < s.n; i++) {
    offsets[i] = k;
    const end = s.offsets[i + 1]!;
    for (let j = s.offsets[i]!; j < end; j++) if (rand() >= p) feats[k++] = s.feats[j]!;
  }
  offsets[s.n] = k;
  return { feats: feats.subarray(0, k), offsets, gold: s.gold, n: s.n };
}

/** Trains `count` models on differently shuffled data (seeds seed, seed+1, …) and averages their weights. */
export function trainEnsemble(data: TrainingSentence[], opts: TrainOptions, count: number): NerModel {
  let sum: NerModel | null = null;
  for (let k = 0; k < count; k++) {
    const { onEpoch: _ignored, ...rest } = opts;
    const m = trainPerceptron(data, { ...rest, seed: opts.seed + k });
    if (sum === null) sum = m;
    else {
      for (let i = 0; i < m.weights.length; i++) sum.weights[i]! += m.weights[i]!;
      for (let i = 0; i < m.transitions.length; i++) sum.transitions[i]! += m.transitions[i]!;
    }
  }
  if (sum === null) throw new Error('ensemble of zero models');
  for (let i = 0; i < sum.weights.length; i++) sum.weights[i]! /= count;
  for (let i = 0; i < sum.transitions.length; i++) sum.transitions[i]! /= count;
  return sum;
}
