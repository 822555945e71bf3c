import { addDiagnostic, type Doc, type Pass, type Segment } from '../../doc/index.js';

/**
 * Produces `doc.text` from the raw input: NFC, presentation forms to base letters, invisible marks
 * removed, whitespace collapsed. The title becomes the first segment; the body's lines become
 * paragraphs. (Scraping-damage repair is a pass of its own.)
 */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff\u00ad]/g;
const PRESENTATION = /[\ufb50-\ufdff\ufe70-\ufeff]/g;

export function cleanLine(s: string): string {
  return s
    .normalize('NFC')
    .replace(PRESENTATION, (c) => c.normalize('NFKC'))
    .replace(INVISIBLE, '')
    .replace(/[\t\f\v \u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

export const cleanPass: Pass = {
  name: 'clean',
  version: '1',
  requires: [],
  produces: ['text', 'segments'],
  run(doc: Doc) {
    const segments: Segment[] = [];
    let text = '';
    const push = (line: string, kind: Segment['kind']) => {
      if (text.length > 0) text += '\n';
      const start = text.length;
      text += line;
      segments.push({ start, end: text.length, text: line, kind });
    };
    const title = cleanLine(doc.raw.title ?? '');
    if (title) push(title, 'title');
    for (const rawLine of doc.raw.body.split(/\r\n|\r|\n|\u2028|\u2029/)) {
      const line = cleanLine(rawLine);
      if (line) push(line, 'paragraph');
    }
    if (!text) addDiagnostic(doc, 'clean/empty', 'the article has no text after cleaning');
    doc.text = text;
    doc.title = title;
    doc.segments = segments;
  },
};
