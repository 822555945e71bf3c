import type { Doc, Range, Token } from '../../doc/index.js';
import { normalize } from '../../text/normalize.js';
import { stripArticle } from './lexicon.js';

/** A token of a sentence as the event rules see it: its normalised form and the lookup keys it can match. */
export interface Word {
  start: number;
  end: number;
  norm: string;
  /** Lookup keys: the word with conjunction, preposition, article, future prefix and pronoun suffixes removed. */
  keys: string[];
  /** The keys before pronoun suffixes were removed (verbs match only these). */
  baseKeys: string[];
  /** True for punctuation that closes a clause: . ، , ؛ : ( ) " */
  boundary: boolean;
  /** The proclitic preposition the word carried (ب ل ك), if any. */
  prep: string | null;
  /** True when the word carried the article (ال / لل). */
  definite: boolean;
  /** True when a pronoun suffix (ه ها هم ...) was removed to find a key. */
  possessive: boolean;
  /** True when the written word ends in ة, which normalisation turns into ه (so "ه" is no pronoun there). */
  taMarbuta?: boolean;
  /** What the rules remember of the word's form (analyseWord's, shared by its words); null or absent for others. */
  memo?: FormMemo | null;
}

/**
 * What the rules remember of one analysed word form, filled on first need by the rule that asks: one per form,
 * shared by every word of that form (its keys lists with it), so that a rule reads a field of the word instead of
 * looking its form up in a map of its own. (A class: every memo has the same fields, hence one object shape.)
 */
export class FormMemo {
  /** modality.ts: the bits of the modality word sets the form is in (modalityBits); -1 until asked. */
  modality = -1;
  /** actors.ts: the lexicon `actor` was made for, and the form's ActorWordInfo there. */
  actorLex: object | null = null;
  actor: unknown = null;
  /** triggers.ts: the lexicon `lookups` were made for, and the form's trigger lookups there. */
  lookupLex: object | null = null;
  lookups: unknown = null;
  /** place.ts: 1 when one of the form's keys is a naming head (NAMING_HEADS), else 0; -1 until asked. */
  namingHead = -1;
  /** senses.ts: judgeBits of the form; -1 until asked. */
  judge = -1;
  /** args.ts: supportBits of the form; -1 until asked. */
  support = -1;
  /** details.ts: 1 when one of the form's keys is a word for a round (ROUND_WORDS), else 0; -1 until asked. */
  round = -1;
  /** modality.ts: the form without its conjunction (bare), and whether it is a future verb (1/0, -1 until asked). */
  bare: string | null = null;
  future = -1;
  /** triggers.ts: 1 when one of the form's keys is a word for a meeting (MEETING_WORDS), else 0; -1 until asked. */
  meeting = -1;
}

/** What analyseWord finds in one normalised word form. */
export type WordAnalysis = Omit<Word, 'start' | 'end' | 'boundary'>;

const keyCache = new Map<string, WordAnalysis>();
const MAX_CACHE = 100_000;

// (هن: "إطلاق سراحهن", the feminine plural)
const SUFFIXES = ['هما', 'هم', 'هن', 'ها', 'ه'];

/** Lookup keys for one normalised Arabic word. Cached: the same words recur across documents. */
export function analyseWord(norm: string): WordAnalysis {
  const hit = keyCache.get(norm);
  if (hit) return hit;
  const keys = new Set<string>([norm]);
  let prep: string | null = null;
  let definite = false;
  let possessive = false;
  const bases = [norm];
  if (norm.length > 3 && (norm[0] === 'و' || norm[0] === 'ف')) bases.push(norm.slice(1));
  for (const b of [...bases]) {
    if (b.startsWith('لل') && b.length > 4) {
      bases.push(b.slice(2));
      prep = 'ل';
      definite = true;
    } else if (b.length > 3 && (b[0] === 'ب' || b[0] === 'ل' || b[0] === 'ك')) {
      bases.push(b.slice(1));
      if (b.slice(1).startsWith('ال')) prep = b[0];
    }
    // Future prefix on verbs: سيتم, ستناقش.
    if (b.length > 3 && b[0] === 'س' && 'يتنا'.includes(b[1]!)) bases.push(b.slice(1));
  }
  // Accusative tanween: هجوما، إضرابا، اجتماعا → هجوم، إضراب، اجتماع.
  for (const b of [...bases])
    // (session 12: three-letter nouns too, شخصا → شخص، دعما → دعم)
    if (b.length > 3 && b.endsWith('ا') && !b.endsWith('وا')) bases.push(b.slice(0, -1));
  // A sound plural in construct: مدرسو التعليم، صحفيو الإذاعة → مدرسون، مدرسين.
  for (const b of [...bases])
    if (b.length > 4 && b.endsWith('و') && !b.endsWith('او')) bases.push(b + 'ن', b.slice(0, -1) + 'ين');
  for (const b of bases) {
    keys.add(b);
    const s = stripArticle(b);
    if (s !== b) {
      keys.add(s);
      definite = true;
    }
  }
  const baseKeys = [...keys];
  for (const b of baseKeys) {
    for (const suf of SUFFIXES) {
      if (b.endsWith(suf) && b.length - suf.length >= 3) {
        const stem = b.slice(0, -suf.length);
        keys.add(stem);
        // هددوها → هددوا: the plural verb drops its alif before an object pronoun
        if (stem.endsWith('و')) keys.add(stem + 'ا');
        // مشاركتها → مشاركت → مشاركه (the feminine ending before a pronoun).
        if (stem.endsWith('ت')) keys.add(stem.slice(0, -1) + 'ه');
        // (session 11) استيائه، اعتدائهم، لقائها → استياء، اعتداء، لقاء: a final hamza sits on ي/و before a pronoun
        else if (stem.endsWith('ئ') || stem.endsWith('ؤ')) keys.add(stem.slice(0, -1) + 'ء');
        possessive = true;
        break;
      }
    }
  }
  const out = { norm, keys: [...keys], baseKeys, prep, definite, possessive, memo: new FormMemo() };
  if (keyCache.size > MAX_CACHE) keyCache.clear();
  keyCache.set(norm, out);
  return out;
}

