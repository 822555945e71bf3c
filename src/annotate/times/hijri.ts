/**
 * Hijri → Gregorian via Intl's Umm al-Qura calendar. ICU only formats (Gregorian → Hijri), so the
 * inverse is a search: estimate the day from the mean month length, then look a few days either side
 * for the date whose Hijri reading matches.
 */
import type { Ymd } from './calendar.js';

const HIJRI = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});

const DAY_MS = 86_400_000;
/** 1 Muharram 1 AH (Julian 16 July 622) in Unix milliseconds. */
const EPOCH_MS = Date.UTC(622, 6, 19);

function hijriOf(ms: number): { year: number; month: number; day: number } | null {
  let year = NaN;
  let month = NaN;
  let day = NaN;
  for (const p of HIJRI.formatToParts(new Date(ms))) {
    if ((p.type as string) === 'year' || (p.type as string) === 'relatedYear')
      year = Number.parseInt(p.value, 10);
    else if (p.type === 'month') month = Number.parseInt(p.value, 10);
    else if (p.type === 'day') day = Number.parseInt(p.value, 10);
  }
  return Number.isFinite(year + month + day) ? { year, month, day } : null;
}

/** The Gregorian date of a Hijri date, or null when that Hijri date does not exist. */
export function hijriToGregorian(year: number, month: number, day: number): Ymd | null {
  if (!Number.isInteger(year) || year < 1 || year > 2000 || month < 1 || month > 12 || day < 1 || day > 30) {
    return null;
  }
  const days = Math.round((year - 1) * 354.36707 + (month - 1) * 29.530589 + (day - 1));
  const estimate = EPOCH_MS + days * DAY_MS;
  for (let delta = 0; delta <= 6; delta++) {
    for (const sign of delta === 0 ? [0] : [-1, 1]) {
      const ms = estimate + sign * delta * DAY_MS;
      const h = hijriOf(ms);
      if (h && h.year === year && h.month === month && h.day === day) {
        const d = new Date(ms);
        return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      }
    }
  }
  return null;
}

/** The Hijri date (year, month, day) of a Gregorian date. */
export function hijriMonthOf(d: Ymd): { year: number; month: number; day: number } | null {
  return hijriOf(Date.UTC(d.year, d.month - 1, d.day));
}

/** The Hijri year current on a Gregorian date. */
export function hijriYearOf(d: Ymd): number | null {
  const ms = Date.UTC(d.year, d.month - 1, d.day);
  return hijriOf(ms)?.year ?? null;
}
