/**
 * Clitic analysis of one Arabic word: which proclitics (و ف ب ك ل ال لل س) and enclitics
 * (ه ها هم هما هن ك كم كن ي نا) it carries. A split is made only when the lexicon confirms the base
 * (or, for the article, when the base is long enough to be a noun), and when the whole word is not
 * far more frequent than the base would explain — "والأمم" splits, "والي" (governor) and "كانت" do not.
 */
import type { Lexicon } from './lexicon.js';
import { isArabicMark, normalize } from './normalize.js';

export interface CliticPart {
  kind: 'proclitic' | 'enclitic';
  norm: string;
  /** Offsets relative to the word's surface string. */
  start: number;
  end: number;
}

export interface WordAnalysis {
  norm: string;
  /** Clitics in order; empty when the word is not split. */
  clitics: CliticPart[];
  /** Base offsets relative to the surface string (the whole word when not split). */
  baseStart: number;
  baseEnd: number;
  /** Normalised base. */
  baseNorm: string;
}

const ALEF = 'ا';
const ALEF_WASLA = 'ٱ';

/** Function words and lexicalised words that start or end with clitic-like letters: never split. */
const NEVER_SPLIT = new Set(
  [
    'الله',
    'الذي',
    'التي',
    'الذين',
    'اللذان',
    'اللتان',
    'اللذين',
    'اللتين',
    'اللاتي',
    'اللواتي',
    'اللائي',
    'كان',
    'كانت',
    'كانوا',
    'كما',
    'كلما',
    'كل',
    'كلا',
    'كيف',
    'كذلك',
    'لكن',
    'لكنه',
    'لدى',
    'لدي',
    'ليس',
    'ليست',
    'لماذا',
    'لقد',
    'لعل',
    'لولا',
    'لو',
    'لا',
    'لم',
    'لن',
    'بين',
    'بعد',
    'بعض',
    'بل',
    'فقط',
    'فوق',
    'في',
    'فيما',
    'واحد',
    'واحدة',
    'والد',
    'والدة',
    'بينما',
    'سوى',
    'سوف',
    'لأن',
    'لان',
    'كأن',
    'كي',
    'لكي',
    'ما',
    'ماذا',
  ].map(normalize),
);

/** Closed-class words short enough to be a base after و / ف (وهو، وفي، فقد، ولم). */
const MIN_SHORT_BASE_FREQ = 200;
const MIN_BASE_FREQ = 2;
/** How much more frequent than its base a cliticised whole word may be before it counts as a word of its own. */
const WHOLE_RATIO: Record<string, number> = { و: 20, ف: 0.1, ب: 5, ل: 1, ك: 0.3, س: 1 };
const ENCLITICS = ['هما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا', 'ه', 'ك', 'ي'];

interface Chain {
  /** Clitic norms in order and the number of letters each covers. */
  parts: { norm: string; letters: number }[];
  letters: number;
  article: boolean;
  /** The single-letter preposition or future marker (ب ك ل س) if any, for constraints. */
  particle: string;
  conj: string;
}

function isArticleAlef(ch: string | undefined): boolean {
  return ch === ALEF || ch === ALEF_WASLA;
}

/** Every proclitic chain the letters can start with: [و|ف]? (ال | بال | كال | لل | ب | ك | ل | س)? */
function proclitcChains(letters: string): Chain[] {
  const out: Chain[] = [{ parts: [], letters: 0, article: false, particle: '', conj: '' }];
  const conjs = letters[0] === 'و' || letters[0] === 'ف' ? ['', letters[0]] : [''];
  for (const conj of conjs) {
    const i = conj.length;
    const head = conj ? [{ norm: conj, letters: 1 }] : [];
    if (conj) out.push({ parts: head, letters: 1, article: false, particle: '', conj });
    const a = letters[i];
    const b = letters[i + 1];
    const c = letters[i + 2];
    if (isArticleAlef(a) && b === 'ل') {
      out.push({
        parts: [...head, { norm: 'ال', letters: 2 }],
        letters: i + 2,
        article: true,
        particle: '',
        conj,
      });
    }
    if ((a === 'ب' || a === 'ك') && isArticleAlef(b) && c === 'ل') {
      out.push({
        parts: [...head, { norm: a, letters: 1 }, { norm: 'ال', letters: 2 }],
        letters: i + 3,
        article: true,
        particle: a,
        conj,
      });
    }
    if (a === 'ل' && b === 'ل') {
      out.push({
        parts: [...head, { norm: 'لل', letters: 2 }],
        letters: i + 2,
        article: true,
        particle: 'ل',
        conj,
      });
    }
    if (a === 'ب' || a === 'ك' || a === 'ل' || a === 'س') {
      out.push({
        parts: [...head, { norm: a, letters: 1 }],
        letters: i + 1,
        article: false,
        particle: a,
        conj,
      });
    }
  }
  return out;
}

/** An imperfect verb with a plural or dual ending: no preposition or article attaches to it. */
function looksLikePluralVerb(base: string): boolean {
  return base.length >= 5 && base[0] === 'ي' && /(?:ون|ين|وا|ان)$/.test(base);
}

/** Lexicon keys for a base: itself, and with the taa marbuta or alef maqsura restored before an enclitic. */
function baseFreq(lex: Lexicon, base: string, beforeEnclitic: boolean): number {
  let f = lex.freq(normalize(base));
  if (beforeEnclitic && f === 0) {
    const last = base[base.length - 1];
    if (last === 'ت') f = lex.freq(normalize(base.slice(0, -1) + 'ة'));
    else if (last === 'ا') f = lex.freq(normalize(base.slice(0, -1) + 'ى'));
  }
  return f;
}

