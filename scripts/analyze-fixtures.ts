/**
 * Golden fixtures of the analyze stage: constructed inputs of every kind the readers take, and the
 * full `rasd analyze` output for each. `npm run fixtures:analyze` rewrites both; the test
 * test/input/analyze-fixtures.test.ts fails when the output drifts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoryIO } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { encodeUtf16, encodeWindows1256 } from '../test/input/legacy-encode.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURE_DIR = 'test/fixtures/analyze';
const INPUTS = `${FIXTURE_DIR}/inputs`;

const HEALTH_TITLE = 'وزارة الصحة تعلن خطة لتطعيم مليون طفل قبل نهاية العام';
const HEALTH_BODY = [
  'أعلنت وزارة الصحة، يوم الثلاثاء، عن خطة وطنية لتطعيم أكثر من مليون طفل ضد الحصبة قبل نهاية العام الجاري، بكلفة تناهز 12 مليون دينار.',
  'وقال المدير العام للصحة الأساسية في مؤتمر صحفي بالعاصمة إن الحملة ستنطلق في 15 أكتوبر وتستمر ثلاثة أسابيع.',
  'وأضاف أن نسبة التغطية بلغت 85.5% في العام الماضي، مؤكدًا أن الهدف هو تجاوز 95%.',
].join('\n');

const FLOOD_TITLE = 'فيضانات تجتاح ولايات الشمال الغربي';
const FLOOD_BODY =
  'أدت الأمطار الغزيرة التي تهاطلت منذ مساء الأحد إلى فيضان عدد من الأودية في ولايات الشمال الغربي، ما تسبب في قطع الطرقات وعزل عشرات القرى. وأفادت الحماية المدنية بأنها أجلت 340 عائلة، فيما تواصل فرقها عمليات البحث عن مفقودَين اثنين.';

const PAGE = `<!doctype html>
<html lang="ar" dir="rtl"><head>
<meta charset="utf-8">
<title>البرلمان يصادق على قانون المالية لسنة 2017 | موقع الأخبار</title>
<meta property="og:site_name" content="موقع الأخبار">
<meta property="og:title" content="البرلمان يصادق على قانون المالية لسنة 2017">
<meta property="article:published_time" content="2016-12-10T23:45:00+01:00">
<link rel="canonical" href="https://news.example.org/economy/2016/12/10/finance-law">
<script>window.dataLayer = [{"page": "article"}];</script>
<style>body { font-family: sans-serif; }</style>
</head><body>
<header class="site-header"><a href="/" class="logo">موقع الأخبار</a>
<nav class="main-nav"><ul><li><a href="/politics">سياسة</a></li><li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li><li><a href="/culture">ثقافة</a></li></ul></nav></header>
<div class="breadcrumbs"><a href="/">الرئيسية</a> › <a href="/economy">اقتصاد</a></div>
<main>
<article class="post">
<h1 class="post-title">البرلمان يصادق على قانون المالية لسنة 2017</h1>
<div class="post-meta">بقلم <a href="/authors/1">محرر الموقع</a> · <time datetime="2016-12-10">10 ديسمبر 2016</time></div>
<div class="social-share"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
<div class="post-body">
<p>صادق مجلس نواب الشعب، مساء السبت، على مشروع قانون المالية لسنة 2017 بموافقة 122 نائبا واحتفاظ 9 واعتراض 40، وذلك إثر جلسة عامة تواصلت إلى ساعة متأخرة من الليل.</p>
<p>وتبلغ ميزانية الدولة للسنة القادمة 32.4 مليار دينار، بزيادة تقدر بـ 11% مقارنة بسنة 2016، وفق ما أكده وزير المالية خلال الجلسة.</p>
<h2>إجراءات جبائية جديدة</h2>
<p>ويتضمن القانون جملة من الإجراءات الجبائية، من بينها إحداث ضريبة استثنائية على المؤسسات البنكية والمالية بنسبة 7.5%، وتأجيل الزيادة في الأجور إلى سنة 2018.</p>
<p class="read-more">اقرأ أيضا: <a href="/economy/1">الحكومة تعرض مشروع الميزانية على البرلمان</a></p>
<p>وقال رئيس لجنة المالية إن المصادقة على القانون في آجاله الدستورية رسالة طمأنة للشركاء الاقتصاديين.</p>
</div>
<div class="tags"><a href="/tag/budget">ميزانية</a> <a href="/tag/parliament">برلمان</a></div>
</article>
<section class="related"><h3>مقالات ذات صلة</h3><ul><li><a href="/a">النقابة ترفض تأجيل الزيادة في الأجور، وتدعو إلى إضراب عام في القطاع العام</a></li><li><a href="/b">صندوق النقد الدولي يدعو إلى إصلاحات عاجلة في منظومة الدعم والجباية</a></li></ul></section>
</main>
<aside class="sidebar"><div class="widget most-read"><h3>الأكثر قراءة</h3><p>خبر جانبي طويل بما يكفي ليحسب فقرة، يتحدث عن موضوع آخر تماما، وفيه فواصل كثيرة، وأرقام مثل 2016.</p></div></aside>
<div id="comments"><h3>التعليقات</h3><p>قارئ: قانون ظالم للموظفين، والزيادة في الأجور حق مكتسب لا يجوز تأجيله بأي حال من الأحوال.</p></div>
<footer class="site-footer"><p>© 2016 موقع الأخبار. جميع الحقوق محفوظة.</p><a href="/contact">اتصل بنا</a></footer>
<form class="newsletter"><input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button></form>
</body></html>
`;

const ENGLISH =
  'Syria talks resume in Kazakh capital\nDelegations from Russia, Iran and Turkey met on Wednesday in the Kazakh capital for a new round of talks on Syria, the foreign ministry said. The talks are expected to last two days.';
const FRENCH =
  "Reprise des pourparlers sur la Syrie\nLes délégations de la Russie, de l'Iran et de la Turquie se sont réunies mercredi dans la capitale du Kazakhstan pour un nouveau cycle de pourparlers, selon le ministère des Affaires étrangères.";

/** Input files, written by the fixture script: encodings a text editor would not produce on purpose. */
export function inputFiles(): Record<string, string | Uint8Array> {
  return {
    'record.json':
      JSON.stringify(
        {
          id: 'health-2017-001',
          title: HEALTH_TITLE,
          content: HEALTH_BODY,
          date: '2017-09-12T08:30:00+01:00',
          link: 'https://news.example.org/health/1',
          source: 'وكالة الأنباء',
        },
        null,
        2,
      ) + '\n',
    'records.jsonl':
      [
        JSON.stringify({ id: 'flood-1', title: FLOOD_TITLE, body: FLOOD_BODY, published: '17/01/2016' }),
        JSON.stringify({
          title: HEALTH_TITLE,
          text: HEALTH_BODY,
          published: 'Tue, 12 Sep 2017 08:30:00 +0100',
        }),
        JSON.stringify({ id: 'no-date', body: FLOOD_BODY }),
      ].join('\n') + '\n',
    'page.html': PAGE,
    'cp1256.txt': encodeWindows1256(`${FLOOD_TITLE}\r\n\r\n${FLOOD_BODY}\r\n`),
    'utf16le-bom.txt': encodeUtf16(`${HEALTH_TITLE}\n\n${HEALTH_BODY}\n`, 'le'),
    'utf8-bom-crlf.txt': `\ufeff${HEALTH_TITLE}\r\n\r\n${HEALTH_BODY.replace(/\n/g, '\r\n')}\r\n`,
    'english.txt': ENGLISH + '\n',
    'french.txt': FRENCH + '\n',
  };
}

