/**
 * The `quantities` pass: numbers in digits or words, ordinals, percentages, money, counted nouns and
 * casualty counts, with their approximation. It runs after `times` and skips the tokens of time
 * expressions, so the 2011 of آذار 2011 and the 10 of قبل 10 أسابيع are not quantities.
 * Spans cover the number and its unit (360 ألف شخص، 5%، مليون دينار), not the approximation words;
 * ids are document-local, q1, q2, … in text order, for events to reference.
 */
import { addDiagnostic, type Doc, type Pass, type Quantity, type Token } from '../../doc/index.js';
import { lookupThrough, procliticForms, startAfterClitics } from '../numbers/clitics.js';
import { isNumeralWord, isScaleWord, parseDigits, readNumeral, type Numeral } from '../numbers/numerals.js';
import { loadLexicon, type Lexicon } from '../../text/lexicon.js';
import { loadLexicons, startWords } from '../times/recognise.js';
import {
  anyFlag,
  CAN_BE_DUAL,
  CAN_START_QUANTITY,
  endsInTaMarbuta,
  sharedStartFlags,
} from '../times/starts.js';
import { isFutureVerb } from '../times/tense.js';
import { firstTokenEndingAfter, sentenceTokenRanges } from '../times/times-pass.js';
import { loadKb } from '../entities/kb.js';
import { DualWords } from './duals.js';
import * as L from './lexicon.js';

type Draft = Omit<Quantity, 'id'>;

const QUOTES: ReadonlySet<string> = new Set(['"', '«', '»', '“', '”', "'"]);

/** Participles of verbs of saying, masculine and feminine (مؤكدا، مشيرة، مضيفا، داعيا…): no counted noun. */
const REPORTING_PARTICIPLES =
  /^(م(وكد|ؤكد|شير|ضيف|وضح|بين|عتبر|شدد)(ا|ه)|(معلن|مبرز|ملاحظ|مفيد|منبه|مستدرك|مرجح|منوه|داعي|قائل|لافت|نافي)ا)$/;

/** Verbs and nouns before حياة that threaten or save lives (يهدد حياة، لإنقاذ حياة). */
const LIFE_SPARED =
  /^(و|ف)?(ل)?(يهدد|تهدد|هدد|هددت|يهددان|تهديد|انقاذ|ينقذ|تنقذ|انقذ|انقذت|انقذوا|حمايه|يحمي|لحمايه)$/;

/** Words before «الوطنية الأولى» that make it the channel's name (قناة، على، عبر، في حوار مع…). */
const CHANNEL_HEADS: ReadonlySet<string> = new Set(
  'قناه القناه علي عبر مع في الي من شاشه تلفزه التلفزه التلفزيون بثت بث يبث تبث نقلت'.split(' '),
);

/** Forms of كان، ليس، أصبح، ظل، بقي، مازال in the dual or plural: the dual-shaped word after them is their predicate. */
const PREDICATE_VERBS =
  /^(و|ف)?(ل)?(كانا|كانتا|يكونا|يكونان|تكونا|تكونان|كانوا|يكونوا|يكونون|ليسا|ليستا|ليسوا|اصبحا|اصبحتا|اصبحوا|يصبحان|ظلا|ظلوا|بقيا|بقوا|مازالا|مازالوا|زالا|زالوا|صارا|صاروا|باتا|باتوا)$/;

/**
 * A dual pronoun as subject after أنّ or كون (أنهما، لأنهما، كونهما): the dual-shaped word after it is its
 * predicate (أنهما متورطان); a bare هما is as often the copula before a counted noun (الفاعلين هما تلميذان).
 */
const DUAL_PRONOUN_SUBJECT = /^(و|ف)?(ب|ل)?(ان|كون)هما$/;

/** Verbs and participles of consisting (تتكون من، مكونة من، تضم): the number after them counts the members. */
const GROUP_OF = /^(تتكون|يتكون|تتالف|يتالف|مكونه|متكونه|مكون|متكون|تضم|يضم)$/;

/**
 * Verbs of carrying out (نفذها، ارتكبه، شنه): the count after them is of the perpetrators, so a casualty
 * word before them is not theirs (عملية احتجاز الرهائن التي نفذها مسلحان).
 */
const PERPETRATION =
  /^(و|ف)?(نفذ|نفذه|نفذها|نفذوا|نفذت|ارتكب|ارتكبه|ارتكبها|ارتكبوا|شن|شنه|شنها|شنوا|قاده|قادها)$/;

/** The words between a count and a part of it: من بينهم، منهم، بينهم. */
/** A scale word and its plurals → the singular (for مليون ونصف المليون، 3 آلاف ونصف الألف). */
const SCALE_SINGULAR: Readonly<Record<string, string>> = {
  الف: 'الف',
  الاف: 'الف',
  مليون: 'مليون',
  ملايين: 'مليون',
  مليار: 'مليار',
  مليارات: 'مليار',
};

/** Metric prefixes written apart from the unit after them (كيلو جرام، ميجا بيكسل، ميللي أمبير). */
const UNIT_PREFIX = /^(كيلو|ميجا|ميغا|جيجا|غيغا|ميللي|ملي|ميلي|سنتي)$/;
const UNIT_AFTER_PREFIX = /^(جرام|غرام|متر|بيكسل|بكسل|امبير|واط|بايت|هرتز|لتر)(ا|ات)?$/;

/** Digits of a whole number from 1 to `max`, as a field of a date. */
function dateField(norm: string, max: number): boolean {
  const d = parseDigits(norm);
  return d !== null && Number.isInteger(d.value) && d.value >= 1 && d.value <= max;
}

/** The text between two counts ending in a و written on the second (، و12، وثلاثة). */
const JOINED_TAIL = /(^|\s)و\s?$/;
const WITHIN_THEM = /^\s*(من\s+)?(بينهم|بينهن|منهم|منهن|منهما)\s*$/;

/**
 * Product lines and brands whose models are numbered (آيفون 7، نوكيا 3310، غالاكسي نوت 7، لوميا 1520), and
 * هاتف before a bare number, which names a model (هاتف 3310).
 */
const MODEL_LINES: ReadonlySet<string> = new Set(
  'بوينغ بوينج ايرباص ايفون ايباد نوكيا لوميا غالاكسي جالاكسي غالكسي جالكسي جلاكسي نوت ويندوز اندرويد بلايستيشن اكسبيريا بيكسل هاتف'.split(
    ' ',
  ),
);

/** Nouns before a quoted title: works, programmes and names (فيلم "3000 ليلة"، إسم "القبو 7"). */
const TITLE_NOUNS: ReadonlySet<string> = new Set(
  'فيلم فيلمه فيلمها الفيلم شريط شريطه الشريط مسرحيه مسرحيته مسرحيتها المسرحيه روايه روايته روايتها الروايه كتاب كتابه كتابها الكتاب برنامج البرنامج اغنيه اغنيته الاغنيه البوم الالبوم مسلسل المسلسل عنوان بعنوان عنوانها اسم باسم تسميه عمليه العمليه موقع الموقع موقعه تطبيق التطبيق'.split(
    ' ',
  ),
);

/** Military and police ranks with a grade أول after them (رقيب أول، عريف أول، ملازم أول). */
const MILITARY_RANKS: ReadonlySet<string> = new Set(
  'رقيب الرقيب عريف العريف جندي الجندي ملازم الملازم وكيل الوكيل مساعد المساعد'.split(' '),
);

/** Latin letters spelled in Arabic, which with a number after a name make a model (دوجي تي 6، اف 16). */
const LETTER_NAMES: ReadonlySet<string> = new Set('بي سي دي اف جي اتش اس تي اكس زد كيو'.split(' '));

/** Casualty nouns whose tally (عدد القتلى، حصيلة الجرحى) a number reaches. */
const TALLIED: ReadonlyMap<string, NonNullable<Quantity['casualty']>> = new Map([
  ['قتلي', 'killed'],
  ['وفيات', 'killed'],
  ['موتي', 'killed'],
  ['شهداء', 'killed'],
  ['جرحي', 'injured'],
  ['مصابين', 'injured'],
  ['اصابات', 'injured'],
]);

/** Words that link the parts of a name (أبو سهمين، بن حسنين): what follows is no dual. */
const NAME_LINKS: ReadonlySet<string> = new Set(['ابو', 'ابي', 'ابا', 'بن', 'ابن', 'بنت', 'ام']);

/** Nouns after من that are no partitive: واحد من أهم، خمسة من أصل عشرة، اثنان من بين. */
const NOT_PARTITIVE: ReadonlySet<string> = new Set(
  'اصل بين اهم ابرز اكثر اكبر افضل اقل اجمل اخطر اقدم مجموع جمله كل بعض هذه هذا هولاء'.split(' '),
);

/** Words right before a plural that say "some" or "several" (بعض مسؤولين، عدة مندوبين). */
const SOME_OR_MANY: ReadonlySet<string> = new Set(['بعض', 'عده', 'وبعض', 'وعده']);
/** Words before من and a plural that say "a number of" (عدد من، العديد من، مجموعة من، عشرات من). */
const MANY_OF: ReadonlySet<string> = new Set([
  'عدد',
  'العديد',
  'مجموعه',
  'جمله',
  'ثله',
  'كثير',
  'الكثير',
  'عشرات',
  'مئات',
  'الاف',
  'الالاف',
  'المئات',
  'العشرات',
]);

/** عيد، ذكرى: an anniversary, whose definite number word after ميلاده، تأسيسها is a rank. */
const ANNIVERSARY: ReadonlySet<string> = new Set(['عيد', 'ذكري', 'الذكري']);

export function createQuantitiesPass(): Pass {
  const lexicons = loadLexicons();
  const starts = sharedStartFlags(() => startWords(lexicons));
  const words = loadLexicon();
  const duals = new DualWords(words);
  // given names (the entities KB, loaded once and shared): اللاعبين حاتم بن عرفة وكريم بنزيما
  const { givenNames } = loadKb();
  return {
    name: 'quantities',
    // Bump when the output changes (test/pass-versions.test.ts checks it), so stored analyses go stale.
    version: '27',
    requires: ['text', 'tokens', 'sentences', 'times'],
    produces: ['quantities'],
    run(doc: Doc) {
      const covered = coveredByTimes(doc);
      const flags = starts.of(doc.tokens, doc.text);
      const places = placeEnds(doc);
      // (the mentions' spans, gathered only when a dual is found: most documents have few)
      let spans: number[] | null = null;
      const names = () => (spans ??= nameSpans(doc));
      const drafts: Draft[] = [];
      for (const [from, to] of sentenceTokenRanges(doc)) {
        // a sentence where no token can start a quantity has none (read() would skip every token)
        if (!anyFlag(flags, from, to, CAN_START_QUANTITY | CAN_BE_DUAL)) continue;
        new SentenceReader(
          doc,
          covered,
          from,
          to,
          drafts,
          flags,
          words,
          lexicons.months,
          lexicons.hijri,
          duals,
          places,
          givenNames,
          names,
        ).read();
      }
      drafts.sort((a, b) => a.start - b.start || b.end - a.end);
      // (a dual score, بهدفين لهدف، شوطين مقابل شوط, counts its two: the annotators of six splits counted it; the
      // lone unit noun after it, لهدف, is no quantity)
      doc.quantities = drafts.map((d, k) => ({ id: `q${k + 1}`, ...d }));
    },
  };
}

/** APPROX_BEFORE by the last word of each phrase (the only word of a one-word phrase, through proclitics). */
const APPROX_BY_LAST = new Map<string, number[]>();
L.APPROX_BEFORE.forEach(([words], k) => {
  const last = words[words.length - 1]!;
  APPROX_BY_LAST.set(last, [...(APPROX_BY_LAST.get(last) ?? []), k]);
});

/**
 * The phrases of APPROX_BEFORE, in their order, that can end with the word `norm`: a longer phrase's
 * last word is matched as it is, a one-word phrase through proclitics (see matchesBefore).
 */
function approxEndingAt(norm: string): (typeof L.APPROX_BEFORE)[number][] | null {
  let ks: number[] | null = null;
  for (const f of procliticForms(norm)) {
    const found = APPROX_BY_LAST.get(f.form);
    if (found) ks = ks ? [...ks, ...found] : found;
  }
  return ks && [...new Set(ks)].sort((a, b) => a - b).map((k) => L.APPROX_BEFORE[k]!);
}

/** The flags of coveredByTimes, reused from one document to the next (only `run` reads them). */
let coveredScratch = new Uint8Array(4096);

/**
 * One flag per token: does a time expression overlap it? (The array may be longer than the token
 * list: a typed array per document costs an allocation outside the heap, which hastens collections.)
 */
function coveredByTimes(doc: Doc): Uint8Array {
  const n = doc.tokens.length;
  if (coveredScratch.length < n) coveredScratch = new Uint8Array(2 * n);
  else coveredScratch.fill(0, 0, n);
  const flags = coveredScratch;
  let t = 0;
  for (const time of doc.times) {
    // (a binary search: the tokens between two time expressions are not read)
    t = firstTokenEndingAfter(doc.tokens, t, time.start);
    for (let k = t; k < doc.tokens.length && doc.tokens[k]!.start < time.end; k++) flags[k] = 1;
  }
  // the day of an impossible date (31 فيفري) is no quantity either
  for (const d of doc.diagnostics) {
    if (d.rule !== 'times/impossible-date' || d.start === null || d.end === null) continue;
    for (let k = 0; k < doc.tokens.length; k++) {
      const tok = doc.tokens[k]!;
      if (tok.start < d.end && tok.end > d.start) flags[k] = 1;
    }
  }
  return flags;
}

/** Where each mention of a place ends (سوسة 2، دائرة تونس 2: a number after one names a district). */
/**
 * The spans of named-entity mentions, [start, end] pairs in text order: a word of dual shape inside a
 * name (ولاية القصرين، البحرين، "كروسين جوردان") counts nothing. Places and titles count whatever
 * their source; people and organisations only when the knowledge base knows them.
 */
/** A word that can be a name (not definite, not a number word): three letters or more. */
function nameLike(w: string): boolean {
  return w.length >= 3 && !/^(و|ف)?(ب|ل|ك)?ال/.test(w) && !isNumeralWord(w);
}

function nameSpans(doc: Doc): number[] {
  const spans: number[] = [];
  // (a person or an organisation the knowledge base does not know may be a guess of the tagger's
  // on a dual itself: «زورقان سريعان», «الشيخين الشريكين»)
  for (const e of doc.entities) {
    if (e.type === 'NORP' || (e.kb_id === null && (e.type === 'PERSON' || e.type === 'ORG'))) continue;
    for (const m of e.mentions) spans.push(m.start, m.end);
  }
  return spans;
}

function placeEnds(doc: Doc): ReadonlySet<number> {
  const ends = new Set<number>();
  for (const e of doc.entities) {
    if (e.type !== 'GPE' && e.type !== 'LOC' && e.type !== 'FAC') continue;
    // a country is no district (نيجيريا 6 in a standings table): only towns and places within one
    if (e.type === 'GPE' && e.kb_id !== null && /^kb:gpe:[A-Z]{3}$/.test(e.kb_id)) continue;
    for (const m of e.mentions) ends.add(m.end);
  }
  return ends;
}

/** Words a phone number follows (أرقام الهاتف : 73.275.800). */
const PHONE_WORDS: ReadonlySet<string> = new Set([
  'الهاتف',
  'هاتف',
  'الهواتف',
  'هاتفي',
  'الجوال',
  'الفاكس',
  'فاكس',
]);

/** Nouns an eight-digit phone number follows (الرقم 81100700، الأرقام التالية : 71.123.456). */
const PHONE_NUMBER_NOUNS: ReadonlySet<string> = new Set(['الرقم', 'رقم', 'الارقام', 'ارقام']);

/** بنسبة 2،5: a rate without بالمائة is a percent. */
const PERCENT_CUES: ReadonlySet<string> = new Set(['بنسبه', 'نسبه', 'بنسب']);

/** و/ف + أحد at the token's start, read in the text itself (no slice per number). */
const AHAD = /[وف][أإ]حد/y;

function startsWithAhad(text: string, token: Token): boolean {
  if (token.end - token.start < 4) return false;
  AHAD.lastIndex = token.start;
  return AHAD.test(text);
}

/** Plurals of people that keep their written form, counted after N من with a pronoun (6 من عناصره). */
const PEOPLE_PLURALS: ReadonlySet<string> = new Set([
  'عناصر',
  'ابناء',
  'ابنائ',
  'اعضاء',
  'اعضائ',
  'رجال',
  'شبان',
]);

/** Adverbs that may stand between an approximation and its amount (تتجاوز مؤقتا 80 كلم/س). */
const ADVERBS_BEFORE_AMOUNT = /^(مؤقتا|موقتا|احيانا|محليا|ظرفيا)$/;

interface Found {
  draft: Draft;
  first: number;
  last: number;
  scale: number;
}

class SentenceReader {
  private readonly tokens: readonly Token[];
  private readonly found: Found[] = [];

  constructor(
    private readonly doc: Doc,
    private readonly covered: Uint8Array,
    private readonly from: number,
    private readonly to: number,
    private readonly out: Draft[],
    private readonly flags: Uint8Array,
    private readonly words: Lexicon,
    private readonly months: ReadonlyMap<string, unknown>,
    private readonly hijriMonths: ReadonlyMap<string, unknown>,
    private readonly duals: DualWords,
    private readonly places: ReadonlySet<number>,
    private readonly givenNames: ReadonlySet<string>,
    private readonly names: () => readonly number[],
  ) {
    this.tokens = doc.tokens;
  }

  /**
   * The ordinal or number at i names a Tunisian public television channel: الوطنية الأولى / الثانية / 1
   * after قناة, a preposition or a verb, not after a feminine noun it qualifies (الرابطة الوطنية الأولى).
   */
  private channelName(i: number): boolean {
    const w = this.norm(i - 1);
    const f = procliticForms(w).find((x) => x.form === 'الوطنيه');
    if (!f) return false;
    if (f.skip > 0) return true;
    const before = procliticForms(this.norm(i - 2)).map((x) => x.form);
    return (
      before.some((x) => CHANNEL_HEADS.has(x)) || this.tokens[i - 2]?.kind === 'punct' || i - 2 < this.from
    );
  }

