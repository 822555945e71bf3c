import { randomFillSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/corpus/ingest.js';
import { openStore } from '../../src/corpus/open-store.js';
import { SCHEMA_VERSION } from '../../src/corpus/store.js';
import { ROUND11, ROUND13 } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-bad-'));

describe('bad databases', () => {
  it('refuses a corrupt file with STORE_CORRUPT', async () => {
    const path = join(dir, 'corrupt.db');
    const bytes = Buffer.alloc(8192);
    randomFillSync(bytes);
    writeFileSync(path, bytes);
    await expect(openStore(path)).rejects.toMatchObject({ code: 'STORE_CORRUPT', subject: path });
  });

  it('refuses a foreign SQLite database with STORE_CORRUPT', async () => {
    const path = join(dir, 'foreign.db');
    const db = new Database(path);
    db.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)');
    db.close();
    await expect(openStore(path)).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
  });

  it('refuses a database written by a newer rasd with STORE_TOO_NEW, and leaves it untouched', async () => {
    const path = join(dir, 'newer.db');
    await (await openStore(path)).close();
    const db = new Database(path);
    db.prepare("UPDATE meta SET value = ? WHERE key = 'schema_version'").run(String(SCHEMA_VERSION + 1));
    db.close();
    await expect(openStore(path)).rejects.toMatchObject({ code: 'STORE_TOO_NEW' });
    await expect(openStore(path)).rejects.toThrow(/newer rasd/);
    const check = new Database(path);
    expect(check.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get()).toEqual({
      value: String(SCHEMA_VERSION + 1),
    });
    check.close();
  });

  it('stops cleanly on a full disk, keeping every article reported done', async () => {
    const path = join(dir, 'full.db');
    await (await openStore(path)).close();
    const pages = (new Database(path).pragma('page_count', { simple: true }) as number) + 120;
    const store = await openStore(path, { maxPageCount: pages });
    const items = Array.from({ length: 40 }, (_, i) => ({
      input: {
        ...(i % 2 ? ROUND11 : ROUND13),
        id: `full-${i}`,
        body: `${(i % 2 ? ROUND11 : ROUND13).body}\n${i}`,
      },
      origin: `full-${i}`,
    }));
    const res = await ingest(store, items, { workers: 0 });
    expect(res.aborted).not.toBeNull();
    expect(res.aborted!.code).toBe('STORE_FAILED');
    expect(res.aborted!.message).toMatch(/full/);
    expect(res.added).toBeGreaterThan(0);
    expect(res.added).toBeLessThan(40);
    await store.close();
    const reopened = await openStore(path);
    expect(await reopened.countArticles()).toBe(res.added);
    for (let i = 0; i < res.added; i++) expect(await reopened.getArticle(`full-${i}`)).not.toBeNull();
    await reopened.close();
  });
});
