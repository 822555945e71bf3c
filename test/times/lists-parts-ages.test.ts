import { describe, expect, it } from 'vitest';
import { expectValidDoc } from '../doc-invariants.js';
import { analyse } from './helpers.js';

// 2017-04-20 is a Thursday
const PUB = '2017-04-20';

/** [sentence, published, expected text, type, value, mod (or null)] */
type Case = [string, string | null, string, string, string, string | null];

const FAMILIES: Record<string, Case[]> = {
  'a list of days gives one date per day, with أو too': [
    ['تجرى المقابلات أيام 8 أو9 أو10 سبتمبر القادم', PUB, '8', 'DATE', '2017-09-08', null],
    ['تجرى المقابلات أيام 8 أو9 أو10 سبتمبر القادم', PUB, '9', 'DATE', '2017-09-09', null],
    ['تنتظم التظاهرة أيام 3 أو 4 جوان 2016', PUB, '3', 'DATE', '2016-06-03', null],
    ['ينظم المعرض يومي 12 و13 ماي المقبل', PUB, '12', 'DATE', '2017-05-12', null],
  ],
  'the first or last days, weeks, months of a period': [
    ['تحسنت المؤشرات في الأشهر الأولى من 2016', PUB, 'الأشهر الأولى من 2016', 'DATE', '2016', 'START'],
    [
      'تراجعت المبيعات خلال الأسابيع الأخيرة من سنة 2015',
      PUB,
      'الأسابيع الأخيرة من سنة 2015',
      'DATE',
      '2015',
      'END',
    ],
    ['ارتفعت الأسعار في الأيام الأولى من الشهر', PUB, 'الأيام الأولى من الشهر', 'DATE', '2017-04', 'START'],
    ['ستصرف المنح في الأيام الأخيرة من شهر ماي', PUB, 'الأيام الأخيرة من شهر ماي', 'DATE', '2017-05', 'END'],
    [
      'سجل العجز خلال الأشهر الثلاثة الأولى من العام الحالي',
      PUB,
      'الأشهر الثلاثة الأولى من العام الحالي',
      'DATE',
      '2017',
      'START',
    ],
  ],
  'halves and quarters of a year': [
    [
      'نما الاقتصاد بنسبة 2 بالمائة في النصف الأول من 2016',
      PUB,
      'النصف الأول من 2016',
      'DATE',
      '2016-H1',
      null,
    ],
    [
      'تراجع العجز خلال السداسي الثاني من السنة الماضية',
      PUB,
      'السداسي الثاني من السنة الماضية',
      'DATE',
      '2016-H2',
      null,
    ],
    [
      'سجلت البلاد نموا في الثلاثي الأول من سنة 2017',
      PUB,
      'الثلاثي الأول من سنة 2017',
      'DATE',
      '2017-Q1',
      null,
    ],
    ['ينتظر تحسن النمو في الربع الأخير من العام', PUB, 'الربع الأخير من العام', 'DATE', '2017-Q4', null],
    ['يصدر القرار في النصف الثاني من شهر جوان', PUB, 'النصف الثاني من شهر جوان', 'DATE', '2017-06', 'END'],
  ],
  'ages are durations in years': [
    ['عثر على جثة فتاة في الخامسة عشرة من العمر', PUB, 'الخامسة عشرة من العمر', 'DURATION', 'P15Y', null],
    ['توفي شاب في العشرين من عمره', PUB, 'العشرين من عمره', 'DURATION', 'P20Y', null],
    [
      'أوقفت امرأة في الثالثة والثلاثين من عمرها',
      PUB,
      'الثالثة والثلاثين من عمرها',
      'DURATION',
      'P33Y',
      null,
    ],
    ['طفل في السابعة من العمر', PUB, 'السابعة من العمر', 'DURATION', 'P7Y', null],
  ],
  'a fraction of the hour after a detached و; الساعة منتصف النهار': [
    [
      'تنطلق الحصة على الساعة التاسعة و النصف ليلا',
      PUB,
      'الساعة التاسعة و النصف ليلا',
      'TIME',
      '2017-04-20T21:30',
      null,
    ],
    [
      'يبدأ الاجتماع الساعة العاشرة و الربع صباحا',
      PUB,
      'الساعة العاشرة و الربع صباحا',
      'TIME',
      '2017-04-20T10:15',
      null,
    ],
    [
      'وقع الحادث أمس على الساعة السابعة والثلث مساء',
      PUB,
      'الساعة السابعة والثلث مساء',
      'TIME',
      '2017-04-19T19:20',
      null,
    ],
    [
      'جد الحادث اليوم الساعة منتصف النهار و10 دقائق',
      PUB,
      'الساعة منتصف النهار و10 دقائق',
      'TIME',
      '2017-04-20T12:10',
      null,
    ],
  ],
  'a part of the day alone takes the day named before it': [
    ['هاجم مسلحون القرية يوم 9 أفريل ثم اقتحموا المنازل ليلا', PUB, 'ليلا', 'TIME', '2017-04-09TNI', null],
    ['وصل الوفد أمس إلى العاصمة وغادرها صباحا', PUB, 'صباحا', 'TIME', '2017-04-19TMO', null],
    [
      'تنطلق التظاهرة يوم السبت المقبل وتتواصل إلى ساعة متأخرة ليلا',
      PUB,
      'ليلا',
      'TIME',
      '2017-04-22TNI',
      null,
    ],
  ],
  'a month without a year: the year named before it in the sentence, or the tense': [
    [
      'اندلعت المواجهات يوم 3 مارس 2015 وتواصلت إلى يوم 6 مارس',
      PUB,
      'يوم 6 مارس',
      'DATE',
      '2015-03-06',
      null,
    ],
    ['امتد الموسم من 20 ديسمبر 2015 إلى 10 جانفي', PUB, '10 جانفي', 'DATE', '2016-01-10', null],
    ['وقعت الحادثة يوم 12 ماي وفق المصدر', PUB, 'يوم 12 ماي', 'DATE', '2016-05-12', null],
    ['سينظم المؤتمر يوم 12 ماي بالعاصمة', PUB, 'يوم 12 ماي', 'DATE', '2017-05-12', null],
  ],
  'one unit alone after a cue: a duration; after منذ / قبل: one unit ago': [
    ['تجرى مباراة العودة بعدها بأسبوع', PUB, 'أسبوع', 'DURATION', 'P1W', null],
    ['توفي المصاب بعد أسبوع من الحادث', PUB, 'أسبوع', 'DURATION', 'P1W', null],
    ['سيتم إصلاح العطب خلال شهر', PUB, 'شهر', 'DURATION', 'P1M', null],
    ['يعاني القطاع منذ أكثر من سنة', PUB, 'سنة', 'DURATION', 'P1Y', null],
    ['تعيش الوزارة حالة اضطراب منذ ما يزيد عن السنة', PUB, 'السنة', 'DURATION', 'P1Y', null],
    ['استمر الاعتصام شهرا', PUB, 'شهرا', 'DURATION', 'P1M', null],
    ['غادر البلاد منذ سنة', PUB, 'منذ سنة', 'DATE', '2016', null],
    ['التقى به قبل شهر', PUB, 'قبل شهر', 'DATE', '2017-03', null],
  ],
  'one unit and a smaller one; a year after في غضون سنة': [
    ['توفي رضيع يبلغ من العمر سنة و7 أشهر', PUB, 'سنة و7 أشهر', 'DURATION', 'P1Y7M', null],
    ['ينتهي المشروع في غضون سنة 2020', PUB, 'سنة 2020', 'DATE', '2020', null],
  ],
  'a month of the year named before (من ذلك العام)': [
    ['وفي العام 2016، أسس في شهر أبريل من ذلك العام حركة جديدة', PUB, 'شهر أبريل', 'DATE', '2016-04', null],
  ],
  'a clock time in the evening of the same day': [
    [
      'ينقطع الماء غدا من الساعة التاسعة صباحا إلى الساعة الخامسة من مساء نفس اليوم',
      PUB,
      'الساعة الخامسة من مساء نفس اليوم',
      'TIME',
      '2017-04-21T17:00',
      null,
    ],
  ],
  'clock times after بعد الزوال': [
    [
      'يصل الفريق غدا على الساعة الرابعة بعد الزوال',
      PUB,
      'الساعة الرابعة بعد الزوال',
      'TIME',
      '2017-04-21T16:00',
      null,
    ],
  ],
  'a year, not a duration, after a rank noun; a year before a verb in the future': [
    ['تراجعت من المرتبة 36 سنة 2012 إلى المرتبة 75 سنة 2016', PUB, 'سنة 2016', 'DATE', '2016', null],
    ['كأس العالم 2018 سينظم في روسيا', PUB, '2018', 'DATE', '2018', null],
    ['جاء في مشروع قانون المالية 2018 اقتراح جديد', PUB, '2018', 'DATE', '2018', null],
  ],
  'the year of an edition or a session': [
    ['تم تركيز تقنيات جديدة خلال دورة 2017 لامتحان الباكالوريا', PUB, '2017', 'DATE', '2017', null],
    ['شارك في نسخة 2016 من المهرجان', PUB, '2016', 'DATE', '2016', null],
  ],
};

