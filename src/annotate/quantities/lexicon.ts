/**
 * Word lists of the quantities pass, normalised like `token.norm`: counted nouns and their units,
 * currencies, approximation phrases, casualty triggers, ordinals.
 */
import type { Quantity } from '../../doc/index.js';
import { TEN_STEMS } from '../numbers/numerals.js';

type Casualty = NonNullable<Quantity['casualty']>;

const forms = (unit: string, words: string[], casualty: Casualty | null = null): [string, Noun][] =>
  words.map((w) => [w, { unit, casualty }]);

export interface Noun {
  unit: string;
  /** Nouns that are themselves casualties: قتيل، جرحى، نازحين. */
  casualty: Casualty | null;
}

/** Counted nouns (singular, accusative, plural) → a normalised unit. */
export const NOUNS: ReadonlyMap<string, Noun> = new Map<string, Noun>([
  ...forms('person', [
    'اخرين',
    'اخرون',
    'شخص',
    'شخصا',
    'اشخاص',
    'نفر',
    'نفرا',
    'انفار',
    'فرد',
    'فردا',
    'افراد',
    'نسمه',
    'ضحيه',
    'ضحايا',
  ]),
  ...forms('person', ['قتيل', 'قتيلا', 'قتلي'], 'killed'),
  ...forms('person', ['جريح', 'جريحا', 'جرحي', 'مصاب', 'مصابا', 'مصابين', 'مصابون'], 'injured'),
  ...forms('person', ['نازح', 'نازحا', 'نازحين', 'نازحون', 'مهجر', 'مهجرا', 'مهجرين'], 'displaced'),
  ...forms(
    'detainee',
    [
      'معتقل',
      'معتقلا',
      'معتقلين',
      'معتقلون',
      'اسير',
      'اسيرا',
      'اسري',
      'موقوف',
      'موقوفا',
      'موقوفين',
      'محتجز',
      'محتجزا',
      'محتجزين',
      'رهينه',
      'رهائن',
    ],
    'detained',
  ),
  ...forms('civilian', ['مدني', 'مدنيا', 'مدنيين', 'مدنيون']),
  ...forms('soldier', ['جندي', 'جنديا', 'جنود', 'عسكري', 'عسكريا', 'عسكريين', 'عسكريون']),
  ...forms('child', ['طفل', 'طفلا', 'اطفال']),
  ...forms('woman', ['امراه', 'نساء', 'سيده', 'سيدات']),
  ...forms('refugee', ['لاجئ', 'لاجئا', 'لاجئين', 'لاجئون']),
  ...forms('migrant', ['مهاجر', 'مهاجرا', 'مهاجرين', 'مهاجرون']),
  ...forms('fighter', ['مقاتل', 'مقاتلا', 'مقاتلين', 'مقاتلون', 'مسلح', 'مسلحا', 'مسلحين', 'مسلحون']),
  ...forms('student', [
    'تلميذ',
    'تلميذا',
    'تلاميذ',
    'طالب',
    'طالبا',
    'طلاب',
    'طلبه',
    'تلميذه',
    'تلميذات',
    'طالبات',
  ]),
  ...forms('worker', ['عامل', 'عاملا', 'عمال']),
  ...forms('article', ['مقال', 'مقالا', 'مقالات']),
  ...forms('vehicle', ['سياره', 'سيارات', 'مركبه', 'مركبات', 'شاحنه', 'شاحنات']),
  ...forms('tonne', ['طن', 'طنا', 'اطنان']),
  ...forms('mile', ['ميل', 'ميلا', 'اميال']),
  ...forms('km', ['كلم', 'كم', 'كيلومتر', 'كيلومترا', 'كيلومترات']),
  ...forms('metre', ['متر', 'مترا', 'امتار']),
  ...forms('hectare', ['هكتار', 'هكتارا', 'هكتارات', 'هك']),
  ...forms('kg', ['كغ', 'كلغ', 'كيلوغرام', 'كيلوغراما', 'كيلوغرامات']),
  ...forms('litre', ['لتر', 'لترا', 'لترات']),
  ...forms('vote', ['صوت', 'صوتا', 'اصوات']),
  ...forms('country', ['دوله', 'دول', 'بلد', 'بلدا', 'بلدان']),
  ...forms('point', ['نقطه', 'نقاط']),
  ...forms('goal', ['هدف', 'هدفا', 'اهداف']),
]);

