import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { generateSchema, SCHEMA_PATH } from '../../scripts/gen-schema.mjs';
import { memoryIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { ARTICLE_SCHEMA, type ArticleJson } from '../../src/doc/index.js';

async function run(args: string[], stdin = '') {
  const io = memoryIO(stdin);
  const code = await main(['node', 'rasd', ...args], io);
  return { code, out: io.stdout, err: io.stderr };
}

describe('rasd analyze', () => {
  it('prints a JSON array of rasd.article/1 objects for the examples, dated by their sidecars', async () => {
    const r = await run(['analyze', 'examples/']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const docs = JSON.parse(r.out) as ArticleJson[];
    expect(docs).toHaveLength(2);
    expect(docs.map((d) => d.published)).toEqual(['2019-08-02', '2018-11-28']);
    for (const d of docs) {
      expect(Object.keys(d)).toEqual([
        'schema',
        'id',
        'title',
        'published',
        'source',
        'url',
        'lang',
        'text',
        'segments',
        'sentences',
        'tokens',
        'entities',
        'times',
        'quantities',
        'events',
        'diagnostics',
        'provenance',
      ]);
      expect(d.schema).toBe(ARTICLE_SCHEMA);
      expect(d.lang).toBe('ar');
      expect(d.id).toMatch(/^[0-9a-f]{16}$/);
      expect(d.provenance).toMatchObject({ format: 'text', encoding: 'utf-8' });
      for (const s of d.sentences) expect(Object.keys(s)).toEqual(['start', 'end']);
      for (const t of d.tokens ?? []) expect(d.text.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it('prints JSON Lines, one object per line, and leaves tokens out with --no-tokens', async () => {
    const r = await run(['analyze', 'examples/', '--format', 'jsonl', '--no-tokens']);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      const d = JSON.parse(line) as ArticleJson;
      expect(d.tokens).toBeUndefined();
      expect(d.sentences.length).toBeGreaterThan(0);
    }
  });

  it('reads stdin with -, taking --published for an undated article', async () => {
    const r = await run(['analyze', '-', '--published', '2020-02-29'], 'عنوان\nنص الخبر القصير هنا.');
    const [d] = JSON.parse(r.out) as ArticleJson[];
    expect(d!.published).toBe('2020-02-29');
    expect(d!.title).toBe('عنوان');
    expect(d!.provenance.origin).toBe('-');
  });

  it('prints a readable report with a dash for empty layers', async () => {
    const r = await run(['analyze', 'examples/000_979cc18ec33a5328.txt', '--format', 'pretty']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('date: 2019-08-02');
    expect(r.out).toMatch(/▸ Sentences\n +1\. /);
    for (const title of ['Entities', 'Times', 'Quantities', 'Events'])
      expect(r.out).toContain(`▸ ${title}\n`);
    expect(r.out).toMatch(/\d+ sentences · \d+ tokens/);
  });

  it('analyses examples/ and prints the readable summary', async () => {
    const r = await run(['analyze', 'examples', '--format', 'pretty']);
    expect(r.code).toBe(0);
    expect(r.out.match(/▸ Sentences/g)).toHaveLength(2);
  });

  it('warns on stderr about a non-Arabic article and still prints it', async () => {
    const r = await run(
      ['analyze', '-', '--format', 'jsonl'],
      'Talks resume in Astana\nDelegations from Russia, Iran and Turkey met on Wednesday in the capital of Kazakhstan, the ministry said.',
    );
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^rasd: -: warning: the article is English/);
    const d = JSON.parse(r.out) as ArticleJson;
    expect(d.lang).toBe('en');
    expect(d.text).toContain('Delegations from Russia, Iran and Turkey');
  });
});

describe('JSON Schema of rasd.article/1', () => {
  it('is up to date with the ArticleJson type (npm run schema)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(generateSchema());
  });

  it('validates the output of rasd analyze, with and without tokens, and rejects a broken article', async () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object;
    const validate = new Ajv({ allErrors: true }).compile(schema);
    for (const args of [[], ['--no-tokens']]) {
      const r = await run([
        'analyze',
        'examples/',
        'test/fixtures/analyze/inputs',
        ...args,
        '--format',
        'jsonl',
      ]);
      for (const line of r.out.trim().split('\n')) {
        const doc: unknown = JSON.parse(line);
        expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
      }
    }
    const [good] = JSON.parse((await run(['analyze', 'examples/'])).out) as Record<string, unknown>[];
    expect(validate({ ...good, sentences: [{ start: 'x', end: 1 }] })).toBe(false);
    expect(validate({ ...good, schema: 'rasd.article/2' })).toBe(false);
    const { text: _text, ...noText } = good!;
    expect(validate(noText)).toBe(false);
  });
});
