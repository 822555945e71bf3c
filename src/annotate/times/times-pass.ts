/**
 * The `times` pass: time expressions, normalised against the publication date (`doc.published`).
 * Lexicons load once when the pass is built; `run` walks the sentences' tokens.
 */
import {
  addDiagnostic,
  compareSpans,
  type Doc,
  type Pass,
  type TimeExpr,
  type Token,
} from '../../doc/index.js';
import { addDays, formatYmd, isoWeekday, isValidYmd, parseIsoDate, type Ymd } from './calendar.js';

const compareYmd = (a: Ymd, b: Ymd) => a.year - b.year || a.month - b.month || a.day - b.day;
import { loadLexicons, startWords, TimeRecogniser, type Problem } from './recognise.js';
import { anyFlag, CAN_START_TIME, sharedStartFlags } from './starts.js';
import type { Meaning, Mod } from './meaning.js';
import { resolve } from './resolve.js';
import { isFutureVerb, opensWithPresent, tenseAround } from './tense.js';

/**
 * The first token index k >= lo whose token ends after `pos` (tokens are in text order and do not
 * overlap). A binary search: walking the tokens one by one reads every token object, which costs
 * more than the passes' own work on the few tokens that can start something.
 */
export function firstTokenEndingAfter(tokens: readonly Token[], lo: number, pos: number): number {
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first token index k >= lo whose token starts at or after `pos` (a binary search, as above). */
function firstTokenStartingFrom(tokens: readonly Token[], lo: number, pos: number): number {
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Both passes ask for the ranges of the same document: kept per token list, for its sentences. */
const rangesMemo = new WeakMap<
  readonly Token[],
  { sentences: Doc['sentences']; ranges: [number, number][] }
>();

/** Token index ranges [from, to) of each sentence (tokens outside sentences form their own range). */
export function sentenceTokenRanges(doc: Doc): [number, number][] {
  const { tokens, sentences } = doc;
  const memo = rangesMemo.get(tokens);
  if (memo && memo.sentences === sentences) return memo.ranges;
  const ranges: [number, number][] = [];
  let t = 0;
  for (const s of sentences) {
    t = firstTokenEndingAfter(tokens, t, s.start);
    const from = t;
    t = firstTokenStartingFrom(tokens, t, s.end);
    if (t > from) ranges.push([from, t]);
  }
  if (sentences.length === 0 && tokens.length > 0) ranges.push([0, tokens.length]);
  rangesMemo.set(tokens, { sentences, ranges });
  return ranges;
}

export function createTimesPass(): Pass {
  const lexicons = loadLexicons();
  const recogniser = new TimeRecogniser(lexicons);
  const starts = sharedStartFlags(() => startWords(lexicons));
  return {
    name: 'times',
    // Bump when the output changes (test/pass-versions.test.ts checks it), so stored analyses go stale.
    version: '26',
    requires: ['text', 'tokens', 'sentences'],
    produces: ['times'],
    run(doc: Doc) {
      const anchor = parseIsoDate(doc.published);
      const times: TimeExpr[] = [];
      const problems: Problem[] = [];
      // the sentence's expressions read from a weekday alone, for pairWeekdaysWithDays
      const weekdayExprs: { expr: TimeExpr; weekday: number }[] = [];
      const flags = starts.of(doc.tokens, doc.text);
      // the month named last in the document, for "يوم 23 من الشهر ذاته"; the year, for "من ذلك العام"
      let lastMonth: { year: number; month: number } | null = null;
      let lastYear: number | null = null;
      for (const [from, to] of sentenceTokenRanges(doc)) {
        // a sentence where no token can start a time expression has none (a third of them)
        if (!anyFlag(flags, from, to, CAN_START_TIME)) continue;
        const found = recogniser.run(doc.tokens, from, to, problems, flags, doc.text);
        const sentenceFirst = times.length;
        // the last day named in the sentence, and the last month named with its year
        let previousDay: Ymd | null = null;
        // the last day named was that of a night gone by (الليلة الماضية، ليلة أمس)
        let pastNight = false;
        // the last day named closed a range of days (من 28 نوفمبر إلى 1 ديسمبر 2016)
        let rangeEnd = false;
        // the last part of the day named in the sentence (هذا المساء … على الساعة الثامنة → 20:00)
        let previousPart: string | null = null;
        // the hour of the sentence's last clock time when it was past one in the afternoon
        let previousPm: number | null = null;
        let namedMonth: { year: number; month: number } | null = null;
        // a date before the publication (or an unspecified past) was named in the sentence
        let pastNamed = false;
        // the last expression of the sentence when it named a whole year, with its part (مطلع 2017)
        let namedYear: { year: number; mod: Mod | null } | null = null;
        // أيام الجمعة والسبت والأحد: on those days of every week (the last weekday read as such, or -1)
        let weeklyEnd = -1;
        for (let n = 0; n < found.length; n++) {
          let r = found[n]!;
          if (r.meaning.k === 'weekday' && r.meaning.dir === null) {
            const weekly = weeklyAt(doc.tokens, from, r.first, r.last, weeklyEnd);
            if (weekly) {
              r = { ...r, meaning: { k: 'set', value: `XXXX-WXX-${r.meaning.weekday}` } };
              weeklyEnd = r.last;
            }
          }
          const inOther = inOtherThan(found, r);
          let tense = tenseAround(doc.tokens, from, to, r.first, r.last, inOther);
          // تحتضن العاصمة يومي الاثنين والثلاثاء: a weekday with no marker near it, in a sentence that opens
          // with a verb in the present, is to come
          if (
            tense === null &&
            r.meaning.k === 'weekday' &&
            r.meaning.dir === null &&
            opensWithPresent(doc.tokens, from, to)
          )
            tense = 'future';
          // مساء غد الثلاثاء … لانطلاق المنافسات يوم الأربعاء: a weekday after a day to come is to come
          if (
            r.meaning.k === 'weekday' &&
            r.meaning.dir === null &&
            anchor &&
            previousDay &&
            (compareYmd(previousDay, anchor) > 0 ||
              // من اليوم الاثنين إلى يوم الأربعاء: the end of a range that starts today is to come
              // (named as today: اليوم, not a weekday that happens to be today's)
              (compareYmd(previousDay, anchor) === 0 &&
                found[n - 1]?.meaning.k === 'deictic' &&
                r.first > from &&
                /^(الي|حتي)$/.test(doc.tokens[r.first - 1]!.norm)))
          )
            tense = 'future';
          // يومي السبت والأحد المقبلين: a dual (or plural) adjective after two weekdays joined by و gives
          // both its direction
          const pairNext = found[n + 1];
          if (
            r.meaning.k === 'weekday' &&
            r.meaning.dir === null &&
            pairNext?.meaning.k === 'weekday' &&
            pairNext.meaning.dir === null
          ) {
            const joined =
              pairNext.first === r.last + 1
                ? /^و/.test(doc.tokens[pairNext.first]!.norm)
                : pairNext.first === r.last + 2 && doc.tokens[r.last + 1]!.norm === 'و';
            const after = pairNext.last + 1 < to ? doc.tokens[pairNext.last + 1]!.norm : '';
            const dir = /^(المقبلين|القادمين|الماضيين|المنقضيين|الفارطين)$/.test(after)
              ? /^(المقبلين|القادمين)$/.test(after)
                ? 1
                : -1
              : null;
            if (joined && dir !== null) {
              r = { ...r, meaning: { ...r.meaning, dir } };
              found[n + 1] = { ...pairNext, meaning: { ...pairNext.meaning, dir } };
            }
          }
          // يوم الخميس الموافق 20 أغسطس، الخميس الموافق 28/10/1436هـ: the weekday is the day the date after
          // الموافق names, not the nearest one of that name
          const paired = found[n + 1];
          if (
            r.meaning.k === 'weekday' &&
            paired &&
            paired.first === r.last + 2 &&
            /^[بو]?الموافق$/.test(doc.tokens[r.last + 1]!.norm) &&
            (paired.meaning.k === 'absolute' ||
              paired.meaning.k === 'month' ||
              paired.meaning.k === 'hijri') &&
            paired.meaning.day !== null
          )
            r = { ...r, meaning: paired.meaning };
          // يومي الأربعاء والخميس القادم: a weekday joined by و to the next one shares its direction
          const nextFound = found[n + 1];
          if (
            r.meaning.k === 'weekday' &&
            r.meaning.dir === null &&
            nextFound?.meaning.k === 'weekday' &&
            nextFound.meaning.dir !== null &&
            nextFound.meaning.weekday > r.meaning.weekday &&
            (nextFound.first === r.last + 1
              ? /^و/.test(doc.tokens[nextFound.first]!.norm)
              : nextFound.first === r.last + 2 && doc.tokens[r.last + 1]!.norm === 'و')
          ) {
            r = { ...r, meaning: { ...r.meaning, dir: nextFound.meaning.dir } };
            tense = nextFound.meaning.dir > 0 ? 'future' : 'past';
          }
          // (with no part named before, an hour from one to five is in the afternoon: events are not
          // held at 4:30 in the night, and night-time ones say فجرا or ليلا)
          if (
            r.meaning.k === 'clock' &&
            r.meaning.halfUnknown &&
            // (but the small hours of a night: الليلة الفارطة … حوالي الساعة الثانية → 02:00)
            ((previousPart
              ? /^(AF|EV)$/.test(previousPart) || (previousPart === 'NI' && r.meaning.hour > 5)
              : r.meaning.hour <= 5) ||
              // الساعة السابعة مساء … الساعة الثامنة: an hour after an afternoon or evening clock time
              // of the sentence, no earlier than it and at most five hours on, is in that half of the day
              (previousPm !== null &&
                r.meaning.hour + 12 >= previousPm &&
                r.meaning.hour + 12 - previousPm <= 5))
          )
            r = { ...r, meaning: { ...r.meaning, hour: r.meaning.hour + 12 } };
          if (r.meaning.k === 'clock')
            previousPm = r.meaning.hour >= 13 && r.meaning.hour < 24 ? r.meaning.hour : null;
          if (r.dayPart) previousPart = r.dayPart;
          // a clock time without its own day belongs to the day named before it in the sentence
          // (يوم الأحد على الساعة العاشرة، غدا الثلاثاء … من الساعة العاشرة صباحا); so does a part
          // of the day alone (… يوم 9 مارس … اقتحموا منزلهم ليلا), which without one is left out
          let on =
            (r.meaning.k === 'clock' && !r.meaning.on) || r.meaning.k === 'part-of-day' ? previousDay : null;
          // الليلة الماضية … الساعة منتصف الليل و40 دقيقة: the small hours of last night are past midnight,
          // on the next day
          if (on && pastNight && r.meaning.k === 'clock' && r.meaning.hour < 5) on = addDays(on, 1);
          // من 28 نوفمبر إلى 1 ديسمبر 2016 … العرض الأول الساعة 11 صباحا: a clock time after a range of
          // days is held on each of them, no one day
          // (but … إلى غاية يوم الاثنين 20 فيفري 2017 على الساعة الرابعة صباحا: a clock time right after the
          // range's last day, only على / في between, is the moment the range ends)
          // (بداية من … إلى غاية يوم الاثنين 20 فيفري على الساعة الرابعة صباحا: "until", not a span of days)
          const atEnd =
            n > 0 &&
            r.first - found[n - 1]!.last <= 2 &&
            (r.first === found[n - 1]!.last + 1 || /^(علي|في)$/.test(doc.tokens[r.first - 1]!.norm)) &&
            found[n - 1]!.first > from &&
            /^(غايه|حتي)$/.test(doc.tokens[found[n - 1]!.first - 1]!.norm);
          // (أيام السبت من الساعة التاسعة صباحا: a clock time after a weekday of every week is on each)
          const weeklyClock = weeklyEnd >= 0 && r.meaning.k === 'clock' && !r.meaning.on;
          const daily: boolean =
            (on !== null && rangeEnd && r.meaning.k === 'clock' && !atEnd) ||
            weeklyClock ||
            (r.meaning.k === 'clock' &&
              !r.meaning.on &&
              ((on === null &&
                (undatedHours(doc, found, n, from) ||
                  (onlyHours(found) && announcedBefore(doc, from, r.first)))) ||
                afterDaily(found, n)));
          if (r.meaning.k === 'part-of-day' && !on) {
            if (!r.meaning.orToday) continue;
            r = { ...r, meaning: { k: 'deictic', days: 0 } };
          }
          // الشهرين الأولين من سنة 2017 … نفس الفترة من سنة 2016: the same part of the other year
          if (r.meaning.k === 'same-month' && namedYear && !namedMonth) {
            const year = r.meaning.year ?? namedYear.year + (r.meaning.back ?? 0);
            r = { ...r, meaning: { k: 'absolute', year, month: null, day: null }, mod: namedYear.mod };
          }
          if (r.meaning.k === 'same-month' && r.meaning.back !== undefined) {
            // نفس الفترة من السنة الماضية: the month this sentence named, a year back; else last year
            const back = r.meaning.back;
            // (… مقارنة بنفس الفترة من السنة الماضية … 120 قتيلا خلال شهر ماي سنة 2016: or the month of
            // that year named after it)
            const later = anchor && !namedMonth ? monthNamedAfter(found, n, anchor.year + back) : null;
            const base = namedMonth ?? (later ? { year: later.year - back, month: later.month } : null);
            r = base
              ? {
                  ...r,
                  meaning: {
                    k: 'absolute',
                    year: base.year + back,
                    month: base.month,
                    day: null,
                  },
                }
              : { ...r, meaning: { k: 'calendar', unit: 'year', offset: back } };
          }
          if (
            r.meaning.k === 'same-month' &&
            lastMonth &&
            !(r.meaning.period && r.meaning.year !== undefined)
          ) {
            const year = r.meaning.year ?? lastMonth.year;
            const { month } = lastMonth;
            r = { ...r, meaning: { k: 'absolute', year, month, day: r.meaning.day } };
          }
          // نفس الفترة من سنة 2016 with no month named before: that year
          if (r.meaning.k === 'same-month' && r.meaning.year !== undefined && r.meaning.year !== null)
            r = { ...r, meaning: { k: 'absolute', year: r.meaning.year, month: null, day: null } };
          // يوم 7 مارس 2016 … إلى يوم 9 مارس: a month without a year takes the year of the month named
          // with one before it in the sentence (the next year when it comes well before that month)
          const m = r.meaning;
          // في شهر أبريل من ذلك العام: the year named last
          if (m.k === 'month' && m.dir === null && m.yearOffset === null && lastYear !== null) {
            if (
              (thatYearAfter(doc, r.last + 1, to) || datedAfterYear(doc, r.first, from)) &&
              (m.day === null || isValidYmd(lastYear, m.month, m.day))
            )
              r = { ...r, meaning: { k: 'absolute', year: lastYear, month: m.month, day: m.day } };
          }
          if (
            m.k === 'month' &&
            r.meaning.k === 'month' &&
            m.dir === null &&
            m.yearOffset === null &&
            namedMonth
          ) {
            const year = namedMonth.year + (m.month < namedMonth.month - 6 ? 1 : 0);
            if (m.day === null || isValidYmd(year, m.month, m.day))
              r = { ...r, meaning: { k: 'absolute', year, month: m.month, day: m.day } };
          }
          // من 25 أكتوبر إلى 2 نوفمبر 2016: the first end of a range takes the year of the second; so
          // do the months of a list (أشهر جويلية وأوت وسبتمبر 2015), through the months without a year
          let next = n + 1;
          while (
            found[next]?.meaning.k === 'month' &&
            found[next + 1] &&
            rangeBetween(doc, found[next - 1]!.last + 1, found[next]!.first) &&
            next - n < 6
          )
            next++;
          const after =
            next > n + 1 && rangeBetween(doc, found[next - 1]!.last + 1, found[next]?.first ?? -1)
              ? found[next]
              : found[n + 1];
          const m2 = r.meaning;
          if (
            m2.k === 'month' &&
            m2.dir === null &&
            m2.yearOffset === null &&
            after?.meaning.k === 'absolute' &&
            after.meaning.month !== null &&
            (after === found[n + 1] ? rangeBetween(doc, r.last + 1, after.first) : true)
          ) {
            const year = after.meaning.year - (m2.month > after.meaning.month ? 1 : 0);
            if (m2.day === null || isValidYmd(year, m2.month, m2.day))
              r = { ...r, meaning: { k: 'absolute', year, month: m2.month, day: m2.day } };
          }
          if (r.meaning.k === 'absolute' && r.meaning.month !== null)
            namedMonth = { year: r.meaning.year, month: r.meaning.month };
          // وصل في 2015 وبعد أيام قليلة غادر، ثم عاد بعد أسابيع: some units after a past time named
          // before in the sentence, or in a past clause, count from it: a duration (span the units)
          if (
            r.meaning.k === 'ref' &&
            r.meaning.after &&
            (tense === 'past' || (tense !== 'future' && pastNamed)) &&
            r.first + 1 <= r.last
          ) {
            const unit = r.meaning.after;
            r = {
              ...r,
              first: r.first + 1,
              start: doc.tokens[r.first + 1]!.start,
              meaning: { k: 'duration', unit, n: null },
            };
          }
          // يوم الجمعة 23 جوان القادم عوض يوم السبت، بين الاثنين والأربعاء: a weekday joined (و، إلى، أو، عوض،
          // بدل) to the day to come named right before it is counted from that day, not from the publication
          const from_ =
            r.meaning.k === 'weekday' &&
            r.meaning.dir === null &&
            tense === 'future' &&
            anchor &&
            previousDay &&
            compareYmd(previousDay, anchor) > 0 &&
            n > 0 &&
            joinedToDay(doc, found[n - 1]!, r.first)
              ? previousDay
              : anchor;
          const res: ReturnType<typeof resolve> = daily
            ? resolve(r, null, tense, null)
            : resolve(r, from_, tense, on);
          if (!res) {
            addDiagnostic(
              doc,
              'times/impossible-date',
              `"${doc.text.slice(r.start, r.end)}" is not a date`,
              r.start,
              r.end,
            );
            continue;
          }
          const expr: TimeExpr = {
            start: r.start,
            end: r.end,
            text: doc.text.slice(r.start, r.end),
            type: res.type,
            value: res.value,
            anchor: res.anchor,
            granularity: res.granularity,
          };
          if (res.mod) expr.mod = res.mod;
          times.push(expr);
          const original = found[n]!.meaning;
          if (original.k === 'weekday' && !r.dayPart && expr.type !== 'TIME')
            weekdayExprs.push({ expr, weekday: original.weekday });
          const day = dayOf(res.value);
          if (day) {
            // (a day named after the weekly weekday is what later clock times belong to)
            weeklyEnd = -1;
            pastNight = r.dayPart === 'NI' && r.meaning.k === 'deictic' && r.meaning.days < 0;
            const before = times.at(-2);
            rangeEnd =
              res.type === 'DATE' &&
              n > 0 &&
              before !== undefined &&
              // (من الساعة العاشرة ليلا إلى غاية يوم الأربعاء … الساعة الخامسة صباحا: a range from a clock
              // time is between two moments, and the clock time after its last day is that day's)
              before.type === 'DATE' &&
              dayOf(before.value) !== null &&
              before.end === doc.tokens[found[n - 1]!.last]!.end &&
              rangeBetween(doc, found[n - 1]!.last + 1, r.first);
          }
          previousDay = day ?? previousDay;
          if (anchor && res.type === 'DATE' && isPastValue(res.value, doc.published ?? '')) pastNamed = true;
          const ym = /^(\d{4})-(\d{2})(?:-|$)/.exec(res.value);
          if (ym) lastMonth = { year: Number(ym[1]), month: Number(ym[2]) };
          const y = /^(\d{4})(?:-|$)/.exec(res.value);
          if (y && res.type === 'DATE') lastYear = Number(y[1]);
          namedYear =
            /^\d{4}$/.test(res.value) && res.type === 'DATE'
              ? { year: Number(res.value), mod: res.mod ?? null }
              : null;
        }
        if (weekdayExprs.length > 0) {
          pairWeekdaysWithDays(doc.text, times, sentenceFirst, weekdayExprs);
          weekdayExprs.length = 0;
        }
      }
      for (const p of problems) addDiagnostic(doc, p.rule, p.message, p.start, p.end);
      times.sort(compareSpans);
      doc.times = times;
    },
  };
}

/**
 * inOther(k): token k is inside an expression of `found` other than `self`. (A factory: an arrow
 * function bound to a local name is wrapped by tsx in a naming call that costs about a microsecond
 * each time, here once per expression; the returned arrow is anonymous.)
 */
function inOtherThan(
  found: readonly { first: number; last: number }[],
  self: { first: number; last: number },
): (k: number) => boolean {
  return (k) => (k < self.first || k > self.last) && found.some((o) => k >= o.first && k <= o.last);
}

/** Only a range word between tokens [from, to): إلى، حتى، و، -، أو. */
function rangeBetween(doc: Doc, from: number, to: number): boolean {
  // (وأوت: the و glued to the next expression)
  if (to === from && to < doc.tokens.length && doc.tokens[to]!.norm.startsWith('و')) return true;
  if (to - from < 1 || to - from > 2) return false;
  for (let k = from; k < to; k++) {
    if (!['الي', 'حتي', 'و', '-', 'او', 'ولغايه', 'لغايه', 'غايه'].includes(doc.tokens[k]!.norm))
      return false;
  }
  return true;
}

/**
 * يومي السبت والأحد 18 و19 فيفري، أيام الجمعة والسبت والأحد 10 و11 و12 مارس: weekdays listed before the list of
 * their days' numbers are those days. A weekday expression (in times[first..]) followed, with only other
 * weekdays and و between, by dated expressions takes the date among them that falls on its weekday.
 */
function pairWeekdaysWithDays(
  text: string,
  times: TimeExpr[],
  first: number,
  weekdays: readonly { expr: TimeExpr; weekday: number }[],
): void {
  const weekdayOf = (t: TimeExpr | undefined) => weekdays.find((w) => w.expr === t)?.weekday;
  let listed: { expr: TimeExpr; weekday: number }[] = [];
  for (let k = first; k < times.length; k++) {
    const w = times[k]!;
    const wd = weekdayOf(w);
    if (wd === undefined) continue;
    listed.push({ expr: w, weekday: wd });
    const next = times[k + 1];
    if (weekdayOf(next) !== undefined && /^[\sو،,]*$/.test(text.slice(w.end, next!.start))) continue;
    // the run of weekdays ends at w: the list of dated days must follow right after it
    const days: Ymd[] = [];
    let end = w.end;
    for (let d = k + 1; d < times.length && days.length < 7; d++) {
      const t = times[d]!;
      const ymd = t.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(t.value) ? parseIsoDate(t.value) : null;
      if (!ymd || !/^[\sو،,]*$/.test(text.slice(end, t.start))) break;
      days.push(ymd);
      end = t.end;
    }
    if (days.length >= listed.length) {
      for (const l of listed) {
        const match = days.find((d) => isoWeekday(d) === l.weekday);
        if (match) {
          l.expr.type = 'DATE';
          l.expr.value = formatYmd(match);
          l.expr.granularity = 'day';
        }
      }
    }
    listed = [];
  }
}

/** The expression before is a day (a weekday or a dated day), and only a joining word lies between it and `first`. */
function joinedToDay(doc: Doc, before: { last: number; meaning: Meaning }, first: number): boolean {
  const m = before.meaning;
  if (m.k !== 'weekday' && !(m.k === 'absolute' && m.day !== null) && !(m.k === 'month' && m.day !== null))
    return false;
  if (first - before.last > 3) return false;
  for (let k = before.last + 1; k < first; k++)
    if (!/^(و|الي|او|حتي|عوض|بدل|عوضا|عن|من)$/.test(doc.tokens[k]!.norm)) return false;
  return true;
}

/** تدور يوميا انطلاقا من الساعة التاسعة: a clock time right after "daily" (يوميا، كل يوم) is on every day. */
function afterDaily(found: readonly { first: number; last: number; meaning: Meaning }[], n: number): boolean {
  const prev = found[n - 1];
  return prev?.meaning.k === 'set' && prev.meaning.value === 'P1D' && found[n]!.first - prev.last <= 4;
}

/**
 * Opening hours and standing bans, «من الساعة السابعة والنصف صباحا إلى الواحدة والنصف بعد الزوال», «في الفترة
 * ما بين الثامنة مساء وحتى السادسة صباحا»: a range between two clock times, in a sentence that names no day
 * at all, holds on any day (XXXX-XX-XX), not on the day of publication.
 */
function undatedHours(
  doc: Doc,
  found: readonly { first: number; last: number; meaning: Meaning }[],
  n: number,
  from: number,
): boolean {
  const r = found[n]!;
  const prev = found[n - 1];
  // (an age, a length, may be named too: تبلغ من العمر 52 عاما … ما بين الثامنة مساء وحتى السادسة صباحا)
  for (const f of found) if (f.meaning.k !== 'clock' && f.meaning.k !== 'duration') return false;
  const next = found[n + 1];
  if (next && opensRange(doc, r.first, from) && clockRangeBetween(doc, r.last + 1, next.first)) return true;
  return (
    prev !== undefined && opensRange(doc, prev.first, from) && clockRangeBetween(doc, prev.last + 1, r.first)
  );
}

/**
 * و ستجرى المقابلة إنطلاقا من الساعة السادسة مساء، ستفتح المكاتب أبوابها انطلاقا من الساعة العاشرة: a clock time
 * announced by a verb in سـ (or سوف) before it, in a sentence that names no day, only hours or lengths of time,
 * is on a day left unsaid (XXXX-XX-XX: `blind14`, `blind15`), not the day of publication (a past event's hour,
 * وقع الحادث حوالي الساعة الثامنة, or today's session, تنتظم الجلسة انطلاقا من الساعة الثامنة, is on the day of
 * the report). "Starting from" (انطلاقا من) alone says nothing of the tense.
 */
function onlyHours(found: readonly { meaning: Meaning }[]): boolean {
  for (const f of found) if (f.meaning.k !== 'clock' && f.meaning.k !== 'duration') return false;
  return true;
}

/** A verb to come in سـ, or سوف, among the sentence's words before token `first`. */
function announcedBefore(doc: Doc, from: number, first: number): boolean {
  for (let k = from; k < first; k++) {
    const t = doc.tokens[k]!;
    if (t.kind === 'word' && (t.norm === 'سوف' || isFutureVerb(t.norm))) return true;
  }
  return false;
}

/** من / بين right before token k (within the sentence that starts at `from`). */
function opensRange(doc: Doc, k: number, from: number): boolean {
  return k > from && /^(من|بين)$/.test(doc.tokens[k - 1]!.norm);
}

/** Only إلى، حتى (also with و: وحتى، وإلى)، و، غاية between two clock times. */
function clockRangeBetween(doc: Doc, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let k = from; k < to; k++)
    if (!/^(و)?(الي|حتي|لغايه|غايه)$|^و$/.test(doc.tokens[k]!.norm)) return false;
  return true;
}

/** من ذلك العام، من نفس السنة، من العام ذاته at token j: the year named before. */
function thatYearAfter(doc: Doc, j: number, to: number): boolean {
  const n = (k: number) => (k < to ? doc.tokens[k]!.norm : '');
  if (n(j) !== 'من') return false;
  const year = (w: string) => w === 'العام' || w === 'السنه';
  if (['ذلك', 'تلك', 'نفس', 'ذات'].includes(n(j + 1)) && year(n(j + 2))) return true;
  return year(n(j + 1)) && ['ذاته', 'ذاتها', 'نفسه', 'نفسها'].includes(n(j + 2));
}

/**
 * القانون عدد 80 لسنة 2002 المؤرخ في 23 جويلية: a day and month "dated" right after a numbered text of a
 * year (لسنة 2002, a few words before) is in that year.
 */
function datedAfterYear(doc: Doc, first: number, from: number): boolean {
  const n = (k: number) => (k >= from ? doc.tokens[k]!.norm : '');
  const k = n(first - 1) === 'في' ? first - 2 : first - 1;
  if (!/^(المورخ|المؤرخ|المورخه|المؤرخه|الصادر|الصادره)$/.test(n(k))) return false;
  for (let j = k - 1; j >= Math.max(from, k - 3); j--) if (/^(لسنه|لعام)$/.test(n(j))) return true;
  return false;
}

/** The first month named with its year after found[n] in the sentence, in the given year. */
function monthNamedAfter(
  found: readonly { meaning: Meaning }[],
  n: number,
  year: number,
): { year: number; month: number } | null {
  for (let m = n + 1; m < found.length; m++) {
    const x = found[m]!.meaning;
    if (x.k === 'absolute' && x.month !== null && x.year === year) return { year, month: x.month };
  }
  return null;
}

/** A DATE value before the publication day (2015, 2017-03-09, PAST_REF) published on `published`. */
function isPastValue(value: string, published: string): boolean {
  if (value === 'PAST_REF') return true;
  if (!/^\d{4}(-\d{2}){0,2}$/.test(value) || !/^\d{4}-\d{2}-\d{2}/.test(published)) return false;
  return value < published.slice(0, value.length);
}

function dayOf(value: string): Ymd | null {
  const m = /^\d{4}-\d{2}-\d{2}/.exec(value);
  return m ? parseIsoDate(m[0]) : null;
}

/**
 * A weekday after أيام (أيام السبت، أيام الجمعة والسبت والأحد), or joined by و to one read so just before
 * (ending at `weeklyEnd`), names that day of every week, unless a day number follows it (أيام الجمعة 9 ديسمبر).
 */
function weeklyAt(
  tokens: readonly Token[],
  from: number,
  first: number,
  last: number,
  weeklyEnd: number,
): boolean {
  const next = tokens[last + 1];
  if (next && next.kind === 'number') return false;
  const before = first > from ? tokens[first - 1]!.norm : '';
  if (/^(و|ب|في)?ايام$/.test(before)) return true;
  if (weeklyEnd < 0) return false;
  return (
    (first === weeklyEnd + 1 && tokens[first]!.norm.startsWith('و')) ||
    (first === weeklyEnd + 2 && tokens[weeklyEnd + 1]!.norm === 'و')
  );
}
