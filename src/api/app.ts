/**
 * The rasd HTTP API and web app in one Hono application. Reads come from the corpus store; analyze
 * runs the default pipeline without storing; ingest hands articles to the corpus layer.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { EntityDetail, EventFilter, EventRecord, IngestRun, Store } from '../corpus/store.js';
import { createDoc, RasdError, type ArticleInput, type Doc, type Pass, type Token } from '../doc/index.js';
import { defaultPipeline } from '../pipeline/default.js';
import { loadLexicon } from '../text/lexicon.js';
import { createTokenizePass } from '../text/passes/tokenize.js';
import { entityKey } from '../corpus/prepare.js';
import { decodeTimelineCursor } from '../corpus/story-view.js';
import { encodedBody, etagMatches, type CachedResponse, type ResponseCache } from './cache.js';
import { CACHEABLE, SECURITY_HEADERS } from './headers.js';
import { errorBody, handleError } from './errors.js';
import { toArticleJson } from '../doc/article-json.js';
import { eventsToGeoJson } from './export.js';
import { csvHeader, STORED_EVENT_COLUMNS, storedCsvLine, storedEventRows } from '../corpus/event-table.js';
import { openApiDocument } from './openapi.js';
import {
  ARTICLE_LAYERS,
  date,
  defined,
  ENTITY_TYPES,
  EVENT_TYPES,
  int,
  layers,
  oneOf,
  paging,
  str,
  type ArticleLayer,
} from './params.js';
import type { StaticFiles } from './static.js';
import type { ApiArticleLayers, ApiEntityExtras, ApiTimeline } from './types.js';
import type { ArticleRecord } from '../corpus/store.js';

/** Starts an ingest of articles in the background; progress is recorded as the store's ingest run. */
export interface IngestService {
  start(articles: ArticleInput[]): Promise<IngestRun>;
}

export interface AppOptions {
  store: Store;
  /** Required as `Authorization: Bearer <token>` by write endpoints (and reads when protectReads). */
  token: string;
  protectReads?: boolean;
  /** Origin allowed by CORS; CORS is off when absent. */
  cors?: string | null;
  /** Largest accepted request body in bytes (default 5 MB). */
  maxBodyBytes?: number;
  /** The web app's files; the API alone when absent. */
  staticFiles?: StaticFiles | null;
  ingest?: IngestService | null;
  /** Most articles accepted by one ingest request. */
  maxIngestArticles?: number;
  /** Cache of read responses (cleared by ingests); none when absent. */
  cache?: ResponseCache | null;
}

export const DEFAULT_MAX_BODY = 5 * 1024 * 1024;

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

function requireToken(token: string): MiddlewareHandler {
  const expected = digest(token);
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    // Compare digests in constant time: the token's length and prefix do not leak.
    if (!m?.[1] || !timingSafeEqual(digest(m[1]), expected)) {
      throw new RasdError('API_UNAUTHORIZED', 'this endpoint needs a valid token (Authorization: Bearer …)');
    }
    await next();
  };
}

async function jsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new RasdError('API_BAD_REQUEST', 'the request body must be JSON (content-type: application/json)');
  }
  try {
    return await c.req.json();
  } catch (e) {
    if (e instanceof RasdError) throw e;
    throw new RasdError('API_BAD_REQUEST', 'the request body is not valid JSON');
  }
}

function optString(o: Record<string, unknown>, key: string, where: string): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new RasdError('API_BAD_REQUEST', `${where}: "${key}" must be a string`);
  return v;
}

/** Validates one article of a request body into an ArticleInput. */
export function parseArticle(value: unknown, where: string): ArticleInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RasdError('API_BAD_REQUEST', `${where} must be an object with a "body"`);
  }
  const o = value as Record<string, unknown>;
  const body = optString(o, 'body', where) ?? optString(o, 'text', where);
  if (body === undefined || body.trim() === '') {
    throw new RasdError('API_BAD_REQUEST', `${where} needs a non-empty "body"`);
  }
  const published = optString(o, 'published', where);
  if (published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
    throw new RasdError('INPUT_BAD_DATE', `${where}: "published" must be YYYY-MM-DD`);
  }
  return {
    body,
    id: optString(o, 'id', where),
    title: optString(o, 'title', where) ?? null,
    published: published ?? null,
    source: optString(o, 'source', where) ?? null,
    url: optString(o, 'url', where) ?? null,
  };
}

