/**
 * Gold annotations on text the project may not ship (SaudiNewsNet is CC BY-NC-SA): the repository keeps
 * only where each annotated sentence and span lies in the article (UTF-16 offsets) and the labels; the words
 * are read back from ../shared/data/news when an evaluation runs.
 *
 *   npx tsx scripts/external-gold.ts pack-spans <source> <annotated.jsonl>   (times, quantities)
 *   npx tsx scripts/external-gold.ts pack-items <source> <annotated.jsonl>   (events)
 *
 * Spans: lines with `sentence` and `text` become lines with `sentenceAt: [start, end]` (in the body) and
 * `at: [start, end]` (in the sentence). Items (events): `title` and `text` (the sentence) become `textAt` (in the
 * body; the title is the article's), and each event's `place` string becomes `placeAt` (in the sentence).
 * An article is named by `articleKey`, the first 16 hex digits of the SHA-256 of its id, not by the id itself: the
 * repository holds no part of the corpus, its ids included. The unpack functions do the reverse (the id comes back
 * from the corpus) and refuse a line whose offsets no longer fit its article.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const EXTERNAL_NEWS_DIR = resolve(import.meta.dirname, '../../shared/data/news');

type Range = [number, number];
interface Article {
  id: string;
  title: string;
  body: string;
  /** The outlet and address, as the article gives them (they set its home country for the events pass). */
  outlet: string | null;
  url: string | null;
}
type Line = Record<string, unknown>;

const corpusPath = (source: string, dir: string) => resolve(dir, `${source}.jsonl.gz`);

/** How packed lines name an article: a digest of its id, which the corpus gives back. */
export const articleKey = (id: string): string => createHash('sha256').update(id).digest('hex').slice(0, 16);

/** Whether the shared corpus a packed file needs is there. */
export const hasCorpus = (source: string, dir = EXTERNAL_NEWS_DIR): boolean =>
  existsSync(corpusPath(source, dir));

/** The articles of a shared corpus by key (articleKey of the id; only the keys asked for are kept). */
export function readArticles(
  source: string,
  keys: ReadonlySet<string>,
  dir = EXTERNAL_NEWS_DIR,
): Map<string, Article> {
  const articles = new Map<string, Article>();
  const text = gunzipSync(readFileSync(corpusPath(source, dir))).toString('utf8');
  for (const line of text.split('\n')) {
    const id = /"id":\s*"([^"]+)"/.exec(line)?.[1];
    if (!id) continue;
    const key = articleKey(id);
    if (!keys.has(key)) continue;
    const a = JSON.parse(line) as { title?: string; body?: string; source?: string; url?: string };
    articles.set(key, {
      id,
      title: a.title ?? '',
      body: a.body ?? '',
      outlet: a.source ?? null,
      url: a.url ?? null,
    });
  }
  return articles;
}

const readLines = (path: string): Line[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Line);

/** The articles packed lines refer to, or null when a corpus they need is not there. */
function articlesOf(lines: Line[], dir: string): Map<string, Article> | null {
  const bySource = new Map<string, Set<string>>();
  for (const l of lines) {
    const source = String(l['source']);
    bySource.set(source, (bySource.get(source) ?? new Set()).add(String(l['articleKey'])));
  }
  const out = new Map<string, Article>();
  for (const [source, ids] of bySource) {
    if (!hasCorpus(source, dir)) return null;
    for (const [key, a] of readArticles(source, ids, dir)) out.set(`${source}\u0000${key}`, a);
  }
  return out;
}

function slice(where: string, line: Line, text: string, range: Range): string {
  const [start, end] = range;
  if (!(start >= 0 && end > start && end <= text.length))
    throw new Error(
      `${where}: ${String(line['id'])}: offsets ${JSON.stringify(range)} do not fit article ${String(line['articleKey'])}`,
    );
  return text.slice(start, end);
}

function articleOf(where: string, line: Line, articles: Map<string, Article>): Article {
  const a = articles.get(`${String(line['source'])}\u0000${String(line['articleKey'])}`);
  if (!a)
    throw new Error(
      `${where}: ${String(line['id'])}: article ${String(line['articleKey'])} is not in ${String(line['source'])}`,
    );
  return a;
}

