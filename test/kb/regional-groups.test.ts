import { describe, expect, it } from 'vitest';
import { analyse, byName } from './helpers.js';

/**
 * Parties and armed groups of the region that the knowledge base lacked before session 10: each is one ORG
 * linked to its KB entry (not a person the tagger guessed from "جيش …"/"فيلق …"), and as the agent of an event
 * it carries its own actor code rather than the sector its head word suggests (قوات → MIL, حركة → PTY).
 */
describe('regional parties and armed groups', () => {
  const cases: [string, string, string][] = [
    ['فيلق الرحمن', 'kb:org:FAILAQ_RAHMAN', 'SYRREB'],
    ['جيش المهدي', 'kb:org:MAHDI_ARMY', 'IRQREB'],
    ['عصائب أهل الحق', 'kb:org:AAH', 'IRQREB'],
    ['قوات البيشمركة', 'kb:org:PESHMERGA', 'IRQMIL'],
    ['حركة أمل', 'kb:org:AMAL', 'LBNPTY'],
    ['قوات فجر ليبيا', 'kb:org:FAJR_LIBYA', 'LBYREB'],
    ['الحراك الجنوبي', 'kb:org:HIRAK', 'YEMOPP'],
    ['كتائب القسام', 'kb:org:QASSAM', 'PSEREB'],
  ];
  for (const [name, kbId, code] of cases) {
    it(`${name} → ${kbId}, actor ${code}`, () => {
      const doc = analyse(`خبر\nواتهم ${name} الحكومة بخرق الاتفاق.`, '2017-01-01');
      const entity = doc.entities.find((e) => e.mentions.some((m) => m.text === name));
      expect(entity?.type).toBe('ORG');
      expect(entity?.kb_id).toBe(kbId);
      const accuse = doc.events.find((e) => e.type === 'ACCUSE');
      expect(accuse?.actors.map((a) => a.code)).toContain(code);
    });
  }

  it("takes the longest name: Kata'ib Hezbollah is not Hezbollah, AQAP is not al-Qaeda", () => {
    const doc = analyse('خبر\nوأعلنت كتائب حزب الله وتنظيم القاعدة في جزيرة العرب مسؤوليتهما.', '2017-01-01');
    expect(byName(doc, 'كتائب حزب الله')?.kb_id).toBe('kb:org:KH');
    expect(byName(doc, 'تنظيم القاعدة في جزيرة العرب')?.kb_id).toBe('kb:org:AQAP');
    expect(doc.entities.some((e) => e.kb_id === 'kb:org:HEZ' || e.kb_id === 'kb:org:AQ')).toBe(false);
  });

  it('codes groups already in the KB by their own code, not by their head word', () => {
    const doc = analyse(
      'خبر\nوقصفت قوات سوريا الديمقراطية مواقع التنظيم، واتهمت قوات الدعم السريع حركة العدل والمساواة بالهجوم.',
      '2017-01-01',
    );
    const codes = doc.events.flatMap((e) => [...e.actors, ...e.targets].map((a) => a.code));
    expect(codes).toEqual(expect.arrayContaining(['SYRREB', 'SDNMIL', 'SDNREB']));
    expect(codes).not.toContain('SYRMIL');
  });
});
