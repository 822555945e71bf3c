import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { ingest, type IngestProgress, type IngestSummary } from '../../corpus/ingest.js';
import { readSources } from '../../corpus/sources.js';
import { dbOption, err, json, out, withStore } from '../corpus-cli.js';

/** Progress on stderr: a bar with rate and ETA on a terminal, a plain line every few seconds otherwise. */
export function progressReporter(total: number | null): { update(p: IngestProgress): void; stop(): void } {
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      format: total
        ? 'ingest [{bar}] {value}/{total} | {rate}/s | ETA {eta_formatted} | failed {failed}'
        : 'ingest {value} articles | {rate}/s | failed {failed}',
      stream: process.stderr,
      hideCursor: true,
    });
    bar.start(total ?? 0, 0, { rate: '0', failed: 0 });
    return {
      update: (p) => bar.update(p.done, { rate: p.rate.toFixed(1), failed: p.failed }),
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    update(p) {
      if (Date.now() - last < 2000) return;
      last = Date.now();
      err(`ingest: ${p.done}${total ? `/${total}` : ''} done, ${p.rate.toFixed(1)}/s, ${p.failed} failed`);
    },
    stop() {},
  };
}

export function printSummary(s: IngestSummary, format: string): void {
  if (format === 'json') {
    json({ ...s, run: s.run, aborted: s.aborted ? s.aborted.toLine() : null });
    return;
  }
  out(
    `${s.done} articles in ${s.elapsed_s.toFixed(1)} s (${s.rate.toFixed(1)}/s): ${s.added} added, ${s.revised} revised, ${s.unchanged} unchanged, ${s.failed} failed`,
  );
  for (const e of s.errors.slice(0, 50)) err(`  ${e.subject}: ${e.message} [${e.code}]`);
  if (s.errors.length > 50) err(`  … ${s.errors.length - 50} more errors`);
  if (s.aborted) err(`stopped: ${s.aborted.toLine()}`);
}

export function registerIngest(program: Command): void {
  dbOption(
    program
      .command('ingest')
      .description(
        'add articles to the corpus: files, folders, JSONL(.gz), RSS/Atom feeds (files or URLs), - for stdin',
      )
      .argument('[inputs...]', 'paths, feed URLs or -', ['-'])
      .option('--workers <n>', 'analysis worker threads (default: the cores available)')
      .option('--format <format>', 'text | json (summary)', 'text'),
  ).action(async (inputs: string[], opts: { db: string; workers?: string; format: string }, cmd: Command) => {
    await withStore(opts.db, cmd, async (store) => {
      const bar = progressReporter(null);
      const workers = opts.workers === undefined ? undefined : Math.max(0, Number(opts.workers) || 0);
      const summary = await ingest(store, readSources(inputs), {
        inputs,
        onProgress: (p) => bar.update(p),
        ...(workers === undefined ? {} : { workers }),
      });
      bar.stop();
      printSummary(summary, opts.format);
      return summary.aborted ? 2 : summary.failed > 0 ? 1 : 0;
    });
  });
}
