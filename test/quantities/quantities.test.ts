import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../src/doc/index.js';
import { parseDigits } from '../../src/annotate/numbers/numerals.js';
import { expectValidDoc } from '../doc-invariants.js';
import { analyse, analyseExample } from '../times/helpers.js';
import { pickQuantity, type QuantityCase } from './cases.js';

const CASES: QuantityCase[] = [
  ['وصل ثلاثة وزراء', 'ثلاثة وزراء', 3, 'count', 'وزراء', null, null],
  ['قتل عشرات المدنيين', 'عشرات المدنيين', 10, 'count', 'civilian', 'at-least', 'killed'],
  ['فر مئات الأشخاص', 'مئات الأشخاص', 100, 'count', 'person', 'at-least', 'displaced'],
  ['بكلفة ألفين دينار', 'ألفين دينار', 2000, 'money', 'dinar', null, null],
  ['يسكنها قرابة 3 ملايين شخص', '3 ملايين شخص', 3_000_000, 'count', 'person', 'about', null],
  ['أودى بحياة أكثر من 360 ألف شخص', '360 ألف شخص', 360_000, 'count', 'person', 'more-than', 'killed'],
  ['بقيمة مليار ونصف دولار', 'مليار ونصف دولار', 1_500_000_000, 'money', 'dollar', null, null],
  ['نحو 1.5 مليون لاجئ', '1.5 مليون لاجئ', 1_500_000, 'count', 'refugee', 'about', null],
  ['أكثر من عشرة', 'عشرة', 10, 'cardinal', null, 'more-than', null],
  ['الجولة 13 من المحادثات', '13', 13, 'ordinal', null, null, null],
  ['وهي الجولة الـ11', 'الـ11', 11, 'ordinal', null, null, null],
  ['الدورة الحادية عشرة', 'الحادية عشرة', 11, 'ordinal', null, null, null],
  ['في الدورة الثالث عشر', 'الثالث عشر', 13, 'ordinal', null, null, null],
  ['هي الأولى لها', 'الأولى', 1, 'ordinal', null, null, null],
  ['بنسبة 12 %', '12 %', 12, 'percent', null, null, null],
  ['بنسبة 4,5 بالمئة', '4,5 بالمئة', 4.5, 'percent', null, null, null],
  ['ارتفع بـ7 في المائة', '7 في المائة', 7, 'percent', null, null, null],
  ['رصد مليون دينار', 'مليون دينار', 1_000_000, 'money', 'dinar', null, null],
  ['دفع ٢٥٠ يورو', '٢٥٠ يورو', 250, 'money', 'euro', null, null],
  ['بمبلغ 5 آلاف ليرة', '5 آلاف ليرة', 5000, 'money', 'lira', null, null],
  ['قتل 12 مدنيا', '12 مدنيا', 12, 'count', 'civilian', null, 'killed'],
  ['إصابة 5 أشخاص', '5 أشخاص', 5, 'count', 'person', null, 'injured'],
  ['اعتقال ما لا يقل عن 20 شخصا', '20 شخصا', 20, 'count', 'person', 'at-least', 'detained'],
  ['سقط 7 قتلى', '7 قتلى', 7, 'count', 'person', null, 'killed'],
  ['أقل من 1,500,000 ناخب', '1,500,000 ناخب', 1_500_000, 'count', 'ناخب', 'less-than', null],
  ['نشر خمسة وعشرين مقالا', 'خمسة وعشرين مقالا', 25, 'count', 'article', null, null],
  ['بلغ عدد الجنود ثلاثمائة', 'ثلاثمائة', 300, 'cardinal', null, null, null],
];

describe('quantities', () => {
  for (const [body, ...expected] of CASES) {
    it(`${expected[0]} → ${expected[1]} ${expected[2]}`, () => {
      const doc = analyse(body, '2018-11-28');
      expect(doc.quantities.map(pickQuantity)).toContainEqual(expected);
      expectValidDoc(doc);
    });
  }

  it('does not count numbers that belong to dates, durations or times', () => {
    const doc = analyse('منذ آذار/مارس 2011 وقبل 10 أسابيع ولمدة يومين، في 18 جانفي 2017', '2018-11-28');
    expect(doc.quantities).toEqual([]);
  });

  it('numbers quantities q1, q2, … in text order', () => {
    const doc = analyse('قتل 3 أشخاص وأصيب 5 آخرون في الجولة 13', '2018-11-28');
    expect(doc.quantities.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
  });

  it('reports a number beyond the safe integers instead of a wrong value', () => {
    const doc = analyse('بلغ الدين 123456789012345678901 دولار', null);
    expect(doc.quantities).toEqual([]);
    expect(doc.diagnostics.map((d) => d.rule)).toContain('quantities/unsafe-number');
  });

  it('finds the quantities of the seeds', () => {
    const r11 = analyseExample('001_12314e3d2425e948.txt', '2018-11-28');
    expect(r11.quantities.map(pickQuantity)).toEqual([
      ['الثلاث', 3, 'cardinal', null, null, null],
      ['3 ملايين شخص', 3_000_000, 'count', 'person', 'about', null],
      ['الأولى', 1, 'ordinal', null, null, null],
      ['الـ11', 11, 'ordinal', null, null, null],
      ['360 ألف شخص', 360_000, 'count', 'person', 'more-than', 'killed'],
    ]);
    const r13 = analyseExample('000_979cc18ec33a5328.txt', '2019-08-02');
    expect(r13.quantities.map(pickQuantity)[0]).toEqual(['13', 13, 'ordinal', null, null, null]);
    expectValidDoc(r11);
    expectValidDoc(r13);
  });
});

describe('parseDigits', () => {
  it('reads thousands and decimal separators', () => {
    expect(parseDigits('1,500,000')?.value).toBe(1_500_000);
    expect(parseDigits('2.016.395')?.value).toBe(2_016_395);
    expect(parseDigits('360.000')?.value).toBe(360_000);
    expect(parseDigits('2,449')?.value).toBe(2.449);
    expect(parseDigits('3.5')?.value).toBe(3.5);
    expect(parseDigits('12a')).toBeNull();
    expect(parseDigits('9007199254740993')?.unsafe).toBe(true);
    expect(parseDigits('9007199254740991')).toEqual({ value: 9007199254740991, unsafe: false });
  });
});

describe('more quantities', () => {
  const cases: [string, string, number, Quantity['kind'], string | null][] = [
    ['خصم 5ر1 دينار', '5ر1 دينار', 1.5, 'money', 'dinar'],
    ['انخفاض بنسبة 04ر1 بالمائة', '04ر1 بالمائة', 1.04, 'percent', null],
    ['اللاعب المصنف 53 عالميا', '53', 53, 'ordinal', null],
    ['إيقاف شخصين', 'شخصين', 2, 'count', 'person'],
    ['بين 20 و30 مليار دولار', '20', 20_000_000_000, 'money', 'dollar'],
    ['بين 200 و 300 دولار', '200', 200, 'money', 'dollar'],
  ];
  for (const [body, text, value, kind, unit] of cases) {
    it(`${text} → ${value} ${kind}`, () => {
      const q = analyse(body, null).quantities.find((x) => x.text === text);
      expect(q && [q.value, q.kind, q.unit]).toEqual([value, kind, unit]);
    });
  }
});
