/** Typed fetch wrappers for the rasd HTTP API (same origin). */
import type {
  ArticleDetail,
  ArticleSummary,
  EntityDetail,
  EntitySummary,
  EventRow,
  IngestJob,
  Page,
  SearchHit,
  StoryDetail,
  StorySummary,
  TimelineItem,
} from '../../src/api/types.js';
import type { Doc } from '../../src/doc/index.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | undefined | null>;

function qs(query: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
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

export const api = {
  articles: (q: Query = {}) => request<Page<ArticleSummary>>(`/articles${qs(q)}`),
  article: (id: string) => request<ArticleDetail>(`/articles/${encodeURIComponent(id)}`),
  search: (q: Query) => request<Page<SearchHit>>(`/search${qs(q)}`),
  stories: (q: Query = {}) => request<Page<StorySummary>>(`/stories${qs(q)}`),
  story: (id: string) => request<StoryDetail>(`/stories/${encodeURIComponent(id)}`),
  timeline: (id: string) => request<{ items: TimelineItem[] }>(`/stories/${encodeURIComponent(id)}/timeline`),
  entities: (q: Query = {}) => request<Page<EntitySummary>>(`/entities${qs(q)}`),
  entity: (id: string) => request<EntityDetail>(`/entities/${encodeURIComponent(id)}`),
  events: (q: Query = {}) => request<Page<EventRow>>(`/events${qs(q)}`),
  eventsExportUrl: (format: 'csv' | 'geojson', q: Query = {}) => `/api/events${qs({ ...q, format, limit: 100000 })}`,
  jobs: () => request<{ items: IngestJob[] }>('/ingest'),
  job: (id: string) => request<IngestJob>(`/ingest/${encodeURIComponent(id)}`),
  ingest: (token: string, articles: { title: string; body: string; published?: string }[]) =>
    request<IngestJob>('/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ articles }),
    }),
  analyze: (input: { title: string; body: string; published?: string }) =>
    request<Doc>('/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    }),
};
