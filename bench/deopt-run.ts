/**
 * Runs the default pipeline in this one thread over N ANT articles, for V8 deopt/re-opt profiling:
 *   npx tsx bench/deopt-run.ts [articles=3000] [warmup=300] [out.jsonl]
 * Prints CPU ms/article after the warm-up articles: this thread, and V8's background threads
 * (optimising compiler, concurrent GC). With an output path, writes each article's JSON (to compare
 * two versions byte for byte).
 */
import { createWriteStream } from 'node:fs';
import { createDoc } from '../src/doc/index.js';
import { toArticleJson } from '../src/doc/article-json.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { readNewsInputs, threadCpuS } from './harness.js';
import { tuneProcess } from '../src/cli/process-tuning.js';

// As the rasd launcher does (RASD_NO_TUNING=1 to compare without).
if (!process.env['RASD_NO_TUNING']) tuneProcess();

const n = Number(process.argv[2] ?? 3000);
const warmup = Number(process.argv[3] ?? 300);
const outPath = process.argv[4];
const articles = await readNewsInputs(['ant.jsonl.gz'], n);
const pipeline = defaultPipeline();
const out = outPath ? createWriteStream(outPath) : null;
let a = threadCpuS();
let t0 = performance.now();
for (let i = 0; i < articles.length; i++) {
  if (i === warmup) {
    a = threadCpuS();
    t0 = performance.now();
  }
  if (process.env['MARK'] && i % 100 === 0) process.stdout.write(`@@ article ${i}\n`);
  const input = articles[i]!;
  const doc = pipeline.run(createDoc({ ...input, id: input.id! }, { origin: input.id!, format: 'jsonl' }));
  if (out) out.write(JSON.stringify(toArticleJson(doc)) + '\n');
}
const b = threadCpuS();
const wall = performance.now() - t0;
let main = 0;
let bg = 0;
for (const [t, s] of b) {
  const d = s - (a.get(t) ?? 0);
  if (t === String(process.pid)) main += d;
  else bg += d;
}
const k = articles.length - warmup;
if (out) await new Promise((r) => out.end(r));
process.stdout.write(
  `${k} articles after ${warmup}: CPU ms/article main ${((main * 1000) / k).toFixed(2)}, ` +
    `V8 background ${((bg * 1000) / k).toFixed(2)}, total ${(((main + bg) * 1000) / k).toFixed(2)}; ` +
    `wall ${(wall / k).toFixed(2)} ms/article\n`,
);
