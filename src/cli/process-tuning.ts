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
 * How much bytecode a function runs before V8 considers optimising it (V8 11.3's default is 66 KB). With
 * the default, the analysis passes were optimised early on thin type feedback, deoptimised ("wrong map",
 * "insufficient type feedback") and optimised again, over and over: TurboFan kept a background core busy
 * for 1.0-1.8 ms per article long after warm-up. At 300 KB a function is optimised once it has seen more
 * of the article shapes: in an ingest on two workers the V8 background threads' CPU fell 2.6-2.96 → 1.22-1.31
 * ms per article, the whole 7.7-8.7 → 6.3-7.1 ms (session 10, bench/ingest-run.ts, six pairs, loaded machine).
 */
export const INTERRUPT_BUDGET = 300_000;

/**
 * Tunes V8 for the `rasd` process. Flags are process-wide, so only the command-line launcher sets them,
 * before any code runs: a program that embeds the library keeps its own settings.
 */
export function tuneProcess(): void {
  setFlagsFromString(`--max-optimized-bytecode-size=${MAX_OPTIMIZED_BYTECODE}`);
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
