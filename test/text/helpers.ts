import { createDoc, type Doc } from '../../src/doc/index.js';
import { textPasses } from '../../src/pipeline/default.js';
import { buildPipeline } from '../../src/pipeline/pipeline.js';

const pipeline = buildPipeline(textPasses());

/** Runs the text layer on one article. */
export function analyzeText(body: string, title = ''): Doc {
  return pipeline.run(createDoc({ id: 'test', title, body }));
}

export function sentencesOf(doc: Doc): string[] {
  return doc.sentences.map((s) => doc.text.slice(s.start, s.end));
}

export function segmentsOf(doc: Doc): [string, string][] {
  return doc.segments.map((s) => [s.kind, s.text]);
}

export function rulesOf(doc: Doc): string[] {
  return doc.diagnostics.map((d) => d.rule);
}
