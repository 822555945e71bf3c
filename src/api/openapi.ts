/**
 * The OpenAPI 3.1 document of the HTTP API, written by hand next to the routes. A test checks that
 * every route of the app is documented here and that every documented path exists.
 */
import { ERROR_CODES } from '../doc/index.js';
import { ENTITY_TYPES, EVENT_TYPES, MAX_LIMIT } from './params.js';

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string): Schema => ({ type: [type, 'null'] });
const query = (name: string, description: string, schema: Schema = { type: 'string' }): Schema => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
const pathParam = (name: string, description: string): Schema => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});
const paging = [
  query('limit', `page size (1–${MAX_LIMIT}, default 20)`, {
    type: 'integer',
    minimum: 1,
    maximum: MAX_LIMIT,
  }),
  query('offset', 'items to skip', { type: 'integer', minimum: 0 }),
];
const DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const dateRange = [
  query('from', 'earliest date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD', {
    type: 'string',
    pattern: DATE_PATTERN,
    examples: ['2016', '2016-08', '2016-08-26'],
  }),
  query('to', 'latest date, inclusive (2016 runs to the end of 2016): YYYY, YYYY-MM or YYYY-MM-DD', {
    type: 'string',
    pattern: DATE_PATTERN,
    examples: ['2017', '2017-06-30'],
  }),
];
const json = (schema: Schema, description = 'OK'): Schema => ({
  description,
  content: { 'application/json': { schema } },
});
const pageOf = (item: string): Schema => ({
  type: 'object',
  required: ['total', 'items', 'offset', 'limit'],
  properties: {
    total: { type: 'integer' },
    total_capped: {
      type: 'boolean',
      description:
        'true when counting stopped at 10,000: more than `total` match (events under filters other than type and entity)',
    },
    offset: { type: 'integer' },
    limit: { type: 'integer' },
    items: { type: 'array', items: ref(item) },
  },
});
const errors = (...statuses: number[]): Record<string, Schema> =>
  Object.fromEntries(statuses.map((s) => [String(s), { $ref: `#/components/responses/E${s}` }]));
const secured = [{ bearer: [] }];

const articleInput: Schema = {
  type: 'object',
  required: ['body'],
  properties: {
    id: { type: 'string' },
    title: nullable('string'),
    body: { type: 'string', description: 'the article text (alias: text)' },
    published: { type: ['string', 'null'], format: 'date' },
    source: nullable('string'),
    url: nullable('string'),
  },
};

