/**
 * Proleptic Gregorian date arithmetic on plain {year, month, day} triples, via UTC milliseconds.
 * Everything here is pure and total: invalid input yields null, never an exception.
 */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses the date part of an ISO date or date-time (`2019-08-02`, `2017-01-20T21:43:00+01:00`). */
export function parseIsoDate(s: string | null | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidYmd(year, month, day) ? { year, month, day } : null;
}

function toMs(d: Ymd): number {
  const date = new Date(0);
  date.setUTCFullYear(d.year, d.month - 1, d.day);
  return date.getTime();
}

function fromMs(ms: number): Ymd {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Ymd, n: number): Ymd {
  return fromMs(toMs(d) + n * DAY_MS);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(d: Ymd, n: number): Ymd {
  const total = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(d: Ymd): number {
  const w = new Date(toMs(d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(d: Ymd): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const week = Math.floor((toMs(thursday) - toMs(jan1)) / DAY_MS / 7) + 1;
  return { year: thursday.year, week };
}

/** Days from a to b (b - a). */
export function diffDays(a: Ymd, b: Ymd): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function formatYear(year: number): string {
  return year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
}

export function formatYmd(d: Ymd): string {
  return `${formatYear(d.year)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatYm(year: number, month: number): string {
  return `${formatYear(year)}-${pad(month)}`;
}

export function formatWeek(d: Ymd): string {
  const w = isoWeek(d);
  return `${formatYear(w.year)}-W${pad(w.week)}`;
}

export { pad };