  /** A mention of a place or a country ends at `end` (checked for a number before من only). */
  private placeEndsAt(end: number): boolean {
    for (const e of this.doc.entities)
      if (e.type === 'GPE' || e.type === 'LOC') for (const m of e.mentions) if (m.end === end) return true;
    return false;
  }

  /**
   * ثلاثة (03) عناصر، مائة (100) ألف دينار: a number in words restated in digits between brackets, as official
   * statements write it, is one number; a scale word after the brackets multiplies it.
   */
  private restated(num: Numeral | null): Numeral | null {
    if (!num || num.hasDigits || num.vague) return num;
    const open = num.last + 1;
    if (this.norm(open) !== '(' || this.norm(open + 2) !== ')' || this.tokens[open + 1]?.kind !== 'number')
      return num;
    if (parseDigits(this.tokens[open + 1]!.norm)?.value !== num.value) return num;
    const scale = isScaleWord(this.norm(open + 3)) ? readNumeral(this.tokens, open + 3, this.to) : null;
    if (scale && !scale.hasDigits && !scale.vague && scale.value === scale.scale) {
      return { ...num, value: num.value * scale.value, scale: scale.scale, last: scale.last, end: scale.end };
    }
    return { ...num, last: open + 2, end: this.tokens[open + 2]!.end };
  }

  /**
   * (174) مليون ريال: the digits are alone between brackets, a lone scale word (مليون، مليار، ألف) follows the
   * closing bracket and a currency follows it; the currency's index, or -1.
   */
  private bracketedScaleCurrency(num: Numeral): number {
    if (this.norm(num.first - 1) !== '(' || this.norm(num.last + 1) !== ')') return -1;
    const k = num.last + 2;
    if (!this.free(k) || !isScaleWord(this.norm(k))) return -1;
    const scale = readNumeral(this.tokens, k, this.to);
    // (ملايين، مليارات: a plural scale after the digits multiplies them as the singular does)
    if (!scale || scale.hasDigits || scale.last !== k || !(scale.value === scale.scale || scale.vague))
      return -1;
    return this.free(k + 1) && L.CURRENCIES.has(this.norm(k + 1)) ? k + 1 : -1;
  }

  /**
   * 120 يمنيًا: after 11 to 99 (of each hundred), a word in ي written with the tanwin of the accusative (ًا)
   * is the counted noun, a nisba, not a verb in the present (a verb takes no tanwin).
   */
  private tanwinTamyiz(num: Numeral, k: number): boolean {
    if (!Number.isInteger(num.value) || num.value % 100 < 11) return false;
    const t = this.tokens[k]!;
    return /^ي.{2,}(?:ًا|اً)$/.test(this.doc.text.slice(t.start, t.end));
  }

  /** The digits at i follow a place's name (one space between) and nothing they could count follows. */
  private numberedPlace(i: number): boolean {
    const t = this.tokens[i]!;
    const prev = this.tokens[i - 1];
    if (i - 1 < this.from || prev?.kind !== 'word' || t.start !== prev.end + 1) return false;
    if (i + 1 >= this.to) return false;
    const next = this.tokens[i + 1]!;
    // (دائرة تونس 2): a bracket closing the name; باريس 4 بفرنسا: the country the place is in
    const nothingCounted =
      this.norm(i + 1) === ')' ||
      (next.kind === 'word' && this.norm(i + 1).startsWith('ب') && this.placeStartsAt(next.start + 1));
    return nothingCounted && this.placeEndsAt(prev.end);
  }

  /** A mention of a place or a country starts at `start`. */
  private placeStartsAt(start: number): boolean {
    for (const e of this.doc.entities)
      if (e.type === 'GPE' || e.type === 'LOC')
        for (const m of e.mentions) if (m.start === start) return true;
    return false;
  }

  /** The token at i lies inside the mention of a named entity (checked for dual candidates only). */
  /**
   * The words [j, and) can be the first of two names joined by the و at `and`: words (not a function
   * word, a preposition with a pronoun, or a word led by a preposition, لاتحاد), with no third name after.
   */
  private firstNameOfPair(j: number, and: number): boolean {
    for (let k = j; k < and; k++) {
      const n = this.norm(k);
      // (a name in Latin letters too: موقعي Quora و التوتير)
      const kind = this.tokens[k]!.kind;
      if (kind === 'latin') continue;
      if (kind !== 'word' || n.length <= 2 || L.NOT_NOUNS.test(n)) return false;
      if (k === j && /^[بل]/.test(n) && this.duals.likeliestForm(n).skip > 0) return false;
    }
    for (let k = and + 1; k <= Math.min(and + 3, this.to - 1); k++) {
      if (this.tokens[k]!.kind !== 'word') break;
      const n = this.norm(k);
      if (n[0] === 'و' && !L.NOT_NOUNS.test(n.slice(1))) return false;
    }
    return true;
  }

  /** A name starts at the token at j. */
  private nameStartsAt(j: number): boolean {
    const t = this.tokens[j];
    if (!t) return false;
    const names = this.names();
    for (let k = 0; k < names.length; k += 2) if (names[k]! >= t.start && names[k]! < t.end) return true;
    return false;
  }

  /** A name starts inside the token at i (after its proclitics) and goes on past it: بجبلي الشعانبي. */
  private nameStartsIn(i: number): boolean {
    const t = this.tokens[i]!;
    const names = this.names();
    for (let k = 0; k < names.length; k += 2) if (names[k]! >= t.start && names[k + 1]! > t.end) return true;
    return false;
  }

  private inName(i: number): boolean {
    const t = this.tokens[i]!;
    const names = this.names();
    for (let k = 0; k < names.length; k += 2) if (names[k]! < t.end && t.start < names[k + 1]!) return true;
    return false;
  }

  private norm(j: number): string {
    return j >= this.from && j < this.to ? this.tokens[j]!.norm : '';
  }

  /**
   * حجز عدد 5 بنادق، الإبقاء على عدد 05 عناصر: عدد after a verb or a preposition is "a number of"
   * (Tunisian usage) and the noun after the digits is counted; after a noun or its adjective (القانون
   * عدد 25، الطريق الجهوية عدد 93، أمر حكومي عدد 161) it names an identifier.
   */
  private countOf(k: number): boolean {
    // (الاحتفاظ بعدد 2 أشخاص: "with a number of", after the preposition too)
    if (this.norm(k) === 'بعدد') return true;
    if (this.norm(k) !== 'عدد') return false;
    const before = this.norm(k - 1);
    if (!before || this.tokens[k - 1]!.kind !== 'word') return false;
    return (
      !/^(و|ف)?(ب|ل|ك)?ال|^(و|ف)?لل/.test(before) &&
      !(before.length >= 4 && before.endsWith('ي')) &&
      !/^(قانون|امر|منشور|مرسوم|فصل)$/.test(before)
    );
  }

  /** The token at j ends a quantity already read (the عشر of السادس عشر). */
  private readBefore(j: number): boolean {
    return j >= this.from && this.out.at(-1)?.end === this.tokens[j]!.end;
  }

  /** حتى الحادية عشرة ليلا، عند الثامنة مساء: a feminine ordinal up to 12 before a part of the day. */
  private clockHour(i: number, o: { draft: Draft; last: number }): boolean {
    if (o.draft.value > 12 || !/ة$/.test(this.doc.text.slice(o.draft.start, o.draft.end))) return false;
    if (!this.free(o.last + 1) || !/^(ليلا|صباحا|مساء|مساءا|ظهرا|عصرا|فجرا)$/.test(this.norm(o.last + 1)))
      return false;
    // (after a preposition of time: not المباراة الثانية مساء)
    return /^(حتي|عند|في|منذ|من|الي|بعد|قبل|نحو|حوالي)$/.test(this.norm(i - 1));
  }

  /** Tokens i..i+4 read number / number / number (a date: ١٧ /١٠ /١٤٣٦ه, 17 / 10 / 2015). */
  private slashDate(i: number): boolean {
    const t = this.tokens;
    return (
      i + 4 < this.to &&
      t[i + 1]!.norm === '/' &&
      t[i + 2]!.kind === 'number' &&
      t[i + 3]!.norm === '/' &&
      t[i + 4]!.kind === 'number' &&
      dateField(t[i]!.norm, 9999) &&
      dateField(t[i + 2]!.norm, 12) &&
      dateField(t[i + 4]!.norm, 9999)
    );
  }

  /**
   * The first day of a range of dates whose last day a time expression holds: من 15-26 شوال، من 5 إلى 9
   * رمضان، يومي الثاني والثالث من أغسطس، بين السابع والتاسع من سبتمبر. `last` is the day's last token.
   */
  private dayOfRange(last: number, value: number): boolean {
    if (!Number.isInteger(value) || value < 1 || value > 31) return false;
    let j = last + 1;
    const n = this.norm(j);
    if (n === '-' || n === '–' || n === 'و' || n === 'الي' || n === 'حتي') j++;
    if (j >= this.to || this.covered[j] === 0) return false;
    const day = this.norm(j);
    const bare = j === last + 1 && day.startsWith('و') ? day.slice(1) : day;
    if (j === last + 1 && bare === day && this.tokens[j]!.kind !== 'number') return false;
    if (this.tokens[j]!.kind === 'number') {
      if (j === last + 1) return false;
      return dateField(day, 31) && parseDigits(day)!.value > value;
    }
    let o = L.ORDINAL_WORDS.get(bare);
    if (o === undefined) return false;
    // (والرابع عشر: a compound ordinal)
    if (/^عشره?$/.test(this.norm(j + 1))) o += 10;
    return o > value && o <= 31;
  }

  private free(j: number): boolean {
    return j >= this.from && j < this.to && this.covered[j] === 0;
  }

  read(): void {
    const firstOut = this.out.length;
    let i = this.from;
    while (i < this.to) {
      if (!this.free(i) || (this.flags[i]! & (CAN_START_QUANTITY | CAN_BE_DUAL)) === 0) {
        i++;
        continue;
      }
      if ((this.flags[i]! & CAN_START_QUANTITY) === 0) {
        const dual = this.dualNounOutsideNames(i);
        if (dual) this.out.push(dual.draft);
        i = dual ? dual.last + 1 : i + 1;
        continue;
      }
      // وأحد المواطنين: و + أحد ("one of"), which the hamza-less norm makes look like واحد
      // (وست هام، وست بروميتش: "West" in a name, not و + ست, unless a counted noun or number word follows)
      if (startsWithAhad(this.doc.text, this.tokens[i]!) || this.westInName(i) || this.lastaVerb(i)) {
        i++;
        continue;
      }
      // ١٧ /١٠ /١٤٣٦ه: a date in three numbers between slashes, spaced apart, is no quantity
      if (this.tokens[i]!.kind === 'number' && this.slashDate(i)) {
        i += 5;
        continue;
      }
      // أولا بأول: "step by step", no ranking
      if (this.norm(i + 1) === 'باول' && /^(و|ف)?اولا$/.test(this.norm(i))) {
        i += 2;
        continue;
      }
      const ordinal = this.ordinalWord(i);
      // (حتى الحادية عشرة ليلا: an hour of the clock before a part of the day)
      if (ordinal && (this.dayOfRange(ordinal.last, ordinal.draft.value) || this.clockHour(i, ordinal))) {
        i = ordinal.last + 1;
        continue;
      }
      if (ordinal) {
        this.out.push(ordinal.draft);
        i = ordinal.last + 1;
        continue;
      }
      const dual = lookupThrough(L.DUAL_NOUNS, this.norm(i));
      if (dual && this.tokens[i]!.kind === 'word' && this.adjectiveAfterDefiniteDual(i, dual.entry.unit)) {
        i++;
        continue;
      }
      if (dual && this.tokens[i]!.kind === 'word') {
        const start = startAfterClitics(this.tokens[i]!, dual.skip);
        const casualty =
          dual.entry.casualty ?? (L.PERSON_UNITS.has(dual.entry.unit) ? this.casualtyBefore(i, true) : null);
        this.out.push(this.draft(start, this.tokens[i]!.end, 2, 'count', dual.entry.unit, null, casualty));
        i++;
        continue;
      }
      const agreeing = this.agreeingNumber(i);
      if (agreeing) {
        this.out.push(agreeing);
        i++;
        continue;
      }
      const num = this.withTail(this.restated(readNumeral(this.tokens, i, this.to)));
      if (!num) {
        const other = this.zero(i) ?? this.fractionOfUnit(i) ?? this.dualNounOutsideNames(i);
        if (other) {
          this.out.push(other.draft);
          i = other.last + 1;
          continue;
        }
        i++;
        continue;
      }
      let clear = true;
      for (let k = num.first; k <= num.last; k++) if (!this.free(k)) clear = false;
      // من 15-26 شوال، من 5 إلى 9 رمضان: the first day of a range of dates
      if (
        clear &&
        num.first === num.last &&
        this.tokens[i]!.kind === 'number' &&
        this.dayOfRange(num.last, num.value)
      )
        clear = false;
      if (!clear) {
        i = num.last + 1;
        continue;
      }
      if (num.unsafe || !Number.isFinite(num.value) || num.value > Number.MAX_SAFE_INTEGER) {
        addDiagnostic(
          this.doc,
          'quantities/unsafe-number',
          `"${this.doc.text.slice(num.start, num.end)}" exceeds the largest exactly representable number`,
          num.start,
          num.end,
        );
        i = num.last + 1;
        continue;
      }
      const last = this.quantity(num);
      i = last + 1;
    }
    this.shareRanges();
    this.shareLists();
    this.shareOrdinals();
    this.shareDegrees();
    for (const f of this.found) this.out.push(f.draft);
    if (this.out.length - firstOut > 1) this.shareCasualtyWithin(firstOut);
  }

  /**
   * خلف 6 جرحى من بينهم عوني حماية مدنية: a count right after من بينهم / منهم that follows a count of
   * casualties is a part of them, and shares their casualty.
   */
  private shareCasualtyWithin(firstOut: number): void {
    const drafts = this.out.slice(firstOut).sort((a, b) => a.start - b.start);
    for (let k = 1; k < drafts.length; k++) {
      const d = drafts[k]!;
      const prev = drafts[k - 1]!;
      if (d.casualty || !prev.casualty || (d.kind !== 'count' && d.kind !== 'cardinal')) continue;
      const between = this.doc.text.slice(prev.end, d.start);
      if (WITHIN_THEM.test(between)) d.casualty = prev.casualty;
      else if (this.joinedPeople(prev, d, between)) d.casualty = prev.casualty;
    }
  }

  /**
   * استشهاد عشرة من منسوبي القوات وثلاثة من العاملين، قتل 4 ضباط آخرين برتب عميد وعقيد، و12 عنصرا: a count
   * of people joined by و (written on it) to a count of the killed or wounded a few words before, with no
   * number, clause break or verb of its own between, shares their casualty.
   */
  private joinedPeople(prev: Draft, d: Draft, between: string): boolean {
    if (d.kind !== 'count' || !d.unit || (prev.casualty !== 'killed' && prev.casualty !== 'injured'))
      return false;
    if (!L.PERSON_UNITS.has(d.unit) && !/^[\u0621-\u064A ]+$/.test(d.unit)) return false;
    if (L.ANIMALS.has(d.unit)) return false;
    if (!JOINED_TAIL.test(between) || /[0-9\u0660-\u0669.;:؛!؟?()]/.test(between)) return false;
    return between.split(/\s+/).filter(Boolean).length <= 7;
  }

  /**
   * 111 ألفا و65 حالة، 3 ملايين و429 ألف دينار: a smaller number joined by و after a scale word is
   * part of the same amount (not in a range: بين 200 ألف و300).
   */
  private withTail(num: Numeral | null): Numeral | null {
    // مليون ونصف المليون ريال: the half names its scale again, with the article
    if (
      num &&
      num.last > num.first &&
      this.norm(num.last) === 'ونصف' &&
      this.free(num.last + 1) &&
      this.norm(num.last + 1) === `ال${SCALE_SINGULAR[this.norm(num.last - 1)] ?? ''}`
    )
      return { ...num, last: num.last + 1, end: this.tokens[num.last + 1]!.end };
    if (!num || num.scale < 1000 || num.vague) return num;
    // 162 ألف 548 سيارة: the hundreds written straight after ألف, with no و (statistics tables)
    const k = num.last + 1;
    if (
      num.scale === 1000 &&
      this.norm(num.last) === 'الف' &&
      this.tokens[k]?.kind === 'number' &&
      k < this.to &&
      /^\d{1,3}$/.test(this.norm(k)) &&
      this.free(k) &&
      this.tokens[k + 1]?.kind === 'word' &&
      k + 1 < this.to &&
      !isNumeralWord(this.norm(k + 1))
    )
      return { ...num, value: num.value + Number(this.norm(k)), last: k, end: this.tokens[k].end, scale: 1 };
    if (this.norm(num.last + 1) !== 'و') return num;
    if (!this.tokens[num.last]!.norm.match(/^\D/)) return num;
    const prev = procliticForms(this.norm(num.first - 1)).map((f) => f.form);
    // (أكثر من مليون و700 ألف دينار: من of an approximation opens no range)
    const approximated = /^(اكثر|اقل|ازيد|اكبر)$/.test(this.norm(num.first - 2));
    if (prev.includes('بين') || (prev.includes('من') && !approximated)) return num;
    const tail = readNumeral(this.tokens, num.last + 2, this.to);
    if (!tail || tail.vague || !tail.hasDigits) return num;
    for (let k = num.last + 1; k <= tail.last; k++) if (!this.free(k)) return num;
    // 12 ألف و651 مليون دينار: thousands of millions (12651 million), the Tunisian way of writing billions
    const head = tail.value / tail.scale;
    if (num.scale === 1000 && tail.scale > 1000 && num.value < 1e6 && head < 1000 && Number.isInteger(head)) {
      const value = (num.value + head) * tail.scale;
      return { ...num, value, last: tail.last, end: tail.end, scale: tail.scale };
    }
    if (tail.value >= num.scale) return num;
    const joined = {
      ...num,
      value: num.value + tail.value,
      last: tail.last,
      end: tail.end,
      scale: tail.scale,
    };
    // 2 مليون و477 ألف و768 دينار: as many parts as there are smaller scales
    return tail.scale >= 1000 ? this.withTail(joined) : joined;
  }

