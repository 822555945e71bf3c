/**
 * Proclitic stripping on normalised words, for lexicon look-ups that must see through
 * وأمس، فالخميس، بالأمس، لـ، كـ. The first version of the tokenizer gives no clitic sub-spans, so
 * this is done here on `token.norm`; every form records how many normalised characters it skipped.
 */
export interface Form {
  form: string;
  /** Normalised characters removed from the front (0 for the word itself). */
  skip: number;
}

import type { Span } from '../../doc/index.js';
import { normalize } from '../../text/normalize.js';

const isDropped = (c: string): boolean => normalize(c) === '';

const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ل', 'ك']);

const FORMS_CACHE = new Map<string, readonly Form[]>();

/**
 * The word, then without و/ف, then without a following ب/ل/ك (لل → ال). Most specific first.
 * Cached per word form (the same few thousand forms recur in every article); do not mutate.
 */
export function procliticForms(norm: string): readonly Form[] {
  // most words start with no proclitic letter: the word alone, without a (slower) look-up in the cache
  const c = norm.charCodeAt(0);
  if (norm.length <= 2 || (c !== 0x648 && c !== 0x641 && c !== 0x628 && c !== 0x644 && c !== 0x643))
    return [{ form: norm, skip: 0 }];
  let forms = FORMS_CACHE.get(norm);
  if (forms === undefined) {
    forms = computeForms(norm);
    if (FORMS_CACHE.size >= 50_000) FORMS_CACHE.clear();
    FORMS_CACHE.set(norm, forms);
  }
  return forms;
}

function computeForms(norm: string): Form[] {
  const out: Form[] = [{ form: norm, skip: 0 }];
  let base = norm;
  let skip = 0;
  if (base.length > 2 && CONJ.has(base[0]!)) {
    base = base.slice(1);
    skip = 1;
    out.push({ form: base, skip });
  }
  if (base.length > 2 && base.startsWith('لل')) {
    // لل = ل + ال with one lam written; the form to look up is ال…, the span keeps the lam.
    out.push({ form: `ا${base.slice(1)}`, skip });
  } else if (base.length > 2 && PREP.has(base[0]!)) {
    out.push({ form: base.slice(1), skip: skip + 1 });
  }
  return out;
}

/** Looks a word up through its proclitics; returns the entry and the skip of the form that matched. */
export function lookupThrough<T>(
  map: ReadonlyMap<string, T>,
  norm: string,
): { entry: T; skip: number } | null {
  for (const f of procliticForms(norm)) {
    const entry = map.get(f.form);
    if (entry !== undefined) return { entry, skip: f.skip };
  }
  return null;
}

/** Like `lookupThrough`, also trying each form without its article ال. */
export function lookupThroughArticle<T>(
  map: ReadonlyMap<string, T>,
  norm: string,
): { entry: T; skip: number; article: boolean } | null {
  for (const f of procliticForms(norm)) {
    const entry = map.get(f.form);
    if (entry !== undefined) return { entry, skip: f.skip, article: false };
    if (f.form.startsWith('ال') && f.form.length > 3) {
      const bare = map.get(f.form.slice(2));
      if (bare !== undefined) return { entry: bare, skip: f.skip, article: true };
    }
  }
  return null;
}

/**
 * Offset in the original token text after skipping `skip` normalised characters. Normalisation maps
 * each kept character to exactly one character and drops marks, so the kept characters are counted
 * and the marks that follow the last skipped one are skipped too.
 */
export function startAfterClitics(token: Span, skip: number): number {
  if (skip <= 0) return token.start;
  const { text } = token;
  let kept = 0;
  let i = 0;
  while (i < text.length && kept < skip) {
    if (!isDropped(text[i]!)) kept++;
    i++;
  }
  while (i < text.length && isDropped(text[i]!)) i++;
  return token.start + i;
}
