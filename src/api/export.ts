/** Event exports: a flat CSV (one row per event) and GeoJSON (events with coordinates). */
import type { EventRecord } from '../corpus/store.js';

export const CSV_COLUMNS = [
  'article_id',
  'event_id',
  'date',
  'date_from',
  'type',
  'mode',
  'modality',
  'actors',
  'actor_codes',
  'targets',
  'target_codes',
  'place',
  'lat',
  'lon',
  'confidence',
  'gloss',
  'trigger',
  'title',
  'source',
  'story_id',
] as const;

/** Quotes a cell; a leading = + - @ is defused so spreadsheets never run article text as a formula. */
function cell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function eventsToCsv(events: EventRecord[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const e of events) {
    const row: (string | number | null)[] = [
      e.article_id,
      e.event_id,
      e.date,
      e.date_from,
      e.type,
      e.mode,
      e.modality,
      e.actors.map((a) => a.text).join('; '),
      e.actors.map((a) => a.code).join(';'),
      e.targets.map((a) => a.text).join('; '),
      e.targets.map((a) => a.code).join(';'),
      e.place?.name ?? null,
      e.place?.lat ?? null,
      e.place?.lon ?? null,
      e.confidence,
      e.gloss,
      e.trigger.text,
      e.title,
      e.source,
      e.story_id,
    ];
    lines.push(row.map(cell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

export function eventsToGeoJson(events: EventRecord[]): object {
  return {
    type: 'FeatureCollection',
    features: events
      .filter((e) => e.place?.lat != null && e.place.lon != null)
      .map((e) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [e.place?.lon, e.place?.lat] },
        properties: {
          article_id: e.article_id,
          event_id: e.event_id,
          type: e.type,
          mode: e.mode,
          date: e.date,
          modality: e.modality,
          place: e.place?.name ?? null,
          actors: e.actors.map((a) => a.code),
          targets: e.targets.map((a) => a.code),
          gloss: e.gloss,
          title: e.title,
          story_id: e.story_id,
        },
      })),
  };
}
