/**
 * The two seed articles (Astana talks, rounds 13 and 11): every person, place and organisation with
 * the right type, canonical name and stated role. Expected lists written by reading the articles.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Doc, EntityType } from '../../src/doc/index.js';
import { expectValidDoc } from '../doc-invariants.js';
import { analyseFile, byName } from './helpers.js';

const examples = join(import.meta.dirname, '..', '..', 'examples');
const file = (prefix: string): string =>
  join(
    examples,
    readdirSync(examples).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))!,
  );

type Expect = [name: string, type: EntityType, mentions?: string[]];

function expectEntities(doc: Doc, expected: Expect[]): void {
  for (const [name, type, mentions] of expected) {
    const e = byName(doc, name);
    expect(e, `entity ${name}`).toBeDefined();
    expect(e!.type, `type of ${name}`).toBe(type);
    for (const m of mentions ?? []) {
      expect(
        e!.mentions.map((x) => x.text),
        `mention "${m}" of ${name}`,
      ).toContain(m);
    }
  }
}

function roleOf(doc: Doc, name: string, role: string): string | null | undefined {
  return byName(doc, name)?.roles.find((r) => r.role === role)?.of;
}

describe('seed 000 (round 13, 2019-08-02)', () => {
  const doc = analyseFile(file('000_'), '2019-08-02');

  it('is a valid document', () => expectValidDoc(doc));

  it('finds every person with canonical name', () => {
    expectEntities(doc, [
      ['غير بيدرسون', 'PERSON', ['غير بيدرسون', 'بيدرسون']],
      ['ألكساندر لافرينتيف', 'PERSON'],
      ['بشار الجعفري', 'PERSON'],
      ['علي أصغر حاجي', 'PERSON', ['علي عسكر حاجي']],
      ['أحمد طعمة', 'PERSON'],
    ]);
    expect(doc.entities.filter((e) => e.type === 'PERSON')).toHaveLength(5);
  });

  it('finds places, named by the date of the article (Nur-Sultan in 2019)', () => {
    expectEntities(doc, [
      ['إدلب', 'GPE', ['إدلب']],
      ['نور سلطان', 'GPE', ['نور سلطان']],
      ['سوريا', 'GPE', ['سورية']],
      ['روسيا', 'GPE', ['روسيا', 'موسكو']],
      ['إيران', 'GPE'],
      ['تركيا', 'GPE', ['تركيا', 'أنقرة']],
      ['إسطنبول', 'GPE'],
      ['ريف اللاذقية', 'LOC'],
      ['منطقة خفض التصعيد', 'LOC'],
      ['قاعدة حميميم', 'FAC'],
    ]);
  });

  it('finds organisations, events and nationalities', () => {
    expectEntities(doc, [
      ['الأمم المتحدة', 'ORG'],
      ['وزارة الدفاع الروسية', 'ORG'],
      ['وزارة الخارجية الكازاخية', 'ORG'],
      ['الحكومة السورية', 'ORG'],
      ['المعارضة السورية', 'ORG'],
      ['الجيش السوري', 'ORG'],
      ['اللجنة الدستورية', 'ORG'],
      ['مسار أستانا', 'EVENT', ['محادثات أستانا', 'مسار أستانا', 'مباحثات أستانا']],
      ['روسي', 'NORP', ['الروسي']],
      ['إيراني', 'NORP', ['الإيراني']],
      ['كازاخي', 'NORP', ['الكازاخية']],
    ]);
  });

  it('states the roles the text gives', () => {
    expect(roleOf(doc, 'غير بيدرسون', 'envoy')).toBe('kb:org:UN');
    expect(roleOf(doc, 'ألكساندر لافرينتيف', 'envoy')).toBe('kb:gpe:RUS');
    expect(roleOf(doc, 'ألكساندر لافرينتيف', 'head-of-delegation')).toBe('kb:gpe:RUS');
    expect(roleOf(doc, 'بشار الجعفري', 'representative')).toBe('kb:gpe:SYR');
    expect(roleOf(doc, 'بشار الجعفري', 'head-of-delegation')).toBe('kb:org:SYR-GOV');
    expect(roleOf(doc, 'علي أصغر حاجي', 'deputy-minister')).toBe('kb:gpe:IRN');
    expect(roleOf(doc, 'علي أصغر حاجي', 'head-of-delegation')).toBe('kb:gpe:IRN');
    expect(roleOf(doc, 'أحمد طعمة', 'head-of-delegation')).toBe('kb:org:SYR-OPP');
    const jaafari = byName(doc, 'بشار الجعفري')!;
    expect(jaafari.roles.map((r) => r.text)).toContain('مندوبها في الأمم المتحدة');
  });
});

describe('seed 001 (round 11, 2018-11-28)', () => {
  const doc = analyseFile(file('001_'), '2018-11-28');

  it('is a valid document', () => expectValidDoc(doc));

  it('finds every person, place and organisation', () => {
    expectEntities(doc, [
      ['ستيفان دي ميستورا', 'PERSON'],
      ['جيمس جيفري', 'PERSON'],
      ['أستانا', 'GPE', ['أستانا']],
      ['إدلب', 'GPE', ['إدلب']],
      ['سوريا', 'GPE'],
      ['روسيا', 'GPE', ['روسيا', 'موسكو']],
      ['إيران', 'GPE'],
      ['تركيا', 'GPE'],
      ['كازاخستان', 'GPE'],
      ['حلب', 'GPE'],
      ['الولايات المتحدة', 'GPE', ['الولايات المتحدة', 'واشنطن']],
      ['الأمم المتحدة', 'ORG'],
      ['وزارة الخارجية الكازاخية', 'ORG', ['وزارة الخارجية']],
      ['هيئة تحرير الشام', 'ORG'],
      ['جبهة النصرة', 'ORG'],
      ['النظام السوري', 'ORG'],
      ['المنطقة منزوعة السلاح', 'LOC', ['منطقة منزوعة السلاح', 'المنطقة المنزوعة السلاح']],
      ['مسار أستانا', 'EVENT', ['محادثات أستانا', 'مسار أستانا']],
    ]);
    expect(doc.entities.filter((e) => e.type === 'PERSON')).toHaveLength(2);
  });

  it('states the roles the text gives', () => {
    expect(roleOf(doc, 'ستيفان دي ميستورا', 'envoy')).toBe('kb:org:UN');
    expect(byName(doc, 'جيمس جيفري')!.roles.map((r) => r.text)).toContain('الموفد الخاص إلى سوريا');
  });
});
