/**
 * A pool of analysis workers. A worker that dies while analysing an article fails that article only
 * (ANALYSIS_CRASHED); a fresh worker takes its place and the queue goes on.
 */
import { Worker } from 'node:worker_threads';
import { RasdError } from '../doc/index.js';
import type { AnalysisJob } from './analyze.js';
import type { PreparedArticle } from './prepare.js';

interface Task {
  seq: number;
  job: AnalysisJob;
  resolve(p: PreparedArticle): void;
  reject(e: unknown): void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  /** Callers waiting for this worker's heap figures. */
  memory: ((m: WorkerMemory) => void)[];
}

/** A worker's own V8 heap (workers share the process's RSS, so that is reported once, by the caller). */
export interface WorkerMemory {
  heap_used_mb: number;
  heap_total_mb: number;
  /** The old-generation limit the worker runs under: past it the worker dies and is replaced. */
  heap_limit_mb: number;
}

/**
 * Old-generation heap limit per worker. The default pipeline uses well under 100 MB of heap once built (KB,
 * lexicons, models); one article adds little. A worker that exceeds the limit fails its article and is
 * replaced, so memory stays bounded whatever the input.
 */
const WORKER_HEAP_MB = Number(process.env['RASD_WORKER_HEAP_MB'] ?? 1024);

function newWorker(workerData: unknown): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./analysis-worker.js', import.meta.url), { workerData, resourceLimits });
  // From source (tests, tsx) the worker is TypeScript: register tsx's loader inside it first.
  const url = new URL('./analysis-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url)}); })`;
  return new Worker(boot, { eval: true, workerData, resourceLimits });
}

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private seq = 0;
  private closed = false;

  constructor(
    readonly size: number,
    private readonly pipelineModule: string | null = null,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = newWorker({ pipelineModule: this.pipelineModule });
    const slot: Slot = { worker, task: null, memory: [] };
    worker.on(
      'message',
      (msg: {
        seq: number;
        ok: boolean;
        prepared?: PreparedArticle;
        message?: string;
        memory?: WorkerMemory;
      }) => {
        if (msg.memory) {
          for (const resolve of slot.memory.splice(0)) resolve(msg.memory);
          return;
        }
        const task = slot.task;
        if (!task || task.seq !== msg.seq) return;
        slot.task = null;
        if (msg.ok) task.resolve(msg.prepared!);
        else {
          task.reject(
            new RasdError('PASS_FAILED', `analysis failed: ${msg.message}`, {
              subject: task.job.origin ?? '',
            }),
          );
        }
        this.pump();
      },
    );
    const died = (why: string): void => {
      for (const resolve of slot.memory.splice(0))
        resolve({ heap_used_mb: 0, heap_total_mb: 0, heap_limit_mb: 0 });
      const task = slot.task;
      slot.task = null;
      if (task) {
        task.reject(
          new RasdError('ANALYSIS_CRASHED', `the analysis worker crashed on this article (${why})`, {
            subject: task.job.origin ?? task.job.input.id ?? '',
          }),
        );
      }
      if (this.closed) return;
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn();
      this.pump();
    };
    let reported = false;
    worker.on('error', (e) => {
      reported = true;
      died(e.message);
    });
    worker.on('exit', (code) => {
      if (!reported) died(`exit code ${code}`);
    });
    return slot;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.task !== null) continue;
      const task = this.queue.shift();
      if (!task) return;
      slot.task = task;
      slot.worker.postMessage({ seq: task.seq, job: task.job });
    }
  }

  run(job: AnalysisJob): Promise<PreparedArticle> {
    return new Promise((resolve, reject) => {
      this.queue.push({ seq: ++this.seq, job, resolve, reject });
      this.pump();
    });
  }

  /** Each worker's heap, asked of the worker itself (answered between two articles). */
  memory(): Promise<WorkerMemory[]> {
    return Promise.all(
      this.slots.map(
        (slot) =>
          new Promise<WorkerMemory>((resolve) => {
            slot.memory.push(resolve);
            slot.worker.postMessage({ memory: true });
          }),
      ),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
