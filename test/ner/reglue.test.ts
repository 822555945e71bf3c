import { describe, expect, it } from 'vitest';
import { reglueClitics } from '../../scripts/ner-data.js';

const glue = (tokens: string[], tags: string[]) => reglueClitics({ tokens, tags });

describe('reglueClitics (WikiFANE tokens written the ANERcorp way)', () => {
  it('glues a conjunction onto the name after it, which keeps its B- tag', () => {
    expect(glue(['و', 'ملكال', 'و', 'رومبيك'], ['O', 'B-LOC', 'O', 'B-LOC'])).toEqual({
      tokens: ['وملكال', 'ورومبيك'],
      tags: ['B-LOC', 'B-LOC'],
    });
  });

  it('writes ل + ال… as لل… and glues chains of proclitics', () => {
    expect(glue(['و', 'ل', 'الدولة'], ['O', 'O', 'O']).tokens).toEqual(['وللدولة']);
    expect(glue(['ب', 'القطارات'], ['O', 'O']).tokens).toEqual(['بالقطارات']);
  });

  it('glues a pronoun suffix onto the word before it, ة becoming ت', () => {
    expect(glue(['عاصمة', 'ها', 'جوبا'], ['O', 'O', 'B-LOC'])).toEqual({
      tokens: ['عاصمتها', 'جوبا'],
      tags: ['O', 'B-LOC'],
    });
    // «ل ه» is «له», not glued to the next word
    expect(glue(['ل', 'ه', 'دور'], ['O', 'O', 'O']).tokens).toEqual(['له', 'دور']);
  });

  it('leaves a pronoun after a word with the article, and clitics before punctuation, alone', () => {
    expect(glue(['الشماليين', 'هم', 'تجار'], ['O', 'O', 'O']).tokens).toEqual(['الشماليين', 'هم', 'تجار']);
    expect(glue(['و', '،'], ['O', 'O']).tokens).toEqual(['و', '،']);
  });

  it('keeps B- where the clitic began the name', () => {
    expect(glue(['و', 'ادي', 'عربة'], ['B-LOC', 'I-LOC', 'I-LOC'])).toEqual({
      tokens: ['وادي', 'عربة'],
      tags: ['B-LOC', 'I-LOC'],
    });
  });
});
