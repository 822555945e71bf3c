import { describeTimeKinds, type KeptCase, type TimeCase } from './helpers.js';

// 2019-08-02 is a Friday
const FRI = '2019-08-02';

/**
 * Kinds of time expression found missing or wrong on unseen text (session 4), each on examples of
 * its own: [text, published, expected expression text, expected type, expected value].
 */
const FAMILIES: Record<string, TimeCase[]> = {
  'clock times: الحادية عشر, إلا ربع, و نصف without the article': [
    [
      'تنطلق الندوة على الساعة الحادية عشر صباحا',
      FRI,
      'الساعة الحادية عشر صباحا',
      'TIME',
      '2019-08-02T11:00',
    ],
    [
      'يبدأ العرض الساعة السابعة إلا ربع مساء',
      FRI,
      'الساعة السابعة إلا ربع مساء',
      'TIME',
      '2019-08-02T18:45',
    ],
    [
      'يصل القطار الساعة التاسعة إلا ثلث صباحا',
      FRI,
      'الساعة التاسعة إلا ثلث صباحا',
      'TIME',
      '2019-08-02T08:40',
    ],
    [
      'تدور المباراة الساعة الثالثة و نصف زوالا',
      FRI,
      'الساعة الثالثة و نصف زوالا',
      'TIME',
      '2019-08-02T15:30',
    ],
  ],
  'an hour word before a clock adverb; الساعة الـ8; a bracketed 13.00': [
    ['وقع الزلزال في تمام الواحدة ظهرا بالتوقيت المحلي', FRI, 'الواحدة ظهرا', 'TIME', '2019-08-02T13:00'],
    ['تتواصل الحملة إلى غاية الثالثة بعد الظهر', FRI, 'الثالثة بعد الظهر', 'TIME', '2019-08-02T15:00'],
    ['تفتح المكاتب من الساعة الـ9 صباحا', FRI, 'الساعة الـ9 صباحا', 'TIME', '2019-08-02T09:00'],
    ['تغلق الشبابيك بعد الزوال (13.30) كل يوم', FRI, '13.30', 'TIME', '2019-08-02T13:30'],
  ],
  'an hour without its half after a part of the day named before; minutes in words': [
    ['تقلع الطائرة هذا المساء على الساعة التاسعة', FRI, 'الساعة التاسعة', 'TIME', '2019-08-02T21:00'],
    ['يفتح المعرض صباح اليوم على الساعة التاسعة', FRI, 'الساعة التاسعة', 'TIME', '2019-08-02T09:00'],
    [
      'يصل القطار الساعة العاشرة و خمس دقائق صباحا',
      FRI,
      'الساعة العاشرة و خمس دقائق صباحا',
      'TIME',
      '2019-08-02T10:05',
    ],
  ],
  'منذ counts back from now even before من (a place); الاثنين after بين is a weekday': [
    ['خرج المهاجرون منذ 4 أيام من سواحل ليبيا', FRI, 'منذ 4 أيام', 'DATE', '2019-07-29'],
    // (the night between two weekdays is one TIME since session 14)
    [
      'في الليلة الفاصلة بين الاثنين والثلاثاء',
      FRI,
      'الليلة الفاصلة بين الاثنين والثلاثاء',
      'TIME',
      '2019-07-29TNI',
    ],
  ],
  'and a half, half a unit, seconds in a compound duration': [
    ['عاش في المهجر ثلاث سنوات ونصف', null, 'ثلاث سنوات ونصف', 'DURATION', 'P3Y6M'],
    ['استغرقت الرحلة 5 ساعات و نصف', null, '5 ساعات و نصف', 'DURATION', 'PT5H30M'],
    ['دامت الأشغال سنة ونصف', null, 'سنة ونصف', 'DURATION', 'P1Y6M'],
    ['انتظر المسافرون نصف ساعة في المحطة', null, 'نصف ساعة', 'DURATION', 'PT30M'],
    ['قطع المسافة في 12 دقيقة و 40 ثانية', null, '12 دقيقة و 40 ثانية', 'DURATION', 'PT12M40S'],
  ],
  'two units with the article and an adjective in the dual': [
    ['تهاطلت الأمطار خلال اليومين الماضيين', FRI, 'اليومين الماضيين', 'DURATION', 'P2D'],
    ['ارتفعت الأسعار في الشهرين الفارطين', FRI, 'الشهرين الفارطين', 'DURATION', 'P2M'],
    ['سيتواصل البرنامج خلال السنتين القادمتين', FRI, 'السنتين القادمتين', 'DURATION', 'P2Y'],
  ],
  'references: في السابق، منذ فترة، في المستقبل، في القريب العاجل': [
    ['كانت الجمعية تنشط في السابق بالمدينة', FRI, 'السابق', 'DATE', 'PAST_REF'],
    ['غادر الفريق منذ فترة طويلة', FRI, 'منذ فترة طويلة', 'DATE', 'PAST_REF'],
    ['تعطلت المصعد منذ مدة ولم يصلح', FRI, 'منذ مدة', 'DATE', 'PAST_REF'],
    ['قال إن الحل يكمن في المستقبل القريب', FRI, 'المستقبل القريب', 'DATE', 'FUTURE_REF'],
    ['سيتم فتح المستشفى في القريب العاجل', FRI, 'القريب العاجل', 'DATE', 'FUTURE_REF'],
  ],
  'the afternoon alone, of the day named before or of today': [
    ['تكون السحب أكثر كثافة بعد الظهر بالشمال', FRI, 'بعد الظهر', 'TIME', '2019-08-02TAF'],
    ['يعقد المجلس جلسة غدا ويصوت بعد الزوال', FRI, 'بعد الزوال', 'TIME', '2019-08-03TAF'],
    ['تهب الرياح بداية من ظهر هذا اليوم', FRI, 'ظهر هذا اليوم', 'TIME', '2019-08-02TMI'],
  ],
  'tomorrow with a weekday: غد, يوم الغد': [
    ['يعود المنتخب غد السبت إلى تونس', FRI, 'غد السبت', 'DATE', '2019-08-03'],
    ['تتواصل الأمطار يوم الغد بالشمال', FRI, 'يوم الغد', 'DATE', '2019-08-03'],
  ],
  'a month followed by العام / السنة and a year; the Tunisian spelling فيفيري': [
    ['انعقدت الجلسة يوم 14 فيفيري 2017 بالعاصمة', FRI, 'يوم 14 فيفيري 2017', 'DATE', '2017-02-14'],
    ['وقع الاتفاق في أواخر مارس العام 2011', FRI, 'أواخر مارس العام 2011', 'DATE', '2011-03'],
    ['تأسست الجمعية في جوان السنة 2005', FRI, 'جوان السنة 2005', 'DATE', '2005-06'],
  ],
  'that month in another year': [
    [
      'تطورت الصادرات موفى ماي 2017 مقارنة بنفس الشهر من سنة 2015',
      FRI,
      'نفس الشهر من سنة 2015',
      'DATE',
      '2015-05',
    ],
    [
      'ارتفع العجز في مارس 2018 مقارنة بالشهر ذاته من العام 2017',
      FRI,
      'الشهر ذاته من العام 2017',
      'DATE',
      '2017-03',
    ],
  ],
  'a recent year after خلال / منذ even before a noun or a definite adjective': [
    ['نفذت الوزارة خلال 2014 برامج عديدة', FRI, '2014', 'DATE', '2014'],
    ['شارك الفريق في مونديال 2014 الأخير', FRI, '2014', 'DATE', '2014'],
  ],
  'fractions of a unit; بضع': [
    ['وصلت سيارة الإسعاف بعد ربع ساعة', null, 'ربع ساعة', 'DURATION', 'PT15M'],
    ['حكم البلاد طيلة نصف قرن', null, 'نصف قرن', 'DURATION', 'P50Y'],
    ['غادر المدينة قبل بضع سنوات', FRI, 'بضع سنوات', 'DURATION', 'PXY'],
  ],
  'the first end of a range takes the year of the second': [
    ['تدوم الدورة من 27 ديسمبر إلى 4 جانفي 2016', FRI, '27 ديسمبر', 'DATE', '2015-12-27'],
    ['يقام المعرض من 3 إلى 9 ماي 2014', FRI, '3', 'DATE', '2014-05-03'],
  ],
  'a rate per year before إلى': [
    ['ارتفع الإنتاج من 12 مليون طن في السنة إلى 15', FRI, 'السنة', 'SET', 'P1Y'],
  ],
  'اليوم meaning "nowadays" after a verb of need or a denied state': [
    ['وهو ما يتطلب اليوم مراجعة شاملة للمنظومة', FRI, 'اليوم', 'DATE', 'PRESENT_REF'],
    ['قال إن الوعود لم تنفذ اليوم، وإن', FRI, 'اليوم', 'DATE', 'PRESENT_REF'],
  ],
};

/** What must stay as it was. */
const KEPT: KeptCase[] = [
  ['لم يتمكن الفريق اليوم من الفوز', FRI, [FRI]],
  ['تحتضن المدينة اليوم مهرجانا', FRI, [FRI]],
  ['توفيت امرأة في الثلاثينات من عمرها', FRI, []],
  ['لعب الفريق في المستقبل الرياضي بالمرسى', FRI, []],
  ['ظهرت في كتب تعود إلى فترة الاستعمار منذ فترة الاستعمار', FRI, []],
  ['يصل الوفد بعد غد', FRI, ['2019-08-04']],
  // a Hijri year alone is no Gregorian year
  ['فتح باب التسجيل للحج لسنة 1441 هـ', FRI, []],
  // an impossible date gives a diagnostic and no expression, not even its month and year
  ['تأجل الموعد إلى يوم 30 فيفري 2016', FRI, []],
];

describeTimeKinds('time kinds found on unseen text', FAMILIES, KEPT);
