/**
 * Word lists of the times recogniser, normalised like `token.norm` (no diacritics, أإآ→ا, ى→ي, ة→ه).
 * Month and weekday names come from Node's ICU data (Intl) for each regional series — the Levantine
 * and Iraqi كانون الثاني…, the Egyptian/Gulf يناير…, the Maghreb جانفي…, the Moroccan يوليوز/غشت… and
 * the Mauritanian شتمبر/دجمبر… — so no hand-written calendar tables; only spelling variants Intl lacks
 * are added by hand.
 */
import { normalize } from '../../text/normalize.js';

/** `second` is only ever the smaller part of a compound duration (9 دقائق و34 ثانية). */
export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

/** A name split into normalised words: كانون الثاني → ['كانون', 'الثاني']. */
export type Phrase = readonly string[];

const words = (s: string): string[] => normalize(s).split(/\s+/).filter(Boolean);

function intlNames(locale: string, option: 'month' | 'weekday', calendar?: string): string[] {
  const fmt = new Intl.DateTimeFormat(calendar ? `${locale}-u-ca-${calendar}` : locale, {
    [option]: 'long',
    timeZone: 'UTC',
  });
  if (option === 'weekday') {
    // 2024-01-01 is a Monday: index 0 → ISO weekday 1
    return [...Array(7).keys()].map((i) => fmt.format(new Date(Date.UTC(2024, 0, 1 + i))));
  }
  return [...Array(12).keys()].map((i) => fmt.format(new Date(Date.UTC(2021, i, 15))));
}

/** Gregorian month names → month number, for every regional series Intl knows, plus variants. */
export function gregorianMonths(): Map<string, { month: number; phrase: Phrase }[]> {
  const byFirst = new Map<string, { month: number; phrase: Phrase }[]>();
  const seen = new Set<string>();
  const add = (name: string, month: number) => {
    const phrase = words(name);
    const key = phrase.join(' ');
    if (phrase.length === 0 || seen.has(key)) return;
    seen.add(key);
    const list = byFirst.get(phrase[0]!) ?? [];
    list.push({ month, phrase });
    // longest phrases first so that كانون الثاني wins over a bare كانون
    list.sort((a, b) => b.phrase.length - a.phrase.length);
    byFirst.set(phrase[0]!, list);
  };
  for (const locale of ['ar', 'ar-SY', 'ar-TN', 'ar-MA', 'ar-EG', 'ar-IQ', 'ar-SA', 'ar-MR']) {
    intlNames(locale, 'month').forEach((name, i) => add(name, i + 1));
  }
  const variants: [string, number][] = [
    ['إبريل', 4],
    ['ابريل', 4],
    ['فيفيري', 2],
    ['ماي', 5],
    ['مايو', 5],
    ['يوليه', 7],
    ['جويليه', 7],
    ['أغشت', 8],
    ['سبتمبر', 9],
    ['سيبتمبر', 9],
    ['اكتوبر', 10],
    ['أوكتوبر', 10],
    ['نوفمبر', 11],
    ['نونبر', 11],
    ['ديسمبر', 12],
    ['دجنبر', 12],
    ['كانون ثاني', 1],
    ['تشرين أول', 10],
    ['تشرين ثاني', 11],
    ['كانون أول', 12],
  ];
  for (const [name, month] of variants) add(name, month);
  return byFirst;
}

/**
 * Month names that are also common words (مارس "he practised", آب "father", نيسان the car maker,
 * ماي): they count as months only next to a day, a year, شهر, or another month name.
 */
// (يوليه is also "he gives it", the Egyptian July only with شهر, a day or a year)
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set([
  'مارس',
  'اب',
  'نيسان',
  'ماي',
  'مايو',
  'تموز',
  'يوليه',
]);

