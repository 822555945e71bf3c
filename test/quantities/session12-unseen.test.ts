import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../src/doc/index.js';
import { expectValidDoc } from '../doc-invariants.js';
import { analyse } from '../times/helpers.js';

/**
 * Session 12: kinds of error read on unseen ANT sentences (not in any eval split), each fixed by a
 * general rule and tested here on constructed sentences.
 */
type Case = [string, string, number, Quantity['kind'], string | null, Quantity['casualty']?];

const FAMILIES: Record<string, Case[]> = {
  'a bare number in a weather bulletin after an adverb or في حدود is in degrees': [
    ['تتراوح الحرارة بين 24 و 28 درجة و تصل محليا إلى 34 بالجنوب', '34', 34, 'count', 'درجه'],
    ['تتراوح الحرارة القصوى بين 13 و 18 درجة وتكون في حدود 10 بالمرتفعات', '10', 10, 'count', 'درجه'],
  ],
  'a number word of 11 to 99 with the article before a noun in the accusative counts it': [
    ['حجز ما يقارب الثلاثين كيلوغراما من الزطلة', 'الثلاثين كيلوغراما', 30, 'count', 'kg'],
  ],
  'نفر in the accusative and the dual counts people': [
    ['كان على متن القارب 12 نفرا من الجهة', '12 نفرا', 12, 'count', 'person'],
    ['تم القبض على نفرين بحوزتهما مخدرات', 'نفرين', 2, 'count', 'person', 'detained'],
  ],
  'bare numbers of a list of three or more take the unit of the last': [
    ['لتصبح أسعارها 50 و70 و130 دينارا', '50', 50, 'money', 'dinar'],
    ['لتصبح أسعارها 50 و70 و130 دينارا', '70', 70, 'money', 'dinar'],
  ],
  'the number a tally of casualties reaches is of those casualties': [
    ['ارتفع عدد القتلى إلى 16 شخصا', '16 شخصا', 16, 'count', 'person', 'killed'],
    ['وبلغ عدد المصابين 238 مصابا', '238 مصابا', 238, 'count', 'person', 'injured'],
  ],
  'قضى right before a count of people is died': [
    ['وقضى 10 أشخاص بسبب البرد في بولندا', '10 أشخاص', 10, 'count', 'person', 'killed'],
  ],
  'a percent sign typed before the digits': [
    ['الترفيع بـ 50 نقطة لتبلغ %4,75 ، والزيادة', '4,75', 4.75, 'percent', null],
  ],
  'a fraction of a second is in seconds': [
    ['يبلغ الانحراف 2.5 ثانية ميكروية للقوس', '2.5 ثانية', 2.5, 'count', 'ثانيه'],
  ],
  'yen is a currency': [
    ['هوى الدولار مسجلا أدنى مستوياته عند 112.07 ين.', '112.07 ين', 112.07, 'money', 'yen'],
  ],
  'two numbers offered as alternatives (أو) share the noun': [
    ['سمع دوي 3 أو 4 انفجارات قرب الملعب', '3', 3, 'count', 'انفجارات'],
  ],
  'an approximation between بين and the first number of a range': [
    ['تراوح دخله بين حوالي 180 ألفا و482 ألف دولار', '180 ألفا', 180000, 'money', 'dollar'],
  ],
  // SaudiNewsNet kinds (constructed sentences)
  'a count of people joined by و to a count of the killed or wounded shares the casualty': [
    [
      'أسفر الانفجار عن استشهاد خمسة من أفراد الأمن وأربعة من المارة في السوق',
      'أربعة من المارة',
      4,
      'count',
      'الماره',
      'killed',
    ],
    ['قتل المسلحون 6 جنود من حرس الحدود، و9 عناصر آخرين من الشرطة', '9 عناصر', 9, 'count', 'عناصر', 'killed'],
  ],
  'a plural casualty verb after a count and its adjective': [
    ['ذكر الجيش أن 14 جنديا باكستانيا قتلوا في الكمين', '14 جنديا', 14, 'count', 'soldier', 'killed'],
  ],
  'a metric prefix written apart from its unit': [
    ['تحمل كل شحنة 25 كيلو جراما من الأدوية', '25 كيلو جراما', 25, 'count', 'kg'],
    ['تبعد القرية 12 كيلو مترا عن المدينة', '12 كيلو مترا', 12, 'count', 'km'],
    ['يأتي الجهاز بكاميرا دقتها 20 ميجا بيكسل', '20 ميجا بيكسل', 20, 'count', 'ميجا بيكسل'],
    ['وتصل سعة البطارية إلى 4000 ميللي أمبير', '4000 ميللي أمبير', 4000, 'count', 'ميللي امبير'],
  ],
  'digits in brackets before في المائة are a percent': [
    ['تهدف الخطة إلى خفض الاستهلاك (15) في المائة خلال عامين', '15', 15, 'percent', null],
  ],
  'a half that names its scale again (مليون ونصف المليون)': [
    [
      'حصل اللاعب على مليون ونصف المليون ريال مقابل انتقاله',
      'مليون ونصف المليون ريال',
      1500000,
      'money',
      'riyal',
    ],
  ],
  'an ordinal before a part of the day with no preposition of time stays': [
    ['تقام المباراة الثانية مساء في الملعب نفسه', 'الثانية', 2, 'ordinal', null],
  ],
  'a score glued by a hyphen to صفر is no rank': [
    ['فاز الفريق على ضيفه بنتيجة 4-صفر مساء الجمعة', '4', 4, 'cardinal', null],
  ],
  'a comma groups the thousands of a count of people': [
    ['بلغ عدد المتقدمين (15,320) طالب خلال الأسبوع', '15,320', 15320, 'count', 'student'],
  ],
  'cases of death are killed': [
    ['سجلت المستشفيات ست حالات وفاة خلال الأسبوع', 'ست حالات', 6, 'count', 'حالات', 'killed'],
  ],
};

