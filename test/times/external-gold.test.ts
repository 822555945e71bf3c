import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { articleKey, packItems, packSpans, unpackItems, unpackSpans } from '../../scripts/external-gold.js';

// Gold on text the project may not ship keeps offsets only: packing and unpacking must give the words back.
describe('external gold (offsets instead of words)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-external-gold-'));
  const title = 'الوفد في الرياض';
  const body = 'مقدمة. وصل الوفد يوم الأحد 12 يوليو إلى الرياض. خاتمة';
  writeFileSync(
    join(dir, 'paper.jsonl.gz'),
    gzipSync(`${JSON.stringify({ id: 'a1', title, body })}\n${JSON.stringify({ id: 'a2', body: 'آخر' })}\n`),
  );
  const sentence = 'وصل الوفد يوم الأحد 12 يوليو إلى الرياض.';
  const span = {
    id: 'x-t1',
    split: 'snn16',
    article: 'a1',
    published: '2015-07-13',
    sentence,
    text: '12 يوليو',
  };
  const write = (name: string, lines: unknown[]): string => {
    const file = join(dir, name);
    writeFileSync(file, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
    return file;
  };

  it('packs a span line into offsets without its words and unpacks it to the same line', () => {
    const [packed] = packSpans('paper', [span], dir);
    expect(JSON.stringify(packed)).not.toMatch(/يوليو|"a1"/);
    expect(packed).toMatchObject({ sentenceAt: [7, 7 + sentence.length], at: [20, 28], source: 'paper' });
    expect(unpackSpans(write('spans.jsonl', [packed]), dir)).toEqual([span]);
  });

  it('packs an events item (sentence, title, places) and unpacks it', () => {
    const event = { type: 'CONSULT', actor: 'SAUGOV', target: null, place: 'الرياض', modality: 'asserted' };
    const item = {
      id: 'se-1',
      article: 'a1',
      published: '2015-07-13',
      title,
      text: sentence,
      events: [event],
    };
    const packed = packItems('paper', [item], dir);
    expect(JSON.stringify(packed)).not.toMatch(/الرياض|الوفد|"a1"/);
    const [back] = unpackItems<typeof item>(write('items.jsonl', packed), dir)!;
    expect(back).toEqual({ ...item, outlet: null, url: null, events: [{ ...event }] });
  });

  it('answers null when the corpus is not there, and names the line whose offsets do not fit', () => {
    const bad = {
      id: 'x-t2',
      source: 'paper',
      articleKey: articleKey('a2'),
      sentenceAt: [0, 50],
      at: [0, 2],
    };
    expect(() => unpackSpans(write('bad.jsonl', [bad]), dir)).toThrow(/x-t2.*do not fit article/);
    expect(unpackSpans(write('absent.jsonl', [{ ...bad, source: 'absent' }]), dir)).toBeNull();
  });

  it('refuses a line whose sentence is not in its article', () => {
    expect(() => packSpans('paper', [{ ...span, sentence: 'جملة أخرى' }], dir)).toThrow(/x-t1/);
  });
});
