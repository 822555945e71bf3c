/**
 * The writer alone, for profiling: commits N analysed shared-corpus articles into a fresh SQLite store
 * in batches of 128, one transaction each, as ingest does (near-duplicate and story decisions, indexing,
 * commit), and prints the main thread's CPU time per article. The analyses are computed once and kept
 * in the temporary directory, keyed by the pipeline version.
 *   npx tsx bench/writer-run.ts [articles=2000] [rounds=3]
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeJob } from '../src/corpus/analyze.js';
import { commitPrepared } from '../src/corpus/commit.js';
import { openStore } from '../src/corpus/open-store.js';
import type { PreparedArticle } from '../src/corpus/prepare.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { mainThreadCpuS } from './corpus.bench.js';
import { readNewsInputs } from './harness.js';

const n = Number(process.argv[2] ?? 2000);
const rounds = Number(process.argv[3] ?? 3);
const batchSize = Number(process.env['RASD_BATCH'] ?? 128);
const pipeline = defaultPipeline();
const cache = join(tmpdir(), `rasd-prepared-${n}-${pipeline.version}.json`);
let prepared: PreparedArticle[];
if (existsSync(cache)) prepared = JSON.parse(readFileSync(cache, 'utf8')) as PreparedArticle[];
else {
  const inputs = await readNewsInputs(['ant.jsonl.gz', 'saudinewsnet.jsonl.gz'], n);
  prepared = inputs.map((input) => analyzeJob(pipeline, { input, origin: input.id!, format: null }));
  writeFileSync(cache, JSON.stringify(prepared));
}
for (let round = 0; round < rounds; round++) {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-writer-run-'));
  const store = await openStore(join(dir, 'writer.db'));
  const m0 = mainThreadCpuS();
  const t0 = performance.now();
  for (let i = 0; i < prepared.length; i += batchSize) {
    const batch = prepared.slice(i, i + batchSize);
    await store.transaction(
      async (tx) => {
        for (const p of batch) await commitPrepared(tx, p);
      },
      { allOrNothing: true },
    );
  }
  const wall = performance.now() - t0;
  const cpu = mainThreadCpuS() - m0;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(
    `writer: ${((cpu * 1000) / prepared.length).toFixed(3)} ms CPU per article ` +
      `(wall ${(wall / prepared.length).toFixed(3)} ms)\n`,
  );
}
