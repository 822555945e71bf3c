import type { Pass } from '../doc/index.js';
import { loadLexicon } from '../text/lexicon.js';
import { createCleanPass } from '../text/passes/clean.js';
import { segmentSentencesPass } from '../text/passes/segment-sentences.js';
import { createTokenizePass } from '../text/passes/tokenize.js';
import { createEntitiesPass } from '../annotate/entities/recognize.js';
import { createEventsPass } from '../annotate/events/index.js';
import { createQuantitiesPass } from '../annotate/quantities/index.js';
import { createTimesPass } from '../annotate/times/index.js';
import { loadKb } from '../annotate/entities/kb.js';
import { loadNerTagger } from '../annotate/ner/tagger.js';
import { buildPipeline, type Pipeline } from './pipeline.js';

/**
 * The passes of the text layer, in order. The word list is read here, once (a missing or corrupt
 * file is a RasdError naming it, raised when the pipeline is built, not per document).
 */
export function textPasses(): Pass[] {
  const lexicon = loadLexicon();
  return [createCleanPass(lexicon), segmentSentencesPass, createTokenizePass(lexicon)];
}

let cached: Pipeline | undefined;

/**
 * The default pipeline: the text layer, then entities (KB, patterns and the NER model), times,
 * quantities and events. Built once per process: loading the KB, model and lexicons is the costly part.
 */
export function defaultPipeline(): Pipeline {
  cached ??= buildPipeline([
    ...textPasses(),
    createEntitiesPass(loadKb(), { tagger: loadNerTagger() }),
    createTimesPass(),
    createQuantitiesPass(),
    createEventsPass(),
  ]);
  return cached;
}
