import Database from 'better-sqlite3';
import { RasdError } from '../../doc/index.js';
import type { SqlDriver, SqlParam } from './driver.js';

type Statement = Database.Statement<unknown[], unknown>;

/** Turns SQLite failures into stable rasd errors naming the database file. */
export function sqliteError(e: unknown, path: string): Error {
  const code = (e as { code?: string }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new RasdError('STORE_CORRUPT', 'the file is corrupt or not a rasd database', {
      subject: path,
      cause: e,
    });
  }
  if (code === 'SQLITE_FULL') {
    return new RasdError('STORE_FAILED', 'the disk or database is full; the article was not stored', {
      subject: path,
      cause: e,
    });
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    return new RasdError('STORE_FAILED', `${code}: ${(e as Error).message}`, { subject: path, cause: e });
  }
  return e instanceof Error ? e : new Error(String(e));
}

export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite' as const;
  private readonly statements = new Map<string, Statement>();
  private depth = 0;
  private epoch = 0;
  private dataVersion: number | null = null;
  private dataVersionStatement: Statement | null = null;

  constructor(
    readonly db: Database.Database,
    readonly path: string,
  ) {}

  static open(path: string, opts: { maxPageCount?: number; cacheMiB?: number } = {}): SqliteDriver {
    let db: Database.Database;
    try {
      db = new Database(path);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('busy_timeout = 5000');
      // Savepoint journals (one per article in a group commit) in memory, not in temporary files.
      db.pragma('temp_store = MEMORY');
      // A page cache large enough for the hot index pages of a large store (the default is 2 MB).
      db.pragma(`cache_size = -${(opts.cacheMiB ?? 64) * 1024}`);
      if (opts.maxPageCount !== undefined) db.pragma(`max_page_count = ${opts.maxPageCount}`);
    } catch (e) {
      throw sqliteError(e, path);
    }
    return new SqliteDriver(db, path);
  }

  cacheEpoch(): number {
    this.dataVersionStatement ??= this.db.prepare('PRAGMA data_version').pluck();
    const version = this.dataVersionStatement.get() as number;
    if (version !== this.dataVersion) {
      this.dataVersion = version;
      this.epoch++;
    }
    return this.epoch;
  }

  private prepare(sql: string): Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  all<T>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    try {
      return Promise.resolve(this.prepare(sql).all(...params) as T[]);
    } catch (e) {
      return Promise.reject(sqliteError(e, this.path));
    }
  }

  get<T>(sql: string, params: readonly SqlParam[] = []): Promise<T | undefined> {
    try {
      return Promise.resolve(this.prepare(sql).get(...params) as T | undefined);
    } catch (e) {
      return Promise.reject(sqliteError(e, this.path));
    }
  }

  run(sql: string, params: readonly SqlParam[] = []): Promise<number> {
    try {
      return Promise.resolve(this.prepare(sql).run(...params).changes);
    } catch (e) {
      return Promise.reject(sqliteError(e, this.path));
    }
  }

  exec(sql: string): Promise<void> {
    try {
      this.db.exec(sql);
      return Promise.resolve();
    } catch (e) {
      return Promise.reject(sqliteError(e, this.path));
    }
  }

  /** One connection, one writer: a nested call is a savepoint inside the outer transaction. */
  async tx<T>(fn: (db: SqlDriver) => Promise<T>): Promise<T> {
    if (this.depth > 0) {
      const sp = `sp${this.depth}`;
      await this.exec(`SAVEPOINT ${sp}`);
      this.depth++;
      try {
        const out = await fn(this);
        this.depth--;
        await this.exec(`RELEASE ${sp}`);
        return out;
      } catch (e) {
        this.depth--;
        this.epoch++;
        if (this.db.inTransaction) this.db.exec(`ROLLBACK TO ${sp}; RELEASE ${sp}`);
        throw e;
      }
    }
    await this.exec('BEGIN IMMEDIATE');
    this.depth++;
    try {
      const out = await fn(this);
      this.depth--;
      await this.exec('COMMIT');
      return out;
    } catch (e) {
      this.depth = 0;
      this.epoch++;
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw e;
    }
  }

  close(): Promise<void> {
    this.db.close();
    return Promise.resolve();
  }
}
