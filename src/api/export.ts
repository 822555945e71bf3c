/** GeoJSON export of events with coordinates (the CSV layout is the corpus's event table). */
import type { EventRecord } from '../corpus/store.js';

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
