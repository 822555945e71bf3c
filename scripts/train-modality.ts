/**
 * Trains and cross-validates the learned modality (src/annotate/events/modality-model.ts, docs/EVENTS.md "Learned
 * modality"): for each type match (eval-events.ts's matching) of every tuning set (READABLE_SETS), the features of
 * the event's deciding mention (modalityFeatures) and the gold modality. An averaged multiclass perceptron (the average
 * of --seeds runs) learns them. Leave-one-set-out: per held-out set, the modality accuracy of the rules alone and of
 * the model trained on the other sets. With --write, trains on all sets and writes data/models/events-modality.json.
 * Usage: npm run train:modality -- [--epochs 10] [--seed 1] [--seeds 5] [--margin 0] [--show] [--write]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Modality } from '../src/doc/index.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { createEventsPass } from '../src/annotate/events/index.js';
import {
  defaultModalityModelPath,
  MODALITIES,
  predictModality,
  type ModalityModel,
} from '../src/annotate/events/modality-model.js';
import { mulberry32 } from '../src/annotate/ner/train.js';
import { analyseItem, READABLE_SETS, readItems, typeMatches } from './events-data.js';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    seeds: { type: 'string', default: '10' },
    margin: { type: 'string', default: '0' },
    write: { type: 'boolean', default: false },
    show: { type: 'boolean', default: false },
    drop: { type: 'string', default: '' },
    keep: { type: 'string', default: 'negated,demanded,expected,hypothetical' },
    'no-train': { type: 'string', default: 'dev' },
    'any-report': { type: 'boolean', default: false },
    'no-firm': { type: 'boolean', default: false },
  },
});
const epochs = Number(values.epochs);
const seed = Number(values.seed);
const seeds = Number(values.seeds);
const margin = Number(values.margin);
/** (ablation) feature prefixes left out */
const drop = values.drop ? values.drop.split(',') : [];
/** The rules' answers the model never overrides. */
const keep = (values.keep ? values.keep.split(',') : []) as Modality[];
/** Sets evaluated as held-out folds but never trained on. */
const noTrain = values['no-train'] ? values['no-train'].split(',') : [];

interface Instance {
  set: string;
  features: string[];
  gold: Modality;
  rule: Modality;
  /** The rules' answer rests on the sentence's grammar (modality.ts firmModality). */
  firm: boolean;
  desc: string;
}

const pipe = defaultPipeline();
let questions = new Map<string, { features: string[]; rule: Modality; firm: boolean }>();
const collect = createEventsPass({
  modalityModel: null,
  onModalityQuestion: (start, type, features, rule, firm) => {
    const key = `${start}:${type}`;
    if (!questions.has(key))
      questions.set(key, {
        features: drop.length ? features.filter((f) => !drop.some((d) => f.startsWith(d))) : features,
        rule,
        firm,
      });
  },
});
const instances: Instance[] = [];
/** Type matches the model is not asked about (an event told in the title or in several sentences): the rules'. */
const unasked: Instance[] = [];
for (const [set, file] of READABLE_SETS)
  for (const item of readItems(file)) {
    const { doc, bodyStart } = analyseItem(pipe, item);
    questions = new Map();
    collect.run(doc);
    for (const [g, p] of typeMatches(item.events, doc.events, bodyStart).pairs) {
      if (!p) continue;
      const q = questions.get(`${p.trigger.start}:${p.type}`);
      if (!q) {
        unasked.push({
          set,
          features: [],
          gold: g.modality as Modality,
          rule: p.modality,
          firm: false,
          desc: '',
        });
        continue;
      }
      if (q.rule !== p.modality) throw new Error(`${item.id}: the rules' modality differs from the event's`);
      instances.push({
        set,
        features: q.features,
        gold: g.modality as Modality,
        rule: q.rule,
        firm: q.firm,
        desc: `${item.id} ${p.type} «${p.trigger.text}»`,
      });
    }
  }
console.log(`${instances.length} type matches with a modality question (${unasked.length} without)`);
{
  const firm = instances.filter((x) => x.firm);
  const byRule = new Map<string, [number, number]>();
  for (const x of firm) {
    const r = byRule.get(x.rule) ?? [0, 0];
    r[0]++;
    if (x.gold === x.rule) r[1]++;
    byRule.set(x.rule, r);
  }
  console.log(
    `the rules' answer firm (firmModality) on ${firm.length}: ${[...byRule].map(([k, [n, ok]]) => `${k} ${ok}/${n} right`).join(', ')}`,
  );
}

