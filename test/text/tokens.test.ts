import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/doc/index.js';
import { analyzeText } from './helpers.js';

function kinds(text: string): [string, string][] {
  return analyzeText(text).tokens.map((t) => [t.kind, t.text]);
}

function token(text: string, word: string): Token {
  const t = analyzeText(text).tokens.find((x) => x.text === word);
  if (!t) throw new Error(`no token ${word}`);
  return t;
}

describe('tokenize', () => {
  it('recognises every kind', () => {
    expect(kinds('زار 3 وفود ٣٫٥ NATO #إدلب https://example.org/a?b=1. info@example.org 🇸🇾 👍🏽 % ،')).toEqual([
      ['word', 'زار'],
      ['number', '3'],
      ['word', 'وفود'],
      ['number', '٣٫٥'],
      ['latin', 'NATO'],
      ['hashtag', '#إدلب'],
      ['url', 'https://example.org/a?b=1'],
      ['punct', '.'],
      ['email', 'info@example.org'],
      ['emoji', '🇸🇾'],
      ['emoji', '👍🏽'],
      ['punct', '%'],
      ['punct', '،'],
    ]);
  });

  it('keeps decimals and thousands in one number and normalises digits', () => {
    expect(token('بلغ 1,250.75 دينارا', '1,250.75').norm).toBe('1,250.75');
    expect(token('الجولة ١٣ من المحادثات', '١٣').norm).toBe('13');
    expect(token('الجولة ۱۳ من المحادثات', '۱۳').norm).toBe('13');
  });

  it('splits a word off a number it is glued to (الـ11)', () => {
    expect(kinds('الجولة الـ11')).toEqual([
      ['word', 'الجولة'],
      ['word', 'الـ'],
      ['number', '11'],
    ]);
  });

  it('gives a hashtag the norm of its word', () => {
    const t = token('في #إدلب اليوم', '#إدلب');
    expect(t.norm).toBe('ادلب');
    expect(t.stem).toBe('ادلب');
  });

  it('normalises words without touching the text', () => {
    const doc = analyzeText('مُحَمَّد نزيفاً الـــجولة');
    expect(doc.tokens.map((t) => t.norm)).toEqual(['محمد', 'نزيفا', 'الجوله']);
    expect(doc.text).toBe('مُحَمَّد نزيفاً الـــجولة');
  });
});
