import { describeTimeKinds, type KeptCase, type TimeCase } from './helpers.js';

// 2019-08-02 is a Friday
const FRI = '2019-08-02';

/**
 * Kinds of time expression that `blind9`'s failures showed (session 10, once its honest figure had been
 * taken), each fixed by a general rule and tested on constructed examples of its own:
 * [text, published, expected expression text, type, value].
 */
const FAMILIES: Record<string, TimeCase[]> = {
  'minutes after the part of the day (الساعة العاشرة ليلا و 25 دقيقة)': [
    [
      'وقع الحادث حوالي الساعة التاسعة ليلا و 20 دقيقة',
      FRI,
      'الساعة التاسعة ليلا و 20 دقيقة',
      'TIME',
      '2019-08-02T21:20',
    ],
    [
      'انطلق القطار على الساعة السادسة صباحا و15 دقيقة',
      FRI,
      'الساعة السادسة صباحا و15 دقيقة',
      'TIME',
      '2019-08-02T06:15',
    ],
  ],
  'the small hours of last night are on the next day': [
    [
      'تعرضت دورية الليلة الماضية على الساعة منتصف الليل و10 دقائق لهجوم',
      FRI,
      'الساعة منتصف الليل و10 دقائق',
      'TIME',
      '2019-08-02T00:10',
    ],
    [
      'اندلع الحريق ليلة أمس حوالي الساعة الثالثة فجرا',
      FRI,
      'الساعة الثالثة فجرا',
      'TIME',
      '2019-08-02T03:00',
    ],
  ],
  'a clock time after a range of days is held on each of them, no one day': [
    ['تقام العروض من 5 إلى 9 أوت 2019 على الساعة 21:00', FRI, 'الساعة 21:00', 'TIME', 'XXXX-XX-XXT21:00'],
  ],
  'one whole unit (يوما كاملا) and one unit after أقل من before a demonstrative': [
    ['قد يستغرق الأمر يوما كاملا للوصول', FRI, 'يوما', 'DURATION', 'P1D'],
    ['تكاثرت الأسماك في أقل من عام بهذه السواحل', FRI, 'عام', 'DURATION', 'P1Y'],
  ],
  'some units before or after an event are a duration (ساعات قبل اغتيال)': [
    ['استقال الوزير ساعات قبل انطلاق الجلسة', FRI, 'ساعات', 'DURATION', 'PTXH'],
    ['عاد اللاعب أسابيع بعد إصابته', FRI, 'أسابيع', 'DURATION', 'PXW'],
  ],
  'the same period of last year takes the month of that year named after it': [
    [
      'تراجع العدد مقارنة بنفس الفترة من السنة الماضية حين سجلت 40 حالة خلال شهر جوان 2018',
      FRI,
      'نفس الفترة من السنة الماضية',
      'DATE',
      '2018-06',
    ],
  ],
  'a fixture announced in the present tense (يلعب يوم الأحد) is the next such day': [
    ['وصل الوفد فجر اليوم حيث يلعب يوم الأحد ضد منافسه', FRI, 'يوم الأحد', 'DATE', '2019-08-04'],
    ['يلتقي المنتخب الثلاثاء نظيره المغربي', FRI, 'الثلاثاء', 'DATE', '2019-08-06'],
  ],
  'the years of a life in brackets (1914- 2015)': [
    ['رحل الشاعر (1920- 2010) بعد مسيرة طويلة', FRI, '1920', 'DATE', '1920'],
    ['رحل الشاعر (1920-2010) بعد مسيرة طويلة', FRI, '2010', 'DATE', '2010'],
  ],
};

/** What must stay as it was. */
const KEPT: KeptCase[] = [
  // ليلة الأحد names the day itself: its small hours are not moved
  ['وقع الهجوم ليلة الأحد على الساعة الواحدة', FRI, ['2019-07-28TNI', '2019-07-28T01:00']],
  // a late hour of last night stays on that day
  ['وقع الحادث الليلة الماضية على الساعة الحادية عشرة ليلا', FRI, ['2019-08-01TNI', '2019-08-01T23:00']],
  // a clock time after one day keeps that day
  ['تقام السهرة يوم 9 أوت 2019 على الساعة 21:00', FRI, ['2019-08-09', '2019-08-09T21:00']],
  // a fixture reported in the past keeps the day just past
  ['لعب الفريق يوم الأحد ضد منافسه', FRI, ['2019-07-28']],
  // with no month named, the same period of last year is that year
  ['تراجع العدد مقارنة بنفس الفترة من السنة الماضية', FRI, ['2018']],
  // منذ ساعات قبل: the unit after منذ is the past, not a duration before an event
  ['وصل الوفد منذ ساعات', FRI, ['PAST_REF']],
  // a number in brackets before a dash and a non-year is no year
  ['سجل الفريق (1500- 20) نقطة', FRI, []],
];

describeTimeKinds('time kinds from blind9 (session 10)', FAMILIES, KEPT);

describeTimeKinds(
  'time kinds from unseen sentences (session 10)',
  {
    'minutes named after the digits before the part of the day (8:30 دقيقة صباحا)': [
      ['يسافر الوفد على الساعة 9:45 دقيقة صباحا', FRI, 'الساعة 9:45 دقيقة صباحا', 'TIME', '2019-08-02T09:45'],
    ],
  },
  [['يسافر الوفد على الساعة 9:45 صباحا', FRI, ['2019-08-02T09:45']]],
);
