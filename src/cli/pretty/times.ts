import type { Doc } from '../../doc/index.js';
import { section, type Section } from './section.js';

/** One line per time expression: the text and what it resolved to. */
export function renderTimes(doc: Doc): Section {
  return section(
    'Times',
    doc.times.map((t) => `${t.text} → ${t.value} (${t.type}${t.granularity ? `, ${t.granularity}` : ''})`),
  );
}
