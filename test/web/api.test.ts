import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { STORED_EVENT_COLUMNS } from '../../src/corpus/event-table.js';
import { parseCsv } from '../csv.js';
import { ResponseCache } from '../../src/api/cache.js';
import { handleError } from '../../src/api/errors.js';
import { inProcessIngest } from '../../src/api/ingest.js';
import { createFastPath } from '../../src/api/fast-path.js';
import { openApiDocument } from '../../src/api/openapi.js';
import { startServer } from '../../src/api/server.js';
import { loadStaticFiles } from '../../src/api/static.js';
import type {
  ApiArticle,
  ApiArticleLayers,
  ApiPage,
  ArticleSummary,
  EventRecord,
  IngestRun,
  SearchResult,
  StoryRecord,
} from '../../src/api/types.js';
import { toArticleJson, type ArticleJson } from '../../src/doc/article-json.js';
import { createDoc } from '../../src/doc/index.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { ARTICLE_LAYERS } from '../../src/api/params.js';
import { expectValidDoc } from '../doc-invariants.js';
import { openTestCorpus, XSS_ARTICLE, type TestCorpus } from './fixtures.js';

const TOKEN = 'test-token-123';
let corpus: TestCorpus;
let app: Hono;
let ingest: ReturnType<typeof inProcessIngest>;
let webDir: string;

async function json<T>(
  res: Response | Promise<Response>,
): Promise<{ status: number; body: T; res: Response }> {
  const r = await res;
  return { status: r.status, body: (await r.json()) as T, res: r };
}

beforeAll(async () => {
  corpus = await openTestCorpus();
  ingest = inProcessIngest(corpus.store);
  // A web root with a secret file beside it, to prove requests cannot climb out.
  const root = mkdtempSync(join(tmpdir(), 'rasd-static-'));
  webDir = join(root, 'dist');
  mkdirSync(join(webDir, 'fonts'), { recursive: true });
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><html lang="ar" dir="rtl"><body></body></html>');
  writeFileSync(join(webDir, 'app.js'), 'console.log(1)');
  writeFileSync(join(webDir, 'fonts', 'a.woff2'), 'font');
  writeFileSync(join(root, 'secret.txt'), 'TOP-SECRET');
  app = createApp({ store: corpus.store, token: TOKEN, staticFiles: loadStaticFiles(webDir), ingest });
});

afterAll(async () => {
  await ingest.idle();
  await corpus.cleanup();
});