/** Hijri month names (Umm al-Qura calendar in Intl) and their usual variants. */
export function hijriMonths(): Map<string, { month: number; phrase: Phrase }[]> {
  const byFirst = new Map<string, { month: number; phrase: Phrase }[]>();
  const add = (name: string, month: number) => {
    const phrase = words(name);
    const list = byFirst.get(phrase[0]!) ?? [];
    if (list.some((e) => e.phrase.join(' ') === phrase.join(' '))) return;
    list.push({ month, phrase });
    list.sort((a, b) => b.phrase.length - a.phrase.length);
    byFirst.set(phrase[0]!, list);
  };
  // 1445 AH starts on 2023-07-19: sample the middle of each Hijri month by stepping 29.5 days
  const fmt = new Intl.DateTimeFormat('ar-u-ca-islamic-umalqura', { month: 'long', timeZone: 'UTC' });
  const num = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { month: 'numeric', timeZone: 'UTC' });
  for (let i = 0; i < 12; i++) {
    const d = new Date(Date.UTC(2023, 6, 19) + (i * 29.53 + 14) * 86_400_000);
    add(fmt.format(d), Number(num.format(d)));
  }
  const variants: [string, number][] = [
    ['ربيع الثاني', 4],
    ['جمادى الأول', 5],
    ['جمادى الثانية', 6],
    ['جمادى الثاني', 6],
    ['ذي القعدة', 11],
    ['ذي الحجة', 12],
  ];
  for (const [name, month] of variants) add(name, month);
  return byFirst;
}

/** Weekday names (with and without the article) → ISO weekday (Monday 1 … Sunday 7). */
export function weekdays(): Map<string, number> {
  const map = new Map<string, number>();
  intlNames('ar', 'weekday').forEach((name, i) => {
    const n = normalize(name);
    map.set(n, i + 1);
    if (n.startsWith('ال')) map.set(n.slice(2), i + 1);
  });
  return map;
}

interface UnitForm {
  unit: Unit;
  /** 1 singular, 2 dual, 0 plural (needs a number or is vague). */
  count: 0 | 1 | 2;
}

/** Nouns of time units: singular, accusative singular (15 يوما), dual, plural. */
export const UNIT_WORDS: ReadonlyMap<string, UnitForm> = new Map<string, UnitForm>([
  ...(
    [
      ['دقيقه', 'minute', 1],
      ['دقيقتين', 'minute', 2],
      ['دقيقتان', 'minute', 2],
      ['دقائق', 'minute', 0],
      ['ساعه', 'hour', 1],
      ['ساعتين', 'hour', 2],
      ['ساعتان', 'hour', 2],
      ['ساعات', 'hour', 0],
      ['يوم', 'day', 1],
      ['يوما', 'day', 1],
      ['يومين', 'day', 2],
      ['يومان', 'day', 2],
      ['ايام', 'day', 0],
      ['اسبوع', 'week', 1],
      ['اسبوعا', 'week', 1],
      ['اسبوعين', 'week', 2],
      ['اسبوعان', 'week', 2],
      ['اسابيع', 'week', 0],
      ['شهر', 'month', 1],
      ['شهرا', 'month', 1],
      ['شهرين', 'month', 2],
      ['شهران', 'month', 2],
      ['اشهر', 'month', 0],
      ['شهور', 'month', 0],
      ['سنه', 'year', 1],
      ['سنتين', 'year', 2],
      ['سنتان', 'year', 2],
      ['سنوات', 'year', 0],
      ['سنين', 'year', 0],
      ['عام', 'year', 1],
      ['عاما', 'year', 1],
      // an age in springs (18 ربيعا، ذو الـ18 ربيعا) is in years; never read without its number
      ['ربيعا', 'year', 1],
      ['عامين', 'year', 2],
      ['عامان', 'year', 2],
      ['اعوام', 'year', 0],
      ['عقد', 'decade', 1],
      ['عقدين', 'decade', 2],
      ['عقدان', 'decade', 2],
      ['عقود', 'decade', 0],
      ['قرن', 'century', 1],
      ['قرنين', 'century', 2],
      ['قرون', 'century', 0],
    ] as const
  ).map(([w, unit, count]): [string, UnitForm] => [w, { unit, count }]),
]);

