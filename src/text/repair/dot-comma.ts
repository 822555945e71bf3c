/**
 * Rule `repair/dot-comma`: a comma left after a sentence end by scraping ("كازاخستان., وقالت").
 * The comma is dropped so the sentence ends cleanly.
 */
import { editPiece, type Edit, type Piece, type Repair } from './piece.js';

const STRAY_COMMA = /[.!?؟][ \t]*[,،](?=\s|$|[\u0621-\u064a])/g;

export const dotCommaRepair: Repair = {
  rule: 'repair/dot-comma',
  apply(piece: Piece): Piece[] {
    const edits: Edit[] = [];
    for (const m of piece.text.matchAll(STRAY_COMMA)) {
      edits.push({
        at: m.index + 1,
        remove: m[0].length - 1,
        insert: '',
        note: { rule: this.rule, message: 'stray comma after a sentence end removed' },
      });
    }
    return [editPiece(piece, edits)];
  },
};
