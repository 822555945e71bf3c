import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/corpus/open-store.js';
import { SCHEMA_VERSION } from '../../src/corpus/store.js';
import { migrations } from '../../src/corpus/sql/schema.js';
import { facetsOf, facetsSql } from '../../src/corpus/sql/search-facets.js';
import { commitPrepared } from '../../src/corpus/commit.js';
import { ASTANA_EXPO, ROUND11, ROUND13, prepare } from './fixtures.js';

describe('schema migrations', () => {
  it('moves a version-1 store forward, keeping each story’s feature vector', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rasd-migrate-')), 'v1.db');
    const db = new Database(path);
    db.exec('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    db.exec("INSERT INTO meta (key, value) VALUES ('app', 'rasd'), ('schema_version', '1')");
    db.exec(migrations('sqlite')[0]!);
    db.exec(
      "INSERT INTO stories (id, title, title_score, article_count, first_date, last_date, updated_at) VALUES ('s-1', 'محادثات أستانا', 0, 1, '2019-08-01', '2019-08-02', '2019-08-02')",
    );
    db.exec(
      "INSERT INTO story_features (story_id, feature, weight, last_date) VALUES ('s-1', 'e:Q1', 2.5, '2019-08-02'), ('s-1', 't:محادث', 1.25, '2019-08-02')",
    );
    db.close();

    const store = await openStore(path);
    try {
      expect(await store.schemaVersion()).toBe(SCHEMA_VERSION);
      const found = await store.storyCandidates(['t:محادث'], { since: '2019-01-01', limit: 5 });
      expect(found.map((c) => [c.id, c.features])).toEqual([['s-1', { 'e:Q1': 2.5, 't:محادث': 1.25 }]]);
      // Outside the time window the story is not a candidate.
      expect(await store.storyCandidates(['t:محادث'], { since: '2020-01-01', limit: 5 })).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

describe('schema versions 4 and 5: search facets, bounded reads', () => {
  it('rebuilds a version-3 full-text index with the facets committing would write, and fills the read indexes', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rasd-migrate-')), 'v3.db');
    let store = await openStore(path);
    const inputs = [ROUND11, ROUND13, { ...ASTANA_EXPO, published: '2019-06-13T08:30:00Z' }];
    for (const a of inputs) await commitPrepared(store, prepare(a));
    const queries = [
      { q: 'استانا', source: 'seed' },
      { q: 'استانا', from: '2019', to: '2019-06' },
      { q: 'استانا', entity: (await store.listEntities({ limit: 1 })).items[0]!.key },
      { q: 'محادثات', event_type: (await store.listEvents({ limit: 1 })).items[0]!.type },
    ];
    const before = await Promise.all(queries.map((q) => store.search(q)));
    expect(before.every((r) => r.total > 0)).toBe(true);
    await store.close();

    // The SQL the migration runs computes, for every article, the facets the commit path wrote.
    const db = new Database(path);
    const sqlFacets = db.prepare(`SELECT a.id, ${facetsSql()} AS f FROM articles a`).all() as {
      id: string;
      f: string;
    }[];
    for (const { id, f } of sqlFacets) {
      const a = db.prepare('SELECT pk, source, published FROM articles WHERE id = ?').get(id) as {
        pk: number;
        source: string;
        published: string;
      };
      const keys = db.prepare('SELECT key FROM article_entities WHERE article_pk = ?').all(a.pk) as {
        key: string;
      }[];
      const types = db.prepare('SELECT type FROM events WHERE article_pk = ?').all(a.pk) as {
        type: string;
      }[];
      const js = facetsOf({
        source: a.source,
        published: a.published,
        entityKeys: keys.map((k) => k.key),
        eventTypes: types.map((t) => t.type),
      });
      expect(f.split(/[ ,]/).sort()).toEqual(js.split(' ').sort());
    }
    // Back to version 3: a one-column index, as version 3 wrote it.
    db.exec(`DROP TABLE story_aliases;
      DROP TABLE event_entities;
      DROP TABLE entity_event_counts;
      DROP INDEX events_story_rounds;
      ALTER TABLE events DROP COLUMN round;
      DROP TABLE fts;
      CREATE VIRTUAL TABLE fts USING fts5(terms, content='', contentless_delete=1, tokenize='ascii');
      INSERT INTO fts (rowid, terms) SELECT pk, index_terms FROM articles;
      DROP INDEX article_entities_latest;
      DROP INDEX events_date;
      DROP TABLE event_type_counts;
      ALTER TABLE article_entities DROP COLUMN published;
      UPDATE meta SET value = '3' WHERE key = 'schema_version';`);
    db.close();

    store = await openStore(path);
    try {
      expect(await store.schemaVersion()).toBe(SCHEMA_VERSION);
      const after = await Promise.all(queries.map((q) => store.search(q)));
      expect(after.map((r) => r.hits.map((h) => h.article.id))).toEqual(
        before.map((r) => r.hits.map((h) => h.article.id)),
      );
    } finally {
      await store.close();
    }
  });
});