  /**
   * بين 31 و 35 درجة … وتصل إلى 38 بأقصى الجنوب: a bare number that a verb of reaching puts after
   * temperatures in degrees is in degrees too.
   */
  private shareDegrees(): void {
    let degrees = false;
    // the number before, when it opened a range after بين in degrees (… و بين 21 و26 ببقية الجهات)
    let opened: { last: number } | null = null;
    // the last token of the last amount in degrees
    let degreesLast = -1;
    for (const f of this.found) {
      const openedBefore = opened;
      opened = null;
      if (f.draft.unit === 'درجه') {
        degrees = true;
        degreesLast = f.last;
      } else if (
        degrees &&
        f.draft.kind === 'cardinal' &&
        this.tokens[f.first]!.kind === 'number' &&
        f.first === f.last
      ) {
        let k = f.first - 1;
        // (تصل محليا إلى 34، تكون في حدود 10: an adverb, إلى or an approximation between)
        for (let s = 0; s < 3 && k > this.from; s++) {
          const w = this.norm(k);
          if (/^(الي|في|حدود|حوالي|نحو)$/.test(w) || ADVERBS_BEFORE_AMOUNT.test(w)) k--;
          else break;
        }
        // (بين 26 و 30 درجة وفي حدود 22 بالمرتفعات: joined by و right after the amount in degrees, its verb
        // left out)
        const elliptic =
          degreesLast >= 0 && k === degreesLast + 1 && k < f.first - 1 && /^و(في|الي)$/.test(this.norm(k));
        // (و بين 21 و26 ببقية الجهات: a range after بين, its verb left out after the first range in degrees,
        // and the range's second number)
        const between = /^(و)?بين$/.test(this.norm(f.first - 1));
        const second =
          openedBefore !== null &&
          (f.first === openedBefore.last + 2
            ? this.norm(f.first - 1) === 'و'
            : f.first === openedBefore.last + 1 && this.norm(f.first).startsWith('و'));
        if (
          between ||
          second ||
          elliptic ||
          /^(و|ف)?(تصل|يصل|تبلغ|يبلغ|ترتفع|تنخفض|تتراوح|تكون|يكون)$/.test(this.norm(k))
        ) {
          f.draft.kind = 'count';
          f.draft.unit = 'درجه';
          if (between) opened = f;
        }
      }
    }
  }

  /** دق 20 و54: a number joined by و to a rank number is a rank too. */
  private shareOrdinals(): void {
    for (let k = 0; k + 1 < this.found.length; k++) {
      const a = this.found[k]!;
      const b = this.found[k + 1]!;
      if (a.draft.kind !== 'ordinal' || b.draft.kind !== 'cardinal') continue;
      const glued = b.first === a.last + 1 && this.norm(b.first).startsWith('و');
      // صنف "2" و"3": quotes around either number
      const between: string[] = [];
      for (let k = a.last + 1; k < b.first; k++) if (!QUOTES.has(this.norm(k))) between.push(this.norm(k));
      // (الدقائق 73، 10 و86: a comma in the list too)
      if (glued || (between.length === 1 && (between[0] === 'و' || between[0] === '،')))
        b.draft.kind = 'ordinal';
    }
  }

  /**
   * A number word after the noun it agrees with: مرة واحدة، الفرد الواحد (1, no unit of its own),
   * مدرسين اثنين، بساقيه الاثنين (2 of the noun before).
   */
  private agreeingNumber(i: number): Draft | null {
    const t = this.tokens[i]!;
    if (t.kind !== 'word') return null;
    const value = L.AGREEING_NUMBERS.get(t.norm);
    const p = i - 1;
    if (value === undefined || p < this.from || this.tokens[p]!.kind !== 'word') return null;
    const prev = this.norm(p);
    if (L.NOT_NOUNS.test(prev) || prev.length < 3) return null;
    // كان الاثنان يراقبان: a number word agrees with a noun as definite as itself
    // (الاثنان alone is "the two", a cardinal; الاثنين alone is Monday)
    // (a noun before a pronoun is definite: بساقيه الاثنين)
    // (لل is ل + ال with its alif dropped: للبرميل الواحد)
    const prevDefinite = /^(و|ف)?((ب|ل|ك)?ال|لل)/.test(prev) || /ي(ه|ها|هما|هم)$/.test(prev);
    if (/^(و|ف)?ال/.test(t.norm) !== prevDefinite) {
      if (/^(و|ف)?الاثنان$/.test(t.norm)) {
        const start = startAfterClitics(t, t.norm.indexOf('ال'));
        return this.draft(start, t.end, 2, 'cardinal', null, null, null);
      }
      return null;
    }
    // (نحو كيلوغرام واحد: the approximation before the noun is the number's)
    if (value === 1)
      return this.draft(
        t.start,
        t.end,
        1,
        'cardinal',
        null,
        this.approxRightBefore(p) ?? this.approxAfter(i + 1),
        null,
      );
    // two: only after a dual or plural (its agreement), and not the weekday of "يوم الاثنين"
    if (!/(ين|يه|ان)$/.test(prev) || prev.length < 4 || !this.free(p)) return null;
    // (بسيارتين اثنين: the noun without its proclitic, and the unit of its singular)
    let bare = prev.startsWith('ال') ? prev.slice(2) : this.duals.likeliestForm(prev).form;
    // (ومسنين اثنين: the conjunction is no part of the unit, when the word without it is the commoner)
    if (/^(و|ف)..../.test(bare) && this.words.freq(bare.slice(1)) > this.words.freq(bare))
      bare = bare.slice(1);
    const singular = this.duals.singularOf(bare);
    const noun =
      L.NOUNS.get(bare) ?? L.DUAL_NOUNS.get(bare) ?? (singular ? L.NOUNS.get(singular) : undefined);
    // (a noun kept in its written form is never detained: القبض على إرهابيين اثنين)
    // (شخصين اثنين أصيبا: a casualty verb right after the number too)
    const before = noun?.casualty ?? this.casualtyBefore(p) ?? L.CASUALTY_AFTER.get(this.norm(i + 1)) ?? null;
    const kept = !noun && before === 'detained' ? null : before;
    return this.draft(t.start, t.end, 2, 'count', noun?.unit ?? bare, null, kept);
  }

  /** نصف طن، ربع كيلوغرام: a fraction of a unit of measure counts that much of the unit. */
  private fractionOfUnit(i: number): { draft: Draft; last: number } | null {
    const w = this.norm(i);
    if (!w.endsWith('نصف') && !w.endsWith('ربع')) return null;
    const f = procliticForms(w).find((x) => x.form === 'نصف' || x.form === 'ربع');
    if (!f || !this.free(i + 1) || this.tokens[i + 1]?.kind !== 'word') return null;
    const noun = L.NOUNS.get(this.norm(i + 1));
    if (!noun || !L.MEASURE_UNITS.has(noun.unit)) return null;
    const start = startAfterClitics(this.tokens[i]!, f.skip);
    const value = f.form === 'نصف' ? 0.5 : 0.25;
    const approx = this.approxRightBefore(i);
    return {
      draft: this.draft(start, this.tokens[i + 1]!.end, value, 'count', noun.unit, approx, null),
      last: i + 1,
    };
  }

  /** صفر (zero) as a number: بهدفين لصفر; not the month صفر of a date (covered by times). */
  private zero(i: number): { draft: Draft; last: number } | null {
    const f = procliticForms(this.norm(i)).find((x) => x.form === 'صفر');
    if (!f || this.tokens[i]!.kind !== 'word') return null;
    if (this.tokens[i - 1]?.kind === 'number' || this.tokens[i + 1]?.kind === 'number') return null;
    // a score (بهدفين لصفر، فاز بثلاثة مقابل صفر) or a rate (صفر بالمائة); elsewhere صفر is
    // mostly a family name (رضا صفر)
    const next = this.norm(i + 1);
    const scored = f.skip > 0 || ['مقابل', 'الي', 'حتي', '-'].includes(this.norm(i - 1));
    // صفر بالمائة، صفر في المائة، صفر %: a rate of zero, a percent spanning its percent word
    const inHundred = next === 'في' && L.PERCENT_AFTER_FI.has(this.norm(i + 2)) ? i + 2 : -1;
    const percentEnd = L.PERCENT_WORDS.has(next) || next === '%' ? i + 1 : inHundred;
    if (percentEnd > i && this.free(percentEnd)) {
      const start = startAfterClitics(this.tokens[i]!, f.skip);
      const end = this.tokens[percentEnd]!.end;
      return { draft: this.draft(start, end, 0, 'percent', null, null, null), last: percentEnd };
    }
    if (!scored && next !== 'فاصل') return null;
    const start = startAfterClitics(this.tokens[i]!, f.skip);
    return { draft: this.draft(start, this.tokens[i]!.end, 0, 'cardinal', null, null, null), last: i };
  }

  /**
   * A dual noun, unless the word is part of a name (بالقصرين، البحرين، "كروسين جوردان") or the
   * predicate of a form of كان / ليس in the dual or plural (لن يكونا متواجدان، كانا حاضرين).
   */
  private dualNounOutsideNames(i: number): { draft: Draft; last: number; pair?: boolean } | null {
    const found = this.dualNoun(i);
    if (!found) return null;
    // (أنهما متورطان، كونهما مصابين: a dual pronoun before it makes it a predicate too)
    const before = this.norm(i - 1);
    if (PREDICATE_VERBS.test(before) || DUAL_PRONOUN_SUBJECT.test(before)) return null;
    // (بجبلي الشعانبي والمغيلة: a dual in construct that heads the first of the names it joins is no part of them)
    if (this.inName(i) && !(found.pair === true && this.nameStartsIn(i))) return null;
    // فارقتا الحياة متأثرتان: a participle in the nominative dual after a verb in the feminine dual (its
    // object between) says how the two did it; the two were counted by the verb's subject
    if (
      /^م.{3,}تان$/.test(this.norm(i)) &&
      [i - 1, i - 2].some((k) => k >= this.from && /^(و|ف)?(?!ال).{3,}تا$/.test(this.norm(k)))
    )
      return null;
    return found;
  }

  /**
   * An indefinite dual noun counts two: رجلين، تلميذين، رحلتين، دينارين. A word ending in ين is a dual
   * when its singular is a known word and no plural in ون is (مسلحين is a plural); the span is the
   * noun alone, and an adjective in the dual right after it is passed over (رحلتين داخليتين).
   */
  private dualNoun(i: number): { draft: Draft; last: number; pair?: boolean } | null {
    const t = this.tokens[i]!;
    // سياسية، تونسية: ة is normalised to ه, and no dual ends in ة
    if (t.kind !== 'word' || endsInTaMarbuta(this.doc.text, t.end)) return null;
    // عدد من مندوبين، العديد من المشجعين، بعض مسؤولين: a plural after a word of "some, many", never two
    if (this.afterSomeOrMany(i)) return null;
    // للأمين، بالطرفين: definite, so no new count (but for people named right after it)
    if (/^(و|ف)?(بال|لل|كال|ال)/.test(this.norm(i))) return this.definiteDual(i) ?? this.namedPair(i);
    // فريقي "السهم" و"الأهلي": looked at first, as most words in ي are no dual (the checks are cheap)
    const n = this.norm(i);
    if (n.endsWith('ي') && !n.endsWith('تي')) {
      const found = this.constructDual(i, true);
      if (!found || procliticForms(this.norm(i - 1)).some((f) => NAME_LINKS.has(f.form))) return null;
      return found;
    }
    // مجرمين اثنين خطيرين: the number word carries the count, the rest agrees with it
    const before = this.norm(i - 1);
    // أبو سهمين، بن حسنين: a name; رافائيل فاران: a surname after a given name
    if (procliticForms(before).some((f) => NAME_LINKS.has(f.form))) return null;
    // (not على, whose normal form is the name علي, nor any other function word)
    if (
      this.free(i - 1) &&
      this.tokens[i - 1]?.kind === 'word' &&
      this.givenNames.has(before) &&
      !L.NOT_NOUNS.test(before)
    )
      return null;
    // 6 "حيتان": a broken plural counted by the number before it, not a dual
    // (but not the year of a date before it: اليوم 28 ماي 2014 طائرتان حربيتان)
    const quoted = QUOTES.has(before) ? i - 2 : i - 1;
    // (not the عشر of an ordinal read before: الدور السادس عشر لمسابقتي)
    if (
      (this.tokens[quoted]?.kind === 'number' && this.free(quoted)) ||
      (isNumeralWord(this.norm(quoted)) && !this.readBefore(quoted))
    )
      return null;
    if ((this.free(i - 1) && L.AGREEING_NUMBERS.has(before)) || L.AGREEING_NUMBERS.has(this.norm(i + 1)))
      return null;
    // بمنزلين بجهتي أريانة وفوشانة: a dual in construct (تي، تا) agrees with nothing before it, so a dual
    // or plural there does not make it an adjective
    if (this.norm(i).endsWith('تي')) return this.constructDual(i);
    // ولايتا تطاوين ومدنين: the nominative dual in construct
    // (الغرفتين وجدتا: a word in تا right after a definite dual is the verb agreeing with it)
    if (this.norm(i).endsWith('تا') && /^(و|ف)?ال.{2,}(تين|تان)$/.test(this.norm(i - 1))) return null;
    if (this.norm(i).endsWith('تا')) return this.constructDual(i, false, true);
    // نجاحا ورواجا كبيرين: an adjective agreeing with two indefinite nouns joined by و before it
    if (
      this.free(i - 1) &&
      this.free(i - 2) &&
      /^و.{3,}ا$/.test(before) &&
      /^[^و].{2,}ا$/.test(this.norm(i - 2)) &&
      !/^(و|ف)?(ب|ل|ك)?ال/.test(this.norm(i - 2))
    )
      return null;
    // الإرهابيين الآخرين عالقتين: an adjective agreeing with the plural or dual before it
    // (طفليه وحيدين: a dual before a pronoun too; not after a time expression: أمس الاثنين بمدينتي)
    // ضربتي جزاء غير صحيحتين: a dual after غير is a negated adjective
    if (before === 'غير' && this.free(i - 1)) return null;
    // مسؤولان دفاعيان أمريكيان: a nisba dual right after another is its fellow adjective (not وفريقان)
    if (/^[^و].{2,}يان$/.test(this.norm(i)) && before.endsWith('يان') && this.free(i - 1)) return null;
    // (جثتين لتلميذين: a preposition on the word makes it no adjective of the noun before it)
    if (
      this.tokens[i - 1]?.kind === 'word' &&
      this.free(i - 1) &&
      (this.duals.isPluralOrDual(before) || this.duals.isDual(before)) &&
      !this.prepositionOn(i)
    )
      return null;
    // لسنتين متتاليتين: after a dual the times pass read (سنتين، يومين), an adjective agreeing with it;
    // خطين جديدين: after a dual of a two-letter noun (خط، حق), too short for the word-list test
    if (
      this.tokens[i - 1]?.kind === 'word' &&
      ((!this.free(i - 1) &&
        i - 1 >= this.from &&
        /(ين|ان)$/.test(before) &&
        !/اثنين$/.test(before) &&
        !isNumeralWord(before)) ||
        (/^.{2}(ين|ان)$/.test(before) && this.words.freq(before.slice(0, -2)) >= 20))
    )
      return null;
    const f = this.duals.likeliestForm(this.norm(i));
    const singular = this.duals.singularOf(f.form);
    // مبارتين وديتين: an unknown word in تين (feminine plurals end in ات) before an adjective in the dual
    if (
      !singular &&
      f.skip === 0 &&
      f.form.length >= 6 &&
      f.form.endsWith('تين') &&
      this.free(i + 1) &&
      this.norm(i + 1).endsWith('تين') &&
      this.duals.isDual(this.norm(i + 1))
    ) {
      const draft = this.draft(t.start, t.end, 2, 'count', f.form, null, null);
      return { draft, last: i + 1 };
    }
    if (!singular) return null;
    // وأدان الحزب: و before a hamza is the conjunction (a verb or noun in أ follows), not a dual's first letter
    if (f.skip === 0 && /^[وف][أإآ]/.test(this.doc.text.slice(t.start, t.end))) return null;
    // مرشحين مستقلين، مدربين حقيقيين: a participle of people in ين (مفعل، مفعول: plural in ين as often
    // as dual) before an indefinite adjective in ين, with no number word to say two, is read as the plural
    if (
      /^م.{3,}ين$/.test(f.form) &&
      !f.form.endsWith('تين') &&
      this.free(i + 1) &&
      this.tokens[i + 1]?.kind === 'word' &&
      /^[^وفبلك].{2,}ين$/.test(this.norm(i + 1)) &&
      !this.norm(i + 1).startsWith('ال') &&
      !isNumeralWord(this.norm(i + 1)) &&
      !L.NOUNS.has(singular)
    )
      return null;
    const start = startAfterClitics(this.tokens[i]!, f.skip);
    // the adjective agreeing after it (رحلتين داخليتين) is not part of the span, and is skipped
    let last = i;
    if (this.free(i + 1) && this.duals.isDual(this.norm(i + 1))) last = i + 1;
    // (وحدتين عائمتين تابعتين: a feminine dual's adjectives in تين / تان, however many)
    if (/ت(ين|ان)$/.test(f.form))
      while (last < i + 3 && this.free(last + 1) && /^(?!ال).{3,}ت(ين|ان)$/.test(this.norm(last + 1))) last++;
    const end = this.tokens[i]!.end;
    const currency = L.CURRENCIES.get(singular);
    if (currency) return { draft: this.draft(start, end, 2, 'money', currency, null, null), last };
    // انتشال جثتين: two bodies, killed
    if (singular === 'جثه')
      return { draft: this.draft(start, end, 2, 'count', f.form, null, 'killed'), last };
    const noun = L.NOUNS.get(singular);
    // (القضاء على عنصرين: a dual kept in its written form takes a casualty as a count of it does)
    const casualty =
      noun?.casualty ??
      (noun && L.PERSON_UNITS.has(noun.unit)
        ? // (لتلميذين توفيا غرقا: a dual verb of death or injury right after them)
          (this.casualtyBefore(i, true) ??
          (this.free(last + 1) ? L.CASUALTY_AFTER.get(this.norm(last + 1)) : null) ??
          null)
        : !noun && !L.ANIMALS.has(f.form)
          ? this.rawCasualty(i, 2)
          : null);
    return { draft: this.draft(start, end, 2, 'count', noun?.unit ?? f.form, null, casualty), last };
  }

