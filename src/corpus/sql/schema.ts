/**
 * The schema, per dialect. `migrations[i]` brings a database from version i to i + 1; they run forward
 * automatically when a store opens. Version numbers live in `meta` (key `schema_version`).
 */
import { facetsSql } from './search-facets.js';

export type Dialect = 'sqlite' | 'postgres';

function ddl(d: Dialect): string {
  const pk = d === 'sqlite' ? 'INTEGER PRIMARY KEY' : 'SERIAL PRIMARY KEY';
  const real = d === 'sqlite' ? 'REAL' : 'DOUBLE PRECISION';
  const noRowid = d === 'sqlite' ? ' WITHOUT ROWID' : '';
  const search =
    d === 'sqlite'
      ? `CREATE VIRTUAL TABLE fts USING fts5(terms, content='', contentless_delete=1, tokenize='ascii');
`
      : `CREATE TABLE postings (term TEXT NOT NULL, article_pk INTEGER NOT NULL, tf INTEGER NOT NULL,
           PRIMARY KEY (term, article_pk));
         CREATE INDEX postings_article ON postings(article_pk);`;
  return `
CREATE TABLE articles (
  pk ${pk},
  id TEXT NOT NULL UNIQUE,
  revision INTEGER NOT NULL,
  title TEXT NOT NULL,
  published TEXT,
  source TEXT,
  url TEXT,
  origin TEXT,
  lang TEXT,
  text TEXT NOT NULL,
  raw_title TEXT,
  raw_body TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  pipeline_version TEXT NOT NULL,
  analysis TEXT NOT NULL,
  index_terms TEXT NOT NULL,
  index_offsets TEXT NOT NULL,
  index_len INTEGER NOT NULL,
  sentences TEXT NOT NULL,
  minhash TEXT NOT NULL,
  story_id TEXT,
  dup_group TEXT,
  dup_similarity ${real},
  updated_at TEXT NOT NULL
);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source, published);
CREATE INDEX articles_story ON articles(story_id, published);
CREATE INDEX articles_dup ON articles(dup_group);
CREATE INDEX articles_pipeline ON articles(pipeline_version);
CREATE TABLE revisions (
  article_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  title TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (article_id, revision)
)${noRowid};
CREATE TABLE entities (
  key TEXT PRIMARY KEY,
  kb_id TEXT,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  name_norm TEXT NOT NULL,
  name_en TEXT,
  name_en_norm TEXT,
  country TEXT,
  lat ${real},
  lon ${real},
  article_count INTEGER NOT NULL,
  mention_count INTEGER NOT NULL,
  first_seen TEXT,
  last_seen TEXT
);
CREATE INDEX entities_name ON entities(name_norm);
CREATE INDEX entities_name_en ON entities(name_en_norm);
CREATE TABLE article_entities (
  article_pk INTEGER NOT NULL,
  key TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (article_pk, key)
)${noRowid};
CREATE INDEX article_entities_key ON article_entities(key, article_pk);
CREATE TABLE events (
  article_pk INTEGER NOT NULL,
  event_id TEXT NOT NULL,
  type TEXT NOT NULL,
  date TEXT,
  story_id TEXT,
  data TEXT NOT NULL,
  PRIMARY KEY (article_pk, event_id)
)${noRowid};
CREATE INDEX events_type ON events(type, date);
CREATE INDEX events_story ON events(story_id, date);
CREATE TABLE lsh (
  band TEXT NOT NULL,
  article_pk INTEGER NOT NULL,
  PRIMARY KEY (band, article_pk)
)${noRowid};
CREATE INDEX lsh_article ON lsh(article_pk);
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  title_score ${real} NOT NULL,
  article_count INTEGER NOT NULL,
  first_date TEXT,
  last_date TEXT,
  updated_at TEXT NOT NULL
);
CREATE INDEX stories_last ON stories(last_date);
CREATE INDEX stories_size ON stories(article_count);
CREATE TABLE story_features (
  story_id TEXT NOT NULL,
  feature TEXT NOT NULL,
  weight ${real} NOT NULL,
  last_date TEXT NOT NULL,
  PRIMARY KEY (story_id, feature)
)${noRowid};
CREATE INDEX story_features_feature ON story_features(feature, last_date);
CREATE TABLE story_entities (
  story_id TEXT NOT NULL,
  key TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (story_id, key)
)${noRowid};
CREATE INDEX story_entities_key ON story_entities(key, count);
CREATE TABLE story_event_types (
  story_id TEXT NOT NULL,
  type TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (story_id, type)
)${noRowid};
CREATE TABLE ingest_runs (
  id TEXT PRIMARY KEY,
  started_at TEXT NOT NULL,
  data TEXT NOT NULL
);
CREATE TABLE term_df (
  term TEXT PRIMARY KEY,
  df INTEGER NOT NULL
);
CREATE TABLE corpus_stats (
  id INTEGER PRIMARY KEY,
  docs INTEGER NOT NULL,
  total_len INTEGER NOT NULL
);
INSERT INTO corpus_stats (id, docs, total_len) VALUES (1, 0, 0);
${search}
`;
}

