/**
 * One ingest run, for profiling: N shared-corpus articles into a fresh SQLite store on W workers.
 *   npx tsx bench/ingest-run.ts [articles=2000] [workers=2]
 * Prints wall time, process CPU time (all threads), the main thread's CPU time and articles/s, then
 * CPU time per article once the first batch is committed (start-up left out) by thread: the main
 * thread (reading, deciding, writing), the analysis workers, and V8's background threads (optimising
 * compiler and concurrent GC, for all isolates), with the rate that CPU time allows on two cores.
 * V8 is tuned as the rasd launcher tunes it (RASD_NO_TUNING=1 to compare without).
 * KEEP_DB=1 keeps the store (to compare the tables two versions write: bench/compare-stores.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/corpus/ingest.js';
import { openStore } from '../src/corpus/open-store.js';
import { mainThreadCpuS } from './corpus.bench.js';
import { cpuMs, IngestCpuSplit, readNewsInputs } from './harness.js';
import { tuneProcess } from '../src/cli/process-tuning.js';

// As the rasd launcher does, before any worker starts (V8 flags are process-wide).
if (!process.env['RASD_NO_TUNING']) tuneProcess();

const n = Number(process.argv[2] ?? 2000);
const workers = Number(process.argv[3] ?? 2);
const articles = await readNewsInputs(['ant.jsonl.gz', 'saudinewsnet.jsonl.gz'], n);
const dir = mkdtempSync(join(tmpdir(), 'rasd-ingest-run-'));
const store = await openStore(join(dir, 'ingest.db'));
const split = new IngestCpuSplit(articles.length);
const c0 = cpuMs();
const m0 = mainThreadCpuS();
const t0 = performance.now();
const res = await ingest(
  store,
  articles.map((input) => ({ input, origin: input.id! })),
  {
    workers,
    onProgress: split.onProgress,
  },
);
const wall = (performance.now() - t0) / 1000;
const cpu = (cpuMs() - c0) / 1000;
const mainCpu = mainThreadCpuS() - m0;
await store.close();
if (process.env['KEEP_DB']) process.stdout.write(`db: ${join(dir, 'ingest.db')}\n`);
else rmSync(dir, { recursive: true, force: true });
process.stdout.write(
  `${res.added} added, ${res.failed} failed; wall ${wall.toFixed(2)} s, cpu ${cpu.toFixed(2)} s ` +
    `(main thread ${mainCpu.toFixed(2)} s), ` +
    `${(res.added / wall).toFixed(1)} articles/s\n`,
);
const r = split.result();
if (r) {
  process.stdout.write(
    `after the first batch (${r.articles} articles, ${r.rate.toFixed(1)} articles/s): CPU ms/article ` +
      `main ${r.main_ms.toFixed(2)}, workers ${r.workers_ms.toFixed(2)}, V8 background ${r.v8_ms.toFixed(2)}, ` +
      `total ${r.total_ms.toFixed(2)} (on two cores at most ${(2000 / r.total_ms).toFixed(0)} articles/s)\n`,
  );
}