  /**
   * A definite plural-or-dual of people before two names joined by و is a dual: اللاعبين حاتم بن عرفة
   * وكريم بنزيما، الصحفيين التونسيين سفيان الشورابي ونذير القطاري. Agreeing adjectives (ال…ين) may come
   * between; a list (أ، ب وج) or a third name (أ وب وج) is a plural.
   */
  /** The likeliest reading of the word at i opens with a preposition (ب، ل، ك), as لتلميذين. */
  private prepositionOn(i: number): boolean {
    const f = this.duals.likeliestForm(this.norm(i));
    return f.skip > 0 && /[بلك]/.test(this.norm(i).slice(0, f.skip));
  }

  /** وست before a word that is no counted noun (وست هام): "West" in a name, not و + ست (six). */
  private westInName(i: number): boolean {
    if (this.norm(i) !== 'وست') return false;
    const next = this.norm(i + 1);
    if (this.tokens[i + 1]?.kind !== 'word' || isNumeralWord(next) || next === 'من') return false;
    // (ست سنوات، ست نساء: a known counted noun or a sound plural is counted)
    return !L.NOUNS.has(next) && !/(ات|ين|ون)$/.test(next);
  }

  /**
   * لست غريبا، لست خائفا: the verb لست ("I am not") before an adjective in the accusative singular (ـا), not
   * ل + ست (six), which counts a plural (لست سنوات، لست مرات).
   */
  private lastaVerb(i: number): boolean {
    if (this.norm(i) !== 'لست' || this.tokens[i + 1]?.kind !== 'word') return false;
    const next = this.norm(i + 1);
    return next.length >= 4 && next.endsWith('ا') && !/(ات|ايا)$/.test(next);
  }

  /** The word at i follows عدد من، العديد من، عدد كبير من، بعض، عدة: it is a plural, not a dual. */
  private afterSomeOrMany(i: number): boolean {
    const before = this.norm(i - 1);
    if (SOME_OR_MANY.has(before)) return true;
    if (before !== 'من') return false;
    const head =
      this.norm(i - 2) === 'كبير' || this.norm(i - 2) === 'هام' ? this.norm(i - 3) : this.norm(i - 2);
    return MANY_OF.has(procliticForms(head).at(-1)!.form);
  }

  /**
   * A definite dual of people or bodies in تين (الجثتين، الطفلتين) or of a unit of measure (المترين):
   * counted; other definite duals (السيارتين، الطرفين) are things already named.
   */
  private definiteDual(i: number): { draft: Draft; last: number } | null {
    // الحالتين المصابتين: an adjective agreeing with the definite dual or plural before it
    if (this.free(i - 1) && /^(و|ف)?(ب|ل|ك)?ال.{3,}(ين|ان)$/.test(this.norm(i - 1))) return null;
    const f = procliticForms(this.norm(i)).find((x) => /^ال.{2,}(?:ين|ان)$/.test(x.form));
    if (!f) return null;
    const start = startAfterClitics(this.tokens[i]!, f.skip);
    const end = this.tokens[i]!.end;
    const stem = f.form.slice(2, -2);
    // الآخران، الأخريان: "the other two", a nominative dual standing for the two it refers to (الآخرين is
    // mostly a plural)
    if (f.form === 'الاخران' || f.form === 'الاخريان')
      return { draft: this.draft(start, end, 2, 'count', 'person', null, this.casualtyBefore(i)), last: i };
    // التونسيان، الجزائريان: a definite nisba in the nominative dual (its plural would end in ون) stands
    // for two people, when no dual noun before it makes it an adjective (checked above)
    if (
      f.form.endsWith('يان') &&
      stem.length >= 4 &&
      this.words.freq(stem) >= 20 &&
      this.words.freq(`${stem.slice(0, -1)}ون`) <= this.words.freq(`${stem}ون`)
    )
      return { draft: this.draft(start, end, 2, 'count', f.form, null, this.casualtyBefore(i)), last: i };
    const measure = L.NOUNS.get(stem);
    if (measure && L.MEASURE_UNITS.has(measure.unit))
      return { draft: this.draft(start, end, 2, 'count', measure.unit, null, null), last: i };
    // الوزيران، الرئيسين: people whose plural is broken, so the form can only be a dual
    // (الشيخين الشريكين: the adjective after it agrees, and is passed over)
    // (الأخوين: أخ, whose dual keeps the و of أخو; not الإخوان, the Brotherhood, in ان)
    if (L.BROKEN_PLURAL_PEOPLE.has(stem) || (stem === 'اخو' && f.form.endsWith('ين'))) {
      const agreeing = this.free(i + 1) && /^ال.{3,}(ين|ان)$/.test(this.norm(i + 1));
      const draft = this.draft(start, end, 2, 'count', f.form, null, this.casualtyBefore(i));
      return { draft, last: agreeing ? i + 1 : i };
    }
    // الناشطان، المتهمان، اللاعبان: the nominative dual (the plural ends in ون) of a noun of people with a
    // sound plural; a noun whose own form ends in ان (البرلمان، الإنسان) has no plural in stem+ون
    if (
      f.form.endsWith('ان') &&
      !f.form.endsWith('تان') &&
      stem.length >= 3 &&
      this.words.freq(stem) >= 5 &&
      this.words.freq(`${stem}ون`) >= 1
    )
      return { draft: this.draft(start, end, 2, 'count', f.form, null, this.casualtyBefore(i)), last: i };
    if (!f.form.endsWith('تين') && !f.form.endsWith('تان')) return null;
    // الطفلتين، المصابتين، التلميذتان: the feminine of a person noun
    const singular = `${f.form.slice(2, -3)}ه`;
    const masculine = f.form.slice(2, -3);
    const person = L.NOUNS.get(singular) ?? L.NOUNS.get(masculine);
    const raw = L.RAW_CASUALTY_NOUNS.get(singular) ?? L.RAW_CASUALTY_NOUNS.get(masculine);
    if (!raw && !(person && L.PERSON_UNITS.has(person.unit))) return null;
    const casualty = raw ?? person?.casualty ?? this.casualtyBefore(i);
    return { draft: this.draft(start, end, 2, 'count', f.form, null, casualty), last: i };
  }

  private namedPair(i: number): { draft: Draft; last: number } | null {
    // (the names are looked for first: most definite plurals have none after them)
    let k = i + 1;
    while (k < this.to && /^ال.*ين$/.test(this.norm(k))) k++;
    // الصحفيين المختطفين في ليبيا سفيان الشورابي ونذير القطاري، … بليبيا، سفيان …: a place after a
    // preposition, then the names
    if (k > i + 1 && this.norm(k) === 'في' && this.placeEndsAt(this.tokens[k + 1]?.end ?? -1)) k += 2;
    else if (k > i + 1 && /^[بل]/.test(this.norm(k)) && this.placeEndsAt(this.tokens[k]!.end)) k++;
    if (this.norm(k) === '،' || this.norm(k) === ',') k++;
    const first = this.norm(k);
    // two names, one of them at least opening with a known given name (سفيان الشورابي ونذير القطاري)
    if (this.tokens[k]?.kind !== 'word' || !nameLike(first)) return null;
    let and = -1;
    for (let j = k + 1; j <= Math.min(k + 3, this.to - 1); j++) {
      const n = this.norm(j);
      if (this.tokens[j]!.kind !== 'word') return null;
      const second = n.slice(1);
      if (n[0] === 'و' && nameLike(second) && (this.givenNames.has(first) || this.givenNames.has(second))) {
        and = j;
        break;
      }
    }
    if (and < 0) return null;
    for (let j = and + 1; j <= Math.min(and + 3, this.to - 1); j++) {
      const t = this.tokens[j]!;
      if (t.kind !== 'word') break;
      if (this.norm(j)[0] === 'و') return null;
    }
    const f = procliticForms(this.norm(i)).find((x) => x.form.startsWith('ال') && x.form.endsWith('ين'));
    if (!f) return null;
    const singular = f.form.slice(2, -2);
    if (singular.length < 3 || this.words.freq(singular) < 20) return null;
    // الصحفيين التونسيين: the adjective agrees with the noun before it
    if (/^ال.*ين$/.test(this.norm(i - 1))) return null;
    const start = startAfterClitics(this.tokens[i]!, f.skip);
    const casualty = this.casualtyBefore(i);
    return { draft: this.draft(start, this.tokens[i]!.end, 2, 'count', f.form, null, casualty), last: i };
  }

  /**
   * A dual in construct before two names joined by و: (ب)ولايتي سوسة والمنستير، بين منطقتي المروج 2
   * وابن سينا، مقابلتي الدربي و الكلاسيكو; masculine ones too (فريقي "السهم" و"الأهلي"، حزبي النهضة
   * والنداء) when their dual in ين is attested. Without the و it is as often "my …" (حياتي، كلمتي), so
   * it is required, before any punctuation but quotes.
   */
  private constructDual(
    i: number,
    masculine = false,
    nominative = false,
  ): { draft: Draft; last: number; pair?: boolean } | null {
    const t = this.tokens[i]!;
    // (منتخبى هولندا وروسيا: final ي written ى, as Egyptian sources do)
    // (بولايتيْ: a vowel sign written on the ending is passed over)
    let e = t.end - 1;
    while (e > t.start && /[\u064B-\u0652]/.test(this.doc.text[e]!)) e--;
    const ending = this.doc.text[e];
    if (!(nominative ? ending === 'ا' : ending === 'ي' || ending === 'ى')) return null;
    if (this.tokens[i + 1]?.kind === 'number') return null;
    if (this.tokens[i - 1]?.kind === 'number') return null;
    // عمل حزبي ونقابي: an adjective joined to another
    if (masculine && this.norm(i + 1).startsWith('و')) return null;
    // ساعتي وساعة الزميل، عائلتي وأصدقائي: "my …" joined by و to another noun (in ة, in ي or definite);
    // a dual in construct is followed by its complement (but منطقتي وادي الليل: a word that starts with و)
    const next = this.norm(i + 1);
    const other = next.slice(1);
    if (
      next.length > 3 &&
      next[0] === 'و' &&
      (/(ه|تي)$/.test(other) || other.startsWith('ال')) &&
      this.words.freq(other) > this.words.freq(next)
    )
      return null;
    // أصدقائي، وعائلتي، وأقاربي: a dual in construct is followed by what it is in construct with, not a comma
    if (this.tokens[i + 1]?.kind === 'punct' && !QUOTES.has(this.norm(i + 1))) return null;
    let joined = false;
    let and = -1;
    for (let k = i + 2; k <= Math.min(i + 8, this.to - 1); k++) {
      const n = this.norm(k);
      const kind = this.tokens[k]!.kind;
      const detached = n === 'و' && (this.tokens[k + 1]?.kind !== 'punct' || QUOTES.has(this.norm(k + 1)));
      if (kind === 'word' && ((n.length > 2 && n[0] === 'و') || detached)) {
        joined = true;
        and = k;
        break;
      }
      if (kind === 'punct' && !['-', '"', '«', '»', '“', '”'].includes(n)) break;
    }
    // بندقيتي صيد، برقيتي تفتيش، سيارتي التهريب، قذيفتي أربيجي: a feminine dual in construct with a noun,
    // with no second name after it; "my …" (سيارتي) is followed rather by its adjective in ة (حياتي
    // المهنية), a verb (زوجتي كانت، عائلتي تعيش) or a function word, and is rare outside quotes
    // (سيارتين رباعيتي الدفع: not after a dual or plural in ين, which makes it an agreeing adjective)
    const constructed = !joined && !masculine && !nominative && !/(ين|ان)$/.test(this.norm(i - 1));
    if (constructed) joined = this.constructComplement(i + 1);
    // منشوري تفتيش، سلاحي كلاشنيكوف، نجلي حسني مبارك: a masculine dual in construct whose form in ين is
    // unattested, read from its shape: a common noun + ي, far rarer than the noun, that is no nisba adjective
    // (which takes the article: الرئيسي، السياحي) before a noun it can be annexed to
    const bare = masculine && !joined && this.plainMasculineConstruct(i);
    if (bare) joined = true;
    // (ثلاث is no dual's; but the عشر of an ordinal read before, الدور السادس عشر لمسابقتي, counts nothing)
    if (!joined || (isNumeralWord(this.norm(i - 1)) && !this.readBefore(i - 1))) return null;
    // ملعبي فرحات حشاد وعزيز تاج، ناديي لخويا و السد، بجبلي الشعانبي والمغيلة: two names joined by و after a
    // common noun whose form in ي is far rarer (so seldom an adjective or "my …") make it a dual even when
    // its form in ين is unattested
    // (not a nisba adjective after the noun it qualifies, حكم رئيسي يساعده، مكتب تنفيذي لاتحاد: the word
    // comes after a preposition or a noun in construct, or carries a proclitic, or a name follows it)
    // (nor "my …" before words of a clause, من منزلي قائلا لي بحنان وخجل, nor a trio before three names)
    const before = this.norm(i - 1);
    const pairOfNames =
      joined &&
      !constructed &&
      and <= i + 5 &&
      this.firstNameOfPair(i + 1, and) &&
      (/^[بلك]/.test(this.norm(i)) ||
        L.NOT_NOUNS.test(before) ||
        (before.length >= 4 && /[^يت]ي$/.test(before) && !before.startsWith('ال')) ||
        this.nameStartsAt(i + 1) ||
        this.givenNames.has(next) ||
        QUOTES.has(next));
    // موقعي "التويتر" و"البنتريست"، مطاري "هيثرو" و"غاتويك": two quoted names make the dual plain even
    // when its form in ين is rare
    const quoted = QUOTES.has(this.norm(i + 1));
    // the reading whose singular is most common (بولايتي is ب + ولايتي, ولاية being far more common)
    let best: { form: string; skip: number } | null = null;
    // (برقيتي تفتيش، ثكنتي القرجاني والعوينة: a feminine noun in ة before its complement or two joined names
    // needs only to be a known word, ten times as common as the form in تي ("my …" and nisba forms are not)
    let bestFreq = masculine || nominative ? 29 : 9;
    for (const f of procliticForms(this.norm(i))) {
      // (بجهتي: after a proclitic, a four-letter dual in construct, جهتي, is read too)
      const suffix = masculine ? 'ي' : nominative ? 'تا' : 'تي';
      if (f.form.length < (masculine || f.skip > 0 ? 4 : 5) || !f.form.endsWith(suffix)) continue;
      // لافتا (pointing out) is no ل + آفتا: a preposition governs the genitive, so no nominative dual
      // follows it
      if (nominative && /[بلك]/.test(this.norm(i).slice(0, f.skip))) continue;
      const singular = masculine ? f.form.slice(0, -1) : `${f.form.slice(0, -2)}ه`;
      // حاملي الشهادات، موظفي البلدية، مستعملي الطريق: the sound plural in construct, as common as its
      // singular (a dual in construct is far rarer than its singular: وزيري، عوني)
      if (masculine && 2 * this.words.freq(f.form) > this.words.freq(singular)) continue;
      // (بين مطاري جربة وطرابلس: بين before it calls for two, so a rarely written dual is read too)
      const between = procliticForms(this.norm(i - 1)).some((x) => x.form === 'بين');
      // (ملفي الإرهابيين والمساجين، وكاتبي الدولة: a common noun whose form in ي is far rarer, so seldom an
      // adjective, before a definite noun it is in construct with, needs no attested dual in ين)
      // (not a family name after a given name, ليلى محمدي البالغة, nor a noun in ة, نهايةى العام)
      const common =
        masculine &&
        next.startsWith('ال') &&
        !singular.endsWith('ه') &&
        // (لأني الآن: لأن + the pronoun ي, no noun)
        !L.NOT_NOUNS.test(singular) &&
        !/^(لان|كان|لكن)$/.test(singular) &&
        !(f.skip === 0 && this.givenNames.has(this.norm(i - 1))) &&
        this.words.freq(singular) >= 50 &&
        20 * this.words.freq(f.form) <= this.words.freq(singular);
      if (bare && f.form !== bare) continue;
      // (the names make it plain: a common noun, not a name after a given name, nor a function word)
      const named =
        masculine &&
        pairOfNames &&
        !L.NOT_NOUNS.test(singular) &&
        !/^(لان|كان|لكن)$/.test(singular) &&
        // (على, whose norm is the name علي, is no given name)
        !(f.skip === 0 && this.givenNames.has(before) && !L.NOT_NOUNS.test(before)) &&
        // (ارهابيي قبلي والعنصر: a noun with a sound plural in ون makes its form in ي that plural in construct)
        this.words.freq(`${singular}ون`) <= 1 &&
        this.words.freq(singular) >= 50 &&
        20 * this.words.freq(f.form) <= this.words.freq(singular);
      if (
        masculine &&
        !named &&
        (this.words.freq(`${singular}ين`) < (quoted || between ? 1 : common || bare ? 0 : 3) ||
          !this.duals.singularOf(`${singular}ين`))
      )
        continue;
      const n = this.words.freq(singular);
      // (كونتي نحو مساعده وصديقه: a name in تي, about as common as its "singular", before a clause with و)
      if (!masculine && !nominative && n < 30 && (constructed ? 10 : 2) * this.words.freq(f.form) > n)
        continue;
      if (n > bestFreq) {
        best = f;
        bestFreq = n;
      }
    }
    if (!best) return null;
    const start = startAfterClitics(t, best.skip);
    // بمقتل منفذي العملية: a word of killing or wounding right before it
    let casualty: Quantity['casualty'] = null;
    for (const f of procliticForms(this.norm(i - 1))) {
      const c = L.CASUALTY_TRIGGERS.get(f.form);
      if (c === 'killed' || c === 'injured') casualty = c;
    }
    return {
      draft: this.draft(start, t.end, 2, 'count', best.form, null, casualty),
      last: i,
      pair: pairOfNames,
    };
  }

