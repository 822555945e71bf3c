/**
 * Leave-one-set-out cross-validation of the events type model (docs/EVENTS.md §19, §19b) over every readable event
 * set (READABLE_SETS; never the honest sets): for each set, train on the others, run the real events pass with the
 * model in the loop on it and score it as scripts/eval-events.ts does, against the rules alone.
 * The add/veto thresholds of a fold are chosen inside its training sets, never on the test set: for each other set i,
 * a model trained without the test set and i is run on i (nested leave-one-set-out); the grid point with the best
 * mean type F1 over those inner folds whose mean full F1 is not below the rules' is the fold's (the rules alone,
 * never add / never veto, when none is). Feature variants: `lex` (session 10's features), `clusters` (with the word
 * cluster features of session 13).
 * Items the model cannot change at a grid point (no window scores a missing type above `add` nor a found type below
 * `veto`) keep the rules' counts without re-running the pass.
 *   npx tsx scripts/cv-events.ts [--features lex,clusters] [--epochs 5] [--seed 1] [--min-count 10]
 */
import { parseArgs } from 'node:util';
import { createEventsPass } from '../src/annotate/events/index.js';
import { buildTypeModel } from '../src/annotate/events/type-model.js';
import { PLOVER_TYPES, trainTypeWeights } from '../src/annotate/events/type-train.js';
import {
  emptyCounts,
  f1,
  loadAnalysed,
  READABLE_SETS,
  scoreItem,
  type Analysed,
  type Counts,
} from './events-data.js';

const { values } = parseArgs({
  options: {
    features: { type: 'string', default: 'lex,clusters' },
    epochs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    'min-count': { type: 'string', default: '10' },
  },
});
const opts = {
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  minCount: Number(values['min-count']),
};
const ADD = [Infinity, 8, 16, 24, 32, 48, 64, 96];
const VETO = [-Infinity, -16, -32, -64, -96];
const GRID: [number, number][] = ADD.flatMap((a) => VETO.map((v): [number, number] => [a, v]));
const RULES = 0; // GRID[0]: never add, never veto

/** The session 13 context features (word clusters, main verb). */
const CONTEXT = /^(?:c[fmc]|t[fm]|v[fmk]):/;

const t0 = performance.now();
const log = (m: string): void => console.error(`${((performance.now() - t0) / 1000).toFixed(0)}s ${m}`);
const all = loadAnalysed(READABLE_SETS);
log(`analysed ${all.length} items`);
const SETS = READABLE_SETS.map(([s]) => s);
const bySet = new Map(SETS.map((s) => [s, all.filter((a) => a.set === s)]));

// the rules alone, item by item
const rulesPass = createEventsPass({ typeModel: null });
const ruleCounts = new Map<Analysed, Counts>();
for (const a of all) {
  rulesPass.run(a.doc);
  const c = emptyCounts();
  scoreItem(a, a.doc.events, c);
  ruleCounts.set(a, c);
}

const addCounts = (into: Counts, c: Counts): void => {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
  into.fullTp += c.fullTp;
  into.fullFp += c.fullFp;
  into.fullFn += c.fullFn;
};
const typeF = (c: Counts): number => f1(c.tp, c.fp, c.fn);
const fullF = (c: Counts): number => f1(c.fullTp, c.fullFp, c.fullFn);
const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

function train(exclude: ReadonlySet<string>, variant: string): Map<string, Float32Array> {
  const items = all.filter((a) => !exclude.has(a.set));
  return trainTypeWeights(
    items.map((a) => ({
      features: variant === 'lex' ? a.instance.features.filter((f) => !CONTEXT.test(f)) : a.instance.features,
      types: a.instance.types,
    })),
    opts,
  );
}

