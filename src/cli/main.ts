import { Command } from 'commander';
import { registerAnalyze } from './commands/analyze.js';
import { registerServe } from './commands/serve.js';

/** Builds the CLI. Each command lives in a file of its own under ./commands and registers itself. */
export function buildCli(): Command {
  const program = new Command('rasd')
    .description('Arabic news → entities, times, quantities and PLOVER events, with evidence')
    .version('0.1.0')
    .exitOverride();
  registerAnalyze(program);
  registerServe(program);
  return program;
}

/** Runs the CLI; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildCli();
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
  return code;
}
