import type { Doc } from '../../doc/index.js';
import { section, type Section } from './section.js';

/** Every sentence, numbered; a long text stays readable because sentences are short lines. */
export function renderSentences(doc: Doc): Section {
  const width = String(doc.sentences.length).length;
  return section(
    'Sentences',
    doc.sentences.map(
      (s, i) => `${String(i + 1).padStart(width)}. ${doc.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`,
    ),
  );
}