/**
 * Version 2: a story's feature vector moves onto its row (one read per candidate story instead of up
 * to 64 rows); story_features stays as the inverted index used to find candidates.
 */
function storyFeatureVectors(d: Dialect): string {
  const agg =
    d === 'sqlite' ? 'json_group_object(feature, weight)' : 'json_object_agg(feature, weight)::text';
  // SQLite: term_df keyed by the term itself (no rowid), one B-tree look-up per term instead of two.
  const termDf =
    d === 'sqlite'
      ? `CREATE TABLE term_df_v2 (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO term_df_v2 (term, df) SELECT term, df FROM term_df;
DROP TABLE term_df;
ALTER TABLE term_df_v2 RENAME TO term_df;`
      : '';
  return `${termDf}
ALTER TABLE stories ADD COLUMN features TEXT NOT NULL DEFAULT '{}';
UPDATE stories SET features = COALESCE((SELECT ${agg} FROM story_features f WHERE f.story_id = stories.id), '{}');
`;
}

/**
 * Version 3 (SQLite): a narrow index over the columns search filters on most (date, source), so that
 * filtering the matches of a common word reads a small index, not the wide article rows. Both columns
 * lie in the first page of a row, so building it on a large store reads no overflow pages. PostgreSQL
 * plans its own.
 */
function searchFilterIndex(d: Dialect): string {
  return d === 'sqlite' ? 'CREATE INDEX articles_filter ON articles(pk, published, source);' : 'SELECT 1;';
}

/**
 * Version 4 (SQLite): the full-text index gains a `facets` column (source, publication day, entities,
 * event types as tokens; see search-facets.ts) so that filtered searches run inside the index. The
 * index is contentless, so it is rebuilt from the articles' stored terms.
 */
function searchFacets(d: Dialect): string {
  if (d !== 'sqlite') return 'SELECT 1;';
  return `CREATE VIRTUAL TABLE fts_v4 USING fts5(terms, facets, content='', contentless_delete=1, tokenize='ascii');
INSERT INTO fts_v4 (rowid, terms, facets) SELECT a.pk, a.index_terms, ${facetsSql()} FROM articles a;
DROP TABLE fts;
ALTER TABLE fts_v4 RENAME TO fts;`;
}

/**
 * Version 5: reads that stay bounded on a large store. An entity's articles newest first come from
 * an index on (key, published) — article_entities carries the publication date; the events table is
 * ordered by an index on its date; totals of events per type are counters kept at commit.
 */
function boundedReads(d: Dialect): string {
  const fill =
    d === 'sqlite'
      ? 'UPDATE article_entities SET published = (SELECT a.published FROM articles a WHERE a.pk = article_entities.article_pk);'
      : 'UPDATE article_entities ae SET published = a.published FROM articles a WHERE a.pk = ae.article_pk;';
  return `ALTER TABLE article_entities ADD COLUMN published TEXT;
${fill}
CREATE INDEX article_entities_latest ON article_entities(key, published);
CREATE INDEX events_date ON events(date);
CREATE TABLE event_type_counts (type TEXT PRIMARY KEY, n INTEGER NOT NULL);
INSERT INTO event_type_counts (type, n) SELECT type, COUNT(*) FROM events GROUP BY type;`;
}

/**
 * The participants of each event (its actors', targets' and place's entity keys), as
 * (key, type, undated, date, article id, event id) rows. SQL over the stored event JSON computes what
 * the commit path writes (`eventParticipants` in sql-store.ts); the migration test checks they agree.
 */
