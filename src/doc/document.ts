import type { Diagnostic, Severity } from './diagnostics.js';
import type { LayerName, Layers } from './layers.js';

/** What a reader hands to the pipeline: one article as it came in, before cleaning. */
export interface ArticleInput {
  id?: string | undefined;
  title?: string | null | undefined;
  body: string;
  published?: string | null | undefined;
  source?: string | null | undefined;
  url?: string | null | undefined;
  lang?: string | null | undefined;
}

/** Where the article came from and how it was decoded: provenance, not analysis. */
export interface Provenance {
  /** The path, URL or `-` the article was read from, with `#n` for the n-th record of a multi-record file. */
  origin: string | null;
  format: 'text' | 'json' | 'jsonl' | 'html' | 'rss' | 'atom' | 'api' | null;
  encoding: string | null;
}

/**
 * The document: the cleaned text stored once, and layers of spans into it.
 * `raw` keeps the input exactly as read (for provenance); `text` is produced by the cleaning pass
 * and never rewritten afterwards. Layers are filled by passes, diagnostics collected along the way.
 */
export interface Doc extends Layers {
  id: string;
  title: string;
  published: string | null;
  source: string | null;
  url: string | null;
  lang: string | null;
  raw: { title: string | null; body: string };
  provenance: Provenance;
  text: string;
  diagnostics: Diagnostic[];
}

export function createDoc(input: ArticleInput & { id: string }, provenance?: Partial<Provenance>): Doc {
  return {
    id: input.id,
    title: input.title ?? '',
    published: input.published ?? null,
    source: input.source ?? null,
    url: input.url ?? null,
    lang: input.lang ?? null,
    raw: { title: input.title ?? null, body: input.body },
    provenance: { origin: null, format: null, encoding: null, ...provenance },
    text: '',
    segments: [],
    sentences: [],
    tokens: [],
    entities: [],
    times: [],
    quantities: [],
    events: [],
    diagnostics: [],
  };
}

export function addDiagnostic(
  doc: Doc,
  rule: string,
  message: string,
  start: number | null = null,
  end: number | null = null,
  severity: Severity = 'warning',
): void {
  doc.diagnostics.push({ rule, severity, message, start, end });
}

/** Everything a pass can require or produce: the cleaned text or a layer. */
export type Artifact = 'text' | LayerName;
