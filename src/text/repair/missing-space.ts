/**
 * Rule `repair/missing-space`: a sentence end glued to the next sentence ("أستانا.وبدأت",
 * "السياسي.3 ملفات"). A space is inserted after the terminator when it sits between an Arabic word of
 * three letters or more and an Arabic letter or digit.
 */
import { editPiece, type Edit, type Piece, type Repair } from './piece.js';

const GLUED_STOP = /[.!?؟](?=[\u0621-\u064a\u0660-\u0669\d])/g;

function isLetterOrMark(c: number): boolean {
  return c >= 0x0621 && c <= 0x0652;
}

/**
 * A word of three letters or more (or a word and a closing quote) before the terminator. Shorter
 * ones are abbreviations: single letters (د.) and the letter names of transliterated acronyms
 * ("سي.إن.إن", "دي.بي.إيه").
 */
function endsWord(text: string, at: number): boolean {
  let i = at - 1;
  const a = text.charCodeAt(i);
  if (a === 0xbb || a === 0x22 || a === 0x29) i--;
  return (
    isLetterOrMark(text.charCodeAt(i)) &&
    isLetterOrMark(text.charCodeAt(i - 1)) &&
    isLetterOrMark(text.charCodeAt(i - 2))
  );
}

/** What follows is a single letter (محمد. ر) or a letter group closed by another dot (إيه. بي.سي): an initial or acronym. */
function startsAbbreviation(text: string, at: number): boolean {
  let j = at;
  while (j < text.length && isLetterOrMark(text.charCodeAt(j))) j++;
  return j - at <= 1 || text.charCodeAt(j) === 0x2e;
}

export const missingSpaceRepair: Repair = {
  rule: 'repair/missing-space',
  apply(piece: Piece): Piece[] {
    const edits: Edit[] = [];
    for (const m of piece.text.matchAll(GLUED_STOP)) {
      if (!endsWord(piece.text, m.index) || startsAbbreviation(piece.text, m.index + 1)) continue;
      edits.push({
        at: m.index + 1,
        remove: 0,
        insert: ' ',
        note: { rule: this.rule, message: 'missing space after a sentence end inserted' },
      });
    }
    return [editPiece(piece, edits)];
  },
};
