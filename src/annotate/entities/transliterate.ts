/**
 * A small rule-based Arabic → Latin transliterator for names that are not in the knowledge base.
 * Readable rather than reversible: common digraphs (sh, kh, th, dh, gh), the article as "al-" ("Al-"
 * only opening a name), long vowels from ا و ي, and a short "a" guessed between the first two
 * consonants of a word. Name particles follow one convention: عبد + the next word is one word,
 * "Abdel" + that word without its article (عبد السلام → Abdelsalam, عبدالرحمن → Abdelrahman) unless
 * the known forms list the compound (عبد الله → Abdullah); أبو → Abu, ابن → Ibn, and بن → "bin" between
 * a given name and more of the name (خالد بن محمد العطية → Khaled bin Mohammed al-Attiyah), else "Ben"
 * opening a family name (بن بلة → Ben Bella, أشرف بن يوسف → Ashraf Ben Youssef).
 */

import { normalize } from '../../text/normalize.js';
import type { PhraseTrie } from './trie.js';

const CONSONANTS: Record<string, string> = {
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: "'",
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ء: '',
  ئ: "'",
  ؤ: "'",
  پ: 'p',
  چ: 'ch',
  ڤ: 'v',
  گ: 'g',
};

function word(w: string): string {
  let out = '';
  let body = w;
  if (body.length > 3 && body.startsWith('ال')) {
    out = 'al-';
    body = body.slice(2);
  }
  if (w === 'الله') return 'allah';
  let consonantRun = 0;
  let vowelSeen = false;
  let lastWasVowel = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    const atStart = i === 0;
    const atEnd = i === body.length - 1;
    if (ch === 'ا' || ch === 'أ' || ch === 'آ' || ch === 'إ') {
      out += ch === 'إ' ? 'i' : 'a';
      consonantRun = 0;
      vowelSeen = true;
      lastWasVowel = true;
    } else if (ch === 'و' || ch === 'ي' || ch === 'ى') {
      // a semivowel at the start or after a long vowel is a consonant, otherwise a long vowel
      if (atStart || lastWasVowel) {
        out += ch === 'و' ? 'w' : 'y';
        consonantRun = 1;
        lastWasVowel = false;
      } else {
        out += ch === 'و' ? (atEnd ? 'u' : 'o') : ch === 'ى' ? 'a' : 'i';
        consonantRun = 0;
        vowelSeen = true;
        lastWasVowel = true;
      }
    } else if (ch === 'ه' && atEnd && i > 0) {
      out += 'a'; // ta marbuta (normalised to ه) at the end of a word
    } else {
      const latin = CONSONANTS[ch];
      if (latin === undefined) continue;
      if (consonantRun >= 1 && !vowelSeen) {
        out += 'a';
        vowelSeen = true;
      }
      out += latin;
      consonantRun++;
      lastWasVowel = false;
    }
  }
  return out;
}

function capitalise(s: string, first: boolean): string {
  return s
    .split('-')
    .map((p, i) => (i === 0 && p === 'al' ? (first ? 'Al' : 'al') : p.charAt(0).toUpperCase() + p.slice(1)))
    .join('-');
}

/** Latin forms of known name words or phrases, looked up by normalised words (`Kb.latin`). */
export type LatinNames = PhraseTrie<string>;

const ABD = 'عبد';
const BIN = 'بن';
const ARTICLE = 'ال';

/** A known single-word Latin form, or null. */
function knownWord(known: LatinNames | undefined, norm: string): string | null {
  const hit = known?.longest(norm, () => undefined);
  return hit ? hit.value : null;
}

/** An عبد compound from its second half: السلام → "Abdelsalam"; الله → "Abdullah". */
function abdCompound(raw: string, known: LatinNames | undefined): string {
  if (normalize(raw) === 'الله') return 'Abdullah';
  const bare = raw.startsWith(ARTICLE) || raw.startsWith('إل') ? raw.slice(2) : raw;
  const latin = knownWord(known, normalize(bare)) ?? word(bare);
  return `Abdel${latin
    .replace(/^al-/i, '')
    .replace(/[\s'-]+/g, '')
    .toLowerCase()}`;
}

/**
 * "أحمد طعمة" → "Ahmad Ta'ma"; non-Arabic characters are dropped, spaces kept. Words (or phrases) with
 * a known Latin form take it first: "جيمس آدمز" → "James Adams". `given`: the normalised given names
 * (`Kb.givenNames`), which tell "bin" from "Ben".
 */
export function transliterate(arabic: string, known?: LatinNames, given?: ReadonlySet<string>): string {
  // names recur across articles: each is worked out once per table of known forms (bounded); the
  // given-name set is the KB's own, so a call with or without it keys apart
  const cache = known === undefined ? noKnown : (byKnown.get(known) ?? newCache(known));
  const key = given === undefined ? `-${arabic}` : `+${arabic}`;
  let out = cache.get(key);
  if (out === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    out = transliterateWords(arabic, known, given);
    cache.set(key, out);
  }
  return out;
}

const MAX_CACHED = 20_000;
const noKnown = new Map<string, string>();
const byKnown = new WeakMap<LatinNames, Map<string, string>>();

function newCache(known: LatinNames): Map<string, string> {
  const cache = new Map<string, string>();
  byKnown.set(known, cache);
  return cache;
}

function transliterateWords(arabic: string, known?: LatinNames, given?: ReadonlySet<string>): string {
  const words = arabic
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/ة/g, 'ه')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const norm = normalize(words[i]!);
    const hit = known?.longest(norm, (k) => {
      const w = words[i + 1 + k];
      return w === undefined ? undefined : normalize(w);
    });
    const next = words[i + 1];
    if (hit && (hit.extra > 0 || (norm !== ABD && norm !== BIN))) {
      out.push(hit.value);
      i += hit.extra;
      continue;
    }
    if (norm === ABD && next !== undefined) {
      out.push(abdCompound(next, known));
      i++;
      continue;
    }
    if (norm.startsWith(ABD + ARTICLE) && norm.length > 5) {
      out.push(abdCompound(words[i]!.slice(3), known));
      continue;
    }
    if (norm === BIN && next !== undefined) {
      const nextNorm = normalize(next);
      const isGiven = given?.has(nextNorm) ?? knownWord(known, nextNorm) !== null;
      // "bin" links given names (خالد بن محمد العطية); "Ben" opens a family name, which ends the name
      // in the Maghreb (أشرف بن يوسف)
      const linksGiven = isGiven && out.length > 0 && words[i + 2] !== undefined;
      out.push(linksGiven && !nextNorm.startsWith(ARTICLE) ? 'bin' : 'Ben');
      continue;
    }
    // a known name with the article: البشير → al-Bashir
    const bare = norm.length > 4 && norm.startsWith(ARTICLE) ? knownWord(known, norm.slice(2)) : null;
    if (bare !== null && /^[A-Z]/.test(bare) && !bare.includes(' ')) {
      out.push(`${out.length === 0 ? 'Al' : 'al'}-${bare}`);
      continue;
    }
    const w = capitalise(word(words[i]!).replace(/^'+/, ''), out.length === 0);
    if (w.length > 0) out.push(w);
  }
  return out.join(' ');
}
