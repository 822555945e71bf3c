export { createTimesPass } from './times-pass.js';
