import type { Command } from 'commander';
import { startServer, type RunningServer } from '../../api/server.js';
import { DEFAULT_DB, openStore } from '../../corpus/open-store.js';
import { inProcessIngest } from '../../api/ingest.js';
import type { Store } from '../../corpus/store.js';
import { RasdError, type ArticleInput } from '../../doc/index.js';
import { readInputs } from '../../read/index.js';
import { EXAMPLES_DIR } from './start.js';

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

export interface Launched {
  server: RunningServer;
  store: Store;
}

/** Opens the store, runs `before` on it, and starts listening; prints the URL (and a new token once). */
export async function launch(
  opts: ServeOptions,
  before?: (store: Store) => Promise<void>,
  out: (s: string) => void = (s) => void process.stdout.write(s),
): Promise<Launched> {
  const maxBody = Number(opts.maxBody);
  if (!Number.isInteger(maxBody) || maxBody <= 0)
    throw new RasdError('USAGE', '--max-body must be a positive byte count');
  const port = parsePort(opts.port);
  const store = await openStore(opts.db);
  if (before) await before(store);
  const server = await startServer({
    store,
    db: opts.db,
    port,
    host: opts.host,
    token: opts.token ?? process.env.RASD_TOKEN,
    protectReads: opts.protectReads ?? false,
    cors: opts.cors ?? null,
    maxBodyBytes: maxBody,
    onNewToken: (token, file) =>
      out(`rasd: new write token (saved in ${file}, shown only once):\n  ${token}\n`),
  });
  out(`rasd: serving ${store.kind} store ${store.location} at ${server.url}\n`);
  return { server, store };
}

/** Serves until SIGINT/SIGTERM. */
export async function runServe(opts: ServeOptions, before?: (store: Store) => Promise<void>): Promise<void> {
  const { server, store } = await launch(opts, before);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  await store.close();
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

/** The bundled examples as article inputs, read like any input (sidecar .meta.json gives the dates). */
export async function readExamples(dir = EXAMPLES_DIR): Promise<ArticleInput[]> {
  const articles: ArticleInput[] = [];
  for await (const r of readInputs([dir])) {
    if (r.kind === 'article') articles.push({ ...r.input, source: r.input.source ?? 'examples' });
  }
  return articles;
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
  await runServe(opts, (store) => seedBeforeServing(store, (s) => void process.stdout.write(s)));
}

/** What `npm start` does before serving: the examples go into an empty database. */
export async function seedBeforeServing(store: Store, out: (s: string) => void): Promise<void> {
  const added = await seedExamples(store);
  if (added > 0) out(`rasd: ingested ${added} example articles into ${store.location}\n`);
}
