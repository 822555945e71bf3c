/**
 * Merging stories (twin stories folded into one, see stories.ts): the same behaviour from every store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitPrepared, decideArticle } from '../../src/corpus/commit.js';
import { articleFeatures } from '../../src/corpus/stories.js';
import type { Store } from '../../src/corpus/store.js';
import { ASTANA_EXPO, ROUND11, ROUND13, prepare } from './fixtures.js';

const RAIN = {
  id: 'rain',
  title: 'أمطار غزيرة في ولايات الشمال',
  body:
    'شهدت ولايات الشمال أمطارا غزيرة منذ الصباح تسببت في ارتفاع منسوب الأودية وانقطاع عدد من الطرقات.\n\n' +
    'ودعت مصالح الحماية المدنية المواطنين إلى الحذر وتجنب عبور الأودية.',
  published: '2019-09-01',
  source: 'constructed',
};

export function storyMergeContract(name: string, open: () => Promise<Store>): void {
  describe(`Story merge contract: ${name}`, () => {
    let store: Store;
    let rounds: string;
    let expo: string;
    beforeAll(async () => {
      store = await open();
      for (const input of [ROUND11, ASTANA_EXPO, ROUND13]) await commitPrepared(store, prepare(input));
      rounds = (await store.articleState('seed-r11'))!.story_id!;
      expo = (await store.articleState('astana-expo'))!.story_id!;
    });
    afterAll(async () => {
      await store.close();
    });

    it('folds one story into another: members, events, counters, dates, features', async () => {
      expect(rounds).not.toBe(expo);
      const before = await store.getStory(rounds);
      const expoBefore = await store.getStory(expo);
      const expoEvents = (await store.listEvents({ story: expo, limit: 200 })).total;
      const roundEvents = (await store.listEvents({ story: rounds, limit: 200 })).total;
      const probe = Object.keys(await articleFeatures(store, prepare(ASTANA_EXPO)));
      expect((await store.storyCandidates(probe, { since: null, limit: 20 })).map((c) => c.id)).toContain(
        expo,
      );
      expect(await store.mergeStories(expo, rounds)).toBe(true);

      expect((await store.articleState('astana-expo'))!.story_id).toBe(rounds);
      const after = (await store.getStory(rounds))!;
      expect(after.id).toBe(rounds);
      expect(after.article_count).toBe(3);
      expect(after.articles.map((a) => a.id).sort()).toEqual(['astana-expo', 'seed-r11', 'seed-r13']);
      expect(after.first_date).toBe('2018-11-28');
      expect(after.last_date).toBe('2019-08-02');
      // The timeline and the rounds are read from the re-pointed events.
      expect((await store.listEvents({ story: rounds, limit: 200 })).total).toBe(expoEvents + roundEvents);
      // A filter by the merged id follows it to the survivor.
      expect((await store.listEvents({ story: expo, limit: 200 })).total).toBe(expoEvents + roundEvents);
      expect(after.rounds.map((r) => r.number)).toEqual(before!.rounds.map((r) => r.number));
      expect(after.timeline.some((t) => t.article_id === 'astana-expo')).toBe(expoEvents > 0);
      // Entity counters add up: an entity of both stories counts the members of both.
      for (const e of after.key_entities) {
        const x = before!.key_entities.find((k) => k.key === e.key)?.count ?? 0;
        const y = expoBefore!.key_entities.find((k) => k.key === e.key)?.count ?? 0;
        if (x + y > 0 && x > 0 && y > 0) expect(e.count).toBe(x + y);
      }
      const listed = await store.listStories();
      expect(listed.total).toBe(1);
      expect(listed.items.map((s) => s.id)).toEqual([rounds]);
      // Candidates come from the survivor's features only.
      const found = await store.storyCandidates(probe, { since: null, limit: 20 });
      expect(found.map((c) => c.id)).toContain(rounds);
      expect(found.map((c) => c.id)).not.toContain(expo);
      expect(found.find((c) => c.id === rounds)!.article_count).toBe(3);
    });

    it('keeps the merged id resolvable: it names the story that holds its articles now', async () => {
      expect(await store.resolveStory(expo)).toBe(rounds);
      expect(await store.resolveStory(rounds)).toBe(rounds);
      expect(await store.resolveStory('no-such-story')).toBeNull();
      expect((await store.getStory(expo))!.id).toBe(rounds);
      const page = (await store.storyTimeline(expo, { limit: 5 }))!;
      expect(page.story).toBe(rounds);
      expect(page.items).toEqual((await store.storyTimeline(rounds, { limit: 5 }))!.items);
      // List and search filters by the merged id read the survivor's articles.
      const ids = (p: { items: { id: string }[] }) => p.items.map((a) => a.id).sort();
      expect(ids(await store.listArticles({ story: expo }))).toEqual(['astana-expo', 'seed-r11', 'seed-r13']);
      const hits = await store.search({ q: 'أستانا', story: expo });
      expect(hits.total).toBe((await store.search({ q: 'أستانا', story: rounds })).total);
      expect(hits.total).toBeGreaterThan(0);
      expect((await store.listArticles({ story: 'no-such-story' })).total).toBe(0);
    });

    it('refuses a merge of a story with itself or with a story that is gone', async () => {
      expect(await store.mergeStories(rounds, rounds)).toBe(false);
      expect(await store.mergeStories(expo, rounds)).toBe(false);
      expect(await store.mergeStories('no-such-story', rounds)).toBe(false);
    });

    it('merges inside an article commit, and aliases follow a later merge', async () => {
      // A new story of its own, then an article that joins it and folds the rounds story in.
      const decided = await decideArticle(store, prepare(RAIN));
      if (!('bundle' in decided)) throw new Error('expected a bundle');
      const rain = (await store.commitArticle({ ...decided.bundle, story: null })).story_id!;
      const second = await decideArticle(
        store,
        prepare({ ...RAIN, id: 'rain-2', body: `${RAIN.body} وتتواصل الأمطار.` }),
      );
      if (!('bundle' in second)) throw new Error('expected a bundle');
      const res = await store.commitArticle({
        ...second.bundle,
        dup_of: null,
        story: rain,
        story_merge: rounds,
      });
      expect(res.story_id).toBe(rain);
      const merged = (await store.getStory(rain))!;
      expect(merged.article_count).toBe(5);
      expect(await store.resolveStory(rounds)).toBe(rain);
      // The first merged id follows too (one hop, not a chain).
      expect(await store.resolveStory(expo)).toBe(rain);
      expect((await store.getStory(expo))!.id).toBe(rain);
      expect((await store.listStories()).total).toBe(1);
      // Deleting members afterwards keeps the survivor consistent.
      expect(await store.deleteArticle('astana-expo')).toBe(true);
      expect((await store.getStory(rain))!.article_count).toBe(4);
    });
  });
}
