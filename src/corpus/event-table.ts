/**
 * The flat event-data layout: one row per event, columns after PLOVER/POLECAT and ACLED (documented in
 * docs/EVENTS.md). One layout for every export: `rasd events` (rows from fresh analyses), and `rasd export
 * --format csv` and `GET /api/events?format=csv` (rows from the store, with the article's story added).
 */
import type { ArticleJson, Event, EventActor } from '../doc/index.js';
import type { EventFilter, EventRecord, Store } from './store.js';

export const EVENT_COLUMNS = [
  'event_id',
  'article_id',
  'source',
  'url',
  'published',
  'event_date',
  'date_source',
  'event_type',
  'mode',
  'modality',
  'source_actor',
  'source_code',
  'source_entity',
  'target_actor',
  'target_code',
  'target_entity',
  'place',
  'place_entity',
  'latitude',
  'longitude',
  'country',
  'attribution',
  'round',
  'confidence',
  'quantities',
  'trigger',
  'trigger_start',
  'trigger_end',
  'evidence_count',
  'sentence',
  'gloss',
] as const;

export type EventColumn = (typeof EVENT_COLUMNS)[number];
export type EventRow = Record<EventColumn, string | number | null>;

/** Rows from the store add the story the article belongs to. */
export const STORED_EVENT_COLUMNS = [...EVENT_COLUMNS, 'story_id'] as const;
export type StoredEventColumn = (typeof STORED_EVENT_COLUMNS)[number];
export type StoredEventRow = Record<StoredEventColumn, string | number | null>;

/** What a row needs of its article: a Doc, or the article JSON the store keeps. */
export type EventArticle = Pick<ArticleJson, 'id' | 'source' | 'url' | 'published' | 'text' | 'entities'>;
/** A stored analysis, whose events a stored record is looked up in. */
type StoredArticle = EventArticle & { events?: Event[] };

const join = (list: readonly EventActor[], key: 'text' | 'code' | 'entity'): string | null =>
  list.length === 0 ? null : list.map((a) => a[key] ?? '').join('; ');

/** The ISO alpha-3 country of an event: its place's entity or the first actor's code. */
function countryOf(doc: EventArticle, e: Event): string | null {
  const placeEntity = e.place?.entity ? doc.entities.find((x) => x.id === e.place!.entity) : undefined;
  if (placeEntity?.country) return placeEntity.country;
  const code = e.actors[0]?.code ?? '';
  return /^[A-Z]{3}/.test(code) && !code.startsWith('IGO') ? code.slice(0, 3) : null;
}

export function eventRow(doc: EventArticle, e: Event): EventRow {
  return {
    event_id: `${doc.id}#${e.id}`,
    article_id: doc.id,
    source: doc.source,
    url: doc.url,
    published: doc.published,
    event_date: e.time?.value ?? null,
    date_source: e.time?.from ?? null,
    event_type: e.type,
    mode: e.mode,
    modality: e.modality,
    source_actor: join(e.actors, 'text'),
    source_code: join(e.actors, 'code'),
    source_entity: join(e.actors, 'entity'),
    target_actor: join(e.targets, 'text'),
    target_code: join(e.targets, 'code'),
    target_entity: join(e.targets, 'entity'),
    place: e.place?.name ?? null,
    place_entity: e.place?.entity ?? null,
    latitude: e.place?.lat ?? null,
    longitude: e.place?.lon ?? null,
    country: countryOf(doc, e),
    attribution: e.attribution?.text ?? null,
    round: e.details?.round ?? null,
    confidence: e.confidence,
    quantities: e.quantities.length === 0 ? null : e.quantities.join('; '),
    trigger: e.trigger.text,
    trigger_start: e.trigger.start,
    trigger_end: e.trigger.end,
    evidence_count: e.evidence.length,
    sentence: doc.text.slice(e.sentence.start, e.sentence.end),
    gloss: e.gloss,
  };
}

/**
 * RFC 4180 field: quoted when it holds a comma, quote, line break or edge spaces; empty for null. Text that
 * starts with = + - @ gets a leading ' so that spreadsheets never run article text as a formula.
 */
export function csvField(v: string | number | null): string {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(columns: readonly string[] = EVENT_COLUMNS): string {
  return columns.join(',') + '\r\n';
}

export function csvLine(row: EventRow, columns: readonly EventColumn[] = EVENT_COLUMNS): string {
  return columns.map((c) => csvField(row[c])).join(',') + '\r\n';
}

export function storedCsvLine(row: StoredEventRow): string {
  return STORED_EVENT_COLUMNS.map((c) => csvField(row[c])).join(',') + '\r\n';
}

/**
 * A stored event as a row. The record gives what the store indexes (corpus-wide entity keys, the event date
 * with the publication date as fallback, the story); the article's stored analysis gives the rest (url,
 * attribution, quantities, the sentence). An analysis without the event (made by another pipeline version)
 * leaves those columns empty rather than mixing two analyses.
 */
export function storedEventRow(rec: EventRecord, article: StoredArticle | null): StoredEventRow {
  const event = article?.events?.find((e) => e.id === rec.event_id) ?? null;
  const base: EventRow =
    article && event
      ? eventRow(article, event)
      : {
          ...(Object.fromEntries(EVENT_COLUMNS.map((c) => [c, null])) as EventRow),
          trigger: rec.trigger.text,
          trigger_start: rec.trigger.start,
          trigger_end: rec.trigger.end,
          evidence_count: rec.evidence.length,
        };
  const codes = (list: EventRecord['actors'], key: 'text' | 'code' | 'entity') =>
    list.length === 0 ? null : list.map((a) => a[key] ?? '').join('; ');
  return {
    ...base,
    event_id: `${rec.article_id}#${rec.event_id}`,
    article_id: rec.article_id,
    source: rec.source,
    published: article?.published ?? null,
    event_date: rec.date,
    date_source: rec.date_from,
    event_type: rec.type,
    mode: rec.mode,
    modality: rec.modality,
    source_actor: codes(rec.actors, 'text'),
    source_code: codes(rec.actors, 'code'),
    source_entity: codes(rec.actors, 'entity'),
    target_actor: codes(rec.targets, 'text'),
    target_code: codes(rec.targets, 'code'),
    target_entity: codes(rec.targets, 'entity'),
    place: rec.place?.name ?? null,
    place_entity: rec.place?.entity ?? null,
    latitude: rec.place?.lat ?? null,
    longitude: rec.place?.lon ?? null,
    round: rec.details?.round ?? base.round,
    confidence: rec.confidence,
    gloss: rec.gloss,
    story_id: rec.story_id,
  };
}

/**
 * Stored events matching a filter as rows, in the store's order, at most `max`. Each article's analysis is
 * read once for a run of its events (a small cache covers orders that interleave articles).
 */
export async function* storedEventRows(
  store: Store,
  filter: EventFilter = {},
  max = Number.POSITIVE_INFINITY,
): AsyncGenerator<StoredEventRow> {
  const cache = new Map<string, StoredArticle | null>();
  let n = 0;
  for (let offset = 0; n < max; offset += 500) {
    const page = await store.listEvents({ ...filter, limit: 500, offset });
    for (const rec of page.items) {
      if (n++ >= max) return;
      let article = cache.get(rec.article_id);
      if (article === undefined) {
        const stored = await store.getArticle(rec.article_id);
        article = (stored?.analysis as unknown as ArticleJson | undefined) ?? null;
        if (cache.size >= 64) cache.delete(cache.keys().next().value!);
        cache.set(rec.article_id, article);
      }
      yield storedEventRow(rec, article);
    }
    if (page.items.length < 500) return;
  }
}
