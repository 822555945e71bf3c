/**
 * The web app's files, read into memory once at start-up from web/dist. A request is answered by an
 * exact lookup in that table, so no request path ever reaches the file system (no traversal possible).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

export interface StaticFile {
  body: Uint8Array;
  type: string;
  etag: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export type StaticFiles = ReadonlyMap<string, StaticFile>;

/** Loads every file under `dir` (only known types), keyed by URL path (`/app.js`); `/` is index.html. */
export function loadStaticFiles(dir: string): StaticFiles {
  const files = new Map<string, StaticFile>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (st.isFile()) {
        const type = TYPES[extname(name).toLowerCase()];
        if (!type) continue;
        const body = readFileSync(full);
        const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;
        files.set('/' + relative(dir, full).split(sep).join('/'), { body, type, etag });
      }
    }
  };
  walk(dir);
  const index = files.get('/index.html');
  if (index) files.set('/', index);
  return files;
}
