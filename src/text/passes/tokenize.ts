import type { Clitic, Doc, Pass, Token, TokenKind } from '../../doc/index.js';
import { loadLexicon, type Lexicon } from '../lexicon.js';
import { normalize } from '../normalize.js';
import { WordAnalyzer, wordHash, type WordInfo } from '../word-analyzer.js';

/**
 * Tokens: Arabic words, numbers (Western and Arabic-Indic digits, decimals), Latin words, punctuation,
 * hashtags, URLs, e-mail addresses, emoji and other symbols. The common cases (whitespace, Arabic
 * words, digits) are scanned by character code; everything else is matched by one sticky regular
 * expression whose alternatives, in priority order, name the kind. Tokens never cross a line, hence
 * never a segment. Every Arabic word (and the word of a hashtag) gets its clitics, base and light stem
 * from the cached WordAnalyzer; other norms are cached too.
 */
const ARABIC_LETTER =
  '\\u0621-\\u063a\\u0641-\\u064a\\u066e-\\u066f\\u0671-\\u06d3\\u06d5\\u06fa-\\u06fc\\u0750-\\u077f\\u08a0-\\u08c9';
const ARABIC_MARK =
  '\\u0610-\\u061a\\u064b-\\u065f\\u0670\\u06d6-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06ed\\u08ca-\\u08ff\\u0640';
const DIGIT = '0-9\\u0660-\\u0669\\u06f0-\\u06f9';

/** The regular-expression tokenizer: the reference for every kind, and the slow path of the scanner. */
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
  'gyu',
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

/** Character classes for the scanner's fast path (code units below 0x800). */
const SPACE = 1;
const LETTER = 2;
const MARK = 3;
const DIGIT_CLASS = 4;
const PUNCT = 5;
const CLASS = new Uint8Array(0x800);
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0]) CLASS[c] = SPACE;
const setRange = (from: number, to: number, v: number): void => {
  for (let c = from; c <= to; c++) CLASS[c] = v;
};
setRange(0x0621, 0x063a, LETTER);
setRange(0x0641, 0x064a, LETTER);
setRange(0x066e, 0x066f, LETTER);
setRange(0x0671, 0x06d3, LETTER);
CLASS[0x06d5] = LETTER;
setRange(0x06fa, 0x06fc, LETTER);
setRange(0x0750, 0x077f, LETTER);
setRange(0x0610, 0x061a, MARK);
setRange(0x064b, 0x065f, MARK);
CLASS[0x0670] = MARK;
setRange(0x06d6, 0x06dc, MARK);
setRange(0x06df, 0x06e8, MARK);
setRange(0x06ea, 0x06ed, MARK);
CLASS[0x0640] = MARK;
setRange(0x30, 0x39, DIGIT_CLASS);
setRange(0x0660, 0x0669, DIGIT_CLASS);
setRange(0x06f0, 0x06f9, DIGIT_CLASS);
// ASCII punctuation that starts no other kind, and Arabic punctuation.
for (const ch of '!"\'()*,-./:;<=>?[\\]^`{|}~،؛؟«»') CLASS[ch.charCodeAt(0)] = PUNCT;

function classOf(c: number): number {
  return c < 0x800 ? CLASS[c]! : 0;
}

/** . , ٫ ٬ and the Arabic comma ، between digits, which the Arabic press uses as a decimal comma (12،2). */
function isDigitSeparator(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c || c === 0x060c;
}

/**
 * The Arabic comma at `sep` after the digits from `start` separates the items of a list of small numbers
 * (أيام 10،11 و 12 مارس), not a decimal comma: one or two digits each side, then و and a whole number.
 */
function listComma(text: string, start: number, sep: number): boolean {
  if (sep - start > 2) return false;
  let k = sep + 1;
  while (k < text.length && classOf(text.charCodeAt(k)) === DIGIT_CLASS) k++;
  if (k - sep - 1 > 2) return false;
  while (text.charCodeAt(k) === 0x20) k++;
  if (text.charCodeAt(k) !== 0x648) return false;
  k++;
  while (text.charCodeAt(k) === 0x20) k++;
  const first = k;
  while (k < text.length && classOf(text.charCodeAt(k)) === DIGIT_CLASS) k++;
  return (
    k > first &&
    k - first <= 2 &&
    !(
      k + 1 < text.length &&
      isDigitSeparator(text.charCodeAt(k)) &&
      classOf(text.charCodeAt(k + 1)) === DIGIT_CLASS
    )
  );
}

/** A cached clitic moved to the token's place. */
function movedClitic(c: Clitic, shift: number): Clitic {
  return { start: shift + c.start, end: shift + c.end, text: c.text, kind: c.kind, norm: c.norm };
}

/** A token of a cached word analysis, its clitic offsets moved by `shift` (where the word starts). */
function wordToken(
  start: number,
  end: number,
  text: string,
  kind: TokenKind,
  info: WordInfo,
  shift: number,
): Token {
  const { clitics, base } = info;
  if (clitics === null || base === null) return { start, end, text, kind, norm: info.norm, stem: info.stem };
  // Array literals of the exact size for the usual one or two clitics (a pushed-to array reserves 17 slots).
  const c0 = clitics[0]!;
  const c1 = clitics[1];
  const out =
    clitics.length === 1
      ? [movedClitic(c0, shift)]
      : clitics.length === 2 && c1 !== undefined
        ? [movedClitic(c0, shift), movedClitic(c1, shift)]
        : clitics.map((c) => movedClitic(c, shift));
  return {
    start,
    end,
    text,
    kind,
    norm: info.norm,
    stem: info.stem,
    clitics: out,
    base: { start: shift + base.start, end: shift + base.end, text: base.text },
  };
}

