import type { EventType } from '../../doc/index.js';
import type { EventLexicon, TriggerEntry } from './lexicon.js';
import { carriedOutInquiry, keptFrom, plainlyVerbal } from './recall.js';
import { analyseWord, matchRest, type Word } from './words.js';
import {
  askedByMotion,
  channelOfStatement,
  frameMissing,
  isConvening,
  judgedBefore,
  killingToll,
  verbalAttack,
  idiomOrGeneric,
  objectIsNoPatient,
  privateOrDescriptive,
} from './senses.js';

/** A trigger found in a sentence. */
export interface TriggerHit {
  from: number;
  to: number;
  entry: TriggerEntry;
  type: EventType;
  mode: string | null;
}

/** Words that mark a sports sentence: there "هجوم" is an attack on goal and "قصف" a shot. */
const SPORT = new Set(
  [
    'الرياضي',
    'الرياضيه',
    'رياضي',
    'مهاجم',
    'المهاجم',
    'هجومي',
    'الهجومي',
    'الهجوميه',
    'خطه',
    'رواق',
    'الرابطه',
    'مباراه',
    'مباريات',
    'الفريق',
    'فريق',
    'اللاعب',
    'لاعب',
    'لاعبي',
    'الدوري',
    'البطوله',
    'النادي',
    'المنتخب',
    'الشوط',
    'المدرب',
    'هدف',
    'اهداف',
    'الهدف',
    'المرمي',
    'الحارس',
    'الملعب',
    'كره',
    'القدم',
    'الكاس',
    'مقابله',
    'المقابله',
    'التمارين',
    'تمارين',
    'التحكيم',
    'تحكيم',
    'نادي',
    'التحكيميه',
  ].map((w) => w),
);
const SPORT_ONLY_CLASSES = new Set([
  'attack',
  'shelling',
  'airstrike',
  'clash',
  'shooting',
  'threat',
  'conference',
]);
/**
 * In a sentence about sport, these types are the game's own vocabulary, never political events: a club agrees to
 * lend a player (وافق), a coach is suspended (الإيقاف), a player withdraws or meets a rival (اللقاء، المواجهة),
 * an appeal is upheld (أيدت).
 */
const SPORT_SENTENCE_TYPES = new Set([
  'CONCEDE',
  'SUPPORT',
  'AGREE',
  'COERCE',
  'CONSULT',
  'REJECT',
  'RETREAT',
]);
/** "ثمن النهائي"، "ربع النهائي": a round of a tournament, not a verb of praise. */
const ROUND_AFTER = new Set(['النهائي', 'نهائي']);
/** Words after which a verb form is a noun: "على يد طالب"، "من طرف طالب" (a student, not "demanded"). */
const AGENT_NOUNS = new Set(['يد', 'ايدي', 'طرف']);

/** What follows "طالب" as a noun: a job or asylum seeker, a student who studies or belongs to a university. */
const STUDENT_AFTER =
  /^(?:ال)?(?:شغل|عمل|لجوء)$|^(?:يدرس|جامعي|بجامعه|بكليه|بالمعهد|بمعهد|بالجامعه|بالكليه|بالمدرسه)$/;

/** "طالب"/"طالبة" read as the noun: after بين, or before what a student or a seeker is (session 8). */
function student(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if (w.norm !== 'طالب' && !(w.norm === 'طالبه' && w.taMarbuta)) return false;
  if (words[i - 1]?.norm === 'بين') return true;
  return STUDENT_AFTER.test(words[i + 1]?.norm ?? '');
}

/** What one takes part in that is no meeting: a programme, a contest, a festival (after "مشاركة في"). */
const NOT_A_MEETING =
  /^(?:ال)?(?:برنامج|بطوله|مسابقه|سباق|منافسات|مهرجان|كاس|الالعاب|العاب|دوري|تظاهره|معرض|انتخابات)$/;
/** After "حوار": an interview given to a medium. */
const INTERVIEW = /^(?:اجرا|اجراه|اجرته|اجرتها|اجراها|صحفي|صحافي|تلفزي|تلفزيوني|اذاعي|خاص)$/;

/** Adjectives that make an "attack" verbal: شن هجوما حادا على الحكومة → ACCUSE. */
const VERBAL = new Set(['حادا', 'حاد', 'لاذعا', 'لاذع', 'كلاميا', 'اعلاميا', 'عنيفا علي']);

/** Words after which a noun is no event but a name or a title (مكتب الاتصال، لجنة التحقيق). */
const NOT_EVENT_BEFORE = new Set([
  'ملف',
  'ملفا',
  'ملفات',
  'لجنه',
  'مكتب',
  'خليه',
  'وحده',
  'هيئه',
  'برنامج',
  'قانون',
  'مشروع',
  // a channel or a station named after a word: "قناة الحوار التونسي"
  'قناه',
  'اذاعه',
]);

