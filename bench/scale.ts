/**
 * Scale benchmark: builds a large SQLite store (one million articles by default) by replaying the
 * shared corpora (ANT + SaudiNewsNet, read from ../shared, never committed) with new ids and dates,
 * and measures, at each checkpoint size, search latency and the store-side cost per article.
 *
 * Each unique article is analysed once (two worker threads; the analyses are cached under the store
 * directory, keyed by pipeline version). Every replayed copy then goes through the store's normal write
 * path — near-duplicate check, story assignment, indexing, commit in batches — with its id, its
 * publication date and its event dates shifted by 400 days a round.
 *
 *   npm run bench:scale                                   (writes bench/SCALE.md)
 *   RASD_SCALE_ARTICLES=100000 RASD_SCALE_DIR=/tmp/x …    (size; store directory, default /tmp/rasd-scale)
 *   RASD_SCALE_CHECKPOINTS=10000,100000,1000000           (sizes at which search is measured)
 *   RASD_SCALE_ANALYSES=/tmp/rasd-scale14/analyses-….bin  (an analyses cache to use instead of this
 *                                                          pipeline version's: stores of several sizes
 *                                                          built from the same analyses)
 *   RASD_SQLITE_CACHE_MIB=256                             (the store's page cache; open-store.ts)
 */
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import type { ArticleInput } from '../src/doc/index.js';
import { decideArticle } from '../src/corpus/commit.js';
import { openStore, sqliteCacheMiB } from '../src/corpus/open-store.js';
import { facetsSql } from '../src/corpus/sql/search-facets.js';
import { AnalysisPool } from '../src/corpus/pool.js';
import { derivedStrings, type PreparedArticle } from '../src/corpus/prepare.js';
import type { Store } from '../src/corpus/store.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { readNewsInputs } from './harness.js';

const NEWS = resolve(import.meta.dirname, '../../shared/data/news');
const FILES = ['ant.jsonl.gz', 'saudinewsnet.jsonl.gz'];
const TOTAL = Number(process.env['RASD_SCALE_ARTICLES'] ?? 1_000_000);
const DIR = process.env['RASD_SCALE_DIR'] ?? '/tmp/rasd-scale';
const CHECKPOINTS = (process.env['RASD_SCALE_CHECKPOINTS'] ?? '10000,100000,1000000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0 && n <= TOTAL);
const BATCH = 256;
/** Articles through the normal write path measured at each checkpoint beyond the unique articles. */
const SLICE = Number(process.env['RASD_SCALE_SLICE'] ?? 2560);
const SHIFT_DAYS = 400;
const GROUP = process.env['RASD_SCALE_GROUP'] === '1';
const OUT = process.env['RASD_SCALE_OUT'] ?? resolve(import.meta.dirname, 'SCALE.md');

/** The analyses cache: RASD_SCALE_ANALYSES, else this pipeline version's under DIR. */
function analysesPath(): string {
  const version = defaultPipeline().version;
  return process.env['RASD_SCALE_ANALYSES'] ?? join(DIR, `analyses-${version.replace(/[^\w.-]/g, '_')}.bin`);
}

function shift(date: string | null, days: number): string | null {
  if (!date || days === 0) return date;
  const t = Date.parse(date.slice(0, 10));
  if (Number.isNaN(t)) return date;
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10) + date.slice(10);
}

async function loadUnique(): Promise<ArticleInput[]> {
  const out = await readNewsInputs(FILES);
  if (out.length === 0) throw new Error(`no corpus under ${NEWS}`);
  return out;
}

/**
 * Length-prefixed v8-serialised analyses, one file per pipeline version. Kept serialised in memory
 * (about 35 KB an article) and deserialised when replayed, so the cache stays off the JS heap.
 */
class AnalysisCache {
  private readonly offsets: number[] = [];

  constructor(private readonly bytes: Buffer) {
    for (let o = 0; o + 4 <= bytes.length;) {
      this.offsets.push(o);
      o += 4 + bytes.readUInt32LE(o);
    }
  }

  truncate(n: number): void {
    this.offsets.length = Math.min(this.offsets.length, n);
  }

  get length(): number {
    return this.offsets.length;
  }

