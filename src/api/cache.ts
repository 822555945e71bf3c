/**
 * A small in-memory cache of read responses. Reads vastly outnumber writes and the corpus changes only
 * when something is ingested: this server's own ingests clear the cache at once; writes by another
 * process (a `rasd ingest` beside the server) show after at most `ttlMs` (plus, on the server's fast
 * path, the time one request takes to refresh an expired entry, at most `staleMs`).
 *
 * An entry is the finished response: body bytes, headers, a strong ETag and (made on first demand) the
 * gzip-compressed body, so that a hit costs no JSON serialisation, hashing or compression. Concurrent
 * misses of one key share a single computation (`fill`), so an expiry under load never sends hundreds
 * of identical queries to the store at once.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export interface CachedResponse {
  body: Uint8Array;
  /** Response headers without the ETag and content encoding, which the cache adds. */
  headers: [string, string][];
  /** Strong validator derived from the body. */
  etag: string;
  expires: number;
  size: number;
  /**
   * The gzip form of the body, made the first time a client accepts it; null while not made. Not
   * counted in `size`: JSON compresses to a fifth or less, well inside the budget's margin.
   */
  gzipped: Uint8Array | null;
  /** Expired, and one request has gone to recompute it. */
  refreshing: boolean;
}

/** Bodies smaller than this are sent as they are: compressing them saves less than it costs. */
export const GZIP_MIN_BYTES = 1024;

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private readonly pending = new Map<string, Promise<CachedResponse | null>>();
  private bytes = 0;
  private generation = 0;

  constructor(
    readonly ttlMs = 2000,
    readonly maxBytes = 64 * 1024 * 1024,
    readonly maxEntryBytes = 4 * 1024 * 1024,
    /** How long after expiry the fast path may still answer with an entry that is being refreshed. */
    readonly staleMs = 1000,
  ) {}

  /** A fresh entry, or undefined (an expired one stays a while for `serve`). */
  get(key: string, now = Date.now()): CachedResponse | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.expires <= now) {
      if (hit.expires + this.staleMs <= now) this.delete(key);
      return undefined;
    }
    // Least recently used goes first: re-insert to move to the end.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  /**
   * For the server's fast path: a fresh entry; or, for `staleMs` after it expired, the stale entry
   * while the first request to find it stale (answered undefined, so sent on to the app) refreshes it.
   * Under load an expiry then costs one computation, not a burst of requests through the slow path.
   */
  serve(key: string, now = Date.now()): CachedResponse | undefined {
    const hit = this.get(key, now);
    if (hit) return hit;
    const stale = this.entries.get(key);
    if (!stale || stale.refreshing) return stale;
    stale.refreshing = true;
    return undefined;
  }

  /** Stores a response; returns the entry (not kept when the body is over the entry limit). */
  set(key: string, body: Uint8Array, headers: [string, string][], now = Date.now()): CachedResponse {
    const entry = responseEntry(body, headers, now + this.ttlMs, body.byteLength + key.length * 2 + 200);
    if (body.byteLength > this.maxEntryBytes) return entry;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.size;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
    return entry;
  }

  /**
   * The entry for `key`: cached, or being computed by an earlier caller (awaited, not repeated), or
   * computed now by `compute` (null: the answer is not cacheable). A result computed while the cache
   * was cleared (an ingest landed meanwhile) is answered but not kept: it may predate the write.
   */
  async fill(
    key: string,
    compute: () => Promise<{ body: Uint8Array; headers: [string, string][] } | null>,
  ): Promise<CachedResponse | null> {
    const hit = this.get(key);
    if (hit) return hit;
    const running = this.pending.get(key);
    if (running) return running;
    const generation = this.generation;
    const job = compute()
      .then((r) => {
        if (!r) return null;
        if (generation !== this.generation) return responseEntry(r.body, r.headers, 0, 0);
        return this.set(key, r.body, r.headers);
      })
      .finally(() => {
        if (this.pending.get(key) === job) this.pending.delete(key);
      });
    this.pending.set(key, job);
    return job;
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
    this.pending.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.bytes -= e.size;
    this.entries.delete(key);
  }
}

function responseEntry(
  body: Uint8Array,
  headers: [string, string][],
  expires: number,
  size: number,
): CachedResponse {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  return { body, headers, etag, expires, size, gzipped: null, refreshing: false };
}

/** The body to send for a client's Accept-Encoding: gzip when accepted and worth it (made once). */
export function encodedBody(
  entry: CachedResponse,
  acceptEncoding: string | undefined,
): { body: Uint8Array; gzip: boolean } {
  if (entry.body.byteLength < GZIP_MIN_BYTES || !acceptsGzip(acceptEncoding)) {
    return { body: entry.body, gzip: false };
  }
  entry.gzipped ??= gzipSync(entry.body, { level: 6 });
  return { body: entry.gzipped, gzip: true };
}

/** Whether an Accept-Encoding header allows gzip (a `gzip;q=0` refusal counts as no). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  const m = /(?:^|,)\s*(?:x-)?gzip\s*(?:;\s*q\s*=\s*([0-9.]+))?\s*(?:,|$)/i.exec(header);
  return m !== null && (m[1] === undefined || Number(m[1]) > 0);
}

/** Whether an If-None-Match header names this ETag (or `*`). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}
