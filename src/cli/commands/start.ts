import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { DEFAULT_MAX_SIZE } from '../../read/index.js';
import { cliIO, setExitCode } from '../io.js';
import { runAnalyze } from './analyze.js';

/** examples/ of the rasd checkout (this file is src/cli/commands/ or dist/cli/commands/). */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** `npm start`: for now, analyse the bundled examples and print the readable report. */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description('analyse the bundled examples/ and print a readable summary')
    .action(async (_opts: unknown, cmd: Command) => {
      const io = cliIO(cmd);
      // Relative to where `npm start` runs, so that the report names `examples/…` rather than a full path.
      const rel = relative(process.cwd(), EXAMPLES_DIR);
      const dir = rel && !rel.startsWith('..') ? rel + sep : EXAMPLES_DIR;
      const code = await runAnalyze(
        [dir],
        { format: 'pretty', tokens: false, maxSize: DEFAULT_MAX_SIZE },
        io,
      );
      setExitCode(cmd, code);
    });
}
