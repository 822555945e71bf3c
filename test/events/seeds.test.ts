import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/doc/index.js';
import { expectValidDoc } from '../doc-invariants.js';
import { analyseSeed } from './helpers.js';

// Expectations written by reading the two seed articles; nothing in the pass knows these strings.
const round13 = analyseSeed('000_979cc18ec33a5328.txt', '2019-08-02');
const round11 = analyseSeed('001_12314e3d2425e948.txt', '2018-11-28');

const codes = (list: Event['actors']): string[] => list.map((a) => a.code);
const hasCountry = (e: Event, c: string): boolean => e.actors.some((a) => a.code.startsWith(c));
const talksOf = (events: Event[]): Event[] =>
  events.filter((e) => e.type === 'CONSULT' && e.details?.round != null);

describe('seed: round 11 of the Astana talks', () => {
  it('keeps the document valid', () => expectValidDoc(round11));

  it('merges the talks into one event with round, place, date and parties', () => {
    const talks = talksOf(round11.events);
    expect(talks).toHaveLength(1);
    const t = talks[0]!;
    expect(t.details!.round).toBe(11);
    expect(t.place?.name).toContain('أستانا');
    expect(t.time?.value).toBe('2018-11-28');
    expect(t.modality).toBe('asserted');
    expect(t.evidence.length).toBeGreaterThanOrEqual(3);
    for (const c of ['IRN', 'RUS', 'TUR']) expect(hasCountry(t, c), c).toBe(true);
    expect(t.gloss).toMatch(/CONSULT/);
  });

  it('finds the alleged chemical attack in Aleppo as reported, not asserted', () => {
    const chem = round11.events.find((e) => e.type === 'ASSAULT' && e.mode === 'cbrn');
    expect(chem?.place?.name).toContain('حلب');
    expect(chem?.modality).toBe('reported');
  });

  it('finds the Russian air strikes on the buffer zone near Idlib, merged across mentions', () => {
    const strikes = round11.events.find((e) => e.type === 'ASSAULT' && e.mode === 'aerial');
    expect(strikes).toBeDefined();
    expect(hasCountry(strikes!, 'RUS')).toBe(true);
    expect(strikes!.place?.name).toContain('إدلب');
    expect(strikes!.modality).toBe('asserted');
    expect(strikes!.evidence.length).toBeGreaterThanOrEqual(2);
    expect(strikes!.gloss).toMatch(/^Russia.*ASSAULT \(aerial\)/);
  });

  it('finds the Russia–Turkey agreement on the demilitarised zone', () => {
    const deal = round11.events.find((e) => e.type === 'AGREE');
    expect(deal).toBeDefined();
    expect(codes(deal!.actors)).toEqual(expect.arrayContaining(['RUS', 'TUR']));
  });

  it('reports the US staying away as negated, with who said so', () => {
    const us = round11.events.find(
      (e) => e.type === 'CONSULT' && hasCountry(e, 'USA') && e.modality === 'negated',
    );
    expect(us).toBeDefined();
    expect(us!.attribution?.text).toContain('الموفد');
  });

  it('attributes the shelling of Aleppo to the terrorist groups, as Moscow says', () => {
    const shelling = round11.events.find((e) => e.type === 'ASSAULT' && e.mode === 'heavy-weapons');
    expect(shelling?.place?.name).toContain('حلب');
    expect(shelling?.actors[0]?.code).toMatch(/REB$/);
    expect(shelling?.modality).toBe('reported');
    expect(shelling?.attribution?.text).toBe('موسكو');
  });

  it('keeps the offensive the agreement was to avoid hypothetical', () => {
    const offensive = round11.events.find((e) => e.type === 'ASSAULT' && e.modality === 'hypothetical');
    expect(offensive).toBeDefined();
    expect(hasCountry(offensive!, 'SYR')).toBe(true);
  });
});

describe('seed: round 13 of the Astana talks', () => {
  it('keeps the document valid', () => expectValidDoc(round13));

  it('merges the talks and fills what analysts track', () => {
    const talks = talksOf(round13.events);
    expect(talks).toHaveLength(1);
    const d = talks[0]!.details!;
    expect(d.round).toBe(13);
    expect(talks[0]!.modality).toBe('asserted');
    expect(talks[0]!.evidence.length).toBeGreaterThanOrEqual(3);
    const heads = Object.fromEntries(d.delegations.map((x) => [x.party, x.head]));
    expect(heads['الوفد الروسي']).toBe('ألكساندر لافرينتيف');
    expect(heads['وفد الحكومة السورية']).toBe('بشار الجعفري');
    expect(heads['الوفد الإيراني']).toBe('علي عسكر حاجي');
    expect(d.absent.some((a) => a.party.includes('المبعوث'))).toBe(true);
    expect(d.agenda).toEqual(expect.arrayContaining(['ملف اللجنة الدستورية', 'ملف الأسرى والمعتقلين']));
    expect(d.outcome).toBe('joint statement');
  });

  it('finds the two bilateral meetings', () => {
    const meetings = round13.events.filter(
      (e) => e.type === 'CONSULT' && e.details && e.details.round === null && hasCountry(e, 'RUS'),
    );
    const partners = meetings.flatMap((m) => codes(m.targets));
    expect(partners).toEqual(expect.arrayContaining(['SYRGOV', 'IRNGOV']));
    expect(meetings.length).toBeGreaterThanOrEqual(2);
  });

  it('finds the shelling and air strikes in Idlib', () => {
    const assaults = round13.events.filter((e) => e.type === 'ASSAULT' && e.place?.name.includes('إدلب'));
    expect(assaults.map((e) => e.mode)).toEqual(expect.arrayContaining(['aerial', 'heavy-weapons']));
  });

  it('does not count the UN envoy as attending', () => {
    const envoy = round13.events.filter((e) => e.type === 'CONSULT' && codes(e.actors).includes('IGOUNO'));
    expect(envoy.length).toBeGreaterThan(0);
    for (const e of envoy) expect(e.modality).toBe('negated');
  });

  it("finds Turkey's demand and the de-escalation it demands", () => {
    const demand = round13.events.find((e) => e.type === 'REQUEST');
    expect(demand && hasCountry(demand, 'TUR')).toBe(true);
    expect(round13.events.some((e) => e.type === 'RETREAT' && e.modality === 'demanded')).toBe(true);
  });

  it('reads the expected ceasefire as expected and the broken commitments as negated', () => {
    expect(round13.events.some((e) => e.type === 'RETREAT' && e.modality === 'expected')).toBe(true);
    const commit = round13.events.find((e) => e.trigger.text.includes('تلتزم'));
    expect(commit?.modality).toBe('negated');
  });

  it('finds the opposition taking part', () => {
    const opp = round13.events.find((e) => e.type === 'CONSULT' && codes(e.actors).includes('SYROPP'));
    expect(opp?.modality).toBe('asserted');
  });
});