export function participantsSql(d: Dialect): string {
  const keys =
    d === 'sqlite'
      ? `SELECT ev.article_pk, ev.event_id, json_extract(j.value, '$.entity') AS key
           FROM events ev, json_each(ev.data, '$.actors') j
         UNION SELECT ev.article_pk, ev.event_id, json_extract(j.value, '$.entity')
           FROM events ev, json_each(ev.data, '$.targets') j
         UNION SELECT ev.article_pk, ev.event_id, json_extract(ev.data, '$.place.entity') FROM events ev`
      : `SELECT ev.article_pk, ev.event_id, j.value ->> 'entity' AS key
           FROM events ev CROSS JOIN LATERAL jsonb_array_elements(ev.data::jsonb -> 'actors') j
         UNION SELECT ev.article_pk, ev.event_id, j.value ->> 'entity'
           FROM events ev CROSS JOIN LATERAL jsonb_array_elements(ev.data::jsonb -> 'targets') j
         UNION SELECT ev.article_pk, ev.event_id, ev.data::jsonb -> 'place' ->> 'entity' FROM events ev`;
  return `SELECT p.key, ev.type, CASE WHEN ev.date IS NULL THEN 1 ELSE 0 END AS undated,
       COALESCE(ev.date, '') AS date, a.id AS article_id, ev.event_id, ev.article_pk
     FROM (${keys}) p
     JOIN events ev ON ev.article_pk = p.article_pk AND ev.event_id = p.event_id
     JOIN articles a ON a.pk = ev.article_pk
     WHERE p.key IS NOT NULL`;
}

/**
 * Version 6: events of an entity without counting or scanning them. `event_entities` holds one row per
 * event and participant (actor, target or place), keyed in the order the events list is read —
 * (key, dated first, date, article id, event id) — so a page is an index range scan, with a second
 * index for an entity's events of one type; `entity_event_counts` keeps their totals per entity and
 * type at commit. PostgreSQL also gets the story's events in timeline order from one index (SQLite's
 * events_story already ends with the primary key). Events carry their round number (meetings of a
 * recurring process), with a partial index, so a story's rounds read only its meeting events.
 */
function eventParticipants(d: Dialect): string {
  const noRowid = d === 'sqlite' ? ' WITHOUT ROWID' : '';
  const storyOrder =
    d === 'postgres'
      ? 'CREATE INDEX events_story_order ON events(story_id, date, article_pk, event_id);'
      : '';
  return `CREATE TABLE event_entities (
  key TEXT NOT NULL,
  type TEXT NOT NULL,
  undated INTEGER NOT NULL,
  date TEXT NOT NULL,
  article_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  article_pk INTEGER NOT NULL,
  PRIMARY KEY (key, undated, date, article_id, event_id)
)${noRowid};
CREATE INDEX event_entities_type ON event_entities(key, type, undated, date, article_id, event_id);
CREATE INDEX event_entities_article ON event_entities(article_pk);
INSERT INTO event_entities (key, type, undated, date, article_id, event_id, article_pk)
${participantsSql(d)};
CREATE TABLE entity_event_counts (
  key TEXT NOT NULL,
  type TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (key, type)
)${noRowid};
INSERT INTO entity_event_counts (key, type, n) SELECT key, type, COUNT(*) FROM event_entities GROUP BY key, type;
${storyOrder}
ALTER TABLE events ADD COLUMN round INTEGER;
UPDATE events SET round = ${roundSql(d)} WHERE ${roundSql(d)} IS NOT NULL;
CREATE INDEX events_story_rounds ON events(story_id, date) WHERE round IS NOT NULL;`;
}

/** The round number of a meeting event (its details' round), read from the stored event JSON. */
function roundSql(d: Dialect): string {
  return d === 'sqlite'
    ? "CAST(json_extract(data, '$.details.round') AS INTEGER)"
    : "(data::jsonb -> 'details' ->> 'round')::integer";
}

/**
 * Version 7: stories merged into another (twin stories, see stories.ts) keep their id resolvable:
 * `story_aliases` maps a dropped story id to the story that now holds its articles (always one hop:
 * a later merge of the survivor re-points its aliases too).
 */
