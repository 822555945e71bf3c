/** Typed fetch wrappers for the rasd HTTP API (same origin). */
import type {
  ApiArticle,
  ApiEntityExtras,
  ApiPage,
  ApiTimeline,
  ArticleSummary,
  EntityDetail,
  EntityRecord,
  EventRecord,
  IngestRun,
  SearchResult,
  StoryRecord,
  StorySummary,
} from '../../src/api/types.js';
import type { ArticleJson } from '../../src/doc/article-json.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type Query = Record<string, string | number | undefined | null>;

function qs(query: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`/api${path}`, init);
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'INTERNAL', err?.message ?? res.statusText);
  }
  return body as T;
}

const enc = encodeURIComponent;

export const api = {
  articles: (q: Query = {}) => request<ApiPage<ArticleSummary>>(`/articles${qs(q)}`),
  article: (id: string) => request<ApiArticle>(`/articles/${enc(id)}`),
  search: (q: Query) => request<SearchResult & { offset: number; limit: number }>(`/search${qs(q)}`),
  stories: (q: Query = {}) => request<ApiPage<StorySummary>>(`/stories${qs(q)}`),
  story: (id: string) => request<StoryRecord>(`/stories/${enc(id)}`),
  /** A page of a story's timeline; `after`: the previous page's `next`. */
  timeline: (id: string, after?: string) =>
    request<ApiTimeline>(`/stories/${enc(id)}/timeline${after ? `?after=${enc(after)}` : ''}`),
  entities: (q: Query = {}) => request<ApiPage<EntityRecord>>(`/entities${qs(q)}`),
  entity: (key: string) => request<EntityDetail & ApiEntityExtras>(`/entities/${enc(key)}`),
  events: (q: Query = {}) => request<ApiPage<EventRecord>>(`/events${qs(q)}`),
  eventsExportUrl: (format: 'csv' | 'geojson', q: Query = {}) => `/api/events${qs({ ...q, format })}`,
  runs: () => request<ApiPage<IngestRun>>('/ingest?limit=10'),
  ingest: (token: string, articles: { title: string; body: string; published?: string }[]) =>
    request<IngestRun>('/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ articles }),
    }),
  analyze: (input: { title: string; body: string; published?: string }) =>
    request<ArticleJson>('/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    }),
};
