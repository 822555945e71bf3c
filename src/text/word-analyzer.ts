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

export class WordAnalyzer {
  private readonly cache = new Map<string, WordInfo>();

  constructor(private readonly lexicon: Lexicon) {}

  get(surface: string): WordInfo {
    let info = this.cache.get(surface);
    if (info === undefined) {
      if (this.cache.size >= MAX_CACHE) this.cache.clear();
      info = this.analyze(surface);
      this.cache.set(surface, info);
    }
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
