/**
 * Trains and cross-validates the learned check of the rules' place (src/annotate/events/place-model.ts, docs/EVENTS.md
 * §32): for each type match (eval-events.ts's matching) where the rules chose a place, "keep" when it matches the gold
 * place, "drop" when gold has none (gold `*` and another gold place are skipped: dropping changes no full match there).
 * An averaged perceptron (the average of --seeds seeded shuffles). Leave-one-set-out over every tuning set
 * (READABLE_SETS): per fold, full-match and type F1 with the committed argument choosers alone and with the check
 * trained on the other sets. With --write, trains on all sets and writes data/models/events-place.json.
 * Usage: npx tsx scripts/train-places.ts [--epochs 6] [--seeds 5] [--threshold 0] [--write]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultPipeline } from '../src/pipeline/default.js';
import { createEventsPass } from '../src/annotate/events/index.js';
import { defaultPlaceModelPath, scorePlace, type PlaceModel } from '../src/annotate/events/place-model.js';
import { mulberry32 } from '../src/annotate/ner/train.js';
import { AveragedWeights, shuffleInPlace } from './averaged-weights.js';
import {
  analyseItem,
  emptyCounts,
  f1,
  placeMatches,
  READABLE_SETS,
  readItems,
  runPass,
  typeMatches,
  type Analysed,
} from './events-data.js';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '6' },
    seeds: { type: 'string', default: '5' },
    threshold: { type: 'string', default: '0' },
    write: { type: 'boolean', default: false },
  },
});
const epochs = Number(values.epochs);
const seeds = Number(values.seeds);
const threshold = Number(values.threshold);

interface Instance {
  set: string;
  features: string[];
  keep: boolean;
}

const pipe = defaultPipeline();
const items: Analysed[] = [];
for (const [set, file] of READABLE_SETS)
  for (const item of readItems(file)) {
    const { doc, bodyStart } = analyseItem(pipe, item);
    items.push({ set, item, doc, bodyStart, instance: { features: [], types: new Set() }, windows: [] });
  }

let questions = new Map<number, string[]>();
const collect = createEventsPass({
  placeModel: null,
  onPlaceQuestion: (at, features) => {
    if (!questions.has(at)) questions.set(at, features);
  },
});
const instances: Instance[] = [];
for (const a of items) {
  questions = new Map();
  collect.run(a.doc);
  for (const [g, p] of typeMatches(a.item.events, a.doc.events, a.bodyStart).pairs) {
    if (!p || !p.place || g.place === '*') continue;
    const features = questions.get(p.trigger.start);
    if (!features) continue;
    if (g.place === null) instances.push({ set: a.set, features, keep: false });
    else if (placeMatches(g.place, p.place)) instances.push({ set: a.set, features, keep: true });
  }
}
console.log(
  `${instances.length} places the rules chose on type matches: ${instances.filter((x) => x.keep).length} right, ${instances.filter((x) => !x.keep).length} where gold has none`,
);

function trainOne(data: readonly Instance[], seed: number): Map<string, number> {
  const w = new AveragedWeights();
  const rand = mulberry32(seed);
  const order = data.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    shuffleInPlace(order, rand);
    for (const k of order) {
      const x = data[k]!;
      const y = x.keep ? 1 : -1;
      if (w.score(x.features) * y <= 0) for (const f of x.features) w.bump(f, y);
      w.step();
    }
  }
  return w.averaged();
}

function train(data: readonly Instance[]): PlaceModel {
  const sum = new Map<string, number>();
  for (let k = 0; k < seeds; k++)
    for (const [f, v] of trainOne(data, 1 + k)) sum.set(f, (sum.get(f) ?? 0) + v / seeds);
  const weights: Record<string, number> = {};
  for (const f of [...sum.keys()].sort()) {
    const v = Math.round(sum.get(f)! * 1000) / 1000;
    if (v !== 0) weights[f] = v;
  }
  return { weights, threshold };
}

const pct = (x: number): string => x.toFixed(3);
const rows = [
  '| held-out set | instances (keep/drop) | choosers full F1 | with place check | Δ full matches | dropped right/wrong | type F1 | with check |',
  '|---|---|---|---|---|---|---|---|',
];
const sumR = emptyCounts();
const sumM = emptyCounts();
let better = 0;
let worse = 0;
for (const [set] of READABLE_SETS) {
  const model = train(instances.filter((x) => x.set !== set));
  const test = instances.filter((x) => x.set === set);
  let dropRight = 0;
  let dropWrong = 0;
  for (const x of test)
    if (scorePlace(model, x.features) < model.threshold) {
      if (x.keep) dropWrong++;
      else dropRight++;
    }
  const fold = items.filter((x) => x.set === set);
  const base = runPass(fold, createEventsPass({ placeModel: null }));
  const withModel = runPass(fold, createEventsPass({ placeModel: model }));
  for (const k of Object.keys(base) as (keyof typeof base)[]) {
    sumR[k] += base[k];
    sumM[k] += withModel[k];
  }
  const d = withModel.fullTp - base.fullTp;
  if (d > 0) better++;
  if (d < 0) worse++;
  rows.push(
    `| ${set} | ${test.filter((x) => x.keep).length}/${test.filter((x) => !x.keep).length} | ${pct(f1(base.fullTp, base.fullFp, base.fullFn))} | ${pct(f1(withModel.fullTp, withModel.fullFp, withModel.fullFn))} | ${d >= 0 ? '+' : ''}${d} | ${dropRight}/${dropWrong} | ${pct(f1(base.tp, base.fp, base.fn))} | ${pct(f1(withModel.tp, withModel.fp, withModel.fn))} |`,
  );
}
rows.push(
  `| all (pooled) | ${instances.filter((x) => x.keep).length}/${instances.filter((x) => !x.keep).length} | ${pct(f1(sumR.fullTp, sumR.fullFp, sumR.fullFn))} | ${pct(f1(sumM.fullTp, sumM.fullFp, sumM.fullFn))} | ${sumM.fullTp - sumR.fullTp >= 0 ? '+' : ''}${sumM.fullTp - sumR.fullTp} | | ${pct(f1(sumR.tp, sumR.fp, sumR.fn))} | ${pct(f1(sumM.tp, sumM.fp, sumM.fn))} |`,
);
console.log(rows.join('\n'));
console.log(
  `folds better ${better}, worse ${worse}, level ${READABLE_SETS.length - better - worse} (epochs ${epochs}, seeds 1..${seeds}, threshold ${threshold})`,
);
if (values.write) {
  const model = train(instances);
  writeFileSync(defaultPlaceModelPath(), JSON.stringify(model) + '\n');
  console.log(`wrote ${defaultPlaceModelPath()}: ${Object.keys(model.weights).length} weights`);
}
