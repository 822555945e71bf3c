/**
 * The calendar pop-up's arithmetic and keyboard, with no DOM: days are ISO strings (`YYYY-MM-DD`)
 * computed in UTC, so no time zone or summer-time change ever shifts a day.
 */

/** The years parseDateInput accepts; the calendar does not go past them. */
export const FIRST_DAY = '1000-01-01';
export const LAST_DAY = '2999-12-31';

/** Days of the week as Date.getUTCDay counts them: 0 is Sunday, 6 is Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function toDate(iso: string): Date {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d); // Date.UTC would read years 0–99 as 1900–1999
  return date;
}

function toIso(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0); // day 0 of the next month is this month's last day
  return date.getUTCDate();
}

export function weekdayOf(iso: string): Weekday {
  return toDate(iso).getUTCDay() as Weekday;
}

export function addDays(iso: string, n: number): string {
  const date = toDate(iso);
  date.setUTCDate(date.getUTCDate() + n);
  return toIso(date);
}

/** Months later (or earlier), kept in the month reached: 31 January + 1 month is 29 February 2016. */
export function addMonths(iso: string, n: number): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

export function clampDay(iso: string): string {
  return iso < FIRST_DAY ? FIRST_DAY : iso > LAST_DAY ? LAST_DAY : iso;
}

/** The first day of the week that holds `iso`, for weeks starting on `firstDay`. */
export function weekStart(iso: string, firstDay: Weekday): string {
  return addDays(iso, -((weekdayOf(iso) - firstDay + 7) % 7));
}

export function weekEnd(iso: string, firstDay: Weekday): string {
  return addDays(weekStart(iso, firstDay), 6);
}

/** The seven weekdays in the order the grid shows them. */
export function weekdayOrder(firstDay: Weekday): Weekday[] {
  return Array.from({ length: 7 }, (_, i) => ((firstDay + i) % 7) as Weekday);
}

/**
 * A month as the grid shows it: rows of seven, each a day of the month or null for the blank cells
 * before its first day and after its last.
 */
export function monthWeeks(year: number, month: number, firstDay: Weekday): (string | null)[][] {
  const first = `${pad(year, 4)}-${pad(month)}-01`;
  const cells: (string | null)[] = Array.from<null>({ length: (weekdayOf(first) - firstDay + 7) % 7 }).fill(
    null,
  );
  const days = daysInMonth(year, month);
  for (let d = 1; d <= days; d++) cells.push(`${first.slice(0, 8)}${pad(d)}`);
  while (cells.length % 7) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

interface WeekInfo {
  firstDay: number;
}

/**
 * The first day of the week where `locale` is read: Intl.Locale's week data (`getWeekInfo()` in
 * newer engines, the `weekInfo` getter in Node 20 and older Chromium) gives Saturday for ar
 * (Egypt) and ar-SY, Monday for ar-TN, ar-MA, ar-MR and en-GB. Where an engine has neither,
 * Arabic weeks start on Saturday and others on Monday.
 */
export function firstDayOfWeek(locale: string): Weekday {
  try {
    const loc = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => WeekInfo;
      weekInfo?: WeekInfo;
    };
    const info = typeof loc.getWeekInfo === 'function' ? loc.getWeekInfo() : loc.weekInfo;
    // Week data counts 1 (Monday) to 7 (Sunday).
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return (info.firstDay % 7) as Weekday;
    return loc.language === 'ar' ? 6 : 1;
  } catch {
    return /^ar\b/i.test(locale) ? 6 : 1;
  }
}

/** Today's date where the reader is (their clock, their time zone). */
export function todayIso(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The day the calendar opens on for a field's value (as the API takes it): the day itself, the
 * first of a month or of a year, or today when the field is empty.
 */
export function openingDay(value: string, today: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return clampDay(value);
  if (/^\d{4}-\d{2}$/.test(value)) return clampDay(`${value}-01`);
  if (/^\d{4}$/.test(value)) return clampDay(`${value}-01-01`);
  return clampDay(today);
}

export type CalendarAction =
  { move: 'days' | 'months'; by: number } | { move: 'weekStart' | 'weekEnd' } | { act: 'pick' | 'close' };

/**
 * What a key does in the grid (the WAI-ARIA date picker dialog pattern): arrows by a day or a week,
 * the horizontal ones mirrored right to left (← is the next day in Arabic, as the week reads);
 * PageUp/PageDown by a month, with Shift by a year; Home/End to the week's first and last day;
 * Enter or Space picks; Escape closes. Null for keys the grid leaves alone (Tab).
 */
export function keyAction(key: string, rtl: boolean, shift = false): CalendarAction | null {
  switch (key) {
    case 'ArrowRight':
      return { move: 'days', by: rtl ? -1 : 1 };
    case 'ArrowLeft':
      return { move: 'days', by: rtl ? 1 : -1 };
    case 'ArrowDown':
      return { move: 'days', by: 7 };
    case 'ArrowUp':
      return { move: 'days', by: -7 };
    case 'PageUp':
      return { move: 'months', by: shift ? -12 : -1 };
    case 'PageDown':
      return { move: 'months', by: shift ? 12 : 1 };
    case 'Home':
      return { move: 'weekStart' };
    case 'End':
      return { move: 'weekEnd' };
    case 'Enter':
    case ' ':
      return { act: 'pick' };
    case 'Escape':
      return { act: 'close' };
    default:
      return null;
  }
}

/** The day focus moves to; it never leaves the years the field accepts. */
export function moveFocus(iso: string, action: CalendarAction, firstDay: Weekday): string {
  if ('act' in action) return iso;
  switch (action.move) {
    case 'days':
      return clampDay(addDays(iso, action.by));
    case 'months':
      return clampDay(addMonths(iso, action.by));
    case 'weekStart':
      return clampDay(weekStart(iso, firstDay));
    case 'weekEnd':
      return clampDay(weekEnd(iso, firstDay));
  }
}
