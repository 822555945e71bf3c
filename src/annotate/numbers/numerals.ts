/**
 * Cardinal numbers written in digits or words, read off a run of tokens: 3، 1.5 مليون، 360 ألف،
 * ثلاثة، خمسة وعشرون، ثلاثمائة، ألفين، عشرات الآلاف، مليار ونصف. Shared by the times and quantities
 * passes so that "عشرة أيام" and "عشرة أشخاص" read the same number.
 */
import type { Token } from '../../doc/index.js';
import { procliticForms, startAfterClitics } from './clitics.js';

const UNITS: ReadonlyMap<string, number> = new Map([
  ['واحد', 1],
  ['واحده', 1],
  ['اثنان', 2],
  ['اثنين', 2],
  ['اثنتان', 2],
  ['اثنتين', 2],
  ['ثلاث', 3],
  ['ثلاثه', 3],
  ['اربع', 4],
  ['اربعه', 4],
  ['خمس', 5],
  ['خمسه', 5],
  ['ست', 6],
  ['سته', 6],
  ['سبع', 7],
  ['سبعه', 7],
  ['ثمان', 8],
  ['ثماني', 8],
  ['ثمانيه', 8],
  ['تسع', 9],
  ['تسعه', 9],
  ['عشر', 10],
  ['عشره', 10],
]);

/** First halves of 11 and 12, which only occur before عشر/عشرة. */
const TEEN_HEADS: ReadonlyMap<string, number> = new Map([
  ['احد', 1],
  ['احدي', 1],
  ['اثنا', 2],
  ['اثني', 2],
  ['اثنتا', 2],
  ['اثنتي', 2],
]);

/** Stems of the tens (عشرون، ثلاثون …): cardinals add ون/ين, ordinals also the article. */
export const TEN_STEMS: readonly (readonly [string, number])[] = [
  ['عشر', 20],
  ['ثلاث', 30],
  ['اربع', 40],
  ['خمس', 50],
  ['ست', 60],
  ['سبع', 70],
  ['ثمان', 80],
  ['تسع', 90],
];

const TENS: ReadonlyMap<string, number> = new Map(
  TEN_STEMS.flatMap(([stem, v]) => [
    [`${stem}ون`, v],
    [`${stem}ين`, v],
  ]),
);

const HUNDREDS: ReadonlyMap<string, number> = new Map([
  ['مائه', 100],
  ['مئه', 100],
  ['مائتان', 200],
  ['مائتين', 200],
  ['مئتان', 200],
  ['مئتين', 200],
  // the dual in construct, before what it counts (مائتي شخص)
  ['مائتي', 200],
  ['مئتي', 200],
  ...(
    [
      ['ثلاث', 300],
      ['اربع', 400],
      ['خمس', 500],
      ['ست', 600],
      ['سبع', 700],
      ['ثمان', 800],
      ['ثماني', 800],
      ['تسع', 900],
    ] as const
  ).flatMap(([stem, v]): [string, number][] => [
    [`${stem}مائه`, v],
    [`${stem}مئه`, v],
  ]),
]);

interface Scale {
  value: number;
  /** 2 for dual forms (ألفين، مليونين), 0 for plurals (آلاف), 1 for singular. */
  count: 0 | 1 | 2;
}

const SCALES: ReadonlyMap<string, Scale> = new Map([
  ['الف', { value: 1e3, count: 1 }],
  ['الفا', { value: 1e3, count: 1 }],
  ['الفان', { value: 1e3, count: 2 }],
  ['الفين', { value: 1e3, count: 2 }],
  // duals in construct: ألفي دينار، مليوني شخص
  ['الفي', { value: 1e3, count: 2 }],
  ['مليوني', { value: 1e6, count: 2 }],
  ['ملياري', { value: 1e9, count: 2 }],
  ['الاف', { value: 1e3, count: 0 }],
  ['مليون', { value: 1e6, count: 1 }],
  ['مليونا', { value: 1e6, count: 1 }],
  ['مليونان', { value: 1e6, count: 2 }],
  ['مليونين', { value: 1e6, count: 2 }],
  ['ملايين', { value: 1e6, count: 0 }],
  ['مليار', { value: 1e9, count: 1 }],
  ['مليارا', { value: 1e9, count: 1 }],
  ['ملياران', { value: 1e9, count: 2 }],
  ['مليارين', { value: 1e9, count: 2 }],
  ['مليارات', { value: 1e9, count: 0 }],
  ['بليون', { value: 1e9, count: 1 }],
  ['تريليون', { value: 1e12, count: 1 }],
  // (8 تريليونات دولار; ترليون is the other common spelling)
  ['تريليونا', { value: 1e12, count: 1 }],
  ['تريليونات', { value: 1e12, count: 0 }],
  ['ترليون', { value: 1e12, count: 1 }],
  ['ترليونا', { value: 1e12, count: 1 }],
  ['ترليونات', { value: 1e12, count: 0 }],
]);