  /** The word at j is a definite plural of people: المتهمين، الموقوفين، الجنود (not بال / لل, nor a numeral). */
  private peopleAfterMin(j: number): boolean {
    if (this.tokens[j]?.kind !== 'word' || !this.free(j)) return false;
    const n = this.norm(j);
    // 04 من أفرادها، 3 من عناصرهم: a plural of people made definite by a pronoun
    const owned = /^(.{3,}?)(هما|هم|ها|ه)$/.exec(n);
    if (owned && !n.startsWith('ال')) {
      const stem = owned[1]!;
      const noun = L.NOUNS.get(stem);
      if (noun) return L.PERSON_UNITS.has(noun.unit);
      // (6 من عناصره، 3 من أبنائه: plurals of people that keep their written form)
      return PEOPLE_PLURALS.has(stem) || PEOPLE_PLURALS.has(stem.replace(/ي$/, ''));
    }
    if (!n.startsWith('ال') || n.length < 6 || isNumeralWord(n.slice(2))) return false;
    const noun = L.NOUNS.get(n.slice(2));
    if (noun) return L.PERSON_UNITS.has(noun.unit);
    return n.endsWith('ين') && !n.endsWith('تين') && !this.duals.isDual(n.slice(2));
  }

  /**
   * The word at j is a definite plural of things by its shape: a sound feminine plural (المستحضرات، المطالبات)
   * or a broken plural أفعلة / أفعال (الأحذية، الأسلحة، الأسلاك), counted by the digits before من as a partitive
   * (4131 من المستحضرات، 642 من الأحذية); not a singular whole (24 من البطولة، 92 من الدستور) nor a place.
   */
  private pluralAfterMin(j: number): boolean {
    const t = this.tokens[j];
    if (t?.kind !== 'word' || !this.free(j)) return false;
    const n = this.norm(j);
    if (!n.startsWith('ال') || NOT_PARTITIVE.has(n.slice(2)) || this.placeEndsAt(t.end)) return false;
    if (/^ال.{3,}ات$/.test(n)) return true;
    if (/^الا[^ا]{3}ه$/.test(n)) return endsInTaMarbuta(this.doc.text, t.end);
    return /^الا[^ا]{2}ا[^اه]$/.test(n);
  }

  /**
   * The word at j can be the noun a feminine dual in construct is annexed to (صيد، تفتيش، التهريب): a word,
   * not a function word, a number, a verb (in ي / ن, four letters in ت / أ, or ending in ت / ا / وا) or a
   * feminine adjective in ة.
   */
  private constructComplement(j: number, masculine = false): boolean {
    const t = this.tokens[j];
    if (t?.kind !== 'word' || !this.free(j)) return false;
    const n = this.norm(j);
    if (n.length < 3 || L.NOT_NOUNS.test(n) || isNumeralWord(n)) return false;
    // (after a masculine noun a word in ة is no agreeing adjective: وزيري خارجية)
    if ((!masculine && endsInTaMarbuta(this.doc.text, t.end)) || /(ت|ا|وا)$/.test(n)) return false;
    const bare = n.startsWith('ال') ? n.slice(2) : n;
    // (يعرفون إجابتي بأنني: a complement takes no preposition)
    if (/^[بلك]/.test(n) && this.duals.likeliestForm(n).skip > 0) return false;
    // (تعريف، تفتيش، أرض: nouns; تعمل، أعيش: verbs of four letters)
    // (نقل، نوع، يوم: a word of three letters in ن / ي is a noun; verbs in ن / ي have four letters or more)
    return n.startsWith('ال') ? bare.length >= 3 : !/^[ين].../.test(n) && !/^[تا].{3}$/.test(n);
  }

  /**
   * The word at i (…ي) is a masculine dual in construct read from its shape alone: the proclitic reading whose
   * stem (منشور، سلاح، وزير) is a common noun at least five times as frequent as the form in ي, which never takes the
   * article (so no nisba adjective: الرئيسي، الأمني), followed by a noun it can be annexed to (no word with a
   * preposition on it, no adjective in ة, no verb); returns that reading's form, or null.
   */
  private plainMasculineConstruct(i: number): string | null {
    // (إحدى: a word written with final ى is no dual in construct)
    const t = this.tokens[i]!;
    if (this.doc.text[t.end - 1] !== 'ي') return null;
    // (the complement is indefinite: a definite one, منظمي العملية، طالبي اللجوء, follows as often the sound
    // plural of a participle in construct, which the rule for definite complements weighs)
    const next = this.norm(i + 1);
    if (next.startsWith('ال') || !this.constructComplement(i + 1, true)) return null;
    if (/^[بلك]/.test(next) && this.duals.likeliestForm(next).skip > 0) return null;
    // (not a family name after a given name, nor a given name itself: محمد الطاهري، لفتحي البحري)
    const before = this.norm(i - 1);
    if (this.givenNames.has(before) && !L.NOT_NOUNS.test(before)) return null;
    const forms = procliticForms(this.norm(i));
    let found: string | null = null;
    for (const f of forms) {
      // (no reading may be a nisba adjective or a name: وزاري is no و + زاري, لتونسي no ل + تونس + ي)
      if (this.givenNames.has(f.form)) return null;
      if (
        this.words.freq(`ال${f.form}`) + this.words.freq(`ال${f.form}ه`) + this.words.freq(`${f.form}ه`) >
        1
      )
        return null;
      const stem = f.form.slice(0, -1);
      if (found || stem.length < 3 || /[هي]$/.test(stem) || L.NOT_NOUNS.test(stem)) continue;
      const n = this.words.freq(stem);
      if (n >= 10 && 5 * this.words.freq(f.form) <= n) found = f.form;
    }
    return found;
  }

  /**
   * الـ21 مؤسسة after a word that is no definite noun (من الـ21 مؤسسة): `before` is the token before the
   * article, `j` the word after the digits, an indefinite noun (no adverb in ـيا, no function word).
   */
  private definiteCount(before: number, j: number): boolean {
    const t = this.tokens[j];
    if (t?.kind !== 'word' || !this.free(j)) return false;
    const n = this.norm(j);
    if (n.length < 3 || n.startsWith('ال') || L.NOT_NOUNS.test(n) || isNumeralWord(n) || n.endsWith('يا'))
      return false;
    // (a verb after the digits: الـ21 تم، الـ 100 يشاركون; a preposition on the word: دور الـ 16 بدوري)
    if (/^[يت].{3}$/.test(n) || /(وا|ون)$/.test(n)) return false;
    if (/^[بلك]/.test(n) && this.words.freq(n.slice(1)) > this.words.freq(n)) return false;
    // (دور الـ 16: a rank noun before the article ranks)
    const b = this.norm(before);
    return !/^(و|ف)?(ب|ل|ك)?ال/.test(b) && !L.ORDINAL_NOUNS.has(procliticForms(b).at(-1)!.form);
  }

  /**
   * بين 200 و300 دولار، من 20 إلى 30 مليار دولار: the first number of a range takes the kind, unit and
   * scale of the second.
   */
  private shareRanges(): void {
    for (let k = 0; k + 1 < this.found.length; k++) {
      const a = this.found[k]!;
      const b = this.found[k + 1]!;
      if (a.draft.kind !== 'cardinal' || b.draft.kind === 'cardinal' || b.draft.kind === 'ordinal') continue;
      const gap = b.first - a.last;
      const conn = this.norm(a.last + 1);
      const glued = gap === 1 && this.norm(b.first).startsWith('و');
      const dash = conn === '-' || conn === '—' || conn === '–';
      if (!glued && !(gap === 2 && (dash || ['و', 'الي', 'حتي', 'او'].includes(conn)))) continue;
      // (بين حوالي 180 ألفا و482 ألف دولار: an approximation between بين and the number)
      const opener = /^(حوالي|نحو|قرابه)$/.test(this.norm(a.first - 1)) ? a.first - 2 : a.first - 1;
      const prev = procliticForms(this.norm(opener)).map((f) => f.form);
      // (3500 إلى 5000 ارهابي: إلى / حتى between two numbers is a range by itself)
      const upTo = gap === 2 && (conn === 'الي' || conn === 'حتي');
      // (3 أو 4 انفجارات: two numbers offered as alternatives share the noun)
      const either = gap === 2 && conn === 'او';
      // (1200 و2160 لترا: two amounts of one unit joined by و, the unit said once after the second)
      // (not in a longer list, عيار 16 و12 و500 ألف كبسولة, nor before a scale the first lacks)
      const pair =
        (glued || conn === 'و') &&
        (b.draft.kind === 'count' || b.draft.kind === 'money') &&
        !!b.draft.unit &&
        b.scale === 0 &&
        this.tokens[a.first - 1]?.kind !== 'number' &&
        this.tokens[a.first - 2]?.kind !== 'number';
      if (!prev.includes('بين') && !prev.includes('من') && !dash && !upTo && !either && !pair) continue;
      if (dash && this.isScore(a.first)) continue;
      a.draft.kind = b.draft.kind;
      a.draft.unit = b.draft.unit;
      if (b.scale > 0 && a.scale === 0) a.draft.value *= b.scale;
    }
  }

  /**
   * أسعارها 50 و70 و130 دينارا: bare numbers in a list of three or more joined by و take the kind and
   * unit of the last, which names them all.
   */
  private shareLists(): void {
    for (let k = this.found.length - 1; k >= 2; k--) {
      const c = this.found[k]!;
      if (c.draft.kind !== 'money' && c.draft.kind !== 'count' && c.draft.kind !== 'percent') continue;
      // (عيار 16 و12 و 500 ألف كبسولة: a last number with a scale word names no list of small ones)
      if (c.scale > 0) continue;
      let m = k - 1;
      while (m >= 0 && this.bareListItem(this.found[m]!, this.found[m + 1]!)) m--;
      if (k - (m + 1) < 2) continue;
      for (let x = m + 1; x < k; x++) {
        const a = this.found[x]!;
        a.draft.kind = c.draft.kind;
        a.draft.unit = c.draft.unit;
      }
    }
  }

  /** A bare number in digits joined by و to the next found number. */
  private bareListItem(a: Found, b: Found): boolean {
    if (a.draft.kind !== 'cardinal' || a.first !== a.last || a.draft.approx) return false;
    if (this.tokens[a.first]!.kind !== 'number') return false;
    return (
      (b.first === a.last + 1 && this.norm(b.first).startsWith('و')) ||
      (b.first === a.last + 2 && this.norm(a.last + 1) === 'و')
    );
  }

  /** الأولى، الثالث عشر، الحادية عشرة، الخامس والعشرون */
  private ordinalWord(i: number): { draft: Draft; last: number } | null {
    const forms = procliticForms(this.norm(i));
    const f = forms.find((x) => L.ORDINAL_WORDS.has(x.form));
    if (!f) return null;
    if (L.MONTH_HEADS.has(this.norm(i - 1))) return null;
    let value = L.ORDINAL_WORDS.get(f.form)!;
    // (والمعتمد الأول: the title after a proclitic too)
    if (value === 1 && procliticForms(this.norm(i - 1)).some((x) => L.TITLE_HEADS.has(x.form))) return null;
    // رقيب أول، الجندي أول، رقيب الأمن أوّل: the grade of a military or police rank, no ranking
    if (
      value === 1 &&
      f.skip === 0 &&
      (this.militaryRank(i - 1) || (this.norm(i - 1).startsWith('ال') && this.militaryRank(i - 2)))
    )
      return null;
    // الحكم الأولي، بشكل أولي: "preliminary" (written with ي, not ى, after a masculine noun)
    if (f.form === 'الاولي' || f.form === 'اولي') {
      const t = this.tokens[i]!;
      const p = this.tokens[i - 1];
      const feminine = p !== undefined && /[ةه]$/.test(this.doc.text.slice(p.start, p.end));
      if (this.doc.text[t.end - 1] === 'ي' && !feminine) return null;
    }
    // أحق وأولى بالاستفادة، إعادة بنائه أولى من بقائه: the indefinite أولى before من or a ب phrase is
    // the elative "more fitting" (not after a feminine noun: خطوة أولى من نوعها)
    if (f.form === 'اولي' && (this.norm(i + 1) === 'من' || /^ب/.test(this.norm(i + 1)))) {
      const p = this.tokens[i - 1];
      if (!p || p.kind !== 'word' || !/ة$/.test(this.doc.text.slice(p.start, p.end))) return null;
    }
    // من جهة ثانية، من ناحية ثانية: "on the other hand"
    if (value === 2 && ['جهه', 'ناحيه'].includes(this.norm(i - 1))) return null;
    // (قناة) الوطنية الأولى، على الوطنية الثانية: the name of a television channel
    if (value <= 2 && f.skip === 0 && this.channelName(i)) return null;
    // قناة "التاسعة"، القناة الثامنة: an ordinal right after قناة names the channel
    const head = QUOTES.has(this.norm(i - 1)) ? i - 2 : i - 1;
    if (/^(و|ف)?(ب|ل)?(ال)?قناه$/.test(this.norm(head))) return null;
    let last = i;
    const next = this.norm(i + 1);
    if ((next === 'عشر' || next === 'عشره') && this.free(i + 1)) {
      value += 10;
      last = i + 1;
    } else if (next.startsWith('وال') && L.ORDINAL_TENS.has(next.slice(1)) && this.free(i + 1)) {
      value += L.ORDINAL_TENS.get(next.slice(1))!;
      last = i + 1;
    } else if (next === 'و' && L.ORDINAL_TENS.has(this.norm(i + 2)) && this.free(i + 2) && value < 10) {
      // الخامسة و العشرين: the و written apart
      value += L.ORDINAL_TENS.get(this.norm(i + 2))!;
      last = i + 2;
    } else if (f.form.startsWith('الحادي')) {
      return null;
    }
    const start = startAfterClitics(this.tokens[i]!, f.skip);
    return { draft: this.draft(start, this.tokens[last]!.end, value, 'ordinal', null, null, null), last };
  }

