/**
 * The readable terminal report of one analysed article. Each layer has its own small section
 * renderer in this folder, so the people who build a layer can improve how it reads.
 */
import type { Doc } from '../../doc/index.js';
import { renderDiagnostics } from './diagnostics.js';
import { renderEntities } from './entities.js';
import { renderEvents } from './events.js';
import { renderHeader } from './header.js';
import { renderQuantities } from './quantities.js';
import { renderSentences } from './sentences.js';
import { renderTimes } from './times.js';
import type { Section } from './section.js';

export { section, type Section } from './section.js';

export interface PrettyOptions {
  /** Reserved for layouts that show tokens; the header always counts them. */
  tokens?: boolean;
}

const RULE = '═'.repeat(72);

export function renderPretty(doc: Doc, _opts: PrettyOptions = {}): string {
  const sections: Section[] = [
    renderSentences(doc),
    renderEntities(doc),
    renderTimes(doc),
    renderQuantities(doc),
    renderEvents(doc),
  ];
  const diagnostics = renderDiagnostics(doc);
  if (diagnostics) sections.push(diagnostics);
  const out = [RULE, ...renderHeader(doc), RULE];
  for (const s of sections) {
    out.push('', `▸ ${s.title}`);
    for (const line of s.lines) out.push(`  ${line}`);
  }
  return out.join('\n') + '\n';
}