/** Currencies after a number → a normalised unit (the kind is money). */
export const CURRENCIES: ReadonlyMap<string, string> = new Map([
  ...['دولار', 'دولارا', 'دولارات'].map((w): [string, string] => [w, 'dollar']),
  ...['يورو', 'اورو'].map((w): [string, string] => [w, 'euro']),
  ...['ليره', 'ليرات'].map((w): [string, string] => [w, 'lira']),
  ...['ريال', 'ريالا', 'ريالات'].map((w): [string, string] => [w, 'riyal']),
  ...['دينار', 'دينارا', 'دنانير', 'دينارات'].map((w): [string, string] => [w, 'dinar']),
  ...['درهم', 'درهما', 'دراهم'].map((w): [string, string] => [w, 'dirham']),
  ...['جنيه', 'جنيها', 'جنيهات'].map((w): [string, string] => [w, 'pound']),
  ...['مليم', 'مليما', 'مليمات'].map((w): [string, string] => [w, 'millime']),
  ...['روبل', 'روبلا'].map((w): [string, string] => [w, 'rouble']),
  ...['فرنك', 'فرنكا'].map((w): [string, string] => [w, 'franc']),
  ...['يوان', 'يوانا'].map((w): [string, string] => [w, 'yuan']),
  ...['ين'].map((w): [string, string] => [w, 'yen']),
  ...['سنتيم', 'سنتيما', 'سنتيمات'].map((w): [string, string] => [w, 'centime']),
]);

export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'dollar'],
  ['€', 'euro'],
  ['£', 'pound'],
]);

/** Percent: % ٪ بالمئة بالمائة (in one token), في المئة / في المائة (two). */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['بالمائه', 'بالمئه', 'بالميه', 'بالمءه']);
export const PERCENT_AFTER_FI: ReadonlySet<string> = new Set(['المائه', 'المئه', 'الميه']);

type Approx = NonNullable<Quantity['approx']>;

