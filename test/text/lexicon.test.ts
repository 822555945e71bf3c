import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRasdError } from '../../src/doc/index.js';
import { LEXICON_HEADER, loadLexicon, readLexicon } from '../../src/text/lexicon.js';

function errorOf(f: () => unknown): { code: string; subject: string | undefined } {
  try {
    f();
  } catch (e) {
    if (isRasdError(e)) return { code: e.code, subject: e.subject };
    throw e;
  }
  throw new Error('expected an error');
}

describe('lexicon', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-lexicon-'));

  it('loads the shipped word list once', () => {
    const lex = loadLexicon();
    expect(lex.size).toBeGreaterThan(10_000);
    expect(lex.freq('في')).toBeGreaterThan(1000);
    expect(loadLexicon()).toBe(lex);
  });

  it('reports a missing file as DATA_MISSING naming it', () => {
    const file = join(dir, 'absent.txt');
    expect(errorOf(() => readLexicon(file))).toEqual({ code: 'DATA_MISSING', subject: file });
  });

  it('reports a file with a wrong header or a bad line as DATA_CORRUPT naming it', () => {
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, 'hello\nworld\n');
    expect(errorOf(() => readLexicon(bad))).toEqual({ code: 'DATA_CORRUPT', subject: bad });
    const badLine = join(dir, 'bad-line.txt');
    writeFileSync(badLine, `${LEXICON_HEADER}\nفي\t12\nمن\tx\n`);
    expect(errorOf(() => readLexicon(badLine))).toEqual({ code: 'DATA_CORRUPT', subject: badLine });
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, `${LEXICON_HEADER}\n`);
    expect(errorOf(() => readLexicon(empty)).code).toBe('DATA_CORRUPT');
  });

  it('reads a valid file', () => {
    const ok = join(dir, 'ok.txt');
    writeFileSync(ok, `${LEXICON_HEADER}\tTEST\nفي\t12\nمن\t7\n`);
    const lex = readLexicon(ok);
    expect(lex.freq('من')).toBe(7);
    expect(lex.has('عن')).toBe(false);
  });
});