  /** Classifies a numeral by what follows it; returns the last token used. */
  private quantity(num: Numeral): number {
    // 50 فاصل 2 بالمائة: a decimal read aloud ("50 point 2"), digits on both sides of فاصل
    if (
      num.first === num.last &&
      this.free(num.last + 1) &&
      this.norm(num.last + 1) === 'فاصل' &&
      /^\d+$/.test(this.norm(num.first)) &&
      this.tokens[num.last + 2]?.kind === 'number' &&
      this.free(num.last + 2) &&
      /^\d+$/.test(this.norm(num.last + 2))
    ) {
      const fraction = this.tokens[num.last + 2]!;
      num = {
        ...num,
        value: Number(`${this.norm(num.first)}.${fraction.norm}`),
        last: num.last + 2,
        end: fraction.end,
      };
    }
    // فيلم "3000 ليلة"، مسرحيته "ليلة من ألف ليلة"، إسم "القبو 7": a number in a quoted title
    if (this.inQuotedTitle(num.first, num.last)) return num.last;
    // كل واحد منهم، كلّ واحدة منها: "each one", no count
    if (
      num.first === num.last &&
      !num.hasDigits &&
      /^(واحد|واحده)$/.test(this.norm(num.first)) &&
      /^(و|ف)?(ب|ل)?كل$/.test(this.norm(num.first - 1))
    )
      return num.last;
    let start = num.start;
    let end = num.end;
    let last = num.last;
    let kind: Quantity['kind'] = 'cardinal';
    let unit: string | null = null;
    let casualty: Quantity['casualty'] = null;
    const j = num.last + 1;
    const next = this.free(j) ? this.norm(j) : '';
    const single = num.first === num.last && num.hasDigits;
    // الـ11، الـ 24: the article written before the digits
    // (only when the article is a token of its own: not the end of استقبال 3)
    const articleToken = /^(و|ف)?(ب|ل|ك)?ال$/.test(this.norm(num.first - 1));
    const anyArticle =
      articleToken && this.tokens[num.first]!.kind === 'number'
        ? /(?:^|[^\p{L}]|[وفبل])(ال[ـ-]? ?)$/u.exec(
            this.doc.text.slice(Math.max(0, num.start - 6), num.start),
          )
        : null;
    const article = single ? anyArticle : null;
    // صنف "2": a quote between the rank noun and the number
    const head = QUOTES.has(this.norm(num.first - 1)) ? num.first - 2 : num.first - 1;
    // TF1، F16، أ3: digits glued to letters are part of a code; after أرقام الهاتف, a phone number
    if (single && (this.gluedToLetters(num.first) || this.phoneNumber(num.first))) return num.last;
    // باريس 4 بفرنسا، المنار 2: a small number right after a place's name, before no noun it counts, is
    // part of the name (a university, a district)
    if (single && num.value <= 20 && this.numberedPlace(num.first)) return num.last;
    // بطارية غالاكسي "نوت 7"، طائرة "اف 16": a number after a short word, the two quoted alone, is a model
    // name (no unit, no name of a thing counted)
    if (
      single &&
      QUOTES.has(this.norm(num.first - 2)) &&
      QUOTES.has(this.norm(num.last + 1)) &&
      this.tokens[num.first - 1]?.kind === 'word' &&
      this.norm(num.first - 1).length <= 4
    )
      return num.last;
    // آيفون 7، نوكيا 3310، iOS 6: a model's number; 4 جي: a network's generation (4G)
    if (
      single &&
      Number.isInteger(num.value) &&
      num.value < 10000 &&
      (this.modelName(num.first) || (next === 'جي' && num.value <= 5))
    )
      return num.last;
    // عام 550 قبل الميلاد: a year before the era, no quantity
    if (single && next === 'قبل' && /^(ال)?ميلاد$/.test(this.norm(j + 1))) return num.last;
    // القسم الوطني ألف (division A, as القسم الوطني باء): a letter naming a division, no thousand
    if (
      num.first === num.last &&
      this.norm(num.first) === 'الف' &&
      /^(ال)?وطني$/.test(this.norm(num.first - 1)) &&
      /^(و|ف)?(ب|ل|لل)?(ال)?قسم$/.test(this.norm(num.first - 2))
    )
      return num.last;
    // لسنة 1438 هـ: a Hijri year (not converted without its month), no quantity
    if (single && /^ه[ـ]?$/.test(next)) return num.last;
    // للعام الهجري الحالي 1438، السنة الهجرية 1438: the year after الهجري in the three words before
    if (single && num.value >= 1300 && num.value < 1600 && Number.isInteger(num.value))
      for (let k = num.first - 1; k >= Math.max(this.from, num.first - 3); k--)
        if (/^(ال)?هجري(ه)?$/.test(this.norm(k))) return num.last;
    // رمضان 2017: the Gregorian year of a Hijri month (left out by times), no quantity
    if (single && this.hijriMonths.has(this.norm(num.first - 1)) && /^\d{4}$/.test(this.norm(num.first)))
      return num.last;
    // ملعب 15 أكتوبر: a day before a month that times left out is part of a name
    if (single && this.months.has(next)) return num.last;
    // الوطنية 1، فورمولا 1: the number of a channel or a racing series is part of its name
    if (
      single &&
      num.value <= 2 &&
      (this.channelName(num.first) || /^(ال)?فورمولا$/.test(this.norm(num.first - 1)))
    )
      return num.last;
    // قناة فرانس 24، قناة "تي في 5 موند": the number in a channel's name
    if (single)
      for (let k = num.first - 1; k >= Math.max(this.from, num.first - 4); k--)
        if (/^(و|ف)?(ب|ل)?(ال)?قنا(ه|ته)$/.test(this.norm(k))) return num.last;
    const kmPoint =
      this.tokens[num.first - 1]?.kind === 'word' && this.norm(num.first - 1).endsWith('كلم')
        ? procliticForms(this.norm(num.first - 1)).find((f) => f.form === 'كلم' || f.form === 'الكلم')
        : undefined;

    const scaledCurrency = single && next === ')' ? this.bracketedScaleCurrency(num) : -1;
    if (scaledCurrency > 0) {
      // بقيمة (174) مليون ريال: digits in brackets, then a scale word and a currency outside them (the span
      // stays the digits, as for a bracketed unit); (4.195.000) مليون ريال: digits already past the scale
      // are the whole amount
      kind = 'money';
      unit = L.CURRENCIES.get(this.norm(scaledCurrency))!;
      const scale = readNumeral(this.tokens, j + 1, this.to)!.scale;
      if (num.value < scale) num = { ...num, value: num.value * scale, scale };
      last = scaledCurrency;
    } else if (single && this.listItem(num, next)) {
      // "1 تكثيف المراقبة …" at the start of a line: the number of an item in a list
      kind = 'ordinal';
    } else if (single && kmPoint !== undefined && this.tokens[num.first - 2]?.kind !== 'number') {
      // من كلم 4 إلى كلم 7، بالكلم 16,5: a kilometre point on a road
      kind = 'count';
      unit = 'km';
      start = startAfterClitics(this.tokens[num.first - 1]!, kmPoint.skip);
    } else if (single && (next === "'" || next === '’') && this.glued(j) && num.value <= 130) {
      // 51' علي العابدي: the minute of a goal
      kind = 'ordinal';
    } else if (single && next === 'ن') {
      // 6ن، 15 ن: points in a standings table
      kind = 'count';
      unit = 'point';
      end = this.tokens[j]!.end;
      last = j;
    } else if (this.free(j) && (next === 'م' || next === 'ا') && this.dinarAfter(j + 1) > 0) {
      // 3551 م د، 250 أ د: million and thousand dinars (Tunisian budget notation)
      kind = 'money';
      unit = 'dinar';
      last = this.dinarAfter(j + 1);
      end = this.tokens[last]!.end;
      num = { ...num, value: num.value * (next === 'م' ? 1e6 : 1e3) };
    } else if (
      single &&
      this.norm(num.first).length <= 2 &&
      next === '-' &&
      this.glued(j) &&
      this.tokens[j + 1]?.kind === 'word' &&
      this.glued(j + 1) &&
      // (بنتيجة 2-صفر: a score, the other side a number word)
      !isNumeralWord(this.norm(j + 1)) &&
      this.norm(j + 1) !== 'صفر'
    ) {
      // 1-الفتح الرباطي، 4-جمعية الحمامات: a rank in a list or a standings table
      kind = 'ordinal';
    } else if (
      single &&
      num.value <= 40 &&
      (next === '-' || this.norm(j).startsWith('-')) &&
      this.norm(num.first - 1) === 'ن'
    ) {
      // الإتحاد المنستيري 13 ن 5 - سبورتينغ بن عروس: the next rank of a standings table, after points
      kind = 'ordinal';
    } else if (
      article &&
      !L.PERCENT_WORDS.has(next) &&
      next !== '%' &&
      // (الـ10 د، الـ500 دينار: an amount of money)
      !L.DINAR_ABBREVIATIONS.has(next) &&
      !L.CURRENCIES.has(next) &&
      // (الـ124 ميلا: a measure; الـ 100 شخص: a count of a known noun)
      !L.NOUNS.has(next) &&
      // (ناهز عددهم الـ 50، تجاوز العدد الـ 300: a number a count reaches, no rank)
      ![1, 2].some((d) => /^(و|ف)?(ال)?عدد(هم|ها|هما)?$/.test(this.norm(num.first - d))) &&
      // (منع التوريد من الـ21 مؤسسة: the article on a number before an indefinite noun, with no definite
      // noun before it to rank, makes the count definite: "the 21 plants", no rank)
      !this.definiteCount(num.first - 2, j)
    ) {
      // (الـ 2 بالمائة is a percent)
      kind = 'ordinal';
      start = num.start - article[1]!.length;
    } else if (
      single &&
      ((L.ORDINAL_NOUNS.has(procliticForms(this.norm(head)).at(-1)!.form) && this.norm(head) !== '') ||
        L.RANK_AFTER.has(next))
    ) {
      kind = 'ordinal';
    } else if (next === ')' && this.norm(num.first - 1) === '(' && this.bracketedPercent(j + 1) > 0) {
      // توفير (24) في المائة: digits in brackets, then the percent (the span stays the digits, as for a
      // bracketed unit)
      kind = 'percent';
      last = this.bracketedPercent(j + 1);
    } else if (next === '%' || next === '٪' || L.PERCENT_WORDS.has(next)) {
      kind = 'percent';
      end = this.tokens[j]!.end;
      last = j;
    } else if ((next === '°' || next === 'º') && this.glued(j)) {
      // 15° (a temperature): degrees, as 15 درجة
      kind = 'count';
      unit = 'درجه';
      end = this.tokens[j]!.end;
      last = j;
    } else if (next === 'في' && L.PERCENT_AFTER_FI.has(this.norm(j + 1)) && this.free(j + 1)) {
      kind = 'percent';
      end = this.tokens[j + 1]!.end;
      last = j + 1;
    } else if (L.CURRENCY_SYMBOLS.has(this.norm(num.first - 1)) || L.CURRENCY_SYMBOLS.has(next)) {
      kind = 'money';
      unit = L.CURRENCY_SYMBOLS.get(this.norm(num.first - 1)) ?? L.CURRENCY_SYMBOLS.get(next)!;
      if (L.CURRENCY_SYMBOLS.has(next)) {
        end = this.tokens[j]!.end;
        last = j;
      } else start = this.tokens[num.first - 1]!.start;
    } else if (this.free(j) && L.DINAR_ABBREVIATIONS.has(next)) {
      // 80,000 د: the Tunisian notation of dinars with three decimals (millimes)
      kind = 'money';
      unit = 'dinar';
      end = this.tokens[j]!.end;
      last = j;
      // الـ10 د: the article is part of the amount
      if (article) start = num.start - article[1]!.length;
      const digits = this.tokens[num.first]!.norm;
      if (/^\d{1,3},\d{3}$/.test(digits) && num.first === num.last) {
        const value = Number(digits.replace(',', '.'));
        this.found.push({
          draft: this.draft(start, end, value, kind, unit, this.approxBefore(num.first), null),
          first: num.first,
          last,
          scale: num.scale,
        });
        return last;
      }
    } else if (
      next &&
      !(single && (this.isScore(num.first) || this.bareScoreAgainst(num.first))) &&
      // الطريق رقم 17: an identifier counts nothing
      // (الرحلة عدد 721، القانون عدد 25: عدد before a number is "number")
      (!procliticForms(this.norm(num.first - 1)).some((f) => ['رقم', 'الرقم', 'عدد'].includes(f.form)) ||
        this.countOf(num.first - 1))
    ) {
      // عيار (12,7) ميليمتر: digits in brackets, then their unit (the span stays the digits)
      const bracketed = next === ')' && this.norm(num.first - 1) === '(' && !isNumeralWord(this.norm(j + 1));
      // 6 "براكاجات": a loanword's plural in ات in quotes is counted (a broken plural in quotes, 4 "حيتان",
      // is a figure of speech, and stays a bare number)
      const quoted =
        !bracketed &&
        QUOTES.has(next) &&
        this.tokens[j + 1]?.kind === 'word' &&
        QUOTES.has(this.norm(j + 2)) &&
        // (42 "مجموعة": after 11 and more, a singular in ة is the counted noun too)
        (/^.{3,}ات$/.test(this.norm(j + 1)) ||
          (num.value >= 11 && endsInTaMarbuta(this.doc.text, this.tokens[j + 1]!.end))) &&
        !isNumeralWord(this.norm(j + 1));
      const noun = bracketed || quoted ? this.countedNoun(j + 1, num) : this.countedNoun(j, num);
      if (noun && (bracketed || quoted) && (noun.currency || !noun.unit)) {
        // (a bracketed number before anything else counts nothing; nor one before a quoted currency)
      } else if (noun) {
        if (quoted) noun.last++;
        if (!bracketed) end = this.tokens[noun.last]!.end;
        last = noun.last;
        // 200 متر مربع، 3 كلم مربع: a unit of area (or volume) keeps its written form
        const power = this.free(last + 1) ? this.norm(last + 1) : '';
        if ((power === 'مربع' || power === 'مكعب') && noun.unit && L.MEASURE_UNITS.has(noun.unit)) {
          last++;
          end = this.tokens[last]!.end;
          noun.unit = `${this.norm(noun.last)} ${power}`;
        }
        // 30 كيلو جراما، 16 ميجا بيكسل، 3000 ميللي أمبير: a metric prefix written apart from its unit
        const prefix = this.norm(noun.last);
        if (UNIT_PREFIX.test(prefix) && this.free(last + 1) && UNIT_AFTER_PREFIX.test(this.norm(last + 1))) {
          const base = this.norm(last + 1);
          last++;
          end = this.tokens[last]!.end;
          noun.unit =
            prefix === 'كيلو' && /^(ج|غ)رام/.test(base)
              ? 'kg'
              : prefix === 'كيلو' && base.startsWith('متر')
                ? 'km'
                : `${prefix} ${base}`;
        }
        if (noun.currency) {
          kind = 'money';
          unit = noun.currency;
        } else {
          kind = 'count';
          unit = noun.unit;
          casualty = noun.casualty;
          // الـ124 ميلا: the article is part of the measure
          if (article && noun.unit && L.MEASURE_UNITS.has(noun.unit)) start = num.start - article[1]!.length;
          // 10.800 تذكرة: things counted one by one have no fraction, so the point groups thousands
          if (
            num.first === num.last &&
            /^\d{1,4}[.,]\d{3}$/.test(this.tokens[num.first]!.norm) &&
            !(unit && L.MEASURE_UNITS.has(unit))
          ) {
            // ((12,794) خريج: a comma groups them too)
            num = { ...num, value: Number(this.tokens[num.first]!.norm.replace(/[.,]/, '')) };
          }
          // 40 كلم/س، 100 كلم في الساعة: a speed
          if (unit === 'km') {
            const a = this.norm(last + 1);
            const b = this.norm(last + 2);
            if ((a === '/' && (b === 'س' || b === 'ساعه')) || (a === 'في' && b === 'الساعه')) {
              unit = 'km/h';
              if (a === '/') {
                last += 2;
                end = this.tokens[last]!.end;
              }
            }
          }
        }
      }
    }
    // 2 مليار دينار ونصف، 4 أمتار ونصف المتر: and a half of the scale, or of the unit
    if (
      (kind === 'count' || kind === 'money') &&
      unit &&
      this.free(last + 1) &&
      this.norm(last + 1) === 'ونصف'
    ) {
      num = { ...num, value: num.value + (num.scale > 0 ? num.scale : 1) / 2 };
      last++;
      const again = this.norm(last + 1);
      const againUnit = again.startsWith('ال')
        ? (L.NOUNS.get(again.slice(2))?.unit ?? L.CURRENCIES.get(again.slice(2)))
        : undefined;
      if (this.free(last + 1) && againUnit === unit) last++;
      end = this.tokens[last]!.end;
    }
    // بلغ عدد المصابين 7.593: a number of things counted (عدد shortly before) has no fraction, so a point
    // before three digits groups thousands
    if (
      kind === 'cardinal' &&
      num.first === num.last &&
      /^\d{1,3}\.\d{3}$/.test(this.tokens[num.first]!.norm) &&
      [1, 2, 3, 4].some((d) => procliticForms(this.norm(num.first - d)).some((f) => f.form === 'عدد'))
    )
      num = { ...num, value: Number(this.tokens[num.first]!.norm.replace('.', '')) };
    // بنسبة 2،5: a percent
    if (kind === 'cardinal' && this.percentCued(num.first)) kind = 'percent';
    // دور الثمانية، الذكرى الستين: a definite number word after a rank noun is a rank
    if (kind === 'cardinal' && !num.hasDigits && !num.vague) {
      const w = procliticForms(this.norm(num.first)).at(-1)!.form;
      if (w.startsWith('ال') && L.ORDINAL_NOUNS.has(procliticForms(this.norm(num.first - 1)).at(-1)!.form))
        kind = 'ordinal';
      // عيد ميلاده الثمانين، ذكرى تأسيسها الخمسين: an anniversary, the noun between ending in a pronoun
      else if (
        w.startsWith('ال') &&
        /(ه|ها|هم|هما)$/.test(this.norm(num.first - 1)) &&
        procliticForms(this.norm(num.first - 2)).some((f) => ANNIVERSARY.has(f.form))
      )
        kind = 'ordinal';
    }
    // سوسة 2، دائرة تونس 2: a small number right after a place names a district
    if (
      kind === 'cardinal' &&
      single &&
      num.value < 100 &&
      this.places.has(this.tokens[num.first - 1]?.end ?? -1) &&
      !this.approxBefore(num.first) &&
      next !== '-' &&
      this.tokens[j]?.kind !== 'number'
    )
      return last;
    // a casualty verb before a count of people, or before a bare number (مقتل 6 من عناصره); before
    // a noun kept in its written form too (قتل 25 مجندا، إيقاف 3 تجار)
    const rawUnit = kind === 'count' && unit !== null && !/^[a-z]/.test(unit);
    if (!casualty && ((kind === 'count' && unit && L.PERSON_UNITS.has(unit)) || kind === 'cardinal')) {
      casualty = this.casualtyBefore(num.first, kind === 'count') ?? this.tallyOf(num.first);
    } else if (!casualty && rawUnit && !L.ANIMALS.has(unit ?? '')) {
      casualty = this.rawCasualty(num.first);
    }
    // 1792 شخصا قتلوا، سبعة رجال لقوا حتفهم: a casualty verb right after the count
    // (also past على الأقل and a comma: 3 أشخاص على الأقل، أصيبوا بجروح)
    if (!casualty && (kind === 'count' || kind === 'cardinal') && this.free(last + 1)) {
      let k = last + 1;
      if (this.norm(k) === 'علي' && this.norm(k + 1) === 'الاقل') k += 2;
      if (this.norm(k) === '،' || this.norm(k) === ',') k++;
      casualty = L.CASUALTY_AFTER.get(this.norm(k)) ?? null;
      // 11 عسكريا كولومبيا قتلوا: past an adjective in the accusative, a plural verb
      if (!casualty && kind === 'count' && this.free(k) && /^[^و].{2,}(يا|يين)$/.test(this.norm(k))) {
        const verb = this.norm(k + 1);
        if (verb.endsWith('وا')) casualty = L.CASUALTY_AFTER.get(verb) ?? null;
      }
      // 3 أشخاص كانوا محتجزين: a participle of detention after كان
      if (!casualty && /^(كانوا|كان|كانت|كن)$/.test(this.norm(k)))
        casualty = L.NOUNS.get(this.norm(k + 1))?.casualty === 'detained' ? 'detained' : null;
    }
    // 4 من جرحى الحادث: digits before من stay a cardinal (as annotated), of the casualties named after
    if (!casualty && kind === 'cardinal' && next === 'من' && this.free(j + 1)) {
      const after = this.norm(j + 1);
      casualty = L.NOUNS.get(after.startsWith('ال') ? after.slice(2) : after)?.casualty ?? null;
    }
    // تجاوزت الـ2.5 مليون مشاهدة، بما يناهز الـ 500 ألف دينار: the article before an amount is in its
    // span (not a percent's, as session 5 annotated الـ 3 بالمائة), and the approximation is read before it
    if (anyArticle && kind !== 'ordinal' && kind !== 'percent' && start === num.start)
      start = num.start - anyArticle[1]!.length;
    // أصيب نحو ألف شخص بجروح، 5 منهم إصاباتهم بالغة: a part of a group counted before keeps its casualty
    if (!casualty && kind === 'cardinal' && /^(منهم|منهن|منهما)$/.test(next)) {
      for (let k = this.found.length - 1; k >= 0 && !casualty; k--) casualty = this.found[k]!.draft.casualty;
    }
    // سعرها 400 ألف دينار منها 150 ألف تم دفعها نقدا: a part, in thousands or millions, of an amount of money
    // named before in the sentence is money of the same currency
    if (kind === 'cardinal' && num.scale >= 1e3 && /^(و|ف)?(منها|منه)$/.test(this.norm(num.first - 1))) {
      const whole = this.found.at(-1)?.draft;
      if (whole?.kind === 'money' && whole.unit) {
        kind = 'money';
        unit = whole.unit;
      }
    }
    // فاقت الـ(174) مليون ريال، أكثر من (20) شخصا: the approximation before the opening bracket
    let approxAt = anyArticle ? num.first - 1 : num.first;
    if (single && this.norm(num.first - 1) === '(' && this.norm(num.last + 1) === ')')
      approxAt = /^ال$/.test(this.norm(num.first - 2)) ? num.first - 2 : num.first - 1;
    let approx = this.approxBefore(approxAt);
    if (!approx) approx = this.approxAfter(last + 1);
    // 3 جنود صهاينة على الأقل: after an adjective of the counted noun
    if (
      !approx &&
      kind === 'count' &&
      this.tokens[last + 1]?.kind === 'word' &&
      !this.norm(last + 1).startsWith('و')
    )
      approx = this.approxAfter(last + 2);
    if (!approx && num.vague) approx = 'at-least';
    // لا يتعدى طولها 40 سنتيمترا وعرضها 30: the second measure, joined by و, under the same verb
    const before = this.found.at(-1);
    // (لم تتجاوز نسبة المشروبات 84 بالمائة والعصائر 60 بالمائة: any noun after a negated verb's bound)
    if (
      !approx &&
      (kind === 'count' || kind === 'percent') &&
      before?.draft.approx &&
      before.draft.kind === kind &&
      before.draft.unit === unit &&
      before.last === num.first - 2 &&
      (/^و.{2,}(ها|ه|هم|هما)$/.test(this.norm(num.first - 1)) ||
        (before.draft.approx === 'at-most' && /^و.{3,}$/.test(this.norm(num.first - 1))))
    )
      approx = before.draft.approx;
    // ناهز على التوالي 2،7 بالمائة و11،3 بالمائة، بحوالي 5 و7 بالمائة على التوالي: amounts given
    // "respectively" share the approximation of the first
    if (
      !approx &&
      before?.draft.approx &&
      before.draft.kind === kind &&
      (before.last === num.first - 2 ? this.norm(num.first - 1) === 'و' : before.last === num.first - 1) &&
      ((this.norm(before.first - 1) === 'التوالي' && this.norm(before.first - 2) === 'علي') ||
        (this.norm(last + 1) === 'علي' && this.norm(last + 2) === 'التوالي'))
    )
      approx = before.draft.approx;
    this.found.push({
      draft: this.draft(start, end, num.value, kind, unit, approx, casualty),
      first: num.first,
      last,
      scale: num.scale,
    });
    return last;
  }