async function entityExtras(store: Store, key: string): Promise<ApiEntityExtras> {
  const articles = await store.listArticles({ entity: key, limit: 500 });
  const months = new Map<string, number>();
  for (const a of articles.items) {
    const m = a.published?.slice(0, 7);
    if (m) months.set(m, (months.get(m) ?? 0) + 1);
  }
  // Roles live in the analyses: read the most recent articles (bounded work per request).
  const roles = new Map<string, number>();
  for (const a of articles.items.slice(0, 25)) {
    const rec = await store.getArticle(a.id);
    const doc = rec?.analysis as Doc | undefined;
    for (const e of doc?.entities ?? []) {
      if (entityKey(e) !== key) continue;
      for (const r of e.roles) roles.set(r.role, (roles.get(r.role) ?? 0) + 1);
    }
  }
  return {
    timeline: [...months]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, n]) => ({ period, articles: n })),
    roles: [...roles].sort((a, b) => b[1] - a[1]).map(([role, count]) => ({ role, count })),
  };
}

function eventFilter(c: Context): EventFilter {
  return defined({
    type: oneOf(c, 'type', EVENT_TYPES),
    entity: str(c, 'entity'),
    story: str(c, 'story'),
    article: str(c, 'article'),
    source: str(c, 'source'),
    from: date(c, 'from'),
    to: date(c, 'to'),
    // Newest first unless asked otherwise: what an analyst reading the news looks at first.
    order: oneOf(c, 'order', ['asc', 'desc'] as const) ?? 'desc',
  });
}

const EXPORT_MAX = 100_000;

async function allEvents(store: Store, filter: EventFilter): Promise<EventRecord[]> {
  const out: EventRecord[] = [];
  for (let offset = 0; out.length < EXPORT_MAX; offset += 500) {
    const page = await store.listEvents({ ...filter, limit: 500, offset });
    out.push(...page.items);
    if (page.items.length < 500) break;
  }
  return out;
}

/** A cached read as a Response: 304 when the client holds it, gzip when accepted and worth it. */
function cachedResponse(
  entry: CachedResponse,
  ifNoneMatch: string | undefined,
  acceptEncoding: string | undefined,
): Response {
  const headers = new Headers(entry.headers);
  headers.set('etag', entry.etag);
  headers.set('vary', 'accept-encoding');
  if (etagMatches(ifNoneMatch, entry.etag)) return new Response(null, { status: 304, headers });
  const { body, gzip } = encodedBody(entry, acceptEncoding);
  if (gzip) headers.set('content-encoding', 'gzip');
  return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers });
}

let tokenizer: Pass | undefined;

/**
 * The token layer of a stored article. The store leaves tokens out (they are the bulk of an analysis
 * and follow from the text alone), so they are made again from the stored cleaned text by the
 * tokenizer of the running pipeline: the same tokens the analysis saw when the versions agree.
 */
function tokensOf(record: ArticleRecord): Token[] {
  tokenizer ??= createTokenizePass(loadLexicon());
  const doc = createDoc({ id: record.id, body: record.text });
  doc.text = record.text;
  tokenizer.run(doc);
  return doc.tokens;
}

/** Keys of the article contract that come after the token layer. */
const AFTER_TOKENS = new Set(['entities', 'times', 'quantities', 'events', 'diagnostics', 'provenance']);

/** The record with its analysis reduced to the chosen layers, tokens made when chosen. */
function withLayers(record: ArticleRecord, chosen: ReadonlySet<ArticleLayer>): ApiArticleLayers {
  const analysis = record.analysis as unknown as Record<string, unknown>;
  let tokens = chosen.has('tokens') ? tokensOf(record) : null;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(analysis)) {
    const layer = ARTICLE_LAYERS.find((l) => l === key);
    if (key === 'tokens' || (layer && !chosen.has(layer))) continue;
    // Keep the contract's key order: tokens right after sentences.
    if (tokens && AFTER_TOKENS.has(key)) {
      out.tokens = tokens;
      tokens = null;
    }
    out[key] = value;
  }
  if (tokens) out.tokens = tokens;
  return { ...record, analysis: out as ApiArticleLayers['analysis'] };
}

