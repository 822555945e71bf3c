/** Worker thread: analyses articles with the pipeline, built once per worker. */
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { defaultPipeline } from '../pipeline/default.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { analyzeJob, type AnalysisJob } from './analyze.js';

const { pipelineModule } = workerData as { pipelineModule: string | null };
const pipeline: Pipeline = pipelineModule
  ? ((await import(pipelineModule)) as { createPipeline(): Pipeline }).createPipeline()
  : defaultPipeline();

const MB = 2 ** 20;

// Tells the pool which pipeline version this worker runs (the store records it with every article).
parentPort!.postMessage({ ready: pipeline.version });

parentPort!.on('message', (msg: { seq: number; job: AnalysisJob } | { memory: true }) => {
  if ('memory' in msg) {
    const h = getHeapStatistics();
    parentPort!.postMessage({
      memory: {
        heap_used_mb: h.used_heap_size / MB,
        heap_total_mb: h.total_heap_size / MB,
        heap_limit_mb: h.heap_size_limit / MB,
      },
    });
    return;
  }
  try {
    parentPort!.postMessage({ seq: msg.seq, ok: true, prepared: analyzeJob(pipeline, msg.job) });
  } catch (e) {
    parentPort!.postMessage({ seq: msg.seq, ok: false, message: e instanceof Error ? e.message : String(e) });
  }
});