  /** The noun counted by a number: شخص، مدنيا، دينار، ملفات; through "من" after vague plurals. */
  private countedNoun(
    j: number,
    num: Numeral,
  ): { last: number; unit: string | null; casualty: Quantity['casualty']; currency: string | null } | null {
    let k = j;
    // المواليد الأربعة لديهم، الحراس الثلاثة: a number word with the article follows what it counts
    const single = num.first === num.last && !num.hasDigits && !num.vague;
    const word = procliticForms(this.norm(num.first)).at(-1)!.form;
    // (but الألفي دينار, a scale in construct, counts the noun after it)
    // (nor المليون دينار، المليار دينار: a definite scale before a currency is that amount)
    if (
      single &&
      word.startsWith('ال') &&
      isNumeralWord(word.slice(2)) &&
      !/^ال(الفي|مليوني|ملياري)$/.test(word) &&
      // (فاقت الثلاثة أضعاف: "three times", the multiplier counted)
      this.norm(j) !== 'اضعاف' &&
      !(/^ال(مليون|مليار)$/.test(word) && L.CURRENCIES.has(this.norm(j))) &&
      // (ما يقارب الثلاثين كيلوغراما: 11 to 99 with the article still counts a singular in the accusative)
      !this.tamyizAfterDefinite(num, j) &&
      // (يقارب طوله الخمسة أمتار: a unit of measure or a currency after it is what it measures; قرابة
      // المليون شخص: a definite scale before a known counted noun counts it)
      !this.measureAfterDefinite(j) &&
      !(/^ال(مليون|مليار|الف)$/.test(word) && this.free(j) && L.NOUNS.has(this.norm(j)))
    )
      return null;
    // تظاهر بالآلاف دفاعا عن…: a vague plural with the article counts a noun only through من
    // (آلاف، whose hamza the norm drops, is no article)
    if (
      num.vague &&
      num.first === num.last &&
      word.startsWith('ال') &&
      word.length > 4 &&
      isNumeralWord(word.slice(2)) &&
      this.norm(j) !== 'من'
    )
      return null;
    // عشرات من المدنيين، آلاف من اللاجئين; 10 مليارات من المليمات (a scale of money, through من)
    if (this.norm(k) === 'من' && (num.vague || !num.hasDigits)) k++;
    // 6 من المتهمين، 3 آلاف من البالغين: digits before من and a definite plural of people count them too (but
    // 24 من البطولة، 92 من الدستور: an article or a round of a whole)
    else if (
      this.norm(k) === 'من' &&
      (this.peopleAfterMin(k + 1) || (Number.isInteger(num.value) && this.pluralAfterMin(k + 1)))
    )
      k++;
    else if (
      this.norm(k) === 'من' &&
      num.scale >= 1e6 &&
      num.first < num.last &&
      L.CURRENCIES.has(this.norm(k + 1).replace(/^ال/, ''))
    )
      k++;
    if (!this.free(k) || this.tokens[k]!.kind !== 'word') return null;
    const n = this.norm(k);
    // (آلات "machines" is no article and ات; nor the hamza of ألعاب، ألوان, which the norm drops)
    const hamza = /^[وف]?[بلك]?[أإآ]ل/.test(this.doc.text.slice(this.tokens[k]!.start, this.tokens[k]!.end));
    const bare = n.startsWith('ال') && n.length > 4 && !hamza ? n.slice(2) : n;
    // a definite noun is counted only after a word numeral or a scale: ثلاثة آلاف اللاجئين is rare,
    // but آلاف اللاجئين، عشرات القتلى، مئات الأشخاص are the norm
    const definite = bare !== n;
    if (definite && num.hasDigits && num.first === num.last && k === j) return null;
    // 10 بالمرتفعات، 5 للمشاركين: a preposition and the article, the start of another phrase
    // (but بالغ، بالون: a noun in بال with no word after the article)
    if (/^(و|ف)?(بال|كال|لل)../.test(n)) return null;
    const currency = L.CURRENCIES.get(bare);
    if (currency) return { last: k, unit: null, casualty: null, currency };
    const noun = L.NOUNS.get(bare);
    // 100 طالب شغل: job seekers, not students (their written form)
    const jobSeekers = noun?.unit === 'student' && /^(ال)?(شغل|عمل)$/.test(this.norm(k + 1));
    if (noun && !jobSeekers) return { last: k, unit: noun.unit, casualty: noun.casualty, currency: null };
    // عشرات الإمضاءات: a definite noun after a vague plural is what it counts; after من too (عشرات
    // الآلاف من نسخ، ثلاثة من اللاعبين), but not a superlative or a whole (واحد من أهم، خمسة من أصل)
    if (k !== j) {
      // وواحد من الصومال، 3 من تونس: "from" a place, no partitive
      if (NOT_PARTITIVE.has(bare) || this.placeEndsAt(this.tokens[k]!.end)) return null;
    } else if (definite && !(num.vague && !num.hasDigits)) return null;
    if (
      L.NOT_NOUNS.test(n) ||
      (n.length < 3 && !L.SHORT_UNITS.has(n)) ||
      (n.startsWith('ي') && !this.tanwinTamyiz(num, k))
    )
      return null;
    // 2600 وذلك، 5 ومن: a conjunction before a function word opens the next clause
    if ((n[0] === 'و' || n[0] === 'ف') && L.NOT_NOUNS.test(n.slice(1))) return null;
    // 100 مليار مؤكدا أن…: a participle of a verb of saying opens the next clause
    if (REPORTING_PARTICIPLES.test(n)) return null;
    // ملعب 15 أكتوبر، حي 02 مارس: a month is never counted
    if (this.months.has(n)) return null;
    // اثنين حالتهم خطيرة، 3 منازلهم: a noun with a pronoun attached is no counted noun (which is
    // indefinite), but the start of a clause about what was counted
    // (a singular, whose ة is written ت before the pronoun; ثمانية أضعافها، ثلاث سياراتهم: a plural in
    // construct with a pronoun is counted)
    const pronoun = /^(.{2,}[^ا]ت)(هم|هما|هن|ها)$/.exec(n);
    // (حالتهم: the ة of the stem written ت before the pronoun)
    const stem = pronoun?.[1]?.endsWith('ت') ? `${pronoun[1].slice(0, -1)}ه` : pronoun?.[1];
    if (stem && Math.max(this.words.freq(stem), this.words.freq(pronoun![1]!)) > 2 * this.words.freq(n) + 2)
      return null;
    // 1003 لقوا مصرعهم، قتلوا: a verb in the plural past is no counted noun
    // (41 عضوا: the accusative of a noun in و, more common without its alif)
    const accusative = n.endsWith('وا') && this.words.freq(n.slice(0, -1)) > 2 * this.words.freq(n);
    if ((n.endsWith('وا') && !accusative) || L.CASUALTY_AFTER.has(n)) return null;
    // 108 بوزن: a preposition glued to a noun; 3 وانتهى: a conjunction before the next clause
    // (4 لجان: a broken plural in ل, as common as the name جان, needs its ل+word reading far commoner)
    // (11 فنانا: a noun in the accusative counts with its bare form, فنان, against نانا)
    const own = this.words.freq(n) + (n.endsWith('ا') && n.length > 3 ? this.words.freq(n.slice(0, -1)) : 0);
    const glued = this.words.freq(n.slice(1)) > (n[0] === 'ل' ? 2 : 1) * own;
    // 60 فلما، 25 بلدا: after 11 to 99 the counted noun is a singular in the accusative (ـا), a known
    // word without its alif, not a particle glued to a word (فـلمّا); but not بدلا من، فضلا عن
    const hundreds = num.value % 100;
    const tamyiz =
      Number.isInteger(num.value) &&
      hundreds >= 11 &&
      n.length >= 4 &&
      n.endsWith('ا') &&
      this.words.freq(n.slice(0, -1)) >= 3 &&
      !/^(من|عن|علي)$/.test(this.norm(k + 1));
    // 10 كواكب، 4 فنادق، 3 بواخر: after three to ten, a word of a broken plural's shape (فواعل، فعائل، فعالل)
    // is the counted plural, not a particle glued to a verb (ك + واكب)
    const brokenPlural =
      Number.isInteger(num.value) &&
      num.value >= 3 &&
      num.value <= 10 &&
      n.length === 5 &&
      n[2] === 'ا' &&
      !/[اهي]$/.test(n);
    if (/^[بلكوف]/.test(n) && glued && !tamyiz && !brokenPlural) return null;
    // 3 ستتحول: a verb in the future; مليون تضررت: a verb in the past (feminine)
    // (77 وسيلة، وسيط: a noun whose root starts with و, far more common whole than without it, is no
    // و + a future verb)
    const wawNoun = n[0] === 'و' && this.words.freq(n) > 4 * this.words.freq(n.slice(1)) + 4;
    // (واحدة احترقت، اثنتان انفجرتا: a past verb of the derived forms in ا…ت, انفعل / افتعل / استفعل)
    if ((isFutureVerb(n) && !wawNoun) || /^ت..+[^ا]ت$/.test(n) || /^ا.{3,}[^ا]تا?$/.test(n)) return null;
    // خمسة ترتبط، من أصل 15 تعد: a verb in the present (its يـ form is a known word), not a noun (تلاميذ، تجار)
    // (but 360 تحرك احتجاجي: a nisba adjective after it makes it a noun, تحرك "a protest")
    const nisbaAfter =
      this.free(k + 1) &&
      this.tokens[k + 1]?.kind === 'word' &&
      /^(?!ال).{3,}ي$/.test(this.norm(k + 1)) &&
      !L.NOT_NOUNS.test(this.norm(k + 1));
    if (n.startsWith('ت') && n.length >= 3 && this.words.freq(`ي${n.slice(1)}`) >= 3 && !nisbaAfter)
      return null;
    // بمعدل 19.27 تقنية: a fraction counts no noun in ية (a branch, a kind), only units
    // (but 2.5 ثانية: the second, a unit)
    if (
      !Number.isInteger(num.value) &&
      n.endsWith('يه') &&
      n !== 'ثانيه' &&
      endsInTaMarbuta(this.doc.text, this.tokens[k]!.end)
    )
      return null;
    let casualty = L.RAW_CASUALTY_NOUNS.get(n) ?? null;
    const after = this.free(k + 1) ? procliticForms(this.norm(k + 1)) : [];
    // 1659 إصابة بسرطان الأمعاء: cases of an illness; 15 حالة اختناق: cases of suffocation, people hurt
    if (casualty === 'injured' && after.some((f) => f.skip > 0 && L.DISEASES.has(f.form))) casualty = null;
    if (!casualty && /^(حاله|حالات)$/.test(n) && after.some((f) => L.HARM_CASES.has(f.form)))
      casualty = 'injured';
    // أربع حالات وفاة: cases of death
    if (!casualty && /^(حاله|حالات)$/.test(n) && this.norm(k + 1) === 'وفاه' && this.free(k + 1))
      casualty = 'killed';
    return { last: k, unit: n, casualty, currency: null };
  }

  /**
   * Tokens [first, last] inside quotation marks that open right after a noun naming a work or a name
   * (فيلم، مسرحية، رواية، برنامج، بعنوان، إسم): a title, whose numbers are no quantities.
   */
  private inQuotedTitle(first: number, last: number): boolean {
    let open = -1;
    for (let k = first - 1; k >= Math.max(this.from, first - 5); k--) {
      const t = this.tokens[k]!;
      if (QUOTES.has(t.norm)) {
        open = k;
        break;
      }
      if (t.kind === 'punct' || t.kind === 'number') return false;
    }
    if (open < 0 || open - 1 < this.from) return false;
    // (الفيلم الفلسطيني "3000 ليلة": a nisba adjective between the noun and the title)
    const nisba = /^ال.{2,}ي$/.test(this.norm(open - 1)) && open - 2 >= this.from;
    const head = nisba ? open - 2 : open - 1;
    if (!procliticForms(this.norm(head)).some((f) => TITLE_NOUNS.has(f.form))) return false;
    for (let k = last + 1; k < Math.min(this.to, last + 6); k++) {
      const t = this.tokens[k]!;
      if (QUOTES.has(t.norm)) return true;
      if (t.kind === 'punct') return false;
    }
    return false;
  }

  /** رقيب، الجندي، عريف، ملازم، وكيل، مساعد: a rank whose grade أول follows it. */
  private militaryRank(k: number): boolean {
    return (
      k >= this.from && this.free(k) && procliticForms(this.norm(k)).some((f) => MILITARY_RANKS.has(f.form))
    );
  }

  /** الثلاثين كيلوغراما: a number word of 11 to 99 with the article, then a known noun in the accusative. */
  /** The word at j is an indefinite unit of measure or currency (أمتار، دنانير), the article on the number. */
  private measureAfterDefinite(j: number): boolean {
    if (!this.free(j) || this.tokens[j]?.kind !== 'word') return false;
    const n = this.norm(j);
    const noun = L.NOUNS.get(n);
    return L.CURRENCIES.has(n) || (noun !== undefined && L.MEASURE_UNITS.has(noun.unit));
  }

  private tamyizAfterDefinite(num: Numeral, j: number): boolean {
    if (num.value < 11 || num.value > 99 || !Number.isInteger(num.value) || !this.free(j)) return false;
    if (this.tokens[j]?.kind !== 'word') return false;
    const n = this.norm(j);
    return n.length >= 5 && n.endsWith('ا') && !n.startsWith('ال') && this.words.freq(n.slice(0, -1)) >= 3;
  }

  /**
   * آيفون 7، نوكيا 3310، لوميا 1520، iOS 6، دوجي تي 6: the number after a Latin word, a brand or
   * product line, or a Latin letter spelled in Arabic after a name, is part of a model's name.
   */
  private modelName(first: number): boolean {
    const k = first - 1;
    if (k < this.from || !this.free(k)) return false;
    const p = this.tokens[k]!;
    // (but PKT 1 بندقية: a number before its counted noun ends a list's Latin name)
    if (p.kind === 'latin') {
      const n = this.tokens[first + 1];
      const counts =
        first + 1 < this.to && n?.kind === 'word' && !n.norm.startsWith('ال') && !L.NOT_NOUNS.test(n.norm);
      return /\p{L}{2,}/u.test(p.norm) && !counts;
    }
    if (p.kind !== 'word') return false;
    if (procliticForms(p.norm).some((f) => MODEL_LINES.has(f.form))) return true;
    return (
      LETTER_NAMES.has(p.norm) &&
      k - 1 >= this.from &&
      (this.tokens[k - 1]!.kind === 'latin' ||
        (this.tokens[k - 1]!.kind === 'word' && !L.NOT_NOUNS.test(this.norm(k - 1))))
    );
  }

  /**
   * A small number opening a line before a verbal noun (تفعيل، إفعال، افتعال، استفعال: تكثيف، إحداث،
   * اعتماد، استكمال) numbers an item of a list; a count would name what it counts.
   */
  private listItem(num: Numeral, next: string): boolean {
    if (num.first !== this.from || num.value > 30 || !Number.isInteger(num.value)) return false;
    // (the first thing in the text, or the first after a line break)
    let k = num.start - 1;
    while (k >= 0 && (this.doc.text[k] === ' ' || this.doc.text[k] === '\t')) k--;
    if (k >= 0 && this.doc.text[k] !== '\n') return false;
    if (L.NOUNS.has(next) || L.CURRENCIES.has(next)) return false;
    return /^(ت..ي.|ا..ا.|ا.ت.ا.|است...ا.)$/.test(next);
  }