/** Approximation phrases before a number, as normalised word sequences (longest first). */
export const APPROX_BEFORE: readonly [string[], Approx][] = (
  [
    ['ما لا يقل عن', 'at-least'],
    ['ما لا يقل علي', 'at-least'],
    ['لا يقل عن', 'at-least'],
    ['ما لا تقل عن', 'at-least'],
    // لايقل، لاتتجاوز: the negation glued to the verb
    ['ما لايقل عن', 'at-least'],
    ['لايقل عن', 'at-least'],
    ['لاتقل عن', 'at-least'],
    ['لايزيد عن', 'at-most'],
    ['لاتزيد عن', 'at-most'],
    ['لايتجاوز', 'at-most'],
    ['لاتتجاوز', 'at-most'],
    ['لايتعدي', 'at-most'],
    ['لاتتعدي', 'at-most'],
    ['لا تقل عن', 'at-least'],
    ['لا يقل علي', 'at-least'],
    ['لا تقل علي', 'at-least'],
    ['لا يزيد عن', 'at-most'],
    ['لا تزيد عن', 'at-most'],
    ['لا يزيد علي', 'at-most'],
    ['لا تزيد علي', 'at-most'],
    ['ما لا يزيد عن', 'at-most'],
    ['ما لا يزيد علي', 'at-most'],
    ['ما يزيد عن', 'more-than'],
    ['ما يزيد علي', 'more-than'],
    // ما يفوق عن 150 موطن شغل: the verb with عن, a common variant
    ['لا يفوق عن', 'at-most'],
    ['لا تفوق عن', 'at-most'],
    ['يفوق عن', 'more-than'],
    ['تفوق عن', 'more-than'],
    ['ما يفوق', 'more-than'],
    ['ما يربو علي', 'more-than'],
    ['اكثر من', 'more-than'],
    ['ازيد من', 'more-than'],
    // (لا تفوق before تفوق: the first match wins)
    ['لا يفوق', 'at-most'],
    ['لا تفوق', 'at-most'],
    ['لا يتجاوز', 'at-most'],
    ['لا تتجاوز', 'at-most'],
    // لم تتجاوز الـ 9 ملايين: did not exceed
    ['لم يتجاوز', 'at-most'],
    ['لم تتجاوز', 'at-most'],
    // لا يتعدى، لم يتعدّ: does not exceed
    ['لا يتعدي', 'at-most'],
    ['لا تتعدي', 'at-most'],
    ['لم يتعد', 'at-most'],
    ['لم تتعد', 'at-most'],
    ['يفوق', 'more-than'],
    ['تفوق', 'more-than'],
    // فاقت قيمتها 170 ألف دينار، تجاوزت كلفتها: the same verbs in the past
    ['فاق', 'more-than'],
    ['فاقت', 'more-than'],
    ['تجاوزت', 'more-than'],
    // the past of the other verbs too (بكلفة ناهزت 30 ألف دينار، برقم ناهز، تجاوز الـ 40 ألف)
    ['تجاوز', 'more-than'],
    ['تخطي', 'more-than'],
    ['تخطت', 'more-than'],
    ['يتخطي', 'more-than'],
    ['تتخطي', 'more-than'],
    ['يتجاوز', 'more-than'],
    ['تتجاوز', 'more-than'],
    ['يتعدي', 'more-than'],
    ['تتعدي', 'more-than'],
    ['يزيد عن', 'more-than'],
    ['يزيد علي', 'more-than'],
    ['ما يقارب', 'about'],
    ['ما يناهز', 'about'],
    ['ما يقرب من', 'about'],
    ['في حدود', 'about'],
    // تصل إلى حدود 50 كلم/س: up to about
    ['الي حدود', 'about'],
    ['يقارب', 'about'],
    ['تقارب', 'about'],
    ['يناهز', 'about'],
    ['ناهز', 'about'],
    ['ناهزت', 'about'],
    ['قارب', 'about'],
    ['قاربت', 'about'],
    ['تناهز', 'about'],
    ['نحو', 'about'],
    ['حوالي', 'about'],
    ['قرابه', 'about'],
    ['زهاء', 'about'],
    ['تقريبا', 'about'],
    ['اقل من', 'less-than'],
    ['ما دون', 'less-than'],
    ['دون', 'less-than'],
    ['علي الاقل', 'at-least'],
    ['علي الاكثر', 'at-most'],
  ] as [string, Approx][]
).map(([p, a]): [string[], Approx] => [p.split(' '), a]);

/** Approximation words after a quantity. */
export const APPROX_AFTER: readonly [string[], Approx][] = [
  [['تقريبا'], 'about'],
  [['علي', 'الاقل'], 'at-least'],
  [['علي', 'الاكثر'], 'at-most'],
];

