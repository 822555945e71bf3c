import { describe, expect, it } from 'vitest';
import { byCodePoint } from '../../src/corpus/prepare.js';
import { topVoted } from '../../src/corpus/sql/sql-store.js';

describe('story candidates: the most voted', () => {
  it('are the first entries of the full sort (votes, then id), for any limit', () => {
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const votes = new Map<string, number>();
      const size = rnd(60);
      for (let i = 0; i < size; i++) votes.set(`s-${rnd(40).toString(36)}${rnd(3) ? 'ب' : ''}`, 1 + rnd(5));
      const limit = rnd(25);
      const sorted = [...votes.entries()]
        .sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]))
        .slice(0, limit)
        .map(([id]) => id);
      expect(topVoted(votes, limit)).toEqual(sorted);
    }
  });
});
