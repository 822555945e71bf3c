/**
 * The text layer (cleaning and repair, sentences, tokens with clitics and stems) over real news:
 * articles/s, tokens/s, MB/s, peak RSS, and the ratio to a bare regex tokenizer over the same bytes.
 */
import { createDoc, type Doc } from '../src/doc/index.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { textPasses } from '../src/pipeline/default.js';
import {
  bareTokenizerPass,
  cpuMs,
  fmt,
  loadNews,
  markdownTable,
  peakRssMB,
  timeBest,
  utf8Bytes,
  type BenchSection,
} from './harness.js';

const TARGET_MB_S = 20;

export function bench(): Promise<BenchSection> {
  return Promise.resolve(measureTextLayer());
}

function measureTextLayer(): BenchSection {
  const corpus = loadNews({ ant: 20_000, saudinewsnet: 2_000 });
  const { articles } = corpus;
  const texts = articles.map((a) => `${a.title}\n${a.body}`);
  const mb = utf8Bytes(texts) / 1e6;
  const pipeline = buildPipeline(textPasses());
  const runAll = (): number => {
    let tokens = 0;
    for (const a of articles)
      tokens += pipeline.run(createDoc({ id: a.id, title: a.title, body: a.body })).tokens.length;
    return tokens;
  };
  // Warm up: loads the lexicon, compiles the hot paths, fills the word caches (as a long run would).
  runAll();
  const layer = timeBest(runAll, 3);
  const bare = timeBest(() => bareTokenizerPass(texts), 3);

  // CPU time spent in each pass, over one more run.
  const perPass = new Map<string, number>();
  for (const a of articles) {
    const doc: Doc = createDoc({ id: a.id, title: a.title, body: a.body });
    for (const pass of pipeline.passes) {
      const t0 = cpuMs();
      pass.run(doc);
      perPass.set(pass.name, (perPass.get(pass.name) ?? 0) + cpuMs() - t0);
    }
  }

  const s = layer.ms / 1000;
  const mbs = mb / s;
  const rows = [
    ['articles', fmt(articles.length, 0)],
    ['input (UTF-8)', `${fmt(mb)} MB`],
    ['text layer CPU time (best of 3)', `${fmt(layer.ms, 0)} ms`],
    ['articles/s', fmt(articles.length / s, 0)],
    ['tokens/s', fmt(layer.result / s, 0)],
    ['MB/s (one core)', `${fmt(mbs)} (target ≥ ${TARGET_MB_S}: ${mbs >= TARGET_MB_S ? 'met' : 'NOT met'})`],
    [
      'bare regex tokenizer time (same bytes)',
      `${fmt(bare.ms, 0)} ms (${fmt(mb / (bare.ms / 1000))} MB/s, ${fmt(bare.result, 0)} tokens)`,
    ],
    ['ratio text layer / bare tokenizer', `${fmt(layer.ms / bare.ms, 2)}×`],
    ['peak RSS (whole process, corpus in memory)', `${fmt(peakRssMB(), 0)} MB`],
  ];
  const passRows = [...perPass].map(([name, ms]) => [
    name,
    `${fmt(ms, 0)} ms`,
    `${fmt(mb / (ms / 1000))} MB/s`,
  ]);
  return {
    title: 'Text layer',
    markdown: [
      `Corpus: ${corpus.description}. Passes: ${pipeline.passes.map((p) => p.name).join(' → ')}.`,
      '',
      markdownTable(['measure', 'value'], rows),
      '',
      'Per pass (CPU time, one further run; per-document timer calls add some overhead):',
      '',
      markdownTable(['pass', 'time', 'throughput'], passRows),
    ].join('\n'),
  };
}
