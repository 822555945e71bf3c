/**
 * Ingest behind the API: each request becomes an ingest run in the store, processed in the
 * background one article at a time (analyse → prepare → commit, the corpus layer's primitives), with
 * progress written to the run so any client can follow it. One writer at a time keeps story
 * assignment deterministic.
 */
import { articleId, prepareArticle } from '../corpus/prepare.js';
import { commitPrepared } from '../corpus/commit.js';
import type { IngestError, IngestRun, Store } from '../corpus/store.js';
import { createDoc, isRasdError, type ArticleInput } from '../doc/index.js';
import { defaultPipeline } from '../pipeline/default.js';
import type { IngestService } from './app.js';

export interface InProcessIngest extends IngestService {
  /** Resolves when every run started so far has finished. */
  idle(): Promise<void>;
}

/** `onChange` runs after every article committed (the server clears its read cache there). */
export function inProcessIngest(store: Store, origin = 'api', onChange?: () => void): InProcessIngest {
  let queue: Promise<void> = Promise.resolve();

  async function process(run: IngestRun, articles: ArticleInput[]): Promise<void> {
    const pipeline = defaultPipeline();
    const counts = { done: 0, added: 0, revised: 0, unchanged: 0, failed: 0 };
    const errors: IngestError[] = [];
    for (const [i, input] of articles.entries()) {
      const id = articleId(input);
      try {
        const doc = pipeline.run(
          createDoc({ ...input, id }, { origin: `${origin}#${i + 1}`, format: 'api' }),
        );
        const prepared = prepareArticle(doc, input, {
          pipelineVersion: pipeline.version,
          origin: `${origin}#${i + 1}`,
        });
        const res = await commitPrepared(store, prepared);
        onChange?.();
        if (res.outcome === 'added') counts.added++;
        else if (res.outcome === 'unchanged') counts.unchanged++;
        else counts.revised++;
      } catch (e) {
        counts.failed++;
        if (errors.length < 100) {
          errors.push({
            subject: id,
            code: isRasdError(e) ? e.code : 'INTERNAL',
            message: e instanceof Error ? e.message : String(e),
          });
        }
      }
      counts.done++;
      await store.updateIngestRun(run.id, { ...counts, errors });
    }
    await store.updateIngestRun(run.id, {
      status: counts.failed === articles.length ? 'failed' : 'done',
      ...counts,
      errors,
    });
  }

  return {
    async start(articles) {
      const run = await store.createIngestRun({
        inputs: [origin],
        pipeline_version: defaultPipeline().version,
      });
      await store.updateIngestRun(run.id, { total: articles.length });
      queue = queue.then(() =>
        process(run, articles).catch(async (e: unknown) => {
          const message = e instanceof Error ? e.message : String(e);
          await store
            .updateIngestRun(run.id, {
              status: 'failed',
              errors: [{ subject: origin, code: 'INTERNAL', message }],
            })
            .catch(() => undefined);
        }),
      );
      return (await store.getIngestRun(run.id)) ?? { ...run, total: articles.length };
    },
    idle: () => queue,
  };
}