const PREPOSITIONS = new Set([
  'علي',
  'الي',
  'من',
  'في',
  'بعد',
  'قبل',
  'عن',
  'جراء',
  'اثر',
  'اثناء',
  'خلال',
  'ضد',
  'رغم',
  'كل',
  'لكل',
  'اي',
  'عدد',
]);
/** Words after which a noun names a frame, a document or an office, not an event (اتفاقية شراكة، علاقات التعاون). */
const FRAME_BEFORE = new Set([
  'اتفاقيه',
  'اتفاق',
  'قانون',
  'اطار',
  'مجال',
  'مجالات',
  'سبل',
  'تعزيز',
  'علاقات',
  'افاق',
  'تطوير',
  'وزير',
  'وزاره',
  'مشروع',
  'برنامج',
  'اليات',
  'اوجه',
  'اهميه',
  'ضروره',
  'الزاميه',
  'مجلس',
  'صندوق',
  'مؤسسه',
  'نظام',
  'منطق',
  // "عقود شراكة": a kind of contract, not a partnership between named parties
  'عقود',
]);
/** Adjectives that turn an event noun into something else: زيارة ميدانية (inspection), هدنة سياسية (metaphor). */
const NOT_EVENT_AFTER = new Set([
  'ميدانيه',
  'تفقد',
  'تفقديه',
  'التفقد',
  'سياسيه',
  'اجتماعيه',
  'اعلاميه',
  'صحفي',
  'صحفيه',
  'اذاعي',
  'تلفزي',
  'مطول',
]);
/** Meetings that someone can attend or miss: attendance words count only near one of these. */
const MEETING_WORDS = new Set([
  'جوله',
  'جولات',
  'اجتماع',
  'اجتماعات',
  'محادثات',
  'مباحثات',
  'مفاوضات',
  'مؤتمر',
  'قمه',
  'جلسه',
  'لقاء',
  'مشاورات',
  'الحوار',
  'حوار',
  'المنتدي',
]);
/** Cooperation and agreement nouns that are mostly frames, checked against FRAME_BEFORE. */
const FRAMED_CLASSES = new Set(['cooperation', 'agreement', 'aid', 'sanctions', 'protest', 'demand']);

/** Nouns that "صادر" (issued) qualifies: حكم قضائي صادر، بيان صادر. */
const ISSUED_THINGS = new Set(['حكم', 'احكام', 'بيان', 'قرار', 'امر', 'بلاغ', 'قضائي']);
const LINEUP = new Set(['خط', 'قلب', 'وسط']);
const ISSUED_BY = new Set(['عن', 'عنه', 'عنها', 'عنهم', 'من']);

/**
 * A verb form with an object pronoun: "وطالبه الحزب"، "هددوها"، "استقبلهم". Only on a bare word (no article, no
 * preposition), and "ـه" only where the text has no ة, which is normalised to ه ("وزارة" is no "زار" + ه,
 * "صادرة" no "صادر" + ه).
 */
function objectSuffixed(w: Word, key: string): boolean {
  if (w.definite || w.prep !== null || !w.possessive || !w.keys.includes(key)) return false;
  const bare = w.norm.replace(/^[وف]/, '');
  for (const suf of ['هما', 'هم', 'ها', 'ه']) {
    if (!bare.endsWith(suf)) continue;
    const stem = bare.slice(0, -suf.length);
    if (suf === 'ه' && (w.taMarbuta || stem.length < 3)) return false;
    return stem === key || stem + 'ا' === key || stem.replace(/^س/, '') === key;
  }
  return false;
}

/** A noun of the actor lexicon with a pronoun suffix: "وزارته"، "حكومتها" (ة written ت before the pronoun). */
function possessedNoun(w: Word, lex: EventLexicon): boolean {
  for (const suf of ['هما', 'هم', 'ها', 'ه']) {
    if (!w.norm.endsWith(suf)) continue;
    const stem = w.norm.slice(0, -suf.length);
    return stem.endsWith('ت') && lex.sectors.has(stem.slice(0, -1) + 'ه');
  }
  return false;
}

const RELATIVES = new Set(['التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللاتي']);

function isNumber(w: Word | undefined): boolean {
  return w !== undefined && /^\d+$/.test(w.norm);
}

export function isSportSentence(words: readonly Word[]): boolean {
  let n = 0;
  for (const w of words) if (w.keys.some((k) => SPORT.has(k))) n++;
  return n >= 2;
}

/** Finds event triggers in a sentence: curated lexicon first, CAMEO verb + object patterns where none matched. */
/** Is this normalised word form a sport cue? */
export function isSportForm(norm: string): boolean {
  return analyseWord(norm).keys.some((k) => SPORT.has(k));
}

/*
 * Answers about a word's keys are remembered per keys list (in a WeakMap): the words of one form share the
 * list analyseWord made for it, and no one changes a word's keys, so one lookup replaces one per key.
 */
const sportKeys = new WeakMap<readonly string[], boolean>();

/** Sport cues over a whole document: a match report uses "هجوم" for its forwards. */
export function sportScore(words: readonly Word[]): number {
  let n = 0;
  for (const w of words) {
    if (w.keys.length === 0) continue;
    let sport = sportKeys.get(w.keys);
    if (sport === undefined) {
      sport = w.keys.some((k) => SPORT.has(k));
      sportKeys.set(w.keys, sport);
    }
    if (sport) n++;
  }
  return n;
}

