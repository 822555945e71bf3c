/** Worker thread: analyses articles with the pipeline, built once per worker. */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultPipeline } from '../pipeline/default.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { analyzeJob, type AnalysisJob } from './analyze.js';

const { pipelineModule } = workerData as { pipelineModule: string | null };
const pipeline: Pipeline = pipelineModule
  ? ((await import(pipelineModule)) as { createPipeline(): Pipeline }).createPipeline()
  : defaultPipeline();

parentPort!.on('message', (msg: { seq: number; job: AnalysisJob }) => {
  try {
    parentPort!.postMessage({ seq: msg.seq, ok: true, prepared: analyzeJob(pipeline, msg.job) });
  } catch (e) {
    parentPort!.postMessage({ seq: msg.seq, ok: false, message: e instanceof Error ? e.message : String(e) });
  }
});
