import { addDiagnostic, type Doc, type Pass, type Segment } from '../../doc/index.js';
import { loadLexicon, type Lexicon } from '../lexicon.js';
import { dotCommaRepair } from '../repair/dot-comma.js';
import { gluedHeadingRepair } from '../repair/glued-heading.js';
import { gluedListRepair } from '../repair/glued-list.js';
import { gluedWordsRepair } from '../repair/glued-words.js';
import { missingSpaceRepair } from '../repair/missing-space.js';
import { MAY_HAVE_FINAL_FORM_GLUE } from '../repair/glue-point.js';
import type { Piece, Repair } from '../repair/piece.js';

/**
 * Produces `doc.text` from the raw input, once: NFC, presentation forms to base letters, invisible
 * marks and control characters removed, whitespace collapsed, and the scraping damage repaired while
 * the text is built (repairs that split a line — glued subheadings, glued list items — make new
 * segments separated by a newline). Later passes never rewrite the text. The title is the first
 * segment; each repair leaves a diagnostic with its rule id and place.
 */
/** Invisible marks (bidi controls, zero-width characters, BOMs, soft hyphen) and control characters. */
const INVISIBLE =
  /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff\u00ad\u180e\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
const PRESENTATION = /[\ufb50-\ufdff\ufe70-\ufefe]/g;
const PRESENTATION_TEST = /[\ufb50-\ufdff\ufe70-\ufefe]/;
const SPACES = /[\t\f\v \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
/** Anything cleanLine would change after NFC: most lines need nothing. */
const NEEDS_WORK =
  /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff\u00ad\u180e\u0000-\u001f\u007f-\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufb50-\ufdff\ufe70-\ufefe]|^ | $|  /;
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029|\u0085|\u000b|\u000c/;

export function cleanLine(s: string): string {
  let t = s.normalize('NFC');
  if (!NEEDS_WORK.test(t)) return t;
  if (PRESENTATION_TEST.test(t)) t = t.replace(PRESENTATION, (c) => c.normalize('NFKC'));
  return t.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** Repairs in the order they run: stray commas first, so they do not hide a heading's sentence start. */
export const REPAIRS: readonly Repair[] = [
  dotCommaRepair,
  gluedListRepair,
  gluedHeadingRepair,
  missingSpaceRepair,
  gluedWordsRepair,
];
/** Repairs that never split: the only ones applied to the title. */
const INLINE_REPAIRS: readonly Repair[] = [dotCommaRepair, missingSpaceRepair, gluedWordsRepair];

const BULLET = /^(?:[-–—•*▪●◦·]|\(?[0-9\u0660-\u0669]{1,2}[-.)])\s/;
const SENTENCE_PUNCT = /[.!?؟،,:؛…]/;
const MAX_HEADING_LINE_WORDS = 8;
const MAX_HEADING_LINE_CHARS = 120;

function lineKind(line: string, isLast: boolean): Segment['kind'] {
  if (BULLET.test(line)) return 'list-item';
  if (isLast || line.length > MAX_HEADING_LINE_CHARS || SENTENCE_PUNCT.test(line)) return 'paragraph';
  return line.split(' ').length <= MAX_HEADING_LINE_WORDS ? 'heading' : 'paragraph';
}

/**
 * Cheap test run once per line: a line none of whose characters could start a repair (a stray comma
 * after a terminator, a dash before a space, a terminator glued to the next word, a final form glued
 * to a letter) skips every repair.
 */
const MAY_NEED_REPAIR = new RegExp(
  `[.!?؟][ \\t]*[,،]|[-–][ \\t]|[.!?؟…][^\\s\\d.!?؟…]|${MAY_HAVE_FINAL_FORM_GLUE.source}`,
);

function repairPiece(piece: Piece, repairs: readonly Repair[], lex: Lexicon): Piece[] {
  if (!MAY_NEED_REPAIR.test(piece.text)) return [piece];
  let pieces = [piece];
  for (const r of repairs) pieces = pieces.flatMap((p) => r.apply(p, lex));
  return pieces;
}

export function createCleanPass(lexicon?: Lexicon): Pass {
  let lex = lexicon;
  return {
    name: 'clean',
    version: '2',
    requires: [],
    produces: ['text', 'segments'],
    run(doc: Doc) {
      lex ??= loadLexicon();
      const pieces: Piece[] = [];
      const title = cleanLine(doc.raw.title ?? '');
      if (title) pieces.push(...repairPiece({ text: title, kind: 'title', notes: [] }, INLINE_REPAIRS, lex));
      const lines = doc.raw.body
        .split(LINE_BREAK)
        .map(cleanLine)
        .filter((l) => l !== '');
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!;
        pieces.push(
          ...repairPiece(
            { text: line, kind: lineKind(line, i === lines.length - 1), notes: [] },
            REPAIRS,
            lex,
          ),
        );
      }
      const segments: Segment[] = [];
      const parts: string[] = [];
      let offset = 0;
      for (const p of pieces) {
        if (parts.length > 0) offset++;
        parts.push(p.text);
        segments.push({ start: offset, end: offset + p.text.length, text: p.text, kind: p.kind });
        for (const n of p.notes)
          addDiagnostic(doc, n.rule, n.message, offset + n.start, offset + n.end, 'info');
        offset += p.text.length;
      }
      const text = parts.join('\n');
      if (!text) addDiagnostic(doc, 'clean/empty', 'the article has no text after cleaning');
      doc.text = text;
      doc.title = pieces[0]?.kind === 'title' ? pieces[0].text : title;
      doc.segments = segments;
    },
  };
}

/** The cleaning pass with the shipped lexicon (read on first use). */
export const cleanPass: Pass = createCleanPass();
