/**
 * Index terms: one per word, number or Latin token, from the text layer's stem (normalised, clitics
 * and affixes removed). Queries go through the same text passes, so استانا meets أستانا and
 * محادثات meets والمحادثات.
 */
import { createDoc, type Doc } from '../doc/index.js';
import { buildPipeline, type Pipeline } from '../pipeline/pipeline.js';
import { textPasses } from '../pipeline/default.js';

const INDEXED = new Set(['word', 'number', 'latin', 'hashtag']);

/** Lower-case; ASCII punctuation removed so that every index tokenizer sees exactly one token. */
export function indexTerm(stem: string): string {
  // Most stems are Arabic letters only, which neither step changes: returned as they are.
  let arabic = true;
  for (let i = 0; i < stem.length; i++) {
    const c = stem.charCodeAt(i);
    if (c < 0x0600 || c > 0x06ff) {
      arabic = false;
      break;
    }
  }
  if (arabic) return stem;
  return stem.toLowerCase().replace(/[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]/g, '');
}

export function indexTermsOf(doc: Doc): { terms: string[]; offsets: [number, number][] } {
  const terms: string[] = [];
  const offsets: [number, number][] = [];
  for (const t of doc.tokens) {
    if (!INDEXED.has(t.kind)) continue;
    const term = indexTerm(t.stem || t.norm);
    if (term === '') continue;
    terms.push(term);
    offsets.push([t.start, t.end]);
  }
  return { terms, offsets };
}

/**
 * The index terms as the store keeps them: the terms, the end offset of each term's token, and the
 * terms' [start, end] offsets as JSON (exactly JSON.stringify(indexTermsOf(doc).offsets)), written as
 * text without a pair array per term.
 */
export function storedIndexTerms(doc: Doc): { terms: string[]; ends: number[]; offsetsJson: string } {
  const terms: string[] = [];
  const ends: number[] = [];
  let json = '[';
  for (const t of doc.tokens) {
    const k = t.kind;
    if (k !== 'word' && k !== 'number' && k !== 'latin' && k !== 'hashtag') continue;
    const term = indexTerm(t.stem || t.norm);
    if (term === '') continue;
    // token offsets are integers: as JSON.stringify writes them
    json += (terms.length === 0 ? '[' : ',[') + t.start + ',' + t.end + ']';
    terms.push(term);
    ends.push(t.end);
  }
  return { terms, ends, offsetsJson: json + ']' };
}

let textPipeline: Pipeline | undefined;

/** The index terms of a query string, in order, without repeats. */
export function queryTerms(q: string): string[] {
  textPipeline ??= buildPipeline(textPasses());
  const doc = textPipeline.run(createDoc({ id: 'query', title: '', body: q }));
  return [...new Set(indexTermsOf(doc).terms)];
}

/**
 * A window of about `width` words around the densest cluster of matches, with the matched words'
 * offsets inside the returned snippet.
 */
export function makeSnippet(
  text: string,
  terms: readonly string[],
  offsets: readonly [number, number][],
  query: ReadonlySet<string>,
  width = 30,
): { snippet: string; highlights: { start: number; end: number }[] } {
  const hits: number[] = [];
  terms.forEach((t, i) => {
    if (query.has(t)) hits.push(i);
  });
  let best = 0;
  let bestCount = -1;
  for (let h = 0; h < hits.length; h++) {
    let c = 0;
    for (let k = h; k < hits.length && hits[k]! < hits[h]! + width; k++) c++;
    if (c > bestCount) {
      bestCount = c;
      best = hits[h]!;
    }
  }
  if (offsets.length === 0) return { snippet: text.slice(0, 200), highlights: [] };
  const first = Math.max(0, best - Math.floor(width / 4));
  const last = Math.min(offsets.length - 1, first + width - 1);
  const from = offsets[first]![0];
  const to = offsets[last]![1];
  const prefix = first > 0 ? '… ' : '';
  const suffix = last < offsets.length - 1 ? ' …' : '';
  const highlights: { start: number; end: number }[] = [];
  for (const i of hits) {
    if (i < first || i > last) continue;
    const [s, e] = offsets[i]!;
    highlights.push({ start: s - from + prefix.length, end: e - from + prefix.length });
  }
  return { snippet: prefix + text.slice(from, to).replace(/\s/g, ' ') + suffix, highlights };
}
