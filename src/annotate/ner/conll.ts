/** A tolerant CoNLL reader: one token per line, the token in the first column, blank lines between sentences. */

export interface ConllSentence {
  tokens: string[];
  /** The second column when present (a gold tag), else undefined for that token. */
  tags: (string | undefined)[];
}

/** Marks that some corpora glue to tokens (WikiFANE prefixes each with U+200E); they carry no meaning. */
const INVISIBLE = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Parses CoNLL text. Tolerates a BOM, CRLF or CR line ends, direction marks, trailing spaces, several blank
 * lines in a row and columns separated by tabs or spaces. Lines starting with `-DOCSTART-` end a sentence.
 */
export function parseConll(text: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let tokens: string[] = [];
  let tags: (string | undefined)[] = [];
  const flush = (): void => {
    if (tokens.length > 0) sentences.push({ tokens, tags });
    tokens = [];
    tags = [];
  };
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(INVISIBLE, '').trim();
    if (line === '' || line.startsWith('-DOCSTART-')) {
      flush();
      continue;
    }
    const cols = line.split(/[\t ]+/);
    tokens.push(cols[0]!);
    tags.push(cols[1]);
  }
  flush();
  return sentences;
}

/** Writes `token TAG` lines with a blank line after each sentence. */
export function formatConll(sentences: { tokens: string[]; tags: string[] }[]): string {
  let out = '';
  for (const s of sentences) {
    for (let i = 0; i < s.tokens.length; i++) out += `${s.tokens[i]} ${s.tags[i] ?? 'O'}\n`;
    out += '\n';
  }
  return out;
}
