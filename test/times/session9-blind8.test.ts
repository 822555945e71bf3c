import { describeTimeKinds, type KeptCase, type TimeCase } from './helpers.js';

// 2019-08-02 is a Friday, 2019-07-31 a Wednesday
const FRI = '2019-08-02';
const WED = '2019-07-31';

/**
 * Kinds of time expression that `blind8` showed missing or wrong when it was read in session 9, each on
 * examples of its own: [text, published, expected expression text, type, value].
 */
const FAMILIES: Record<string, TimeCase[]> = {
  'a demonstrative after a preposition (لهذا العام، بهذه السنة)': [
    ['أعلنت الوزارة برنامجها لهذا العام', FRI, 'هذا العام', 'DATE', '2019'],
    ['ارتفع عدد الزوار لهذه السنة', FRI, 'هذه السنة', 'DATE', '2019'],
  ],
  'an approximation after a preposition before one unit (لحوالي شهر)': [
    ['بقي المريض لحوالي شهر في قسم الإنعاش', FRI, 'شهر', 'DURATION', 'P1M'],
  ],
  'one unit gone by (مرور عام على) or before another event (قبل ساعة من)': [
    ['نظمت وقفة بمناسبة مرور عام على الحادثة', FRI, 'عام', 'DURATION', 'P1Y'],
    ['ينصح الأطباء بتناول الدواء قبل ساعة من الأكل', FRI, 'ساعة', 'DURATION', 'PT1H'],
  ],
  'كل with a count of seconds is a SET': [
    ['يولد طفل في العالم كل 20 ثانية', FRI, 'كل 20 ثانية', 'SET', 'PT20S'],
  ],
  'numbered centuries (TIMEX3 hundreds)': [
    ['شيد القصر في القرن الـ12 على يد الموحدين', FRI, 'القرن الـ12', 'DATE', '11'],
    ['يعود المسجد إلى القرن الثالث عشر', FRI, 'القرن الثالث عشر', 'DATE', '12'],
    ['انتشرت الظاهرة في القرن 18 ميلادي', FRI, 'القرن 18 ميلادي', 'DATE', '17'],
    ['نعيش في القرن الحادي والعشرين', FRI, 'القرن الحادي والعشرين', 'DATE', '20'],
  ],
  'race times in the short notation (9د و28ث و75 بالمائة)': [
    ['أنهى العداء السباق بتوقيت 3د و45ث و12 بالمائة', FRI, '3د و45ث و12 بالمائة', 'DURATION', 'PT3M45.12S'],
    ['سجلت توقيتا قدره 4 دق 5 ث', FRI, '4 دق 5 ث', 'DURATION', 'PT4M5S'],
  ],
  'نهاية هذا الأسبوع is the current week’s weekend': [
    ['تقام نهاية هذا الأسبوع مباريات الجولة الأولى', WED, 'نهاية هذا الأسبوع', 'DATE', '2019-W31-WE'],
  ],
  'a year closing the name of an edition, or before و and the article': [
    ['شاركت في دورة الألعاب المتوسطية 2018 بتاراغونا', FRI, '2018', 'DATE', '2018'],
    ['نجح المترشحون في مناظرة capes 2019 والتحقوا بالمعاهد', FRI, '2019', 'DATE', '2019'],
  ],
  'the first day of a month (أول يوم من شهر)': [
    ['يوافق أول يوم من شهر سبتمبر 2019 يوم الأحد', FRI, 'أول يوم من شهر سبتمبر 2019', 'DATE', '2019-09-01'],
    [
      'وأعلن أن أول يوم من شهر محرم 1441 هجري سيكون السبت',
      FRI,
      'أول يوم من شهر محرم 1441 هجري',
      'DATE',
      '2019-08-31',
    ],
  ],
  'اليوم set against the past, or before a changed state, is "nowadays"': [
    ['كان المصنع يشغل ألف عامل، لكن اليوم لم يعد يشغل إلا مائة', FRI, 'اليوم', 'DATE', 'PRESENT_REF'],
    ['أما اليوم فقد تغير كل شيء', FRI, 'اليوم', 'DATE', 'PRESENT_REF'],
    ['قال إن البلاد اليوم أصبحت في حاجة إلى الإصلاح', FRI, 'اليوم', 'DATE', 'PRESENT_REF'],
  ],
  'one week or month in the accusative, whatever follows it (أسبوعا بأحد الفنادق)': [
    ['قضى الوفد أسبوعا بأحد فنادق المدينة', FRI, 'أسبوعا', 'DURATION', 'P1W'],
  ],
  'the dual يومي in construct with a kind of day (يومي عطلة)': [
    ['طالبت النقابة بيومي عطلة إضافيين', FRI, 'يومي', 'DURATION', 'P2D'],
    ['قرر الاتحاد يومي إضراب في القطاع', FRI, 'يومي', 'DURATION', 'P2D'],
  ],
  'the months of a list take the year of the last one, also with و glued (جانفي وفيفري 2016)': [
    ['تراجع الإنتاج خلال أشهر جويلية وأوت وسبتمبر 2015', FRI, 'جويلية', 'DATE', '2015-07'],
    ['تراجع الإنتاج خلال أشهر جويلية وأوت وسبتمبر 2015', FRI, 'أوت', 'DATE', '2015-08'],
    ['ارتفعت المداخيل خلال جانفي وفيفري 2016', FRI, 'جانفي', 'DATE', '2016-01'],
  ],
  'an hour word before its time zone (الثالثة بتوقيت تونس)': [
    ['تنطلق المباراة على الثالثة بتوقيت تونس', FRI, 'الثالثة', 'TIME', '2019-08-02T15:00'],
  ],
};

/** What must stay as it was. */
const KEPT: KeptCase[] = [
  // حتى الآن ("so far") is no time (blind4, blind8), nor, since session 15, إلى الآن (blind11, blind13, blind14)
  ['لم يصدر أي قرار حتى الآن', FRI, []],
  ['لم يتم إلى الآن ربطها بالشبكة', FRI, []],
  // a bare نهاية الأسبوع early in the week is still the one just past
  ['دارت نهاية الأسبوع مباريات الجولة', WED, ['2019-W30-WE']],
  // أشهر heading the months named after it is no duration
  ['تحسن النشاط خلال أشهر أفريل وجوان 2018', FRI, ['2018-04', '2018-06']],
  // اليوم as the day of a reported act, and يومي the adjective "daily"
  ['أكد الوزير اليوم أن الحكومة ستواصل الإصلاحات', FRI, ['2019-08-02']],
  ['تنشر الإذاعة موعد يومي مع الأخبار', FRI, []],
  // an ordinal agreeing with its noun before a time zone is no hour
  ['احتل المرتبة الثالثة بتوقيت جيد', FRI, []],
  // a number that counts a noun after an edition's name is no year
  ['شاركت في دورة الألعاب 2000 رياضي', FRI, []],
];

describeTimeKinds('times: kinds from blind8 (session 9)', FAMILIES, KEPT);
