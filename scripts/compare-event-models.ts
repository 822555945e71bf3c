/**
 * Compares two sets of committed event models (target and actor choosers, modality) on every tuning set: full and
 * type F1 and the modality right on type matches, per set and pooled. The models of --old are read from a folder
 * holding events-target.json, events-actor.json and events-modality.json (e.g. `git show` of an earlier commit);
 * the new ones are data/models'. In-sample for a model trained on a set: of use on the sets the old models never saw.
 * Usage: npx tsx scripts/compare-event-models.ts --old DIR
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createEventsPass } from '../src/annotate/events/index.js';
import { committedArgModel, loadArgModel } from '../src/annotate/events/arg-model.js';
import { committedModalityModel, loadModalityModel } from '../src/annotate/events/modality-model.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import {
  analyseItem,
  emptyCounts,
  f1,
  READABLE_SETS,
  readItems,
  scoreItem,
  typeMatches,
  type Analysed,
} from './events-data.js';

const { values } = parseArgs({ options: { old: { type: 'string' } } });
const dir = values.old!;
const passes = {
  old: createEventsPass({
    argModels: {
      target: loadArgModel('target', join(dir, 'events-target.json')),
      actor: loadArgModel('actor', join(dir, 'events-actor.json')),
    },
    modalityModel: loadModalityModel(join(dir, 'events-modality.json')),
  }),
  new: createEventsPass({
    argModels: { target: committedArgModel('target'), actor: committedArgModel('actor') },
    modalityModel: committedModalityModel(),
  }),
};
const pipe = defaultPipeline();
const pct = (x: number): string => x.toFixed(3);
console.log('| set | full F1 old → new | Δ full matches | type F1 old → new | modality right old → new |');
console.log('|---|---|---|---|---|');
const total = { old: { ...emptyCounts(), mod: 0 }, new: { ...emptyCounts(), mod: 0 } };
for (const [set, file] of READABLE_SETS) {
  const items: Analysed[] = readItems(file).map((item) => {
    const { doc, bodyStart } = analyseItem(pipe, item);
    return { set, item, doc, bodyStart, instance: { features: [], types: new Set() }, windows: [] };
  });
  const row: Record<'old' | 'new', ReturnType<typeof emptyCounts> & { mod: number }> = {
    old: { ...emptyCounts(), mod: 0 },
    new: { ...emptyCounts(), mod: 0 },
  };
  for (const k of ['old', 'new'] as const)
    for (const a of items) {
      const doc = a.doc;
      passes[k].run(doc);
      scoreItem(a, doc.events, row[k]);
      for (const [g, p] of typeMatches(a.item.events, doc.events, a.bodyStart).pairs)
        if (p && g.modality === p.modality) row[k].mod++;
    }
  for (const k of ['old', 'new'] as const)
    for (const f of Object.keys(row[k]) as (keyof (typeof row)['old'])[]) total[k][f] += row[k][f];
  const o = row.old;
  const n = row.new;
  console.log(
    `| ${set} | ${pct(f1(o.fullTp, o.fullFp, o.fullFn))} → ${pct(f1(n.fullTp, n.fullFp, n.fullFn))} | ${n.fullTp - o.fullTp >= 0 ? '+' : ''}${n.fullTp - o.fullTp} | ${pct(f1(o.tp, o.fp, o.fn))} → ${pct(f1(n.tp, n.fp, n.fn))} | ${o.mod} → ${n.mod} |`,
  );
}
const o = total.old;
const n = total.new;
console.log(
  `| all (pooled) | ${pct(f1(o.fullTp, o.fullFp, o.fullFn))} → ${pct(f1(n.fullTp, n.fullFp, n.fullFn))} | ${n.fullTp - o.fullTp >= 0 ? '+' : ''}${n.fullTp - o.fullTp} | ${pct(f1(o.tp, o.fp, o.fn))} → ${pct(f1(n.tp, n.fp, n.fn))} | ${o.mod} → ${n.mod} |`,
);
