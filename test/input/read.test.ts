import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultPipeline } from '../../src/pipeline/default.js';
import {
  contentId,
  extractArticle,
  readInputs,
  toDoc,
  type ReadArticle,
  type ReadOptions,
  type ReadResult,
} from '../../src/read/index.js';
import { expectValidDoc } from '../doc-invariants.js';
import { encodeUtf16, encodeWindows1256 } from './legacy-encode.js';

const TITLE = 'وزير الخارجية يلتقي نظيره في العاصمة';
const BODY =
  'التقى وزير الخارجية أمس نظيره في العاصمة، وبحث الجانبان سبل تعزيز التعاون بين البلدين.\nوقال الوزير إن اللقاء كان مثمرا.';

let dir: string;

async function collect(paths: string[], opts: ReadOptions = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(paths, opts)) out.push(r);
  return out;
}

const articles = (rs: ReadResult[]): ReadArticle[] =>
  rs.filter((r): r is ReadArticle => r.kind === 'article');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rasd-read-'));
});

describe('plain text', () => {
  it('takes the first non-empty line as the title and derives a stable id from the content', async () => {
    const p = join(dir, 'a.txt');
    writeFileSync(p, `\n\n${TITLE}  \n\n${BODY}\n`);
    const [r] = articles(await collect([p]));
    expect(r!.input.title).toBe(TITLE);
    expect(r!.input.body.trim()).toBe(BODY);
    expect(r!.input.id).toBe(contentId(TITLE, BODY));
    expect(r!.input.id).toMatch(/^[0-9a-f]{16}$/);
    expect(r!.input.lang).toBe('ar');
    expect(r!.input.published).toBeNull();
    expect(r!.provenance).toEqual({ origin: p, format: 'text', encoding: 'utf-8' });
  });

  it('gives the same id to the same article in another encoding and line ending', async () => {
    const a = join(dir, 'utf8.txt');
    const b = join(dir, 'cp1256.txt');
    const c = join(dir, 'utf16.txt');
    writeFileSync(a, `${TITLE}\n${BODY}`);
    writeFileSync(b, encodeWindows1256(`${TITLE}\r\n${BODY.replace('\n', '\r\n')}`));
    writeFileSync(c, encodeUtf16(`${TITLE}\n${BODY}`, 'le'));
    const rs = articles(await collect([a, b, c]));
    expect(rs.map((r) => r.provenance.encoding)).toEqual(['utf-8', 'windows-1256', 'utf-16le']);
    expect(new Set(rs.map((r) => r.input.id)).size).toBe(1);
    expect(rs[1]!.input.title).toBe(TITLE);
  });

  it('uses --published for articles without a date, and a sidecar .meta.json before it', async () => {
    const sub = join(dir, 'sidecar');
    mkdirSync(sub);
    writeFileSync(join(sub, 'x.txt'), `${TITLE}\n${BODY}`);
    writeFileSync(
      join(sub, 'x.meta.json'),
      JSON.stringify({ published: '2019-08-02T23:10:00+03:00', source: 'SANA' }),
    );
    writeFileSync(join(sub, 'y.txt'), `${TITLE}\nنص آخر مختلف تماما عن الأول في هذا الخبر القصير.`);
    const rs = articles(await collect([sub], { published: '2020-01-01' }));
    expect(rs.map((r) => [r.provenance.origin, r.input.published, r.input.source])).toEqual([
      [join(sub, 'x.txt'), '2019-08-02', 'SANA'],
      [join(sub, 'y.txt'), '2020-01-01', null],
    ]);
  });
});

