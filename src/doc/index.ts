export * from './span.js';
export * from './diagnostics.js';
export * from './errors.js';
export * from './layers.js';
export * from './document.js';
export * from './pass.js';
export * from './article-json.js';
