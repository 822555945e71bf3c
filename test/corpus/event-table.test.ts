import { describe, expect, it } from 'vitest';
import { STORED_EVENT_COLUMNS, storedCsvLine, storedEventRow } from '../../src/corpus/event-table.js';
import type { EventRecord } from '../../src/corpus/store.js';
import { parseCsv } from '../csv.js';

const record: EventRecord = {
  article_id: 'a1',
  event_id: 'e2',
  type: 'ASSAULT',
  mode: 'aerial',
  date: '2018-11-25',
  date_from: 'text',
  modality: 'asserted',
  gloss: 'Russia — ASSAULT (aerial) — Idlib — 2018-11-25',
  confidence: 0.9,
  trigger: { start: 10, end: 15, text: 'غارات' },
  evidence: [{ start: 0, end: 40, text: 'x' }],
  actors: [{ code: 'RUSMIL', text: 'روسيا', entity: 'kb:gpe:RUS' }],
  targets: [],
  place: { name: 'إدلب', entity: 'kb:gpe:SYR-idlib', lat: 35.93, lon: 36.63 },
  details: null,
  story_id: 's7',
  source: 'wire',
  title: 't',
};

describe('stored event rows', () => {
  it('keep the record when the stored analysis lacks the event (another pipeline version)', () => {
    const row = storedEventRow(record, {
      id: 'a1',
      source: 'wire',
      url: 'https://example.org/a1',
      published: '2018-11-26',
      text: 'نص',
      entities: [],
      events: [],
    });
    expect(row.event_id).toBe('a1#e2');
    expect(row.source_code).toBe('RUSMIL');
    expect(row.source_entity).toBe('kb:gpe:RUS');
    expect(row.target_code).toBeNull();
    expect(row.latitude).toBe(35.93);
    expect(row.published).toBe('2018-11-26');
    expect(row.trigger).toBe('غارات');
    expect(row.evidence_count).toBe(1);
    expect(row.sentence).toBeNull();
    expect(row.url).toBeNull();
    expect(row.story_id).toBe('s7');
    const [cells] = parseCsv(storedCsvLine(row));
    expect(cells).toHaveLength(STORED_EVENT_COLUMNS.length);
    expect(cells![STORED_EVENT_COLUMNS.indexOf('gloss')]).toBe(record.gloss);
  });

  it('take the sentence and attribution from the stored analysis when it holds the event', () => {
    const text = 'قالت موسكو إن الغارات جاءت ردا.';
    const row = storedEventRow(record, {
      id: 'a1',
      source: 'wire',
      url: null,
      published: '2018-11-26',
      text,
      entities: [],
      events: [
        {
          id: 'e2',
          type: 'ASSAULT',
          mode: 'aerial',
          trigger: { start: 14, end: 21, text: 'الغارات' },
          sentence: { start: 0, end: text.length },
          evidence: [{ start: 0, end: text.length, text }],
          actors: [],
          targets: [],
          place: null,
          time: null,
          modality: 'reported',
          attribution: { entity: null, text: 'موسكو' },
          quantities: [],
          confidence: 0.8,
          gloss: 'g',
        },
      ],
    });
    expect(row.sentence).toBe(text);
    expect(row.attribution).toBe('موسكو');
    // The record's fields win: they carry corpus-wide entity keys.
    expect(row.source_entity).toBe('kb:gpe:RUS');
    expect(row.modality).toBe('asserted');
  });
});
