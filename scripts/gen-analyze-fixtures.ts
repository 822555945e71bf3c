// Regenerates the analyze-stage golden fixtures: inputs and expected `rasd analyze` JSON.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { CASES, expectedPath, ROOT, runCase, writeInputs } from './analyze-fixtures.js';

writeInputs();
for (const c of CASES) {
  const result = await runCase(c);
  const path = expectedPath(c);
  writeFileSync(path, JSON.stringify(result, null, 2) + '\n');
  console.log(`wrote ${relative(ROOT, path)} (exit ${result.exitCode})`);
}