/**
 * Per lexicon and keys list, two answers in one lookup (WeakMap lookups are what this loop costs):
 * STARTS, one of the keys starts a curated trigger (lex.triggers has it); SPORT, one is a sport cue.
 */
const STARTS = 1;
const SPORT_CUE = 2;
const keyFlags = new WeakMap<EventLexicon, WeakMap<readonly string[], number>>();

/** What findTriggers reads of a sentence's words before matching: its sport score and where triggers may start. */
export interface TriggerScan {
  /** sportScore(words). */
  own: number;
  /** At base + i, for word i: STARTS (1) set where the word has keys and one of them starts a trigger. */
  starts: Uint8Array;
  /** Where the window's first word is read in `starts`. */
  base: number;
}

/** One pass over the words for the sport score and the trigger starts. */
export function scanForTriggers(words: readonly Word[], lex: EventLexicon): TriggerScan {
  const memo = keyFlagsOf(lex);
  const starts = new Uint8Array(words.length);
  let own = 0;
  for (let i = 0; i < words.length; i++) {
    const keys = words[i]!.keys;
    if (keys.length === 0) continue;
    const f = memo.get(keys) ?? triggerFlags(keys, lex, memo);
    if (f & STARTS) starts[i] = 1;
    if (f & SPORT_CUE) own++;
  }
  return { own, starts, base: 0 };
}

function keyFlagsOf(lex: EventLexicon): WeakMap<readonly string[], number> {
  let memo = keyFlags.get(lex);
  if (!memo) {
    memo = new WeakMap();
    keyFlags.set(lex, memo);
  }
  return memo;
}

function triggerFlags(
  keys: readonly string[],
  lex: EventLexicon,
  memo: WeakMap<readonly string[], number>,
): number {
  const f =
    (keys.some((k) => lex.triggers.has(k)) ? STARTS : 0) | (keys.some((k) => SPORT.has(k)) ? SPORT_CUE : 0);
  memo.set(keys, f);
  return f;
}

/**
 * What scanForTriggers says of one word, from its keys: 1 when it can start a curated trigger, 2 when it is a
 * sport cue (both bits may be set; 0 for a word without keys).
 */
export function wordTriggerFlags(keys: readonly string[], lex: EventLexicon): number {
  if (keys.length === 0) return 0;
  const memo = keyFlagsOf(lex);
  return memo.get(keys) ?? triggerFlags(keys, lex, memo);
}

/**
 * scanForTriggers of words[from, to), from per-word flags already known (wordTriggerFlags of each word, at
 * flags[k] for words[k]): the same answer without a lookup per word.
 */
export function scanFromFlags(flags: Uint8Array, from: number, to: number): TriggerScan {
  let own = 0;
  for (let i = from; i < to; i++) if (flags[i]! & SPORT_CUE) own++;
  // (the flags themselves are read: no array of starts copied per window)
  return { own, starts: flags, base: from };
}

/** A trigger entry's required context words ("!x" in its args), made once per args list. */
interface Needs {
  list: string[];
  set: ReadonlySet<string>;
  /** The one-letter ones, which a word may also start with. */
  letters: string[];
}
const needsMemo = new WeakMap<readonly string[], Needs>();

function needsOf(args: readonly string[]): Needs {
  let n = needsMemo.get(args);
  if (n === undefined) {
    const list = args.filter((a) => a.startsWith('!')).map((a) => a.slice(1));
    n = { list, set: new Set(list), letters: list.filter((x) => x.length === 1) };
    needsMemo.set(args, n);
  }
  return n;
}

/** Whether word x is one of the needed words: its form, a key, its clitic preposition, or a needed letter it starts with. */
function hasNeeded(x: Word, needs: Needs): boolean {
  if (needs.set.has(x.norm)) return true;
  for (const k of x.keys)
    // (session 13) "قضية" is no "قضي" + ه: a written ة is no pronoun (as for triggers)
    if (needs.set.has(k) && !(x.taMarbuta && !x.baseKeys.includes(k) && x.baseKeys.includes(k + 'ه')))
      return true;
  if (x.prep !== null && needs.set.has(x.prep)) return true;
  for (const n of needs.letters) if (x.norm.startsWith(n)) return true;
  return false;
}

/** The word's keys that have trigger entries, each followed by its entries (in the order of the keys). */
type Lookups = readonly (string | readonly TriggerEntry[])[];
interface LookupMemo {
  keys: readonly string[];
  lookups: Lookups;
  /** The baseKeys the form had when `ta` was made. */
  baseKeys: readonly string[];
  /** The lookups of the form written with ة (taMarbutaLookups), made on first need. */
  ta: Lookups | undefined;
}
/** Per lexicon, per word form (its norm, checked against its keys list): its Lookups. */
const lookupMemos = new WeakMap<EventLexicon, Map<string, LookupMemo>>();

