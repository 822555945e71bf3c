/**
 * The one contract every Store implementation passes. Each implementation's test file calls
 * `storeContract` with a factory for a fresh, empty store.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { commitPrepared } from '../../src/corpus/commit.js';
import { SCHEMA_VERSION, type Store } from '../../src/corpus/store.js';
import { ASTANA_EXPO, ROUND11, ROUND11_REPRINT, ROUND13, prepare } from './fixtures.js';

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
      for (const input of [ROUND11, ASTANA_EXPO, ROUND13, ROUND11_REPRINT]) {
        await commitPrepared(store, prepare(input));
      }
    });
    afterAll(async () => {
      await store.close();
    });

    it('records the schema version', async () => {
      expect(await store.schemaVersion()).toBe(SCHEMA_VERSION);
    });

    it('stores articles with text, analysis and pipeline version', async () => {
      expect(await store.countArticles()).toBe(4);
      const a = await store.getArticle('seed-r13');
      expect(a).not.toBeNull();
      expect(a!.title).toBe(ROUND13.title);
      expect(a!.revision).toBe(1);
      expect(a!.published).toBe('2019-08-02');
      expect(a!.text.length).toBeGreaterThan(1000);
      expect((a!.analysis as { id: string }).id).toBe('seed-r13');
      expect(a!.pipeline_version).toMatch(/^[0-9a-f]{12}$/);
      expect(await store.getArticle('nope')).toBeNull();
      const list = await store.listArticles({ source: 'seed' });
      expect(list.items.map((x) => x.id)).toEqual(['seed-r13', 'seed-r11']);
      const dated = await store.listArticles({ from: '2019-01-01' });
      expect(dated.items.map((x) => x.id).sort()).toEqual(['astana-expo', 'seed-r13']);
    });

    it('is idempotent: the same content is the same article', async () => {
      const again = await commitPrepared(store, prepare(ROUND13));
      expect(again.outcome).toBe('unchanged');
      expect(await store.countArticles()).toBe(4);
    });

    it('keeps a changed article under its id as a new revision', async () => {
      const changed = { ...ROUND13, body: `${ROUND13.body}\n\nتحديث: وصف المراقبون الأجواء بالزمردية.` };
      const res = await commitPrepared(store, prepare(changed));
      expect(res.outcome).toBe('revised');
      expect(res.revision).toBe(2);
      const a = await store.getArticle('seed-r13');
      expect(a!.revisions.map((r) => r.revision)).toEqual([1, 2]);
      expect(a!.text).toContain('بالزمردية');
      expect(await store.countArticles()).toBe(4);
      const input = await store.getArticleInput('seed-r13');
      expect(input!.body).toBe(changed.body);
      const hits = await store.search({ q: 'بالزمردية' });
      expect(hits.hits.map((h) => h.article.id)).toEqual(['seed-r13']);
    });

    it('groups a near-duplicate with its original, visible on both', async () => {
      const a = await store.getArticle('seed-r11-reprint');
      expect(a!.dup_group).not.toBeNull();
      const original = await store.getArticle('seed-r11');
      expect(original!.dup_group).toBe(a!.dup_group);
      expect(a!.duplicates!.members.map((m) => m.id)).toEqual(['seed-r11', 'seed-r11-reprint']);
      expect(a!.duplicates!.members[1]!.similarity).toBeGreaterThan(0.5);
      expect((await store.getArticle('seed-r13'))!.dup_group).toBeNull();
    });

    it('puts both rounds of the talks in one story, and the Astana conference elsewhere', async () => {
      const r11 = await store.getArticle('seed-r11');
      const r13 = await store.getArticle('seed-r13');
      const expo = await store.getArticle('astana-expo');
      expect(r11!.story_id).not.toBeNull();
      expect(r13!.story_id).toBe(r11!.story_id);
      expect(expo!.story_id).not.toBe(r11!.story_id);
      const story = await store.getStory(r11!.story_id!);
      expect(story!.article_count).toBe(3);
      expect(story!.articles.map((x) => x.id).sort()).toEqual(['seed-r11', 'seed-r11-reprint', 'seed-r13']);
      expect(story!.first_date).toBe('2018-11-28');
      expect(story!.last_date).toBe('2019-08-02');
      expect(story!.summary.length).toBeGreaterThan(0);
      for (const s of story!.summary) {
        const text = (await store.getArticle(s.article_id))!.text;
        expect(text.slice(s.start, s.end)).toBe(s.text);
      }
      const dates = story!.timeline.map((t) => t.date ?? '9999');
      expect([...dates].sort()).toEqual(dates);
      // Rounds of the process, computed from the events' meeting details.
      expect(story!.rounds.map((r) => r.number)).toEqual([11, 13]);
      expect(story!.rounds[0]!.from).toBe('2018-11-28');
      expect(story!.rounds[0]!.to).toBe('2018-11-29');
      expect(story!.rounds[1]!.from).toBe('2019-08-01');
      expect(story!.rounds[1]!.to).toBe('2019-08-02');
      expect(story!.rounds[0]!.venue).toMatch(/أستانا/);
      expect(story!.rounds[1]!.venue).toMatch(/نور سلطان/);
      expect(story!.rounds[1]!.delegations.length).toBeGreaterThan(1);
      expect(story!.timeline.length).toBeGreaterThan(0);
      const stories = await store.listStories();
      expect(stories.items[0]!.id).toBe(r11!.story_id);
      expect(stories.total).toBe(2);
    });

    it('searches normalised, stemmed Arabic with BM25, snippets and highlights', async () => {
      const res = await store.search({ q: 'استانا' });
      expect(res.total).toBe(4);
      const hit = res.hits[0]!;
      expect(hit.score).toBeGreaterThan(0);
      expect(hit.highlights.length).toBeGreaterThan(0);
      for (const h of hit.highlights) expect(hit.snippet.slice(h.start, h.end)).toMatch(/[أا]ستانا/);
      const expo = await store.search({ q: 'الطاقة الشمسية' });
      expect(expo.hits.map((h) => h.article.id)).toEqual(['astana-expo']);
      const filtered = await store.search({ q: 'استانا', source: 'constructed' });
      expect(filtered.hits.map((h) => h.article.id)).toEqual(['astana-expo']);
      const dated = await store.search({ q: 'استانا', from: '2018-01-01', to: '2018-12-31' });
      expect(dated.hits.map((h) => h.article.id).sort()).toEqual(['seed-r11', 'seed-r11-reprint']);
      expect((await store.search({ q: 'كلمةغيرموجودة' })).total).toBe(0);
    });

    it('pages and reports ingest runs', async () => {
      const run = await store.createIngestRun({ inputs: ['a.txt'], pipeline_version: 'v' });
      await store.updateIngestRun(run.id, { done: 3, added: 2, status: 'done' });
      const got = await store.getIngestRun(run.id);
      expect(got!.done).toBe(3);
      expect(got!.status).toBe('done');
      expect(got!.finished_at).not.toBeNull();
      expect((await store.listIngestRuns()).items.map((r) => r.id)).toContain(run.id);
    });

    it('lists stale analyses for reanalysis', async () => {
      const a = await store.getArticle('seed-r13');
      expect(await store.staleArticles(a!.pipeline_version, 10)).toEqual([]);
      expect((await store.staleArticles('other', 10)).length).toBe(4);
    });

    it('commits a group all or nothing: one failing article leaves none of the group', async () => {
      const extra = prepare({ ...ASTANA_EXPO, id: 'expo-again', body: `${ASTANA_EXPO.body}\n\nمرة أخرى.` });
      const bad = prepare({ ...ROUND11, id: 'r11-broken' });
      // The same entity twice breaks article_entities' primary key half-way through the article.
      const broken = { ...bad, entities: [...bad.entities, bad.entities[0]!] } as typeof bad;
      const before = await store.countArticles();
      await expect(
        store.transaction(
          async (tx) => {
            await commitPrepared(tx, extra);
            // Caught here, the failure still dooms the group.
            await commitPrepared(tx, broken).catch(() => undefined);
          },
          { allOrNothing: true },
        ),
      ).rejects.toThrow();
      expect(await store.countArticles()).toBe(before);
      expect(await store.getArticle('expo-again')).toBeNull();
      expect((await store.search({ q: 'الطاقة الشمسية' })).total).toBe(1);
    });

    // Runs last: it removes articles the cases above rely on.
    it('deletes an article with its index entries, duplicate group and story membership', async () => {
      const reprint = await store.getArticle('seed-r11-reprint');
      const storyId = reprint!.story_id!;
      expect(await store.deleteArticle('seed-r11-reprint')).toBe(true);
      expect(await store.getArticle('seed-r11-reprint')).toBeNull();
      expect(await store.countArticles()).toBe(3);
      expect((await store.search({ q: 'استانا' })).hits.map((h) => h.article.id)).not.toContain(
        'seed-r11-reprint',
      );
      expect((await store.listEvents({ article: 'seed-r11-reprint' })).total).toBe(0);
      // The original is alone again: no near-duplicate group.
      expect((await store.getArticle('seed-r11'))!.dup_group).toBeNull();
      const story = await store.getStory(storyId);
      expect(story!.articles.map((x) => x.id).sort()).toEqual(['seed-r11', 'seed-r13']);
      expect(story!.article_count).toBe(2);
      expect(story!.first_date).toBe('2018-11-28');
      expect(story!.last_date).toBe('2019-08-02');
      expect(await store.deleteArticle('seed-r11-reprint')).toBe(false);

      // The only member of its story: the story goes with it.
      const expoStory = (await store.getArticle('astana-expo'))!.story_id!;
      expect(await store.deleteArticle('astana-expo')).toBe(true);
      expect((await store.search({ q: 'الطاقة الشمسية' })).total).toBe(0);
      expect(await store.getStory(expoStory)).toBeNull();
      expect((await store.listStories()).items.map((s) => s.id)).toEqual([storyId]);
      expect(await store.deleteArticle('nope')).toBe(false);
    });
  });
}
