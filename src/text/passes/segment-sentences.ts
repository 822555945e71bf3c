import type { Doc, Pass, Sentence } from '../../doc/index.js';
import { normalize } from '../normalize.js';

/**
 * Sentence boundaries inside each segment (segments — title, paragraphs, headings, list items — never
 * share a sentence). A sentence ends after . ! ? ؟ … (with any closing quotes or brackets) followed by
 * a space or the segment end, except:
 * - a dot inside a number (3.5) or after an abbreviation (د. م. ق.م, a single letter, a list);
 * - a terminator inside a short quotation «…» “…” "…" (a long quotation may hold several sentences);
 * - a bullet or list number at the start of a segment is not a sentence of its own.
 * ؛ and ، never end a sentence. A stray comma right after a terminator (".,") stays with the sentence.
 */

/** Abbreviations (normalised, without their dot) after which a dot does not end a sentence. */
const ABBREVIATIONS = new Set(
  [
    'د',
    'م',
    'ق',
    'ص',
    'ج',
    'ه',
    'أ',
    'ب',
    'ت',
    'س',
    'ع',
    'ك',
    'ل',
    'ن',
    'ق.م',
    'ص.ب',
    'ت.ب',
    'إلخ',
    'الخ',
    'مج',
    'ج.م.ع',
    'أ.د',
    'ا.د',
    'م.م',
    'ش.م.ع',
    'dr',
    'mr',
    'mrs',
    'ms',
    'st',
    'vs',
    'no',
    'prof',
    'inc',
    'ltd',
    'jr',
    'sr',
    'u.s',
    'u.k',
    'u.n',
    'e.g',
    'i.e',
    'etc',
  ].map(normalize),
);

/** Quotations longer than this may contain sentence ends. */
const MAX_QUOTE = 200;

const CLOSERS = new Set([0x22, 0xbb, 0x201d, 0x2019, 0x27, 0x29, 0x5d, 0x7d]);

function isTerminator(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a;
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}

/** The word (letters and inner dots) that ends right before offset `dot`. */
function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (isSpace(c) || c === 0x28 || c === 0xab || c === 0x22 || c === 0x201c) break;
    i--;
  }
  return text.slice(i, dot);
}

function isAbbreviation(text: string, dot: number, floor: number): boolean {
  const w = wordBefore(text, dot, floor);
  if (w === '') return false;
  // A lone letter (initial) or a list entry: Arabic or Latin.
  if (w.length === 1 && !isDigit(w.charCodeAt(0))) return true;
  return ABBREVIATIONS.has(normalize(w));
}

/** Offset of the closing quote that matches the opener at `at`, or -1 when none or too far. */
function quoteEnd(text: string, at: number, end: number): number {
  const open = text.charCodeAt(at);
  const close = open === 0xab ? 0xbb : open === 0x201c ? 0x201d : open;
  const limit = Math.min(end, at + MAX_QUOTE);
  for (let i = at + 1; i < limit; i++) if (text.charCodeAt(i) === close) return i;
  return -1;
}

/** Skips a bullet or list number ("- ", "• ", "2- ", "3) ") at the start of a segment. */
function skipBullet(text: string, start: number, end: number): number {
  let i = start;
  const c = text.charCodeAt(i);
  if (
    c === 0x2d ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0x2022 ||
    c === 0x2a ||
    c === 0x25aa ||
    c === 0x25cf
  ) {
    i++;
  } else {
    let j = i;
    while (j < end && j < i + 2 && isDigit(text.charCodeAt(j))) j++;
    const p = text.charCodeAt(j);
    if (j === i || !(p === 0x2d || p === 0x2e || p === 0x29) || !isSpace(text.charCodeAt(j + 1)))
      return start;
    i = j + 1;
  }
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i < end ? i : start;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

export function segmentSentences(text: string, segStart: number, segEnd: number, out: Sentence[]): void {
  let start = skipBullet(text, segStart, segEnd);
  let quoteUntil = -1;
  for (let i = start; i < segEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xab || c === 0x201c || (c === 0x22 && i > quoteUntil)) {
      if (i > quoteUntil) {
        const q = quoteEnd(text, i, segEnd);
        if (q > 0) quoteUntil = q;
      }
      continue;
    }
    if (!isTerminator(c)) continue;
    let j = i + 1;
    while (j < segEnd && (isTerminator(text.charCodeAt(j)) || CLOSERS.has(text.charCodeAt(j)))) j++;
    // Inside a short quotation, unless the terminator is the quotation's last character.
    if (i < quoteUntil && j <= quoteUntil) continue;
    // A stray comma after the terminator (".,") belongs to this sentence.
    if (j < segEnd && (text.charCodeAt(j) === 0x2c || text.charCodeAt(j) === 0x060c)) j++;
    if (j < segEnd && !isSpace(text.charCodeAt(j))) {
      i = j - 1;
      continue;
    }
    if (c === 0x2e && j === i + 1 && isAbbreviation(text, i, start)) continue;
    pushTrimmed(out, text, start, j);
    start = j;
    i = j - 1;
  }
  pushTrimmed(out, text, start, segEnd);
}

export const segmentSentencesPass: Pass = {
  name: 'segment-sentences',
  version: '2',
  requires: ['text', 'segments'],
  produces: ['sentences'],
  run(doc: Doc) {
    const out: Sentence[] = [];
    for (const seg of doc.segments) segmentSentences(doc.text, seg.start, seg.end, out);
    doc.sentences = out;
  },
};
