import { RasdError } from '../doc/index.js';
import { PostgresDriver } from './sql/postgres-driver.js';
import { SqliteDriver } from './sql/sqlite-driver.js';
import { SqlStore } from './sql/sql-store.js';
import type { Store } from './store.js';

export const DEFAULT_DB = './rasd.db';

export interface OpenOptions {
  /** SQLite only: caps the file size in pages (used to simulate a full disk). */
  maxPageCount?: number;
  /** Where counting without a counter stops (default COUNT_CAP; tests lower it). */
  countCap?: number;
}

/** Opens the store at `db`: a `postgres://` URL, or a SQLite file path (default `./rasd.db`). */
export async function openStore(db: string = DEFAULT_DB, opts: OpenOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(db)) {
    const driver = PostgresDriver.open(db);
    return SqlStore.open(driver, driver.where, storeOptions(opts));
  }
  if (db.trim() === '') throw new RasdError('USAGE', 'empty database path');
  const driver = SqliteDriver.open(
    db,
    opts.maxPageCount === undefined ? {} : { maxPageCount: opts.maxPageCount },
  );
  return SqlStore.open(driver, db, storeOptions(opts));
}

function storeOptions(opts: OpenOptions): { countCap?: number } {
  return opts.countCap === undefined ? {} : { countCap: opts.countCap };
}
