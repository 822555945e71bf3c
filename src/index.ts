export * from './doc/index.js';
export { normalize } from './text/normalize.js';
export { buildPipeline, type Pipeline } from './pipeline/pipeline.js';
export { defaultPipeline } from './pipeline/default.js';
export {
  readInputs,
  readBytes,
  toDoc,
  type ReadResult,
  type ReadArticle,
  type ReadOptions,
} from './read/index.js';
