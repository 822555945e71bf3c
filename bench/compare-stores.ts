/**
 * Compares what two ingests stored: every table of two SQLite stores row by row (timestamps and ingest
 * runs left out), the full-text index's own pages, and the results of searches run on both. Used to check
 * that a change to ingest's speed changes nothing stored (same input, same order).
 *
 *   KEEP_DB=1 npx tsx bench/ingest-run.ts 2000     (twice: before and after a change; prints each db)
 *   npx tsx bench/compare-stores.ts A.db B.db
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { openStore } from '../src/corpus/open-store.js';

const [pathA, pathB] = process.argv.slice(2);
if (!pathA || !pathB) throw new Error('usage: compare-stores A.db B.db');

/** Columns that record when, not what. */
const CLOCK = new Set(['updated_at', 'created_at', 'started_at', 'finished_at', 'merged_at']);
const SKIP_TABLES = new Set(['ingest_runs', 'sqlite_sequence', 'sqlite_stat1', 'sqlite_stat4']);

function tableDigests(path: string): Map<string, { rows: number; digest: string }> {
  const db = new Database(path, { readonly: true });
  const out = new Map<string, { rows: number; digest: string }>();
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const t of tables) {
    if (SKIP_TABLES.has(t)) continue;
    let cols: string[];
    try {
      cols = (db.prepare(`PRAGMA table_info("${t}")`).all() as { name: string }[]).map((c) => c.name);
    } catch {
      continue;
    }
    if (cols.length === 0) continue; // virtual tables: their shadow tables are compared instead
    const kept = cols.filter((c) => !CLOCK.has(c));
    const order = kept.map((c) => `"${c}"`).join(', ');
    const h = createHash('sha256');
    let rows = 0;
    for (const r of db.prepare(`SELECT ${order} FROM "${t}" ORDER BY ${order}`).raw().iterate()) {
      h.update(JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
      h.update('\n');
      rows++;
    }
    out.set(t, { rows, digest: h.digest('hex').slice(0, 16) });
  }
  db.close();
  return out;
}

const a = tableDigests(pathA);
const b = tableDigests(pathB);
let differ = 0;
for (const t of new Set([...a.keys(), ...b.keys()])) {
  const x = a.get(t);
  const y = b.get(t);
  const same = x && y && x.digest === y.digest && x.rows === y.rows;
  if (!same) differ++;
  console.log(`${same ? 'same' : 'DIFF'}  ${t}: ${x?.rows ?? '-'} / ${y?.rows ?? '-'} rows`);
}

// Searches: the first title words of some articles, alone and in pairs, with and without filters.
const sa = await openStore(pathA);
const sb = await openStore(pathB);
const words = new Set<string>();
for (const s of (await sa.listArticles({ limit: 200 })).items) {
  for (const w of s.title.split(/\s+/)) if (/^[\u0621-\u064a]{4,}$/.test(w)) words.add(w);
}
const vocab = [...words].slice(0, 150);
const CLOCK_JSON = /"updated_at":"[^"]*"/g;
let queries = 0;
let searchDiffs = 0;
for (let i = 0; i < vocab.length; i++) {
  for (const q of [
    { q: vocab[i]! },
    { q: `${vocab[i]} ${vocab[(i + 7) % vocab.length]}` },
    { q: vocab[i]!, from: '2015-01-01', limit: 50 },
  ]) {
    const ra = JSON.stringify(await sa.search(q)).replace(CLOCK_JSON, '');
    const rb = JSON.stringify(await sb.search(q)).replace(CLOCK_JSON, '');
    queries++;
    if (ra !== rb) searchDiffs++;
  }
}
const storiesA = JSON.stringify(await sa.listStories({ limit: 500 }));
const storiesB = JSON.stringify(await sb.listStories({ limit: 500 }));
const storyDiff = storiesA.replace(CLOCK_JSON, '') !== storiesB.replace(CLOCK_JSON, '');
await sa.close();
await sb.close();
console.log(
  `searches: ${queries - searchDiffs} of ${queries} identical; story list ${storyDiff ? 'DIFFERS' : 'identical'}`,
);
if (differ > 0 || searchDiffs > 0 || storyDiff) {
  console.log(`${differ} tables differ`);
  process.exit(1);
}
console.log('stores identical');
