/**
 * Everything the text layer says about one Arabic word form — norm, clitics, base, light stem —
 * computed once per distinct surface form and cached: a news corpus repeats its vocabulary, so the
 * tokenizer pays for a Map lookup per word, not for an analysis.
 */
import type { Clitic, Span } from '../doc/index.js';
import { analyzeWord } from './clitics.js';
import type { Lexicon } from './lexicon.js';
import { lightStem } from './stem.js';

export interface WordInfo {
  /** The surface form itself: a token of this word can take it as its text instead of a new slice. */
  surface: string;
  norm: string;
  stem: string;
  /** Clitics and base relative to the word's start, with their text; null when the word is not split. */
  clitics: readonly (Clitic & { kind: Clitic['kind'] })[] | null;
  base: Span | null;
  /**
   * What a later pass derived from this form, kept here by that pass (the events pass's per-form facts): one
   * property read per token instead of a map lookup. Whoever reads it must check that it is their own.
   */
  memo: unknown;
  /**
   * The entities pass's forms under which a token of this word may start a name (entities/clitics.ts,
   * allTokenForms): a pure function of the word, so computed once per form, not once per token.
   */
  nameForms: unknown;
  /**
   * The NER tagger's id of this word's norm in its word table (annotate/ner/tagger.ts), valid while that
   * table's generation is `nerTable` (0: none yet): one property read per token instead of a hash lookup.
   */
  nerId: number;
  nerTable: number;
}

/** The hash the tokenizer computes while scanning a word: h = h * 31 + code unit, kept to a small integer. */
export function wordHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h & 0x3fffffff;
}

/** Open-addressing table size (a power of two); when it is half full it is emptied and refilled. */
const TABLE_BITS = 19;
/**
 * The direct-mapped table of recent words. 2^15 slots (a 128 KB key array) hold most of a news
 * vocabulary's running words while staying in the CPU's L2 cache.
 */
const HOT_MASK = (1 << 15) - 1;

/** An array of `n` empty slots with fast elements (`new Array(n)` of this size would be a slow dictionary). */
function packedArray(n: number): (WordInfo | undefined)[] {
  const a: (WordInfo | undefined)[] = [];
  for (let i = 0; i < n; i++) a.push(undefined);
  return a;
}

/** Whether `text[start, end)` spells `surface`, compared code unit by code unit (no slice is made). */
function spells(surface: string, text: string, start: number, end: number): boolean {
  if (surface.length !== end - start) return false;
  for (let i = start; i < end; i++) if (surface.charCodeAt(i - start) !== text.charCodeAt(i)) return false;
  return true;
}

/**
 * `text[start, end)` as a string of its own: V8 makes a slice of 13 code units or more a view that
 * keeps the whole document text alive, which a long-lived cache must not do.
 */
function ownString(text: string, start: number, end: number): string {
  if (end - start < 13) return text.slice(start, end);
  return Buffer.from(text.slice(start, end), 'utf16le').toString('utf16le');
}

export class WordAnalyzer {
  /**
   * Keyed by a hash the tokenizer computes as it scans, so a lookup never re-hashes (nor even slices)
   * the word; the surface is compared to rule out collisions. An open-addressing table of numbers is
   * several times faster than a Map for the hot path. Both tables are bounded: the big one is emptied
   * when half full, the small one overwrites.
   */
  private readonly keys = new Int32Array(1 << TABLE_BITS);
  private readonly entries: (WordInfo | undefined)[] = packedArray(1 << TABLE_BITS);
  private size = 0;
  private readonly hotKeys = new Int32Array(HOT_MASK + 1);
  private readonly hotEntries: (WordInfo | undefined)[] = packedArray(HOT_MASK + 1);

  constructor(private readonly lexicon: Lexicon) {}

  get(surface: string, hash = wordHash(surface)): WordInfo {
    return this.at(surface, 0, surface.length, hash);
  }

  /** The analysis of the word `text[start, end)`, whose wordHash is `hash`. */
  at(text: string, start: number, end: number, hash: number): WordInfo {
    const key = hash + 1;
    // The small direct-mapped table holds the frequent words and stays in the CPU cache.
    const h = hash & HOT_MASK;
    if (this.hotKeys[h] === key) {
      const e = this.hotEntries[h]!;
      if (spells(e.surface, text, start, end)) return e;
    }
    const e = this.lookup(text, start, end, hash, key);
    this.hotKeys[h] = key;
    this.hotEntries[h] = e;
    return e;
  }

  private lookup(text: string, start: number, end: number, hash: number, key: number): WordInfo {
    const mask = (1 << TABLE_BITS) - 1;
    let i = hash & mask;
    for (;;) {
      const k = this.keys[i]!;
      if (k === 0) break;
      if (k === key) {
        const e = this.entries[i]!;
        if (spells(e.surface, text, start, end)) return e;
      }
      i = (i + 1) & mask;
    }
    const entry = this.analyze(ownString(text, start, end));
    if (this.size >= 1 << (TABLE_BITS - 1)) {
      this.keys.fill(0);
      this.entries.fill(undefined);
      this.size = 0;
      i = hash & mask;
    }
    this.keys[i] = key;
    this.entries[i] = entry;
    this.size++;
    return entry;
  }

  private analyze(surface: string): WordInfo {
    const a = analyzeWord(surface, this.lexicon);
    const stem = lightStem(a.baseNorm, this.lexicon);
    if (a.clitics.length === 0)
      return {
        surface,
        norm: a.norm,
        stem,
        clitics: null,
        base: null,
        memo: undefined,
        nameForms: undefined,
        nerId: 0,
        nerTable: 0,
      };
    return {
      surface,
      norm: a.norm,
      stem,
      clitics: a.clitics.map((c) => ({
        start: c.start,
        end: c.end,
        text: surface.slice(c.start, c.end),
        kind: c.kind,
        norm: c.norm,
      })),
      base: { start: a.baseStart, end: a.baseEnd, text: surface.slice(a.baseStart, a.baseEnd) },
      memo: undefined,
      nameForms: undefined,
      nerId: 0,
      nerTable: 0,
    };
  }
}
