/**
 * Whether the words just before an offset look like a subheading: they start a sentence (after a
 * sentence terminator or at the start of the piece), are few, and carry no clause punctuation.
 * Returns the offset where that heading starts, or -1.
 */
export const MAX_HEADING_WORDS = 12;

function isTerminator(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026;
}

/** Clause punctuation that a subheading does not carry: ، , ؛ ; : */
function isClausePunct(c: number): boolean {
  return c === 0x060c || c === 0x2c || c === 0x061b || c === 0x3b || c === 0x3a;
}

export function headingStartBefore(text: string, end: number, floor = 0): number {
  let words = 0;
  let inWord = false;
  let i = end - 1;
  for (; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (isTerminator(c)) {
      // A dot between digits (3.5) is not a sentence end.
      const prev = text.charCodeAt(i - 1);
      const next = text.charCodeAt(i + 1);
      if (c === 0x2e && prev >= 0x30 && prev <= 0x39 && next >= 0x30 && next <= 0x39) continue;
      break;
    }
    if (isClausePunct(c)) return -1;
    if (c === 0x20) {
      inWord = false;
    } else if (!inWord) {
      inWord = true;
      words++;
      if (words > MAX_HEADING_WORDS) return -1;
    }
  }
  let start = i + 1;
  while (start < end && text.charCodeAt(start) === 0x20) start++;
  return start < end ? start : -1;
}
