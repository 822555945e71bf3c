import { describe, expect, it } from 'vitest';
import { renderEntities } from '../../src/cli/pretty/entities.js';
import { analyse } from './helpers.js';

describe('pretty report: entities section', () => {
  it('lists people first with their roles and whom they belong to', () => {
    const doc = analyse('عنوان\nاستقبل الرئيس التونسي الباجي قائد السبسي في تونس وزير الخارجية الروسي.');
    const { title, lines } = renderEntities(doc);
    expect(title).toBe('Entities');
    expect(lines[0]).toMatch(
      /^الباجي قائد السبسي \[PERSON\] · Beji Caid Essebsi · kb:per:beji-caid-essebsi · ×1/,
    );
    expect(lines[1]).toBe('    ↳ president of تونس — «الرئيس التونسي»');
    expect(lines.some((l) => l.startsWith('تونس [GPE]'))).toBe(true);
  });

  it('shows a dash when there are no entities', () => {
    expect(renderEntities(analyse('عنوان\nلا شيء هنا.')).lines).toEqual(['—']);
  });
});
