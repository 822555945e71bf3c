/**
 * HTTP API and web app speed: read endpoints under 200 concurrent connections (autocannon in this
 * process, the server in a child process), first page load in Chromium when installed, bundle size.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { fmt, markdownTable, type BenchSection } from './harness.js';

const ROOT = resolve(import.meta.dirname, '..');
const WEB_DIST = join(ROOT, 'web/dist');
const CONNECTIONS = 200;
const SECONDS = 5;
const NEWS_ARTICLES = 300;

function startChild(db: string): Promise<{ child: ChildProcess; url: string; articles: number }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'bench/api-server.ts'), db, String(NEWS_ARTICLES)],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((res, rej) => {
    let buf = '';
    child.stdout?.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /READY (\S+) (\d+)/.exec(buf);
      if (m) res({ child, url: m[1]!, articles: Number(m[2]) });
    });
    child.once('exit', (code) => rej(new Error(`api bench server exited with ${code}`)));
  });
}

async function load(url: string): Promise<autocannon.Result> {
  return autocannon({ url, connections: CONNECTIONS, duration: SECONDS, pipelining: 1 });
}

async function firstPageLoad(url: string): Promise<string> {
  if (!existsSync('/usr/bin/chromium')) return 'not measured: /usr/bin/chromium is not installed';
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  try {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(url);
      await page.waitForSelector('body[data-ready="1"] .result');
      times.push(Date.now() - t0);
      await context.close();
    }
    times.sort((a, b) => a - b);
    return `median ${times[2]} ms, worst ${times[4]} ms over 5 cold loads (fresh browser context each; home page with the latest articles)`;
  } finally {
    await browser.close();
  }
}

function bundleSizes(): (string | number)[][] {
  const rows: (string | number)[][] = [];
  if (!existsSync(WEB_DIST)) return [['web/dist missing (npm run build:web)', '', '']];
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) =>
      statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)],
    );
  const files = walk(WEB_DIST);
  const group = (label: string, pick: (f: string) => boolean): void => {
    const chosen = files.filter(pick);
    const raw = chosen.reduce((n, f) => n + statSync(f).size, 0);
    const gz = chosen.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);
    rows.push([label, fmt(raw / 1024), fmt(gz / 1024)]);
  };
  group('app.js (all views, d3-geo, topojson-client)', (f) => f.endsWith('app.js'));
  group('styles.css', (f) => f.endsWith('.css'));
  group('index.html', (f) => f.endsWith('.html'));
  group('fonts (4 × 2 subsets, woff2)', (f) => f.endsWith('.woff2'));
  group('world-110m.json (map page only)', (f) => f.endsWith('world-110m.json'));
  group('total', () => true);
  return rows;
}

export async function bench(): Promise<BenchSection> {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-api-bench-'));
  const { child, url, articles } = await startChild(join(dir, 'demo.db'));
  try {
    const base = new URL(url);
    const first = (await (await fetch(new URL('/api/articles?limit=1', base))).json()) as {
      items: { id: string; story_id: string | null }[];
    };
    const article = first.items[0];
    const endpoints: [string, string][] = [
      ['GET /api/articles', '/api/articles'],
      ['GET /api/articles/:id (all layers)', `/api/articles/${encodeURIComponent(article?.id ?? '')}`],
      ['GET /api/search?q=محادثات', `/api/search?q=${encodeURIComponent('محادثات')}`],
      ['GET /api/stories', '/api/stories'],
      ['GET /api/stories/:id', `/api/stories/${encodeURIComponent(article?.story_id ?? '')}`],
      ['GET /api/events', '/api/events'],
      ['GET /api/entities', '/api/entities'],
      ['GET / (web app)', '/'],
    ];
    const rows: (string | number)[][] = [];
    for (const [label, path] of endpoints) {
      // Let the previous run's backlog drain before measuring the next endpoint.
      await new Promise((r) => setTimeout(r, 1000));
      const r = await load(new URL(path, base).href);
      const bad = r.non2xx + r.errors + r.timeouts;
      const note = bad === 0 ? '' : ` (${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts)`;
      const met = r.requests.total === 0 ? 'no answer' : r.latency.p99 < 50 && bad === 0 ? 'yes' : 'NO';
      rows.push([label + note, fmt(r.requests.average, 0), fmt(r.latency.p50), fmt(r.latency.p99), met]);
    }
    const pageLoad = await firstPageLoad(url);
    const markdown = [
      `Demo database: the examples plus ${articles - 2} ANT news articles (or generated ones when ../shared is absent), ` +
        `SQLite, served by \`rasd\`'s server in a child process; load from autocannon in the bench process, ` +
        `${CONNECTIONS} concurrent connections, ${SECONDS} s per endpoint. Reads are served through the server's ` +
        `response cache (cleared on ingest, 2 s TTL for writes by other processes), as in production.`,
      '',
      markdownTable(['endpoint', 'req/s', 'p50 ms', 'p99 ms', 'p99 < 50 ms'], rows),
      '',
      `First page load (Chromium, local): ${pageLoad}.`,
      '',
      'Web app bundle (web/dist):',
      '',
      markdownTable(['file', 'KiB', 'gzip KiB'], bundleSizes()),
    ].join('\n');
    return { title: 'HTTP API and web app', markdown };
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