const BOUNDARY = /^[.،,؛;:()!?؟\-–—]+$/;
/** BOUNDARY's answer for texts of one code unit below 0x800 (most punctuation): 0 until asked, 1 no, 2 yes. */
const boundaryChars = new Uint8Array(0x800);

/** BOUNDARY.test(text), read from a table for a single character. */
export function isBoundaryText(text: string): boolean {
  if (text.length === 1) {
    const c = text.charCodeAt(0);
    if (c < 0x800) {
      let b = boundaryChars[c]!;
      if (b === 0) boundaryChars[c] = b = BOUNDARY.test(text) ? 2 : 1;
      return b === 2;
    }
  }
  return BOUNDARY.test(text);
}

/**
 * The words of one sentence (tokens inside its range), in order. `analyses`, when given, holds for a word
 * token with a normalised form what analyseWord(token.norm) returns (by token index), saving the lookups.
 */
export function sentenceWords(
  doc: Doc,
  sentence: Range,
  tokens: readonly Token[],
  from: number,
  analyses?: readonly (WordAnalysis | undefined)[],
  /** When given, receives the token index of each word (in order). */
  tokenIndex?: number[],
): Word[] {
  const out: Word[] = [];
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start >= sentence.end) break;
    if (t.end <= sentence.start) continue;
    if (t.text === 'ـ') continue; // a detached tatweel (الـ11)
    if (t.kind === 'punct' || t.kind === 'symbol') {
      tokenIndex?.push(i);
      out.push({
        start: t.start,
        end: t.end,
        norm: t.text,
        keys: [],
        baseKeys: [],
        boundary: isBoundaryText(t.text),
        prep: null,
        definite: false,
        possessive: false,
        // (every word has the same fields, so that the rules read them from one object shape)
        taMarbuta: false,
        memo: null,
      });
      continue;
    }
    const a =
      (t.kind === 'word' ? analyses?.[i] : undefined) ??
      analyseWord(t.kind === 'hashtag' ? normalize(t.text.slice(1)) : t.norm || normalize(t.text));
    tokenIndex?.push(i);
    out.push(wordOf(t, a));
  }
  return out;
}

/** The word of a token from its analysis (a word token, not a boundary). */
export function wordOf(t: Token, a: WordAnalysis): Word {
  return {
    start: t.start,
    end: t.end,
    norm: a.norm,
    keys: a.keys,
    baseKeys: a.baseKeys,
    boundary: false,
    prep: a.prep,
    definite: a.definite,
    possessive: a.possessive,
    taMarbuta: t.text.endsWith('ة'),
    memo: a.memo ?? null,
  };
}

/**
 * How many characters of proclitics (و، ف، ب، ل، لل) precede `key` in the word's text; the article stays. -1 when
 * the key is not in the word. Only one conjunction then one preposition are skipped: "وبروسيا" → "روسيا".
 */
export function procliticLength(w: Word, text: string, key: string): number {
  const p = w.norm.lastIndexOf(key);
  if (p < 0) return -1;
  if (p === 0) return 0;
  let n = p;
  if (w.norm.slice(p - 2, p) === 'ال') n -= 2;
  else if (w.norm.slice(p - 1, p) === 'ل' && w.norm.slice(p - 2, p - 1) === 'ل') n -= 1;
  if (n <= 0) return 0;
  // Only plain letters may be skipped: the clitics carry no diacritics in practice.
  // (ك "like" only before the article: "كالجيش", but "كريم" is a name, no "ريم" after a clitic)
  const raw = text.slice(w.start, w.start + n);
  return /^[وف]?[بل]?$/.test(raw) || (/^[وف]?ك$/.test(raw) && w.norm.startsWith('ال', n)) ? n : 0;
}

/** What a lexicon lookup that finds nothing iterates over (one shared empty list, not one per miss). */
export const NO_ENTRIES: readonly never[] = [];

/** Does word `w` match lexicon key `key`? */
export function hasKey(w: Word | undefined, key: string): boolean {
  return w !== undefined && w.keys.includes(key);
}

/** Index of the first token at or after `offset` (binary search). */
export function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Matches `rest` words after position i (the word at i matched the first word); returns the end index or -1. */
export function matchRest(words: readonly Word[], i: number, rest: readonly string[]): number {
  let j = i + 1;
  for (const r of rest) {
    const w = words[j];
    if (!w || w.boundary || !w.keys.includes(r)) return -1;
    j++;
  }
  return j;
}

/** Adverbs of time that may stand between a verb (or verbal noun) and its subject or object ("استقبال خامنئي مساء السبت"). */
export const TIME_ADVERBS: ReadonlySet<string> = new Set([
  'اليوم',
  'امس',
  'صباح',
  'صبيحه',
  'مساء',
  'عشيه',
  'ليله',
  'فجر',
  'ظهر',
  'الاثنين',
  'الثلاثاء',
  'الاربعاء',
  'الخميس',
  'الجمعه',
  'السبت',
  'الاحد',
]);