describe('read endpoints', () => {
  it('lists articles with paging', async () => {
    const all = await json<ApiPage<ArticleSummary>>(app.request('/api/articles'));
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(3);
    const page = await json<ApiPage<ArticleSummary>>(app.request('/api/articles?limit=1&offset=1'));
    expect(page.body).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(page.body.items).toHaveLength(1);
    expect(page.body.items[0]!.id).toBe(all.body.items[1]!.id);
  });

  it('returns one article with every annotation layer', async () => {
    const { status, body } = await json<ApiArticle>(app.request('/api/articles/xss-test'));
    expect(status).toBe(200);
    expect(body.id).toBe('xss-test');
    expect(body.text).toContain('<script>');
    const doc = body.analysis;
    // Every layer but tokens, which the store leaves out (POST /api/analyze returns them).
    for (const layer of ['segments', 'sentences', 'entities', 'times', 'quantities', 'events'] as const) {
      expect(Array.isArray(doc[layer])).toBe(true);
    }
    expect(doc.text).toBe(body.text);
    expectValidDoc({ ...doc, tokens: [], raw: { title: null, body: '' } });
  });

  it('adds the token layer on request and serves only the chosen layers', async () => {
    const plain = await json<ApiArticleLayers>(app.request('/api/articles/xss-test'));
    expect(plain.body.analysis.tokens).toBeUndefined();
    const all = await json<ApiArticleLayers>(app.request('/api/articles/xss-test?layers=all'));
    expect(all.status).toBe(200);
    const { analysis } = all.body;
    // The same tokens the pipeline makes from the same article, placed after sentences as in the contract.
    const fresh = toArticleJson(
      defaultPipeline().run(createDoc({ ...XSS_ARTICLE, id: 'xss-test' }, { format: 'api' })),
    );
    expect(analysis.tokens!.length).toBeGreaterThan(10);
    expect(analysis.tokens).toEqual(fresh.tokens);
    for (const t of analysis.tokens!) expect(analysis.text.slice(t.start, t.end)).toBe(t.text);
    const keys = Object.keys(analysis);
    expect(keys.indexOf('tokens')).toBe(keys.indexOf('sentences') + 1);
    expect({ ...analysis, tokens: undefined }).toEqual({ ...plain.body.analysis, tokens: undefined });

    const some = await json<ApiArticleLayers>(app.request('/api/articles/xss-test?layers=tokens,events'));
    expect(Object.keys(some.body.analysis).filter((k) => ARTICLE_LAYERS.some((l) => l === k))).toEqual([
      'tokens',
      'events',
    ]);
    expect(some.body.analysis.text).toBe(plain.body.text);
    const bad = await json<{ error: { code: string; message: string } }>(
      app.request('/api/articles/xss-test?layers=tokens,secrets'),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('API_BAD_REQUEST');
    expect(bad.body.error.message).toContain('layers');
  });

  it('answers unknown ids and paths with a JSON 404 and a stable code', async () => {
    for (const path of [
      '/api/articles/nope',
      '/api/stories/nope',
      '/api/stories/nope/timeline',
      '/api/entities/nope',
      '/api/ingest/nope',
      '/api/nothing',
    ]) {
      const { status, body } = await json<{ error: { code: string; message: string } }>(app.request(path));
      expect(status, path).toBe(404);
      expect(body.error.code, path).toBe('API_NOT_FOUND');
      expect(body.error.message.length).toBeGreaterThan(0);
    }
  });

  it('rejects malformed query parameters with 400 API_BAD_REQUEST', async () => {
    for (const q of [
      '/api/articles?limit=abc',
      '/api/articles?limit=100000',
      '/api/events?type=PARTY',
      '/api/search?from=yesterday',
      '/api/events?format=xml',
      '/api/events?order=newest',
      '/api/entities?type=ALIEN',
    ]) {
      const { status, body } = await json<{ error: { code: string } }>(app.request(q));
      expect(status, q).toBe(400);
      expect(body.error.code, q).toBe('API_BAD_REQUEST');
    }
  });

  it('searches normalised Arabic and highlights the matches', async () => {
    const { status, body } = await json<SearchResult>(
      app.request(`/api/search?q=${encodeURIComponent('استانا')}`),
    );
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThanOrEqual(2);
    const hit = body.hits[0]!;
    expect(hit.highlights.length).toBeGreaterThan(0);
    const h = hit.highlights[0]!;
    expect(hit.snippet.slice(h.start, h.end)).toMatch(/[اأ]ستانا/);
    const none = await json<SearchResult>(
      app.request(`/api/search?q=${encodeURIComponent('استانا')}&from=2030-01-01`),
    );
    expect(none.body.total).toBe(0);
  });

  it('serves stories, a story and its timeline', async () => {
    const list = await json<ApiPage<{ id: string; article_count: number }>>(app.request('/api/stories'));
    expect(list.status).toBe(200);
    const astana = list.body.items.find((s) => s.article_count === 2);
    expect(astana).toBeDefined();
    const story = await json<StoryRecord>(app.request(`/api/stories/${astana!.id}`));
    expect(story.body.articles.map((a) => a.published).sort()).toEqual(['2018-11-28', '2019-08-02']);
    const tl = await json<{ story: string; items: StoryRecord['timeline'] }>(
      app.request(`/api/stories/${astana!.id}/timeline`),
    );
    expect(tl.body.story).toBe(astana!.id);
    expect(tl.body.items).toEqual(story.body.timeline);
    const dates = tl.body.items.map((e) => e.date ?? '');
    expect(dates).toEqual([...dates].sort());
    // Keyset pages: following `next` walks the whole timeline, each event once.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const q: string = after === null ? '' : `&after=${encodeURIComponent(after)}`;
      const page = await json<{ items: StoryRecord['timeline']; next: string | null }>(
        app.request(`/api/stories/${astana!.id}/timeline?limit=4${q}`),
      );
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(4);
      seen.push(...page.body.items.map((e) => `${e.article_id}/${e.event_id}`));
      after = page.body.next;
    } while (after !== null);
    expect(seen.sort()).toEqual(tl.body.items.map((e) => `${e.article_id}/${e.event_id}`).sort());
    const badCursor = await app.request(`/api/stories/${astana!.id}/timeline?after=nonsense`);
    expect(badCursor.status).toBe(400);
  });

  it('lists entities and serves an entity page with mentions over time and roles', async () => {
    const list = await json<ApiPage<{ key: string; article_count: number }>>(
      app.request('/api/entities?limit=5'),
    );
    expect(list.status).toBe(200);
    expect(list.body.limit).toBe(5);
    for (const e of list.body.items) {
      const one = await json<{
        key: string;
        timeline: { period: string; articles: number }[];
        roles: unknown[];
      }>(app.request(`/api/entities/${encodeURIComponent(e.key)}`));
      expect(one.status).toBe(200);
      expect(one.body.key).toBe(e.key);
      expect(one.body.timeline.reduce((n, p) => n + p.articles, 0)).toBe(e.article_count);
      expect(Array.isArray(one.body.roles)).toBe(true);
    }
  });

  it('exports events as JSON pages, CSV and GeoJSON', async () => {
    const page = await json<ApiPage<unknown>>(app.request('/api/events?limit=3'));
    expect(page.status).toBe(200);
    expect(page.body.limit).toBe(3);
    const csv = await app.request('/api/events?format=csv');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = parseCsv(await csv.text());
    expect(rows[0]).toEqual([...STORED_EVENT_COLUMNS]);
    expect(rows.length - 1).toBe(page.body.total);
    // Every row is a whole event of the documented layout, its sentence from the stored analysis.
    const col = (name: string) => STORED_EVENT_COLUMNS.indexOf(name as (typeof STORED_EVENT_COLUMNS)[number]);
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(STORED_EVENT_COLUMNS.length);
      expect(row[col('event_id')]!.startsWith(`${row[col('article_id')]}#`)).toBe(true);
      expect(row[col('event_type')]).toMatch(/^[A-Z]+$/);
      expect(row[col('sentence')]).toContain(row[col('trigger')]);
      expect(row[col('story_id')]).not.toBe('');
    }
    const geo = await app.request('/api/events?format=geojson');
    expect(geo.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const fc = (await geo.json()) as { type: string; features: { geometry: { coordinates: number[] } }[] };
    expect(fc.type).toBe('FeatureCollection');
    for (const f of fc.features) expect(f.geometry.coordinates).toHaveLength(2);
  });
});

