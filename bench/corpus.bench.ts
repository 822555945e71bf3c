/**
 * Corpus benchmark: ingest throughput (analysis on two worker threads + indexing into SQLite), search
 * latency on a store built by replaying the shared news corpora with varied ids and dates, story
 * assignment cost per article as the store grows, peak memory.
 *
 *   npm run bench corpus                  (through bench/run.ts, into bench/RESULTS.md)
 *   npx tsx bench/corpus.bench.ts         (alone; prints the section)
 *   RASD_BENCH_ARTICLES=100000 …          (store size; default 20000)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArticleInput } from '../src/doc/index.js';
import { tuneProcess } from '../src/cli/process-tuning.js';
import { commitPrepared } from '../src/corpus/commit.js';
import { BATCH, ingest } from '../src/corpus/ingest.js';
import { openStore } from '../src/corpus/open-store.js';
import { AnalysisPool } from '../src/corpus/pool.js';
import {
  bareTokenizerPass,
  cpuMs,
  IngestCpuSplit,
  peakRssMB,
  readNewsInputs,
  timeBest,
  type BenchSection,
} from './harness.js';
import type { PreparedArticle } from '../src/corpus/prepare.js';

const NEWS = resolve(import.meta.dirname, '../../shared/data/news');
const FILES = ['ant.jsonl.gz', 'saudinewsnet.jsonl.gz'];

function shift(date: string | null, days: number): string | null {
  if (!date) return null;
  const t = Date.parse(date);
  return Number.isNaN(t) ? date : new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/** The shared corpora, replayed as often as needed with new ids and dates shifted by 400 days a round. */
