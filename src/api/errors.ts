/**
 * The one place where errors become HTTP responses: every RasdError code maps to a status, the body
 * is always `{error: {code, message}}`. Anything that is not a RasdError is an INTERNAL error whose
 * details stay in the server log, never in the response.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ERROR_CODES, isRasdError, type ErrorCode } from '../doc/index.js';
import type { ApiErrorBody } from './types.js';

const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  API_BAD_REQUEST: 400,
  API_UNAUTHORIZED: 401,
  API_NOT_FOUND: 404,
  API_TOO_LARGE: 413,
  STORE_NOT_FOUND: 404,
  INPUT_TOO_LARGE: 413,
  STORE_TOO_NEW: 503,
  STORE_CORRUPT: 503,
};

export function statusOf(code: ErrorCode): ContentfulStatusCode {
  if (code in STATUS) return STATUS[code] ?? 500;
  // Bad input that reached the API is the client's to fix.
  if (code.startsWith('INPUT_') || code === 'USAGE') return 400;
  return 500;
}

export function errorBody(code: ErrorCode, message?: string): ApiErrorBody {
  return { error: { code, message: message ?? ERROR_CODES[code] } };
}

export function handleError(err: unknown, c: Context): Response {
  if (isRasdError(err)) {
    const status = statusOf(err.code);
    if (status >= 500) console.error(`rasd api: ${err.toLine()}`);
    return c.json(errorBody(err.code, err.subject ? `${err.subject}: ${err.message}` : err.message), status);
  }
  console.error('rasd api: unexpected error', err);
  return c.json(errorBody('INTERNAL'), 500);
}
