import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { EVENT_COLUMNS, STORED_EVENT_COLUMNS } from '../../src/corpus/event-table.js';
import { commitPrepared } from '../../src/corpus/commit.js';
import { openStore } from '../../src/corpus/open-store.js';
import { parseCsv } from '../csv.js';
import { ASTANA_EXPO, ROUND11, prepare } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-cli-'));
const db = join(dir, 'cli.db');
const examples = new URL('../../examples/', import.meta.url).pathname;

async function rasd(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = memoryIO();
  const code = await main(['node', 'rasd', ...args], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('corpus commands', () => {
  beforeAll(async () => {
    const res = await rasd('ingest', examples, '--db', db, '--workers', '0');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/2 added/);
  });

  it('search: readable by default, JSON on request', async () => {
    const text = await rasd('search', 'استانا', '--db', db);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^2 results/);
    expect(text.stdout).toMatch(/«أستانا»/);
    const res = JSON.parse((await rasd('search', 'استانا', '--db', db, '--format', 'json')).stdout) as {
      total: number;
      hits: { article: { id: string } }[];
    };
    expect(res.total).toBe(2);
  });

  it('stories and story', async () => {
    const list = JSON.parse((await rasd('stories', '--db', db, '--format', 'json')).stdout) as {
      items: { id: string; article_count: number }[];
    };
    expect(list.items[0]!.article_count).toBe(2);
    const story = await rasd('story', list.items[0]!.id, '--db', db);
    expect(story.code).toBe(0);
    expect(story.stdout).toMatch(/summary:/);
    const missing = await rasd('story', 'nope', '--db', db);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope: no such story \[STORE_NOT_FOUND\]/);
  });

  it('export in every format', async () => {
    const jsonl = (await rasd('export', '--format', 'jsonl', '--db', db)).stdout.trim().split('\n');
    expect(jsonl).toHaveLength(2);
    expect((JSON.parse(jsonl[0]!) as { analysis: { text: string } }).analysis.text.length).toBeGreaterThan(
      100,
    );
    const csv = parseCsv((await rasd('export', '--format', 'csv', '--db', db)).stdout);
    expect(csv[0]).toEqual([...STORED_EVENT_COLUMNS]);
    // The stored events are the rows `rasd events` writes for the same articles, with the story added.
    const fresh = parseCsv((await rasd('events', examples, '--format', 'csv')).stdout);
    const keep = [
      'event_id',
      'event_type',
      'mode',
      'modality',
      'source_code',
      'target_code',
      'place',
      'sentence',
    ];
    const pick = (rows: string[][], header: readonly string[]) =>
      rows
        .slice(1)
        .map((r) => keep.map((k) => r[header.indexOf(k)]).join('|'))
        .sort();
    expect(csv.length).toBeGreaterThan(5);
    expect(pick(csv, STORED_EVENT_COLUMNS)).toEqual(pick(fresh, EVENT_COLUMNS));
    expect(csv.slice(1).every((r) => r[STORED_EVENT_COLUMNS.indexOf('story_id')] !== '')).toBe(true);
    const geo = JSON.parse((await rasd('export', '--format', 'geojson', '--db', db)).stdout) as {
      type: string;
    };
    expect(geo.type).toBe('FeatureCollection');
    expect((await rasd('export', '--format', 'xml', '--db', db)).code).toBe(2);
  });

  it('refuses a database it cannot read with a clear line', async () => {
    const res = await rasd('stories', '--db', join(examples, '000_979cc18ec33a5328.txt'));
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/STORE_CORRUPT/);
  });
});

describe('a merged story', () => {
  it('story ID of a merged story shows the story that holds its articles, and says so', async () => {
    const merged = join(dir, 'merged.db');
    const store = await openStore(merged);
    for (const input of [ROUND11, ASTANA_EXPO]) await commitPrepared(store, prepare(input));
    const into = (await store.articleState('seed-r11'))!.story_id!;
    const from = (await store.articleState('astana-expo'))!.story_id!;
    expect(await store.mergeStories(from, into)).toBe(true);
    await store.close();
    const res = await rasd('story', from, '--db', merged, '--format', 'json');
    expect(res.code).toBe(0);
    expect((JSON.parse(res.stdout) as { id: string }).id).toBe(into);
    expect(res.stderr).toContain(`story ${from} was merged into ${into}`);
  });
});
