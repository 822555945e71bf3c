/**
 * Events benchmark: what the events pass adds to the pipeline. Runs the full default pipeline up to
 * quantities over ANT articles once, then times the events pass alone against the passes before it
 * and against a bare regex tokenizer over the same text, in the same run. Target: events ≤ 25% of the
 * pipeline's time. Run alone with `npx tsx bench/events.bench.ts`, or through `npm run bench`.
 *
 * Both sides are timed warm, as in an ingest that reads thousands of articles: each is first run
 * WARM_ROUNDS times (3,000 documents), then its best round is taken. The JIT needs that long to compile
 * the events code (measured: its rounds over 300 articles fall from about 5 times the warm time to it over
 * the first 8 to 10 rounds, most of the early cost being compilation on V8's background threads); timed
 * after one warm-up round, as before, the share mostly measured that warm-up. The first round of each
 * (cold) is reported too.
 */
import { pathToFileURL } from 'node:url';
import { createDoc, type Doc, type Pass } from '../src/doc/index.js';
import { createEventsPass } from '../src/annotate/events/index.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { cpuBestFor, cpuMs, loadNews, peakRssMB, type BenchSection } from './harness.js';

const ARTICLES = 300;
const MIN_MS = 2500;

/** Rounds run before timing (warm-up), the first of them timed as the cold figure. */
const WARM_ROUNDS = 10;

const cpuBest = (fn: () => void): number => cpuBestFor(fn, MIN_MS);

/** The CPU ms of the first round (cold), and the best round after WARM_ROUNDS rounds (warm). */
function coldAndWarm(fn: () => void): { cold: number; warm: number } {
  const t0 = cpuMs();
  fn();
  const cold = cpuMs() - t0;
  for (let i = 1; i < WARM_ROUNDS; i++) fn();
  return { cold, warm: cpuBest(fn) };
}

const BARE = /[\p{L}\p{M}\p{N}]+|\S/gu;

export async function bench(): Promise<BenchSection> {
  await Promise.resolve();
  const corpus = loadNews({ ant: ARTICLES }, ARTICLES);
  const full = defaultPipeline();
  const before: Pass[] = full.passes.filter((p) => p.name !== 'events');
  const t0 = performance.now();
  const events = createEventsPass();
  const loadMs = performance.now() - t0;

  const fresh = (): Doc[] =>
    corpus.articles.map((a, i) =>
      createDoc({ id: `a${i}`, title: a.title, body: a.body, published: '2017-01-01' }),
    );
  // The passes before events, timed on fresh documents each round.
  let prepared: Doc[] = [];
  const beforeTimes = coldAndWarm(() => {
    prepared = fresh();
    for (const d of prepared) for (const p of before) p.run(d);
  });
  const eventsTimes = coldAndWarm(() => {
    for (const d of prepared) events.run(d);
  });
  const beforeMs = beforeTimes.warm;
  const eventsMs = eventsTimes.warm;
  let sink = 0;
  const bareMs = cpuBest(() => {
    for (const d of prepared) {
      BARE.lastIndex = 0;
      while (BARE.exec(d.text) !== null) sink++;
    }
  });
  const tokens = prepared.reduce((n, d) => n + d.tokens.length, 0);
  const found = prepared.reduce((n, d) => n + d.events.length, 0);
  const share = eventsMs / (beforeMs + eventsMs);
  const coldShare = eventsTimes.cold / (beforeTimes.cold + eventsTimes.cold);
  const markdown = [
    `Corpus: ${corpus.description}; ${tokens.toLocaleString('en')} tokens; ${found} events found. CPU time of the process: best round after ${WARM_ROUNDS} warm-up rounds of each side (${(WARM_ROUNDS * ARTICLES).toLocaleString('en')} documents), and the first round (cold: the JIT compiling).`,
    '',
    '| measure | value |',
    '|---|---:|',
    `| passes before events (text, entities, times, quantities) | ${beforeMs.toFixed(0)} ms (cold ${beforeTimes.cold.toFixed(0)} ms) |`,
    `| events pass | ${eventsMs.toFixed(0)} ms (${Math.round((tokens / eventsMs) * 1000).toLocaleString('en')} tokens/s; cold ${eventsTimes.cold.toFixed(0)} ms) |`,
    `| events share of the whole pipeline | **${(share * 100).toFixed(1)}%** (target ≤ 25%; cold ${(coldShare * 100).toFixed(1)}%) |`,
    `| events added to the pipeline before it | ${((eventsMs / beforeMs) * 100).toFixed(1)}% |`,
    `| bare regex tokenizer over the same text | ${bareMs.toFixed(1)} ms; events / bare = ${(eventsMs / bareMs).toFixed(1)}× |`,
    `| lexicon load (createEventsPass) | ${loadMs.toFixed(0)} ms |`,
    `| peak RSS of the benchmark process | ${peakRssMB().toFixed(0)} MB |`,
    '',
    `(Bare tokenizer matches counted: ${sink}.)`,
  ].join('\n');
  return { title: 'Events (PLOVER triggers, actors, modality, merging)', markdown };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { title, markdown } = await bench();
  console.log(`## ${title}\n\n${markdown}`);
}
