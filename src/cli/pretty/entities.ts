import type { Doc, Entity, EntityType } from '../../doc/index.js';
import { section, type Section } from './section.js';

const ORDER: EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'EVENT', 'NORP', 'MISC'];

function describe(e: Entity): string {
  const parts = [`${e.name} [${e.type}]`];
  if (e.name_en) parts.push(e.name_en);
  parts.push(e.kb_id ?? e.id);
  if (e.lat !== null && e.lon !== null) parts.push(`${e.lat.toFixed(2)}, ${e.lon.toFixed(2)}`);
  const surfaces = [...new Set(e.mentions.map((m) => m.text))];
  parts.push(
    `×${e.mentions.length}${surfaces.length > 1 || surfaces[0] !== e.name ? ` (${surfaces.join('، ')})` : ''}`,
  );
  return parts.join(' · ');
}

/**
 * One line per entity, grouped by type (people first), with its mentions' surface forms; below a
 * person, each role the text states: normalised role, whom it belongs to, and the words that say so.
 */
export function renderEntities(doc: Doc): Section {
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  const lines: string[] = [];
  const sorted = [...doc.entities].sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type));
  for (const e of sorted) {
    lines.push(describe(e));
    for (const r of e.roles) {
      const of = r.of === null ? '' : ` of ${names.get(r.of) ?? r.of}`;
      lines.push(`    ↳ ${r.role}${of} — «${r.text}»`);
    }
  }
  return section('Entities', lines);
}
