/**
 * Trains the events type model (docs/EVENTS.md §19) on the tuned event sets and writes
 * data/models/events-type.json.gz. Deterministic given the options (seeded shuffles, sorted features).
 * The thresholds written are those of the cross-validation (scripts/cv-events.ts); the pass uses the model only when
 * asked (EventsPassOptions.typeModel = 'committed'): it did not beat the rules alone in cross-validation.
 *   npm run train:events -- [--epochs 5] [--seed 1] [--min-count 10] [--add 24] [--veto none] [--prune 0.05]
 *                           [--out FILE]
 */
import { statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildTypeModel, defaultTypeModelPath, encodeTypeModel } from '../src/annotate/events/type-model.js';
import { PLOVER_TYPES, trainTypeWeights } from '../src/annotate/events/type-train.js';
import { loadAnalysed, TUNED_SETS } from './events-data.js';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    'min-count': { type: 'string', default: '10' },
    add: { type: 'string', default: '24' },
    veto: { type: 'string', default: 'none' },
    prune: { type: 'string', default: '0.05' },
    out: { type: 'string' },
  },
});
const opts = {
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  minCount: Number(values['min-count']),
};
const all = loadAnalysed();
const weights = trainTypeWeights(
  all.map((a) => a.instance),
  opts,
);
const threshold = (v: string, none: number): number => (v === 'none' ? none : Number(v));
const model = buildTypeModel(
  PLOVER_TYPES,
  weights,
  threshold(values.add, Infinity),
  threshold(values.veto, -Infinity),
  {
    sets: TUNED_SETS.map(([s]) => s).join(','),
    sentences: all.length,
    learner: 'averaged perceptron, one per type',
    epochs: opts.epochs,
    seed: opts.seed,
    minCount: opts.minCount,
    prune: Number(values.prune),
  },
);
const out = values.out ?? defaultTypeModelPath();
writeFileSync(out, encodeTypeModel(model, Number(values.prune)));
console.log(
  `events type model: ${all.length} sentences, ${weights.size} features → ${out} (${(statSync(out).size / 1024).toFixed(0)} KB)`,
);
