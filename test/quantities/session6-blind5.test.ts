import { describeQuantityKinds, type QuantityCase } from './cases.js';

/**
 * Kinds of quantity found missing or wrong by `blind5`'s failures (session 6), each on examples of its
 * own: [sentence, text, value, kind, unit, approx, casualty].
 */
const FAMILIES: Record<string, QuantityCase[]> = {
  'definite duals of people: broken plurals in ين / ان, feminines in تين / تان': [
    ['وقع الوزيران على الاتفاقية في العاصمة', 'الوزيران', 2, 'count', 'الوزيران', null, null],
    ['استقبل الرئيسين في القصر الرئاسي', 'الرئيسين', 2, 'count', 'الرئيسين', null, null],
    ['تحصلت التلميذتان على جائزة التميز', 'التلميذتان', 2, 'count', 'التلميذتان', null, null],
    ['تم نقل المصابتين إلى المستشفى الجهوي', 'المصابتين', 2, 'count', 'المصابتين', null, 'injured'],
  ],
  'miles; a measure with the article before its digits': [
    ['قطع العداء مسافة 26 ميلا في السباق', '26 ميلا', 26, 'count', 'mile', null, null],
    ['يبلغ قطر الكويكب الـ80 ميلا حسب العلماء', 'الـ80 ميلا', 80, 'count', 'mile', null, null],
    ['تمتد الطريق على الـ40 كلم الأولى', 'الـ40 كلم', 40, 'count', 'km', null, null],
  ],
  'ثان ("second", its ي dropped); الواحد after a noun with لل': [
    ['كشف التحقيق تورط شخص ثان في العملية', 'ثان', 2, 'ordinal', null, null, null],
    ['بلغ سعر النفط 60 دولارا للبرميل الواحد', 'الواحد', 1, 'cardinal', null, null, null],
  ],
};

/** What must stay no quantity. */
const NOT_QUANTITIES: [string, string][] = [
  ['صادق البرلمان على القانون الجديد', 'البرلمان'],
  ['يدافع المحامون عن حقوق الإنسان', 'الإنسان'],
  ['سجل اللاعب في الدقيقة الـ20 من اللقاء', 'الـ20 من'],
];

describeQuantityKinds('quantities: kinds from blind5 (session 6)', FAMILIES, NOT_QUANTITIES);
