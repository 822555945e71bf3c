/**
 * Trains the NER tagger (averaged structured perceptron) on ANERcorp train, reports dev F1 per epoch,
 * writes data/models/ner.model.gz. Deterministic given --seed.
 *   npm run train:ner -- [--epochs 9] [--seed 13] [--bits 20] [--tune yes|no] [--wikifane [--augment yes|no]]
 *                        [--min-count 1] [--ensemble 1] [--first-names train|kb|none] [--kb-gazetteer no|yes]
 *                        [--no-write]
 */
import { writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  trainEnsemble,
  trainPerceptron,
  type TrainOptions,
  type TrainingSentence,
} from '../src/annotate/ner/train.js';
import type { NerModel } from '../src/annotate/ner/model.js';
import { encodeModel } from '../src/annotate/ner/model.js';
import { createNerTagger } from '../src/annotate/ner/tagger.js';
import { scoreSpans } from '../src/annotate/ner/spans.js';
import { normalize } from '../src/text/normalize.js';
import {
  NER_DIR,
  MODEL_FILE,
  readConllFile,
  readWikiFane,
  buildGazetteer,
  readClusters,
} from './ner-data.js';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '9' },
    seed: { type: 'string', default: '13' },
    bits: { type: 'string', default: '20' },
    prune: { type: 'string', default: '0' },
    wikifane: { type: 'boolean', default: false },
    tune: { type: 'string', default: 'yes' },
    augment: { type: 'string', default: 'yes' },
    'min-count': { type: 'string', default: '1' },
    ensemble: { type: 'string', default: '1' },
    'first-names': { type: 'string', default: 'train' },
    'kb-gazetteer': { type: 'string', default: 'no' },
    'no-write': { type: 'boolean', default: false },
  },
});

const t0 = performance.now();
const train = readConllFile(join(NER_DIR, 'anercorp.train.conll'));
const dev = readConllFile(join(NER_DIR, 'anercorp.dev.conll'));
/** With WikiFANE, features are domain-augmented: ANERcorp (and any news tagged later) is domain 1. */
const NEWS_DOMAIN = 1;
const WIKI_DOMAIN = 2;
const augmented = values.wikifane && values.augment === 'yes';
if (augmented) for (const s of train) s.domain = NEWS_DOMAIN;
const data = values.wikifane
  ? [...train, ...readWikiFane().map((s) => (augmented ? { ...s, domain: WIKI_DOMAIN } : s))]
  : train;
const firstNames = values['first-names'];
if (firstNames !== 'kb' && firstNames !== 'train' && firstNames !== 'none')
  throw new Error('--first-names kb|train|none');
const resources = {
  ...readClusters(),
  gazetteer: buildGazetteer(train, { firstNames, kbNames: values['kb-gazetteer'] === 'yes' }),
};
console.log(
  `train ${train.length} sentences${values.wikifane ? ` (+WikiFANE: ${data.length} in all)` : ''}, dev ${dev.length}; ` +
    `clusters over ${resources.words.length} words`,
);

const ENSEMBLE = Number(values.ensemble);
/** Trains one model, or the weight average of ENSEMBLE models trained with consecutive seeds. */
function fit(d: TrainingSentence[], onEpoch?: TrainOptions['onEpoch']): NerModel {
  const opts: TrainOptions = {
    epochs: Number(values.epochs),
    seed: Number(values.seed),
    bits: Number(values.bits),
    minFeatureCount: Number(values['min-count']),
    resources,
  };
  if (ENSEMBLE > 1) return trainEnsemble(d, opts, ENSEMBLE);
  return trainPerceptron(d, onEpoch === undefined ? opts : { ...opts, onEpoch });
}

/** Picks the O penalty on the last tenth of the training data, with a model trained on the rest. */
function tuneOPenalty(): number {
  const cut = Math.floor(train.length * 0.9);
  const held = train.slice(cut);
  const heldTokens = held.map((s) => s.tokens.map((t) => ({ text: t, norm: normalize(t) })));
  const m = fit(
    values.wikifane ? [...train.slice(0, cut), ...data.slice(train.length)] : train.slice(0, cut),
  );
  let best = 0;
  let bestF1 = -1;
  for (const p of [0, 1, 2, 3, 4, 6, 8, 10, 12, 16, 20, 25, 30]) {
    m.meta.oPenalty = p;
    const tagger = createNerTagger(m);
    const f1 = scoreSpans(
      held.map((s) => s.tags),
      heldTokens.map((t) => tagger.tag(t)),
    ).micro.f1;
    console.log(`O penalty ${p}: held-out micro F1 ${(100 * f1).toFixed(2)}`);
    if (f1 > bestF1 + 1e-9) {
      bestF1 = f1;
      best = p;
    }
  }
  return best;
}
const oPenalty = values.tune === 'yes' ? tuneOPenalty() : 0;

const devTokens = dev.map((s) => s.tokens.map((t) => ({ text: t, norm: normalize(t) })));
const devGold = dev.map((s) => s.tags);
function report(label: string, m: NerModel): void {
  m.meta.oPenalty = oPenalty;
  if (augmented) m.meta.domain = NEWS_DOMAIN;
  const tagger = createNerTagger(m);
  const s = scoreSpans(
    devGold,
    devTokens.map((t) => tagger.tag(t)),
  );
  const per = Object.entries(s.perType)
    .map(([k, v]) => `${k} ${(100 * v.f1).toFixed(1)}`)
    .join(', ');
  console.log(
    `${label}: dev micro F1 ${(100 * s.micro.f1).toFixed(2)} (${per}) ${((performance.now() - t0) / 1000).toFixed(1)}s`,
  );
}
const model = fit(data, (epoch, m, errs) => report(`epoch ${epoch}: train errors ${errs}`, m));
if (ENSEMBLE > 1) report(`ensemble of ${ENSEMBLE}`, model);
const seconds = (performance.now() - t0) / 1000;
model.meta.oPenalty = oPenalty;
if (augmented) model.meta.domain = NEWS_DOMAIN;
model.meta.training = {
  corpus: values.wikifane ? 'ANERcorp train (CAMeL split) + WikiFANE Gold' : 'ANERcorp train (CAMeL split)',
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  ensemble: ENSEMBLE,
  seconds: Math.round(seconds),
};
if (!values['no-write']) {
  writeFileSync(MODEL_FILE, encodeModel(model, Number(values.prune)));
  console.log(
    `wrote ${MODEL_FILE} (${(statSync(MODEL_FILE).size / 1e6).toFixed(2)} MB) in ${seconds.toFixed(1)}s`,
  );
}