export function createApp(opts: AppOptions): Hono {
  const { store } = opts;
  const app = new Hono();
  const auth = requireToken(opts.token);
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const maxIngest = opts.maxIngestArticles ?? 1000;

  app.onError(handleError);
  app.notFound((c) =>
    c.json(errorBody('API_NOT_FOUND', `no such resource: ${c.req.method} ${c.req.path}`), 404),
  );

  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of SECURITY_HEADERS) c.header(name, value);
  });
  if (opts.cors)
    app.use('/api/*', cors({ origin: opts.cors, allowHeaders: ['authorization', 'content-type'] }));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBody,
      onError: () => {
        throw new RasdError('API_TOO_LARGE', `the request body exceeds ${maxBody} bytes`);
      },
    }),
  );
  if (opts.protectReads) app.use('/api/*', auth);
  const cache = opts.cache;
  if (cache) {
    app.use('/api/*', async (c, next) => {
      if (c.req.method !== 'GET' || !CACHEABLE.test(c.req.path)) return next();
      const url = new URL(c.req.url);
      // Path and query only, as the server's fast path sees them (src/api/fast-path.ts).
      const entry = await cache.fill(url.pathname + url.search, async () => {
        await next();
        if (c.res.status !== 200) return null;
        const body = new Uint8Array(await c.res.clone().arrayBuffer());
        const headers: [string, string][] = [];
        c.res.headers.forEach((value, name) => {
          if (name !== 'content-length') headers.push([name, value]);
        });
        return { body, headers };
      });
      if (entry)
        c.res = cachedResponse(entry, c.req.header('if-none-match'), c.req.header('accept-encoding'));
      else if (!c.finalized) await next();
    });
  }

  app.get('/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/api/health', async (c) =>
    c.json({
      ok: true,
      store: store.kind,
      articles: await store.countArticles(),
      pipeline: defaultPipeline().version,
    }),
  );

  app.get('/api/articles', async (c) => {
    const page = paging(c);
    const result = await store.listArticles(
      defined({
        ...page,
        source: str(c, 'source'),
        from: date(c, 'from'),
        to: date(c, 'to'),
        story: str(c, 'story'),
        entity: str(c, 'entity'),
      }),
    );
    return c.json({ ...result, ...page });
  });

  app.get('/api/articles/:id', async (c) => {
    const id = c.req.param('id');
    const rev = str(c, 'revision');
    const record = await store.getArticle(
      id,
      rev === undefined ? {} : { revision: int(c, 'revision', 1, 1, 1e9) },
    );
    if (!record) throw new RasdError('API_NOT_FOUND', `no article with id "${id}"`, { subject: id });
    return c.json(withLayers(record, layers(c)));
  });

  app.delete('/api/articles/:id', auth, async (c) => {
    const id = c.req.param('id');
    if (!(await store.deleteArticle(id))) {
      throw new RasdError('API_NOT_FOUND', `no article with id "${id}"`, { subject: id });
    }
    opts.cache?.clear();
    return c.body(null, 204);
  });

  app.post('/api/analyze', async (c) => {
    const input = parseArticle(await jsonBody(c), 'the request body');
    const doc = defaultPipeline().run(createDoc({ ...input, id: input.id ?? 'analyze' }, { format: 'api' }));
    return c.json(toArticleJson(doc));
  });

  app.post('/api/ingest', auth, async (c) => {
    if (!opts.ingest) throw new RasdError('API_BAD_REQUEST', 'this server does not accept ingest');
    const body = await jsonBody(c);
    const list = (body as { articles?: unknown } | null)?.articles;
    if (!Array.isArray(list) || list.length === 0) {
      throw new RasdError('API_BAD_REQUEST', 'the request body needs "articles": a non-empty array');
    }
    if (list.length > maxIngest) {
      throw new RasdError('API_TOO_LARGE', `at most ${maxIngest} articles per request`);
    }
    const articles = list.map((a, i) => parseArticle(a, `articles[${i}]`));
    const run = await opts.ingest.start(articles);
    return c.json(run, 202);
  });

  app.get('/api/ingest', async (c) => {
    const page = paging(c);
    return c.json({ ...(await store.listIngestRuns(page)), ...page });
  });

  app.get('/api/ingest/:id', async (c) => {
    const id = c.req.param('id');
    const run = await store.getIngestRun(id);
    if (!run) throw new RasdError('API_NOT_FOUND', `no ingest run "${id}"`, { subject: id });
    return c.json(run);
  });

  app.get('/api/search', async (c) => {
    const page = paging(c);
    const q = str(c, 'q') ?? '';
    const result = await store.search(
      defined({
        ...page,
        q,
        entity: str(c, 'entity'),
        event_type: oneOf(c, 'type', EVENT_TYPES),
        from: date(c, 'from'),
        to: date(c, 'to'),
        source: str(c, 'source'),
        story: str(c, 'story'),
      }),
    );
    return c.json({ ...result, ...page });
  });

  app.get('/api/stories', async (c) => {
    const page = paging(c);
    const result = await store.listStories(
      defined({ ...page, entity: str(c, 'entity'), from: date(c, 'from'), to: date(c, 'to') }),
    );
    return c.json({ ...result, ...page });
  });

  const story = async (id: string) => {
    const s = await store.getStory(id);
    if (!s) throw new RasdError('API_NOT_FOUND', `no story with id "${id}"`, { subject: id });
    return s;
  };
  app.get('/api/stories/:id', async (c) => {
    const s = await story(c.req.param('id'));
    // A merged story's id answers with the story that holds its articles now, and says where it lives.
    if (s.id !== c.req.param('id')) c.header('content-location', `/api/stories/${encodeURIComponent(s.id)}`);
    return c.json(s);
  });
  app.get('/api/stories/:id/timeline', async (c) => {
    const id = c.req.param('id');
    const after = str(c, 'after');
    if (after !== undefined && decodeTimelineCursor(after) === null) {
      throw new RasdError('API_BAD_REQUEST', 'after: not a timeline cursor (use the next of a page)', {
        subject: after,
      });
    }
    const limit = int(c, 'limit', 500, 1, 500);
    const page = await store.storyTimeline(id, after === undefined ? { limit } : { after, limit });
    if (!page) throw new RasdError('API_NOT_FOUND', `no story with id "${id}"`, { subject: id });
    const body: ApiTimeline = { story: page.story, title: page.title, items: page.items, next: page.next };
    return c.json(body);
  });

  app.get('/api/entities', async (c) => {
    const page = paging(c);
    const result = await store.findEntities(
      str(c, 'q') ?? '',
      defined({ ...page, type: oneOf(c, 'type', ENTITY_TYPES) }),
    );
    return c.json({ ...result, ...page });
  });

  app.get('/api/entities/:key', async (c) => {
    const key = c.req.param('key');
    const entity = await store.getEntity(key);
    if (!entity) throw new RasdError('API_NOT_FOUND', `no entity "${key}"`, { subject: key });
    const body: EntityDetail & ApiEntityExtras = { ...entity, ...(await entityExtras(store, key)) };
    return c.json(body);
  });

  app.get('/api/events', async (c) => {
    const format = oneOf(c, 'format', ['json', 'csv', 'geojson'] as const) ?? 'json';
    const filter = eventFilter(c);
    if (format === 'csv') {
      c.header('content-disposition', 'attachment; filename="events.csv"');
      let csv = csvHeader(STORED_EVENT_COLUMNS);
      for await (const row of storedEventRows(store, filter, EXPORT_MAX)) csv += storedCsvLine(row);
      return c.body(csv, 200, {
        'content-type': 'text/csv; charset=utf-8',
      });
    }
    if (format === 'geojson') {
      c.header('content-disposition', 'attachment; filename="events.geojson"');
      return c.body(JSON.stringify(eventsToGeoJson(await allEvents(store, filter))), 200, {
        'content-type': 'application/geo+json; charset=utf-8',
      });
    }
    const page = paging(c);
    return c.json({ ...(await store.listEvents({ ...filter, ...page })), ...page });
  });

  app.all('/api/*', (c) =>
    c.json(errorBody('API_NOT_FOUND', `no such endpoint: ${c.req.method} ${c.req.path}`), 404),
  );

  const files = opts.staticFiles;
  if (files) {
    app.get('*', (c) => {
      const file = files.get(c.req.path);
      if (!file) return c.json(errorBody('API_NOT_FOUND', 'no such file'), 404);
      if (c.req.header('if-none-match') === file.etag) return c.body(null, 304);
      return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
        'content-type': file.type,
        etag: file.etag,
        'cache-control': 'no-cache',
      });
    });
  }
  return app;
}
