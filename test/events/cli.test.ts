import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../../src/cli/io.js';
import { EVENT_COLUMNS, csvField } from '../../src/corpus/event-table.js';
import { parseCsv } from '../csv.js';

async function run(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIO(stdin);
  const code = await main(['node', 'rasd', ...args], io);
  return { code, out: io.stdout, err: io.stderr };
}

describe('rasd events', () => {
  it('writes CSV with a header and one row per event', async () => {
    const { code, out } = await run(['events', 'examples', '--format', 'csv']);
    expect(code).toBe(0);
    const rows = parseCsv(out);
    expect(rows[0]).toEqual([...EVENT_COLUMNS]);
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) expect(r).toHaveLength(EVENT_COLUMNS.length);
    const col = (name: string): number => EVENT_COLUMNS.indexOf(name as (typeof EVENT_COLUMNS)[number]);
    const talks = rows.filter((r) => r[col('event_type')] === 'CONSULT' && r[col('round')] !== '');
    expect(talks.map((r) => r[col('round')]).sort()).toEqual(['11', '13']);
  });

  it('writes JSON Lines with the same columns, and can leave out what did not happen', async () => {
    const all = await run(['events', 'examples/001_12314e3d2425e948.txt', '--format', 'jsonl']);
    const rows = all.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(rows[0]!)).toEqual([...EVENT_COLUMNS]);
    expect(rows.some((r) => r.modality === 'negated')).toBe(true);
    const realis = await run([
      'events',
      'examples/001_12314e3d2425e948.txt',
      '--format',
      'jsonl',
      '--realis-only',
    ]);
    const kept = realis.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(kept.some((r) => r.modality === 'negated' || r.modality === 'hypothetical')).toBe(false);
    expect(kept.length).toBeLessThan(rows.length);
  });

  it('reads stdin and names a missing input on stderr, exit code 1', async () => {
    const r = await run(
      ['events', '-', 'no/such/file.txt', '--published', '2020-05-01', '--format', 'jsonl'],
      'اعتقلت الشرطة خمسة أشخاص في صفاقس.',
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain('no/such/file.txt');
    const row = JSON.parse(r.out.trim().split('\n')[0]!) as Record<string, unknown>;
    expect(row.event_type).toBe('COERCE');
    expect(row.published).toBe('2020-05-01');
  });

  it('quotes CSV fields that need it', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField(null)).toBe('');
    expect(csvField(3.5)).toBe('3.5');
    // Spreadsheets must never run article text as a formula; numbers stay numbers.
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1 تعادل')).toBe("'-1 تعادل");
    expect(csvField(-12.5)).toBe('-12.5');
  });

  it('needs an input', async () => {
    const r = await run(['events']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('USAGE');
  });
});
