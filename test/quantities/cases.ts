import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../src/doc/index.js';
import { expectValidDoc } from '../doc-invariants.js';
import { analyse } from '../times/helpers.js';

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

/**
 * One describe per family of constructed cases (each must yield its quantity), then sentences where a
 * text must be no quantity nor part of one ([sentence, text]), then any further tests (`more`).
 */
export function describeQuantityKinds(
  title: string,
  families: Record<string, QuantityCase[]>,
  notQuantities: [string, string][],
  more?: () => void,
): void {
  describe(title, () => {
    for (const [family, cases] of Object.entries(families)) {
      describe(family, () => {
        for (const [body, text, value, kind, unit, approx, casualty] of cases) {
          it(`${text} in «${body}» → ${value} ${kind}`, () => {
            const doc = analyse(body, '2017-03-01');
            expect(doc.quantities.map(pickQuantity)).toContainEqual([
              text,
              value,
              kind,
              unit,
              approx,
              casualty,
            ]);
            expectValidDoc(doc);
          });
        }
      });
    }
    for (const [body, text] of notQuantities) {
      it(`«${text}» in «${body}» is no quantity`, () => {
        const doc = analyse(body, '2017-03-01');
        expect(doc.quantities.filter((q) => q.text.includes(text))).toEqual([]);
      });
    }
    more?.();
  });
}
