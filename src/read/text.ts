/** Plain text: the first non-empty line is the title, the rest the body (a one-line file is all body). */
import type { FormatReader, FormatItem } from './types.js';

export function splitTitle(text: string): { title: string | null; body: string } {
  const lines = text.split(/\r\n|\r|\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first === -1) return { title: null, body: '' };
  const rest = lines.slice(first + 1).join('\n');
  if (rest.trim() === '') return { title: null, body: lines[first]!.trim() };
  return { title: lines[first]!.trim(), body: rest };
}

export const textReader: FormatReader = {
  format: 'text',
  extensions: ['txt', 'text'],
  sniff: () => true,
  *read(text: string, origin: string): Iterable<FormatItem> {
    yield { kind: 'record', record: splitTitle(text), origin };
  },
};
