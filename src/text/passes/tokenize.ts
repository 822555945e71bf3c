import type { Doc, Pass, Token, TokenKind } from '../../doc/index.js';
import { normalize } from '../normalize.js';

/**
 * One regular expression, alternatives in priority order; the group that matched names the kind.
 * Whitespace is matched (group 1) and skipped so the engine never retries every alternative on it.
 * Arabic words come first because they are most of the text. Tokens never cross a line, so they never
 * cross a segment. Word norms are cached: a news corpus repeats its vocabulary.
 */
const ARABIC_LETTER =
  '\\u0621-\\u063a\\u0641-\\u064a\\u066e-\\u066f\\u0671-\\u06d3\\u06d5\\u06fa-\\u06fc\\u0750-\\u077f\\u08a0-\\u08c9';
const ARABIC_MARK =
  '\\u0610-\\u061a\\u064b-\\u065f\\u0670\\u06d6-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06ed\\u08ca-\\u08ff\\u0640';
const DIGIT = '0-9\\u0660-\\u0669\\u06f0-\\u06f9';

export const TOKEN_PATTERN = new RegExp(
  [
    '(\\s+)',
    `([${ARABIC_LETTER}\\u0640][${ARABIC_LETTER}${ARABIC_MARK}]*)`,
    `((?:https?:\\/\\/|www\\.)[^\\s«»"'<>]+)`,
    '([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)',
    `([#＃][${ARABIC_LETTER}${ARABIC_MARK}\\p{L}\\p{M}${DIGIT}_]+)`,
    `([${DIGIT}]+(?:[.,\\u066b\\u066c][${DIGIT}]+)*)`,
    "([\\p{L}\\p{M}]+(?:['’][\\p{L}]+)*)",
    '(\\p{Regional_Indicator}{2}|\\p{Extended_Pictographic}(?:\\ufe0f|[\\u{1f3fb}-\\u{1f3ff}]|\\u200d\\p{Extended_Pictographic}\\ufe0f?)*)',
    '(\\p{P})',
    '(\\S)',
  ].join('|'),
  'gu',
);

const KINDS: (TokenKind | null)[] = [
  null,
  'word',
  'url',
  'email',
  'hashtag',
  'number',
  'latin',
  'emoji',
  'punct',
  'symbol',
];

/** Trailing punctuation that ends a sentence rather than a URL. */
const URL_TRAILING = /[.,;:!?؟،)\]]+$/;

const MAX_CACHE = 200_000;

export function createTokenizePass(): Pass {
  const normCache = new Map<string, string>();
  const normOf = (s: string): string => {
    let n = normCache.get(s);
    if (n === undefined) {
      if (normCache.size >= MAX_CACHE) normCache.clear();
      n = normalize(s);
      normCache.set(s, n);
    }
    return n;
  };
  return {
    name: 'tokenize',
    version: '2',
    requires: ['text'],
    produces: ['tokens'],
    run(doc: Doc) {
      const tokens: Token[] = [];
      const { text } = doc;
      const re = new RegExp(TOKEN_PATTERN);
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        if (m[1] !== undefined) continue;
        let g = 2;
        while (m[g] === undefined) g++;
        const kind = KINDS[g - 1]!;
        let t = m[0];
        if (kind === 'url') {
          const trail = URL_TRAILING.exec(t);
          if (trail) {
            t = t.slice(0, t.length - trail[0].length);
            re.lastIndex = m.index + t.length;
          }
        }
        // A hashtag is still the word it tags: its norm drops the '#'.
        const norm =
          kind === 'hashtag'
            ? normOf(t.slice(1))
            : kind === 'url' || kind === 'email'
              ? t.toLowerCase()
              : normOf(t);
        tokens.push({ start: m.index, end: m.index + t.length, text: t, kind, norm, stem: norm });
      }
      doc.tokens = tokens;
    },
  };
}

export const tokenizePass: Pass = createTokenizePass();
