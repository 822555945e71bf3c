/**
 * Which language an article is in, by the script of its letters and, for Latin script, by frequent
 * function words. rasd analyses Arabic; other languages are recognised and reported, never mangled.
 */
export type Lang = 'ar' | 'en' | 'fr' | 'other';

export interface LangGuess {
  lang: Lang;
  /** Share of Arabic-script letters among all letters. */
  arabicRatio: number;
  letters: number;
}

const SPACE = 0;
const VISIBLE = 1;
const ARABIC_LETTER = 2;
const LATIN_LETTER = 3;
const OTHER_LETTER = 4;
let classes: Uint8Array | null = null;

/** Class of every BMP code unit, computed once (about 20 ms) so that counting is a table lookup. */
function charClasses(): Uint8Array {
  if (classes) return classes;
  classes = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      classes[c] = VISIBLE; // half of an astral character (emoji, rare CJK): not a letter we count
      continue;
    }
    const ch = String.fromCharCode(c);
    if (/\s|\p{Cc}/u.test(ch)) classes[c] = SPACE;
    else if (!/\p{L}/u.test(ch)) classes[c] = VISIBLE;
    else if (/\p{Script=Arabic}/u.test(ch)) classes[c] = ARABIC_LETTER;
    else if (/\p{Script=Latin}/u.test(ch)) classes[c] = LATIN_LETTER;
    else classes[c] = OTHER_LETTER;
  }
  return classes;
}

export interface ScriptCounts {
  /** Visible characters (not white space or controls). */
  visible: number;
  letters: number;
  arabic: number;
  latin: number;
  /** Visible characters and letters outside ASCII (what tells legacy encodings apart). */
  nonAsciiVisible: number;
  nonAsciiLetters: number;
}

/** Counts letters by script in the first `limit` code units (a few pages tell the language). */
export function countScripts(text: string, limit = 8192): ScriptCounts {
  const table = charClasses();
  const n = Math.min(text.length, limit);
  let visible = 0;
  let letters = 0;
  let arabic = 0;
  let latin = 0;
  let nonAsciiVisible = 0;
  let nonAsciiLetters = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = table[c]!;
    if (k === SPACE) continue;
    visible++;
    if (c > 0x7f) nonAsciiVisible++;
    if (k === VISIBLE) continue;
    letters++;
    if (c > 0x7f) nonAsciiLetters++;
    if (k === ARABIC_LETTER) arabic++;
    else if (k === LATIN_LETTER) latin++;
  }
  return { visible, letters, arabic, latin, nonAsciiVisible, nonAsciiLetters };
}

const WORD = /\p{L}+(?:['’]\p{L}+)?/gu;

const EN = new Set(
  'the of and to in is was for that on with as by at from it are be has have he she they this which said will not an were been would their its who after'.split(
    ' ',
  ),
);
const FR = new Set(
  "le la les de des du et un une est en dans pour que qui sur au aux par pas ne se ce il elle ont été sont avec selon lors l' d' qu' n' s' c' j'".split(
    ' ',
  ),
);

/** Below this many letters the text is too short to tell; the declared language (or Arabic) stands. */
export const MIN_LETTERS = 20;

export function detectLang(text: string): LangGuess {
  const { letters, arabic, latin } = countScripts(text);
  const arabicRatio = letters === 0 ? 0 : arabic / letters;
  if (letters < MIN_LETTERS || arabicRatio >= 0.5) return { lang: 'ar', arabicRatio, letters };
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (latin / letters < 0.5) return { lang: 'other', arabicRatio, letters };
  let en = 0;
  let fr = 0;
  for (const [w] of sample.toLowerCase().matchAll(WORD)) {
    const word = w.replace('’', "'");
    if (EN.has(word)) en++;
    if (FR.has(word)) fr++;
    else if (word.includes("'") && FR.has(word.slice(0, word.indexOf("'") + 1))) fr++;
  }
  const lang: Lang = en === 0 && fr === 0 ? 'other' : fr > en ? 'fr' : 'en';
  return { lang, arabicRatio, letters };
}
