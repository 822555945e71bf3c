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
import type { MigrationOptions } from '../../src/corpus/sql/sql-store.js';
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

/** Every article row, every column, by pk: what a reader of the unmigrated table gets. */
async function rawRows(db: SqlDriver, table = 'articles'): Promise<string> {
  const rows = await db.all<Record<string, unknown>>(
    `SELECT pk, ${ARTICLE_COLUMNS_V1.join(', ')} FROM ${table} ORDER BY pk`,
  );
  return JSON.stringify(rows.map((r) => ['pk', ...ARTICLE_COLUMNS_V1].map((c) => r[c])));
}

async function indexesOf(db: SqlDriver): Promise<string[]> {
  const rows =
    db.dialect === 'sqlite'
      ? await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")
      : await db.all<{ name: string }>(
          'SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname',
        );
  return rows.map((r) => r.name);
}

/** Writes the corpus, reads it, and takes the store back to version 7's article layout. */
async function versionSevenStore(location: string): Promise<{ before: unknown; raw: string }> {
  const store = await openStore(location);
  for (const a of [...CORPUS, ROUND11, ROUND13, ROUND11_REPRINT]) await commitPrepared(store, prepare(a));
  const before = await reads(store);
  await store.close();
  const db = driverFor(location);
  try {
    await db.tx(async (tx) => {
      await tx.exec(rebuildArticles(db.dialect, ARTICLE_COLUMNS_V1));
      await tx.run("UPDATE meta SET value = '7' WHERE key = 'schema_version'");
    });
    return { before, raw: await rawRows(db) };
  } finally {
    await db.close();
  }
}

export function articleLayoutContract(name: string, create: CreateDatabase): void {
  describe(`Schema version 8, article columns narrow first: ${name}`, () => {
    it('resumes a migration killed part-way; the rows come out byte-identical to the unmigrated ones', async () => {
      const fresh = await create();
      const freshStore = await openStore(fresh);
      await freshStore.close();
      let db = driverFor(fresh);
      const freshIndexes = await indexesOf(db);
      await db.close();

      const location = await create();
      const { before, raw } = await versionSevenStore(location);
      const sqlite = !location.startsWith('postgres');
      const killed = new Error('killed');
      const interrupt = (when: (s: Parameters<NonNullable<MigrationOptions['onStep']>>[0]) => boolean) => ({
        chunkRows: 3,
        onStep: (s: Parameters<NonNullable<MigrationOptions['onStep']>>[0]) => {
          if (when(s)) throw killed;
        },
      });

      // Killed inside a transaction: SQLite's third chunk, after its copy and before its delete
      // (PostgreSQL migrates in one transaction: killed inside it).
      await expect(
        openStore(location, {
          migration: interrupt((s) => (sqlite ? s.inChunk === true && s.moved! > 6 : s.version === 8)),
        }),
      ).rejects.toBe(killed);
      db = driverFor(location);
      try {
        if (sqlite) {
          // Two chunks moved, recorded as version 8 so that a rasd reading version 7 refuses the store.
          expect(
            (await db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'schema_version'"))!.value,
          ).toBe('8');
          const left = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM articles');
          const moved = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM articles_new');
          expect(Number(moved!.n)).toBe(6);
          expect(Number(left!.n) + Number(moved!.n)).toBe(CORPUS.length + 3);
        } else {
          expect(await columnOrder(db)).toEqual(['pk', ...ARTICLE_COLUMNS_V1]);
          expect(await rawRows(db)).toBe(raw);
        }
      } finally {
        await db.close();
      }

      if (sqlite) {
        // Killed again between two chunks of the resumed migration, then once more just before the end
        // (`moved` counts the rows this run moved).
        await expect(
          openStore(location, { migration: interrupt((s) => !s.inChunk && s.moved! >= 3) }),
        ).rejects.toBe(killed);
        await expect(openStore(location, { migration: interrupt((s) => s.finished === true) })).rejects.toBe(
          killed,
        );
      }

      const store = await openStore(location, { migration: { chunkRows: 3 } });
      try {
        expect(await store.schemaVersion()).toBe(SCHEMA_VERSION);
        expect(JSON.stringify(await reads(store))).toBe(JSON.stringify(before));
      } finally {
        await store.close();
      }
      db = driverFor(location);
      try {
        expect(await columnOrder(db)).toEqual(['pk', ...ARTICLE_COLUMNS_V8]);
        expect(await rawRows(db)).toBe(raw);
        expect(await indexesOf(db)).toEqual(freshIndexes);
      } finally {
        await db.close();
      }
    });

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
