import type { Artifact, Doc } from './document.js';

/**
 * A pass is one small step of analysis, in a file of its own. It declares what it needs and what it
 * fills; the pipeline checks the order once when it is built. Resources (KB, models) are loaded when
 * the pass is constructed, so `run` is synchronous and cheap to call per document.
 */
export interface Pass {
  readonly name: string;
  /** Bumped when the pass's output changes, so stored analyses can be recognised as stale. */
  readonly version: string;
  readonly requires: readonly Artifact[];
  readonly produces: readonly Artifact[];
  run(doc: Doc): void;
}
