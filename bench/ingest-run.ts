/**
 * One ingest run, for profiling: N shared-corpus articles into a fresh SQLite store on W workers.
 *   npx tsx bench/ingest-run.ts [articles=2000] [workers=2]
 * Prints wall time, process CPU time (all threads) and articles/s.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/corpus/ingest.js';
import { openStore } from '../src/corpus/open-store.js';
import { cpuMs, readNewsInputs } from './harness.js';

/** CPU seconds of the main thread alone (Linux: /proc), so that workers' time can be told apart. */
function mainThreadCpuS(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

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