/** Vague plurals of ten and a hundred: their value is the lower bound, marked vague. */
const VAGUE: ReadonlyMap<string, number> = new Map([
  ['عشرات', 10],
  ['مئات', 100],
  ['مءات', 100],
]);

const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['نصف', 0.5],
  ['ربع', 0.25],
]);

export interface Numeral {
  value: number;
  /** Token range [first, last] inclusive. */
  first: number;
  last: number;
  /** Exact character range in the text (a leading clitic such as و or ب excluded). */
  start: number;
  end: number;
  hasDigits: boolean;
  /** A vague quantity (عشرات، مئات، آلاف): `value` is its lower bound. */
  vague: boolean;
  /** The digits exceed Number.MAX_SAFE_INTEGER: no value can be trusted. */
  unsafe: boolean;
  /** The last scale word used (1e3 for ألف, 1e6 for مليون), 0 when none. */
  scale: number;
}

/**
 * Reads the value of a digit string from `token.norm` (ASCII digits, `.`/`,` separators).
 * Several groups of three digits are thousands (1,500,000 / 2.016.395); a single separator before
 * exactly `000` is a thousands separator; any other single separator is a decimal point, as in the
 * Maghreb press (2,449 مليار، 1.727 متر، 7.964 مليون دينار).
 */
export function parseDigits(text: string): { value: number; unsafe: boolean } | null {
  // (the same few digit strings recur: their reading is kept, and never mutated by callers)
  let hit = DIGITS_CACHE.get(text);
  if (hit === undefined) {
    hit = readDigits(text);
    if (DIGITS_CACHE.size >= 20_000) DIGITS_CACHE.clear();
    DIGITS_CACHE.set(text, hit);
  }
  return hit;
}

const DIGITS_CACHE = new Map<string, { value: number; unsafe: boolean } | null>();

function readDigits(text: string): { value: number; unsafe: boolean } | null {
  // The Arabic comma between digits (12،2 بالمائة) is a decimal comma like ','.
  const norm = text.includes('،') ? text.replace(/،/g, ',') : text;
  if (!/^\d+(?:[.,]\d+)*$/.test(norm)) return null;
  let digits: string;
  if (/^\d{1,3}(?:,\d{3}){2,}$/.test(norm) || /^\d{1,3}(?:\.\d{3}){2,}$/.test(norm)) {
    digits = norm.replace(/[.,]/g, '');
  } else if (/^\d+$/.test(norm)) {
    digits = norm;
  } else if (/^\d{1,3}[.,]000$/.test(norm)) {
    digits = norm.replace(/[.,]/, '');
  } else if (/^\d+[.,]\d+$/.test(norm)) {
    digits = norm.replace(',', '.');
  } else {
    return null;
  }
  const intPart = digits.split('.')[0]!.replace(/^0+(?=\d)/, '');
  if (intPart.length > 15 && BigInt(intPart) > BigInt(Number.MAX_SAFE_INTEGER)) {
    return { value: Number.NaN, unsafe: true };
  }
  return { value: Number(digits), unsafe: false };
}

interface WordHit {
  kind: 'unit' | 'teen-head' | 'ten' | 'hundred' | 'scale' | 'vague' | 'fraction';
  value: number;
  scale?: Scale;
  skip: number;
  /** The form carried a conjunction و (a continuation of a compound number). */
  conj: boolean;
}

