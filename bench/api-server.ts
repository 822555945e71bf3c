/**
 * The API benchmark's server process: opens (and fills, when empty) a demo database, then serves it.
 * Run by bench/api.bench.ts as a child process so that the load generator never shares its event loop.
 * argv: <db path> <articles from ../shared news>; prints `READY <url>` once listening; answers the
 * IPC message `cpu` with its CPU time.
 */
import { inProcessIngest } from '../src/api/ingest.js';
import { startServer } from '../src/api/server.js';
import { readExamples } from '../src/cli/commands/serve.js';
import { openStore } from '../src/corpus/open-store.js';
import { loadNews } from './harness.js';

const [db = 'bench-api.db', newsArg = '300'] = process.argv.slice(2);
const store = await openStore(db);
if ((await store.countArticles()) === 0) {
  const news = loadNews({ ant: Number(newsArg) }, Number(newsArg));
  const ingest = inProcessIngest(store, 'bench');
  await ingest.start([
    ...(await readExamples()),
    ...news.articles.map((a) => ({ id: a.id, title: a.title, body: a.body, source: a.source })),
  ]);
  await ingest.idle();
}
const server = await startServer({ store, db, port: 0, token: 'bench' });
process.stdout.write(`READY ${server.url} ${await store.countArticles()}\n`);
// The harness asks for this process's CPU time (IPC) to report the server's cost per request.
process.on('message', (m) => {
  if (m === 'cpu') process.send?.({ cpu: process.cpuUsage() });
});
process.on('SIGTERM', () => {
  void server.close().then(() => store.close().then(() => process.exit(0)));
});
