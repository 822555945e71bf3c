/**
 * Store-side cost per article as the store grows, analysis excluded, in CPU time of the process (no
 * analysis workers run while replaying).
 *   npx tsx bench/store-growth.ts [articles=20000] [cache=/tmp/rasd-prepared.v8]
 * The first run analyses the articles (ant, then saudinewsnet; read from ../shared, never committed) on
 * two workers and keeps the prepared articles in the cache file (v8 serialised, about 32 KB an article),
 * so that later runs replay only the store side: commits of BATCH articles a transaction (as ingest
 * does) into a fresh SQLite store, timed per slice of 1024 articles. Options, by environment:
 *   BATCH=n          articles a transaction (default: ingest's)
 *   SQLSTATS=a-b     CPU time per SQL statement while committing articles a..b
 *   PROFILE=a-b,c-d  V8 CPU profiles of those ranges, into /tmp/rasd-growth-<end>.cpuprofile
 *   PRAGMAS='x=1;…'  SQLite settings on top of the store's own (experiments)
 *   RASD_DB, START   replay prepared[START..] onto an existing store; KEEP_DB=1 keeps it
 *   COPY_WAL=dir     copies the database and its WAL before closing (to attribute written pages)
 */
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { Session } from 'node:inspector/promises';
import { commitPrepared } from '../src/corpus/commit.js';
import { BATCH as INGEST_BATCH } from '../src/corpus/ingest.js';
import { openStore } from '../src/corpus/open-store.js';
import { AnalysisPool } from '../src/corpus/pool.js';
import type { PreparedArticle } from '../src/corpus/prepare.js';
import { readNewsInputs } from './harness.js';
import { tuneProcess } from '../src/cli/process-tuning.js';

if (!process.env['RASD_NO_TUNING']) tuneProcess();
const n = Number(process.argv[2] ?? 20000);
const cache = process.argv[3] ?? '/tmp/rasd-prepared.v8';
let prepared: PreparedArticle[];
if (existsSync(cache)) {
  prepared = (deserialize(readFileSync(cache)) as PreparedArticle[]).slice(0, n);
} else {
  const inputs = await readNewsInputs(['ant.jsonl.gz', 'saudinewsnet.jsonl.gz'], n);
  const pool = new AnalysisPool(2);
  prepared = (
    await Promise.all(
      inputs.map((a) => pool.run({ input: a, origin: a.id!, format: null }).catch(() => null)),
    )
  ).filter((p): p is PreparedArticle => p !== null);
  await pool.close();
  writeFileSync(cache, serialize(prepared));
  process.stdout.write(`analysed ${prepared.length} into ${cache}\n`);
}
const dir = mkdtempSync(join(tmpdir(), 'rasd-growth-'));
const dbPath = process.env['RASD_DB'] ?? join(dir, 'g.db');
const store = await openStore(dbPath);
const fileBytes = (p: string): number => (existsSync(p) ? statSync(p).size : 0);
let bytes0 = fileBytes(`${dbPath}-wal`) + fileBytes(dbPath);
// PRAGMAS='a=1;b=2': SQLite settings tried on top of the store's own (experiments).
for (const p of (process.env['PRAGMAS'] ?? '').split(';').filter(Boolean)) {
  (store as unknown as { db: { db: { pragma(s: string): unknown } } }).db.db.pragma(p);
}
// SQLSTATS=a-b: CPU time per SQL statement (by its first 70 characters) while committing that range.
const sqlStats = new Map<string, { n: number; us: number }>();
let statsOn = false;
if (process.env['SQLSTATS']) {
  const drv = (store as unknown as { db: Record<string, (...a: unknown[]) => unknown> }).db;
  for (const m of ['all', 'get', 'run', 'exec']) {
    const orig = drv[m]!.bind(drv);
    drv[m] = (sql: unknown, ...rest: unknown[]) => {
      if (!statsOn) return orig(sql, ...rest);
      const c = process.cpuUsage();
      const out = orig(sql, ...rest);
      const d = process.cpuUsage(c);
      const k = String(sql).replace(/\s+/g, ' ').slice(0, 70);
      const e = sqlStats.get(k) ?? { n: 0, us: 0 };
      e.n++;
      e.us += d.user + d.system;
      sqlStats.set(k, e);
      return out;
    };
  }
}
const [statsFrom, statsTo] = (process.env['SQLSTATS'] ?? '0-0').split('-').map(Number) as [number, number];
const SLICE = 1024;
const rows: string[] = [];
let cpu0 = process.cpuUsage();
let t0 = performance.now();
let sliceN = 0;
const totalCpu0 = process.cpuUsage();
// PROFILE=a-b,c-d: CPU profiles (V8 sampling) of the commits between those store sizes, into /tmp.
const profiles = (process.env['PROFILE'] ?? '')
  .split(',')
  .filter(Boolean)
  .map((r) => r.split('-').map(Number) as [number, number]);
