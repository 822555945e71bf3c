/**
 * Trains and cross-validates the learned argument choosers (src/annotate/events/arg-model.ts, docs/EVENTS.md
 * "Learned argument chooser"): for each type match (eval-events.ts's matching) whose target (or actor) the rules
 * left empty, the candidates are the sentence's actor phrases and "none"; the gold one is the phrase with the gold
 * code (none for a gold null; gold `*` and golds no phrase carries are skipped). An averaged perceptron ranks them.
 * Leave-one-set-out over every tuning set (READABLE_SETS): per fold, the full-match and type F1 of the rules alone and of
 * the rules with the chooser, the chooser trained on the other sets. With --write, trains on all sets and writes
 * data/models/events-<role>.json.
 * Usage: npm run train:args -- [--role target|actor|both] [--empty-only] [--epochs 6] [--seed 1] [--seeds 5]
 *   [--margin 1] [--show] [--write]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Event } from '../src/doc/index.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { createEventsPass } from '../src/annotate/events/index.js';
import {
  argCandidates,
  argSettings,
  bestCandidate,
  defaultArgModelPath,
  type ArgModel,
  type ArgRole,
} from '../src/annotate/events/arg-model.js';
import { mulberry32 } from '../src/annotate/ner/train.js';
import { AveragedWeights, shuffleInPlace } from './averaged-weights.js';
import {
  analyseItem,
  READABLE_SETS,
  emptyCounts,
  f1,
  readItems,
  runPass,
  typeMatches,
  type Analysed,
  type GoldEvent,
} from './events-data.js';

const { values } = parseArgs({
  options: {
    role: { type: 'string', default: 'target' },
    epochs: { type: 'string', default: '6' },
    seed: { type: 'string', default: '1' },
    seeds: { type: 'string', default: '5' },
    margin: { type: 'string', default: '1' },
    write: { type: 'boolean', default: false },
    'empty-only': { type: 'boolean', default: false },
    show: { type: 'boolean', default: false },
    'target-before': { type: 'string', default: String(argSettings.targetBefore) },
    'target-after': { type: 'string', default: String(argSettings.targetAfter) },
    'actor-before': { type: 'string', default: String(argSettings.actorBefore) },
    'actor-after': { type: 'string', default: String(argSettings.actorAfter) },
    'features-only': { type: 'boolean', default: false },
    'not-nearest': { type: 'boolean', default: false },
    speakers: { type: 'boolean', default: false },
    objects: { type: 'boolean', default: false },
    'target-objects': { type: 'boolean', default: false },
    'target-past-actor': { type: 'boolean', default: false },
    'no-past-feature': { type: 'boolean', default: false },
  },
});
argSettings.targetBefore = Number(values['target-before']);
argSettings.targetAfter = Number(values['target-after']);
argSettings.actorBefore = Number(values['actor-before']);
argSettings.actorAfter = Number(values['actor-after']);
argSettings.skipDeliberate = !values['features-only'];
argSettings.nearest = !values['not-nearest'];
argSettings.noSpeaker = !values.speakers;
argSettings.noObject = !values.objects;
argSettings.targetNoObject = !values['target-objects'];
argSettings.targetPastActor = !values['target-past-actor'];
argSettings.pastFeature = !values['no-past-feature'];
const epochs = Number(values.epochs);
const seed = Number(values.seed);
const margin = Number(values.margin);
const seeds = Number(values.seeds);
/** Train on every type match, the rules' own choices too (the chooser still answers only where they found none),
 * unless --empty-only. */
const all = !values['empty-only'];

interface Instance {
  set: string;
  features: string[][];
  /** The index of the first right candidate (the last one is "none"). */
  gold: number;
  /** Every right candidate (the phrases with the gold code, or none). */
  right: Set<number>;
  /** The rules left the role empty (the only questions the chooser answers in the pass). */
  empty: boolean;
  /** For --show: the item, the trigger and the candidates' texts. */
  desc: string[];
}

/** Items analysed once by the default pipeline. */
const pipe = defaultPipeline();
const items: Analysed[] = [];
for (const [set, file] of READABLE_SETS)
  for (const item of readItems(file)) {
    const { doc, bodyStart } = analyseItem(pipe, item);
    items.push({ set, item, doc, bodyStart, instance: { features: [], types: new Set() }, windows: [] });
  }

/** The rules' type matches (greedy, as scoreItem), gold → predicted. */
const matches = (a: Analysed): [GoldEvent, Event][] =>
  typeMatches(a.item.events, a.doc.events, a.bodyStart).pairs.filter(
    (m): m is [GoldEvent, Event] => m[1] !== null,
  );

