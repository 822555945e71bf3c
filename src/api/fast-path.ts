/**
 * The server's fast path: cached API reads and the web app's files answered straight from memory on
 * Node's own request and response objects, before the Hono app. Building a web-standard Request and
 * Response for each request (URL parsing, header lists, streams, abort signals) costs several times
 * what sending a ready body does; under load that overhead, not the store, was the server's limit.
 * Everything else (misses, writes, errors, CORS requests, HEAD) goes to the Hono app unchanged.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { acceptsGzip, encodedBody, etagMatches, GZIP_MIN_BYTES, type ResponseCache } from './cache.js';
import { CACHEABLE, SECURITY_HEADERS } from './headers.js';
import type { StaticFile, StaticFiles } from './static.js';

export interface FastPathOptions {
  cache: ResponseCache | null;
  staticFiles: StaticFiles | null;
  /** Reads need the token: a request without a valid one goes to the app, which refuses it. */
  protectReads: { token: string } | null;
  /** CORS is on: requests with an Origin header go to the app, which adds the CORS headers. */
  cors: boolean;
}

/** Answers the request when it can and returns true; false leaves it to the Hono app. */
export type FastPath = (req: IncomingMessage, res: ServerResponse) => boolean;

const TEXT_TYPES = /^(text\/|application\/(json|javascript)|image\/svg)/;

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

export function createFastPath(opts: FastPathOptions): FastPath {
  const { cache, staticFiles } = opts;
  const expected = opts.protectReads ? digest(opts.protectReads.token) : null;
  const authorized = (header: string | undefined): boolean => {
    if (!expected) return true;
    const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    return m?.[1] !== undefined && timingSafeEqual(digest(m[1]), expected);
  };
  // Static files are compressed once, here, when compression helps (not fonts or images).
  const gzippedFiles = new Map<StaticFile, Buffer>();
  for (const file of staticFiles?.values() ?? []) {
    if (file.body.byteLength >= GZIP_MIN_BYTES && TEXT_TYPES.test(file.type)) {
      gzippedFiles.set(file, gzipSync(file.body, { level: 9 }));
    }
  }

  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    etag: string,
    headers: OutgoingHttpHeaders,
    body: () => { body: Uint8Array; gzip: boolean },
  ): true => {
    for (const [name, value] of SECURITY_HEADERS) headers[name] = value;
    headers.etag = etag;
    if (etagMatches(req.headers['if-none-match'], etag)) {
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    const out = body();
    if (out.gzip) headers['content-encoding'] = 'gzip';
    headers['content-length'] = out.body.byteLength;
    res.writeHead(200, headers);
    res.end(out.body);
    return true;
  };

  return (req, res) => {
    const url = req.url;
    if (req.method !== 'GET' || url === undefined) return false;
    if (url.startsWith('/api/')) {
      if (!cache || !CACHEABLE.test(url)) return false;
      if (opts.cors && req.headers.origin !== undefined) return false;
      if (!authorized(req.headers.authorization)) return false;
      const entry = cache.serve(url);
      if (!entry) return false;
      const headers: OutgoingHttpHeaders = { vary: 'accept-encoding' };
      for (const [name, value] of entry.headers) headers[name] = value;
      return send(req, res, entry.etag, headers, () => encodedBody(entry, req.headers['accept-encoding']));
    }
    const file = staticFiles?.get(url);
    if (!file) return false;
    const gzipped = gzippedFiles.get(file);
    const headers: OutgoingHttpHeaders = { 'content-type': file.type, 'cache-control': 'no-cache' };
    if (gzipped) headers.vary = 'accept-encoding';
    return send(req, res, file.etag, headers, () =>
      gzipped && acceptsGzip(req.headers['accept-encoding'])
        ? { body: gzipped, gzip: true }
        : { body: file.body, gzip: false },
    );
  };
}
