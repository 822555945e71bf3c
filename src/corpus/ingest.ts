/**
 * Ingest: inputs → analysis in parallel (worker threads) → near-duplicate and story decisions →
 * one atomic commit per article, in input order (so the result is deterministic). Unchanged articles
 * are recognised by id and content hash before analysis, so an interrupted ingest resumes cheaply.
 */
import { availableParallelism } from 'node:os';
import { isRasdError, RasdError, type ArticleInput, type Provenance } from '../doc/index.js';
import { defaultPipeline } from '../pipeline/default.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { analyzeJob, type AnalysisJob } from './analyze.js';
import { commitPrepared } from './commit.js';
import { AnalysisPool } from './pool.js';
import { articleId, contentHash, type PreparedArticle } from './prepare.js';
import type { CommitOutcome, IngestError, IngestRun, Store } from './store.js';

export type IngestItem =
  { input: ArticleInput; origin: string | null; format?: Provenance['format'] } | { error: RasdError };

export interface IngestProgress {
  done: number;
  total: number | null;
  added: number;
  revised: number;
  unchanged: number;
  failed: number;
  /** Articles per second since the start. */
  rate: number;
  elapsed_s: number;
}

export interface IngestOptions {
  /** Worker threads for analysis; 0 analyses on the main thread. Default: the cores available. */
  workers?: number;
  /** A module exporting `createPipeline(): Pipeline`, used by the workers instead of the default. */
  pipelineModule?: string | null;
  /** Labels of the inputs, recorded with the run. */
  inputs?: string[];
  /** Known number of articles, for the ETA. */
  total?: number | null;
  onProgress?: (p: IngestProgress) => void;
  onError?: (e: IngestError) => void;
  /** Force analysis even when the stored content and pipeline version are the same (reanalyse). */
  force?: boolean;
}

/**
 * Articles committed together in one transaction (all or nothing; committed again one by one should one
 * fail). Large enough that the index pages an article touches are mostly written once per batch, not per
 * article: the indexes take random inserts (LSH bands, story features, entities, document frequencies),
 * so as the store grows a batch dirties ever more distinct pages, each written to the WAL and then
 * checkpointed. At 20k articles, 512 a batch instead of 128 halves the COMMIT's CPU time (0.69 → 0.33 ms
 * an article; bench/store-growth.ts).
 */
export const BATCH = 512;

/** Articles committed between two turns of the event loop (see settle). */
const YIELD_EVERY = 4;

export interface IngestSummary extends IngestProgress {
  run: IngestRun | null;
  errors: IngestError[];
  /** Set when the ingest stopped early because the store refused writes (a full disk). */
  aborted: RasdError | null;
}

function toIngestError(e: unknown, subject: string): IngestError {
  if (isRasdError(e)) return { subject: e.subject ?? subject, code: e.code, message: e.message };
  return { subject, code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) };
}

/** An article the store refused: named by the article, the message says which database and why. */
function storeFailure(e: RasdError, subject: string): IngestError {
  return { subject, code: e.code, message: e.toLine() };
}

type Pending =
  | { kind: 'error'; error: IngestError }
  | { kind: 'unchanged' }
  | { kind: 'analysis'; subject: string; result: Promise<PreparedArticle> };

