/**
 * Reading input: files, folders (recursive, in a stable order, hidden files skipped), stdin (`-`).
 * `readInputs` yields each article as it is read, or a one-line `RasdError` for an input (or one
 * record of it) that cannot be used; the other inputs go on. `rasd analyze` and `rasd ingest` share it.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  createDoc,
  isRasdError,
  RasdError,
  type Diagnostic,
  type Doc,
  type Provenance,
} from '../doc/index.js';
import { decodeBytes, type Encoding } from './decode.js';
import { htmlReader } from './html.js';
import { jsonlReader, jsonReader } from './json.js';
import { finishRecord } from './record.js';
import { textReader } from './text.js';
import {
  DEFAULT_MAX_SIZE,
  type FormatReader,
  type ReadArticle,
  type ReadOptions,
  type ReadResult,
} from './types.js';

export * from './types.js';
export { decodeBytes, binaryReason, type Encoding } from './decode.js';
export { detectLang, type Lang } from './lang.js';
export { normalizePublished, parseIsoDay } from './date.js';
export { contentId } from './record.js';
export { extractArticle, htmlFragmentToText } from './html.js';

export const BUILTIN_FORMATS: readonly FormatReader[] = [jsonlReader, jsonReader, htmlReader, textReader];

/** Extensions a folder walk reads; other files are skipped (extension-less ones are sniffed). */
const ARTICLE_EXTENSIONS = new Set(['txt', 'text', 'json', 'jsonl', 'ndjson', 'html', 'htm', 'xhtml', 'xml']);
/** `article.meta.json` beside `article.txt` or `article.html` adds record fields (published, source, …). */
const META_SUFFIX = '.meta.json';

function fail(error: RasdError): ReadResult {
  return { kind: 'error', error };
}

function formatsOf(opts: ReadOptions): FormatReader[] {
  return [...(opts.formats ?? []), ...BUILTIN_FORMATS];
}

/** The reader for a file: by extension, else by sniffing the text. */
function pickFormat(ext: string, text: string, opts: ReadOptions): FormatReader {
  const formats = formatsOf(opts);
  const byExt = formats.filter((f) => f.extensions.includes(ext));
  if (byExt.length === 1) return byExt[0]!;
  if (byExt.length > 1) return byExt.find((f) => f.sniff(text)) ?? byExt[0]!;
  return formats.find((f) => f.sniff(text)) ?? textReader;
}

function lowerExt(path: string): string {
  return extname(path).slice(1).toLowerCase();
}

