import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiPage, ArticleSummary } from '../../src/api/types.js';
import { launch, seedBeforeServing, type Launched } from '../../src/cli/commands/serve.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-start-'));
const opened: Launched[] = [];
afterAll(async () => {
  for (const { server, store } of opened) {
    await server.close();
    await store.close();
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('rasd start', () => {
  const db = join(dir, 'rasd.db');
  const opts = { db, port: '0', host: '127.0.0.1', maxBody: String(5 * 1024 * 1024) };

  it('ingests the examples into an empty database, prints the URL and a new token once', async () => {
    let printed = '';
    const out = (s: string): void => void (printed += s);
    const first = await launch(opts, (store) => seedBeforeServing(store, out), out);
    opened.push(first);
    expect(printed).toContain('ingested 2 example articles');
    expect(printed).toContain(`at ${first.server.url}`);
    const token = readFileSync(`${db}.token`, 'utf8').trim();
    expect(printed).toContain(token);
    const list = (await (
      await fetch(new URL('/api/articles', first.server.url))
    ).json()) as ApiPage<ArticleSummary>;
    expect(list.items.map((a) => a.published).sort()).toEqual(['2018-11-28', '2019-08-02']);
    await first.server.close();
    await first.store.close();
    opened.pop();

    // Second start: the database is not empty and the token exists — neither is repeated.
    printed = '';
    const again = await launch(opts, (store) => seedBeforeServing(store, out), out);
    opened.push(again);
    expect(printed).not.toContain('ingested');
    expect(printed).not.toContain(token);
    expect(again.server.token).toBe(token);
    expect(await again.store.countArticles()).toBe(2);
  });

  it('refuses a bad port or body limit with a usage error', async () => {
    await expect(launch({ ...opts, port: 'http' })).rejects.toMatchObject({ code: 'USAGE' });
    await expect(launch({ ...opts, maxBody: '-1' })).rejects.toMatchObject({ code: 'USAGE' });
  });
});