export async function ingest(
  store: Store,
  source: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const pipelineModule = opts.pipelineModule ?? null;
  const workers = opts.workers ?? Math.max(1, availableParallelism());
  let inline: Pipeline | null = null;
  if (workers === 0) {
    inline = pipelineModule
      ? ((await import(pipelineModule)) as { createPipeline(): Pipeline }).createPipeline()
      : defaultPipeline();
  }
  const pool = workers > 0 ? new AnalysisPool(workers, pipelineModule) : null;
  let version: string;
  try {
    version = inline?.version ?? (await pool!.version());
  } catch (e) {
    await pool?.close();
    throw e;
  }
  const run = await store.createIngestRun({ inputs: opts.inputs ?? [], pipeline_version: version });
  const started = Date.now();
  const counts: Record<CommitOutcome | 'failed', number> = {
    added: 0,
    revised: 0,
    unchanged: 0,
    reanalysed: 0,
    failed: 0,
  };
  const errors: IngestError[] = [];
  let done = 0;
  let aborted: RasdError | null = null;
  let lastReport = 0;

  const progress = (): IngestProgress => {
    const elapsed = (Date.now() - started) / 1000;
    return {
      done,
      total: opts.total ?? null,
      added: counts.added,
      revised: counts.revised + counts.reanalysed,
      unchanged: counts.unchanged,
      failed: counts.failed,
      rate: elapsed > 0 ? done / elapsed : 0,
      elapsed_s: elapsed,
    };
  };
  const fail = (e: IngestError): void => {
    counts.failed++;
    if (errors.length < 1000) errors.push(e);
    opts.onError?.(e);
  };
  const report = async (force = false): Promise<void> => {
    const p = progress();
    opts.onProgress?.(p);
    if (force || Date.now() - lastReport > 1000) {
      lastReport = Date.now();
      await store.updateIngestRun(run.id, {
        total: p.total,
        done: p.done,
        added: p.added,
        revised: p.revised,
        unchanged: p.unchanged,
        failed: p.failed,
        errors: errors.slice(0, 100),
      });
    }
  };

  const window: Pending[] = [];
  // Enough in flight that the workers keep analysing while a batch is committed.
  const maxInFlight = Math.max(2 * BATCH, workers * 64);
  /**
   * Settles the oldest items in one group commit: their analyses are awaited first, then every
   * article is committed in one transaction, all or nothing (no savepoint per article: they cost
   * about a tenth of the writer's time). Should an article fail, the batch is rolled back and
   * committed again one article per transaction, each a savepoint, so that only the failing article
   * is left out. Counts move only once a transaction is durable: nothing reported done can be lost.
   */
  const settle = async (): Promise<void> => {
    const batch = window.splice(0, BATCH);
    const ready = await Promise.all(
      batch.map(async (p) => {
        if (p.kind !== 'analysis') return { p, prepared: null, error: null };
        try {
          return { p, prepared: await p.result, error: null };
        } catch (e) {
          return { p, prepared: null, error: toIngestError(e, p.subject) };
        }
      }),
    );
    type Ready = (typeof ready)[number];
    const commitAll = async (
      items: Ready[],
      allOrNothing: boolean,
    ): Promise<(CommitOutcome | IngestError)[]> =>
      store.transaction(
        async (tx) => {
          const out: (CommitOutcome | IngestError)[] = [];
          for (const [i, r] of items.entries()) {
            // Let the pool hand the workers their next articles now and then: the store's calls may be
            // synchronous (SQLite), and a worker with nothing queued would wait for the whole batch.
            if (pool && i > 0 && i % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
            if (r.p.kind === 'error') out.push(r.p.error);
            else if (r.p.kind === 'unchanged') out.push('unchanged');
            else if (r.error) out.push(r.error);
            else {
              try {
                out.push((await commitPrepared(tx, r.prepared!)).outcome);
              } catch (e) {
                // A store that refuses writes (full disk) refuses the rest too: roll back, stop. In an
                // all-or-nothing group any failure ends the group (it is committed again one by one).
                if (allOrNothing || (isRasdError(e) && e.code === 'STORE_FAILED')) throw e;
                out.push(toIngestError(e, r.p.kind === 'analysis' ? r.p.subject : ''));
              }
            }
          }
          return out;
        },
        { allOrNothing },
      );
    let outcomes: (CommitOutcome | IngestError)[];
    try {
      outcomes = await commitAll(ready, true);
    } catch (e) {
      // The batch was rolled back: commit one at a time, to keep every article that still fits.
      outcomes = [];
      for (const r of ready) {
        if (aborted) {
          if (r.p.kind === 'error') outcomes.push(r.p.error);
          else if (r.error) outcomes.push(r.error);
          else outcomes.push(storeFailure(aborted, r.p.kind === 'analysis' ? r.p.subject : ''));
          continue;
        }
        try {
          outcomes.push(...(await commitAll([r], false)));
        } catch (e2) {
          aborted = isRasdError(e2) ? e2 : isRasdError(e) ? e : new RasdError('STORE_FAILED', String(e2));
          outcomes.push(storeFailure(aborted, r.p.kind === 'analysis' ? r.p.subject : ''));
        }
      }
    }
    for (const o of outcomes) {
      done++;
      if (typeof o === 'string') counts[o]++;
      else fail(o);
    }
    await report();
  };

  try {
    for await (const item of source) {
      if (aborted) break;
      if ('error' in item) {
        window.push({ kind: 'error', error: toIngestError(item.error, item.error.subject ?? '') });
      } else {
        const id = articleId(item.input);
        const subject = item.origin ?? id;
        const state = opts.force ? null : await store.articleState(id);
        if (state && state.content_hash === contentHash(item.input) && state.pipeline_version === version) {
          window.push({ kind: 'unchanged' });
        } else {
          const job: AnalysisJob = { input: item.input, origin: item.origin, format: item.format ?? null };
          const result = pool ? pool.run(job) : Promise.resolve().then(() => analyzeJob(inline!, job));
          // Rejections are handled when the item is settled; keep them from being reported as unhandled.
          result.catch(() => undefined);
          window.push({ kind: 'analysis', subject, result });
        }
      }
      if (window.length >= maxInFlight && !aborted) await settle();
    }
    while (window.length > 0 && !aborted) await settle();
  } finally {
    await pool?.close();
  }
  const final = progress();
  const status = aborted ? 'failed' : 'done';
  try {
    await store.updateIngestRun(run.id, {
      status,
      total: final.total,
      done: final.done,
      added: final.added,
      revised: final.revised,
      unchanged: final.unchanged,
      failed: final.failed,
      errors: errors.slice(0, 100),
    });
  } catch {
    // The store may be the very thing that failed (full disk); the summary still reports.
  }
  opts.onProgress?.(final);
  return { ...final, run: await store.getIngestRun(run.id).catch(() => null), errors, aborted };
}

/** Re-runs the pipeline on articles whose stored analysis is from another pipeline version. */
export async function reanalyze(store: Store, opts: IngestOptions = {}): Promise<IngestSummary> {
  const version = defaultPipeline().version;
  const ids = await store.staleArticles(version, Number.MAX_SAFE_INTEGER);
  async function* items(): AsyncGenerator<IngestItem> {
    for (const id of ids) {
      const input = await store.getArticleInput(id);
      if (input) yield { input, origin: id };
      else
        yield {
          error: new RasdError('STORE_NOT_FOUND', 'article vanished during reanalysis', { subject: id }),
        };
    }
  }
  return ingest(store, items(), { ...opts, total: ids.length, inputs: ['reanalyze'] });
}
