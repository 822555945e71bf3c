/**
 * Leave-one-set-out cross-validation of the events type model (docs/EVENTS.md §19, §19b) over every readable event
 * set (READABLE_SETS; never the honest sets): for each set, train on the others, run the real events pass with the
 * model in the loop on it and score it as scripts/eval-events.ts does, against the rules alone.
 * The add/veto thresholds of a fold are chosen inside its training sets, never on the test set: for each other set i,
 * a model trained without the test set and i is run on i (nested leave-one-set-out); the grid point with the best
 * mean type F1 over those inner folds whose mean full F1 is not below the rules' is the fold's (the rules alone,
 * never add / never veto, when none is). Feature variants: `lex` (session 10's features), `clusters` (with the word
 * cluster features of session 13).
 * The pass's output on an item depends only on the model's decisions there (which types it adds and vetoes, window
 * by window): it is run once per item and distinct decisions, and items the model leaves alone keep the rules' counts.
 *   npx tsx scripts/cv-events.ts [--features lex,clusters,ctxonly] [--epochs 5] [--seed 1] [--min-count 10]
 *                                [--algo perceptron|logistic] [--l2 0.01] [--mask all|fired|unfired]
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
    algo: { type: 'string', default: 'perceptron' },
    l2: { type: 'string', default: '0.01' },
    mask: { type: 'string', default: 'all' },
  },
});
const opts = {
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  minCount: Number(values['min-count']),
  algo: values.algo as 'perceptron' | 'logistic',
  l2: Number(values.l2),
  mask: values.mask as 'all' | 'fired' | 'unfired',
};
const logistic = values.algo === 'logistic';
const ADD = logistic ? [Infinity, 0, 0.5, 1, 1.5, 2, 3, 4] : [Infinity, 0, 4, 8, 12, 16, 24, 32, 48, 64, 96];
const VETO = logistic ? [-Infinity, 0, -1, -2, -3, -4, -6] : [-Infinity, 0, -8, -16, -32, -64, -96];
const GRID: [number, number][] = ADD.flatMap((a) => VETO.map((v): [number, number] => [a, v]));
const RULES = 0; // GRID[0]: never add, never veto

/** The session 13 context features (word clusters, main verb). */
const CONTEXT = /^(?:c[fmc]|t[fm]|v[fmk]|l[fm]):/;

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
      features:
        variant === 'lex'
          ? a.instance.features.filter((f) => !CONTEXT.test(f))
          : variant === 'ctxonly'
            ? a.instance.features.filter((f) => !f.startsWith('k:'))
            : a.instance.features,
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
  // per item and window: the scores of the types and which types the rules found
  const scored = items.map((a) =>
    a.windows.map((w) => {
      const s = new Float64Array(T);
      const fired = new Uint8Array(T);
      for (const f of w) {
        const v = weights.get(f);
        if (v) for (let t = 0; t < T; t++) s[t]! += v[t]!;
        if (f.startsWith('r:')) fired[PLOVER_TYPES.indexOf(f.slice(2) as never)] = 1;
      }
      return { s, fired };
    }),
  );
  // the pass's output on an item depends only on the model's decisions (types added, types vetoed, window by
  // window): run it once per distinct set of decisions
  const cache = items.map(() => new Map<string, Counts>());
  return GRID.map(([add, veto], g) => {
    const c = emptyCounts();
    items.forEach((a, i) => {
      let sig = '';
      if (g !== RULES)
        for (const { s, fired } of scored[i]!) {
          for (let t = 0; t < T; t++)
            if (fired[t] ? s[t]! < veto : s[t]! > add) sig += (fired[t] ? '-' : '+') + t;
          sig += ';';
        }
      if (!/\d/.test(sig)) return addCounts(c, ruleCounts.get(a)!);
      let got = cache[i]!.get(sig);
      if (got === undefined) {
        model.add = add;
        model.veto = veto;
        pass.run(a.doc);
        got = emptyCounts();
        scoreItem(a, a.doc.events, got);
        cache[i]!.set(sig, got);
      }
      addCounts(c, got);
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
  const LEVELS = ADD.filter((a) => Number.isFinite(a));
  const above = LEVELS.map(() => 0);
  const right = LEVELS.map(() => 0);
  let missed = 0;
  for (const o of SETS) {
    const others = SETS.filter((s) => s !== o);
    const innerType = GRID.map((_, g) => mean(others.map((i) => typeF(inner.get(`${o}|${i}`)![g]!))));
    const innerFull = GRID.map((_, g) => mean(others.map((i) => fullF(inner.get(`${o}|${i}`)![g]!))));
    let best = RULES;
    GRID.forEach((_, g) => {
      if (innerFull[g]! >= innerFull[RULES]! && innerType[g]! > innerType[best]! + 1e-9) best = g;
    });
    const weights = train(new Set([o]), variant);
    const counts = evalGrid(weights, bySet.get(o)!);
    // how often a type the rules did not find in an item, scored above a level somewhere in it, is in its gold
    for (const a of bySet.get(o)!) {
      const s = new Float64Array(PLOVER_TYPES.length).fill(-Infinity);
      const fired = new Set<string>();
      for (const w of a.windows) {
        const x = new Float64Array(PLOVER_TYPES.length);
        for (const f of w) {
          const v = weights.get(f);
          if (v) for (let t = 0; t < x.length; t++) x[t]! += v[t]!;
          if (f.startsWith('r:')) fired.add(f.slice(2));
        }
        for (let t = 0; t < x.length; t++) s[t] = Math.max(s[t]!, x[t]!);
      }
      PLOVER_TYPES.forEach((type, t) => {
        if (fired.has(type)) return;
        const gold = a.instance.types.has(type);
        if (gold) missed++;
        LEVELS.forEach((level, k) => {
          if (s[t]! <= level) return;
          above[k]!++;
          if (gold) right[k]!++;
        });
      });
    }
    rows.push({ set: o, g: best, rules: counts[RULES]!, model: counts[best]!, oracle: counts });
  }
  console.log(
    `\n### features: ${variant} (${opts.algo}${logistic ? ` l2 ${opts.l2}` : ''}, mask ${opts.mask}, epochs ${opts.epochs}, min count ${opts.minCount})\n`,
  );
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
  console.log(
    `\nout of fold, (item, type) pairs the rules missed: ${missed} in the gold; scored above ` +
      LEVELS.map((l, k) => `${l}: ${right[k]}/${above[k]}`).join(', ') +
      ' (right/all)',
  );
  log(`${variant} done`);
}
