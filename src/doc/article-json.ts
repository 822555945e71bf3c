/**
 * The JSON form of an analysed article: schema `rasd.article/1`, what `rasd analyze` prints and the
 * API returns. All offsets are UTF-16 code units into `text`; every span carries `{start, end, text}`.
 * `schema/rasd.article.schema.json` is generated from `ArticleJson` (npm run schema).
 */
import type { Diagnostic } from './diagnostics.js';
import type { Doc, Provenance } from './document.js';
import type { Entity, Event, Quantity, Segment, Sentence, TimeExpr, Token } from './layers.js';

export const ARTICLE_SCHEMA = 'rasd.article/1';

export interface ArticleJson {
  schema: typeof ARTICLE_SCHEMA;
  /** Stable id: from the input record, else the first 16 hex digits of a sha256 of the content. */
  id: string;
  title: string;
  /** Publication date YYYY-MM-DD, or null when unknown. */
  published: string | null;
  source: string | null;
  url: string | null;
  /** `ar`, or the language a non-Arabic article was recognised as (`en`, `fr`, `other`). */
  lang: string | null;
  /** The cleaned text every offset refers to. */
  text: string;
  segments: Segment[];
  sentences: Sentence[];
  /** Absent when tokens were not asked for (`--no-tokens`). */
  tokens?: Token[];
  entities: Entity[];
  times: TimeExpr[];
  quantities: Quantity[];
  events: Event[];
  diagnostics: Diagnostic[];
  provenance: Provenance;
}

export interface ArticleJsonOptions {
  /** Include the token layer (default true); it is by far the bulkiest. */
  tokens?: boolean;
}

/** Plain data in the contract's key order; the doc's raw input stays out (provenance says where it came from). */
export function toArticleJson(doc: Doc, opts: ArticleJsonOptions = {}): ArticleJson {
  const out: ArticleJson = {
    schema: ARTICLE_SCHEMA,
    id: doc.id,
    title: doc.title,
    published: doc.published,
    source: doc.source,
    url: doc.url,
    lang: doc.lang,
    text: doc.text,
    segments: doc.segments,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    entities: doc.entities,
    times: doc.times,
    quantities: doc.quantities,
    events: doc.events,
    diagnostics: doc.diagnostics,
    provenance: doc.provenance,
  };
  if (opts.tokens !== false) {
    // Keep the contract's key order: tokens right after sentences.
    const { entities, times, quantities, events, diagnostics, provenance, ...head } = out;
    return { ...head, tokens: doc.tokens, entities, times, quantities, events, diagnostics, provenance };
  }
  return out;
}
