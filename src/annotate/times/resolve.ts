/**
 * Resolution of what the recogniser read against the publication date (the anchor), to TIMEX3-style
 * values. Without an anchor, relative expressions keep an unresolved value rather than a guess:
 *   أمس → `REL:-1D`, اليوم → `REL:0D`, قبل 10 أسابيع → `REL:-10W`, الشهر المقبل → `REL:+1M`,
 *   الأربعاء → `XXXX-WXX-3` (ISO weekday), أيلول → `XXXX-09`, 24 جانفي → `XXXX-01-24`,
 *   الصيف الماضي → `XXXX-SU`, الساعة العاشرة → `XXXX-XX-XXT10:00`.
 * `قبل N أسابيع` resolves to the day N weeks before the anchor (2018-09-19) with granularity `week`:
 * the count is in weeks but the anchor fixes a day; months and years give YYYY-MM and YYYY.
 */
import type { TimeExpr } from '../../doc/index.js';
import {
  addDays,
  addMonths,
  diffDays,
  formatWeek,
  formatYear,
  formatYm,
  formatYmd,
  isoWeekday,
  isValidYmd,
  parseIsoDate,
  pad,
  type Ymd,
} from './calendar.js';
import { hijriMonthOf, hijriToGregorian, hijriYearOf } from './hijri.js';
import type { Unit } from './lexicon.js';
import type { Meaning, Recognised } from './meaning.js';
import type { Tense } from './tense.js';

export type Resolved = Pick<TimeExpr, 'type' | 'value' | 'anchor' | 'granularity'> & {
  mod?: TimeExpr['mod'];
};

const UNIT_CODE: Record<Unit, string> = {
  second: 'S',
  minute: 'M',
  hour: 'H',
  day: 'D',
  week: 'W',
  month: 'M',
  year: 'Y',
  decade: 'DE',
  century: 'CE',
};

// (a winter is named by the year of its December: 2017-WI runs from December 2017 into 2018, so its
// middle month is the January after)
const SEASON_MONTH = { SP: 4, SU: 7, FA: 10, WI: 13 } as const;

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

export function durationValue(unit: Unit, n: number | null): string {
  // centuries are counted in years (ثلاث قرون → P300Y), as the annotators write them
  if (unit === 'century' && n !== null) return durationValue('year', n * 100);
  const amount = n === null ? 'X' : Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
  return unit === 'hour' || unit === 'minute' || unit === 'second'
    ? `PT${amount}${UNIT_CODE[unit]}`
    : `P${amount}${UNIT_CODE[unit]}`;
}

/** Two parts of one duration in one value: PT3H16M, P1Y6M. */
function compoundDuration(a: { unit: Unit; n: number | null }, b: { unit: Unit; n: number }): string {
  const isTime = (u: Unit) => u === 'hour' || u === 'minute' || u === 'second';
  const part = (p: { unit: Unit; n: number | null }) => `${p.n ?? 'X'}${UNIT_CODE[p.unit]}`;
  const date = [a, b].filter((p) => !isTime(p.unit)).map(part);
  const time = [a, b].filter((p) => isTime(p.unit)).map(part);
  return `P${date.join('')}${time.length ? `T${time.join('')}` : ''}`;
}

/** The day with the given ISO weekday nearest to d (three days either way). */
function nearestWeekday(d: Ymd, weekday: number): Ymd {
  const delta = (((weekday - isoWeekday(d)) % 7) + 7) % 7;
  return addDays(d, delta <= 3 ? delta : delta - 7);
}

/** The weekday (ISO) nearest to the anchor in the direction asked. */
function resolveWeekday(anchor: Ymd, weekday: number, dir: -1 | 0 | 1 | null, tense: Tense): Ymd {
  const today = isoWeekday(anchor);
  const back = (today - weekday + 7) % 7; // 0..6 days back to the most recent such day (today included)
  const forward = (weekday - today + 7) % 7; // 0..6 days ahead (today included)
  if (dir === -1) return addDays(anchor, -(back === 0 ? 7 : back));
  if (dir === 1) return addDays(anchor, forward === 0 ? 7 : forward);
  if (dir === 0) return addDays(anchor, weekday - today);
  return tense === 'future' ? addDays(anchor, forward) : addDays(anchor, -back);
}

