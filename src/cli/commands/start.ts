import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { addServeOptions, runStart, type ServeOptions } from './serve.js';

/** examples/ of the rasd checkout (this file is src/cli/commands/ or dist/cli/commands/). */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** `npm start`: ingest examples/ into the default database when it is empty, then serve the web app. */
export function registerStart(program: Command): void {
  addServeOptions(
    program
      .command('start')
      .description('ingest the bundled examples/ into an empty database, then serve the API and web app'),
  ).action(async (opts: ServeOptions) => {
    await runStart(opts);
  });
}
