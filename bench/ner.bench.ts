/**
 * NER tagger benchmark: model load time, tagging speed on news text (ANT articles, or a generated corpus
 * without ../shared) against the bare regex tokenizer over the same texts, and memory.
 * Run by `npm run bench` (or `npm run bench ner`).
 */
import { readModelFile, createNerTagger, DEFAULT_NER_MODEL } from '../src/annotate/ner/tagger.js';
import { normalize } from '../src/text/normalize.js';
import { bareTokenizerPass, fmt, loadNews, markdownTable, peakRssMB, type BenchSection } from './harness.js';

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/** CPU milliseconds used by this process (user + system): unaffected by waiting for a shared core. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Best of several runs, in CPU ms: the machine may be shared, and the fastest run is the least disturbed. */
function cpuBest(f: () => void, runs = 5): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = cpuMs();
    f();
    best = Math.min(best, cpuMs() - t0);
  }
  return best;
}

export async function bench(): Promise<BenchSection> {
  const corpus = loadNews({ ant: 2500 }, 2500);
  const texts = corpus.articles.map((a) => a.body);
  const rssBefore = process.memoryUsage().rss;
  const l0 = cpuMs();
  const tagger = createNerTagger(readModelFile(DEFAULT_NER_MODEL));
  const loadMs = cpuMs() - l0;
  const rssModel = process.memoryUsage().rss - rssBefore;

  // Sentences of tokens with norms, split at sentence-final punctuation (the tagger's input).
  const sentences: { text: string; norm: string }[][] = [];
  for (const text of texts) {
    let cur: { text: string; norm: string }[] = [];
    for (const m of text.matchAll(TOKEN)) {
      cur.push({ text: m[0], norm: normalize(m[0]) });
      if (/^[.!?؟]$/.test(m[0]) || cur.length >= 120) {
        sentences.push(cur);
        cur = [];
      }
    }
    if (cur.length > 0) sentences.push(cur);
  }
  const tokens = sentences.reduce((a, s) => a + s.length, 0);

  const bareMs = cpuBest(() => bareTokenizerPass(texts));
  const c0 = cpuMs();
  for (const s of sentences) tagger.tag(s);
  const coldMs = cpuMs() - c0;
  const tagMs = cpuBest(() => {
    for (const s of sentences) tagger.tag(s);
  });
  const perSec = (ms: number): string => fmt(tokens / (ms / 1000), 0);
  const markdown = [
    `${corpus.description}: ${fmt(tokens, 0)} tokens in ${fmt(sentences.length, 0)} sentences.`,
    'Times are CPU time of this process (the machine may be shared), best of five runs; the tagger gets',
    'tokens with their normalised form and tags IOB2 (features, emission scores, Viterbi).',
    '',
    markdownTable(
      ['measure', 'value'],
      [
        ['model load (read, gunzip, decode, build)', `${fmt(loadMs, 0)} ms`],
        ['tagging, first pass (cold word cache)', `${perSec(coldMs)} tokens/s`],
        ['tagging, warm word cache', `${perSec(tagMs)} tokens/s`],
        ['bare regex tokenizer, same texts', `${perSec(bareMs)} tokens/s`],
        ['tagging time / bare tokenizer time (warm)', `${fmt(tagMs / bareMs)}×`],
        ['RSS growth from loading the model', `${fmt(rssModel / 1e6, 0)} MB`],
        ['peak RSS of the process', `${fmt(peakRssMB(), 0)} MB`],
      ],
    ),
  ].join('\n');
  return Promise.resolve({ title: 'NER tagger', markdown });
}