/** Reads a sidecar `.meta.json` if there is one; a broken sidecar is an error for its article. */
async function readSidecar(path: string): Promise<Record<string, unknown> | null> {
  const ext = extname(path);
  if (!['.txt', '.text', '.html', '.htm'].includes(ext.toLowerCase())) return null;
  const metaPath = join(dirname(path), basename(path, ext) + META_SUFFIX);
  let raw: string;
  try {
    raw = await readFile(metaPath, 'utf8');
  } catch {
    return null;
  }
  try {
    const value: unknown = JSON.parse(raw);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new RasdError('INPUT_BAD_JSON', 'malformed sidecar metadata (expected a JSON object)', {
    subject: metaPath,
  });
}

function applySidecar(
  article: ReadArticle,
  meta: Record<string, unknown> | null,
  opts: ReadOptions,
): ReadArticle {
  if (!meta) return article;
  const s = (k: string): string | undefined => (typeof meta[k] === 'string' ? meta[k] : undefined);
  return finishRecord(
    {
      id: s('id') ?? null,
      title: s('title') ?? article.input.title ?? null,
      body: article.input.body,
      published: meta.published ?? meta.date ?? article.input.published,
      source: s('source') ?? article.input.source,
      url: s('url') ?? s('link') ?? article.input.url,
      lang: s('lang') ?? article.input.lang,
    },
    article.provenance,
    opts,
    article.diagnostics.filter((d) => d.rule !== 'read/not-arabic' && d.rule !== 'read/lang-mismatch'),
  );
}

/** Decodes bytes and runs the format reader; yields articles and per-record errors. */
export function* readBytes(
  bytes: Uint8Array,
  origin: string,
  opts: ReadOptions = {},
  ext = lowerExt(origin),
): Generator<ReadResult> {
  const maxSize = opts.maxSize ?? DEFAULT_MAX_SIZE;
  if (bytes.length > maxSize) {
    yield fail(tooLarge(origin, bytes.length, maxSize));
    return;
  }
  if (bytes.length === 0) {
    yield fail(new RasdError('INPUT_EMPTY', 'empty file', { subject: origin }));
    return;
  }
  let text: string;
  let encoding: Encoding;
  const notes: Diagnostic[] = [];
  try {
    const decoded = decodeBytes(bytes, origin);
    text = decoded.text;
    encoding = decoded.encoding;
    if (decoded.replaced > 0) {
      notes.push({
        rule: 'read/invalid-utf8',
        severity: 'warning',
        message: `${decoded.replaced} invalid UTF-8 sequence(s) replaced by U+FFFD`,
        start: null,
        end: null,
      });
    }
  } catch (e) {
    yield fail(isRasdError(e) ? e : new RasdError('INPUT_UNDECODABLE', String(e), { subject: origin }));
    return;
  }
  if (text.trim() === '') {
    yield fail(new RasdError('INPUT_EMPTY', 'empty file (only whitespace)', { subject: origin }));
    return;
  }
  const reader = pickFormat(ext, text, opts);
  for (const item of reader.read(text, origin)) {
    if (item.kind === 'error') {
      yield item;
      continue;
    }
    if (item.record.body.trim() === '' && !(item.record.title ?? '').trim()) {
      yield fail(new RasdError('INPUT_EMPTY', 'the article has no text', { subject: item.origin }));
      continue;
    }
    const provenance: Provenance = { origin: item.origin, format: reader.format, encoding };
    yield finishRecord(item.record, provenance, opts, [...notes, ...(item.diagnostics ?? [])]);
  }
}

function tooLarge(origin: string, size: number, max: number): RasdError {
  return new RasdError(
    'INPUT_TOO_LARGE',
    `input is ${formatBytes(size)}, over the ${formatBytes(max)} limit (--max-size)`,
    {
      subject: origin,
    },
  );
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** `.gz` files are read through gunzip, with the size limit applied to what comes out. */
async function readFileBytes(path: string, maxSize: number): Promise<{ bytes: Uint8Array; ext: string }> {
  const ext = lowerExt(path);
  const info = await stat(path);
  if (ext === 'gz') {
    if (info.size > maxSize) throw tooLarge(path, info.size, maxSize);
    try {
      const bytes = gunzipSync(await readFile(path), { maxOutputLength: maxSize + 1 });
      return { bytes, ext: lowerExt(path.slice(0, -3)) };
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new RasdError(
          'INPUT_TOO_LARGE',
          `decompressed input is over the ${formatBytes(maxSize)} limit (--max-size)`,
          {
            subject: path,
          },
        );
      }
      throw new RasdError('INPUT_UNDECODABLE', `not a valid gzip file: ${(e as Error).message}`, {
        subject: path,
      });
    }
  }
  if (info.size > maxSize) throw tooLarge(path, info.size, maxSize);
  return { bytes: await readFile(path), ext };
}

async function* readFilePath(path: string, opts: ReadOptions): AsyncGenerator<ReadResult> {
  let file: { bytes: Uint8Array; ext: string };
  try {
    file = await readFileBytes(path, opts.maxSize ?? DEFAULT_MAX_SIZE);
  } catch (e) {
    yield fail(
      isRasdError(e) ? e : new RasdError('INPUT_NOT_FOUND', (e as Error).message, { subject: path }),
    );
    return;
  }
  let sidecar: Record<string, unknown> | null;
  try {
    sidecar = await readSidecar(path);
  } catch (e) {
    yield fail(e as RasdError);
    return;
  }
  for (const r of readBytes(file.bytes, path, opts, file.ext)) {
    yield r.kind === 'article' ? applySidecar(r, sidecar, opts) : r;
  }
}

/** Files under a folder, recursively, sorted by name at every level; hidden entries skipped. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && isArticleFile(e.name)) out.push(p);
    }
  };
  await walk(dir);
  return out;
}

function isArticleFile(name: string): boolean {
  if (name.endsWith(META_SUFFIX)) return false;
  const inner = name.endsWith('.gz') ? name.slice(0, -3) : name;
  const ext = lowerExt(inner);
  if (ext === '') return !name.endsWith('.gz');
  return ARTICLE_EXTENSIONS.has(ext);
}

async function readStdin(opts: ReadOptions): Promise<Uint8Array> {
  const maxSize = opts.maxSize ?? DEFAULT_MAX_SIZE;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string> =
    opts.stdin ?? (process.stdin as AsyncIterable<Uint8Array>);
  for await (const chunk of source) {
    const buf: Uint8Array = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    size += buf.length;
    if (size > maxSize) throw tooLarge('-', size, maxSize);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** Reads every input in order: `-` is stdin, a folder is walked, anything else is a file. */
export async function* readInputs(
  paths: readonly string[],
  opts: ReadOptions = {},
): AsyncGenerator<ReadResult> {
  for (const path of paths) {
    if (path === '-') {
      let bytes: Uint8Array;
      try {
        bytes = await readStdin(opts);
      } catch (e) {
        yield fail(isRasdError(e) ? e : new RasdError('INPUT_UNDECODABLE', String(e), { subject: '-' }));
        continue;
      }
      yield* readBytes(bytes, '-', opts, '');
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch {
      yield fail(new RasdError('INPUT_NOT_FOUND', 'no such file or folder', { subject: path }));
      continue;
    }
    if (info.isDirectory()) {
      const files = await listArticleFiles(path);
      let articles = 0;
      for (const file of files) {
        for await (const r of readFilePath(file, opts)) {
          if (r.kind === 'article') articles++;
          yield r;
        }
      }
      if (articles === 0 && files.length === 0) {
        yield fail(
          new RasdError('INPUT_NO_ARTICLES', 'folder holds no articles (.txt .json .jsonl .html …)', {
            subject: path,
          }),
        );
      }
    } else {
      yield* readFilePath(path, opts);
    }
  }
}

/** The document for an article read: raw input kept, reading notes as diagnostics, ready for the pipeline. */
export function toDoc(article: ReadArticle): Doc {
  const doc = createDoc(article.input, article.provenance);
  doc.diagnostics.push(...article.diagnostics);
  return doc;
}
