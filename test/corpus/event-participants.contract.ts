/**
 * Events of an entity, for every Store (schema version 6): the participants index answers exactly
 * what the events list filtered by each event's actors, targets and place would — same events, same
 * order, same pages — with exact totals from counters kept through revisions and deletions, capped
 * counts where no counter answers, a forward migration that back-fills a version-5 store as the
 * commit path writes it, and query plans that read the indexes instead of scanning.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventType } from '../../src/doc/index.js';
import { commitPrepared } from '../../src/corpus/commit.js';
import { openStore } from '../../src/corpus/open-store.js';
import type { SqlDriver, SqlParam } from '../../src/corpus/sql/driver.js';
import { PostgresDriver } from '../../src/corpus/sql/postgres-driver.js';
import { SqliteDriver } from '../../src/corpus/sql/sqlite-driver.js';
import { SqlStore, eventParticipants } from '../../src/corpus/sql/sql-store.js';
import type { EventFilter, EventRecord, Store, TimelinePage } from '../../src/corpus/store.js';
import { SCHEMA_VERSION } from '../../src/corpus/store.js';
import { ROUND11, ROUND13, prepare } from './fixtures.js';
import { BOUNDS, CORPUS, SENTENCES, SOURCES } from './search-filters.contract.js';

/** A fresh, empty database: a SQLite file path or a PostgreSQL URL. */
export type CreateDatabase = () => Promise<string>;

function driverFor(location: string): SqlDriver {
  return location.startsWith('postgres') ? PostgresDriver.open(location) : SqliteDriver.open(location);
}

const ref = (e: EventRecord): string => `${e.article_id}/${e.event_id}`;

/** Every event of the store the plain events list holds under `filter` (no entity), in its order. */
async function allEvents(store: Store, filter: EventFilter = {}): Promise<EventRecord[]> {
  const page = await store.listEvents({ ...filter, limit: 500 });
  expect(page.items.length).toBeLessThan(500);
  return page.items;
}

async function commitCorpus(store: Store): Promise<void> {
  for (const a of [...CORPUS, ROUND11, ROUND13]) await commitPrepared(store, prepare(a));
}

/** Undoes schema versions 7 and 6, as a version-5 rasd left the database. */
const BACK_TO_V5 = `DROP TABLE story_aliases;
DROP TABLE event_entities;
DROP TABLE entity_event_counts;
DROP INDEX IF EXISTS events_story_order;
DROP INDEX events_story_rounds;
ALTER TABLE events DROP COLUMN round;
UPDATE meta SET value = '5' WHERE key = 'schema_version';`;

