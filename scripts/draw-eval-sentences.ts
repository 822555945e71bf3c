/**
 * Draws sentences for a new hand-annotated times/quantities split from ANT articles that no eval set
 * uses yet: a seeded shuffle of the articles, then one random sentence per article among those with a
 * time or number cue (digits, number words, day/month/weekday words). Prints JSON lines
 * {article, published, sentence} to stdout; the annotation itself is written by hand.
 * Usage: npx tsx scripts/draw-eval-sentences.ts <seed> <count>
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createDoc } from '../src/doc/index.js';
import { cleanPass } from '../src/text/passes/clean.js';
import { segmentSentencesPass } from '../src/text/passes/segment-sentences.js';

const [seedArg, countArg] = process.argv.slice(2);
const seed = Number(seedArg ?? 1);
const count = Number(countArg ?? 100);

/** mulberry32: small, seeded, reproducible. */
function rng(a: number): () => number {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(seed);

const used = new Set<string>();
for (const f of readdirSync('eval').filter((n) => n.endsWith('.jsonl'))) {
  for (const line of readFileSync(`eval/${f}`, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { article?: string; id?: string };
    if (r.article) used.add(r.article);
    if (r.id) used.add(r.id);
  }
}

/** ANT dates come as 2017-03-09T… or 09/03/2017 (day first). */
function isoDate(published: string): string {
  const m = /^(\d\d)\/(\d\d)\/(\d{4})/.exec(published);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : published.slice(0, 10);
}

interface Article {
  id: string;
  published: string;
  title: string;
  body: string;
}
const articles = gunzipSync(readFileSync('../shared/data/news/ant.jsonl.gz'))
  .toString('utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Article)
  .filter((a) => !used.has(a.id) && a.published && a.body);

for (let i = articles.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [articles[i], articles[j]] = [articles[j]!, articles[i]!];
}

const CUE =
  /[0-9٠-٩]|اليوم|أمس|امس|غدا|صباح|مساء|عشية|ليلة|الساعة|ساعات|يوم|أيام|أسبوع|شهر|أشهر|سنة|سنوات|عام|أعوام|الماضي|المقبل|القادم|جانفي|فيفري|مارس|أفريل|ماي|جوان|جويلية|أوت|سبتمبر|أكتوبر|نوفمبر|ديسمبر|يناير|فبراير|أبريل|مايو|يونيو|يوليو|أغسطس|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|واحد|اثن|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر|مائة|مئة|ألف|مليون|مليار|الأول|الثاني|الثالث|الرابع|الخامس/;

let drawn = 0;
for (const a of articles) {
  if (drawn >= count) break;
  const doc = createDoc({ id: a.id, body: a.body, published: isoDate(a.published) });
  cleanPass.run(doc);
  segmentSentencesPass.run(doc);
  const sentences = doc.sentences
    .map((s) => doc.text.slice(s.start, s.end))
    .filter((s) => s.length >= 30 && s.length <= 400 && CUE.test(s));
  if (!sentences.length) continue;
  const sentence = sentences[Math.floor(random() * sentences.length)]!;
  console.log(JSON.stringify({ article: a.id, published: isoDate(a.published), sentence }));
  drawn++;
}
