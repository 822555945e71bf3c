/**
 * Draws sentences for a new hand-annotated events split from ANT articles that no eval set uses yet: a seeded
 * shuffle of the articles, then one sentence per article, either one with an event-like word (a broad list of
 * stems written for drawing, not the system's lexicon, so that it also brings words the system misses and hard
 * negatives) or, one draw in four, any sentence of the article. Prints JSON lines {id, article, published, title,
 * text, events: []} to stdout; the events are annotated by hand.
 * Usage: npx tsx scripts/draw-event-sentences.ts <seed> <count> [id prefix] [category]
 * With a category (an ANT category such as internationalNews), only articles of that category are drawn: a set
 * on the domain of the seed articles (international politics and conflict) rather than mostly local news.
 */
import { articleSentences, isoDate, shuffledUnusedArticles } from './unused-ant-articles.js';

const [seedArg, countArg, prefixArg] = process.argv.slice(2);
const seed = Number(seedArg ?? 1);
const count = Number(countArg ?? 100);
const prefix = prefixArg ?? 'd2';
const category = process.argv[5];

const shuffled = shuffledUnusedArticles(seed);
const random = shuffled.random;
const articles = category ? shuffled.articles.filter((a) => a.category === category) : shuffled.articles;

const CUE =
  /قصف|غار[ةا]|هجوم|اعتد|اشتباك|مواجه|اعتقال|يقاف|القبض|حجز|احتج|وقفة|ضراب|اعتصام|مسير|تظاهر|طالب|دعا|دعت|اتهم|ندد|استنكر|رفض|هدد|تهديد|انسحب|انسحاب|اتفاق|اتفق|لقاء|التقى|اجتماع|اجتمع|محادثات|مشاورات|زيارة|زار|استقبل|مساعد|هبة|دعم|ساند|تعاون|شراكة|عقوبات|حظر|تعزيزات|سراح|هدنة|وافق|تراجع|حاصر|طرد|ترحيل|اغتيال|اختطاف|تفجير|أشاد|ثمن|انتقد|وعد|تعهد|حذر/;

let drawn = 0;
for (const a of articles) {
  if (drawn >= count) break;
  const all = articleSentences(a);
  const anySentence = random() < 0.25;
  const pool = anySentence ? all : all.filter((s) => CUE.test(s));
  if (!pool.length) continue;
  const text = pool[Math.floor(random() * pool.length)]!;
  drawn++;
  const id = `${prefix}-${String(drawn).padStart(3, '0')}`;
  console.log(
    JSON.stringify({
      id,
      article: a.id,
      published: isoDate(a.published),
      title: a.title.trim(),
      text,
      events: [],
    }),
  );
}
