/** The NER model: a hashed weight table over IOB2 tags, Viterbi decoding under IOB2 constraints, file format. */
import { gunzipSync, gzipSync } from 'node:zlib';
import { NER_TAGS } from './spans.js';
import type { NerResourceData } from './features.js';

export const NUM_TAGS = NER_TAGS.length;
const MAGIC = 'RASDNER1';
export const MODEL_FORMAT_VERSION = 1;

/** allowed[p * NUM_TAGS + t]: may tag t follow tag p? I-X only after B-X or I-X. */
export const ALLOWED = new Uint8Array(NUM_TAGS * NUM_TAGS);
/** May a sentence start with tag t? */
export const ALLOWED_START = new Uint8Array(NUM_TAGS);
for (let t = 0; t < NUM_TAGS; t++) {
  const tag = NER_TAGS[t]!;
  ALLOWED_START[t] = tag.startsWith('I-') ? 0 : 1;
  for (let p = 0; p < NUM_TAGS; p++) {
    const prev = NER_TAGS[p]!;
    ALLOWED[p * NUM_TAGS + t] =
      !tag.startsWith('I-') || (prev !== 'O' && prev.slice(2) === tag.slice(2)) ? 1 : 0;
  }
}

export interface ModelMeta {
  version: number;
  /** log2 of the number of rows of the weight table. */
  bits: number;
  tags: string[];
  resources: NerResourceData;
  /** Subtracted from the score of O at every position: trades precision for recall (tuned on held-out data). */
  oPenalty?: number;
  /**
   * Added to the score of B-X for entity type X at every position (e.g. { MISC: 4 }): per-type
   * precision/recall trade-off, tuned on held-out data like oPenalty.
   */
  typeBias?: Record<string, number>;
  /**
   * Document consistency (document.ts): bonus added to a type's tags where a name the first pass read
   * with that type in the same document occurs again (0 or absent: each sentence alone). Tuned on held-out
   * data in documents of DOCUMENT_SENTENCES sentences.
   */
  docBonus?: number;
  /** Domain of the text tagged, when the model was trained with domain-augmented features. */
  domain?: number;
  /** Free-form facts about training (corpus, epochs, seed, time). */
  training: Record<string, string | number>;
}

export interface NerModel {
  meta: ModelMeta;
  /** rows × NUM_TAGS emission weights; row = feature hash >>> (32 - bits). */
  weights: Float32Array;
  /** NUM_TAGS × NUM_TAGS transition weights (previous tag major), plus NUM_TAGS start weights. */
  transitions: Float32Array;
}

/** A model as loaded for tagging: only the table rows that have weights, found through a hash table. */
export interface LoadedNerModel {
  meta: ModelMeta;
  /** Row ids (feature hash >>> (32 - bits)) that have weights, ascending. */
  rows: Uint32Array;
  /** rows.length × NUM_TAGS weights, in the order of `rows`. */
  table: Float32Array;
  transitions: Float32Array;
}

/** Keeps the rows of a dense weight table that have a non-zero weight. */
export function compactModel(model: NerModel): LoadedNerModel {
  const T = NUM_TAGS;
  const live: number[] = [];
  for (let r = 0; r * T < model.weights.length; r++) {
    for (let t = 0; t < T; t++) {
      if (model.weights[r * T + t] !== 0) {
        live.push(r);
        break;
      }
    }
  }
  const table = new Float32Array(live.length * T);
  live.forEach((r, k) => table.set(model.weights.subarray(r * T, r * T + T), k * T));
  return { meta: model.meta, rows: Uint32Array.from(live), table, transitions: model.transitions };
}

/**
 * Scores every (position, tag) pair: emission[i * NUM_TAGS + t].
 * `feats`/`offsets` come from FeatureExtractor.sentence.
 */
export function emissions(
  weights: Float32Array,
  bits: number,
  feats: Uint32Array,
  offsets: Uint32Array,
  n: number,
  out: Float64Array,
): void {
  const shift = 32 - bits;
  for (let i = 0; i < n; i++) {
    const base = i * NUM_TAGS;
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      s4 = 0,
      s5 = 0,
      s6 = 0,
      s7 = 0,
      s8 = 0;
    const end = offsets[i + 1]!;
    for (let k = offsets[i]!; k < end; k++) {
      const r = (feats[k]! >>> shift) * NUM_TAGS;
      s0 += weights[r]!;
      s1 += weights[r + 1]!;
      s2 += weights[r + 2]!;
      s3 += weights[r + 3]!;
      s4 += weights[r + 4]!;
      s5 += weights[r + 5]!;
      s6 += weights[r + 6]!;
      s7 += weights[r + 7]!;
      s8 += weights[r + 8]!;
    }
    out[base] = s0;
    out[base + 1] = s1;
    out[base + 2] = s2;
    out[base + 3] = s3;
    out[base + 4] = s4;
    out[base + 5] = s5;
    out[base + 6] = s6;
    out[base + 7] = s7;
    out[base + 8] = s8;
  }
}

