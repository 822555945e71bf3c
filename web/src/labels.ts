/**
 * Map labels that do not overlap: candidates come most important first, and a label is drawn only
 * where its box (estimated from its length) touches no label already placed, so the dense
 * Mediterranean stays readable. Unlabelled points keep their name on hover.
 */
export interface LabelCandidate {
  x: number;
  y: number;
  /** Radius of the point's circle: the label sits above it. */
  r: number;
  text: string;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Which candidates get a label, in the order given (sizes in the map's own units); none is cut by the edge. */
export function placeLabels(
  candidates: LabelCandidate[],
  fontSize = 12,
  width = Infinity,
  height = Infinity,
): boolean[] {
  const placed: (Box & { text: string })[] = [];
  // The same name twice close by (a city and an event placed at it) is said once.
  const near = 6 * fontSize;
  return candidates.map((c) => {
    // Arabic letters in the interface font average about 0.6 em; a margin keeps labels apart.
    const half = (c.text.length * fontSize * 0.6) / 2 + 3;
    const box = { x0: c.x - half, x1: c.x + half, y0: c.y - c.r - 4 - fontSize - 1, y1: c.y - c.r - 2 };
    const clash = placed.some(
      (p) =>
        overlaps(p, box) ||
        (p.text === c.text && Math.abs((p.x0 + p.x1) / 2 - c.x) < near && Math.abs(p.y1 - box.y1) < near),
    );
    const outside = box.x0 < 0 || box.x1 > width || box.y0 < 0 || box.y1 > height;
    if (clash || outside) return false;
    placed.push({ ...box, text: c.text });
    return true;
  });
}

export interface WeightedPoint {
  lon: number;
  lat: number;
  weight: number;
}

/** [[west, south], [east, north]] in degrees. */
export type Extent = [[number, number], [number, number]];

const quantile = (sorted: { v: number; w: number }[], q: number): number => {
  const total = sorted.reduce((n, x) => n + x.w, 0);
  let acc = 0;
  for (const x of sorted) {
    acc += x.w;
    if (acc >= q * total) return x.v;
  }
  return sorted.at(-1)?.v ?? 0;
};

/**
 * Where the weight is: the box holding the central `share` of it in each direction, padded, at least
 * `minSpan` degrees wide. A Tunisian corpus with one event in Auckland opens on the Mediterranean,
 * not on a world where Tunisia is a dot.
 */
export function coreExtent(points: WeightedPoint[], share = 0.8, pad = 4, minSpan = 24): Extent | null {
  const weighted = points.filter((p) => p.weight > 0);
  if (!weighted.length) return null;
  const lo = (1 - share) / 2;
  const axis = (get: (p: WeightedPoint) => number): [number, number] => {
    const sorted = weighted.map((p) => ({ v: get(p), w: p.weight })).sort((a, b) => a.v - b.v);
    return [quantile(sorted, lo), quantile(sorted, 1 - lo)];
  };
  let [west, east] = axis((p) => p.lon);
  let [south, north] = axis((p) => p.lat);
  west -= pad;
  east += pad;
  south -= pad;
  north += pad;
  if (east - west < minSpan) [west, east] = [(west + east - minSpan) / 2, (west + east + minSpan) / 2];
  if (north - south < minSpan / 2)
    [south, north] = [(south + north - minSpan / 2) / 2, (south + north + minSpan / 2) / 2];
  return [
    [Math.max(-180, west), Math.max(-85, south)],
    [Math.min(180, east), Math.min(85, north)],
  ];
}
