import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/doc/index.js';
import { resolveOverlaps, type Candidate } from '../../src/annotate/entities/candidate.js';
import { textOffset, tokenForms } from '../../src/annotate/entities/clitics.js';
import { nisbaForms } from '../../src/annotate/entities/nisba.js';
import { transliterate } from '../../src/annotate/entities/transliterate.js';
import { modelCandidates } from '../../src/annotate/entities/model-candidates.js';
import { PhraseTrie, phraseWords } from '../../src/annotate/entities/trie.js';
import { normalize } from '../../src/text/normalize.js';
import { loadKb } from '../../src/annotate/entities/kb.js';

const word = (text: string, start = 0): Token => ({
  start,
  end: start + text.length,
  text,
  kind: 'word',
  norm: normalize(text),
  stem: normalize(text),
});

describe('PhraseTrie', () => {
  const trie = new PhraseTrie<string>();
  trie.add(['الامم', 'المتحده'], 'UN');
  trie.add(['الامم'], 'nations');
  trie.add(['الامم'], 'ignored: first value wins');

  it('finds the longest phrase', () => {
    expect(trie.longest('الامم', (i) => ['المتحده', 'x'][i])).toEqual({ value: 'UN', extra: 1 });
    expect(trie.longest('الامم', () => undefined)).toEqual({ value: 'nations', extra: 0 });
    expect(trie.longest('روسيا', () => undefined)).toBeNull();
    expect(trie.size).toBe(2);
  });

  it('agrees with a plain scan of the phrase list (the first-word filter never drops a match)', () => {
    // Short words over a small alphabet, so that words of the text often start phrases.
    const word = fc.string({ unit: fc.constantFrom('ا', 'ب', 'ل', 'م', 'ه'), minLength: 1, maxLength: 4 });
    const phrase = fc.array(word, { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(
        fc.array(phrase, { maxLength: 60 }),
        fc.array(word, { minLength: 1, maxLength: 6 }),
        (phrases, text) => {
          const t = new PhraseTrie<number>();
          phrases.forEach((p, i) => t.add(p, i));
          const got = t.longest(text[0]!, (i) => text[i + 1]);
          // Reference: the longest listed phrase that is a prefix of the text, the first added on ties.
          let want: { value: number; extra: number } | null = null;
          phrases.forEach((p, i) => {
            const prefix = p.every((w, k) => text[k] === w);
            if (prefix && (want === null || p.length - 1 > want.extra))
              want = { value: i, extra: p.length - 1 };
          });
          expect(got).toEqual(want);
          expect(t.has(text[0]!)).toBe(phrases.some((p) => p[0] === text[0]));
        },
      ),
    );
  });

  it('splits names like the tokenizer', () => {
    expect(phraseWords('قرار مجلس الامن 2254')).toEqual(['قرار', 'مجلس', 'الامن', '2254']);
    expect(phraseWords('أ ف ب')).toEqual(['أ', 'ف', 'ب']);
  });
});

describe('tokenForms', () => {
  const forms = (t: string): [string, string][] => tokenForms(word(t)).map((f) => [f.form, t.slice(f.skip)]);

  it('strips conjunctions and prepositions', () => {
    expect(forms('والأمم')).toContainEqual(['الامم', 'الأمم']);
    expect(forms('لروسيا')).toContainEqual(['روسيا', 'روسيا']);
    expect(forms('بموسكو')).toContainEqual(['موسكو', 'موسكو']);
    expect(forms('للأمم')).toContainEqual(['الامم', 'للأمم']);
    expect(forms('وبحلب')).toContainEqual(['حلب', 'حلب']);
  });

  it('keeps the word as written first and does not cut short words', () => {
    expect(tokenForms(word('بيدرسون'))[0]!.form).toBe('بيدرسون');
    expect(forms('لها').map((f) => f[0])).toEqual(['لها']);
  });

  it('skips the hash of a hashtag', () => {
    const tag: Token = { ...word('#إدلب'), kind: 'hashtag', norm: 'ادلب' };
    expect(tokenForms(tag)[0]).toEqual({ form: 'ادلب', skip: 1 });
  });

  it('counts diacritics with their letter', () => {
    expect(textOffset('بِمُوسكو', 1)).toBe(2);
  });
});

describe('nisbaForms', () => {
  it('inflects for gender, number and the article', () => {
    const forms = nisbaForms('روسي', ['روس']);
    for (const f of [
      'روسي',
      'روسية',
      'روسيان',
      'روسيون',
      'روسيين',
      'روسيات',
      'الروسي',
      'الروسية',
      'الروسيين',
      'روس',
      'الروس',
    ])
      expect(forms).toContain(f);
  });

  it('inflects every word of a compound', () => {
    expect(nisbaForms('كوري شمالي')).toContain('الكورية الشمالية');
  });
});

describe('transliterate', () => {
  it('writes readable Latin names', () => {
    expect(transliterate('بشار الجعفري')).toBe("Bashar al-Ja'fri");
    expect(transliterate('الجعفري')).toBe("Al-Ja'fri");
    expect(transliterate('عبد الله')).toBe('Abdullah');
    expect(transliterate('')).toBe('');
    expect(transliterate('abc')).toBe('');
  });

  it('writes عبد + the next word as one word "Abdel…", never with "Al-" inside', () => {
    const known = new PhraseTrie<string>();
    known.add(['سلام'], 'Salam');
    known.add(['محمد'], 'Mohammed');
    expect(transliterate('محمد عبد السلام', known)).toBe('Mohammed Abdelsalam');
    expect(transliterate('محمد عبدالسلام', known)).toBe('Mohammed Abdelsalam');
    expect(transliterate('عبد المهدي')).toBe('Abdelmahdi');
    expect(transliterate('عبدالله')).toBe('Abdullah');
    // a compound the known forms list wins over the rule
    known.add(['عبد', 'العزيز'], 'Abdulaziz');
    expect(transliterate('عبد العزيز', known)).toBe('Abdulaziz');
  });

  it('writes أبو as Abu, ابن as Ibn, and بن as "bin" between given names, else "Ben"', () => {
    const known = new PhraseTrie<string>();
    known.add(['ابو'], 'Abu');
    known.add(['ابن'], 'Ibn');
    const given = new Set(['سلمان']);
    expect(transliterate('خالد بن سلمان العتيبي', known, given)).toBe("Khald bin Salman al-'atibi");
    expect(transliterate('خالد بن سلمان', known, given)).toBe('Khald Ben Salman');
    expect(transliterate('أحمد بن بلة', known, given)).toBe('Ahmd Ben Bala');
    expect(transliterate('بن علي', known, given)).toBe('Ben Ali');
    expect(transliterate('أبو بكر', known)).toBe('Abu Bakr');
    expect(transliterate('ابن تيمية', known)).toBe('Ibn Timia');
  });

  it('gives a known name its Latin form with the article too', () => {
    const known = new PhraseTrie<string>();
    known.add(['تركي'], 'Turki');
    known.add(['مالكي'], 'Maliki');
    expect(transliterate('تركي المالكي', known)).toBe('Turki al-Maliki');
  });

  it('has Latin forms for common Arabic given names in the shipped KB', () => {
    const kb = loadKb();
    expect(transliterate('خالد تركي', kb.latin)).toBe('Khaled Turki');
    expect(transliterate('محمد عبد السلام', kb.latin)).toBe('Mohammed Abdelsalam');
    expect(transliterate('يوسف إبراهيم', kb.latin)).toBe('Youssef Ibrahim');
    expect(transliterate('فيصل بن سلطان الحربي', kb.latin, kb.givenNames)).toBe('Faisal bin Sultan al-Harbi');
    expect(transliterate('أشرف بن يوسف', kb.latin, kb.givenNames)).toBe('Ashraf Ben Youssef');
  });
});

describe('resolveOverlaps', () => {
  const c = (start: number, end: number, source: Candidate['source'], key: string): Candidate => ({
    start,
    end,
    first: 0,
    last: 0,
    type: 'ORG',
    source,
    kbId: null,
    key,
  });

  it('prefers the longest, then KB over pattern over model, then the leftmost', () => {
    const kept = resolveOverlaps([
      c(0, 5, 'model', 'a'),
      c(0, 9, 'model', 'b'),
      c(8, 12, 'kb', 'c'),
      c(10, 14, 'pattern', 'd'),
    ]);
    expect(kept.map((k) => k.key)).toEqual(['b', 'd']);
    const tie = resolveOverlaps([c(0, 4, 'model', 'm'), c(2, 6, 'pattern', 'p'), c(1, 5, 'kb', 'k')]);
    expect(tie.map((k) => k.key)).toEqual(['k']);
    const left = resolveOverlaps([c(2, 6, 'kb', 'r'), c(0, 4, 'kb', 'l')]);
    expect(left.map((k) => k.key)).toEqual(['l']);
  });

  it('does not depend on input order', () => {
    const items = [c(0, 4, 'model', 'm'), c(2, 6, 'pattern', 'p'), c(1, 5, 'kb', 'k'), c(7, 9, 'kb', 'z')];
    expect(resolveOverlaps([...items].reverse())).toEqual(resolveOverlaps(items));
  });
});

describe('modelCandidates', () => {
  const tokens = ['قال', 'كمال', 'المرزوقي', 'and', 'John', 'Smith'].map((t, i) => word(t, i * 10));
  const tagger = { tag: () => ['O', 'B-PERS', 'I-PERS', 'O', 'B-PERS', 'I-PERS'] };

  it('keeps persons and organisations over Arabic tokens only', () => {
    const found = modelCandidates(tagger, tokens, 0, tokens.length);
    expect(found.map((c) => [c.type, c.key, c.source])).toEqual([['PERSON', 'كمال المرزوقي', 'model']]);
  });

  it('maps places to LOC and other names to MISC', () => {
    const places = { tag: () => ['B-LOC', 'B-MISC', 'I-MISC', 'O', 'O', 'O'] };
    expect(modelCandidates(places, tokens, 0, tokens.length).map((c) => [c.type, c.key])).toEqual([
      ['LOC', 'قال'],
      ['MISC', 'كمال المرزوقي'],
    ]);
  });
});
