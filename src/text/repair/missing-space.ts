/**
 * Rule `repair/missing-space`: a sentence end glued to the next sentence ("أستانا.وبدأت",
 * "السياسي.3 ملفات"). A space is inserted after the terminator when it sits between an Arabic word of
 * two letters or more and an Arabic letter or digit; single letters before a dot are abbreviations (د.).
 */
import { editPiece, type Edit, type Piece, type Repair } from './piece.js';

const GLUED_STOP = /[.!?؟](?=[\u0621-\u064a\u0660-\u0669\d])/g;

function isLetterOrMark(c: number): boolean {
  return c >= 0x0621 && c <= 0x0652;
}

/** Two Arabic letters (or a letter and a closing quote) before the terminator: a word, not an abbreviation. */
function endsWord(text: string, at: number): boolean {
  const a = text.charCodeAt(at - 1);
  const b = text.charCodeAt(at - 2);
  return isLetterOrMark(b) && (isLetterOrMark(a) || a === 0xbb || a === 0x22 || a === 0x29);
}

export const missingSpaceRepair: Repair = {
  rule: 'repair/missing-space',
  apply(piece: Piece): Piece[] {
    const edits: Edit[] = [];
    for (const m of piece.text.matchAll(GLUED_STOP)) {
      if (!endsWord(piece.text, m.index)) continue;
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
