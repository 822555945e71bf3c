/**
 * The JSON shapes of the HTTP API. Records are the corpus store's own (src/corpus/store.ts), served as
 * they are; this file adds only what the API wraps around them. Shared type-only with the web app.
 */
import type { ArticleJson } from '../doc/article-json.js';
import type { LayerName } from '../doc/layers.js';
import type { ArticleRecord, Page, TimelineEntry } from '../corpus/store.js';

export type {
  ArticleSummary,
  EntityDetail,
  EntityRecord,
  EventRecord,
  IngestRun,
  RoundRow,
  SearchHit,
  SearchResult,
  StoryRecord,
  StorySummary,
  TimelineEntry,
} from '../corpus/store.js';

/** A page as the API returns it: the store's page plus the window that was asked for. */
export interface ApiPage<T> extends Page<T> {
  offset: number;
  limit: number;
}

export interface ApiErrorBody {
  error: { code: string; message: string };
}

/** One article: the stored record with its analysis typed as the document contract (default layers). */
export interface ApiArticle extends Omit<ArticleRecord, 'analysis'> {
  analysis: ArticleJson;
}

/** Layers of the analysis that `GET /api/articles/:id?layers=…` may leave out or (tokens) add. */
export type ApiArticleLayer = LayerName | 'diagnostics';

/** One article with a chosen set of layers: those not chosen are absent. */
export interface ApiArticleLayers extends Omit<ArticleRecord, 'analysis'> {
  analysis: Omit<ArticleJson, ApiArticleLayer> & Partial<Pick<ArticleJson, ApiArticleLayer>>;
}

/** The entity page adds what the store derives on request: mentions over time and roles. */
export interface ApiEntityExtras {
  /** Articles mentioning the entity per month (YYYY-MM), oldest first. */
  timeline: { period: string; articles: number }[];
  /** Roles the entity holds in the articles read, most frequent first. */
  roles: { role: string; count: number }[];
}

export interface ApiTimeline {
  story: string;
  title: string;
  items: TimelineEntry[];
  /** Cursor of the next page (`?after=`), null at the timeline's end. */
  next: string | null;
}
