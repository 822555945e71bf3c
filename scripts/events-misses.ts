/**
 * Lists every missed gold event (no predicted event of its type) over the tuned event sets, with the sentence
 * and the types predicted instead, and per-set type F1: the worklist for event-type recall.
 * Usage: npx tsx scripts/events-misses.ts [--json FILE]   (tuned sets only: never honest ones)
 */
import { writeFileSync } from 'node:fs';
import { defaultPipeline } from '../src/pipeline/default.js';
import { analyseItem, f1, readItems, READABLE_SETS } from './events-data.js';
import { createEventsPass } from '../src/annotate/events/index.js';

const SETS = READABLE_SETS;
const pipe = defaultPipeline();
const cameo = process.argv.includes('--cameo') ? createEventsPass({ cameoPatterns: true }) : null;
const misses: { set: string; id: string; type: string; got: string[]; text: string; evidence: string[] }[] =
  [];
const rows: string[] = [];
const all: string[] = [];
let T = 0,
  P = 0,
  N = 0;
for (const [set, file] of SETS) {
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const item of readItems(file)) {
    const { doc, bodyStart } = analyseItem(pipe, item);
    if (cameo) cameo.run(doc);
    const predicted = doc.events.filter((e) => e.evidence.some((s) => s.end > bodyStart));
    for (const p of predicted)
      all.push(
        `${set}\t${item.id}\t${p.type}\t${p.trigger.text}\t${item.events.some((g) => g.type === p.type) ? 'gold-type' : 'NO-gold'}`,
      );
    const used = new Set<number>();
    for (const g of item.events) {
      const i = predicted.findIndex((p, k) => p.type === g.type && !used.has(k));
      if (i < 0) {
        fn++;
        misses.push({
          set,
          id: item.id,
          type: g.type,
          got: predicted.map((p) => p.type),
          text: item.text,
          evidence: predicted.map((p) => `${p.type}:${p.trigger.text}`),
        });
      } else {
        used.add(i);
        tp++;
      }
    }
    fp += predicted.length - used.size;
  }
  T += tp;
  P += fp;
  N += fn;
  const p = tp / (tp + fp || 1),
    r = tp / (tp + fn || 1);
  rows.push(
    `${set}\tP ${p.toFixed(2)}\tR ${r.toFixed(2)}\tF1 ${f1(tp, fp, fn).toFixed(3)}\t(tp ${tp} fp ${fp} fn ${fn})`,
  );
}
rows.push(
  `ALL\tP ${(T / (T + P)).toFixed(2)}\tR ${(T / (T + N)).toFixed(2)}\tF1 ${f1(T, P, N).toFixed(3)}\t(tp ${T} fp ${P} fn ${N})`,
);
console.log(rows.join('\n'));
const j = process.argv.indexOf('--json');
if (j > 0) {
  writeFileSync(process.argv[j + 1]!, misses.map((m) => JSON.stringify(m)).join('\n') + '\n');
  writeFileSync(process.argv[j + 1]!.replace(/\.jsonl$/, '.events.tsv'), all.join('\n') + '\n');
}
