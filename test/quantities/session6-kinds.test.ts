import { describeQuantityKinds, type QuantityCase } from './cases.js';

/**
 * Kinds of quantity found wrong in session 6 (the failures of `blind4`, then unseen sentences), each on
 * examples of its own: [sentence, text, value, kind, unit, approx, casualty].
 */
const FAMILIES: Record<string, QuantityCase[]> = {
  'money with the article; a list of minutes; الدق; and a half of the scale or the unit': [
    ['ارتفع سعر الكلغ بعد تجاوزه الـ12 د في السوق', 'الـ12 د', 12, 'money', 'dinar', null, null],
    ['سجل المهاجم في الدقائق 12 و 40 و 86 من اللقاء', '86', 86, 'ordinal', null, null, null],
    ['سجل المهاجم في الدقائق 12، 40 و 86 من اللقاء', '40', 40, 'ordinal', null, null, null],
    ['عادل الفريق في الدق 91 من المباراة', '91', 91, 'ordinal', null, null, null],
    [
      'بلغت الكلفة 3 مليار دينار ونصف العام الماضي',
      '3 مليار دينار ونصف',
      3500000000,
      'money',
      'dinar',
      null,
      null,
    ],
    ['يبلغ طول الجدار 6 أمتار ونصف المتر', '6 أمتار ونصف المتر', 6.5, 'count', 'metre', null, null],
  ],
  'approximations: لا تفوق, يتجاوز, and a measured noun between the verb and the number': [
    ['يسمح بسلع بقيمة لا تفوق خمسة آلاف دينار', 'خمسة آلاف دينار', 5000, 'money', 'dinar', 'at-most', null],
    ['يتجاوز طولها 25 مترا حسب الخبراء', '25 مترا', 25, 'count', 'metre', 'more-than', null],
    ['يقارب عرضها 7 أمتار', '7 أمتار', 7, 'count', 'metre', 'about', null],
  ],
  'casualties: a verb after على الأقل and a comma; bodies counted as written; no detention of a written noun':
    [
      [
        'قالت المصادر إن 5 أشخاص على الأقل، أصيبوا بجروح',
        '5 أشخاص',
        5,
        'count',
        'person',
        'at-least',
        'injured',
      ],
      ['تضم المقبرة أكثر من 20 جثة مجهولة الهوية', '20 جثة', 20, 'count', 'جثه', 'more-than', 'killed'],
      ['تم القبض على مهربين اثنين قرب الحدود', 'اثنين', 2, 'count', 'مهربين', null, null],
    ],
  'a range with إلى alone; a noun in آ; a definite construct scale; definite duals of bodies and measures': [
    ['تقدر أعدادهم ب3500 إلى 4500 مقاتل', '3500', 3500, 'count', 'fighter', null, null],
    ['حجزت الفرق 8 آلات وزن غير قانونية', '8 آلات', 8, 'count', 'الات', null, null],
    ['تبرع اللاعبون بأكثر من الألفي دينار', 'الألفي دينار', 2000, 'money', 'dinar', 'more-than', null],
    ['قام الأعوان بانتشال الجثتين من الوادي', 'الجثتين', 2, 'count', 'الجثتين', null, 'killed'],
    ['تجاوز طول النبتة المترين', 'المترين', 2, 'count', 'metre', null, null],
  ],
  'unseen text: digits before من and casualties; للمرة N; عوني in construct; أصاب; an approximated amount in parts':
    [
      ['غادر 5 من جرحى الحادث المستشفى', '5', 5, 'cardinal', null, null, 'injured'],
      ['فاز الفريق بالكأس للمرة 12 في تاريخه', '12', 12, 'ordinal', null, null, null],
      ['أوقف شخص انتحل صفة عوني حرس', 'عوني', 2, 'count', 'عوني', null, null],
      ['هاجم المارة وأصاب 3 منهم بجروح', '3', 3, 'cardinal', null, null, 'injured'],
      [
        'بلغت الديون أكثر من مليون و500 ألف دينار',
        'مليون و500 ألف دينار',
        1500000,
        'money',
        'dinar',
        'more-than',
        null,
      ],
    ],
  'unseen text: the next rank of a standings table after points': [
    ['الترتيب: الملعب التونسي 15 ن 2 - الإتحاد المنستيري 13 ن', '2', 2, 'ordinal', null, null, null],
  ],
  'nouns both separate annotators keep in their written form': [
    ['قدر عددهم ب5000 ارهابي', '5000 ارهابي', 5000, 'count', 'ارهابي', null, null],
    ['حصل الحزب على 33 مقعدا في البرلمان', '33 مقعدا', 33, 'count', 'مقعدا', null, null],
  ],
};

describeQuantityKinds('quantity kinds found in session 6', FAMILIES, [
  // definite duals of things already named
  ['اصطدمت السيارتين قرب المفترق', 'السيارتين'],
  ['تحدث الطرفين عن الاتفاق', 'الطرفين'],
  // an adjective in ة with tanween is no dual
  ['سيتم عقد جلسة عامة تقييميةً وانتخابية', 'تقييمية'],
  // the number in a channel's name
  ['قال الصحفي بقناة فرانس 24 إن الوضع صعب', '24'],
]);