/** lex.triggers looked up for each of the word's keys, once per word form. */
function triggerLookups(w: Word, lex: EventLexicon): Lookups {
  // (from the word's form memo where it has one: a field read, not two map lookups)
  const fm = w.memo;
  if (fm && fm.lookupLex === lex) {
    const known = fm.lookups as LookupMemo;
    return w.taMarbuta ? (known.ta ??= taMarbutaLookups(known.lookups, w.baseKeys)) : known.lookups;
  }
  let memo = lookupMemos.get(lex);
  if (!memo) {
    memo = new Map();
    lookupMemos.set(lex, memo);
  }
  const known = memo.get(w.norm);
  if (known !== undefined && known.keys === w.keys) {
    if (fm && known.baseKeys === w.baseKeys) {
      fm.lookupLex = lex;
      fm.lookups = known;
    }
    if (!w.taMarbuta) return known.lookups;
    if (known.baseKeys === w.baseKeys) return (known.ta ??= taMarbutaLookups(known.lookups, w.baseKeys));
    return taMarbutaLookups(known.lookups, w.baseKeys);
  }
  const lookups: (string | readonly TriggerEntry[])[] = [];
  for (const key of w.keys) {
    const entries = lex.triggers.get(key);
    if (entries !== undefined && entries.length > 0) lookups.push(key, entries);
  }
  if (memo.size > 200_000) memo.clear();
  const ta = w.taMarbuta ? taMarbutaLookups(lookups, w.baseKeys) : undefined;
  const made: LookupMemo = { keys: w.keys, lookups, baseKeys: w.baseKeys, ta };
  memo.set(w.norm, made);
  if (fm) {
    fm.lookupLex = lex;
    fm.lookups = made;
  }
  return ta ?? lookups;
}

/**
 * The lookups of a word written with ة: "قتلة" (killers) is no "قتل" + ه, "وعودة" (and the return) no "وعود" + ه (a
 * written ة is no pronoun), so a key that is a base key less its ه is dropped.
 */
function taMarbutaLookups(lookups: Lookups, baseKeys: readonly string[]): Lookups {
  const out: (string | readonly TriggerEntry[])[] = [];
  for (let l = 0; l < lookups.length; l += 2) {
    const key = lookups[l] as string;
    if (!baseKeys.includes(key) && baseKeys.includes(key + 'ه')) continue;
    out.push(key, lookups[l + 1]!);
  }
  return out;
}

/** key === norm.slice(1), without the slice. */
function isNormLessFirst(key: string, norm: string): boolean {
  return key.length === norm.length - 1 && norm.startsWith(key, 1);
}

/** findTriggers' covered words, reused from call to call (a typed array over 64 bytes is allocated off the heap). */
let coveredScratch = new Uint8Array(512);

/** 1 when some word of the window has a key in MEETING_WORDS, else 0 (plain loops: no closure per word). */
function hasMeetingWord(words: readonly Word[]): number {
  for (const x of words) {
    // (remembered per form where the word has a memo: one field read instead of a lookup per key)
    const memo = x.memo;
    if (memo) {
      if (memo.meeting < 0) memo.meeting = keysMeet(x.keys);
      if (memo.meeting === 1) return 1;
    } else if (keysMeet(x.keys) === 1) return 1;
  }
  return 0;
}

function keysMeet(keys: readonly string[]): number {
  for (const k of keys) if (MEETING_WORDS.has(k)) return 1;
  return 0;
}

/**
 * Whether the word's own form rules out a verb entry under this key: a definite noun (القصف is the noun), or a form
 * that is neither the bare or prefixed key nor the key with an object pronoun. Shared by findTriggers and
 * mayStartTrigger, so that the early test stays a necessary condition of the full one.
 */
function verbFormRejects(w: Word, key: string): boolean {
  return (
    (w.definite && key !== w.norm && !isNormLessFirst(key, w.norm)) ||
    !(w.baseKeys.includes(key) || objectSuffixed(w, key))
  );
}

/**
 * Session 15: whether findTriggers could find a candidate at word w, from the word alone and the keys of the word
 * after it (null when they are unknown): some trigger entry of the word's keys passes the verb tests that read the
 * word only (the noun context, read from the word before, can only reject) and either is one word or has the next
 * word's keys hold its second. A necessary condition for a candidate: false means findTriggers finds none at w.
 */
export function mayStartTrigger(w: Word, next: readonly string[] | null, lex: EventLexicon): boolean {
  const lookups = triggerLookups(w, lex);
  for (let l = 0; l < lookups.length; l += 2) {
    const key = lookups[l] as string;
    for (const entry of lookups[l + 1] as readonly TriggerEntry[]) {
      if (entry.pos === 'V' && verbFormRejects(w, key)) continue;
      if (entry.rest.length === 0 || next === null || next.includes(entry.rest[0]!)) return true;
    }
  }
  return false;
}