/** Seconds, read only after a larger unit and و: 1 singular, 2 dual, 0 plural. */
export const SECOND_WORDS: ReadonlyMap<string, 0 | 1 | 2> = new Map([
  ['ثانيه', 1],
  ['ثانيتين', 2],
  ['ثانيتان', 2],
  ['ثوان', 0],
  ['ثواني', 0],
]);

/** Half of a unit, after و (سنتين ونصف، ساعة ونصف) or before it (نصف ساعة), in the next unit down. */
export const HALF_OF: ReadonlyMap<Unit, { unit: Unit; n: number }> = new Map<Unit, { unit: Unit; n: number }>(
  [
    ['year', { unit: 'month', n: 6 }],
    ['month', { unit: 'day', n: 15 }],
    ['day', { unit: 'hour', n: 12 }],
    ['hour', { unit: 'minute', n: 30 }],
    ['minute', { unit: 'second', n: 30 }],
  ],
);

/** Fractions before a unit (نصف ساعة، ربع قرن) and the unit each unit is counted in then. */
export const UNIT_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['نصف', 1 / 2],
  ['ربع', 1 / 4],
  ['ثلث', 1 / 3],
]);
export const SUB_UNITS: ReadonlyMap<Unit, { unit: Unit; n: number }> = new Map<
  Unit,
  { unit: Unit; n: number }
>([
  ['hour', { unit: 'minute', n: 60 }],
  ['day', { unit: 'hour', n: 24 }],
  ['month', { unit: 'day', n: 30 }],
  ['year', { unit: 'month', n: 12 }],
  ['decade', { unit: 'year', n: 10 }],
  ['century', { unit: 'year', n: 100 }],
]);

/** Dual time units with the article and the adjectives in the dual after them (اليومين الماضيين). */
export const DEFINITE_DUAL_UNITS: ReadonlyMap<string, Unit> = new Map<string, Unit>([
  ['اليومين', 'day'],
  ['الاسبوعين', 'week'],
  ['الشهرين', 'month'],
  ['العامين', 'year'],
  ['السنتين', 'year'],
  ['الساعتين', 'hour'],
]);
export const DUAL_TIME_ADJ: ReadonlySet<string> = new Set(
  ['الماضي', 'الاخير', 'المنصرم', 'الفارط', 'الفائت', 'المنقضي', 'المقبل', 'القادم'].flatMap((a) => [
    `${a}ين`,
    `${a}تين`,
    a === 'الماضي' ? 'الماضيتين' : `${a}ان`,
    // الشهرين المنقضين، اليومين الماضين: the ياء of the dual written once
    ...(a.endsWith('ي') ? [`${a.slice(0, -1)}ين`] : []),
  ]),
);

/** Calendar units that take الماضي / المقبل / الحالي / هذا (الأسبوع الماضي، هذا العام). */
export const CALENDAR_UNITS: ReadonlyMap<string, 'day' | 'week' | 'month' | 'year'> = new Map([
  ['الاسبوع', 'week'],
  ['الشهر', 'month'],
  ['العام', 'year'],
  ['السنه', 'year'],
]);

/** Words after a calendar unit, weekday or month: the direction they give. */
export const DIRECTION_WORDS: ReadonlyMap<string, -1 | 0 | 1> = new Map([
  ['الماضي', -1],
  ['الماضيه', -1],
  ['المنصرم', -1],
  ['المنصرمه', -1],
  ['الفائت', -1],
  ['الفائته', -1],
  ['الفارط', -1],
  ['الفارطه', -1],
  ['المنقضي', -1],
  ['المنقضيه', -1],
  ['السابق', -1],
  ['المقبل', 1],
  ['المقبله', 1],
  ['القادم', 1],
  ['القادمه', 1],
  ['الحالي', 0],
  ['الحاليه', 0],
  ['الجاري', 0],
  ['الجاريه', 0],
]);

