import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  clampDay,
  daysInMonth,
  firstDayOfWeek,
  keyAction,
  monthWeeks,
  moveFocus,
  openingDay,
  todayIso,
  weekdayOf,
  weekdayOrder,
  weekEnd,
  weekStart,
  type CalendarAction,
  type Weekday,
} from '../../web/src/calendar-grid.js';

const SAT: Weekday = 6;
const MON: Weekday = 1;

/** Any calendar day the date fields accept, as ISO. */
const anyDay = fc
  .date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const anyFirstDay = fc.constantFrom<Weekday>(0, 1, 2, 3, 4, 5, 6);

describe('calendar arithmetic', () => {
  it('counts the days of each month, leap years included', () => {
    expect(daysInMonth(2016, 2)).toBe(29);
    expect(daysInMonth(2015, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2016, 4)).toBe(30);
    expect(daysInMonth(2016, 12)).toBe(31);
    expect(daysInMonth(1066, 10)).toBe(31);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
    expect(addDays('2016-02-29', 1)).toBe('2016-03-01');
    expect(addDays('2015-02-28', 1)).toBe('2015-03-01');
    expect(addDays('2016-12-31', 1)).toBe('2017-01-01');
    expect(addDays('2017-01-01', -1)).toBe('2016-12-31');
    expect(addDays('2019-08-02', -7)).toBe('2019-07-26');
    // Years below 100 are not read as 19xx.
    expect(addDays('1000-01-01', -1)).toBe('0999-12-31');
  });

  it('adds months keeping the day inside the month reached', () => {
    expect(addMonths('2016-01-31', 1)).toBe('2016-02-29');
    expect(addMonths('2015-01-31', 1)).toBe('2015-02-28');
    expect(addMonths('2016-03-31', -1)).toBe('2016-02-29');
    expect(addMonths('2016-12-15', 1)).toBe('2017-01-15');
    expect(addMonths('2016-01-15', -1)).toBe('2015-12-15');
    expect(addMonths('2016-02-29', 12)).toBe('2017-02-28');
    expect(addMonths('2016-08-26', -12 * 7)).toBe('2009-08-26');
  });

  it('knows the weekday and the week around a day', () => {
    expect(weekdayOf('2019-08-02')).toBe(5); // a Friday
    expect(weekdayOf('2000-01-01')).toBe(6); // a Saturday
    // Weeks from Saturday (Arabic) and from Monday.
    expect(weekStart('2019-08-02', SAT)).toBe('2019-07-27');
    expect(weekEnd('2019-08-02', SAT)).toBe('2019-08-02');
    expect(weekStart('2019-08-03', SAT)).toBe('2019-08-03');
    expect(weekStart('2019-08-02', MON)).toBe('2019-07-29');
    expect(weekEnd('2019-08-02', MON)).toBe('2019-08-04');
    expect(weekdayOrder(SAT)).toEqual([6, 0, 1, 2, 3, 4, 5]);
    expect(weekdayOrder(MON)).toEqual([1, 2, 3, 4, 5, 6, 0]);
  });

  it('lays out a month in weeks, blank before the first day and after the last', () => {
    // August 2019 begins on a Thursday: five blanks in a Saturday week, three in a Monday week.
    const sat = monthWeeks(2019, 8, SAT);
    expect(sat[0]).toEqual([null, null, null, null, null, '2019-08-01', '2019-08-02']);
    expect(sat).toHaveLength(6);
    expect(sat.at(-1)).toEqual(['2019-08-31', null, null, null, null, null, null]);
    const mon = monthWeeks(2019, 8, MON);
    expect(mon[0]).toEqual([null, null, null, '2019-08-01', '2019-08-02', '2019-08-03', '2019-08-04']);
    expect(mon).toHaveLength(5);
    // February 2015 from Sunday fills exactly four rows.
    expect(monthWeeks(2015, 2, 0)).toHaveLength(4);
  });

  it('lays out every month with each day once, in its weekday column', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 2999 }),
        fc.integer({ min: 1, max: 12 }),
        anyFirstDay,
        (y, m, f) => {
          const weeks = monthWeeks(y, m, f);
          const days = weeks.flat().filter((d): d is string => d !== null);
          expect(days).toHaveLength(daysInMonth(y, m));
          expect(weeks.length).toBeGreaterThanOrEqual(4);
          expect(weeks.length).toBeLessThanOrEqual(6);
          weeks.forEach((week) => {
            expect(week).toHaveLength(7);
            week.forEach((day, col) => {
              if (day) expect(weekdayOf(day)).toBe(weekdayOrder(f)[col]);
            });
          });
        },
      ),
    );
  });

  it('walks day by day and back to the same day', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -800, max: 800 }), (day, n) => {
        expect(addDays(addDays(day, n), -n)).toBe(day);
        const start = weekStart(day, SAT);
        expect(weekdayOf(start)).toBe(SAT);
        expect(start <= day && day <= weekEnd(day, SAT)).toBe(true);
      }),
    );
  });

  it('opens on the field’s date, the first of its month or year, or today', () => {
    expect(openingDay('2016-08-26', '2026-11-23')).toBe('2016-08-26');
    expect(openingDay('2016-08', '2026-11-23')).toBe('2016-08-01');
    expect(openingDay('2016', '2026-11-23')).toBe('2016-01-01');
    expect(openingDay('', '2026-11-23')).toBe('2026-11-23');
    expect(clampDay('0999-12-31')).toBe('1000-01-01');
    expect(clampDay('3000-01-01')).toBe('2999-12-31');
    expect(todayIso(new Date(2019, 7, 2, 23, 59))).toBe('2019-08-02');
  });

  it('starts the week where the locale does, Saturday for Arabic without week data', () => {
    // Node's ICU: Egypt and Syria on Saturday, the Maghreb and Britain on Monday, the US on Sunday.
    expect(firstDayOfWeek('ar')).toBe(6);
    expect(firstDayOfWeek('ar-SY')).toBe(6);
    expect(firstDayOfWeek('ar-TN')).toBe(1);
    expect(firstDayOfWeek('ar-MR')).toBe(1);
    expect(firstDayOfWeek('en-GB')).toBe(1);
    expect(firstDayOfWeek('en-US')).toBe(0);
    expect(firstDayOfWeek('not a locale')).toBe(1);
    const Real = Intl.Locale;
    class NoWeekData extends Real {
      constructor(tag: string | Intl.Locale) {
        super(tag);
        Object.defineProperty(this, 'weekInfo', { value: undefined });
        Object.defineProperty(this, 'getWeekInfo', { value: undefined });
      }
    }
    const intl = Intl as { Locale: typeof Intl.Locale };
    intl.Locale = NoWeekData;
    try {
      expect(firstDayOfWeek('ar-TN')).toBe(6);
      expect(firstDayOfWeek('en-GB')).toBe(1);
    } finally {
      intl.Locale = Real;
    }
  });
});

