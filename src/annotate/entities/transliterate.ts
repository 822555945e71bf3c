/**
 * A small rule-based Arabic → Latin transliterator for names that are not in the knowledge base.
 * Readable rather than reversible: common digraphs (sh, kh, th, dh, gh), the article as "al-",
 * long vowels from ا و ي, and a short "a" guessed between the first two consonants of a word.
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

function capitalise(s: string): string {
  return s
    .split('-')
    .map((p, i) => (i === 0 && p === 'al' ? 'Al' : p.charAt(0).toUpperCase() + p.slice(1)))
    .join('-');
}

/** Latin forms of known name words or phrases, looked up by normalised words (`Kb.latin`). */
export type LatinNames = PhraseTrie<string>;

/**
 * "أحمد طعمة" → "Ahmad Ta'ma"; non-Arabic characters are dropped, spaces kept. Words (or phrases) with
 * a known Latin form take it first: "جيمس آدمز" → "James Adams".
 */
export function transliterate(arabic: string, known?: LatinNames): string {
  // names recur across articles: each is worked out once per table of known forms (bounded)
  const cache = known === undefined ? noKnown : (byKnown.get(known) ?? newCache(known));
  let out = cache.get(arabic);
  if (out === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    out = transliterateWords(arabic, known);
    cache.set(arabic, out);
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

function transliterateWords(arabic: string, known?: LatinNames): string {
  const words = arabic
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/ة/g, 'ه')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const hit = known?.longest(normalize(words[i]!), (k) => {
      const w = words[i + 1 + k];
      return w === undefined ? undefined : normalize(w);
    });
    if (hit) {
      out.push(hit.value);
      i += hit.extra;
      continue;
    }
    const w = capitalise(word(words[i]!).replace(/^'+/, ''));
    if (w.length > 0) out.push(w);
  }
  return out.join(' ');
}
