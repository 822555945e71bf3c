/**
 * Shared helpers for benchmarks. Every `bench/<area>.bench.ts` exports
 * `async function bench(): Promise<BenchSection>`; `npm run bench` (bench/run.ts) runs them all and
 * writes bench/RESULTS.md. Corpora are read from ../shared/data/news/*.jsonl.gz when present (their
 * text is never committed), else generated.
 */
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip, gunzipSync } from 'node:zlib';
import type { ArticleInput } from '../src/doc/index.js';

export interface BenchSection {
  title: string;
  markdown: string;
}

export interface NewsArticle {
  id: string;
  title: string;
  body: string;
  source: string;
}

export interface Corpus {
  articles: NewsArticle[];
  /** Where the articles came from, for the report. */
  description: string;
}

export const NEWS_DIR = resolve(import.meta.dirname, '../../shared/data/news');

/**
 * Loads up to `perFile` articles from each news file (e.g. `{ant: 20000, saudinewsnet: 5000}`),
 * or a generated corpus of `fallbackArticles` when no file is there.
 */
export function loadNews(perFile: Record<string, number>, fallbackArticles = 5000): Corpus {
  const articles: NewsArticle[] = [];
  const parts: string[] = [];
  const files = existsSync(NEWS_DIR) ? readdirSync(NEWS_DIR).filter((f) => f.endsWith('.jsonl.gz')) : [];
  for (const file of files.sort()) {
    const name = file.replace('.jsonl.gz', '');
    const limit = perFile[name];
    if (limit === undefined || limit <= 0) continue;
    const lines = gunzipSync(readFileSync(join(NEWS_DIR, file)))
      .toString('utf8')
      .split('\n');
    let n = 0;
    for (const line of lines) {
      if (n >= limit) break;
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id?: string; title?: string; body?: string };
      if (!r.body) continue;
      articles.push({ id: r.id ?? `${name}-${n}`, title: r.title ?? '', body: r.body, source: name });
      n++;
    }
    parts.push(`${n} ${name}`);
  }
  if (articles.length > 0) return { articles, description: `news articles: ${parts.join(', ')}` };
  return {
    articles: generateCorpus(fallbackArticles),
    description: `${fallbackArticles} generated articles`,
  };
}

/** A deterministic pseudo-Arabic corpus for machines without the news data. */
export function generateCorpus(n: number): NewsArticle[] {
  const words = [
    'قال',
    'الوزير',
    'إن',
    'المحادثات',
    'في',
    'أستانا',
    'ستستمر',
    'يومين',
    'والأمم',
    'المتحدة',
    'لروسيا',
    'الحكومة',
    'السورية',
    'بموسكو',
    'مندوبها',
    'الجولة',
    '13',
    'من',
    '٣٫٥',
    'بالمئة',
    'وأكد',
    'الوفد',
    'على',
    'ضرورة',
    'وقف',
    'إطلاق',
    'النار',
    '#إدلب',
    'المعارضة',
    'الدستورية',
  ];
  let seed = 42;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  const out: NewsArticle[] = [];
  for (let a = 0; a < n; a++) {
    const paragraphs: string[] = [];
    for (let p = 0; p < 6; p++) {
      const sentences: string[] = [];
      for (let s = 0; s < 4; s++) {
        const len = 8 + (next() % 20);
        const ws: string[] = [];
        for (let w = 0; w < len; w++) ws.push(words[next() % words.length]!);
        sentences.push(ws.join(' ') + (next() % 3 === 0 ? '،' : '.'));
      }
      paragraphs.push(sentences.join(' '));
    }
    out.push({ id: `gen-${a}`, title: 'عنوان المقال', body: paragraphs.join('\n'), source: 'generated' });
  }
  return out;
}

export function utf8Bytes(texts: readonly string[]): number {
  let n = 0;
  for (const t of texts) n += Buffer.byteLength(t, 'utf8');
  return n;
}

/** CPU time (user + system) of this process in ms: unlike wall time, not inflated by other load. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Runs `fn` `rounds` times and returns the smallest CPU time (the least disturbed run) and the last
 * result. CPU time includes the garbage collector's helper threads, so it slightly overstates one core.
 */
export function timeBest<T>(fn: () => T, rounds = 3): { ms: number; result: T } {
  let best = Infinity;
  let result: T | undefined;
  for (let i = 0; i < rounds; i++) {
    const t0 = cpuMs();
    result = fn();
    best = Math.min(best, cpuMs() - t0);
  }
  return { ms: best, result: result as T };
}

