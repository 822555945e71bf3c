/**
 * Draws sentences for a new hand-annotated times/quantities split from ANT articles that no eval set
 * uses yet: a seeded shuffle of the articles, then one random sentence per article among those with a
 * time or number cue (digits, number words, day/month/weekday words). Prints JSON lines
 * {article, published, sentence} to stdout; the annotation itself is written by hand.
 * Usage: npx tsx scripts/draw-eval-sentences.ts <seed> <count>
 */
import { articleSentences, isoDate, shuffledUnusedArticles } from './unused-ant-articles.js';

const [seedArg, countArg] = process.argv.slice(2);
const seed = Number(seedArg ?? 1);
const count = Number(countArg ?? 100);

const { articles, random } = shuffledUnusedArticles(seed);

const CUE =
  /[0-9٠-٩]|اليوم|أمس|امس|غدا|صباح|مساء|عشية|ليلة|الساعة|ساعات|يوم|أيام|أسبوع|شهر|أشهر|سنة|سنوات|عام|أعوام|الماضي|المقبل|القادم|جانفي|فيفري|مارس|أفريل|ماي|جوان|جويلية|أوت|سبتمبر|أكتوبر|نوفمبر|ديسمبر|يناير|فبراير|أبريل|مايو|يونيو|يوليو|أغسطس|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|واحد|اثن|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر|مائة|مئة|ألف|مليون|مليار|الأول|الثاني|الثالث|الرابع|الخامس/;

let drawn = 0;
for (const a of articles) {
  if (drawn >= count) break;
  const sentences = articleSentences(a).filter((s) => CUE.test(s));
  if (!sentences.length) continue;
  const sentence = sentences[Math.floor(random() * sentences.length)]!;
  console.log(JSON.stringify({ article: a.id, published: isoDate(a.published), sentence }));
  drawn++;
}
