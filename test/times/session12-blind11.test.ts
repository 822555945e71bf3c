import { describeTimeKinds, type KeptCase, type TimeCase } from './helpers.js';

// 2019-08-02 is a Friday, 2019-08-05 a Monday
const FRI = '2019-08-02';
const MON = '2019-08-05';

/**
 * Kinds of time expression that `blind11`'s failures showed (session 12, once its honest figure had been
 * taken), each fixed by a general rule and tested on constructed examples of its own:
 * [text, published, expected expression text, type, value].
 */
const FAMILIES: Record<string, TimeCase[]> = {
  'hours written as a clock reading before ساعة (two digits under 60 after the point) are hours and minutes':
    [['تدوم الرحلة نحو 14.25 ساعة دون توقف', FRI, '14.25 ساعة', 'DURATION', 'PT14H25M']],
  'قبل + a count + فقط + من: before another event, a duration': [
    ['توفي قبل ثلاثة أيام فقط من زفافه', FRI, 'ثلاثة أيام', 'DURATION', 'P3D'],
  ],
  'موعد لاحق، تاريخ لاحق: a later date left open': [
    ['تقرر تأجيل الاجتماع إلى موعد لاحق', FRI, 'موعد لاحق', 'DATE', 'FUTURE_REF'],
    ['أرجئت الجلسة إلى تاريخ لاحق لم يحدد', FRI, 'تاريخ لاحق', 'DATE', 'FUTURE_REF'],
  ],
  'وسط before a period: its middle': [
    ['تنطلق المفاوضات وسط الأسبوع القادم بالعاصمة', FRI, 'وسط الأسبوع القادم', 'DATE', '2019-W32'],
  ],
  'المتبقية، الباقية after a plural of units: the ones still to come': [
    ['سيتم الحسم خلال الأيام المتبقية من الشهر', FRI, 'الأيام المتبقية', 'DATE', 'FUTURE_REF'],
  ],
  'an ordinal day of a month named by reference (الشهر الجاري، هذا الشهر)': [
    ['أحيل الملف في العاشر من الشهر الجاري على القضاء', FRI, 'العاشر من الشهر الجاري', 'DATE', '2019-08-10'],
    ['ينطلق المهرجان في الخامس عشر من الشهر المقبل', FRI, 'الخامس عشر من الشهر المقبل', 'DATE', '2019-09-15'],
    ['تنتهي الآجال يوم 12 من هذا الشهر', FRI, 'يوم 12 من هذا الشهر', 'DATE', '2019-08-12'],
  ],
  'على أن + a verb: what is scheduled next, so a weekday to come': [
    ['رفعت الجلسة على أن تستأنف يوم الثلاثاء', FRI, 'يوم الثلاثاء', 'DATE', '2019-08-06'],
  ],
  'a range whose second day is named as اليوم': [
    ['تتواصل التظاهرة من 5 إلى غاية اليوم 8 أوت 2019 بالمدينة', MON, '5', 'DATE', '2019-08-05'],
  ],
  'وقت مبكر من، ساعة متأخرة من: early or late in the part of a day after it': [
    ['وقع الانفجار في وقت مبكر من صباح اليوم', FRI, 'وقت مبكر من صباح اليوم', 'TIME', '2019-08-02TMO'],
    ['اندلع الحريق في ساعة متأخرة من ليلة أمس', FRI, 'ساعة متأخرة من ليلة أمس', 'TIME', '2019-08-01TNI'],
  ],
  'نهاية الأسبوع الجاري early in the week: this week’s weekend, as with هذا': [
    ['تتواصل الاحتجاجات إلى نهاية الأسبوع الجاري', MON, 'نهاية الأسبوع الجاري', 'DATE', '2019-W32-WE'],
  ],
  'a day and month dated right after a numbered text of a year (عدد 12 لسنة 2015 المؤرخ في 5 جوان)': [
    ['صدر القانون عدد 12 لسنة 2015 المؤرخ في 5 جوان بالرائد الرسمي', FRI, '5 جوان', 'DATE', '2015-06-05'],
  ],
  'نفس الفترة من سنة + a year: that year, even after a month named before': [
    [
      'بلغت الصادرات موفى ماي 2019 نحو 500 مليون دينار مقابل 450 مليون دينار خلال نفس الفترة من سنة 2018',
      FRI,
      'نفس الفترة من سنة 2018',
      'DATE',
      '2018',
    ],
  ],
};

/** What must stay as it was. */
const KEPT: KeptCase[] = [
  // a decimal fraction of an hour stays one
  ['استغرقت الرحلة 2.5 ساعة', FRI, ['PT2.5H']],
  // وسط before a place is no time
  ['تجمع المحتجون وسط العاصمة', FRI, []],
  // تاريخ لاحق with no preposition before it is a noun phrase, no time
  ['يتضمن الكتاب تاريخ لاحق للأحداث', FRI, []],
  // قبل + a count with no من after it still counts back from the publication date
  ['وصل قبل ثلاثة أيام فقط', FRI, ['2019-07-30']],
];

describeTimeKinds('times: session 12, blind11 kinds', FAMILIES, KEPT);
