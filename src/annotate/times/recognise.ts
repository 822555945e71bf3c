/**
 * The times grammar: reads time expressions off the tokens of one sentence. It works on `token.norm`
 * and sees through the proclitics و ف ب ل ك (وأمس، بالأمس، والخميس) so that spans start after them.
 * Each rule returns the longest expression it can read at a token; the recogniser keeps the longest.
 */
import type { Token } from '../../doc/index.js';
import { procliticForms, startAfterClitics, type Form } from '../numbers/clitics.js';
import { isNumeralWord, parseDigits, readNumeral, TEN_STEMS } from '../numbers/numerals.js';
import { CAN_START_TIME, endsInTaMarbuta } from './starts.js';
import { isFutureVerb } from './tense.js';
import { CURRENCIES, NOUNS } from '../quantities/lexicon.js';
import { durationValue } from './resolve.js';
import { isValidYmd } from './calendar.js';
import * as L from './lexicon.js';
import type { DayPart, Direction, Meaning, Mod, Recognised } from './meaning.js';
import { unnamed } from '../unnamed.js';

/** Adjectives that make a weekday an event's name: الخميس الأسود، الأحد الدامي، الجمعة الحزينة. */
const NAMED_DAY_ADJ =
  /^(الاسود|السوداء|الابيض|البيضاء|الاحمر|الحمراء|الدامي|الداميه|الحزين|الحزينه|العظيم|العظيمه)$/;

/** Words before هذا اليوم that make it today: في مثل هذا اليوم، خلال / طيلة / بقية / من / حدود هذا اليوم. */
const THIS_DAY_BEFORE = /^(و|ف|ب|ل)?(مثل|خلال|طيله|طوال|بقيه|من|حدود|غايه|نهايه|مدار|امتداد)$/;

/** Markers of a past narrative before فيما بعد: تم، قد، كان، and the verbs of what turned out (تبين، اتضح). */
const PAST_AUXILIARY = /^(و|ف|ل)?(تم|تمت|قد|لقد|كان|كانت|كانوا|تبين|اتضح|ثبت|تاكد|تاكدت)$/;

/** Verbs of lasting or spending time, whose object is a length: (س)يستغرق، استغرقت، دام، قضى، أمضى. */
const LASTING_VERB =
  /^(و|ف)?(س)?(استغرق|استغرقت|يستغرق|تستغرق|دام|دامت|يدوم|تدوم|قضي|قضت|قضوا|يقضي|تقضي|امضي|امضت|امضوا|يمضي|تمضي)$/;

const NO_FORMS: readonly Form[] = [{ form: '', skip: 0 }];

/** وقت مبكر من، ساعة متأخرة من: early or late in what follows. */
const EARLY_LATE: ReadonlyMap<string, Mod> = new Map([
  ['مبكر', 'START'],
  ['مبكره', 'START'],
  ['متاخر', 'END'],
  ['متاخره', 'END'],
]);

/** موعد لاحق، تاريخ لاحق، وقت لاحق: a later date, left open. */
const LATER_DATE_NOUNS: ReadonlySet<string> = new Set(['موعد', 'تاريخ', 'وقت']);

/** Units from the smallest: the second part of a compound duration is smaller than the first. */
/** الأيام، السنوات: plural time units with the article (الأيام الأربعة الأخيرة). */
/** Words that a typo glues to a month name before them (أفريلعلى، أكتوبرالحالي). */
const GLUED_AFTER_MONTH: ReadonlySet<string> = new Set([
  'علي',
  'في',
  'من',
  'الي',
  'الحالي',
  'الجاري',
  'الماضي',
  'المقبل',
  'القادم',
  'الفارط',
  'المنقضي',
  'المنصرم',
]);

/** Words of length, lasting or exceeding before a definite dual of units (لمدة تجاوزت الساعتين، دامت اليومين). */
const LENGTH_BEFORE_DUAL: ReadonlySet<string> = new Set([
  'لمده',
  'مده',
  'طيله',
  'طوال',
  'تجاوزت',
  'تجاوز',
  'تتجاوز',
  'يتجاوز',
  'فاقت',
  'فاق',
  'تفوق',
  'يفوق',
  'دامت',
  'دام',
  'استمرت',
  'استمر',
  'استغرقت',
  'استغرق',
  'تستغرق',
  'يستغرق',
]);

const DEFINITE_UNIT_PLURALS: ReadonlyMap<string, L.Unit> = new Map(
  [...L.UNIT_WORDS].filter(([, u]) => u.count === 0).map(([w, u]) => [`ال${w}`, u.unit]),
);

/** The words definiteDayPart reads end so (through proclitics). */
const DEFINITE_PART_END = /(الليله|الصباح|المساء|الفجر)$/;

/** Before a bare plural unit (خلال ساعات) and after one (سنوات عدة، أيام قليلة). */
// (بعد سنوات من البحث: "years later", as vague as خلال سنوات)
const WITHIN: ReadonlySet<string> = new Set(['خلال', 'طيله', 'لمده', 'بعد', 'وبعد']);
const VAGUE_AFTER: ReadonlySet<string> = new Set(['عده', 'طويله', 'قليله', 'عديده', 'معدوده']);

/** The number of rules tried at a word (TimeRecogniser.rules), each one bit of a word's mask. */
/** Heads of an edition's name, which a year closes (دورة الألعاب الأولمبية 2016). */
const EDITION_HEADS: ReadonlySet<string> = new Set([
  'دوره',
  'الدوره',
  'نسخه',
  'النسخه',
  'طبعه',
  'الطبعه',
  'بطوله',
  'كاس',
  'مهرجان',
  'الالعاب',
  'العاب',
]);

/** هذا / هذه after و/ف and a preposition (لهذا، وبهذه): group 1 is the proclitics. */
const DEMONSTRATIVE = /^((?:و|ف)?(?:ل|ب)?)(?:هذا|هذه)$/;
const RULE_COUNT = 19;
const ALL_RULES = (1 << RULE_COUNT) - 1;

const PARTS_OF_MONTH = new Set(['النصف', 'الثلث', 'الربع', 'الاسبوع', 'العشر', 'الشطر', 'العشريه']);

const UNIT_RANK: Record<L.Unit, number> = {
  second: -1,
  minute: 0,
  hour: 1,
  day: 2,
  week: 3,
  month: 4,
  year: 5,
  decade: 6,
  century: 7,
};

interface MonthEntry {
  month: number;
  phrase: L.Phrase;
}

export interface Lexicons {
  months: Map<string, MonthEntry[]>;
  hijri: Map<string, MonthEntry[]>;
  weekdays: Map<string, number>;
}

export function loadLexicons(): Lexicons {
  return { months: L.gregorianMonths(), hijri: L.hijriMonths(), weekdays: L.weekdays() };
}

/** A problem found while reading (an impossible date): reported as a diagnostic by the pass. */
export interface Problem {
  rule: 'times/impossible-date' | 'times/ambiguous-year';
  message: string;
  start: number;
  end: number;
}

interface Hit {
  last: number;
  meaning: Meaning;
  /** Character start (after clitics) of the first token. */
  start: number;
  mod?: Mod | null;
  dayPart?: DayPart | null;
  /** A half or quarter of the year read (النصف الأول من 2017 → H1). */
  sub?: string | null;
}

/** Fractions of an hour after و: الثامنة والنصف، التاسعة و الربع. */
const FRACTION_MINUTES: ReadonlyMap<string, number> = new Map([
  ['النصف', 30],
  ['الربع', 15],
  ['الثلث', 20],
  // و نصف، إلا ربع، إلا ربعا: without the article
  ['نصف', 30],
  ['ربع', 15],
  ['ربعا', 15],
  ['ثلث', 20],
  ['ثلثا', 20],
]);

/** Adjectives after يوم that make it an occasion (يوم أسود، يوم حافل), not one day of time. */
const DAY_ADJECTIVES: ReadonlySet<string> = new Set([
  'اسود',
  'حافل',
  'عصيب',
  'مشهود',
  'حزين',
  'مفتوح',
  'غضب',
]);

/** A unit with a possessive pronoun, which an ordinal after it makes an age (شهره الخامس). */
const POSSESSED_UNITS: ReadonlyMap<string, 'month' | 'year'> = new Map([
  ...['شهره', 'شهرها'].map((w): [string, 'month'] => [w, 'month']),
  ...['عامه', 'عامها', 'سنته', 'سنتها'].map((w): [string, 'year'] => [w, 'year']),
]);

/** The definite tens of an age: في العشرين من عمره، الثالثة والثلاثين من العمر. */
const AGE_TENS: ReadonlyMap<string, number> = new Map(TEN_STEMS.map(([stem, v]) => [`ال${stem}ين`, v]));

const ORDINAL_AFTER_DAY =
  /^ال(اول|ثاني|ثالث|رابع|خامس|سادس|سابع|تالي|موالي|عالمي|وطني|دولي|اخير|ختامي|افتتاحي|دراسي|مفتوح|تحسيسي|اعلامي|نفس|ذي|واحد)/;

/** البلاي (English "play") before أوت: the play-out of a league. */
const PLAY = /^(ال)?بلاي$/;

export class TimeRecogniser {
  private tokens: readonly Token[] = [];
  private from = 0;
  private to = 0;
  private problems: Problem[] = [];
  /** The last token of the latest impossible date read: nothing inside it is read again. */
  private blockedTo = -1;

  private flags: Uint8Array = new Uint8Array(0);
  /** The document text, to see the ة that normalisation turns into ه. */
  private text = '';
  private forms: (readonly Form[] | undefined)[] = [];
  private inners: (Form[] | undefined)[] = [];
  /** The sentence's normalised words and token kinds, read by every rule many times (a plain array is quicker to read than the tokens). */
  private norms: string[] = [];
  private kinds: Token['kind'][] = [];
  /** readNumeral at each token of the sentence, memoised (several rules read the number at the same token). */
  private numerals: (ReturnType<typeof readNumeral> | undefined)[] = [];

  /** The rules, tried at every token that can start an expression; the longest reading wins. */
  private readonly rules: ((i: number) => Hit | null)[] = [
    (k) => this.rateSet(k),
    (k) => this.part(k),
    (k) => this.dayPartRule(k),
    (k) => this.deictic(k),
    (k) => this.weekday(k),
    (k) => this.date(k),
    (k) => this.year(k),
    (k) => this.calendar(k),
    (k) => this.ago(k),
    (k) => this.refs(k),
    (k) => this.duration(k),
    (k) => this.clock(k),
    (k) => this.setRule(k),
    (k) => this.twoDigitYear(k),
    (k) => this.rangeStart(k),
    (k) => this.definiteDayPart(k),
    (k) => this.periodPart(k),
    (k) => this.age(k),
    (k) => this.lonePart(k),
  ];

  /** The rules that can start at a number (the others all start at a word or a quote). */
  private readonly numberRules: ((i: number) => Hit | null)[] = [
    (k) => this.date(k),
    (k) => this.year(k),
    (k) => this.duration(k),
    (k) => this.clock(k),
    (k) => this.rangeStart(k),
    (k) => this.age(k),
  ];

  /** wordRules() per word form. */
  private readonly ruleMasks = new Map<string, number>();

  constructor(private readonly lex: Lexicons) {
    if (this.rules.length !== RULE_COUNT) throw new Error('TimeRecogniser: wordRules() must list every rule');
  }

  /** Every time expression in tokens [from, to), in order, non-overlapping. */
  run(
    tokens: readonly Token[],
    from: number,
    to: number,
    problems: Problem[],
    flags: Uint8Array,
    text = '',
  ): Recognised[] {
    this.tokens = tokens;
    this.text = text;
    this.flags = flags;
    this.forms = [];
    this.inners = [];
    this.numerals = [];
    this.norms = [];
    this.kinds = [];
    for (let k = from; k < to; k++) {
      this.norms.push(tokens[k]!.norm);
      this.kinds.push(tokens[k]!.kind);
    }
    this.from = from;
    this.to = to;
    this.problems = problems;
    this.blockedTo = -1;
    const out: Recognised[] = [];
    let i = from;
    while (i < to) {
      const hit = this.longest(i);
      if (hit) {
        out.push({
          first: i,
          last: hit.last,
          start: hit.start,
          end: tokens[hit.last]!.end,
          meaning: hit.meaning,
          mod: hit.mod ?? null,
          dayPart: hit.dayPart ?? null,
          sub: hit.sub ?? null,
        });
        i = hit.last + 1;
      } else {
        // يوم 31 فيفري 2017: no part of an impossible date is read (فيفري 2017 alone)
        i = this.blockedTo >= i ? this.blockedTo + 1 : i + 1;
      }
    }
    return out;
  }

  // ---- token helpers ------------------------------------------------------------------------

  private norm(j: number): string {
    return j >= this.from && j < this.to ? this.norms[j - this.from]! : '';
  }

  private isWord(j: number): boolean {
    return j >= this.from && j < this.to && this.kinds[j - this.from] === 'word';
  }

  private isNumber(j: number): boolean {
    return j >= this.from && j < this.to && this.kinds[j - this.from] === 'number';
  }

  /** readNumeral(tokens, j, to), memoised for the sentence being read; the result is never mutated. */
  private numeralAt(j: number): ReturnType<typeof readNumeral> {
    if (j < this.from || j >= this.to) return readNumeral(this.tokens, j, this.to);
    const k = j - this.from;
    let num = this.numerals[k];
    if (num === undefined) {
      num = readNumeral(this.tokens, j, this.to);
      this.numerals[k] = num;
    }
    return num;
  }

  /** The word at j through و/ف only (for words inside an expression). */
  /** The proclitic forms of the word at j, memoised for the sentence being read. */
  private formsOf(j: number): readonly Form[] {
    if (j < this.from || j >= this.to) return NO_FORMS;
    const k = j - this.from;
    let forms = this.forms[k];
    if (forms === undefined) {
      forms = procliticForms(this.tokens[j]!.norm);
      this.forms[k] = forms;
    }
    return forms;
  }

  /** Looks the word at j up through its proclitics. */
  private lookup<T>(map: ReadonlyMap<string, T>, j: number): { entry: T; skip: number } | null {
    for (const f of this.formsOf(j)) {
      const entry = map.get(f.form);
      if (entry !== undefined) return { entry, skip: f.skip };
    }
    return null;
  }

  /** The word at j and, when it starts with و/ف, the word without it (فيفري must stay whole). */
  private innerForms(j: number): readonly Form[] {
    if (j < this.from || j >= this.to) return NO_FORMS;
    const k = j - this.from;
    let out = this.inners[k];
    if (out === undefined) {
      const n = this.norms[k]!;
      out = [{ form: n, skip: 0 }];
      if (n.length > 2 && (n[0] === 'و' || n[0] === 'ف')) out.push({ form: n.slice(1), skip: 1 });
      this.inners[k] = out;
    }
    return out;
  }

  private inner(j: number): string {
    const forms = this.innerForms(j);
    // (only و is stripped here: فيفري must stay whole)
    return forms.length > 1 && this.norm(j)[0] === 'و' ? forms[1]!.form : forms[0]!.form;
  }

  private innerIs(j: number, ...words: string[]): boolean {
    for (const f of this.innerForms(j)) if (words.includes(f.form)) return true;
    return false;
  }

  private innerGet<T>(map: ReadonlyMap<string, T>, j: number): { entry: T; skip: number } | null {
    for (const f of this.innerForms(j)) {
      const entry = map.get(f.form);
      if (entry !== undefined) return { entry, skip: f.skip };
    }
    return null;
  }

  private start(j: number, skip = 0): number {
    return startAfterClitics(this.tokens[j]!, skip);
  }

  /** Matches a word of `set` at j through proclitics; returns the skip, or -1. */
  private wordIn(j: number, set: ReadonlySet<string> | ReadonlyMap<string, unknown>): number {
    if (!this.isWord(j)) return -1;
    for (const f of this.formsOf(j)) if (set.has(f.form)) return f.skip;
    return -1;
  }

  /** عامين / عامان: two years, or the dual of عام (general). */
  private normIsGeneral(i: number): boolean {
    const n = this.norm(i);
    return n === 'عامين' || n === 'عامان';
  }

  /** بالمائة، في المائة: the hundred of a percent. */
  private isPercentWord(j: number): boolean {
    const n = this.norm(j);
    return /^(ب)?(المائه|المئه)$/.test(n) && (n[0] === 'ب' || this.norm(j - 1) === 'في');
  }

  /** ملعب، بنهج، وشارع: a noun that a date after it names. */
  private isNameHead(j: number): boolean {
    if (!this.isWord(j)) return false;
    // (المدرسة الابتدائية 2 ماي، وادي الجمعة: with the article, and past one adjective in ي)
    if (this.nameHeadAt(j)) return true;
    return /^ال.{2,}(ي|يه)$/.test(this.norm(j)) && this.isWord(j - 1) && this.nameHeadAt(j - 1);
  }

  /** The word at k is a name head, with or without the article (a method: tsx wraps named closures). */
  private nameHeadAt(k: number): boolean {
    return this.formsOf(k).some(
      (f) => L.NAME_HEADS.has(f.form) || (f.form.startsWith('ال') && L.NAME_HEADS.has(f.form.slice(2))),
    );
  }

  private intAt(j: number): number | null {
    if (!this.isNumber(j)) return null;
    const n = this.norm(j);
    return /^\d+$/.test(n) ? Number(n) : null;
  }

  private direction(j: number): Direction | undefined {
    if (!this.isWord(j)) return undefined;
    return L.DIRECTION_WORDS.get(this.norm(j));
  }

  // ---- the rules ----------------------------------------------------------------------------

  private longest(i: number): Hit | null {
    if ((this.flags[i]! & CAN_START_TIME) === 0) return null;
    let best: Hit | null = null;
    const kind = this.kinds[i - this.from];
    if (kind === 'number') {
      for (const rule of this.numberRules) {
        const hit = rule(i);
        if (hit && (!best || hit.last > best.last)) best = hit;
      }
    } else {
      // at a word, only the rules whose first word it can be (the others would return null at once)
      const mask = kind === 'word' ? this.wordRules(this.norms[i - this.from]!) : ALL_RULES;
      for (let r = 0; r < this.rules.length; r++) {
        if ((mask & (1 << r)) === 0) continue;
        const hit = this.rules[r]!(i);
        if (hit && (!best || hit.last > best.last)) best = hit;
      }
    }
    return best ? this.withClock(best) : null;
  }

