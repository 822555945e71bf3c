import type { ArticleInput, Diagnostic, Provenance, RasdError } from '../doc/index.js';
import type { Lang } from './lang.js';

/** One article read from an input, ready for `createDoc`; `diagnostics` are notes made while reading. */
export interface ReadArticle {
  kind: 'article';
  input: ArticleInput & { id: string; published: string | null; lang: Lang };
  provenance: Provenance;
  diagnostics: Diagnostic[];
}

/** An input (or one record of it) that could not be read; the other inputs go on. */
export interface ReadFailure {
  kind: 'error';
  error: RasdError;
}

export type ReadResult = ReadArticle | ReadFailure;

/** Fields of a record before normalisation, as a format reader found them. */
export interface RawRecord {
  id?: string | null | undefined;
  title?: string | null | undefined;
  body: string;
  published?: unknown;
  source?: string | null | undefined;
  url?: string | null | undefined;
  lang?: string | null | undefined;
}

/** A record found in an input, or the reason a part of the input is unusable. */
export type FormatItem =
  | { kind: 'record'; record: RawRecord; origin: string; diagnostics?: Diagnostic[] }
  | { kind: 'error'; error: RasdError };

/**
 * A reader for one input format. Readers are pure functions of decoded text, so other modules
 * (feeds in `corpus`) can add formats through `ReadOptions.formats` without touching this folder.
 */
export interface FormatReader {
  format: NonNullable<Provenance['format']>;
  /** Lower-case file extensions without the dot, e.g. `['json']`. */
  extensions: readonly string[];
  /** Whether decoded text of unknown type looks like this format (for stdin and extension-less files). */
  sniff(text: string): boolean;
  read(text: string, origin: string): Iterable<FormatItem>;
}

export interface ReadOptions {
  /** Publication date (already valid `YYYY-MM-DD`) for records that carry none. */
  published?: string | null | undefined;
  /** Inputs larger than this many bytes are refused (default 5 MB). */
  maxSize?: number | undefined;
  /** Where `-` reads from (default: process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string> | undefined;
  /** Extra formats, tried before the built-in ones. */
  formats?: readonly FormatReader[] | undefined;
}

export const DEFAULT_MAX_SIZE = 5 * 1024 * 1024;