/** Counts of the pass with the model on `items` at every grid point (only changeable items re-run). */
function evalGrid(weights: Map<string, Float32Array>, items: readonly Analysed[]): Counts[] {
  const T = PLOVER_TYPES.length;
  const model = buildTypeModel(PLOVER_TYPES, weights, Infinity, -Infinity, {});
  const pass = createEventsPass({ typeModel: model });
  // per item: the highest score of a type the rules missed, the lowest of one they found (over its windows)
  const hi: number[] = [];
  const lo: number[] = [];
  const s = new Float64Array(T);
  for (const a of items) {
    let h = -Infinity;
    let l = Infinity;
    for (const w of a.windows) {
      s.fill(0);
      const fired = new Set<number>();
      for (const f of w) {
        const v = weights.get(f);
        if (v) for (let t = 0; t < T; t++) s[t]! += v[t]!;
        if (f.startsWith('r:')) fired.add(PLOVER_TYPES.indexOf(f.slice(2) as never));
      }
      for (let t = 0; t < T; t++) {
        if (fired.has(t)) l = Math.min(l, s[t]!);
        else h = Math.max(h, s[t]!);
      }
    }
    hi.push(h);
    lo.push(l);
  }
  return GRID.map(([add, veto], g) => {
    const c = emptyCounts();
    if (g === RULES) {
      for (const a of items) addCounts(c, ruleCounts.get(a)!);
      return c;
    }
    model.add = add;
    model.veto = veto;
    items.forEach((a, i) => {
      if (hi[i]! > add - 0.01 || lo[i]! < veto + 0.01) {
        pass.run(a.doc);
        scoreItem(a, a.doc.events, c);
      } else addCounts(c, ruleCounts.get(a)!);
    });
    return c;
  });
}

const fmt = (x: number): string => x.toFixed(3);
const gridName = (g: number): string => {
  const [a, v] = GRID[g]!;
  return `add ${Number.isFinite(a) ? a : '∞'} / veto ${Number.isFinite(v) ? v : '−∞'}`;
};

for (const variant of values.features.split(',')) {
  // inner[o][i]: the model trained without sets o and i, run on i
  const inner = new Map<string, Counts[]>();
  for (let x = 0; x < SETS.length; x++)
    for (let y = x + 1; y < SETS.length; y++) {
      const [a, b] = [SETS[x]!, SETS[y]!];
      const w = train(new Set([a, b]), variant);
      inner.set(`${b}|${a}`, evalGrid(w, bySet.get(a)!));
      inner.set(`${a}|${b}`, evalGrid(w, bySet.get(b)!));
      if (y === x + 1) log(`${variant}: pairs with ${a} started`);
    }
  log(`${variant}: inner folds done`);
  const rows: { set: string; g: number; rules: Counts; model: Counts; oracle: Counts[] }[] = [];
  for (const o of SETS) {
    const others = SETS.filter((s) => s !== o);
    const innerType = GRID.map((_, g) => mean(others.map((i) => typeF(inner.get(`${o}|${i}`)![g]!))));
    const innerFull = GRID.map((_, g) => mean(others.map((i) => fullF(inner.get(`${o}|${i}`)![g]!))));
    let best = RULES;
    GRID.forEach((_, g) => {
      if (innerFull[g]! >= innerFull[RULES]! && innerType[g]! > innerType[best]! + 1e-9) best = g;
    });
    const counts = evalGrid(train(new Set([o]), variant), bySet.get(o)!);
    rows.push({ set: o, g: best, rules: counts[RULES]!, model: counts[best]!, oracle: counts });
  }
  console.log(`\n### features: ${variant} (epochs ${opts.epochs}, min count ${opts.minCount})\n`);
  console.log(
    '| fold | rules type F1 | model type F1 | rules full F1 | model full F1 | thresholds (chosen in training folds) |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.set} | ${fmt(typeF(r.rules))} | ${fmt(typeF(r.model))} | ${fmt(fullF(r.rules))} | ${fmt(fullF(r.model))} | ${gridName(r.g)} |`,
    );
  const better = rows.filter((r) => typeF(r.model) > typeF(r.rules) + 1e-9).length;
  const worse = rows.filter((r) => typeF(r.model) < typeF(r.rules) - 1e-9).length;
  console.log(
    `| mean | ${fmt(mean(rows.map((r) => typeF(r.rules))))} | ${fmt(mean(rows.map((r) => typeF(r.model))))} | ${fmt(mean(rows.map((r) => fullF(r.rules))))} | ${fmt(mean(rows.map((r) => fullF(r.model))))} | type F1 up in ${better}, down in ${worse} of ${rows.length} folds |`,
  );
  // for reference only (chosen on the test folds, not a fair figure): the best fixed grid points
  const fixed = GRID.map((_, g) => ({
    g,
    type: mean(rows.map((r) => typeF(r.oracle[g]!))),
    full: mean(rows.map((r) => fullF(r.oracle[g]!))),
  })).sort((a, b) => b.type - a.type);
  console.log('\nfixed grid points over the test folds (reference, not fair), best 6:');
  for (const f of fixed.slice(0, 6))
    console.log(`  ${gridName(f.g)}: type ${fmt(f.type)}, full ${fmt(f.full)}`);
  log(`${variant} done`);
}
