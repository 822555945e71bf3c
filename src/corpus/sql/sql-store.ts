/**
 * The Store over SQL: one implementation for SQLite and PostgreSQL. What differs (schema types,
 * full-text search) is chosen by `db.dialect`; everything else is portable SQL.
 */
import { randomUUID } from 'node:crypto';
import { RasdError, type ArticleInput, type EntityType, type EventType } from '../../doc/index.js';
import { normalize } from '../../text/normalize.js';
import { sha256Hex } from '../hash.js';
import { makeSnippet, queryTerms } from '../index-terms.js';
import {
  COUNT_CAP,
  SCHEMA_VERSION,
  type ArticleBundle,
  type ArticleFilter,
  type ArticleRecord,
  type ArticleState,
  type ArticleSummary,
  type CommitResult,
  type DuplicateCandidate,
  type DuplicateGroup,
  type EntityDetail,
  type EntityRecord,
  type EventFilter,
  type EventRecord,
  type FeatureVector,
  type IngestRun,
  type IngestRunUpdate,
  type JsonValue,
  type Page,
  type PageRequest,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
  type Store,
  type StoryCandidate,
  type StoryEntity,
  type StoryFilter,
  type StoryRecord,
  type StorySummary,
  type TimelinePage,
} from '../store.js';
import {
  buildRounds,
  buildSummary,
  buildTimeline,
  decodeTimelineCursor,
  encodeTimelineCursor,
  type TimelineCursor,
} from '../story-view.js';
import type { SqlDriver, SqlParam } from './driver.js';
import { ARTICLE_LAYOUT_VERSION, migrations, sqliteArticleLayoutSteps } from './schema.js';
import { WriterCache } from './writer-cache.js';
import {
  dateRangeFacets,
  dayAfter,
  entityFacet,
  eventTypeFacet,
  facetsOf,
  sourceFacet,
} from './search-facets.js';

/** Features kept per story: enough to recognise it, bounded so assignment cost stays flat. */
const STORY_FEATURES = 64;
/**
 * Full-text search ranks the newest this-many matches of a query (SQLite): enough that the best hits
 * of any but the commonest words are all scored, few enough that a word in every other article is
 * answered in milliseconds on a million-article store.
 */
export const RANK_WINDOW = 2000;
/** Events a story page's timeline shows: the story's earliest by date (undated last). */
const TIMELINE_EVENTS = 500;
/** Meeting events with a round number read for a story's rounds table. */
const ROUND_EVENTS = 2000;
/** Members read per LSH band when looking for near-duplicates (the most recent ones). */
const LSH_PER_BAND = 50;

/**
 * Story feature vectors parsed from their stored JSON, keyed by that very JSON: story assignment reads
 * the same candidate stories article after article, and parsing them was a large part of its cost. Keyed
 * by content, an entry can never be stale (a story whose features change has a new string); the objects
 * are frozen, as every reader shares them.
 */
const parsedFeatures = new Map<string, Readonly<FeatureVector>>();
const PARSED_FEATURES_KEPT = 16_384;

function parseFeatures(json: string): Readonly<FeatureVector> {
  let v = parsedFeatures.get(json);
  if (v) {
    // Most recently used last: the oldest entry is the one evicted.
    parsedFeatures.delete(json);
    parsedFeatures.set(json, v);
    return v;
  }
  v = Object.freeze(JSON.parse(json) as FeatureVector);
  rememberParsed(json, v);
  return v;
}

/** Adds a vector under its JSON text (what JSON.parse of that text returns, frozen). */
function rememberParsed(json: string, v: Readonly<FeatureVector>): void {
  if (parsedFeatures.size >= PARSED_FEATURES_KEPT) {
    parsedFeatures.delete(parsedFeatures.keys().next().value!);
  }
  parsedFeatures.set(json, v);
}

/** `?,?,…,?`, n of them. */
/**
 * The `limit` ids with the most votes, most first, ties by id in code-point order: what sorting all
 * the entries and keeping the first `limit` gives, without sorting the hundreds past them.
 */
export function topVoted(votes: ReadonlyMap<string, number>, limit: number): string[] {
  const ids: string[] = [];
  const counts: number[] = [];
  for (const [id, n] of votes) {
    let i = ids.length;
    // Past the last kept entry when the list is full: not among the first `limit`.
    if (i === limit && (n < counts[i - 1]! || (n === counts[i - 1]! && id > ids[i - 1]!))) continue;
    while (i > 0 && (n > counts[i - 1]! || (n === counts[i - 1]! && id < ids[i - 1]!))) i--;
    ids.splice(i, 0, id);
    counts.splice(i, 0, n);
    if (ids.length > limit) {
      ids.pop();
      counts.pop();
    }
  }
  return ids;
}

function marksOf(n: number): string {
  return Array.from({ length: n }, () => '?').join(',');
}

/**
 * A statement whose text depends on a number of rows or values, built once per number: the same string
 * each time, so the driver's statement cache finds it by identity instead of hashing and comparing a
 * freshly built text of hundreds of characters (a few microseconds per statement on the write path).
 */
function shaped(build: (n: number) => string): (n: number) => string {
  const texts: string[] = [];
  return (n) => (texts[n] ??= build(n));
}

function rowsOf(n: number, tuple: string): string {
  return Array.from({ length: n }, () => tuple).join(', ');
}

const LSH_MEMBERS = `SELECT article_pk FROM lsh WHERE band = ? ORDER BY article_pk DESC LIMIT ${LSH_PER_BAND}`;
const LSH_BAND_MEMBERS = `SELECT band, article_pk FROM lsh WHERE band = ? ORDER BY article_pk DESC LIMIT ${LSH_PER_BAND}`;
const DUPLICATE_ROWS = shaped(
  (n) => `SELECT id, dup_group, minhash FROM articles WHERE pk IN (${marksOf(n)}) AND id <> ?
       ORDER BY pk`,
);
const STORY_ROWS = shaped(
  (n) => `SELECT id, article_count, first_date, last_date, features FROM stories WHERE id IN (${marksOf(n)})`,
);
const TERM_DF_ROWS = shaped((n) => `SELECT term, df FROM term_df WHERE term IN (${marksOf(n)})`);
const LSH_INSERT = shaped((n) => `INSERT INTO lsh (band, article_pk) VALUES ${rowsOf(n, '(?, ?)')}`);
const TERM_DF_UPSERT = shaped(
  (n) => `INSERT INTO term_df (term, df) VALUES ${rowsOf(n, '(?, ?)')}
         ON CONFLICT (term) DO UPDATE SET df = term_df.df + excluded.df`,
);
const ENTITY_UPSERT = shaped(
  (n) => `INSERT INTO entities (key, kb_id, type, name, name_norm, name_en, name_en_norm, country, lat, lon,
           article_count, mention_count, first_seen, last_seen)
         VALUES ${rowsOf(n, '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)')}
         ON CONFLICT (key) DO UPDATE SET
           article_count = entities.article_count + 1,
           mention_count = entities.mention_count + excluded.mention_count,
           name_en = COALESCE(entities.name_en, excluded.name_en),
           name_en_norm = COALESCE(entities.name_en_norm, excluded.name_en_norm),
           country = COALESCE(entities.country, excluded.country),
           lat = COALESCE(entities.lat, excluded.lat),
           lon = COALESCE(entities.lon, excluded.lon),
           first_seen = CASE WHEN entities.first_seen IS NULL OR excluded.first_seen < entities.first_seen
                        THEN excluded.first_seen ELSE entities.first_seen END,
           last_seen = CASE WHEN entities.last_seen IS NULL OR excluded.last_seen > entities.last_seen
                       THEN excluded.last_seen ELSE entities.last_seen END`,
);
const ARTICLE_ENTITIES_INSERT = shaped(
  (n) => `INSERT INTO article_entities (article_pk, key, mentions, published)
         VALUES ${rowsOf(n, '(?, ?, ?, ?)')}`,
);
const EVENT_TYPE_COUNTS_UPSERT = shaped(
  (n) => `INSERT INTO event_type_counts (type, n) VALUES ${rowsOf(n, '(?, ?)')}
         ON CONFLICT (type) DO UPDATE SET n = event_type_counts.n + excluded.n`,
);
const EVENTS_INSERT = shaped(
  (n) => `INSERT INTO events (article_pk, event_id, type, date, story_id, data, round)
         VALUES ${rowsOf(n, '(?, ?, ?, ?, ?, ?, ?)')}`,
);
const EVENT_ENTITIES_INSERT = shaped(
  (n) => `INSERT INTO event_entities (key, type, undated, date, article_id, event_id, article_pk)
         VALUES ${rowsOf(n, '(?, ?, ?, ?, ?, ?, ?)')}`,
);
const ENTITY_EVENT_COUNTS_UPSERT = shaped(
  (n) => `INSERT INTO entity_event_counts (key, type, n) VALUES ${rowsOf(n, '(?, ?, ?)')}
         ON CONFLICT (key, type) DO UPDATE SET n = entity_event_counts.n + excluded.n`,
);
function bumpSql(table: 'story_entities' | 'story_event_types', col: 'key' | 'type'): (n: number) => string {
  return shaped(
    (n) => `INSERT INTO ${table} (story_id, ${col}, count) VALUES ${rowsOf(n, '(?, ?, 1)')}
         ON CONFLICT (story_id, ${col}) DO UPDATE SET count = ${table}.count + 1`,
  );
}
const BUMP = {
  story_entities: bumpSql('story_entities', 'key'),
  story_event_types: bumpSql('story_event_types', 'type'),
};
const ARTICLE_INSERT = `INSERT INTO articles (title, published, source, url, origin, lang, text, raw_title, raw_body, content_hash,
           pipeline_version, analysis, index_terms, index_offsets, index_len, sentences, minhash, updated_at, id,
           revision, story_id, dup_group, dup_similarity)
         VALUES (${marksOf(23)}) RETURNING pk`;
const STORY_FEATURES_DELETE = shaped(
  (n) => `DELETE FROM story_features WHERE story_id = ? AND feature IN (${marksOf(n)})`,
);
const STORY_FEATURES_INSERT = shaped(
  (n) =>
    `INSERT INTO story_features (story_id, feature, weight, last_date) VALUES ${rowsOf(n, '(?, ?, ?, ?)')}`,
);

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface ArticleRow {
  pk: number;
  id: string;
  revision: number;
  title: string;
  published: string | null;
  source: string | null;
  url: string | null;
  story_id: string | null;
  dup_group: string | null;
  pipeline_version: string;
  updated_at: string;
}

const SUMMARY_COLS =
  'a.pk, a.id, a.revision, a.title, a.published, a.source, a.url, a.story_id, a.dup_group, a.pipeline_version, a.updated_at';

function summary(r: ArticleRow): ArticleSummary {
  return {
    id: r.id,
    revision: Number(r.revision),
    title: r.title,
    published: r.published,
    source: r.source,
    url: r.url,
    story_id: r.story_id,
    dup_group: r.dup_group,
    pipeline_version: r.pipeline_version,
    updated_at: r.updated_at,
  };
}

function limits(p: PageRequest | undefined): { limit: number; offset: number } {
  const limit = Math.min(Math.max(Math.trunc(p?.limit ?? 20), 1), 500);
  const offset = Math.max(Math.trunc(p?.offset ?? 0), 0);
  return { limit, offset };
}

function now(): string {
  return new Date().toISOString();
}

function shortHash(s: string): string {
  return sha256Hex(s).slice(0, 12);
}