/**
 * Analyses a word given as surface text (letters with optional marks). Returns offsets into the
 * surface string so that clitics become exact sub-spans of the token.
 */
export function analyzeWord(surface: string, lex: Lexicon): WordAnalysis {
  // Letters without marks, and where each letter sits in the surface string.
  let letters = '';
  const at: number[] = [];
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i);
    if (isArabicMark(c)) continue;
    letters += surface[i];
    at.push(i);
  }
  at.push(surface.length);
  const norm = normalize(surface);
  const whole: WordAnalysis = { norm, clitics: [], baseStart: 0, baseEnd: surface.length, baseNorm: norm };
  const n = letters.length;
  if (n < 3 || NEVER_SPLIT.has(norm)) return whole;
  const wholeFreq = lex.freq(norm);

  let best: { chain: Chain; enc: string; score: number; baseNorm: string } | null = null;
  for (const chain of proclitcChains(letters)) {
    const encs = chain.article ? [''] : ['', ...ENCLITICS.filter((e) => letters.endsWith(e))];
    for (const enc of encs) {
      if (chain.letters === 0 && enc === '') continue;
      const base = letters.slice(chain.letters, n - enc.length);
      const score = acceptSplit(lex, chain, enc, base, norm, wholeFreq);
      if (score === null) continue;
      // A frequent base wins (وزير+ها over و+زير+ها), each clitic letter adds a little (ل+تعبير+ها over ل+تعبيرها).
      const total = Math.log(score + 1) + 0.5 * (chain.letters + enc.length);
      if (!best || total > best.score) best = { chain, enc, score: total, baseNorm: normalize(base) };
    }
  }
  if (!best) return whole;
  if (best.enc) {
    // Before an enclitic, taa marbuta is written ت and alef maqsura ا: the base's norm restores them.
    const last = best.baseNorm[best.baseNorm.length - 1];
    if ((last === 'ت' || last === 'ا') && !lex.has(best.baseNorm)) {
      const restored = best.baseNorm.slice(0, -1) + (last === 'ت' ? 'ه' : 'ي');
      if (lex.has(restored)) best.baseNorm = restored;
    }
  }

  const clitics: CliticPart[] = [];
  let li = 0;
  for (const p of best.chain.parts) {
    clitics.push({ kind: 'proclitic', norm: p.norm, start: at[li]!, end: at[li + p.letters]! });
    li += p.letters;
  }
  const baseStart = at[li]!;
  const encStartLetter = n - best.enc.length;
  const baseEnd = best.enc ? at[encStartLetter]! : surface.length;
  if (best.enc) clitics.push({ kind: 'enclitic', norm: best.enc, start: baseEnd, end: surface.length });
  return { norm, clitics, baseStart, baseEnd, baseNorm: best.baseNorm };
}

/** Null when the split is not confirmed, else a score (the base's frequency) to rank candidates. */
function acceptSplit(
  lex: Lexicon,
  chain: Chain,
  enc: string,
  base: string,
  wholeNorm: string,
  wholeFreq: number,
): number | null {
  if (base.length < 2) return null;
  const baseNorm = normalize(base);
  // A base that itself starts with a bare alef-lam is the article: it must be split as such.
  if (
    !chain.article &&
    (base[0] === ALEF || base[0] === ALEF_WASLA) &&
    base[1] === 'ل' &&
    !NEVER_SPLIT.has(baseNorm)
  ) {
    return null;
  }
  if (chain.particle === 'س' && (chain.article || !/^[يتنا]/.test(base))) return null;
  if ((chain.particle === 'ب' || chain.particle === 'ك' || chain.article) && looksLikePluralVerb(base))
    return null;
  const f = baseFreq(lex, base, enc !== '');
  if (chain.article) {
    if (enc || NEVER_SPLIT.has(normalize('ال' + base))) return null;
    // The article is reliable before a base of three letters or more, known or not (names, rare nouns).
    const withArticle = lex.freq(normalize('ال' + base));
    if (f > 0 || withArticle > 0) return Math.max(f, withArticle) + 1;
    return base.length >= 3 ? 0 : null;
  }
  if (f < MIN_BASE_FREQ) return null;
  if (base.length === 2 && f < MIN_SHORT_BASE_FREQ) return null;
  // Two-letter bases are closed-class words (وفي، فقد، وهو، بأن، فيها، وأنه): frequent, and never after ك or س.
  if (base.length === 2 && (chain.particle === 'ك' || chain.particle === 'س')) return null;
  // A whole word much more frequent than its base is a word of its own (كانت, بشكل, ولاية).
  // The most selective clitic of the chain decides (و+ل is judged as ل).
  const ratio = Math.min(...chain.parts.map((p) => WHOLE_RATIO[p.norm] ?? 1));
  if (chain.parts.length > 0 && !enc && wholeFreq > ratio * f) return null;
  if (enc && chain.parts.length === 0) {
    // Word-final ي and ك are mostly part of the word (تونسي، بنك): split them only off unknown words.
    if ((enc === 'ي' || enc === 'ك') && wholeFreq > 1) return null;
    if (wholeFreq > 3 * f) return null;
  }
  if (NEVER_SPLIT.has(wholeNorm)) return null;
  return f;
}
