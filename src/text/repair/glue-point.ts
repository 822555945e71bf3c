/**
 * Where a run of Arabic letters is really two words glued together. A taa marbuta (ة) or alef maqsura
 * (ى) is only ever written at the end of a word, and so is tanween fath with its carrier alef (اً);
 * when a letter follows one of them, a word boundary was lost.
 */
import { isArabicLetter, isArabicMark } from '../normalize.js';

const TAA_MARBUTA = 0x0629;
const ALEF_MAQSURA = 0x0649;
const ALEF = 0x0627;

const FATHATAN = 0x064b;
const SUFFIX_SPELLINGS = new Set([
  'ه',
  'ها',
  'هم',
  'هما',
  'هن',
  'ك',
  'كم',
  'كن',
  'ي',
  'نا',
  'ين',
  'ان',
  'ات',
  'ون',
  'يه',
  'يها',
  'يهم',
]);

/** Offset (relative to `word`) where the second word starts, or -1. `word` is a run of letters and marks. */
export function finalFormGluePoint(word: string): number {
  for (let i = 1; i < word.length - 1; i++) {
    const c = word.charCodeAt(i);
    let k: number;
    if (c === TAA_MARBUTA || c === ALEF_MAQSURA) {
      k = i + 1;
    } else if (c === FATHATAN) {
      // Tanween fath sits next to its carrier alef (before or after it): a letter after the pair
      // starts a new word. Other tanween mid-word are usually typos for a short vowel, not glue.
      const prev = word.charCodeAt(i - 1);
      const next = word.charCodeAt(i + 1);
      if (prev === ALEF) k = i + 1;
      else if (next === ALEF) k = i + 2;
      else continue;
    } else {
      continue;
    }
    while (k < word.length && isArabicMark(word.charCodeAt(k))) k++;
    // A suffix after the final form is a spelling variant (لدىها، أراضىهم، المستوىين), not a second word.
    if (SUFFIX_SPELLINGS.has(word.slice(k))) continue;
    if (k < word.length - 1 && isArabicLetter(word.charCodeAt(k)) && isArabicLetter(word.charCodeAt(k + 1))) {
      return k;
    }
  }
  return -1;
}

/** Runs of Arabic letters, marks and tatweel: the unit glue detection works on. */
export const ARABIC_RUN = /[\u0621-\u063a\u0640-\u065f\u0670-\u06d3\u06d5]+/g;

/** Cheap test for a possible final-form glue anywhere in a text (a superset of what finalFormGluePoint finds). */
export const MAY_HAVE_FINAL_FORM_GLUE =
  /[\u0629\u0649][\u064b-\u065f]*[\u0621-\u064a]|\u064b\u0627?[\u0621-\u0626\u0628-\u064a]|\u0627\u064b[\u0621-\u064a]/;