  /**
   * Which of `rules` (a bit per rule, in their order) can start at a word of this normalised form: each
   * bit is the test the rule itself makes on its first word before anything else, so a rule left out
   * would have returned null. Computed once per word form.
   */
  private wordRules(n: string): number {
    let mask = this.ruleMasks.get(n);
    if (mask !== undefined) return mask;
    const forms = procliticForms(n);
    const some = unnamed((test: (form: string) => boolean) => forms.some((f) => test(f.form)));
    const inner = n.length > 2 && (n[0] === 'و' || n[0] === 'ف') ? [n, n.slice(1)] : [n];
    const demonstrative = n === 'هذا' || n === 'هذه' || n === 'وهذا' || n === 'وهذه';
    const innerSome = unnamed((test: (form: string) => boolean) => inner.some(test));
    const can: boolean[] = [
      // rateSet, part, dayPartRule
      L.CALENDAR_UNITS.has(n) || n === 'اليوم',
      some((f) => L.PART_WORDS.has(f)),
      some((f) => f === 'بعد' || f === 'الليله' || L.DAY_PARTS.has(f)),
      // deictic
      inner.includes('يوم') ||
        inner.includes('اليوم') ||
        ['اول', 'واول', 'بعد', 'وبعد', 'غد', 'وغد'].includes(n) ||
        some((f) => L.DEICTIC_DAYS.has(f)),
      // weekday, date (يوم, نفس الشهر, an ordinal day, a month, شهر, even glued to its month)
      some((f) => f === 'يوم' || this.lex.weekdays.has(f)),
      n === 'ال' ||
        some(
          (f) =>
            f === 'يوم' ||
            f === 'نفس' ||
            f === 'ذات' ||
            f === 'الشهر' ||
            f === 'الفتره' ||
            f.startsWith('شهر') ||
            this.lex.months.has(f) ||
            this.lex.hijri.has(f),
        ) ||
        innerSome(
          (f) =>
            L.ORDINAL_DAY_UNITS.has(f) ||
            L.ORDINAL_DAY_TENS.has(f) ||
            f === 'الفاتح' ||
            f === 'غره' ||
            f === 'اول',
        ),
      // year: a season (هذا الصيف، هذه الصائفة), a decade, or عام / سنة before digits
      demonstrative ||
        some((f) => L.SEASONS.has(f.startsWith('ال') ? f.slice(2) : f)) ||
        some(
          (f) =>
            L.DECADES.has(f) || f === 'عام' || f === 'العام' || f === 'سنه' || f === 'السنه' || f === 'القرن',
        ),
      // calendar, ago
      DEMONSTRATIVE.test(n) || some((f) => L.CALENDAR_UNITS.has(f)),
      some((f) => f === 'قبل' || f === 'منذ' || f === 'بعد' || f === 'مند'),
      // refs
      n === 'فيما' ||
        n === 'يوما' ||
        n === 'اقرب' ||
        n === 'قادم' ||
        n === 'مقبل' ||
        L.REF_AFTER_FI.has(n) ||
        some(
          (f) =>
            L.REF_WORDS.has(f) ||
            L.REF_PLURALS.has(f) ||
            f === 'الوقت' ||
            LATER_DATE_NOUNS.has(f) ||
            f === 'منذ' ||
            f === 'مند',
        ),
      // duration: a unit, a number word, a fraction, a definite dual or plural of units, لمدة، عدة
      n === 'ال' ||
        isNumeralWord(n) ||
        L.CALENDAR_UNITS.has(n) ||
        some(
          (f) =>
            L.UNIT_WORDS.has(f) ||
            L.DEFINITE_DUAL_UNITS.has(f) ||
            DEFINITE_UNIT_PLURALS.has(f) ||
            ['مده', 'طيله', 'طوال', 'ظرف', 'غضون', 'يومي'].includes(f),
        ) ||
        innerSome(
          (f) => L.UNIT_WORDS.has(f) || L.UNIT_FRACTIONS.has(f) || ['عده', 'بضع', 'بضعه'].includes(f),
        ),
      // clock: الساعة, منتصف الليل, an hour word
      some((f) => f === 'الساعه') ||
        innerSome((f) => f === 'منتصف' || f === 'الحاديه' || L.HOUR_WORDS.has(f)),
      // setRule; twoDigitYear and rangeStart start at a quote or digits, never at a word
      some((f) => L.SET_WORDS.has(f) || L.MANNER_WORDS.has(f) || f === 'كل'),
      false,
      false,
      // definiteDayPart, periodPart, age, lonePart
      demonstrative || DEFINITE_PART_END.test(n),
      some(
        (f) =>
          f === 'الساعات' ||
          f === 'ساعه' ||
          L.DEFINITE_DUAL_UNITS.has(f) ||
          L.PLURAL_PERIODS.has(f) ||
          L.YEAR_DIVISIONS.has(f),
      ),
      // age: a unit after من العمر, an owned unit (شهره), an hour word or a tens word before من العمر
      L.UNIT_WORDS.has(n) ||
        POSSESSED_UNITS.has(n) ||
        L.DEFINITE_DUAL_UNITS.has(n) ||
        innerSome((f) => L.HOUR_WORDS.has(f) || AGE_TENS.has(f)),
      L.DAY_PART_ADVERBS.has(n),
    ];
    mask = can.reduce((m, ok, r) => (ok ? m | (1 << r) : m), 0);
    if (this.ruleMasks.size >= 50_000) this.ruleMasks.clear();
    this.ruleMasks.set(n, mask);
    return mask;
  }

  /**
   * A day followed at once by its clock time is one expression: الأحد 05 مارس 2017 الساعة 14:30،
   * السبت 11 مارس س18 (س glued to the hour, the schedules' short form of الساعة).
   */
  private withClock(hit: Hit): Hit {
    const m = hit.meaning;
    // (not after اليوم or أمس alone: "جد الحادث اليوم الساعة …" keeps its clock apart)
    if (hit.dayPart || !(m.k === 'weekday' || (m.k !== 'deictic' && hasDay(m)))) return hit;
    const k = hit.last + 1;
    let clock: Hit | null = null;
    if (this.norm(k) === 'الساعه') clock = this.clock(k);
    else if (
      this.norm(k) === 'س' &&
      this.isNumber(k + 1) &&
      this.tokens[k + 1]!.start === this.tokens[k]!.end
    ) {
      const hour = this.intAt(k + 1);
      if (hour !== null && hour <= 24 && this.norm(k + 1).length <= 2)
        clock = {
          last: k + 1,
          start: this.tokens[k]!.start,
          meaning: { k: 'clock', hour: hour % 24, minute: 0, on: null },
        };
    }
    if (!clock || clock.meaning.k !== 'clock' || clock.meaning.on !== null) return hit;
    return { last: clock.last, start: hit.start, meaning: { ...clock.meaning, on: m } };
  }

  /** مطلع 2017، منتصف أيلول، أواخر الشهر، نهاية العام، نهاية الأسبوع */
  private part(i: number): Hit | null {
    const skip = this.wordIn(i, L.PART_WORDS);
    if (skip < 0) return null;
    const word = this.formsOf(i).find((f) => L.PART_WORDS.has(f.form))!.form;
    const mod = L.PART_WORDS.get(word)!;
    let j = i + 1;
    // مطلع شهر جانفي، نهاية سنة 2015
    if (['شهر', 'سنه', 'عام'].includes(this.norm(j)) && !L.DIRECTION_WORDS.has(this.norm(j + 1))) {
      const inner = this.date(j + 1) ?? this.year(j + 1);
      if (inner) return { ...inner, start: this.start(i, skip), mod };
    }
    const inner = this.date(j) ?? this.year(j) ?? this.calendar(j) ?? this.seasonRule(j);
    if (inner) {
      if (inner.meaning.k === 'calendar' && inner.meaning.unit === 'week' && mod === 'END') {
        // نهاية هذا الأسبوع: "this" names the current week's weekend, unless told in the past
        // (so does الجاري / الحالي after it: نهاية الأسبوع الجاري)
        const explicit = DEMONSTRATIVE.test(this.norm(j)) || this.direction(j + 1) === 0;
        return {
          last: inner.last,
          start: this.start(i, skip),
          meaning: { ...inner.meaning, weekend: true, ...(explicit ? { explicit } : {}) },
        };
      }
      return { ...inner, start: this.start(i, skip), mod };
    }
    // نهاية العام، أواخر الشهر، نهاية الأسبوع: the current period
    const unit = L.CALENDAR_UNITS.get(this.norm(j));
    if (unit && unit !== 'day') {
      j++;
      const dir = this.direction(j);
      const offset = dir ?? 0;
      if (dir !== undefined) j++;
      const last = dir !== undefined ? j - 1 : j - 1;
      if (unit === 'week' && mod === 'END') {
        return { last, start: this.start(i, skip), meaning: { k: 'calendar', unit, offset, weekend: true } };
      }
      return { last, start: this.start(i, skip), meaning: { k: 'calendar', unit, offset }, mod };
    }
    return null;
  }

  /** صباح اليوم، مساء أمس، ليلة السبت، مساء الأحد الماضي */
  private dayPartRule(i: number): Hit | null {
    // بعد ظهر اليوم: the afternoon
    const ba3d = this.formsOf(i).find((f) => f.form === 'بعد');
    if (ba3d && this.norm(i + 1) === 'ظهر') {
      const inner = this.dayPartRule(i + 1);
      return inner ? { ...inner, start: this.start(i, ba3d.skip), dayPart: 'AF' } : null;
    }
    // بعد الظهر، بعد الزوال alone: the afternoon of the day named before, or of today
    if (ba3d && (this.norm(i + 1) === 'الظهر' || this.norm(i + 1) === 'الزوال')) {
      return {
        last: i + 1,
        start: this.start(i, ba3d.skip),
        meaning: { k: 'part-of-day', orToday: true },
        dayPart: 'AF',
      };
    }
    // الليلة الفاصلة بين 19 و20 ماي 2017: the night of the first day (between two weekdays alone too,
    // الليلة الفاصلة بين السبت والأحد)
    const night = this.formsOf(i).find((f) => f.form === 'الليله');
    if (night && this.norm(i + 1) === 'الفاصله' && this.norm(i + 2) === 'بين') {
      // (بين الإثنين والثلاثاء 11 و12 جانفي 2016: the weekdays before the days)
      let k = i + 3;
      const weekdayAt = (j: number) =>
        this.isWord(j) &&
        (this.lex.weekdays.has(this.norm(j)) || this.lex.weekdays.has(this.norm(j).slice(1)));
      // (بين يومي الإثنين و الثلاثاء: "the two days" before them)
      if (this.norm(k) === 'يومي') k++;
      while (k < i + 7 && (weekdayAt(k) || this.norm(k) === 'و')) k++;
      const first = this.rangeStart(k);
      if (!first || !hasDay(first.meaning)) return this.nightBetweenWeekdays(i, night.skip);
      let last = first.last;
      if (this.norm(last + 1) === 'و') last++;
      const second = this.date(last + 1);
      if (second) last = second.last;
      return { last, start: this.start(i, night.skip), meaning: first.meaning, dayPart: 'NI' };
    }
    const skip = this.wordIn(i, L.DAY_PARTS);
    if (skip < 0) return null;
    const word = this.formsOf(i).find((f) => L.DAY_PARTS.has(f.form))!.form;
    let j = i + 1;
    if (this.norm(j) === '،' || this.norm(j) === ',') j++;
    // ظهر هذا اليوم: today
    const inner = this.thisDay(j) ?? this.deictic(j) ?? this.weekday(j) ?? this.date(j);
    if (!inner) return null;
    const m = inner.meaning;
    if (m.k !== 'deictic' && m.k !== 'weekday' && !hasDay(m)) {
      return null;
    }
    return { last: inner.last, start: this.start(i, skip), meaning: m, dayPart: L.DAY_PARTS.get(word)! };
  }

  /** هذا اليوم after a part of the day or a clock time (ظهر هذا اليوم، منتصف نهار هذا اليوم): today. */
  private thisDay(j: number): Hit | null {
    return this.norm(j) === 'هذا' && this.norm(j + 1) === 'اليوم'
      ? { last: j + 1, start: this.tokens[j]!.start, meaning: { k: 'deictic', days: 0 } }
      : null;
  }

  /** A day right after منتصف نهار: اليوم، هذا اليوم، أمس، a weekday, يوم + weekday or date. */
  private dayAfterNoon(j: number): boolean {
    const n = this.norm(j);
    if (n === 'هذا') return this.norm(j + 1) === 'اليوم';
    if (n === 'يوم') return this.isNumber(j + 1) || this.lex.weekdays.has(this.norm(j + 1));
    return L.DEICTIC_DAYS.has(n) || (this.lex.weekdays.has(n) && n.startsWith('ال'));
  }

  /**
   * الليلة الفاصلة بين السبت والأحد، بين يومي الأحد والاثنين الماضيين: the night of the first of two
   * weekdays in a row, one TIME as with numbered days (the later annotators' reading).
   */
  private nightBetweenWeekdays(i: number, skip: number): Hit | null {
    let w = i + 3;
    if (this.norm(w) === 'يومي') w++;
    const wd = this.lex.weekdays.get(this.norm(w));
    if (wd === undefined || !this.norm(w).startsWith('ال')) return null;
    const second = this.norm(w + 1) === 'و' ? w + 2 : w + 1;
    const n = this.norm(second);
    const wd2 = this.lex.weekdays.get(second === w + 1 && n.startsWith('و') ? n.slice(1) : n);
    if (wd2 === undefined || (wd2 - wd + 7) % 7 !== 1) return null;
    let last = second;
    let dir: -1 | 1 | null = null;
    const adj = this.norm(second + 1);
    if (/^(المقبلين|القادمين)$/.test(adj)) dir = 1;
    else if (/^(الماضيين|المنقضيين|الفارطين)$/.test(adj)) dir = -1;
    if (dir !== null) last++;
    return { last, start: this.start(i, skip), meaning: { k: 'weekday', weekday: wd, dir }, dayPart: 'NI' };
  }

  /** اليوم، أمس، بالأمس، أول أمس، أمس الأول، غدا، بعد غد، يوم أمس */
  private deictic(i: number): Hit | null {
    const base = this.deicticBase(i);
    return base ? this.apposition(base) : null;
  }

  /**
   * A weekday or a date in apposition after أمس / اليوم / غدا: أمس الخميس، اليوم (الأربعاء)،
   * اليوم الجمعة 25 نوفمبر 2016، غدا الثلاثاء غرة نوفمبر. An explicit date wins over the deictic.
   */
  private apposition(hit: Hit): Hit {
    let j = hit.last + 1;
    let last = hit.last;
    let meaning = hit.meaning;
    const paren = this.norm(j) === '(';
    if (paren) j++;
    // فجر اليوم، الأربعاء: a comma before the weekday
    if (!paren && (this.norm(j) === '،' || this.norm(j) === ',') && this.lex.weekdays.has(this.norm(j + 1)))
      j++;
    const wd = this.lex.weekdays.get(this.norm(j));
    if (wd !== undefined && this.norm(j).startsWith('ال')) {
      if (!paren || this.norm(j + 1) === ')') {
        last = paren ? j + 1 : j;
        j = last + 1;
        if (meaning.k === 'deictic') meaning = { ...meaning, weekday: wd };
      }
    } else if (paren) return hit;
    if (this.norm(j) === '،' || this.norm(j) === ',') j++;
    const date = this.isNumber(j) || this.innerIs(j, 'الفاتح', 'غره') ? this.date(j) : null;
    if (date && hasDay(date.meaning)) {
      last = date.last;
      // أمس الجمعة 29 أوت 2015: the deictic and the weekday decide when they agree (resolve checks)
      meaning =
        meaning.k === 'deictic' && meaning.weekday !== undefined
          ? { ...meaning, written: date.meaning }
          : date.meaning;
    }
    return this.dayPartAfter({ ...hit, last, meaning });
  }

  /** غدا صباحا، الأحد مساء: a part of the day as an adverb after a day. */
  private dayPartAfter(hit: Hit): Hit {
    if (hit.dayPart) return hit;
    const next = this.norm(hit.last + 1);
    // (غدا صباح ضمن رحلة: صباحا with its alif dropped, when no noun follows in construct)
    const after = this.norm(hit.last + 2);
    const bare =
      next === 'صباح' &&
      !after.startsWith('ال') &&
      (hit.last + 2 >= this.to || (this.flags[hit.last + 2]! & CAN_START_TIME) === 0)
        ? 'MO'
        : undefined;
    const part = L.DAY_PART_ADVERBS.get(next) ?? bare;
    // not before a clock word: "اليوم مساء الساعة" is left to the clock rule
    return part ? { ...hit, last: hit.last + 1, dayPart: part } : hit;
  }

  /** هذه الليلة، الليلة الماضية، الليلة (tonight), منذ الصباح، هذا المساء */
  private definiteDayPart(i: number): Hit | null {
    let j = i;
    let skip = 0;
    const n = this.norm(i);
    const demonstrative = n === 'هذه' || n === 'هذا' || n === 'وهذه' || n === 'وهذا';
    if (!demonstrative && !DEFINITE_PART_END.test(n)) return null;
    if (demonstrative) {
      skip = n[0] === 'و' ? 1 : 0;
      j++;
    }
    const found = this.lookup(L.DEFINITE_DAY_PARTS, j);
    if (!found || (demonstrative && found.skip > 0)) return null;
    if (!demonstrative) skip = found.skip;
    const part = found.entry;
    const start = this.start(i, skip);
    const dir = this.direction(j + 1);
    if (dir === -1 || dir === 1) {
      // الليلة الماضية is last night, but الليلة القادمة (a forecast) is tonight
      const days = dir === 1 && part === 'NI' ? 0 : dir;
      return { last: j + 1, start, meaning: { k: 'deictic', days }, dayPart: part };
    }
    const tonight = part === 'NI' && this.norm(j).endsWith('الليله');
    const prev = procliticForms(this.norm(i - 1)).map((f) => f.form);
    const cued = demonstrative || tonight || prev.includes('منذ') || prev.includes('حتي');
    // الليلة الفاصلة بين…, المساء الثقافي: a noun phrase, not tonight
    const next = this.norm(j + 1);
    // (but السفر الليلة إلى أكرا: إلى, normalised الي, is no article)
    if ((next.startsWith('ال') && next !== 'الباكر' && next !== 'الي') || this.isNumber(j + 1)) return null;
    // أمطار في الصباح بالشمال: the part of the day named before in the sentence, else of today
    if (!cued && prev.includes('في') && found.skip === 0 && part !== 'NI')
      return { last: j, start, meaning: { k: 'part-of-day', orToday: true }, dayPart: part };
    if (!cued) return null;
    return { last: j, start, meaning: { k: 'deictic', days: 0 }, dayPart: part };
  }