describe('events order', () => {
  const dates = async (q: string): Promise<(string | null)[]> =>
    (await json<ApiPage<EventRecord>>(app.request(`/api/events?limit=500${q}`))).body.items.map(
      (e) => e.date,
    );
  // Dates of any precision sort as strings; undated events come last in either order.
  const isSorted = (xs: (string | null)[], dir: 1 | -1): boolean => {
    const dated = xs.filter((x): x is string => x !== null);
    const firstNull = xs.indexOf(null);
    return (
      (firstNull < 0 || xs.slice(firstNull).every((x) => x === null)) &&
      dated.every((d, i) => i === 0 || (dir === 1 ? d >= dated[i - 1]! : d <= dated[i - 1]!))
    );
  };

  it('lists newest first by default, oldest first with order=asc', async () => {
    const byDefault = await dates('');
    const desc = await dates('&order=desc');
    const asc = await dates('&order=asc');
    expect(new Set(byDefault.filter(Boolean)).size).toBeGreaterThan(1);
    expect(byDefault).toEqual(desc);
    expect(isSorted(desc, -1)).toBe(true);
    expect(isSorted(asc, 1)).toBe(true);
    expect([...asc].sort()).toEqual([...desc].sort());
    expect(desc[0]! > asc[0]!).toBe(true);
  });

  it('pages through the same order, with filters, and exports in it', async () => {
    const all = (await json<ApiPage<EventRecord>>(app.request('/api/events?limit=500&order=asc'))).body.items;
    const first = (await json<ApiPage<EventRecord>>(app.request('/api/events?limit=2&order=asc'))).body;
    const second = (await json<ApiPage<EventRecord>>(app.request('/api/events?limit=2&offset=2&order=asc')))
      .body;
    const id = (e: EventRecord): string => `${e.article_id}/${e.event_id}`;
    expect([...first.items, ...second.items].map(id)).toEqual(all.slice(0, 4).map(id));
    expect(first.total).toBe(all.length);
    const type = all[0]!.type;
    const ofType = await json<ApiPage<EventRecord>>(
      app.request(`/api/events?limit=500&type=${type}&order=desc`),
    );
    expect(ofType.body.items.every((e) => e.type === type)).toBe(true);
    expect(
      isSorted(
        ofType.body.items.map((e) => e.date),
        -1,
      ),
    ).toBe(true);
    const csv = await (await app.request('/api/events?format=csv&order=asc')).text();
    const csvDates = parseCsv(csv)
      .slice(1)
      .map((row) => row[STORED_EVENT_COLUMNS.indexOf('event_date')] || null);
    expect(csvDates).toEqual(all.map((e) => e.date));
  });

  it('orders all events and those of an entity alike, paging across dated and undated events', async () => {
    // An article without a date: its events are undated, beside the dated events of the same entities.
    const own = await openTestCorpus([
      {
        id: 'undated',
        title: 'لقاء في موسكو',
        body: 'التقى وفد روسي وفد الحكومة السورية في موسكو، وبحث الجانبان الوضع في إدلب. واتهمت تركيا النظام السوري بقصف إدلب.',
      },
    ]);
    const app = createApp({ store: own.store, token: TOKEN });
    onTestFinished(() => own.cleanup());
    const entities = (await json<ApiPage<{ key: string }>>(app.request('/api/entities?limit=40'))).body.items;
    const id = (e: EventRecord): string => `${e.article_id}/${e.event_id}`;
    let mixed = 0;
    // Every event (the date index), one type (type and date), then each entity (its participants index).
    for (const key of ['', 'type=CONSULT', ...entities.map((e) => `entity=${encodeURIComponent(e.key)}`)]) {
      const list = async (q: string): Promise<EventRecord[]> =>
        (await json<ApiPage<EventRecord>>(app.request(`/api/events?${key}${q}`))).body.items;
      const asc = await list('&limit=500&order=asc');
      const desc = await list('&limit=500&order=desc');
      if (asc.length === 0) continue;
      const dated = asc.filter((e) => e.date !== null);
      const undated = asc.filter((e) => e.date === null);
      if (dated.length && undated.length) mixed++;
      // Newest first is oldest first read backwards, dated and undated parts each; undated last.
      expect(desc.map(id), key).toEqual([...dated.reverse(), ...undated.reverse()].map(id));
      for (const limit of [1, 2, 3]) {
        const pages: EventRecord[] = [];
        for (let offset = 0; offset < desc.length + limit; offset += limit)
          pages.push(...(await list(`&limit=${limit}&offset=${offset}`)));
        expect(pages.map(id), `${key} by ${limit}`).toEqual(desc.map(id));
      }
    }
    expect(mixed).toBeGreaterThan(0);
  });

  it('is documented in /openapi.json', () => {
    const doc = openApiDocument() as {
      paths: Record<
        string,
        { get: { parameters: { name: string; schema: { enum?: string[]; default?: string } }[] } }
      >;
    };
    const order = doc.paths['/api/events']!.get.parameters.find((p) => p.name === 'order');
    expect(order?.schema.enum).toEqual(['desc', 'asc']);
    expect(order?.schema.default).toBe('desc');
  });
});