/** [sentence, a text that must be no quantity] */
const NONE: [string, string][] = [
  // model numbers
  ['يثبت الفيديو أن هاتف آيفون 7 قوي وصلب', '7'],
  ['مازالت البطاريات في هواتف غالكسي نوت 7 الجديدة تنفجر', '7'],
  ['أصبحت "نوكيا لوميا 1520" متوفرة في تونس', '1520'],
  ['أعادت الشركة البريق لهاتف نوكيا 3310 بتصميم جديد', '3310'],
  ['الهاتف الذي يحمل اسم "دوجي تي 6" مزود بمعالج رباعي', '6'],
  ['لن يعمل التطبيق على الهواتف التي تعمل بنظام التشغيل iOS 6.', '6'],
  ['تقع المجرة في تكتل المجرات Abell 267، بعيدا عن الأرض', '267'],
  ['أطلقت الشركة خدمة 4 جي في كامل الولايات', '4'],
  ['أصابت صاعقة طائرة بوينغ 747 فور مغادرتها المطار', '747'],
  // numbers in a quoted title
  ['فاز الفيلم الفلسطيني "3000 ليلة" بجائزة احسن سيناريو', '3000 ليلة'],
  ['وثائق أطلق عليها إسم "القبو 7"، تعتبر أكبر مجموعة', '7'],
  ['عرض مسرحيته "ليلة من ألف ليلة" في أكثر من مدينة', 'ألف ليلة'],
  ['وذكر موقع "فلايت رادار 24" الإلكتروني أن الرحلة هي الأطول', '24'],
  // a title after a proclitic
  ['أكد رئيس النيابة الخصوصية والمعتمد الأول بسوسة أنه', 'الأول'],
  // the grade of a rank
  ['عزى عائلات الشهداء الرقيب أول آمان ثامري والجندي أول معتز الخميسي', 'أول'],
  ['واستشهد في العملية رقيب الأمن أوّل مظفر بن ميلود', 'أوّل'],
  // a year before the era
  ['تم استخراج أول عملات ذهبية عام 550 قبل الميلاد تقريبا', '550'],
  // words shaped like duals
  ['تقدم الباعثون من حاملي الشهادات العليا بمطالبهم', 'حاملي'],
  ['اقتحم الأنصار الملعب حاملين قضبان حديدية', 'حاملين'],
  ['قال إن إرهابيين اثنين فجرا نفسيهما وسط السوق', 'نفسيهما'],
  ['عبر عن حرصه على تعزيز العلاقات خدمة لمصلحة الشعبين الشقيقين', 'الشقيقين'],
  // a participle after the preposition ل read as a dual of آفة (SaudiNewsNet)
  ['وأشاد المدير بجهود الفرق، لافتاً إلى أن العمل مستمر', 'افتاً'],
  ['وتحدث الخبراء عن السوق، لافتين إلى أن الطلب يرتفع', 'افتين'],
  // the first day of a range of dates, and a date of three numbers between spaced slashes
  ['تقام الفعاليات في الفترة من 3-12 ذي القعدة بالمدينة', '3'],
  ['يعقد الوزيران اجتماعات يومي الرابع والخامس من مارس', 'الرابع'],
  ['تستمر الدورة بين العاشر والرابع عشر من رمضان', 'العاشر'],
  ['وقع الحادث فجر يوم الخميس الموافق ٢٣ /٨ /١٤٣٦ه في المحافظة', '٢٣'],
  ['وقع الحادث فجر يوم الخميس الموافق ٢٣ /٨ /١٤٣٦ه في المحافظة', '٨'],
  // a participle in م before a pronoun is a plural ("its staff"), not a dual
  ['أقامت الإدارة حفل معايدة لمنسوبيها في مقرها', 'منسوبيها'],
  ['كرمت الجمعية عددا من متطوعيها في الحفل', 'متطوعيها'],
  // أولا بأول "step by step"
  ['تتابع البلدية أولا بأول نظافة الشوارع', 'أولا'],
  ['تتابع البلدية أولا بأول نظافة الشوارع', 'أول'],
  // an hour of the clock before a part of the day
  ['تفتح المحلات أبوابها حتى الحادية عشرة ليلا طوال الشهر', 'الحادية عشرة'],
  ['تفتح المحلات أبوابها حتى الحادية عشرة ليلا طوال الشهر', 'عشرة ليلا'],
  // the elative أولى "more fitting"
  ['نحن أحق وأولى بخيرات أرضنا من غيرنا', 'أولى'],
  ['وقال إن ترميم المبنى أولى من هدمه', 'أولى'],
];