async function loadArticles(n: number): Promise<{ articles: ArticleInput[]; unique: number }> {
  const base = await readNewsInputs(FILES, n);
  if (base.length === 0) throw new Error(`no corpus under ${NEWS}`);
  const articles: ArticleInput[] = [];
  for (let round = 0; articles.length < n; round++) {
    for (const a of base) {
      if (articles.length >= n) break;
      articles.push(
        round === 0
          ? a
          : { ...a, id: `${a.id}~r${round}`, published: shift(a.published ?? null, 400 * round) },
      );
    }
  }
  return { articles, unique: base.length };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

const f1 = (x: number): string => x.toFixed(1);

/**
 * CPU seconds of the main thread alone (Linux /proc; NaN elsewhere): with the process's CPU time, it
 * tells the writer's share from the workers' on a machine too busy for wall-clock figures to compare.
 */
export function mainThreadCpuS(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

export async function bench(): Promise<BenchSection> {
  // As the rasd launcher does, before any worker starts (RASD_NO_TUNING=1 to compare without).
  if (!process.env['RASD_NO_TUNING']) tuneProcess();
  const total = Number(process.env['RASD_BENCH_ARTICLES'] ?? 20_000);
  const { articles, unique } = await loadArticles(total);
  const dir = mkdtempSync(join(tmpdir(), 'rasd-bench-corpus-'));
  const lines: string[] = [];

  // 1. End-to-end ingest on two workers: read → analyse → decide → index → commit.
  const sample = articles.slice(
    0,
    Math.min(Number(process.env['RASD_BENCH_INGEST'] ?? 2000), articles.length),
  );
  const small = await openStore(join(dir, 'ingest.db'));
  const split = new IngestCpuSplit(sample.length);
  const cpu0 = cpuMs();
  const main0 = mainThreadCpuS();
  const t0 = performance.now();
  const res = await ingest(
    small,
    sample.map((input) => ({ input, origin: input.id! })),
    { workers: 2, onProgress: split.onProgress },
  );
  const ingestS = (performance.now() - t0) / 1000;
  const ingestCpuMs = (cpuMs() - cpu0) / res.added;
  const ingestMainMs = ((mainThreadCpuS() - main0) * 1000) / res.added;
  const cpuSplit = split.result();
  await small.close();
  const texts = sample.map((a) => `${a.title ?? ''}\n${a.body}`);
  const regexS = timeBest(() => bareTokenizerPass(texts)).ms / 1000;
  const mb = Buffer.byteLength(texts.join('')) / 2 ** 20;

  // 2. A large store: analysis on two workers, commits in order, timed per slice as the store grows.
  const store = await openStore(join(dir, 'big.db'));
  const pool = new AnalysisPool(2);
  const slices: { size: number; msPerArticle: number }[] = [];
  const window = 2 * BATCH;
  const pending: Promise<PreparedArticle | null>[] = [];
  let next = 0;
  const submit = (): void => {
    const a = articles[next++]!;
    pending.push(pool.run({ input: a, origin: a.id!, format: null }).catch(() => null));
  };
  while (next < Math.min(window, articles.length)) submit();
  let committed = 0;
  let sliceMs = 0;
  let sliceN = 0;
  const sliceEvery = Math.max(500, Math.floor(total / 20));
  const tBig = performance.now();
  while (pending.length > 0) {
    const batch = await Promise.all(pending.splice(0, BATCH));
    while (next < articles.length && pending.length < window) submit();
    const s = performance.now();
    // As ingest commits: one transaction per batch, all or nothing.
    await store.transaction(
      async (tx) => {
        for (const p of batch) if (p) await commitPrepared(tx, p);
      },
      { allOrNothing: true },
    );
    sliceMs += performance.now() - s;
    sliceN += batch.length;
    committed += batch.length;
    if (sliceN >= sliceEvery || pending.length === 0) {
      slices.push({ size: committed, msPerArticle: sliceMs / sliceN });
      sliceMs = 0;
      sliceN = 0;
    }
  }
  const bigS = (performance.now() - tBig) / 1000;
  const workerMemory = await pool.memory();
  await pool.close();
  const mainHeapMB = process.memoryUsage().heapUsed / 2 ** 20;

  // 3. Search latency on the large store: single words, two-word queries, filtered queries.
  const words = new Set<string>();
  for (const a of articles.slice(0, 2000)) {
    for (const w of (a.title ?? '').split(/\s+/)) if (/^[\u0621-\u064a]{4,}$/.test(w)) words.add(w);
  }
  const vocab = [...words].slice(0, 300);
  const latencies: { kind: string; ms: number[] }[] = [
    { kind: 'one word', ms: [] },
    { kind: 'two words', ms: [] },
    { kind: 'word + date range + source', ms: [] },
  ];
  for (let i = 0; i < vocab.length; i++) {
    const w = vocab[i]!;
    const w2 = vocab[(i * 7 + 3) % vocab.length]!;
    let s = performance.now();
    await store.search({ q: w, limit: 10 });
    latencies[0]!.ms.push(performance.now() - s);
    s = performance.now();
    await store.search({ q: `${w} ${w2}`, limit: 10 });
    latencies[1]!.ms.push(performance.now() - s);
    s = performance.now();
    await store.search({ q: w, from: '2016-01-01', to: '2017-12-31', source: 'Jawhara FM', limit: 10 });
    latencies[2]!.ms.push(performance.now() - s);
  }
  const count = await store.countArticles();
  const stories = await store.listStories({ min_articles: 1, limit: 1 });
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  const peakMB = peakRssMB();

  lines.push(
    `Corpora: ${unique} unique articles from ${FILES.join(', ')} (read from ../shared, never committed)` +
      `${total > unique ? `, replayed to ${total} with new ids and dates shifted by 400 days a round` : ''}.`,
    '',
    '| measure | value |',
    '| --- | --- |',
    `| ingest, 2 workers, end to end (${res.added} articles, ${f1(mb)} MB) | ${f1(res.added / ingestS)} articles/s |`,
    `| ingest CPU time per article: whole process / main thread (store side) | ${ingestCpuMs.toFixed(2)} / ${ingestMainMs.toFixed(2)} ms |`,
    ...(cpuSplit
      ? [
          `| ingest CPU time per article past the first batch, by thread: main / analysis workers / V8 background (optimising compiler, GC) | ${cpuSplit.main_ms.toFixed(2)} / ${cpuSplit.workers_ms.toFixed(2)} / ${cpuSplit.v8_ms.toFixed(2)} ms (${cpuSplit.total_ms.toFixed(2)} in all: at most ${f1(2000 / cpuSplit.total_ms)} articles/s on two cores) |`,
        ]
      : []),
    `| bare regex tokenizer over the same bytes | ${f1(sample.length / regexS)} articles/s (ingest is ${f1(regexS === 0 ? 0 : ingestS / regexS)}× slower) |`,
    `| large store: ${count} articles, ${stories.total} stories, built in | ${f1(bigS)} s (${f1(count / bigS)} articles/s) |`,
    ...latencies.map(
      (l) =>
        `| search p50 / p95, ${l.kind} (${l.ms.length} queries) | ${f1(percentile(l.ms, 50))} / ${f1(percentile(l.ms, 95))} ms |`,
    ),
    `| peak RSS (whole process: main thread + 2 workers + SQLite) | ${f1(peakMB)} MB |`,
    ...workerMemory.map(
      (m, i) =>
        `| worker ${i + 1} heap used / limit (pipeline resources + one article) | ${f1(m.heap_used_mb)} / ${f1(m.heap_limit_mb)} MB |`,
    ),
    `| main thread heap used (benchmark's ${articles.length} input articles included) | ${f1(mainHeapMB)} MB |`,
    '| SQLite page cache (per connection, bounded by cache_size) | at most 64 MB |',
    '',
    'Store-side cost per article (near-duplicate check, story assignment, indexing, commit; analysis excluded) as the store grows:',
    '',
    '| store size | ms per article |',
    '| --- | --- |',
    ...slices.map((s) => `| ${s.size} | ${s.msPerArticle.toFixed(2)} |`),
  );
  // The one-million-article figures come from `npm run bench:scale` (too long for every bench run).
  const scale = resolve(import.meta.dirname, 'SCALE.md');
  if (existsSync(scale)) {
    const body = readFileSync(scale, 'utf8').split('\n').slice(4).join('\n').trim();
    lines.push(
      '',
      '### Scale: a store of up to one million articles (bench/SCALE.md, `npm run bench:scale`)',
      '',
      body,
    );
  }
  return { title: 'Corpus: ingest, search, stories', markdown: lines.join('\n') };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const section = await bench();
  process.stdout.write(`## ${section.title}\n\n${section.markdown}\n`);
}