describe('analyze', () => {
  it('analyses text with the default pipeline and stores nothing', async () => {
    const before = await corpus.store.countArticles();
    const { status, body } = await json<ArticleJson>(
      app.request('/api/analyze', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          title: 'عنوان',
          body: 'انطلقت المحادثات في أستانا أمس.',
          published: '2019-08-02',
        }),
      }),
    );
    expect(status).toBe(200);
    expect(body.text).toContain('أستانا');
    expect(body.schema).toBe('rasd.article/1');
    expect(body.tokens?.length).toBeGreaterThan(3);
    expectValidDoc({ ...body, tokens: body.tokens ?? [], raw: { title: null, body: '' } });
    expect(await corpus.store.countArticles()).toBe(before);
  });

  it('rejects bodies that are not JSON, lack a body, or carry a bad date', async () => {
    const cases: [RequestInit, string][] = [
      [{ body: 'not json', headers: { 'content-type': 'application/json' } }, 'API_BAD_REQUEST'],
      [{ body: 'x', headers: { 'content-type': 'text/plain' } }, 'API_BAD_REQUEST'],
      [
        { body: JSON.stringify({ title: 'x' }), headers: { 'content-type': 'application/json' } },
        'API_BAD_REQUEST',
      ],
      [
        {
          body: JSON.stringify({ body: 'x', published: '2/8/2019' }),
          headers: { 'content-type': 'application/json' },
        },
        'INPUT_BAD_DATE',
      ],
    ];
    for (const [init, code] of cases) {
      const { status, body } = await json<{ error: { code: string } }>(
        app.request('/api/analyze', { method: 'POST', ...init }),
      );
      expect(status).toBe(400);
      expect(body.error.code).toBe(code);
    }
  });
});

