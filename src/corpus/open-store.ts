import { RasdError } from '../doc/index.js';
import { PostgresDriver } from './sql/postgres-driver.js';
import { SqliteDriver } from './sql/sqlite-driver.js';
import { SqlStore, type MigrationOptions } from './sql/sql-store.js';
import type { Store } from './store.js';

export const DEFAULT_DB = './rasd.db';

export interface OpenOptions {
  /** SQLite only: caps the file size in pages (used to simulate a full disk). */
  maxPageCount?: number;
  /** Where counting without a counter stops (default COUNT_CAP; tests lower it). */
  countCap?: number;
  /**
   * SQLite only: the page cache per connection, in MiB (default: the RASD_SQLITE_CACHE_MIB environment
   * variable, else DEFAULT_SQLITE_CACHE_MIB).
   */
  cacheMiB?: number;
  /** How a schema migration runs (chunk size; a hook for tests and progress). */
  migration?: MigrationOptions;
}

/**
 * SQLite's page cache per connection, in MiB, unless `cacheMiB` or RASD_SQLITE_CACHE_MIB says otherwise.
 * The cache holds the hot pages of the random-keyed indexes every commit inserts into (entities, LSH
 * bands, story features); past it, each insert reads its leaf from the OS page cache.
 */
export const DEFAULT_SQLITE_CACHE_MIB = 64;

/** The page cache size to use: an explicit option, else RASD_SQLITE_CACHE_MIB, else the default. */
export function sqliteCacheMiB(explicit?: number): number {
  if (explicit !== undefined) return explicit;
  const env = process.env['RASD_SQLITE_CACHE_MIB'];
  if (env === undefined || env.trim() === '') return DEFAULT_SQLITE_CACHE_MIB;
  const n = Number(env);
  if (!Number.isFinite(n) || n < 1) {
    throw new RasdError(
      'USAGE',
      `RASD_SQLITE_CACHE_MIB must be a number of MiB (1 or more), not ${JSON.stringify(env)}`,
    );
  }
  return Math.floor(n);
}

/** Opens the store at `db`: a `postgres://` URL, or a SQLite file path (default `./rasd.db`). */
export async function openStore(db: string = DEFAULT_DB, opts: OpenOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(db)) {
    const driver = PostgresDriver.open(db);
    return SqlStore.open(driver, driver.where, storeOptions(opts));
  }
  if (db.trim() === '') throw new RasdError('USAGE', 'empty database path');
  const cacheMiB = sqliteCacheMiB(opts.cacheMiB);
  const driver = SqliteDriver.open(
    db,
    opts.maxPageCount === undefined ? { cacheMiB } : { maxPageCount: opts.maxPageCount, cacheMiB },
  );
  return SqlStore.open(driver, db, storeOptions(opts));
}

function storeOptions(opts: OpenOptions): { countCap?: number; migration?: MigrationOptions } {
  return {
    ...(opts.countCap === undefined ? {} : { countCap: opts.countCap }),
    ...(opts.migration === undefined ? {} : { migration: opts.migration }),
  };
}
