import { expect, it } from 'vitest';
import { analyse } from '../times/helpers.js';
import { describeQuantityKinds, type QuantityCase } from './cases.js';

/**
 * Kinds of quantity found missing or wrong by `blind6`'s failures (session 7), each on examples of its
 * own: [sentence, text, value, kind, unit, approx, casualty].
 */
const FAMILIES: Record<string, QuantityCase[]> = {
  'duals: فاعول nouns (حاسوبين), nouns of people with a broken plural (شقيقين), stems in ت (وقتين)': [
    ['صادرت الشرطة حاسوبين وهاتفا', 'حاسوبين', 2, 'count', 'حاسوبين', null, null],
    ['أطلقت الكوريتان صاروخين في البحر', 'صاروخين', 2, 'count', 'صاروخين', null, null],
    ['اعتدى المنحرف على شقيقين في الحي', 'شقيقين', 2, 'count', 'شقيقين', null, null],
    ['حسمت المقابلة في شوطيها الأول والثاني', 'شوطيها', 2, 'count', 'شوطيها', null, null],
    ['لم يحسم اللقاء خلال وقتيها الأصلي والإضافي', 'وقتيها', 2, 'count', 'وقتيها', null, null],
  ],
  'an unknown word in تين before an adjective in the dual: the noun is counted': [
    ['برمج الفريق مقابلتين وديتين الأسبوع المقبل', 'مقابلتين', 2, 'count', 'مقابلتين', null, null],
    ['سيخوض المنتخب مبارتين وديتين في الدوحة', 'مبارتين', 2, 'count', 'مبارتين', null, null],
  ],
  'definite duals of people with a broken plural (عناصر، شيوخ، حراس), the adjective after them passed over': [
    ['وقال المصدر إن العنصرين من أصيلي الجهة', 'العنصرين', 2, 'count', 'العنصرين', null, null],
    ['تعرض الحارسان إلى اعتداء بالعنف', 'الحارسان', 2, 'count', 'الحارسان', null, null],
    ['انتقد التحالف بين الشيخين الحليفين في الحكم', 'الشيخين', 2, 'count', 'الشيخين', null, null],
  ],
  'a fraction before a noun in ية counts no noun; digits in brackets before their unit': [
    ['تحصلت التلميذة على معدل 18.75 رياضية في الباكالوريا', '18.75', 18.75, 'cardinal', null, null, null],
    ['حجزت الوحدات بندقية عيار (7,62) مليمتر', '7,62', 7.62, 'count', 'مليمتر', null, null],
  ],
  'a bare number reached by temperatures in degrees': [
    ['تتراوح الحرارة بين 20 و 25 درجة بالشمال وتبلغ 33 بالجنوب', '33', 33, 'count', 'درجه', null, null],
  ],
  'a number opening a line before a verbal noun numbers a list item': [
    ['2 تعزيز الرقابة على المسالك', '2', 2, 'ordinal', null, null, null],
    ['العنوان\n3 إحداث خلية أزمة بكل ولاية', '3', 3, 'ordinal', null, null, null],
  ],
  'negated verbs of exceeding, with a noun between, and a second measure joined by و': [
    [
      'لا يتعدى عرضها 60 سنتيمترا وطولها 80 سنتيمترا',
      '60 سنتيمترا',
      60,
      'count',
      'سنتيمترا',
      'at-most',
      null,
    ],
    [
      'لا يتعدى عرضها 60 سنتيمترا وطولها 80 سنتيمترا',
      '80 سنتيمترا',
      80,
      'count',
      'سنتيمترا',
      'at-most',
      null,
    ],
    ['لم يتعد الإنتاج 5 آلاف طن هذا الموسم', '5 آلاف طن', 5000, 'count', 'tonne', 'at-most', null],
  ],
  'casualties: imprisonment, seizure, release, captivity; killing by القضاء على and حتى الموت': [
    ['قضت المحكمة بسجن 7 أشخاص في قضية تهريب', '7 أشخاص', 7, 'count', 'person', null, 'detained'],
    ['تمكنت دورية من ضبط 4 أشخاص بصدد اجتياز الحدود', '4 أشخاص', 4, 'count', 'person', null, 'detained'],
    ['قررت المحكمة إطلاق سراح 12 شخصا', '12 شخصا', 12, 'count', 'person', null, 'detained'],
    ['عثر الجيش على 5 أشخاص كانوا محتجزين في مخبأ', '5 أشخاص', 5, 'count', 'person', null, 'detained'],
    ['تم القضاء على أربعة إرهابيين في عملية أمنية', 'أربعة إرهابيين', 4, 'count', 'ارهابيين', null, 'killed'],
    ['ضرب المعتدي حتى الموت ثلاثة أشخاص', 'ثلاثة أشخاص', 3, 'count', 'person', null, 'killed'],
  ],
  'cases: of suffocation are people hurt, of an illness none': [
    ['سجلت المصالح الصحية 12 حالة اختناق', '12 حالة', 12, 'count', 'حاله', null, 'injured'],
    ['رصدت الوزارة 300 إصابة بمرض السل', '300 إصابة', 300, 'count', 'اصابه', null, null],
    ['أسفر الانفجار عن 30 إصابة بجروح متفاوتة', '30 إصابة', 30, 'count', 'اصابه', null, 'injured'],
  ],
  'job seekers and prisoners keep their written form': [
    ['يوجد 90 عرض شغل مقابل 100 طالب شغل', '100 طالب', 100, 'count', 'طالب', null, null],
    ['استفاد 250 سجينا من العفو الرئاسي', '250 سجينا', 250, 'count', 'سجينا', null, null],
  ],
};

/** What must stay no quantity. */
const NOT_QUANTITIES: [string, string][] = [
  // the adjective agreeing with a counted dual
  ['برمج الفريق مقابلتين وديتين الأسبوع المقبل', 'وديتين'],
  ['انتقد التحالف بين الشيخين الحليفين في الحكم', 'الحليفين'],
];

describeQuantityKinds('quantities: kinds from blind6 (session 7)', FAMILIES, NOT_QUANTITIES, () => {
  it('animals killed are no casualties', () => {
    const q = analyse('تم القضاء على 300 كلب سائب في الولاية', '2017-03-01').quantities;
    expect(q.map((x) => [x.text, x.casualty])).toEqual([['300 كلب', null]]);
  });
  it('a count opening a line is still a count', () => {
    const q = analyse('3 أشخاص أصيبوا في الحادث', '2017-03-01').quantities;
    expect(q.map((x) => [x.text, x.kind])).toEqual([['3 أشخاص', 'count']]);
  });
});