describe('JSON and JSON Lines', () => {
  it('reads one record, an array, and an {articles: []} container, with field aliases', async () => {
    const one = join(dir, 'one.json');
    writeFileSync(
      one,
      JSON.stringify({ id: 'r1', title: TITLE, text: BODY, date: '17/05/2015', link: 'https://x.example/1' }),
    );
    const arr = join(dir, 'arr.json');
    writeFileSync(
      arr,
      JSON.stringify([{ content: BODY }, { body: `<p>${BODY}</p><p>فقرة <b>ثانية</b> من النص.</p>` }]),
    );
    const box = join(dir, 'box.json');
    writeFileSync(
      box,
      JSON.stringify({
        articles: [{ id: 7, body: BODY, published: '2019-08-02T10:00:00Z', source: { name: 'AFP' } }],
      }),
    );
    const rs = articles(await collect([one, arr, box]));
    expect(rs[0]!.input).toMatchObject({
      id: 'r1',
      title: TITLE,
      published: '2015-05-17',
      url: 'https://x.example/1',
    });
    expect(rs[0]!.provenance).toMatchObject({ origin: one, format: 'json' });
    expect(rs[1]!.provenance.origin).toBe(`${arr}#1`);
    expect(rs[2]!.input.body).toBe(`${BODY.replace('\n', ' ')}\nفقرة ثانية من النص.`);
    expect(rs[3]!.input).toMatchObject({ id: '7', source: 'AFP', published: '2019-08-02' });
  });

  it('reads JSON Lines, numbering records, and reports a bad line by its number while reading the rest', async () => {
    const p = join(dir, 'recs.jsonl');
    writeFileSync(
      p,
      [
        JSON.stringify({ body: BODY }),
        '',
        '{"body": "نص", oops}',
        JSON.stringify({ id: 'z', body: BODY }),
      ].join('\n'),
    );
    const rs = await collect([p]);
    expect(rs.map((r) => (r.kind === 'article' ? r.provenance.origin : r.error.toLine()))).toEqual([
      `${p}#1`,
      expect.stringMatching(
        new RegExp(
          `^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: malformed JSON at line 3: .*\\[INPUT_BAD_JSON\\]$`,
        ),
      ),
      `${p}#3`,
    ]);
  });

  it('sniffs JSON Lines and JSON on stdin', async () => {
    const jsonl = `${JSON.stringify({ body: BODY })}\n${JSON.stringify({ body: BODY + ' ثانيا' })}\n`;
    const rs = articles(await collect(['-'], { stdin: [Buffer.from(jsonl)] }));
    expect(rs.map((r) => [r.provenance.origin, r.provenance.format])).toEqual([
      ['-#1', 'jsonl'],
      ['-#2', 'jsonl'],
    ]);
    const text = articles(await collect(['-'], { stdin: [`${TITLE}\n${BODY}`] }));
    expect(text[0]!.provenance).toMatchObject({ origin: '-', format: 'text' });
  });
});

describe('folders', () => {
  it('walks recursively in name order, skipping hidden files and unknown extensions, reading .gz', async () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'b', 'c'), { recursive: true });
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, 'b', 'c', 'z.txt'), `${TITLE}\nنص ثالث في مجلد عميق داخل الشجرة.`);
    writeFileSync(
      join(root, 'b', '2.html'),
      `<html><body><article><h1>${TITLE}</h1><p>${BODY}</p></article></body></html>`,
    );
    writeFileSync(join(root, 'a.jsonl.gz'), gzipSync(JSON.stringify({ body: BODY }) + '\n'));
    writeFileSync(join(root, '.hidden.txt'), 'نص مخفي');
    writeFileSync(join(root, '.git', 'HEAD.txt'), 'نص مخفي');
    writeFileSync(join(root, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(join(root, 'c.md'), '# not an article');
    const rs = articles(await collect([root]));
    expect(rs.map((r) => r.provenance.origin)).toEqual([
      `${join(root, 'a.jsonl.gz')}#1`,
      join(root, 'b', '2.html'),
      join(root, 'b', 'c', 'z.txt'),
    ]);
    expect(rs[1]!.input.title).toBe(TITLE);
  });
});

