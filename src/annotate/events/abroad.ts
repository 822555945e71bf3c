/**
 * Sentences about abroad (session 12, international news): "تمكنت وحدات من مكتب مكافحة الجريمة ببلدية غريان الليبية من
 * إلقاء القبض على تونسي". An outlet leaves its own country's forces unnamed, so an unmarked security unit is the
 * outlet's (home default) — unless the sentence places it in a town of another country and names no place of the
 * default country: then the unmarked forces, courts and residents are that country's. Only towns and regions
 * count (not a country or its capital, which a home minister visits or a statement names), and only when the
 * sentence's foreign places agree on one country. Ministers and the government keep the default (a home minister
 * travels abroad; home police do not act there).
 */
import type { Doc, Entity } from '../../doc/index.js';
import type { ActorMention } from './actors.js';
import type { EventLexicon } from './lexicon.js';
import { normalize } from '../../text/normalize.js';

/** Sectors of unmarked actors that act where they are: security forces, courts, residents. */
const LOCAL_SECTORS = new Set(['COP', 'MIL', 'SPY', 'JUD', 'CVL']);

/** A place mention with its country, in text order. */
export interface CountryPlace {
  start: number;
  country: string;
  /** A town or region (not a country). */
  local: boolean;
}

/** Place mentions of the document that carry a country, sorted by start (once per document). */
export function countryPlaces(doc: Doc, lex: EventLexicon): CountryPlace[] {
  const out: CountryPlace[] = [];
  for (const e of doc.entities) {
    if (!e.country || (e.type !== 'GPE' && e.type !== 'LOC' && e.type !== 'FAC')) continue;
    const local = !isCountry(e) && !isCountryNameMemo(e.name, lex);
    for (const m of e.mentions) out.push({ start: m.start, country: e.country, local });
  }
  return out.sort((a, b) => a.start - b.start);
}

function isCountry(e: Entity): boolean {
  return /^kb:gpe:[A-Z]{3}$/.test(e.kb_id ?? '');
}

/** isCountryName per lexicon and name, remembered (the same places recur from document to document). */
const countryNameMemos = new WeakMap<EventLexicon, Map<string, boolean>>();
function isCountryNameMemo(name: string, lex: EventLexicon): boolean {
  let memo = countryNameMemos.get(lex);
  if (memo === undefined) {
    memo = new Map();
    countryNameMemos.set(lex, memo);
  }
  let known = memo.get(name);
  if (known === undefined) {
    known = isCountryName(name, lex);
    if (memo.size > 50_000) memo.clear();
    memo.set(name, known);
  }
  return known;
}

/** A country's or a capital's name ("أبو ظبي"), which a statement or a home minister's visit names. */
function isCountryName(name: string, lex: EventLexicon): boolean {
  const parts = normalize(name).split(' ');
  const first = parts[0]!.replace(/^ال/, '');
  const rest = parts.slice(1).join(' ');
  for (const k of [parts[0]!, first])
    for (const c of lex.countryNames.get(k) ?? []) if (c.rest.join(' ') === rest) return true;
  return false;
}

/**
 * The actors of a window [start, end) with unmarked local actors moved to the country of the foreign town the
 * window names. Returns `actors` itself when nothing changes (most windows).
 */
export function actorsAbroad(
  actors: ActorMention[],
  /** The document's countryPlaces, made on first call. */
  placesOf: () => readonly CountryPlace[],
  start: number,
  end: number,
  defaultCountry: string | null,
): ActorMention[] {
  if (!defaultCountry || !actors.some((a) => a.implicit)) return actors;
  const places = placesOf();
  if (places.length === 0) return actors;
  let foreign: string | null = null;
  // (the places are sorted by start: the window's first is found by a binary search, not by reading all before it)
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < places.length; k++) {
    const p = places[k]!;
    if (p.start >= end) break;
    if (p.country === defaultCountry) return actors;
    if (!p.local) continue;
    if (foreign && foreign !== p.country) return actors;
    foreign = p.country;
  }
  if (!foreign) return actors;
  let out: ActorMention[] | null = null;
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i]!;
    if (!a.implicit || !a.sector || !LOCAL_SECTORS.has(a.sector) || a.country !== defaultCountry) continue;
    out ??= actors.slice();
    out[i] = { ...a, country: foreign, code: foreign + a.sector };
  }
  return out ?? actors;
}
