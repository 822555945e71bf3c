import { describe, expect, it } from 'vitest';
import { coreExtent, placeLabels } from '../../web/src/labels.js';
import { continuousSeries, groupBySentence, MAX_MONTHS } from '../../web/src/series.js';

describe('map labels', () => {
  it('skips a label that would overlap one already placed, keeps distant ones', () => {
    const got = placeLabels([
      { x: 500, y: 200, r: 10, text: 'تونس' },
      { x: 510, y: 204, r: 4, text: 'سوسة' },
      { x: 800, y: 300, r: 4, text: 'دمشق' },
    ]);
    expect(got).toEqual([true, false, true]);
  });

  it('leaves out a label the edge of the map would cut', () => {
    const got = placeLabels(
      [
        { x: 5, y: 100, r: 4, text: 'برشلونة' },
        { x: 480, y: 100, r: 4, text: 'برشلونة' },
        { x: 955, y: 300, r: 4, text: 'مسقط' },
      ],
      12,
      960,
      520,
    );
    expect(got).toEqual([false, true, false]);
  });

  it('says one name once when two points share it close by', () => {
    const got = placeLabels([
      { x: 100, y: 100, r: 6, text: 'نيويورك' },
      { x: 104, y: 130, r: 4, text: 'نيويورك' },
    ]);
    expect(got).toEqual([true, false]);
  });

  it('never lets two placed boxes intersect on a dense random cloud', () => {
    const cands = Array.from({ length: 200 }, (_, i) => ({
      x: (i * 37) % 300,
      y: (i * 53) % 200,
      r: 4,
      text: 'مدينة'.repeat(1 + (i % 3)),
    }));
    const kept = cands.filter((_, i) => placeLabels(cands)[i]);
    for (const a of kept)
      for (const b of kept) {
        if (a === b) continue;
        const wa = a.text.length * 12 * 0.6 + 6;
        const wb = b.text.length * 12 * 0.6 + 6;
        const apartX = Math.abs(a.x - b.x) >= (wa + wb) / 2;
        const apartY = Math.abs(a.y - a.r - (b.y - b.r)) >= 12;
        expect(apartX || apartY).toBe(true);
      }
  });
});

describe('mentions over time', () => {
  it('fills the months with no article between the first and the last', () => {
    expect(
      continuousSeries([
        { period: '2018-11', articles: 2 },
        { period: '2019-02', articles: 1 },
      ]),
    ).toEqual([
      { period: '2018-11', articles: 2 },
      { period: '2018-12', articles: 0 },
      { period: '2019-01', articles: 0 },
      { period: '2019-02', articles: 1 },
    ]);
  });

  it('counts by year when the span is longer than the month limit', () => {
    const got = continuousSeries([
      { period: '2014-03', articles: 1 },
      { period: '2014-10', articles: 2 },
      { period: `${2014 + Math.ceil(MAX_MONTHS / 12) + 1}-01`, articles: 5 },
    ]);
    expect(got[0]).toEqual({ period: '2014', articles: 3 });
    expect(got.at(-1)).toEqual({ period: '2018', articles: 5 });
    expect(got.map((p) => p.period)).toEqual(['2014', '2015', '2016', '2017', '2018']);
  });

  it('leaves an empty timeline empty', () => {
    expect(continuousSeries([])).toEqual([]);
  });
});

describe('map extent', () => {
  it('opens on where the weight is, leaving a far outlier out', () => {
    const tunisia = [
      { lon: 10.18, lat: 36.8, weight: 30 },
      { lon: 10.64, lat: 35.83, weight: 12 },
      { lon: 8.84, lat: 35.17, weight: 10 },
      { lon: 2.35, lat: 48.86, weight: 3 },
    ];
    const ext = coreExtent([...tunisia, { lon: 174.76, lat: -36.85, weight: 1 }])!;
    const [[west, south], [east, north]] = ext;
    expect(east).toBeLessThan(60); // Auckland is not in view
    expect(west).toBeLessThanOrEqual(8.84);
    expect(east).toBeGreaterThanOrEqual(10.64);
    expect(south).toBeLessThanOrEqual(35.17);
    expect(north).toBeGreaterThan(36.8);
    expect(east - west).toBeGreaterThanOrEqual(24);
  });

  it('with every point at full share covers them all, and is null without weight', () => {
    const pts = [
      { lon: -120, lat: 35, weight: 1 },
      { lon: 174, lat: -36, weight: 1 },
    ];
    const [[west, south], [east, north]] = coreExtent(pts, 1, 0, 0)!;
    expect([west, south, east, north]).toEqual([-120, -36, 174, 35]);
    expect(coreExtent([{ lon: 1, lat: 1, weight: 0 }])).toBeNull();
  });
});

describe('timeline grouping', () => {
  const ev = (date: string, article_id: string, start: number, type: string) => ({
    date,
    article_id,
    evidence: { start, end: start + 40 },
    type,
  });

  it('puts consecutive events of one sentence together, keeps the rest apart', () => {
    const groups = groupBySentence([
      ev('2016-09-01', 'a', 0, 'COERCE'),
      ev('2016-09-01', 'a', 0, 'ASSAULT'),
      ev('2016-09-01', 'a', 50, 'COERCE'),
      ev('2016-09-01', 'b', 50, 'COERCE'),
      ev('2016-09-02', 'b', 50, 'PROTEST'),
    ]);
    expect(groups.map((g) => g.map((e) => e.type))).toEqual([
      ['COERCE', 'ASSAULT'],
      ['COERCE'],
      ['COERCE'],
      ['PROTEST'],
    ]);
  });
});