describe('session 12: unseen kinds', () => {
  for (const [family, cases] of Object.entries(FAMILIES)) {
    describe(family, () => {
      for (const [body, text, value, kind, unit, casualty] of cases) {
        it(`${text} in «${body}» → ${value} ${kind} ${unit ?? ''} ${casualty ?? ''}`, () => {
          const doc = analyse(body, null);
          const q = doc.quantities.find((x) => x.text === text);
          expect(q && [q.value, q.kind, q.unit]).toEqual([value, kind, unit]);
          if (casualty !== undefined) expect(q?.casualty).toBe(casualty);
          expectValidDoc(doc);
        });
      }
    });
  }

  for (const [body, text] of NONE) {
    it(`«${text}» is no quantity in «${body}»`, () => {
      const doc = analyse(body, null);
      expect(doc.quantities.filter((q) => q.text === text)).toEqual([]);
    });
  }

  it('keeps a number before its counted noun after a Latin name (PKT 1 بندقية)', () => {
    const doc = analyse('حجز 1 رشاش PKT 1 بندقية رشاشة', null);
    expect(doc.quantities.map((q) => [q.text, q.value])).toEqual([
      ['1 رشاش', 1],
      ['1 بندقية', 1],
    ]);
  });

  it('keeps the counted noun of an undefined vague plural, but none for بالآلاف without من', () => {
    expect(analyse('حجز آلاف خراطيش الصيد', null).quantities.map((q) => [q.text, q.kind])).toEqual([
      ['آلاف خراطيش', 'count'],
    ]);
    expect(analyse('تظاهر الشعب بالآلاف دفاعا عنه', null).quantities.map((q) => [q.text, q.unit])).toEqual([
      ['الآلاف', null],
    ]);
  });

  it('leaves a list whose last number has a scale word alone (عيار 16 و12 و 500 ألف كبسولة)', () => {
    const doc = analyse('محملة بخراطيش عيار 16 و12 و 500 ألف كبسولة', null);
    expect(doc.quantities.filter((q) => q.text === '16').map((q) => q.value)).toEqual([16]);
  });
});