// collect the questions of the rules' run, and label them from the gold events
const roles: ArgRole[] = values.role === 'both' ? ['target', 'actor'] : [values.role as ArgRole];
/** With --role actor, the baseline is the rules with the target chooser (as shipped), trained on the same folds. */
const withTarget = values.role === 'actor';
const collected: ArgRole[] = withTarget ? ['target', 'actor'] : roles;
const instancesOf = new Map<ArgRole, Instance[]>();
let questions = new Map<string, { codes: (string | null)[]; features: string[][]; desc: string[] }>();
const collect = createEventsPass({
  argModels: { target: null, actor: null },
  onArgQuestion: (r, at, q) => {
    if (!collected.includes(r)) return;
    const { mentions, features } = argCandidates(q, r);
    const key = `${r}:${at}`;
    const text = (m: { start: number; end: number } | null): string =>
      m ? q.text.slice(m.start, m.end) : '∅';
    if (!questions.has(key))
      questions.set(key, {
        codes: mentions.map((m) => m?.code ?? null),
        features,
        desc: [
          `«${q.text.slice(q.words[q.hit.from]!.start, q.words[q.hit.to - 1]!.end)}» ${q.type}`,
          ...mentions.map((m) => `${m?.code ?? '∅'}«${text(m)}»`),
        ],
      });
  },
});
const found: Map<ArgRole, { asked: number; star: number; unreachable: number }> = new Map(
  collected.map((r) => [r, { asked: 0, star: 0, unreachable: 0 }]),
);
for (const r of collected) instancesOf.set(r, []);
for (const a of items) {
  questions = new Map();
  collect.run(a.doc);
  for (const [g, p] of matches(a)) {
    for (const role of collected) {
      const n = found.get(role)!;
      const got = role === 'target' ? p.targets : p.actors;
      const empty = got.length === 0;
      if (!empty && !all) continue;
      const q = questions.get(`${role}:${p.trigger.start}`);
      if (!q) continue;
      if (empty) n.asked++;
      const gold = role === 'target' ? g.target : g.actor;
      if (gold === '*') {
        if (empty) n.star++;
        continue;
      }
      const i = gold === null ? q.codes.length - 1 : q.codes.indexOf(gold);
      if (i < 0) {
        if (empty) n.unreachable++;
        continue;
      }
      const right = new Set<number>();
      q.codes.forEach((c, k) => {
        if (c === gold) right.add(k);
      });
      instancesOf.get(role)!.push({
        set: a.set,
        features: q.features,
        gold: i,
        right,
        empty,
        desc: [a.item.id, role, String(gold), ...q.desc],
      });
    }
  }
}
for (const role of roles) {
  const n = found.get(role)!;
  const instances = instancesOf.get(role)!;
  const positive = instances.filter((x) => x.empty && x.gold < x.features.length - 1).length;
  console.log(
    `${role}: ${n.asked} type matches with the ${role} left empty; gold * ${n.star}, no candidate with the gold code ${n.unreachable}; ${instances.length} instances (of the empty ones: ${positive} with a phrase to take, ${instances.filter((x) => x.empty).length - positive} none)`,
  );
}

/** The average of --seeds perceptrons, each shuffled by its own seed (seed, seed + 1, …): steadier than one. */
function train(data: readonly Instance[], role: ArgRole): ArgModel {
  const sum = new Map<string, number>();
  for (let k = 0; k < seeds; k++)
    for (const [f, v] of Object.entries(trainOne(data, seed + k))) sum.set(f, (sum.get(f) ?? 0) + v / seeds);
  const weights: Record<string, number> = {};
  for (const f of [...sum.keys()].sort()) {
    const v = Math.round(sum.get(f)! * 1000) / 1000;
    if (v !== 0) weights[f] = v;
  }
  return { role, weights, margin };
}

function trainOne(data: readonly Instance[], seed: number): Record<string, number> {
  const w = new AveragedWeights();
  const rand = mulberry32(seed);
  const order = data.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    shuffleInPlace(order, rand);
    for (const k of order) {
      const x = data[k]!;
      let best = 0;
      let bestScore = -Infinity;
      x.features.forEach((fs, i) => {
        const s = w.score(fs);
        if (s > bestScore) {
          best = i;
          bestScore = s;
        }
      });
      if (!x.right.has(best)) {
        // (towards the best-scoring right candidate)
        let to = x.gold;
        let toScore = -Infinity;
        for (const i of x.right) {
          const s = w.score(x.features[i]!);
          if (s > toScore) {
            to = i;
            toScore = s;
          }
        }
        for (const f of x.features[to]!) w.bump(f, 1);
        for (const f of x.features[best]!) w.bump(f, -1);
      }
      w.step();
    }
  }
  const weights: Record<string, number> = {};
  const avg = w.averaged();
  for (const f of [...avg.keys()].sort()) {
    const v = avg.get(f)!;
    if (v !== 0) weights[f] = v;
  }
  return weights;
}

