/**
 * Migrates a large SQLite store in place by opening it (schema migrations run forward on open) and
 * reports the time, CPU time, file size and free disk as it goes; stops, resumably, when free disk
 * falls below RASD_MIGRATE_MIN_FREE_GB (default 3.5). `sample` prints a digest of every 499th (RASD_MIGRATE_SAMPLE_STEP) article
 * row in the version-7 column order, to compare a store before and after (byte-identical rows).
 *
 *   npx tsx bench/migrate-run.ts [sample] [path]     (default /tmp/rasd-scale14/scale.db)
 *   RASD_MIGRATE_CHUNK_ROWS=100                        (rows a transaction; default MIGRATION_CHUNK_ROWS)
 */
import { createHash } from 'node:crypto';
import { statSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../src/corpus/open-store.js';
import { ARTICLE_COLUMNS_V1 } from '../src/corpus/sql/schema.js';

const mode = process.argv[2] === 'sample' ? 'sample' : 'migrate';
const path = process.argv[mode === 'sample' ? 3 : 2] ?? '/tmp/rasd-scale14/scale.db';
const minFree = Number(process.env['RASD_MIGRATE_MIN_FREE_GB'] ?? 3.5);
const chunkRows = process.env['RASD_MIGRATE_CHUNK_ROWS'];
const step = Number(process.env['RASD_MIGRATE_SAMPLE_STEP'] ?? 499);

function sample(): string {
  const db = new Database(path, { readonly: true });
  const h = createHash('sha256');
  const max = (db.prepare('SELECT MAX(pk) AS n FROM articles').get() as { n: number }).n;
  const st = db.prepare(`SELECT ${['pk', ...ARTICLE_COLUMNS_V1].join(', ')} FROM articles WHERE pk = ?`);
  for (let pk = 1; pk <= max; pk += step) h.update(JSON.stringify(st.get(pk)));
  db.close();
  return h.digest('hex');
}

const freeGB = (): number => {
  const s = statfsSync(dirname(path));
  return (s.bavail * s.bsize) / 2 ** 30;
};
const fileGB = (): number => {
  let n = statSync(path).size;
  try {
    n += statSync(`${path}-wal`).size;
  } catch {
    // no write-ahead log
  }
  return n / 2 ** 30;
};
const cpuS = (c: NodeJS.CpuUsage): string => ((c.user + c.system) / 1e6).toFixed(0);

async function migrate(): Promise<void> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let chunks = 0;
  let lowest = freeGB();
  let largest = fileGB();
  console.log(new Date().toISOString(), 'start: file GB', largest.toFixed(2), 'free GB', lowest.toFixed(2));
  const store = await openStore(path, {
    migration: {
      ...(chunkRows === undefined ? {} : { chunkRows: Number(chunkRows) }),
      onStep: (s) => {
        if (s.inChunk) return;
        if (++chunks % 25 !== 0 && !s.finished) return;
        const f = freeGB();
        const z = fileGB();
        lowest = Math.min(lowest, f);
        largest = Math.max(largest, z);
        const wall = ((performance.now() - t0) / 1000).toFixed(0);
        const rss = (process.memoryUsage().rss / 2 ** 20).toFixed(0);
        console.log(
          `${new Date().toISOString()} moved ${s.moved} wall s ${wall} cpu s ${cpuS(process.cpuUsage(c0))} file+wal GB ${z.toFixed(2)} free GB ${f.toFixed(2)} rss MB ${rss}`,
        );
        if (f < minFree)
          throw new Error(`free disk below ${minFree} GB: stopped (opening the store resumes)`);
      },
    },
  });
  const c = process.cpuUsage(c0);
  const version = await store.schemaVersion();
  await store.close();
  console.log(
    `${new Date().toISOString()} done: wall s ${((performance.now() - t0) / 1000).toFixed(1)} user s ${(c.user / 1e6).toFixed(1)} sys s ${(c.system / 1e6).toFixed(1)} version ${version}`,
  );
  console.log(
    `file GB ${fileGB().toFixed(2)}, largest file+wal GB ${largest.toFixed(2)}, lowest free GB ${lowest.toFixed(2)}, peak RSS MB ${(process.resourceUsage().maxRSS / 1024).toFixed(0)}`,
  );
}

if (mode === 'sample') console.log('sample', sample());
else await migrate();
