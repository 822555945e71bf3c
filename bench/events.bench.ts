/**
 * Events benchmark: what the events pass adds to the pipeline. Runs the default pipeline pass by pass over
 * fresh ANT documents each round and times every pass, so the events pass is measured on exactly the input
 * it gets in the pipeline (as the times benchmark does). Target, read plainly: events add no more than 25%
 * to the pipeline's time, i.e. events time ≤ 25% of the time of all the other passes. Run alone with
 * `npx tsx bench/events.bench.ts`, or through `npm run bench`.
 *
 * Timed warm, as in an ingest that reads thousands of articles: WARM_ROUNDS rounds (3,000 documents) are run
 * first, since the JIT needs that long to compile the events code (its rounds fall from about 5 times the
 * warm time over the first 8 to 10 rounds, most of the early cost being compilation on V8's background
 * threads, whose CPU time this process's counts); the median and the best of ROUNDS timed rounds are
 * reported, and the first round (cold) too.
 *
 * Until session 12 this benchmark timed the events pass by re-running it on the same documents (about 4%
 * cheaper than fresh ones), timed the passes before it as one block (garbage collection included), took the
 * best of whatever fit in 2.5 s per side, and judged the budget by events' share of the whole pipeline
 * (events / (events + the rest)), a looser reading than the times benchmark's. All of that flattered events.
 */
import { pathToFileURL } from 'node:url';
import { createDoc, type Doc } from '../src/doc/index.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { bareTokenizerPass, fmt, loadNews, peakRssMB, type BenchSection } from './harness.js';

const ARTICLES = 300;
/** Rounds run before timing (3,000 documents); the first of them is reported as the cold figure. */
const WARM_ROUNDS = 10;
const ROUNDS = 7;

/** CPU time (user + system) of one call, in ms: what one core spends, whatever else the machine runs. */
function cpuMs(fn: () => unknown): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export async function bench(): Promise<BenchSection> {
  await Promise.resolve();
  const corpus = loadNews({ ant: ARTICLES }, ARTICLES);
  const texts = corpus.articles.map((a) => `${a.title}\n${a.body}`);
  const t0 = performance.now();
  const full = defaultPipeline();
  const loadMs = performance.now() - t0;
  const fresh = (): Doc[] =>
    corpus.articles.map((a, i) =>
      createDoc({ id: `a${i}`, title: a.title, body: a.body, published: '2017-01-01' }),
    );

  // Per round: the events pass and all the other passes (each pass timed over all documents in turn).
  const rounds: { events: number; rest: number; bare: number }[] = [];
  let analysed: Doc[] = [];
  for (let round = 0; round < WARM_ROUNDS + ROUNDS; round++) {
    const bare = cpuMs(() => bareTokenizerPass(texts));
    const docs = fresh();
    let events = 0;
    let rest = 0;
    for (const p of full.passes) {
      const ms = cpuMs(() => docs.forEach((d) => p.run(d)));
      if (p.name === 'events') events += ms;
      else rest += ms;
    }
    rounds.push({ events, rest, bare });
    analysed = docs;
  }
  const cold = rounds[0]!;
  const timed = rounds.slice(WARM_ROUNDS);
  const added = timed.map((r) => r.events / r.rest);
  const eventsMed = median(timed.map((r) => r.events));
  const restMed = median(timed.map((r) => r.rest));
  const eventsMin = Math.min(...timed.map((r) => r.events));
  const restMin = Math.min(...timed.map((r) => r.rest));
  const bareMin = Math.min(...timed.map((r) => r.bare));
  const addedMed = median(added);
  const tokens = analysed.reduce((n, d) => n + d.tokens.length, 0);
  const found = analysed.reduce((n, d) => n + d.events.length, 0);
  const pct = (x: number) => `${fmt(x * 100)}%`;
  const markdown = [
    `Corpus: ${corpus.description}; ${tokens.toLocaleString('en')} tokens; ${found} events found. CPU time of the process, pass by pass over fresh documents each round: median (and best) of ${ROUNDS} rounds after ${WARM_ROUNDS} warm-up rounds (${(WARM_ROUNDS * ARTICLES).toLocaleString('en')} documents); the first round is the cold figure (the JIT compiling).`,
    '',
    '| measure | value |',
    '|---|---:|',
    `| all other passes of the default pipeline | ${fmt(restMed, 0)} ms (best ${fmt(restMin, 0)}; cold ${fmt(cold.rest, 0)}) |`,
    `| events pass | ${fmt(eventsMed, 0)} ms (best ${fmt(eventsMin, 0)}; ${Math.round((tokens / eventsMed) * 1000).toLocaleString('en')} tokens/s; cold ${fmt(cold.events, 0)}) |`,
    `| **events added to the other passes** (median of per-round ratios) | **${pct(addedMed)}** (target ≤ 25%: ${addedMed <= 0.25 ? 'met' : '**not met**'}; range ${pct(Math.min(...added))}–${pct(Math.max(...added))}; cold ${pct(cold.events / cold.rest)}) |`,
    `| events share of the whole pipeline (the looser reading used until session 11) | ${pct(addedMed / (1 + addedMed))} |`,
    `| bare regex tokenizer over the same text | ${fmt(bareMin)} ms; events / bare = ${fmt(eventsMed / bareMin)}× |`,
    `| pipeline construction (lexicons and models loaded) | ${fmt(loadMs, 0)} ms |`,
    `| peak RSS of the benchmark process | ${fmt(peakRssMB(), 0)} MB |`,
  ].join('\n');
  return { title: 'Events (PLOVER triggers, actors, modality, merging)', markdown };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { title, markdown } = await bench();
  console.log(`## ${title}\n\n${markdown}`);
}
