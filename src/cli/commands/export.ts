import type { Command } from 'commander';
import { RasdError } from '../../doc/index.js';
import type { EventRecord, Store } from '../../corpus/store.js';
import { csvHeader, STORED_EVENT_COLUMNS, storedCsvLine, storedEventRows } from '../../corpus/event-table.js';
import { dbOption, out, withStore, write } from '../corpus-cli.js';

async function* allEvents(store: Store): AsyncGenerator<EventRecord> {
  for (let offset = 0; ; offset += 500) {
    const page = await store.listEvents({ limit: 500, offset });
    yield* page.items;
    if (page.items.length < 500) return;
  }
}

export async function exportCorpus(store: Store, format: string): Promise<void> {
  if (format === 'jsonl' || format === 'json') {
    for (let offset = 0; ; offset += 200) {
      const page = await store.listArticles({ limit: 200, offset });
      for (const a of page.items) {
        const full = await store.getArticle(a.id);
        if (full) out(JSON.stringify({ ...a, analysis: full.analysis }));
      }
      if (page.items.length < 200) return;
    }
  }
  if (format === 'csv') {
    write(csvHeader(STORED_EVENT_COLUMNS));
    for await (const row of storedEventRows(store)) write(storedCsvLine(row));
    return;
  }
  if (format === 'geojson') {
    const features: unknown[] = [];
    for await (const e of allEvents(store)) {
      if (e.place?.lat === null || e.place?.lat === undefined || e.place.lon === null) continue;
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [e.place.lon, e.place.lat] },
        properties: {
          kind: 'event',
          article_id: e.article_id,
          event_id: e.event_id,
          type: e.type,
          date: e.date,
          place: e.place.name,
          gloss: e.gloss,
          story_id: e.story_id,
        },
      });
    }
    for (let offset = 0; ; offset += 500) {
      const page = await store.listEntities({ with_coordinates: true, limit: 500, offset });
      for (const p of page.items) {
        features.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
          properties: {
            kind: 'place',
            key: p.key,
            name: p.name,
            name_en: p.name_en,
            type: p.type,
            articles: p.article_count,
          },
        });
      }
      if (page.items.length < 500) break;
    }
    out(JSON.stringify({ type: 'FeatureCollection', features }));
    return;
  }
  throw new RasdError('USAGE', `unknown export format "${format}" (jsonl, csv, geojson)`);
}

export function registerExport(program: Command): void {
  dbOption(
    program
      .command('export')
      .description(
        'export the corpus: jsonl (articles with analysis), csv (events), geojson (events and places)',
      )
      .option('--format <format>', 'jsonl | csv | geojson (json = jsonl)', 'jsonl'),
  ).action(async (opts: { db: string; format: string }, cmd: Command) => {
    await withStore(opts.db, cmd, async (store) => {
      await exportCorpus(store, opts.format);
      return 0;
    });
  });
}
