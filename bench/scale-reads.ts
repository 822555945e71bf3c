/**
 * Synthetic read benchmark: the two reads that the one-million-article store showed to grow with the
 * corpus (events of a frequent entity; the page of the largest story), timed on a store built in
 * minutes instead of the 80 of `npm run bench:scale`.
 *
 * The store is built through the Store's write API (commitArticle in group commits), with synthetic
 * bundles — no analysis: RASD_READS_ARTICLES articles (default 50,000) of 8 events each, all in one
 * story; one entity (`kb:gpe:HOT`) is mentioned by every article and is an actor of 7 events in 8; the
 * others are drawn from 2,000 names. Event dates spread over 2015–2020, one in 16 undated.
 *
 *   npx tsx bench/scale-reads.ts build  DB     builds the store at DB with the code in RASD_READS_SRC
 *   npx tsx bench/scale-reads.ts measure DB    opens DB (migrating it forward) and times the reads
 *
 * RASD_READS_SRC: the `src` directory whose store code to use (default this checkout's), so that the
 * same store can be built and measured by an older checkout, then migrated and measured by this one.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArticleBundle, Store } from '../src/corpus/store.js';

const SRC = resolve(process.env['RASD_READS_SRC'] ?? resolve(import.meta.dirname, '../src'));
const ARTICLES = Number(process.env['RASD_READS_ARTICLES'] ?? 50_000);
const EVENTS_PER_ARTICLE = 8;
export const HOT = 'kb:gpe:HOT';
const TYPES = ['CONSULT', 'ASSAULT', 'PROTEST', 'COERCE', 'ACCUSE', 'COOPERATE', 'AID', 'THREATEN'] as const;

async function open(db: string): Promise<Store> {
  const mod = (await import(pathToFileURL(`${SRC}/corpus/open-store.ts`).href)) as {
    openStore: (db: string) => Promise<Store>;
  };
  return mod.openStore(db);
}

/** A deterministic pseudo-random sequence (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function day(r: () => number): string {
  const t = Date.UTC(2015, 0, 1) + Math.floor(r() * 6 * 365) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function bundle(i: number, story: string | null, r: () => number): ArticleBundle {
  const published = day(r);
  const names = [HOT, ...Array.from({ length: 3 }, () => `name:PERSON:n${Math.floor(r() * 2000)}`)];
  const keys = [...new Set(names)];
  const text = `مقال ${i} عن ${keys.join(' ')}`;
  const events = Array.from({ length: EVENTS_PER_ARTICLE }, (_, k) => {
    const actor = r() < 7 / 8 ? HOT : keys[1 + Math.floor(r() * (keys.length - 1))]!;
    const target = keys[1 + Math.floor(r() * (keys.length - 1))]!;
    return {
      article_id: `art-${i}`,
      event_id: `e${k + 1}`,
      type: TYPES[Math.floor(r() * TYPES.length)]!,
      mode: null,
      date: r() < 1 / 16 ? null : day(r),
      date_from: 'text' as const,
      modality: 'asserted' as const,
      gloss: `حدث ${k}`,
      confidence: 0.8,
      trigger: { start: 0, end: 4, text: 'مقال' },
      evidence: [{ start: 0, end: text.length, text }],
      actors: [{ code: 'GOV', text: actor, entity: actor }],
      targets: [{ code: 'GOV', text: target, entity: target }],
      place: null,
      details: null,
    };
  });
  return {
    id: `art-${i}`,
    title: `مقال ${i}`,
    published,
    source: `src${i % 7}`,
    url: null,
    origin: null,
    text,
    raw_title: `مقال ${i}`,
    raw_body: text,
    lang: 'ar',
    content_hash: `h${i}`,
    pipeline_version: 'synthetic',
    analysis_json: '{}',
    entities: keys.map((key) => ({
      key,
      kb_id: key === HOT ? key : null,
      type: key === HOT ? 'GPE' : 'PERSON',
      name: key,
      name_en: null,
      country: null,
      lat: null,
      lon: null,
      mentions: 1,
    })),
    events,
    index_terms: `مقال ${i % 100}`,
    index_len: 2,
    index_offsets_json: JSON.stringify([
      [0, 4],
      [5, 5 + String(i).length],
    ]),
    sentences_json: JSON.stringify([[0, text.length]]),
    minhash: [i],
    lsh_bands: [`b${i}`],
    dup_of: null,
    story,
    features: {},
  };
}

async function build(db: string): Promise<void> {
  const store = await open(db);
  const r = rng(42);
  const t0 = performance.now();
  let story: string | null = null;
  for (let i = 0; i < ARTICLES; i += 500) {
    await store.transaction(async (s) => {
      for (let k = i; k < Math.min(ARTICLES, i + 500); k++) {
        const res = await s.commitArticle(bundle(k, story, r));
        story ??= res.story_id;
      }
    });
    if (i % 10_000 === 0) console.error(`${i} articles, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  await store.close();
  console.error(`built ${ARTICLES} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function measure(db: string): Promise<void> {
  const t0 = performance.now();
  const store = await open(db);
  console.error(
    `opened (schema ${await store.schemaVersion()}) in ${(performance.now() - t0).toFixed(0)} ms`,
  );
  const story = (await store.listStories({ limit: 1 })).items[0]!;
  const reads: [string, () => Promise<{ total?: number }>][] = [
    ['events of the frequent entity, first page', () => store.listEvents({ entity: HOT, limit: 50 })],
    [
      'events of the frequent entity, page 21 (offset 1000)',
      () => store.listEvents({ entity: HOT, limit: 50, offset: 1000 }),
    ],
    [
      'events of the frequent entity and one type',
      () => store.listEvents({ entity: HOT, type: 'PROTEST', limit: 50 }),
    ],
    [
      'events of the frequent entity in 2018',
      () => store.listEvents({ entity: HOT, from: '2018-01-01', to: '2018-12-31', limit: 50 }),
    ],
    ['events of one type', () => store.listEvents({ type: 'PROTEST', limit: 50 })],
    [
      `page of the largest story (${story.article_count} articles)`,
      async () => ({ total: (await store.getStory(story.id))!.timeline.length }),
    ],
  ];
  // Keyset pages of the timeline (code that has them): the page after the first 5,000 events.
  if (typeof store.storyTimeline === 'function') {
    let after: string | null = null;
    for (let i = 0; i < 10; i++) after = (await store.storyTimeline(story.id, after ? { after } : {}))!.next;
    const cursor = after!;
    reads.push([
      'timeline page 11 of the largest story (keyset, 500 events)',
      async () => ({ total: (await store.storyTimeline(story.id, { after: cursor }))!.items.length }),
    ]);
  }
  const rows: string[] = [];
  for (const [name, read] of reads) {
    const ms: number[] = [];
    const cpu: number[] = [];
    let total: number | undefined;
    let capped = false;
    await read(); // warm: the first read of a cold page cache is not what a running server sees
    for (let i = 0; i < 12; i++) {
      const s = performance.now();
      const c = process.cpuUsage();
      const out = (await read()) as { total?: number; total_capped?: boolean };
      const used = process.cpuUsage(c);
      ms.push(performance.now() - s);
      cpu.push((used.user + used.system) / 1000);
      total = out.total;
      capped = out.total_capped === true;
    }
    rows.push(
      `| ${name} | ${percentile(ms, 50).toFixed(1)} | ${percentile(ms, 95).toFixed(1)} | ${percentile(cpu, 50).toFixed(1)} | ${total ?? ''}${capped ? ' (capped)' : ''} |`,
    );
  }
  await store.close();
  console.log(
    ['| read | p50 ms | p95 ms | CPU p50 ms | total |', '| --- | --- | --- | --- | --- |', ...rows].join(
      '\n',
    ),
  );
}

const [cmd, db] = process.argv.slice(2);
if (!db || (cmd !== 'build' && cmd !== 'measure')) {
  console.error('usage: npx tsx bench/scale-reads.ts build|measure DB');
  process.exit(2);
}
await (cmd === 'build' ? build(db) : measure(db));
