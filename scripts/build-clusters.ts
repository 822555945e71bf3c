/**
 * Word clusters from the unlabelled ANT news (Apache-2.0) for the NER tagger's cluster features.
 * Words are described by their left/right neighbours (±1, ±2) among the most frequent words, weighted by
 * positive PMI, reduced by a seeded random projection, then grouped by spherical k-means into fine clusters;
 * the fine centroids are grouped again into coarse clusters. Writes data/models/ner.clusters.tsv.gz
 * (`word \t fine \t coarse`). Deterministic given --seed; about a minute on one core.
 *   npx tsx scripts/build-clusters.ts [--fine 600] [--coarse 80] [--min-count 4]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { normalize } from '../src/text/normalize.js';
import { mulberry32 } from '../src/annotate/ner/train.js';
import { SHARED, CLUSTERS_FILE } from './ner-data.js';

const { values } = parseArgs({
  options: {
    fine: { type: 'string', default: '600' },
    coarse: { type: 'string', default: '80' },
    'min-count': { type: 'string', default: '4' },
    'max-vocab': { type: 'string', default: '40000' },
    contexts: { type: 'string', default: '3000' },
    dims: { type: 'string', default: '160' },
    iterations: { type: 'string', default: '15' },
    seed: { type: 'string', default: '7' },
  },
});
const FINE = Number(values.fine);
const COARSE = Number(values.coarse);
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
for (const line of lines) {
  if (line.trim() === '') continue;
  const rec = JSON.parse(line) as { title?: string; abstract?: string; body?: string };
  const text = `${rec.title ?? ''}\n${rec.abstract ?? ''}\n${rec.body ?? ''}`;
  const out: number[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const w = /^\p{N}/u.test(m[0]) ? '0' : normalize(m[0]);
    let id = ids.get(w);
    if (id === undefined) {
      id = names.length;
      ids.set(w, id);
      names.push(w);
      freq.push(0);
    }
    freq[id]!++;
    out.push(id);
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

// 4. PPMI (context distribution smoothed by ^0.75), random projection, L2 normalisation.
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
const proj = new Float32Array(D * DIMS);
for (let i = 0; i < proj.length; i++) proj[i] = rand() < 0.5 ? -1 : 1;
const vecs = new Float32Array(vocab.length * DIMS);
for (const [key, c] of counts) {
  const v = Math.floor(key / D);
  const f = key % D;
  const pmi = Math.log(c / total / ((rowSum[v]! / total) * (colP[f]! / colTotal)));
  if (pmi <= 0) continue;
  const vb = v * DIMS;
  const fb = f * DIMS;
  for (let k = 0; k < DIMS; k++) vecs[vb + k]! += pmi * proj[fb + k]!;
}
function normaliseRows(m: Float32Array, rows: number): void {
  for (let r = 0; r < rows; r++) {
    let s = 0;
    for (let k = 0; k < DIMS; k++) s += m[r * DIMS + k]! ** 2;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let k = 0; k < DIMS; k++) m[r * DIMS + k]! *= inv;
  }
}
normaliseRows(vecs, vocab.length);
log('vectors ready');

// 5. Spherical k-means, seeded: initial centroids are evenly spaced words of the frequency ranking.
function kmeans(points: Float32Array, n: number, k: number, iterations: number): Int32Array {
  const cent = new Float32Array(k * DIMS);
  for (let c = 0; c < k; c++) {
    const p = Math.min(n - 1, Math.floor((c * n) / k + rand() * (n / k)));
    cent.set(points.subarray(p * DIMS, (p + 1) * DIMS), c * DIMS);
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    for (let p = 0; p < n; p++) {
      let best = -Infinity;
      let arg = 0;
      const pb = p * DIMS;
      for (let c = 0; c < k; c++) {
        const cb = c * DIMS;
        let s = 0;
        for (let d = 0; d < DIMS; d++) s += points[pb + d]! * cent[cb + d]!;
        if (s > best) {
          best = s;
          arg = c;
        }
      }
      if (assign[p] !== arg || it === 0) changed++;
      assign[p] = arg;
    }
    cent.fill(0);
    for (let p = 0; p < n; p++) {
      const cb = assign[p]! * DIMS;
      for (let d = 0; d < DIMS; d++) cent[cb + d]! += points[p * DIMS + d]!;
    }
    normaliseRows(cent, k);
    log(`k-means k=${k} iteration ${it + 1}: ${changed} changed`);
    if (changed === 0) break;
  }
  return assign;
}
const fine = kmeans(vecs, vocab.length, FINE, Number(values.iterations));
const fineCent = new Float32Array(FINE * DIMS);
for (let p = 0; p < vocab.length; p++) {
  for (let d = 0; d < DIMS; d++) fineCent[fine[p]! * DIMS + d]! += vecs[p * DIMS + d]!;
}
normaliseRows(fineCent, FINE);
const coarse = kmeans(fineCent, FINE, COARSE, 30);

let out = '';
vocab.forEach((w, k) => {
  out += `${names[w]}\t${fine[k]}\t${coarse[fine[k]!]}\n`;
});
writeFileSync(CLUSTERS_FILE, gzipSync(Buffer.from(out, 'utf8'), { level: 9 }));
log(`wrote ${CLUSTERS_FILE}`);
