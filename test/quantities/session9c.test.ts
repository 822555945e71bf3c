import { expect, it } from 'vitest';
import { analyse } from '../times/helpers.js';
import { describeQuantityKinds, type QuantityCase } from './cases.js';

/**
 * Kinds of quantity that 300 more unseen ANT sentences (seed 6161, session 9c, not committed) showed
 * missing or wrong, each on constructed examples: [sentence, text, value, kind, unit, approx, casualty].
 */
const FAMILIES: Record<string, QuantityCase[]> = {
  'a dual score against a unit of its own stays (بهدفين لصفر، شوطين دون رد)': [
    ['فاز الفريق بهدفين لصفر', 'هدفين', 2, 'count', 'goal', null, null],
    ['فاز الفريق بشوطين دون رد', 'شوطين', 2, 'count', 'شوطين', null, null],
  ],
  'a pronoun after بين or the word زائد is no counted noun': [
    ['قتل شخص وأصيب 20 بينهم اثنان في حالة خطيرة', '20', 20, 'cardinal', null, null, 'injured'],
    ['شارك في الحوار 7 زائد 3 من الدول', '7', 7, 'cardinal', null, null, null],
  ],
  'a thousandths amount keeps no float noise (158ر4 ملايين)': [
    ['يخصص الباقي 158ر4 ملايين دينار للتنمية', '158ر4 ملايين دينار', 4158000, 'money', 'dinar', null, null],
    ['رصدت الوزارة 3ر2 مليون دينار', '3ر2 مليون دينار', 2300000, 'money', 'dinar', null, null],
  ],
  'a charge glued to ب after a number word is no counted noun (اثنين بتهمة)': [
    ['تم القبض على اثنين بتهمة السرقة', 'اثنين', 2, 'cardinal', null, null, 'detained'],
  ],
  'the verb قضى right before على kills (قضت على ثلاثة)': [
    ['قضت على ثلاثة من الإرهابيين', 'ثلاثة من الإرهابيين', 3, 'count', 'الارهابيين', null, 'killed'],
    ['أعلن الجيش أنه قضى على 4 إرهابيين', '4 إرهابيين', 4, 'count', 'ارهابيين', null, 'killed'],
    // a court's sentence (قضت المحكمة على) kills no one
    ['قضت المحكمة على 3 متهمين بالسجن', '3 متهمين', 3, 'count', 'متهمين', null, null],
  ],
  'ألف stays a thousand outside a division name': [
    ['منح الصندوق الوطني ألف دينار للعائلة', 'ألف دينار', 1000, 'money', 'dinar', null, null],
  ],
};

/**
 * (A dual score against one of its unit, بهدفين لهدف، شوطين لشوط, was annotated as nothing here until
 * session 12: six splits' annotators count its two, see test/quantities/session12.test.ts.)
 */
const NOT_QUANTITIES: [string, string][] = [
  // eight digits after الرقم التالي : or الأرقام التالية are phone numbers, and the next one after و too
  ['يرجى الاتصال فورا على الرقم التالي : 52262584', '52262584'],
  ['للاستفسار يمكن الاتصال على الأرقام التالية: 71.123.456 و 98.765.432', '71.123.456'],
  ['للاستفسار يمكن الاتصال على الأرقام التالية: 71.123.456 و 98.765.432', '98.765.432'],
  // a quoted short word and number is a model name
  ['انفجار بطارية غالاكسي "نوت 7" في الأسواق', '7'],
  ['أرسل الجيش طائرة مقاتلة طراز "اف 16" لنقل الجهاز', '16'],
  // القسم الوطني ألف is division A
  ['تدور منافسات القسم الوطني ألف لكرة اليد', 'ألف'],
  // an age in springs is a duration (times), no ordinal
  ['توفي الشاب ذو الـ18 ربيعا في الحادث', '18'],
  ['شاب يبلغ من العمر عشرين ربيعا', 'عشرين'],
];

describeQuantityKinds('quantities: session 9c unseen kinds', FAMILIES, NOT_QUANTITIES, () => {
  it('no value carries float noise from a decimal scale', () => {
    for (const body of ['بلغت الكلفة 1ر7 مليون دينار', 'رصد 158ر4 ملايين دينار', 'بلغت 0.7 مليار دينار']) {
      for (const q of analyse(body, '2017-03-01').quantities) {
        expect(Number(q.value.toPrecision(12))).toBe(q.value);
      }
    }
  });
});
