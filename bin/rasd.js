#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm install` (the `prepare` script).
import { tuneProcess } from '../dist/cli/process-tuning.js';

tuneProcess();
const { main } = await import('../dist/cli/main.js');

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`rasd: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
