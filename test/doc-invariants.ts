import { expect } from 'vitest';
import { LAYER_NAMES, type Doc, type Range } from '../src/doc/index.js';

/** Every span-like object reachable from a layer: anything with numeric start/end. */
function collectSpans(value: unknown, out: (Range & { text?: unknown })[]): void {
  if (Array.isArray(value)) {
    for (const v of value) collectSpans(v, out);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') out.push(o as unknown as Range);
    for (const v of Object.values(o)) if (v && typeof v === 'object') collectSpans(v, out);
  }
}

/** The document-model invariants, for every layer: valid half-open ranges, exact text, sorted. */
export function expectValidDoc(doc: Doc): void {
  for (const name of LAYER_NAMES) {
    const layer = doc[name] as unknown as Range[];
    for (let i = 1; i < layer.length; i++) {
      const a = layer[i - 1]!;
      const b = layer[i]!;
      const aStart = sortKey(a);
      const bStart = sortKey(b);
      expect(aStart, `${name} sorted at ${i}`).toBeLessThanOrEqual(bStart);
    }
    const spans: (Range & { text?: unknown })[] = [];
    collectSpans(layer, spans);
    for (const s of spans) {
      expect(s.start, `${name} start >= 0`).toBeGreaterThanOrEqual(0);
      expect(s.start, `${name} start < end`).toBeLessThan(s.end);
      expect(s.end, `${name} end <= length`).toBeLessThanOrEqual(doc.text.length);
      if (typeof s.text === 'string') expect(s.text, `${name} text`).toBe(doc.text.slice(s.start, s.end));
    }
  }
}

/** Layers of spans sort by start; entities by their first mention; events by their trigger. */
function sortKey(item: unknown): number {
  const o = item as { start?: number; mentions?: { start: number }[]; trigger?: { start: number } };
  return o.start ?? o.mentions?.[0]?.start ?? o.trigger?.start ?? 0;
}
