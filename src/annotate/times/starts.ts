/**
 * Which tokens can start a time expression or a quantity. Most words can start neither, and both
 * passes would otherwise look every word up; here each token is looked up once, in one cache keyed by
 * word form, and the flags are kept per token list for the other pass.
 */
import type { Token } from '../../doc/index.js';
import { procliticForms } from '../numbers/clitics.js';
import { isNumeralWord, numeralWordForms } from '../numbers/numerals.js';
import { AGREEING_NUMBERS, DUAL_NOUNS, ORDINAL_WORDS } from '../quantities/lexicon.js';

export const CAN_START_TIME = 1;
export const CAN_START_QUANTITY = 2;
/** An indefinite word shaped like a dual (رجلين، رحلتين): the quantities pass checks it against the word list. */
export const CAN_BE_DUAL = 4;

const TIME_PUNCT = new Set(["'", '’', '‘']);

/** Set on a word that lets the word before it start a time expression (only in the flags cache). */
const PREV_CAN_START = 8;

/**
 * Words after which a common word starts a time expression: موعد لاحق، تاريخ لاحق; وسط الأسبوع. The common
 * word is flagged only then, so that the many sentences holding تاريخ or وسط alone stay skipped.
 */
const PREV_STARTS: ReadonlyMap<string, RegExp> = new Map([
  ['لاحق', /^(و|ف)?(ب|ل|ك)?(موعد|تاريخ)$/],
  ...['الاسبوع', 'الشهر', 'العام', 'السنه', 'شهر', 'سنه', 'عام'].map((w): [string, RegExp] => [
    w,
    /^(و|ف)?ب?وسط$/,
  ]),
]);

/**
 * The shape of an indefinite dual (رجلين، رحلتين، رجلان، رحلتان) or of a dual before a pronoun
 * (صديقيه، عينيها) or in construct (منطقتي، فريقي); the quantities pass checks the rest against the word list.
 */
const DUAL_SHAPE =
  /^(?!ال|لل|بال|كال|وال|فال)(?:.{3,}(?:(?<!ي)ين|ان|يه|يها|يهما|يهم|تي|تا)|.{2,}[^يت]ي|.{2,}[^ي]يي)$/;

/** A definite plural-or-dual in ين (اللاعبين), a dual when two names follow it; a definite dual in ان (الوزيران). */
const DEFINITE_PEOPLE_SHAPE = /^ال.{3,}(?:ين|ان)$/;

/** Proclitic chains that procliticForms strips (و/ف, then ب/ل/ك). */
const PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];

/** A code 0..63 per character: Arabic letters 1..42, digits 43, anything else 44..63. */
function charCode6(c: number): number {
  if (c >= 0x621 && c <= 0x64a) return c - 0x620;
  if (c >= 0x30 && c <= 0x39) return 43;
  return 44 + (c % 20);
}

/** The last three characters as an index into a 2^18 bitmap: proclitics never change a word's end. */
function tailKey(s: string): number {
  const n = s.length;
  return (
    (charCode6(s.charCodeAt(n - 3)) << 12) |
    (charCode6(s.charCodeAt(n - 2)) << 6) |
    charCode6(s.charCodeAt(n - 1))
  );
}

/** The word ending at `end` ends in ة, before any harakat or tanween (تقييميةً). */
export function endsInTaMarbuta(text: string, end: number): boolean {
  let k = end - 1;
  while (k > 0 && text.charCodeAt(k) >= 0x64b && text.charCodeAt(k) <= 0x652) k--;
  return text.charCodeAt(k) === 0x629;
}

/** Some token in [from, to) has one of `mask`'s flags. */
export function anyFlag(flags: Uint8Array, from: number, to: number, mask: number): boolean {
  for (let k = from; k < to; k++) if ((flags[k]! & mask) !== 0) return true;
  return false;
}

export class StartFlags {
  private readonly cache = new Map<string, number>();
  private readonly memo = new WeakMap<readonly Token[], Uint8Array>();
  /** Tails of every form that can start something: a word with another tail is skipped at once. */
  private readonly tails = new Uint8Array(1 << 18);
  /** Tails of duals (…ين، …ان، …يه): only words of five letters or more, not ending in ة, can be one. */
  private readonly dualTails = new Uint8Array(1 << 18);

