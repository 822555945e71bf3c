/**
 * A small async SQL driver over better-sqlite3 and node-postgres, so that one store implementation
 * (sql-store.ts) serves both. Statements use `?` placeholders; the PostgreSQL driver numbers them.
 */
export type SqlParam = string | number | null | string[];

export interface SqlDriver {
  readonly dialect: 'sqlite' | 'postgres';
  all<T>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly SqlParam[]): Promise<T | undefined>;
  run(sql: string, params?: readonly SqlParam[]): Promise<number>;
  /** Several statements without parameters (DDL). */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction: all of it is committed, or none. */
  tx<T>(fn: (db: SqlDriver) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * A number that changes whenever what this connection read before may have changed behind its back:
   * another connection committed, or a transaction of its own was rolled back. Drivers that cannot tell
   * (a pool of connections) leave it out, and nothing read is remembered between statements.
   */
  cacheEpoch?(): number;
}