describe('lists, parts of periods, ages, lone parts of the day', () => {
  for (const [family, cases] of Object.entries(FAMILIES)) {
    describe(family, () => {
      for (const [body, published, text, type, value, mod] of cases) {
        it(`${text} in «${body}» → ${type} ${value}${mod ? ` ${mod}` : ''}`, () => {
          const doc = analyse(body, published);
          expect(doc.times.map((t) => [t.text, t.type, t.value, t.mod ?? null])).toContainEqual([
            text,
            type,
            value,
            mod,
          ]);
          expectValidDoc(doc);
        });
      }
    });
  }

  /** [sentence, words that must not be (part of) a time expression] */
  const NOT_TIMES: [string, string][] = [
    ['سيتم اقتناء أكثر من 1100 حافلة', '1100'],
    ['ينفذ الطلبة غدا إضرابا عاما في الجامعات', 'عاما'],
    ['دعا إلى عقد مؤتمر وطني', 'عقد'],
    ['يتحسن الوضع يوما بعد يوم', 'يوم'],
    ['احتفلت المدرسة بيوم العلم', 'يوم'],
    ['وسعت السلطات البحث إلى 1500 ميل بحري', '1500'],
    ['تنطلق الدراسة منذ شهر رمضان', 'شهر'],
  ];
  for (const [body, words] of NOT_TIMES) {
    it(`«${words}» is not a time in «${body}»`, () => {
      const doc = analyse(body, PUB);
      expect(doc.times.filter((t) => t.text.includes(words))).toEqual([]);
    });
  }

  it('leaves out a part of the day when no day was named in the sentence', () => {
    const doc = analyse('يعمل الحراس ليلا في المستودع', PUB);
    expect(doc.times).toEqual([]);
  });

  it('reads no clock-less part of the day after a number (a clock time)', () => {
    const doc = analyse('يفتح المكتب أمس من 8 صباحا', PUB);
    expect(doc.times.map((t) => t.text)).not.toContain('صباحا');
  });

  it('keeps a quarter or half with no publication date unresolved but marked', () => {
    const doc = analyse('نما الاقتصاد في النصف الأول من العام الماضي', null);
    expect(doc.times.map((t) => t.value)).toEqual(['REL:-1Y-H1']);
  });
});