describe('HTML', () => {
  const page = `<!doctype html>
<html lang="ar"><head>
<title>${TITLE} | جريدة الخبر</title>
<meta property="og:site_name" content="جريدة الخبر">
<meta property="article:published_time" content="2019-08-02T00:30:00+03:00">
<link rel="canonical" href="https://news.example/a/1">
<script>var ads = "لا تظهر هذه";</script>
<style>.x{}</style>
</head><body>
<header><a href="/">الرئيسية</a> <a href="/w">العالم</a> <a href="/s">رياضة</a></header>
<nav><ul><li><a href="/p">سياسة</a></li><li><a href="/e">اقتصاد</a></li></ul></nav>
<div class="layout">
  <div class="share-buttons"><a href="#">شارك على فيسبوك</a> <a href="#">تويتر</a></div>
  <div class="main-col">
    <h1>${TITLE}</h1>
    <div class="meta"><time datetime="2019-08-01">1 أغسطس</time></div>
    <p>التقى وزير الخارجية أمس نظيره في العاصمة، وبحث الجانبان سبل تعزيز التعاون بين البلدين في مجالات عدة.</p>
    <h2>ملفات اللقاء</h2>
    <p>وقال الوزير في مؤتمر صحفي إن اللقاء كان مثمرا، وإن الجانبين اتفقا على مواصلة التشاور، وتبادل الزيارات.</p>
    <p>اقرأ أيضا: <a href="/x">خبر آخر لا علاقة له بالموضوع</a></p>
    <p>وأضاف أن الجولة المقبلة من المحادثات ستعقد الشهر المقبل، بحضور ممثلين عن الأمم المتحدة.<br>وأكد على أهمية الحل السياسي.</p>
  </div>
  <aside class="sidebar"><h3>الأكثر قراءة</h3><p>عنوان خبر جانبي طويل بما يكفي ليكون فقرة في الشريط الجانبي من الصفحة، وفيه فواصل، كثيرة.</p></aside>
</div>
<div class="comments"><p>تعليق من قارئ: هذا خبر مهم جدا، وشكرا للجريدة على التغطية المستمرة للأحداث.</p></div>
<footer><p>جميع الحقوق محفوظة © 2019 جريدة الخبر</p></footer>
<form><input name="q"><button>بحث</button></form>
</body></html>`;

  it('keeps the article text and drops navigation, sidebars, comments, scripts and footers', () => {
    const { record } = extractArticle(page);
    expect(record.title).toBe(TITLE);
    expect(record.published).toBe('2019-08-02T00:30:00+03:00');
    expect(record.source).toBe('جريدة الخبر');
    expect(record.url).toBe('https://news.example/a/1');
    expect(record.body.split('\n')).toEqual([
      'التقى وزير الخارجية أمس نظيره في العاصمة، وبحث الجانبان سبل تعزيز التعاون بين البلدين في مجالات عدة.',
      'ملفات اللقاء',
      'وقال الوزير في مؤتمر صحفي إن اللقاء كان مثمرا، وإن الجانبين اتفقا على مواصلة التشاور، وتبادل الزيارات.',
      'وأضاف أن الجولة المقبلة من المحادثات ستعقد الشهر المقبل، بحضور ممثلين عن الأمم المتحدة.',
      'وأكد على أهمية الحل السياسي.',
    ]);
  });

  it('falls back to <time datetime> and og:title, and trims the site name off <title>', () => {
    const a = extractArticle(
      `<html><head><meta property="og:title" content="عنوان من og"></head><body><div><time datetime="2018-11-28T09:00:00Z">x</time><p>${BODY}</p></div></body></html>`,
    );
    expect(a.record.title).toBe('عنوان من og');
    expect(a.record.published).toBe('2018-11-28T09:00:00Z');
    const b = extractArticle(
      `<html><head><title>جريدة الخبر - ${TITLE}</title></head><body><p>${BODY}</p></body></html>`,
    );
    expect(b.record.title).toBe(TITLE);
  });

  it('reads a page whose article is <br>-separated text in one div', () => {
    const { record } = extractArticle(
      `<html><body><div id="menu"><a href="/">الرئيسية</a></div><div class="txt">الفقرة الأولى من الخبر، وهي طويلة بما يكفي ليحسب لها حساب.<br><br>الفقرة الثانية من الخبر، وفيها تفاصيل أخرى مهمة للقارئ.</div></body></html>`,
    );
    expect(record.body).toBe(
      'الفقرة الأولى من الخبر، وهي طويلة بما يكفي ليحسب لها حساب.\nالفقرة الثانية من الخبر، وفيها تفاصيل أخرى مهمة للقارئ.',
    );
  });

  it('reads through the pipeline into a valid document with the date in the page zone', async () => {
    const p = join(dir, 'page.html');
    writeFileSync(p, page);
    const [r] = articles(await collect([p]));
    expect(r!.input.published).toBe('2019-08-02');
    expect(r!.provenance.format).toBe('html');
    const doc = defaultPipeline().run(toDoc(r!));
    expect(doc.text.startsWith(TITLE)).toBe(true);
    expect(doc.text).not.toContain('الرئيسية');
    expect(doc.text).not.toContain('جميع الحقوق');
    expectValidDoc(doc);
  });
});

describe('languages', () => {
  it('recognises a French or English article, reports it and leaves its text alone', async () => {
    const p = join(dir, 'fr.txt');
    const fr =
      'Les pourparlers reprennent à Astana\nLes délégations de la Russie, de l’Iran et de la Turquie se sont réunies mercredi dans la capitale du Kazakhstan, selon le ministère.';
    writeFileSync(p, fr);
    const [r] = articles(await collect([p]));
    expect(r!.input.lang).toBe('fr');
    expect(r!.diagnostics.map((d) => d.rule)).toContain('read/not-arabic');
    const doc = defaultPipeline().run(toDoc(r!));
    expect(doc.lang).toBe('fr');
    expect(doc.text).toContain('délégations de la Russie, de l’Iran');
    expect(doc.diagnostics.map((d) => d.rule)).toContain('read/not-arabic');
  });
});