/** Words before a count of people that make it a casualty count (normalised, clitics stripped). */
export const CASUALTY_TRIGGERS: ReadonlyMap<string, Casualty> = new Map([
  ...[
    'قتل',
    'مقتل',
    'اغتيال',
    'قتلت',
    'قتلوا',
    'مصرع',
    'حياه',
    'بحياه',
    'وفاه',
    'توفي',
    'لقي',
    'لقوا',
    'استشهاد',
    'استشهد',
    'ارواح',
    'اعدام',
    'حصد',
    'حصدت',
    'اودي',
    'اودت',
    'سقوط',
    // انتشال جثث اثنين آخرين: bodies recovered
    'جثث',
    'جثه',
    'جثتي',
    // الجثث الثلاث: bodies counted after the noun
    'الجثث',
  ].map((w): [string, Casualty] => [w, 'killed']),
  ...[
    'اصابه',
    'اصيب',
    'اصيبت',
    'اصيبا',
    'اصاب',
    'اصابات',
    'جرح',
    'جرحت',
    'اصيبوا',
    'اصابت',
    'طعن',
    'طعنه',
    'اختناق',
  ].map((w): [string, Casualty] => [w, 'injured']),
  ...['نزوح', 'نزح', 'تهجير', 'تشريد', 'شرد', 'فرار', 'فر', 'هجر'].map((w): [string, Casualty] => [
    w,
    'displaced',
  ]),
  ...[
    'اعتقال',
    'اعتقل',
    'اعتقلت',
    'احتجاز',
    'احتجز',
    'توقيف',
    'ايقاف',
    'اوقف',
    'اوقفت',
    // الاحتفاظ بـ (held in custody); احتفاظ alone is also an abstention in a vote
    'الاحتفاظ',
    'القبض',
    'اسر',
    'خطف',
    'اختطاف',
    'اختطف',
    // بسجن 14 شخصا، بطاقة إيداع بالسجن في شأن 8 أشخاص
    'سجن',
    'سجنا',
    'السجن',
  ].map((w): [string, Casualty] => [w, 'detained']),
]);

/** Units measured in fractions (1.5 كلم، 7.5 كغ), unlike things counted one by one. */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  'tonne',
  'km',
  'metre',
  'hectare',
  'kg',
  'litre',
  'mile',
]);

/** Units that can be casualties (people). */
export const PERSON_UNITS: ReadonlySet<string> = new Set([
  'person',
  'civilian',
  'soldier',
  'child',
  'woman',
  'refugee',
  'migrant',
  'fighter',
  'student',
  'worker',
  'detainee',
]);

/**
 * Nouns after which a number is an ordinal: الجولة 13، الدورة 30، المرتبة 3، الفصل 80، صنف 2.
 * Not رقم / عدد: an identifier (الطريق الوطنية رقم 17، القانون عدد 25) is a cardinal.
 */
export const ORDINAL_NOUNS: ReadonlySet<string> = new Set([
  'الجوله',
  'جوله',
  'الدوره',
  'دوره',
  // في دورته 36، نسختها 20: with a possessive
  'دورته',
  'دورتها',
  'نسخته',
  'نسختها',
  'طبعته',
  'طبعتها',
  'المرتبه',
  'مرتبه',
  // بين الطابق 6 و8: a floor
  'الطابق',
  'طابق',
  'المركز',
  'النسخه',
  'نسخه',
  'الطبعه',
  'الحلقه',
  'المرحله',
  'الفصل',
  'فصل',
  // للفصلين 83 و84، المادتين 5 و6
  'الفصلين',
  'الفصول',
  'المادتين',
  'البندين',
  'الماده',
  'البند',
  'الرتبه',
  'الدرجه',
  'الذكري',
  'الاسبوع',
  'المؤتمر',
  'الموتمر',
  'المهرجان',
  'الدفعه',
  'المصنف',
  'المصنفه',
  'مصنف',
  'الدور',
  'دور',
  'دق',
  'الدق',
  // للمرة 13: the 13th time
  'المره',
  'الدقيقه',
  // في الدقائق 12 و40 و86: a list of minutes
  'الدقائق',
  'الدقيقتين',
  'صنف',
  'الصنف',
  'الفقره',
  'الكيلومتر',
]);

/**
 * Words before a score (بنتيجة 3-1، فاز 2-0، هزيمة 15-9): its two numbers are cardinals, never a
 * range nor a count of what follows.
 */
export const SCORE_CUES: ReadonlySet<string> = new Set([
  'نتيجه',
  'النتيجه',
  'حصه',
  'بحصه',
  'فوز',
  'فاز',
  'الفوز',
  'فازت',
  'هزيمه',
  'الهزيمه',
  'انهزم',
  'خسر',
  'خسرت',
  'تعادل',
  'التعادل',
  'انتصار',
  'الانتصار',
  'انتصر',
  'تغلب',
  'تغلبت',
  'نتيجته',
]);

