import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { startServer } from '../../api/server.js';
import { DEFAULT_DB, openStore } from '../../corpus/open-store.js';
import { inProcessIngest } from '../../api/ingest.js';
import type { Store } from '../../corpus/store.js';
import { RasdError, type ArticleInput } from '../../doc/index.js';

export interface ServeOptions {
  db: string;
  port: string;
  host: string;
  token?: string;
  protectReads?: boolean;
  cors?: string;
  maxBody: string;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new RasdError('USAGE', `--port must be 0–65535, not "${value}"`);
  return n;
}

/** Serves the API and web app until the process is stopped; resolves once listening. */
export async function runServe(opts: ServeOptions, before?: (store: Store) => Promise<void>): Promise<void> {
  const store = await openStore(opts.db);
  if (before) await before(store);
  const maxBody = Number(opts.maxBody);
  if (!Number.isInteger(maxBody) || maxBody <= 0)
    throw new RasdError('USAGE', '--max-body must be a positive byte count');
  const server = await startServer({
    store,
    db: opts.db,
    port: parsePort(opts.port),
    host: opts.host,
    token: opts.token ?? process.env.RASD_TOKEN,
    protectReads: opts.protectReads ?? false,
    cors: opts.cors ?? null,
    maxBodyBytes: maxBody,
    onNewToken: (token, file) => {
      process.stdout.write(`rasd: new write token (saved in ${file}, shown only once):\n  ${token}\n`);
    },
  });
  process.stdout.write(`rasd: serving ${store.kind} store ${store.location} at ${server.url}\n`);
  const stop = (): void => {
    void server.close().then(() => store.close().then(() => process.exit(0)));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Keeps the command's promise pending: the server runs until a signal stops it.
  await new Promise<never>(() => undefined);
}

export function addServeOptions(cmd: Command): Command {
  return cmd
    .option('--db <path|url>', 'SQLite file or postgres:// URL', DEFAULT_DB)
    .option('--port <n>', 'port to listen on (0 picks a free one)', process.env.PORT ?? '8080')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--token <token>', 'write token (default: RASD_TOKEN, else generated at first start)')
    .option('--protect-reads', 'require the token for read endpoints too')
    .option('--cors <origin>', 'allow cross-origin requests from this origin (off by default)')
    .option('--max-body <bytes>', 'largest request body accepted', String(5 * 1024 * 1024));
}

export function registerServe(program: Command): void {
  addServeOptions(program.command('serve').description('serve the HTTP API and the web app')).action(
    async (opts: ServeOptions) => {
      await runServe(opts);
    },
  );
}

/** examples/ of the rasd checkout (this file is src/cli/commands/ or dist/cli/commands/). */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** The bundled examples as article inputs: the first line of each text file is its title. */
export async function readExamples(dir = EXAMPLES_DIR): Promise<ArticleInput[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(
    names.map(async (name) => {
      const raw = await readFile(join(dir, name), 'utf8');
      const [title = '', ...rest] = raw.split('\n');
      return {
        id: name.replace(/\.txt$/, ''),
        title: title.trim(),
        body: rest.join('\n'),
        source: 'examples',
      };
    }),
  );
}

/** Ingests the bundled examples into an empty store, so a first `npm start` has something to show. */
export async function seedExamples(store: Store, dir = EXAMPLES_DIR): Promise<number> {
  if ((await store.countArticles()) > 0) return 0;
  const articles = await readExamples(dir);
  if (articles.length === 0) return 0;
  const ingest = inProcessIngest(store, 'examples');
  const run = await ingest.start(articles);
  await ingest.idle();
  const done = await store.getIngestRun(run.id);
  return done?.added ?? 0;
}

/** `npm start`: ingest examples/ into the default database when it is empty, then serve. */
export async function runStart(opts: ServeOptions): Promise<void> {
  await runServe(opts, async (store) => {
    const added = await seedExamples(store);
    if (added > 0) process.stdout.write(`rasd: ingested ${added} example articles into ${store.location}\n`);
  });
}