/** Plural time nouns + these → PAST_REF / FUTURE_REF (الأشهر الماضية، السنوات الأخيرة، الأيام المقبلة). */
export const REF_PLURALS: ReadonlySet<string> = new Set([
  'الايام',
  'الاسابيع',
  'الاشهر',
  'الشهور',
  'السنوات',
  'السنين',
  'الاعوام',
  'العقود',
  'الساعات',
  'الفتره',
  'المرحله',
  'المده',
  // (الآونة الأخيرة: of late, the plural of أوان)
  'الاونه',
]);

export const PAST_ADJ: ReadonlySet<string> = new Set([
  'الماضيه',
  'الاخيره',
  'المنصرمه',
  'الفارطه',
  'الفائته',
  'السابقه',
  'المنقضيه',
]);
// (المتبقية، الباقية: the remaining ones, still to come)
export const FUTURE_ADJ: ReadonlySet<string> = new Set([
  'المقبله',
  'القادمه',
  'المواليه',
  'المتبقيه',
  'الباقيه',
]);

/** Single words with a fixed meaning. */
export const DEICTIC_DAYS: ReadonlyMap<string, number> = new Map([
  ['اليوم', 0],
  ['امس', -1],
  ['الامس', -1],
  ['البارحه', -1],
  // (the Tunisian البارح, without the final ة)
  ['البارح', -1],
  ['غدا', 1],
  ['الغد', 1],
]);

export const REF_WORDS: ReadonlyMap<string, 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF'> = new Map([
  ['حاليا', 'PRESENT_REF'],
  ['الان', 'PRESENT_REF'],
  ['مؤخرا', 'PAST_REF'],
  ['موخرا', 'PAST_REF'],
  ['موءخرا', 'PAST_REF'],
  ['قريبا', 'FUTURE_REF'],
  ['مستقبلا', 'FUTURE_REF'],
  ['لاحقا', 'FUTURE_REF'],
  ['سابقا', 'PAST_REF'],
]);

/** Titles that سابقا after them makes "former" (وزير الخارجية سابقا), not "earlier". */
export const TITLE_NOUNS: ReadonlySet<string> = new Set(
  [
    'رئيس',
    'رئيسه',
    'وزير',
    'وزيره',
    'مدير',
    'مديره',
    'امين',
    'لاعب',
    'مدرب',
    'سفير',
    'سفيره',
    'نائب',
    'قائد',
    'عضو',
    'محافظ',
    'والي',
    'مستشار',
    'عميد',
    'كاتب',
    'ناطق',
    'متحدث',
    'معتمد',
    'حارس',
    'نقيب',
    'قاضي',
    'مفتي',
    'ملك',
    'امير',
    'مسؤول',
    'زعيم',
    'رئيس',
    'مندوب',
    'ممثل',
    'عون',
    'ضابط',
    'مراسل',
  ].flatMap((w) => [w, `ال${w}`]),
);

/** After في: في السابق، في الماضي (PAST_REF), في المستقبل، في القريب العاجل (FUTURE_REF). */
export const REF_AFTER_FI: ReadonlyMap<string, 'PAST_REF' | 'FUTURE_REF'> = new Map([
  ['السابق', 'PAST_REF'],
  ['الماضي', 'PAST_REF'],
  ['المستقبل', 'FUTURE_REF'],
  ['القريب', 'FUTURE_REF'],
]);

/** After منذ: an unspecified while (منذ فترة، منذ مدة طويلة، منذ زمن بعيد). */
export const SOME_TIME: ReadonlySet<string> = new Set(['فتره', 'مده', 'زمن', 'وقت', 'حين']);
export const SOME_TIME_ADJ: ReadonlySet<string> = new Set([
  'طويله',
  'طويل',
  'قصيره',
  'قصير',
  'بعيد',
  'وجيزه',
]);

/** Approximation words before a definite unit that make it a duration of about one (منذ حوالي الشهر). */
export const APPROX_WORDS: ReadonlySet<string> = new Set([
  'حوالي',
  'نحو',
  'قرابه',
  'زهاء',
  'يقارب',
  'تقارب',
  'يناهز',
  'تناهز',
]);

