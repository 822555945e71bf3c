import { describe, expect, it } from 'vitest';
import { expectValidDoc } from '../doc-invariants.js';
import { analyse } from './helpers.js';

/** [text, published, expected expression text, expected value] */
const CASES: [string, string | null, string, string][] = [
  ['وصل الوفد أول أمس إلى العاصمة', '2019-08-02', 'أول أمس', '2019-07-31'],
  ['عاد أمس الأول من جنيف', '2019-08-02', 'أمس الأول', '2019-07-31'],
  ['وصل الوزير بالأمس', '2019-08-02', 'الأمس', '2019-08-01'],
  ['يصل الوفد غداً إلى تونس', '2019-08-02', 'غداً', '2019-08-03'],
  ['تعقد الجلسة بعد غد', '2019-08-02', 'بعد غد', '2019-08-04'],
  ['اعتقل منذ ثلاثة أيام', '2019-08-02', 'منذ ثلاثة أيام', '2019-07-30'],
  ['تم ذلك الشهر الماضي', '2019-08-02', 'الشهر الماضي', '2019-07'],
  ['ارتفع العام الماضي', '2019-08-02', 'العام الماضي', '2018'],
  ['سينخفض العام المقبل', '2019-08-02', 'العام المقبل', '2020'],
  ['ارتفع خلال العام الحالي', '2019-08-02', 'العام الحالي', '2019'],
  ['سيزور تونس الأسبوع المقبل', '2019-08-02', 'الأسبوع المقبل', '2019-W32'],
  ['تعقد هذا الأسبوع', '2019-08-02', 'هذا الأسبوع', '2019-W31'],
  ['التقى به يوم السبت الماضي', '2019-08-02', 'يوم السبت الماضي', '2019-07-27'],
  ['سيلتقي به الخميس المقبل', '2019-08-02', 'الخميس المقبل', '2019-08-08'],
  ['سيصل الوفد والخميس يبدأ الحوار', '2019-08-02', 'الخميس', '2019-08-08'],
  ['ويعقد الاجتماع يوم 18 جانفي 2017', null, 'يوم 18 جانفي 2017', '2017-01-18'],
  ['في 3 كانون الثاني/يناير 2016', null, '3 كانون الثاني/يناير 2016', '2016-01-03'],
  ['في يناير (كانون الثاني) 2015', null, 'يناير (كانون الثاني) 2015', '2015-01'],
  ['الموافق 15 رمضان 1445هـ', null, '15 رمضان 1445هـ', '2024-03-25'],
  ['في أواخر الشهر', '2019-08-02', 'أواخر الشهر', '2019-08'],
  ['قبل نهاية العام', '2019-08-02', 'نهاية العام', '2019'],
  ['استمر عشرة أيام', null, 'عشرة أيام', 'P10D'],
  ['سجن 10 سنوات', null, '10 سنوات', 'P10Y'],
  ['لمدة ثلاثة أسابيع', null, 'ثلاثة أسابيع', 'P3W'],
  ['على الساعة العاشرة صباحا', '2019-08-02', 'الساعة العاشرة صباحا', '2019-08-02T10:00'],
  ['مساء أمس', '2019-08-02', 'مساء أمس', '2019-08-01TEV'],
  ['في ٢٠١٨/١١/٢٨', null, '٢٠١٨/١١/٢٨', '2018-11-28'],
  ['حتى 15-03-2016', null, '15-03-2016', '2016-03-15'],
  ['خلال التسعينيات', null, 'التسعينيات', '199'],
  ['يتدرب يوميا', null, 'يوميا', 'P1D'],
  ['حاليا', null, 'حاليا', 'PRESENT_REF'],
];

describe('time expressions', () => {
  for (const [body, published, text, value] of CASES) {
    it(`${text} → ${value}`, () => {
      const doc = analyse(body, published);
      expect(doc.times.map((t) => [t.text, t.value])).toContainEqual([text, value]);
      expectValidDoc(doc);
    });
  }

  it('reads a range "من 1 إلى 3 آب" as two days of the same month', () => {
    const doc = analyse('من 1 إلى 3 آب 2019', null);
    expect(doc.times.map((t) => t.value)).toEqual(['2019-08-01', '2019-08-03']);
  });

  it('resolves a weekday on the publication day to that day, for past and present verbs', () => {
    expect(analyse('انطلقت الأربعاء المحادثات', '2018-11-28').times[0]!.value).toBe('2018-11-28');
    expect(analyse('ستنطلق الأربعاء المحادثات', '2018-11-28').times[0]!.value).toBe('2018-11-28');
  });

  it('keeps unresolved values without a publication date', () => {
    const doc = analyse('وصل أمس ويغادر الأربعاء، في أيلول، قبل 10 أسابيع، الأسبوع الماضي، اليوم', null);
    expect(doc.times.map((t) => t.value)).toEqual([
      'REL:-1D',
      'XXXX-WXX-3',
      'XXXX-09',
      'REL:-10W',
      'REL:-1W',
      'REL:0D',
    ]);
    expect(doc.times.every((t) => t.anchor === null)).toBe(true);
  });

  it('does not take common words for months or days', () => {
    const doc = analyse('مارس الرياضة منذ صغره وأحد الأشخاص قال إن اليوم العالمي للمرأة مهم', '2019-08-02');
    expect(doc.times).toEqual([]);
  });

  it('uses spans exact into the text, after proclitics and over diacritics', () => {
    const doc = analyse('وَأَمْسِ وصل، والخميسَ يغادر', '2019-08-02');
    expect(doc.times.map((t) => t.text)).toEqual(['أَمْسِ', 'الخميسَ']);
    expectValidDoc(doc);
  });
});

describe('bad input in dates', () => {
  it('reports an impossible date and gives it no value', () => {
    const doc = analyse('في 31 شباط 2019 حدث ذلك', null);
    expect(doc.diagnostics.map((d) => d.rule)).toContain('times/impossible-date');
    expect(doc.times.some((t) => t.value.includes('-02-31'))).toBe(false);
  });

  it('reports a two-digit year and does not guess its century', () => {
    const doc = analyse("في صيف '19 وفي 12/3/19", null);
    expect(doc.diagnostics.filter((d) => d.rule === 'times/ambiguous-year')).toHaveLength(2);
    expect(doc.times.map((t) => t.value)).toEqual(['XX19', 'XXXX-03-12']);
  });

  it('reports a Hijri day that does not exist', () => {
    const doc = analyse('30 محرم 1445 هـ', null);
    expect(doc.diagnostics.map((d) => d.rule)).toContain('times/impossible-date');
    expect(doc.times).toEqual([]);
  });
});
