import type { Doc } from '../../doc/index.js';
import { section, type Section } from './section.js';

/** One line per quantity: the text, its value and unit. */
export function renderQuantities(doc: Doc): Section {
  return section(
    'Quantities',
    doc.quantities.map((q) => {
      const extra = [q.kind, q.approx, q.casualty].filter(Boolean).join(', ');
      return `${q.text} → ${q.value}${q.unit ? ` ${q.unit}` : ''} (${extra})`;
    }),
  );
}