/**
 * The cached word analyses behind a tokens array, one entry per token (undefined where the token is no word of
 * the fast path's cache): a later pass can keep what it derives from a word form on the shared WordInfo
 * (`WordInfo.memo`) instead of looking the form up in a map of its own. Not part of the document: the layer
 * serialises as before, and a tokens array built otherwise (or replaced) has no entry.
 */
const tokenInfos = new WeakMap<readonly Token[], readonly (WordInfo | undefined)[]>();

/** The word analyses of a tokens array made by a tokenize pass (see tokenInfos), if any. */
export function wordInfosOf(tokens: readonly Token[]): readonly (WordInfo | undefined)[] | undefined {
  return tokenInfos.get(tokens);
}

export function createTokenizePass(lexicon?: Lexicon): Pass {
  let words: WordAnalyzer | undefined = lexicon ? new WordAnalyzer(lexicon) : undefined;
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
  /** Norms of single code units below 0x800 (punctuation, Latin letters, digits), computed once. */
  /** The slow path's matcher, one per pass: each use sets its lastIndex first. */
  const re = new RegExp(TOKEN_PATTERN);
  const charNorms: string[] = [];
  for (let c = 0; c < 0x800; c++) charNorms.push(normalize(String.fromCharCode(c)));
  /** The same code units as strings: a punctuation token takes its text from here, not from a new slice. */
  const charTexts: string[] = [];
  for (let c = 0; c < 0x800; c++) charTexts.push(String.fromCharCode(c));
  const push = (
    tokens: Token[],
    infos: (WordInfo | undefined)[],
    text: string,
    start: number,
    end: number,
    kind: TokenKind,
    hash: number,
  ): void => {
    const t = text.slice(start, end);
    if (kind === 'word') {
      const info = words!.get(t, hash);
      tokens.push(wordToken(start, end, t, kind, info, start));
      infos.push(info);
    } else if (kind === 'hashtag') {
      // A hashtag is still the word it tags: its norm, stem and clitics are the word's.
      tokens.push(wordToken(start, end, t, kind, words!.get(t.slice(1)), start + 1));
      infos.push(undefined);
    } else {
      const c = t.charCodeAt(0);
      const norm = t.length === 1 && c < 0x800 ? charNorms[c]! : normOf(t);
      tokens.push({ start, end, text: t, kind, norm, stem: norm });
      infos.push(undefined);
    }
  };
  return {
    name: 'tokenize',
    version: '3',
    requires: ['text'],
    produces: ['tokens'],
    run(doc: Doc) {
      words ??= new WordAnalyzer(loadLexicon());
      const analyzer = words;
      const tokens: Token[] = [];
      const infos: (WordInfo | undefined)[] = [];
      const { text } = doc;
      const n = text.length;
      let i = 0;
      while (i < n) {
        const c = text.charCodeAt(i);
        const cls = classOf(c);
        if (cls === SPACE) {
          i++;
          continue;
        }
        if (cls === LETTER || c === 0x0640) {
          let j = i + 1;
          let h = c;
          while (j < n) {
            const d = text.charCodeAt(j);
            const k = classOf(d);
            if (k !== LETTER && k !== MARK) break;
            h = (Math.imul(h, 31) + d) | 0;
            j++;
          }
          // Arabic letters from the extended blocks above 0x800 go to the slow path.
          if (j >= n || text.charCodeAt(j) < 0x800) {
            // The cached analysis's surface is the token's text: no slice of the document is made.
            const info = analyzer.at(text, i, j, h & 0x3fffffff);
            tokens.push(wordToken(i, j, info.surface, 'word', info, i));
            infos.push(info);
            i = j;
            continue;
          }
        } else if (cls === DIGIT_CLASS) {
          let j = i + 1;
          for (;;) {
            while (j < n && classOf(text.charCodeAt(j)) === DIGIT_CLASS) j++;
            if (
              j + 1 < n &&
              isDigitSeparator(text.charCodeAt(j)) &&
              classOf(text.charCodeAt(j + 1)) === DIGIT_CLASS &&
              !(text.charCodeAt(j) === 0x060c && listComma(text, i, j))
            ) {
              j += 2;
              continue;
            }
            break;
          }
          // Digits followed by '@' may be an e-mail, by a Latin letter something else: slow path.
          const next = j < n ? text.charCodeAt(j) : 0x20;
          if (next !== 0x40 && !(next >= 0x41 && next <= 0x7a) && !(next === 0x5f)) {
            push(tokens, infos, text, i, j, 'number', 0);
            i = j;
            continue;
          }
        } else if (cls === PUNCT) {
          const norm = charNorms[c]!;
          tokens.push({ start: i, end: i + 1, text: charTexts[c]!, kind: 'punct', norm, stem: norm });
          infos.push(undefined);
          i++;
          continue;
        }
        // Slow path: one match of the full regular expression at i.
        re.lastIndex = i;
        const m = re.exec(text);
        if (m === null) {
          i++;
          continue;
        }
        if (m[1] !== undefined) {
          i += m[0].length;
          continue;
        }
        let g = 2;
        while (m[g] === undefined) g++;
        const kind = KINDS[g - 1]!;
        let end = i + m[0].length;
        if (kind === 'url') {
          const trail = URL_TRAILING.exec(m[0]);
          if (trail) end -= trail[0].length;
        }
        push(tokens, infos, text, i, end, kind, kind === 'word' ? wordHash(text.slice(i, end)) : 0);
        i = end;
      }
      doc.tokens = tokens;
      tokenInfos.set(tokens, infos);
    },
  };
}

export const tokenizePass: Pass = createTokenizePass();
