import type { Doc } from '../../doc/index.js';

/** Title, date, source and the size of each layer. */
export function renderHeader(doc: Doc): string[] {
  const lines = [doc.title || '(untitled)'];
  const meta = [
    `date: ${doc.published ?? 'unknown'}`,
    doc.source ? `source: ${doc.source}` : null,
    `lang: ${doc.lang ?? '?'}`,
    `id: ${doc.id}`,
  ].filter((x): x is string => x !== null);
  lines.push(meta.join(' · '));
  if (doc.url) lines.push(doc.url);
  if (doc.provenance.origin) {
    const how = [doc.provenance.format, doc.provenance.encoding].filter(Boolean).join(', ');
    lines.push(`from ${doc.provenance.origin}${how ? ` (${how})` : ''}`);
  }
  const counts: [string, number][] = [
    ['sentences', doc.sentences.length],
    ['tokens', doc.tokens.length],
    ['entities', doc.entities.length],
    ['times', doc.times.length],
    ['quantities', doc.quantities.length],
    ['events', doc.events.length],
  ];
  lines.push(counts.map(([k, v]) => `${v} ${k}`).join(' · '));
  return lines;
}
