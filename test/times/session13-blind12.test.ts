import { describeTimeKinds, type KeptCase, type TimeCase } from './helpers.js';

// 2019-08-02 is a Friday, 2019-08-05 a Monday
const FRI = '2019-08-02';
const MON = '2019-08-05';

/**
 * Kinds of time expression that `blind12`'s failures showed (session 13, once its honest figure had been
 * taken), each fixed by a general rule and tested on constructed examples of its own:
 * [text, published, expected expression text, type, value].
 */
const FAMILIES: Record<string, TimeCase[]> = {
  'a whole number of seconds in digits is a duration alone': [
    ['يجب ألا يتجاوز الإعلان أكثر من 30 ثانية', FRI, '30 ثانية', 'DURATION', 'PT30S'],
    ['توقفت المباراة قبل 45 ثانية من نهايتها', FRI, '45 ثانية', 'DURATION', 'PT45S'],
  ],
  'an hour word before ظهر + a day is in the afternoon': [
    [
      'وقع الحادث الساعة الثانية والنصف من ظهر اليوم الجمعة',
      FRI,
      'الساعة الثانية والنصف من ظهر اليوم الجمعة',
      'TIME',
      '2019-08-02T14:30',
    ],
  ],
  'الفصل + an ordinal before a year in digits is a quarter': [
    ['تراجع الإنتاج في الفصل الثالث من 2018', FRI, 'الفصل الثالث من 2018', 'DATE', '2018-Q3'],
    ['ارتفعت الصادرات خلال الفصل الأول من سنة 2019', FRI, 'الفصل الأول من سنة 2019', 'DATE', '2019-Q1'],
  ],
  'واحد agreeing after one unit led by لمدة is in the span': [
    ['وقف الحاضرون لمدة دقيقة واحدة ترحما على الضحايا', FRI, 'دقيقة واحدة', 'DURATION', 'PT1M'],
  ],
  'منذ + a plural unit is the unspecified past whatever follows': [
    ['كما وعده منذ أيام على هامش زيارته', FRI, 'منذ أيام', 'DATE', 'PAST_REF'],
  ],
  'a weekday after إلى ending a range from today is to come': [
    ['تتواصل الاضطرابات بدءا من اليوم الاثنين إلى يوم الخميس', MON, 'يوم الخميس', 'DATE', '2019-08-08'],
  ],
  'a fixture noun is a cue of the future for a weekday': [
    [
      'يتحول الفريق اليوم الاثنين إلى سوسة قبل مواجهته يوم الأربعاء',
      MON,
      'يوم الأربعاء',
      'DATE',
      '2019-08-07',
    ],
  ],
};

/** What must stay as it was. */
const KEPT: KeptCase[] = [
  // الفصل before a law's article or the school year is no quarter
  ['ينص الفصل الأول من الدستور على ذلك', FRI, []],
  // a weekday after إلى with no today before it keeps the default
  ['تواصلت الاحتجاجات من السبت إلى الاثنين', FRI, ['2019-07-27', '2019-07-29']],
  // a match gone by (التي دارت) stays in the past
  [
    'اجتمع المكتب اليوم الجمعة للنظر في أحداث المباراة التي دارت يوم الأحد',
    FRI,
    ['2019-08-02', '2019-07-28'],
  ],
];

describeTimeKinds('times: session 13, blind12 kinds', FAMILIES, KEPT);
