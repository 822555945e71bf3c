/**
 * The one registry of error codes. Codes are stable: tools and scripts may match on them.
 * Add new codes at the end of their group; never reuse or rename a code.
 */
export const ERROR_CODES = {
  // input
  INPUT_NOT_FOUND: 'input path does not exist',
  INPUT_EMPTY: 'input is empty',
  INPUT_BINARY: 'input is a binary file, not text',
  INPUT_TOO_LARGE: 'input exceeds the size limit',
  INPUT_UNDECODABLE: 'input bytes cannot be decoded as UTF-8, UTF-16 or Windows-1256',
  INPUT_BAD_JSON: 'input is not valid JSON',
  INPUT_BAD_RECORD: 'JSON record lacks a usable body',
  INPUT_NO_ARTICLES: 'folder holds no articles',
  INPUT_BAD_DATE: 'publication date is not a valid YYYY-MM-DD date',
  INPUT_BAD_FEED: 'feed is not valid RSS or Atom',
  INPUT_UNREACHABLE: 'input URL cannot be fetched',
  // pipeline
  PIPELINE_MISSING_LAYER: 'a pass requires a layer that no earlier pass produces',
  PIPELINE_DUPLICATE_PASS: 'two passes have the same name',
  PIPELINE_FROZEN: 'the pipeline is frozen and cannot be changed',
  PASS_FAILED: 'a pass threw while analysing a document',
  ANALYSIS_CRASHED: 'the analysis of an article crashed its worker',
  // data files shipped with rasd
  DATA_MISSING: 'a data file that rasd ships is missing',
  DATA_CORRUPT: 'a data file that rasd ships is corrupt or of an unknown version',
  // storage
  STORE_CORRUPT: 'the database file is corrupt or not a rasd database',
  STORE_TOO_NEW: 'the database was written by a newer version of rasd',
  STORE_FAILED: 'the database refused an operation',
  STORE_NOT_FOUND: 'no such record in the database',
  // api
  API_BAD_REQUEST: 'the request is malformed',
  API_UNAUTHORIZED: 'this endpoint needs a valid token',
  API_TOO_LARGE: 'the request body is too large',
  API_NOT_FOUND: 'no such resource',
  // usage
  USAGE: 'invalid command-line usage',
  INTERNAL: 'internal error',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class RasdError extends Error {
  readonly code: ErrorCode;
  /** What the error is about: a path, a URL, a file name, a record id. */
  readonly subject: string | undefined;

  constructor(code: ErrorCode, message?: string, options?: { subject?: string; cause?: unknown }) {
    super(message ?? ERROR_CODES[code], options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RasdError';
    this.code = code;
    this.subject = options?.subject;
  }

  /** One line for a person: `subject: message [CODE]`. */
  toLine(): string {
    return `${this.subject ? `${this.subject}: ` : ''}${this.message} [${this.code}]`;
  }
}

export function isRasdError(e: unknown): e is RasdError {
  return e instanceof RasdError;
}
