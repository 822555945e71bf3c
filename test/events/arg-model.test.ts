import { describe, expect, it } from 'vitest';
import { bestCandidate, committedArgModel, type ArgModel } from '../../src/annotate/events/arg-model.js';

describe('learned argument chooser (docs/EVENTS.md §30)', () => {
  it('loads the committed target model (and, since session 14, the actor model)', () => {
    const m = committedArgModel('target');
    expect(m?.role).toBe('target');
    expect(Object.keys(m!.weights).length).toBeGreaterThan(100);
    expect(m!.margin).toBe(1);
    expect(committedArgModel('actor')?.role).toBe('actor');
  });

  it('takes a phrase only when it beats "none" by the margin', () => {
    const model: ArgModel = { role: 'target', weights: { C: 1, near: 1.5, N: 1 }, margin: 1 };
    // candidates, then "none" last
    expect(bestCandidate(model, [['C'], ['N']])).toBe(1);
    expect(bestCandidate(model, [['C', 'near'], ['N']])).toBe(0);
    expect(bestCandidate(model, [['C'], ['C', 'near'], ['N']])).toBe(1);
  });
});
