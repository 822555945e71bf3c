export { createEventsPass, type EventsPassOptions } from './pass.js';
export { loadEventLexicon, type EventLexicon } from './lexicon.js';
