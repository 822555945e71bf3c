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
}

function newWorker(workerData: unknown): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./analysis-worker.js', import.meta.url), { workerData });
  // From source (tests, tsx) the worker is TypeScript: register tsx's loader inside it first.
  const url = new URL('./analysis-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url)}); })`;
  return new Worker(boot, { eval: true, workerData });
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
    const slot: Slot = { worker, task: null };
    worker.on(
      'message',
      (msg: { seq: number; ok: boolean; prepared?: PreparedArticle; message?: string }) => {
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

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