const pct = (x: number): string => x.toFixed(3);
const rows: string[] = [
  `| held-out set | instances | ${withTarget ? 'rules + target chooser' : 'rules'} full F1 | with ${roles.join('+')} chooser | Δ full matches | rules type F1 | with chooser |`,
  '|---|---|---|---|---|---|---|',
];
const inst: string[] = [];
let better = 0;
let worse = 0;
const sumR = emptyCounts();
const sumM = emptyCounts();
for (const [set] of READABLE_SETS) {
  const models: Partial<Record<ArgRole, ArgModel>> = {};
  for (const role of collected)
    models[role] = train(
      instancesOf.get(role)!.filter((x) => x.set !== set),
      role,
    );
  const fold = items.filter((a) => a.set === set);
  // instance level: phrases rightly taken, phrases wrongly taken (gold none or another phrase), phrases missed
  let right = 0;
  let wrongTake = 0;
  let missed = 0;
  for (const role of roles)
    for (const x of instancesOf.get(role)!) {
      if (x.set !== set || !x.empty) continue;
      const none = x.features.length - 1;
      const b = bestCandidate(models[role]!, x.features);
      if (x.right.has(b) && b !== none) right++;
      else if (b !== none) {
        wrongTake++;
        if (values.show) console.log(`WRONG took ${x.desc[b + 4]}: ${x.desc.join(' ')}`);
      } else if (x.gold !== none) missed++;
    }
  inst.push(`${set} ${right}/${wrongTake}/${missed}`);
  const plain = createEventsPass({ argModels: { target: withTarget ? models.target! : null, actor: null } });
  // (a role not trained here stays off: the committed models are trained on every set, this fold included)
  const learned = createEventsPass({
    argModels: { target: models.target ?? null, actor: models.actor ?? null },
  });
  const rules = runPass(fold, plain);
  const withModel = runPass(fold, learned);
  for (const k of Object.keys(rules) as (keyof typeof rules)[]) {
    sumR[k] += rules[k];
    sumM[k] += withModel[k];
  }
  const d = withModel.fullTp - rules.fullTp;
  if (d > 0) better++;
  if (d < 0) worse++;
  rows.push(
    `| ${set} | ${roles.map((r) => instancesOf.get(r)!.filter((x) => x.set === set).length).join('+')} | ${pct(f1(rules.fullTp, rules.fullFp, rules.fullFn))} | ${pct(f1(withModel.fullTp, withModel.fullFp, withModel.fullFn))} | ${d >= 0 ? '+' : ''}${d} | ${pct(f1(rules.tp, rules.fp, rules.fn))} | ${pct(f1(withModel.tp, withModel.fp, withModel.fn))} |`,
  );
}
rows.push(
  `| all (pooled) | ${roles.map((r) => instancesOf.get(r)!.length).join('+')} | ${pct(f1(sumR.fullTp, sumR.fullFp, sumR.fullFn))} | ${pct(f1(sumM.fullTp, sumM.fullFp, sumM.fullFn))} | ${sumM.fullTp - sumR.fullTp >= 0 ? '+' : ''}${sumM.fullTp - sumR.fullTp} | ${pct(f1(sumR.tp, sumR.fp, sumR.fn))} | ${pct(f1(sumM.tp, sumM.fp, sumM.fn))} |`,
);
console.log(rows.join('\n'));
console.log(
  `folds better ${better}, worse ${worse}, level ${READABLE_SETS.length - better - worse} (epochs ${epochs}, seeds ${seed}..${seed + seeds - 1}, margin ${margin})`,
);
console.log(`instances right/wrong take/missed: ${inst.join(', ')}`);
if (values.write)
  for (const role of roles) {
    const model = train(instancesOf.get(role)!, role);
    writeFileSync(defaultArgModelPath(role), JSON.stringify(model) + '\n');
    console.log(`wrote ${defaultArgModelPath(role)}: ${Object.keys(model.weights).length} weights`);
  }
