import { Command } from 'commander';
import { registerAnalyze } from './commands/analyze.js';
import { registerEvents } from './commands/events.js';
import { registerStart } from './commands/start.js';
import { attachIO, exitCodeOf, processIO, type CliIO } from './io.js';
import { registerNerTag } from './commands/ner-tag.js';

/** Builds the CLI. Each command lives in a file of its own under ./commands and registers itself. */
export function buildCli(io?: CliIO): Command {
  const program = new Command('rasd')
    .description('Arabic news → entities, times, quantities and PLOVER events, with evidence')
    .version('0.1.0')
    .exitOverride();
  if (io) {
    attachIO(program, io);
    program.configureOutput({ writeOut: (s) => void io.out(s), writeErr: (s) => io.err(s) });
  }
  registerAnalyze(program);
  registerEvents(program);
  registerStart(program);
  registerNerTag(program);
  return program;
}

/**
 * Runs the CLI; resolves to the process exit code. `io` defaults to the real process streams;
 * tests pass `memoryIO()` to run commands in-process.
 */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const program = buildCli(io);
  let code = 0;
  program.hook('postAction', (_this, action) => {
    const c = (action as Command & { exitCodeResult?: number }).exitCodeResult;
    if (typeof c === 'number') code = c;
  });
  try {
    await program.parseAsync(argv);
  } catch (e) {
    const err = e as { code?: string; exitCode?: number };
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
    if (typeof err.exitCode === 'number') return err.exitCode;
    throw e;
  }
  return Math.max(code, exitCodeOf(program));
}