export function findTriggers(
  words: readonly Word[],
  lex: EventLexicon,
  useCameo: boolean,
  sportDoc = false,
  /** scanForTriggers(words, lex), when the caller has made it already. */
  scanned?: TriggerScan,
): TriggerHit[] {
  const hits: TriggerHit[] = [];
  // sportDoc: the caller's verdict for the document, or for this sentence (two sport words in it)
  const sport = sportDoc;
  const scan = scanned ?? scanForTriggers(words, lex);
  // (the sentence itself speaks of sport: two sport words, or one in a sports document)
  const own = scan.own;
  const sportSentence = own >= 2 || (sportDoc && own >= 1);
  if (coveredScratch.length < words.length) coveredScratch = new Uint8Array(words.length * 2);
  const covered = coveredScratch;
  covered.fill(0, 0, words.length);
  const cands: { entry: TriggerEntry; end: number; key: string }[] = [];
  let toll: TriggerHit | null = null;
  // whether the window names a meeting (hasMeetingWord), read once on first need: -1 until then, else 0 or 1
  let meeting = -1;
  for (let i = 0; i < words.length; i++) {
    // (a word none of whose keys starts a trigger finds no entry below: the flags are read first, so that the
    // words that start nothing, most of them, are never loaded)
    if ((scan.starts[scan.base + i]! & STARTS) === 0 || covered[i]) continue;
    const w = words[i]!;
    if (w.boundary) continue;
    cands.length = 0;
    const prev0 = words[i - 1];
    // After a preposition or with a prepositional clitic, a form like قصف is the noun (ردا على قصف حلب).
    const nounContext =
      w.prep !== null ||
      (prev0 !== undefined && (PREPOSITIONS.has(prev0.norm) || AGENT_NOUNS.has(prev0.norm)));
    const lookups = triggerLookups(w, lex);
    for (let l = 0; l < lookups.length; l += 2) {
      // (a word written with ة has its keys less ه left out: triggerLookups)
      const key = lookups[l] as string;
      for (const entry of lookups[l + 1] as readonly TriggerEntry[]) {
        // A verb entry matches the bare or prefixed form, not a definite noun (القصف is the noun).
        // (or a verb with an object pronoun: "وطالبه الحزب"، "هددوها"، "استقبله الرئيس")
        if (entry.pos === 'V' && (verbFormRejects(w, key) || (nounContext && !plainlyVerbal(key)))) continue;
        const end = matchRest(words, i, entry.rest);
        if (end < 0) continue;
        // (a plain loop: no closure per entry matched)
        let dup = false;
        for (let c = 0; c < cands.length && !dup; c++) dup = cands[c]!.entry === entry;
        if (!dup) cands.push({ entry, end, key });
      }
    }
    if (cands.length === 0) continue;
    // Preference: the longest match; at equal length after a preposition the noun before the verb; else lexicon
    // order. When the preferred entry's context checks reject it, the next candidate of the same reading (key)
    // is tried: "بحث" that is no talks (no مع) may still be an investigation ("بحثا متواصلا"). Another reading of
    // the word is not: "بحثا عن لقمة العيش" is no ب + حث (urging).
    if (cands.length > 1)
      cands.sort(
        (a, b) =>
          b.end - a.end || (nounContext ? (a.entry.pos === 'V' ? 1 : 0) - (b.entry.pos === 'V' ? 1 : 0) : 0),
      );
    const reading = cands[0]!.key;
    cand: for (const { entry, end, key } of cands) {
      if (key !== reading) continue;
      // (session 8) "طالب الشغل"، "إيقاف طالب يدرس"، "بين طالب و كلية": a student, not "demanded"
      if (entry.pos === 'V' && student(words, i)) continue cand;
      // (session 8) "في صورة عدم الاستجابة لمطالبهم": the condition of a threat or a protest, no concession
      if (entry.type === 'CONCEDE' && w.keys.includes('استجابه') && /^[لبو]?عدم$/.test(prev0?.norm ?? ''))
        continue cand;
      // (session 8) "مشاركتها في برنامج"، "المنتخب … مشاركته": a programme, a contest or a sports sentence, no meeting
      if (
        entry.cls === 'attend' &&
        entry.pos !== 'V' &&
        (own >= 1 || NOT_A_MEETING.test(words[end + 1]?.norm ?? ''))
      )
        continue cand;
      // (session 8) "خلال حوار أجرته معه قناة نسمة"، "حوار صحفي": an interview, no talks
      if (w.keys.includes('حوار') && INTERVIEW.test(words[end]?.norm ?? '')) continue cand;
      // "وزارته" is "his ministry", not "و + زارته" (she visited him): a word that is an actor noun with a
      // possessive is no verb
      if (entry.pos === 'V' && possessedNoun(w, lex)) continue cand;
      // "اللقاء" in a sentence about a match (one sport word is enough): the match, not a meeting — unless its
      // parties follow ("اللقاء الذي جمع … بين السراج وحفتر")
      if (
        entry.cls === 'meeting' &&
        own >= 1 &&
        w.keys.includes('لقاء') &&
        w.definite &&
        !words.slice(end, end + 8).some((x) => /^(?:بين|مع)$/.test(x.norm))
      )
        continue cand;
      // "مسيرته"، "مسيرتها": a career, not a march
      if (entry.type === 'PROTEST' && w.possessive && !w.taMarbuta && w.keys.includes('مسيره')) continue cand;
      if (sport && SPORT_ONLY_CLASSES.has(entry.cls)) continue cand;
      if (sportSentence && SPORT_SENTENCE_TYPES.has(entry.type)) continue cand;
      const prev = words[i - 1];
      if (entry.pos === 'V' && words[end] && ROUND_AFTER.has(words[end].norm)) continue cand;
      if (prev && prev.keys.some((k) => NOT_EVENT_BEFORE.has(k)) && entry.pos !== 'V') continue cand;
      if (
        entry.pos !== 'V' &&
        FRAMED_CLASSES.has(entry.cls) &&
        prev &&
        prev.keys.some((k) => FRAME_BEFORE.has(k))
      )
        continue cand;
      const next = words[end];
      if (entry.pos !== 'V' && next && next.keys.some((k) => NOT_EVENT_AFTER.has(k))) continue cand;
      // "بيان صادر عنه" is a statement issued by someone, not a confiscation (صادر = seized).
      if (
        entry.cls === 'seizure' &&
        w.keys.includes('صادر') &&
        ((next && ISSUED_BY.has(next.norm)) || (prev && prev.keys.some((k) => ISSUED_THINGS.has(k))))
      )
        continue cand;
      // (session 13) a killing told as the toll of another act is that act's, unless no other assault of the
      // sentence names it (senses.ts killingToll): kept aside, added at the end if none does
      if (entry.cls === 'killing' && toll === null && frameMissing(entry, words, i, end)) {
        if (killingToll(words, i, end))
          toll = { from: i, to: end, entry, type: entry.type, mode: entry.mode };
        continue cand;
      }
      // "حجز تذاكر" is a booking, "إيقاف تصنيع الهاتف" stops an activity: no one is coerced
      if (
        objectIsNoPatient(entry, words, end) ||
        askedByMotion(entry, words, i) ||
        privateOrDescriptive(entry, words, i, end) ||
        channelOfStatement(entry, words, i) ||
        idiomOrGeneric(entry, words, i, end) ||
        frameMissing(entry, words, i, end) ||
        !keptFrom(entry, words, end)
      )
        continue cand;
      // (session 10) "ندوة صحفية"، "الندوة الصحفية": a press conference is where statements are made, no meeting
      if (entry.cls === 'conference' && next !== undefined && next.keys.some((k) => PRESS.has(k)))
        continue cand;
      // (session 10) "شركتي \"اتصالات تونس\""، "مراكز الاتصالات": a telecom company or sector, no contacts
      if (
        entry.cls === 'call' &&
        w.keys.includes('اتصالات') &&
        ((next !== undefined && next.keys.some((k) => lex.countryNames.has(k))) ||
          (prev !== undefined && (prev.norm === '"' || prev.keys.some((k) => TELECOM_BEFORE.has(k)))))
      )
        continue cand;
      // a line-up ("خط الهجوم: …"، "قلب هجوم") is football, not an attack
      if (entry.cls === 'attack' && (next?.norm === ':' || (prev && LINEUP.has(prev.norm)))) continue cand;
      // "في تصريح … على هامش زيارته لولاية نابل": a tour of one's own country framing a statement is no meeting
      if (entry.cls === 'visit' && entry.pos !== 'V' && framedDomesticTour(words, i, end, lex)) continue cand;
      // "استقبل مطار النفيضة رحلة": an airport receiving a flight is no meeting
      if (entry.mode === 'host' && next && next.keys.some((k) => k === 'مطار' || k === 'ميناء'))
        continue cand;
      // A vote tally (ورفض 3 آخرين، 02 رفض) is no rejection event.
      if (entry.type === 'REJECT' && (isNumber(prev) || isNumber(next) || isNumber(words[i - 2])))
        continue cand;
      // Required context: "!x" in args — the word x within three words around (تهديد ب..، فرض عقوبات); a demand
      // noun's stating verb, or a charge's, also five words before in its clause ("شدد رئيس الحكومة على ضرورة"،
      // "تقدم عدد من المقاولين بشكاية": the subject stands between)
      const needs = needsOf(entry.args);
      if (needs.list.length > 0 && !carriedOutInquiry(entry, words, i, end)) {
        let back = Math.max(0, i - 3);
        // (session 10) after على ("شدد مساعد مدير عام الجوازات … اللواء خالد الجعيد على ضرورة"), anywhere in the clause:
        // a long title and name stand between the verb and what it insists on
        const reach = entry.type === 'REQUEST' && /^عل[يى]$/.test(prev0?.norm ?? '') ? 14 : 5;
        if (entry.type === 'REQUEST' || entry.cls === 'accuse' || entry.cls === 'conviction')
          while (back > Math.max(0, i - reach) && !words[back - 1]!.boundary) back--;
        // (the words from back to i and the three after end, tested in place: no array, no closure per word)
        let ok = false;
        for (let k = back; k < i && !ok; k++) ok = hasNeeded(words[k]!, needs);
        for (let k = end; k < Math.min(end + 3, words.length) && !ok; k++) ok = hasNeeded(words[k]!, needs);
        // (session 13) a sentence's verb of judging further back in its clause: "قضت محكمة جزائية سعودية بحق ناشط … بالسجن"
        if (!ok && entry.cls === 'conviction') ok = judgedBefore(words, back);
        if (!ok) continue cand;
      }
      if (
        (entry.cls === 'attend' || entry.cls === 'absent') &&
        !(meeting === -1 ? (meeting = hasMeetingWord(words)) : meeting)
      )
        continue cand;
      let type = entry.type;
      let mode = entry.mode;
      // (session 10) "بلجيكا تلغي جزئيا حظر سفر رعاياها": a ban lifted is an easing, not a sanction
      if (
        entry.type === 'SANCTION' &&
        w.keys.includes('حظر') &&
        [words[i - 1], words[i - 2]].some((x) => x !== undefined && !x.boundary && LIFTING.test(x.norm))
      ) {
        type = 'RETREAT';
        mode = 'ease';
      }
      if (
        entry.cls === 'attack' &&
        (words.slice(end, end + 2).some((x) => VERBAL.has(x.norm)) || verbalAttack(words, i))
      ) {
        type = 'ACCUSE';
        mode = 'disapprove';
      }
      hits.push({ from: i, to: end, entry, type, mode });
      for (let k = i; k < end; k++) covered[k] = 1;
      i = end - 1;
      break;
    }
  }
  if (toll !== null && !hits.some((h) => h.type === 'ASSAULT')) {
    const at = toll.from;
    let k = 0;
    while (k < hits.length && hits[k]!.from < at) k++;
    hits.splice(k, 0, toll);
  }
  // (every rule below reads the hits: a window without any, most of them, makes no copy, filter or closure)
  if (hits.length > 0) pruneHits(words, hits);
  if (useCameo) {
    for (let i = 0; i < words.length; i++) {
      if (covered[i]) continue;
      const w = words[i]!;
      for (const key of w.keys) {
        const patterns = lex.cameo.get(key);
        if (!patterns) continue;
        const found = patterns.find((p) => objectFollows(words, i + 1, p.object));
        if (found && !(sport && found.type === 'ASSAULT')) {
          hits.push({
            from: i,
            to: i + 1,
            entry: {
              type: found.type,
              mode: found.mode,
              cls: `cameo:${found.cameo}`,
              args: ['obj'],
              pos: 'V',
              rest: [],
              source: 'cameo',
              cameo: found.cameo,
            },
            type: found.type,
            mode: found.mode,
          });
          covered[i] = 1;
          break;
        }
      }
    }
    hits.sort((a, b) => a.from - b.from);
  }
  return hits;
}

