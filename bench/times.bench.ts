/**
 * Times and quantities benchmark: the default pipeline over real news (ANT) with and without the
 * `times` and `quantities` passes, the ratio between the two (the budget is +20%), the two passes
 * alone over already tokenised documents, and a bare regex tokenizer over the same text in the same
 * run. Run alone with `npx tsx bench/times.bench.ts`, or through `npm run bench`.
 */
import { pathToFileURL } from 'node:url';
import { createDoc, type Doc } from '../src/doc/index.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import {
  bareTokenizerPass,
  fmt,
  loadNews,
  markdownTable,
  peakRssMB,
  utf8Bytes,
  type BenchSection,
} from './harness.js';

const ARTICLES = 400;
const ROUNDS = 5;
/**
 * Rounds run before the timed ones (4,000 documents), as in the events benchmark: an ingest reads thousands
 * of articles, and V8 needs that long to compile the passes (times, quantities and events code is still being
 * compiled on background threads, whose CPU time this process's counts, over the first rounds). Until
 * session 12 one warm-up round was run; the figure that method gives is still reported, from rounds 1 to 5.
 */
const WARM_ROUNDS = 10;

/** CPU time (user + system) of one call, in ms: what one core spends, whatever else the machine runs. */
function cpuMs(fn: () => unknown): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

export async function bench(): Promise<BenchSection> {
  await Promise.resolve();
  const corpus = loadNews({ ant: ARTICLES }, ARTICLES);
  const inputs = corpus.articles.map((a, i) => ({ id: a.id || `a${i}`, title: a.title, body: a.body }));
  const texts = inputs.map((a) => `${a.title}\n${a.body}`);
  const mb = utf8Bytes(texts) / 2 ** 20;

  const full = defaultPipeline();
  const mine = new Set(['times', 'quantities']);
  // publication dates as ISO dates, so that relative expressions are resolved as in real use
  const fresh = (): Doc[] => inputs.map((a) => createDoc({ ...a, published: '2017-03-15' }));

  // Each round runs the default pipeline pass by pass over fresh documents and times every pass, so
  // the two passes are measured on exactly the input they get in the pipeline (and the passes after
  // them, which need their layers, still run). After WARM_ROUNDS warm-up rounds the best of ROUNDS is
  // kept (and, for the earlier method, the best of rounds 1 to ROUNDS, after one warm-up round).
  const perPass = new Map<string, number>(full.passes.map((p) => [p.name, Infinity]));
  const early = new Map<string, number>(full.passes.map((p) => [p.name, Infinity]));
  const bare = { ms: Infinity };
  let analysed: Doc[] = [];
  for (let round = 0; round < WARM_ROUNDS + ROUNDS; round++) {
    const b = cpuMs(() => bareTokenizerPass(texts));
    const docs = fresh();
    const times = full.passes.map((p) => cpuMs(() => docs.forEach((d) => p.run(d))));
    if (round >= 1 && round <= ROUNDS)
      full.passes.forEach((p, k) => early.set(p.name, Math.min(early.get(p.name)!, times[k]!)));
    if (round < WARM_ROUNDS) continue;
    bare.ms = Math.min(bare.ms, b);
    full.passes.forEach((p, k) => perPass.set(p.name, Math.min(perPass.get(p.name)!, times[k]!)));
    analysed = docs;
  }
  const sumOf = (m: Map<string, number>, keep: (name: string) => boolean) =>
    [...m].filter(([name]) => keep(name)).reduce((n, [, ms]) => n + ms, 0);
  const sum = (keep: (name: string) => boolean) => sumOf(perPass, keep);
  const earlyRatio = sumOf(early, (n) => mine.has(n)) / sumOf(early, (n) => !mine.has(n));
  const withoutMine = { ms: sum((n) => !mine.has(n)) };
  const mineAlone = { ms: sum((n) => mine.has(n)) };
  const withMine = { ms: withoutMine.ms + mineAlone.ms };
  const times = analysed.reduce((n, d) => n + d.times.length, 0);
  const quantities = analysed.reduce((n, d) => n + d.quantities.length, 0);
  const ratio = mineAlone.ms / withoutMine.ms;

  const table = markdownTable(
    ['run', 'ms', 'MB/s', '× bare tokenizer'],
    [
      ['bare regex tokenizer', fmt(bare.ms), fmt(mb / (bare.ms / 1000)), '1.0'],
      [
        'other passes of the default pipeline',
        fmt(withoutMine.ms),
        fmt(mb / (withoutMine.ms / 1000)),
        fmt(withoutMine.ms / bare.ms),
      ],
      ['default pipeline', fmt(withMine.ms), fmt(mb / (withMine.ms / 1000)), fmt(withMine.ms / bare.ms)],
      [
        'times + quantities passes alone',
        fmt(mineAlone.ms),
        fmt(mb / (mineAlone.ms / 1000)),
        fmt(mineAlone.ms / bare.ms),
      ],
    ],
  );
  const markdown = [
    `${corpus.description} (${fmt(mb, 2)} MB of UTF-8); CPU time, best of ${ROUNDS} rounds after ${WARM_ROUNDS} warm-up rounds (${(WARM_ROUNDS * inputs.length).toLocaleString('en')} documents, as in the events benchmark), pass by pass.`,
    '',
    table,
    '',
    `- Added by the two passes: **${fmt(ratio * 100)}%** of the time of the other passes (budget: 20%).`,
    `- The same after one warm-up round only (the method until session 12, rounds 1 to ${ROUNDS} of this run): ${fmt(earlyRatio * 100)}%; per pass (ms): ${[...early].map(([n, ms]) => `${n} ${fmt(ms)}`).join(', ')}.`,
    `- Per pass (ms): ${[...perPass].map(([n, ms]) => `${n} ${fmt(ms)}`).join(', ')}.`,
    `- Found: ${times} time expressions and ${quantities} quantities (${fmt((times + quantities) / inputs.length)} per article).`,
    `- Peak RSS of the process: ${fmt(peakRssMB(), 0)} MB.`,
  ].join('\n');
  return { title: 'Times and quantities', markdown };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log((await bench()).markdown);
}