const session = profiles.length > 0 ? new Session() : null;
session?.connect();
await session?.post('Profiler.enable');
let profiling = false;
// START=k: commits only prepared[k..] (onto RASD_DB, a store holding the first k).
const BATCH = Number(process.env['BATCH'] ?? INGEST_BATCH);
for (let i = Number(process.env['START'] ?? 0); i < prepared.length; i += BATCH) {
  const batch = prepared.slice(i, i + BATCH);
  statsOn = i >= statsFrom && i < statsTo;
  const range = profiles.find(([a, b]) => i >= a && i < b);
  if (range && !profiling) {
    await session!.post('Profiler.start');
    profiling = true;
  } else if (!range && profiling) {
    const { profile } = await session!.post('Profiler.stop');
    writeFileSync(`/tmp/rasd-growth-${i}.cpuprofile`, JSON.stringify(profile));
    profiling = false;
  }
  await store.transaction(
    async (tx) => {
      for (const p of batch) await commitPrepared(tx, p);
    },
    { allOrNothing: true },
  );
  sliceN += batch.length;
  const done = i + batch.length;
  if (sliceN >= SLICE || done === prepared.length) {
    const c = process.cpuUsage(cpu0);
    const cpuMs = (c.user + c.system) / 1000 / sliceN;
    const wallMs = (performance.now() - t0) / sliceN;
    const bytes = fileBytes(`${dbPath}-wal`) + fileBytes(dbPath);
    const kb = (bytes - bytes0) / 1024 / sliceN;
    bytes0 = bytes;
    rows.push(`${done}\t${cpuMs.toFixed(2)}\t${wallMs.toFixed(2)}`);
    process.stdout.write(
      `${done}\tcpu ${cpuMs.toFixed(2)} ms/article\twall ${wallMs.toFixed(2)}\tfiles +${kb.toFixed(0)} KB/article\n`,
    );
    cpu0 = process.cpuUsage();
    t0 = performance.now();
    sliceN = 0;
  }
}
const tc = process.cpuUsage(totalCpu0);
if (sqlStats.size > 0) {
  const arts = statsTo - statsFrom;
  for (const [k, e] of [...sqlStats].sort((a, b) => b[1].us - a[1].us).slice(0, 30)) {
    process.stdout.write(
      `${(e.us / 1000 / arts).toFixed(3)} ms/article\t${(e.n / arts).toFixed(1)}/article\t${k}\n`,
    );
  }
}
process.stdout.write(
  `total: ${prepared.length} articles, cpu ${((tc.user + tc.system) / 1000 / prepared.length).toFixed(2)} ms/article\n`,
);
// COPY_WAL=dir: the database and its write-ahead log as they stand before closing (to attribute pages).
if (process.env['COPY_WAL']) {
  copyFileSync(dbPath, join(process.env['COPY_WAL'], 'w.db'));
  copyFileSync(`${dbPath}-wal`, join(process.env['COPY_WAL'], 'w.db-wal'));
}
await store.close();
if (!process.env['KEEP_DB']) rmSync(dir, { recursive: true, force: true });
else process.stdout.write(`db: ${join(dir, 'g.db')}\n`);
