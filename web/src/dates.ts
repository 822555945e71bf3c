/**
 * Dates as an Arabic-speaking analyst types them: «2016», «2016-08», «2016-08-26», «26/8/2016»
 * (day first, as Arabic readers write it), «26 أوت 2016», «آب 2016», with Western (0–9) or
 * Arabic-Indic (٠–٩, ۰–۹) digits, in any of the five month-name series (Mauritania's «أغشت», «شتمبر», «دجمبر» included) or in English. The result is
 * what the API takes: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */

const LOCALES = ['ar', 'ar-SY', 'ar-TN', 'ar-MA', 'ar-MR', 'en'];

/** Letters compared without hamza forms, tatweel or short vowels: «اوت» is «أوت». */
function fold(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .toLowerCase();
}

function digitsToWestern(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (c) => {
    const code = c.charCodeAt(0);
    return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
  });
}

/** Month names of every series, longest first so «كانون الثاني» wins over «كانون». */
let monthTable: [string, number][] | null = null;
function months(): [string, number][] {
  if (monthTable) return monthTable;
  const seen = new Map<string, number>();
  for (const locale of LOCALES) {
    for (const width of ['long', 'short'] as const) {
      const f = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const name = fold(f.format(new Date(Date.UTC(2000, m, 15))));
        if (/\p{L}/u.test(name) && !seen.has(name)) seen.set(name, m + 1);
      }
    }
  }
  monthTable = [...seen].sort((a, b) => b[0].length - a[0].length);
  return monthTable;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return new Date(Date.UTC(2001, month, 0)).getUTCDate();
}

function build(year: number, month?: number, day?: number): string | null {
  if (year < 1000 || year > 2999) return null;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The typed text as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when it is not a date read that way. */
export function parseDateInput(text: string): string | null {
  let s = fold(digitsToWestern(text.trim()));
  if (!s) return null;
  let month: number | undefined;
  for (const [name, m] of months()) {
    const at = s.indexOf(name);
    if (at < 0) continue;
    month = m;
    s = `${s.slice(0, at)} ${s.slice(at + name.length)}`;
    break;
  }
  // What is left: numbers and separators only (- / . , ، and the Arabic date separator ؍).
  if (/[^\d\s\-/.,،\u060D]/.test(s)) return null;
  const nums = s.split(/[^\d]+/).filter(Boolean);
  if (nums.some((n) => n.length > 4)) return null;
  const n = nums.map(Number);
  const fourDigits = nums.map((x) => x.length === 4);
  if (month !== undefined) {
    // «26 أوت 2016», «أوت 2016», «2016 أوت 26» (rare but unambiguous).
    if (n.length === 1 && fourDigits[0]) return build(n[0]!, month);
    if (n.length === 2 && fourDigits[1] && !fourDigits[0]) return build(n[1]!, month, n[0]);
    if (n.length === 2 && fourDigits[0] && !fourDigits[1]) return build(n[0]!, month, n[1]);
    return null;
  }
  if (n.length === 1 && fourDigits[0]) return build(n[0]!);
  if (n.length === 2 && fourDigits[0]) return build(n[0]!, n[1]);
  if (n.length === 2 && fourDigits[1]) return build(n[1]!, n[0]);
  if (n.length === 3 && fourDigits[0]) return build(n[0]!, n[1], n[2]);
  // Day first: 26/8/2016 is the 26th of August, as Arabic (and most non-US) readers write it.
  if (n.length === 3 && fourDigits[2]) return build(n[2]!, n[1], n[0]);
  return null;
}
