/** IOB2 tags, entity spans and exact-span scoring. */

export const NER_TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

/** The tag set, index order fixed: it is the column order of the model's weight table. */
export const NER_TAGS = [
  'O',
  'B-PERS',
  'I-PERS',
  'B-LOC',
  'I-LOC',
  'B-ORG',
  'I-ORG',
  'B-MISC',
  'I-MISC',
] as const;
export type NerTag = (typeof NER_TAGS)[number];

export interface TagSpan {
  type: string;
  /** Token index of the first token. */
  start: number;
  /** Token index after the last token. */
  end: number;
}

/**
 * Entity spans of an IOB2 sequence. An I- tag that does not continue an entity of its type starts a new
 * one (the conlleval convention), so ill-formed gold data is still scored sensibly.
 */
export function spansOf(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let cur: TagSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? 'O';
    const prefix = tag.slice(0, 2);
    const type = tag.slice(2);
    if (prefix === 'I-' && cur !== null && cur.type === type) {
      cur.end = i + 1;
      continue;
    }
    if (cur !== null) spans.push(cur);
    cur = prefix === 'B-' || prefix === 'I-' ? { type, start: i, end: i + 1 } : null;
  }
  if (cur !== null) spans.push(cur);
  return spans;
}

/** True when every I-X follows B-X or I-X. */
export function isWellFormedIob2(tags: readonly string[]): boolean {
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (!tag.startsWith('I-')) continue;
    const prev = i > 0 ? tags[i - 1]! : 'O';
    if (prev.slice(2) !== tag.slice(2) || prev === 'O') return false;
  }
  return true;
}

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SpanScores {
  perType: Record<string, TypeScore>;
  micro: TypeScore;
}

function finish(tp: number, fp: number, fn: number): TypeScore {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Exact-span entity-level scores (type and both boundaries must match), per type and micro-averaged. */
export function scoreSpans(
  gold: readonly (readonly string[])[],
  pred: readonly (readonly string[])[],
): SpanScores {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (t: string): { tp: number; fp: number; fn: number } => {
    let c = counts.get(t);
    if (c === undefined) {
      c = { tp: 0, fp: 0, fn: 0 };
      counts.set(t, c);
    }
    return c;
  };
  for (let s = 0; s < gold.length; s++) {
    const g = spansOf(gold[s]!);
    const p = spansOf(pred[s] ?? []);
    const key = (x: TagSpan): string => `${x.type}\u0000${x.start}\u0000${x.end}`;
    const goldKeys = new Set(g.map(key));
    const predKeys = new Set(p.map(key));
    for (const x of p) {
      if (goldKeys.has(key(x))) get(x.type).tp++;
      else get(x.type).fp++;
    }
    for (const x of g) if (!predKeys.has(key(x))) get(x.type).fn++;
  }
  const perType: Record<string, TypeScore> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [t, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    perType[t] = finish(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { perType, micro: finish(tp, fp, fn) };
}
