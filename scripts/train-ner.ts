/**
 * Trains the NER tagger (averaged structured perceptron) on ANERcorp train, reports dev F1 per epoch,
 * writes data/models/ner.model.gz. Deterministic given --seed.
 *   npm run train:ner -- [--epochs N] [--seed S] [--bits B] [--wikifane] [--no-write]
 */
import { writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { trainPerceptron } from '../src/annotate/ner/train.js';
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
    epochs: { type: 'string', default: '12' },
    seed: { type: 'string', default: '13' },
    bits: { type: 'string', default: '20' },
    prune: { type: 'string', default: '0' },
    wikifane: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});

const t0 = performance.now();
const train = readConllFile(join(NER_DIR, 'anercorp.train.conll'));
const dev = readConllFile(join(NER_DIR, 'anercorp.dev.conll'));
const data = values.wikifane ? [...train, ...readWikiFane()] : train;
const resources = { ...readClusters(), gazetteer: buildGazetteer(train) };
console.log(
  `train ${train.length} sentences${values.wikifane ? ` (+WikiFANE: ${data.length} in all)` : ''}, dev ${dev.length}; ` +
    `clusters over ${resources.words.length} words`,
);

const devTokens = dev.map((s) => s.tokens.map((t) => ({ text: t, norm: normalize(t) })));
const devGold = dev.map((s) => s.tags);
const model = trainPerceptron(data, {
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  bits: Number(values.bits),
  resources,
  onEpoch(epoch, m, errs) {
    const tagger = createNerTagger(m);
    const s = scoreSpans(
      devGold,
      devTokens.map((t) => tagger.tag(t)),
    );
    const per = Object.entries(s.perType)
      .map(([k, v]) => `${k} ${(100 * v.f1).toFixed(1)}`)
      .join(', ');
    console.log(
      `epoch ${epoch}: train errors ${errs}, dev micro F1 ${(100 * s.micro.f1).toFixed(2)} (${per}) ${((performance.now() - t0) / 1000).toFixed(1)}s`,
    );
  },
});
const seconds = (performance.now() - t0) / 1000;
model.meta.training = {
  corpus: values.wikifane ? 'ANERcorp train (CAMeL split) + WikiFANE Gold' : 'ANERcorp train (CAMeL split)',
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  seconds: Math.round(seconds),
};
if (!values['no-write']) {
  writeFileSync(MODEL_FILE, encodeModel(model, Number(values.prune)));
  console.log(
    `wrote ${MODEL_FILE} (${(statSync(MODEL_FILE).size / 1e6).toFixed(2)} MB) in ${seconds.toFixed(1)}s`,
  );
}
