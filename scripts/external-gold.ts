/**
 * Gold annotations on text the project may not ship (SaudiNewsNet is CC BY-NC-SA): the repository keeps
 * only where each annotated sentence and span lies in the article body (UTF-16 offsets) and the labels;
 * the words are read back from ../shared/data/news when an evaluation runs.
 *
 *   npx tsx scripts/external-gold.ts pack <saudinewsnet|…> <annotated.jsonl> > eval/times-snn.jsonl
 *
 * packs lines that carry `sentence` and `text` (as annotators write them) into lines that carry
 * `sentenceAt: [start, end]` (in the article body) and `at: [start, end]` (in the sentence) instead;
 * `unpackExternal` does the reverse for eval scripts, and refuses a line whose offsets no longer fit.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { createGunzip } from 'node:zlib';

export const EXTERNAL_NEWS_DIR = resolve(import.meta.dirname, '../../shared/data/news');

/** A packed line: the labels, with offsets for the words. */
export interface PackedLine {
  id: string;
  source: string;
  article: string;
  sentenceAt: [number, number];
  at: [number, number];
  [label: string]: unknown;
}

/** The article bodies of a shared corpus by id (only the ids asked for are kept). */
export async function readBodies(
  source: string,
  ids: ReadonlySet<string>,
  dir = EXTERNAL_NEWS_DIR,
): Promise<Map<string, string>> {
  const path = resolve(dir, `${source}.jsonl.gz`);
  const bodies = new Map<string, string>();
  if (!existsSync(path)) return bodies;
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const id = /"id":\s*"([^"]+)"/.exec(line)?.[1];
    if (!id || !ids.has(id)) continue;
    const a = JSON.parse(line) as { body?: string };
    bodies.set(id, a.body ?? '');
  }
  return bodies;
}

/**
 * Packed lines with `sentence` and `text` filled back from the shared corpus; null when the corpus is not
 * there (the caller says so in its report). A line whose offsets do not fit its article is an error naming it.
 */
export async function unpackExternal<T>(path: string, dir = EXTERNAL_NEWS_DIR): Promise<T[] | null> {
  if (!existsSync(path)) return [];
  const packed = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as PackedLine);
  const bySource = new Map<string, Set<string>>();
  for (const p of packed) {
    const ids = bySource.get(p.source) ?? new Set<string>();
    ids.add(p.article);
    bySource.set(p.source, ids);
  }
  const bodies = new Map<string, string>();
  for (const [source, ids] of bySource) {
    if (!existsSync(resolve(dir, `${source}.jsonl.gz`))) return null;
    for (const [id, body] of await readBodies(source, ids, dir)) bodies.set(`${source}\u0000${id}`, body);
  }
  return packed.map((p) => {
    const { sentenceAt, at, source, ...labels } = p;
    const body = bodies.get(`${source}\u0000${p.article}`);
    if (body === undefined) throw new Error(`${path}: ${p.id}: article ${p.article} is not in ${source}`);
    const sentence = body.slice(sentenceAt[0], sentenceAt[1]);
    if (sentence.length !== sentenceAt[1] - sentenceAt[0] || at[1] > sentence.length || at[0] >= at[1])
      throw new Error(
        `${path}: ${p.id}: offsets ${JSON.stringify({ sentenceAt, at })} do not fit ${p.article}`,
      );
    return { ...labels, sentence, text: sentence.slice(at[0], at[1]) } as T;
  });
}

/** Annotated lines (with `sentence` and `text`) → packed lines (offsets instead of words). */
export async function pack(
  source: string,
  lines: Record<string, unknown>[],
  dir = EXTERNAL_NEWS_DIR,
): Promise<PackedLine[]> {
  const bodies = await readBodies(source, new Set(lines.map((l) => String(l['article']))), dir);
  return lines.map((l) => {
    const { sentence, text, ...labels } = l as {
      sentence: string;
      text: string;
      id: string;
      article: string;
    };
    const body = bodies.get(labels.article);
    if (body === undefined) throw new Error(`${labels.id}: article ${labels.article} is not in ${source}`);
    const s = body.indexOf(sentence);
    if (s < 0) throw new Error(`${labels.id}: its sentence is not in the body of ${labels.article}`);
    const a = sentence.indexOf(text);
    if (a < 0) throw new Error(`${labels.id}: "${text}" is not in its sentence`);
    const { id, article, ...rest } = labels;
    return { id, source, article, sentenceAt: [s, s + sentence.length], at: [a, a + text.length], ...rest };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [command, source, file] = process.argv.slice(2);
  if (command !== 'pack' || !source || !file) {
    console.error('usage: npx tsx scripts/external-gold.ts pack <source> <annotated.jsonl>');
    process.exit(2);
  }
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  for (const p of await pack(source, lines)) process.stdout.write(`${JSON.stringify(p)}\n`);
}