  get bytesLength(): number {
    return this.bytes.length;
  }

  get(i: number): PreparedArticle {
    const o = this.offsets[i]!;
    return deserialize(this.bytes.subarray(o + 4, o + 4 + this.bytes.readUInt32LE(o))) as PreparedArticle;
  }
}

async function analyseOnce(inputs: ArticleInput[], path: string): Promise<AnalysisCache> {
  if (existsSync(path)) return new AnalysisCache(readFileSync(path));
  const pool = new AnalysisPool(2);
  const out = createWriteStream(`${path}.part`);
  const t0 = performance.now();
  const window: Promise<PreparedArticle | null>[] = [];
  let n = 0;
  const flush = async (): Promise<void> => {
    const p = await window.shift()!;
    if (!p) return;
    const buf = serialize(p);
    const len = Buffer.alloc(4);
    len.writeUInt32LE(buf.length);
    out.write(len);
    if (!out.write(buf)) await new Promise<void>((r) => out.once('drain', () => r()));
    if (++n % 5000 === 0) console.error(`analysed ${n} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  };
  for (const input of inputs) {
    window.push(pool.run({ input, origin: input.id!, format: null }).catch(() => null));
    if (window.length >= 128) await flush();
  }
  while (window.length > 0) await flush();
  await pool.close();
  await new Promise<void>((r) => out.end(() => r()));
  renameSync(`${path}.part`, path);
  return new AnalysisCache(readFileSync(path));
}

/** Copy `round` of an analysed article: new id, publication and event dates moved on. */
function replay(a: PreparedArticle, round: number): PreparedArticle {
  if (round === 0) return a;
  const days = SHIFT_DAYS * round;
  const id = `${a.id}~r${round}`;
  const copy = {
    ...a,
    id,
    published: shift(a.published, days),
    events: a.events.map((e) => ({ ...e, article_id: id, date: shift(e.date, days) })),
  };
  // Its derived strings (event JSON, facets) as the analysis worker would compute them for the copy.
  return { ...copy, derived: derivedStrings(copy) };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

/**
 * RASD_SCALE_STATEMENTS=1 (commit-only runs): CPU and wall time per SQL statement of the store's
 * driver, printed after the slice (the timer adds its own cost, about 10%).
 */
function timeStatements(store: Store): Map<string, { n: number; cpu: number; wall: number }> {
  const by = new Map<string, { n: number; cpu: number; wall: number }>();
  const driver = (store as unknown as { db: Record<string, (...a: unknown[]) => Promise<unknown>> }).db;
  for (const m of ['all', 'get', 'run', 'exec']) {
    const f = driver[m]!.bind(driver);
    driver[m] = async (sql: unknown, ...rest: unknown[]) => {
      const c = cpuMs();
      const w = performance.now();
      try {
        return await f(sql, ...rest);
      } finally {
        const t = by.get(sql as string) ?? { n: 0, cpu: 0, wall: 0 };
        t.n++;
        t.cpu += cpuMs() - c;
        t.wall += performance.now() - w;
        by.set(sql as string, t);
      }
    };
  }
  return by;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Store-side cost over the slice of articles that ended at `size`. */
interface CostRow {
  size: number;
  dbMB: number;
  stories: number;
  decideMs: number;
  commitMs: number;
  cpuMsPerArticle: number;
  rate: number;
  rssMB: number;
}

interface Checkpoint {
  size: number;
  search: { kind: string; p50: number; p95: number; cpu50: number; cpu95: number; n: number }[];
}

/**
 * Runs `run(0..n-1)` one after another and reports its wall-clock p50 and p95, and the p50 and p95 of
 * the process's CPU time per call (the store is synchronous SQLite on this thread), which waiting for
 * a core on the shared machine does not inflate.
 */
async function latencies(
  kind: string,
  n: number,
  run: (i: number) => Promise<unknown>,
): Promise<Checkpoint['search'][number]> {
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = cpuMs();
    const s = performance.now();
    await run(i);
    ms.push(performance.now() - s);
    cpu.push(cpuMs() - c);
  }
  return {
    kind,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    cpu50: percentile(cpu, 50),
    cpu95: percentile(cpu, 95),
    n: ms.length,
  };
}

async function measureSearch(
  store: Store,
  vocab: string[],
  sources: string[],
): Promise<Checkpoint['search']> {
  // The most mentioned entities: the commonest entity filters, the hardest for search.
  const entities = (await store.listEntities({ limit: 20 })).items.map((e) => e.key);
  const kinds: { kind: string; run: (w: string, w2: string, i: number) => Promise<unknown> }[] = [
    { kind: 'one word', run: (w) => store.search({ q: w, limit: 10 }) },
    { kind: 'two words', run: (w, w2) => store.search({ q: `${w} ${w2}`, limit: 10 }) },
    {
      kind: 'word + date range + source',
      run: (w, _w2, i) =>
        store.search({
          q: w,
          from: '2016-01-01',
          to: '2019-12-31',
          source: sources[i % sources.length]!,
          limit: 10,
        }),
    },
    {
      kind: 'word + entity',
      run: (w, _w2, i) => store.search({ q: w, entity: entities[i % entities.length]!, limit: 10 }),
    },
  ];
  const out: Checkpoint['search'] = [];
  for (const k of kinds) {
    out.push(
      await latencies(k.kind, vocab.length, (i) => k.run(vocab[i]!, vocab[(i * 7 + 3) % vocab.length]!, i)),
    );
  }
  return [...out, ...(await measureReads(store, entities))];
}

/**
 * The API's other reads at this size: what the web app asks for when an analyst opens the home page,
 * an entity (the most mentioned ones: the largest), a story (the largest), or the events table.
 */
async function measureReads(store: Store, entities: string[]): Promise<Checkpoint['search']> {
  const stories = (await store.listStories({ min_articles: 2, limit: 20 })).items.map((s) => s.id);
  const types = ['CONSULT', 'ASSAULT', 'PROTEST', 'COERCE', 'ACCUSE'] as const;
  const reads: { kind: string; run: (i: number) => Promise<unknown> }[] = [
    { kind: 'read: latest articles', run: (i) => store.listArticles({ limit: 20, offset: (i % 5) * 20 }) },
    { kind: 'read: entity page', run: (i) => store.getEntity(entities[i % entities.length]!) },
    {
      kind: 'read: articles of an entity',
      run: (i) => store.listArticles({ entity: entities[i % entities.length]!, limit: 20 }),
    },
    {
      kind: 'read: events of an entity',
      run: (i) => store.listEvents({ entity: entities[i % entities.length]!, limit: 50 }),
    },
    {
      kind: 'read: events of a type',
      run: (i) => store.listEvents({ type: types[i % types.length]!, limit: 50 }),
    },
    {
      kind: 'read: story page',
      run: (i) => store.getStory(stories[i % Math.max(1, stories.length)] ?? 'none'),
    },
  ];
  const out: Checkpoint['search'] = [];
  for (const r of reads) {
    out.push(await latencies(r.kind, 60, r.run));
  }
  return out;
}

function dbSizeMB(path: string): number {
  let bytes = 0;
  for (const p of [path, `${path}-wal`]) if (existsSync(p)) bytes += statSync(p).size;
  return bytes / 2 ** 20;
}

const f1 = (x: number): string => x.toFixed(1);
const f2 = (x: number): string => x.toFixed(2);

function report(
  unique: number,
  costs: CostRow[],
  checkpoints: Checkpoint[],
  done: boolean,
  buildS: number,
  bulkS: number,
): string {
  const lines = [
    '# Scale benchmark',
    '',
    'Generated by `npm run bench:scale` (bench/scale.ts). Do not edit by hand.',
    '',
    `- Date: ${new Date().toISOString()}; target ${TOTAL} articles${done ? '' : ' (run still in progress or stopped: figures up to the last row reached)'}; build time ${f1(buildS)} s, of which ${f1(bulkS)} s bulk copying.`,
    `- ${unique} unique articles (${FILES.join(', ')}, read from ../shared, never committed), each analysed once` +
      ` and committed through the normal write path (${BATCH} articles a transaction) into an empty store.` +
      ` Beyond that, rounds of copies with new ids and dates shifted by ${SHIFT_DAYS} days a round: up to` +
      ` ${SLICE} articles before each checkpoint through the normal write path (the measured rows), the rest by the` +
      ` bulk path in bench/scale.ts (SQL copies of the round-0 rows, the rows the normal path writes for an exact` +
      ` copy: near-duplicate of its original, in its story; story feature weights are not re-summed and document` +
      ` frequencies are scaled by the growth).`,
    `- Store-side time per article, analysis excluded: "decide" = near-duplicate check + story assignment (reads);` +
      ` "commit" = writing the article, its indexes, entities, events and story updates. Averages over the slice` +
      ` ending at that size; CPU is the process's (no analysis workers run while building). The machine is shared` +
      ` (2 cores, other jobs running): wall-clock figures include waiting for a core.`,
    '',
    '| store size | DB size | stories | decide ms/article | commit ms/article | main-thread CPU ms/article | articles/s (store only) | peak RSS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...costs.map(
      (c) =>
        `| ${c.size} | ${f1(c.dbMB / 1024)} GB | ${c.stories} | ${f2(c.decideMs)} | ${f2(c.commitMs)} | ${f2(c.cpuMsPerArticle)} | ${f1(c.rate)} | ${f1(c.rssMB)} MB |`,
    ),
    '',
    '| store size | query | queries | p50 ms | p95 ms | CPU p50 ms | CPU p95 ms |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...checkpoints.flatMap((c) =>
      c.search.map(
        (s) =>
          `| ${c.size} | ${s.kind} | ${s.n} | ${f1(s.p50)} | ${f1(s.p95)} | ${f1(s.cpu50)} | ${f1(s.cpu95)} |`,
      ),
    ),
    '',
  ];
  return lines.join('\n');
}