describe('calendar keyboard', () => {
  const move = (day: string, key: string, rtl: boolean, first: Weekday, shift = false): string => {
    const action = keyAction(key, rtl, shift);
    if (!action) throw new Error(`no action for ${key}`);
    return moveFocus(day, action, first);
  };

  it('mirrors the horizontal arrows right to left', () => {
    expect(move('2019-08-02', 'ArrowLeft', true, SAT)).toBe('2019-08-03');
    expect(move('2019-08-02', 'ArrowRight', true, SAT)).toBe('2019-08-01');
    expect(move('2019-08-02', 'ArrowRight', false, MON)).toBe('2019-08-03');
    expect(move('2019-08-02', 'ArrowLeft', false, MON)).toBe('2019-08-01');
    for (const rtl of [true, false]) {
      expect(move('2019-08-02', 'ArrowDown', rtl, SAT)).toBe('2019-08-09');
      expect(move('2019-08-02', 'ArrowUp', rtl, SAT)).toBe('2019-07-26');
    }
  });

  it('moves by month and, with Shift, by year; Home and End go to the week’s ends', () => {
    expect(move('2019-08-31', 'PageDown', true, SAT)).toBe('2019-09-30');
    expect(move('2019-03-31', 'PageUp', true, SAT)).toBe('2019-02-28');
    expect(move('2016-02-29', 'PageDown', false, MON, true)).toBe('2017-02-28');
    expect(move('2016-02-29', 'PageUp', false, MON, true)).toBe('2015-02-28');
    expect(move('2019-08-02', 'Home', true, SAT)).toBe('2019-07-27');
    expect(move('2019-08-02', 'End', true, SAT)).toBe('2019-08-02');
    expect(move('2019-08-02', 'Home', false, MON)).toBe('2019-07-29');
    expect(move('2019-08-02', 'End', false, MON)).toBe('2019-08-04');
  });

  it('picks with Enter or Space, closes with Escape, and leaves other keys alone', () => {
    expect(keyAction('Enter', true)).toEqual({ act: 'pick' });
    expect(keyAction(' ', false)).toEqual({ act: 'pick' });
    expect(keyAction('Escape', true)).toEqual({ act: 'close' });
    for (const key of ['Tab', 'a', 'Shift', '5']) expect(keyAction(key, true)).toBeNull();
    const pick: CalendarAction = { act: 'pick' };
    expect(moveFocus('2019-08-02', pick, SAT)).toBe('2019-08-02');
  });

  it('never leaves the years the field accepts', () => {
    expect(move('2999-12-31', 'ArrowDown', true, SAT)).toBe('2999-12-31');
    expect(move('2999-12-15', 'PageDown', true, SAT, true)).toBe('2999-12-31');
    expect(move('1000-01-01', 'ArrowUp', false, MON)).toBe('1000-01-01');
    expect(move('1000-01-03', 'Home', false, MON)).toBe('1000-01-01');
  });

  it('undoes every move with its opposite key, in both directions', () => {
    const opposite: [string, string][] = [
      ['ArrowLeft', 'ArrowRight'],
      ['ArrowUp', 'ArrowDown'],
    ];
    fc.assert(
      fc.property(
        anyDay.filter((d) => d > '1000-01-31' && d < '2999-12-01'),
        fc.constantFrom(...opposite),
        fc.boolean(),
        (day, [a, b], rtl) => {
          expect(move(move(day, a, rtl, SAT), b, rtl, SAT)).toBe(day);
        },
      ),
    );
  });
});
