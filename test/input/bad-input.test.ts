import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

const GOOD = 'عنوان الخبر\nانطلقت المحادثات في العاصمة أمس بمشاركة وفود الدول الضامنة.';

let dir: string;
const p = (name: string) => join(dir, name);

async function analyze(args: string[], stdin = '') {
  const io = memoryIO(stdin);
  const code = await main(['node', 'rasd', 'analyze', ...args], io);
  const errors = io.stderr.split('\n').filter(Boolean);
  return { code, io, errors, out: io.stdout };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rasd-bad-'));
  writeFileSync(p('good.txt'), GOOD);
  writeFileSync(p('empty.txt'), '');
  writeFileSync(p('blank.txt'), '  \n\t\n');
  writeFileSync(p('binary.txt'), Buffer.from([0x41, 0x42, 0x00, 0x01, 0x02, 0x43, 0x00, 0xff, 0x10]));
  writeFileSync(p('bad.json'), '{\n  "title": "عنوان",\n  "body": "نص"\n  "published": "2019-08-02"\n}\n');
  writeFileSync(p('truncated.json'), '[\n  {"body": "نص"},\n');
  writeFileSync(
    p('bad.jsonl'),
    `${JSON.stringify({ body: 'نص أول' })}\n{"body": }\n${JSON.stringify({ body: 'نص ثالث' })}\n`,
  );
  writeFileSync(p('norecord.json'), JSON.stringify({ title: 'بلا نص' }));
  writeFileSync(p('big.txt'), GOOD + '\n' + 'كلمة '.repeat(400));
  writeFileSync(p('undecodable.txt'), Buffer.from(Array.from({ length: 300 }, (_, i) => 0xa0 + (i % 32))));
  mkdirSync(p('nothing'));
  writeFileSync(p('nothing/readme.md'), '# no articles here');
  mkdirSync(p('void'));
});

describe('bad input: one line naming the input and the reason, the rest still processed, exit 1', () => {
  it.each([
    ['missing path', 'nope.txt', /nope\.txt: no such file or folder \[INPUT_NOT_FOUND\]$/],
    ['folder with no articles', 'nothing', /nothing: folder holds no articles .*\[INPUT_NO_ARTICLES\]$/],
    ['empty folder', 'void', /void: folder holds no articles .*\[INPUT_NO_ARTICLES\]$/],
    ['empty file', 'empty.txt', /empty\.txt: empty file \[INPUT_EMPTY\]$/],
    ['whitespace-only file', 'blank.txt', /blank\.txt: empty file \(only whitespace\) \[INPUT_EMPTY\]$/],
    [
      'binary file',
      'binary.txt',
      /binary\.txt: binary file, not text \(it contains NUL bytes\) \[INPUT_BINARY\]$/,
    ],
    [
      'malformed JSON (line from the parse position)',
      'bad.json',
      /bad\.json: malformed JSON at line 4: .*\[INPUT_BAD_JSON\]$/,
    ],
    ['truncated JSON', 'truncated.json', /truncated\.json: malformed JSON at line 3: .*\[INPUT_BAD_JSON\]$/],
    [
      'JSON record without a body',
      'norecord.json',
      /norecord\.json: record has no body .*\[INPUT_BAD_RECORD\]$/,
    ],
    ['undecodable bytes', 'undecodable.txt', /undecodable\.txt: undecodable bytes: .*\[INPUT_UNDECODABLE\]$/],
  ])('%s', async (_what, name, line) => {
    const r = await analyze([p('good.txt'), p(name), '--format', 'jsonl', '--no-tokens']);
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^rasd: /);
    expect(r.errors[0]).toMatch(line);
    const docs = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { title: string });
    expect(docs.map((d) => d.title)).toEqual(['عنوان الخبر']);
  });

  it('malformed JSON Lines: names the line and still analyses the other lines', async () => {
    const r = await analyze([p('bad.jsonl'), '--format', 'jsonl', '--no-tokens']);
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([
      expect.stringMatching(/bad\.jsonl: malformed JSON at line 2: .*\[INPUT_BAD_JSON\]$/),
    ]);
    expect(r.out.trim().split('\n')).toHaveLength(2);
  });

  it('input over the size limit, which --max-size sets', async () => {
    const small = await analyze([p('big.txt'), p('good.txt'), '--max-size', '1k', '--format', 'jsonl']);
    expect(small.code).toBe(1);
    expect(small.errors).toEqual([
      expect.stringMatching(
        /big\.txt: input is [\d.]+ KB, over the 1\.0 KB limit \(--max-size\) \[INPUT_TOO_LARGE\]$/,
      ),
    ]);
    expect(small.out.trim().split('\n')).toHaveLength(1);
    const roomy = await analyze([p('big.txt'), '--max-size', '1MB', '--format', 'jsonl', '--no-tokens']);
    expect(roomy.code).toBe(0);
    expect(roomy.errors).toEqual([]);
  });

  it('stdin over the size limit', async () => {
    const r = await analyze(['-', '--max-size', '100'], GOOD.repeat(10));
    expect(r.code).toBe(1);
    expect(r.errors[0]).toMatch(/^rasd: -: input is .* \[INPUT_TOO_LARGE\]$/);
    expect(r.out).toBe('[]\n');
  });

  it('usage errors: bad --published, bad --format, bad --max-size, no input', async () => {
    const date = await analyze([p('good.txt'), '--published', '2019-02-30']);
    expect(date.code).not.toBe(0);
    expect(date.io.stderr).toMatch(/2019-02-30" is not a valid YYYY-MM-DD date/);
    const format = await analyze([p('good.txt'), '--format', 'xml']);
    expect(format.code).not.toBe(0);
    expect(format.io.stderr).toMatch(/json, jsonl, pretty/);
    const size = await analyze([p('good.txt'), '--max-size', 'lots']);
    expect(size.code).not.toBe(0);
    const none = await analyze([]);
    expect(none.code).toBe(2);
    expect(none.io.stderr).toMatch(/no input.*\[USAGE\]/);
  });
});
