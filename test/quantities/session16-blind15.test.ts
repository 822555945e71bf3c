import { describeQuantityKinds, type QuantityCase } from './cases.js';

/**
 * Kinds of quantity that `blind15`'s failures showed, fixed by general rules checked over 3k unseen ANT
 * articles (session 16, held-out articles dropped), each tested on examples of its own:
 * [sentence, text, value, kind, unit, approx, casualty].
 */
const FAMILIES: Record<string, QuantityCase[]> = {
  'a feminine dual in construct of a known noun before its complement or two joined names': [
    ['صدرت في شأنه برقيتي تفتيش', 'برقيتي', 2, 'count', 'برقيتي', null, null],
    ['تم حجز وسيلتي نقل مسروقة', 'وسيلتي', 2, 'count', 'وسيلتي', null, null],
    ['تخطط لاستهداف ثكنتي القرجاني والعوينة', 'ثكنتي', 2, 'count', 'ثكنتي', null, null],
    ['تجددت الاشتباكات بين أهالي قريتي بشني والجرسين', 'قريتي', 2, 'count', 'قريتي', null, null],
  ],
  'a masculine dual in construct read from its shape: a common noun + ي that is no nisba, before an indefinite noun':
    [
      ['وصادر في شأنه منشوري تفتيش من أجل السرقة', 'منشوري', 2, 'count', 'منشوري', null, null],
      ['أسفرت العملية عن حجز سلاحي كلاشنيكوف، وهاتف جوال', 'سلاحي', 2, 'count', 'سلاحي', null, null],
      ['انعقد اجتماع على مستوى وزيري خارجية البلدين', 'وزيري', 2, 'count', 'وزيري', null, null],
    ],
  'digits before من and a definite plural of things count them (a partitive spans its noun)': [
    ['رفعت عينة من بين 642 من الأحذية الرياضية', '642 من الأحذية', 642, 'count', 'الاحذيه', null, null],
    ['تم حجز 4131 من المستحضرات الطبية', '4131 من المستحضرات', 4131, 'count', 'المستحضرات', null, null],
  ],
  'صفر before a percent word is a rate of zero': [
    ['ونصدر "صفر بالمائة"، بحسب تعبيره', 'صفر بالمائة', 0, 'percent', null, null, null],
    ['بلغت النسبة صفر في المائة', 'صفر في المائة', 0, 'percent', null, null, null],
  ],
  'a bare number joined by و right after an amount in degrees is in degrees': [
    [
      'تتراوح درجات الحرارة بين 26 و 30 درجة وفي حدود 22 بالمرتفعات',
      '22',
      22,
      'count',
      'درجه',
      'about',
      null,
    ],
  ],
  'a noun in بال / وكال with no word after the article is counted': [
    ['فحص الباحثون بيانات نحو 537 ألف بالغ', '537 ألف بالغ', 537000, 'count', 'بالغ', 'about', null],
    ['من خلال 64 مكتب بريد و 25 وكالة بريد سريع', '25 وكالة', 25, 'count', 'وكاله', null, null],
  ],
};

/** What must stay no quantity. */
const NOT_QUANTITIES: [string, string][] = [
  // a nisba adjective (it takes the article: الرئيسي) is no dual in construct
  ['عين حكم رئيسي يساعده حكمان', 'رئيسي'],
  // a plural of a participle in construct before a definite noun is no dual
  ['تم القبض على منظمي العملية', 'منظمي'],
  // إحدى is no dual
  ['تم العثور على جثة بإحدى المقابر', 'إحدى'],
  // a given name after a preposition is no dual
  ['خلفا لفتحي البحري', 'لفتحي'],
  // "my …" before an adjective in ة is no dual
  ['قال: سيارتي الجديدة سرقت', 'سيارتي'],
];

describeQuantityKinds('quantities: session 16, blind15 kinds', FAMILIES, NOT_QUANTITIES);