function storyAliases(d: Dialect): string {
  const noRowid = d === 'sqlite' ? ' WITHOUT ROWID' : '';
  return `CREATE TABLE story_aliases (
  id TEXT PRIMARY KEY,
  story_id TEXT NOT NULL,
  merged_at TEXT NOT NULL
)${noRowid};
CREATE INDEX story_aliases_story ON story_aliases(story_id);`;
}

/** The article columns with their types, in no particular order (the layouts below order them). */
function articleColumnTypes(d: Dialect): Record<string, string> {
  const real = d === 'sqlite' ? 'REAL' : 'DOUBLE PRECISION';
  return {
    id: 'TEXT NOT NULL',
    revision: 'INTEGER NOT NULL',
    title: 'TEXT NOT NULL',
    published: 'TEXT',
    source: 'TEXT',
    url: 'TEXT',
    origin: 'TEXT',
    lang: 'TEXT',
    text: 'TEXT NOT NULL',
    raw_title: 'TEXT',
    raw_body: 'TEXT NOT NULL',
    content_hash: 'TEXT NOT NULL',
    pipeline_version: 'TEXT NOT NULL',
    analysis: 'TEXT NOT NULL',
    index_terms: 'TEXT NOT NULL',
    index_offsets: 'TEXT NOT NULL',
    index_len: 'INTEGER NOT NULL',
    sentences: 'TEXT NOT NULL',
    minhash: 'TEXT NOT NULL',
    story_id: 'TEXT',
    dup_group: 'TEXT',
    dup_similarity: real,
    updated_at: 'TEXT NOT NULL',
  };
}

/** The article columns after `pk` as versions 1–7 laid them out: the 9 KB `analysis` before narrow ones. */
export const ARTICLE_COLUMNS_V1 = [
  'id',
  'revision',
  'title',
  'published',
  'source',
  'url',
  'origin',
  'lang',
  'text',
  'raw_title',
  'raw_body',
  'content_hash',
  'pipeline_version',
  'analysis',
  'index_terms',
  'index_offsets',
  'index_len',
  'sentences',
  'minhash',
  'story_id',
  'dup_group',
  'dup_similarity',
  'updated_at',
] as const;

/**
 * Version 8's order: the columns the hot reads want (summaries, the commit path's state and
 * near-duplicate signatures) first, then the wide ones by how often they are read (snippets, the story
 * summary, the stored input, the analysis last). SQLite keeps only the first few hundred bytes of a
 * row larger than a page on its page and chains the rest through overflow pages, which are read in
 * order up to the last column a statement asks for: a summary read no longer walks past the text and
 * the 9 KB analysis.
 */
export const ARTICLE_COLUMNS_V8 = [
  'id',
  'revision',
  'title',
  'published',
  'source',
  'url',
  'story_id',
  'dup_group',
  'dup_similarity',
  'pipeline_version',
  'updated_at',
  'content_hash',
  'index_len',
  'origin',
  'lang',
  'minhash',
  'index_terms',
  'index_offsets',
  'text',
  'sentences',
  'raw_title',
  'raw_body',
  'analysis',
] as const;

/**
 * Rebuilds the articles table with its columns in `order`, keeping every row and its pk (the full-text
 * index and every other table refer to articles by pk), in one pass over the rows in pk order; then
 * its indexes. PostgreSQL keeps the pk sequence (detached from the old table before it is dropped).
 */
