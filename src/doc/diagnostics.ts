/**
 * Recoverable problems are diagnostics attached to the document (as in vfile), never console output.
 * `start`/`end` are offsets into `doc.text` when the problem has a place there, else null
 * (problems found in the raw input before cleaning have no text offsets).
 */
export type Severity = 'info' | 'warning' | 'error';

export interface Diagnostic {
  /** Stable rule id, e.g. `clean/glued-heading` or `times/impossible-date`. */
  rule: string;
  severity: Severity;
  message: string;
  start: number | null;
  end: number | null;
}
