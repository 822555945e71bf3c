import pg from 'pg';
import { RasdError } from '../../doc/index.js';
import type { SqlDriver, SqlParam } from './driver.js';

/** `?` placeholders → `$1, $2, …` (the store's SQL never holds a literal question mark). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function pgError(e: unknown, where: string): unknown {
  const code = (e as { code?: string }).code;
  if (code === '53100') {
    return new RasdError('STORE_FAILED', 'the database disk is full; the article was not stored', {
      subject: where,
      cause: e,
    });
  }
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
    return new RasdError('STORE_FAILED', `PostgreSQL ${code}: ${(e as Error).message}`, {
      subject: where,
      cause: e,
    });
  }
  return e;
}

type Queryable = pg.Pool | pg.PoolClient;

class PgQueries {
  readonly dialect = 'postgres' as const;
  constructor(
    protected readonly q: Queryable,
    readonly where: string,
  ) {}

  async all<T>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    try {
      const res = await this.q.query(numbered(sql), params as unknown[]);
      return res.rows as T[];
    } catch (e) {
      throw pgError(e, this.where);
    }
  }

  async get<T>(sql: string, params: readonly SqlParam[] = []): Promise<T | undefined> {
    const rows = await this.all<T>(sql, params);
    return rows[0];
  }

  async run(sql: string, params: readonly SqlParam[] = []): Promise<number> {
    try {
      const res = await this.q.query(numbered(sql), params as unknown[]);
      return res.rowCount ?? 0;
    } catch (e) {
      throw pgError(e, this.where);
    }
  }

  async exec(sql: string): Promise<void> {
    try {
      await this.q.query(sql);
    } catch (e) {
      throw pgError(e, this.where);
    }
  }
}

class PgClientDriver extends PgQueries implements SqlDriver {
  private depth = 0;

  /** Inside a transaction already: a nested call is a savepoint. */
  async tx<T>(fn: (db: SqlDriver) => Promise<T>): Promise<T> {
    const sp = `sp${++this.depth}`;
    await this.exec(`SAVEPOINT ${sp}`);
    try {
      const out = await fn(this);
      await this.exec(`RELEASE SAVEPOINT ${sp}`);
      return out;
    } catch (e) {
      await this.exec(`ROLLBACK TO SAVEPOINT ${sp}`).catch(() => undefined);
      throw e;
    } finally {
      this.depth--;
    }
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

export class PostgresDriver extends PgQueries implements SqlDriver {
  constructor(
    private readonly pool: pg.Pool,
    where: string,
  ) {
    super(pool, where);
  }

  static open(url: string): PostgresDriver {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    // An idle client's error (server gone) must not crash the process; the next query reports it.
    pool.on('error', () => undefined);
    return new PostgresDriver(pool, url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@'));
  }

  async tx<T>(fn: (db: SqlDriver) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (e) {
      throw new RasdError('STORE_FAILED', `cannot connect: ${(e as Error).message}`, {
        subject: this.where,
        cause: e,
      });
    }
    const inner = new PgClientDriver(client, this.where);
    try {
      await inner.exec('BEGIN');
      const out = await fn(inner);
      await inner.exec('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
