/**
 * Schema version 8, for every Store: the article rows are rebuilt with the narrow columns the hot reads
 * want in front of the wide ones. A store laid out as versions 1–7 laid it out (the 9 KB analysis
 * before the summary columns and the near-duplicate signature) is migrated forward in one pass and
 * reads exactly as before — articles, listings, search hits and snippets, stories, near-duplicate
 * candidates — and keeps taking new articles (the pk sequence carries on).
 */
import { describe, expect, it } from 'vitest';
import { commitPrepared } from '../../src/corpus/commit.js';
import { openStore } from '../../src/corpus/open-store.js';
import type { SqlDriver } from '../../src/corpus/sql/driver.js';
import { PostgresDriver } from '../../src/corpus/sql/postgres-driver.js';
import { ARTICLE_COLUMNS_V1, ARTICLE_COLUMNS_V8, rebuildArticles } from '../../src/corpus/sql/schema.js';
import { SqliteDriver } from '../../src/corpus/sql/sqlite-driver.js';
import { SCHEMA_VERSION, type Store } from '../../src/corpus/store.js';
import { ROUND11, ROUND11_REPRINT, ROUND13, prepare } from './fixtures.js';
import { CORPUS } from './search-filters.contract.js';
import type { CreateDatabase } from './event-participants.contract.js';

function driverFor(location: string): SqlDriver {
  return location.startsWith('postgres') ? PostgresDriver.open(location) : SqliteDriver.open(location);
}

async function columnOrder(db: SqlDriver): Promise<string[]> {
  const rows =
    db.dialect === 'sqlite'
      ? await db.all<{ name: string }>("SELECT name FROM pragma_table_info('articles') ORDER BY cid")
      : await db.all<{ name: string }>(
          `SELECT column_name AS name FROM information_schema.columns
           WHERE table_schema = current_schema() AND table_name = 'articles' ORDER BY ordinal_position`,
        );
  return rows.map((r) => r.name);
}

/** Everything a reader sees of the articles, in a comparable form. */
async function reads(store: Store): Promise<unknown> {
  const ids = [...CORPUS.map((a) => a.id!), ROUND11.id!, ROUND13.id!, ROUND11_REPRINT.id!];
  const articles = await Promise.all(ids.map((id) => store.getArticle(id)));
  const listed = await store.listArticles({ limit: 100 });
  const searches = await Promise.all(
    ['استانا', 'وزير الخارجية', 'قفصة', 'محادثات'].map((q) => store.search({ q, limit: 20 })),
  );
  const storyIds = [...new Set(articles.map((a) => a?.story_id).filter((s): s is string => !!s))].sort();
  const stories = await Promise.all(storyIds.map((id) => store.getStory(id)));
  const reprint = prepare(ROUND11_REPRINT);
  const candidates = await store.duplicateCandidates(reprint.lsh_bands, 'none', 10);
  const states = await Promise.all(ids.map((id) => store.articleState(id)));
  return { articles, listed, searches, stories, candidates, states };
}

export function articleLayoutContract(name: string, create: CreateDatabase): void {
  describe(`Schema version 8, article columns narrow first: ${name}`, () => {
    it('migrates a store laid out as version 7 in one pass; it reads the same and keeps taking articles', async () => {
      const location = await create();
      let store = await openStore(location);
      for (const a of [...CORPUS, ROUND11, ROUND13, ROUND11_REPRINT]) await commitPrepared(store, prepare(a));
      const before = await reads(store);
      await store.close();

      // Back to version 7: the article table as versions 1–7 laid it out, same rows and pks.
      let db = driverFor(location);
      expect(await columnOrder(db)).toEqual(['pk', ...ARTICLE_COLUMNS_V8]);
      await db.tx(async (tx) => {
        await tx.exec(rebuildArticles(db.dialect, ARTICLE_COLUMNS_V1));
        await tx.run("UPDATE meta SET value = '7' WHERE key = 'schema_version'");
      });
      expect(await columnOrder(db)).toEqual(['pk', ...ARTICLE_COLUMNS_V1]);
      await db.close();

      store = await openStore(location);
      try {
        expect(await store.schemaVersion()).toBe(SCHEMA_VERSION);
        expect(await reads(store)).toEqual(before);
        // New articles get new pks after the old ones, with their index rows.
        const extra = { ...ROUND13, id: 'seed-r13-again', published: '2019-08-03' };
        const r = await commitPrepared(store, prepare(extra));
        expect(r.outcome).toBe('added');
        expect((await store.search({ q: 'استانا', limit: 50 })).hits.map((h) => h.article.id)).toContain(
          'seed-r13-again',
        );
        expect(await store.countArticles()).toBe(CORPUS.length + 4);
      } finally {
        await store.close();
      }
      db = driverFor(location);
      try {
        expect(await columnOrder(db)).toEqual(['pk', ...ARTICLE_COLUMNS_V8]);
        const pks = await db.all<{ pk: number; id: string }>('SELECT pk, id FROM articles ORDER BY pk');
        expect(pks.at(-1)!.id).toBe('seed-r13-again');
        expect(Number(pks.at(-1)!.pk)).toBe(Math.max(...pks.slice(0, -1).map((p) => Number(p.pk))) + 1);
      } finally {
        await db.close();
      }
    });
  });
}
