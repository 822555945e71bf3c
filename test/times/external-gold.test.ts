import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pack, unpackExternal } from '../../scripts/external-gold.js';

// Gold on text the project may not ship keeps offsets only: packing and unpacking must give the words back.
describe('external gold (offsets instead of words)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-external-gold-'));
  const body = 'مقدمة. وصل الوفد يوم الأحد 12 يوليو إلى الرياض. خاتمة';
  writeFileSync(
    join(dir, 'paper.jsonl.gz'),
    gzipSync(`${JSON.stringify({ id: 'a1', body })}\n${JSON.stringify({ id: 'a2', body: 'آخر' })}\n`),
  );
  const sentence = 'وصل الوفد يوم الأحد 12 يوليو إلى الرياض.';
  const line = {
    id: 'x-t1',
    split: 'snn16',
    article: 'a1',
    published: '2015-07-13',
    sentence,
    text: '12 يوليو',
  };

  it('packs a line into offsets without its words and unpacks it to the same line', async () => {
    const [packed] = await pack('paper', [line], dir);
    expect(JSON.stringify(packed)).not.toContain('يوليو');
    expect(packed).toMatchObject({ sentenceAt: [7, 7 + sentence.length], at: [20, 28], source: 'paper' });
    const file = join(dir, 'gold.jsonl');
    writeFileSync(file, `${JSON.stringify(packed)}\n`);
    const [back] = (await unpackExternal<typeof line>(file, dir))!;
    expect(back).toEqual(line);
  });

  it('answers null when the corpus is not there, and names the line whose offsets do not fit', async () => {
    const file = join(dir, 'bad.jsonl');
    const bad = { id: 'x-t2', source: 'paper', article: 'a2', sentenceAt: [0, 50], at: [0, 2] };
    writeFileSync(file, `${JSON.stringify(bad)}\n`);
    await expect(unpackExternal(file, dir)).rejects.toThrow(/x-t2.*do not fit a2/);
    writeFileSync(file, `${JSON.stringify({ ...bad, source: 'absent' })}\n`);
    expect(await unpackExternal(file, dir)).toBeNull();
  });

  it('refuses a line whose sentence is not in its article', async () => {
    await expect(pack('paper', [{ ...line, sentence: 'جملة أخرى' }], dir)).rejects.toThrow(/x-t1/);
  });
});
