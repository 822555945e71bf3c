import { mkdtempSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest, reanalyze } from '../../src/corpus/ingest.js';
import { openStore } from '../../src/corpus/open-store.js';
import { readSources } from '../../src/corpus/sources.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { ASTANA_EXPO, ROUND11 } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-ingest-'));
const examples = new URL('../../examples/', import.meta.url).pathname;

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>وكالة الاختبار</title>
<item><guid>feed-1</guid><title>افتتاح المنتدى في أستانا</title><link>https://example.org/1</link>
<pubDate>Thu, 13 Jun 2019 10:00:00 GMT</pubDate><description><![CDATA[<p>${ASTANA_EXPO.body}</p>]]></description></item>
<item><guid>feed-2</guid><title>خبر ثان</title><description>وصل وفد اقتصادي إلى تونس لبحث التعاون في مجال الطاقة &amp; النقل.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>أتوم</title>
<entry><id>atom-1</id><title>محادثات جديدة</title><link href="https://example.org/a1"/>
<updated>2019-08-01T08:00:00Z</updated><content type="html">&lt;p&gt;${ROUND11.body.slice(0, 400)}&lt;/p&gt;</content></entry>
</feed>`;

function inputsFolder(): string {
  const folder = join(dir, 'in');
  mkdirSync(folder, { recursive: true });
  for (const f of ['000_979cc18ec33a5328.txt', '001_12314e3d2425e948.txt'])
    copyFileSync(join(examples, f), join(folder, f));
  writeFileSync(join(folder, 'feed.xml'), RSS);
  writeFileSync(join(folder, 'atom.xml'), ATOM);
  writeFileSync(
    join(folder, 'broken.xml'),
    '<?xml version="1.0"?><rss><channel><item><title>x</title></channel></rss>',
  );
  writeFileSync(
    join(folder, 'records.jsonl'),
    [
      JSON.stringify({
        id: 'j1',
        title: 'سجل أول',
        body: 'نص السجل الأول عن الانتخابات البلدية في تونس.',
        published: '2017-01-20T21:43:00+01:00',
        source: 'ant',
      }),
      '{not json',
      JSON.stringify({ id: 'j2', title: 'لا نص' }),
    ].join('\n'),
  );
  return folder;
}

describe('ingest', () => {
  it('reads every input kind in parallel workers, reports bad inputs, and resumes idempotently', async () => {
    const folder = inputsFolder();
    const store = await openStore(join(dir, 'a.db'));
    const sources = [folder, join(dir, 'missing.txt'), 'http://127.0.0.1:9/feed.xml'];
    const first = await ingest(store, readSources(sources), { workers: 2, inputs: sources });
    expect(first.added).toBe(6);
    const codes = first.errors.map((e) => e.code).sort();
    expect(codes).toEqual([
      'INPUT_BAD_FEED',
      'INPUT_BAD_JSON',
      'INPUT_BAD_RECORD',
      'INPUT_NOT_FOUND',
      'INPUT_UNREACHABLE',
    ]);
    expect(first.errors.find((e) => e.code === 'INPUT_BAD_FEED')!.subject).toMatch(/broken\.xml$/);
    expect(first.errors.find((e) => e.code === 'INPUT_BAD_JSON')!.subject).toMatch(/records\.jsonl/);
    const feedArticle = await store.getArticle('feed-1');
    expect(feedArticle!.published).toBe('2019-06-13');
    expect(feedArticle!.source).toBe('وكالة الاختبار');
    expect((await store.getArticle('j1'))!.published).toBe('2017-01-20');
    expect(first.run!.status).toBe('done');
    expect(first.run!.added).toBe(6);
    expect(first.run!.pipeline_version).toBe(defaultPipeline().version);

    const again = await ingest(store, readSources([folder]), { workers: 0 });
    expect(again.added).toBe(0);
    expect(again.unchanged).toBe(6);
    expect(await store.countArticles()).toBe(6);
    await store.close();
  });

  it('fails only the article whose worker crashes; the rest finishes', async () => {
    const store = await openStore(join(dir, 'b.db'));
    const items = [
      { input: { id: 'ok-1', title: 'أول', body: 'نص أول عن الزراعة في الجنوب.' }, origin: 'ok-1' },
      { input: { id: 'boom', title: 'ينهار', body: 'هذا المقال CRASH-ME يوقع العامل.' }, origin: 'boom' },
      { input: { id: 'ok-2', title: 'ثان', body: 'نص ثان عن الصيد البحري في صفاقس.' }, origin: 'ok-2' },
      { input: { id: 'ok-3', title: 'ثالث', body: 'نص ثالث عن السياحة في جربة.' }, origin: 'ok-3' },
    ];
    const res = await ingest(store, items, {
      workers: 2,
      pipelineModule: new URL('./fixtures/crashing-pipeline.ts', import.meta.url).href,
    });
    expect(res.added).toBe(3);
    expect(res.failed).toBe(1);
    expect(res.errors[0]).toMatchObject({ subject: 'boom', code: 'ANALYSIS_CRASHED' });
    expect(await store.getArticle('boom')).toBeNull();
    expect((await store.getArticle('ok-3'))!.title).toBe('ثالث');
    await store.close();
  });

  it('reanalyses articles stored by another pipeline version', async () => {
    const store = await openStore(join(dir, 'c.db'));
    const old = new URL('./fixtures/older-pipeline.ts', import.meta.url).href;
    await ingest(store, [{ input: ROUND11, origin: 'r11' }], { workers: 0, pipelineModule: old });
    const before = await store.getArticle(ROUND11.id!);
    expect(before!.pipeline_version).not.toBe(defaultPipeline().version);
    const res = await reanalyze(store, { workers: 0 });
    expect(res.revised).toBe(1);
    const after = await store.getArticle(ROUND11.id!);
    expect(after!.pipeline_version).toBe(defaultPipeline().version);
    expect(after!.revision).toBe(1);
    expect(after!.story_id).toBe(before!.story_id);
    expect(await store.staleArticles(defaultPipeline().version, 10)).toEqual([]);
    await store.close();
  });
});