  /** 10 دنانير في الشهر، مرتين في الأسبوع: a rate, read as a SET on the unit after في. */
  private rateSet(i: number): Hit | null {
    const prev = this.norm(i - 1);
    if (prev !== 'في' && prev !== 'خلال') return null;
    const next = this.norm(i + 1);
    // 300 شخص خلال اليوم الواحد، 5 دنانير في الشهر الواحد: "a single" unit, a rate after خلال too
    const single = next === 'الواحد' || next === 'الواحده';
    if (prev === 'خلال' && !single) return null;
    const unit = L.CALENDAR_UNITS.get(this.norm(i)) ?? (this.norm(i) === 'اليوم' ? 'day' : undefined);
    if (!unit) return null;
    const article = next.startsWith('ال') && !/^(الي|التي|الذي)$/.test(next) && !single;
    if (article || this.isNumber(i + 1) || L.DIRECTION_WORDS.has(next)) return null;
    if (['ذاته', 'نفسه', 'عينه', 'ذلك'].includes(next)) return null;
    // a number, a dual or مرة/مرات shortly before: the rate of something counted
    let counted = false;
    for (let k = i - 2; k >= Math.max(this.from, i - 8) && !counted; k--) {
      const w = this.norm(k);
      counted =
        this.isNumber(k) ||
        isNumeralWord(w) ||
        ['مره', 'مرات'].includes(w) ||
        (this.isWord(k) && /(تين|تان)$/.test(w));
    }
    if (!counted) return null;
    const code = { day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y' }[unit];
    return { last: i, start: this.tokens[i]!.start, meaning: { k: 'set', value: code } };
  }

  private deicticBase(i: number): Hit | null {
    const j = i;
    let skip = 0;
    if (this.innerIs(j, 'يوم', 'اليوم')) {
      const next = this.norm(j + 1);
      if (next === 'امس' || next === 'غد' || next === 'غدا' || next === 'الغد') {
        const days = next === 'امس' ? -1 : 1;
        if (days === -1 && this.norm(j + 2) === 'الاول')
          return this.hit(i, j + 2, { k: 'deictic', days: -2 });
        return this.hit(i, j + 1, { k: 'deictic', days });
      }
    }
    const n = this.norm(j);
    if ((n === 'اول' || n === 'واول') && this.norm(j + 1) === 'امس') {
      return { last: j + 1, start: this.start(i, n === 'واول' ? 1 : 0), meaning: { k: 'deictic', days: -2 } };
    }
    // أول من أمس: the day before yesterday, as the Mashriq says it
    if ((n === 'اول' || n === 'واول') && this.norm(j + 1) === 'من' && this.norm(j + 2) === 'امس') {
      return { last: j + 2, start: this.start(i, n === 'واول' ? 1 : 0), meaning: { k: 'deictic', days: -2 } };
    }
    if ((n === 'بعد' || n === 'وبعد') && (this.norm(j + 1) === 'غد' || this.norm(j + 1) === 'غدا')) {
      return { last: j + 1, start: this.start(i, n === 'وبعد' ? 1 : 0), meaning: { k: 'deictic', days: 2 } };
    }
    // غد الثلاثاء: tomorrow, with its weekday (غد alone is mostly "بعد غد" or a name)
    if (
      (n === 'غد' || n === 'وغد') &&
      this.lex.weekdays.has(this.norm(j + 1)) &&
      this.norm(i - 1) !== 'بعد'
    ) {
      return { last: j, start: this.start(i, n === 'وغد' ? 1 : 0), meaning: { k: 'deictic', days: 1 } };
    }
    const found = this.lookup(L.DEICTIC_DAYS, j);
    if (!found) return null;
    skip = found.skip;
    let days = found.entry;
    let last = j;
    if (days === -1 && this.norm(j + 1) === 'الاول') {
      days = -2;
      last = j + 1;
    }
    if (days === 0) {
      // اليوم الأول، اليوم العالمي: a day, not today; اليوم الخميس: today, a Thursday
      const next = this.norm(j + 1);
      if (
        !this.lex.weekdays.has(next) &&
        (ORDINAL_AFTER_DAY.test(next) || next === 'ذاته' || next === 'نفسه')
      ) {
        return null;
      }
      // في ذلك اليوم، نفس اليوم: a day mentioned before, not today; هذا اليوم is today after a word of
      // extent or time (خلال هذا اليوم، في مثل هذا اليوم، بقية هذا اليوم، من هذا اليوم) or before the weekday
      // or the night to come (هذا اليوم السبت، هذا اليوم والليلة القادمة), else a day being spoken of
      // (تنظيم هذا اليوم سنويا: an observance; في هذا اليوم ألقى بورقيبة: a day in history)
      const prev = this.norm(i - 1);
      if (prev === 'ذلك' || prev === 'نفس' || prev === 'ذات') return null;
      if (
        prev === 'هذا' &&
        !THIS_DAY_BEFORE.test(this.norm(i - 2)) &&
        !this.lex.weekdays.has(next) &&
        !(next === 'و' ? /^(الليله|ليله)$/.test(this.norm(j + 2)) : /^و(الليله|ليله)$/.test(next))
      )
        return null;
      // إلى اليوم، حتى اليوم، أصبحت اليوم: nowadays (not before a weekday or a date); so is اليوم
      // set against the past (لكن اليوم، أما اليوم) or before a changed state (اليوم لم يعد، اليوم أصبحت)
      // (يجب أن تخوضها اليوم، التركيز اليوم يجب أن: an obligation, which holds now rather than on one day)
      const modal =
        L.MODAL_WORDS.has(next) || (this.norm(i - 2) === 'ان' && L.MODAL_WORDS.has(this.norm(i - 3)));
      // (التحدي اليوم هو، القضية الأساسية اليوم هي: a definite subject, اليوم, then the pronoun that opens
      // its predicate: what holds nowadays)
      const copula = /^ال.{3,}/.test(prev) && /^(هو|هي|هم)$/.test(next);
      const contrast =
        modal ||
        copula ||
        /^(و)?(لكن|لكنّ|اما)$/.test(prev) ||
        /^(اصبح|اصبحت|باتت)$/.test(next) ||
        (/^(لم|ولم)$/.test(next) && /^(يعد|تعد)$/.test(this.norm(j + 2)));
      // (a number after it is a date's only before a month: تمثل اليوم 5 بالمائة)
      if (
        found.skip === 0 &&
        (L.PRESENT_CUES.has(prev) || contrast) &&
        !this.lex.weekdays.has(next) &&
        !(this.isNumber(j + 1) && this.lex.months.has(this.norm(j + 2)))
      ) {
        return { last: j, start: this.start(i, 0), meaning: { k: 'ref', value: 'PRESENT_REF' } };
      }
      // مطالب الشعب لم تتحقق اليوم: a state denied at the end of a clause is "to this day"
      const clauseEnds = !next || this.tokens[j + 1]?.kind === 'punct' || /^و(ان|لكن|هو|هي)$/.test(next);
      if (found.skip === 0 && ['لم', 'ولم'].includes(this.norm(i - 2)) && this.isWord(i - 1) && clauseEnds) {
        return { last: j, start: this.start(i, 0), meaning: { k: 'ref', value: 'PRESENT_REF' } };
      }
    }
    return { last, start: this.start(i, skip), meaning: { k: 'deictic', days } };
  }

  /** الأربعاء، يوم السبت الماضي، الخميس المقبل, and a weekday before a date: الأربعاء 18 جانفي 2017 */
  private weekday(i: number): Hit | null {
    let j = i;
    let skip = 0;
    let afterYawm = false;
    const yawm = this.formsOf(j).find((f) => f.form === 'يوم');
    if (yawm) {
      skip = yawm.skip;
      afterYawm = true;
      j++;
    }
    if (!this.isWord(j)) return null;
    let weekday: number | undefined;
    let wdSkip = 0;
    for (const f of this.formsOf(j)) {
      const w = this.lex.weekdays.get(f.form);
      // without the article only after يوم: أحد/سبت are common words
      if (w !== undefined && (afterYawm || f.form.startsWith('ال'))) {
        weekday = w;
        wdSkip = f.skip;
        break;
      }
    }
    if (weekday === undefined) return null;
    // بساقيه الاثنين، مدرسين الاثنين: the number two agreeing with a dual or plural noun
    const before = this.norm(i - 1);
    // (not after a word in ية: بقرمبالية الإثنين, a place, then Monday)
    if (
      !afterYawm &&
      weekday === 1 &&
      /(ين|يه)$/.test(before) &&
      before !== 'يومين' &&
      before !== 'بين' &&
      !(i > this.from && endsInTaMarbuta(this.text, this.tokens[i - 1]!.end))
    )
      return null;
    // تلاسن بين الاثنين: "between the two", unless a second day follows (بين الاثنين والثلاثاء، بين الاثنين 5 و…)
    if (!afterYawm && weekday === 1 && /^(و)?بين$/.test(before)) {
      const n1 = this.norm(j + 1);
      const second =
        this.isNumber(j + 1) ||
        (n1 === 'و' && this.lex.weekdays.has(this.norm(j + 2))) ||
        (n1.startsWith('و') && this.lex.weekdays.has(n1.slice(1)));
      if (!second) return null;
    }
    // سوق الجمعة، شارع السبت: a place named after the weekday
    if (!afterYawm && (this.isNameHead(i - 1) || this.innerIs(i - 1, 'سوق'))) return null;
    // الخميس الأسود، الأحد الدامي: a day named for what happened on it (an event's name), not a date
    if (NAMED_DAY_ADJ.test(this.norm(j + 1))) return null;
    if (!afterYawm) skip = wdSkip;
    else if (wdSkip > 0) return null;
    // a date right after the weekday: الأربعاء 18 جانفي 2017 / السبت 12-01-2017
    let k = j + 1;
    if (this.norm(k) === '،' || this.norm(k) === ',') k++;
    const date = this.date(k);
    if (date && hasDay(date.meaning)) {
      const m = date.meaning;
      // الأربعاء 15 فيفري: the weekday says which year
      const meaning = m.k === 'month' && m.dir === null && m.yearOffset === null ? { ...m, weekday } : m;
      return { last: date.last, start: this.start(i, skip), meaning };
    }
    // يومي الثلاثاء 7 والأربعاء 8 مارس 2017: a weekday and its day before another that names the month
    const listed = this.listedDay(k);
    if (listed) return { last: k, start: this.start(i, skip), meaning: listed };
    const dir = this.direction(j + 1);
    if (dir !== undefined) {
      return this.dayPartAfter({
        last: j + 1,
        start: this.start(i, skip),
        meaning: { k: 'weekday', weekday, dir },
      });
    }
    return this.dayPartAfter({
      last: j,
      start: this.start(i, skip),
      meaning: { k: 'weekday', weekday, dir: null },
    });
  }

  /**
   * The day number at k of a weekday joined by و to a next weekday with a full date (الثلاثاء 7 والأربعاء
   * 8 مارس 2017): that day in the month (and year) of the next date.
   */
  private listedDay(k: number): Meaning | null {
    const day = this.isNumber(k) && this.norm(k).length <= 2 ? this.intAt(k) : null;
    if (day === null || day < 1 || day > 31) return null;
    let w = k + 1;
    if (this.norm(w) === 'و') w++;
    else if (!this.norm(w).startsWith('و')) return null;
    // (والأربعاء: the و glued, read through; و الأربعاء: written apart)
    const glued = w === k + 1;
    if (!this.formsOf(w).some((f) => (!glued || f.skip > 0) && this.lex.weekdays.has(f.form))) return null;
    const next = this.date(w + 1);
    if (!next || !hasDay(next.meaning)) return null;
    const m = next.meaning;
    if (m.k === 'absolute' && m.month !== null && isValidYmd(m.year, m.month, day)) return { ...m, day };
    if (m.k === 'month' && m.day !== null && day < m.day) return { ...m, day };
    return null;
  }

  /** Reads a Gregorian month name (one or two words) at j: its number and last token. */
  private monthAt(
    j: number,
    table: Map<string, MonthEntry[]>,
    throughClitics: boolean,
  ): { month: number; last: number; skip: number; glued?: true } | null {
    if (!this.isWord(j)) return null;
    const forms = throughClitics ? this.formsOf(j) : this.innerForms(j);
    for (const f of forms) {
      const entries = table.get(f.form);
      if (!entries) continue;
      for (const e of entries) {
        let ok = true;
        for (let w = 1; w < e.phrase.length; w++) if (this.norm(j + w) !== e.phrase[w]) ok = false;
        // البلاي أوت (the "play-out" of a league): the English word, not August
        if (ok && e.phrase.length === 1 && PLAY.test(this.norm(j - 1))) return null;
        if (ok) return { month: e.month, last: j + e.phrase.length - 1, skip: f.skip };
      }
    }
    // شهرجويلية: شهر glued to a one-word month name by a typo
    for (const f of forms) {
      if (f.form.length < 6 || !f.form.startsWith('شهر')) continue;
      const e = table.get(f.form.slice(3))?.find((x) => x.phrase.length === 1);
      if (e) return { month: e.month, last: j, skip: f.skip, glued: true };
    }
    // أفريلعلى، أكتوبرالحالي: a one-word month name glued by a typo to the word after it (a preposition or
    // a direction word, which the date reads no further)
    for (const f of forms) {
      if (f.form.length < 6) continue;
      for (let n = 3; n <= Math.min(9, f.form.length - 2); n++) {
        if (!GLUED_AFTER_MONTH.has(f.form.slice(n))) continue;
        const e = table.get(f.form.slice(0, n))?.find((x) => x.phrase.length === 1);
        if (e) return { month: e.month, last: j, skip: f.skip, glued: true };
      }
    }
    return null;
  }

  /** After a month name: "/سبتمبر"، "(مارس)"، "- سبتمبر" — the paired name of another series. */
  private pairedMonth(j: number, month?: number): number {
    const p = this.norm(j);
    // يوليو تموز، مارس آذار: the other series' name of the same month, with nothing between
    if (month !== undefined && this.tokens[j]?.kind === 'word' && this.norm(j) !== this.norm(j - 1)) {
      const m = this.monthAt(j, this.lex.months, false);
      if (m && m.month === month && !m.glued && m.skip === 0) return m.last;
    }
    if (p === '/' || p === '-' || p === '(' || p === '،') {
      const m = this.monthAt(j + 1, this.lex.months, false);
      if (m) {
        if (p === '(' && this.norm(m.last + 1) === ')') return m.last + 1;
        if (p !== '(' && p !== '،') return m.last;
      }
    }
    return j - 1;
  }

  /** A year after a month: 2011، سنة 2011، من العام الماضي، الجاري. */
  private yearAfter(
    j: number,
  ): { year: number | null; yearOffset: number | null; dir: Direction; last: number } | null {
    let k = j;
    if (this.norm(k) === '،' || this.norm(k) === ',') k++;
    // 27 جانفي من سنة 2014
    if (this.norm(k) === 'من' && ['سنه', 'عام'].includes(this.norm(k + 1)) && this.isNumber(k + 2)) k++;
    if (
      ['سنه', 'عام', 'لسنه', 'لعام', 'العام', 'السنه', 'للعام', 'للسنه'].includes(this.norm(k)) &&
      this.isNumber(k + 1)
    )
      k++;
    const y = this.intAt(k);
    if (y !== null && this.norm(k).length === 4 && y >= 1000 && y <= 2999) {
      let last = k;
      if (this.norm(k + 1) === 'م' || this.norm(k + 1) === 'ميلادي') last++;
      return { year: y, yearOffset: null, dir: null, last };
    }
    // من العام الماضي / من السنة الجارية / من هذا العام
    if (this.norm(j) === 'من') {
      const m = j + 1;
      if (this.norm(m) === 'هذا' || this.norm(m) === 'هذه') {
        if (L.CALENDAR_UNITS.get(this.norm(m + 1)) === 'year')
          return { year: null, yearOffset: 0, dir: null, last: m + 1 };
        return null;
      }
      if (L.CALENDAR_UNITS.get(this.norm(m)) === 'year') {
        const d = this.direction(m + 1);
        if (d !== undefined && d !== null) return { year: null, yearOffset: d, dir: null, last: m + 1 };
      }
      return null;
    }
    const d = this.direction(j);
    if (d !== undefined) return { year: null, yearOffset: null, dir: d, last: j };
    return null;
  }

  /** 18 جانفي 2017، أيلول/سبتمبر، آذار/مارس 2011، 15 رمضان 1445هـ، 2017/01/18، 18-01-2017 */
  private date(i: number): Hit | null {
    let j = i;
    let skip = 0;
    const yawm = this.formsOf(j).find((f) => f.form === 'يوم');
    if (yawm) {
      skip = yawm.skip;
      j++;
    }
    // (بـ)نفس الشهر من سنة 2016، الشهر ذاته من العام 2016: the month named before, in that year
    if (!yawm) {
      const same = this.formsOf(i).find((f) => f.form === 'نفس' || f.form === 'ذات');
      const month = this.formsOf(i).find((f) => f.form === 'الشهر' || f.form === 'الفتره');
      let k = -1;
      if (same && (this.norm(i + 1) === 'الشهر' || this.norm(i + 1) === 'الفتره')) k = i + 2;
      else if (month && ['ذاته', 'نفسه', 'ذاتها', 'نفسها'].includes(this.norm(i + 1))) k = i + 2;
      if (k > 0 && (this.norm(k) === 'من' || this.norm(k) === 'خلال')) {
        k++;
        // نفس الفترة من السنة الماضية، الشهر ذاته من العام المنقضي: a year back
        if (['السنه', 'العام'].includes(this.norm(k)) && this.direction(k + 1) === -1) {
          const skip = (same ?? month)!.skip;
          return {
            last: k + 1,
            start: this.start(i, skip),
            meaning: { k: 'same-month', day: null, back: -1 },
          };
        }
        if (['سنه', 'عام', 'العام', 'السنه'].includes(this.norm(k))) k++;
        const year = this.isYearToken(k) ? this.intAt(k)! : null;
        if (year !== null) {
          const skip = (same ?? month)!.skip;
          // (نفس الفترة من سنة 2014: "the same period", vaguer than a month, is that year)
          const period = (this.norm(i + 1) === 'الفتره' || this.norm(i) === 'الفتره') && !!same;
          return {
            last: k,
            start: this.start(i, skip),
            meaning: { k: 'same-month', day: null, year, ...(period ? { period } : {}) },
          };
        }
      }
    }
    const numeric = this.numericDate(j);
    if (numeric) return { ...numeric, start: j === i ? numeric.start : this.start(i, skip) };
    let day: number | null = null;
    const ordinal = this.ordinalDay(j);
    if (this.isNumber(j)) {
      const d = this.intAt(j);
      if (d === null || d < 1 || d > 31 || this.norm(j).length > 2) return null;
      day = d;
      j++;
    } else if (
      this.norm(j) === 'ال' &&
      this.isNumber(j + 1) &&
      this.tokens[j + 1]!.start - this.tokens[j]!.end <= 1
    ) {
      // الـ29 من شهر شعبان
      const d = this.intAt(j + 1);
      if (d === null || d < 1 || d > 31) return null;
      day = d;
      j += 2;
    } else if (ordinal) {
      day = ordinal.day;
      // (والأول من شهر مارس: the conjunction stays out of the span)
      if (!yawm && this.inner(j) !== this.norm(j)) skip = 1;
      j = ordinal.last + 1;
    } else if (this.innerIs(j, 'الفاتح', 'غره')) {
      day = 1;
      if (!['الفاتح', 'غره'].includes(this.norm(j))) skip = 1;
      j++;
    }
    if (yawm && day === null) return null;
    if (day !== null && this.norm(j) === 'من') j++;
    // يوم 25 من هذا الشهر: a day of the current month
    if (day !== null && this.norm(j) === 'هذا' && this.norm(j + 1) === 'الشهر')
      return {
        last: j + 1,
        start: this.start(i, skip),
        meaning: { k: 'calendar', unit: 'month', offset: 0, day },
      };
    // يوم 25 من الشهر الحالي، 8 و9 من الشهر الجاري: a day of the current (next, last) month
    if (day !== null && this.norm(j) === 'الشهر') {
      const offset = this.direction(j + 1);
      if (offset !== undefined && offset !== null)
        return {
          last: j + 1,
          start: this.start(i, skip),
          meaning: { k: 'calendar', unit: 'month', offset, day },
        };
    }
    // يوم 23 من الشهر ذاته / من نفس الشهر: the month named before
    if (day !== null && day <= 31) {
      if (this.norm(j) === 'الشهر' && ['ذاته', 'نفسه', 'عينه'].includes(this.norm(j + 1)))
        return { last: j + 1, start: this.start(i, skip), meaning: { k: 'same-month', day } };
      if (['نفس', 'ذات'].includes(this.norm(j)) && this.norm(j + 1) === 'الشهر')
        return { last: j + 1, start: this.start(i, skip), meaning: { k: 'same-month', day } };
    }
    // 29 - شعبان 1436هـ، 29 - مارس 2015: a dash between the day and the month's name, when a year follows
    // (3- صفر is a score)
    if (day !== null && this.norm(j) === '-') {
      const named = this.monthAt(j + 1, this.lex.hijri, false) ?? this.monthAt(j + 1, this.lex.months, false);
      if (named && this.isNumber(named.last + 1) && /^\d{3,4}/.test(this.norm(named.last + 1))) j++;
    }
    // شهر ماي المقبل، من شهر شعبان: the word شهر belongs to the expression
    let shahr = false;
    const sh = this.formsOf(j).find((f) => f.form === 'شهر');
    if (sh && this.isWord(j + 1)) {
      if (day === null) skip = sh.skip;
      shahr = true;
      j++;
    }
    const month = this.monthAt(j, this.lex.months, day === null && !shahr);
    if (month?.glued) shahr = true;
    if (month) {
      // ملعب 15 أكتوبر، شارع 9 أفريل: a date that names a place (also when read from أكتوبر)
      if (this.isNameHead(i - 1) || (j === i && this.isNumber(i - 1) && this.isNameHead(i - 2))) return null;
      if (day === null && !shahr) skip = month.skip;
      const afterPair = this.pairedMonth(month.last + 1, month.month);
      const name = this.norm(j);
      const bare = procliticForms(name).at(-1)!.form;
      const yr = this.yearAfter(afterPair + 1);
      if (day === null && !yr && L.AMBIGUOUS_MONTHS.has(bare) && afterPair === month.last) {
        // مارس alone is a verb more often than a month: only with شهر before it
        if (!shahr) return null;
      }
      const start = this.start(i, skip);
      const last = yr ? yr.last : afterPair;
      if (yr?.year != null) {
        if (day !== null && !isValidYmd(yr.year, month.month, day)) {
          this.problem('times/impossible-date', `no such date: ${day}/${month.month}/${yr.year}`, i, last);
          return null;
        }
        return { last, start, meaning: { k: 'absolute', year: yr.year, month: month.month, day } };
      }
      if (day !== null && !isValidYmd(2000, month.month, day)) {
        this.problem('times/impossible-date', `no such date: day ${day} of month ${month.month}`, i, last);
        return null;
      }
      return {
        last,
        start,
        meaning: {
          k: 'month',
          month: month.month,
          day,
          dir: yr?.dir ?? null,
          yearOffset: yr?.yearOffset ?? null,
        },
      };
    }
    // Hijri: 15 رمضان 1445 هـ (a year or a day is required: صفر is also "zero")
    const hijri = this.monthAt(j, this.lex.hijri, day === null && !shahr);
    if (hijri) {
      let k = hijri.last + 1;
      // لهذا العام 1438 هـ، من عام 1437
      const before = k;
      if (['من', 'لهذا', 'هذا'].includes(this.norm(k))) k++;
      if (['العام', 'عام', 'السنه', 'سنه', 'لعام', 'لسنه'].includes(this.norm(k)) && this.isNumber(k + 1))
        k++;
      else k = before;
      const y = this.intAt(k);
      let year: number | null = null;
      const marked =
        /^ه[ـ]?$/.test(this.norm(k + 1)) || this.norm(k + 1) === 'هجري' || this.norm(k + 1) === 'للهجره';
      // شهر رمضان 831 زيارة: without هـ, only a year of the modern Hijri era (1300–1500) is one; a
      // smaller number is a count that follows the month
      if (
        y !== null &&
        y >= 1 &&
        y <= 1600 &&
        this.norm(k).length >= 3 &&
        (marked || (y >= 1300 && y <= 1500))
      ) {
        year = y;
        if (marked) {
          k++;
          // هـ: the tatweel may be a token of its own
          if (k + 1 < this.to && this.norm(k + 1) === '' && this.tokens[k + 1]?.start === this.tokens[k]!.end)
            k++;
        }
      } else if (/^\d{3,4}ه$/.test(this.norm(k))) {
        year = Number(this.norm(k).slice(0, -1));
      } else {
        k = hijri.last;
      }
      if (year === null && day === null) {
        // شهر ذي القعدة المقبل، شوال الماضي: a Hijri month named by its direction from the publication
        const dir = shahr || !this.isNumber(hijri.last + 1) ? this.direction(hijri.last + 1) : undefined;
        if (dir === undefined || dir === null) return null;
        return {
          last: hijri.last + 1,
          start: this.start(i, skip),
          meaning: { k: 'hijri', year: null, month: hijri.month, day: null, dir },
        };
      }
      if (day !== null && day > 30) {
        this.problem('times/impossible-date', `no such Hijri day: ${day}`, i, k);
        return null;
      }
      // 14 شوال الجاري، السابع من ذي القعدة المقبل: a day of a Hijri month named by its direction
      if (year === null && k === hijri.last) {
        const dir = this.direction(k + 1);
        if (dir !== undefined && dir !== null)
          return {
            last: k + 1,
            start: this.start(i, skip),
            meaning: { k: 'hijri', year: null, month: hijri.month, day, dir },
          };
      }
      if (day === null && year === null) return null;
      return { last: k, start: this.start(i, skip), meaning: { k: 'hijri', year, month: hijri.month, day } };
    }
    return null;
  }

  /** التاسع والعشرين، الحادي عشر، الثلاثين: an ordinal day, only when a month name follows. */
  private ordinalDay(j: number): { day: number; last: number } | null {
    const n = this.inner(j);
    // أول يوم من شهر جمادى الأولى 1438: the first day of that month
    if (n === 'اول' && this.norm(j + 1) === 'يوم' && this.norm(j + 2) === 'من') {
      let k = j + 3;
      if (this.norm(k) === 'شهر') k++;
      if (this.monthAt(k, this.lex.months, false) || this.monthAt(k, this.lex.hijri, false))
        return { day: 1, last: j + 1 };
      return null;
    }
    let day = L.ORDINAL_DAY_UNITS.get(n) ?? L.ORDINAL_DAY_TENS.get(n);
    if (day === undefined) return null;
    // النصف الأول من شهر رمضان، الأسبوع الثاني من جانفي: a part of the month, not its day
    if (PARTS_OF_MONTH.has(this.inner(j - 1))) return null;
    let last = j;
    const next = this.norm(j + 1);
    if (day < 10 && (next === 'عشر' || next === 'عشره')) {
      day += 10;
      last++;
    } else if (day < 10 && next.startsWith('و') && L.ORDINAL_DAY_TENS.has(next.slice(1))) {
      day += L.ORDINAL_DAY_TENS.get(next.slice(1))!;
      last++;
    }
    if (day > 31) return null;
    let k = last + 1;
    if (this.norm(k) === 'من') k++;
    if (this.norm(k) === 'شهر') k++;
    // العاشر من الشهر الجاري، الخامس من هذا الشهر، العاشر من الشهر ذاته: a day of a month named by reference
    if (this.monthRefAt(k)) return { day, last };
    if (!this.monthAt(k, this.lex.months, false) && !this.monthAt(k, this.lex.hijri, false)) return null;
    return { day, last };
  }

  /** الشهر الجاري (المقبل، الماضي)، هذا الشهر، الشهر ذاته، نفس الشهر: a month named by reference. */
  private monthRefAt(k: number): boolean {
    const n = this.norm(k);
    if (n === 'الشهر') {
      const dir = this.direction(k + 1);
      return (dir !== undefined && dir !== null) || ['ذاته', 'نفسه', 'عينه'].includes(this.norm(k + 1));
    }
    return (n === 'هذا' || n === 'نفس' || n === 'ذات') && this.norm(k + 1) === 'الشهر';
  }

  /** 2017/01/18، 18/01/2017، 18-01-2017، 18.01.2017 (one token), d/m/yy (ambiguous year). */
  private numericDate(i: number): Hit | null {
    if (!this.isNumber(i)) return null;
    const n = this.norm(i);
    let parts: string[] | null = null;
    let last = i;
    const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(n);
    if (dotted) parts = [dotted[1]!, dotted[2]!, dotted[3]!];
    else {
      const sep = this.norm(i + 1);
      if (
        (sep === '/' || sep === '-') &&
        this.isNumber(i + 2) &&
        this.norm(i + 3) === sep &&
        this.isNumber(i + 4)
      ) {
        const tokensAdjacent =
          this.tokens[i + 1]!.start === this.tokens[i]!.end &&
          this.tokens[i + 4]!.start === this.tokens[i + 3]!.end;
        // 28/ 10/ 1436هـ، 25 / 10 / 2015: spaced separators only around a four-digit year at either end
        const spaced =
          (n.length === 4 || this.norm(i + 4).length === 4) &&
          this.tokens[i + 1]!.start - this.tokens[i]!.end <= 1 &&
          this.tokens[i + 2]!.start - this.tokens[i + 1]!.end <= 1 &&
          this.tokens[i + 3]!.start - this.tokens[i + 2]!.end <= 1 &&
          this.tokens[i + 4]!.start - this.tokens[i + 3]!.end <= 1;
        if (!tokensAdjacent && !spaced) return null;
        parts = [n, this.norm(i + 2), this.norm(i + 4)];
        last = i + 4;
      }
    }
    if (!parts || !parts.every((p) => /^\d+$/.test(p))) return null;
    const [a, b, c] = parts.map(Number) as [number, number, number];
    let year: number;
    let month: number;
    let day: number;
    if (parts[0]!.length === 4) {
      [year, month, day] = [a, b, c];
    } else if (parts[2]!.length === 4) {
      [day, month, year] = [a, b, c];
    } else if (parts[2]!.length === 2 && parts[0]!.length <= 2) {
      if (a >= 1 && a <= 31 && b >= 1 && b <= 12) {
        this.problem(
          'times/ambiguous-year',
          `two-digit year in ${parts.join('/')}: the century is unknown`,
          i,
          last,
        );
        return {
          last,
          start: this.tokens[i]!.start,
          meaning: { k: 'month', month: b, day: a, dir: null, yearOffset: null },
        };
      }
      return null;
    } else return null;
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    // 24/10/1436، 1436/10/24هـ: a year of the modern Hijri era (or one marked هـ) makes a Hijri date
    const marked = /^ه[ـ]?$/.test(this.norm(last + 1)) || /^(هجري|للهجره|هجريه)$/.test(this.norm(last + 1));
    if ((year >= 1300 && year <= 1500) || (marked && year < 1600)) {
      if (day > 30) return null;
      if (marked) {
        last++;
        if (this.norm(last + 1) === '' && this.tokens[last + 1]?.start === this.tokens[last]!.end) last++;
      }
      return { last, start: this.tokens[i]!.start, meaning: { k: 'hijri', year, month, day } };
    }
    if (!isValidYmd(year, month, day)) {
      this.problem('times/impossible-date', `no such date: ${parts.join('/')}`, i, last);
      return null;
    }
    return { last, start: this.tokens[i]!.start, meaning: { k: 'absolute', year, month, day } };
  }

  /** عام 2017، سنة 2015، في 2011، منذ 2011، 2017م; decades; seasons. */
  private year(i: number): Hit | null {
    const season = this.seasonRule(i);
    if (season) return season;
    const decade = this.decadeRule(i) ?? this.century(i);
    if (decade) return decade;
    let j = i;
    let skip = 0;
    const cue = this.formsOf(j).find(
      (f) => f.form === 'عام' || f.form === 'العام' || f.form === 'سنه' || f.form === 'السنه',
    );
    if (cue && this.isNumber(j + 1)) {
      skip = cue.skip;
      j++;
    }
    const y = this.intAt(j);
    if (y === null || this.norm(j).length !== 4 || y < 1000 || y > 2999) return null;
    let last = j;
    // لسنة 1438 هـ: a Hijri year, not a Gregorian one
    if (/^ه[ـ]?$/.test(this.norm(j + 1)) || ['هجري', 'للهجره', 'هجريه'].includes(this.norm(j + 1)))
      return null;
    // عام 1430: a year of the modern Hijri era unless م or ميلادي follows (no Gregorian one in the news)
    if (y >= 1350 && y < 1500 && this.norm(j + 1) !== 'م' && this.norm(j + 1) !== 'ميلادي') return null;
    // 3551 م د: million dinars, not the year 3551 AD
    if (this.norm(j + 1) === 'م' && ['د', 'دت', '.'].includes(this.norm(j + 2))) return null;
    if (this.norm(j + 1) === 'م' || this.norm(j + 1) === 'ميلادي') last++;
    if (j === i) {
      // رمضان 2017: the Gregorian year of a Hijri month, which is not annotated as a date
      if (this.lex.hijri.has(this.norm(i - 1))) return null;
      // a bare number is a year only after a cue word, a year, or before م
      const prev = this.norm(i - 1);
      const prevBare = procliticForms(prev).map((f) => f.form);
      // خلال 2015 طالب بها، منذ 2011 شهدت: after these a recent year is one even before a noun
      const since = y >= 1950 && y <= 2030 && prevBare.some((p) => ['خلال', 'منذ', 'مند', 'حتي'].includes(p));
      // أكثر من 1100 حافلة: a count, whatever the cue; إلى 1500 ميل: a year before 1900 needs عام or م
      // (ما بين 2200 و2500 إصابة: nor a bare number after 2100)
      if (this.approximated(i) || (!since && this.nounAfter(j + 1)) || ((y < 1900 || y > 2100) && last === j))
        return null;
      const cued =
        last > j ||
        prevBare.some((p) => L.YEAR_CUES.has(p) || L.PART_WORDS.has(p)) ||
        ((prev === 'و' || prev === '-' || prev === '/' || prev === 'الي') && this.isYearToken(i - 2)) ||
        // (1914- 2015): the years of a life in brackets, the first one before the dash
        (prev === '(' && this.norm(j + 1) === '-' && this.isYearToken(j + 2)) ||
        (y >= 1950 && y <= 2030 && !this.countedAfter(j + 1)) ||
        (y >= 1900 && y <= 2100 && this.editionBefore(i));
      if (!cued) return null;
    }
    return { last, start: this.start(i, skip), meaning: { k: 'absolute', year: y, month: null, day: null } };
  }

  /**
   * دورة الألعاب الأولمبية 2016، كأس أمم إفريقيا 2017: the head of an edition or a tournament before
   * the name that the year at i closes (up to three words of its name, the last of them definite).
   */
  private editionBefore(i: number): boolean {
    if (!this.norm(i - 1).startsWith('ال')) return false;
    for (let k = i - 1; k >= i - 4; k--) {
      if (!this.isWord(k)) return false;
      if (procliticForms(this.norm(k)).some((f) => EDITION_HEADS.has(f.form))) return k < i - 1;
    }
    return false;
  }

  /** أكثر من / أقل من / ما يزيد عن before the word at i. */
  private moreOrLessBefore(i: number): boolean {
    const p = this.norm(i - 1);
    const pp = this.norm(i - 2);
    if (p === 'من') return ['اكثر', 'اقل', 'ازيد'].includes(pp);
    return (p === 'عن' || p === 'علي') && ['يزيد', 'مايزيد', 'يقل', 'مايقل', 'يفوق'].includes(pp);
  }

  /**
   * A unit word standing alone (سنة، أسبوع): not the head of a date or a name (سنة 2016، شهر رمضان،
   * يوم الأحد، أسبوع الأفلام) and not counted by a number before it.
   */
  private loneUnit(j: number): boolean {
    if (this.isNumber(j - 1) || isNumeralWord(this.norm(j - 1))) return false;
    const next = this.norm(j + 1);
    if (!next) return true;
    // يوم أمس، شهر رمضان، سنة 2016: the next word starts a time expression of its own (numbers,
    // months and weekdays all do)
    // (not a demonstrative, which starts هذه السنة but never follows the unit it would point to: في أقل
    // من عام بهذه المنطقة)
    // (nor a noun of manner with no preposition on it, which starts بصورة دورية but here is a noun: نشرت منذ عام
    // صورة لطفل)
    if (
      (this.flags[j + 1]! & CAN_START_TIME) !== 0 &&
      !/^(و|ف)?(ب|ل|ك)?(هذه|هذا|ذلك|تلك)$/.test(next) &&
      !L.MANNER_WORDS.has(next)
    )
      return false;
    if (next.startsWith('ال') || next.startsWith('لل') || L.DIRECTION_WORDS.has(next)) return false;
    // مرت تونس بيوم أسود، بيوم دراسي: a day described by an adjective is an occasion, not a duration
    if (this.lookup(L.UNIT_WORDS, j)?.entry.unit === 'day' && (/..ي$/.test(next) || DAY_ADJECTIVES.has(next)))
      return false;
    return !['واحد', 'واحده', 'كامل', 'كامله', 'كاملا', 'ما', 'بعد'].includes(next);
  }

  /** نحو، حوالي، يقارب at j, also after a preposition (لحوالي أسبوع، بنحو شهر). */
  private approxWord(j: number): boolean {
    const n = this.norm(j);
    if (L.APPROX_WORDS.has(n)) return true;
    return /^(ل|ب|و|ول|وب)(حوالي|نحو|قرابه|زهاء)$/.test(n);
  }

  /** أكثر من، نحو، حوالي، قرابة before the number at i: an amount, not a year. */
  private approximated(i: number): boolean {
    const p = this.norm(i - 1);
    if (['نحو', 'حوالي', 'قرابه', 'زهاء', 'يناهز', 'يقارب', 'يفوق'].includes(p)) return true;
    return p === 'من' && ['اكثر', 'اقل', 'ازيد'].includes(this.norm(i - 2));
  }

  /** A counted noun after a bare number (1100 حافلة، 300 شخص، 20 بالمائة): the number is no year. */
  private nounAfter(j: number): boolean {
    if (!this.isWord(j)) return j < this.to && (this.norm(j) === '%' || this.norm(j) === '٪');
    const n = this.norm(j);
    const bare = n.startsWith('ال') ? n.slice(2) : n;
    return this.isPercentWord(j) || NOUNS.has(bare) || CURRENCIES.has(bare);
  }

  private isYearToken(j: number): boolean {
    const y = this.intAt(j);
    return y !== null && y >= 1000 && y <= 2999 && this.norm(j).length === 4;
  }

  /** Is the word after a bare number something counted (شخص، دينار، %)? Then the number is no year. */
  private countedAfter(j: number): boolean {
    if (j >= this.to) return false;
    const t = this.tokens[j]!;
    if (t.kind === 'punct') return t.norm === '%' || t.norm === '٪';
    if (t.kind === 'number') return true;
    if (t.kind !== 'word') return false;
    const n = t.norm;
    // كأس العالم 2018 سينظم: a verb in the future follows a year
    if (isFutureVerb(n)) return false;
    // معارض السياحة 2017 خمس فعاليات: a number word counts what follows it, not the digits before
    if (isNumeralWord(n) && !/^(ال)?(الف|الاف|مليون|ملايين|مليار|مليارات)$/.test(n)) return false;
    // يورو 2016 الأخيرة: a digit string counts no definite noun
    if (n.startsWith('ال') && n.length > 3) return false;
    // عاصمة للثقافة العربية 2016 للوقوف: a preposition and the article open another phrase; so does
    // و before the article (مناظرة capes 2015 والحاصلين على…): a counted noun takes no conjunction
    if (/^(و|ف)?(بال|كال|لل)/.test(n) || /^(و|ف)ال./.test(n)) return false;
    // prepositions, conjunctions and time words may follow a year; a noun is what is counted
    return (
      !/^(و|ف|في|من|الي|علي|عن|حتي|بعد|قبل|مع|او|ثم|م|ميلادي|الي|لكن|حيث|عندما|اين|التي|الذي|ضمن|حسب|وفق|مقارنه|بين|خلال|اي|وهو|وهي|كما|بينما|مما|هو|هي|انطلاقا|ابتداء|اعتبارا|بدءا)$/.test(
        n,
      ) && !/^(و|ف)?(قد|لم|لن|كان|كانت|تم|ان)$/.test(n)
    );
  }

  /** خريف 2015، صيف العام الماضي، الصيف المقبل، هذا الشتاء */
  private seasonRule(i: number): Hit | null {
    let j = i;
    let skip = 0;
    let demonstrative = false;
    // (هذه الصائفة: the feminine demonstrative before a feminine season word)
    if (/^و?هذ(ا|ه)$/.test(this.norm(j))) {
      demonstrative = true;
      skip = this.norm(j).startsWith('و') ? 1 : 0;
      j++;
    }
    if (!this.isWord(j)) return null;
    let season: 'SP' | 'SU' | 'FA' | 'WI' | undefined;
    let withArticle = false;
    let sSkip = 0;
    for (const f of this.formsOf(j)) {
      const bare = f.form.startsWith('ال') ? f.form.slice(2) : f.form;
      const s = L.SEASONS.get(bare);
      if (s) {
        season = s;
        withArticle = f.form.startsWith('ال');
        sSkip = f.skip;
        break;
      }
    }
    if (!season) return null;
    if (!demonstrative) skip = sSkip;
    const start = this.start(i, skip);
    if (demonstrative) {
      // (هذا الصيف، هذه الصائفة: the demonstrative agrees with the season word)
      const feminine = this.norm(j).endsWith('ه');
      if (!withArticle || feminine !== this.norm(i).endsWith('ه')) return null;
      return { last: j, start, meaning: { k: 'season', season, year: null, dir: 0, yearOffset: null } };
    }
    if (withArticle) {
      const d = this.direction(j + 1);
      if (d === undefined || d === null) return null;
      return { last: j + 1, start, meaning: { k: 'season', season, year: null, dir: d, yearOffset: null } };
    }
    const y = this.yearAfter(j + 1);
    if (!y) {
      // صيف هذا العام / صيف العام الماضي
      if (this.norm(j + 1) === 'هذا' && L.CALENDAR_UNITS.get(this.norm(j + 2)) === 'year') {
        return { last: j + 2, start, meaning: { k: 'season', season, year: null, dir: null, yearOffset: 0 } };
      }
      if (L.CALENDAR_UNITS.get(this.norm(j + 1)) === 'year') {
        const d = this.direction(j + 2);
        if (d !== undefined && d !== null) {
          return {
            last: j + 2,
            start,
            meaning: { k: 'season', season, year: null, dir: null, yearOffset: d },
          };
        }
      }
      return null;
    }
    if (y.year !== null)
      return {
        last: y.last,
        start,
        meaning: { k: 'season', season, year: y.year, dir: null, yearOffset: null },
      };
    return null;
  }

  /** الثمانينات، تسعينيات القرن الماضي */
  private decadeRule(i: number): Hit | null {
    const found = this.lookup(L.DECADES, i);
    if (!found) return null;
    // في الثلاثينات من عمره: a decade of age, not of the calendar
    if (this.ofAge(i + 1) || L.AGE_WORDS.has(this.norm(i + 1))) return null;
    let last = i;
    if (this.norm(i + 1) === 'القرن' && (this.norm(i + 2) === 'الماضي' || this.norm(i + 2) === 'العشرين'))
      last = i + 2;
    return { last, start: this.start(i, found.skip), meaning: { k: 'decade', value: found.entry } };
  }

  /**
   * القرن الـ9، القرن 17، القرن التاسع عشر، القرن الحادي والعشرين، القرن العشرين: a numbered century,
   * TIMEX3 `08` for the ninth (its hundreds digits).
   */
  private century(i: number): Hit | null {
    const head = this.formsOf(i).find((f) => f.form === 'القرن');
    if (!head) return null;
    let j = i + 1;
    if (this.norm(j) === 'ال' && this.isNumber(j + 1)) j++;
    let n: number | null = null;
    let last = j;
    if (this.isNumber(j)) n = this.intAt(j);
    else {
      const w = this.norm(j);
      n = L.ORDINAL_DAY_UNITS.get(w) ?? L.ORDINAL_DAY_TENS.get(w) ?? null;
      const next = this.norm(j + 1);
      if (n !== null && n < 10 && (next === 'عشر' || next === 'عشره')) {
        n += 10;
        last++;
      } else if (n !== null && n < 10 && next.startsWith('و') && L.ORDINAL_DAY_TENS.has(next.slice(1))) {
        n += L.ORDINAL_DAY_TENS.get(next.slice(1))!;
        last++;
      }
    }
    if (n === null || n < 1 || n > 21) return null;
    // (القرن 17 ميلادي: the era after it belongs to the span)
    if (/^(ميلادي|للميلاد|م)$/.test(this.norm(last + 1))) last++;
    return {
      last,
      start: this.start(i, head.skip),
      meaning: { k: 'decade', value: String(n - 1).padStart(2, '0'), century: true },
    };
  }

  /** الأسبوع الماضي، هذا العام، العام الجاري، الشهر المقبل، السنة الماضية */
  private calendar(i: number): Hit | null {
    let j = i;
    let skip = 0;
    const n = this.norm(j);
    // هذا العام، وهذه السنة; with a preposition too (لهذا العام، بهذا الشهر)
    const dem = DEMONSTRATIVE.exec(n);
    if (dem) {
      const unit = L.CALENDAR_UNITS.get(this.norm(j + 1));
      if (!unit || unit === 'day') return null;
      return {
        last: j + 1,
        start: this.start(i, dem[1]!.length),
        meaning: { k: 'calendar', unit, offset: 0 },
      };
    }
    let unit: 'day' | 'week' | 'month' | 'year' | undefined;
    for (const f of procliticForms(n)) {
      unit = L.CALENDAR_UNITS.get(f.form);
      if (unit) {
        skip = f.skip;
        break;
      }
    }
    if (!unit || unit === 'day') return null;
    j++;
    const dir = this.direction(j);
    if (dir === undefined || dir === null) return null;
    // العام الماضي but not "العام السابق لـ…" (relative to another time)
    if (this.norm(j) === 'السابق') return null;
    return { last: j, start: this.start(i, skip), meaning: { k: 'calendar', unit, offset: dir } };
  }

  /** قبل يومين، قبل 10 أسابيع، منذ ثلاثة أيام، بعد أسبوعين; قبل أيام → PAST_REF */
  private ago(i: number): Hit | null {
    const forms = this.formsOf(i);
    const word = forms.find(
      (f) => f.form === 'قبل' || f.form === 'منذ' || f.form === 'بعد' || f.form === 'مند',
    );
    if (!word) return null;
    const sign: -1 | 1 = word.form === 'بعد' ? 1 : -1;
    // منذ قليل، قبل قليل: a moment ago; بعد قليل: in a moment
    if (this.norm(i + 1) === 'قليل') {
      const value = sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
      return { last: i + 1, start: this.start(i, word.skip), meaning: { k: 'ref', value } };
    }
    // منذ أكثر من 5 أشهر، قبل نحو 3 أشهر: an approximate count back from now is still that date
    const from = sign < 0 ? this.afterApproximation(i + 1) : i + 1;
    const span = this.countedUnit(from);
    // (but not of ten years or more: منذ ما يزيد عن 25 سنة، منذ نحو 540 مليون عام is a stretch of years, a
    // duration, as منذ أكثر من سنة is; an approximate year that far back dates nothing, while منذ حوالي 6
    // سنوات still does)
    if (
      span &&
      from > i + 1 &&
      (span.unit === 'decade' || span.unit === 'century' || (span.unit === 'year' && span.n >= 10))
    )
      return null;
    if (span && sign > 0) {
      // بعد 10 أشهر من الآن: from the publication date
      const now = this.norm(span.last + 2);
      if (this.norm(span.last + 1) === 'من' && (now === 'الان' || now === 'اليوم')) {
        return {
          last: span.last + 2,
          start: this.start(i, word.skip),
          meaning: { k: 'ago', unit: span.unit, n: span.n, sign },
        };
      }
      // بعد 9 أشهر is mostly "9 months after" something else: left to the duration rule
      return null;
    }
    if (!span) {
      // منذ قرابة السنة، منذ حوالي الشهر: about one unit ago is that month or year too, as منذ سنة is (but
      // منذ أكثر من سنة, more than a year, stays a stretch of time)
      if (word.form !== 'بعد' && /^(نحو|حوالي|قرابه|زهاء)$/.test(this.norm(i + 1))) {
        const about = L.CALENDAR_UNITS.get(this.norm(i + 2)) ?? L.UNIT_WORDS.get(this.norm(i + 2))?.unit;
        const one = L.UNIT_WORDS.get(this.norm(i + 2));
        const next = this.norm(i + 3);
        if (
          (about === 'month' || about === 'year') &&
          (!one || one.count === 1) &&
          !L.DIRECTION_WORDS.has(next) &&
          next !== 'من' &&
          !/^و(نصف|ربع|ثلث)/.test(next) &&
          !this.isNumber(i + 3)
        )
          return {
            last: i + 2,
            start: this.start(i, word.skip),
            meaning: { k: 'ago', unit: about, n: 1, sign },
          };
      }
      // منذ سنة، قبل شهر: one unit ago (بعد أسبوع is left to the duration rule); also approximated
      // (منذ نحو أسبوع: about a week ago, that day)
      // (only days and weeks: منذ أكثر من سنة is a duration)
      const approximated = sign < 0 ? this.afterApproximation(i + 1) : i + 1;
      const dayOrWeek = /^(day|week)$/.test(L.UNIT_WORDS.get(this.norm(approximated))?.unit ?? '');
      const at = dayOrWeek ? approximated : i + 1;
      const one = L.UNIT_WORDS.get(this.norm(at));
      if (one && one.count === 1 && one.unit !== 'decade' && sign < 0 && this.loneUnit(at)) {
        const next = this.norm(at + 1);
        // (قبل سنة على الانتخابات: before another event; but منذ always counts back from now, منذ سنة على
        // حد قوله)
        const since = word.form === 'منذ' || word.form === 'مند';
        if (next === 'من' || (!since && (next === 'علي' || next === 'عن'))) return null;
        const start = this.start(i, word.skip);
        if (one.unit === 'minute' || one.unit === 'hour')
          return { last: at, start, meaning: { k: 'ref', value: 'PAST_REF' } };
        return { last: at, start, meaning: { k: 'ago', unit: one.unit, n: 1, sign } };
      }
      // منذ عدة أسابيع، منذ بضعة أشهر: a vague count, an unspecified past (قبل بضع سنوات is a duration)
      const several = ['عده', 'بضع', 'بضعه'].includes(this.norm(i + 1));
      const counted = several ? L.UNIT_WORDS.get(this.norm(i + 2)) : undefined;
      if (counted && counted.count === 0 && sign < 0 && word.form !== 'قبل') {
        if (this.norm(i + 3) === 'من' || this.norm(i + 3) === 'علي') return null;
        return { last: i + 2, start: this.start(i, word.skip), meaning: { k: 'ref', value: 'PAST_REF' } };
      }
      // قبل أيام، منذ سنوات، بعد أسابيع: an unspecified past or future
      const unit = L.UNIT_WORDS.get(this.norm(i + 1));
      if (unit && unit.count === 0) {
        // منذ أيام قليلة، قبل أيام معدودة: the adjective is part of the expression
        const few = /^(قليله|قليل|معدوده)$/.test(this.norm(i + 2)) ? 1 : 0;
        // قبل ساعات من أداء القسم: hours before another event, a duration
        // (منذ أيام على هامش زيارة: منذ always counts back from now, whatever follows)
        const since = word.form === 'منذ' || word.form === 'مند';
        // (بعد ساعات فحسب من، قبل أيام فقط من: "only" between)
        const only = /^(فقط|فحسب)$/.test(this.norm(i + 2 + few)) ? 1 : 0;
        const rel = this.norm(i + 2 + few + only);
        if (!since && (rel === 'من' || rel === 'علي')) {
          if (sign > 0 || word.form !== 'قبل') return null;
          return {
            last: i + 1 + few,
            start: this.tokens[i + 1]!.start,
            meaning: { k: 'duration', unit: unit.unit, n: null },
          };
        }
        return {
          last: i + 1 + few,
          start: this.start(i, word.skip),
          meaning:
            sign < 0 ? { k: 'ref', value: 'PAST_REF' } : { k: 'ref', value: 'FUTURE_REF', after: unit.unit },
        };
      }
      return null;
    }
    // قبل يومين من الانتخابات: relative to another event, not to the publication date (منذ 3 أيام من
    // سبراطة is "from" a place: منذ always counts back from now)
    // (قبل ستة أسابيع فقط من الاحتفال: فقط between)
    const after = this.norm(span.last + (/^(فقط|فحسب)$/.test(this.norm(span.last + 1)) ? 2 : 1));
    if (word.form !== 'منذ' && word.form !== 'مند' && (after === 'من' || after === 'علي' || after === 'عن'))
      return null;
    if (span.unit === 'minute' || span.unit === 'hour') {
      return {
        last: span.last,
        start: this.start(i, word.skip),
        meaning: { k: 'ref', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' },
      };
    }
    return {
      last: span.last,
      start: this.start(i, word.skip),
      meaning: { k: 'ago', unit: span.unit, n: span.n, sign },
    };
  }

  /** The token after an approximation that starts at j (نحو، حوالي، أكثر من، ما يقارب), else j. */
  private afterApproximation(j: number): number {
    const w = this.norm(j);
    if (['نحو', 'حوالي', 'قرابه', 'زهاء'].includes(w)) return j + 1;
    if ((w === 'اكثر' || w === 'اقل') && this.norm(j + 1) === 'من') return j + 2;
    if (w === 'ما' && ['يقارب', 'يناهز', 'يزيد'].includes(this.norm(j + 1)))
      return this.norm(j + 2) === 'عن' ? j + 3 : j + 2;
    return j;
  }

  /**
   * A counted time unit: يومين، 10 أسابيع، ثلاثة أيام، 15 يوما، عشرة أعوام. The skip is that of the
   * first token (بـ3 أيام).
   */
  private countedUnit(i: number): { unit: L.Unit; n: number; last: number; start: number } | null {
    if (!this.isWord(i) && !this.isNumber(i)) return null;
    // dual noun alone
    const dual = this.lookup(L.UNIT_WORDS, i);
    if (dual && dual.entry.count === 2) {
      // مسؤولين عامين، قيمين عامين: "general", agreeing with the dual or plural before it
      const before = this.norm(i - 1);
      if (dual.entry.unit === 'year' && dual.skip === 0 && this.normIsGeneral(i) && /(ين|ان)$/.test(before))
        return null;
      return { unit: dual.entry.unit, n: 2, last: i, start: this.start(i, dual.skip) };
    }
    let j = i;
    // الـ24 ساعة
    if (this.norm(j) === 'ال' && this.isNumber(j + 1)) j++;
    else if (this.norm(j) === 'ال' && this.norm(j + 1) === '' && this.isNumber(j + 2)) j += 2;
    const num = this.numeralAt(j);
    if (!num || num.unsafe || num.vague || !Number.isFinite(num.value) || num.value <= 0) return null;
    // 0،1 بالمائة سنة قبل ذلك: a percent, not a hundred years
    if (num.value === 100 && !num.hasDigits && this.isPercentWord(j)) return null;
    const u = num.last + 1;
    if (!this.isWord(u)) return null;
    const unit = L.UNIT_WORDS.get(this.norm(u));
    if (!unit) return null;
    // plural after 3–10; singular (accusative) after 11+ or a digit string; dual after a number is odd
    if (unit.count === 2) return null;
    if (unit.count === 1 && num.value < 11 && !num.hasDigits && num.value !== 1) return null;
    // المرتبة 75 سنة 2016: the number before the year of "سنة 2016" counts no years
    if (unit.count === 1 && this.isYearToken(u + 1)) return null;
    // 40 سنة ضوئية، 4 سنوات ضوئية: light-years are a distance
    if (unit.unit === 'year' && /^(ضوئيه|ضوئيا|ضوئي)$/.test(this.norm(u + 1))) return null;
    // باكالوريا 2017 يوم الأربعاء 07 جوان، دورة 2017 أيام 15 و16 جوان: يوم / أيام before a weekday or
    // a day is the start of a date
    if (unit.unit === 'day' && (this.isNumber(u + 1) || this.lex.weekdays.has(this.norm(u + 1)))) return null;
    // الدور السادس عشر أيام 10 و11 مارس: the عشر of an ordinal counts nothing
    if (!num.hasDigits && /^(عشر|عشره)$/.test(this.norm(j)) && L.ORDINAL_DAY_UNITS.has(this.norm(j - 1)))
      return null;
    return { unit: unit.unit, n: num.value, last: u, start: j === i ? num.start : this.tokens[i]!.start };
  }

  /** الأشهر الماضية، السنوات الأخيرة، الأيام المقبلة; حاليا، مؤخرا، الآن; الوقت الراهن */
  /**
   * في وقت مبكر من صباح أمس، في ساعة متأخرة من الليلة: the start or end of the part of a day (or of the
   * date) named after من.
   */
  private earlyOrLate(i: number): Hit | null {
    const mod = EARLY_LATE.get(this.norm(i + 1));
    if (mod === undefined || this.norm(i + 2) !== 'من') return null;
    const head = this.formsOf(i).find((f) => f.form === 'وقت' || f.form === 'ساعه' || f.form === 'ساعات');
    if (!head) return null;
    const inner = this.dayPartRule(i + 3) ?? this.deictic(i + 3) ?? this.weekday(i + 3);
    if (!inner || inner.mod) return null;
    return { ...inner, start: this.start(i, head.skip), mod };
  }

  private refs(i: number): Hit | null {
    const early = this.earlyOrLate(i);
    if (early) return early;
    const single = this.lookup(L.REF_WORDS, i);
    if (single) {
      // حتى الآن, إلى الآن, إلى حد الآن ("so far", "yet") are no time of their own (`blind4`, `blind8`,
      // `blind11`, `blind13`, `blind14`: the later annotators), nor في الآن ذاته / نفسه ("at the same time")
      if (this.norm(i) === 'الان') {
        const before = this.norm(i - 1);
        if (
          /^(و)?(حتي|الي)$/.test(before) ||
          // (لحد الآن، للآن: the Tunisian "so far", ل before حد or on الآن itself)
          /^(و)?لحد$/.test(before) ||
          (/^حد$/.test(before) && /^(و)?(الي|حتي|ل)$/.test(this.norm(i - 2)))
        )
          return null;
        if (/^(ذاته|نفسه)$/.test(this.norm(i + 1))) return null;
      }
      // ألان فليك: written with a hamza on its alif, ألان is the name Alain (now is الآن / الان)
      if (this.norm(i) === 'الان' && this.text[this.tokens[i]!.start] === 'أ') return null;
      // رئيس الكنفدرالية السويسرية سابقا، (جبهة النصرة سابقا)، "أستانا سابقا": "former" after a title
      // or closing a name in brackets or quotes, not "earlier"
      if (this.norm(i).endsWith('سابقا') && (this.afterTitle(i) || /^[)"»”]$/.test(this.norm(i + 1))))
        return null;
      return { last: i, start: this.start(i, single.skip), meaning: { k: 'ref', value: single.entry } };
    }
    // فيما بعد: later (not فيما بعد الظهر / بعد ذلك / بعد 2011, "in what followed" something; nor after
    // a past tense, تبين فيما بعد، وقد تم فيما بعد، لكن اتضح فيما بعد: later than a past event, not to come)
    const afterBaad = this.norm(i + 2);
    if (
      this.norm(i) === 'فيما' &&
      this.norm(i + 1) === 'بعد' &&
      !afterBaad.startsWith('ال') &&
      !/^(ذلك|هذا|هذه|تلك)$/.test(afterBaad) &&
      !this.isNumber(i + 2) &&
      ![1, 2, 3].some((b) => PAST_AUXILIARY.test(this.norm(i - b)))
    )
      return { last: i + 1, start: this.start(i, 0), meaning: { k: 'ref', value: 'FUTURE_REF' } };
    // في قادم الأيام، مقبل الأسابيع: the adjective of direction before a plural of time in construct, the days
    // to come (a plural only: قادم الفترة is no usage)
    if (
      (this.norm(i) === 'قادم' || this.norm(i) === 'مقبل') &&
      /^ال(ايام|اسابيع|اشهر|شهور|سنوات|اعوام)$/.test(this.norm(i + 1))
    )
      return { last: i + 1, start: this.start(i, 0), meaning: { k: 'ref', value: 'FUTURE_REF' } };
    // يوما ما: some day (to come)
    if (this.norm(i) === 'يوما' && this.norm(i + 1) === 'ما')
      return { last: i + 1, start: this.start(i, 0), meaning: { k: 'ref', value: 'FUTURE_REF' } };
    // في أقرب وقت ممكن / في أقرب الآجال: as soon as possible
    if (this.norm(i) === 'اقرب' && procliticForms(this.norm(i - 1)).some((f) => f.form === 'في')) {
      const next = this.norm(i + 1);
      if (next === 'الاجال' || next === 'وقت' || next === 'الاوقات') {
        const last = next === 'وقت' && this.norm(i + 2) === 'ممكن' ? i + 2 : i + 1;
        return { last, start: this.start(i, 0), meaning: { k: 'ref', value: 'FUTURE_REF' } };
      }
    }
    const forms = this.formsOf(i);
    const plural = forms.find((f) => L.REF_PLURALS.has(f.form));
    if (plural) {
      let j = i + 1;
      // (الفترة القريبة القادمة: "near" before the adjective of direction)
      if (this.norm(j) === 'القليله' || this.norm(j) === 'القريبه') j++;
      // الساعات الـ24 الأخيرة، الأيام 10 المقبلة: a counted stretch, a duration
      const counted = this.norm(j) === 'ال' && this.isNumber(j + 1) ? j + 1 : this.isNumber(j) ? j : -1;
      const unit = counted > 0 ? L.UNIT_WORDS.get(plural.form.slice(2)) : undefined;
      const n = counted > 0 ? this.intAt(counted) : null;
      const after = this.norm(counted + 1);
      if (unit && n !== null && n > 0 && (L.PAST_ADJ.has(after) || L.FUTURE_ADJ.has(after)))
        return {
          last: counted + 1,
          start: this.start(i, plural.skip),
          meaning: { k: 'duration', unit: unit.unit, n },
        };
      // الفترة القادم: a singular period noun with the adjective's ة dropped (a common typo)
      const singularPeriod = ['الفتره', 'المرحله', 'المده'].includes(plural.form);
      const typed = this.norm(j);
      const adj = singularPeriod && !typed.endsWith('ه') ? `${typed}ه` : typed;
      if (L.PAST_ADJ.has(adj))
        return { last: j, start: this.start(i, plural.skip), meaning: { k: 'ref', value: 'PAST_REF' } };
      // (الأيام الموالية، الفترة الموالية: the days after a day just named, not after now)
      if (L.FUTURE_ADJ.has(adj) && adj !== 'المواليه')
        return { last: j, start: this.start(i, plural.skip), meaning: { k: 'ref', value: 'FUTURE_REF' } };
      if (L.PRESENT_ADJ.has(adj))
        return { last: j, start: this.start(i, plural.skip), meaning: { k: 'ref', value: 'PRESENT_REF' } };
      // هذه الأيام: these days (not هذه الأيام الثلاثة، a counted stretch)
      if (
        plural.form === 'الايام' &&
        plural.skip === 0 &&
        this.norm(i - 1) === 'هذه' &&
        !/^ال(?!ي$|تي$|ذي$)/.test(adj)
      )
        return { last: i, start: this.start(i - 1, 0), meaning: { k: 'ref', value: 'PRESENT_REF' } };
      return null;
    }
    const waqt = forms.find((f) => f.form === 'الوقت');
    if (waqt && ['الراهن', 'الحالي', 'الحاضر'].includes(this.norm(i + 1))) {
      return { last: i + 1, start: this.start(i, waqt.skip), meaning: { k: 'ref', value: 'PRESENT_REF' } };
    }
    // في السابق، في الماضي: before; في المستقبل (القريب)، في القريب العاجل: later
    const prevFi = procliticForms(this.norm(i - 1)).some((f) => f.form === 'في');
    if (prevFi && this.isWord(i)) {
      const n = this.norm(i);
      const value = L.REF_AFTER_FI.get(n);
      if (value) {
        let last = i;
        if (n === 'المستقبل' && ['القريب', 'البعيد', 'المنظور'].includes(this.norm(i + 1))) last++;
        if (n === 'القريب' && this.norm(i + 1) !== 'العاجل') return null;
        if (n === 'القريب') last++;
        // في السابق من الزمن, في الماضي القريب
        if (n === 'الماضي' && this.norm(i + 1) === 'القريب') last++;
        // في المستقبل الرياضي: a name (مستقبل المرسى), not a time
        const next = this.norm(last + 1);
        if (last === i && next.startsWith('ال') && !/^(الي|التي|الذي)$/.test(next)) return null;
        return { last, start: this.start(i, 0), meaning: { k: 'ref', value } };
      }
    }
    // منذ فترة، منذ مدة طويلة، منذ زمن بعيد، منذ وقت: some time ago
    const since = forms.find((f) => f.form === 'منذ' || f.form === 'مند');
    if (since && L.SOME_TIME.has(this.norm(i + 1))) {
      let last = i + 1;
      if (L.SOME_TIME_ADJ.has(this.norm(i + 2))) last++;
      // منذ فترة الاستعمار: the period of something, not "a while ago"
      else if (this.norm(i + 2).startsWith('ال') && !/^(الي|التي|الذي)$/.test(this.norm(i + 2))) return null;
      return { last, start: this.start(i, since.skip), meaning: { k: 'ref', value: 'PAST_REF' } };
    }
    // إلى موعد لاحق، إلى تاريخ لاحق، في وقت لاحق: a later date, left open (an event put off to it)
    const later = this.norm(i + 1) === 'لاحق' ? forms.find((f) => LATER_DATE_NOUNS.has(f.form)) : undefined;
    if (later && (later.skip > 0 || /^(الي|في|حتي)$/.test(this.norm(i - 1))))
      return { last: i + 1, start: this.start(i, later.skip), meaning: { k: 'ref', value: 'FUTURE_REF' } };
    // في وقت سابق، في وقت لاحق
    const indefinite = forms.find((f) => f.form === 'وقت');
    if (indefinite && this.norm(i - 1) === 'في') {
      const adj = this.norm(i + 1);
      if (adj === 'سابق')
        return {
          last: i + 1,
          start: this.start(i, indefinite.skip),
          meaning: { k: 'ref', value: 'PAST_REF' },
        };
      if (adj === 'لاحق')
        return {
          last: i + 1,
          start: this.start(i, indefinite.skip),
          meaning: { k: 'ref', value: 'FUTURE_REF' },
        };
    }
    return null;
  }

  /** A title among the few words before j, in the same clause (رئيس الكنفدرالية السويسرية سابقا). */
  private afterTitle(j: number): boolean {
    // (the words between are a definite complement, or a construct noun and one: وزير الخارجية،
    // رئيس حركة النهضة — not a verb, as in اللاعب تألق سابقا)
    for (let k = j - 1; k >= Math.max(this.from, j - 4); k--) {
      if (this.tokens[k]!.kind !== 'word') return false;
      if (this.formsOf(k).some((f) => L.TITLE_NOUNS.has(f.form))) {
        const between = [];
        for (let b = k + 1; b < j; b++) between.push(this.norm(b));
        const definite = (w: string) => w.startsWith('ال');
        return between.every(definite) || (between.length >= 2 && between.slice(1).every(definite));
      }
    }
    return false;
  }

  /** يومين، ثلاثة أسابيع، 10 سنوات، لمدة أسبوع، يوم واحد */
  private duration(i: number): Hit | null {
    const race = this.raceTime(i);
    if (race) return race;
    const early = this.earlyOrLate(i);
    if (early) return early;
    // يومي عطلة، بيومي عمل، يومي إضراب: the dual of يوم in construct with the kind of day (يومي alone
    // is mostly the adjective "daily")
    const twoDays = this.formsOf(i).find((f) => f.form === 'يومي');
    if (twoDays && /^(عطله|عمل|راحه|اضراب|حداد)$/.test(this.norm(i + 1)))
      return { last: i, start: this.start(i, twoDays.skip), meaning: { k: 'duration', unit: 'day', n: 2 } };
    // خلال ساعات، طيلة أيام: an unspecified number of units
    const vague = L.UNIT_WORDS.get(this.norm(i));
    // (not سنوات عدة, read below, nor ساعات الذروة, أيام العيد: a noun in construct)
    if (vague && vague.count === 0 && WITHIN.has(this.norm(i - 1))) {
      const after = this.norm(i + 1);
      // (خلال أشهر جويلية وأوت: the head of the months named after it)
      if (!VAGUE_AFTER.has(after) && !after.startsWith('ال') && !this.lex.months.has(after))
        return {
          last: i,
          start: this.tokens[i]!.start,
          meaning: { k: 'duration', unit: vague.unit, n: null },
        };
    }
    // لأشهر، لسنوات، لساعات طويلة: for some units (not أيام, the head of festivals' names: لأيام قرطاج)
    const forUnits = this.norm(i).startsWith('ل') ? L.UNIT_WORDS.get(this.norm(i).slice(1)) : undefined;
    if (forUnits && forUnits.count === 0 && forUnits.unit !== 'day' && forUnits.unit !== 'century') {
      const after = this.norm(i + 1);
      const vagueAfter = VAGUE_AFTER.has(after);
      // (لعقود استثمارية: contracts, a noun with its nisba adjective)
      const nisba = /^[^و].{2,}(ي|يه)$/.test(after);
      if (
        vagueAfter ||
        (!after.startsWith('ال') && !nisba && !this.isNumber(i + 1) && !this.lex.months.has(after))
      )
        return {
          last: vagueAfter ? i + 1 : i,
          start: this.start(i, 1),
          meaning: { k: 'duration', unit: forUnits.unit, n: null },
        };
    }
    // ساعات قبل اغتيال المهندس، أياما بعد انطلاق الموسم: some units before or after an event, a duration
    if (
      vague &&
      vague.count === 0 &&
      /^(قبل|بعد)$/.test(this.norm(i + 1)) &&
      this.isWord(i + 2) &&
      !/^(ذلك|من|علي)$/.test(this.norm(i + 2)) &&
      !this.isNumber(i - 1) &&
      !isNumeralWord(this.norm(i - 1)) &&
      !/^(و?(منذ|قبل|بعد|من)|عده|بضع|بضعه)$/.test(this.norm(i - 1))
    )
      return { last: i, start: this.tokens[i]!.start, meaning: { k: 'duration', unit: vague.unit, n: null } };
    const counted = this.countedUnit(i);
    if (counted) {
      let last = counted.last;
      let plus: { unit: L.Unit; n: number } | undefined;
      // ثلاث ساعات و16 دقيقة، سنة و6 أشهر: a second, smaller unit after و
      const after = this.norm(last + 1);
      const k = after === 'و' ? last + 2 : after.startsWith('و') ? last + 1 : -1;
      if (k > 0) {
        const second = this.countedUnit(k) ?? this.countedSeconds(k);
        if (second && UNIT_RANK[second.unit] < UNIT_RANK[counted.unit]) {
          plus = { unit: second.unit, n: second.n };
          last = second.last;
          // 23 ثانية و85 جزء بالمائة: hundredths of a second (race times)
          const hundredths = second.unit === 'second' ? this.hundredthsAfter(last) : null;
          if (hundredths) {
            plus = { unit: 'second', n: Math.round((second.n + hundredths.n / 100) * 100) / 100 };
            last = hundredths.last;
          }
        }
      }
      // 19.48 ساعة، 12.30 ساعة: hours and minutes written as a clock reading (two digits under 60 after
      // the point), not a decimal fraction of an hour
      if (!plus && counted.unit === 'hour' && !Number.isInteger(counted.n)) {
        const clock = /^(\d+)[.,،:](\d\d)$/.exec(
          this.text.slice(counted.start, this.tokens[counted.last - 1]!.end),
        );
        if (clock && Number(clock[2]) < 60) {
          counted.n = Number(clock[1]);
          plus = { unit: 'minute', n: Number(clock[2]) };
        }
      }
      // سنتين ونصف، أربع ساعات ونصف: and a half, in the next unit down
      const half = plus ? null : this.halfAfter(last);
      const halfUnit = L.HALF_OF.get(counted.unit);
      if (half !== null && halfUnit) {
        plus = halfUnit;
        last = half;
      }
      // (تعود) إلى 30 سنة مضت: back to that many units ago, a date (تراكمات 4 سنوات مضت: a duration)
      if (
        !plus &&
        /^(الي|حتي|منذ)$/.test(this.norm(i - 1)) &&
        /^(مضت|خلت|مضي|خلا)$/.test(this.norm(last + 1)) &&
        // (not centuries, a span of history: إلى ثلاث قرون خلت; nor hours, a moment)
        /^(year|month|week|day)$/.test(counted.unit)
      )
        return {
          last: last + 1,
          start: counted.start,
          meaning: { k: 'ago', unit: counted.unit, n: counted.n, sign: -1 },
        };
      // الخمس سنوات القادمة، الأيام الثلاثة الماضية: the adjective belongs to the span
      if (!plus && (L.FUTURE_ADJ.has(this.norm(last + 1)) || L.PAST_ADJ.has(this.norm(last + 1)))) last++;
      const meaning: Meaning = plus
        ? { k: 'duration', unit: counted.unit, n: counted.n, plus }
        : { k: 'duration', unit: counted.unit, n: counted.n };
      return { last, start: counted.start, meaning };
    }
    // أكثر من 14 ثانية، لمدة 30 ثانية: seconds counted in digits are a duration alone too (ثانية after a
    // number is never the ordinal)
    if (this.isNumber(i)) {
      const seconds = this.countedSeconds(i);
      // (a whole number: 0.001 ثانية is a measure of its own)
      if (seconds && Number.isInteger(seconds.n))
        return {
          last: seconds.last,
          start: this.tokens[i]!.start,
          meaning: { k: 'duration', unit: 'second', n: seconds.n },
        };
    }
    // نصف ساعة، ربع ساعة، ثلث ساعة، ربع قرن: a fraction of a unit, in a smaller unit
    const fraction = L.UNIT_FRACTIONS.get(this.inner(i));
    if (fraction) {
      const unit = L.UNIT_WORDS.get(this.norm(i + 1));
      const sub = unit && unit.count === 1 ? L.SUB_UNITS.get(unit.unit) : undefined;
      const n = sub ? sub.n * fraction : 0;
      if (sub && Number.isInteger(n) && !this.norm(i + 2).startsWith('ال') && !this.isNumber(i + 2))
        return {
          last: i + 1,
          start: this.start(i, this.norm(i) === this.inner(i) ? 0 : 1),
          meaning: { k: 'duration', unit: sub.unit, n },
        };
    }
    // اليومين الماضيين، الأسبوعين الأخيرين، الشهرين القادمين: two units
    const dual = this.lookup(L.DEFINITE_DUAL_UNITS, i);
    // (لمدة تجاوزت الساعتين، دامت اليومين، حوالي الشهرين: a length of two units after a word of length,
    // of lasting or exceeding, or an approximation)
    if (
      dual &&
      (L.DUAL_TIME_ADJ.has(this.norm(i + 1)) ||
        (dual.skip === 0 &&
          (LENGTH_BEFORE_DUAL.has(this.norm(i - 1)) || this.approxWord(i - 1) || this.moreOrLessBefore(i))))
    ) {
      const last = L.DUAL_TIME_ADJ.has(this.norm(i + 1)) ? i + 1 : i;
      return {
        last,
        start: this.start(i, dual.skip),
        meaning: { k: 'duration', unit: dual.entry, n: 2 },
      };
    }
    // منذ حوالي الشهر، لمدة تقارب السنة: about one unit
    const approxUnit = L.CALENDAR_UNITS.get(this.norm(i));
    if (approxUnit && (this.approxWord(i - 1) || this.moreOrLessBefore(i))) {
      const next = this.norm(i + 1);
      if (!next.startsWith('ال') && !this.isNumber(i + 1) && !L.DIRECTION_WORDS.has(next))
        return { last: i, start: this.tokens[i]!.start, meaning: { k: 'duration', unit: approxUnit, n: 1 } };
    }
    // الستة الأشهر القادمة، الثلاث السنوات الأخيرة: a definite number word before the definite plural unit
    if (this.norm(i).startsWith('ال') && this.isWord(i + 1)) {
      const num = this.numeralAt(i);
      const unit = num ? this.lookup(DEFINITE_UNIT_PLURALS, i + 1) : null;
      if (
        num &&
        unit &&
        unit.skip === 0 &&
        !num.hasDigits &&
        !num.vague &&
        num.last === i &&
        num.value >= 3
      ) {
        let last = i + 1;
        const adj = this.norm(last + 1);
        if (L.PAST_ADJ.has(adj) || L.FUTURE_ADJ.has(adj)) last++;
        return { last, start: this.start(i, 0), meaning: { k: 'duration', unit: unit.entry, n: num.value } };
      }
    }
    // الأيام الأربعة الأخيرة، السنوات العشر الماضية: a definite plural unit and a number word
    const definite = this.lookup(DEFINITE_UNIT_PLURALS, i);
    if (definite && this.isWord(i + 1)) {
      const num = this.numeralAt(i + 1);
      if (num && !num.hasDigits && !num.vague && num.first === num.last && num.value >= 3) {
        let last = num.last;
        const adj = this.norm(last + 1);
        if (L.PAST_ADJ.has(adj) || L.FUTURE_ADJ.has(adj)) last++;
        return {
          last,
          start: this.start(i, definite.skip),
          meaning: { k: 'duration', unit: definite.entry, n: num.value },
        };
      }
    }
    // بين 24 و63 سنة، سن الـ50 والـ60 عاما، من 3 إلى 5 سنوات: the first number takes the unit
    if (this.isNumber(i) || (this.norm(i) === 'ال' && this.isNumber(i + 1))) {
      const first = this.isNumber(i) ? i : i + 1;
      const n = this.intAt(first);
      let k = first + 1;
      const conn = this.norm(k);
      if (['و', 'الي', 'حتي', 'او', '-'].includes(conn)) k++;
      else if (conn === 'وال' && this.isNumber(k + 1)) k++;
      else k = -1;
      // لأقل من 18 و19 و21 سنة: a list of numbers joined by و, the unit said after the last, shares it
      for (let more = 0; more < 4 && k > 0 && this.isNumber(k) && this.norm(k + 1) === 'و'; more++) {
        if (!this.isNumber(k + 2) || (this.intAt(k) ?? 0) >= (this.intAt(k + 2) ?? 0)) break;
        k += 2;
      }
      const second = n !== null && n > 0 && k > 0 ? this.countedUnit(k) : null;
      if (second && this.norm(first).length <= 3 && n! < second.n) {
        // من 10 إلى 12 ألف سنة: the first number shares the multiplier of the second (10 000 years)
        const base = this.isNumber(k) ? this.intAt(k) : null;
        const factor = base && second.n > base && second.n % base === 0 && n! < base ? second.n / base : 1;
        return {
          last: first,
          start: this.tokens[i]!.start,
          meaning: { k: 'duration', unit: second.unit, n: n! * factor },
        };
      }
    }
    // لمدة أسبوع، طيلة شهر، طوال عام
    const lead = this.formsOf(i).find((f) => ['مده', 'طيله', 'طوال', 'ظرف', 'غضون'].includes(f.form));
    if (lead) {
      const unit = L.UNIT_WORDS.get(this.norm(i + 1));
      // (في غضون سنة 2020 is the year; طوال شهر رمضان، طيلة شهر جانفي: the month named, no length)
      const after = this.norm(i + 2);
      if (
        unit &&
        unit.count === 1 &&
        !after.startsWith('ال') &&
        !this.isNumber(i + 2) &&
        !this.lex.hijri.has(after) &&
        !this.lex.months.has(after)
      ) {
        // لمدة ساعة ونصف
        const halfEnd = this.halfAfter(i + 1);
        const half = L.HALF_OF.get(unit.unit);
        // (لمدة دقيقة واحدة: the number واحد agreeing after it is in the span, as after شهر واحد alone)
        const one = /^واحد(ه|ا)?$/.test(this.norm(i + 2)) ? i + 2 : i + 1;
        return {
          last: halfEnd !== null && half ? halfEnd : one,
          start: this.tokens[i + 1]!.start,
          meaning: {
            k: 'duration',
            unit: unit.unit,
            n: 1,
            ...(halfEnd !== null && half ? { plus: half } : {}),
          },
        };
      }
    }
    // عدة سنوات، سنوات عدة، سنوات طويلة، أسابيع قليلة: an unspecified number of units (TIMEX3 PXY)
    const plural = this.innerGet(L.UNIT_WORDS, i);
    if (plural && plural.entry.count === 0 && VAGUE_AFTER.has(this.norm(i + 1))) {
      // من أيام قليلة (a few days ago): من before a few units counts back from now, as منذ does
      if (
        plural.skip === 0 &&
        i - 1 >= this.from &&
        this.norm(i - 1) === 'من' &&
        /^(قليله|معدوده)$/.test(this.norm(i + 1))
      )
        return { last: i + 1, start: this.tokens[i - 1]!.start, meaning: { k: 'ref', value: 'PAST_REF' } };
      return {
        last: i + 1,
        start: this.start(i, plural.skip),
        meaning: { k: 'duration', unit: plural.entry.unit, n: null },
      };
    }
    const units = L.UNIT_WORDS.get(this.norm(i + 1));
    if (['عده', 'بضع', 'بضعه'].includes(this.inner(i)) && units?.count === 0) {
      const skip = this.norm(i) === this.inner(i) ? 0 : 1;
      return {
        last: i + 1,
        start: this.start(i, skip),
        meaning: { k: 'duration', unit: units.unit, n: null },
      };
    }
    // بعد أسبوع، خلال شهر، بعدها بأسبوع، أكثر من سنة، استمر أسبوعا: one unit
    const lone = this.isWord(i) ? this.lookup(L.UNIT_WORDS, i) : null;
    // سنة و7 أشهر: one unit and a smaller one
    if (
      lone &&
      lone.entry.count === 1 &&
      this.norm(i) !== 'ربيعا' &&
      !this.isNumber(i - 1) &&
      !isNumeralWord(this.norm(i - 1))
    ) {
      const after = this.norm(i + 1);
      const k = after === 'و' ? i + 2 : after.startsWith('و') && after.length > 1 ? i + 1 : -1;
      const second = k > 0 ? this.countedUnit(k) : null;
      const halfEnd = this.halfAfter(i);
      const half = L.HALF_OF.get(lone.entry.unit);
      if (!second && halfEnd !== null && half) {
        // سنة ونصف، ساعة ونصف
        return {
          last: halfEnd,
          start: this.start(i, lone.skip),
          meaning: { k: 'duration', unit: lone.entry.unit, n: 1, plus: half },
        };
      }
      if (second && UNIT_RANK[second.unit] < UNIT_RANK[lone.entry.unit]) {
        return {
          last: second.last,
          start: this.start(i, lone.skip),
          meaning: { k: 'duration', unit: lone.entry.unit, n: 1, plus: { unit: second.unit, n: second.n } },
        };
      }
    }
    // (not يوما بعد يوم: the same unit before بعد)
    // (not عقد, also a contract; nor القرن)
    const countable =
      lone && lone.entry.count === 1 && lone.entry.unit !== 'decade' && lone.entry.unit !== 'century';
    // من سنة إلى 4 أشهر: one unit opening a range of lengths
    const rangeOpen =
      lone !== null &&
      lone.skip === 0 &&
      this.norm(i - 1) === 'من' &&
      /^(الي|حتي)$/.test(this.norm(i + 1)) &&
      (this.isNumber(i + 2) || isNumeralWord(this.norm(i + 2)) || L.UNIT_WORDS.has(this.norm(i + 2)));
    if (
      lone &&
      countable &&
      L.UNIT_WORDS.get(this.norm(i - 2))?.unit !== lone.entry.unit &&
      (rangeOpen ||
        this.loneUnit(i) ||
        // (أسبوعا بأحد الفنادق: a word in tanween heads no name or date, whatever follows it)
        (lone.skip === 0 &&
          /^(اسبوعا|شهرا)$/.test(this.norm(i)) &&
          !this.isNumber(i - 1) &&
          !isNumeralWord(this.norm(i - 1)) &&
          !L.DIRECTION_WORDS.has(this.norm(i + 1))))
    ) {
      const bare = procliticForms(this.norm(i)).at(-1)!.form;
      // أسبوعا، شهرا (not عاما, which is also "general", nor يوما)
      const accusative = bare.endsWith('ا') && (lone.entry.unit === 'week' || lone.entry.unit === 'month');
      const prev = this.norm(i - 1);
      const cued =
        (lone.skip > 0 && this.norm(i)[lone.skip - 1] === 'ب') ||
        ['بعد', 'خلال', 'وبعد', 'وخلال'].includes(prev) ||
        // مرور عام على الحملة: a unit gone by
        /^(و|ب|وب|ل)?مرور$/.test(prev) ||
        // منح أجل شهر، مهلة أسبوع: a time limit of one unit
        /^(و|ب|ل)?(اجل|مهله)$/.test(prev) ||
        // قبل ساعة من النوم: before another event, the duration only (as قبل يومين من)
        (/^و?قبل$/.test(prev) && /^(من|علي)$/.test(this.norm(i + 1))) ||
        rangeOpen ||
        this.approxWord(i - 1) ||
        this.moreOrLessBefore(i) ||
        // سيستغرق عاما، دام عاما، قضى عاما: the object of a verb of lasting is a length of time
        (lone.skip === 0 && LASTING_VERB.test(prev) && this.norm(i).endsWith('ا'));
      if (cued || (accusative && lone.skip === 0)) {
        return {
          last: i,
          start: this.start(i, lone.skip),
          meaning: { k: 'duration', unit: lone.entry.unit, n: 1 },
        };
      }
    }
    // شهر واحد، بعام كامل، لسنة كاملة، يوما كاملا: one unit, also after a preposition (the number واحد
    // is in the span, the adjective كامل is not)
    const single = this.lookup(L.UNIT_WORDS, i);
    if (
      single &&
      single.entry.count === 1 &&
      ['واحد', 'واحده', 'واحدا', 'كامل', 'كامله', 'كاملا'].includes(this.norm(i + 1))
    ) {
      return {
        last: this.norm(i + 1).startsWith('واحد') ? i + 1 : i,
        start: this.start(i, single.skip),
        meaning: { k: 'duration', unit: single.entry.unit, n: 1 },
      };
    }
    return null;
  }

  /** ونصف / و نصف after the token at `last`: the token that ends it. */
  private halfAfter(last: number): number | null {
    const a = this.norm(last + 1);
    if (a === 'ونصف') return last + 1;
    if (a === 'و' && this.norm(last + 2) === 'نصف') return last + 2;
    return null;
  }

  /**
   * 9د و28ث و75 بالمائة، 3 دق 12 ث: a race time in the short Tunisian notation, minutes in د / دق and
   * seconds in ث (the seconds make it a time: "80 د" alone is money), hundredths after them.
   */
  private raceTime(i: number): Hit | null {
    if (!this.isNumber(i) || !/^(د|دق)$/.test(this.norm(i + 1))) return null;
    const minutes = this.intAt(i);
    let k = i + 2;
    if (this.norm(k) === 'و') k++;
    const seconds = this.isNumber(k) ? this.intAt(k) : null;
    if (minutes === null || seconds === null || seconds >= 60 || this.norm(k + 1) !== 'ث') return null;
    let last = k + 1;
    let s = seconds;
    const hundredths = this.hundredthsAfter(last);
    const h = this.norm(last + 1) === 'و' && this.isNumber(last + 2) ? this.intAt(last + 2) : null;
    if (hundredths) {
      s = Math.round((seconds + hundredths.n / 100) * 100) / 100;
      last = hundredths.last;
    } else if (h !== null && h < 100 && this.isPercentWord(last + 3)) {
      // و75 بالمائة: the hundredths without جزء
      s = Math.round((seconds + h / 100) * 100) / 100;
      last += 3;
    }
    return {
      last,
      start: this.tokens[i]!.start,
      meaning: { k: 'duration', unit: 'minute', n: minutes, plus: { unit: 'second', n: s } },
    };
  }

  /** و85 جزء بالمائة، و 27 جزءا من المائة after the token at `last`: hundredths of a second. */
  private hundredthsAfter(last: number): { n: number; last: number } | null {
    const k = this.norm(last + 1) === 'و' ? last + 2 : -1;
    const num = k > 0 && this.isNumber(k) ? this.intAt(k) : null;
    if (num === null || num >= 100 || !/^(جزء|جزءا|اجزاء)$/.test(this.norm(k + 1))) return null;
    if (this.isPercentWord(k + 2)) return { n: num, last: k + 2 };
    if (this.norm(k + 2) === 'من' && /^(المائه|المئه)$/.test(this.norm(k + 3)))
      return { n: num, last: k + 3 };
    return null;
  }

  /** 34 ثانية، ثانيتين: seconds, only as the smaller part of a compound duration. */
  private countedSeconds(k: number): { unit: L.Unit; n: number; last: number } | null {
    const dual = L.SECOND_WORDS.get(this.norm(k));
    if (dual === 2) return { unit: 'second', n: 2, last: k };
    const num = this.numeralAt(k);
    if (!num || num.vague || num.unsafe || num.value <= 0 || num.value >= 60) return null;
    const w = L.SECOND_WORDS.get(this.norm(num.last + 1));
    if (w === undefined || w === 2) return null;
    return { unit: 'second', n: num.value, last: num.last + 1 };
  }

  /** الساعة العاشرة صباحا، على الساعة 10 و30 دقيقة، 14:30، الساعة الحادية عشرة والنصف */
  /**
   * الساعة السابعة مساء … ثم في الثامنة: a definite hour word after في / على / إلى / حتى, in a sentence that
   * named a clock time with الساعة before it, is another clock time (الساعة left out).
   */
  private ellipticClock(j: number, skip: number): boolean {
    const word = this.norm(j);
    if (!word.slice(skip).startsWith('ال')) return false;
    const prep = skip > 0 ? word.slice(0, skip) : this.norm(j - 1);
    if (!/^(و?(في|علي|الي|حتي)|و?ل)$/.test(prep)) return false;
    for (let b = (skip > 0 ? j : j - 1) - 1; b >= Math.max(this.from, j - 25); b--)
      if (this.formsOf(b).some((f) => f.form === 'الساعه')) return true;
    return false;
  }

  private clock(i: number): Hit | null {
    let j = i;
    let skip = 0;
    let cue = false;
    const sa = this.formsOf(j).find((f) => f.form === 'الساعه');
    if (sa) {
      cue = true;
      skip = sa.skip;
      j++;
      // الساعة الـ8: the article written before the digits
      if (this.norm(j) === 'ال' && this.isNumber(j + 1)) j++;
    }
    let hour: number | null = null;
    let minute = 0;
    // 14:30 is written on the 24-hour clock; الساعة الثامنة may be morning or evening
    let twentyFour = false;
    if (this.isNumber(j)) {
      const hhmm = /^(\d{1,2})[:.h](\d{2})$/.exec(this.norm(j));
      const h = this.intAt(j);
      if (hhmm) {
        hour = Number(hhmm[1]);
        minute = Number(hhmm[2]);
        twentyFour = true;
        // 13.00 is a clock time only after الساعة or in parentheses (… بعد الزوال (13.00))
        const bracketed = this.norm(j - 1) === '(' && this.norm(j + 1) === ')';
        if (!cue && this.norm(j).includes('.') && !bracketed) return null;
      } else if (
        h !== null &&
        this.norm(j + 1) === ':' &&
        this.isNumber(j + 2) &&
        /^\d{2}$/.test(this.norm(j + 2))
      ) {
        hour = h;
        minute = Number(this.norm(j + 2));
        // 14 : 30، 02 : 00: two digits, the 24-hour clock as when glued
        twentyFour = this.norm(j).length === 2;
        j += 2;
      } else if (cue && h !== null) {
        hour = h;
        // الساعة 02 و53 دقيقة: a leading zero writes the 24-hour clock
        twentyFour = /^0\d$/.test(this.norm(j));
      } else if (
        i === this.from &&
        h !== null &&
        h >= 12 &&
        h <= 23 &&
        this.norm(j).length === 2 &&
        this.norm(j + 1) === ':' &&
        this.isWord(j + 2)
      ) {
        // «18: الترجي / الإفريقي»: a fixture line opens with its hour (list items are numbered lower)
        hour = h;
        twentyFour = true;
      } else return null;
    } else if (cue) {
      const w = L.HOUR_WORDS.get(this.norm(j));
      if (w !== undefined) {
        hour = w;
        if (this.norm(j + 1) === 'عشر' || this.norm(j + 1) === 'عشره') {
          hour += 10;
          j++;
        }
      } else if (this.norm(j) === 'الحاديه' && (this.norm(j + 1) === 'عشره' || this.norm(j + 1) === 'عشر')) {
        hour = 11;
        j++;
      } else if (
        this.norm(j) === 'منتصف' &&
        (this.norm(j + 1) === 'الليل' || this.norm(j + 1) === 'النهار')
      ) {
        // الساعة منتصف النهار و50 دقيقة
        hour = this.norm(j + 1) === 'النهار' ? 12 : 0;
        j++;
      } else return null;
    } else if (
      this.innerIs(j, 'منتصف') &&
      (this.norm(j + 1) === 'الليل' ||
        this.norm(j + 1) === 'النهار' ||
        // منتصف نهار اليوم، منتصف نهار هذا اليوم، منتصف نهار الأحد: noon of the day named next
        (this.norm(j + 1) === 'نهار' && this.dayAfterNoon(j + 2)))
    ) {
      // منتصف الليل، منتصف النهار
      hour = /^(ال)?نهار$/.test(this.norm(j + 1)) ? 12 : 0;
      skip = this.norm(j) === 'منتصف' ? 0 : 1;
      j++;
    } else {
      // الخامسة من صباح اليوم: an hour word without الساعة, only before a part of the day
      // (or after تمام, "exactly": في تمام الحادية عشرة والنصف)
      const tamam = /^(و|ف)?(في|ب)?تمام$/.test(this.norm(j - 1));
      const w =
        this.innerGet(L.HOUR_WORDS, j) ??
        (tamam && this.norm(j) === 'الحاديه' && /^عشره?$/.test(this.norm(j + 1))
          ? { entry: 1, skip: 0 }
          : null);
      if (!w) return null;
      // الرابطة الثالثة صباح اليوم: an ordinal agreeing with the noun before it
      const before = this.norm(j - 1);
      if (w.skip === 0 && before.startsWith('ال') && !['الي', 'الذي', 'التي'].includes(before)) return null;
      let k = j + 1;
      let h = w.entry;
      if (this.norm(k) === 'عشر' || this.norm(k) === 'عشره') {
        h += 10;
        k++;
      }
      const hourEnd = k - 1;
      // السادسة و النصف مساء، السابعة والربع صباحا: a fraction of the hour before the adverb
      const f = this.norm(k);
      if (f.length > 1 && f.startsWith('و') && FRACTION_MINUTES.has(f.slice(1))) k++;
      else if ((f === 'و' || f === 'الا') && FRACTION_MINUTES.has(this.norm(k + 1))) k += 2;
      const fractionEnd = k - 1;
      if (this.norm(k) === 'من' && fractionEnd === hourEnd) k++;
      // الواحدة ظهرا، الثانية بعد الظهر: an hour word before a part of the day or its adverb
      const adverb =
        L.CLOCK_PARTS.has(this.norm(k)) ||
        (this.norm(k) === 'بعد' && ['الظهر', 'الزوال'].includes(this.norm(k + 1)));
      // حتى السادسة بالتوقيت المحلي، الثالثة بتوقيت غرينتش: an hour word before its time zone (which
      // stays out of the span, as after الساعة)
      const zone = fractionEnd === k - 1 && /^(بالتوقيت|بتوقيت)$/.test(this.norm(k));
      if (this.wordIn(k, L.DAY_PARTS) < 0 && !adverb && !zone && !tamam && !this.ellipticClock(j, w.skip))
        return null;
      hour = h;
      skip = w.skip;
      // (the fraction and the part of the day are read below, after the hour)
      j = hourEnd;
    }
    if (hour === null || hour > 24 || minute > 59) return null;
    let last = j;
    // والنصف، والربع، و30 دقيقة، إلا ربعا
    const next = this.norm(last + 1);
    // والنصف، و النصف (the و detached), والثلث، والربع
    const fraction = next === 'و' ? FRACTION_MINUTES.get(this.norm(last + 2)) : undefined;
    const before = next === 'الا' ? FRACTION_MINUTES.get(this.norm(last + 2)) : undefined;
    if (FRACTION_MINUTES.has(next.slice(1)) && next.startsWith('و')) {
      minute = FRACTION_MINUTES.get(next.slice(1))!;
      last++;
    } else if (before !== undefined && minute === 0 && before !== 30) {
      // الرابعة إلا ربع، الخامسة إلا ثلث: minutes before the hour
      hour = (hour + 23) % 24;
      minute = 60 - before;
      last += 2;
    } else if (fraction !== undefined && minute === 0) {
      minute = fraction;
      last += 2;
    } else if (next === 'و' && minute === 0) {
      // و30 دقيقة، و عشرين دقيقة: minutes in digits or in words
      const m = this.numeralAt(last + 2);
      const unit = m ? this.norm(m.last + 1) : '';
      if (m && !m.vague && m.value > 0 && m.value < 60 && ['دقيقه', 'دقائق', 'دق'].includes(unit)) {
        minute = m.value;
        last = m.last + 1;
      }
    }
    // الساعة 8:30 دقيقة صباحا: the minutes named after the digits, before the part of the day
    if (
      minute > 0 &&
      this.isNumber(last) &&
      /^(دقيقه|دق)$/.test(this.norm(last + 1)) &&
      L.CLOCK_PARTS.has(this.norm(last + 2))
    )
      last++;
    const part = L.CLOCK_PARTS.get(this.norm(last + 1));
    let partKnown = part !== undefined || twentyFour;
    if (part) {
      last++;
      // الواحدة ليلا، الثالثة فجرا: the small hours of a night are before dawn, not in the evening
      const smallHours = part === 'pm' && this.norm(last) === 'ليلا' && hour >= 1 && hour <= 4;
      if (part === 'pm' && hour < 12 && !smallHours) hour += 12;
      // الثانية عشرة ليلا: midnight
      if (part === 'pm' && hour === 12 && this.norm(last) === 'ليلا') hour = 0;
      if (part === 'noon' && hour < 11) hour += 12;
      // الساعة العاشرة ليلا و 25 دقيقة، الثالثة فجرا و13 دقيقة: the minutes after the part of the day
      if (minute === 0 && this.norm(last + 1) === 'و') {
        const m = this.numeralAt(last + 2);
        const unit = m ? this.norm(m.last + 1) : '';
        if (m && !m.vague && m.value > 0 && m.value < 60 && ['دقيقه', 'دقائق', 'دق'].includes(unit)) {
          minute = m.value;
          last = m.last + 1;
        }
      }
    } else if (this.norm(last + 1) === 'بعد' && ['الظهر', 'الزوال'].includes(this.norm(last + 2))) {
      last += 2;
      partKnown = true;
      if (hour < 12) hour += 12;
    }
    // the day it belongs to: الساعة السابعة صباح اليوم، العاشرة من صباح يوم الأحد، 14:00 يوم الأحد
    let on: Meaning | null = null;
    let k = last + 1;
    if (this.norm(k) === 'من' || this.norm(k) === 'يوم') k++;
    const day = this.thisDay(k) ?? this.dayPartRule(k) ?? this.deictic(k) ?? this.weekday(k) ?? this.date(k);
    if (day && (day.meaning.k === 'deictic' || day.meaning.k === 'weekday' || hasDay(day.meaning))) {
      on = day.meaning;
      last = day.last;
      if (day.dayPart) partKnown = true;
      if (!part && day.dayPart && ['AF', 'EV', 'NI'].includes(day.dayPart) && hour < 12) hour += 12;
      // الواحدة والنصف من ظهر اليوم: midday, as ظهرا after the hour (before 11, the afternoon)
      if (!part && day.dayPart === 'MI' && hour < 11) hour += 12;
    } else if (!part && this.norm(last + 1) === 'من') {
      // الخامسة من مساء نفس اليوم / من مساء اليوم ذاته: the day named before, in the evening
      const dp = L.DAY_PARTS.get(this.norm(last + 2));
      const a = this.norm(last + 3);
      const b = this.norm(last + 4);
      const same =
        (['نفس', 'ذات'].includes(a) && b === 'اليوم') || (a === 'اليوم' && ['نفسه', 'ذاته'].includes(b));
      // العاشرة والنصف من ذات الليلة، الثالثة من تلك الليلة، التاسعة من الليلة نفسها: a night named
      // before (the small hours of a night are before dawn), or a morning / evening
      const c = this.norm(last + 2);
      const d = a;
      const definite = L.DEFINITE_DAY_PARTS.get(['نفس', 'ذات', 'تلك'].includes(c) ? d : c);
      const sameDefinite =
        definite !== undefined &&
        ((['نفس', 'ذات', 'تلك'].includes(c) && L.DEFINITE_DAY_PARTS.has(d)) ||
          (L.DEFINITE_DAY_PARTS.has(c) && ['نفسها', 'ذاتها', 'نفسه', 'ذاته', 'تلك'].includes(d)));
      if (dp && same) {
        last += 4;
        partKnown = true;
        if (['AF', 'EV', 'NI'].includes(dp) && hour < 12) hour += 12;
      } else if (sameDefinite) {
        last += 3;
        partKnown = true;
        const smallHours = definite === 'NI' && hour >= 1 && hour <= 4;
        if ((definite === 'NI' || definite === 'EV') && hour < 12 && !smallHours) hour += 12;
      }
    }
    if (hour === 24) hour = 0;
    const meaning: Meaning = { k: 'clock', hour, minute, on };
    // هذا المساء … على الساعة الثامنة: the pass reads an hour of unknown half by the part named before
    if (!partKnown && hour >= 1 && hour < 12) meaning.halfUnknown = true;
    return { last, start: this.start(i, skip), meaning };
  }

  /** يوميا، أسبوعيا، كل يوم، كل أسبوع، كل يوم جمعة */
  private setRule(i: number): Hit | null {
    const adv = this.lookup(L.SET_WORDS, i);
    if (adv) return { last: i, start: this.start(i, adv.skip), meaning: { k: 'set', value: adv.entry } };
    // بصفة يومية، بصورة دورية أسبوعية، بشكل شهري: an adverb of frequency
    const manner = this.formsOf(i).find((f) => L.MANNER_WORDS.has(f.form));
    if (manner && manner.skip > 0) {
      const value = L.SET_ADJECTIVES.get(this.norm(i + 1));
      if (value) return { last: i + 1, start: this.start(i, 0), meaning: { k: 'set', value } };
    }
    const kull = this.formsOf(i).find((f) => f.form === 'كل');
    if (!kull) return null;
    // كل سنتين، كل ثلاث سنوات، كل 4 أعوام; كل 40 ثانية (seconds, a duration only in a compound, are
    // a period of their own after كل)
    const every = this.countedUnit(i + 1) ?? this.countedSeconds(i + 1);
    if (every) {
      return {
        last: every.last,
        start: this.start(i, kull.skip),
        meaning: { k: 'set', value: durationValue(every.unit, every.n) },
      };
    }
    // كل صباح، كل ليلة: every morning, every night
    const part = L.DAY_PARTS.get(this.norm(i + 1));
    if (part && this.norm(i + 2) !== 'يوم' && !this.lex.weekdays.has(this.norm(i + 2)))
      return {
        last: i + 1,
        start: this.start(i, kull.skip),
        meaning: { k: 'set', value: `XXXX-XX-XXT${part}` },
      };
    // كل صيف، كل شتاء: every summer, every winter
    const season = this.isWord(i + 1) ? L.SEASONS.get(this.norm(i + 1)) : undefined;
    if (season)
      return { last: i + 1, start: this.start(i, kull.skip), meaning: { k: 'set', value: `XXXX-${season}` } };
    const unit = L.UNIT_WORDS.get(this.norm(i + 1));
    if (!unit || unit.count !== 1) return null;
    if (unit.unit === 'day' && this.isWord(i + 2)) {
      const wd = this.lex.weekdays.get(this.norm(i + 2));
      if (wd !== undefined)
        return {
          last: i + 2,
          start: this.start(i, kull.skip),
          meaning: { k: 'set', value: `XXXX-WXX-${wd}` },
        };
    }
    const code = {
      second: 'PT1S',
      minute: 'PT1M',
      hour: 'PT1H',
      day: 'P1D',
      week: 'P1W',
      month: 'P1M',
      year: 'P1Y',
      decade: 'P10Y',
      century: 'P100Y',
    }[unit.unit];
    return { last: i + 1, start: this.start(i, kull.skip), meaning: { k: 'set', value: code } };
  }

  /** '19 / ’19: a two-digit year, reported, never guessed. */
  private twoDigitYear(i: number): Hit | null {
    const n = this.norm(i);
    if (n !== "'" && n !== '’' && n !== '‘') return null;
    if (!this.isNumber(i + 1) || !/^\d{2}$/.test(this.norm(i + 1))) return null;
    if (this.tokens[i + 1]!.start !== this.tokens[i]!.end) return null;
    const yy = Number(this.norm(i + 1));
    this.problem(
      'times/ambiguous-year',
      `two-digit year '${this.norm(i + 1)}: the century is unknown`,
      i,
      i + 1,
    );
    return { last: i + 1, start: this.tokens[i]!.start, meaning: { k: 'ambiguous-year', yy } };
  }

  /** من 1 إلى 3 آب، بين 10 و12 جانفي: a bare day before إلى/و/- and a date takes its month and year. */
  private rangeStart(i: number): Hit | null {
    const d = this.intAt(i);
    if (d === null || d < 1 || d > 31 || this.norm(i).length > 2) return null;
    const conn = this.norm(i + 1);
    let k = i + 2;
    // أيام 21 22 و23 أفريل، 7 و8 و9 جوان: a list of days
    if (this.isNumber(i + 1)) k = i + 1;
    else if (!['الي', 'حتي', 'و', 'او', '-', 'ل', '،', ','].includes(conn)) return null;
    if (this.norm(k) === 'غايه') k++;
    // من 14 إلى غاية اليوم 16 أكتوبر: the second day named as "today"
    if (this.norm(k) === 'اليوم' && this.isNumber(k + 1)) k++;
    const second = this.date(k) ?? (this.isNumber(k) ? this.rangeStart(k) : null);
    if (!second) return null;
    const m = second.meaning;
    if (m.k === 'absolute' && m.month !== null && m.day !== null && d < m.day) {
      if (!isValidYmd(m.year, m.month, d)) return null;
      return { last: i, start: this.tokens[i]!.start, meaning: { ...m, day: d } };
    }
    // أيام 17 أو 18 أو 19 من نفس الشهر: the month named before
    if (
      (m.k === 'month' || m.k === 'calendar' || m.k === 'same-month' || m.k === 'hijri') &&
      m.day != null &&
      d < m.day
    ) {
      return { last: i, start: this.tokens[i]!.start, meaning: { ...m, day: d } };
    }
    return null;
  }

  /**
   * الأشهر الأولى من 2017 (START)، الأسابيع الأخيرة من 2016 (END)، الأيام الأولى من الشهر;
   * النصف الأول من 2017 → 2017-H1، الثلاثي الأخير من العام الماضي → Q4 (of a month: START / END).
   */
  private periodPart(i: number): Hit | null {
    const hours = this.hoursOf(i);
    if (hours) return hours;
    // the word after (or the one after a number word) says first, last or which half or quarter
    const next = this.norm(i + 1);
    if (
      !L.FIRST_OR_LAST.has(next) &&
      !L.DIVISION_ORDINALS.has(next) &&
      !L.FIRST_OR_LAST.has(this.norm(i + 2))
    )
      return null;
    const forms = this.formsOf(i);
    // الشهرين الأولين من سنة 2017: a dual like a plural
    const dual = forms.find((f) => L.DEFINITE_DUAL_UNITS.has(f.form));
    const plural = forms.find((f) => L.PLURAL_PERIODS.has(f.form)) ?? dual;
    const division = plural ? undefined : forms.find((f) => L.YEAR_DIVISIONS.has(f.form));
    if (!plural && !division) return null;
    let j = i + 1;
    let mod: Mod | null = null;
    let sub: string | null = null;
    let place = 0;
    if (plural) {
      // الأشهر الثلاثة الأولى
      if (isNumeralWord(this.norm(j))) j++;
      mod = L.FIRST_OR_LAST.get(this.norm(j)) ?? null;
      if (!mod) return null;
    } else {
      const kind = L.YEAR_DIVISIONS.get(division!.form)!;
      const k = L.DIVISION_ORDINALS.get(this.norm(j));
      if (k === undefined) return null;
      place = k === -1 ? (kind === 'H' ? 2 : 4) : k;
      if (kind === 'H' && place > 2) return null;
      sub = `${kind}${place}`;
    }
    j++;
    if (this.norm(j) === 'من') j++;
    // اليومين الأولين من شهر رمضان 2017: the days of a Hijri month give their count only
    const hijriAt = this.norm(j) === 'شهر' ? j + 1 : j;
    if (this.lex.hijri.has(this.norm(hijriAt))) {
      if (!dual) return null;
      return {
        last: j - 2,
        start: this.start(i, dual.skip),
        meaning: { k: 'duration', unit: L.DEFINITE_DUAL_UNITS.get(dual.form)!, n: 2 },
      };
    }
    let inner = this.date(j) ?? this.year(j) ?? this.calendar(j);
    if (!inner) {
      // من الشهر، من العام: the current one
      const unit = L.CALENDAR_UNITS.get(this.norm(j));
      if (!unit || unit === 'day') return null;
      inner = { last: j, start: this.tokens[j]!.start, meaning: { k: 'calendar', unit, offset: 0 } };
    }
    const m = inner.meaning;
    const ofYear = (m.k === 'absolute' && m.month === null) || (m.k === 'calendar' && m.unit === 'year');
    if (division?.form === 'الفصل' && !(m.k === 'absolute' && m.month === null && this.isNumber(inner.last)))
      return null;
    if (sub && !ofYear) {
      // النصف الأول من مارس: the start or end of the month
      if (m.k !== 'month' && !(m.k === 'absolute' && m.day === null) && m.k !== 'calendar') return null;
      mod = place === 1 ? 'START' : place === (sub[0] === 'H' ? 2 : 4) ? 'END' : 'MID';
      sub = null;
    }
    const skip = (plural ?? division)!.skip;
    return { last: inner.last, start: this.start(i, skip), meaning: m, mod, sub };
  }

  /**
   * الساعات الأولى من صباح الأربعاء (START), في ساعة متأخرة من ليلة أمس / الساعات الأخيرة من ليلة
   * السبت (END): the start or end of a part of a day.
   */
  private hoursOf(i: number): Hit | null {
    const forms = this.formsOf(i);
    const plural = forms.find((f) => f.form === 'الساعات');
    const late = plural ? undefined : forms.find((f) => f.form === 'ساعه');
    let mod: Mod | null = null;
    if (plural) mod = L.FIRST_OR_LAST.get(this.norm(i + 1)) ?? null;
    else if (late && ['متاخره', 'متقدمه'].includes(this.norm(i + 1))) mod = 'END';
    if (!mod || this.norm(i + 2) !== 'من') return null;
    // الساعات الأولى من صباح الأربعاء; من اليوم الاثنين، من يوم الأحد: the start of a whole day
    const day = this.dayPartRule(i + 3) ?? (plural ? (this.deictic(i + 3) ?? this.weekday(i + 3)) : null);
    if (!day) return null;
    return { ...day, start: this.start(i, (plural ?? late)!.skip), mod };
  }

  /** من العمر، من عمره at j. */
  private ofAge(j: number): boolean {
    return this.norm(j) === 'من' && L.AGE_WORDS.has(this.norm(j + 1));
  }

  /** الخامسة عشرة من العمر، في العشرين من عمره: an age, a duration in years. */
  private age(i: number): Hit | null {
    // تجاوز 35 من العمر: digits; يبلغ من العمر 78: digits after, with no unit (none must follow)
    if (this.isNumber(i)) {
      const years = this.intAt(i);
      if (years === null || years < 1 || years > 120) return null;
      const after = this.ofAge(i - 2) && !L.UNIT_WORDS.has(this.norm(i + 1)) && !this.isNumber(i + 1);
      if (!this.ofAge(i + 1) && !after) return null;
      return {
        last: after ? i : i + 2,
        start: this.tokens[i]!.start,
        meaning: { k: 'duration', unit: 'year', n: years },
      };
    }
    // البالغة من العمر سنة، يبلغ من العمر شهرا: one unit of age
    const lone = L.UNIT_WORDS.get(this.norm(i));
    if (lone && lone.count === 1 && this.ofAge(i - 2) && !this.isNumber(i + 1))
      return { last: i, start: this.tokens[i]!.start, meaning: { k: 'duration', unit: lone.unit, n: 1 } };
    // لم يتجاوز عمره العامين: a definite dual unit right after the word for age
    const dual = L.DEFINITE_DUAL_UNITS.get(this.norm(i));
    if (dual && i > this.from && L.AGE_WORDS.has(this.norm(i - 1)))
      return { last: i, start: this.tokens[i]!.start, meaning: { k: 'duration', unit: dual, n: 2 } };
    // طفلها الذي بلغ شهره الخامس، في عامها الثالث: an age told by an ordinal of its unit
    const own = POSSESSED_UNITS.get(this.norm(i));
    if (own) {
      const next = this.norm(i + 1);
      const nth = L.HOUR_WORDS.get(next) ?? L.HOUR_WORDS.get(`${next}ه`);
      if (nth === undefined) return null;
      return { last: i + 1, start: this.tokens[i]!.start, meaning: { k: 'duration', unit: own, n: nth } };
    }
    if (!this.ofAge(i + 1) && !this.ofAge(i + 2)) return null;
    const unit = this.innerGet(L.HOUR_WORDS, i);
    const tens = unit ? undefined : this.innerGet(AGE_TENS, i);
    if (!unit && !tens) return null;
    let n = unit ? unit.entry : tens!.entry;
    let j = i + 1;
    const next = this.norm(j);
    if (unit && (next === 'عشر' || next === 'عشره')) {
      n += 10;
      j++;
    } else if (unit && next.startsWith('و') && AGE_TENS.has(next.slice(1))) {
      n += AGE_TENS.get(next.slice(1))!;
      j++;
    }
    if (this.norm(j) !== 'من' || !L.AGE_WORDS.has(this.norm(j + 1))) return null;
    const skip = (unit ?? tens)!.skip;
    return { last: j + 1, start: this.start(i, skip), meaning: { k: 'duration', unit: 'year', n } };
  }

  /**
   * ليلا، صباحا after a verb, away from any day: the part of the day named last in the sentence (the
   * pass drops it when no day was named). Not after a number (من 8 صباحا), which is a clock time.
   */
  private lonePart(i: number): Hit | null {
    const part = L.DAY_PART_ADVERBS.get(this.norm(i));
    if (!part || this.isNumber(i - 1)) return null;
    return { last: i, start: this.tokens[i]!.start, meaning: { k: 'part-of-day' }, dayPart: part };
  }

  private hit(i: number, last: number, meaning: Meaning): Hit {
    const n = this.norm(i);
    return { last, start: this.start(i, n.length > 2 && (n[0] === 'و' || n[0] === 'ف') ? 1 : 0), meaning };
  }

  private problem(rule: Problem['rule'], message: string, first: number, last: number): void {
    const end = this.tokens[Math.min(last, this.to - 1)]!.end;
    const start = this.tokens[first]!.start;
    if (rule === 'times/impossible-date')
      this.blockedTo = Math.max(this.blockedTo, Math.min(last, this.to - 1));
    if (!this.problems.some((p) => p.rule === rule && p.end === end))
      this.problems.push({ rule, message, start, end });
  }
}

/** Every word a time expression can begin with (numbers and number words are checked apart). */
export function startWords(lex: Lexicons): Set<string> {
  const out = new Set<string>([
    // (وسط starts a time only before a period word: see PREV_STARTS in starts.ts)
    ...[...L.PART_WORDS.keys()].filter((w) => w !== 'وسط'),
    ...L.DAY_PARTS.keys(),
    ...L.DEICTIC_DAYS.keys(),
    ...lex.weekdays.keys(),
    ...lex.months.keys(),
    ...lex.hijri.keys(),
    ...L.ORDINAL_DAY_UNITS.keys(),
    ...L.ORDINAL_DAY_TENS.keys(),
    ...L.CALENDAR_UNITS.keys(),
    ...L.REF_WORDS.keys(),
    ...L.REF_PLURALS,
    ...L.UNIT_WORDS.keys(),
    ...L.DECADES.keys(),
    ...L.SET_WORDS.keys(),
    ...L.MANNER_WORDS,
    ...L.HOUR_WORDS.keys(),
    ...L.DEFINITE_DAY_PARTS.keys(),
    ...L.PLURAL_PERIODS,
    ...L.YEAR_DIVISIONS.keys(),
    ...AGE_TENS.keys(),
    ...L.DAY_PART_ADVERBS.keys(),
    ...[...L.SEASONS.keys()].flatMap((s) => [s, `ال${s}`]),
    ...[
      'يوم',
      'اليوم',
      'اول',
      'بعد',
      'قبل',
      'منذ',
      'مند',
      'فيما',
      'الفاتح',
      'غره',
      'ال',
      'عام',
      'العام',
      'سنه',
      'السنه',
      'القرن',
      'يومي',
      'قادم',
      'مقبل',
    ],
    ...[
      'هذا',
      'هذه',
      'الوقت',
      'مده',
      'طيله',
      'طوال',
      'ظرف',
      'غضون',
      'عده',
      'الساعه',
      'منتصف',
      // (في تمام الحادية عشرة: the hour word of eleven)
      'الحاديه',
      'كل',
      'شهر',
      'وقت',
      ...L.UNIT_FRACTIONS.keys(),
      'بضع',
      'بضعه',
      'غد',
      'نفس',
      'ذات',
      'الشهر',
    ],
    ...L.DEFINITE_DUAL_UNITS.keys(),
    ...L.REF_AFTER_FI.keys(),
    ...POSSESSED_UNITS.keys(),
    'اقرب',
  ]);
  return out;
}

function hasDay(m: Meaning): boolean {
  return (m.k === 'absolute' || m.k === 'month' || m.k === 'hijri') && m.day !== null;
}

export { parseDigits };