/** After a plural time noun or الفترة: the present (الفترة الحالية، المرحلة الراهنة). */
export const PRESENT_ADJ: ReadonlySet<string> = new Set(['الحاليه', 'الراهنه']);

/**
 * Words before اليوم that make it "nowadays" rather than the publication day: إلى اليوم، حتى اليوم،
 * أصبحت اليوم عاجزة، بات اليوم ضرورة. (إلى حد اليوم، لحد اليوم، إلى غاية اليوم count up to the
 * publication day, as two separate annotators mark them: a date.)
 */
export const PRESENT_CUES: ReadonlySet<string> = new Set([
  'الي',
  'حتي',
  'اصبح',
  'اصبحت',
  'بات',
  'باتت',
  'صار',
  'صارت',
  'اضحي',
  'اضحت',
  // verbs of a lasting state or need: يتطلب اليوم، ما تزال اليوم، نعيش اليوم
  'يتطلب',
  'تتطلب',
  'يستوجب',
  'تستوجب',
  'يستدعي',
  'تستدعي',
  'يقتضي',
  'تقتضي',
  'يحتاج',
  'تحتاج',
  'نحتاج',
  'يعيش',
  'تعيش',
  'نعيش',
  'يعاني',
  'تعاني',
  'نعاني',
  'يزال',
  'تزال',
  'مازال',
  'مازالت',
  'لازال',
  'لازالت',
  // verbs of what something is, holds or takes in: تمثل اليوم 5 بالمائة، تشغل اليوم مراكز حساسة، يضم اليوم
  // أكثر من 3000 مجمع، يوجد اليوم من
  'يمثل',
  'تمثل',
  'يشغل',
  'تشغل',
  'يوجد',
  'توجد',
  'يضم',
  'تضم',
  'يشمل',
  'تشمل',
  'يملك',
  'تملك',
]);

/** Words of obligation around اليوم make it "nowadays": التركيز اليوم يجب أن، يجب أن تخوضها اليوم. */
export const MODAL_WORDS: ReadonlySet<string> = new Set(['يجب', 'ينبغي', 'يتعين', 'لابد']);

/** Nouns before a date that make it a name (ملعب 15 أكتوبر، شارع 9 أفريل، حي 7 نوفمبر). */
export const NAME_HEADS: ReadonlySet<string> = new Set([
  'ملعب',
  'شارع',
  'نهج',
  'ساحه',
  'حي',
  'مستشفي',
  'مطار',
  'جسر',
  'ثكنه',
  'قاعه',
  'معهد',
  'مدرسه',
  'جامعه',
  'ميدان',
  'مركب',
  'منتزه',
  'بطحاء',
  // واد الجمعة: a valley, a place named after the weekday
  'واد',
  'وادي',
]);

/** Parts of a period: مطلع 2017، منتصف أيلول، أواخر الشهر، نهاية العام. */
export const PART_WORDS: ReadonlyMap<string, 'START' | 'MID' | 'END'> = new Map([
  ['مطلع', 'START'],
  ['بدايه', 'START'],
  ['بدء', 'START'],
  ['بدايات', 'START'],
  ['اوائل', 'START'],
  ['مستهل', 'START'],
  ['مفتتح', 'START'],
  ['منتصف', 'MID'],
  ['اواسط', 'MID'],
  // وسط الأسبوع القادم: the middle of a period (only before a date or period word: وسط المدينة is a place)
  ['وسط', 'MID'],
  ['نهايه', 'END'],
  ['اواخر', 'END'],
  ['نهايات', 'END'],
  ['اخر', 'END'],
  ['ختام', 'END'],
  ['موفي', 'END'],
]);

export const SEASONS: ReadonlyMap<string, 'SP' | 'SU' | 'FA' | 'WI'> = new Map([
  ['ربيع', 'SP'],
  ['صيف', 'SU'],
  // صائفة: the summer season (Maghrebi usage)
  ['صائفه', 'SU'],
  ['خريف', 'FA'],
  ['شتاء', 'WI'],
  ['شتاءا', 'WI'],
]);

