/**
 * Trains the events type model (docs/EVENTS.md §19) on the readable event sets (READABLE_SETS) and writes
 * data/models/events-type.json.gz. Deterministic given the options (seeded shuffles, sorted features).
 * The thresholds written are those of the cross-validation (scripts/cv-events.ts); the pass uses the model only when
 * asked (EventsPassOptions.typeModel = 'committed'): it did not beat the rules alone in cross-validation.
 *   npm run train:events -- [--epochs 5] [--seed 1] [--min-count 10] [--add 48] [--veto none] [--prune 0.05]
 *                           [--features clusters|lex]
 *                           [--out FILE]
 */
import { statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildTypeModel, defaultTypeModelPath, encodeTypeModel } from '../src/annotate/events/type-model.js';
import { PLOVER_TYPES, trainTypeWeights } from '../src/annotate/events/type-train.js';
import { loadAnalysed, READABLE_SETS } from './events-data.js';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    'min-count': { type: 'string', default: '10' },
    add: { type: 'string', default: '48' },
    veto: { type: 'string', default: 'none' },
    prune: { type: 'string', default: '0.05' },
    features: { type: 'string', default: 'clusters' },
    out: { type: 'string' },
  },
});
const opts = {
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  minCount: Number(values['min-count']),
};
const all = loadAnalysed(READABLE_SETS);
/** The session 13 context features (word clusters, main verb): `--features lex` leaves them out. */
const CONTEXT = /^(?:c[fmc]|t[fm]|v[fmk]|l[fm]):/;
const weights = trainTypeWeights(
  all.map((a) => ({
    features:
      values.features === 'lex' ? a.instance.features.filter((f) => !CONTEXT.test(f)) : a.instance.features,
    types: a.instance.types,
  })),
  opts,
);
const threshold = (v: string, none: number): number => (v === 'none' ? none : Number(v));
const model = buildTypeModel(
  PLOVER_TYPES,
  weights,
  threshold(values.add, Infinity),
  threshold(values.veto, -Infinity),
  {
    sets: READABLE_SETS.map(([s]) => s).join(','),
    features: values.features,
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
