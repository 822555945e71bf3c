import { describeTimeKinds, type KeptCase, type TimeCase } from './helpers.js';

// 2019-08-02 is a Friday
const FRI = '2019-08-02';

/**
 * Kinds of time expression that 300 unseen ANT sentences (seed 4242, session 9, not committed) showed
 * wrong, each on examples of its own: [text, published, expected expression text, type, value].
 */
const FAMILIES: Record<string, TimeCase[]> = {
  'a single unit after a count (خلال اليوم الواحد، في الشهر الواحد) is a rate, not today': [
    ['يعبر الحدود نحو 500 مسافر خلال اليوم الواحد', FRI, 'اليوم', 'SET', 'P1D'],
    ['ينتج المصنع 200 طن في اليوم الواحد', FRI, 'اليوم', 'SET', 'P1D'],
    ['لا تتجاوز المنحة 50 دينارا في الشهر الواحد', FRI, 'الشهر', 'SET', 'P1M'],
  ],
  'a Hijri month with a year of the modern era, with or without هـ': [
    ['صدر القرار في شهر صفر 1441 بعد مشاورات', FRI, 'شهر صفر 1441', 'DATE', '2019-10'],
    ['يوافق ذلك شوال 1440 هـ', FRI, 'شوال 1440 هـ', 'DATE', '2019-06'],
  ],
  'one unit after أجل / مهلة (a time limit) is a duration': [
    ['منحت البلدية التجار أجل شهر لتسوية وضعياتهم', FRI, 'شهر', 'DURATION', 'P1M'],
    ['منحت الهيئة الأحزاب مهلة أسبوع لتقديم القوائم', FRI, 'أسبوع', 'DURATION', 'P1W'],
  ],
};

/** What must stay as it was. */
const KEPT: KeptCase[] = [
  // a number after a Hijri month that no year of the era can be counts what follows
  ['سجلت المصالح خلال شهر رمضان 640 مخالفة', FRI, []],
  ['أجرت الفرق في شعبان 95 عملية مراقبة', FRI, []],
  // اليوم الواحد with nothing counted before it is neither today nor a rate
  ['اليوم الواحد لا يكفي لزيارة المدينة', FRI, []],
  // البلاي أوت is the play-out of a league, not August
  ['تنطلق مرحلة البلاي أوت يوم 12 مارس 2017', FRI, ['2017-03-12']],
  // today stays today
  ['أكد الوزير اليوم أن المصنع ينتج 200 طن', FRI, ['2019-08-02']],
];

describeTimeKinds('times: kinds from unseen sentences (session 9)', FAMILIES, KEPT);