  constructor(private readonly timeStarters: ReadonlySet<string>) {
    // duals: any letter before ين، ان or يه (صديقيه), and يها، يهما، يهم
    for (let c = 0x621; c <= 0x64a; c++) {
      // (…تي، …تا: a feminine dual in construct, ولايتي سوسة والمنستير، ولايتا تطاوين ومدنين)
      for (const end of ['ين', 'ان', 'يه', 'تي', 'تا'])
        this.dualTails[tailKey(`${String.fromCharCode(c)}${end}`)] = 1;
    }
    for (const end of ['يها', 'هما', 'يهم']) this.dualTails[tailKey(end)] = 1;
    // …ي after a letter other than ي or ت: a masculine dual in construct (فريقي "السهم" و"الأهلي")
    for (let a = 0x621; a <= 0x64a; a++) {
      for (let b = 0x621; b <= 0x64a; b++) {
        if (b === 0x64a || b === 0x62a) continue;
        this.dualTails[tailKey(`${String.fromCharCode(a)}${String.fromCharCode(b)}ي`)] = 1;
      }
      // (ناديي لخويا و السد: the dual in construct of a noun in ي)
      if (a !== 0x64a) this.dualTails[tailKey(`${String.fromCharCode(a)}يي`)] = 1;
    }
    const forms = [
      ...timeStarters,
      ...PREV_STARTS.keys(),
      ...numeralWordForms(),
      ...ORDINAL_WORDS.keys(),
      ...DUAL_NOUNS.keys(),
      ...AGREEING_NUMBERS.keys(),
      'صفر',
    ];
    for (const f of forms) {
      // الخمسة، العشرين: number words also take the article; short forms are marked with every
      // proclitic chain too, since their tail then includes a proclitic (وكل، بال)
      for (const form of f.startsWith('ال') ? [f] : [f, `ال${f}`]) {
        for (const prefix of form.length >= 3 ? [''] : PREFIXES) {
          const word = prefix + form;
          if (word.length >= 3) this.tails[tailKey(word)] = 1;
        }
      }
    }
  }

  /**
   * One byte of flags per token; computed once per token list. `text` is the document text, to see
   * the ة that normalisation turns into ه (سياسية is no dual in يه).
   */
  of(tokens: readonly Token[], text: string): Uint8Array {
    let flags = this.memo.get(tokens);
    if (flags) return flags;
    flags = new Uint8Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === 'number') flags[i] = CAN_START_TIME | CAN_START_QUANTITY;
      else if (t.kind === 'word') {
        let f = this.wordFlags(t.norm, text, t.end);
        if ((f & PREV_CAN_START) !== 0) {
          f &= ~PREV_CAN_START;
          const cue = PREV_STARTS.get(t.norm);
          const before = tokens[i - 1];
          if (cue && before?.kind === 'word' && cue.test(before.norm)) flags[i - 1]! |= CAN_START_TIME;
        }
        flags[i] = f;
      } else if (t.kind === 'punct' && TIME_PUNCT.has(t.norm)) flags[i] = CAN_START_TIME;
    }
    this.memo.set(tokens, flags);
    return flags;
  }

  /** The flags of the word `norm` ending at `end` in `text` (whose ة is read only when it matters). */
  private wordFlags(norm: string, text: string, end: number): number {
    if (norm.length >= 3) {
      const key = tailKey(norm);
      if (
        this.tails[key] === 0 &&
        (norm.length < 5 || this.dualTails[key] === 0 || endsInTaMarbuta(text, end))
      )
        return 0;
    }
    let f = this.cache.get(norm);
    if (f === undefined) {
      f = 0;
      for (const form of procliticForms(norm)) {
        const numeral = isNumeralWord(form.form);
        // (شهرجويلية: شهر glued to a month by a typo)
        const glued =
          form.form.length >= 6 && form.form.startsWith('شهر') && this.timeStarters.has(form.form.slice(3));
        if (numeral || glued || this.timeStarters.has(form.form)) f |= CAN_START_TIME;
        if (form.skip === 0 && PREV_STARTS.has(form.form)) f |= PREV_CAN_START;
        if (
          numeral ||
          ORDINAL_WORDS.has(form.form) ||
          DUAL_NOUNS.has(form.form) ||
          AGREEING_NUMBERS.has(form.form) ||
          form.form === 'صفر'
        )
          f |= CAN_START_QUANTITY;
        else if (DUAL_SHAPE.test(form.form) || DEFINITE_PEOPLE_SHAPE.test(form.form)) f |= CAN_BE_DUAL;
      }
      if (this.cache.size >= 100_000) this.cache.clear();
      this.cache.set(norm, f);
    }
    return (f & CAN_BE_DUAL) !== 0 && endsInTaMarbuta(text, end) ? f & ~CAN_BE_DUAL : f;
  }
}

let shared: StartFlags | undefined;

/** The flags shared by the times and quantities passes (built with the times lexicons). */
export function sharedStartFlags(build: () => ReadonlySet<string>): StartFlags {
  shared ??= new StartFlags(build());
  return shared;
}