function train(all: readonly Instance[]): ModalityModel {
  const data = all.filter((x) => !noTrain.includes(x.set));
  const sum = new Map<string, number[]>();
  for (let k = 0; k < seeds; k++)
    for (const [f, v] of trainOne(data, seed + k)) {
      const s = sum.get(f) ?? new Array<number>(MODALITIES.length).fill(0);
      for (let i = 0; i < v.length; i++) s[i]! += v[i]! / seeds;
      sum.set(f, s);
    }
  const weights: Record<string, number[]> = {};
  for (const f of [...sum.keys()].sort()) {
    const v = sum.get(f)!.map((x) => Math.round(x * 100) / 100);
    if (v.some((x) => x !== 0)) weights[f] = v;
  }
  return {
    labels: [...MODALITIES],
    weights,
    margin,
    keep,
    needsCue: !values['any-report'],
    firm: !values['no-firm'],
  };
}

function trainOne(data: readonly Instance[], seed: number): Map<string, number[]> {
  const L = MODALITIES.length;
  const w = new Map<string, number[]>();
  const total = new Map<string, number[]>();
  const stamp = new Map<string, number[]>();
  let c = 1;
  const vec = (m: Map<string, number[]>, f: string): number[] => {
    let v = m.get(f);
    if (!v) m.set(f, (v = new Array<number>(L).fill(0)));
    return v;
  };
  const bump = (f: string, k: number, d: number): void => {
    const wv = vec(w, f);
    const tv = vec(total, f);
    const sv = vec(stamp, f);
    tv[k]! += wv[k]! * (c - sv[k]!);
    sv[k] = c;
    wv[k]! += d;
  };
  const rand = mulberry32(seed);
  const order = data.map((_, i) => i);
  const scores = new Float64Array(L);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const x = data[k]!;
      scores.fill(0);
      for (const f of x.features) {
        const v = w.get(f);
        if (v) for (let i = 0; i < L; i++) scores[i]! += v[i]!;
      }
      let best = 0;
      for (let i = 1; i < L; i++) if (scores[i]! > scores[best]!) best = i;
      const gold = MODALITIES.indexOf(x.gold);
      if (best !== gold) {
        for (const f of x.features) {
          bump(f, gold, 1);
          bump(f, best, -1);
        }
      }
      c++;
    }
  }
  const out = new Map<string, number[]>();
  for (const [f, wv] of w) {
    const tv = total.get(f)!;
    const sv = stamp.get(f)!;
    out.set(
      f,
      wv.map((x, i) => (tv[i]! + x * (c - sv[i]!)) / c),
    );
  }
  return out;
}

const pct = (x: number, n: number): string => (n === 0 ? '—' : (x / n).toFixed(3));
const rows = [
  '| held-out set | type matches | rules modality right | with the model | Δ |',
  '|---|---|---|---|---|',
];
let better = 0;
let worse = 0;
let sumR = 0;
let sumM = 0;
const confusion = new Map<string, number>();
for (const [set] of READABLE_SETS) {
  const model = train(instances.filter((x) => x.set !== set));
  const fold = instances.filter((x) => x.set === set);
  const rest = unasked.filter((x) => x.set === set);
  let r = 0;
  let m = 0;
  for (const x of rest)
    if (x.rule === x.gold) {
      r++;
      m++;
    }
  for (const x of fold) {
    const p = predictModality(model, x.features, x.rule, x.firm);
    if (x.rule === x.gold) r++;
    if (p === x.gold) m++;
    else confusion.set(`${x.gold} → ${p}`, (confusion.get(`${x.gold} → ${p}`) ?? 0) + 1);
    if (values.show && p !== x.rule)
      console.log(
        `${p === x.gold ? 'FIXED' : x.rule === x.gold ? 'BROKE' : 'OTHER'} ${x.desc}: gold ${x.gold}, rules ${x.rule}, model ${p}`,
      );
  }
  sumR += r;
  sumM += m;
  if (m > r) better++;
  if (m < r) worse++;
  const n = fold.length + rest.length;
  rows.push(
    `| ${set} | ${n} | ${pct(r, n)} (${r}) | ${pct(m, n)} (${m}) | ${m - r >= 0 ? '+' : ''}${m - r} |`,
  );
}
rows.push(
  `| all (pooled) | ${instances.length + unasked.length} | ${pct(sumR, instances.length + unasked.length)} (${sumR}) | ${pct(sumM, instances.length + unasked.length)} (${sumM}) | ${sumM - sumR >= 0 ? '+' : ''}${sumM - sumR} |`,
);
console.log(rows.join('\n'));
console.log(
  `folds better ${better}, worse ${worse}, level ${READABLE_SETS.length - better - worse} (epochs ${epochs}, seeds ${seed}..${seed + seeds - 1}, margin ${margin})`,
);
console.log(
  `model errors (gold → predicted): ${[...confusion]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}`,
);
if (values.write) {
  const model = train(instances);
  writeFileSync(defaultModalityModelPath(), JSON.stringify(model) + '\n');
  console.log(`wrote ${defaultModalityModelPath()}: ${Object.keys(model.weights).length} features`);
}