export function openApiDocument(): Schema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'rasd API',
      version: '0.1.0',
      description:
        'Arabic news as structured knowledge: articles with their annotation layers, stories, entities and ' +
        'PLOVER events. Errors are `{error: {code, message}}` with a stable code. Write endpoints need ' +
        '`Authorization: Bearer <token>`; reads may need it too when the server is configured so.',
    },
    servers: [{ url: '/' }],
    paths: {
      '/openapi.json': {
        get: {
          summary: 'This document',
          operationId: 'openapi',
          responses: { 200: json({ type: 'object' }) },
        },
      },
      '/api/health': {
        get: {
          summary: 'Server and store status',
          operationId: 'health',
          responses: {
            200: json({
              type: 'object',
              properties: {
                ok: { type: 'boolean' },
                store: { type: 'string' },
                articles: { type: 'integer' },
                pipeline: { type: 'string' },
              },
            }),
          },
        },
      },
      '/api/articles': {
        get: {
          summary: 'List articles, newest first',
          operationId: 'listArticles',
          parameters: [
            ...paging,
            ...dateRange,
            query('source', 'only this source'),
            query('story', 'only this story id'),
            query('entity', 'only articles mentioning this entity key'),
          ],
          responses: { 200: json(pageOf('ArticleSummary')), ...errors(400, 401) },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One article with its annotation layers',
          description:
            'The stored record with its analysis. By default every stored layer is included: segments, ' +
            'sentences, entities, times, quantities, events and diagnostics. The token layer, the bulkiest, ' +
            'is not stored: it is made again from the stored text by the running tokenizer when asked for ' +
            '(`layers=all`, or `tokens` in the list). Layers not chosen are absent from `analysis`. ' +
            'Responses carry an ETag (304 on If-None-Match) and are gzip-compressed when the client accepts it.',
          operationId: 'getArticle',
          parameters: [
            pathParam('id', 'article id'),
            query('revision', 'an earlier revision', { type: 'integer', minimum: 1 }),
            query(
              'layers',
              '`all`, or a comma-separated list of segments, sentences, tokens, entities, times, quantities, events, diagnostics',
              { type: 'string', examples: ['all', 'tokens,entities,events'] },
            ),
          ],
          responses: { 200: json(ref('Article')), ...errors(400, 401, 404) },
        },
        delete: {
          summary: 'Delete an article with its analysis, index entries and story membership',
          operationId: 'deleteArticle',
          security: secured,
          parameters: [pathParam('id', 'article id')],
          responses: { 204: { description: 'Deleted' }, ...errors(401, 404) },
        },
      },
      '/api/analyze': {
        post: {
          summary: 'Analyse one article without storing it',
          operationId: 'analyze',
          requestBody: { required: true, content: { 'application/json': { schema: articleInput } } },
          responses: { 200: json(ref('Document')), ...errors(400, 401, 413) },
        },
      },
      '/api/ingest': {
        post: {
          summary: 'Ingest articles into the corpus (runs in the background)',
          operationId: 'ingest',
          security: secured,
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['articles'],
                  properties: { articles: { type: 'array', minItems: 1, items: articleInput } },
                },
              },
            },
          },
          responses: { 202: json(ref('IngestRun'), 'Accepted: the ingest run'), ...errors(400, 401, 413) },
        },
        get: {
          summary: 'Ingest runs, newest first',
          operationId: 'listIngestRuns',
          parameters: paging,
          responses: { 200: json(pageOf('IngestRun')), ...errors(400, 401) },
        },
      },
      '/api/ingest/{id}': {
        get: {
          summary: 'Progress of one ingest run',
          operationId: 'getIngestRun',
          parameters: [pathParam('id', 'ingest run id')],
          responses: { 200: json(ref('IngestRun')), ...errors(401, 404) },
        },
      },
      '/api/search': {
        get: {
          summary: 'Full-text search (normalised, stemmed Arabic; BM25) with filters',
          operationId: 'search',
          parameters: [
            query('q', 'the query, in Arabic or an entity’s English name'),
            query('entity', 'entity key'),
            query('type', 'event type', { type: 'string', enum: EVENT_TYPES }),
            query('source', 'source'),
            query('story', 'story id'),
            ...dateRange,
            ...paging,
          ],
          responses: {
            200: json({
              type: 'object',
              required: ['total', 'hits', 'terms'],
              properties: {
                total: { type: 'integer' },
                total_capped: {
                  type: 'boolean',
                  description: 'true when counting stopped at 10,000: more than `total` articles match',
                },
                offset: { type: 'integer' },
                limit: { type: 'integer' },
                terms: { type: 'array', items: { type: 'string' } },
                hits: { type: 'array', items: ref('SearchHit') },
              },
            }),
            ...errors(400, 401),
          },
        },
      },
      '/api/stories': {
        get: {
          summary: 'Stories, most recently active first',
          operationId: 'listStories',
          parameters: [query('entity', 'only stories with this key entity'), ...dateRange, ...paging],
          responses: { 200: json(pageOf('StorySummary')), ...errors(400, 401) },
        },
      },
      '/api/stories/{id}': {
        get: {
          summary: 'One story: articles, timeline, summary and rounds',
          description:
            'The id of a story since merged into another (twin stories) answers with the surviving story, whose `id` differs from the one asked for; `Content-Location` names it.',
          operationId: 'getStory',
          parameters: [pathParam('id', 'story id')],
          responses: { 200: json(ref('Story')), ...errors(401, 404) },
        },
      },
      '/api/stories/{id}/timeline': {
        get: {
          summary: 'A story’s events ordered by date, with evidence, a page at a time',
          description:
            'Keyset pages: the first page without `after`; each next page with `after` set to the previous page’s `next` (null at the end). Each page is one index range, however large the story. The story’s own `timeline` is the first page of 500.',
          operationId: 'getStoryTimeline',
          parameters: [
            pathParam('id', 'story id'),
            query('after', 'the `next` cursor of the previous page'),
            query('limit', 'entries per page (1–500, default 500)', {
              type: 'integer',
              minimum: 1,
              maximum: 500,
            }),
          ],
          responses: {
            200: json({
              type: 'object',
              required: ['story', 'title', 'items', 'next'],
              properties: {
                story: { type: 'string' },
                title: { type: 'string' },
                items: { type: 'array', items: ref('TimelineEntry') },
                next: { type: ['string', 'null'], description: 'cursor of the next page; null at the end' },
              },
            }),
            ...errors(400, 401, 404),
          },
        },
      },
      '/api/entities': {
        get: {
          summary: 'Entities by name (Arabic or English), most mentioned first',
          operationId: 'listEntities',
          parameters: [
            query('q', 'name'),
            query('type', 'entity type', { type: 'string', enum: ENTITY_TYPES }),
            ...paging,
          ],
          responses: { 200: json(pageOf('Entity')), ...errors(400, 401) },
        },
      },
      '/api/entities/{key}': {
        get: {
          summary: 'One entity: articles, stories, related entities, mentions over time, roles',
          operationId: 'getEntity',
          parameters: [pathParam('key', 'entity key (KB id or name:TYPE:normalised name)')],
          responses: { 200: json(ref('EntityDetail')), ...errors(401, 404) },
        },
      },
      '/api/events': {
        get: {
          summary: 'Events with filters; JSON pages, or every match as CSV or GeoJSON',
          description:
            'Ordered by event date, newest first unless `order=asc` (undated events last either way). `total` is exact for all events, a type, an entity and an entity with a type (counters kept at ingest); under other filters counting stops at 10,000 and the page says `total_capped: true` ("more than 10,000").',
          operationId: 'listEvents',
          parameters: [
            query('type', 'event type', { type: 'string', enum: EVENT_TYPES }),
            query('entity', 'entity key (actor, target or place)'),
            query('story', 'story id'),
            query('article', 'article id'),
            query('source', 'source'),
            ...dateRange,
            query('order', 'by event date: desc (newest first, the default) or asc; undated events last', {
              type: 'string',
              enum: ['desc', 'asc'],
              default: 'desc',
            }),
            query('format', 'json (default), csv or geojson', {
              type: 'string',
              enum: ['json', 'csv', 'geojson'],
            }),
            ...paging,
          ],
          responses: {
            200: {
              description: 'OK',
              content: {
                'application/json': { schema: pageOf('Event') },
                'text/csv': { schema: { type: 'string' } },
                'application/geo+json': { schema: { type: 'object' } },
              },
            },
            ...errors(400, 401),
          },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      responses: Object.fromEntries(
        [
          [400, 'Bad request'],
          [401, 'Missing or wrong token'],
          [404, 'Not found'],
          [413, 'Request body too large'],
        ].map(([s, d]) => [`E${s}`, json(ref('Error'), String(d))]),
      ),
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string', enum: Object.keys(ERROR_CODES) },
                message: { type: 'string' },
              },
            },
          },
        },
        Span: {
          type: 'object',
          required: ['start', 'end', 'text'],
          properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } },
        },
        ArticleSummary: {
          type: 'object',
          required: ['id', 'title', 'revision'],
          properties: {
            id: { type: 'string' },
            revision: { type: 'integer' },
            title: { type: 'string' },
            published: nullable('string'),
            source: nullable('string'),
            url: nullable('string'),
            story_id: nullable('string'),
            dup_group: nullable('string'),
            pipeline_version: { type: 'string' },
            updated_at: { type: 'string' },
          },
        },
        Document: {
          type: 'object',
          description:
            'The analysed article (schema rasd.article/1): cleaned text and layers of spans into it. ' +
            'POST /api/analyze returns every layer; GET /api/articles/{id} the layers chosen by `layers`.',
          required: ['id', 'text'],
          properties: {
            id: { type: 'string' },
            title: { type: 'string' },
            published: nullable('string'),
            text: { type: 'string' },
            segments: { type: 'array', items: { type: 'object' } },
            sentences: { type: 'array', items: { type: 'object' } },
            tokens: { type: 'array', items: { type: 'object' } },
            entities: { type: 'array', items: { type: 'object' } },
            times: { type: 'array', items: { type: 'object' } },
            quantities: { type: 'array', items: { type: 'object' } },
            events: { type: 'array', items: { type: 'object' } },
            diagnostics: { type: 'array', items: { type: 'object' } },
          },
        },
        Article: {
          allOf: [
            ref('ArticleSummary'),
            {
              type: 'object',
              properties: {
                text: { type: 'string' },
                content_hash: { type: 'string' },
                origin: nullable('string'),
                analysis: ref('Document'),
                revisions: { type: 'array', items: { type: 'object' } },
                duplicates: { type: ['object', 'null'] },
              },
            },
          ],
        },
        SearchHit: {
          type: 'object',
          properties: {
            article: ref('ArticleSummary'),
            score: { type: 'number' },
            snippet: { type: 'string' },
            highlights: {
              type: 'array',
              items: { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' } } },
            },
          },
        },
        Entity: {
          type: 'object',
          required: ['key', 'type', 'name'],
          properties: {
            key: { type: 'string' },
            kb_id: nullable('string'),
            type: { type: 'string', enum: ENTITY_TYPES },
            name: { type: 'string' },
            name_en: nullable('string'),
            country: nullable('string'),
            lat: nullable('number'),
            lon: nullable('number'),
            article_count: { type: 'integer' },
            mention_count: { type: 'integer' },
            first_seen: nullable('string'),
            last_seen: nullable('string'),
          },
        },
        EntityDetail: {
          allOf: [
            ref('Entity'),
            {
              type: 'object',
              properties: {
                articles: { type: 'array', items: ref('ArticleSummary') },
                stories: { type: 'array', items: ref('StorySummary') },
                related: { type: 'array', items: { type: 'object' } },
                event_types: { type: 'array', items: { type: 'object' } },
                timeline: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: { period: { type: 'string' }, articles: { type: 'integer' } },
                  },
                },
                roles: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: { role: { type: 'string' }, count: { type: 'integer' } },
                  },
                },
              },
            },
          ],
        },
        Event: {
          type: 'object',
          required: ['article_id', 'event_id', 'type', 'modality'],
          properties: {
            article_id: { type: 'string' },
            event_id: { type: 'string' },
            type: { type: 'string', enum: EVENT_TYPES },
            mode: nullable('string'),
            date: nullable('string'),
            date_from: { type: ['string', 'null'], enum: ['text', 'published', null] },
            modality: { type: 'string' },
            gloss: { type: 'string' },
            confidence: { type: 'number' },
            trigger: ref('Span'),
            evidence: { type: 'array', items: ref('Span') },
            actors: { type: 'array', items: { type: 'object' } },
            targets: { type: 'array', items: { type: 'object' } },
            place: { type: ['object', 'null'] },
            details: { type: ['object', 'null'] },
            story_id: nullable('string'),
            source: nullable('string'),
            title: { type: 'string' },
          },
        },
        StorySummary: {
          type: 'object',
          required: ['id', 'title'],
          properties: {
            id: { type: 'string' },
            title: { type: 'string' },
            article_count: { type: 'integer' },
            first_date: nullable('string'),
            last_date: nullable('string'),
            key_entities: { type: 'array', items: { type: 'object' } },
            event_types: { type: 'array', items: { type: 'object' } },
            updated_at: { type: 'string' },
          },
        },
        TimelineEntry: {
          type: 'object',
          properties: {
            date: nullable('string'),
            type: { type: 'string', enum: EVENT_TYPES },
            gloss: { type: 'string' },
            modality: { type: 'string' },
            place: nullable('string'),
            article_id: { type: 'string' },
            event_id: { type: 'string' },
            evidence: ref('Span'),
          },
        },
        Story: {
          allOf: [
            ref('StorySummary'),
            {
              type: 'object',
              properties: {
                articles: { type: 'array', items: ref('ArticleSummary') },
                timeline: { type: 'array', items: ref('TimelineEntry') },
                timeline_next: {
                  type: ['string', 'null'],
                  description: 'cursor of the timeline’s next page (/api/stories/{id}/timeline?after=)',
                },
                summary: { type: 'array', items: { type: 'object' } },
                rounds: { type: 'array', items: { type: 'object' } },
              },
            },
          ],
        },
        IngestRun: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            started_at: { type: 'string' },
            finished_at: nullable('string'),
            status: { type: 'string', enum: ['running', 'done', 'failed', 'interrupted'] },
            total: nullable('integer'),
            done: { type: 'integer' },
            added: { type: 'integer' },
            revised: { type: 'integer' },
            unchanged: { type: 'integer' },
            failed: { type: 'integer' },
            errors: { type: 'array', items: { type: 'object' } },
          },
        },
      },
    },
  };
}
