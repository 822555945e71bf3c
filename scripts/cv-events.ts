/**
 * Leave-one-set-out cross-validation of the events type model (docs/EVENTS.md §19): for each of the tuned
 * event sets, train on the seven others, run the real events pass with the model in the loop on the eighth and
 * score it as scripts/eval-events.ts does; against the rules alone. The add/veto thresholds are read from a grid:
 * the table gives each fold at the thresholds with the best mean type F1 over folds (and at those given by
 * --add/--veto when set).
 *   npx tsx scripts/cv-events.ts [--epochs 5] [--seed 1] [--min-count 10] [--algo perceptron|logistic] [--l2 0.01] [--add N] [--veto N]
 */
import { parseArgs } from 'node:util';
import { createEventsPass } from '../src/annotate/events/index.js';
import { buildTypeModel } from '../src/annotate/events/type-model.js';
import { PLOVER_TYPES, trainTypeWeights } from '../src/annotate/events/type-train.js';
import { f1, loadAnalysed, runPass, TUNED_SETS, type Counts } from './events-data.js';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    'min-count': { type: 'string', default: '10' },
    add: { type: 'string' },
    veto: { type: 'string' },
    algo: { type: 'string', default: 'perceptron' },
    l2: { type: 'string', default: '0.01' },
  },
});
const opts = {
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  minCount: Number(values['min-count']),
};
const ADD = values.add
  ? [Number(values.add)]
  : values.algo === 'logistic'
    ? [Infinity, 0, 1, 2, 3, 4]
    : [Infinity, 0, 4, 8, 12, 16, 24, 32, 48];
const VETO = values.veto
  ? [Number(values.veto)]
  : values.algo === 'logistic'
    ? [-Infinity, -2, -3, -4, -6]
    : [-Infinity, 0, -4, -8, -16, -24, -32, -48];

const t0 = performance.now();
const all = loadAnalysed();
console.error(`analysed ${all.length} items in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const key = (a: number, v: number): string => `${a}|${v}`;
const results = new Map<string, Counts[]>();
const rules: Counts[] = [];
for (const [set] of TUNED_SETS) {
  const test = all.filter((a) => a.set === set);
  const train = all.filter((a) => a.set !== set);
  const model = buildTypeModel(
    PLOVER_TYPES,
    trainTypeWeights(
      train.map((a) => a.instance),
      opts,
    ),
    Infinity,
    -Infinity,
    {},
  );
  const pass = createEventsPass({ typeModel: model });
  rules.push(runPass(test, createEventsPass({ typeModel: null })));
  for (const add of ADD)
    for (const veto of VETO) {
      model.add = add;
      model.veto = veto;
      const k = key(add, veto);
      if (!results.has(k)) results.set(k, []);
      results.get(k)!.push(runPass(test, pass));
    }
  console.error(`fold ${set} done (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
const typeF = (c: Counts): number => f1(c.tp, c.fp, c.fn);
const fullF = (c: Counts): number => f1(c.fullTp, c.fullFp, c.fullFn);
const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
const ruleMean = mean(rules.map(typeF));
const ranked = [...results].map(([k, cs]) => ({
  k,
  type: mean(cs.map(typeF)),
  full: mean(cs.map(fullF)),
  cs,
}));
ranked.sort((a, b) => b.type - a.type);
console.log(`rules alone: mean type F1 ${ruleMean.toFixed(3)}, full ${mean(rules.map(fullF)).toFixed(3)}`);
console.log('grid (add|veto → mean type F1 / full F1), best 15:');
for (const r of ranked.slice(0, 15)) console.log(`  ${r.k}: ${r.type.toFixed(3)} / ${r.full.toFixed(3)}`);
const best = ranked[0]!;
console.log(
  `\n| fold | rules type F1 | model type F1 | rules full F1 | model full F1 | (add|veto ${best.k}) |`,
);
console.log('|---|---|---|---|---|');
TUNED_SETS.forEach(([set], i) => {
  const r = rules[i]!;
  const m = best.cs[i]!;
  console.log(
    `| ${set} | ${typeF(r).toFixed(3)} (P ${(r.tp / (r.tp + r.fp)).toFixed(2)} R ${(r.tp / (r.tp + r.fn)).toFixed(2)}) | ${typeF(m).toFixed(3)} (P ${(m.tp / (m.tp + m.fp)).toFixed(2)} R ${(m.tp / (m.tp + m.fn)).toFixed(2)}) | ${fullF(r).toFixed(3)} | ${fullF(m).toFixed(3)} |`,
  );
});
console.log(
  `| mean | ${ruleMean.toFixed(3)} | ${best.type.toFixed(3)} | ${mean(rules.map(fullF)).toFixed(3)} | ${best.full.toFixed(3)} |`,
);