describe('security', () => {
  const article = { title: 'اختبار', body: 'عقد الاجتماع في دمشق يوم الأحد.', published: '2020-02-02' };
  const post = (headers: Record<string, string>, body: unknown): Promise<Response> =>
    Promise.resolve(
      app.request('/api/ingest', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }),
    );

  it('requires the token for ingest', async () => {
    for (const headers of [
      {},
      { authorization: 'Bearer wrong' },
      { authorization: TOKEN },
      { authorization: `Basic ${TOKEN}` },
    ]) {
      const { status, body } = await json<{ error: { code: string } }>(
        post(headers, { articles: [article] }),
      );
      expect(status).toBe(401);
      expect(body.error.code).toBe('API_UNAUTHORIZED');
    }
  });

  it('ingests with the token and reports progress as an ingest run', async () => {
    const before = await corpus.store.countArticles();
    const { status, body } = await json<IngestRun>(
      post({ authorization: `Bearer ${TOKEN}` }, { articles: [article] }),
    );
    expect(status).toBe(202);
    expect(body.total).toBe(1);
    await ingest.idle();
    const run = await json<IngestRun>(app.request(`/api/ingest/${body.id}`));
    expect(run.body).toMatchObject({ status: 'done', done: 1, added: 1, failed: 0 });
    expect(await corpus.store.countArticles()).toBe(before + 1);
    const runs = await json<ApiPage<IngestRun>>(app.request('/api/ingest'));
    expect(runs.body.items.some((r) => r.id === body.id)).toBe(true);
  });

  it('refuses bodies over the size limit with 413 JSON', async () => {
    const small = createApp({ store: corpus.store, token: TOKEN, maxBodyBytes: 1000 });
    const big = JSON.stringify({ body: 'ا'.repeat(2000) });
    const { status, body } = await json<{ error: { code: string } }>(
      small.request('/api/analyze', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: big,
      }),
    );
    expect(status).toBe(413);
    expect(body.error.code).toBe('API_TOO_LARGE');
    // The default limit is 5 MB.
    const huge = JSON.stringify({ body: 'x'.repeat(5 * 1024 * 1024 + 10) });
    const res = await app.request('/api/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: huge,
    });
    expect(res.status).toBe(413);
  });

  it('can protect reads with the token', async () => {
    const locked = createApp({ store: corpus.store, token: TOKEN, protectReads: true });
    expect((await locked.request('/api/articles')).status).toBe(401);
    expect(
      (await locked.request('/api/articles', { headers: { authorization: `Bearer ${TOKEN}` } })).status,
    ).toBe(200);
  });

  it('keeps CORS off unless an origin is configured', async () => {
    const res = await app.request('/api/articles', { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const open = createApp({ store: corpus.store, token: TOKEN, cors: 'https://app.example' });
    const ok = await open.request('/api/articles', { headers: { origin: 'https://app.example' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://app.example');
  });

  it('serves the web app from memory and never climbs out of web/dist', async () => {
    const index = await app.request('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await index.text()).toContain('dir="rtl"');
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await app.request('/fonts/a.woff2')).headers.get('content-type')).toBe('font/woff2');
    for (const path of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/fonts/..%2f..%2fsecret.txt',
      '/fonts/%2e%2e/%2e%2e/secret.txt',
      '/..%5csecret.txt',
      '/%252e%252e%252fsecret.txt',
      '//etc/passwd',
      '/secret.txt',
    ]) {
      const res = await app.request(`http://localhost${path}`);
      const text = await res.text();
      expect(res.status, path).toBe(404);
      expect(text, path).not.toContain('TOP-SECRET');
      expect(JSON.parse(text)).toMatchObject({ error: { code: 'API_NOT_FOUND' } });
    }
  });

  it('maps unexpected errors to 500 INTERNAL without leaking details', async () => {
    const broken = new Hono();
    broken.onError(handleError);
    broken.get('/x', () => {
      throw new Error('db password is hunter2');
    });
    const original = console.error;
    console.error = () => undefined;
    try {
      const res = await broken.request('/x');
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(text).not.toContain('hunter2');
      expect(JSON.parse(text)).toEqual({ error: { code: 'INTERNAL', message: 'internal error' } });
    } finally {
      console.error = original;
    }
  });
});

describe('OpenAPI', () => {
  it('documents every route and only existing routes', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    const routes = new Set(
      app.routes
        .filter((r) => !r.path.includes('*') && r.method !== 'ALL')
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`)),
    );
    expect([...routes].sort()).toEqual([...documented].sort());
  });
});

describe('read cache', () => {
  it('serves repeated reads from memory and clears on ingest', async () => {
    const cache = new ResponseCache(60_000);
    const cachedIngest = inProcessIngest(corpus.store, 'cache-test', () => cache.clear());
    const cached = createApp({ store: corpus.store, token: TOKEN, cache, ingest: cachedIngest });
    const first = await json<ApiPage<ArticleSummary>>(cached.request('/api/articles'));
    expect(cache.size).toBe(1);
    const again = await json<ApiPage<ArticleSummary>>(cached.request('/api/articles'));
    expect(again.body).toEqual(first.body);
    expect(again.res.headers.get('content-type')).toMatch(/^application\/json/);
    // Ingest progress is never cached; errors are never cached.
    await cached.request('/api/ingest');
    await cached.request('/api/articles/nope');
    expect(cache.size).toBe(1);
    await cached.request('/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ articles: [{ title: 'جديد', body: 'وصل الوفد إلى عمان صباح الاثنين.' }] }),
    });
    await cachedIngest.idle();
    expect(cache.size).toBe(0);
    const after = await json<ApiPage<ArticleSummary>>(cached.request('/api/articles'));
    expect(after.body.total).toBe(first.body.total + 1);
  });

  it('expires entries and evicts the least recently used beyond its budget', () => {
    const cache = new ResponseCache(1000, 1100, 600);
    const body = new Uint8Array(300);
    cache.set('a', body, [], 0);
    cache.set('b', body, [], 0);
    expect(cache.get('a', 10)).toBeDefined();
    cache.set('c', body, [], 0);
    expect(cache.get('b', 10)).toBeUndefined();
    expect(cache.get('a', 10)).toBeDefined();
    expect(cache.get('a', 2000)).toBeUndefined();
    cache.set('big', new Uint8Array(700), [], 0);
    expect(cache.get('big', 0)).toBeUndefined();
  });
});

describe('cached responses', () => {
  it('carry an ETag (304 when the client holds it) and gzip when accepted', async () => {
    const cached = createApp({ store: corpus.store, token: TOKEN, cache: new ResponseCache(60_000) });
    const first = await cached.request('/api/stories');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    const body = await first.text();
    const again = await cached.request('/api/stories', { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const zipped = await cached.request('/api/stories', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toBe('accept-encoding');
    expect(gunzipSync(new Uint8Array(await zipped.arrayBuffer())).toString('utf8')).toBe(body);
    const refused = await cached.request('/api/stories', { headers: { 'accept-encoding': 'gzip;q=0' } });
    expect(refused.headers.get('content-encoding')).toBeNull();
    expect(await refused.text()).toBe(body);
  });

  it('compute concurrent misses once and never keep an answer that predates a clear', async () => {
    const cache = new ResponseCache(60_000);
    let computed = 0;
    const compute = async () => {
      computed++;
      await new Promise((r) => setTimeout(r, 10));
      return { body: new TextEncoder().encode(`v${computed}`), headers: [] as [string, string][] };
    };
    const answers = await Promise.all(Array.from({ length: 50 }, () => cache.fill('/k', compute)));
    expect(computed).toBe(1);
    expect(new Set(answers).size).toBe(1);
    expect(cache.get('/k')).toBe(answers[0]);
    // A clear while a computation runs: the callers get its answer, the cache does not keep it.
    cache.clear();
    const during = cache.fill('/k', compute);
    cache.clear();
    expect(new TextDecoder().decode((await during)!.body)).toBe('v2');
    expect(cache.size).toBe(0);
    expect(await cache.fill('/k', () => Promise.resolve(null))).toBeNull();
  });

  it('let the fast path answer with an expired entry while one request refreshes it, briefly', () => {
    const cache = new ResponseCache(1000, 1 << 20, 1 << 20, 1000);
    const entry = cache.set('/k', new Uint8Array(3), [], 0);
    expect(cache.serve('/k', 500)).toBe(entry);
    expect(cache.get('/k', 1500)).toBeUndefined();
    expect(cache.serve('/k', 1500)).toBeUndefined(); // this request goes to the app to refresh
    expect(cache.serve('/k', 1600)).toBe(entry); // the others get the stale answer meanwhile
    expect(cache.serve('/k', 2000)).toBeUndefined(); // never beyond staleMs after expiry
    const fresh = cache.set('/k', new Uint8Array(4), [], 2000);
    expect(cache.serve('/k', 2100)).toBe(fresh);
  });
});

describe('server fast path', () => {
  function fakeExchange(
    url: string,
    headers: Record<string, string> = {},
    method = 'GET',
  ): {
    req: IncomingMessage;
    res: ServerResponse;
    sent: { status?: number; headers?: OutgoingHttpHeaders; body?: Uint8Array };
  } {
    const sent: { status?: number; headers?: OutgoingHttpHeaders; body?: Uint8Array } = {};
    const req = { method, url, headers } as unknown as IncomingMessage;
    const res = {
      writeHead(status: number, h: OutgoingHttpHeaders) {
        sent.status = status;
        sent.headers = h;
      },
      end(body?: Uint8Array) {
        if (body) sent.body = body;
      },
    } as unknown as ServerResponse;
    return { req, res, sent };
  }

  it('answers cached reads and web files from memory and leaves everything else to the app', () => {
    const cache = new ResponseCache(60_000);
    const entry = cache.set('/api/articles?limit=1', new TextEncoder().encode('{"a":1}'), [
      ['content-type', 'application/json'],
    ]);
    const fast = createFastPath({
      cache,
      staticFiles: loadStaticFiles(webDir),
      protectReads: null,
      cors: false,
    });
    const hit = fakeExchange('/api/articles?limit=1');
    expect(fast(hit.req, hit.res)).toBe(true);
    expect(hit.sent.status).toBe(200);
    expect(new TextDecoder().decode(hit.sent.body)).toBe('{"a":1}');
    expect(hit.sent.headers).toMatchObject({
      'content-type': 'application/json',
      etag: entry.etag,
      'content-length': 7,
      'x-frame-options': 'DENY',
    });
    expect(hit.sent.headers!['content-security-policy']).toContain("script-src 'self'");
    const fresh = fakeExchange('/api/articles?limit=1', { 'if-none-match': entry.etag });
    expect(fast(fresh.req, fresh.res)).toBe(true);
    expect(fresh.sent.status).toBe(304);
    const index = fakeExchange('/');
    expect(fast(index.req, index.res)).toBe(true);
    expect(index.sent.headers!['content-type']).toMatch(/^text\/html/);
    for (const [url, method] of [
      ['/api/articles?limit=2', 'GET'], // not cached yet
      ['/api/articles?limit=1', 'HEAD'],
      ['/api/articles?limit=1', 'POST'],
      ['/api/ingest', 'GET'], // never cached
      ['/../secret.txt', 'GET'],
      ['/missing.js', 'GET'],
    ] as const) {
      const other = fakeExchange(url, {}, method);
      expect(fast(other.req, other.res), `${method} ${url}`).toBe(false);
      expect(other.sent.status).toBeUndefined();
    }
  });

  it('sends protected reads and CORS requests to the app, which checks and answers them', () => {
    const cache = new ResponseCache(60_000);
    cache.set('/api/stories', new TextEncoder().encode('[]'), []);
    const locked = createFastPath({ cache, staticFiles: null, protectReads: { token: TOKEN }, cors: false });
    for (const authorization of [undefined, 'Bearer wrong', TOKEN]) {
      const x = fakeExchange('/api/stories', authorization ? { authorization } : {});
      expect(locked(x.req, x.res), String(authorization)).toBe(false);
    }
    const ok = fakeExchange('/api/stories', { authorization: `Bearer ${TOKEN}` });
    expect(locked(ok.req, ok.res)).toBe(true);
    const open = createFastPath({ cache, staticFiles: null, protectReads: null, cors: true });
    const cross = fakeExchange('/api/stories', { origin: 'https://app.example' });
    expect(open(cross.req, cross.res)).toBe(false);
    const same = fakeExchange('/api/stories');
    expect(open(same.req, same.res)).toBe(true);
  });

  it('serves the same answers over HTTP from the app and then from the fast path', async () => {
    const server = await startServer({
      store: corpus.store,
      db: corpus.db,
      port: 0,
      token: TOKEN,
      webDist: webDir,
    });
    try {
      const url = new URL('/api/articles/xss-test?layers=all', server.url);
      const first = await fetch(url);
      const second = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
      expect(first.status).toBe(200);
      expect(second.headers.get('content-encoding')).toBe('gzip');
      expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
      for (const name of ['content-type', 'content-security-policy', 'x-content-type-options']) {
        expect(second.headers.get(name), name).toBe(first.headers.get(name));
      }
      expect(await second.json()).toEqual(await first.json());
      const index = await fetch(server.url);
      expect(await index.text()).toContain('dir="rtl"');
      const denied = await fetch(new URL('/api/ingest', server.url), { method: 'POST' });
      expect(denied.status).toBe(401);
    } finally {
      await server.close();
    }
  });
});

describe('delete', () => {
  it('deletes an article with the token (204), then answers 404; refuses without the token (401)', async () => {
    const cache = new ResponseCache(60_000);
    const own = inProcessIngest(corpus.store, 'delete-test', () => cache.clear());
    const writable = createApp({ store: corpus.store, token: TOKEN, cache, ingest: own });
    await own.start([{ id: 'to-delete', title: 'للحذف', body: 'وصل الوفد إلى بيروت مساء الخميس.' }]);
    await own.idle();
    const del = (headers: Record<string, string>): Promise<Response> =>
      Promise.resolve(writable.request('/api/articles/to-delete', { method: 'DELETE', headers }));

    for (const headers of [{}, { authorization: 'Bearer wrong' }]) {
      const { status, body } = await json<{ error: { code: string } }>(del(headers));
      expect(status).toBe(401);
      expect(body.error.code).toBe('API_UNAUTHORIZED');
    }
    expect((await writable.request('/api/articles/to-delete')).status).toBe(200);
    expect(cache.size).toBe(1);

    const ok = await del({ authorization: `Bearer ${TOKEN}` });
    expect(ok.status).toBe(204);
    expect(await ok.text()).toBe('');
    // The read cache is cleared: the article is gone at once.
    expect(cache.size).toBe(0);
    const gone = await json<{ error: { code: string } }>(writable.request('/api/articles/to-delete'));
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe('API_NOT_FOUND');

    const again = await json<{ error: { code: string } }>(del({ authorization: `Bearer ${TOKEN}` }));
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('API_NOT_FOUND');
  });
});

describe('merged stories', () => {
  it('answers the id of a merged story with the story that holds its articles, and says where it lives', async () => {
    const own = await openTestCorpus();
    onTestFinished(() => own.cleanup());
    const ids = (await own.store.listStories({ limit: 2 })).items.map((s) => s.id);
    expect(ids.length).toBe(2);
    const [into, from] = ids as [string, string];
    expect(await own.store.mergeStories(from, into)).toBe(true);
    const merged = createApp({ store: own.store, token: TOKEN });
    const story = await json<StoryRecord>(merged.request(`/api/stories/${from}`));
    expect(story.status).toBe(200);
    expect(story.body.id).toBe(into);
    expect(story.res.headers.get('content-location')).toBe(`/api/stories/${into}`);
    const direct = await merged.request(`/api/stories/${into}`);
    expect(direct.headers.get('content-location')).toBeNull();
    const tl = await json<{ story: string }>(merged.request(`/api/stories/${from}/timeline`));
    expect(tl.body.story).toBe(into);
  });
});
