/**
 * Mentions over time as an analyst reads them: every month between the first and the last, empty
 * months included (a gap is information), and whole years when the span is too long to list months.
 */
export interface PeriodCount {
  /** `YYYY-MM` (or `YYYY`). */
  period: string;
  articles: number;
}

/** More months than this are shown by year. */
export const MAX_MONTHS = 36;

const monthIndex = (period: string): number | null => {
  const m = /^(\d{4})-(\d{2})/.exec(period);
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null;
};

export function continuousSeries(points: PeriodCount[]): PeriodCount[] {
  const byMonth = new Map<number, number>();
  for (const p of points) {
    const i = monthIndex(p.period);
    if (i === null) return points; // not monthly: shown as given
    byMonth.set(i, (byMonth.get(i) ?? 0) + p.articles);
  }
  if (!byMonth.size) return [];
  const first = Math.min(...byMonth.keys());
  const last = Math.max(...byMonth.keys());
  if (last - first + 1 > MAX_MONTHS) {
    const byYear = new Map<number, number>();
    for (const [i, n] of byMonth) byYear.set(Math.floor(i / 12), (byYear.get(Math.floor(i / 12)) ?? 0) + n);
    const out: PeriodCount[] = [];
    for (let y = Math.floor(first / 12); y <= Math.floor(last / 12); y++)
      out.push({ period: String(y), articles: byYear.get(y) ?? 0 });
    return out;
  }
  const out: PeriodCount[] = [];
  for (let i = first; i <= last; i++) {
    const y = Math.floor(i / 12);
    const mo = String((i % 12) + 1).padStart(2, '0');
    out.push({ period: `${y}-${mo}`, articles: byMonth.get(i) ?? 0 });
  }
  return out;
}

/** What a timeline entry needs for grouping (a subset of the API's TimelineEntry). */
export interface EvidencedEvent {
  date: string | null;
  article_id: string;
  evidence: { start: number; end: number };
}

/**
 * Consecutive timeline events of one date told by the same sentence of the same article: one
 * sentence often carries several events (an arrest and a seizure), and the analyst should read it
 * once, with its events side by side, not three times in a row.
 */
export function groupBySentence<T extends EvidencedEvent>(items: T[]): T[][] {
  const groups: T[][] = [];
  for (const ev of items) {
    const last = groups.at(-1);
    const head = last?.[0];
    if (
      last &&
      head &&
      head.date === ev.date &&
      head.article_id === ev.article_id &&
      head.evidence.start === ev.evidence.start &&
      head.evidence.end === ev.evidence.end
    )
      last.push(ev);
    else groups.push([ev]);
  }
  return groups;
}