/**
 * The documented bulk path: extends the store from `from` to `to` articles by copying round-0 rows in
 * SQL, producing the rows the normal write path produces for an exact copy published 400 days a round
 * later: a near-duplicate of its round-0 original (same group, similarity 1) in the original's story,
 * with its entities, events (dates moved) and their participants, LSH bands, search index, revisions, and the counts of
 * entities, stories, story entities, event types and entities' events raised. Two approximations, stated in the report:
 * the stories' feature weights are not re-summed, and document frequencies are scaled by the growth.
 */
function bulkExtend(dbPath: string, unique: number, from: number, to: number): void {
  const db = new Database(dbPath);
  // A benchmark copy, nothing to recover: the rollback journal in memory (pages written once, not to a
  // WAL and then again to the database; journal_mode OFF is refused by this SQLite build, and WAL goes
  // to MEMORY only by way of DELETE), a 4 GiB page cache. The store reopens in WAL mode afterwards.
  db.pragma('journal_mode = DELETE');
  db.pragma('journal_mode = MEMORY');
  db.pragma('synchronous = OFF');
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -4194304');
  try {
    // The normal path names a group after the original when its first copy arrives.
    const lone = db
      .prepare('SELECT pk, id FROM articles WHERE pk <= ? AND dup_group IS NULL')
      .all(unique) as {
      pk: number;
      id: string;
    }[];
    const setGroup = db.prepare('UPDATE articles SET dup_group = ?, dup_similarity = 1 WHERE pk = ?');
    db.transaction(() => {
      for (const r of lone)
        setGroup.run(`d-${createHash('sha256').update(r.id).digest('hex').slice(0, 12)}`, r.pk);
    })();
    const docsBefore = (db.prepare('SELECT docs FROM corpus_stats WHERE id = 1').get() as { docs: number })
      .docs;
    const shifted = (col: string): string =>
      `CASE WHEN ${col} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN date(substr(${col}, 1, 10), @shift) || substr(${col}, 11) ELSE ${col} END`;
    const steps = [
      `INSERT INTO articles (pk, id, revision, title, published, source, url, origin, lang, text, raw_title, raw_body,
         content_hash, pipeline_version, analysis, index_terms, index_offsets, index_len, sentences, minhash, story_id,
         dup_group, dup_similarity, updated_at)
       SELECT pk + @delta, id || @suffix, 1, title, ${shifted('published')}, source, url, origin, lang, text, raw_title,
         raw_body, content_hash, pipeline_version, analysis, index_terms, index_offsets, index_len, sentences, minhash,
         story_id, dup_group, 1, updated_at
       FROM articles WHERE pk BETWEEN @lo AND @hi`,
      `INSERT INTO revisions (article_id, revision, content_hash, title, created_at)
       SELECT id || @suffix, 1, content_hash, title, updated_at FROM articles WHERE pk BETWEEN @lo AND @hi`,
      `INSERT INTO article_entities (article_pk, key, mentions, published)
       SELECT article_pk + @delta, key, mentions, ${shifted('published')} FROM article_entities
       WHERE article_pk BETWEEN @lo AND @hi`,
      `UPDATE event_type_counts SET n = event_type_counts.n + c.n
       FROM (SELECT type, COUNT(*) AS n FROM events WHERE article_pk BETWEEN @lo AND @hi GROUP BY type) AS c
       WHERE event_type_counts.type = c.type`,
      `INSERT INTO events (article_pk, event_id, type, date, story_id, round, data)
       SELECT e.article_pk + @delta, e.event_id, e.type, ${shifted('e.date')}, e.story_id, e.round,
         json_set(e.data, '$.article_id', a.id || @suffix, '$.date', ${shifted('e.date')})
       FROM events e JOIN articles a ON a.pk = e.article_pk WHERE e.article_pk BETWEEN @lo AND @hi`,
      `UPDATE entity_event_counts SET n = entity_event_counts.n + c.n
       FROM (SELECT key, type, COUNT(*) AS n FROM event_entities WHERE article_pk BETWEEN @lo AND @hi GROUP BY key, type) AS c
       WHERE entity_event_counts.key = c.key AND entity_event_counts.type = c.type`,
      `INSERT INTO event_entities (key, type, undated, date, article_id, event_id, article_pk)
       SELECT key, type, undated, ${shifted('date')}, article_id || @suffix, event_id, article_pk + @delta
       FROM event_entities WHERE article_pk BETWEEN @lo AND @hi`,
      `INSERT INTO lsh (band, article_pk) SELECT band, article_pk + @delta FROM lsh WHERE article_pk BETWEEN @lo AND @hi`,
      `INSERT INTO fts (rowid, terms, facets) SELECT a.pk + @delta, a.index_terms, ${facetsSql(shifted('a.published'))}
       FROM articles a WHERE a.pk BETWEEN @lo AND @hi`,
      `UPDATE corpus_stats SET docs = docs + c.n, total_len = total_len + c.len
       FROM (SELECT COUNT(*) AS n, SUM(index_len) AS len FROM articles WHERE pk BETWEEN @lo AND @hi) AS c WHERE id = 1`,
      `UPDATE entities SET article_count = article_count + c.n, mention_count = mention_count + c.m,
         last_seen = CASE WHEN last_seen IS NULL OR c.ls > last_seen THEN c.ls ELSE last_seen END
       FROM (SELECT ae.key, COUNT(*) AS n, SUM(ae.mentions) AS m, MAX(${shifted('a.published')}) AS ls
             FROM article_entities ae JOIN articles a ON a.pk = ae.article_pk
             WHERE ae.article_pk BETWEEN @lo AND @hi GROUP BY ae.key) AS c
       WHERE entities.key = c.key`,
      `UPDATE stories SET article_count = article_count + c.n,
         last_date = CASE WHEN last_date IS NULL OR c.ld > last_date THEN c.ld ELSE last_date END
       FROM (SELECT story_id, COUNT(*) AS n, MAX(${shifted('published')}) AS ld FROM articles
             WHERE pk BETWEEN @lo AND @hi GROUP BY story_id) AS c
       WHERE stories.id = c.story_id`,
      `UPDATE story_entities SET count = count + c.n
       FROM (SELECT a.story_id, ae.key, COUNT(*) AS n FROM article_entities ae JOIN articles a ON a.pk = ae.article_pk
             WHERE ae.article_pk BETWEEN @lo AND @hi GROUP BY a.story_id, ae.key) AS c
       WHERE story_entities.story_id = c.story_id AND story_entities.key = c.key`,
      `UPDATE story_event_types SET count = count + c.n
       FROM (SELECT a.story_id, t.type, COUNT(*) AS n
             FROM (SELECT DISTINCT article_pk, type FROM events WHERE article_pk BETWEEN @lo AND @hi) AS t
             JOIN articles a ON a.pk = t.article_pk GROUP BY a.story_id, t.type) AS c
       WHERE story_event_types.story_id = c.story_id AND story_event_types.type = c.type`,
    ].map((sql) => db.prepare(sql));
    for (let i = from; i < to;) {
      const round = Math.floor(i / unique);
      const end = Math.min(to, (round + 1) * unique, i + 20_000);
      const params = {
        delta: round * unique,
        suffix: `~r${round}`,
        shift: `+${SHIFT_DAYS * round} days`,
        lo: (i % unique) + 1,
        hi: ((end - 1) % unique) + 1,
      };
      db.transaction(() => {
        for (const st of steps) st.run(params);
      })();
      i = end;
    }
    db.transaction(() => {
      db.prepare(
        "UPDATE story_features SET last_date = (SELECT COALESCE(s.last_date, '') FROM stories s WHERE s.id = story_id)",
      ).run();
      db.prepare('UPDATE term_df SET df = CAST(ROUND(df * ?) AS INTEGER)').run(
        (docsBefore + (to - from)) / Math.max(1, docsBefore),
      );
    })();
  } finally {
    db.close();
  }
}

