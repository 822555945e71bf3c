/**
 * Light stem for search: the normalised base of a word (clitics already removed) without the
 * feminine ending and, where the lexicon knows the shorter form, without a plural or dual suffix.
 * محادثة / محادثات / المحادثات / والمحادثات all share the stem محادث.
 */
import type { Lexicon } from './lexicon.js';

const SUFFIXES = ['ات', 'ون', 'ين', 'ان'];

export function lightStem(baseNorm: string, lex: Lexicon): string {
  const n = baseNorm.length;
  for (const suf of SUFFIXES) {
    if (!baseNorm.endsWith(suf)) continue;
    const rest = baseNorm.slice(0, n - 2);
    // The dual/plural ان and ين need a longer remainder: لبنان, إيران are not duals.
    const minRest = suf === 'ات' || suf === 'ون' ? 3 : 4;
    if (rest.length >= minRest && (lex.has(rest) || lex.has(rest + 'ه'))) return rest;
  }
  // Feminine ending (ة, normalised to ه) after a stem of three letters or more.
  if (n >= 4 && baseNorm.charCodeAt(n - 1) === 0x647 && lex.has(baseNorm.slice(0, -1) + 'ات')) {
    return baseNorm.slice(0, -1);
  }
  return baseNorm;
}