export interface FixtureCase {
  name: string;
  args: string[];
}

/** Each case is one `rasd analyze` run from the repository root. */
export const CASES: FixtureCase[] = [
  { name: 'seeds', args: ['examples/', '--no-tokens'] },
  { name: 'seed-published-flag', args: ['examples/001_12314e3d2425e948.txt', '--published', '2018-11-28'] },
  { name: 'record-json', args: [`${INPUTS}/record.json`] },
  { name: 'records-jsonl', args: [`${INPUTS}/records.jsonl`, '--no-tokens', '--published', '2016-01-18'] },
  { name: 'html-page', args: [`${INPUTS}/page.html`, '--no-tokens'] },
  { name: 'windows-1256', args: [`${INPUTS}/cp1256.txt`, '--no-tokens'] },
  { name: 'utf16le-bom', args: [`${INPUTS}/utf16le-bom.txt`, '--no-tokens'] },
  { name: 'utf8-bom-crlf', args: [`${INPUTS}/utf8-bom-crlf.txt`, '--no-tokens'] },
  { name: 'not-arabic', args: [`${INPUTS}/english.txt`, `${INPUTS}/french.txt`, '--no-tokens'] },
  { name: 'bad-and-good', args: [`${INPUTS}/missing.txt`, `${INPUTS}/cp1256.txt`, '--no-tokens'] },
];

export interface FixtureResult {
  args: string[];
  exitCode: number;
  stderr: string[];
  output: unknown;
}

/** Runs one case in-process, from the repository root, as `rasd analyze … --format json`. */
export async function runCase(c: FixtureCase): Promise<FixtureResult> {
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const io = memoryIO();
    const exitCode = await main(['node', 'rasd', 'analyze', ...c.args, '--format', 'json'], io);
    return {
      args: c.args,
      exitCode,
      stderr: io.stderr.split('\n').filter(Boolean),
      output: JSON.parse(io.stdout) as unknown,
    };
  } finally {
    process.chdir(cwd);
  }
}

export function expectedPath(c: FixtureCase): string {
  return join(ROOT, FIXTURE_DIR, `${c.name}.expected.json`);
}

export function writeInputs(): void {
  const dir = join(ROOT, INPUTS);
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(inputFiles())) writeFileSync(join(dir, name), content);
}