/**
 * Runs `fn` once to warm up, then again and again for at least `minMs` of wall time; returns the best
 * CPU time of one run in ms. For passes fast enough that a few rounds would be lost in noise.
 */
export function cpuBestFor(fn: () => void, minMs: number): number {
  fn();
  let best = Infinity;
  const deadline = performance.now() + minMs;
  while (performance.now() < deadline) {
    const t0 = cpuMs();
    fn();
    best = Math.min(best, cpuMs() - t0);
  }
  return best;
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** The baseline: one regular-expression tokenizer producing {start, end, text} over the same texts. */
const BARE_TOKEN = /[\p{L}\p{M}]+|\p{N}+|\S/gu;
export function bareTokenizerPass(texts: readonly string[]): number {
  let count = 0;
  for (const text of texts) {
    const tokens: { start: number; end: number; text: string }[] = [];
    BARE_TOKEN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BARE_TOKEN.exec(text)) !== null)
      tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    count += tokens.length;
  }
  return count;
}

export function fmt(n: number, digits = 1): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function markdownTable(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** YYYY-MM-DD from the corpora's dates (ISO, or DD/MM/YYYY), else null. */
export function newsDay(p: unknown): string | null {
  if (typeof p !== 'string') return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(p);
  if (iso) return iso[1]!;
  const dmy = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(p);
  return dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : null;
}

/** The articles of the shared news files (gzip JSON Lines), streamed, as ingest inputs; at most `limit`. */
export async function readNewsInputs(files: readonly string[], limit = Infinity): Promise<ArticleInput[]> {
  const out: ArticleInput[] = [];
  for (const f of files) {
    const path = join(NEWS_DIR, f);
    if (!existsSync(path) || out.length >= limit) continue;
    const lines = createInterface({
      input: createReadStream(path).pipe(createGunzip()),
      crlfDelay: Infinity,
    });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as Record<string, unknown>;
      if (typeof r['body'] !== 'string' || !r['body']) continue;
      out.push({
        id: String(r['id']),
        title: typeof r['title'] === 'string' ? r['title'] : '',
        body: r['body'],
        published: newsDay(r['published']),
        source: typeof r['source'] === 'string' ? r['source'] : null,
      });
      if (out.length >= limit) break;
    }
  }
  return out;
}

/** CPU seconds of each thread of this process, by thread id (Linux's /proc; empty elsewhere). */
export function threadCpuS(): Map<string, number> {
  const out = new Map<string, number>();
  let tasks: string[] = [];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return out;
  }
  for (const t of tasks) {
    try {
      const stat = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(t, (Number(f[11]) + Number(f[12])) / 100);
    } catch {
      // The thread ended meanwhile.
    }
  }
  return out;
}

/** Thread CPU time sampled during an ingest (at its progress reports). */
export interface ThreadSample {
  at: number;
  done: number;
  cpu: Map<string, number>;
}

/**
 * Samples thread CPU at an ingest's progress reports, while its workers live, past its first commit
 * (so that start-up is left out), and splits what was spent between the first and the last sample:
 * the main thread (reading, deciding, writing), threads started by the ingest (the analysis workers),
 * and threads that were there before (V8's background threads: optimising compiler and concurrent GC,
 * for every isolate of the process). Null where the threads cannot be read or too little was sampled.
 */
export class IngestCpuSplit {
  private readonly before = threadCpuS();
  private first: ThreadSample | null = null;
  private last: ThreadSample | null = null;

  constructor(private readonly total: number) {}

  readonly onProgress = (p: { done: number }): void => {
    if (p.done === 0 || p.done >= this.total) return;
    const s = { at: performance.now(), done: p.done, cpu: threadCpuS() };
    this.first ??= s;
    this.last = s;
  };

  result(): {
    articles: number;
    rate: number;
    main_ms: number;
    workers_ms: number;
    v8_ms: number;
    total_ms: number;
  } | null {
    const a = this.first;
    const b = this.last;
    if (!a || !b || b.done <= a.done || this.before.size === 0) return null;
    let main = 0;
    let workers = 0;
    let v8 = 0;
    for (const [t, s] of b.cpu) {
      const d = s - (a.cpu.get(t) ?? 0);
      if (t === String(process.pid)) main += d;
      else if (this.before.has(t)) v8 += d;
      else workers += d;
    }
    const k = b.done - a.done;
    const ms = (s: number): number => (s * 1000) / k;
    return {
      articles: k,
      rate: (k * 1000) / (b.at - a.at),
      main_ms: ms(main),
      workers_ms: ms(workers),
      v8_ms: ms(v8),
      total_ms: ms(main + workers + v8),
    };
  }
}
