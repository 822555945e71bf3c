import type { Doc, Pass, Sentence } from '../../doc/index.js';

/**
 * Sentence boundaries: segment edges, and . ! ? ؟ … when followed by space or end, unless the dot sits
 * between digits (3.5). A closing quote or bracket right after the terminator stays in the sentence.
 */
const TERMINATOR = /[.!?؟…]+["»”')\]]*(?=\s|$)/g;

export const segmentSentencesPass: Pass = {
  name: 'segment-sentences',
  version: '1',
  requires: ['text', 'segments'],
  produces: ['sentences'],
  run(doc: Doc) {
    const out: Sentence[] = [];
    const { text } = doc;
    for (const seg of doc.segments) {
      let start = seg.start;
      TERMINATOR.lastIndex = seg.start;
      const body = text.slice(0, seg.end);
      let m: RegExpExecArray | null;
      while ((m = TERMINATOR.exec(body)) !== null) {
        const end = m.index + m[0].length;
        if (end > start) out.push(trim(text, start, end));
        start = end;
      }
      if (start < seg.end) out.push(trim(text, start, seg.end));
    }
    doc.sentences = out.filter((s) => s.end > s.start);
  },
};

function trim(text: string, start: number, end: number): Sentence {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
