import { describe, expect, it } from 'vitest';
import { createDoc, type Doc, type Token } from '../../src/doc/index.js';
import { loadLexicon } from '../../src/text/lexicon.js';
import { createCleanPass } from '../../src/text/passes/clean.js';
import { segmentSentencesPass } from '../../src/text/passes/segment-sentences.js';
import { createTokenizePass } from '../../src/text/passes/tokenize.js';
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

describe('the word cache', () => {
  const body =
    'وقال الوزير والوفود في المحادثات بأستانا إن الوفود ستواصل المحادثات، وأكد وزيرها #المحادثات أن الوزير والوفود باقون.';

  it('gives the same tokens warm as a fresh pass gives cold, each with its own objects', () => {
    const lexicon = loadLexicon();
    const run = (pass = createTokenizePass(lexicon)): Doc => {
      const doc = createDoc({ id: 'cache', body: `${body}\n${body}` });
      for (const p of [createCleanPass(lexicon), segmentSentencesPass, pass]) p.run(doc);
      return doc;
    };
    const warmPass = createTokenizePass(lexicon);
    run(warmPass);
    const warm = run(warmPass);
    expect(JSON.stringify(warm.tokens)).toBe(JSON.stringify(run().tokens));
    const seen = new Set<object>();
    for (const t of warm.tokens) {
      expect(t.text).toBe(warm.text.slice(t.start, t.end));
      for (const o of [t, t.clitics, t.base, ...(t.clitics ?? [])]) {
        if (o === undefined) continue;
        expect(seen.has(o)).toBe(false);
        seen.add(o);
      }
      for (const c of [...(t.clitics ?? []), ...(t.base ? [t.base] : [])]) {
        expect(c.text).toBe(warm.text.slice(c.start, c.end));
      }
    }
    // The repeated words are split the same way at both places.
    expect(warm.tokens.filter((t) => t.text === 'والوفود').map((t) => t.clitics?.length)).toEqual([
      2, 2, 2, 2,
    ]);
  });
});
