/**
 * The tense around a weekday or a month without a year, to resolve it: a past event points back
 * (انطلقت … الأربعاء), an announced or expected one forward (من المتوقع أن تختتم … الخميس،
 * ستنطلق … الاثنين). Only markers of the future are looked for; news reports the past by default.
 */
import type { Token } from '../../doc/index.js';

export type Tense = 'past' | 'future' | null;

/** Direction words after a time expression (الأسبوع المقبل، الشهر الماضي). */
const FUTURE_DIRECTIONS = ['المقبل', 'المقبله', 'القادم', 'القادمه'];
const PAST_DIRECTIONS = ['الماضي', 'الماضيه', 'المنصرم', 'المنصرمه', 'الفارط', 'الفارطه', 'الفائت'];

const FUTURE_WORDS = new Set([
  'سوف',
  ...FUTURE_DIRECTIONS,
  'المتوقع',
  'متوقع',
  'متوقعا',
  'يتوقع',
  'تتوقع',
  // (توقع مصدرنا … يوم الثلاثاء: what is expected is to come)
  'توقع',
  'توقعت',
  'المقرر',
  'مقرر',
  'مقررا',
  'يعتزم',
  'تعتزم',
  'يعتزمون',
  'ينتظر',
  'المنتظر',
  'منتظر',
  'غدا',
  'قريبا',
  'يرتقب',
  'المرتقب',
  'المرتقبه',
  'مرتقب',
  'لاحقا',
  'تنطلق',
  'ينطلق',
  'ستنطلق',
  'سينطلق',
  'موعد',
  // a fixture announced in the present (حيث يلعب يوم الأحد ضد…، يلتقي الفريق الأربعاء)
  'يلعب',
  'تلعب',
  'يلتقي',
  'تلتقي',
  'يواجه',
  'تواجه',
  'يستضيف',
  'تستضيف',
  'يخوض',
  'تخوض',
  'يقام',
  'تقام',
  // a fixture named with no verb of its own (قبل مواجهته يوم الأربعاء، في مباراة … يوم الأحد)
  'مباراه',
  'مواجهه',
  'مواجهته',
  'مقابله',
]);

const PAST_WORDS = new Set([
  'امس',
  ...PAST_DIRECTIONS,
  'قد',
  'كان',
  'كانت',
  'تم',
  'جرت',
  'جري',
  // a match gone by (المباراة التي دارت / جمعت / لعبت يوم الأحد)
  'دارت',
  'جمعت',
  'لعبت',
  'شهد',
  'شهدت',
  // events reported as past (not verbs of saying, which often announce what is to come)
  'وقع',
  'وقعت',
  'حدث',
  'حدثت',
  'اندلع',
  'اندلعت',
  'تواصلت',
  'انطلقت',
  'انتهت',
  'اختتمت',
  'انعقد',
  'انعقدت',
  'اقيمت',
  'نظمت',
  'تعرض',
  'تعرضت',
  'شارك',
  'شاركت',
  'اسفر',
  'اسفرت',
  'سجلت',
  'توفي',
  // (منذ حادثة 14 جويلية: "since" looks back)
  'منذ',
  'مند',
]);

/** Nouns that look like سـ + a present-tense verb (سياسة، سنوات، سيارة). */
const NOT_FUTURE =
  /^(سياس|سيطر|سيار|سيد(?:$|ه|ات|ي|نا|تي|هم|ا|ت)|سنو(?:$|ات|ي|يه|يا|يين|ن)|سنت(?:$|ر|يم|ي|ه)|ستار|سيول|سينم|سينار|سياح|سير(?:$|ه|ك|ين|يا|ا)|سنغ|ستراتيج|سترا|سيجار|سيليك|سيوف|سيف|ستوديو|سنين|سيناء|ستاد|سنيغ|ستوكهولم|سيبير|سيئ|سيء|سيتي|سيتر|سيلفي|سيلين|ستيف|سني(?:$|ه)|سنا(?:$|ء|ت)|سيم(?:$|ا|فون|ينار|ون|ي)|سينغ|سيناتور|ستر(?:$|ه)|ستا(?:$|ل|ن|غ|ف|م|ي|ت)|سنان|سيرج|سيرغ|سيري(?:$|ل|ه)|سيرت(?:ا|ه)|سيرو(?:$|ر|ه)|سيرفس|سيدني|ستريت|سترين|سناب|سنايدر|سنتا|سنتم(?:$|ر|ت)|سنيت|سنوب|سنود|سيمب|سيمنس|سيمس|سيمول|سنيما)/;

/** سيعقد، ستتحول، وسنعمل: سـ + a present-tense verb. */
export function isFutureVerb(norm: string): boolean {
  const w = norm[0] === 'و' || norm[0] === 'ف' ? norm.slice(1) : norm;
  // (سيتم is a verb, not one of the names in سيت…)
  return /^س[يتن]/.test(w) && w.length >= 4 && (w.startsWith('سيتم') || !NOT_FUTURE.test(w));
}

/** tenseOf per word form: every expression reads up to fourteen words around it. */
const TENSES = new Map<string, Tense>();

function cachedTenseOf(norm: string): Tense {
  let tense = TENSES.get(norm);
  if (tense === undefined) {
    tense = tenseOf(norm);
    if (TENSES.size >= 50_000) TENSES.clear();
    TENSES.set(norm, tense);
  }
  return tense;
}