/** Drops the hits that another hit of the window already names (findTriggers' last rules). */
function pruneHits(words: readonly Word[], hits: TriggerHit[]): void {
  // "الاعتداءات المتكررة التي تستهدفهم"، "الغارة التي استهدفت منزلا": a relative verb of the same type describes
  // the act its noun already named
  for (const h of [...hits]) {
    if (h.entry.pos !== 'V' || !RELATIVES.has(words[h.from - 1]?.norm ?? '')) continue;
    if (hits.some((o) => o !== h && o.type === h.type && o.to <= h.from - 1 && h.from - 1 - o.to <= 3))
      hits.splice(hits.indexOf(h), 1);
  }
  // (session 13) "فتح تحقيق … تعهدت به فرقة الشرطة"، "إحالة الملف إلى القضاء ليتعهد بها": the unit takes on the
  // investigation or the referral the sentence already names
  for (const h of hits.filter((x) => x.entry.cls === 'casework'))
    if (
      hits.some((o) => o.type === 'ACCUSE' && (o.entry.cls === 'investigation' || o.entry.cls === 'referral'))
    )
      hits.splice(hits.indexOf(h), 1);
  // (session 13) "اجتماع لمجلس وزراء العرب انعقد اليوم"، "انعقدت … جلسة عمل": the convening of a meeting the sentence
  // names is that meeting
  for (const h of hits.filter((x) => x.entry.cls === 'meeting' && isConvening(words[x.from]!)))
    if (
      hits.some(
        (o) =>
          o !== h &&
          (o.entry.cls === 'meeting' || o.entry.cls === 'conference' || o.entry.cls === 'talks') &&
          !isConvening(words[o.from]!) &&
          (o.to <= h.from ? h.from - o.to : o.from - h.to) <= 8,
      )
    )
      hits.splice(hits.indexOf(h), 1);
  // "أدانت الرئاسة الحكم … ووصفته بالجائر": a judgement names the criticism another trigger already found
  for (const h of hits.filter((x) => x.entry.cls === 'judgement'))
    if (hits.some((o) => o.type === 'ACCUSE' && o.entry.cls !== 'judgement' && o.entry.cls !== 'verdict'))
      hits.splice(hits.indexOf(h), 1);
  // (session 11c) a verdict without a verb of judging ("إن هذه الزيادات غير أخلاقية") is the criticism only when
  // no other word of the sentence names it ("اعتبرتها غير مسؤولة"، "انتقد … واصفا إياه بغير المقبول")
  for (const h of hits.filter((x) => x.entry.cls === 'verdict'))
    if (hits.some((o) => o !== h && o.type === 'ACCUSE' && o.entry.cls !== 'suspect'))
      hits.splice(hits.indexOf(h), 1);
  // (session 11c) "إيقاف المشتبه به"، "الاحتفاظ بالمظنون فيهما": a suspect whose arrest or search the sentence
  // reports is part of that act; only a suspect named alone ("تعرفوا على مشتبه به جديد") is the accusation
  for (const h of hits.filter((x) => x.entry.cls === 'suspect'))
    if (hits.some((o) => o.type === 'COERCE' || (o.type === 'ACCUSE' && o.entry.cls !== 'suspect')))
      hits.splice(hits.indexOf(h), 1);
  // (session 16) "نفذ المحتجون وقفة"، "قرر المعتصمون فك الاعتصام": the protesters name their protest only where no
  // other word of the sentence names it, or its end
  for (const h of hits.filter((x) => x.entry.cls === 'protesters'))
    if (hits.some((o) => o !== h && (o.type === 'PROTEST' || o.type === 'CONCEDE' || o.type === 'RETREAT')))
      hits.splice(hits.indexOf(h), 1);
  // "بالاحتجاج … رافعين شعارات"، "إضراب عام تجسد من خلال غلق المحلات": slogans and closures are part of the protest
  // the sentence already names
  for (const h of hits.filter((x) => x.entry.cls === 'slogans' || x.entry.cls === 'closure'))
    if (hits.some((o) => o.type === 'PROTEST' && o.entry.cls !== 'slogans')) hits.splice(hits.indexOf(h), 1);
  // "نفذوا إضرابا … احتجاجا على": the adverb names the purpose of the protest already found
  const adverbial = hits.filter(
    (h) => h.type === 'PROTEST' && /^و?احتجاجا$/.test(words[h.from]!.norm) && h.to - h.from === 1,
  );
  for (const h of adverbial)
    if (hits.some((o) => o !== h && o.type === 'PROTEST' && !adverbial.includes(o)))
      hits.splice(hits.indexOf(h), 1);
}