// The decoder below is written out for the IOB2 tag layout of NER_TAGS (O, then B-X, I-X pairs): any tag
// may precede O or B-X, only B-X and I-X may precede I-X. Checked here so a new tag set cannot slip by.
for (let t = 0; t < NUM_TAGS; t++) {
  for (let p = 0; p < NUM_TAGS; p++) {
    const expected = t === 0 || t % 2 === 1 || p === t - 1 || p === t;
    if ((ALLOWED[p * NUM_TAGS + t] === 1) !== expected) throw new Error('viterbi: unexpected tag layout');
  }
}

let scratchScore = new Float64Array(256 * NUM_TAGS);
let scratchBack = new Uint8Array(256 * NUM_TAGS);

/**
 * Best tag sequence under the IOB2 constraints (first-order Viterbi). Writes tag indices into `out`.
 * Ties go to the lowest previous tag (predecessors are tried in ascending order, with a strict `>`).
 * The previous column is held in locals and the predecessor loops are unrolled: the generic loop over a
 * predecessor list cost about ten times as much, and this is the tagger's innermost loop.
 */
export function viterbi(em: Float64Array, transitions: Float32Array, n: number, out: Uint8Array): void {
  if (n === 0) return;
  const T = NUM_TAGS;
  if (scratchScore.length < n * T) {
    scratchScore = new Float64Array(n * T * 2);
    scratchBack = new Uint8Array(n * T * 2);
  }
  const score = scratchScore;
  const back = scratchBack;
  const tr = transitions;
  const startOff = T * T;
  for (let t = 0; t < T; t++) score[t] = ALLOWED_START[t] ? em[t]! + tr[startOff + t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const b = i * T;
    const pb = b - T;
    const s0 = score[pb]!;
    const s1 = score[pb + 1]!;
    const s2 = score[pb + 2]!;
    const s3 = score[pb + 3]!;
    const s4 = score[pb + 4]!;
    const s5 = score[pb + 5]!;
    const s6 = score[pb + 6]!;
    const s7 = score[pb + 7]!;
    const s8 = score[pb + 8]!;
    // O and B-X (t = 0, 1, 3, 5, 7): every tag may come before
    for (let t = 0; t < T; t = t === 0 ? 1 : t + 2) {
      let best = -Infinity;
      let arg = 0;
      let s = s0 + tr[t]!;
      if (s > best) best = s;
      if ((s = s1 + tr[T + t]!) > best) {
        best = s;
        arg = 1;
      }
      if ((s = s2 + tr[2 * T + t]!) > best) {
        best = s;
        arg = 2;
      }
      if ((s = s3 + tr[3 * T + t]!) > best) {
        best = s;
        arg = 3;
      }
      if ((s = s4 + tr[4 * T + t]!) > best) {
        best = s;
        arg = 4;
      }
      if ((s = s5 + tr[5 * T + t]!) > best) {
        best = s;
        arg = 5;
      }
      if ((s = s6 + tr[6 * T + t]!) > best) {
        best = s;
        arg = 6;
      }
      if ((s = s7 + tr[7 * T + t]!) > best) {
        best = s;
        arg = 7;
      }
      if ((s = s8 + tr[8 * T + t]!) > best) {
        best = s;
        arg = 8;
      }
      score[b + t] = best + em[b + t]!;
      back[b + t] = arg;
    }
    // I-X (t = 2, 4, 6, 8): only B-X (t - 1) and I-X (t) may come before
    for (let t = 2; t < T; t += 2) {
      let best = -Infinity;
      let arg = 0;
      let s = score[pb + t - 1]! + tr[(t - 1) * T + t]!;
      if (s > best) {
        best = s;
        arg = t - 1;
      }
      if ((s = score[pb + t]! + tr[t * T + t]!) > best) {
        best = s;
        arg = t;
      }
      score[b + t] = best + em[b + t]!;
      back[b + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * T;
  for (let t = 0; t < T; t++) {
    if (score[last + t]! > best) {
      best = score[last + t]!;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg]!;
  }
}

// File format ------------------------------------------------------------------------------------------
// gzip( MAGIC | u32 header length | header JSON | u32 nnz | varint row-major index deltas | i16 values |
//       f32 scale | f32 transitions )

export function encodeModel(model: NerModel, pruneBelow = 0): Buffer {
  const { weights } = model;
  let maxAbs = 0;
  for (let i = 0; i < weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(weights[i]!));
  const scale = maxAbs === 0 ? 1 : maxAbs / 32767;
  const idx: number[] = [];
  const val: number[] = [];
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (Math.abs(w) <= pruneBelow) continue;
    const q = Math.round(w / scale);
    if (q === 0) continue;
    idx.push(i);
    val.push(q);
  }
  const header = Buffer.from(JSON.stringify(model.meta), 'utf8');
  const varints: number[] = [];
  let prev = 0;
  for (const i of idx) {
    let d = i - prev;
    prev = i;
    while (d >= 0x80) {
      varints.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    varints.push(d);
  }
  const values = new Int16Array(val);
  const trans = Float32Array.from(model.transitions);
  const parts = [
    Buffer.from(MAGIC, 'latin1'),
    u32(header.length),
    header,
    u32(idx.length),
    Buffer.from(Uint8Array.from(varints)),
    Buffer.from(values.buffer, values.byteOffset, values.byteLength),
    Buffer.from(Float32Array.of(scale).buffer),
    Buffer.from(trans.buffer, trans.byteOffset, trans.byteLength),
  ];
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

/** Decodes a model file; throws a plain Error describing what is wrong (the caller adds the file name). */
export function decodeModel(gz: Uint8Array): LoadedNerModel {
  const buf = gunzipSync(gz);
  if (buf.length < 12 || buf.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a rasd NER model');
  let pos = 8;
  const headerLen = buf.readUInt32LE(pos);
  pos += 4;
  const meta = JSON.parse(buf.toString('utf8', pos, pos + headerLen)) as ModelMeta;
  pos += headerLen;
  if (meta.version !== MODEL_FORMAT_VERSION) throw new Error(`unknown model version ${String(meta.version)}`);
  if (!(meta.bits >= 8 && meta.bits <= 26)) throw new Error('bad table size');
  if (meta.tags.join(' ') !== NER_TAGS.join(' ')) throw new Error('unexpected tag set');
  const nnz = buf.readUInt32LE(pos);
  pos += 4;
  const size = (1 << meta.bits) * NUM_TAGS;
  const index = new Uint32Array(nnz);
  let prev = 0;
  for (let k = 0; k < nnz; k++) {
    let d = 0;
    let shift = 0;
    for (;;) {
      if (pos >= buf.length) throw new Error('truncated weights');
      const b = buf[pos++]!;
      d += (b & 0x7f) * 2 ** shift; // not <<: deltas may exceed 2^31
      shift += 7;
      if (b < 0x80) break;
    }
    prev += d;
    if (prev >= size) throw new Error('weight index out of range');
    index[k] = prev;
  }
  const need = nnz * 2 + 4 + (NUM_TAGS * NUM_TAGS + NUM_TAGS) * 4;
  if (buf.length - pos !== need) throw new Error('weights section has the wrong length');
  const scale = buf.readFloatLE(pos + nnz * 2);
  // Indices are ascending, so the rows they fall in come out ascending too.
  const rowList: number[] = [];
  for (let k = 0; k < nnz; k++) {
    const r = Math.floor(index[k]! / NUM_TAGS);
    if (rowList.length === 0 || rowList[rowList.length - 1] !== r) rowList.push(r);
  }
  const rows = Uint32Array.from(rowList);
  const table = new Float32Array(rows.length * NUM_TAGS);
  const values = new Int16Array(nnz);
  for (let k = 0; k < nnz; k++) values[k] = buf.readInt16LE(pos + 2 * k);
  let row = -1;
  let slot = -1;
  for (let k = 0; k < nnz; k++) {
    const r = Math.floor(index[k]! / NUM_TAGS);
    if (r !== row) {
      row = r;
      slot++;
    }
    table[slot * NUM_TAGS + (index[k]! - r * NUM_TAGS)] = values[k]! * scale;
  }
  pos += nnz * 2 + 4;
  const transitions = new Float32Array(NUM_TAGS * NUM_TAGS + NUM_TAGS);
  for (let k = 0; k < transitions.length; k++) transitions[k] = buf.readFloatLE(pos + 4 * k);
  return { meta, rows, table, transitions };
}