/** Parts of a day → TIMEX3 part-of-day codes. */
export const DAY_PARTS: ReadonlyMap<string, 'MO' | 'MI' | 'AF' | 'EV' | 'NI'> = new Map([
  ['صباح', 'MO'],
  ['ظهر', 'MI'],
  ['ظهيره', 'MI'],
  ['عصر', 'AF'],
  ['مساء', 'EV'],
  ['عشيه', 'EV'],
  ['ليله', 'NI'],
  ['ليل', 'NI'],
  ['فجر', 'MO'],
  ['صبيحه', 'MO'],
]);

/** Parts of the day as adverbs after a day: غدا صباحا، الأحد مساء، اليوم ليلا. */
export const DAY_PART_ADVERBS: ReadonlyMap<string, 'MO' | 'MI' | 'AF' | 'EV' | 'NI'> = new Map([
  ['صباحا', 'MO'],
  ['فجرا', 'MO'],
  ['ظهرا', 'MI'],
  ['زوالا', 'AF'],
  ['عصرا', 'AF'],
  ['مساء', 'EV'],
  ['مساءا', 'EV'],
  ['ليلا', 'NI'],
]);

/** Parts of the day with the article, read alone in "هذه الليلة"، "الليلة الماضية"، "منذ الصباح". */
export const DEFINITE_DAY_PARTS: ReadonlyMap<string, 'MO' | 'MI' | 'AF' | 'EV' | 'NI'> = new Map([
  ['الصباح', 'MO'],
  ['الفجر', 'MO'],
  ['المساء', 'EV'],
  ['الليله', 'NI'],
]);

/** Adverbs after a clock time. */
export const CLOCK_PARTS: ReadonlyMap<string, 'am' | 'pm' | 'noon'> = new Map([
  ['صباحا', 'am'],
  ['فجرا', 'am'],
  ['ظهرا', 'noon'],
  ['مساء', 'pm'],
  ['مساءا', 'pm'],
  ['ليلا', 'pm'],
  ['عصرا', 'pm'],
  ['زوالا', 'pm'],
]);

/** Feminine ordinals used for clock hours (الساعة العاشرة). */
export const HOUR_WORDS: ReadonlyMap<string, number> = new Map([
  ['الواحده', 1],
  ['الثانيه', 2],
  ['الثالثه', 3],
  ['الرابعه', 4],
  ['الخامسه', 5],
  ['السادسه', 6],
  ['السابعه', 7],
  ['الثامنه', 8],
  ['التاسعه', 9],
  ['العاشره', 10],
]);

/** Decades: الثمانينات / الثمانينيات → 198 (TIMEX3 decade value). 20th century assumed. */
export const DECADES: ReadonlyMap<string, string> = new Map(
  (
    [
      ['عشرين', '192'],
      ['ثلاثين', '193'],
      ['اربعين', '194'],
      ['خمسين', '195'],
      ['ستين', '196'],
      ['سبعين', '197'],
      ['ثمانين', '198'],
      ['تسعين', '199'],
    ] as const
  ).flatMap(([stem, v]): [string, string][] => [
    [`ال${stem}ات`, v],
    [`ال${stem}يات`, v],
    [`${stem}ات`, v],
    [`${stem}يات`, v],
  ]),
);

/** Adverbs of frequency → TIMEX3 SET values. */
export const SET_WORDS: ReadonlyMap<string, string> = new Map([
  ['يوميا', 'P1D'],
  ['اسبوعيا', 'P1W'],
  ['شهريا', 'P1M'],
  ['سنويا', 'P1Y'],
]);

/** بصفة، بصورة، بشكل before an adjective of frequency (بصفة يومية). */
export const MANNER_WORDS: ReadonlySet<string> = new Set(['صفه', 'صوره', 'شكل']);
export const SET_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['يوميه', 'P1D'],
  ['يومي', 'P1D'],
  ['اسبوعيه', 'P1W'],
  ['اسبوعي', 'P1W'],
  ['شهريه', 'P1M'],
  ['شهري', 'P1M'],
  ['سنويه', 'P1Y'],
  ['سنوي', 'P1Y'],
]);

