/**
 * Repair statistics over real articles: runs the cleaning pass on a sample of the ANT corpus and
 * prints how many repairs of each rule fired, with examples in context for checking by hand.
 * Usage: tsx scripts/eval-text-repairs.ts [sampleSize] [examplesPerRule]
 */
import { createReadStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { createDoc } from '../src/doc/index.js';
import { cleanPass } from '../src/text/passes/clean.js';

const SOURCE = resolve(import.meta.dirname, '../../shared/data/news/ant.jsonl.gz');
const sample = Number(process.argv[2] ?? 2000);
const perRule = Number(process.argv[3] ?? 10);

async function main(): Promise<void> {
  if (!existsSync(SOURCE)) throw new Error(`${SOURCE}: not found`);
  const counts = new Map<string, number>();
  const docsWith = new Map<string, number>();
  const examples = new Map<string, string[]>();
  let n = 0;
  const lines = createInterface({
    input: createReadStream(SOURCE).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  for await (const line of lines) {
    if (!line.trim()) continue;
    if (n >= sample) break;
    const rec = JSON.parse(line) as { id: string; title?: string; body?: string };
    n++;
    const doc = createDoc({ id: rec.id, title: rec.title ?? '', body: rec.body ?? '' });
    cleanPass.run(doc);
    const seen = new Set<string>();
    for (const d of doc.diagnostics) {
      counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
      if (!seen.has(d.rule)) docsWith.set(d.rule, (docsWith.get(d.rule) ?? 0) + 1);
      seen.add(d.rule);
      const ex = examples.get(d.rule) ?? [];
      if (ex.length < perRule && d.start !== null && d.end !== null) {
        const ctx = doc.text.slice(Math.max(0, d.start - 25), Math.min(doc.text.length, d.end + 25));
        ex.push(
          `${rec.id}: …${ctx.replace(/\n/g, ' ⏎ ')}… [${doc.text.slice(d.start, d.end).replace(/\n/g, '⏎')}]`,
        );
        examples.set(d.rule, ex);
      }
    }
  }
  console.log(`articles: ${n}`);
  for (const [rule, c] of [...counts].sort((a, b) => b[1] - a[1])) {
    console.log(`\n${rule}: ${c} repairs in ${docsWith.get(rule)} articles`);
    for (const e of examples.get(rule) ?? []) console.log('  ' + e);
  }
}

await main();
