/**
 * Records each pass's version and output hash in test/fixtures/pass-versions.json (see pass-fingerprints.ts).
 * Refuses, naming the passes, when a pass's output changed but neither it nor an earlier pass bumped its version.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  passFingerprints,
  ROOT,
  unbumpedChanges,
  VERSIONS_FILE,
  type PassFingerprint,
} from './pass-fingerprints.js';

const now = passFingerprints();
const recorded = existsSync(VERSIONS_FILE)
  ? (JSON.parse(readFileSync(VERSIONS_FILE, 'utf8')) as Record<string, PassFingerprint>)
  : {};
const stale = unbumpedChanges(recorded, now);
if (stale.length) {
  console.error(
    `the output of ${stale.map((n) => `"${n}"`).join(', ')} changed but its version did not: bump the pass's ` +
      'version (so that stored analyses are re-run by `rasd reanalyze`), then run `npm run fixtures` again',
  );
  process.exit(1);
}
writeFileSync(VERSIONS_FILE, JSON.stringify(now, null, 2) + '\n');
console.log(`wrote ${relative(ROOT, VERSIONS_FILE)}`);
