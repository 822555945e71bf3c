import { Command, InvalidArgumentError, Option } from 'commander';
import { RasdError, toArticleJson, type Doc } from '../../doc/index.js';
import { defaultPipeline } from '../../pipeline/default.js';
import { DEFAULT_MAX_SIZE, parseIsoDay, readInputs, toDoc } from '../../read/index.js';
import { cliIO, setExitCode, type CliIO } from '../io.js';
import { renderPretty } from '../pretty/index.js';

export type AnalyzeFormat = 'json' | 'jsonl' | 'pretty';

export interface AnalyzeOptions {
  published?: string | undefined;
  format: AnalyzeFormat;
  tokens: boolean;
  maxSize: number;
}

/** `5000000`, `500k`, `5MB`, `1.5m` → bytes. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size in bytes, e.g. 5000000, 500k or 5MB');
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Math.floor(Number(m[1]) * factor);
  if (bytes <= 0) throw new InvalidArgumentError('the size limit must be positive');
  return bytes;
}

function parsePublished(value: string): string {
  const day = parseIsoDay(value);
  if (!day) throw new InvalidArgumentError(`"${value}" is not a valid YYYY-MM-DD date`);
  return day;
}

/** Streams output as articles are analysed: one JSON array, JSON Lines, or the readable report. */
function writerFor(format: AnalyzeFormat, io: CliIO, tokens: boolean) {
  let n = 0;
  return {
    write(doc: Doc): boolean {
      const i = n++;
      if (format === 'pretty') return io.out((i > 0 ? '\n' : '') + renderPretty(doc, { tokens }));
      const json = toArticleJson(doc, { tokens });
      if (format === 'jsonl') return io.out(JSON.stringify(json) + '\n');
      const body = JSON.stringify(json, null, 2).replace(/\n/g, '\n  ');
      return io.out(`${i === 0 ? '[\n  ' : ',\n  '}${body}`);
    },
    end(): void {
      if (format === 'json') io.out(n === 0 ? '[]\n' : '\n]\n');
    },
  };
}

/**
 * Reads every input, runs the default pipeline on each article and prints the result. Inputs that
 * cannot be read get one line on stderr each; the rest go on. Resolves to the exit code: 1 when any
 * input failed, else 0.
 */
export async function runAnalyze(paths: readonly string[], opts: AnalyzeOptions, io: CliIO): Promise<number> {
  const pipeline = defaultPipeline();
  const writer = writerFor(opts.format, io, opts.tokens);
  let failed = 0;
  let open = true;
  const inputs = readInputs(paths, {
    published: opts.published ?? null,
    maxSize: opts.maxSize,
    stdin: io.stdin,
  });
  for await (const item of inputs) {
    if (item.kind === 'error') {
      failed++;
      io.err(`rasd: ${item.error.toLine()}\n`);
      continue;
    }
    const doc = pipeline.run(toDoc(item));
    for (const d of doc.diagnostics) {
      if (d.rule === 'read/not-arabic')
        io.err(`rasd: ${doc.provenance.origin ?? doc.id}: warning: ${d.message}\n`);
    }
    if (!writer.write(doc)) {
      open = false; // the reader closed the pipe (`| head`): nothing more to say
      break;
    }
  }
  if (open) writer.end();
  return failed > 0 ? 1 : 0;
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse articles and print their annotations')
    .argument('[paths...]', 'files or folders (.txt .json .jsonl .html, .gz too); - for stdin')
    .option('--published <date>', 'publication date YYYY-MM-DD for articles that carry none', parsePublished)
    .addOption(
      new Option('--format <format>', 'output format').choices(['json', 'jsonl', 'pretty']).default('json'),
    )
    .option('--no-tokens', 'leave the token layer out of the output')
    .option(
      '--max-size <bytes>',
      'refuse inputs larger than this (e.g. 5MB, 500k)',
      parseSize,
      DEFAULT_MAX_SIZE,
    )
    .action(async (paths: string[], opts: AnalyzeOptions, cmd: Command) => {
      const io = cliIO(cmd);
      if (paths.length === 0) {
        io.err(`rasd: ${new RasdError('USAGE', 'no input: give files, folders, or - for stdin').toLine()}\n`);
        setExitCode(cmd, 2);
        return;
      }
      setExitCode(cmd, await runAnalyze(paths, opts, io));
    });
}
