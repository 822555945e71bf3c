/**
 * A pool of analysis workers. A worker that dies while analysing an article fails that article only
 * (ANALYSIS_CRASHED); a fresh worker takes its place and the queue goes on.
 *
 * Each worker holds a few articles ahead (PREFETCH): it analyses them one after another from its own
 * message queue, so it does not sit idle while the main thread, busy committing, cannot hand it the next.
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
  /** Articles sent to this worker, oldest first: the first is the one being analysed. */
  tasks: Task[];
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

/**
 * Young-generation size per worker: 96 MB is two 32 MB semi-spaces (and the large-object space); V8's
 * default lets the semi-spaces grow to 16 MB. Analysing an article allocates megabytes, nearly all dead
 * by the next one: with small semi-spaces a worker scavenged every few articles, copying the article in
 * hand each time and promoting what was live into the old generation, which the concurrent marker then
 * traces. With 96 MB the workers scavenge about a third less often (with 192 MB, half) and spend less
 * CPU per article (bench/ingest-run.ts); 192 MB saved no clearly more CPU than 96 MB and cost ~140 MB
 * more peak RSS. 0 keeps V8's default.
 */
const WORKER_YOUNG_MB = Number(process.env['RASD_WORKER_YOUNG_MB'] ?? 96);

/** Articles sent ahead to each worker: enough to cover the main thread committing a few articles. */
const PREFETCH = 8;

type WorkerMessage =
  | { seq: number; ok: boolean; prepared?: PreparedArticle; message?: string }
  | { memory: WorkerMemory }
  | { ready: string };

function newWorker(workerData: unknown): Worker {
  const resourceLimits = {
    maxOldGenerationSizeMb: WORKER_HEAP_MB,
    ...(WORKER_YOUNG_MB > 0 ? { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } : {}),
  };
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
  private pipelineVersion: string | null = null;
  private readonly versionWaiters: { resolve(v: string): void; reject(e: Error): void }[] = [];

  constructor(
    readonly size: number,
    private readonly pipelineModule: string | null = null,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = newWorker({ pipelineModule: this.pipelineModule });
    const slot: Slot = { worker, tasks: [], memory: [] };
    worker.on('message', (msg: WorkerMessage) => {
      if ('ready' in msg) {
        this.pipelineVersion ??= msg.ready;
        for (const w of this.versionWaiters.splice(0)) w.resolve(msg.ready);
        return;
      }
      if ('memory' in msg) {
        for (const resolve of slot.memory.splice(0)) resolve(msg.memory);
        return;
      }
      const i = slot.tasks.findIndex((t) => t.seq === msg.seq);
      if (i < 0) return;
      const [task] = slot.tasks.splice(i, 1);
      if (msg.ok) task!.resolve(msg.prepared!);
      else {
        task!.reject(
          new RasdError('PASS_FAILED', `analysis failed: ${msg.message}`, {
            subject: task!.job.origin ?? '',
          }),
        );
      }
      this.pump();
    });
    const died = (why: string): void => {
      for (const resolve of slot.memory.splice(0))
        resolve({ heap_used_mb: 0, heap_total_mb: 0, heap_limit_mb: 0 });
      // The worker analyses its articles in order: the first one sent and not answered killed it.
      const [task, ...waiting] = slot.tasks.splice(0);
      if (task) {
        task.reject(
          new RasdError('ANALYSIS_CRASHED', `the analysis worker crashed on this article (${why})`, {
            subject: task.job.origin ?? task.job.input.id ?? '',
          }),
        );
      }
      if (this.pipelineVersion === null) {
        for (const w of this.versionWaiters.splice(0))
          w.reject(new RasdError('ANALYSIS_CRASHED', `the analysis worker failed to start (${why})`));
      }
      if (this.closed) {
        for (const t of waiting) t.reject(new RasdError('ANALYSIS_CRASHED', 'the analysis pool was closed'));
        return;
      }
      // The articles it had not started go back to the front of the queue, for the next worker.
      this.queue.unshift(...waiting);
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

  /** Hands queued articles to the workers, the least loaded first, up to PREFETCH each. */
  private pump(): void {
    while (this.queue.length > 0) {
      let target: Slot | null = null;
      for (const slot of this.slots) {
        if (slot.tasks.length < PREFETCH && (!target || slot.tasks.length < target.tasks.length)) {
          target = slot;
        }
      }
      if (!target) return;
      const task = this.queue.shift()!;
      target.tasks.push(task);
      target.worker.postMessage({ seq: task.seq, job: task.job });
    }
  }

  /**
   * The version of the pipeline the workers run, as the first of them reports it once built: the main
   * thread need not build a pipeline of its own (hundreds of MB and most of a second) to learn it.
   */
  version(): Promise<string> {
    if (this.pipelineVersion !== null) return Promise.resolve(this.pipelineVersion);
    return new Promise((resolve, reject) => this.versionWaiters.push({ resolve, reject }));
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
