/**
 * Rule `repair/glued-words`: two words glued with no space inside a sentence ("مستشفىالمدينة"),
 * found by a letter after a word-final form (ة ى tanween). A space is inserted. (Glue points that
 * end a subheading were already split off by `repair/glued-heading`.)
 */
import { ARABIC_RUN, finalFormGluePoint, MAY_HAVE_FINAL_FORM_GLUE } from './glue-point.js';
import { editPiece, type Edit, type Piece, type Repair } from './piece.js';

export const gluedWordsRepair: Repair = {
  rule: 'repair/glued-words',
  apply(piece: Piece): Piece[] {
    if (!MAY_HAVE_FINAL_FORM_GLUE.test(piece.text)) return [piece];
    const edits: Edit[] = [];
    ARABIC_RUN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ARABIC_RUN.exec(piece.text)) !== null) {
      const word = m[0];
      let offset = 0;
      // A run may hide several glue points ("…ةو…ةف…").
      for (;;) {
        const glue = finalFormGluePoint(word.slice(offset));
        if (glue < 0) break;
        offset += glue;
        edits.push({
          at: m.index + offset,
          remove: 0,
          insert: ' ',
          note: { rule: this.rule, message: 'words glued after a word-final letter separated' },
        });
      }
    }
    return [editPiece(piece, edits)];
  },
};
