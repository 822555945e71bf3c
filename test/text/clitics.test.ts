import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

/** "و+ال+[أمم]" style rendering of one word's analysis. */
function split(word: string): string {
  const t = analyzeText(word).tokens[0]!;
  if (!t.clitics) return `[${t.text}]`;
  const pro = t.clitics.filter((c) => c.kind === 'proclitic').map((c) => c.text);
  const enc = t.clitics.filter((c) => c.kind === 'enclitic').map((c) => c.text);
  return [...pro, `[${t.base!.text}]`, ...enc].join('+');
}

function stem(word: string): string {
  return analyzeText(word).tokens[0]!.stem;
}

describe('clitics', () => {
  it.each([
    ['والأمم', 'و+ال+[أمم]'],
    ['لروسيا', 'ل+[روسيا]'],
    ['بموسكو', 'ب+[موسكو]'],
    ['مندوبها', '[مندوب]+ها'],
    ['والمحادثات', 'و+ال+[محادثات]'],
    ['للأمم', 'لل+[أمم]'],
    ['سيضطر', 'س+[يضطر]'],
    ['وستتمثل', 'و+س+[تتمثل]'],
    ['بالهجمات', 'ب+ال+[هجمات]'],
    ['وإلى', 'و+[إلى]'],
    ['منهم', '[من]+هم'],
    ['حكومتها', '[حكومت]+ها'],
  ])('%s → %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });

  it.each([
    'والي',
    'بيدرسون',
    'كانت',
    'كان',
    'الله',
    'الذي',
    'ولاية',
    'وزارة',
    'فرنسا',
    'ليبيا',
    'لبنان',
    'عربي',
    'إلى',
  ])('%s is not split', (word) => {
    expect(split(word)).toBe(`[${word}]`);
  });

  it('clitic and base spans are exact sub-spans of the token', () => {
    const doc = analyzeText('وَالأُمَمِ بمُوسكو');
    for (const t of doc.tokens) {
      for (const c of [...(t.clitics ?? []), ...(t.base ? [t.base] : [])]) {
        expect(doc.text.slice(c.start, c.end)).toBe(c.text);
        expect(c.start).toBeGreaterThanOrEqual(t.start);
        expect(c.end).toBeLessThanOrEqual(t.end);
      }
    }
    expect(doc.tokens[0]!.base!.text).toBe('أُمَمِ');
  });

  it('gives singular, plural and cliticised forms one stem', () => {
    const family = ['محادثات', 'المحادثات', 'والمحادثات', 'محادثة', 'للمحادثات'].map(stem);
    expect(new Set(family).size).toBe(1);
  });

  it('keeps the stem of a word without clitics or known suffixes equal to its norm', () => {
    expect(stem('إدلب')).toBe('ادلب');
    expect(stem('لبنان')).toBe('لبنان');
  });
});
