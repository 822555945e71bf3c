import type { Command } from 'commander';
import { reanalyze } from '../../corpus/ingest.js';
import { dbOption, withStore } from '../corpus-cli.js';
import { printSummary, progressReporter } from './ingest.js';

export function registerReanalyze(program: Command): void {
  dbOption(
    program
      .command('reanalyze')
      .description('re-run the pipeline on articles analysed by another pipeline version')
      .option('--workers <n>', 'analysis worker threads (default: the cores available)')
      .option('--format <format>', 'text | json (summary)', 'text'),
  ).action(async (opts: { db: string; workers?: string; format: string }, cmd: Command) => {
    await withStore(opts.db, cmd, async (store) => {
      const bar = progressReporter(null);
      const workers = opts.workers === undefined ? undefined : Math.max(0, Number(opts.workers) || 0);
      const summary = await reanalyze(store, {
        onProgress: (p) => bar.update(p),
        ...(workers === undefined ? {} : { workers }),
      });
      bar.stop();
      printSummary(summary, opts.format);
      return summary.aborted ? 2 : summary.failed > 0 ? 1 : 0;
    });
  });
}
