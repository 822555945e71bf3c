import { describe, expect, it } from 'vitest';
import type { TimeExpr } from '../../src/doc/index.js';
import { expectValidDoc } from '../doc-invariants.js';
import { analyseExample } from './helpers.js';

const pick = (t: TimeExpr) => ({
  text: t.text,
  type: t.type,
  value: t.value,
  ...(t.mod ? { mod: t.mod } : {}),
});

describe('times on the round 13 seed (published 2019-08-02, a Friday)', () => {
  const doc = analyseExample('000_979cc18ec33a5328.txt', '2019-08-02');
  const times = doc.times.map(pick);

  it('resolves every expression', () => {
    expect(times).toContainEqual({ text: 'أمس', type: 'DATE', value: '2019-08-01' });
    expect(times).toContainEqual({ text: 'اليوم', type: 'DATE', value: '2019-08-02' });
    expect(times).toContainEqual({ text: 'قبل يومين', type: 'DATE', value: '2019-07-31' });
    expect(times).toContainEqual({ text: 'يومين', type: 'DURATION', value: 'P2D' });
    expect(times).toContainEqual({ text: 'الأشهر الماضية', type: 'DATE', value: 'PAST_REF' });
  });

  it('finds nothing else and keeps spans valid', () => {
    expect(times).toHaveLength(5);
    expect(doc.diagnostics.filter((d) => d.rule.startsWith('times/'))).toEqual([]);
    expectValidDoc(doc);
  });
});

describe('times on the round 11 seed (published 2018-11-28, a Wednesday)', () => {
  const doc = analyseExample('001_12314e3d2425e948.txt', '2018-11-28');
  const times = doc.times.map(pick);

  it('resolves weekdays by tense: the day itself, past events back, expected ones forward', () => {
    expect(times).toContainEqual({ text: 'الأربعاء', type: 'DATE', value: '2018-11-28' });
    expect(times).toContainEqual({ text: 'السبت', type: 'DATE', value: '2018-11-24' });
    expect(times).toContainEqual({ text: 'الأحد', type: 'DATE', value: '2018-11-25' });
    expect(times).toContainEqual({ text: 'الخميس', type: 'DATE', value: '2018-11-29' });
  });

  it('resolves relative, paired-month, part-of-period and season expressions', () => {
    expect(times.filter((t) => t.text === 'قبل 10 أسابيع')).toEqual([
      { text: 'قبل 10 أسابيع', type: 'DATE', value: '2018-09-19' },
      { text: 'قبل 10 أسابيع', type: 'DATE', value: '2018-09-19' },
    ]);
    expect(times).toContainEqual({ text: 'يومين', type: 'DURATION', value: 'P2D' });
    expect(times).toContainEqual({ text: 'منتصف أيلول/سبتمبر', type: 'DATE', value: '2018-09', mod: 'MID' });
    expect(times).toContainEqual({ text: 'أيلول/سبتمبر', type: 'DATE', value: '2018-09' });
    expect(times).toContainEqual({ text: 'مطلع 2017', type: 'DATE', value: '2017', mod: 'START' });
    expect(times).toContainEqual({ text: 'آذار/مارس 2011', type: 'DATE', value: '2011-03' });
    expect(times).toContainEqual({ text: 'الأسبوع الماضي', type: 'DATE', value: '2018-W47' });
    expect(times).toContainEqual({ text: 'خريف 2015', type: 'DATE', value: '2015-FA' });
  });

  it('does not take "الجولة الحالية" for a time, and keeps spans valid', () => {
    expect(times.some((t) => t.text.includes('الحالية'))).toBe(false);
    expect(times).toHaveLength(13);
    expectValidDoc(doc);
  });

  it('records the anchor of relative values and none for absolute ones', () => {
    expect(doc.times.find((t) => t.text === 'السبت')!.anchor).toBe('2018-11-28');
    expect(doc.times.find((t) => t.text === 'خريف 2015')!.anchor).toBeNull();
    expect(doc.times.find((t) => t.text === 'قبل 10 أسابيع')!.granularity).toBe('week');
  });
});
