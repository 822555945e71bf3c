import type { Doc } from '../../doc/index.js';
import { section, type Section } from './section.js';

/** One line per entity: name, type, English name, mention count, roles. */
export function renderEntities(doc: Doc): Section {
  return section(
    'Entities',
    doc.entities.map((e) => {
      const parts = [`${e.name} [${e.type}]`];
      if (e.name_en) parts.push(e.name_en);
      if (e.kb_id) parts.push(e.kb_id);
      parts.push(`×${e.mentions.length}`);
      if (e.roles.length > 0) parts.push(`roles: ${e.roles.map((r) => r.role).join(', ')}`);
      return parts.join(' · ');
    }),
  );
}
