/**
 * Events newest first, for every Store: `order: 'desc'` is the default (oldest first) order read
 * backwards, dated and undated events each, undated last — under every filter path (all events, a
 * type, a source, a date range, an entity, an entity with a type), and the same across pages of any
 * size (the dated and undated events are read in two steps).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitPrepared } from '../../src/corpus/commit.js';
import { eventParticipants } from '../../src/corpus/sql/sql-store.js';
import type { EventFilter, EventRecord, Store } from '../../src/corpus/store.js';
import { ROUND11, ROUND13, prepare } from './fixtures.js';
import { CORPUS } from './search-filters.contract.js';

const ref = (e: EventRecord): string => `${e.article_id}/${e.event_id}`;

export function eventsOrderContract(name: string, open: () => Promise<Store>): void {
  describe(`Events newest first: ${name}`, () => {
    let store: Store;
    const filters: EventFilter[] = [];
    beforeAll(async () => {
      store = await open();
      for (const a of [...CORPUS, ROUND11, ROUND13]) await commitPrepared(store, prepare(a));
      const all = (await store.listEvents({ limit: 500 })).items;
      const type = all[0]!.type;
      // The entity in the most events: its participants index range has dated and undated events.
      const counts = new Map<string, number>();
      for (const e of all)
        for (const k of new Set(eventParticipants(e))) counts.set(k, (counts.get(k) ?? 0) + 1);
      const entity = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
      filters.push({}, { type }, { source: 'a' }, { from: '2017-02', to: '2018' });
      if (entity) filters.push({ entity }, { entity, type });
    });
    afterAll(async () => {
      await store?.close();
    });

    it('reads the oldest-first order backwards, undated events last, page after page', async () => {
      let undatedSeen = 0;
      for (const filter of filters) {
        const asc = (await store.listEvents({ ...filter, limit: 500 })).items;
        const desc = await store.listEvents({ ...filter, order: 'desc', limit: 500 });
        const dated = asc.filter((e) => e.date !== null);
        const undated = asc.filter((e) => e.date === null);
        undatedSeen += undated.length;
        const label = JSON.stringify(filter);
        expect(desc.items.map(ref), label).toEqual([...dated.reverse(), ...undated.reverse()].map(ref));
        expect(desc.total, label).toBe((await store.listEvents({ ...filter, limit: 1 })).total);
        for (const limit of [1, 3]) {
          const pages: EventRecord[] = [];
          for (let offset = 0; offset <= desc.items.length; offset += limit)
            pages.push(...(await store.listEvents({ ...filter, order: 'desc', limit, offset })).items);
          expect(pages.map(ref), `${label} by ${limit}`).toEqual(desc.items.map(ref));
        }
      }
      expect(undatedSeen).toBeGreaterThan(0);
    });
  });
}