export function eventParticipantsContract(name: string, create: CreateDatabase): void {
  describe(`Events of an entity: ${name}`, () => {
    let store: Store;
    let participants: string[] = [];
    let types: EventType[] = [];
    beforeAll(async () => {
      store = await openStore(await create());
      await commitCorpus(store);
      const events = await allEvents(store);
      participants = [...new Set(events.flatMap(eventParticipants))].sort();
      types = [...new Set(events.map((e) => e.type))].sort();
    });
    afterAll(async () => {
      await store.close();
    });

    it('pages exactly the listed events the entity takes part in, for any mix of filters', async () => {
      expect(participants.length).toBeGreaterThan(3);
      const mentionedOnly = (await store.listEntities({ limit: 500 })).items
        .map((e) => e.key)
        .find((k) => !participants.includes(k));
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...participants, ...(mentionedOnly ? [mentionedOnly] : []), 'name:PERSON:nobody'),
          fc.option(fc.constantFrom(...types, 'SANCTION' as EventType), { nil: undefined }),
          fc.option(fc.constantFrom(...BOUNDS), { nil: undefined }),
          fc.option(fc.constantFrom(...BOUNDS), { nil: undefined }),
          fc.option(fc.constantFrom(...SOURCES, 'seed'), { nil: undefined }),
          fc.integer({ min: 1, max: 7 }),
          fc.integer({ min: 0, max: 12 }),
          async (entity, type, from, to, source, limit, offset) => {
            const filter = Object.fromEntries(
              Object.entries({ type, from, to, source }).filter(([, v]) => v !== undefined),
            ) as EventFilter;
            const want = (await allEvents(store, filter)).filter((e) =>
              eventParticipants(e).includes(entity),
            );
            const page = await store.listEvents({ ...filter, entity, limit, offset });
            expect(page.items.map(ref)).toEqual(want.slice(offset, offset + limit).map(ref));
            expect(page.total).toBe(want.length);
            expect(page.total_capped ?? false).toBe(false);
          },
        ),
        { numRuns: 120, seed: 11 },
      );
    });

    it('keeps each entity’s event totals, all types and each type, through revisions and deletions', async () => {
      const totalsMatch = async (): Promise<void> => {
        const events = await allEvents(store);
        for (const entity of participants) {
          const mine = events.filter((e) => eventParticipants(e).includes(entity));
          expect((await store.listEvents({ entity, limit: 1 })).total).toBe(mine.length);
          for (const type of types) {
            const page = await store.listEvents({ entity, type, limit: 1 });
            expect(page.total).toBe(mine.filter((e) => e.type === type).length);
          }
        }
      };
      await totalsMatch();
      // A revision that adds events, one that removes them, a deletion, a reanalysis by another pipeline.
      const first = CORPUS[0]!;
      await commitPrepared(store, prepare({ ...first, body: `${first.body}\n\n${SENTENCES[5]!}` }));
      await totalsMatch();
      const second = CORPUS[1]!;
      await commitPrepared(store, prepare({ ...second, body: SENTENCES[4]! }));
      await totalsMatch();
      expect(await store.deleteArticle(CORPUS[2]!.id!)).toBe(true);
      await totalsMatch();
      const reanalysed = await commitPrepared(store, { ...prepare(CORPUS[3]!), pipeline_version: 'older' });
      expect(reanalysed.outcome).toBe('reanalysed');
      await totalsMatch();
    });
  });

  describe(`Story timelines a page at a time: ${name}`, () => {
    it('walks every story’s events by date, undated last, through keyset pages', async () => {
      const store = await openStore(await create());
      try {
        await commitCorpus(store);
        const stories = (await store.listStories({ limit: 100 })).items;
        let undated = 0;
        for (const s of stories) {
          const want = (await store.listEvents({ story: s.id, limit: 500 })).items;
          const first = await store.storyTimeline(s.id);
          const story = await store.getStory(s.id);
          expect(first!.items).toEqual(story!.timeline);
          expect([first!.next, story!.timeline_next]).toEqual([null, null]);
          expect(first!.title).toBe(story!.title);
          for (const size of [1, 2, 3]) {
            const got: { date: string | null; ref: string }[] = [];
            let after: string | null = null;
            for (let pages = 0; pages <= want.length; pages++) {
              const page: TimelinePage = (await store.storyTimeline(
                s.id,
                after === null ? { limit: size } : { after, limit: size },
              ))!;
              expect(page.items.length).toBeLessThanOrEqual(size);
              got.push(...page.items.map((e) => ({ date: e.date, ref: `${e.article_id}/${e.event_id}` })));
              after = page.next;
              if (after === null) break;
            }
            expect(after).toBeNull();
            expect(got.map((e) => e.ref).sort()).toEqual(want.map(ref).sort());
            const dates = got.map((e) => e.date ?? '\uffff');
            expect(dates).toEqual([...dates].sort());
          }
          undated += want.filter((e) => e.date === null).length;
        }
        expect(undated).toBeGreaterThan(0);
        expect(await store.storyTimeline('no-such-story')).toBeNull();
        await expect(store.storyTimeline(stories[0]!.id, { after: 'nonsense' })).rejects.toThrow(/cursor/);
      } finally {
        await store.close();
      }
    });
  });

  describe(`A story's events in the events list: ${name}`, () => {
    it('pages through a story in the order of the whole list, both ways, undated last', async () => {
      const store = await openStore(await create());
      try {
        await commitCorpus(store);
        let undated = 0;
        for (const order of ['asc', 'desc'] as const) {
          // The reference: the whole list (not read as a story) in that order, kept to the story.
          const whole = (await store.listEvents({ order, limit: 500 })).items;
          expect(whole.length).toBeLessThan(500);
          for (const s of (await store.listStories({ limit: 100 })).items) {
            const want = whole.filter((e) => e.story_id === s.id).map(ref);
            for (const size of [1, 2, 3, 7]) {
              const got: string[] = [];
              for (let offset = 0; offset < want.length + size; offset += size) {
                const page = await store.listEvents({ story: s.id, order, limit: size, offset });
                expect(page.total).toBe(want.length);
                got.push(...page.items.map(ref));
              }
              expect(got).toEqual(want);
            }
            if (order === 'asc')
              undated += whole.filter((e) => e.story_id === s.id && e.date === null).length;
          }
        }
        expect(undated).toBeGreaterThan(0);
      } finally {
        await store.close();
      }
    });
  });

  describe(`Search, capped counts: ${name}`, () => {
    it('stops counting a common word past the cap; the hits are the same', async () => {
      const capped = await openStore(await create(), { countCap: 3 });
      const exact = await openStore(await create());
      try {
        await commitCorpus(capped);
        await commitCorpus(exact);
        for (const [q, filter] of [
          ['في', {}],
          ['في', { from: '2017', to: '2019' }],
          ['تونس', {}],
          ['تونس', { source: SOURCES[0]! }],
          ['الخارجية', {}],
          ['كلمةغيرموجودة', {}],
        ] as const) {
          const want = await exact.search({ q, ...filter, limit: 50 });
          const got = await capped.search({ q, ...filter, limit: 50 });
          expect(want.total_capped ?? false).toBe(false);
          expect(want.total).toBe(want.hits.length);
          expect([got.total, got.total_capped ?? false]).toEqual(
            want.total > 3 ? [3, true] : [want.total, false],
          );
          expect(got.hits.map((h) => [h.article.id, h.score])).toEqual(
            want.hits.map((h) => [h.article.id, h.score]),
          );
        }
        expect((await exact.search({ q: 'في', limit: 50 })).total).toBeGreaterThan(3);
      } finally {
        await capped.close();
        await exact.close();
      }
    });
  });

  describe(`Events of an entity, capped counts: ${name}`, () => {
    it('counts past the cap only where a counter keeps the total', async () => {
      const store = await openStore(await create(), { countCap: 3 });
      try {
        await commitCorpus(store);
        const events = await allEvents(store);
        const counts = new Map<string, number>();
        for (const k of events.flatMap(eventParticipants)) counts.set(k, (counts.get(k) ?? 0) + 1);
        const [busy, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
        expect(n).toBeGreaterThan(3);
        // Counters: exact however many.
        const all = await store.listEvents({ entity: busy, limit: 2 });
        expect([all.total, all.total_capped ?? false]).toEqual([n, false]);
        expect(all.items.length).toBe(2);
        // A date range has no counter: counting stops past the cap, the page is whole.
        const ranged = await store.listEvents({ entity: busy, from: '1900', limit: 50 });
        expect([ranged.total, ranged.total_capped]).toEqual([3, true]);
        expect(ranged.items.length).toBe(
          events.filter((e) => e.date !== null && eventParticipants(e).includes(busy)).length,
        );
        const bySource = await store.listEvents({ source: 'seed', limit: 50 });
        expect([bySource.total, bySource.total_capped]).toEqual([3, true]);
        expect(bySource.items.length).toBe(events.filter((e) => e.source === 'seed').length);
        // Under the cap a count stays exact.
        const few = events.find((e) => events.filter((x) => x.article_id === e.article_id).length <= 3)!;
        const one = await store.listEvents({ article: few.article_id, limit: 1 });
        expect([one.total, one.total_capped ?? false]).toEqual([
          events.filter((e) => e.article_id === few.article_id).length,
          false,
        ]);
      } finally {
        await store.close();
      }
    });
  });

  describe(`Schema version 6 migration: ${name}`, () => {
    it('back-fills participants, counters and round numbers of a version-5 store as committing writes them', async () => {
      const location = await create();
      let store = await openStore(location);
      await commitCorpus(store);
      const events = await allEvents(store);
      const entities = [...new Set(events.flatMap(eventParticipants))].sort();
      const pages = async (s: Store): Promise<unknown[]> =>
        Promise.all(
          entities.map(async (entity) => {
            const p = await s.listEvents({ entity, limit: 500 });
            return [entity, p.total, p.items.map(ref)];
          }),
        );
      const before = await pages(store);
      const storyId = (await store.getArticle('seed-r13'))!.story_id!;
      const storyBefore = await store.getStory(storyId);
      expect(storyBefore!.rounds.map((r) => r.number)).toEqual([11, 13]);
      await store.close();

      const dump = async (db: SqlDriver): Promise<unknown[][]> =>
        Promise.all(
          [
            'SELECT key, type, undated, date, article_id, event_id, article_pk FROM event_entities',
            'SELECT key, type, n FROM entity_event_counts',
            'SELECT article_pk, event_id, round FROM events WHERE round IS NOT NULL',
          ].map(async (sql) =>
            (await db.all<Record<string, unknown>>(sql))
              .map((r) =>
                JSON.stringify(Object.values(r).map((v) => (typeof v === 'number' ? v : String(v)))),
              )
              .sort(),
          ),
        );
      const db = driverFor(location);
      const rowsBefore = await dump(db);
      expect(rowsBefore[0]!.length).toBeGreaterThan(events.length);
      expect(rowsBefore[2]!.length).toBeGreaterThan(0);
      await db.exec(BACK_TO_V5);
      await db.close();

      store = await openStore(location);
      try {
        expect(await store.schemaVersion()).toBe(SCHEMA_VERSION);
        expect(await pages(store)).toEqual(before);
        expect((await store.getStory(storyId))!.rounds).toEqual(storyBefore!.rounds);
      } finally {
        await store.close();
      }
      const again = driverFor(location);
      try {
        expect(await dump(again)).toEqual(rowsBefore);
      } finally {
        await again.close();
      }
    });
  });

  describe(`Query plans of the bounded reads: ${name}`, () => {
    it('reads an entity’s events and a story’s timeline through their indexes', async () => {
      const location = await create();
      const driver = driverFor(location);
      const seen: { sql: string; params: readonly SqlParam[] }[] = [];
      const store = await SqlStore.open(recording(driver, seen), location);
      try {
        await commitCorpus(store);
        const entity = [...new Set((await allEvents(store)).flatMap(eventParticipants))][0]!;
        const storyId = (await store.getArticle('seed-r13'))!.story_id!;
        seen.length = 0;
        await store.listEvents({ entity, limit: 20, offset: 5 });
        await store.listEvents({ entity, type: 'CONSULT', limit: 20 });
        const firstPage = await store.storyTimeline(storyId, { limit: 2 });
        await store.storyTimeline(storyId, { after: firstPage!.next!, limit: 2 });
        await store.getStory(storyId);
        const plans = new Map<string, string>();
        for (const { sql, params } of seen) {
          if (!/FROM event_entities ee\s+WHERE|WHERE ev\.story_id = \? AND ev\.(date|round) IS/.test(sql))
            continue;
          plans.set(sql, await explain(driver, sql, params));
        }
        expect(plans.size).toBe(6);
        for (const [sql, plan] of plans) {
          if (sql.includes('event_entities')) {
            // A range of the participants' primary key or of its per-type index, never a scan.
            expect(plan).toMatch(
              driver.dialect === 'sqlite'
                ? /SEARCH ee USING (PRIMARY KEY|COVERING INDEX event_entities_type) \(key=\?/
                : /Index (Only )?Scan using (event_entities_pkey|event_entities_type) on event_entities/,
            );
          } else {
            expect(plan).toMatch(
              driver.dialect === 'sqlite'
                ? /SEARCH ev USING INDEX (events_story|events_story_rounds) \(story_id=\?/
                : /Index Scan using (events_story_order|events_story_rounds) on events/,
            );
          }
          // No scan of a table (SQLite's "SCAN ee" after "CO-ROUTINE ee" reads the page's keys).
          expect(plan).not.toMatch(
            /^SCAN (ev|a|event_entities|events)\b|Seq Scan on (event_entities|events)\b/m,
          );
          // The entity's events come in index order: nothing sorts them.
          if (sql.includes('event_entities')) expect(plan).not.toMatch(/TEMP B-TREE FOR ORDER BY|Sort Key/);
        }
      } finally {
        await store.close();
      }
    });
  });
}

/** A driver that records every statement it is given. */
function recording(inner: SqlDriver, seen: { sql: string; params: readonly SqlParam[] }[]): SqlDriver {
  const note = (sql: string, params: readonly SqlParam[] = []): void => {
    seen.push({ sql, params });
  };
  return {
    dialect: inner.dialect,
    all: (sql, params) => (note(sql, params), inner.all(sql, params)),
    get: (sql, params) => (note(sql, params), inner.get(sql, params)),
    run: (sql, params) => (note(sql, params), inner.run(sql, params)),
    exec: (sql) => inner.exec(sql),
    tx: (fn) => inner.tx((db) => fn(db === inner ? recording(inner, seen) : recording(db, seen))),
    close: () => inner.close(),
  };
}

/** The plan of a statement; in PostgreSQL with sequential scans priced out, as a large table would. */
async function explain(driver: SqlDriver, sql: string, params: readonly SqlParam[]): Promise<string> {
  if (driver.dialect === 'sqlite') {
    const rows = await driver.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, params);
    return rows.map((r) => r.detail).join('\n');
  }
  return driver.tx(async (db) => {
    await db.run('SET LOCAL enable_seqscan = off');
    await db.run('SET LOCAL enable_bitmapscan = off');
    const rows = await db.all<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}