function tenseOf(norm: string): Tense {
  const w = norm.length > 2 && (norm[0] === 'و' || norm[0] === 'ف') ? norm.slice(1) : norm;
  if (FUTURE_WORDS.has(w) || isFutureVerb(norm)) return 'future';
  // وقعت، وقع: a و that belongs to the word
  if (PAST_WORDS.has(w) || PAST_WORDS.has(norm)) return 'past';
  return null;
}

/** The direction words of a time expression (الأسبوع الماضي، الشهر المقبل): they say nothing of another one. */
const DIRECTIONS = new Set([...PAST_DIRECTIONS, ...FUTURE_DIRECTIONS]);

/** No token is in another expression (tenseAround's default). */
const never = (): boolean => false;

/** "Starting" before من: بداية من، ابتداء من، انطلاقا من، اعتبارا من. */
const STARTING = /^(بدايه|ابتداء|ابتداءا|انطلاقا|اعتبارا|بدءا)$/;

/** Words in ي / ت that are no verb in the present (يوم، يونيو، تونس). */
const NOT_PRESENT = /^(يوم.*|يونيو|يوليو|يناير|يونس|يوسف|يمين|يسار|تونس|تم|تركيا|تقرير|تصريح|تحت|تلك|تجاه)$/;

/**
 * The sentence opens with a verb in the present (تحتضن العاصمة يومي الاثنين والثلاثاء، يؤدي الرئيس يوم
 * الخميس زيارة): news reports what is done in the past tense, so a present opening a sentence announces
 * what is to come. Not a perfect in ت: its ending (تمكنت، تحولوا) or its shape (تفعّل تمكن، تفاعل تواصل) tells it.
 */
export function opensWithPresent(tokens: readonly Token[], from: number, to: number): boolean {
  if (from >= to || tokens[from]!.kind !== 'word') return false;
  const norm = tokens[from]!.norm;
  const w = norm.length > 4 && (norm[0] === 'و' || norm[0] === 'ف') ? norm.slice(1) : norm;
  // (يشار إلى أن المتهم نقل ليلة السبت، يذكر أن: a verb of saying frames what follows, in a tense of its own)
  for (let k = from + 1; k <= from + 3 && k < to; k++) if (REPORTED.has(tokens[k]!.norm)) return false;
  return (
    /^[يت].{3,}$/.test(w) &&
    !/(ت|وا)$/.test(w) &&
    !/^ت(...|.ا.*)$/.test(w) &&
    !NOT_PRESENT.test(w) &&
    cachedTenseOf(norm) === null
  );
}

/** Words that open reported speech (إن، أن، بأن، أنه). */
const REPORTED = new Set(['ان', 'بان', 'انه', 'انها', 'بانه', 'بانها', '"', '«']);

/**
 * The tense marker at token k, if any. (A module function, not a closure in tenseAround: tsx wraps
 * closures bound to a name in a naming call that costs about a microsecond each time one is made.)
 */
function cue(tokens: readonly Token[], k: number, inOther: (k: number) => boolean, from: number): Tense {
  const t = tokens[k]!;
  if (t.kind !== 'word' || (DIRECTIONS.has(t.norm) && inOther(k))) return null;
  // على أن يستأنف البرنامج يوم الأحد: "on condition that / with … to", what is scheduled next
  if (t.norm === 'ان' && k > from && tokens[k - 1]!.norm === 'علي') return 'future';
  // بداية من يوم الأربعاء، ابتداء من الخميس، اعتبارا من السبت: "starting from", what is to come
  if (t.norm === 'من' && k > from && STARTING.test(tokens[k - 1]!.norm)) return 'future';
  const tense = cachedTenseOf(t.norm);
  // السويسري "أولي ستيك": a word in سـ that closes a quoted name of two or three words is no verb to come
  if (tense === 'future' && k + 1 < tokens.length && CLOSING_QUOTES.has(tokens[k + 1]!.norm)) {
    for (let b = k - 2; b >= Math.max(from, k - 3); b--) if (OPENING_QUOTES.has(tokens[b]!.norm)) return null;
  }
  return tense;
}

const OPENING_QUOTES = new Set(['"', '«', '“']);
const CLOSING_QUOTES = new Set(['"', '»', '”']);

/**
 * The tense nearest to tokens [first, last] inside the sentence [from, to): markers up to 10 tokens
 * before and 4 after, the nearest one deciding. `inOther(k)` tells whether token k is part of another
 * time expression, whose direction word (الأسبوع الماضي) is passed over.
 */
export function tenseAround(
  tokens: readonly Token[],
  from: number,
  to: number,
  first: number,
  last: number,
  inOther: (k: number) => boolean = never,
): Tense {
  // قال … يوم السبت إن "الرئيس سيستقبل …": what follows إن / أن is what was said, in a tense of its own
  let afterOpen = true;
  for (let d = 1; d <= 10; d++) {
    const before = first - d;
    if (before >= from) {
      const t = tokens[before]!;
      if (t.norm === '.' || t.norm === '؛') break;
      const tense = cue(tokens, before, inOther, from);
      if (tense) return tense;
    }
    const after = last + d;
    if (afterOpen && after < to && REPORTED.has(tokens[after]!.norm)) afterOpen = false;
    if (afterOpen && d <= 4 && after < to) {
      const tense = cue(tokens, after, inOther, from);
      if (tense) return tense;
    }
  }
  return null;
}
