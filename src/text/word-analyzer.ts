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
  norm: string;
  stem: string;
  /** Clitics and base relative to the word's start, with their text; null when the word is not split. */
  clitics: readonly (Clitic & { kind: Clitic['kind'] })[] | null;
  base: Span | null;
}

const MAX_CACHE = 200_000;

/** The hash the tokenizer computes while scanning a word: h = h * 31 + code unit, kept to a small integer. */
export function wordHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h & 0x3fffffff;
}

interface Entry {
  surface: string;
  info: WordInfo;
}

export class WordAnalyzer {
  /**
   * Keyed by a hash the tokenizer computes as it scans, so a lookup never re-hashes a fresh string;
   * the surface is compared to rule out collisions (a colliding word simply replaces the entry).
   */
  private readonly cache = new Map<number, Entry>();

  constructor(private readonly lexicon: Lexicon) {}

  get(surface: string, hash = wordHash(surface)): WordInfo {
    const e = this.cache.get(hash);
    if (e !== undefined && e.surface === surface) return e.info;
    if (this.cache.size >= MAX_CACHE) this.cache.clear();
    const info = this.analyze(surface);
    this.cache.set(hash, { surface, info });
    return info;
  }

  private analyze(surface: string): WordInfo {
    const a = analyzeWord(surface, this.lexicon);
    const stem = lightStem(a.baseNorm, this.lexicon);
    if (a.clitics.length === 0) return { norm: a.norm, stem, clitics: null, base: null };
    return {
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
    };
  }
}
