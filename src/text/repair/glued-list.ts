/**
 * Rule `repair/glued-list`: list items that scraping joined into one line, each item glued to the end
 * of the previous one with "- " ("…السابقة- انتهت …- الدول …"). Three or more such glued dashes (two
 * after a colon) make a list: each item becomes a `list-item` segment, and a short phrase right before the first item
 * (after the last sentence end) becomes the list's heading.
 */
import { headingStartBefore } from './heading-context.js';
import { slicePiece, type Piece, type Repair } from './piece.js';

/** A dash glued to the previous word or sentence end (checked by hand), followed by a space and an Arabic word. */
const DASH = /[-–](?=[ \t]+[\u0621-\u064a])/g;
const GLUED_BEFORE = /[\p{L}\p{M}\p{N}.!?؟»")\]]/u;

/** Three glued dashes make a list; two only after a colon or a sentence end (a pair may be a parenthetical). */
const MIN_ITEMS = 3;

function introducesList(text: string, firstItem: number): boolean {
  let i = firstItem - 1;
  while (i >= 0 && text.charCodeAt(i) === 0x20) i--;
  const c = text.charCodeAt(i);
  return c === 0x3a || c === 0x2e || c === 0x061f || c === 0x21;
}

/** A dash opening a parenthetical: a space before it, a word glued after it. */
const OPENING_DASH = /(?:^|\s)[-–](?=[^\s\d-])/;

/** A numbered item ("… ذلك. 2- أنت …") starts at its number, not at the dash. */
function itemStart(text: string, dash: number): number {
  let i = dash;
  while (i > 0 && i > dash - 3 && isDigit(text.charCodeAt(i - 1))) i--;
  if (i < dash && (i === 0 || text.charCodeAt(i - 1) === 0x20)) return i;
  return dash;
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669);
}

export const gluedListRepair: Repair = {
  rule: 'repair/glued-list',
  apply(piece: Piece): Piece[] {
    if (piece.kind !== 'paragraph') return [piece];
    const text = piece.text;
    if (text.indexOf('- ') < 0 && text.indexOf('– ') < 0) return [piece];
    const dashes: number[] = [];
    let last = 0;
    for (const m of text.matchAll(DASH)) {
      if (m.index === 0 || !GLUED_BEFORE.test(text[m.index - 1]!)) continue;
      // The closing dash of a parenthetical (" -التي … الأرض- ") has its opening dash before it.
      const opener = OPENING_DASH.exec(text.slice(last, m.index));
      last = m.index + 1;
      if (opener) continue;
      dashes.push(itemStart(text, m.index));
    }
    if (dashes.length < MIN_ITEMS && !(dashes.length === 2 && introducesList(text, dashes[0]!)))
      return [piece];
    const out: Piece[] = [];
    const first = dashes[0]!;
    const headingStart = headingStartBefore(text, first);
    if (headingStart > 0 || (headingStart === 0 && first > 0)) {
      const before = slicePiece(piece, 0, headingStart, 'paragraph');
      if (before) out.push(before);
      const heading = slicePiece(piece, headingStart, first, 'heading');
      if (heading) {
        heading.notes.push({
          rule: 'repair/glued-heading',
          message: 'heading glued to the list that follows it split off',
          start: 0,
          end: heading.text.length,
        });
        out.push(heading);
      }
    } else {
      const before = slicePiece(piece, 0, first, 'paragraph');
      if (before) out.push(before);
    }
    for (let i = 0; i < dashes.length; i++) {
      const item = slicePiece(piece, dashes[i]!, dashes[i + 1] ?? text.length, 'list-item');
      if (!item) continue;
      item.notes.push({
        rule: this.rule,
        message: 'list item glued to the previous one with "-" split onto its own line',
        start: 0,
        end: item.text.length,
      });
      out.push(item);
    }
    return out;
  },
};
