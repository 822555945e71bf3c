import { createDoc, type ArticleInput, type Provenance } from '../doc/index.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { articleId, prepareArticle, type PreparedArticle } from './prepare.js';

export interface AnalysisJob {
  input: ArticleInput;
  origin: string | null;
  format: Provenance['format'];
}

/** Runs the pipeline on one input and prepares what the store keeps. */
export function analyzeJob(pipeline: Pipeline, job: AnalysisJob): PreparedArticle {
  const id = articleId(job.input);
  // Feeds and dumps carry timestamps; the store keeps the day.
  const day = /^\d{4}-\d{2}-\d{2}/.exec(job.input.published ?? '')?.[0] ?? null;
  const input = { ...job.input, published: day };
  const doc = pipeline.run(createDoc({ ...input, id }, { origin: job.origin, format: job.format }));
  return prepareArticle(doc, input, { pipelineVersion: pipeline.version, origin: job.origin });
}
