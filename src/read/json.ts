/**
 * JSON (one record, an array of records, or `{articles|items|records|data: [...]}`) and JSON Lines.
 * A record is `{id?, title?, body|text|content, published?|date?, source?, url?|link?, lang?}`.
 * A body that is an HTML fragment is reduced to its text.
 */
import { RasdError } from '../doc/index.js';
import { htmlFragmentToText, looksLikeHtmlFragment } from './html.js';
import type { FormatItem, FormatReader, RawRecord } from './types.js';

type Json = Record<string, unknown>;

function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

function first(o: Json, keys: readonly string[]): unknown {
  for (const k of keys) {
    const v = o[k];
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

const BODY = ['body', 'text', 'content', 'article', 'description'];
const TITLE = ['title', 'headline'];
const PUBLISHED = ['published', 'date', 'published_at', 'publishedAt', 'datePublished', 'pubDate', 'time'];
const SOURCE = ['source', 'site', 'publisher'];
const URL_KEYS = ['url', 'link', 'href'];

export function recordFromJson(value: unknown, origin: string): FormatItem {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      kind: 'error',
      error: new RasdError('INPUT_BAD_RECORD', 'record is not a JSON object', { subject: origin }),
    };
  }
  const o = value as Json;
  const rawBody = first(o, BODY);
  if (typeof rawBody !== 'string' || rawBody.trim() === '') {
    return {
      kind: 'error',
      error: new RasdError(
        'INPUT_BAD_RECORD',
        'record has no body (expected a "body", "text" or "content" string)',
        {
          subject: origin,
        },
      ),
    };
  }
  const body = looksLikeHtmlFragment(rawBody) ? htmlFragmentToText(rawBody) : rawBody;
  const source = first(o, SOURCE);
  const record: RawRecord = {
    id: str(first(o, ['id', 'guid'])),
    title: str(first(o, TITLE)),
    body,
    published: first(o, PUBLISHED),
    source: typeof source === 'object' && source !== null ? str((source as Json).name) : str(source),
    url: str(first(o, URL_KEYS)),
    lang: str(first(o, ['lang', 'language'])),
  };
  return { kind: 'record', record, origin };
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The line (and column) of a JSON.parse error, from either V8 message style. */
export function jsonErrorLine(text: string, e: unknown): number | null {
  const msg = e instanceof Error ? e.message : String(e);
  const lc = /line (\d+) column (\d+)/.exec(msg);
  if (lc) return Number(lc[1]);
  const pos = /position (\d+)/.exec(msg);
  if (pos) return lineAt(text, Number(pos[1]));
  if (/end of JSON input/i.test(msg)) return lineAt(text, text.length);
  return null;
}

function shortReason(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+.*$/, '');
}

const CONTAINERS = ['articles', 'items', 'records', 'data', 'documents'];

export const jsonReader: FormatReader = {
  format: 'json',
  extensions: ['json'],
  sniff: (text) => /^\s*[[{]/.test(text) && !jsonlReader.sniff(text),
  *read(text: string, origin: string): Iterable<FormatItem> {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      const line = jsonErrorLine(text, e);
      yield {
        kind: 'error',
        error: new RasdError(
          'INPUT_BAD_JSON',
          `malformed JSON${line ? ` at line ${line}` : ''}: ${shortReason(e)}`,
          {
            subject: origin,
            cause: e,
          },
        ),
      };
      return;
    }
    let records: unknown[] | null = Array.isArray(value) ? value : null;
    if (!records && value && typeof value === 'object') {
      const o = value as Json;
      if (first(o, BODY) === undefined) {
        const key = CONTAINERS.find((k) => Array.isArray(o[k]));
        if (key) records = o[key] as unknown[];
      }
    }
    if (!records) {
      yield recordFromJson(value, origin);
      return;
    }
    if (records.length === 0) {
      yield {
        kind: 'error',
        error: new RasdError('INPUT_EMPTY', 'the JSON array holds no records', { subject: origin }),
      };
      return;
    }
    for (let i = 0; i < records.length; i++) yield recordFromJson(records[i], `${origin}#${i + 1}`);
  },
};

export const jsonlReader: FormatReader = {
  format: 'jsonl',
  extensions: ['jsonl', 'ndjson'],
  /** Two or more lines that each start an object: JSON Lines. */
  sniff: (text) => {
    const lines = text.split('\n', 50).filter((l) => l.trim() !== '');
    return lines.length >= 2 && lines.every((l) => /^\s*\{.*\}\s*$/.test(l));
  },
  *read(text: string, origin: string): Iterable<FormatItem> {
    const lines = text.split('\n');
    let n = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.trim() === '') continue;
      n++;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        yield {
          kind: 'error',
          error: new RasdError('INPUT_BAD_JSON', `malformed JSON at line ${i + 1}: ${shortReason(e)}`, {
            subject: origin,
            cause: e,
          }),
        };
        continue;
      }
      yield recordFromJson(value, `${origin}#${n}`);
    }
    if (n === 0)
      yield { kind: 'error', error: new RasdError('INPUT_EMPTY', 'input is empty', { subject: origin }) };
  },
};
