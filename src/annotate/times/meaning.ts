/** What the recogniser understood, before it is resolved against a publication date. */
import type { Unit } from './lexicon.js';

/** An explicit direction word: -1 past (الماضي), 0 current (الجاري), 1 next (المقبل), null none. */
export type Direction = -1 | 0 | 1 | null;
export type Mod = 'START' | 'MID' | 'END' | 'APPROX';
export type DayPart = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';

export type Meaning =
  /** A calendar date with a known year: 2011-03, 2017-01-18, 2017. */
  | { k: 'absolute'; year: number; month: number | null; day: number | null }
  /**
   * A month (and day) without a year: أيلول/سبتمبر، 24 جانفي الجاري; `weekday` when one is written
   * before the day (الأربعاء 15 فيفري), which picks the year.
   */
  | {
      k: 'month';
      month: number;
      day: number | null;
      dir: Direction;
      yearOffset: number | null;
      weekday?: number;
    }
  | { k: 'weekday'; weekday: number; dir: Direction }
  /**
   * اليوم (0), أمس (-1), غدا (1), أول أمس (-2), بعد غد (2); `weekday` when one is apposed (أمس
   * الثلاثاء), which wins when the two disagree (an article published a day after it was written).
   */
  /**
   * `written`: the full date written after a deictic and its weekday (اليوم الإثنين 16 جانفي 2016),
   * which yields to them when the weekday agrees with the deictic day and the date does not.
   */
  | { k: 'deictic'; days: number; weekday?: number; written?: Meaning }
  /** الأسبوع الماضي، هذا العام، الشهر المقبل; `weekend` for نهاية الأسبوع. */
  /** `day`: a day of the month (يوم 25 من الشهر الحالي). */
  /** `explicit`: نهاية هذا الأسبوع, the current week's weekend unless told in the past. */
  | {
      k: 'calendar';
      unit: 'week' | 'month' | 'year';
      offset: number;
      weekend?: boolean;
      day?: number;
      explicit?: boolean;
    }
  /** قبل يومين، منذ ثلاثة أيام (sign -1), بعد أسبوعين (sign 1). */
  | { k: 'ago'; unit: Unit; n: number; sign: -1 | 1 }
  /** `after`: بعد أيام قليلة, some units after now, or after a past time of the sentence (a duration). */
  | { k: 'ref'; value: 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF'; after?: Unit }
  /** n null: an unspecified number (عدة سنوات → PXY); `plus` a second part (ثلاث ساعات و16 دقيقة). */
  | { k: 'duration'; unit: Unit; n: number | null; plus?: { unit: Unit; n: number } }
  /**
   * يوم 23 من الشهر ذاته: a day of the month named last (resolved by the pass); نفس الشهر من سنة 2016:
   * that month in another year.
   */
  /**
   * `back`: نفس الفترة من السنة الماضية, the month named before in the sentence a year back (else
   * the previous year).
   */
  | { k: 'same-month'; day: number | null; year?: number; back?: number; period?: boolean }
  | { k: 'set'; value: string }
  /** خريف 2015 (year), الصيف الماضي (dir), صيف العام الماضي (yearOffset). */
  | {
      k: 'season';
      season: 'SP' | 'SU' | 'FA' | 'WI';
      year: number | null;
      dir: Direction;
      yearOffset: number | null;
    }
  /** `century`: القرن التاسع عشر (`18`), a century in the same TIMEX3 form. */
  | { k: 'decade'; value: string; century?: boolean }
  /** `halfUnknown`: no part of the day says whether the hour is in the morning or the evening. */
  | { k: 'clock'; hour: number; minute: number; on: Meaning | null; halfUnknown?: boolean }
  | { k: 'hijri'; year: number | null; month: number; day: number | null; dir?: -1 | 0 | 1 }
  /** A two-digit year ('19): the century is unknown. */
  | { k: 'ambiguous-year'; yy: number }
  /**
   * ليلا، صباحا alone: a part (`dayPart`) of the day named before it in the sentence; `orToday` (بعد
   * الظهر, definite) of the publication day when none is.
   */
  | { k: 'part-of-day'; orToday?: boolean };

export interface Recognised {
  /** Token range, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  meaning: Meaning;
  mod: Mod | null;
  /** Part of the day (مساء أمس → EV). */
  dayPart: DayPart | null;
  /** A half or quarter of the year (النصف الأول من 2017 → H1), appended to a year value. */
  sub: string | null;
}
