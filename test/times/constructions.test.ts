import { expect, it } from 'vitest';
import { analyse, describeTimeKinds, type TimeCase } from './helpers.js';

// 2019-08-02 is a Friday
const FRI = '2019-08-02';

/** Families of constructions: [text, published, expected expression text, expected type, expected value] */
const FAMILIES: Record<string, TimeCase[]> = {
  'afternoon (بعد ظهر), صبيحة': [
    ['عقد الوزير اجتماعا بعد ظهر أمس', FRI, 'بعد ظهر أمس', 'TIME', '2019-08-01TAF'],
    ['التقى الطرفان بعد ظهر الخميس', FRI, 'بعد ظهر الخميس', 'TIME', '2019-08-01TAF'],
    ['وقع الحادث صبيحة اليوم', FRI, 'صبيحة اليوم', 'TIME', '2019-08-02TMO'],
    ['وصل صبيحة يوم الأحد الماضي', FRI, 'صبيحة يوم الأحد الماضي', 'TIME', '2019-07-28TMO'],
  ],
  'a part of the day as an adverb after a day': [
    ['يصل الوفد غدا صباحا', FRI, 'غدا صباحا', 'TIME', '2019-08-03TMO'],
    ['التقى به الثلاثاء مساء', FRI, 'الثلاثاء مساء', 'TIME', '2019-07-30TEV'],
    ['تتواصل الأشغال اليوم ليلا', FRI, 'اليوم ليلا', 'TIME', '2019-08-02TNI'],
  ],
  'definite parts of the day': [
    ['تنطلق الرحلة هذه الليلة', FRI, 'هذه الليلة', 'TIME', '2019-08-02TNI'],
    ['دهس سائق المارة الليلة الماضية', FRI, 'الليلة الماضية', 'TIME', '2019-08-01TNI'],
    ['يواجه الفريق منافسه الليلة على ملعبه', FRI, 'الليلة', 'TIME', '2019-08-02TNI'],
    ['تهب رياح قوية الليلة القادمة', FRI, 'الليلة القادمة', 'TIME', '2019-08-02TNI'],
    ['يعتصم العمال منذ الصباح أمام المقر', FRI, 'الصباح', 'TIME', '2019-08-02TMO'],
  ],
  'SETs: كل + a count, rates': [
    ['تنظم الدورة كل سنتين', null, 'كل سنتين', 'SET', 'P2Y'],
    ['تجرى الانتخابات كل ثلاث سنوات', null, 'كل ثلاث سنوات', 'SET', 'P3Y'],
    ['يراجع العقد كل 4 أشهر', null, 'كل 4 أشهر', 'SET', 'P4M'],
    ['يدفع المشترك 20 دينارا في الشهر', null, 'الشهر', 'SET', 'P1M'],
    ['يتدرب ثلاث مرات في الأسبوع', null, 'الأسبوع', 'SET', 'P1W'],
  ],
  'compound durations': [
    ['استمرت العملية خمس ساعات و20 دقيقة', null, 'خمس ساعات و20 دقيقة', 'DURATION', 'PT5H20M'],
    ['قضى في السجن عامين و3 أشهر', null, 'عامين و3 أشهر', 'DURATION', 'P2Y3M'],
    ['دامت الرحلة 3 أيام و4 ساعات', null, '3 أيام و4 ساعات', 'DURATION', 'P3DT4H'],
  ],
  'a definite plural unit with a number word; the adjective after a duration': [
    ['تراجع الإنتاج خلال الأيام الثلاثة الماضية', FRI, 'الأيام الثلاثة الماضية', 'DURATION', 'P3D'],
    ['ارتفعت الأسعار في السنوات العشر الأخيرة', FRI, 'السنوات العشر الأخيرة', 'DURATION', 'P10Y'],
    ['خلال الثلاث سنوات المقبلة', FRI, 'الثلاث سنوات المقبلة', 'DURATION', 'P3Y'],
  ],
  'the first number of a range of durations': [
    ['تتراوح أعمارهم بين 20 و30 عاما', null, '20', 'DURATION', 'P20Y'],
    ['يعاقب بالسجن من 3 إلى 5 سنوات', null, '3', 'DURATION', 'P3Y'],
    ['النساء في سن الـ40 والـ45 عاما', null, 'الـ40', 'DURATION', 'P40Y'],
  ],
  'a clock time takes the day named before it in the sentence; زوالا': [
    [
      'يضرب الأساتذة غدا السبت عن العمل من الساعة التاسعة صباحا إلى منتصف النهار',
      FRI,
      'الساعة التاسعة صباحا',
      'TIME',
      '2019-08-03T09:00',
    ],
    [
      'يضرب الأساتذة غدا السبت عن العمل من الساعة التاسعة صباحا إلى منتصف النهار',
      FRI,
      'منتصف النهار',
      'TIME',
      '2019-08-03T12:00',
    ],
    ['تعقد الجلسة على الساعة الثالثة زوالا', FRI, 'الساعة الثالثة زوالا', 'TIME', '2019-08-02T15:00'],
  ],
  'years after مواليد; من سنة after a date': [
    ['أوقف شاب من مواليد 1987', FRI, '1987', 'DATE', '1987'],
    ['صادق المجلس عليه يوم 12 مارس من سنة 2011', FRI, 'يوم 12 مارس من سنة 2011', 'DATE', '2011-03-12'],
    ['انطلق المشروع في 5 ماي من عام 2016', FRI, '5 ماي من عام 2016', 'DATE', '2016-05-05'],
  ],
  'a day of the month named before': [
    [
      'تجرى الدورة الأولى يوم 6 أكتوبر 2019 والثانية يوم 13 من الشهر نفسه',
      FRI,
      'يوم 13 من الشهر نفسه',
      'DATE',
      '2019-10-13',
    ],
    [
      'تنطلق الامتحانات في 3 جوان وتعلن النتائج يوم 20 من نفس الشهر',
      '2019-05-02',
      'يوم 20 من نفس الشهر',
      'DATE',
      '2019-06-20',
    ],
    ['تعلن النتائج يوم 23 من الشهر ذاته', FRI, 'يوم 23 من الشهر ذاته', 'DATE', 'XXXX-XX-23'],
  ],
  'lists of days before a month': [
    ['تنتظم الدورة أيام 3 و4 و5 سبتمبر 2019', FRI, '3', 'DATE', '2019-09-03'],
    ['تنتظم الدورة أيام 3 و4 و5 سبتمبر 2019', FRI, '4', 'DATE', '2019-09-04'],
    ['تنعقد يومي 12 13 ديسمبر 2018', FRI, '12', 'DATE', '2018-12-12'],
  ],
  'references to the present, past and future': [
    ['سيتم تعميم التجربة مستقبلا', null, 'مستقبلا', 'DATE', 'FUTURE_REF'],
    ['ستعرض النتائج لاحقا', null, 'لاحقا', 'DATE', 'FUTURE_REF'],
    ['أعلن في وقت سابق عن استقالته', null, 'وقت سابق', 'DATE', 'PAST_REF'],
    ['سيعلن في وقت لاحق عن التشكيلة', null, 'وقت لاحق', 'DATE', 'FUTURE_REF'],
    ['سيلتقي بعد قليل بالمدرب', null, 'بعد قليل', 'DATE', 'FUTURE_REF'],
    ['يشهد الدينار استقرارا خلال الفترة الحالية', null, 'الفترة الحالية', 'DATE', 'PRESENT_REF'],
    ['ما يزال القطاع تابعا إلى اليوم', FRI, 'اليوم', 'DATE', 'PRESENT_REF'],
    ['أصبحت اليوم عاجزة عن توفير الحد الأدنى', FRI, 'اليوم', 'DATE', 'PRESENT_REF'],
    ['سيكون الكسوف بعد 3 أشهر من الآن', FRI, 'بعد 3 أشهر من الآن', 'DATE', '2019-11'],
  ],
  'durations relative to another event; about one unit': [
    ['أرسلت المذكرة قبل ساعات من أداء القسم', FRI, 'ساعات', 'DURATION', 'PTXH'],
    ['غادر البلاد قبل أيام من الاقتراع', FRI, 'أيام', 'DURATION', 'PXD'],
    // (after منذ, about one month or year is the date that far back: the session-14 choice)
    ['شرعت الوزارة منذ حوالي الشهر في البرنامج', FRI, 'منذ حوالي الشهر', 'DATE', '2019-07'],
    ['يقيم هناك منذ نحو العام', FRI, 'منذ نحو العام', 'DATE', '2018'],
    ['استمرت المفاوضات لمدة تقارب السنة', FRI, 'السنة', 'DURATION', 'P1Y'],
  ],
  'an apposed weekday wins over a deictic that disagrees with it': [
    ['وصل الوفد أمس الأربعاء', FRI, 'أمس الأربعاء', 'DATE', '2019-07-31'],
    ['تنظم النقابة اليوم الخميس وقفة احتجاجية', FRI, 'اليوم الخميس', 'DATE', '2019-08-01'],
    ['تنظم النقابة اليوم الجمعة وقفة احتجاجية', FRI, 'اليوم الجمعة', 'DATE', '2019-08-02'],
    ['انفجرت عبوة فجر اليوم، الخميس قرب المقر', FRI, 'فجر اليوم، الخميس', 'TIME', '2019-08-01TMO'],
  ],
};

