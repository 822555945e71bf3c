import { describeQuantityKinds, type QuantityCase } from './cases.js';

/**
 * Kinds of quantity that 248 unseen ANT sentences (`draw-eval-sentences.ts 10808 250`, held-out articles
 * dropped; session 10, not committed) showed wrong, each on constructed examples:
 * [sentence, text, value, kind, unit, approx, casualty].
 */
const FAMILIES: Record<string, QuantityCase[]> = {
  'يفوق عن / تفوق عن: more than, as يفوق alone': [
    ['يوفر المشروع ما يفوق عن 200 موطن شغل', '200 موطن', 200, 'count', 'موطن', 'more-than', null],
    ['بلغت قيمة المحجوز ما يفوق عن 30 ألف دينار', '30 ألف دينار', 30000, 'money', 'dinar', 'more-than', null],
  ],
  'الشقيقين that is no adjective still counts two': [
    ['تحدث الشقيقين عن الحادثة', 'الشقيقين', 2, 'count', 'شقيقين', null, null],
  ],
};

/** Words that count nothing here. */
const NOT_QUANTITIES: [string, string][] = [
  // a definite الشقيقين after a definite dual is its adjective
  ['جدد تضامنه مع البلدين الشقيقين', 'الشقيقين'],
  ['عبر عن دعمه للبلدين الشقيقين في محنتهما', 'الشقيقين'],
  // a dual after غير is a negated adjective
  ['ومن بين الأخطاء احتساب الهدف الأول واحتساب ضربتي جزاء غير صحيحتين لفريقه', 'صحيحتين'],
  // a nisba dual right after another nisba dual agrees with the same noun
  ['قال مسؤولان دفاعيان أمريكيان لوكالة رويترز إن الغارات تواصلت', 'أمريكيان'],
];

describeQuantityKinds('quantities: session 10 unseen kinds (second draw)', FAMILIES, NOT_QUANTITIES);
