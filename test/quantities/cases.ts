import type { Quantity } from '../../src/doc/index.js';

/** A quantity as the case tables compare it: [text, value, kind, unit, approx, casualty]. */
export const pickQuantity = (q: Quantity) => [q.text, q.value, q.kind, q.unit, q.approx, q.casualty];

/** [sentence, text, value, kind, unit, approx, casualty] */
export type QuantityCase = [
  string,
  string,
  number,
  Quantity['kind'],
  string | null,
  Quantity['approx'],
  Quantity['casualty'],
];
