import type { Clitic, Doc, Pass, Token } from '../../doc/index.js';
import { analyzeWord, type WordAnalysis } from '../clitics.js';
import { loadLexicon, type Lexicon } from '../lexicon.js';
import { lightStem } from '../stem.js';

/**
 * For every Arabic word (and the word inside a hashtag): the proclitics and enclitics the lexicon
 * confirms, as sub-spans, the base between them, and the light stem used for search. Analyses are
 * cached per surface form; the lexicon is read once, on first use.
 */
const MAX_CACHE = 200_000;

interface Cached {
  analysis: WordAnalysis;
  stem: string;
}

export function createSplitCliticsPass(lexicon?: Lexicon): Pass {
  let lex = lexicon;
  const cache = new Map<string, Cached>();
  const analyze = (surface: string, l: Lexicon): Cached => {
    let c = cache.get(surface);
    if (c === undefined) {
      if (cache.size >= MAX_CACHE) cache.clear();
      const analysis = analyzeWord(surface, l);
      c = { analysis, stem: lightStem(analysis.baseNorm, l) };
      cache.set(surface, c);
    }
    return c;
  };
  return {
    name: 'split-clitics',
    version: '1',
    requires: ['tokens'],
    produces: ['tokens'],
    run(doc: Doc) {
      const l = (lex ??= loadLexicon());
      for (const tok of doc.tokens) {
        if (tok.kind === 'word') annotate(tok, 0, analyze(tok.text, l));
        else if (tok.kind === 'hashtag') tok.stem = analyze(tok.text.slice(1), l).stem;
      }
    },
  };
}

function annotate(tok: Token, offset: number, { analysis, stem }: Cached): void {
  tok.stem = stem;
  if (analysis.clitics.length === 0) return;
  const base = tok.start + offset;
  const clitics: Clitic[] = analysis.clitics.map((c) => ({
    start: base + c.start,
    end: base + c.end,
    text: tok.text.slice(offset + c.start, offset + c.end),
    kind: c.kind,
    norm: c.norm,
  }));
  tok.clitics = clitics;
  tok.base = {
    start: base + analysis.baseStart,
    end: base + analysis.baseEnd,
    text: tok.text.slice(offset + analysis.baseStart, offset + analysis.baseEnd),
  };
}

export const splitCliticsPass: Pass = createSplitCliticsPass();
