import type { Doc, EventActor } from '../../doc/index.js';
import { section, type Section } from './section.js';

const actors = (list: EventActor[]): string => list.map((a) => a.text || a.code).join(', ') || '?';

/** One line per event: type, who did it to whom, where and when, with its modality. */
export function renderEvents(doc: Doc): Section {
  return section(
    'Events',
    doc.events.map((e) => {
      const parts = [`${e.type}: ${actors(e.actors)} → ${actors(e.targets)}`];
      if (e.place) parts.push(`@ ${e.place.name}`);
      if (e.time) parts.push(e.time.value);
      parts.push(`${e.modality}, ${e.confidence.toFixed(2)}`);
      if (e.gloss) parts.push(`“${e.gloss}”`);
      return parts.join(' · ');
    }),
  );
}
