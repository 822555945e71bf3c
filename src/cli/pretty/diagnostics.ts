import type { Doc } from '../../doc/index.js';
import type { Section } from './section.js';

/** Diagnostics, only when there are any. */
export function renderDiagnostics(doc: Doc): Section | null {
  if (doc.diagnostics.length === 0) return null;
  return {
    title: 'Diagnostics',
    lines: doc.diagnostics.map(
      (d) => `${d.severity} ${d.rule}${d.start !== null ? ` @${d.start}` : ''}: ${d.message}`,
    ),
  };
}