  /** Digits glued to Latin letters or to a lone letter (TF1، 4G، أ3): a code, not a quantity. */
  private gluedToLetters(k: number): boolean {
    const t = this.tokens[k]!;
    const p = this.tokens[k - 1];
    const n = this.tokens[k + 1];
    if (k > this.from && p && p.end === t.start) {
      // (not و15، ب30: a proclitic written apart from the digits)
      if (p.kind === 'latin' || (p.kind === 'word' && p.end - p.start === 1 && !'وفبلك'.includes(p.norm)))
        return true;
    }
    // نوت-7، F-16: a name and its number joined by a hyphen
    const q = this.tokens[k - 2];
    if (
      k - 2 >= this.from &&
      p?.norm === '-' &&
      p.end === t.start &&
      q &&
      q.end === p.start &&
      q.kind !== 'number'
    )
      return true;
    return k + 1 < this.to && n !== undefined && n.start === t.end && n.kind === 'latin';
  }

  /** A number of six digits or more after الهاتف / الفاكس in the three words before. */
  private phoneNumber(k: number): boolean {
    const digits = this.tokens[k]!.norm.replace(/\D/g, '').length;
    for (let b = k - 1; b >= Math.max(this.from, k - 4); b--) {
      const forms = procliticForms(this.norm(b));
      if (digits >= 6 && forms.some((f) => PHONE_WORDS.has(f.form))) return true;
      // الرقم الأخضر 1899، رقم أخضر مجاني 80100200: a toll-free number, whatever its length
      if (forms.some((f) => f.form === 'الاخضر' || f.form === 'اخضر') && /رقم$/.test(this.norm(b - 1)))
        return true;
      // الرقم 81100700، على الرقم 71 335 000، على الرقم التالي : 52262584، الأرقام التالية : 71.123.456:
      // eight digits after رقم / الأرقام are a Tunisian phone number
      if (digits === 8 && forms.some((f) => PHONE_NUMBER_NOUNS.has(f.form))) return true;
    }
    // … 71.123.456 و 98.765.432: a second eight-digit number joined to a phone number is one too
    return (
      digits === 8 &&
      k - 2 >= this.from &&
      this.norm(k - 1) === 'و' &&
      this.tokens[k - 2]!.norm.replace(/\D/g, '').length === 8 &&
      this.phoneNumber(k - 2)
    );
  }

  /** د or د.ت (or . د) at j: the last token of a dinar abbreviation, or -1. */
  /** Token k (inside the sentence) is glued to the one before it. */
  private glued(k: number): boolean {
    return k < this.to && this.tokens[k]!.start === this.tokens[k - 1]!.end;
  }

  private dinarAfter(j: number): number {
    const k = this.norm(j) === '.' ? j + 1 : j;
    return this.free(k) && (this.norm(k) === 'د' || this.norm(k) === 'دت') ? k : -1;
  }

  /** بنسبة before the number, directly or through one approximation word (بنسبة تقارب 2،5). */
  /** The last token of a percent word or في المائة at token k, or 0. */
  private bracketedPercent(k: number): number {
    if (!this.free(k)) return 0;
    const n = this.norm(k);
    if (n === '%' || n === '٪' || L.PERCENT_WORDS.has(n)) return k;
    if (n === 'في' && this.free(k + 1) && L.PERCENT_AFTER_FI.has(this.norm(k + 1))) return k + 1;
    return 0;
  }

  private percentCued(first: number): boolean {
    // لتبلغ %4,75: the percent sign typed before the digits
    const sign = this.tokens[first - 1];
    const typedBefore =
      first - 1 >= this.from &&
      sign?.norm === '%' &&
      sign.end === this.tokens[first]!.start &&
      this.tokens[first - 2]?.kind !== 'number';
    return (
      typedBefore ||
      this.percentCue(first - 1) ||
      (this.approxBefore(first) !== null && this.percentCue(first - 2))
    );
  }

  /** The word at k is بنسبة or another percent cue, through its proclitics. */
  private percentCue(k: number): boolean {
    return procliticForms(this.norm(k)).some((f) => PERCENT_CUES.has(f.form));
  }

  /**
   * Is the number at `first` one side of a score (بنتيجة 3-1، فاز 2-0 على ضيفه)? Two numbers joined
   * by a hyphen, after a word of winning, losing or the result in the four words before.
   */
  private isScore(first: number): boolean {
    let a = first;
    if (this.norm(first - 1) === '-' && this.tokens[first - 2]?.kind === 'number') a = first - 2;
    else if (this.norm(first + 1) !== '-' || this.tokens[first + 2]?.kind !== 'number') return false;
    // نادي ساقية الزيت - سبورتينغ المكنين 25 - 20 شبيبة الشيحية - مكارم المهدية 22 - 24 بعث بني خيار: once
    // a pair of the sentence is a score, a results list goes on with scores
    if (a > this.firstScore) return true;
    // 2 - 1، 0 - 0: a range goes up, so a pair that does not is a score
    const x = parseDigits(this.norm(a))?.value;
    const y = parseDigits(this.norm(a + 2))?.value;
    let score = x !== undefined && y !== undefined && x >= y;
    for (let k = a - 1; !score && k >= Math.max(this.from, a - 4); k--) {
      if (procliticForms(this.norm(k)).some((f) => L.SCORE_CUES.has(f.form))) score = true;
    }
    if (score) this.firstScore = Math.min(this.firstScore, a);
    return score;
  }

  /** The first number of the sentence's first pair read as a score: pairs after it are scores too. */
  private firstScore = Infinity;

  /** بنتيجة 2 مقابل 0: digits after مقابل and a bare number read before it are the other side of a score. */
  private bareScoreAgainst(first: number): boolean {
    const before = this.found.at(-1);
    return (
      this.norm(first - 1) === 'مقابل' &&
      before !== undefined &&
      before.last === first - 2 &&
      before.draft.kind === 'cardinal' &&
      this.tokens[first - 2]!.kind === 'number'
    );
  }

  private matchesBefore(words: string[], endExclusive: number): boolean {
    const first = endExclusive - words.length;
    if (first < this.from) return false;
    for (let w = 0; w < words.length; w++) {
      const n = this.norm(first + w);
      if (w === 0) {
        if (!procliticForms(n).some((f) => f.form === words[0])) return false;
      } else if (n !== words[w]) return false;
    }
    return true;
  }

  /** An approximation phrase right before the word at `first` (نحو كيلوغرام), no noun between. */
  private approxRightBefore(first: number): Quantity['approx'] {
    const candidates = approxEndingAt(this.norm(first - 1));
    if (candidates)
      for (const [words, approx] of candidates) if (this.matchesBefore(words, first)) return approx;
    // لا تقل قيمتها عن 3 ملايين، لا يزيد عددهم على 40: the measured noun between the verb and عن / على
    const prep = this.norm(first - 1);
    if ((prep === 'عن' || prep === 'علي') && /^.{3,}(ها|ه|هم|هما)$/.test(this.norm(first - 2)))
      for (const [words, approx] of L.APPROX_BEFORE)
        if (words.length >= 3 && words.at(-1) === prep && this.matchesBefore(words.slice(0, -1), first - 2))
          return approx;
    return null;
  }

  /**
   * بالشعبين الشقيقين، البلدين الشقيقين: a definite الشقيقين (الشابين) right after a definite dual is its
   * adjective, which counts nothing of its own.
   */
  private adjectiveAfterDefiniteDual(i: number, unit: string): boolean {
    if (!L.ADJECTIVE_PERSON_DUALS.has(unit) || !this.norm(i).includes('ال')) return false;
    if (this.tokens[i - 1]?.kind !== 'word' || !this.free(i - 1)) return false;
    // (not a nisba in يين, more often a plural: الإرهابيين الشقيقين are two brothers)
    const before = procliticForms(this.norm(i - 1)).find((f) => f.form.startsWith('ال'))?.form;
    // (الشعبين الشقيقين: a definite dual whose singular is known only with the article, الشعب)
    return (
      !!before &&
      !before.endsWith('يين') &&
      (this.duals.isDual(before.slice(2)) ||
        (before.endsWith('ين') && this.words.freq(before.slice(0, -2)) >= 20))
    );
  }

  private approxBefore(at: number): Quantity['approx'] {
    // تتجاوز سرعتها مؤقتا 80 كلم/س، تتجاوز مؤقتا 60 كلم/س: an adverb of time or place (weather
    // bulletins) before the number
    // (ناهز على التوالي 2،7 بالمائة و11،3 بالمائة: "respectively" between the verb and the amounts)
    const first = ADVERBS_BEFORE_AMOUNT.test(this.norm(at - 1))
      ? at - 1
      : this.norm(at - 1) === 'التوالي' && this.norm(at - 2) === 'علي'
        ? at - 2
        : at;
    const right = this.approxRightBefore(first);
    if (right) return right;
    // يتجاوز طولها 18 مترا، يقارب عرضها 4 أمتار: the measured noun, with its pronoun, between
    // (a negated verb, لا يتعدى طولها 40 / لم يتعد معدل 13 مليون, with any noun between)
    let k = first - 1;
    // فاقت قيمتها المالية 170 ألف دينار: an adjective after the measured noun
    // (a pronoun, not the ة of سرعة الصوت)
    if (
      this.norm(k).startsWith('ال') &&
      /^.{3,}(ها|ه|هم|هما)$/.test(this.norm(k - 1)) &&
      k - 1 >= this.from &&
      !endsInTaMarbuta(this.doc.text, this.tokens[k - 1]!.end)
    )
      k--;
    if (k <= this.from || this.tokens[k]!.kind !== 'word') return null;
    // (a pronoun, not the ة of الغازية; a noun in و, وزنها, right after the verb)
    const pronoun =
      /^.{3,}(ها|ه|هم|هما)$/.test(this.norm(k)) && !endsInTaMarbuta(this.doc.text, this.tokens[k]!.end);
    if (pronoun)
      for (const [words, approx] of L.APPROX_BEFORE)
        if (/^([يت]|فاق)/.test(words[words.length - 1]!) && this.matchesBefore(words, k)) return approx;
    if (!this.norm(k).startsWith('و')) {
      // لم تتجاوز نسبة تطابق المشروبات الغازية 84 بالمائة: a negated verb, with up to four words of the
      // measured noun between
      for (let m = k; m >= Math.max(this.from + 2, k - 3); m--) {
        if (m < k && (this.tokens[m]!.kind !== 'word' || this.norm(m).startsWith('و'))) return null;
        if (!/^(و|ف)?(لا|لم)$/.test(this.norm(m - 2))) continue;
        for (const [words, approx] of L.APPROX_BEFORE)
          if (
            /^([يت]|فاق)/.test(words[1] ?? '') &&
            words.length === 2 &&
            (words[0] === 'لا' || words[0] === 'لم') &&
            this.matchesBefore(words, m)
          )
            return approx;
        return null;
      }
    }
    return null;
  }

  private approxAfter(j: number): Quantity['approx'] {
    for (const [words, approx] of L.APPROX_AFTER) {
      if (words.every((w, k) => this.norm(j + k) === w)) return approx;
    }
    return null;
  }

  /**
   * The casualty of a noun kept in its written form (قتل 25 مجندا، القضاء على عنصرين): killed or
   * injured; not detention (things are seized as people are arrested, players are suspended, إيقاف),
   * except right after القبض على, which only people undergo (القبض على 5 شبان، على فتاة و3 شبان).
   */
  private rawCasualty(first: number, within = 6): Quantity['casualty'] {
    this.trigger = -1;
    const c = this.casualtyBefore(first);
    const k = this.trigger;
    // (a dual, with no number to tie it to the verb, only right after it: القضاء على عنصرين، not مقتل
    // شخص وتضرر منزلين)
    if (k < first - within) return null;
    // جرح 11 آخرين مقابل 15 حادثا: a number between the verb and this noun was its object; a thing
    // counted after it is no casualty
    for (let m = k + 1; m < first; m++) if (this.tokens[m]!.kind === 'number') return null;
    if (c === 'killed' || c === 'injured') return c;
    const arrest = k >= 0 && procliticForms(this.norm(k)).some((f) => f.form === 'القبض');
    // (القبض على خلية تتكون من 4 عناصر: the members of the group arrested)
    const direct =
      this.norm(k + 1) === 'علي' &&
      (first === k + 2 ||
        (first === k + 4 && this.norm(k + 3) === 'و') ||
        (this.norm(first - 1) === 'من' && GROUP_OF.test(this.norm(first - 2))));
    return c === 'detained' && arrest && direct ? c : null;
  }

  /**
   * ارتفع عدد القتلى إلى 16 شخصا، بلغ عدد الوفيات 107 أشخاص، ارتفعت حصيلة الجرحى إلى 11: the number that
   * a tally of casualties reaches (after إلى or بلغ) is of those casualties.
   */
  private tallyOf(first: number): Quantity['casualty'] {
    const before = this.norm(first - 1);
    if (before !== 'الي' && !/^(و|ف)?(ل)?(بلغ|بلغت|يبلغ|تبلغ)$/.test(before)) return null;
    for (let k = first - 2; k > Math.max(this.from, first - 16); k--) {
      const t = this.tokens[k]!;
      if (t.kind === 'number' || (t.kind === 'punct' && !QUOTES.has(t.norm) && t.norm !== '-')) return null;
      if (!procliticForms(this.norm(k - 1)).some((f) => f.form === 'عدد' || f.form === 'حصيله')) continue;
      const c = TALLIED.get(this.norm(k).replace(/^ال/, ''));
      if (c) return c;
    }
    return null;
  }

  /** The token of the trigger casualtyBefore found last. */
  private trigger = -1;

  /** A casualty verb or noun in the six words before: قتل 12 مدنيا، أودى بحياة أكثر من 360 ألف شخص. */
  private casualtyBefore(first: number, people = false): Quantity['casualty'] {
    for (let k = first - 1; k >= Math.max(this.from, first - 6); k--) {
      const t = this.tokens[k]!;
      if (t.kind === 'punct' && t.norm !== '-') break;
      // القضاء على 3 إرهابيين: killed (القضاء alone is the judiciary); طعن حتى الموت: stabbed to death
      // (قضت على ثلاثة: the verb right before على; قضت المحكمة على … is a sentence)
      if (t.norm === 'علي' && /^(و|ف)?((ال)?قضاء|قضي|قضت|قضوا|قضيا|يقضي|تقضي)$/.test(this.norm(k - 1))) {
        this.trigger = k;
        return 'killed';
      }
      // وقضى 10 أشخاص بسبب البرد: died (قضى نحبه), the verb right before a count of people
      if (people && k === first - 1 && /^(و|ف)?(قضي|قضوا)$/.test(t.norm)) {
        this.trigger = k;
        return 'killed';
      }
      if (t.norm === 'الموت' && this.norm(k - 1) === 'حتي') {
        this.trigger = k;
        return 'killed';
      }
      // إطلاق سراح 8 أشخاص: released detainees (في حالة سراح is "at liberty")
      if (t.norm === 'سراح' && /^(و|ف)?(ب|ل)?(اطلاق|اطلق|اخلاء)$/.test(this.norm(k - 1))) return 'detained';
      // ضبط 6 أشخاص: people caught (things are seized too, so only for people)
      if (people && procliticForms(t.norm).some((f) => f.form === 'ضبط')) return 'detained';
      // القضاء على عنصرين وحجز 3 أسلحة: what is seized after a casualty counts no casualty
      if (procliticForms(t.norm).some((f) => f.form === 'حجز')) break;
      if (PERPETRATION.test(t.norm)) break;
      for (const f of procliticForms(t.norm)) {
        const c = L.CASUALTY_TRIGGERS.get(f.form);
        // يهدد حياة، إنقاذ حياة: lives threatened or saved are no deaths
        if (c === 'killed' && f.form.endsWith('حياه') && LIFE_SPARED.test(this.norm(k - 1))) return null;
        // حصد أرواح 30 شخصا: reaped lives; حصد التطبيق الملايين من المستخدمين، حصد 3 ميداليات: won
        if (c && (f.form === 'حصد' || f.form === 'حصدت') && !this.livesNear(k + 1, first + 3)) continue;
        if (c) {
          this.trigger = k;
          return c;
        }
      }
    }
    return null;
  }

  /** A word of lives or deaths among tokens [from, to] (أرواح، حياة، ضحايا، قتيلا). */
  private livesNear(from: number, to: number): boolean {
    for (let k = from; k <= Math.min(to, this.to - 1); k++)
      if (procliticForms(this.norm(k)).some((f) => /^(ارواح|حياه|ضحيه|ضحايا|قتيلا|قتيل|قتلي)$/.test(f.form)))
        return true;
    return false;
  }

  private draft(
    start: number,
    end: number,
    value: number,
    kind: Quantity['kind'],
    unit: string | null,
    approx: Quantity['approx'],
    casualty: Quantity['casualty'],
  ): Draft {
    // 158ر4 ملايين = 4.158 × 1e6 would leave a float tail (4158000.0000000005): round off the noise
    // (an integer of twelve digits or fewer has no such tail, and toPrecision is costly: one per draft)
    const rounded =
      Number.isInteger(value) && value !== 0 && Math.abs(value) < 1e12
        ? value
        : Number(value.toPrecision(12));
    // (مليم، المليمات: every annotator keeps the millime's written form, as the word ends the span)
    if (unit === 'millime') {
      const k = firstTokenEndingAfter(this.tokens, 0, end - 1);
      if (k < this.tokens.length && this.tokens[k]!.end === end) unit = this.tokens[k]!.norm;
    }
    return {
      start,
      end,
      text: this.doc.text.slice(start, end),
      value: rounded,
      kind,
      unit,
      approx,
      casualty,
    };
  }
}
