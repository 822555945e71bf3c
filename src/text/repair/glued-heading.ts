/**
 * Rule `repair/glued-heading`: a subheading that scraping glued onto the first word of the next
 * sentence ("…المغلقةوينتظر"). The glue point is found by a general rule — a letter after a final-only
 * form (ة ى اً), or a word the lexicon does not know that splits into two known words the second of
 * which starts with the conjunction و / ف, among the first words after a sentence end glued with no
 * space — and the words before it must look like a heading (short, starting a sentence, no clause
 * punctuation). The heading becomes a segment of its own.
 */
import { analyzeWord } from '../clitics.js';
import type { Lexicon } from '../lexicon.js';
import { normalize } from '../normalize.js';
import { ARABIC_RUN, finalFormGluePoint, MAY_HAVE_FINAL_FORM_GLUE } from './glue-point.js';
import { headingStartBefore, MAX_HEADING_WORDS } from './heading-context.js';
import { slicePiece, type Piece, type Repair } from './piece.js';

const MIN_PART_FREQ = 5;
const MIN_LEFT_LETTERS = 4;
const MIN_RIGHT_LETTERS = 3;

/** A word is known when the lexicon has it, or has its base once confirmed clitics are removed. */
function isKnown(word: string, lex: Lexicon): boolean {
  if (lex.has(normalize(word))) return true;
  const a = analyzeWord(word, lex);
  return a.clitics.length > 0 && lex.has(a.baseNorm);
}

/** Offset in `word` where a known word starting with و/ف follows another known word, or -1. */
export function lexiconGluePoint(word: string, lex: Lexicon): number {
  if (word.length < MIN_LEFT_LETTERS + MIN_RIGHT_LETTERS || isKnown(word, lex)) return -1;
  let best = -1;
  let bestScore = 0;
  for (let k = MIN_LEFT_LETTERS; k <= word.length - MIN_RIGHT_LETTERS; k++) {
    const c = word[k];
    if (c !== 'و' && c !== 'ف') continue;
    const left = lex.freq(normalize(word.slice(0, k)));
    const right = lex.freq(normalize(word.slice(k)));
    const score = Math.min(left, right);
    if (score >= MIN_PART_FREQ && score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}

interface Glue {
  at: number;
  why: string;
}

/**
 * Where a heading glued by the word list may start: the start of the piece, or right after a sentence
 * end with no space — scraping that glued a heading to the next sentence glued it to the previous one.
 */
const SENTENCE_START = /^|[.!?؟…](?=[^\s\d.!?؟…])/g;
const WORD_OR_CLAUSE_PUNCT = /[\u0621-\u063a\u0640-\u065f\u0670-\u06d3\u06d5]+|[،,؛;:]/g;
const FINAL_FORM = 'a letter follows a word-final form';
const LEXICON_SPLIT = 'the word list splits the word in two';

/** Candidate glue points: final-form glue anywhere, lexicon glue among the first words of each sentence. */
function findGlue(text: string, lex: Lexicon, cache: Map<string, number>): Glue[] {
  const out: Glue[] = [];
  if (MAY_HAVE_FINAL_FORM_GLUE.test(text)) {
    for (const m of text.matchAll(ARABIC_RUN)) {
      const g = finalFormGluePoint(m[0]);
      if (g >= 0) out.push({ at: m.index + g, why: FINAL_FORM });
    }
  }
  for (const s of text.matchAll(SENTENCE_START)) {
    WORD_OR_CLAUSE_PUNCT.lastIndex = s.index + s[0].length;
    for (let w = 0; w < MAX_HEADING_WORDS; w++) {
      const m = WORD_OR_CLAUSE_PUNCT.exec(text);
      if (m === null || m[0].length === 1) break;
      const word = m[0];
      if (word.length < MIN_LEFT_LETTERS + MIN_RIGHT_LETTERS) continue;
      let g = cache.get(word);
      if (g === undefined) {
        if (cache.size > 50_000) cache.clear();
        g = lexiconGluePoint(word, lex);
        cache.set(word, g);
      }
      if (g >= 0) out.push({ at: m.index + g, why: LEXICON_SPLIT });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

function startsWithConjunction(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x0648 || c === 0x0641;
}

export function createGluedHeadingRepair(): Repair {
  const cache = new Map<string, number>();
  return {
    rule: 'repair/glued-heading',
    apply(piece: Piece, lex: Lexicon): Piece[] {
      if (piece.kind !== 'paragraph') return [piece];
      const text = piece.text;
      const out: Piece[] = [];
      let from = 0;
      for (const { at, why } of findGlue(text, lex, cache)) {
        if (at <= from || !startsWithConjunction(text, at)) continue;
        const start = headingStartBefore(text, at, from);
        if (start < 0) continue;
        const heading = slicePiece(piece, start, at, 'heading');
        if (!heading) continue;
        const before = slicePiece(piece, from, start, 'paragraph');
        if (before) out.push(before);
        heading.notes.push({
          rule: this.rule,
          message: `subheading glued to the next sentence split off (${why})`,
          start: 0,
          end: heading.text.length,
        });
        out.push(heading);
        from = at;
      }
      if (from === 0) return [piece];
      const rest = slicePiece(piece, from, text.length, 'paragraph');
      if (rest) out.push(rest);
      return out;
    },
  };
}

export const gluedHeadingRepair: Repair = createGluedHeadingRepair();