/** Adjectives of a press conference (ندوة صحفية، الندوة الإعلامية). */
const PRESS = new Set(['صحفيه', 'صحافيه', 'صحفي', 'اعلاميه', 'الصحفيه', 'الصحافيه', 'الاعلاميه']);

/** Verbs and nouns of lifting a ban: ألغى، تلغي، رفع، يرفع، إلغاء، رفع (with و/ف, and the future: سيرفع). */
const LIFTING = /^[وف]?س?(?:الغي|الغت|الغوا|يلغي|تلغي|نلغي|الغاء|رفع|رفعت|رفعوا|يرفع|ترفع|برفع)$/;

/** Words before "اتصالات" that make it the telecom sector or a company (شركة اتصالات، مراكز الاتصالات). */
const TELECOM_BEFORE = new Set([
  'شركه',
  'شركتي',
  'شركات',
  'مراكز',
  'مركز',
  'قطاع',
  'تكنولوجيا',
  'تكنولوجيات',
  'شبكه',
  'شبكات',
  'مشغل',
  'مشغلي',
]);

/** Frames that make a visit the occasion of what is said: "على هامش زيارة"، "خلال زيارته"، "لدى زيارته". */
const OCCASION = new Set(['هامش', 'خلال', 'لدي', 'اثناء', 'بمناسبه']);
/** Heads of a place inside a country: "زيارته لولاية نابل"، "زيارة إلى مدينة القيروان". */
const INNER_PLACES = new Set(['ولايه', 'مدينه', 'معتمديه', 'جهه', 'منطقه', 'بلديه', 'قريه']);

