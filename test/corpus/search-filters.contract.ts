/**
 * Search filters, for every Store: a filtered search finds exactly the unfiltered search's hits that
 * the plain listing filters (listArticles, listEvents) keep — a simple reference that reads the
 * article rows, against the search path (in SQLite, facets inside the full-text index).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleInput, EventType } from '../../src/doc/index.js';
import { commitPrepared } from '../../src/corpus/commit.js';
import type { SearchQuery, Store } from '../../src/corpus/store.js';
import { prepare } from './fixtures.js';

export const SENTENCES = [
  'التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي في موسكو لبحث الأزمة السورية.',
  'تظاهر مئات العمال أمام مقر الولاية في قفصة للمطالبة بالتشغيل.',
  'اعتقلت قوات الأمن التونسية ثلاثة أشخاص يشتبه في انتمائهم إلى خلية إرهابية في القصرين.',
  'وقعت تونس والاتحاد الأوروبي اتفاقية لتمويل مشاريع الطاقة المتجددة.',
  'أعلنت وزارة الصحة عن حملة تلقيح وطنية في المدارس.',
  'قصفت الطائرات مواقع للمسلحين قرب مدينة إدلب في شمال سوريا.',
];
export const SOURCES = ['a', 'b', 'وكالة الأنباء'];
const DATES = [
  '2017-01-31',
  '2017-02-01',
  '2017-12-31',
  '2018-01-01',
  '2018-03-05T10:00:00Z',
  '2018-06-15',
  '2019-02-28',
  null,
];

/** Twelve short articles: every source, date and sentence mix appears. */
export const CORPUS: ArticleInput[] = Array.from({ length: 12 }, (_, i) => ({
  id: `filter-${i}`,
  title: SENTENCES[i % SENTENCES.length]!.split(' ').slice(0, 5).join(' '),
  body: [SENTENCES[i % SENTENCES.length]!, SENTENCES[(i * 5 + 1) % SENTENCES.length]!].join('\n\n'),
  published: DATES[i % DATES.length]!,
  source: SOURCES[i % SOURCES.length]!,
}));

export const BOUNDS = [
  '2017',
  '2017-02',
  '2017-01-31',
  '2017-12-31',
  '2018',
  '2018-03-05',
  '2018-06',
  '2019-02-28',
  '2020',
];

export function searchFilterContract(name: string, open: () => Promise<Store>): void {
  describe(`Search filters: ${name}`, () => {
    let store: Store;
    let entities: string[] = [];
    let types: EventType[] = [];
    beforeAll(async () => {
      store = await open();
      for (const a of CORPUS) await commitPrepared(store, prepare(a));
      entities = (await store.listEntities({ limit: 200 })).items.map((e) => e.key);
      types = [...new Set((await store.listEvents({ limit: 500 })).items.map((e) => e.type))];
    });
    afterAll(async () => {
      await store.close();
    });

    const ids = async (q: SearchQuery): Promise<string[]> =>
      (await store.search({ ...q, limit: 100 })).hits.map((h) => h.article.id).sort();

    it('finds exactly the unfiltered hits that the listings keep, for any mix of filters', async () => {
      expect(entities.length).toBeGreaterThan(3);
      expect(types.length).toBeGreaterThan(1);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('', 'الخارجية', 'تونس', 'العمال', 'في'),
          fc.option(fc.constantFrom(...SOURCES, 'غير موجود'), { nil: undefined }),
          fc.option(fc.constantFrom(...BOUNDS), { nil: undefined }),
          fc.option(fc.constantFrom(...BOUNDS), { nil: undefined }),
          fc.option(fc.constantFrom(...entities), { nil: undefined }),
          fc.option(fc.constantFrom(...types, 'SANCTION' as EventType), { nil: undefined }),
          async (q, source, from, to, entity, event_type) => {
            const filter = { source, from, to, entity, event_type };
            const defined = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
            const got = await ids({ q, ...defined });
            const { event_type: _type, ...articleFilter } = defined;
            const listed = new Set(
              (await store.listArticles({ ...articleFilter, limit: 100 })).items.map((a) => a.id),
            );
            const withType =
              event_type === undefined
                ? null
                : new Set(
                    (await store.listEvents({ type: event_type, limit: 500 })).items.map((e) => e.article_id),
                  );
            const all =
              q === '' ? (await store.listArticles({ limit: 100 })).items.map((a) => a.id) : await ids({ q });
            const want = all.filter((id) => listed.has(id) && (withType === null || withType.has(id))).sort();
            expect(got).toEqual(want);
          },
        ),
        { numRuns: 80, seed: 7 },
      );
    });

    const eventTotalsMatchListings = async (): Promise<void> => {
      const all = await store.listEvents({ limit: 500 });
      expect(all.total).toBe(all.items.length);
      for (const type of types) {
        const page = await store.listEvents({ type, limit: 500 });
        expect(page.total).toBe(all.items.filter((e) => e.type === type).length);
      }
    };

    it('counts events (all, and by type) exactly, after revisions and deletions too', async () => {
      await eventTotalsMatchListings();
      const first = CORPUS[0]!;
      await commitPrepared(store, prepare({ ...first, body: `${first.body}\n\n${SENTENCES[5]!}` }));
      await eventTotalsMatchListings();
      expect(await store.deleteArticle('filter-1')).toBe(true);
      await eventTotalsMatchListings();
    });

    it('lists an entity’s articles newest first, with its article count as total', async () => {
      for (const entity of entities.slice(0, 8)) {
        const page = await store.listArticles({ entity, limit: 100 });
        const dates = page.items.map((a) => a.published ?? '');
        expect(dates).toEqual([...dates].sort().reverse());
        expect(page.total).toBe(page.items.length);
        expect(page.items.map((a) => a.id).sort()).toEqual(await ids({ q: '', entity }));
        const bySource = await store.listArticles({ entity, source: SOURCES[0]!, limit: 100 });
        expect(bySource.total).toBe(page.items.filter((a) => a.source === SOURCES[0]).length);
        const detail = await store.getEntity(entity);
        expect(detail!.articles.map((a) => a.id)).toEqual(page.items.slice(0, 20).map((a) => a.id));
      }
    });

    it('reads YYYY and YYYY-MM bounds as whole periods, timestamps within their day', async () => {
      expect(await ids({ q: '', to: '2017' })).toEqual(await ids({ q: '', to: '2017-12-31' }));
      expect((await ids({ q: '', from: '2018-03-05', to: '2018-03-05' })).length).toBe(
        CORPUS.filter((a) => a.published?.startsWith('2018-03-05')).length,
      );
      expect(await ids({ q: 'تونس', from: '2017-02', to: '2017-02' })).toEqual(
        await ids({ q: 'تونس', from: '2017-02-01', to: '2017-02-28' }),
      );
      expect(await ids({ q: 'تونس', from: '2019', to: '2017' })).toEqual([]);
    });
  });
}
