/**
 * Search facets (SQLite): an article's source, publication day, entities and event types are indexed
 * as tokens in a second column of the full-text index, so that a filtered search is one full-text
 * query — the index intersects the word's postings with the filter's, skipping through both —
 * instead of reading every match of a common word and then its article row. The facets column has
 * weight 0 in BM25, so filters never change a score.
 *
 * Tokens are lower-case ASCII letters and digits (the index's `ascii` tokenizer keeps them whole):
 *   source  s + hex(UTF-8)      entity  e + hex(UTF-8 of its key)     event type  t + type
 *   day     d20190802           month   m201908                        year        y2019
 * The SQL expression `facetsSql` builds the same string inside the database, for migrations and
 * bulk copies; `facetsOf` builds it in JavaScript when an article is committed.
 */

const hex = (s: string): string => Buffer.from(s, 'utf8').toString('hex');

export function sourceFacet(source: string): string {
  return `s${hex(source)}`;
}

export function entityFacet(key: string): string {
  return `e${hex(key)}`;
}

export function eventTypeFacet(type: string): string {
  return `t${type.toLowerCase()}`;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Year, month and day tokens of a publication date (none when it is not YYYY-MM-DD…). */
function dateFacets(published: string | null): string[] {
  const m = published === null ? null : DAY.exec(published);
  if (!m) return [];
  const [, y, mo, d] = m;
  return [`y${y}`, `m${y}${mo}`, `d${y}${mo}${d}`];
}

export function facetsOf(a: {
  source: string | null;
  published: string | null;
  entityKeys: readonly string[];
  eventTypes: readonly string[];
}): string {
  const out: string[] = [];
  if (a.source !== null && a.source !== '') out.push(sourceFacet(a.source));
  out.push(...dateFacets(a.published));
  for (const k of new Set(a.entityKeys)) out.push(entityFacet(k));
  for (const t of new Set(a.eventTypes)) out.push(eventTypeFacet(t));
  return out.join(' ');
}

/**
 * The same facets computed by SQLite from an `articles` row aliased `a` (and its entities and events).
 * `published` is the SQL expression of the publication date (a bulk copy shifts it).
 */
export function facetsSql(published = 'a.published'): string {
  const isDay = `(${published} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*')`;
  return `trim(
    CASE WHEN a.source IS NOT NULL AND a.source <> '' THEN 's' || lower(hex(a.source)) ELSE '' END
    || CASE WHEN ${isDay} THEN
         ' y' || substr(${published}, 1, 4) || ' m' || substr(${published}, 1, 4) || substr(${published}, 6, 2)
         || ' d' || substr(${published}, 1, 4) || substr(${published}, 6, 2) || substr(${published}, 9, 2)
       ELSE '' END
    || COALESCE(' ' || (SELECT group_concat('e' || lower(hex(ae.key)), ' ') FROM article_entities ae
                        WHERE ae.article_pk = a.pk), '')
    || COALESCE(' ' || (SELECT group_concat(DISTINCT 't' || lower(ev.type)) FROM events ev
                        WHERE ev.article_pk = a.pk), ''))`;
}

/** YYYY, YYYY-MM or YYYY-MM-DD → the first (or last) day it covers, as a UTC date. */
function boundDay(v: string, end: boolean): Date | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] === undefined ? (end ? 12 : 1) : Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const d = m[3] === undefined ? (end ? last : 1) : Math.min(Number(m[3]), last);
  if (d < 1) return null;
  return new Date(Date.UTC(y, mo - 1, d));
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * The first day after a YYYY, YYYY-MM or YYYY-MM-DD bound (YYYY-MM-DD), so that "to 2019" keeps
 * every day of 2019 and timestamps within the last day; null when unreadable.
 */
export function dayAfter(to: string): string | null {
  const end = boundDay(to, true);
  if (!end) return null;
  end.setUTCDate(end.getUTCDate() + 1);
  return end.toISOString().slice(0, 10);
}

/**
 * The fewest year, month and day tokens that cover the days from `from` to `to` inclusive, or null
 * when the range is unreadable or would need more than `max` tokens (the caller then filters rows).
 */
export function dateRangeFacets(from: string, to: string, max = 48): string[] | null {
  const start = boundDay(from, false);
  const end = boundDay(to, true);
  if (!start || !end) return null;
  const out: string[] = [];
  const cur = new Date(start);
  while (cur <= end) {
    if (out.length >= max) return null;
    const y = cur.getUTCFullYear();
    const mo = cur.getUTCMonth();
    const d = cur.getUTCDate();
    const yearEnd = new Date(Date.UTC(y, 11, 31));
    const monthEnd = new Date(Date.UTC(y, mo + 1, 0));
    if (mo === 0 && d === 1 && yearEnd <= end) {
      out.push(`y${pad(y, 4)}`);
      cur.setUTCFullYear(y + 1);
    } else if (d === 1 && monthEnd <= end) {
      out.push(`m${pad(y, 4)}${pad(mo + 1)}`);
      cur.setUTCMonth(mo + 1);
    } else {
      out.push(`d${pad(y, 4)}${pad(mo + 1)}${pad(d)}`);
      cur.setUTCDate(d + 1);
    }
  }
  return out;
}