/** wordHit per word form, with and without the article allowed: every number reader asks for it. */
const HITS_CACHE = [new Map<string, WordHit | null>(), new Map<string, WordHit | null>()] as const;

/** The number word at `norm` (through proclitics), cached per form; callers never mutate the hit. */
function wordHit(norm: string, allowArticle: boolean): WordHit | null {
  const cache = HITS_CACHE[allowArticle ? 1 : 0];
  let hit = cache.get(norm);
  if (hit === undefined) {
    hit = readWordHit(norm, allowArticle);
    if (cache.size >= 50_000) cache.clear();
    cache.set(norm, hit);
  }
  return hit;
}

function readWordHit(norm: string, allowArticle: boolean): WordHit | null {
  for (const f of procliticForms(norm)) {
    const conj = f.skip > 0 && norm[0] === 'و';
    let form = f.form;
    if (allowArticle && form.startsWith('ال') && form.length > 4) {
      const bare = form.slice(2);
      // الثلاث، الخمسة (the three, the five); not الاثنين (Monday) or الواحد
      if (
        (UNITS.get(bare) ?? 0) > 2 ||
        TENS.has(bare) ||
        VAGUE.has(bare) ||
        SCALES.has(bare) ||
        HUNDREDS.has(bare)
      )
        form = bare;
    }
    const u = UNITS.get(form);
    if (u !== undefined) return { kind: 'unit', value: u, skip: f.skip, conj };
    const th = TEEN_HEADS.get(form);
    if (th !== undefined) return { kind: 'teen-head', value: th, skip: f.skip, conj };
    const t = TENS.get(form);
    if (t !== undefined) return { kind: 'ten', value: t, skip: f.skip, conj };
    const h = HUNDREDS.get(form);
    if (h !== undefined) return { kind: 'hundred', value: h, skip: f.skip, conj };
    const s = SCALES.get(form);
    if (s !== undefined) return { kind: 'scale', value: s.value, scale: s, skip: f.skip, conj };
    const v = VAGUE.get(form);
    if (v !== undefined) return { kind: 'vague', value: v, skip: f.skip, conj };
    const fr = FRACTIONS.get(form);
    if (fr !== undefined) return { kind: 'fraction', value: fr, skip: f.skip, conj };
  }
  return null;
}

/** Every number word form (for prefilters): units, tens, hundreds, scales, vague plurals, fractions. */
export function numeralWordForms(): string[] {
  return [UNITS, TEEN_HEADS, TENS, HUNDREDS, SCALES, VAGUE, FRACTIONS].flatMap((m) => [...m.keys()]);
}

/** Is the word (without proclitics) a number word: ثلاثة، عشرون، مئات، ألف، الخمسة? */
export function isNumeralWord(form: string): boolean {
  return wordHit(form, true) !== null;
}

/** Is the token (through its proclitics) a scale word such as ألف، مليون، مليارات? */
export function isScaleWord(norm: string): boolean {
  return wordHit(norm, true)?.kind === 'scale';
}

/**
 * Reads the longest numeral starting at token `i`, or null. `tokens` is the document's token list;
 * the numeral never crosses `limit` (exclusive, e.g. the sentence end).
 */