/** Nouns kept in their written form as unit that are casualties by themselves (12 شهيدا). */
export const RAW_CASUALTY_NOUNS: ReadonlyMap<string, Casualty> = new Map([
  ...['شهيد', 'شهيدا', 'شهداء', 'وفيات', 'وفاه', 'قتيل', 'قتيلا', 'قتلي', 'جثه', 'جثث', 'جثتين'].map(
    (w): [string, Casualty] => [w, 'killed'],
  ),
  ...['جريح', 'جريحا', 'جرحي', 'مصاب', 'مصابا', 'اصابات', 'اصابه'].map((w): [string, Casualty] => [
    w,
    'injured',
  ]),
]);

/** Heads of titles with الأول/الأولى that are no ranking: الوزير الأول، السيدة الأولى. */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'الوزير',
  'الوزراء',
  'وزير',
  'وزيرا',
  'المعتمد',
  'معتمد',
  'معتمدا',
  'السيده',
]);

/** Verbs right after a count of people that make it a casualty count: 1792 شخصا قتلوا. */
export const CASUALTY_AFTER: ReadonlyMap<string, Casualty> = new Map([
  ...['قتلوا', 'لقوا', 'قضوا', 'توفوا', 'استشهدوا', 'قتل', 'لقي', 'توفي', 'لقين', 'قتلن'].map(
    (w): [string, Casualty] => [w, 'killed'],
  ),
  // (and the dual verbs: اثنان … أصيبا، قتلا)
  ...['قتلا', 'لقيا', 'توفيا', 'استشهدا'].map((w): [string, Casualty] => [w, 'killed']),
  ...['اصيبوا', 'جرحوا', 'اصيب', 'جرح', 'اصبن', 'اصيبا'].map((w): [string, Casualty] => [w, 'injured']),
  ...['نزحوا', 'فروا', 'هجروا', 'شردوا'].map((w): [string, Casualty] => [w, 'displaced']),
  ...['اعتقلوا', 'اوقفوا', 'احتجزوا', 'اختطفوا', 'اسروا'].map((w): [string, Casualty] => [w, 'detained']),
]);

/** Number words after a noun, agreeing with it (شخص واحد، مدرسين اثنين، الفرد الواحد، بساقيه الاثنين). */
export const AGREEING_NUMBERS: ReadonlyMap<string, 1 | 2> = new Map([
  ['واحد', 1],
  ['واحده', 1],
  ['واحدا', 1],
  ['الواحد', 1],
  ['الواحده', 1],
  ['اثنين', 2],
  ['اثنان', 2],
  ['اثنتين', 2],
  ['اثنتان', 2],
  ['الاثنين', 2],
  ['الاثنان', 2],
  ['الاثنتين', 2],
]);

/** Abbreviations of the dinar right after an amount: 80,000 د (80 dinars, with three decimals). */
export const DINAR_ABBREVIATIONS: ReadonlySet<string> = new Set(['د', 'دت', 'د.ت']);

/** Words after a number that make it a rank: المصنف 53 عالميا، المرتبة 42 إفريقيا. */
export const RANK_AFTER: ReadonlySet<string> = new Set([
  'عالميا',
  'افريقيا',
  'عربيا',
  'اوروبيا',
  'اسيويا',
  'محليا',
  'وطنيا',
]);

/** Duals of people, which count two even with the article (الشخصين، الجريحين: two people named before). */
const PERSON_DUALS: [string, Noun][] = [
  ...forms('person', ['شخصين', 'شخصان', 'نفرين', 'نفران']),
  ...forms('person', ['قتيلين', 'قتيلان'], 'killed'),
  ...forms('person', ['جريحين', 'جريحان'], 'injured'),
  ...forms('child', ['طفلين', 'طفلان']),
  ...forms('soldier', ['جنديين', 'جنديان']),
  ...forms('woman', ['امراتين', 'امراتان', 'سيدتين', 'سيدتان']),
];

