/**
 * Rule `repair/glued-heading`: a subheading that scraping glued onto the first word of the next
 * sentence ("…المغلقةوينتظر"). The glue point is found by a general rule — a letter after a final-only
 * form (ة ى tanween), or a word the lexicon does not know that splits into two known words the second
 * of which starts with the conjunction و / ف — and the words before it must look like a heading
 * (short, starting a sentence, no clause punctuation). The heading becomes a segment of its own.
 */
import { analyzeWord } from '../clitics.js';
import type { Lexicon } from '../lexicon.js';
import { normalize } from '../normalize.js';
import { ARABIC_RUN, finalFormGluePoint } from './glue-point.js';
import { headingStartBefore } from './heading-context.js';
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

function startsWithConjunction(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x0648 || c === 0x0641;
}

export const gluedHeadingRepair: Repair = {
  rule: 'repair/glued-heading',
  apply(piece: Piece, lex: Lexicon): Piece[] {
    if (piece.kind !== 'paragraph') return [piece];
    const out: Piece[] = [];
    const text = piece.text;
    let from = 0;
    ARABIC_RUN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ARABIC_RUN.exec(text)) !== null) {
      const word = m[0];
      let glue = finalFormGluePoint(word);
      let why = 'a letter follows a word-final form';
      if (glue < 0) {
        glue = lexiconGluePoint(word, lex);
        why = 'the word list splits the word in two';
      }
      if (glue < 0) continue;
      const at = m.index + glue;
      if (!startsWithConjunction(text, at)) continue;
      const start = headingStartBefore(text, at, from);
      if (start < 0) continue;
      const before = slicePiece(piece, from, start, 'paragraph');
      const heading = slicePiece(piece, start, at, 'heading');
      if (!heading) continue;
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
