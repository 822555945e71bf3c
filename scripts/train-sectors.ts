/**
 * Session 15: trains and cross-validates the learned sector of event arguments (src/annotate/events/sector-model.ts,
 * docs/EVENTS.md §34). For each type match (eval-events.ts's matching) of every tuning set (READABLE_SETS), each
 * actor (or target) the pass found with the gold code's country is an instance, labelled with the gold code's sector
 * ('-' for a bare country; gold null and `*` are skipped). A multiclass averaged perceptron reads the phrase.
 * Leave-one-set-out over every tuning set: per fold, the full-match F1 of the pass as shipped (rules + committed
 * choosers) without and with the sector model trained on the other sets. With --write, trains on all sets and writes
 * data/models/events-sector.json.
 * Usage: npx tsx scripts/train-sectors.ts [--epochs 5] [--seeds 5] [--margin 0] [--show] [--write]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ActorMention } from '../src/annotate/events/actors.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { createEventsPass } from '../src/annotate/events/index.js';
import {
  chooseSector,
  defaultSectorModelPath,
  sectorLabel,
  sectorSettings,
  type SectorModel,
} from '../src/annotate/events/sector-model.js';
import { mulberry32 } from '../src/annotate/ner/train.js';
import { AveragedWeights, shuffleInPlace } from './averaged-weights.js';
import {
  analyseItem,
  emptyCounts,
  f1,
  readItems,
  runPass,
  typeMatches,
  READABLE_SETS,
  type Analysed,
} from './events-data.js';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    seeds: { type: 'string', default: '5' },
    margin: { type: 'string', default: '0' },
    write: { type: 'boolean', default: false },
    show: { type: 'boolean', default: false },
  },
});
const epochs = Number(values.epochs);
const seed = Number(values.seed);
const seeds = Number(values.seeds);
const margin = Number(values.margin);

interface Instance {
  set: string;
  features: string[];
  gold: string;
  rules: string;
  desc: string;
}

const pipe = defaultPipeline();
const items: Analysed[] = [];
for (const [set, file] of READABLE_SETS)
  for (const item of readItems(file)) {
    const { doc, bodyStart } = analyseItem(pipe, item);
    items.push({ set, item, doc, bodyStart, instance: { features: [], types: new Set() }, windows: [] });
  }

// collect every argument the recoding sees (the pass as shipped, no sector model), then label from the gold events
let asked = new Map<string, { a: ActorMention; features: string[] }[]>();
sectorSettings.model = null;
sectorSettings.onQuestion = (role, at, a, features) => {
  const k = `${role}:${at}`;
  const list = asked.get(k) ?? [];
  list.push({ a, features });
  asked.set(k, list);
};
const collect = createEventsPass();
const instances: Instance[] = [];
for (const x of items) {
  asked = new Map();
  collect.run(x.doc);
  for (const [g, p] of typeMatches(x.item.events, x.doc.events, x.bodyStart).pairs) {
    if (!p) continue;
    for (const role of ['actor', 'target'] as const) {
      const gold = role === 'actor' ? g.actor : g.target;
      if (gold === null || gold === '*') continue;
      const codes = new Set((role === 'actor' ? p.actors : p.targets).map((a) => a.code));
      const seen = new Set<string>();
      for (const q of asked.get(`${role}:${p.trigger.start}`) ?? []) {
        if (!codes.has(q.a.code) || q.a.country !== gold.slice(0, 3)) continue;
        const key = `${q.a.start}:${q.a.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        instances.push({
          set: x.set,
          features: q.features,
          gold: gold.length > 3 ? gold.slice(3) : '-',
          rules: sectorLabel(q.a),
          desc: `${x.item.id} ${role} ${p.type} gold ${gold} rules ${q.a.code}«${x.doc.text.slice(q.a.start, q.a.end)}»`,
        });
      }
    }
  }
}
sectorSettings.onQuestion = null;
const agree = instances.filter((x) => x.gold === x.rules).length;
console.log(`${instances.length} instances; the rules' sector right on ${agree}`);

function train(data: readonly Instance[]): SectorModel {
  const labels = [...new Set(data.map((x) => x.gold).concat(data.map((x) => x.rules)))].sort();
  const sum = new Map<string, number>();
  for (let k = 0; k < seeds; k++)
    for (const [f, v] of trainOne(data, labels, seed + k)) sum.set(f, (sum.get(f) ?? 0) + v / seeds);
  const weights: Record<string, number> = {};
  for (const f of [...sum.keys()].sort()) {
    const v = Math.round(sum.get(f)! * 1000) / 1000;
    if (v !== 0) weights[f] = v;
  }
  return { labels, weights, margin };
}

function trainOne(data: readonly Instance[], labels: readonly string[], seed: number): Map<string, number> {
  const w = new AveragedWeights();
  const rand = mulberry32(seed);
  const order = data.map((_, i) => i);
  const keyed = data.map((x) => labels.map((l) => x.features.map((f) => `${l}\u0001${f}`)));
  for (let e = 0; e < epochs; e++) {
    shuffleInPlace(order, rand);
    for (const k of order) {
      const x = data[k]!;
      const fs = keyed[k]!;
      let best = -1;
      let bestScore = -Infinity;
      for (let i = 0; i < labels.length; i++) {
        const s = w.score(fs[i]!);
        if (s > bestScore) {
          best = i;
          bestScore = s;
        }
      }
      const gi = labels.indexOf(x.gold);
      if (best !== gi) {
        for (const f of fs[gi]!) w.bump(f, 1);
        for (const f of fs[best]!) w.bump(f, -1);
      }
      w.step();
    }
  }
  return w.averaged();
}

const pct = (x: number): string => x.toFixed(3);
const rows = [
  '| held-out set | instances | rules sector right | model sector right | as shipped full F1 | with sector model | Δ full matches |',
  '|---|---|---|---|---|---|---|',
];
let better = 0;
let worse = 0;
const sumR = emptyCounts();
const sumM = emptyCounts();
let instR = 0;
let instM = 0;
const plain = createEventsPass();
for (const [set] of READABLE_SETS) {
  const model = train(instances.filter((x) => x.set !== set));
  const test = instances.filter((x) => x.set === set);
  let r = 0;
  let m = 0;
  for (const x of test) {
    const got = chooseSector(model, x.features, x.rules) ?? x.rules;
    if (x.rules === x.gold) r++;
    if (got === x.gold) m++;
    if (values.show && got !== x.rules)
      console.log(`${got === x.gold ? 'FIXED' : x.rules === x.gold ? 'BROKE' : 'OTHER'} → ${got}: ${x.desc}`);
  }
  instR += r;
  instM += m;
  const fold = items.filter((a) => a.set === set);
  sectorSettings.model = null;
  const rules = runPass(fold, plain);
  sectorSettings.model = model;
  const withModel = runPass(fold, plain);
  sectorSettings.model = null;
  for (const k of Object.keys(rules) as (keyof typeof rules)[]) {
    sumR[k] += rules[k];
    sumM[k] += withModel[k];
  }
  const d = withModel.fullTp - rules.fullTp;
  if (d > 0) better++;
  if (d < 0) worse++;
  rows.push(
    `| ${set} | ${test.length} | ${r} | ${m} | ${pct(f1(rules.fullTp, rules.fullFp, rules.fullFn))} | ${pct(f1(withModel.fullTp, withModel.fullFp, withModel.fullFn))} | ${d >= 0 ? '+' : ''}${d} |`,
  );
}
rows.push(
  `| all (pooled) | ${instances.length} | ${instR} | ${instM} | ${pct(f1(sumR.fullTp, sumR.fullFp, sumR.fullFn))} | ${pct(f1(sumM.fullTp, sumM.fullFp, sumM.fullFn))} | ${sumM.fullTp - sumR.fullTp >= 0 ? '+' : ''}${sumM.fullTp - sumR.fullTp} |`,
);
console.log(rows.join('\n'));
console.log(
  `folds better ${better}, worse ${worse}, level ${READABLE_SETS.length - better - worse}; type F1 ${pct(f1(sumR.tp, sumR.fp, sumR.fn))} → ${pct(f1(sumM.tp, sumM.fp, sumM.fn))} (epochs ${epochs}, seeds ${seed}..${seed + seeds - 1}, margin ${margin})`,
);
if (values.write) {
  const model = train(instances);
  writeFileSync(defaultSectorModelPath(), JSON.stringify(model) + '\n');
  console.log(
    `wrote ${defaultSectorModelPath()}: ${model.labels.length} labels, ${Object.keys(model.weights).length} weights`,
  );
}