/**
 * People nouns whose plural is broken (وزراء، رؤساء), so that their definite form in ين / ان can only be
 * a dual (الوزيران، الرئيسين) and counts two.
 */
export const BROKEN_PLURAL_PEOPLE: ReadonlySet<string> = new Set([
  'وزير',
  'رئيس',
  'سفير',
  'زعيم',
  'قائد',
  'طفل',
  'رجل',
  'شاب',
  'شقيق',
  'زميل',
  'شريك',
  'نائب',
  'قاضي',
  // عناصر، شيوخ، حراس: العنصرين، الشيخين، الحارسان are two people
  'عنصر',
  'شيخ',
  'حارس',
  // ضباط: لمقتل ضابطين is two officers (a فاعل form, but no participle)
  'ضابط',
  // تلاميذ: التلميذين is two pupils
  'تلميذ',
]);

/** Indefinite duals of people that the dual rule reads with their own form as unit. */
const OTHER_PERSON_DUALS = ['رجلين', 'رجلان', 'كهلين', 'كهلان', 'شابين', 'شابان', 'شقيقين', 'شقيقان'];

/** Those of them that are adjectives too (البلدين الشقيقين، اللاعبين الشابين). */
export const ADJECTIVE_PERSON_DUALS: ReadonlySet<string> = new Set(['شابين', 'شابان', 'شقيقين', 'شقيقان']);

/** Dual nouns, which count two by themselves: شخصين، طفلين، هدفين. */
export const DUAL_NOUNS: ReadonlyMap<string, Noun> = new Map<string, Noun>([
  ...PERSON_DUALS,
  ...PERSON_DUALS.map(([w, n]): [string, Noun] => [`ال${w}`, n]),
  ...OTHER_PERSON_DUALS.map((w): [string, Noun] => [`ال${w}`, { unit: w, casualty: null }]),
  ...forms('goal', ['هدفين', 'هدفان']),
  ...forms('point', ['نقطتين', 'نقطتان']),
  // عوني أمن، عوني الحرس: two agents, in construct (the dual of عون "agent" is hardly ever "my helper")
  ['عوني', { unit: 'عوني', casualty: null }],
]);

/** Ordinal words, masculine and feminine, with the article. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['الاول', 1],
      ['الاولي', 1],
      ['الحادي', 1],
      ['الحاديه', 1],
      ['الثاني', 2],
      ['الثانيه', 2],
      ['الثالث', 3],
      ['الثالثه', 3],
      ['الرابع', 4],
      ['الرابعه', 4],
      ['الخامس', 5],
      ['الخامسه', 5],
      ['السادس', 6],
      ['السادسه', 6],
      ['السابع', 7],
      ['السابعه', 7],
      ['الثامن', 8],
      ['الثامنه', 8],
      ['التاسع', 9],
      ['التاسعه', 9],
      ['العاشر', 10],
      ['العاشره', 10],
      // indefinite (أول موقع، شخص ثالث) and adverbial (جاء ثانيا) forms
      ['اول', 1],
      ['ثاني', 2],
      // ثانٍ written without its ي (طرف ثان)
      ['ثان', 2],
      ['ثانيه', 2],
      ['ثالث', 3],
      ['ثالثه', 3],
      ['رابع', 4],
      ['خامس', 5],
      ['خامسه', 5],
      ['سادس', 6],
      ['سابع', 7],
      ['ثامن', 8],
      ['تاسع', 9],
      ['عاشر', 10],
      ['اولا', 1],
      // أولى جلساته، في مرة أولى؛ أولها، أولاها: the first of them
      ['اولي', 1],
      ['اولها', 1],
      ['اولهم', 1],
      ['اولاها', 1],
      ['ثانيا', 2],
      ['ثالثا', 3],
      ['رابعا', 4],
      ['خامسا', 5],
    ] as [string, number][]
  ).map(([w, n]) => [w, n]),
);

/** Ordinal tens that follow "و" in compound ordinals (الحادي والعشرون). */
export const ORDINAL_TENS: ReadonlyMap<string, number> = new Map(
  TEN_STEMS.flatMap(([stem, v]): [string, number][] => [
    [`ال${stem}ون`, v],
    [`ال${stem}ين`, v],
  ]),
);

