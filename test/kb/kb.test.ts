import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { RasdError } from '../../src/doc/index.js';
import { loadKb, readKbFile } from '../../src/annotate/entities/kb.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-kb-'));

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof RasdError) return `${e.code} ${e.subject}`;
    throw e;
  }
  return undefined;
}

describe('loadKb', () => {
  const kb = loadKb();

  it('holds countries, cities, organisations, persons, events and nisbas', () => {
    for (const id of [
      'kb:gpe:SYR',
      'kb:gpe:KAZ',
      'kb:org:UN',
      'kb:org:HTS',
      'kb:per:geir-pedersen',
      'kb:event:astana',
    ])
      expect(kb.entities.has(id), id).toBe(true);
    expect(kb.entities.size).toBeGreaterThan(2500);
    expect(kb.entity('kb:norp:RUS')!.aliases).toEqual(expect.arrayContaining(['روسي', 'الروسية', 'الروس']));
    const tunisian = [...kb.entities.values()].filter((e) => e.country === 'TUN' && e.type === 'GPE');
    expect(tunisian.length).toBeGreaterThan(24); // every governorate seat and more
  });

  it('gives the name valid on a date (Astana was Nur-Sultan 2019–2022)', () => {
    const astana = kb.entity('kb:gpe:KAZ-capital')!;
    expect(kb.nameOn(astana, '2018-11-28')).toBe('أستانا');
    expect(kb.nameOn(astana, '2019-08-02')).toBe('نور سلطان');
    expect(kb.nameOn(astana, '2023-01-01')).toBe('أستانا');
    expect(kb.nameOn(astana, null)).toBe('أستانا');
    expect(kb.nameEnOn(astana, '2019-08-02')).toBe('Nur-Sultan');
    expect(kb.nameEnOn(astana, '2018-11-28')).toBe('Astana');
    expect(kb.capitalOf.get('kb:gpe:KAZ-capital')).toBe('kb:gpe:KAZ');
  });

  it('generates government bodies per country', () => {
    const mfa = kb.body(kb.bodies.longest('وزاره', (i) => ['الخارجيه'][i])!.value, 'KAZ');
    expect(mfa).toMatchObject({
      id: 'kb:org:KAZ-MFA',
      type: 'ORG',
      name: 'وزارة الخارجية الكازاخية',
      country: 'KAZ',
    });
    expect(kb.entity('kb:org:KAZ-MFA')).toBe(mfa);
    expect(kb.entity('kb:loc:rif-SYR-latakia')).toMatchObject({
      type: 'LOC',
      name: 'ريف اللاذقية',
      country: 'SYR',
    });
    expect(kb.entity('kb:loc:rif-nowhere')).toBeUndefined();
  });

  it('links former names (جبهة النصرة → هيئة تحرير الشام)', () => {
    expect(kb.entity('kb:org:NUSRA')!.facts).toContainEqual(['successor', 'kb:org:HTS', '2017-01-28', null]);
  });

  it('reports a missing file as DATA_MISSING naming it', () => {
    const path = join(dir, 'nope.json.gz');
    expect(code(() => loadKb(path))).toBe(`DATA_MISSING ${path}`);
  });

  it('reports a corrupt or foreign file as DATA_CORRUPT naming it', () => {
    const bad = join(dir, 'bad.json.gz');
    writeFileSync(bad, 'not gzip');
    expect(code(() => readKbFile(bad))).toBe(`DATA_CORRUPT ${bad}`);
    const other = join(dir, 'other.json.gz');
    writeFileSync(other, gzipSync(JSON.stringify({ format: 'something/9', entities: [] })));
    expect(code(() => readKbFile(other))).toBe(`DATA_CORRUPT ${other}`);
  });
});
