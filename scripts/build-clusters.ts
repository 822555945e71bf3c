/**
 * Word clusters from the unlabelled ANT news (Apache-2.0) for the NER tagger's cluster features.
 * Words are described by their left/right neighbours (±1, ±2) among the most frequent words, weighted by
 * positive PMI, reduced to dense vectors by a seeded randomised SVD, then grouped top-down by spherical
 * k-means into a hierarchy (16 → 128 → 768 clusters by default). Writes data/models/ner.clusters.tsv.gz
 * (`word \t fine \t mid \t coarse`). Deterministic given --seed; a few minutes on one core.
 *   npm run build:clusters -- [--branching 16,8,6] [--dims 100] [--min-count 4] [--exclude FILE: ANT ids to leave out, one a line]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { normalize } from '../src/text/normalize.js';
import { mulberry32 } from '../src/annotate/ner/train.js';
import { parseConll } from '../src/annotate/ner/conll.js';
import { SHARED, NER_DIR, CLUSTERS_FILE } from './ner-data.js';

const { values } = parseArgs({
  options: {
    branching: { type: 'string', default: '16,8,6' },
    'min-count': { type: 'string', default: '4' },
    'max-vocab': { type: 'string', default: '40000' },
    contexts: { type: 'string', default: '3000' },
    dims: { type: 'string', default: '100' },
    iterations: { type: 'string', default: '15' },
    seed: { type: 'string', default: '7' },
    extra: { type: 'string', default: '' },
    out: { type: 'string', default: CLUSTERS_FILE },
    exclude: { type: 'string' },
  },
});
const DIMS = Number(values.dims);
const rand = mulberry32(Number(values.seed));
const t0 = performance.now();
const log = (m: string): void => console.log(`${((performance.now() - t0) / 1000).toFixed(1)}s ${m}`);

// 1. Tokenise the corpus into normalised word ids, one array per article (sentence bounds ignored).
const TOKEN = /[\p{Script=Arabic}\p{M}]+|[\p{L}\p{M}]+|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const lines = gunzipSync(readFileSync(join(SHARED, 'data', 'news', 'ant.jsonl.gz')))
  .toString('utf8')
  .split('\n');
const ids = new Map<string, number>();
const names: string[] = [];
const freq: number[] = [];
const docs: Int32Array[] = [];
/** The id of a word (a new one on first sight), counting this occurrence. */
function countWord(w: string): number {
  let id = ids.get(w);
  if (id === undefined) {
    id = names.length;
    ids.set(w, id);
    names.push(w);
    freq.push(0);
  }
  freq[id]!++;
  return id;
}
/** Articles kept out of the clusters (e.g. ones set aside for evaluation). */
const excluded = new Set(
  values.exclude === undefined
    ? []
    : readFileSync(values.exclude, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
);
for (const line of lines) {
  if (line.trim() === '') continue;
  const rec = JSON.parse(line) as { id?: string; title?: string; abstract?: string; body?: string };
  if (rec.id !== undefined && excluded.has(rec.id)) continue;
  const text = `${rec.title ?? ''}\n${rec.abstract ?? ''}\n${rec.body ?? ''}`;
  const out: number[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const w = /^\p{N}/u.test(m[0]) ? '0' : normalize(m[0]);
    out.push(countWord(w));
  }
  docs.push(Int32Array.from(out));
}
// Optional extra unlabelled text: the words of ANERcorp train and WikiFANE Gold, labels ignored.
for (const source of String(values.extra).split(',').filter(Boolean)) {
  const file = { 'anercorp-train': 'anercorp.train.conll', wikifane: 'WikiFANE_Gold_2014_500K.txt' }[source];
  if (file === undefined) throw new Error(`--extra: unknown source ${source}`);
  const out: number[] = [];
  for (const token of parseConll(readFileSync(join(NER_DIR, file), 'utf8')).flatMap((s) => s.tokens)) {
    const w = /^\p{N}/u.test(token) ? '0' : normalize(token);
    out.push(countWord(w));
  }
  docs.push(Int32Array.from(out));
}
const totalTokens = docs.reduce((a, d) => a + d.length, 0);
log(`${docs.length} articles, ${totalTokens} tokens, ${names.length} distinct words`);

// 2. Vocabulary to cluster and context words.
const byFreq = names.map((_, i) => i).sort((a, b) => freq[b]! - freq[a]! || (names[a]! < names[b]! ? -1 : 1));
const vocab = byFreq
  .filter((i) => freq[i]! >= Number(values['min-count']))
  .slice(0, Number(values['max-vocab']));
const vocabIndex = new Int32Array(names.length).fill(-1);
vocab.forEach((w, k) => (vocabIndex[w] = k));
const NC = Number(values.contexts);
const ctxIndex = new Int32Array(names.length).fill(-1);
byFreq.slice(0, NC).forEach((w, k) => (ctxIndex[w] = k));
const OFFSETS = [-2, -1, 1, 2];
const D = NC * OFFSETS.length;

// 3. Co-occurrence counts (sparse, keyed by vocabRow * D + contextFeature).
const counts = new Map<number, number>();
for (const d of docs) {
  for (let i = 0; i < d.length; i++) {
    const v = vocabIndex[d[i]!]!;
    if (v < 0) continue;
    for (let o = 0; o < OFFSETS.length; o++) {
      const j = i + OFFSETS[o]!;
      if (j < 0 || j >= d.length) continue;
      const c = ctxIndex[d[j]!]!;
      if (c < 0) continue;
      const key = v * D + o * NC + c;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
}
log(`${vocab.length} words to cluster, ${counts.size} co-occurrence pairs`);

// 4. PPMI (context distribution smoothed by ^0.75) as a sparse matrix.
const rowSum = new Float64Array(vocab.length);
const colSum = new Float64Array(D);
let total = 0;
for (const [key, c] of counts) {
  rowSum[Math.floor(key / D)]! += c;
  colSum[key % D]! += c;
  total += c;
}
let colTotal = 0;
const colP = new Float64Array(D);
for (let f = 0; f < D; f++) colTotal += colP[f] = colSum[f]! ** 0.75;
const entries = [...counts].sort((a, b) => a[0] - b[0]);
const rowsOf: number[] = [];
const colsOf: number[] = [];
const valsOf: number[] = [];
for (const [key, c] of entries) {
  const v = Math.floor(key / D);
  const f = key % D;
  const pmi = Math.log(c / total / ((rowSum[v]! / total) * (colP[f]! / colTotal)));
  if (pmi <= 0) continue;
  rowsOf.push(v);
  colsOf.push(f);
  valsOf.push(pmi);
}
const R = Int32Array.from(rowsOf);
const C = Int32Array.from(colsOf);
const V = Float64Array.from(valsOf);
const N = vocab.length;
log(`PPMI matrix ${N} × ${D}, ${V.length} non-zeros`);

// 5. Randomised truncated SVD (Halko et al.): range finder with power iterations, then the eigen-
//    decomposition of the small matrix B Bᵀ. Matrices are column-major: column j is [j*rows, (j+1)*rows).
const K = DIMS + 16;
/** out (N × K) = M · X (D × K) */
function mulM(x: Float64Array): Float64Array {
  const out = new Float64Array(N * K);
  for (let e = 0; e < V.length; e++) {
    const r = R[e]!;
    const c = C[e]!;
    const v = V[e]!;
    for (let j = 0; j < K; j++) out[j * N + r]! += v * x[j * D + c]!;
  }
  return out;
}
/** out (D × K) = Mᵀ · Y (N × K) */
function mulMt(y: Float64Array): Float64Array {
  const out = new Float64Array(D * K);
  for (let e = 0; e < V.length; e++) {
    const r = R[e]!;
    const c = C[e]!;
    const v = V[e]!;
    for (let j = 0; j < K; j++) out[j * D + c]! += v * y[j * N + r]!;
  }
  return out;
}
/** Orthonormalises the K columns of a rows × K matrix in place (modified Gram-Schmidt). */
function orthonormalise(m: Float64Array, rows: number): void {
  for (let j = 0; j < K; j++) {
    const cj = j * rows;
    for (let i = 0; i < j; i++) {
      const ci = i * rows;
      let dot = 0;
      for (let r = 0; r < rows; r++) dot += m[ci + r]! * m[cj + r]!;
      for (let r = 0; r < rows; r++) m[cj + r]! -= dot * m[ci + r]!;
    }
    let norm = 0;
    for (let r = 0; r < rows; r++) norm += m[cj + r]! ** 2;
    const inv = norm > 1e-20 ? 1 / Math.sqrt(norm) : 0;
    for (let r = 0; r < rows; r++) m[cj + r]! *= inv;
  }
}
const omega = new Float64Array(D * K);
for (let i = 0; i < omega.length; i++) omega[i] = rand() - 0.5;
let Q = mulM(omega);
orthonormalise(Q, N);
for (let it = 0; it < 2; it++) {
  const Z = mulMt(Q);
  orthonormalise(Z, D);
  Q = mulM(Z);
  orthonormalise(Q, N);
  log(`power iteration ${it + 1}`);
}
const Bt = mulMt(Q); // D × K, B = Btᵀ
// S = B Bᵀ (K × K, symmetric)
const S = new Float64Array(K * K);
for (let a = 0; a < K; a++) {
  for (let b = a; b < K; b++) {
    let dot = 0;
    for (let r = 0; r < D; r++) dot += Bt[a * D + r]! * Bt[b * D + r]!;
    S[a * K + b] = dot;
    S[b * K + a] = dot;
  }
}
// Cyclic Jacobi eigendecomposition of S: S = W Λ Wᵀ.
const W = new Float64Array(K * K);
for (let i = 0; i < K; i++) W[i * K + i] = 1;
for (let sweep = 0; sweep < 30; sweep++) {
  let off = 0;
  for (let p = 0; p < K; p++) for (let q = p + 1; q < K; q++) off += S[p * K + q]! ** 2;
  if (off < 1e-18) break;
  for (let p = 0; p < K; p++) {
    for (let q = p + 1; q < K; q++) {
      const apq = S[p * K + q]!;
      if (Math.abs(apq) < 1e-30) continue;
      const theta = (S[q * K + q]! - S[p * K + p]!) / (2 * apq);
      const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
      const c = 1 / Math.sqrt(t * t + 1);
      const sn = t * c;
      for (let k = 0; k < K; k++) {
        const skp = S[k * K + p]!;
        const skq = S[k * K + q]!;
        S[k * K + p] = c * skp - sn * skq;
        S[k * K + q] = sn * skp + c * skq;
      }
      for (let k = 0; k < K; k++) {
        const spk = S[p * K + k]!;
        const sqk = S[q * K + k]!;
        S[p * K + k] = c * spk - sn * sqk;
        S[q * K + k] = sn * spk + c * sqk;
      }
      for (let k = 0; k < K; k++) {
        const wkp = W[k * K + p]!;
        const wkq = W[k * K + q]!;
        W[k * K + p] = c * wkp - sn * wkq;
        W[k * K + q] = sn * wkp + c * wkq;
      }
    }
  }
}
const eig = Array.from({ length: K }, (_, i) => i).sort((a, b) => S[b * K + b]! - S[a * K + a]!);
// Word vectors: U Σ^½ over the top DIMS singular directions, U = Q W.
const vecs = new Float32Array(N * DIMS);
for (let d = 0; d < DIMS; d++) {
  const e = eig[d]!;
  const scale = Math.max(S[e * K + e]!, 0) ** 0.25;
  for (let j = 0; j < K; j++) {
    const w = W[j * K + e]! * scale;
    if (w === 0) continue;
    const qj = j * N;
    for (let r = 0; r < N; r++) vecs[r * DIMS + d]! += Q[qj + r]! * w;
  }
}
function normaliseRows(m: Float32Array, rows: number): void {
  for (let r = 0; r < rows; r++) {
    let s = 0;
    for (let k = 0; k < DIMS; k++) s += m[r * DIMS + k]! ** 2;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let k = 0; k < DIMS; k++) m[r * DIMS + k]! *= inv;
  }
}
normaliseRows(vecs, N);
log('SVD word vectors ready');

// 6. Top-down spherical k-means, seeded: each cluster of one level is split into `branching` clusters.
function kmeans(points: Float32Array, members: Int32Array, k: number, iterations: number): Int32Array {
  const n = members.length;
  const assign = new Int32Array(n);
  if (n <= k) {
    for (let i = 0; i < n; i++) assign[i] = i;
    return assign;
  }
  const cent = new Float32Array(k * DIMS);
  for (let c = 0; c < k; c++) {
    const p = members[Math.min(n - 1, Math.floor((c * n) / k + rand() * (n / k)))]!;
    cent.set(points.subarray(p * DIMS, (p + 1) * DIMS), c * DIMS);
  }
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const pb = members[i]! * DIMS;
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        const cb = c * DIMS;
        let s = 0;
        for (let d = 0; d < DIMS; d++) s += points[pb + d]! * cent[cb + d]!;
        if (s > best) {
          best = s;
          arg = c;
        }
      }
      if (assign[i] !== arg || it === 0) changed++;
      assign[i] = arg;
    }
    cent.fill(0);
    for (let i = 0; i < n; i++) {
      const cb = assign[i]! * DIMS;
      const pb = members[i]! * DIMS;
      for (let d = 0; d < DIMS; d++) cent[cb + d]! += points[pb + d]!;
    }
    normaliseRows(cent, k);
    if (changed === 0) break;
  }
  return assign;
}
const BRANCHING = String(values.branching).split(',').map(Number);
/** levels[l][word] = global cluster id at level l. */
const levels: Int32Array[] = [];
let parent = new Int32Array(N);
let parents = 1;
for (const branching of BRANCHING) {
  const level = new Int32Array(N);
  const groups: number[][] = Array.from({ length: parents }, () => []);
  for (let w = 0; w < N; w++) groups[parent[w]!]!.push(w);
  groups.forEach((g, gi) => {
    const a = kmeans(vecs, Int32Array.from(g), branching, Number(values.iterations));
    g.forEach((w, i) => (level[w] = gi * branching + a[i]!));
  });
  levels.push(level);
  parent = level;
  parents *= branching;
  log(`level with ${parents} clusters`);
}

// One line per word: the word, then its cluster at each level from the finest to the coarsest.
let out = '';
vocab.forEach((w, k) => {
  out += `${names[w]}\t${levels
    .map((l) => l[k])
    .reverse()
    .join('\t')}\n`;
});
writeFileSync(values.out, gzipSync(Buffer.from(out, 'utf8'), { level: 9 }));
log(`wrote ${values.out}`);
