import { describeTimeKinds, type KeptCase, type TimeCase } from './helpers.js';

// 2019-08-02 is a Friday
const FRI = '2019-08-02';

/**
 * Kinds of time expression found missing or wrong by `blind5`'s failures (session 6), each on examples of
 * its own: [text, published, expected expression text, type, value].
 */
const FAMILIES: Record<string, TimeCase[]> = {
  'هذه الأيام ("these days") and فيما بعد ("later")': [
    ['تشهد الأسواق هذه الأيام ارتفاعا في الأسعار', FRI, 'هذه الأيام', 'DATE', 'PRESENT_REF'],
    ['وسيتم الإعلان عن النتائج فيما بعد.', FRI, 'فيما بعد', 'DATE', 'FUTURE_REF'],
    ['قال إنه سيعود إلى الموضوع فيما بعد، حسب قوله', FRI, 'فيما بعد', 'DATE', 'FUTURE_REF'],
  ],
  'منذ / قبل with an approximate count: the date that many units back': [
    ['انطلقت الأشغال منذ أكثر من 5 أشهر ولم تنته', FRI, 'منذ أكثر من 5 أشهر', 'DATE', '2019-03'],
    ['غادر البلاد قبل نحو 3 أشهر', FRI, 'قبل نحو 3 أشهر', 'DATE', '2019-05'],
    ['تأسست الجمعية منذ حوالي 6 سنوات', FRI, 'منذ حوالي 6 سنوات', 'DATE', '2013'],
  ],
  'صائفة (the summer season); الثلاثية (a quarter) of a year': [
    ['تراجع عدد السياح خلال صائفة 2016', FRI, 'صائفة 2016', 'DATE', '2016-SU'],
    ['ارتفع عدد الزوار خلال الصائفة الماضية', FRI, 'الصائفة الماضية', 'DATE', '2018-SU'],
    [
      'سجل الاقتصاد نموا في الثلاثية الثالثة من هذا العام',
      FRI,
      'الثلاثية الثالثة من هذا العام',
      'DATE',
      '2019-Q3',
    ],
    ['تراجعت الصادرات في الثلاثية الأولى من سنة 2018', FRI, 'الثلاثية الأولى من سنة 2018', 'DATE', '2018-Q1'],
  ],
  'a day a few days ahead in a past-tense sentence is this year; the weekend just past early in the week': [
    [
      'انطلقت الإضرابات منذ الاثنين الماضي لتتواصل إلى غاية يوم 24 جويلية',
      '2019-07-22',
      'يوم 24 جويلية',
      'DATE',
      '2019-07-24',
    ],
    [
      'تمكنت الفرقة خلال نهاية الأسبوع من الكشف عن عصابة',
      '2019-08-05',
      'نهاية الأسبوع',
      'DATE',
      '2019-W31-WE',
    ],
  ],
  'centuries counted in a duration': [
    ['يعود تاريخ المعلم إلى ثلاث قرون خلت', FRI, 'ثلاث قرون', 'DURATION', 'P300Y'],
    ['استمر الحكم العثماني قرنين في البلاد', FRI, 'قرنين', 'DURATION', 'P200Y'],
  ],
};

/** What must stay as it was. */
const KEPT: KeptCase[] = [
  ['اجتمع الوزراء فيما بعد الظهر', FRI, ['2019-08-02TAF']],
  ['هذه الأيام الثلاثة حاسمة', FRI, ['P3D']],
  // a school term has no year after it
  ['تحصل التلميذ على معدل جيد في الثلاثية الثانية', FRI, []],
  ['ستقام المباراة نهاية الأسبوع', '2019-08-08', ['2019-W32-WE']],
];

describeTimeKinds('times: kinds from blind5 (session 6)', FAMILIES, KEPT);
