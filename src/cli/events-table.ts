/**
 * The flat event-data layout of `rasd events`: one row per event, columns after PLOVER/POLECAT and ACLED
 * (documented in docs/EVENTS.md). Shared by the CSV and JSON Lines writers.
 */
import type { Doc, Event, EventActor } from '../doc/index.js';

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

const join = (list: readonly EventActor[], key: 'text' | 'code' | 'entity'): string | null =>
  list.length === 0 ? null : list.map((a) => a[key] ?? '').join('; ');

/** The ISO alpha-3 country of an event: its place's entity or the first actor's code. */
function countryOf(doc: Doc, e: Event): string | null {
  const placeEntity = e.place?.entity ? doc.entities.find((x) => x.id === e.place!.entity) : undefined;
  if (placeEntity?.country) return placeEntity.country;
  const code = e.actors[0]?.code ?? '';
  return /^[A-Z]{3}/.test(code) && !code.startsWith('IGO') ? code.slice(0, 3) : null;
}

export function eventRow(doc: Doc, e: Event): EventRow {
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

/** RFC 4180 field: quoted when it holds a comma, quote, or line break; empty for null. */
export function csvField(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return EVENT_COLUMNS.join(',') + '\r\n';
}

export function csvLine(row: EventRow): string {
  return EVENT_COLUMNS.map((c) => csvField(row[c])).join(',') + '\r\n';
}
