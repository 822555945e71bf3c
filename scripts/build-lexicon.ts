/**
 * Builds data/lexicon/words.txt: the most frequent normalised Arabic word forms of the ANT corpus
 * (Apache-2.0), one `word<TAB>count` a line, most frequent first. The text layer uses it to confirm
 * clitic splits and to split glued words. Run: `npm run build:lexicon` (reads ../shared/data/news).
 */
import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { normalize } from '../src/text/normalize.js';
import { LEXICON_HEADER } from '../src/text/lexicon.js';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = resolve(ROOT, '../shared/data/news/ant.jsonl.gz');
const TARGET = join(ROOT, 'data/lexicon/words.txt');
const MAX_WORDS = 120_000;
const MIN_COUNT = 1;

/** Runs of Arabic letters with their marks and tatweel: the words the text layer looks up. */
const WORD = /[\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5][\u0621-\u065f\u0670-\u06d3\u06d5\u0640]*/g;
/** Taa marbuta or alef maqsura followed by a letter: two words glued by scraping, not a word. */
const GLUED = /[\u0629\u0649][\u0621-\u064a]/;

async function main(): Promise<void> {
  if (!existsSync(SOURCE)) {
    console.error(`${SOURCE}: not found (the ANT corpus is needed to build the lexicon)`);
    process.exit(1);
  }
  const counts = new Map<string, number>();
  let articles = 0;
  const lines = createInterface({
    input: createReadStream(SOURCE).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line) as { title?: string; body?: string };
    articles++;
    for (const part of [rec.title ?? '', rec.body ?? '']) {
      for (const m of part.matchAll(WORD)) {
        const w = normalize(m[0]);
        if (w.length < 2 || GLUED.test(m[0])) continue;
        counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
  }
  const top = [...counts.entries()]
    .filter(([, n]) => n >= MIN_COUNT)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_WORDS);
  const body = top.map(([w, n]) => `${w}\t${n}`).join('\n');
  mkdirSync(dirname(TARGET), { recursive: true });
  writeFileSync(TARGET, `${LEXICON_HEADER}\tANT-v1.1\t${articles}\t${top.length}\n${body}\n`);
  console.log(`${TARGET}: ${top.length} words from ${articles} articles (${counts.size} distinct forms)`);
}

await main();
