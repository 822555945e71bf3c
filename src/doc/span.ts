/**
 * A span is a half-open range [start, end) in UTF-16 code units into a document's `text`.
 * `text` repeats `doc.text.slice(start, end)` so that consumers of the JSON need not slice.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A range without its text, for sentence boundaries and similar bulky layers. */
export interface Range {
  start: number;
  end: number;
}

export function makeSpan(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Sort order for every layer: by start, then longer spans first. */
export function compareSpans(a: Range, b: Range): number {
  return a.start - b.start || b.end - a.end;
}
