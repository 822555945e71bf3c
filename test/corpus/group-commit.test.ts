import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { commitPrepared } from '../../src/corpus/commit.js';
import { ingest } from '../../src/corpus/ingest.js';
import { openStore } from '../../src/corpus/open-store.js';
import type { ArticleBundle, Store } from '../../src/corpus/store.js';
import { ASTANA_EXPO, prepare, ROUND11, ROUND11_REPRINT, ROUND13 } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-group-commit-'));

/** What assignment reads for an article: its candidate stories and the frequencies of its terms. */
async function reads(store: Store, probe: string[], terms: string[]): Promise<unknown> {
  return {
    stories: await store.storyCandidates(probe, { since: null, limit: 20 }),
    stats: await store.termStats(terms),
  };
}

describe('group commit (SQLite)', () => {
  it('reads what the database holds after another connection wrote and after a rollback', async () => {
    const path = join(dir, 'cache.db');
    const store = await openStore(path);
    try {
      const r13 = prepare(ROUND13);
      const { story_id } = await commitPrepared(store, r13);
      const raw = new Database(path);
      const stored = raw.prepare('SELECT features FROM stories WHERE id = ?').get(story_id) as {
        features: string;
      };
      const probe = Object.keys(JSON.parse(stored.features) as object).slice(0, 16);
      const terms = r13.term_tf.map(([t]) => t).slice(0, 10);
      const fresh = await openStore(path);
      const before = await reads(store, probe, terms);
      expect(before).toEqual(await reads(fresh, probe, terms));

      // A transaction that read its own uncommitted writes and was rolled back leaves no trace: here a
      // copy joins the story, which is read with two members, and then the transaction fails.
      await expect(
        store.transaction(async (tx) => {
          const copy = await commitPrepared(tx, prepare({ ...ROUND13, id: 'r13-copy' }));
          expect(copy.story_id).toBe(story_id);
          const inside = (await tx.storyCandidates(probe, { since: null, limit: 20 })).find(
            (c) => c.id === story_id,
          );
          expect(inside!.article_count).toBe(2);
          throw new Error('stop');
        }),
      ).rejects.toThrow('stop');
      expect(await reads(store, probe, terms)).toEqual(before);

      // Another connection changes the story's vector and a term's frequency: the next reads see it.
      raw.prepare('UPDATE stories SET features = ? WHERE id = ?').run('{"t:x":1}', story_id);
      raw.prepare('UPDATE term_df SET df = df + 5 WHERE term = ?').run(terms[0]);
      raw.close();
      const after = await reads(store, probe, terms);
      expect(after).not.toEqual(before);
      expect(after).toEqual(await reads(fresh, probe, terms));
      expect(await store.countArticles()).toBe(1);
      await fresh.close();
    } finally {
      await store.close();
    }
  });

  it('all or nothing: a failing article dooms the whole transaction, even if the error is caught', async () => {
    const store = await openStore(join(dir, 'doomed.db'));
    try {
      const good = prepare(ASTANA_EXPO);
      const bad = prepare(ROUND11);
      // The same entity twice breaks article_entities' primary key half-way through the article.
      const twice = { ...bad, entities: [...bad.entities, bad.entities[0]!] } as typeof bad;
      let caught: unknown = null;
      const thrown = await store
        .transaction(
          async (tx) => {
            await commitPrepared(tx, good);
            try {
              await commitPrepared(tx, twice);
            } catch (e) {
              caught = e;
            }
          },
          { allOrNothing: true },
        )
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(caught).not.toBeNull();
      expect(thrown).toBe(caught);
      expect(await store.countArticles()).toBe(0);
      expect(await store.getArticle('astana-expo')).toBeNull();
      // Without the option each article is a savepoint: the good one stays.
      await store.transaction(async (tx) => {
        await commitPrepared(tx, good);
        await expect(commitPrepared(tx, twice)).rejects.toThrow();
      });
      expect(await store.countArticles()).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('indexes a group for search at its end: the last revision of an article, none of a deleted one', async () => {
    const store = await openStore(join(dir, 'search.db'));
    try {
      const revised = (word: string) => ({
        ...ROUND13,
        body: `${ROUND13.body}\n\nتحديث: وصف المراقبون الأجواء ${word}.`,
      });
      await store.transaction(
        async (tx) => {
          await commitPrepared(tx, prepare(ASTANA_EXPO));
          await commitPrepared(tx, prepare(ROUND13));
          await commitPrepared(tx, prepare(revised('بالزمردية')));
          await commitPrepared(tx, prepare(revised('بالفيروزية')));
          await commitPrepared(tx, prepare(ROUND11));
          expect(await tx.deleteArticle('astana-expo')).toBe(true);
        },
        { allOrNothing: true },
      );
      const ids = async (q: string) => (await store.search({ q })).hits.map((h) => h.article.id).sort();
      expect(await ids('بالزمردية')).toEqual([]);
      expect(await ids('بالفيروزية')).toEqual(['seed-r13']);
      expect(await ids('أستانا')).toEqual(['seed-r11', 'seed-r13']);
      // Not even a row of the index left behind (the total is counted in the index alone).
      expect(await store.search({ q: 'الطاقة الشمسية' })).toMatchObject({ total: 0, hits: [] });
      expect(await store.search({ q: 'بالزمردية' })).toMatchObject({ total: 0, hits: [] });
      expect((await store.getArticle('seed-r13'))!.revision).toBe(3);
    } finally {
      await store.close();
    }
  });

  it('finds a near-duplicate of an article committed earlier in the same group (its LSH rows not yet written)', async () => {
    const grouped = await openStore(join(dir, 'lsh-grouped.db'));
    const single = await openStore(join(dir, 'lsh-single.db'));
    try {
      const articles = [ROUND13, ROUND11, ASTANA_EXPO, ROUND11_REPRINT];
      await grouped.transaction(
        async (tx) => {
          for (const a of articles) await commitPrepared(tx, prepare(a));
        },
        { allOrNothing: true },
      );
      for (const a of articles) await commitPrepared(single, prepare(a));
      const reprint = await grouped.getArticle('seed-r11-reprint');
      expect(reprint!.dup_group).not.toBeNull();
      expect((await grouped.getArticle('seed-r11'))!.dup_group).toBe(reprint!.dup_group);
      // The same rows as articles committed one transaction each.
      const rows = (path: string): unknown => {
        const db = new Database(path, { readonly: true });
        try {
          return {
            lsh: db.prepare('SELECT band, article_pk FROM lsh ORDER BY band, article_pk').all(),
            dup: db.prepare('SELECT id, dup_group, dup_similarity FROM articles ORDER BY pk').all(),
          };
        } finally {
          db.close();
        }
      };
      expect(rows(join(dir, 'lsh-grouped.db'))).toEqual(rows(join(dir, 'lsh-single.db')));
      // An article revised inside a group leaves only its last revision's bands.
      await grouped.transaction(
        async (tx) => {
          await commitPrepared(tx, prepare({ ...ROUND13, body: `${ROUND13.body}\n\nتحديث أول.` }));
          await commitPrepared(tx, prepare({ ...ROUND13, body: `${ROUND13.body}\n\nتحديث ثان.` }));
        },
        { allOrNothing: true },
      );
      const last = prepare({ ...ROUND13, body: `${ROUND13.body}\n\nتحديث ثان.` });
      const db = new Database(join(dir, 'lsh-grouped.db'), { readonly: true });
      const pk = (db.prepare('SELECT pk FROM articles WHERE id = ?').get(ROUND13.id) as { pk: number }).pk;
      const bands = db.prepare('SELECT band FROM lsh WHERE article_pk = ? ORDER BY band').pluck().all(pk);
      db.close();
      expect(bands).toEqual([...new Set(last.lsh_bands)].sort());
    } finally {
      await grouped.close();
      await single.close();
    }
  });

  it('ingest commits the rest of a batch when one article fails to commit, and reports that one', async () => {
    const store = await openStore(join(dir, 'ingest.db'));
    // A store that refuses to commit one article (as a constraint would), anywhere in a batch.
    const refusing = (s: Store): Store =>
      new Proxy(s, {
        get(target, prop, receiver) {
          if (prop === 'commitArticle') {
            return async (b: ArticleBundle) => {
              if (b.id === 'seed-r11') throw new Error('refused');
              return target.commitArticle(b);
            };
          }
          if (prop === 'transaction') {
            return <T>(fn: (tx: Store) => Promise<T>, opts?: { allOrNothing?: boolean }) =>
              target.transaction((tx) => fn(refusing(tx)), opts);
          }
          return Reflect.get(target, prop, receiver) as unknown;
        },
      });
    try {
      const items = [ROUND13, ROUND11, ASTANA_EXPO].map((input) => ({ input, origin: input.id! }));
      const res = await ingest(refusing(store), items, { workers: 0 });
      expect(res.added).toBe(2);
      expect(res.failed).toBe(1);
      expect(res.errors[0]).toMatchObject({ subject: 'seed-r11', code: 'INTERNAL' });
      expect(await store.getArticle('seed-r11')).toBeNull();
      expect((await store.getArticle('astana-expo'))!.title).toBe(ASTANA_EXPO.title);
      expect(await store.countArticles()).toBe(2);
    } finally {
      await store.close();
    }
  });
});