/** Packed span lines (times, quantities) with `sentence` and `text` read back; null without the corpus. */
export function unpackSpans<T>(path: string, dir = EXTERNAL_NEWS_DIR): T[] | null {
  if (!existsSync(path)) return [];
  const lines = readLines(path);
  const articles = articlesOf(lines, dir);
  if (!articles) return null;
  return lines.map((l) => {
    const {
      id,
      articleKey: _key,
      sentenceAt,
      at,
      source: _source,
      ...labels
    } = l as Line & {
      sentenceAt: Range;
      at: Range;
    };
    const article = articleOf(path, l, articles);
    const sentence = slice(path, l, article.body, sentenceAt);
    return { id, article: article.id, ...labels, sentence, text: slice(path, l, sentence, at) } as T;
  });
}

/** Packed events items with `title`, `text` and each event's `place` read back; null without the corpus. */
export function unpackItems<T>(path: string, dir = EXTERNAL_NEWS_DIR): T[] | null {
  const lines = readLines(path);
  const articles = articlesOf(lines, dir);
  if (!articles) return null;
  return lines.map((l) => {
    const {
      id,
      articleKey: _key,
      textAt,
      source: _source,
      events,
      ...rest
    } = l as Line & { textAt: Range; events: Line[] };
    const article = articleOf(path, l, articles);
    const text = slice(path, l, article.body, textAt);
    const unpacked = events.map(({ placeAt, ...e }) => ({
      ...e,
      place: Array.isArray(placeAt) ? slice(path, l, text, placeAt as Range) : e['place'],
    }));
    return {
      id,
      article: article.id,
      ...rest,
      title: article.title,
      text,
      outlet: article.outlet,
      url: article.url,
      events: unpacked,
    } as T;
  });
}

/** Whether an events set file holds packed items. */
export const isPacked = (path: string): boolean =>
  existsSync(path) && /"textAt":/.test(readFileSync(path, 'utf8').slice(0, 2000));

function find(line: Line, whole: string, part: string, what: string): Range {
  const at = whole.indexOf(part);
  if (at < 0)
    throw new Error(`${String(line['id'])}: ${what} "${part}" is not in ${String(line['article'])}`);
  return [at, at + part.length];
}

/** Annotated span lines → packed lines. */
export function packSpans(source: string, lines: Line[], dir = EXTERNAL_NEWS_DIR): Line[] {
  const articles = readArticles(source, new Set(lines.map((l) => articleKey(String(l['article'])))), dir);
  return lines.map((l) => {
    const { id, article, sentence, text, ...labels } = l as Line & { sentence: string; text: string };
    const key = articleKey(String(article));
    const a = articles.get(key);
    if (!a) throw new Error(`${String(id)}: article ${String(article)} is not in ${source}`);
    const sentenceAt = find(l, a.body, sentence, 'the sentence');
    return { id, source, articleKey: key, sentenceAt, at: find(l, sentence, text, 'the span'), ...labels };
  });
}

/** Annotated events items → packed items. */
export function packItems(source: string, lines: Line[], dir = EXTERNAL_NEWS_DIR): Line[] {
  const articles = readArticles(source, new Set(lines.map((l) => articleKey(String(l['article'])))), dir);
  return lines.map((l) => {
    const {
      id,
      article,
      title: _title,
      text,
      events,
      ...rest
    } = l as Line & { text: string; events: Line[] };
    const key = articleKey(String(article));
    const a = articles.get(key);
    if (!a) throw new Error(`${String(id)}: article ${String(article)} is not in ${source}`);
    const packed = events.map(({ place, ...e }) =>
      typeof place === 'string' && place !== '*'
        ? { ...e, placeAt: find(l, text, place, 'the place') }
        : { ...e, place },
    );
    const textAt = find(l, a.body, text, 'the sentence');
    return { id, source, articleKey: key, textAt, ...rest, events: packed };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [command, source, file] = process.argv.slice(2);
  const packer = command === 'pack-spans' ? packSpans : command === 'pack-items' ? packItems : undefined;
  if (!packer || !source || !file) {
    console.error('usage: npx tsx scripts/external-gold.ts pack-spans|pack-items <source> <annotated.jsonl>');
    process.exit(2);
  }
  for (const p of packer(source, readLines(file))) process.stdout.write(`${JSON.stringify(p)}\n`);
}
