/**
 * What a story shows beyond its members: the timeline of its events, an extractive summary and, for a
 * recurring process, the table of its rounds. Pure functions over stored rows, shared by every store.
 */
import type { EventRecord, RoundRow, SummarySentence, TimelineEntry } from './store.js';

export function buildTimeline(events: readonly EventRecord[], limit = 500): TimelineEntry[] {
  const entries = events.map((e) => ({
    date: e.date,
    type: e.type,
    gloss: e.gloss,
    modality: e.modality,
    place: e.place?.name ?? null,
    article_id: e.article_id,
    event_id: e.event_id,
    evidence: e.evidence[0] ?? e.trigger,
  }));
  // Undated events go last; ties keep article order so the result is deterministic.
  entries.sort(
    (a, b) =>
      (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
      a.article_id.localeCompare(b.article_id) ||
      a.evidence.start - b.evidence.start,
  );
  return entries.slice(0, limit);
}

/** Where a timeline page ended, in the index order of a story's events: (date, article pk, event id). */
export interface TimelineCursor {
  /** Null once the dated events are done (undated events come last). */
  date: string | null;
  article_pk: number;
  event_id: string;
}

/** An opaque cursor string (base64url of JSON). */
export function encodeTimelineCursor(c: TimelineCursor): string {
  return Buffer.from(JSON.stringify([c.date, c.article_pk, c.event_id])).toString('base64url');
}

/** The cursor a string encodes, or null when it is not one. */
export function decodeTimelineCursor(s: string): TimelineCursor | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    if (!Array.isArray(v) || v.length !== 3) return null;
    const [date, pk, event] = v as unknown[];
    if (date !== null && typeof date !== 'string') return null;
    if (typeof pk !== 'number' || !Number.isSafeInteger(pk) || typeof event !== 'string') return null;
    return { date, article_pk: pk, event_id: event };
  } catch {
    return null;
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Rounds of a recurring process: events whose meeting details carry a round number, grouped by it. */
export function buildRounds(events: readonly EventRecord[]): RoundRow[] {
  const byRound = new Map<number, EventRecord[]>();
  for (const e of events) {
    const round = e.details?.round;
    if (round === null || round === undefined) continue;
    const list = byRound.get(round) ?? [];
    list.push(e);
    byRound.set(round, list);
  }
  const rows: RoundRow[] = [];
  for (const [number, list] of [...byRound.entries()].sort((a, b) => a[0] - b[0])) {
    const days = new Set<string>();
    const venues = new Map<string, number>();
    const delegations = new Map<string, string | null>();
    const agenda: string[] = [];
    let outcome: string | null = null;
    for (const e of list) {
      // The event's own date only when the text gave it; the publication date is not the meeting's.
      if (e.date !== null && e.date_from === 'text' && DAY.test(e.date)) days.add(e.date);
      for (const d of e.sentence_dates ?? []) if (DAY.test(d)) days.add(d);
      // The first and last day the events pass read off the text (a start, an end, a stated length).
      for (const d of [e.details?.from, e.details?.to]) if (d && DAY.test(d)) days.add(d);
      const venue = e.details?.venue ?? e.place?.name ?? null;
      if (venue) venues.set(venue, (venues.get(venue) ?? 0) + 1);
      for (const del of e.details?.delegations ?? []) {
        if (!delegations.has(del.party) || delegations.get(del.party) === null) {
          delegations.set(del.party, del.head);
        }
      }
      for (const item of e.details?.agenda ?? []) if (!agenda.includes(item)) agenda.push(item);
      outcome ??= e.details?.outcome ?? null;
    }
    const sortedDays = [...days].sort();
    const venue = [...venues.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    rows.push({
      number,
      from: sortedDays[0] ?? null,
      to: sortedDays[sortedDays.length - 1] ?? null,
      venue: venue ? venue[0] : null,
      delegations: [...delegations.entries()].map(([party, head]) => ({ party, head })),
      agenda,
      outcome,
      evidence: list.map((e) => ({ article_id: e.article_id, event_id: e.event_id })),
    });
  }
  return rows;
}

export interface SummaryInput {
  article_id: string;
  text: string;
  terms: string[];
  offsets: [number, number][];
  sentences: [number, number][];
}

/**
 * Extractive summary: sentences ranked by centrality (mean TF-IDF cosine to the story's other
 * sentences), near-repeats skipped, the top `count` returned in rank order.
 */
export function buildSummary(articles: readonly SummaryInput[], count = 3): SummarySentence[] {
  interface Candidate {
    article_id: string;
    start: number;
    end: number;
    tf: Map<string, number>;
  }
  const candidates: Candidate[] = [];
  for (const a of articles) {
    let t = 0;
    for (const [start, end] of a.sentences) {
      const tf = new Map<string, number>();
      while (t < a.offsets.length && a.offsets[t]![0] < start) t++;
      let n = 0;
      for (let i = t; i < a.offsets.length && a.offsets[i]![1] <= end; i++) {
        const term = a.terms[i]!;
        n++;
        if (term.length >= 3) tf.set(term, (tf.get(term) ?? 0) + 1);
      }
      if (n >= 6 && n <= 80) candidates.push({ article_id: a.article_id, start, end, tf });
    }
  }
  if (candidates.length === 0) return [];
  const df = new Map<string, number>();
  for (const c of candidates) for (const term of c.tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = candidates.length;
  const vectors = candidates.map((c) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [term, f] of c.tf) {
      const w = (1 + Math.log(f)) * Math.log((n + 1) / df.get(term)!);
      if (w > 0) {
        v.set(term, w);
        norm += w * w;
      }
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, w] of v) v.set(term, w / norm);
    return v;
  });
  const cosine = (a: Map<string, number>, b: Map<string, number>): number => {
    let s = 0;
    const [small, large] = a.size < b.size ? [a, b] : [b, a];
    for (const [term, w] of small) s += w * (large.get(term) ?? 0);
    return s;
  };
  // The vectors are unit length, so the sum of a sentence's cosines to the others is its dot product
  // with the sum of all vectors less its own (1, or 0 for an empty one): linear in the story's
  // sentences, where comparing every pair cost 280 ms on a large story's page.
  const sum = new Map<string, number>();
  for (const v of vectors) for (const [term, w] of v) sum.set(term, (sum.get(term) ?? 0) + w);
  const scores = vectors.map((v) => {
    let s = 0;
    let self = 0;
    for (const [term, w] of v) {
      s += w * sum.get(term)!;
      self += w * w;
    }
    // Rounded to 9 decimals: sentences repeated across the story's copies tie whatever the order
    // of the sums, and the tie goes to the first article id.
    return n > 1 ? Math.round(((s - self) / (n - 1)) * 1e9) / 1e9 : 1;
  });
  const order = candidates
    .map((_, i) => i)
    .sort(
      (a, b) =>
        scores[b]! - scores[a]! ||
        candidates[a]!.article_id.localeCompare(candidates[b]!.article_id) ||
        candidates[a]!.start - candidates[b]!.start,
    );
  const picked: number[] = [];
  for (const i of order) {
    if (picked.length >= count) break;
    if (picked.some((j) => cosine(vectors[i]!, vectors[j]!) > 0.6)) continue;
    picked.push(i);
  }
  const textOf = new Map(articles.map((a) => [a.article_id, a.text]));
  return picked.map((i) => {
    const c = candidates[i]!;
    return {
      article_id: c.article_id,
      start: c.start,
      end: c.end,
      text: textOf.get(c.article_id)!.slice(c.start, c.end),
      score: Math.round(scores[i]! * 1000) / 1000,
    };
  });
}
