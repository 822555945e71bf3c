import { describe, expect, it } from 'vitest';
import { formatConll, parseConll } from '../../src/annotate/ner/conll.js';

describe('CoNLL reader', () => {
  it('splits sentences on blank lines and keeps the first two columns', () => {
    const s = parseConll('a B-PERS x\nb I-PERS\n\nc O\n');
    expect(s).toEqual([
      { tokens: ['a', 'b'], tags: ['B-PERS', 'I-PERS'] },
      { tokens: ['c'], tags: ['O'] },
    ]);
  });

  it('tolerates a BOM, CRLF, CR, direction marks, tabs and runs of blank lines', () => {
    const s = parseConll('\ufeff\u200eفي\tO\r\n\u200eسوريا\tB-LOC\r\n\r\n\r\n  \r\nو\rقال\n\n');
    expect(s.map((x) => x.tokens)).toEqual([
      ['في', 'سوريا'],
      ['و', 'قال'],
    ]);
    expect(s[0]!.tags).toEqual(['O', 'B-LOC']);
    expect(s[1]!.tags).toEqual([undefined, undefined]);
  });

  it('returns no sentence for empty or blank input and ends a sentence at -DOCSTART-', () => {
    expect(parseConll('')).toEqual([]);
    expect(parseConll('\n\r\n \n')).toEqual([]);
    expect(parseConll('a O\n-DOCSTART- O\nb O').map((x) => x.tokens)).toEqual([['a'], ['b']]);
  });

  it('keeps a sentence that has no trailing blank line', () => {
    expect(parseConll('a\nb').map((x) => x.tokens)).toEqual([['a', 'b']]);
  });

  it('formats token and tag per line with a blank line after each sentence', () => {
    expect(
      formatConll([
        { tokens: ['a', 'b'], tags: ['B-LOC', 'O'] },
        { tokens: ['c'], tags: ['O'] },
      ]),
    ).toBe('a B-LOC\nb O\n\nc O\n\n');
  });
});

describe('rasd ner-tag', () => {
  it('prints every input token with a tag, sentences separated by a blank line', async () => {
    const { nerTagConll } = await import('../../src/cli/commands/ner-tag.js');
    const out = await nerTagConll('\ufeff\u200eقال\tO\r\nالرئيس\r\nحسني\r\nمبارك\r\n\r\nفي\nالقاهرة\n');
    const sentences = out.split('\n\n').filter((s) => s.trim() !== '');
    expect(sentences).toHaveLength(2);
    const rows = sentences.map((s) => s.split('\n').map((l) => l.split(' ')));
    expect(rows[0]!.map((r) => r[0])).toEqual(['قال', 'الرئيس', 'حسني', 'مبارك']);
    expect(rows[1]).toEqual([
      ['في', 'O'],
      ['القاهرة', 'B-LOC'],
    ]);
    expect(out.endsWith('\n\n')).toBe(true);
  });
});

describe('rasd ner-tag CLI', () => {
  it('reads stdin with --conll - and reports a missing file with exit code 1', async () => {
    const { main } = await import('../../src/cli/main.js');
    const { memoryIO } = await import('../../src/cli/io.js');
    const io = memoryIO('في\nدمشق\n');
    expect(await main(['node', 'rasd', 'ner-tag', '--conll', '-'], io)).toBe(0);
    expect(
      io.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(' ')[0]),
    ).toEqual(['في', 'دمشق']);
    const io2 = memoryIO();
    expect(await main(['node', 'rasd', 'ner-tag', '--conll', '/nonexistent/x.conll'], io2)).toBe(1);
    expect(io2.stderr).toContain('/nonexistent/x.conll');
    expect(io2.stderr).toContain('INPUT_NOT_FOUND');
  });
});
