/**
 * Output identity check for speed work on the times, quantities and events passes: runs the default
 * pipeline over the first N ANT articles (../shared/data/news/ant.jsonl.gz) that are not held out
 * (/work/holdout-articles.txt, when present, is skipped whole) and writes one JSON line per article
 * with its times, quantities, events and diagnostics layers and the tokens' annotations.
 *
 *   npx tsx scripts/dump-pass-layers.ts OUT.jsonl [articles=3000]
 *   cmp before.jsonl after.jsonl   # any difference is a bug in an optimisation
 *
 * Prints a hash of the whole output and the CPU time, so two runs can be compared at a glance.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createDoc } from '../src/doc/index.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { unheldAntArticles } from './unheld-articles.js';

const outPath = process.argv[2];
if (!outPath) throw new Error('usage: dump-pass-layers.ts OUT.jsonl [articles=3000]');
const n = Number(process.argv[3] ?? 3000);
const articles = await unheldAntArticles(n);
const pipeline = defaultPipeline();
const lines: string[] = [];
const c0 = process.cpuUsage();
for (const input of articles) {
  const doc = pipeline.run(createDoc({ ...input, id: input.id! }));
  lines.push(
    JSON.stringify({
      id: doc.id,
      times: doc.times,
      quantities: doc.quantities,
      events: doc.events,
      diagnostics: doc.diagnostics,
      tokens: doc.tokens,
    }),
  );
}
const c = process.cpuUsage(c0);
const text = lines.join('\n') + '\n';
writeFileSync(outPath, text);
const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
console.log(`${articles.length} articles, sha256 ${hash}, CPU ${((c.user + c.system) / 1000).toFixed(0)} ms`);
