import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../src/doc/index.js';
import { expectValidDoc } from '../doc-invariants.js';
import { analyse } from '../times/helpers.js';

const pick = (q: Quantity) => [q.text, q.value, q.kind, q.unit, q.casualty];

type Case = [string, string, number, Quantity['kind'], string | null, Quantity['casualty']];

/** Families of constructions: [sentence, text, value, kind, unit, casualty] */
const FAMILIES: Record<string, Case[]> = {
  'indefinite and adverbial ordinals': [
    ['تنظم لأول مرة في تونس', 'أول', 1, 'ordinal', null, null],
    ['أوقف شخص ثالث في القضية', 'ثالث', 3, 'ordinal', null, null],
    ['حل المنتخب المغربي ثانيا', 'ثانيا', 2, 'ordinal', null, null],
    ['توفي مصاب رابع بالمستشفى', 'رابع', 4, 'ordinal', null, null],
  ],
  'ranks after the round or the minute, and a number joined to them': [
    ['تأهل إلى الدور 16 من المسابقة', '16', 16, 'ordinal', null, null],
    ['سجل في دق 12 و 67', '12', 12, 'ordinal', null, null],
    ['سجل في دق 12 و 67', '67', 67, 'ordinal', null, null],
    ['عادل في الدقيقة 90', '90', 90, 'ordinal', null, null],
  ],
  'indefinite duals count two': [
    ['أوقفت الدورية كهلين', 'كهلين', 2, 'count', 'كهلين', null],
    ['حجز الأعوان سلاحين', 'سلاحين', 2, 'count', 'سلاحين', null],
    ['اشترى كتابين جديدين', 'كتابين', 2, 'count', 'كتابين', null],
    ['تم تأمين رحلتين إضافيتين', 'رحلتين', 2, 'count', 'رحلتين', null],
    ['فاز الفريق بشوطين دون رد', 'شوطين', 2, 'count', 'شوطين', null],
    ['كلفة القطعة دينارين فقط', 'دينارين', 2, 'money', 'dinar', null],
  ],
  'number words agreeing with the noun before them': [
    ['أسفر الهجوم عن مقتل جنديين اثنين', 'جنديين', 2, 'count', 'soldier', 'killed'],
    // (a noun in its written form is never `detained`, as with a number before it: see the conventions)
    ['أوقف الأعوان مهربين اثنين', 'اثنين', 2, 'count', 'مهربين', null],
    ['لا تعمل إلا يوما في الأسبوع ومرة واحدة', 'واحدة', 1, 'cardinal', null, null],
    ['لا يتجاوز نصيب الفرد الواحد رغيفين', 'الواحد', 1, 'cardinal', null, null],
    ['يلعب بساق واحدة وليس بساقين', 'واحدة', 1, 'cardinal', null, null],
  ],
  'zero; a vague plural with a definite noun; dinars with millimes': [
    ['فاز الفريق بثلاثة أهداف لصفر', 'صفر', 0, 'cardinal', null, null],
    ['نسبة الإنجاز صفر بالمائة', 'صفر بالمائة', 0, 'percent', null, null],
    ['وقع عليها عشرات الأساتذة', 'عشرات الأساتذة', 10, 'count', 'الاساتذه', null],
    ['يتقاضى 80,000 د عن كل تنقل', '80,000 د', 80, 'money', 'dinar', null],
    ['ثمن الخبزة 0,230 د', '0,230 د', 0.23, 'money', 'dinar', null],
    ['هبت رياح بسرعة 70 كلم/س', '70 كلم/س', 70, 'count', 'km/h', null],
    ['بلغت سرعة الرياح 90 كلم في الساعة', '90 كلم', 90, 'count', 'km/h', null],
  ],
  'casualty verbs after the count; verbs and prepositions are no counted nouns': [
    ['أعلنت الأمم المتحدة أن 1792 شخصا قتلوا في أكتوبر', '1792 شخصا', 1792, 'count', 'person', 'killed'],
    ['انتشلت جثث سبعة رجال لقوا حتفهم', 'سبعة رجال', 7, 'count', 'رجال', 'killed'],
    ['مقارنة بـ 1003 لقوا مصرعهم', '1003', 1003, 'cardinal', null, 'killed'],
    ['ارتفع عدد الأسماك المحجوزة إلى 108 بوزن 6 أطنان', '108', 108, 'cardinal', null, null],
  ],
};

describe('quantity constructions', () => {
  for (const [family, cases] of Object.entries(FAMILIES)) {
    describe(family, () => {
      for (const [body, text, value, kind, unit, casualty] of cases) {
        it(`${text} in «${body}» → ${value} ${kind}`, () => {
          const doc = analyse(body, '2019-08-02');
          expect(doc.quantities.map(pick)).toContainEqual([text, value, kind, unit, casualty]);
          expectValidDoc(doc);
        });
      }
    });
  }

  /** [sentence, a word that must not be (part of) a quantity] */
  const NOT_QUANTITIES: [string, string][] = [
    ['التقى الوزير الأول بنظيره', 'الأول'],
    ['استقبلت السيدة الأولى الوفد', 'الأولى'],
    ['ومن جهة ثانية أكد الوزير', 'ثانية'],
    ['أوقف أعوان الأمن بمدنين مهربا', 'مدنين'],
    ['شارك مئات المسلحين', 'المسلحين'],
    ['اعتقل متهمين في القضية', 'متهمين'],
    ['تحدث إلى اللاعبين الخطيرين', 'الخطيرين'],
    ['قام بتأمين المكان', 'تأمين'],
    ['تحدث للأمين العام', 'للأمين'],
    ['عين معتمدا أول بولاية بنزرت', 'أول'],
    ['نقل إلى مستشفى الطاهر صفر', 'صفر'],
    ['قال الوزير رضا صفر إن المشروع جاهز', 'صفر'],
    ['سيتلقون على مدى عامين كاملين أجرا', 'املين'],
    ['وصل الوفد يوم الاثنين', 'الاثنين'],
  ];
  for (const [body, word] of NOT_QUANTITIES) {
    it(`«${word}» is no quantity in «${body}»`, () => {
      const doc = analyse(body, '2019-08-02');
      expect(doc.quantities.filter((q) => q.text === word)).toEqual([]);
    });
  }

  it('reads بساقيه الاثنين as two, not as Monday', () => {
    const doc = analyse('يلعب بساق واحدة وليس بساقيه الاثنين', '2019-08-02');
    expect(doc.times).toEqual([]);
    expect(doc.quantities.map((q) => [q.text, q.value, q.kind])).toContainEqual(['الاثنين', 2, 'count']);
  });
});
