/**
 * A small in-memory cache of read responses. Reads vastly outnumber writes and the corpus changes only
 * when something is ingested: this server's own ingests clear the cache at once; writes by another
 * process (a `rasd ingest` beside the server) show after at most `ttlMs`.
 */
export interface CachedResponse {
  body: Uint8Array;
  headers: [string, string][];
  expires: number;
  size: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;

  constructor(
    readonly ttlMs = 2000,
    readonly maxBytes = 64 * 1024 * 1024,
    readonly maxEntryBytes = 4 * 1024 * 1024,
  ) {}

  get(key: string, now = Date.now()): CachedResponse | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.expires <= now) {
      this.delete(key);
      return undefined;
    }
    // Least recently used goes first: re-insert to move to the end.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  set(key: string, body: Uint8Array, headers: [string, string][], now = Date.now()): void {
    if (body.byteLength > this.maxEntryBytes) return;
    this.delete(key);
    const size = body.byteLength + key.length * 2 + 200;
    this.entries.set(key, { body, headers, expires: now + this.ttlMs, size });
    this.bytes += size;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
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
