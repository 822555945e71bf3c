import type { Pass } from '../doc/index.js';
import { cleanPass } from '../text/passes/clean.js';
import { segmentSentencesPass } from '../text/passes/segment-sentences.js';
import { tokenizePass } from '../text/passes/tokenize.js';
import { createEntitiesPass } from '../annotate/entities/recognize.js';
import { createQuantitiesPass } from '../annotate/quantities/index.js';
import { createTimesPass } from '../annotate/times/index.js';
import { buildPipeline, type Pipeline } from './pipeline.js';

/** The passes of the text layer, in order. */
export function textPasses(): Pass[] {
  return [cleanPass, segmentSentencesPass, tokenizePass];
}

let cached: Pipeline | undefined;

/** The full default pipeline. Later layers (entities, times, quantities, events) are appended here. */
export function defaultPipeline(): Pipeline {
  cached ??= buildPipeline([
    ...textPasses(),
    createEntitiesPass(),
    createTimesPass(),
    createQuantitiesPass(),
  ]);
  return cached;
}
