import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/corpus/open-store.js';
import { SCHEMA_VERSION } from '../../src/corpus/store.js';
import { migrations } from '../../src/corpus/sql/schema.js';

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