/** The year of a month (and day) given without one. */
/** The year near the anchor in which the day of the month falls on the weekday written before it. */
function weekdayYear(
  anchor: Ymd,
  month: number,
  day: number | null,
  weekday: number | undefined,
): number | null {
  if (day === null || weekday === undefined) return null;
  let best: number | null = null;
  for (const y of [anchor.year, anchor.year + 1, anchor.year - 1]) {
    if (!isValidYmd(y, month, day)) continue;
    if (isoWeekday({ year: y, month, day }) === weekday && best === null) best = y;
  }
  return best;
}

/*
 * Factories of the small helpers that resolve and yearForMonth use: an arrow function bound to a local
 * name is wrapped by tsx (esbuild's keepNames) in a naming call that costs about a microsecond each time
 * it is created, and these are created for every expression resolved (the returned arrows are anonymous).
 */

/** key(y): the day `day` (or the month) of `month` in year y as one comparable number. */
function dayKey(month: number, day: number | null): (y: number) => number {
  return (y) => y * 400 + month * 32 + (day ?? 0);
}

/** rel(value, granularity): a value not anchored to the publication, as a TIME when r has a part of day. */
function relativeFor(r: Recognised): (value: string, granularity: TimeExpr['granularity']) => Resolved {
  return (value, granularity) => ({
    type: r.dayPart ? 'TIME' : 'DATE',
    value: r.dayPart ? `${value}T${r.dayPart}` : value,
    anchor: null,
    granularity,
  });
}

/** withAnchor(res): res anchored to the publication day. */
function anchoredTo(anchorStr: string | null): (res: Resolved) => Resolved {
  return (res) => ({ ...res, anchor: anchorStr });
}

function yearForMonth(
  anchor: Ymd,
  month: number,
  day: number | null,
  dir: -1 | 0 | 1 | null,
  tense: Tense,
): number {
  const key = dayKey(month, day);
  const now = anchor.year * 400 + anchor.month * 32 + (day === null ? 0 : anchor.day);
  const candidates = [anchor.year - 1, anchor.year, anchor.year + 1];
  if (dir === 0) return anchor.year;
  if (dir === -1) return candidates.filter((y) => key(y) < now).at(-1)!;
  if (dir === 1) return candidates.find((y) => key(y) > now)!;
  if (tense === 'past') {
    // a day only a few days ahead in a past-tense sentence (انطلقت … إلى غاية يوم 24 فيفري) is this
    // year's: a year-old date would carry its year
    const ahead =
      day !== null && isValidYmd(anchor.year, month, day)
        ? diffDays(anchor, { year: anchor.year, month, day })
        : -1;
    if (ahead > 0 && ahead <= 10) return anchor.year;
    return candidates.filter((y) => key(y) <= now).at(-1)!;
  }
  if (tense === 'future') {
    // and a day only a few days back in a future-tense sentence (المقرر من 26 أوت إلى 6 سبتمبر,
    // published on 29 August) is this year's too: an event under way, not one a year ahead
    const back =
      day !== null && isValidYmd(anchor.year, month, day)
        ? diffDays({ year: anchor.year, month, day }, anchor)
        : -1;
    if (back > 0 && back <= 10) return anchor.year;
    return candidates.find((y) => key(y) >= now)!;
  }
  // nearest in months
  let best = anchor.year;
  let bestDist = Infinity;
  for (const y of candidates) {
    const dist = Math.abs(y * 12 + month - (anchor.year * 12 + anchor.month));
    if (dist < bestDist) {
      best = y;
      bestDist = dist;
    }
  }
  return best;
}

function dateValue(d: Ymd, dayPart: Recognised['dayPart']): Resolved {
  if (dayPart)
    return { type: 'TIME', value: `${formatYmd(d)}T${dayPart}`, anchor: null, granularity: 'hour' };
  return { type: 'DATE', value: formatYmd(d), anchor: null, granularity: 'day' };
}

