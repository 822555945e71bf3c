/**
 * The JSON shapes of the HTTP API: one place, shared (type-only) by the server, the web app and the
 * OpenAPI document's tests. Field names follow the analysis contract (snake_case where it does).
 */
import type { Doc, EntityType, EventType, Modality } from '../doc/index.js';

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

export interface ApiErrorBody {
  error: { code: string; message: string };
}

export interface StoryRef {
  id: string;
  title: string;
}

export interface ArticleSummary {
  id: string;
  title: string;
  published: string | null;
  source: string | null;
  url: string | null;
  story: StoryRef | null;
}

/** One article with every annotation layer, plus what the corpus knows about it. */
export interface ArticleDetail extends Doc {
  story: StoryRef | null;
  /** Other articles of the same near-duplicate group. */
  duplicates: ArticleSummary[];
}

export interface Highlight {
  start: number;
  end: number;
}

export interface SearchHit extends ArticleSummary {
  score: number;
  /** A passage of the article; highlights are offsets into `snippet`. */
  snippet: string;
  highlights: Highlight[];
}

export interface EntityRef {
  id: string;
  name: string;
  name_en: string | null;
  type: EntityType;
}

export interface StorySummary extends StoryRef {
  articles: number;
  events: number;
  first: string | null;
  last: string | null;
  entities: EntityRef[];
}

export interface TimelineItem {
  date: string | null;
  event: EventRow;
}

export interface RoundRow {
  round: number | null;
  dates: string[];
  venue: string | null;
  delegations: { party: string; head: string | null }[];
  agenda: string[];
  outcome: string | null;
  article: string;
}

export interface StoryDetail extends StorySummary {
  summary: string[];
  article_list: ArticleSummary[];
  rounds: RoundRow[];
}

export interface EntitySummary extends EntityRef {
  kb_id: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  mentions: number;
  articles: number;
}

export interface EntityDetail extends EntitySummary {
  /** Mentions per month (YYYY-MM), oldest first. */
  timeline: { period: string; mentions: number }[];
  roles: { role: string; count: number }[];
  cooccurring: (EntityRef & { count: number })[];
  article_list: ArticleSummary[];
}

export interface EventActorRow {
  entity: string | null;
  code: string;
  text: string;
}

/** One event, flattened for tables, exports and the map. */
export interface EventRow {
  id: string;
  article: string;
  article_title: string;
  type: EventType;
  mode: string | null;
  date: string | null;
  modality: Modality;
  actors: EventActorRow[];
  targets: EventActorRow[];
  place: string | null;
  lat: number | null;
  lon: number | null;
  gloss: string;
  confidence: number;
  evidence: string;
}

export interface IngestJob {
  id: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  total: number;
  done: number;
  failed: number;
  started: string;
  finished: string | null;
  errors: { article: string; code: string; message: string }[];
}
