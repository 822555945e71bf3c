/** Headers every response carries (the Hono app and the server's fast path alike). */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'no-referrer'],
  ['x-frame-options', 'DENY'],
  [
    'content-security-policy',
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
      "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  ],
];

/** Reads whose answers depend only on the corpus: cacheable. Ingest progress is always fresh. */
export const CACHEABLE = /^\/api\/(articles|search|stories|entities|events)\b/;
