import { setFlagsFromString } from 'node:v8';

/**
 * V8 leaves functions with more bytecode than this to its baseline tiers (default 60 KB). Only the two
 * largest functions of the events pass are past it (resolveArguments ~14 KB, extractEvents ~10 KB): on a
 * long ingest each TurboFan compile of one took seconds of a background thread, came only after thousands
 * of articles, and was thrown away again (a map or dependency change) almost at once. Without them the
 * compiler's CPU per article fell 2.2 → 1.45 ms on one thread over 3,000 articles, about 5% of the whole
 * CPU on an 8,000-article ingest, and the analysis did not slow (session 9, bench/deopt-run.ts).
 */
export const MAX_OPTIMIZED_BYTECODE = 9000;

/**
 * Tunes V8 for the `rasd` process. Flags are process-wide, so only the command-line launcher sets them,
 * before any code runs: a program that embeds the library keeps its own settings.
 */
export function tuneProcess(): void {
  setFlagsFromString(`--max-optimized-bytecode-size=${MAX_OPTIMIZED_BYTECODE}`);
}
