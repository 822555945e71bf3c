import { createHash } from 'node:crypto';
import { addDiagnostic, RasdError, type Artifact, type Doc, type Pass } from '../doc/index.js';

export interface Pipeline {
  readonly passes: readonly Pass[];
  /** Changes whenever a pass is added, removed, reordered or bumped: stored analyses record it. */
  readonly version: string;
  run(doc: Doc): Doc;
}

/**
 * Checks once that every pass's requirements are produced by an earlier pass and that names are
 * unique, then freezes the list. A pass that throws is reported as a diagnostic on the document, and
 * the passes that depend on what it would have produced are skipped; the rest still run.
 */
export function buildPipeline(passes: readonly Pass[]): Pipeline {
  const available = new Set<Artifact>();
  const names = new Set<string>();
  for (const pass of passes) {
    if (names.has(pass.name)) throw new RasdError('PIPELINE_DUPLICATE_PASS', `duplicate pass "${pass.name}"`);
    names.add(pass.name);
    for (const need of pass.requires) {
      if (!available.has(need)) {
        throw new RasdError(
          'PIPELINE_MISSING_LAYER',
          `pass "${pass.name}" requires "${need}", which no earlier pass produces`,
        );
      }
    }
    for (const out of pass.produces) available.add(out);
  }
  const frozen = Object.freeze([...passes]);
  const version = createHash('sha256')
    .update(frozen.map((p) => `${p.name}@${p.version}`).join('|'))
    .digest('hex')
    .slice(0, 12);

  return Object.freeze({
    passes: frozen,
    version,
    run(doc: Doc): Doc {
      const failed = new Set<Artifact>();
      for (const pass of frozen) {
        if (pass.requires.some((r) => failed.has(r))) {
          for (const out of pass.produces) failed.add(out);
          continue;
        }
        try {
          pass.run(doc);
        } catch (e) {
          for (const out of pass.produces) failed.add(out);
          addDiagnostic(
            doc,
            'pipeline/pass-failed',
            `pass "${pass.name}" failed: ${e instanceof Error ? e.message : String(e)}`,
            null,
            null,
            'error',
          );
        }
      }
      return doc;
    },
  });
}