describeTimeKinds('time constructions', FAMILIES, [], () => {
  /** [text, published, words that must not be (part of) a time expression] */
  const NOT_TIMES: [string, string][] = [
    ['نشرت جريدة الصباح تحقيقا', 'الصباح'],
    ['يلعب الفريق في ملعب 15 أكتوبر ببنزرت', 'أكتوبر'],
    ['يقطن بنهج 18 جانفي بالعاصمة', 'جانفي'],
    ['تقلصت النفقات بنسبة 0،1 بالمائة سنة قبل ذلك', 'المائة سنة'],
    ['تم ذلك في الشهر ذاته', 'الشهر ذاته'],
    ['عين مديرين عامين جديدين', 'عامين'],
  ];
  for (const [body, words] of NOT_TIMES) {
    it(`«${words}» is not a time in «${body}»`, () => {
      const doc = analyse(body, FRI);
      for (const t of doc.times) expect(t.text.includes(words) || words.includes(t.text)).toBe(false);
    });
  }

  it('reads a rate only after something counted: في الشهر الماضي is last month', () => {
    const doc = analyse('ارتفعت الأسعار في الشهر الماضي', FRI);
    expect(doc.times.map((t) => [t.text, t.type, t.value])).toEqual([['الشهر الماضي', 'DATE', '2019-07']]);
  });
});
