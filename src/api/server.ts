/** Starts the HTTP server: store, token, web app files, Hono app on Node's http. */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Store } from '../corpus/store.js';
import { createApp, DEFAULT_MAX_BODY } from './app.js';
import { ResponseCache } from './cache.js';
import { createFastPath } from './fast-path.js';
import { inProcessIngest, type InProcessIngest } from './ingest.js';
import { loadStaticFiles } from './static.js';

/** web/dist, next to src/ and dist/ alike (this file is src/api/server.ts or dist/api/server.js). */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface ServerOptions {
  store: Store;
  /** Where the database lives: a SQLite path gets its token file beside it. */
  db: string;
  port?: number;
  host?: string;
  token?: string | undefined;
  protectReads?: boolean;
  cors?: string | null;
  maxBodyBytes?: number;
  webDist?: string | null;
  /** How long a cached read may outlive a write made by another process (0: no cache). */
  cacheTtlMs?: number;
  /** Called once with a newly generated token (to print it). */
  onNewToken?: (token: string, file: string) => void;
}

export interface RunningServer {
  url: string;
  token: string;
  ingest: InProcessIngest;
  close(): Promise<void>;
}

/** The token file: beside a SQLite database, or in the working directory for PostgreSQL. */
export function tokenFile(db: string): string {
  return /^postgres(ql)?:\/\//.test(db) ? '.rasd-token' : `${db}.token`;
}

/** The write token: given, or read from the token file, or generated there on first start. */
export function resolveToken(
  db: string,
  given: string | undefined,
  onNew?: (token: string, file: string) => void,
): string {
  if (given) return given;
  const file = tokenFile(db);
  if (existsSync(file)) {
    const saved = readFileSync(file, 'utf8').trim();
    if (saved) return saved;
  }
  const token = randomBytes(24).toString('base64url');
  writeFileSync(file, token + '\n', { mode: 0o600 });
  onNew?.(token, file);
  return token;
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const token = resolveToken(opts.db, opts.token, opts.onNewToken);
  const webDist = opts.webDist === undefined ? WEB_DIST : opts.webDist;
  const staticFiles = webDist && existsSync(webDist) ? loadStaticFiles(webDist) : null;
  const cache = opts.cacheTtlMs === 0 ? null : new ResponseCache(opts.cacheTtlMs ?? 2000);
  const ingest = inProcessIngest(opts.store, 'api', () => cache?.clear());
  const app = createApp({
    store: opts.store,
    token,
    protectReads: opts.protectReads ?? false,
    cors: opts.cors ?? null,
    maxBodyBytes: opts.maxBodyBytes ?? DEFAULT_MAX_BODY,
    staticFiles,
    ingest,
    cache,
  });
  const fastPath = createFastPath({
    cache,
    staticFiles,
    protectReads: opts.protectReads ? { token } : null,
    cors: Boolean(opts.cors),
  });
  const slowPath = getRequestListener(app.fetch);
  const server: Server = createServer(
    // A client that trickles its headers or body is cut off (slow-loris); keep-alive stays at 5 s.
    { headersTimeout: 20_000, requestTimeout: 120_000 },
    (req, res) => {
      if (!fastPath(req, res)) void slowPath(req, res);
    },
  );
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8080, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (opts.port ?? 8080);
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    token,
    ingest,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