/**
 * A visit as the occasion of a statement ("على هامش زيارة أداها إلى النفيضة"، "خلال زيارته لولاية صفاقس") to a
 * place inside a country (a governorate, a town the gazetteer knows that is no country nor capital): a tour,
 * which the annotation does not count as a meeting. Visits to a country ("على هامش زيارة إلى تونس") stay.
 */
function framedDomesticTour(words: readonly Word[], from: number, end: number, lex: EventLexicon): boolean {
  const before = [words[from - 1], words[from - 2]];
  if (!before.some((w) => w !== undefined && !w.boundary && w.keys.some((k) => OCCASION.has(k))))
    return false;
  for (let j = end; j < Math.min(words.length, end + 4); j++) {
    const w = words[j]!;
    if (w.boundary) return false;
    const to = /^(?:الي|الى)$/.test(w.norm)
      ? words[j + 1]
      : w.prep === 'ل' || /^ل/.test(w.norm)
        ? w
        : undefined;
    if (!to || to.boundary) continue;
    if (to.keys.some((k) => INNER_PLACES.has(k))) return true;
    return to.keys.some((k) => lex.places.has(k)) && !to.keys.some((k) => lex.countryNames.has(k));
  }
  return false;
}

/** The object words follow within four words, in order, without crossing a clause boundary. */
function objectFollows(words: readonly Word[], from: number, object: readonly string[]): boolean {
  let k = 0;
  for (let j = from; j < Math.min(words.length, from + 4 + object.length) && k < object.length; j++) {
    const w = words[j]!;
    if (w.boundary) return false;
    if (w.keys.includes(object[k]!)) k++;
  }
  return k === object.length;
}
