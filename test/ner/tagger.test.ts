import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRasdError } from '../../src/doc/errors.js';
import { loadNerTagger } from '../../src/annotate/ner/tagger.js';
import { isWellFormedIob2, spansOf, NER_TAGS } from '../../src/annotate/ner/spans.js';
import { normalize } from '../../src/text/normalize.js';

const toks = (s: string): { text: string; norm: string }[] =>
  s.split(' ').map((text) => ({ text, norm: normalize(text) }));

function errorOf(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('NER tagger', () => {
  it('finds obvious entities in a constructed sentence', () => {
    const tagger = loadNerTagger();
    const sentence = toks(
      'وقال الرئيس المصري حسني مبارك في القاهرة إن وزارة الخارجية الأمريكية ستعقد اجتماعا في واشنطن .',
    );
    const tags = tagger.tag(sentence);
    expect(tags).toHaveLength(sentence.length);
    expect(isWellFormedIob2(tags)).toBe(true);
    const found = spansOf(tags).map(
      (s) =>
        `${s.type}:${sentence
          .slice(s.start, s.end)
          .map((t) => t.text)
          .join(' ')}`,
    );
    expect(found).toContain('PERS:حسني مبارك');
    expect(found).toContain('LOC:القاهرة');
    expect(found).toContain('LOC:واشنطن');
  });

  it('returns nothing for an empty sentence and the same tagger on a second load', () => {
    expect(loadNerTagger().tag([])).toEqual([]);
    expect(loadNerTagger()).toBe(loadNerTagger());
  });

  it('reports a missing model file as DATA_MISSING naming the file', () => {
    const path = join(tmpdir(), 'rasd-no-such-model.gz');
    const e = errorOf(() => loadNerTagger(path));
    expect(isRasdError(e) && e.code === 'DATA_MISSING' && e.subject === path).toBe(true);
  });

  it('reports a corrupt model file as DATA_CORRUPT naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasd-ner-'));
    const cases: [string, Buffer][] = [
      ['not-gzip.gz', Buffer.from('hello')],
      ['bad-magic.gz', gzipSync(Buffer.from('NOTAMODEL and more bytes'))],
      [
        'truncated.gz',
        gzipSync(Buffer.concat([Buffer.from('RASDNER1'), Buffer.from([5, 0, 0, 0]), Buffer.from('{"ve')])),
      ],
    ];
    for (const [name, bytes] of cases) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const e = errorOf(() => loadNerTagger(path));
      expect(isRasdError(e) && e.code === 'DATA_CORRUPT' && e.subject === path, name).toBe(true);
    }
  });
});

describe('NER tagger output', () => {
  it('is well-formed IOB2 and one tag per token for any input', () => {
    const tagger = loadNerTagger();
    const word = fc.oneof(
      fc.constantFrom(
        'في',
        'الرئيس',
        'محمد',
        'وزارة',
        'سوريا',
        'بدمشق',
        '،',
        '.',
        'الأمم',
        'المتحدة',
        '2019',
        'و',
      ),
      fc.string({ minLength: 1, maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (words) => {
        const tags = tagger.tag(words.map((text) => ({ text, norm: normalize(text) })));
        expect(tags).toHaveLength(words.length);
        expect(isWellFormedIob2(tags)).toBe(true);
        for (const t of tags) expect(NER_TAGS).toContain(t);
      }),
      { numRuns: 200 },
    );
  });
});
