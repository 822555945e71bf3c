/**
 * One ingest run, for profiling: N shared-corpus articles into a fresh SQLite store on W workers.
 *   npx tsx bench/ingest-run.ts [articles=2000] [workers=2]
 * Prints wall time, process CPU time (all threads), the main thread's CPU time and articles/s.
 * KEEP_DB=1 keeps the store (to compare the tables two versions write).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/corpus/ingest.js';
import { openStore } from '../src/corpus/open-store.js';
import { mainThreadCpuS } from './corpus.bench.js';
import { cpuMs, readNewsInputs } from './harness.js';

const n = Number(process.argv[2] ?? 2000);
const workers = Number(process.argv[3] ?? 2);
const articles = await readNewsInputs(['ant.jsonl.gz', 'saudinewsnet.jsonl.gz'], n);
const dir = mkdtempSync(join(tmpdir(), 'rasd-ingest-run-'));
const store = await openStore(join(dir, 'ingest.db'));
const c0 = cpuMs();
const m0 = mainThreadCpuS();
const t0 = performance.now();
const res = await ingest(
  store,
  articles.map((input) => ({ input, origin: input.id! })),
  { workers },
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