export function rebuildArticles(d: Dialect, order: readonly string[]): string {
  const types = articleColumnTypes(d);
  const cols = ['pk', ...order].join(', ');
  const defs = order.map((c) => `  ${c} ${types[c]!}`).join(',\n');
  const indexes = `CREATE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source, published);
CREATE INDEX articles_story ON articles(story_id, published);
CREATE INDEX articles_dup ON articles(dup_group);
CREATE INDEX articles_pipeline ON articles(pipeline_version);`;
  if (d === 'sqlite') {
    // The unique index on id is built after the copy (one sort) instead of row by row.
    return `CREATE TABLE articles_new (
  pk INTEGER PRIMARY KEY,
${defs}
);
INSERT INTO articles_new (${cols}) SELECT ${cols} FROM articles ORDER BY pk;
DROP TABLE articles;
ALTER TABLE articles_new RENAME TO articles;
CREATE UNIQUE INDEX articles_id ON articles(id);
${indexes}
CREATE INDEX articles_filter ON articles(pk, published, source);`;
  }
  return `CREATE TABLE articles_new (
  pk INTEGER NOT NULL,
${defs}
);
INSERT INTO articles_new (${cols}) SELECT ${cols} FROM articles ORDER BY pk;
ALTER SEQUENCE articles_pk_seq OWNED BY NONE;
DROP TABLE articles;
ALTER TABLE articles_new RENAME TO articles;
ALTER TABLE articles ADD PRIMARY KEY (pk);
ALTER TABLE articles ALTER COLUMN pk SET DEFAULT nextval('articles_pk_seq');
ALTER SEQUENCE articles_pk_seq OWNED BY articles.pk;
ALTER TABLE articles ADD UNIQUE (id);
${indexes}`;
}

/**
 * Version 8: the articles table rebuilt narrow columns first (see ARTICLE_COLUMNS_V8). SQLite also
 * drops `article_entities_key` (key, article_pk): a secondary index of a WITHOUT ROWID table ends with
 * the table's primary key (article_pk, key), so `article_entities_latest` (key, published) answers
 * every look-up by key as well, and each entity of a new article costs one random index insert fewer.
 */
function articleLayout(d: Dialect): string {
  const dropped = d === 'sqlite' ? '\nDROP INDEX IF EXISTS article_entities_key;' : '';
  return `${rebuildArticles(d, ARTICLE_COLUMNS_V8)}${dropped}`;
}

/** The version whose migration rebuilds the articles table (ARTICLE_COLUMNS_V8). */
export const ARTICLE_LAYOUT_VERSION = 8;

/**
 * SQLite's version 8 in steps that a killed migration resumes from, so that it never needs room for a
 * second copy of the articles (about 50 GB at a million articles). `start` creates `articles_new` in
 * the new layout and drops the old table's secondary indexes (nothing reads them during the
 * migration; each would cost a random delete per row moved); then `chunk` transactions each move the
 * lowest `?` rows by pk — copied into `articles_new`, deleted from `articles` in the same transaction,
 * so the pages they free are reused by the next chunk's copy and the file grows by about one chunk;
 * `finish` drops the emptied table, renames the new one and builds its indexes. Each step is one
 * transaction: a kill loses at most the chunk in flight, which the next open moves again.
 */
export function sqliteArticleLayoutSteps(): {
  start: string;
  chunkBound: string;
  chunkCopy: string;
  chunkDelete: string;
  finish: string;
} {
  const types = articleColumnTypes('sqlite');
  const cols = ['pk', ...ARTICLE_COLUMNS_V8].join(', ');
  const defs = ARTICLE_COLUMNS_V8.map((c) => `  ${c} ${types[c]!}`).join(',\n');
  return {
    start: `CREATE TABLE IF NOT EXISTS articles_new (
  pk INTEGER PRIMARY KEY,
${defs}
);`,
    // The highest pk of the next chunk (NULL when no rows are left).
    chunkBound: 'SELECT MAX(pk) AS hi FROM (SELECT pk FROM articles ORDER BY pk LIMIT ?)',
    chunkCopy: `INSERT INTO articles_new (${cols}) SELECT ${cols} FROM articles WHERE pk <= ? ORDER BY pk`,
    chunkDelete: 'DELETE FROM articles WHERE pk <= ?',
    finish: `DROP TABLE articles;
ALTER TABLE articles_new RENAME TO articles;
CREATE UNIQUE INDEX articles_id ON articles(id);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source, published);
CREATE INDEX articles_story ON articles(story_id, published);
CREATE INDEX articles_dup ON articles(dup_group);
CREATE INDEX articles_pipeline ON articles(pipeline_version);
CREATE INDEX articles_filter ON articles(pk, published, source);
DROP INDEX IF EXISTS article_entities_key;`,
  };
}

/** Forward migrations: index i takes version i to version i + 1. */
export function migrations(d: Dialect): string[] {
  return [
    ddl(d),
    storyFeatureVectors(d),
    searchFilterIndex(d),
    searchFacets(d),
    boundedReads(d),
    eventParticipants(d),
    storyAliases(d),
    articleLayout(d),
  ];
}