export function readNumeral(tokens: readonly Token[], i: number, limit: number): Numeral | null {
  let total = 0;
  let current = 0;
  let hasDigits = false;
  let vague = false;
  let unsafe = false;
  let lastScale = 0;
  let last = -1;
  let startSkip = 0;
  let prevKind: WordHit['kind'] | 'digits' | null = null;
  let j = i;
  while (j < limit) {
    const tok = tokens[j]!;
    if (tok.kind === 'number') {
      if (prevKind !== null) break;
      const d = parseDigits(tok.norm);
      if (!d) break;
      if (d.unsafe) unsafe = true;
      current = d.value;
      hasDigits = true;
      prevKind = 'digits';
      last = j;
      j++;
      // 5ر1 = 1.5: the Tunisian press agency writes the fraction first, then ر, then the integer
      const r = tokens[j];
      const int = tokens[j + 1];
      if (
        j + 1 < limit &&
        r!.norm === 'ر' &&
        r!.start === tok.end &&
        int!.kind === 'number' &&
        int!.start === r!.end &&
        /^\d+$/.test(tok.norm) &&
        /^\d+$/.test(int!.norm)
      ) {
        current = Number(`${int!.norm}.${tok.norm}`);
        last = j + 1;
        j += 2;
      }
      continue;
    }
    if (tok.kind !== 'word') {
      // a lone و between two numerals ("خمسة و عشرون")
      break;
    }
    if (tok.norm === 'و' && prevKind !== null && j + 1 < limit) {
      const next = wordHit(tokens[j + 1]!.norm, false);
      if (next && next.kind !== 'scale' && next.kind !== 'vague') {
        j++;
        continue;
      }
      break;
    }
    // عشرات الآلاف، مئات الملايين: a vague plural, then a scale with the article
    const hit = wordHit(tok.norm, prevKind === null || prevKind === 'vague');
    if (!hit) break;
    if (prevKind === null) {
      // نصف مليون، ربع مليار: a fraction of a scale
      const ofScale =
        hit.kind === 'fraction' && j + 1 < limit && wordHit(tokens[j + 1]!.norm, false)?.kind === 'scale';
      if (
        (hit.kind === 'fraction' && !ofScale) ||
        (hit.kind === 'teen-head' && !isTeenTail(tokens, j + 1, limit))
      )
        return null;
      startSkip = hit.skip;
      if (ofScale) {
        current = hit.value;
        prevKind = 'unit';
        last = j;
        j++;
        continue;
      }
    } else if (hit.kind !== 'scale' && hit.kind !== 'vague' && !hit.conj && tokens[j - 1]!.norm !== 'و') {
      // two numerals side by side without و only as unit + hundred (ثلاث مائة) or unit + teen tail
      if (!(hit.kind === 'hundred' && hit.value === 100 && prevKind === 'unit')) break;
    }
    if (prevKind === 'vague' && hit.kind !== 'scale') break;
    // بين سبعة وعشرة، عشرون وثلاثون: two units (or two tens) joined by و are two numbers, never a sum
    if (hit.kind === prevKind && (hit.kind === 'unit' || hit.kind === 'ten')) break;
    if (hit.kind === 'unit' || hit.kind === 'teen-head') {
      if (isTeenTail(tokens, j + 1, limit) && (hit.kind === 'teen-head' || hit.value < 10)) {
        current += 10 + hit.value;
        last = j + 1;
        j += 2;
        prevKind = 'ten';
        continue;
      }
      if (hit.kind === 'teen-head') break;
      current += hit.value;
    } else if (hit.kind === 'ten') {
      current += hit.value;
    } else if (hit.kind === 'hundred') {
      if (hit.value === 100 && prevKind === 'unit' && current >= 3 && current <= 9) current *= 100;
      else current += hit.value;
    } else if (hit.kind === 'scale') {
      const scale = hit.scale!;
      if (prevKind === 'scale' && hit.conj) break;
      let multiplier = current;
      if (scale.count === 2) multiplier = multiplier || 2;
      else if (scale.count === 0 && multiplier === 0) {
        multiplier = 1;
        vague = true;
      } else multiplier = multiplier || 1;
      total += multiplier * scale.value;
      current = 0;
      lastScale = scale.value;
    } else if (hit.kind === 'vague') {
      if (prevKind !== null) break;
      current = hit.value;
      vague = true;
    } else {
      // fraction: مليار ونصف، ثلاثة ونصف
      if (!hit.conj && tokens[j - 1]!.norm !== 'و') break;
      if (prevKind === 'scale') total += hit.value * lastScale;
      else current += hit.value;
    }
    prevKind = hit.kind;
    last = j;
    j++;
  }
  if (last < i) return null;
  const firstTok = tokens[i]!;
  const lastTok = tokens[last]!;
  const start = startAfterClitics(firstTok, startSkip);
  return {
    value: total + current,
    first: i,
    last,
    start,
    end: lastTok.end,
    hasDigits,
    vague,
    unsafe,
    scale: lastScale,
  };
}

function isTeenTail(tokens: readonly Token[], j: number, limit: number): boolean {
  if (j >= limit) return false;
  const n = tokens[j]!.norm;
  return n === 'عشر' || n === 'عشره';
}
