import type { EntityType } from '../../doc/index.js';

/** Where a candidate came from; on equal length the knowledge base beats patterns beats the model. */
export type Source = 'kb' | 'pattern' | 'model';
export const SOURCE_RANK: Record<Source, number> = { kb: 0, pattern: 1, model: 2 };

/** A possible entity mention over tokens [first, last] of one sentence. */
export interface Candidate {
  start: number;
  end: number;
  first: number;
  last: number;
  type: EntityType;
  source: Source;
  /** KB (or KB-generated) entity id; null for a new entity (person found by a pattern or the model). */
  kbId: string | null;
  /** Normalised surface name, the key that unites mentions of a new entity. */
  key: string;
  /** A shorter name that later mentions may use alone: a person's surname, an organisation without its head noun. */
  short?: string;
}

/**
 * Keeps non-overlapping candidates, deterministically: longest first (in characters), then KB over
 * pattern over model, then leftmost. Returns them in text order.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const order = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
      a.start - b.start ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const kept: Candidate[] = [];
  for (const c of order) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