/** Query words: title words of the first articles; sources for the filtered queries. */
function queriesOf(inputs: ArticleInput[]): { vocab: string[]; sources: string[] } {
  const words = new Set<string>();
  for (const a of inputs.slice(0, 3000)) {
    for (const w of (a.title ?? '').split(/\s+/)) if (/^[\u0621-\u064a]{4,}$/.test(w)) words.add(w);
  }
  const vocab = [...words].slice(0, 200);
  const sources = [...new Set(inputs.map((a) => a.source).filter((s): s is string => !!s))].slice(0, 20);
  return { vocab, sources };
}

/**
 * RASD_SCALE_SEARCH_ONLY=1: measures search again on the store a previous run left (after a change to
 * search), and appends the figures to bench/SCALE.md.
 */
async function searchOnly(inputs: ArticleInput[]): Promise<void> {
  const { vocab, sources } = queriesOf(inputs);
  const store = await openStore(join(DIR, 'scale.db'));
  try {
    const size = await store.countArticles();
    const load = (): string =>
      loadavg()
        .map((x) => x.toFixed(1))
        .join(' / ');
    const loadBefore = load();
    const search = await measureSearch(store, vocab, sources);
    const prior = existsSync(OUT) ? readFileSync(OUT, 'utf8').trimEnd() : '# Scale benchmark';
    const lines = [
      prior,
      '',
      `Search measured again on the ${size}-article store (${new Date().toISOString()}, RASD_SCALE_SEARCH_ONLY) by the current code; the search rows above are from the code that built the store:`,
      '',
      `Load average (1/5/15 min) before: ${loadBefore}; after: ${load()}.`,
      '',
      '| store size | query | queries | p50 ms | p95 ms | CPU p50 ms | CPU p95 ms |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...search.map(
        (s) =>
          `| ${size} | ${s.kind} | ${s.n} | ${f1(s.p50)} | ${f1(s.p95)} | ${f1(s.cpu50)} | ${f1(s.cpu95)} |`,
      ),
      '',
    ];
    writeFileSync(OUT, lines.join('\n'));
    console.error(lines.slice(-search.length - 1).join('\n'));
  } finally {
    await store.close();
  }
}

