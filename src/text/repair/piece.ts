/**
 * A piece is a stretch of cleaned text on its way into `doc.text`: one line of the input, or part of
 * a line that a repair split off. Repairs run while the text is being built, so the text is written
 * once, already repaired; notes become diagnostics once the piece's place in the text is known.
 */
import type { Segment } from '../../doc/index.js';
import type { Lexicon } from '../lexicon.js';

export interface RepairNote {
  rule: string;
  message: string;
  /** Offsets relative to the piece's text. */
  start: number;
  end: number;
}

export interface Piece {
  text: string;
  kind: Segment['kind'];
  notes: RepairNote[];
}

/** One repair rule: takes a piece and returns its repaired replacement (one piece, or several when it splits). */
export interface Repair {
  readonly rule: string;
  apply(piece: Piece, lexicon: Lexicon): Piece[];
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** The part [from, to) of a piece as a new piece, trimmed, keeping the notes that fall inside it. */
export function slicePiece(piece: Piece, from: number, to: number, kind: Segment['kind']): Piece | null {
  const t = piece.text;
  while (from < to && isSpace(t.charCodeAt(from))) from++;
  while (to > from && isSpace(t.charCodeAt(to - 1))) to--;
  if (from >= to) return null;
  const notes: RepairNote[] = [];
  for (const n of piece.notes) {
    const s = Math.max(n.start, from);
    const e = Math.min(n.end, to);
    if (s < e) notes.push({ ...n, start: s - from, end: e - from });
  }
  return { text: t.slice(from, to), kind, notes };
}

/** Cuts a piece at ascending offsets; `kinds[i]` is the kind of the i-th part. Empty parts are dropped. */
export function cutPiece(piece: Piece, cuts: number[], kinds: Segment['kind'][]): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  for (let i = 0; i <= cuts.length; i++) {
    const to = i < cuts.length ? cuts[i]! : piece.text.length;
    const part = slicePiece(piece, from, to, kinds[i] ?? piece.kind);
    if (part) out.push(part);
    from = to;
  }
  return out;
}

export interface Edit {
  /** Offset in the piece's current text. */
  at: number;
  remove: number;
  insert: string;
  /** The note recorded for this edit, placed around the edit in the new text. */
  note: { rule: string; message: string };
}

/** Applies non-overlapping edits (ascending `at`), shifting earlier notes and adding one note per edit. */
export function editPiece(piece: Piece, edits: Edit[]): Piece {
  if (edits.length === 0) return piece;
  const parts: string[] = [];
  const shifts: { at: number; delta: number }[] = [];
  const notes: RepairNote[] = [];
  let from = 0;
  let delta = 0;
  for (const e of edits) {
    parts.push(piece.text.slice(from, e.at), e.insert);
    const newAt = e.at + delta;
    // The note covers the edit and the characters on either side of it, so it is never empty.
    notes.push({ ...e.note, start: Math.max(0, newAt - 1), end: newAt + e.insert.length + 1 });
    delta += e.insert.length - e.remove;
    shifts.push({ at: e.at + e.remove, delta });
    from = e.at + e.remove;
  }
  parts.push(piece.text.slice(from));
  const text = parts.join('');
  const shift = (p: number): number => {
    let d = 0;
    for (const s of shifts) if (p >= s.at) d = s.delta;
    return p + d;
  };
  const moved = piece.notes.map((n) => ({ ...n, start: shift(n.start), end: shift(n.end) }));
  const all = [...moved, ...notes].map((n) => ({ ...n, end: Math.min(n.end, text.length) }));
  return { text, kind: piece.kind, notes: all.filter((n) => n.start < n.end) };
}
