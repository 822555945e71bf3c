export { createQuantitiesPass } from './quantities-pass.js';