/** Normalised form of a name for look-ups: Arabic normalisation, Latin lower-cased. */
export function nameKey(name: string): string {
  return normalize(name).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Builds WHERE clauses for article filters over alias `a`. */
function articleWhere(
  f: ArticleFilter & { event_type?: EventType },
  where: string[],
  params: SqlParam[],
): void {
  if (f.source !== undefined) {
    where.push('a.source = ?');
    params.push(f.source);
  }
  if (f.from !== undefined) {
    where.push('a.published >= ?');
    params.push(f.from);
  }
  if (f.to !== undefined) {
    const after = dayAfter(f.to);
    where.push(after === null ? 'a.published <= ?' : 'a.published < ?');
    params.push(after ?? f.to);
  }
  if (f.story !== undefined) {
    where.push('a.story_id = ?');
    params.push(f.story);
  }
  if (f.entity !== undefined) {
    where.push('a.pk IN (SELECT ae.article_pk FROM article_entities ae WHERE ae.key = ?)');
    params.push(f.entity);
  }
  if (f.event_type !== undefined) {
    where.push('a.pk IN (SELECT ev.article_pk FROM events ev WHERE ev.type = ?)');
    params.push(f.event_type);
  }
  if (f.stale_for !== undefined) {
    where.push('a.pipeline_version <> ?');
    params.push(f.stale_for);
  }
}

/**
 * WHERE clauses for the event filters that read the event's story or its article row (aliases `ev`,
 * `a`), and, unless `dateCol` is the participants' own date, the date range on `ev.date`.
 */
function eventWhere(
  f: EventFilter,
  dateCol: 'ev.date' | 'ee.date',
  where: string[],
  params: SqlParam[],
): void {
  if (f.story !== undefined) {
    where.push('ev.story_id = ?');
    params.push(f.story);
  }
  if (f.article !== undefined) {
    where.push('a.id = ?');
    params.push(f.article);
  }
  if (f.source !== undefined) {
    where.push('a.source = ?');
    params.push(f.source);
  }
  if (dateCol === 'ev.date') {
    if (f.from !== undefined) {
      where.push('ev.date >= ?');
      params.push(f.from);
    }
    if (f.to !== undefined) {
      const after = dayAfter(f.to);
      where.push(after === null ? 'ev.date <= ?' : 'ev.date < ?');
      params.push(after ?? f.to);
    }
  }
}

/** The events list's condition for events with a date. */
const DATED = 'ev.date IS NOT NULL';

interface EventRow {
  data: string;
  story_id: string | null;
  source: string | null;
  title: string;
}

interface StoryEventRow extends EventRow {
  date: string | null;
  article_pk: number;
  event_id: string;
}

/** Rows per transaction of SQLite's chunked articles rebuild (about 30 MB of rows at 30 KB each). */
export const MIGRATION_CHUNK_ROWS = 1000;

/** How a migration runs: for tests (interrupting it) and for progress reports. */
export interface MigrationOptions {
  /** Rows per transaction of SQLite's chunked articles rebuild (default MIGRATION_CHUNK_ROWS). */
  chunkRows?: number;
  /**
   * Called after each step: a version reached, a chunk moved (`moved` rows so far), or, with `inChunk`,
   * inside a chunk's transaction after its copy and before its delete. A throw aborts the migration as
   * a kill would: the transaction in flight rolls back, the ones committed stay.
   */
  onStep?: (step: { version: number; moved?: number; inChunk?: boolean; finished?: boolean }) => void;
}

export class SqlStore implements Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Candidate stories and document frequencies remembered between commits (SQLite only). */
  private readonly cache: WriterCache | null;

  private constructor(
    private readonly db: SqlDriver,
    readonly location: string,
    /** Where counting without a counter stops (COUNT_CAP; lower in tests). */
    private readonly countCap: number = COUNT_CAP,
    private readonly migration: MigrationOptions = {},
  ) {
    this.kind = db.dialect;
    this.cache = WriterCache.for(db);
  }

  /**
   * Document-frequency increments of the articles committed so far in the current group commit, not
   * yet written (null outside a group commit). termStats adds them, so decisions are the same as if
   * each article had written its own.
   */
  private pendingDf: Map<string, number> | null = null;
  /**
   * Inside an all-or-nothing group commit: articles are written without savepoints, and the first
   * failure is kept here so that the transaction cannot commit half an article.
   */
  private group: { failed: Error | null } | null = null;
  /**
   * Full-text rows of an all-or-nothing group commit (SQLite), by article pk, written at its end.
   * FTS5 keeps the terms of a transaction in memory and writes them as one segment; but every later
   * statement that needs a statement journal (any multi-row insert) makes it write out what it holds,
   * so rows inserted article by article became one tiny segment each, merged again and again.
   */
  private pendingFts: Map<number, { terms: string; facets: string }> | null = null;
  /**
   * LSH band rows of an all-or-nothing group commit, by article pk, written at its end sorted by band:
   * the bands are random keys, so inserted article by article each row lands on another leaf of the
   * index; sorted, consecutive rows share leaves. duplicateCandidates reads them as if written.
   */
  private pendingLsh: PendingLsh | null = null;

  transaction<T>(fn: (store: Store) => Promise<T>, opts: { allOrNothing?: boolean } = {}): Promise<T> {
    return this.db.tx(async (tx) => {
      const view = tx === this.db ? this : new SqlStore(tx, this.location, this.countCap);
      if (view.pendingDf !== null) return fn(view);
      view.pendingDf = new Map();
      if (opts.allOrNothing) {
        view.group = { failed: null };
        view.pendingLsh = new PendingLsh();
        if (tx.dialect === 'sqlite') view.pendingFts = new Map();
      }
      try {
        const out = await fn(view);
        if (view.group?.failed) throw view.group.failed;
        await view.addDocumentFrequencies(tx, view.pendingDf);
        if (view.pendingLsh) await view.writeLsh(tx, view.pendingLsh.rows());
        if (view.pendingFts) {
          // Last, and in rowid order: FTS5 then writes the group's terms once, as one segment.
          for (const [pk, row] of [...view.pendingFts].sort((a, b) => a[0] - b[0])) {
            await tx.run('INSERT INTO fts (rowid, terms, facets) VALUES (?, ?, ?)', [
              pk,
              row.terms,
              row.facets,
            ]);
          }
        }
        return out;
      } finally {
        view.pendingDf = null;
        view.group = null;
        view.pendingFts = null;
        view.pendingLsh = null;
      }
    });
  }

  /** Opens a store over a driver: checks it is a rasd database, refuses newer ones, migrates older ones. */
  static async open(
    db: SqlDriver,
    location: string,
    opts: { countCap?: number; migration?: MigrationOptions } = {},
  ): Promise<SqlStore> {
    const store = new SqlStore(db, location, opts.countCap, opts.migration);
    try {
      await store.prepareSchema();
    } catch (e) {
      await db.close().catch(() => undefined);
      throw e;
    }
    return store;
  }

  private async tableNames(): Promise<string[]> {
    const rows =
      this.db.dialect === 'sqlite'
        ? await this.db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
        : await this.db.all<{ name: string }>(
            'SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()',
          );
    return rows.map((r) => r.name);
  }

  private async prepareSchema(): Promise<void> {
    const tables = await this.tableNames();
    let version = 0;
    if (tables.includes('meta')) {
      const rows = await this.db.all<{ key: string; value: string }>('SELECT key, value FROM meta');
      const meta = new Map(rows.map((r) => [r.key, r.value]));
      if (meta.get('app') !== 'rasd') {
        throw new RasdError('STORE_CORRUPT', 'the database is not a rasd database (no rasd meta record)', {
          subject: this.location,
        });
      }
      version = Number(meta.get('schema_version'));
      if (!Number.isInteger(version) || version < 0) {
        throw new RasdError('STORE_CORRUPT', 'the schema version recorded in the database is invalid', {
          subject: this.location,
        });
      }
      if (version > SCHEMA_VERSION) {
        throw new RasdError(
          'STORE_TOO_NEW',
          `the database has schema version ${version}, written by a newer rasd; this rasd reads up to version ${SCHEMA_VERSION}. Upgrade rasd to open it`,
          { subject: this.location },
        );
      }
    } else if (tables.length > 0) {
      throw new RasdError('STORE_CORRUPT', 'the database holds tables but is not a rasd database', {
        subject: this.location,
      });
    }
    const resuming = tables.includes('articles_new');
    if (version === SCHEMA_VERSION && !resuming) return;
    const steps = migrations(this.db.dialect);
    // SQLite rebuilds an existing store's articles table in chunks, each its own transaction (see
    // sqliteArticleLayoutSteps); everything else, and a new store, migrates in one transaction.
    const chunked = this.db.dialect === 'sqlite' && version > 0;
    const hook = this.migration.onStep;
    const runSteps = async (from: number, to: number): Promise<void> => {
      if (from >= to) return;
      await this.db.tx(async (db) => {
        if (from === 0) {
          await db.exec('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
          await db.run("INSERT INTO meta (key, value) VALUES ('app', 'rasd'), ('schema_version', '0')");
        }
        for (let v = from; v < to; v++) {
          await db.exec(steps[v]!);
          await db.run("UPDATE meta SET value = ? WHERE key = 'schema_version'", [String(v + 1)]);
          hook?.({ version: v + 1 });
        }
      });
    };
    if (!chunked) return runSteps(version, SCHEMA_VERSION);
    if (version < ARTICLE_LAYOUT_VERSION && !resuming) await runSteps(version, ARTICLE_LAYOUT_VERSION - 1);
    if (version < ARTICLE_LAYOUT_VERSION || resuming) await this.rebuildArticlesInChunks(resuming);
    await runSteps(Math.max(version, ARTICLE_LAYOUT_VERSION), SCHEMA_VERSION);
  }

  /**
   * SQLite's version 8 (sqliteArticleLayoutSteps): rows move from `articles` to `articles_new` in pk
   * order, a chunk per transaction. The first transaction already records version 8, so that a rasd
   * that reads only version 7 refuses the half-moved store instead of reading half its articles; while
   * `articles_new` exists the store is mid-migration, and opening it carries on.
   */
  private async rebuildArticlesInChunks(resuming: boolean): Promise<void> {
    const sql = sqliteArticleLayoutSteps();
    const { onStep, chunkRows = MIGRATION_CHUNK_ROWS } = this.migration;
    if (!resuming) {
      await this.db.tx(async (db) => {
        const indexes = await db.all<{ name: string }>(
          "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'articles' AND sql IS NOT NULL",
        );
        await db.exec(sql.start);
        for (const { name } of indexes) await db.exec(`DROP INDEX ${name}`);
        await db.run("UPDATE meta SET value = ? WHERE key = 'schema_version'", [
          String(ARTICLE_LAYOUT_VERSION),
        ]);
        onStep?.({ version: ARTICLE_LAYOUT_VERSION, moved: 0 });
      });
    }
    let moved = 0;
    for (;;) {
      const done = await this.db.tx(async (db) => {
        const bound = await db.get<{ hi: number | null }>(sql.chunkBound, [chunkRows]);
        const hi = bound?.hi ?? null;
        if (hi === null) return true;
        const n = await db.run(sql.chunkCopy, [hi]);
        onStep?.({ version: ARTICLE_LAYOUT_VERSION, moved: moved + n, inChunk: true });
        await db.run(sql.chunkDelete, [hi]);
        moved += n;
        return false;
      });
      if (done) break;
      onStep?.({ version: ARTICLE_LAYOUT_VERSION, moved });
    }
    await this.db.tx(async (db) => {
      await db.exec(sql.finish);
      onStep?.({ version: ARTICLE_LAYOUT_VERSION, moved, finished: true });
    });
  }

  async schemaVersion(): Promise<number> {
    const row = await this.db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'schema_version'");
    return Number(row?.value ?? 0);
  }

  close(): Promise<void> {
    return this.db.close();
  }

  // ------------------------------------------------------------------------------------------------
  // Articles

  async countArticles(): Promise<number> {
    const row = await this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM articles');
    return Number(row?.n ?? 0);
  }

  async getArticle(id: string, opts?: { revision?: number }): Promise<ArticleRecord | null> {
    const row = await this.db.get<
      ArticleRow & { text: string; content_hash: string; origin: string | null; analysis: string }
    >(`SELECT ${SUMMARY_COLS}, a.text, a.content_hash, a.origin, a.analysis FROM articles a WHERE a.id = ?`, [
      id,
    ]);
    if (!row) return null;
    // The analysis of the current revision is kept; earlier revisions keep their metadata only.
    if (opts?.revision !== undefined && opts.revision !== Number(row.revision)) return null;
    const revisions = await this.db.all<{
      revision: number;
      content_hash: string;
      title: string;
      created_at: string;
    }>(
      'SELECT revision, content_hash, title, created_at FROM revisions WHERE article_id = ? ORDER BY revision',
      [id],
    );
    return {
      ...summary(row),
      text: row.text,
      content_hash: row.content_hash,
      origin: row.origin,
      analysis: JSON.parse(row.analysis) as JsonValue,
      revisions: revisions.map((r) => ({ ...r, revision: Number(r.revision) })),
      duplicates: row.dup_group ? await this.getDuplicateGroup(row.dup_group) : null,
    };
  }

  async listArticles(filter: ArticleFilter = {}): Promise<Page<ArticleSummary>> {
    if (filter.story !== undefined) filter = { ...filter, story: await this.currentStory(filter.story) };
    const { limit, offset } = limits(filter);
    const where: string[] = [];
    const params: SqlParam[] = [];
    if (filter.entity !== undefined) {
      // An entity's articles, newest first, walk its (key, published) index: a country mentioned in
      // half the corpus costs the same page as a rare name.
      const { entity, ...rest } = filter;
      articleWhere(rest, where, params);
      const w = where.length ? `AND ${where.join(' AND ')}` : '';
      // CROSS JOIN fixes SQLite's join order (entity index first); PostgreSQL plans its own.
      const join = this.db.dialect === 'sqlite' ? 'CROSS JOIN' : 'JOIN';
      const from = `article_entities ae ${join} articles a ON a.pk = ae.article_pk`;
      const total = where.length
        ? await this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${from} WHERE ae.key = ? ${w}`, [
            entity,
            ...params,
          ])
        : await this.db.get<{ n: number }>('SELECT article_count AS n FROM entities WHERE key = ?', [entity]);
      const rows = await this.db.all<ArticleRow>(
        `SELECT ${SUMMARY_COLS} FROM ${from} WHERE ae.key = ? ${w}
         ORDER BY ae.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?`,
        [entity, ...params, limit, offset],
      );
      return { total: Number(total?.n ?? 0), items: rows.map(summary) };
    }
    articleWhere(filter, where, params);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = await this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM articles a ${w}`, params);
    const rows = await this.db.all<ArticleRow>(
      `SELECT ${SUMMARY_COLS} FROM articles a ${w} ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
    return { total: Number(total?.n ?? 0), items: rows.map(summary) };
  }

  async getDuplicateGroup(id: string): Promise<DuplicateGroup | null> {
    const rows = await this.db.all<{
      id: string;
      title: string;
      source: string | null;
      published: string | null;
      dup_similarity: number | null;
    }>('SELECT id, title, source, published, dup_similarity FROM articles WHERE dup_group = ? ORDER BY pk', [
      id,
    ]);
    if (rows.length === 0) return null;
    return {
      id,
      members: rows.map((r) => ({
        id: r.id,
        title: r.title,
        source: r.source,
        published: r.published,
        similarity: r.dup_similarity === null ? 1 : Number(r.dup_similarity),
      })),
    };
  }

  // ------------------------------------------------------------------------------------------------
  // Entities

  async findEntities(
    name: string,
    opts: PageRequest & { type?: EntityType } = {},
  ): Promise<Page<EntityRecord>> {
    const { limit, offset } = limits(opts);
    const key = nameKey(name);
    const params: SqlParam[] = [name, key, key, `${key}%`, `${key}%`];
    let typeClause = '';
    if (opts.type !== undefined) {
      typeClause = 'AND type = ?';
      params.push(opts.type);
    }
    const where = `(key = ? OR name_norm = ? OR name_en_norm = ? OR name_norm LIKE ? OR name_en_norm LIKE ?) ${typeClause}`;
    const total = await this.db.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM entities WHERE ${where}`,
      params,
    );
    const rows = await this.db.all<EntityRecord & { name_norm: string; name_en_norm: string | null }>(
      `SELECT * FROM entities WHERE ${where}
       ORDER BY CASE WHEN key = ? OR name_norm = ? OR name_en_norm = ? THEN 0 ELSE 1 END, mention_count DESC, key
       LIMIT ? OFFSET ?`,
      [...params, name, key, key, limit, offset],
    );
    return { total: Number(total?.n ?? 0), items: rows.map(entityRecord) };
  }

  async listEntities(
    opts: PageRequest & { type?: EntityType; with_coordinates?: boolean } = {},
  ): Promise<Page<EntityRecord>> {
    const { limit, offset } = limits(opts);
    const where: string[] = ['article_count > 0'];
    const params: SqlParam[] = [];
    if (opts.type !== undefined) {
      where.push('type = ?');
      params.push(opts.type);
    }
    if (opts.with_coordinates) where.push('lat IS NOT NULL AND lon IS NOT NULL');
    const w = `WHERE ${where.join(' AND ')}`;
    const total = await this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM entities ${w}`, params);
    const rows = await this.db.all<EntityRecord>(
      `SELECT * FROM entities ${w} ORDER BY mention_count DESC, key LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
    return { total: Number(total?.n ?? 0), items: rows.map(entityRecord) };
  }

  async getEntity(key: string): Promise<EntityDetail | null> {
    const row = await this.db.get<EntityRecord>('SELECT * FROM entities WHERE key = ?', [key]);
    if (!row) return null;
    const articles = await this.db.all<ArticleRow>(
      `SELECT ${SUMMARY_COLS} FROM article_entities ae JOIN articles a ON a.pk = ae.article_pk
       WHERE ae.key = ? ORDER BY ae.published DESC NULLS LAST, a.id LIMIT 200`,
      [key],
    );
    const pks = articles.map((a) => a.pk);
    const storyRows = await this.db.all<{ story_id: string }>(
      'SELECT story_id FROM story_entities WHERE key = ? ORDER BY count DESC, story_id LIMIT 10',
      [key],
    );
    const stories: StorySummary[] = [];
    for (const s of storyRows) {
      const st = await this.storySummary(s.story_id);
      if (st) stories.push(st);
    }
    let related: EntityDetail['related'] = [];
    let eventTypes: EntityDetail['event_types'] = [];
    if (pks.length > 0) {
      const marks = pks.map(() => '?').join(',');
      related = (
        await this.db.all<{
          key: string;
          name: string;
          name_en: string | null;
          type: EntityType;
          count: number;
        }>(
          // Counted by key first, entity rows read for the ten kept.
          `SELECT e.key, e.name, e.name_en, e.type, c.count
           FROM (SELECT ae.key, COUNT(*) AS count FROM article_entities ae
                 WHERE ae.article_pk IN (${marks}) AND ae.key <> ?
                   AND EXISTS (SELECT 1 FROM entities x WHERE x.key = ae.key)
                 GROUP BY ae.key ORDER BY count DESC, ae.key LIMIT 10) c
           JOIN entities e ON e.key = c.key ORDER BY c.count DESC, e.key`,
          [...pks, key],
        )
      ).map((r) => ({ ...r, count: Number(r.count) }));
      eventTypes = (
        await this.db.all<{ type: EventType; count: number }>(
          `SELECT type, COUNT(*) AS count FROM events WHERE article_pk IN (${marks})
           GROUP BY type ORDER BY count DESC, type`,
          pks,
        )
      ).map((r) => ({ type: r.type, count: Number(r.count) }));
    }
    return {
      ...entityRecord(row),
      articles: articles.slice(0, 20).map(summary),
      stories,
      related,
      event_types: eventTypes,
    };
  }

  // ------------------------------------------------------------------------------------------------
  // Events

  async listEvents(filter: EventFilter = {}): Promise<Page<EventRecord>> {
    if (filter.story !== undefined) filter = { ...filter, story: await this.currentStory(filter.story) };
    const { limit, offset } = limits(filter);
    if (filter.entity !== undefined) return this.listEntityEvents(filter.entity, filter, limit, offset);
    const where: string[] = [];
    const params: SqlParam[] = [];
    if (filter.type !== undefined) {
      where.push('ev.type = ?');
      params.push(filter.type);
    }
    eventWhere(filter, 'ev.date', where, params);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    // All events, or all of one type: counters kept at commit instead of counting millions of rows.
    const onlyType = Object.entries(filter).every(
      ([k, v]) => v === undefined || k === 'type' || k === 'limit' || k === 'offset' || k === 'order',
    );
    const from = 'events ev JOIN articles a ON a.pk = ev.article_pk';
    const counted = onlyType
      ? {
          total: Number(
            (
              await this.db.get<{ n: number }>(
                filter.type === undefined
                  ? 'SELECT COALESCE(SUM(n), 0) AS n FROM event_type_counts'
                  : 'SELECT COALESCE(SUM(n), 0) AS n FROM event_type_counts WHERE type = ?',
                filter.type === undefined ? [] : [filter.type],
              )
            )?.n ?? 0,
          ),
        }
      : await this.cappedCount(`SELECT 1 FROM ${from} ${w}`, params);
    const clause = (extra: string): string => {
      const all = extra ? [...where, extra] : where;
      return all.length ? `WHERE ${all.join(' AND ')}` : '';
    };
    const page = async (extra: string, order: string, lim: number, off: number): Promise<EventRow[]> => {
      const read = (bounded: string, bound: SqlParam[]): Promise<EventRow[]> =>
        this.db.all<EventRow>(
          `SELECT ev.data, ev.story_id, a.source, a.title FROM ${from} ${clause(bounded)}
           ORDER BY ${order} LIMIT ? OFFSET ?`,
          [...params, ...bound, lim, off],
        );
      if (filter.story === undefined || extra !== DATED || lim <= 0) return read(extra, []);
      // A story's dated events: the order's ties (article id) are not the story index's (article row),
      // so that order would sort every event of the story. Instead the index gives the date of the last
      // event the page can reach, and only the events up to that date are sorted.
      const newest = order.startsWith('ev.date DESC');
      const edge = await this.db.get<{ date: string }>(
        `SELECT ev.date FROM ${from} ${clause(DATED)} ORDER BY ev.date${newest ? ' DESC' : ''} LIMIT 1 OFFSET ?`,
        [...params, off + lim - 1],
      );
      // Without an edge the story has fewer dated events than the page reaches: sorting them is bounded.
      return edge ? read(`${DATED} AND ev.date ${newest ? '>=' : '<='} ?`, [edge.date]) : read(DATED, []);
    };
    let rows: EventRow[];
    const forward = filter.order !== 'desc';
    if (forward && filter.story === undefined)
      rows = await page('', 'ev.date NULLS LAST, a.id, ev.event_id', limit, offset);
    else {
      // The dated events, then the undated ones. Newest first: the date index read backwards (one
      // «date DESC NULLS LAST» is not PostgreSQL's backward index order and would sort every event);
      // a story's events in either direction, so that its dated ones are read as an index range.
      const datedOrder = forward ? 'ev.date, a.id, ev.event_id' : 'ev.date DESC, a.id DESC, ev.event_id DESC';
      rows = await page(DATED, datedOrder, limit, offset);
      if (rows.length < limit) {
        const dated =
          rows.length > 0 || offset === 0
            ? offset + rows.length
            : Number(
                (
                  await this.db.get<{ n: number }>(
                    `SELECT COUNT(*) AS n FROM ${from} ${clause(DATED)}`,
                    params,
                  )
                )?.n ?? 0,
              );
        rows.push(
          ...(await page(
            'ev.date IS NULL',
            forward ? 'a.id, ev.event_id' : 'a.id DESC, ev.event_id DESC',
            limit - rows.length,
            Math.max(0, offset - dated),
          )),
        );
      }
    }
    return { ...counted, items: rows.map(eventRecord) };
  }

  /**
   * Counts the rows `sql` selects, up to COUNT_CAP: bounded work for totals no counter keeps.
   * Past the cap the page says so (`total_capped`) instead of reading every match.
   */
  private async cappedCount(
    sql: string,
    params: readonly SqlParam[],
  ): Promise<{ total: number; total_capped?: boolean }> {
    const row = await this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM (${sql} LIMIT ?) AS m`, [
      ...params,
      this.countCap + 1,
    ]);
    const n = Number(row?.n ?? 0);
    return n > this.countCap ? { total: this.countCap, total_capped: true } : { total: n };
  }

  /**
   * Events where an entity takes part (actor, target or place), in the events list's order: a range
   * of the participants index (key, dated first, date, article id, event id), or of its per-type
   * twin. The total comes from counters per entity and type; other filters count up to COUNT_CAP.
   */
  private async listEntityEvents(
    entity: string,
    filter: EventFilter,
    limit: number,
    offset: number,
  ): Promise<Page<EventRecord>> {
    const where: string[] = ['ee.key = ?'];
    const params: SqlParam[] = [entity];
    if (filter.type !== undefined) {
      where.push('ee.type = ?');
      params.push(filter.type);
    }
    if (filter.from !== undefined || filter.to !== undefined) where.push('ee.undated = 0');
    if (filter.from !== undefined) {
      where.push('ee.date >= ?');
      params.push(filter.from);
    }
    if (filter.to !== undefined) {
      const after = dayAfter(filter.to);
      where.push(after === null ? 'ee.date <= ?' : 'ee.date < ?');
      params.push(after ?? filter.to);
    }
    // Filters on the event's story or article row are checked on each participant row in turn.
    const rowWhere: string[] = [];
    const rowParams: SqlParam[] = [];
    eventWhere(filter, 'ee.date', rowWhere, rowParams);
    // Newest first reads the same index range backwards: the dated events by a backward scan, then
    // the undated ones, last in either order (one ORDER BY mixing directions would sort them all).
    const desc = filter.order === 'desc';
    const order = desc
      ? 'ORDER BY ee.date DESC, ee.article_id DESC, ee.event_id DESC'
      : 'ORDER BY ee.undated, ee.date, ee.article_id, ee.event_id';
    const cols = 'ev.data, ev.story_id, a.source, a.title';
    // CROSS JOIN fixes SQLite's join order (participants index first); PostgreSQL plans its own.
    const join = this.db.dialect === 'sqlite' ? 'CROSS JOIN' : 'JOIN';
    const joined = `event_entities ee ${join} events ev ON ev.article_pk = ee.article_pk AND ev.event_id = ee.event_id
        ${join} articles a ON a.pk = ee.article_pk`;
    const page = (extra: string[], lim: number, off: number): Promise<EventRow[]> =>
      rowWhere.length === 0
        ? // The page's keys come from the index alone; only they are joined to their rows.
          this.db.all<EventRow>(
            `SELECT ${cols} FROM (
               SELECT ee.undated, ee.date, ee.article_id, ee.event_id, ee.article_pk FROM event_entities ee
               WHERE ${[...where, ...extra].join(' AND ')} ${order} LIMIT ? OFFSET ?) AS ee
             ${join} events ev ON ev.article_pk = ee.article_pk AND ev.event_id = ee.event_id
             ${join} articles a ON a.pk = ee.article_pk
             ${order}`,
            [...params, lim, off],
          )
        : this.db.all<EventRow>(
            `SELECT ${cols} FROM ${joined} WHERE ${[...where, ...rowWhere, ...extra].join(' AND ')} ${order} LIMIT ? OFFSET ?`,
            [...params, ...rowParams, lim, off],
          );
    let rows: EventRow[];
    if (!desc) rows = await page([], limit, offset);
    else {
      rows = await page(['ee.undated = 0'], limit, offset);
      if (rows.length < limit && filter.from === undefined && filter.to === undefined) {
        // Past the dated events: how many there are says where the undated ones start.
        const dated =
          rows.length > 0 || offset === 0
            ? offset + rows.length
            : Number(
                (
                  await this.db.get<{ n: number }>(
                    `SELECT COUNT(*) AS n FROM ${rowWhere.length ? joined : 'event_entities ee'}
                     WHERE ${[...where, ...rowWhere, 'ee.undated = 0'].join(' AND ')}`,
                    [...params, ...rowParams],
                  )
                )?.n ?? 0,
              );
        rows.push(...(await page(['ee.undated = 1'], limit - rows.length, Math.max(0, offset - dated))));
      }
    }
    let counted: { total: number; total_capped?: boolean };
    if (rowWhere.length === 0) {
      const byCounters = filter.from === undefined && filter.to === undefined;
      counted = byCounters
        ? {
            total: Number(
              (
                await this.db.get<{ n: number }>(
                  `SELECT COALESCE(SUM(n), 0) AS n FROM entity_event_counts WHERE key = ?${filter.type === undefined ? '' : ' AND type = ?'}`,
                  filter.type === undefined ? [entity] : [entity, filter.type],
                )
              )?.n ?? 0,
            ),
          }
        : await this.cappedCount(`SELECT 1 FROM event_entities ee WHERE ${where.join(' AND ')}`, params);
    } else {
      const w = `WHERE ${[...where, ...rowWhere].join(' AND ')}`;
      counted = await this.cappedCount(`SELECT 1 FROM ${joined} ${w}`, [...params, ...rowParams]);
    }
    return { ...counted, items: rows.map(eventRecord) };
  }

  // ------------------------------------------------------------------------------------------------
  // Stories

  private async storySummary(id: string): Promise<StorySummary | null> {
    const row = await this.db.get<{
      id: string;
      title: string;
      article_count: number;
      first_date: string | null;
      last_date: string | null;
      updated_at: string;
    }>('SELECT id, title, article_count, first_date, last_date, updated_at FROM stories WHERE id = ?', [id]);
    if (!row) return null;
    // The story's top eight keys first, then their entity rows: a large story has thousands of keys,
    // and joining each to its entity before sorting was most of a story summary's time.
    const entities = await this.db.all<StoryEntity>(
      `SELECT se.key, e.name, e.name_en, e.type, se.count
       FROM (SELECT key, count FROM story_entities WHERE story_id = ? AND count > 0
             ORDER BY count DESC, key LIMIT 8) se
       JOIN entities e ON e.key = se.key ORDER BY se.count DESC, se.key`,
      [id],
    );
    const types = await this.db.all<{ type: EventType; count: number }>(
      'SELECT type, count FROM story_event_types WHERE story_id = ? AND count > 0 ORDER BY count DESC, type',
      [id],
    );
    return {
      id: row.id,
      title: row.title,
      article_count: Number(row.article_count),
      first_date: row.first_date,
      last_date: row.last_date,
      key_entities: entities.map((e) => ({ ...e, count: Number(e.count) })),
      event_types: types.map((t) => ({ type: t.type, count: Number(t.count) })),
      updated_at: row.updated_at,
    };
  }

  async listStories(filter: StoryFilter = {}): Promise<Page<StorySummary>> {
    const { limit, offset } = limits(filter);
    const where: string[] = ['s.article_count >= ?'];
    const params: SqlParam[] = [filter.min_articles ?? 1];
    if (filter.entity !== undefined) {
      where.push('s.id IN (SELECT se.story_id FROM story_entities se WHERE se.key = ? AND se.count > 0)');
      params.push(filter.entity);
    }
    if (filter.from !== undefined) {
      where.push('s.last_date >= ?');
      params.push(filter.from);
    }
    if (filter.to !== undefined) {
      where.push('s.first_date <= ?');
      params.push(filter.to);
    }
    const w = `WHERE ${where.join(' AND ')}`;
    const total = await this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM stories s ${w}`, params);
    const rows = await this.db.all<{ id: string }>(
      `SELECT s.id FROM stories s ${w} ORDER BY s.article_count DESC, s.last_date DESC, s.id LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
    const items: StorySummary[] = [];
    for (const r of rows) {
      const s = await this.storySummary(r.id);
      if (s) items.push(s);
    }
    return { total: Number(total?.n ?? 0), items };
  }

  /**
   * A story's events by date (undated last) after `cursor` (from the start without one), at most
   * `limit`, walking the story's events in index order (story, date, article, event) instead of
   * sorting all of them: a page of a story of 50,000 articles costs what a small story's does.
   */
  private async storyEvents(
    id: string,
    limit: number,
    cursor: TimelineCursor | null,
  ): Promise<StoryEventRow[]> {
    const join = this.db.dialect === 'sqlite' ? 'CROSS JOIN' : 'JOIN';
    const read = (dated: boolean, n: number, after: SqlParam[]): Promise<StoryEventRow[]> => {
      const from =
        after.length === 0
          ? ''
          : dated
            ? 'AND (ev.date, ev.article_pk, ev.event_id) > (?, ?, ?)'
            : 'AND (ev.article_pk, ev.event_id) > (?, ?)';
      return this.db.all<StoryEventRow>(
        `SELECT ev.data, ev.story_id, a.source, a.title, ev.date, ev.article_pk, ev.event_id
         FROM events ev ${join} articles a ON a.pk = ev.article_pk
         WHERE ev.story_id = ? AND ev.date IS ${dated ? 'NOT NULL' : 'NULL'} ${from}
         ORDER BY ev.story_id, ev.date, ev.article_pk, ev.event_id LIMIT ?`,
        [id, ...after, n],
      );
    };
    const dated =
      cursor === null
        ? await read(true, limit, [])
        : cursor.date === null
          ? []
          : await read(true, limit, [cursor.date, cursor.article_pk, cursor.event_id]);
    if (dated.length === limit) return dated;
    const after = cursor?.date === null ? [cursor.article_pk, cursor.event_id] : [];
    return [...dated, ...(await read(false, limit - dated.length, after))];
  }

  /** A timeline page: `limit + 1` events read, the extra one only telling whether a next page exists. */
  private async timelinePage(
    id: string,
    limit: number,
    cursor: TimelineCursor | null,
  ): Promise<Omit<TimelinePage, 'title' | 'story'>> {
    const rows = await this.storyEvents(id, limit + 1, cursor);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const next =
      rows.length > limit && last
        ? encodeTimelineCursor({
            date: last.date,
            article_pk: Number(last.article_pk),
            event_id: last.event_id,
          })
        : null;
    return { items: buildTimeline(page.map(eventRecord), limit), next };
  }

  async storyTimeline(
    id: string,
    opts: { after?: string; limit?: number } = {},
  ): Promise<TimelinePage | null> {
    const limit = Math.min(Math.max(Math.trunc(opts.limit ?? TIMELINE_EVENTS), 1), TIMELINE_EVENTS);
    let cursor: TimelineCursor | null = null;
    if (opts.after !== undefined) {
      cursor = decodeTimelineCursor(opts.after);
      if (cursor === null) {
        throw new RasdError('USAGE', 'not a timeline cursor (use the `next` of a timeline page)', {
          subject: opts.after,
        });
      }
    }
    const sid = await this.resolveStory(id);
    if (sid === null) return null;
    const story = await this.db.get<{ title: string }>('SELECT title FROM stories WHERE id = ?', [sid]);
    if (!story) return null;
    return { story: sid, title: story.title, ...(await this.timelinePage(sid, limit, cursor)) };
  }

  /** A story filter names the story that now holds a merged story's articles (an unknown id stays as given). */
  private async currentStory(id: string): Promise<string> {
    return (await this.resolveStory(id)) ?? id;
  }

  async resolveStory(id: string): Promise<string | null> {
    const own = await this.db.get<{ id: string }>('SELECT id FROM stories WHERE id = ?', [id]);
    if (own) return own.id;
    const alias = await this.db.get<{ story_id: string }>(
      'SELECT a.story_id FROM story_aliases a JOIN stories s ON s.id = a.story_id WHERE a.id = ?',
      [id],
    );
    return alias?.story_id ?? null;
  }

  async mergeStories(from: string, into: string): Promise<boolean> {
    const group = this.group;
    if (!group) return this.db.tx((db) => this.mergeIn(db, from, into));
    if (group.failed) throw group.failed;
    try {
      return await this.mergeIn(this.db, from, into);
    } catch (e) {
      group.failed = e instanceof Error ? e : new Error(String(e));
      throw e;
    }
  }

  /**
   * Folds story `from` into `into` (see Store.mergeStories): two index updates over `from`'s articles
   * and events, the counters added row by row, the feature vector summed and pruned to the strongest.
   */
  private async mergeIn(db: SqlDriver, from: string, into: string): Promise<boolean> {
    if (from === into) return false;
    const rows = await db.all<{
      id: string;
      title: string;
      title_score: number;
      article_count: number;
      first_date: string | null;
      last_date: string | null;
      features: string;
    }>(
      'SELECT id, title, title_score, article_count, first_date, last_date, features FROM stories WHERE id IN (?, ?)',
      [from, into],
    );
    const a = rows.find((r) => r.id === from);
    const b = rows.find((r) => r.id === into);
    if (!a || !b) return false;
    const ts = now();
    await db.run('UPDATE articles SET story_id = ? WHERE story_id = ?', [into, from]);
    await db.run('UPDATE events SET story_id = ? WHERE story_id = ?', [into, from]);
    for (const [table, col] of [
      ['story_entities', 'key'],
      ['story_event_types', 'type'],
    ] as const) {
      await db.run(
        `INSERT INTO ${table} (story_id, ${col}, count)
         SELECT CAST(? AS TEXT), ${col}, count FROM ${table} WHERE story_id = ? AND count > 0
         ON CONFLICT (story_id, ${col}) DO UPDATE SET count = ${table}.count + excluded.count`,
        [into, from],
      );
      await db.run(`DELETE FROM ${table} WHERE story_id = ?`, [from]);
    }
    const merged: FeatureVector = { ...parseFeatures(b.features) };
    for (const [f, w] of Object.entries(parseFeatures(a.features))) merged[f] = (merged[f] ?? 0) + w;
    const kept = Object.entries(merged)
      .sort((x, y) => y[1] - x[1] || byCodePoint(x[0], y[0]))
      .slice(0, STORY_FEATURES);
    const vector = Object.freeze(Object.fromEntries(kept));
    const features = JSON.stringify(vector);
    rememberParsed(features, vector);
    const dates = [a.first_date, a.last_date, b.first_date, b.last_date]
      .filter((d): d is string => d !== null)
      .sort();
    const first = dates[0] ?? null;
    const last = dates[dates.length - 1] ?? null;
    // The better-scored title names the merged story (ties: the survivor's).
    const titled = Number(a.title_score) > Number(b.title_score) ? a : b;
    await db.run(
      `UPDATE stories SET article_count = ?, first_date = ?, last_date = ?, updated_at = ?, features = ?,
         title = ?, title_score = ? WHERE id = ?`,
      [
        Number(a.article_count) + Number(b.article_count),
        first,
        last,
        ts,
        features,
        titled.title,
        Number(titled.title_score),
        into,
      ],
    );
    // The inverted index: the survivor's kept features, none of the dropped story's.
    await db.run('DELETE FROM story_features WHERE story_id IN (?, ?)', [from, into]);
    for (let i = 0; i < kept.length; i += 100) {
      const chunk = kept.slice(i, i + 100);
      await db.run(
        STORY_FEATURES_INSERT(chunk.length),
        chunk.flatMap(([f, w]) => [into, f, w, last ?? '']),
      );
    }
    await db.run('DELETE FROM stories WHERE id = ?', [from]);
    // Aliases stay one hop: those of the dropped story follow it.
    await db.run('UPDATE story_aliases SET story_id = ? WHERE story_id = ?', [into, from]);
    await db.run(
      `INSERT INTO story_aliases (id, story_id, merged_at) VALUES (?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET story_id = excluded.story_id, merged_at = excluded.merged_at`,
      [from, into, ts],
    );
    // An id used again by a new story is that story's, no alias.
    await db.run('DELETE FROM story_aliases WHERE id = ?', [into]);
    this.cache?.forgetStory(from);
    this.cache?.forgetStory(into);
    return true;
  }

  /**
   * The story's meeting events with a round number (at most ROUND_EVENTS, earliest first), from a
   * partial index: a story's rounds read its meetings, not all its events. Ordered as the events list
   * (date, undated last; article id; event id) in code, the same in every dialect.
   */
  private async storyRoundEvents(id: string): Promise<EventRow[]> {
    const rows = await this.db.all<EventRow & { article_id: string; event_id: string; date: string | null }>(
      `SELECT ev.data, ev.story_id, a.source, a.title, a.id AS article_id, ev.event_id, ev.date
       FROM events ev JOIN articles a ON a.pk = ev.article_pk
       WHERE ev.story_id = ? AND ev.round IS NOT NULL
       ORDER BY CASE WHEN ev.date IS NULL THEN 1 ELSE 0 END, ev.date, ev.article_pk, ev.event_id LIMIT ?`,
      [id, ROUND_EVENTS],
    );
    return rows.sort(
      (x, y) =>
        byCodePoint(x.date ?? '\uffff', y.date ?? '\uffff') ||
        byCodePoint(x.article_id, y.article_id) ||
        byCodePoint(x.event_id, y.event_id),
    );
  }

  async getStory(requested: string): Promise<StoryRecord | null> {
    const id = await this.resolveStory(requested);
    if (id === null) return null;
    const base = await this.storySummary(id);
    if (!base) return null;
    const articles = await this.db.all<ArticleRow>(
      `SELECT ${SUMMARY_COLS} FROM articles a WHERE a.story_id = ? ORDER BY a.published, a.id LIMIT 200`,
      [id],
    );
    // The wide columns (text, terms) only for the articles the summary reads.
    const summarised = articles.slice(0, 40);
    const wideRows =
      summarised.length === 0
        ? []
        : await this.db.all<{
            pk: number;
            text: string;
            index_terms: string;
            index_offsets: string;
            sentences: string;
          }>(
            `SELECT a.pk, a.text, a.index_terms, a.index_offsets, a.sentences FROM articles a
             WHERE a.pk IN (${summarised.map(() => '?').join(',')})`,
            summarised.map((a) => a.pk),
          );
    const wide = new Map(wideRows.map((r) => [Number(r.pk), r]));
    const timeline = await this.timelinePage(id, TIMELINE_EVENTS, null);
    const roundEvents = (await this.storyRoundEvents(id)).map(eventRecord);
    // Centrality over the first 40 articles bounds the cost of a summary of a very large story.
    const summaryInput = summarised.flatMap((a) => {
      const w = wide.get(Number(a.pk));
      if (!w) return [];
      return [
        {
          article_id: a.id,
          text: w.text,
          terms: w.index_terms === '' ? [] : w.index_terms.split(' '),
          offsets: JSON.parse(w.index_offsets) as [number, number][],
          sentences: JSON.parse(w.sentences) as [number, number][],
        },
      ];
    });
    return {
      ...base,
      articles: articles.map(summary),
      timeline: timeline.items,
      timeline_next: timeline.next,
      summary: buildSummary(summaryInput),
      rounds: buildRounds(roundEvents),
    };
  }

  // ------------------------------------------------------------------------------------------------
  // Search

  private async resolveEntity(ref: string): Promise<string | null> {
    const exact = await this.db.get<{ key: string }>('SELECT key FROM entities WHERE key = ?', [ref]);
    if (exact) return exact.key;
    const k = nameKey(ref);
    const byName = await this.db.get<{ key: string }>(
      'SELECT key FROM entities WHERE name_norm = ? OR name_en_norm = ? ORDER BY mention_count DESC, key LIMIT 1',
      [k, k],
    );
    return byName?.key ?? null;
  }

  /**
   * The full-text query for words and the filters the facets column can answer (SQLite); `rest` holds
   * the filters left to the article rows. Null when the filters exclude everything (an empty range).
   */
  private async ftsPlan(
    terms: readonly string[],
    filter: ArticleFilter & { event_type?: EventType },
  ): Promise<{ match: string; rest: ArticleFilter & { event_type?: EventType } } | null> {
    const rest: ArticleFilter & { event_type?: EventType } = { ...filter };
    const facets: string[] = [];
    if (rest.source !== undefined) {
      facets.push(sourceFacet(rest.source));
      delete rest.source;
    }
    if (rest.entity !== undefined) {
      facets.push(entityFacet(rest.entity));
      delete rest.entity;
    }
    if (rest.event_type !== undefined) {
      facets.push(eventTypeFacet(rest.event_type));
      delete rest.event_type;
    }
    if (rest.from !== undefined || rest.to !== undefined) {
      // An open end is closed at the corpus's first or last publication date.
      const bounds =
        rest.from === undefined || rest.to === undefined
          ? await this.db.get<{ lo: string | null; hi: string | null }>(
              'SELECT MIN(published) AS lo, MAX(published) AS hi FROM articles WHERE published IS NOT NULL',
            )
          : undefined;
      const from = rest.from ?? bounds?.lo?.slice(0, 10);
      const to = rest.to ?? bounds?.hi?.slice(0, 10);
      if (from === undefined || to === undefined) return null;
      const days = dateRangeFacets(from, to, 128);
      if (days !== null) {
        if (days.length === 0) return null;
        facets.push(days.length === 1 ? days[0]! : `(${days.join(' OR ')})`);
        delete rest.from;
        delete rest.to;
      }
    }
    const words = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');
    const match = [`terms : (${words})`, ...facets.map((f) => `facets : ${f}`)].join(' AND ');
    return { match, rest };
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const { limit, offset } = limits(query);
    const filter: ArticleFilter & { event_type?: EventType } = {};
    if (query.source !== undefined) filter.source = query.source;
    if (query.from !== undefined) filter.from = query.from;
    if (query.to !== undefined) filter.to = query.to;
    if (query.story !== undefined) filter.story = await this.currentStory(query.story);
    if (query.event_type !== undefined) filter.event_type = query.event_type;
    if (query.entity !== undefined) {
      const key = await this.resolveEntity(query.entity);
      if (key === null) return { total: 0, hits: [], terms: [] };
      filter.entity = key;
    }
    let terms = queryTerms(query.q);
    // An entity's English name: search for its Arabic name, restricted to articles that mention it.
    if (/[A-Za-z]/.test(query.q) && filter.entity === undefined) {
      const ent = await this.db.get<{ key: string; name: string }>(
        'SELECT key, name FROM entities WHERE name_en_norm = ? OR key = ? ORDER BY mention_count DESC, key LIMIT 1',
        [nameKey(query.q), query.q],
      );
      if (ent) {
        filter.entity = ent.key;
        terms = queryTerms(ent.name);
      }
    }
    const where: string[] = [];
    const params: SqlParam[] = [];
    articleWhere(filter, where, params);
    let rows: (ArticleRow & { score: number; index_terms: string; index_offsets: string; text: string })[];
    let counted: { total: number; total_capped?: boolean };
    const cols = `${SUMMARY_COLS}, a.index_terms, a.index_offsets, a.text`;
    if (terms.length === 0) {
      const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
      counted = await this.cappedCount(`SELECT 1 FROM articles a ${w}`, params);
      rows = await this.db.all(
        `SELECT ${cols}, 0 AS score FROM articles a ${w} ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?`,
        [...params, limit, offset],
      );
    } else if (this.db.dialect === 'sqlite') {
      const plan = await this.ftsPlan(terms, filter);
      if (plan === null) return { total: 0, hits: [], terms };
      const rest: string[] = [];
      const restParams: SqlParam[] = [];
      articleWhere(plan.rest, rest, restParams);
      const w = rest.length ? `AND ${rest.join(' AND ')}` : '';
      // Filters the index cannot answer (a story, a date range too long to spell in facets) join the
      // narrow filter index; otherwise the index alone answers.
      const from = rest.length
        ? 'fts CROSS JOIN articles a INDEXED BY articles_filter ON a.pk = fts.rowid'
        : 'fts';
      // Counting stops at COUNT_CAP: a common word's every match is not read just to be counted.
      counted = await this.cappedCount(`SELECT 1 FROM ${from} WHERE fts MATCH ? ${w}`, [
        plan.match,
        ...restParams,
      ]);
      // BM25 over the newest RANK_WINDOW matches (all of them for all but the commonest words): the
      // index hands matches newest first and stops there. Only (rowid, score) is sorted; wide columns
      // are read for the page of hits alone. What is left growing with the store is bm25() itself: it
      // first counts every row matching each phrase of the query (for the IDF), filter phrases
      // included (scoring the window by the words alone, restricted to its rowids, measured slower at
      // one million articles: the words' matches inside the window's range are more rows still).
      const window = Math.max(RANK_WINDOW, offset + limit);
      const ranked = await this.db.all<{ pk: number; score: number }>(
        `SELECT pk, score FROM (
           SELECT fts.rowid AS pk, -bm25(fts, 1.0, 0.0) AS score FROM ${from}
           WHERE fts MATCH ? ${w} ORDER BY fts.rowid DESC LIMIT ?)
         ORDER BY score DESC, pk LIMIT ? OFFSET ?`,
        [plan.match, ...restParams, window, limit, offset],
      );
      const wide =
        ranked.length === 0
          ? []
          : await this.db.all<ArticleRow & { index_terms: string; index_offsets: string; text: string }>(
              `SELECT ${cols} FROM articles a WHERE a.pk IN (${ranked.map(() => '?').join(',')})`,
              ranked.map((r) => r.pk),
            );
      const byPk = new Map(wide.map((r) => [Number(r.pk), r]));
      rows = ranked.flatMap((r) => {
        const row = byPk.get(Number(r.pk));
        return row ? [{ ...row, score: r.score }] : [];
      });
    } else {
      // BM25 (k1 = 1.2, b = 0.75) over our own postings; every query term must occur (AND).
      const w = where.length ? `AND ${where.join(' AND ')}` : '';
      const ranked = `
        WITH stats AS (SELECT docs, CASE WHEN docs > 0 THEN total_len * 1.0 / docs ELSE 1 END AS avglen FROM corpus_stats WHERE id = 1),
        q AS (SELECT p.term, COUNT(*) AS df FROM postings p WHERE p.term = ANY(?) GROUP BY p.term),
        scored AS (
          SELECT p.article_pk,
                 SUM(LN(1 + (stats.docs - q.df + 0.5) / (q.df + 0.5)) * p.tf * 2.2
                     / (p.tf + 1.2 * (0.25 + 0.75 * a.index_len / stats.avglen))) AS score,
                 COUNT(*) AS matched
          FROM postings p JOIN q ON q.term = p.term JOIN articles a ON a.pk = p.article_pk, stats
          WHERE p.term = ANY(?) ${w}
          GROUP BY p.article_pk
          HAVING COUNT(*) = ?
        )`;
      const tp = [terms, terms, ...params, terms.length];
      counted = await this.cappedCount(`${ranked} SELECT 1 FROM scored`, tp);
      rows = await this.db.all(
        `${ranked} SELECT ${cols}, scored.score FROM scored JOIN articles a ON a.pk = scored.article_pk
         ORDER BY scored.score DESC, a.id LIMIT ? OFFSET ?`,
        [...tp, limit, offset],
      );
    }
    const want = new Set(terms);
    const hits: SearchHit[] = rows.map((r) => {
      const { snippet, highlights } = makeSnippet(
        r.text,
        r.index_terms === '' ? [] : r.index_terms.split(' '),
        JSON.parse(r.index_offsets) as [number, number][],
        want,
      );
      return { article: summary(r), score: Number(r.score), snippet, highlights };
    });
    return { ...counted, hits, terms };
  }

  // ------------------------------------------------------------------------------------------------
  // Ingest runs

  async getIngestRun(id: string): Promise<IngestRun | null> {
    const row = await this.db.get<{ data: string }>('SELECT data FROM ingest_runs WHERE id = ?', [id]);
    return row ? (JSON.parse(row.data) as IngestRun) : null;
  }

  async listIngestRuns(opts?: PageRequest): Promise<Page<IngestRun>> {
    const { limit, offset } = limits(opts);
    const total = await this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM ingest_runs');
    const rows = await this.db.all<{ data: string }>(
      'SELECT data FROM ingest_runs ORDER BY started_at DESC, id LIMIT ? OFFSET ?',
      [limit, offset],
    );
    return { total: Number(total?.n ?? 0), items: rows.map((r) => JSON.parse(r.data) as IngestRun) };
  }

  async createIngestRun(run: { inputs: string[]; pipeline_version: string }): Promise<IngestRun> {
    const record: IngestRun = {
      id: randomUUID(),
      started_at: now(),
      finished_at: null,
      status: 'running',
      inputs: run.inputs,
      pipeline_version: run.pipeline_version,
      total: null,
      done: 0,
      added: 0,
      revised: 0,
      unchanged: 0,
      failed: 0,
      errors: [],
    };
    await this.db.run('INSERT INTO ingest_runs (id, started_at, data) VALUES (?, ?, ?)', [
      record.id,
      record.started_at,
      JSON.stringify(record),
    ]);
    return record;
  }

  async updateIngestRun(id: string, update: IngestRunUpdate): Promise<void> {
    const run = await this.getIngestRun(id);
    if (!run) throw new RasdError('STORE_NOT_FOUND', 'no such ingest run', { subject: id });
    const next: IngestRun = { ...run };
    for (const [k, v] of Object.entries(update)) {
      if (v !== undefined) (next as unknown as Record<string, unknown>)[k] = v;
    }
    next.errors = next.errors.slice(0, 100);
    if (update.status !== undefined && update.status !== 'running') next.finished_at = now();
    await this.db.run('UPDATE ingest_runs SET data = ? WHERE id = ?', [JSON.stringify(next), id]);
  }

  // ------------------------------------------------------------------------------------------------
  // Write side

  async articleState(id: string): Promise<ArticleState | null> {
    const row = await this.db.get<ArticleState>(
      'SELECT id, revision, content_hash, pipeline_version, story_id, dup_group FROM articles WHERE id = ?',
      [id],
    );
    return row ? { ...row, revision: Number(row.revision) } : null;
  }

  async findByContentHash(hash: string): Promise<string | null> {
    const row = await this.db.get<{ id: string }>(
      'SELECT id FROM articles WHERE content_hash = ? ORDER BY pk LIMIT 1',
      [hash],
    );
    return row?.id ?? null;
  }

  async getArticleInput(id: string): Promise<ArticleInput | null> {
    const row = await this.db.get<{
      raw_title: string | null;
      raw_body: string;
      published: string | null;
      source: string | null;
      url: string | null;
      lang: string | null;
    }>('SELECT raw_title, raw_body, published, source, url, lang FROM articles WHERE id = ?', [id]);
    if (!row) return null;
    return {
      id,
      title: row.raw_title,
      body: row.raw_body,
      published: row.published,
      source: row.source,
      url: row.url,
      lang: row.lang,
    };
  }

  /**
   * Reads several bounded posting lists (`one` selects one list, `?` taking one key and then `rest`)
   * and returns every row. SQLite runs one cached statement per key, cheaper than one compound
   * statement; PostgreSQL gets a single UNION ALL to save round trips.
   */
  private async postingLists<T>(one: string, keys: string[], rest: SqlParam[]): Promise<T[]> {
    if (this.db.dialect === 'sqlite') {
      const out: T[] = [];
      for (const k of keys) out.push(...(await this.db.all<T>(one, [k, ...rest])));
      return out;
    }
    return this.db.all<T>(
      keys.map((_, i) => `SELECT * FROM (${one}) AS p${i}`).join(' UNION ALL '),
      keys.flatMap((k) => [k, ...rest]),
    );
  }

  async duplicateCandidates(
    bands: string[],
    excludeId: string,
    limit: number,
  ): Promise<DuplicateCandidate[]> {
    if (bands.length === 0) return [];
    // Per band, only the latest members: a band shared by boilerplate text can grow with the corpus.
    const distinct = [...new Set(bands)];
    const shared = new Map<number, number>();
    const pending = this.pendingLsh;
    if (pending !== null && distinct.some((band) => pending.has(band))) {
      // Rows of this group commit not written yet: each band's latest members are then the latest
      // of the stored and the pending ones together (a pending pk is never also stored).
      const members = await this.postingLists<{ band: string; article_pk: number }>(
        LSH_BAND_MEMBERS,
        distinct,
        [],
      );
      const perBand = new Map<string, number[]>();
      for (const band of distinct) perBand.set(band, [...pending.members(band)]);
      for (const m of members) perBand.get(m.band)?.push(Number(m.article_pk));
      for (const pks of perBand.values()) {
        pks.sort((x, y) => y - x);
        for (const pk of pks.slice(0, LSH_PER_BAND)) shared.set(pk, (shared.get(pk) ?? 0) + 1);
      }
    } else {
      const members = await this.postingLists<{ article_pk: number }>(LSH_MEMBERS, distinct, []);
      for (const m of members) shared.set(Number(m.article_pk), (shared.get(Number(m.article_pk)) ?? 0) + 1);
    }
    if (shared.size === 0) return [];
    const top = [...shared.entries()]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, limit)
      .map(([pk]) => pk);
    const rows = await this.db.all<{ id: string; dup_group: string | null; minhash: string }>(
      DUPLICATE_ROWS(top.length),
      [...top, excludeId],
    );
    return rows.map((r) => ({
      id: r.id,
      dup_group: r.dup_group,
      signature: r.minhash === '' ? [] : r.minhash.split(',').map(Number),
    }));
  }

  async storyCandidates(
    features: string[],
    opts: { since: string | null; limit: number },
  ): Promise<StoryCandidate[]> {
    const votes = new Map<string, number>();
    if (features.length > 0) {
      // Per feature, only the most recently active stories: bounded work however large the corpus.
      const rows = await this.postingLists<{ story_id: string }>(
        'SELECT story_id FROM story_features WHERE feature = ? AND last_date >= ? ORDER BY last_date DESC LIMIT 50',
        features,
        [opts.since ?? ''],
      );
      for (const r of rows) votes.set(r.story_id, (votes.get(r.story_id) ?? 0) + 1);
    }
    const top = topVoted(votes, opts.limit);
    if (top.length === 0) return [];
    const { found, missing } = this.cache?.cachedStories(top) ?? {
      found: new Map<string, Readonly<StoryCandidate>>(),
      missing: top,
    };
    if (missing.length > 0) {
      const stories = await this.db.all<{
        id: string;
        article_count: number;
        first_date: string | null;
        last_date: string | null;
        features: string;
      }>(STORY_ROWS(missing.length), missing);
      for (const s of stories) {
        const candidate: StoryCandidate = {
          id: s.id,
          article_count: Number(s.article_count),
          first_date: s.first_date,
          last_date: s.last_date,
          features: parseFeatures(s.features),
        };
        found.set(s.id, candidate);
        this.cache?.rememberStory(candidate);
      }
    }
    // In the order of the votes; each a copy, as callers own what they are given.
    return top.flatMap((id) => {
      const s = found.get(id);
      return s ? [{ ...s }] : [];
    });
  }

  async termStats(terms: string[]): Promise<{ docs: number; df: ReadonlyMap<string, number> }> {
    let docs = this.cache?.cachedDocs() ?? null;
    if (docs === null) {
      const stats = await this.db.get<{ docs: number }>('SELECT docs FROM corpus_stats WHERE id = 1');
      docs = Number(stats?.docs ?? 0);
      this.cache?.rememberDocs(docs);
    }
    // A Map: an object keyed by ~50 fresh strings an article went into dictionary mode and had every key
    // internalised first.
    const df = new Map<string, number>();
    if (terms.length > 0) {
      const { found, missing } = this.cache?.cachedFrequencies(terms) ?? {
        found: new Map<string, number>(),
        missing: terms,
      };
      if (missing.length > 0) {
        const rows = await this.db.all<{ term: string; df: number }>(TERM_DF_ROWS(missing.length), missing);
        for (const t of missing) found.set(t, 0);
        for (const r of rows) found.set(r.term, Number(r.df));
        if (this.cache) for (const t of missing) this.cache.rememberFrequency(t, found.get(t)!);
      }
      const pending = this.pendingDf;
      for (const t of terms) df.set(t, found.get(t)! + (pending?.get(t) ?? 0));
    }
    return { docs, df };
  }

  async staleArticles(pipelineVersion: string, limit: number): Promise<string[]> {
    const rows = await this.db.all<{ id: string }>(
      'SELECT id FROM articles WHERE pipeline_version <> ? ORDER BY pk LIMIT ?',
      [pipelineVersion, limit],
    );
    return rows.map((r) => r.id);
  }

  async commitArticle(b: ArticleBundle): Promise<CommitResult> {
    const pending = this.pendingDf;
    const group = this.group;
    let result: CommitResult;
    if (group) {
      if (group.failed) throw group.failed;
      try {
        result = await this.commitIn(this.db, b, true);
      } catch (e) {
        group.failed = e instanceof Error ? e : new Error(String(e));
        throw e;
      }
    } else result = await this.db.tx((db) => this.commitIn(db, b, pending !== null));
    // Counted only once the article's savepoint is released: a failed article counts nothing.
    if (pending && result.outcome === 'added') {
      for (const [t, n] of topicCounts(b)) pending.set(t, (pending.get(t) ?? 0) + n);
    }
    return result;
  }

  /** Writes LSH band rows ([band, article pk], in band order). */
  private async writeLsh(db: SqlDriver, rows: [string, number][]): Promise<void> {
    for (let i = 0; i < rows.length; i += 250) {
      const chunk = rows.slice(i, i + 250);
      await db.run(LSH_INSERT(chunk.length), chunk.flat());
    }
  }

  private async addDocumentFrequencies(db: SqlDriver, counts: Map<string, number>): Promise<void> {
    // In key order: consecutive upserts land on the same or the next B-tree leaf, not on random ones.
    // (The default sort compares UTF-16 code units, as byCodePoint does, without calling back into
    // JavaScript for each comparison.)
    const entries = [...counts.keys()].sort().map((t): [string, number] => [t, counts.get(t)!]);
    for (let i = 0; i < entries.length; i += 200) {
      const chunk = entries.slice(i, i + 200);
      await db.run(TERM_DF_UPSERT(chunk.length), chunk.flat());
      this.cache?.addedFrequencies(new Map(chunk));
    }
  }

  async deleteArticle(id: string): Promise<boolean> {
    const group = this.group;
    if (!group) return this.db.tx((db) => this.deleteIn(db, id));
    // Inside an all-or-nothing group, as for commitArticle: no savepoint, a failure dooms the group.
    if (group.failed) throw group.failed;
    try {
      return await this.deleteIn(this.db, id);
    } catch (e) {
      group.failed = e instanceof Error ? e : new Error(String(e));
      throw e;
    }
  }

  private async deleteIn(db: SqlDriver, id: string): Promise<boolean> {
    const row = await db.get<{
      pk: number;
      title: string;
      story_id: string | null;
      dup_group: string | null;
    }>('SELECT pk, title, story_id, dup_group FROM articles WHERE id = ?', [id]);
    if (!row) return false;
    const pk = Number(row.pk);
    await this.retract(db, pk, row.story_id);
    await db.run('DELETE FROM revisions WHERE article_id = ?', [id]);
    await db.run('DELETE FROM articles WHERE pk = ?', [pk]);
    // Entities are kept with their counts lowered; listings already skip those no article mentions.
    if (row.dup_group) {
      const left = await db.all<{ pk: number }>('SELECT pk FROM articles WHERE dup_group = ?', [
        row.dup_group,
      ]);
      // A group of one is no near-duplicate group.
      if (left.length === 1) {
        await db.run('UPDATE articles SET dup_group = NULL, dup_similarity = NULL WHERE pk = ?', [
          Number(left[0]!.pk),
        ]);
      }
    }
    if (row.story_id) await this.shrinkStory(db, row.story_id, row.title);
    return true;
  }

  /**
   * Brings a story up to date after a member left: drops it when empty, else recomputes its size and
   * date range from the remaining members. Its features keep the departed member's weights (they are
   * not stored per article); they only steer which story later articles join.
   */
  private async shrinkStory(db: SqlDriver, storyId: string, departedTitle: string): Promise<void> {
    const agg = await db.get<{ n: number; first: string | null; last: string | null }>(
      'SELECT COUNT(*) AS n, MIN(published) AS first, MAX(published) AS last FROM articles WHERE story_id = ?',
      [storyId],
    );
    if (Number(agg?.n ?? 0) === 0) {
      for (const table of ['story_features', 'story_entities', 'story_event_types']) {
        await db.run(`DELETE FROM ${table} WHERE story_id = ?`, [storyId]);
      }
      await db.run('DELETE FROM stories WHERE id = ?', [storyId]);
      this.cache?.forgetStory(storyId);
      return;
    }
    this.cache?.forgetStory(storyId);
    await db.run('DELETE FROM story_entities WHERE story_id = ? AND count <= 0', [storyId]);
    await db.run('DELETE FROM story_event_types WHERE story_id = ? AND count <= 0', [storyId]);
    await db.run(
      'UPDATE stories SET article_count = ?, first_date = ?, last_date = ?, updated_at = ? WHERE id = ?',
      [Number(agg!.n), agg!.first, agg!.last, now(), storyId],
    );
    await db.run('UPDATE story_features SET last_date = ? WHERE story_id = ?', [agg!.last ?? '', storyId]);
    // A story named after the departed article takes the title of its earliest remaining member.
    const story = await db.get<{ title: string }>('SELECT title FROM stories WHERE id = ?', [storyId]);
    if (story?.title === departedTitle) {
      const first = await db.get<{ title: string }>(
        'SELECT title FROM articles WHERE story_id = ? ORDER BY published, pk LIMIT 1',
        [storyId],
      );
      if (first) {
        await db.run('UPDATE stories SET title = ?, title_score = 0 WHERE id = ?', [first.title, storyId]);
      }
    }
  }

  /** Takes an existing article's contributions out of counts and indexes before it is replaced. */
  private async retract(db: SqlDriver, pk: number, storyId: string | null): Promise<void> {
    const ents = await db.all<{ key: string; mentions: number }>(
      'SELECT key, mentions FROM article_entities WHERE article_pk = ?',
      [pk],
    );
    for (const e of ents) {
      await db.run(
        'UPDATE entities SET article_count = article_count - 1, mention_count = mention_count - ? WHERE key = ?',
        [Number(e.mentions), e.key],
      );
      if (storyId) {
        await db.run('UPDATE story_entities SET count = count - 1 WHERE story_id = ? AND key = ?', [
          storyId,
          e.key,
        ]);
      }
    }
    // One read of the article's event types serves the story's and the corpus's counters.
    const typeCounts = await db.all<{ type: string; n: number }>(
      'SELECT type, COUNT(*) AS n FROM events WHERE article_pk = ? GROUP BY type',
      [pk],
    );
    for (const t of typeCounts) {
      await db.run('UPDATE event_type_counts SET n = n - ? WHERE type = ?', [Number(t.n), t.type]);
      if (storyId) {
        await db.run('UPDATE story_event_types SET count = count - 1 WHERE story_id = ? AND type = ?', [
          storyId,
          t.type,
        ]);
      }
    }
    const participantCounts = await db.all<{ key: string; type: string; n: number }>(
      'SELECT key, type, COUNT(*) AS n FROM event_entities WHERE article_pk = ? GROUP BY key, type',
      [pk],
    );
    for (const c of participantCounts) {
      await db.run('UPDATE entity_event_counts SET n = n - ? WHERE key = ? AND type = ?', [
        Number(c.n),
        c.key,
        c.type,
      ]);
    }
    if (participantCounts.length > 0) {
      await db.run('DELETE FROM event_entities WHERE article_pk = ?', [pk]);
      await db.run(
        `DELETE FROM entity_event_counts WHERE n <= 0 AND key IN (${participantCounts.map(() => '?').join(',')})`,
        participantCounts.map((c) => c.key),
      );
    }
    await db.run('DELETE FROM article_entities WHERE article_pk = ?', [pk]);
    await db.run('DELETE FROM events WHERE article_pk = ?', [pk]);
    await db.run('DELETE FROM lsh WHERE article_pk = ?', [pk]);
    this.pendingLsh?.delete(pk);
    const len = await db.get<{ index_len: number }>('SELECT index_len FROM articles WHERE pk = ?', [pk]);
    await db.run('UPDATE corpus_stats SET docs = docs - 1, total_len = total_len - ? WHERE id = 1', [
      Number(len?.index_len ?? 0),
    ]);
    this.cache?.addedDocs(-1);
    // An article revised twice in one group commit: its first revision's row is not written yet.
    if (this.pendingFts?.delete(pk)) return;
    if (db.dialect === 'sqlite') await db.run('DELETE FROM fts WHERE rowid = ?', [pk]);
    else await db.run('DELETE FROM postings WHERE article_pk = ?', [pk]);
  }

  private async commitIn(db: SqlDriver, b: ArticleBundle, deferDf: boolean): Promise<CommitResult> {
    const ts = now();
    const existing = await db.get<{
      pk: number;
      revision: number;
      content_hash: string;
      pipeline_version: string;
      story_id: string | null;
      dup_group: string | null;
    }>(
      'SELECT pk, revision, content_hash, pipeline_version, story_id, dup_group FROM articles WHERE id = ?',
      [b.id],
    );
    if (
      existing &&
      existing.content_hash === b.content_hash &&
      existing.pipeline_version === b.pipeline_version
    ) {
      return {
        id: b.id,
        outcome: 'unchanged',
        revision: Number(existing.revision),
        story_id: existing.story_id,
        dup_group: existing.dup_group,
      };
    }
    const cols = [
      b.title,
      b.published,
      b.source,
      b.url,
      b.origin,
      b.lang,
      b.text,
      b.raw_title,
      b.raw_body,
      b.content_hash,
      b.pipeline_version,
      b.analysis_json,
      b.index_terms,
      b.index_offsets_json,
      b.index_len,
      b.sentences_json,
      b.minhash.join(','),
      ts,
    ];
    let pk: number;
    let revision: number;
    let outcome: CommitResult['outcome'];
    let storyId: string | null;
    let dupGroup: string | null;
    if (existing) {
      pk = Number(existing.pk);
      await this.retract(db, pk, existing.story_id);
      const changed = existing.content_hash !== b.content_hash;
      revision = Number(existing.revision) + (changed ? 1 : 0);
      outcome = changed ? 'revised' : 'reanalysed';
      // A revised article stays in its story and near-duplicate group.
      storyId = existing.story_id;
      dupGroup = existing.dup_group;
      await db.run(
        `UPDATE articles SET title = ?, published = ?, source = ?, url = ?, origin = ?, lang = ?, text = ?,
           raw_title = ?, raw_body = ?, content_hash = ?, pipeline_version = ?, analysis = ?, index_terms = ?,
           index_offsets = ?, index_len = ?, sentences = ?, minhash = ?, updated_at = ?, revision = ?
         WHERE pk = ?`,
        [...cols, revision, pk],
      );
      if (changed) {
        await db.run(
          'INSERT INTO revisions (article_id, revision, content_hash, title, created_at) VALUES (?, ?, ?, ?, ?)',
          [b.id, revision, b.content_hash, b.title, ts],
        );
      }
    } else {
      revision = 1;
      outcome = 'added';
      storyId = b.story ?? `s-${shortHash(b.id)}`;
      dupGroup = b.dup_of ? (b.dup_of.group ?? `d-${shortHash(b.dup_of.article)}`) : null;
      // Story and near-duplicate group go into the row at once: no second write of its indexes.
      const row = await db.get<{ pk: number }>(ARTICLE_INSERT, [
        ...cols,
        b.id,
        revision,
        storyId,
        dupGroup,
        b.dup_of ? b.dup_of.similarity : null,
      ]);
      pk = Number(row!.pk);
      await db.run(
        'INSERT INTO revisions (article_id, revision, content_hash, title, created_at) VALUES (?, ?, ?, ?, ?)',
        [b.id, revision, b.content_hash, b.title, ts],
      );
      if (b.dup_of && b.dup_of.group === null) {
        await db.run('UPDATE articles SET dup_group = ?, dup_similarity = 1 WHERE id = ?', [
          dupGroup,
          b.dup_of.article,
        ]);
      }
    }

    const isNewArticle = !existing;
    // Strings the analysis workers derived already (name keys, event JSON, facets), where they match.
    const derived = b.derived;
    const names =
      derived?.entity_names?.length === b.entities.length
        ? derived.entity_names
        : b.entities.map((e): [string, string | null] => [
            nameKey(e.name),
            e.name_en === null ? null : nameKey(e.name_en),
          ]);
    // Entities: one upsert and one insert per fifty. A prepared article holds each key once (a key twice
    // fails on article_entities' primary key, as it did one row at a time).
    const entities = b.entities;
    for (let i = 0; i < entities.length; i += 50) {
      const chunk = entities.slice(i, i + 50);
      await db.run(
        ENTITY_UPSERT(chunk.length),
        chunk.flatMap((e, j) => [
          e.key,
          e.kb_id,
          e.type,
          e.name,
          names[i + j]![0],
          e.name_en,
          names[i + j]![1],
          e.country,
          e.lat,
          e.lon,
          e.mentions,
          b.published,
          b.published,
        ]),
      );
      await db.run(
        ARTICLE_ENTITIES_INSERT(chunk.length),
        chunk.flatMap((e) => [pk, e.key, e.mentions, b.published]),
      );
    }

    // Search index
    if (db.dialect === 'sqlite') {
      const facets =
        derived?.facets ??
        facetsOf({
          source: b.source,
          published: b.published,
          entityKeys: b.entities.map((e) => e.key),
          eventTypes: b.events.map((e) => e.type),
        });
      if (this.pendingFts) this.pendingFts.set(pk, { terms: b.index_terms, facets });
      else
        await db.run('INSERT INTO fts (rowid, terms, facets) VALUES (?, ?, ?)', [pk, b.index_terms, facets]);
    } else {
      const tf = new Map<string, number>();
      for (const t of b.index_terms === '' ? [] : b.index_terms.split(' ')) tf.set(t, (tf.get(t) ?? 0) + 1);
      const entries = [...tf.entries()];
      for (let i = 0; i < entries.length; i += 500) {
        const chunk = entries.slice(i, i + 500);
        await db.run(
          `INSERT INTO postings (term, article_pk, tf) VALUES ${chunk.map(() => '(?, ?, ?)').join(', ')}`,
          chunk.flatMap(([t, n]) => [t, pk, n]),
        );
      }
    }
    await db.run('UPDATE corpus_stats SET docs = docs + 1, total_len = total_len + ? WHERE id = 1', [
      b.index_len,
    ]);
    this.cache?.addedDocs(1);
    // Inside a group commit, document frequencies are counted in memory and written once at its end.
    if (isNewArticle && !deferDf) await this.addDocumentFrequencies(db, topicCounts(b));

    // Near-duplicate bands (in a group commit, written at its end)
    const bands = [...new Set(b.lsh_bands)];
    if (this.pendingLsh) {
      if (bands.length > 0) this.pendingLsh.add(pk, bands);
    } else if (bands.length > 0) {
      await db.run(
        LSH_INSERT(bands.length),
        bands.flatMap((band) => [band, pk]),
      );
    }

    // Story
    if (!existing) {
      if (b.story_merge !== undefined && b.story !== null) await this.mergeIn(db, b.story_merge, storyId!);
      await this.joinStory(db, storyId!, b, ts);
    } else if (storyId) {
      await this.countInStory(db, storyId, b);
    }

    // Events
    // Per type, one multi-row upsert (each type once); events fifty to a statement, in order.
    const perType = new Map<string, number>();
    for (const ev of b.events) perType.set(ev.type, (perType.get(ev.type) ?? 0) + 1);
    if (perType.size > 0) {
      await db.run(EVENT_TYPE_COUNTS_UPSERT(perType.size), [...perType].flat());
    }
    const eventsJson =
      derived?.events_json?.length === b.events.length
        ? derived.events_json
        : b.events.map((ev) => JSON.stringify({ ...ev, article_id: b.id }));
    for (let i = 0; i < b.events.length; i += 50) {
      const chunk = b.events.slice(i, i + 50);
      await db.run(
        EVENTS_INSERT(chunk.length),
        chunk.flatMap((ev, j) => [
          pk,
          ev.event_id,
          ev.type,
          ev.date,
          storyId,
          eventsJson[i + j]!,
          ev.details?.round ?? null,
        ]),
      );
    }
    // Participants: the index an entity's events are listed from, and their counters.
    const participants = b.events.flatMap((ev) => eventParticipants(ev).map((key) => ({ key, ev })));
    for (let i = 0; i < participants.length; i += 100) {
      const chunk = participants.slice(i, i + 100);
      await db.run(
        EVENT_ENTITIES_INSERT(chunk.length),
        chunk.flatMap(({ key, ev }) => [
          key,
          ev.type,
          ev.date === null ? 1 : 0,
          ev.date ?? '',
          b.id,
          ev.event_id,
          pk,
        ]),
      );
    }
    const perEntityType = new Map<string, { key: string; type: string; n: number }>();
    for (const { key, ev } of participants) {
      const k = `${key}\u0000${ev.type}`;
      const c = perEntityType.get(k) ?? { key, type: ev.type, n: 0 };
      c.n++;
      perEntityType.set(k, c);
    }
    // One statement for all of the article's (entity, type) pairs, each once.
    const pairs = [...perEntityType.values()];
    for (let i = 0; i < pairs.length; i += 100) {
      const chunk = pairs.slice(i, i + 100);
      await db.run(
        ENTITY_EVENT_COUNTS_UPSERT(chunk.length),
        chunk.flatMap((c) => [c.key, c.type, c.n]),
      );
    }
    return { id: b.id, outcome, revision, story_id: storyId, dup_group: dupGroup };
  }

  /**
   * Raises a story's count for each of `values` by one, in one statement per hundred values (the values
   * are distinct, as a multi-row upsert may touch each row once).
   */
  private async bump(
    db: SqlDriver,
    table: 'story_entities' | 'story_event_types',
    col: 'key' | 'type',
    storyId: string,
    values: readonly string[],
  ): Promise<void> {
    for (let i = 0; i < values.length; i += 100) {
      const chunk = values.slice(i, i + 100);
      await db.run(
        BUMP[table](chunk.length),
        chunk.flatMap((v) => [storyId, v]),
      );
    }
  }

  /**
   * Adds an article to a story. The story's feature vector (the sum of its members', pruned to the
   * strongest) lives on the story row; story_features is its inverted index (feature → story, with the
   * story's last date), changed only where the kept features or the date change.
   */
  private async joinStory(db: SqlDriver, storyId: string, b: ArticleBundle, ts: string): Promise<void> {
    const story = await db.get<{
      title_score: number;
      first_date: string | null;
      last_date: string | null;
      features: string;
    }>('SELECT title_score, first_date, last_date, features FROM stories WHERE id = ?', [storyId]);
    const date = b.published;
    const before: Readonly<FeatureVector> = story ? parseFeatures(story.features) : {};
    // A Map, not a copy of the object: a hundred-odd keys put an object in dictionary mode, slower.
    const merged = new Map<string, number>();
    for (const f in before) merged.set(f, before[f]!);
    for (const f in b.features) merged.set(f, (merged.get(f) ?? 0) + b.features[f]!);
    const kept = [...merged].sort((x, y) => y[1] - x[1] || byCodePoint(x[0], y[0])).slice(0, STORY_FEATURES);
    const vector = Object.freeze(Object.fromEntries(kept));
    const features = JSON.stringify(vector);
    // The story is read again as soon as an article is compared with it: that read finds it parsed.
    rememberParsed(features, vector);
    this.cache?.forgetStory(storyId);
    let last = date;
    if (!story) {
      await db.run(
        `INSERT INTO stories (id, title, title_score, article_count, first_date, last_date, updated_at, features)
         VALUES (?, ?, ?, 1, ?, ?, ?, ?)`,
        [storyId, b.title, 0, date, date, ts, features],
      );
    } else {
      const first =
        story.first_date === null || (date !== null && date < story.first_date) ? date : story.first_date;
      last = story.last_date === null || (date !== null && date > story.last_date) ? date : story.last_date;
      const score = b.story_score ?? 0;
      const better = score > Number(story.title_score);
      await db.run(
        `UPDATE stories SET article_count = article_count + 1, first_date = ?, last_date = ?, updated_at = ?,
           features = ?, title = CASE WHEN ? = 1 THEN ? ELSE title END,
           title_score = CASE WHEN ? = 1 THEN ? ELSE title_score END
         WHERE id = ?`,
        [first, last, ts, features, better ? 1 : 0, b.title, better ? 1 : 0, score, storyId],
      );
    }
    const lastDate = last ?? '';
    const keptKeys = new Set(kept.map(([f]) => f));
    const dropped = Object.keys(before).filter((f) => !keptKeys.has(f));
    for (let i = 0; i < dropped.length; i += 100) {
      const chunk = dropped.slice(i, i + 100);
      await db.run(STORY_FEATURES_DELETE(chunk.length), [storyId, ...chunk]);
    }
    if (story && (story.last_date ?? '') !== lastDate) {
      await db.run('UPDATE story_features SET last_date = ? WHERE story_id = ?', [lastDate, storyId]);
    }
    const added = kept.filter(([f]) => !(f in before));
    for (let i = 0; i < added.length; i += 100) {
      const chunk = added.slice(i, i + 100);
      await db.run(
        STORY_FEATURES_INSERT(chunk.length),
        chunk.flatMap(([f, w]) => [storyId, f, w, lastDate]),
      );
    }
    await this.countInStory(db, storyId, b);
  }

  /** Counts an article's entities and event types in its story's counters. */
  private async countInStory(db: SqlDriver, storyId: string, b: ArticleBundle): Promise<void> {
    await this.bump(
      db,
      'story_entities',
      'key',
      storyId,
      b.entities.map((e) => e.key),
    );
    await this.bump(db, 'story_event_types', 'type', storyId, [...new Set(b.events.map((e) => e.type))]);
  }
}

/** LSH band rows not written yet (see SqlStore.pendingLsh), by article and by band. */
class PendingLsh {
  private readonly byPk = new Map<number, string[]>();
  private readonly byBand = new Map<string, number[]>();

  add(pk: number, bands: readonly string[]): void {
    this.delete(pk);
    this.byPk.set(pk, [...bands]);
    for (const band of bands) {
      const pks = this.byBand.get(band);
      if (pks) pks.push(pk);
      else this.byBand.set(band, [pk]);
    }
  }

  delete(pk: number): void {
    const bands = this.byPk.get(pk);
    if (!bands) return;
    this.byPk.delete(pk);
    for (const band of bands) {
      const pks = this.byBand.get(band)!.filter((p) => p !== pk);
      if (pks.length > 0) this.byBand.set(band, pks);
      else this.byBand.delete(band);
    }
  }

  has(band: string): boolean {
    return this.byBand.has(band);
  }

  members(band: string): readonly number[] {
    return this.byBand.get(band) ?? [];
  }

  /** Every row, sorted by band, then pk (bands by the default sort: UTF-16 code units). */
  rows(): [string, number][] {
    const out: [string, number][] = [];
    for (const band of [...this.byBand.keys()].sort()) {
      const pks = this.byBand.get(band)!;
      if (pks.length > 1) pks.sort((x, y) => x - y);
      for (const pk of pks) out.push([band, pk]);
    }
    return out;
  }
}

/** The terms whose document frequency an added article raises by one. */
function topicCounts(b: ArticleBundle): Map<string, number> {
  return new Map([...new Set(b.topic_terms ?? [])].map((t) => [t, 1]));
}

/** The entity keys taking part in an event (actors, targets, place), each once. */
export function eventParticipants(ev: Pick<EventRecord, 'actors' | 'targets' | 'place'>): string[] {
  const keys = new Set<string>();
  for (const a of [...ev.actors, ...ev.targets]) if (a.entity !== null) keys.add(a.entity);
  if (ev.place && ev.place.entity !== null) keys.add(ev.place.entity);
  return [...keys];
}

function entityRecord(r: EntityRecord): EntityRecord {
  return {
    key: r.key,
    kb_id: r.kb_id,
    type: r.type,
    name: r.name,
    name_en: r.name_en,
    country: r.country,
    lat: r.lat === null ? null : Number(r.lat),
    lon: r.lon === null ? null : Number(r.lon),
    article_count: Number(r.article_count),
    mention_count: Number(r.mention_count),
    first_seen: r.first_seen,
    last_seen: r.last_seen,
  };
}

function eventRecord(r: {
  data: string;
  story_id: string | null;
  source: string | null;
  title: string;
}): EventRecord {
  const ev = JSON.parse(r.data) as EventRecord;
  return { ...ev, story_id: r.story_id, source: r.source, title: r.title };
}
