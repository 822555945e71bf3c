/**
 * Search normalisation for Arabic text. It maps a string to its `norm` form; it never touches the
 * document text. Idempotent: norm(norm(x)) === norm(x), because no output character is itself mapped.
 *
 * - diacritics (harakat, shadda, sukun, superscript alef, Quranic marks) and tatweel are removed
 * - أ إ آ ٱ → ا ; ى → ي ; ة → ه ; Persian ک → ك and ی → ي
 * - Arabic-Indic and Eastern Arabic-Indic digits → ASCII; ٫ → . ; ٬ → ,
 * - Latin letters are lower-cased
 */

const DROP = -1;
/** Replacement code unit for each code unit in U+0600..U+06FF, or DROP; 0 means keep. */
const ARABIC_MAP = new Int32Array(0x100);

function setRange(from: number, to: number, value: number): void {
  for (let c = from; c <= to; c++) ARABIC_MAP[c - 0x600] = value;
}

setRange(0x064b, 0x065f, DROP); // harakat, shadda, sukun, maddah/hamza above/below marks
ARABIC_MAP[0x0670 - 0x600] = DROP; // superscript alef
setRange(0x06d6, 0x06ed, DROP); // Quranic annotation marks
ARABIC_MAP[0x0640 - 0x600] = DROP; // tatweel
setRange(0x0610, 0x061a, DROP); // honorific and Quranic signs
for (const c of [0x0622, 0x0623, 0x0625, 0x0671]) ARABIC_MAP[c - 0x600] = 0x0627;
ARABIC_MAP[0x0649 - 0x600] = 0x064a; // ى → ي
ARABIC_MAP[0x06cc - 0x600] = 0x064a; // ی → ي
ARABIC_MAP[0x06a9 - 0x600] = 0x0643; // ک → ك
ARABIC_MAP[0x0629 - 0x600] = 0x0647; // ة → ه
for (let d = 0; d < 10; d++) {
  ARABIC_MAP[0x0660 + d - 0x600] = 0x30 + d;
  ARABIC_MAP[0x06f0 + d - 0x600] = 0x30 + d;
}
ARABIC_MAP[0x066b - 0x600] = 0x2e; // Arabic decimal separator → .
ARABIC_MAP[0x066c - 0x600] = 0x2c; // Arabic thousands separator → ,

function needsWork(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x600 && c <= 0x6ff) {
      if (ARABIC_MAP[c - 0x600] !== 0) return true;
    } else if ((c >= 0x41 && c <= 0x5a) || c > 0x7f) {
      if (c >= 0x41 && c <= 0x5a) return true;
      if (c > 0x7f && (c < 0x600 || c > 0x6ff) && s[i]!.toLowerCase() !== s[i]) return true;
    }
  }
  return false;
}

export function normalize(s: string): string {
  if (!needsWork(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x600 && c <= 0x6ff) {
      const m = ARABIC_MAP[c - 0x600]!;
      if (m === 0) out += s[i];
      else if (m !== DROP) out += String.fromCharCode(m);
    } else if (c >= 0x41 && c <= 0x5a) {
      out += String.fromCharCode(c + 32);
    } else if (c > 0x7f) {
      out += s[i]!.toLowerCase();
    } else {
      out += s[i];
    }
  }
  return out;
}

/** True for letters of the Arabic script blocks (not digits or punctuation). */
export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06fa && c <= 0x06fc) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08c9)
  );
}

/** Marks that attach to an Arabic letter inside a word: harakat, tatweel, Quranic marks. */
export function isArabicMark(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    c === 0x0640 ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    (c >= 0x08ca && c <= 0x08ff)
  );
}

export function isArabicDigit(c: number): boolean {
  return (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}
