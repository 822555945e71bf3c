/**
 * What `rasd ingest` reads: files and folders (text, JSON, JSON Lines, gzip), standard input, and
 * RSS/Atom feeds from files or URLs. Every input that cannot be read becomes an error item naming it;
 * the rest goes on.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import { isRasdError, RasdError, type ArticleInput } from '../doc/index.js';
import { fetchFeed, looksLikeFeed, parseFeed } from './feeds.js';
import type { IngestItem } from './ingest.js';

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** A JSON record (ANT, SaudiNewsNet, rasd's own shape) → an article input. */
export function recordToInput(r: unknown, where: string): ArticleInput {
  if (typeof r !== 'object' || r === null)
    throw new RasdError('INPUT_BAD_RECORD', 'record is not an object', { subject: where });
  const o = r as Record<string, unknown>;
  const body = str(o['body']) ?? str(o['text']) ?? str(o['content']);
  if (!body) throw new RasdError('INPUT_BAD_RECORD', 'record has no body', { subject: where });
  const id = str(o['id']) ?? (typeof o['id'] === 'number' ? String(o['id']) : null);
  return {
    id: id ?? undefined,
    title: str(o['title']),
    body,
    published: str(o['published']) ?? str(o['date']),
    source: str(o['source']),
    url: str(o['url']),
    lang: str(o['lang']),
  };
}

function textToInput(text: string): ArticleInput {
  const [title = '', ...rest] = text.replace(/^\uFEFF/, '').split('\n');
  return { title: title.trim(), body: rest.join('\n') };
}

async function* fromText(text: string, where: string): AsyncGenerator<IngestItem> {
  if (looksLikeFeed(text)) {
    const items = parseFeed(text, where);
    for (let i = 0; i < items.length; i++)
      yield { input: items[i]!, origin: `${where}#${i + 1}`, format: 'rss' };
    return;
  }
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[') || (trimmed.startsWith('{') && !trimmed.includes('\n{'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw new RasdError('INPUT_BAD_JSON', (e as Error).message, { subject: where });
    }
    const records = Array.isArray(parsed) ? parsed : [parsed];
    for (let i = 0; i < records.length; i++) {
      const origin = records.length > 1 ? `${where}#${i + 1}` : where;
      try {
        yield { input: recordToInput(records[i], origin), origin, format: 'json' };
      } catch (e) {
        yield { error: e as RasdError };
      }
    }
    return;
  }
  if (trimmed.startsWith('{')) {
    yield* fromLines(Readable.from([text]), where);
    return;
  }
  if (text.trim() === '') throw new RasdError('INPUT_EMPTY', 'input is empty', { subject: where });
  yield { input: textToInput(text), origin: where, format: 'text' };
}

async function* fromLines(stream: NodeJS.ReadableStream, where: string): AsyncGenerator<IngestItem> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    const origin = `${where}#${n}`;
    try {
      yield { input: recordToInput(JSON.parse(line), origin), origin, format: 'jsonl' };
    } catch (e) {
      yield {
        error: isRasdError(e)
          ? e
          : new RasdError('INPUT_BAD_JSON', (e as Error).message, { subject: origin }),
      };
    }
  }
}

async function* fromPath(path: string): AsyncGenerator<IngestItem> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new RasdError('INPUT_NOT_FOUND', 'no such file or folder', { subject: path });
  }
  if (info.isDirectory()) {
    const names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort();
    for (const name of names) yield* guarded(join(path, name), fromPath(join(path, name)));
    return;
  }
  if (/\.jsonl(\.gz)?$/.test(path)) {
    const raw = createReadStream(path);
    yield* fromLines(path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw, path);
    return;
  }
  let bytes = await readFile(path);
  if (path.endsWith('.gz')) bytes = gunzipSync(bytes);
  if (bytes.includes(0)) throw new RasdError('INPUT_BINARY', 'binary file, not text', { subject: path });
  yield* fromText(bytes.toString('utf8'), path);
}

/** Turns a failure to read one input into an error item, so the others still go. */
async function* guarded(where: string, items: AsyncGenerator<IngestItem>): AsyncGenerator<IngestItem> {
  try {
    yield* items;
  } catch (e) {
    yield {
      error: isRasdError(e)
        ? e
        : new RasdError('INPUT_NOT_FOUND', (e as Error).message, { subject: where, cause: e }),
    };
  }
}

async function* fromUrl(url: string): AsyncGenerator<IngestItem> {
  const items = await fetchFeed(url);
  for (let i = 0; i < items.length; i++) yield { input: items[i]!, origin: `${url}#${i + 1}`, format: 'rss' };
}

async function* fromStdin(): AsyncGenerator<IngestItem> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  yield* fromText(Buffer.concat(chunks).toString('utf8'), '-');
}

export async function* readSources(args: readonly string[]): AsyncGenerator<IngestItem> {
  for (const arg of args) {
    if (/^https?:\/\//.test(arg)) yield* guarded(arg, fromUrl(arg));
    else if (arg === '-') yield* guarded('-', fromStdin());
    else yield* guarded(arg, fromPath(arg));
  }
}