/** Words before "الأول/الثاني" that make it part of a month name, not an ordinal quantity. */
export const MONTH_HEADS: ReadonlySet<string> = new Set(['كانون', 'تشرين', 'ربيع', 'جمادي', 'جماد']);

/**
 * Diseases after إصابة / إصابات بـ: cases of an illness are no casualties (1659 إصابة بسرطان الأمعاء),
 * unlike wounds (إصابة بجروح).
 */
export const DISEASES: ReadonlySet<string> = new Set(
  [
    'سرطان',
    'مرض',
    'امراض',
    'فيروس',
    'داء',
    'الانفلونزا',
    'انفلونزا',
    'الايدز',
    'السل',
    'الكوليرا',
    'الحصبه',
    'التهاب',
    'السكري',
    'الكبد',
    'عدوي',
    'حمي',
    'الحمي',
    'كورونا',
  ].flatMap((w) => (w.startsWith('ال') ? [w] : [w, `ال${w}`])),
);

/** Animals, which are no casualties when killed (القضاء على 2002 كلب سائب: stray dogs culled). */
export const ANIMALS: ReadonlySet<string> = new Set([
  'كلب',
  'كلاب',
  'قط',
  'قطط',
  'حيوان',
  'حيوانات',
  'راس',
  'خروف',
  'خرفان',
  'بقره',
  'ابقار',
  'دجاجه',
  'دجاج',
  'خنزير',
  'خنازير',
  'ذئب',
  'ذئاب',
  'حمار',
  'حصان',
  'خيول',
  'جمل',
  'جمال',
  'اغنام',
  'ماعز',
  'طيور',
  'طائر',
]);

/** Harm after حالة / حالات: cases of suffocation or poisoning are people hurt (15 حالة اختناق). */
export const HARM_CASES: ReadonlySet<string> = new Set(['اختناق', 'تسمم', 'اغماء', 'حروق', 'اختناقا']);

/** Abbreviated units shorter than a word, counted in their written form (بين 30 و50 سم). */
export const SHORT_UNITS: ReadonlySet<string> = new Set([
  'سم',
  'مم',
  'مل',
  'غ',
  'كغ',
  'كم',
  'م2',
  'م3',
  'حي',
]);

/** Function words that cannot be a counted noun after a number. */
export const NOT_NOUNS =
  /^(و|ف|في|من|الي|علي|عن|حتي|بعد|قبل|مع|او|ثم|الا|لكن|حيث|اي|ان|انه|كما|بين|خلال|مقابل|زائد|بتهمه|لتهمه|بتهم|بينهم|بينهما|بينها|بينهن|منها|منهم|منهما|منهن|حول|لدي|تجاه|ازاء|سوي|عدا|غير|اثناء|طيله|طوال|رغم|بسبب|وسط|داخل|خارج|فوق|تحت|فيها|فقط|ضمن|عبر|لدي|لم|لن|قد|هو|هي|هم|التي|الذي|الذين|ما|لا|بل|اذا|عند|منذ|نحو|حوالي|تقريبا|حسب|وفق|اخري|مقارنه|سنه|عام|يوم|شهر|بينما|وهو|وهي|كل|ذلك|هذا|هذه|تلك|انها|فيما|مما|اما|عدد|قرب|بالقرب|دون|بدون|لدي|لديه|لديها|لديهم|لدينا|عليهم|عليه|فيهم|معهم|لهم|بهم|عندهم|لصالح|امام|ضد|ب|ل|ك|عالميا|افريقيا|عربيا|انطلاقا|ابتداء|اعتبارا|بدءا|بشان|شان|جراء)$/;
