import { describeTimeKinds, type KeptCase, type TimeCase } from './helpers.js';

// 2019-08-02 is a Friday
const FRI = '2019-08-02';

/**
 * Kinds of time expression found missing or wrong by `blind6`'s failures (session 7), each on examples of
 * its own: [text, published, expected expression text, type, value].
 */
const FAMILIES: Record<string, TimeCase[]> = {
  'منذ / قبل with an approximation before one day or week: the day that unit back': [
    ['قدمت الوزارة مطلبها منذ نحو أسبوع دون رد', FRI, 'منذ نحو أسبوع', 'DATE', '2019-07-26'],
    ['غادر اللاعب المعسكر منذ حوالي أسبوع', FRI, 'منذ حوالي أسبوع', 'DATE', '2019-07-26'],
  ],
  'N units مضت / خلت after a preposition: that many units back, a date': [
    ['تعود القضية إلى 20 سنة مضت حسب المحامي', FRI, '20 سنة مضت', 'DATE', '1999'],
    ['تمتد جذور الخلاف إلى عشر سنوات خلت', FRI, 'عشر سنوات خلت', 'DATE', '2009'],
  ],
  'one unit of age after من العمر': [
    ['توفي الطفل البالغ من العمر سنة إثر الحادث', FRI, 'سنة', 'DURATION', 'P1Y'],
    ['نقلت الرضيعة البالغة من العمر شهرا إلى المستشفى', FRI, 'شهرا', 'DURATION', 'P1M'],
  ],
  'صباح with its alif dropped after a day (غدا صباح)': [
    ['يعود الوفد إلى تونس غدا صباح على متن طائرة خاصة', FRI, 'غدا صباح', 'TIME', '2019-08-03TMO'],
  ],
  'شهر glued to the month by a typo': [
    ['ستنطلق الأشغال في شهرسبتمبر المقبل', FRI, 'شهرسبتمبر المقبل', 'DATE', '2019-09'],
    ['انعقد المؤتمر في شهرمارس الماضي', FRI, 'شهرمارس الماضي', 'DATE', '2019-03'],
  ],
  'الاثنين as Monday after a word in ية (a place, a nisba), not the number two': [
    ['أوقفت الوحدات الأمنية بالمهدية الاثنين شابا مفتشا عنه', FRI, 'الاثنين', 'DATE', '2019-07-29'],
  ],
};

/** What must stay as it was. */
const KEPT: KeptCase[] = [
  // a duration after a noun: the accumulations of four years, not a date
  ['تعاني المؤسسة من تراكمات 4 سنوات مضت', FRI, ['P4Y']],
  // longer units after an approximation stay durations
  ['يعاني القطاع منذ أكثر من سنة', FRI, ['P1Y']],
  // قبل نحو سنة من another event: the duration only
  ['استقال قبل نحو سنة من الانتخابات', FRI, ['P1Y']],
  // الاثنين agreeing with a dual (his two legs), no weekday
  ['أصيب بكسور في ساقيه الاثنين', FRI, []],
  // صباح before a noun in construct is the noun, read by its own rule
  ['يصل الوفد غدا صباح الأحد', FRI, ['2019-08-03', '2019-08-04TMO']],
];

describeTimeKinds('times: kinds from blind6 (session 7)', FAMILIES, KEPT);
