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

/** Which candidates get a label, in the order given (`fontSize` in the map's own units). */
export function placeLabels(candidates: LabelCandidate[], fontSize = 12): boolean[] {
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
    if (clash) return false;
    placed.push({ ...box, text: c.text });
    return true;
  });
}
