/**
 * Browser end-to-end tests: Debian's Chromium driven by playwright-core against a real server and a
 * real SQLite store. Screenshots go to test-output/. Skipped, with a message, where Chromium is absent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, WEB_DIST, type RunningServer } from '../../src/api/server.js';
import type { ApiArticle, ApiPage, EventRecord, StorySummary } from '../../src/api/types.js';
import { addDays, weekEnd, weekStart, type Weekday } from '../../web/src/calendar-grid.js';
import { openTestCorpus, type TestCorpus } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const OUT = join(process.cwd(), 'test-output');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(`web e2e: skipped — ${CHROMIUM} not found (apt-get install -y chromium)`);
}

describe.skipIf(!haveChromium)('web app in Chromium', () => {
  let corpus: TestCorpus;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIST, 'app.js')))
      execFileSync('node', ['scripts/build-web.mjs'], { stdio: 'inherit' });
    mkdirSync(OUT, { recursive: true });
    corpus = await openTestCorpus();
    server = await startServer({ store: corpus.store, db: corpus.db, port: 0, token: 'e2e-token' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ar' });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await corpus?.cleanup();
  });

  const api = async <T>(path: string): Promise<T> =>
    (await fetch(new URL(path, server.url))).json() as Promise<T>;
  const shot = (name: string): Promise<Buffer> =>
    page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });

  it('opens Arabic-first, right to left, and lists the latest articles', async () => {
    const start = Date.now();
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="1"]');
    const loadMs = Date.now() - start;
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator('.result').count()).toBe(3);
    await shot('01-home');
    expect(loadMs).toBeGreaterThan(0);
  });

  it('searches and opens an article with its annotations highlighted', async () => {
    await page.fill('#f-q', 'استانا');
    await page.click('.search-bar button[type=submit]');
    await page.waitForSelector('.result-list .result');
    expect(await page.locator('.result').count()).toBe(2);
    expect(await page.locator('.snippet mark.hit').count()).toBeGreaterThan(0);
    await shot('02-search');

    const id = (await page.locator('.result-title').first().getAttribute('href'))!.replace('#/article/', '');
    const article = await api<ApiArticle>(`/api/articles/${id}`);
    await page.click('.result-title >> nth=0');
    await page.waitForSelector('.article-text');
    const doc = article.analysis;
    // Every annotation of the stored analysis is highlighted where it is.
    const entityMarks = await page.locator('mark.has-entity').allTextContents();
    for (const e of doc.entities) for (const m of e.mentions) expect(entityMarks.join('|')).toContain(m.text);
    expect(await page.locator('mark.has-time').count()).toBeGreaterThanOrEqual(doc.times.length > 0 ? 1 : 0);
    expect(await page.locator('mark.has-event').count()).toBeGreaterThanOrEqual(
      doc.events.length > 0 ? 1 : 0,
    );
    // The text shown is the stored text, character for character.
    const shown = (await page.locator('.article-title, .article-text').allTextContents()).join('');
    expect(shown.replace(/\s+/g, '')).toBe(doc.text.replace(/\s+/g, ''));
    const first = page.locator('.article-text mark.ann').first();
    if ((await first.count()) > 0) {
      await first.hover();
      await page.waitForSelector('#tip:not([hidden])');
      expect((await page.locator('#tip').textContent())?.length).toBeGreaterThan(0);
    }
    // The Arabic interface names an event's participants in Arabic; the English gloss is for hover.
    expect(await page.locator('.event-item .gloss').count()).toBe(0);
    const withParticipants = doc.events.filter((e) => e.actors.length + e.targets.length > 0);
    expect(await page.locator('.event-item .participants').count()).toBe(withParticipants.length);
    // Time values read as words, not as ISO codes.
    const timesPanel = (await page.locator('.side li bdi').allTextContents()).join('|');
    if (doc.times.some((x) => /^\d{4}-\d{2}-\d{2}$/.test(x.value))) expect(timesPanel).toMatch(/[ء-ي]/);
    expect(timesPanel).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b|\bP\d+[DWMY]\b/);
    await shot('03-article');
  });

  it('opens a story with its timeline', async () => {
    const stories = await api<ApiPage<StorySummary>>('/api/stories');
    const story = stories.items.find((s) => s.article_count === 2)!;
    await page.goto(`${server.url}#/stories`);
    await page.waitForSelector('.story-card');
    await shot('04-stories');
    await page.click(`a[href="#/story/${story.id}"]`);
    await page.waitForSelector('.story-layout');
    expect(await page.locator('h1').textContent()).toBe(story.title);
    const detail = await api<{ timeline: unknown[]; articles: unknown[] }>(`/api/stories/${story.id}`);
    // One item per sentence; each event of it has its own head.
    expect(await page.locator('.tl-item').count()).toBeLessThanOrEqual(detail.timeline.length);
    expect(await page.locator('#timeline .tl-head').count()).toBe(detail.timeline.length);
    expect(await page.locator('.story-layout .result').count()).toBe(detail.articles.length);
    // Counts read as Arabic counts («مقالان», «3 أحداث», «11 حدثًا»), not «المقالات: 2».
    const meta = (await page.locator('.page-head .meta').textContent()) ?? '';
    expect(meta).toContain('مقالان');
    expect(meta).not.toContain(':');
    // No English gloss lines in the Arabic timeline; each keeps it on hover.
    expect(await page.locator('#timeline .gloss').count()).toBe(0);
    expect(await page.locator('#timeline .tl-head[title]').count()).toBe(detail.timeline.length);
    await shot('05-story');
  });

  it('renders hostile article text as text: no script runs, no markup appears', async () => {
    await page.goto(`${server.url}#/article/xss-test`);
    await page.waitForSelector('.article-text');
    await page.locator('.article-text').hover();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    const inArticle = page.locator('#article');
    expect(await inArticle.locator('script, img, iframe, svg, b, i').count()).toBe(0);
    expect(await inArticle.textContent()).toContain('<script>window.__xss = 4</script>');
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await shot('06-xss');
  });

  it('shows the events table, the offline map, the entity list and the ingest page', async () => {
    await page.goto(`${server.url}#/events`);
    await page.waitForSelector('.count');
    await shot('07-events');
    // On a phone the table scrolls in its frame; the page itself does not grow sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    const widths = await page.evaluate(() => {
      const wrap = document.querySelector('.table-wrap')!;
      return {
        table: document.querySelector('.events-table')!.getBoundingClientRect().width,
        wrapScrolls: wrap.scrollWidth > wrap.clientWidth,
        page: document.documentElement.scrollWidth,
      };
    });
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(widths.table).toBeGreaterThanOrEqual(700);
    expect(widths.wrapScrolls).toBe(true);
    expect(widths.page).toBeLessThanOrEqual(390);
    await page.goto(`${server.url}#/map`);
    await page.waitForSelector('#map path.land');
    const land = (await page.locator('#map path.land').getAttribute('d')) ?? '';
    expect(land.length).toBeGreaterThan(1000);
    // Opens where the events are; the button shows the whole world.
    await page.click('#map-extent');
    expect(await page.locator('#map path.land').getAttribute('d')).not.toBe(land);
    await shot('08-map');
    await page.goto(`${server.url}#/entities`);
    await page.waitForSelector('.page-head');
    await shot('09-entities');
    const firstEntity = page.locator('.table a.chip').first();
    if ((await firstEntity.count()) > 0) {
      const name = await firstEntity.textContent();
      await firstEntity.click();
      await page.waitForSelector('.story-layout');
      expect(await page.locator('h1').textContent()).toBe(name);
      // Mentions over time: every month from the first to the last, empty ones included.
      const entity = await api<{ timeline: { period: string }[] }>(
        `/api/entities/${decodeURIComponent((await page.evaluate(() => location.hash)).replace('#/entity/', ''))}`,
      );
      const months = entity.timeline.map((p) => {
        const [y = 0, m = 1] = p.period.split('-').map(Number);
        return y * 12 + m - 1;
      });
      const [first, last] = [Math.min(...months), Math.max(...months)];
      const years = Math.floor(last / 12) - Math.floor(first / 12) + 1;
      expect(await page.locator('.main-col .bar-row').count()).toBe(
        last - first < 36 ? last - first + 1 : years,
      );
      await shot('12-entity');
    }
    // A run with a failure: its English message keeps its own direction inside the Arabic page.
    const run = await corpus.store.createIngestRun({ inputs: ['/tmp/bad.jsonl'], pipeline_version: 'e2e' });
    await corpus.store.updateIngestRun(run.id, {
      status: 'done',
      total: 4,
      done: 4,
      added: 3,
      failed: 1,
      errors: [{ subject: '/tmp/bad.jsonl#3', code: 'INPUT_BAD_RECORD', message: 'record has no body' }],
    });
    await page.goto(`${server.url}#/ingest`);
    await page.waitForSelector('#runs table');
    await page.waitForSelector('#runs .ingest-errors li[dir="auto"]');
    expect(await page.locator('#runs .progress-cell').first().textContent()).toMatch(/\d+ من \d+/);
    expect(await page.locator('#runs progress').count()).toBeGreaterThan(0);
    await shot('10-ingest');
  });

  it('lists events newest first and reverses the order on request', async () => {
    await page.goto(`${server.url}#/events`);
    await page.waitForSelector('.events-table');
    const shownDates = (): Promise<(string | null)[]> =>
      page
        .locator('.events-table tbody time')
        .evaluateAll((els) => els.map((e) => e.getAttribute('datetime') || null));
    const desc = (await shownDates()).filter(Boolean) as string[];
    expect(desc.length).toBeGreaterThan(1);
    expect([...desc].sort().reverse()).toEqual(desc);
    expect(await page.getAttribute('.events-table th[aria-sort]', 'aria-sort')).toBe('descending');
    await page.click('#events-order');
    await page.waitForSelector('.events-table th[aria-sort="ascending"]');
    expect(await page.evaluate(() => location.hash)).toContain('order=asc');
    const asc = (await shownDates()).filter(Boolean) as string[];
    expect([...asc].sort()).toEqual(asc);
    expect(asc[0]! < desc[0]!).toBe(true);
    await shot('13-events-oldest-first');
  });

  it('reads typed dates in Arabic-Indic digits and day-first order, and says what it cannot read', async () => {
    await page.goto(`${server.url}#/events`);
    await page.waitForSelector('#f-from');
    // Labelled fields, right to left, not the browser's «mm/dd/yyyy».
    expect(await page.getAttribute('#f-from', 'type')).toBe('text');
    expect(await page.locator('label[for="f-from"]').textContent()).toContain('من تاريخ');
    await page.fill('#f-from', 'أمس');
    await page.click('.events-filters button[type=submit]');
    await page.waitForSelector('#f-from-hint.invalid');
    expect(await page.locator('#f-from-hint').textContent()).toMatch(
      /^لم يُفهم هذا التاريخ. أمثلة: .*26 أغسطس 2016$/,
    );
    expect(await page.evaluate(() => location.hash)).toBe('#/events');
    await shot('14-date-invalid');
    await page.fill('#f-from', '٢/٨/٢٠١٩');
    await page.fill('#f-to', '1/1/2019');
    await page.click('.events-filters button[type=submit]');
    await page.waitForSelector('#f-to-hint.invalid');
    expect(await page.locator('#f-to-hint').textContent()).toBe('تاريخ النهاية قبل تاريخ البداية.');
    await page.fill('#f-to', '2019');
    await page.click('.events-filters button[type=submit]');
    await page.waitForFunction(() => location.hash.includes('from=2019-08-02'));
    expect(await page.evaluate(() => location.hash)).toContain('to=2019');
    await page.waitForSelector('#events-results .count');
    // The field shows the date as understood, in words.
    expect(await page.locator('#f-from-hint').textContent()).toBe('2 أغسطس 2019');
    const dates = await page
      .locator('.events-table tbody time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d >= '2019-08-02' && d < '2020').toBe(true);
  });

  it('writes months the way the reader chose, and remembers it', async () => {
    const r13 = '2 أغسطس 2019';
    await page.goto(`${server.url}#/search`);
    await page.waitForSelector('.result .meta');
    expect((await page.locator('.result .meta').allTextContents()).join('|')).toContain(r13);
    await page.selectOption('#month-names', 'maghreb');
    await page.waitForFunction(() => document.body.textContent?.includes('2 أوت 2019'));
    await page.reload();
    await page.waitForSelector('.result .meta');
    const metas = (await page.locator('.result .meta').allTextContents()).join('|');
    expect(metas).toContain('2 أوت 2019');
    expect(metas).not.toContain('أغسطس');
    await shot('15-months-maghreb');
    await page.selectOption('#month-names', 'levant');
    await page.waitForFunction(() => document.body.textContent?.includes('28 تشرين الثاني 2018'));
    expect(await page.evaluate(() => localStorage.getItem('rasd.months'))).toBe('levant');
    await page.selectOption('#month-names', 'common');
    // A Tunisian browser that never chose reads Maghreb names from the start; a Syrian one, Levantine.
    for (const [locale, want] of [
      ['ar-TN', '2 أوت 2019'],
      ['ar-SY', '2 آب 2019'],
      ['ar-MR', '2 أغشت 2019'],
    ] as const) {
      const ctx = await browser.newContext({ locale });
      const other = await ctx.newPage();
      await other.goto(`${server.url}#/search`);
      await other.waitForSelector('.result .meta');
      expect((await other.locator('.result .meta').allTextContents()).join('|')).toContain(want);
      if (locale === 'ar-MR') {
        // Mauritania is a choice of its own, and its calendar has its month names and Monday weeks.
        expect(await other.inputValue('#month-names')).toBe('mauritania');
        await other.goto(`${server.url}#/events?from=2019-08-02`);
        await other.click('#f-from-calendar');
        expect(await other.locator('.cal-title').textContent()).toBe('أغشت 2019');
        expect(await other.locator('.cal-grid th').first().getAttribute('abbr')).toBe('الاثنين');
        expect(await other.locator('.cal-grid td[aria-selected=true]').getAttribute('aria-label')).toBe(
          'الجمعة، 2 أغشت 2019',
        );
      }
      await ctx.close();
    }
  });

  it('fits a phone: a short top bar, and a map drawn at the size it is shown', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${server.url}#/map`);
      await page.waitForSelector('#map path.land');
      const sizes = await page.evaluate(() => ({
        bar: document.querySelector('.topbar')!.getBoundingClientRect().height,
        viewBox: document.querySelector('#map')!.getAttribute('viewBox')!.split(' ').map(Number),
        shown: document.querySelector('#map')!.getBoundingClientRect().width,
      }));
      expect(sizes.bar).toBeLessThan(140);
      const [, , width = 0, height = 0] = sizes.viewBox;
      // One map unit is about one pixel, so 12-unit labels read as 12 px.
      expect(width / sizes.shown).toBeGreaterThan(0.9);
      expect(width / sizes.shown).toBeLessThan(1.1);
      expect(height).toBeGreaterThan(width);
      await shot('16-map-phone');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  /**
   * Opens the «from» calendar of the events page, walks to `target` with the keyboard only (years,
   * months, weeks, days, the week's ends), screenshots it, and picks the day with Enter.
   */
  const pickWithKeyboard = async (
    target: string,
    rtl: boolean,
    firstDay: Weekday,
    firstDayName: string,
    name: string,
  ): Promise<string> => {
    await page.goto(`${server.url}#/events`);
    await page.waitForSelector('.events-table');
    await page.click('#f-from-calendar');
    const dialog = page.locator('#f-from-calendar-dialog');
    await dialog.waitFor();
    expect(await dialog.getAttribute('role')).toBe('dialog');
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    expect(await dialog.getAttribute('dir')).toBe(rtl ? 'rtl' : 'ltr');
    expect(await dialog.locator('[role=grid] th').count()).toBe(7);
    expect(await dialog.locator('[role=grid] th').first().getAttribute('abbr')).toBe(firstDayName);
    expect(await page.getAttribute('#f-from-calendar', 'aria-expanded')).toBe('true');
    const focused = (): Promise<string | null> =>
      page.evaluate(() => document.activeElement?.getAttribute('data-date') ?? null);
    // An empty field opens on today, marked as today.
    const today = (await focused())!;
    expect(await dialog.locator('[aria-current=date]').getAttribute('data-date')).toBe(today);
    const press = async (key: string, times: number): Promise<void> => {
      for (let i = 0; i < times; i++) await page.keyboard.press(key);
    };
    const [ty = 0, tm = 0] = today.split('-').map(Number);
    const [y = 0, m = 0, d = 0] = target.split('-').map(Number);
    await press('Shift+PageUp', ty - y);
    const months = m - tm;
    await press(months < 0 ? 'PageUp' : 'PageDown', Math.abs(months));
    let at = (await focused())!;
    // In the target's month (the day may have been kept inside a shorter month on the way).
    expect(at.slice(0, 7)).toBe(target.slice(0, 7));
    // The heading names the month shown, in the interface's month names.
    const title = await dialog.locator('.cal-title').textContent();
    expect(title).toContain(String(y));
    // Weeks down or up, then days: the next day is ← right to left, → left to right.
    const days = d - Number(at.slice(8));
    await press(days < 0 ? 'ArrowUp' : 'ArrowDown', Math.floor(Math.abs(days) / 7));
    const next = rtl ? 'ArrowLeft' : 'ArrowRight';
    const previous = rtl ? 'ArrowRight' : 'ArrowLeft';
    await press(days < 0 ? previous : next, Math.abs(days) % 7);
    expect(await focused()).toBe(target);
    await page.keyboard.press('End');
    expect(await focused()).toBe(weekEnd(target, firstDay));
    await page.keyboard.press('Home');
    at = (await focused())!;
    expect(at).toBe(weekStart(target, firstDay));
    // The first column is the week's first day.
    expect(
      await dialog.locator('td[tabindex="0"]').evaluate((td) => (td as HTMLTableCellElement).cellIndex),
    ).toBe(0);
    await press(next, (Date.parse(target) - Date.parse(at)) / 86_400_000);
    expect(await focused()).toBe(target);
    // Each day is named in full for a screen reader.
    const label = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '';
    expect(label).toContain(String(y));
    expect(label).toMatch(rtl ? /[ء-ي]/ : /[A-Z][a-z]+day/);
    await shot(name);
    await dialog.screenshot({ path: join(OUT, `${name}-dialog.png`) });
    const request = page.waitForRequest(
      (r) => r.url().includes('/api/events?') && r.url().includes(`from=${target}`),
    );
    await page.keyboard.press('Enter');
    await request;
    await page.waitForFunction((t) => location.hash.includes(`from=${t}`), target);
    await page.waitForSelector('.events-table');
    // The redrawn page gives the focus back to the calendar button the reader used.
    await page.waitForFunction(() => document.activeElement?.id === 'f-from-calendar');
    return label;
  };

  /** A dated event's day, with events before and after it, so a «from» filter shows. */
  const filterDay = async (): Promise<{ day: string; all: string[] }> => {
    const events = await api<ApiPage<EventRecord>>('/api/events?order=asc&limit=200');
    const all = events.items.map((e) => e.date ?? '').filter(Boolean);
    const days = [...new Set(all.filter((x) => /^\d{4}-\d{2}-\d{2}$/.test(x)))].sort();
    expect(days.length).toBeGreaterThan(1);
    return { day: days[Math.floor(days.length / 2)]!, all };
  };

  const shownDates = (): Promise<string[]> =>
    page
      .locator('.events-table tbody time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));

  /** The table lists what the API gives for the filter: fewer events than in all, none before `day`. */
  const expectFilteredFrom = async (day: string, all: string[]): Promise<void> => {
    const filtered = await api<ApiPage<EventRecord>>(`/api/events?from=${day}&limit=200`);
    const dates = await shownDates();
    expect(dates).toEqual(filtered.items.map((e) => e.date ?? ''));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.filter(Boolean).length).toBeLessThan(all.length);
    // A partial date («2019-08») counts from its first day.
    for (const x of dates.filter(Boolean)) expect(x >= day.slice(0, x.length)).toBe(true);
  };

  it('picks a «from» date in the Arabic calendar with the keyboard, right to left, and filters the events', async () => {
    const { day, all } = await filterDay();
    const label = await pickWithKeyboard(day, true, 6, 'السبت', '17-calendar-ar');
    expect(label).toMatch(/^(السبت|الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة)/);
    expect(await page.inputValue('#f-from')).toBe(day);
    await expectFilteredFrom(day, all);
    // Reopened, it shows the chosen day as selected; Escape closes it and gives focus back to its button.
    await page.click('#f-from-calendar');
    const selected = page.locator('#f-from-calendar-dialog td[aria-selected=true]');
    expect(await selected.getAttribute('data-date')).toBe(day);
    expect(await page.locator('#f-from-calendar-dialog td[aria-selected=true]').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await page.locator('.cal-dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-from-calendar');
    expect(await page.getAttribute('#f-from-calendar', 'aria-expanded')).toBe('false');
    // A click outside closes it too, and the mouse picks a day.
    await page.click('#f-to-calendar');
    await page.waitForSelector('#f-to-calendar-dialog');
    await page.click('h1');
    expect(await page.locator('.cal-dialog').count()).toBe(0);
    // Opened on a typed month, the calendar shows that month.
    await page.fill('#f-to', day.slice(0, 7));
    await page.click('#f-to-calendar');
    expect(await page.locator('#f-to-calendar-dialog td[tabindex="0"]').getAttribute('data-date')).toBe(
      `${day.slice(0, 7)}-01`,
    );
    const pickable = page.locator(`#f-to-calendar-dialog td[data-date="${addDays(day, 1)}"]`);
    if ((await pickable.count()) === 0) await page.click('#f-to-calendar-dialog .cal-nav >> nth=2');
    await page.click(`#f-to-calendar-dialog td[data-date="${addDays(day, 1)}"]`);
    await page.waitForFunction((t) => location.hash.includes(`to=${t}`), addDays(day, 1));
    await page.waitForSelector('.events-table, #events-results .empty');
    for (const x of (await shownDates()).filter(Boolean)) expect(x >= day && x <= addDays(day, 1)).toBe(true);
  });

  it('applies a search filter from the calendar, opened on a typed month', async () => {
    await page.goto(`${server.url}#/search`);
    await page.waitForSelector('.result');
    await page.click('details.filters summary');
    await page.fill('#f-from', '٨/٢٠١٩');
    await page.click('#f-from-calendar');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-date'))).toBe('2019-08-01');
    // Right to left, ← is the next day.
    await page.keyboard.press('ArrowLeft');
    const request = page.waitForRequest(
      (r) => r.url().includes('/api/search?') && r.url().includes('from=2019-08-02'),
    );
    await page.keyboard.press('Enter');
    await request;
    await page.waitForFunction(() => location.hash === '#/search?from=2019-08-02');
    await page.waitForSelector('#results .count');
    const found = await api<{ total: number; hits: { article: { published: string | null } }[] }>(
      '/api/search?from=2019-08-02',
    );
    expect(found.total).toBeGreaterThan(0);
    expect(await page.locator('#results .result').count()).toBe(found.hits.length);
    for (const hit of found.hits) expect(hit.article.published! >= '2019-08-02').toBe(true);
    expect(await page.inputValue('#f-from')).toBe('2019-08-02');
    expect(await page.locator('#f-from-hint').textContent()).toBe('2 أغسطس 2019');
  });

  it('picks a date in the English calendar, left to right, with weeks from Monday', async () => {
    const { day, all } = await filterDay();
    await page.goto(`${server.url}#/events`);
    await page.click('#lang-toggle');
    await page.waitForSelector('html[lang="en"]');
    try {
      const label = await pickWithKeyboard(day, false, 1, 'Monday', '18-calendar-en');
      expect(label).toMatch(/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/);
      await expectFilteredFrom(day, all);
      // The field's hint shows the date as understood, in English.
      expect(await page.locator('#f-from-hint').textContent()).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
    } finally {
      await page.click('#lang-toggle');
      await page.waitForSelector('html[lang="ar"]');
    }
  });

  it('names linked participants by their English names in the English events table', async () => {
    const first = await api<ApiPage<EventRecord>>('/api/events');
    const english = [
      ...new Set(first.items.flatMap((e) => [...e.actors, ...e.targets]).flatMap((a) => a.name_en ?? [])),
    ];
    expect(english.length).toBeGreaterThan(0);
    await page.goto(`${server.url}#/events`);
    await page.waitForSelector('.events-table');
    const arabic = (await page.locator('.events-table tbody').textContent()) ?? '';
    await page.click('#lang-toggle');
    await page.waitForSelector('html[lang="en"]');
    await page.waitForSelector('.events-table');
    const shown = (await page.locator('.events-table tbody').textContent()) ?? '';
    for (const name of english) expect(shown).toContain(name);
    // The Arabic interface keeps the article's own words for them.
    expect(english.some((name) => arabic.includes(name))).toBe(false);
    await shot('14-events-english');
    await page.click('#lang-toggle');
    await page.waitForSelector('html[lang="ar"]');
  });

  it('switches the labels to English and back', async () => {
    await page.goto(`${server.url}#/search`);
    await page.click('#lang-toggle');
    await page.waitForSelector('html[lang="en"]');
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    expect(await page.locator('.nav a').first().textContent()).toBe('Search');
    // Arabic titles keep their own direction in the English interface.
    await page.waitForSelector('.result-title');
    expect(
      await page
        .locator('.result-title')
        .first()
        .evaluate((el) => getComputedStyle(el).direction),
    ).toBe('rtl');
    await shot('11-english');
    await page.click('#lang-toggle');
    await page.waitForSelector('html[lang="ar"]');
    expect(errors).toEqual([]);
  });
});
