import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateRangeFacets, dayAfter, facetsOf } from '../../src/corpus/sql/search-facets.js';

const DAY_MS = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
const tokensOfDay = (day: string): string[] => {
  const [y, m, d] = day.split('-');
  return [`y${y}`, `m${y}${m}`, `d${y}${m}${d}`];
};

describe('search facets', () => {
  it('covers exactly the days of a range, with the fewest year, month and day tokens', () => {
    const base = Date.UTC(2015, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: -5, max: 900 }), (a, len) => {
        const from = iso(base + a * DAY_MS);
        const to = iso(base + (a + len) * DAY_MS);
        const got = dateRangeFacets(from, to, 1000)!;
        expect(new Set(got).size).toBe(got.length);
        // Every day from a month before to a month after: in the range iff one of its tokens is chosen.
        for (
          let t = base + (a - 40) * DAY_MS;
          t <= base + (a + Math.max(len, 0) + 40) * DAY_MS;
          t += DAY_MS
        ) {
          const day = iso(t);
          const inRange = day >= from && day <= to;
          expect(tokensOfDay(day).some((k) => got.includes(k))).toBe(inRange);
        }
        // Whole months and years are never spelled day by day.
        if (from.endsWith('-01-01') && to.endsWith('-12-31'))
          expect(got.every((k) => k.startsWith('y'))).toBe(true);
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('reads year and month bounds as whole periods and refuses what it cannot spell', () => {
    expect(dateRangeFacets('2017', '2018')).toEqual(['y2017', 'y2018']);
    expect(dateRangeFacets('2017-02', '2017-03')).toEqual(['m201702', 'm201703']);
    expect(dateRangeFacets('2016-12-30', '2017-01')).toEqual(['d20161230', 'd20161231', 'm201701']);
    expect(dateRangeFacets('2019-05-01', '2019-04-30')).toEqual([]);
    expect(dateRangeFacets('yesterday', '2019')).toBeNull();
    expect(dateRangeFacets('2010-01-02', '2019-12-30', 20)).toBeNull();
    expect(dayAfter('2019')).toBe('2020-01-01');
    expect(dayAfter('2019-02')).toBe('2019-03-01');
    expect(dayAfter('2019-12-31')).toBe('2020-01-01');
    expect(dayAfter('soon')).toBeNull();
  });

  it('spells an article’s source, day, entities and event types as index tokens', () => {
    expect(
      facetsOf({
        source: 'وات',
        published: '2019-08-02T10:00:00Z',
        entityKeys: ['Q1', 'Q1', 'name:PERSON:x y'],
        eventTypes: ['CONSULT', 'CONSULT'],
      }),
    ).toBe(
      `s${Buffer.from('وات').toString('hex')} y2019 m201908 d20190802 e5131 e${Buffer.from('name:PERSON:x y').toString('hex')} tconsult`,
    );
    expect(facetsOf({ source: null, published: 'unknown', entityKeys: [], eventTypes: [] })).toBe('');
  });
});
