import type { Doc, Pass, Token, TokenKind } from '../../doc/index.js';
import { normalize } from '../normalize.js';

/** One regular expression, alternatives in priority order; the group that matched names the kind. */
const TOKEN =
  /(https?:\/\/[^\s«»"']+|www\.[^\s«»"']+)|([\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(#[\p{L}\p{M}\p{N}_]+)|(\p{N}+(?:[.,٫٬]\p{N}+)*)|([\p{Script=Arabic}\p{M}]+)|([\p{L}\p{M}]+(?:['’][\p{L}]+)*)|(\p{Extended_Pictographic}(?:\u200d\p{Extended_Pictographic}|\ufe0f)*)|(\p{P})|(\S)/gu;

const KINDS: TokenKind[] = ['url', 'email', 'hashtag', 'number', 'word', 'latin', 'emoji', 'punct', 'symbol'];

export const tokenizePass: Pass = {
  name: 'tokenize',
  version: '1',
  requires: ['text'],
  produces: ['tokens'],
  run(doc: Doc) {
    const tokens: Token[] = [];
    const { text } = doc;
    TOKEN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TOKEN.exec(text)) !== null) {
      let kind: TokenKind = 'symbol';
      for (let g = 1; g <= KINDS.length; g++) {
        if (m[g] !== undefined) {
          kind = KINDS[g - 1]!;
          break;
        }
      }
      const t = m[0];
      const norm = normalize(kind === 'hashtag' ? t.slice(1) : t);
      tokens.push({ start: m.index, end: m.index + t.length, text: t, kind, norm, stem: norm });
    }
    doc.tokens = tokens;
  },
};