/**
 * RASD_SCALE_COMMIT_ONLY=1: the store-side cost per article and the memory at the size of the store a
 * previous run left, by the current code, without changing it: SLICE further copies go through the
 * normal write path (decide, commit; BATCH articles a savepoint) inside one transaction that is then
 * rolled back. Appends a row to bench/SCALE.md. Memory: the process's peak RSS, and the same less the
 * benchmark's own analyses cache (a Buffer, counted in arrayBuffers).
 */
async function commitOnly(): Promise<void> {
  const cache = analysesPath();
  if (!existsSync(cache)) throw new Error(`no analyses at ${cache}: build the store first`);
  const base = await analyseOnce([], cache);
  // A store built with RASD_SCALE_UNIQUE: its slice replays the same unique articles (copies of stored ones).
  base.truncate(Number(process.env['RASD_SCALE_UNIQUE'] ?? base.length));
  const store = await openStore(join(DIR, 'scale.db'));
  const size = await store.countArticles();
  const statements = process.env['RASD_SCALE_STATEMENTS'] === '1' ? timeStatements(store) : null;
  const mem0 = process.memoryUsage();
  let peak = mem0.rss;
  let peakLessCache = mem0.rss - mem0.arrayBuffers;
  let decideMs = 0;
  let commitMs = 0;
  const cpu0 = cpuMs();
  const wall0 = performance.now();
  const rollback = new Error('rollback');
  const slice = async (outer: Store): Promise<void> => {
    for (let done = 0; done < SLICE; done += BATCH) {
      const batch = async (tx: Store): Promise<void> => {
        for (let k = 0; k < Math.min(BATCH, SLICE - done); k++) {
          const i = size + done + k;
          const a = replay(base.get(i % base.length), Math.floor(i / base.length));
          const t0 = performance.now();
          const decided = await decideArticle(tx, a);
          const t1 = performance.now();
          if ('bundle' in decided) await tx.commitArticle(decided.bundle);
          commitMs += performance.now() - t1;
          decideMs += t1 - t0;
        }
      };
      if (GROUP) await batch(outer);
      else await outer.transaction(batch);
      const m = process.memoryUsage();
      peak = Math.max(peak, m.rss);
      peakLessCache = Math.max(peakLessCache, m.rss - m.arrayBuffers);
    }
  };
  try {
    if (GROUP) {
      // RASD_SCALE_GROUP=1: the slice is one all-or-nothing group, as ingest commits (BEGIN IMMEDIATE, no
      // savepoint per article, its full-text and LSH rows written at its end); its COMMIT is turned into
      // a rollback by the driver (a savepoint around the group would cost far more than the group).
      const driver = (store as unknown as { db: { exec(sql: string): Promise<void> } }).db;
      const exec = driver.exec.bind(driver);
      driver.exec = (sql) => (sql === 'COMMIT' ? Promise.reject(rollback) : exec(sql));
      try {
        await store.transaction(slice, { allOrNothing: true });
      } finally {
        driver.exec = exec;
      }
    } else {
      await store.transaction(async (outer) => {
        await slice(outer);
        throw rollback;
      });
    }
  } catch (e) {
    if (e !== rollback) throw e;
  }
  const cpu = (cpuMs() - cpu0) / SLICE;
  const wall = performance.now() - wall0;
  if (statements) {
    const top = [...statements].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, 25);
    for (const [sql, t] of top) {
      console.error(
        `${f1(t.cpu)} ms CPU, ${f1(t.wall)} ms wall, ${t.n}× ${sql.replace(/\s+/g, ' ').slice(0, 110)}`,
      );
    }
  }
  const after = await store.countArticles();
  await store.close();
  const prior = existsSync(OUT) ? readFileSync(OUT, 'utf8').trimEnd() : '# Scale benchmark';
  const line = `| ${size} | ${SLICE} | ${f2(decideMs / SLICE)} | ${f2(commitMs / SLICE)} | ${f2(cpu)} | ${f1((SLICE / wall) * 1000)} | ${f1(mem0.rss / 2 ** 20)} MB | ${f1(peak / 2 ** 20)} MB | ${f1(peakLessCache / 2 ** 20)} MB |`;
  const lines = [
    prior,
    '',
    `Store-side cost per article measured again on the ${size}-article store (${new Date().toISOString()}, RASD_SCALE_COMMIT_ONLY) by the current code, in a fresh process: ${SLICE} further copies through the normal write path in one transaction (${GROUP ? 'one all-or-nothing group, as ingest commits' : `a savepoint every ${BATCH}`}), rolled back (the store stays at ${after} articles); SQLite page cache ${sqliteCacheMiB()} MiB. RSS less cache = RSS less the benchmark's analyses cache (${f1(base.bytesLength / 2 ** 20)} MB, counted in arrayBuffers).`,
    '',
    '| store size | articles | decide ms/article | commit ms/article | main-thread CPU ms/article | articles/s (store only) | RSS at start | peak RSS | peak RSS less cache |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    line,
    '',
  ];
  writeFileSync(OUT, lines.join('\n'));
  console.error(line);
}

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  // Before the corpus is read: its inputs would count in the memory measured.
  if (process.env['RASD_SCALE_COMMIT_ONLY']) return commitOnly();
  const inputs = await loadUnique();
  if (process.env['RASD_SCALE_SEARCH_ONLY']) return searchOnly(inputs);
  const tA = performance.now();
  const base = await analyseOnce(inputs, analysesPath());
  // Fewer unique articles (a quick run of the whole procedure): RASD_SCALE_UNIQUE.
  base.truncate(Number(process.env['RASD_SCALE_UNIQUE'] ?? base.length));
  console.error(`${base.length} analyses ready in ${f1((performance.now() - tA) / 1000)} s`);

  const { vocab, sources } = queriesOf(inputs);

  const dbPath = join(DIR, 'scale.db');
  for (const p of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) rmSync(p, { force: true });
  let store = await openStore(dbPath);
  const checkpoints: Checkpoint[] = [];
  const costs: CostRow[] = [];
  // Every unique article goes through the normal write path once; beyond, copies are bulk-added
  // and SLICE articles through the normal path measure the cost at each checkpoint size.
  const normalUpTo = Math.min(TOTAL, base.length);
  const costEvery = 5120;
  let decideMs = 0;
  let commitMs = 0;
  let cpu0 = cpuMs();
  let wall0 = performance.now();
  let sliceStart = 0;
  let peakRss = 0;
  let bulkS = 0;
  const tBuild = performance.now();
  const record = async (done: number, checkpoint: number | undefined): Promise<void> => {
    const slice = done - sliceStart;
    costs.push({
      size: done,
      dbMB: dbSizeMB(dbPath),
      stories: (await store.listStories({ min_articles: 1, limit: 1 })).total,
      decideMs: decideMs / slice,
      commitMs: commitMs / slice,
      cpuMsPerArticle: (cpuMs() - cpu0) / slice,
      rate: (slice / (performance.now() - wall0)) * 1000,
      rssMB: peakRss / 2 ** 20,
    });
    if (checkpoint !== undefined) {
      checkpoints.push({ size: checkpoint, search: await measureSearch(store, vocab, sources) });
    }
    const buildS = (performance.now() - tBuild) / 1000;
    writeFileSync(OUT, report(base.length, costs, checkpoints, done >= TOTAL, buildS, bulkS));
    console.error(`${done} articles in ${f1(buildS)} s: ${OUT} updated`);
  };
  const normal = async (from: number, to: number, every: number): Promise<void> => {
    decideMs = 0;
    commitMs = 0;
    sliceStart = from;
    cpu0 = cpuMs();
    wall0 = performance.now();
    for (let done = from; done < to;) {
      const n = Math.min(BATCH, to - done);
      await store.transaction(async (tx) => {
        for (let k = 0; k < n; k++) {
          const i = done + k;
          const a = replay(base.get(i % base.length), Math.floor(i / base.length));
          const s = performance.now();
          const decided = await decideArticle(tx, a);
          const m = performance.now();
          if ('bundle' in decided) await tx.commitArticle(decided.bundle);
          commitMs += performance.now() - m;
          decideMs += m - s;
        }
      });
      done += n;
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      const checkpoint = CHECKPOINTS.find((c) => done >= c && !checkpoints.some((k) => k.size === c));
      if ((done - from) % every === 0 || checkpoint !== undefined || done === to) {
        await record(done, checkpoint);
        decideMs = 0;
        commitMs = 0;
        sliceStart = done;
        cpu0 = cpuMs();
        wall0 = performance.now();
      }
    }
  };
  await normal(0, normalUpTo, costEvery);
  let size = normalUpTo;
  for (const c of CHECKPOINTS.filter((c) => c > normalUpTo)) {
    const start = Math.max(size, c - SLICE);
    if (start > size) {
      await store.close();
      const t = performance.now();
      bulkExtend(dbPath, base.length, size, start);
      bulkS += (performance.now() - t) / 1000;
      store = await openStore(dbPath);
    }
    await normal(start, c, c - start);
    size = c;
  }
  await store.close();
}

await main();