/** Words before a bare four-digit number that make it a year. */
export const YEAR_CUES: ReadonlySet<string> = new Set([
  'عام',
  'العام',
  'سنه',
  'السنه',
  'منذ',
  'في',
  'خلال',
  'حتي',
  'الي',
  'قبل',
  'بعد',
  'موسم',
  'الموسم',
  'من',
  'حدود',
  'افق',
  'غضون',
  'ميزانيه',
  'لسنه',
  'لعام',
  'بعام',
  'بسنه',
  'وفي',
  'ومنذ',
  'عامي',
  'سنتي',
  'مواليد',
  // the edition or session of a year: دورة 2017، نسخة 2016، باكالوريا 2017، موازنة 2018
  'دوره',
  'الدوره',
  'نسخه',
  'النسخه',
  'طبعه',
  'موازنه',
  'باكالوريا',
  'بكالوريا',
  'مونديال',
  'انتخابات',
  'دفعه',
  // قانون المالية 2017، قانون المالية بعنوان 2017، كأس العالم 2018
  'الماليه',
  'بعنوان',
  'العالم',
]);

/** Ordinal day numbers (يوم التاسع والعشرين من جانفي): units, then tens after و. */
export const ORDINAL_DAY_UNITS: ReadonlyMap<string, number> = new Map([
  ['الاول', 1],
  ['الحادي', 1],
  ['الثاني', 2],
  ['الثالث', 3],
  ['الرابع', 4],
  ['الخامس', 5],
  ['السادس', 6],
  ['السابع', 7],
  ['الثامن', 8],
  ['التاسع', 9],
  ['العاشر', 10],
]);

export const ORDINAL_DAY_TENS: ReadonlyMap<string, number> = new Map([
  ['العشرين', 20],
  ['العشرون', 20],
  ['الثلاثين', 30],
  ['الثلاثون', 30],
]);

/** Plural units before الأولى/الأخيرة: الأشهر الأولى من 2017 → 2017 START, الأسابيع الأخيرة من 2016 → END. */
export const PLURAL_PERIODS: ReadonlySet<string> = new Set([
  'الايام',
  'الاسابيع',
  'الاشهر',
  'الشهور',
  'السنوات',
  'الاعوام',
  'السنين',
]);

export const FIRST_OR_LAST: ReadonlyMap<string, 'START' | 'END'> = new Map([
  ['الاولي', 'START'],
  ['الاول', 'START'],
  ['الاخيره', 'END'],
  ['الاخير', 'END'],
  ['الاولين', 'START'],
  ['الاخيرين', 'END'],
]);

/** Halves and quarters of a year: النصف الأول، السداسي الثاني (Tunisian), الربع الثالث، الثلاثي (الثلاثية) الأخير. */
export const YEAR_DIVISIONS: ReadonlyMap<string, 'H' | 'Q'> = new Map([
  ['النصف', 'H'],
  ['السداسي', 'H'],
  ['الربع', 'Q'],
  ['الثلاثي', 'Q'],
  ['الثلاثيه', 'Q'],
  // الفصل الأول من 2016 (a quarter only before a year in digits: الفصل 12 من القانون is an article,
  // الفصل الأول من العام الدراسي a school term)
  ['الفصل', 'Q'],
]);

/** The ordinal after a half or a quarter; -1 the last one. */
export const DIVISION_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['الاول', 1],
  ['الثاني', 2],
  ['الثالث', 3],
  ['الرابع', 4],
  ['الاخير', -1],
  // feminine, after الثلاثية
  ['الاولي', 1],
  ['الثانيه', 2],
  ['الثالثه', 3],
  ['الرابعه', 4],
  ['الاخيره', -1],
]);

/** Words for "of age" after an age: الخامسة عشرة من العمر، في العشرين من عمره. */
export const AGE_WORDS: ReadonlySet<string> = new Set(['العمر', 'عمره', 'عمرها', 'عمرهم', 'عمرهما']);
