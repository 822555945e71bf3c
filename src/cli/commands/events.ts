import { Command, InvalidArgumentError, Option } from 'commander';
import { RasdError } from '../../doc/index.js';
import { defaultPipeline } from '../../pipeline/default.js';
import { DEFAULT_MAX_SIZE, parseIsoDay, readInputs, toDoc } from '../../read/index.js';
import { cliIO, setExitCode, type CliIO } from '../io.js';
import { csvHeader, csvLine, eventRow } from '../../corpus/event-table.js';
import { parseSize } from './analyze.js';

export interface EventsOptions {
  published?: string | undefined;
  format: 'csv' | 'jsonl';
  maxSize: number;
  /** Leave out events that did not happen (negated, hypothetical), as event datasets do. */
  realisOnly: boolean;
}

function parsePublished(value: string): string {
  const day = parseIsoDay(value);
  if (!day) throw new InvalidArgumentError(`"${value}" is not a valid YYYY-MM-DD date`);
  return day;
}

/**
 * Reads every input, runs the default pipeline and writes one row per event, as CSV (with a header)
 * or JSON Lines. Unreadable inputs get one line on stderr each; the exit code is 1 when any failed.
 */
export async function runEvents(paths: readonly string[], opts: EventsOptions, io: CliIO): Promise<number> {
  const pipeline = defaultPipeline();
  let failed = 0;
  if (opts.format === 'csv' && !io.out(csvHeader())) return 0;
  for await (const item of readInputs(paths, {
    published: opts.published ?? null,
    maxSize: opts.maxSize,
    stdin: io.stdin,
  })) {
    if (item.kind === 'error') {
      failed++;
      io.err(`rasd: ${item.error.toLine()}\n`);
      continue;
    }
    const doc = pipeline.run(toDoc(item));
    for (const e of doc.events) {
      if (opts.realisOnly && (e.modality === 'negated' || e.modality === 'hypothetical')) continue;
      const row = eventRow(doc, e);
      const ok = io.out(opts.format === 'csv' ? csvLine(row) : JSON.stringify(row) + '\n');
      if (!ok) return failed > 0 ? 1 : 0; // the reader closed the pipe
    }
  }
  return failed > 0 ? 1 : 0;
}

export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('extract PLOVER events from articles, one row per event (CSV or JSON Lines)')
    .argument('[paths...]', 'files or folders (.txt .json .jsonl .html, .gz too); - for stdin')
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'jsonl']).default('csv'))
    .option('--published <date>', 'publication date YYYY-MM-DD for articles that carry none', parsePublished)
    .option('--realis-only', 'leave out negated and hypothetical events', false)
    .option(
      '--max-size <bytes>',
      'refuse inputs larger than this (e.g. 5MB, 500k)',
      parseSize,
      DEFAULT_MAX_SIZE,
    )
    .action(async (paths: string[], opts: EventsOptions, cmd: Command) => {
      const io = cliIO(cmd);
      if (paths.length === 0) {
        io.err(`rasd: ${new RasdError('USAGE', 'no input: give files, folders, or - for stdin').toLine()}\n`);
        setExitCode(cmd, 2);
        return;
      }
      setExitCode(cmd, await runEvents(paths, opts, io));
    });
}
