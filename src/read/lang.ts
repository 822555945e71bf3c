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

const LETTER = /\p{L}/gu;
const ARABIC = /(?=\p{L})\p{Script=Arabic}/gu;
const LATIN = /(?=\p{L})\p{Script=Latin}/gu;
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
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const letters = sample.match(LETTER)?.length ?? 0;
  const arabic = sample.match(ARABIC)?.length ?? 0;
  const arabicRatio = letters === 0 ? 0 : arabic / letters;
  if (letters < MIN_LETTERS || arabicRatio >= 0.5) return { lang: 'ar', arabicRatio, letters };
  const latin = sample.match(LATIN)?.length ?? 0;
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
