/**
 * Entities benchmark: recognition + linking throughput over real news (ANT), compared with a bare
 * regex tokenizer over the same text in the same run; KB load time and memory.
 * Run alone with `npx tsx bench/entities.bench.ts`, or through `npm run bench`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { createDoc, type Doc } from '../src/doc/index.js';
import { DEFAULT_KB_PATH, indexKb, readKbFile, type Kb } from '../src/annotate/entities/kb.js';
import { recognize } from '../src/annotate/entities/recognize.js';
import { loadNerTagger } from '../src/annotate/ner/tagger.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { textPasses } from '../src/pipeline/default.js';
import { cpuBestFor, cpuMs, type BenchSection } from './harness.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ANT = join(ROOT, '..', 'shared', 'data', 'news', 'ant.jsonl.gz');
const ARTICLES = 400;
const MIN_MS = 1500;

async function articles(): Promise<{ title: string; body: string }[]> {
  if (!existsSync(ANT)) {
    const seeds = ['000_979cc18ec33a5328.txt', '001_12314e3d2425e948.txt'].map((f) =>
      readFileSync(join(ROOT, 'examples', f), 'utf8'),
    );
    return seeds.map((s) => ({ title: s.split('\n')[0] ?? '', body: s }));
  }
  const lines = gunzipSync(await readFile(ANT))
    .toString('utf8')
    .split('\n')
    .filter(Boolean);
  const step = Math.max(1, Math.floor(lines.length / ARTICLES));
  const out: { title: string; body: string }[] = [];
  for (let i = 0; i < lines.length && out.length < ARTICLES; i += step) {
    out.push(JSON.parse(lines[i]!) as { title: string; body: string });
  }
  return out;
}

/**
 * Rounds run before timing: the process CPU time counts V8's background compiling too, and the tagger's
 * code takes several seconds of rounds to settle (with a short window the same code measured 35% slower).
 */
const WARM_MS = 5000;

/** CPU time of one run, the first (cold: the JIT still compiling) and the best after warming up. */
function time(fn: () => void): { cold: number; warm: number } {
  const t0 = cpuMs();
  fn();
  const cold = cpuMs() - t0;
  const until = performance.now() + WARM_MS;
  while (performance.now() < until) fn();
  return { cold, warm: cpuBestFor(fn, MIN_MS) };
}

const BARE = /[\p{L}\p{M}\p{N}]+|\S/gu;

export async function bench(): Promise<BenchSection> {
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  let kb: Kb | undefined;
  const loads: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    kb = indexKb(readKbFile(DEFAULT_KB_PATH));
    loads.push(performance.now() - t0);
  }
  global.gc?.();
  const kbHeapMb = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  const kbRssMb = (process.memoryUsage().rss - rss0) / 2 ** 20;

  const text = buildPipeline(textPasses());
  const docs: Doc[] = (await articles()).map((a, i) =>
    text.run(createDoc({ id: `a${i}`, title: a.title, body: a.body })),
  );
  const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
  const chars = docs.reduce((n, d) => n + d.text.length, 0);

  const entities0 = time(() => {
    for (const d of docs) recognize(kb!, d);
  });
  const entitiesMs = entities0.warm;
  const tagger = loadNerTagger();
  const combined = time(() => {
    for (const d of docs) recognize(kb!, d, tagger);
  });
  const combinedMs = combined.warm;
  let sink = 0;
  let runs = 0;
  const bareMs = cpuBestFor(() => {
    runs++;
    for (const d of docs) {
      BARE.lastIndex = 0;
      while (BARE.exec(d.text) !== null) sink++;
    }
  }, MIN_MS);
  const entities = docs.reduce((n, d) => n + d.entities.length, 0); // with the tagger (last run)
  const perSec = (tokens / entitiesMs) * 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const markdown = [
    `Corpus: ${docs.length} ANT articles, ${tokens.toLocaleString('en')} tokens, ${chars.toLocaleString('en')} characters; ${entities} entities found. One core; times are CPU time of the process (best run after ${WARM_MS / 1000} s of warm-up rounds; the first, cold run is shown too), so a busy machine does not distort them.`,
    '',
    '| measure | value |',
    '|---|---:|',
    `| recognition + linking | ${Math.round(perSec).toLocaleString('en')} tokens/s (${entitiesMs.toFixed(1)} ms CPU per pass over the corpus) |`,
    `| the same with the NER tagger (shipped pass) | ${Math.round((tokens / combinedMs) * 1000).toLocaleString('en')} tokens/s (${combinedMs.toFixed(1)} ms CPU) |`,
    `| the same, first pass over the corpus (cold: the JIT compiling) | ${Math.round((tokens / combined.cold) * 1000).toLocaleString('en')} tokens/s (${combined.cold.toFixed(1)} ms CPU; without the tagger ${entities0.cold.toFixed(1)} ms) |`,
    `| bare regex tokenizer over the same text | ${Math.round((tokens / bareMs) * 1000).toLocaleString('en')} tokens/s (${bareMs.toFixed(1)} ms CPU) |`,
    `| ratio entities / bare tokenizer | ${(entitiesMs / bareMs).toFixed(1)}× |`,
    `| KB load (read + gunzip + parse + index), best of 3 | ${Math.min(...loads).toFixed(0)} ms (first ${loads[0]!.toFixed(0)} ms) |`,
    `| KB memory: heap / RSS growth for 3 loads | ${kbHeapMb.toFixed(0)} MB / ${kbRssMb.toFixed(0)} MB |`,
    `| peak RSS of the benchmark process | ${peakMb.toFixed(0)} MB |`,
    '',
    `Targets: ≥ 300,000 tokens/s, KB load < 1 s, memory < 300 MB. (Bare tokenizer matches per run: ${sink / Math.max(1, runs)}.)`,
  ].join('\n');
  return { title: 'Entities (KB + patterns + linking)', markdown };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { title, markdown } = await bench();
  console.log(`## ${title}\n\n${markdown}`);
}