/**
 * Resolves one expression. `tense` is the tense around it (for weekdays and months without a year);
 * `on` is the day a clock time belongs to, when a date precedes it. Returns null when the meaning
 * cannot be a date (a Hijri date that does not exist).
 */
export function resolve(
  r: Recognised,
  anchor: Ymd | null,
  tense: Tense,
  on: Ymd | null = null,
): Resolved | null {
  const out = resolveMeaning(r.meaning, r, anchor, tense, on);
  if (!out) return null;
  if (r.sub && out.type === 'DATE' && /^(\d{4}|XXXX|REL:[+-]?\d+Y)$/.test(out.value)) {
    out.value = `${out.value}-${r.sub}`;
    out.granularity = 'quarter';
  }
  // (a part of a day too: الساعات الأولى من صباح الأربعاء → …TMO START)
  if (r.mod && (out.type === 'DATE' || (out.type === 'TIME' && r.dayPart))) out.mod = r.mod;
  return out;
}

function resolveMeaning(
  m: Meaning,
  r: Recognised,
  anchor: Ymd | null,
  tense: Tense,
  on: Ymd | null,
): Resolved | null {
  const anchorStr = anchor ? formatYmd(anchor) : null;
  const rel = relativeFor(r);
  const withAnchor = anchoredTo(anchorStr);
  switch (m.k) {
    case 'absolute': {
      if (m.day !== null && m.month !== null)
        return dateValue({ year: m.year, month: m.month, day: m.day }, r.dayPart);
      if (m.month !== null)
        return { type: 'DATE', value: formatYm(m.year, m.month), anchor: null, granularity: 'month' };
      return { type: 'DATE', value: formatYear(m.year), anchor: null, granularity: 'year' };
    }
    case 'month': {
      if (!anchor) {
        const v = m.day === null ? `XXXX-${pad(m.month)}` : `XXXX-${pad(m.month)}-${pad(m.day)}`;
        return rel(v, m.day === null ? 'month' : 'day');
      }
      const year =
        m.yearOffset !== null
          ? anchor.year + m.yearOffset
          : (weekdayYear(anchor, m.month, m.day, m.weekday) ??
            yearForMonth(anchor, m.month, m.day, m.dir, tense));
      if (m.day === null)
        return withAnchor({
          type: 'DATE',
          value: formatYm(year, m.month),
          anchor: null,
          granularity: 'month',
        });
      const d = {
        year,
        month: m.month,
        day: Math.min(m.day, new Date(Date.UTC(year, m.month, 0)).getUTCDate()),
      };
      if (d.day !== m.day) return null; // 29 February in a common year
      return withAnchor(dateValue(d, r.dayPart));
    }
    case 'weekday': {
      if (!anchor) return rel(`XXXX-WXX-${m.weekday}`, 'day');
      return withAnchor(dateValue(resolveWeekday(anchor, m.weekday, m.dir, tense), r.dayPart));
    }
    case 'deictic': {
      if (m.written) {
        // a written date wins unless the deictic day has the weekday written and the date has not
        const agrees = anchor !== null && isoWeekday(addDays(anchor, m.days)) === m.weekday;
        const date = resolveMeaning(m.written, r, anchor, tense, on);
        const dated = date && /^\d{4}-\d{2}-\d{2}/.exec(date.value);
        const dateAgrees = dated && isoWeekday(parseIsoDate(dated[0])!) === m.weekday;
        if (!agrees || dateAgrees || !date) return date;
      }
      if (!anchor) return rel(`REL:${m.days === 0 ? '0' : signed(m.days)}D`, 'day');
      const day = addDays(anchor, m.days);
      return withAnchor(dateValue(m.weekday === undefined ? day : nearestWeekday(day, m.weekday), r.dayPart));
    }
    case 'same-month': {
      // the pass gives the month when an earlier expression names one; otherwise only the day is known
      if (m.day === null) return rel(`${m.year ?? 'XXXX'}-XX`, 'month');
      return rel(`${m.year ?? 'XXXX'}-XX-${pad(m.day)}`, 'day');
    }
    case 'calendar': {
      const code = m.unit === 'week' ? 'W' : m.unit === 'month' ? 'M' : 'Y';
      if (!anchor && m.day !== undefined) return rel(`XXXX-XX-${pad(m.day)}`, 'day');
      if (!anchor)
        return rel(`REL:${m.offset === 0 ? '0' : signed(m.offset)}${code}${m.weekend ? '-WE' : ''}`, m.unit);
      if (m.unit === 'week') {
        // this weekend, early in the week or in the past tense before Saturday, is the one just past
        const day = isoWeekday(anchor);
        const justPast = m.explicit
          ? day < 6 && tense === 'past'
          : (day <= 3 && tense !== 'future') || (day < 6 && tense === 'past');
        const offset = m.weekend && m.offset === 0 && justPast ? -1 : m.offset;
        const week = formatWeek(addDays(anchor, 7 * offset));
        return withAnchor({
          type: 'DATE',
          value: m.weekend ? `${week}-WE` : week,
          anchor: null,
          granularity: 'week',
        });
      }
      if (m.unit === 'month' && m.day !== undefined) {
        const d = addMonths(anchor, m.offset);
        if (!isValidYmd(d.year, d.month, m.day)) return null;
        return withAnchor(dateValue({ year: d.year, month: d.month, day: m.day }, r.dayPart));
      }
      if (m.unit === 'month') {
        const d = addMonths(anchor, m.offset);
        return withAnchor({
          type: 'DATE',
          value: formatYm(d.year, d.month),
          anchor: null,
          granularity: 'month',
        });
      }
      return withAnchor({
        type: 'DATE',
        value: formatYear(anchor.year + m.offset),
        anchor: null,
        granularity: 'year',
      });
    }
    case 'ago': {
      const n = m.n * m.sign;
      if (!anchor)
        return rel(`REL:${signed(n)}${UNIT_CODE[m.unit]}`, m.unit === 'second' ? 'minute' : m.unit);
      if (!Number.isInteger(m.n)) {
        return withAnchor({
          type: 'DATE',
          value: m.sign < 0 ? 'PAST_REF' : 'FUTURE_REF',
          anchor: null,
          granularity: null,
        });
      }
      switch (m.unit) {
        case 'day':
          return withAnchor({
            type: 'DATE',
            value: formatYmd(addDays(anchor, n)),
            anchor: null,
            granularity: 'day',
          });
        case 'week':
          return withAnchor({
            type: 'DATE',
            value: formatYmd(addDays(anchor, 7 * n)),
            anchor: null,
            granularity: 'week',
          });
        case 'month': {
          const d = addMonths(anchor, n);
          return withAnchor({
            type: 'DATE',
            value: formatYm(d.year, d.month),
            anchor: null,
            granularity: 'month',
          });
        }
        case 'year':
        case 'decade':
        case 'century': {
          const years = { year: 1, decade: 10, century: 100 }[m.unit] * n;
          return withAnchor({
            type: 'DATE',
            value: formatYear(anchor.year + years),
            anchor: null,
            granularity: 'year',
          });
        }
        default:
          return withAnchor({
            type: 'DATE',
            value: n < 0 ? 'PAST_REF' : 'FUTURE_REF',
            anchor: null,
            granularity: null,
          });
      }
    }
    case 'ref':
      return { type: 'DATE', value: m.value, anchor: null, granularity: null };
    case 'duration':
      return {
        type: 'DURATION',
        value: m.plus ? compoundDuration(m, m.plus) : durationValue(m.unit, m.n),
        anchor: null,
        // (a duration is never of seconds alone: they are only the smaller part of a compound)
        granularity: m.unit === 'second' ? 'minute' : m.unit,
      };
    case 'set':
      return { type: 'SET', value: m.value, anchor: null, granularity: null };
    case 'season': {
      let year = m.year;
      if (year === null && anchor) {
        if (m.yearOffset !== null) year = anchor.year + m.yearOffset;
        else {
          // the season's middle month against the anchor month, in the direction asked
          const mid = SEASON_MONTH[m.season];
          const now = anchor.year * 12 + anchor.month;
          const cands = [anchor.year - 1, anchor.year, anchor.year + 1];
          if (m.dir === -1) year = cands.filter((y) => y * 12 + mid + 1 < now).at(-1)!;
          else if (m.dir === 1) year = cands.find((y) => y * 12 + mid - 1 > now)!;
          else year = m.season === 'WI' && anchor.month <= 3 ? anchor.year - 1 : anchor.year;
        }
      }
      if (year === null) return rel(`XXXX-${m.season}`, 'season');
      const res: Resolved = {
        type: 'DATE',
        value: `${formatYear(year)}-${m.season}`,
        anchor: null,
        granularity: 'season',
      };
      return m.year === null ? withAnchor(res) : res;
    }
    case 'decade':
      return { type: 'DATE', value: m.value, anchor: null, granularity: m.century ? 'century' : 'decade' };
    case 'clock': {
      const time = `T${pad(m.hour)}:${pad(m.minute)}`;
      if (m.on) {
        const inner = resolveMeaning(m.on, { ...r, dayPart: null, meaning: m.on }, anchor, tense, null);
        if (inner && /^\d{4}-\d{2}-\d{2}$/.test(inner.value)) {
          return {
            type: 'TIME',
            value: `${inner.value}${time}`,
            anchor: inner.anchor,
            granularity: m.minute === 0 ? 'hour' : 'minute',
          };
        }
        if (inner && !anchor)
          return { type: 'TIME', value: `${inner.value}${time}`, anchor: null, granularity: 'hour' };
      }
      const day = on ?? anchor;
      return {
        type: 'TIME',
        value: day ? `${formatYmd(day)}${time}` : `XXXX-XX-XX${time}`,
        anchor: on ? null : anchorStr,
        granularity: m.minute === 0 ? 'hour' : 'minute',
      };
    }
    case 'hijri': {
      let year = m.year;
      if (year === null && m.dir !== undefined) {
        // ذو القعدة المقبل: the next one after the publication's Hijri month (الماضي: the last before it);
        // with a day (14 شوال الجاري، السابع من ذي القعدة المقبل), the publication's own month is neither
        const now = anchor ? hijriMonthOf(anchor) : null;
        if (!now) return null;
        const key = m.day !== null ? m.month * 100 + m.day : m.month;
        const nowKey = m.day !== null ? now.month * 100 + now.day : now.month;
        year = now.year + (m.dir > 0 && key <= nowKey ? 1 : m.dir < 0 && key >= nowKey ? -1 : 0);
        if (m.day !== null) {
          const g = hijriToGregorian(year, m.month, m.day);
          return g ? withAnchor(dateValue(g, r.dayPart)) : null;
        }
        const mid = hijriToGregorian(year, m.month, 15);
        if (!mid) return null;
        return withAnchor({
          type: 'DATE',
          value: formatYm(mid.year, mid.month),
          anchor: null,
          granularity: 'month',
        });
      }
      if (year === null) {
        if (!anchor) return rel(`XXXX-${pad(m.month)}-${pad(m.day ?? 1)}`, 'day');
        year = hijriYearOf(anchor);
        if (year === null) return null;
      }
      if (m.day !== null) {
        const g = hijriToGregorian(year, m.month, m.day);
        if (!g) return null;
        const res = dateValue(g, r.dayPart);
        return m.year === null ? withAnchor(res) : res;
      }
      // a Hijri month straddles two Gregorian months: the one holding its 15th day
      const mid = hijriToGregorian(year, m.month, 15);
      if (!mid) return null;
      return { type: 'DATE', value: formatYm(mid.year, mid.month), anchor: null, granularity: 'month' };
    }
    case 'part-of-day':
      return on && r.dayPart ? dateValue(on, r.dayPart) : null;
    case 'ambiguous-year':
      return { type: 'DATE', value: `XX${pad(m.yy)}`, anchor: null, granularity: 'year' };
  }
}
