import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RasdError } from '../../doc/index.js';
import type { EventType } from '../../doc/index.js';
import { normalize } from '../../text/normalize.js';

/** One trigger of the curated lexicon (data/events/triggers.tsv, compiled by scripts/build-event-lexicon.ts). */
export interface TriggerEntry {
  type: EventType;
  mode: string | null;
  /** What the trigger is about: talks, meeting, airstrike, protest, arrest, attend, absent, ... */
  cls: string;
  /** Argument hints: prepositions that introduce the target, `obj`, `pair`. */
  args: string[];
  pos: 'V' | 'N' | 'P';
  /** The words after the first one, for multi-word triggers. */
  rest: string[];
  source: 'curated' | 'cameo' | 'model';
  cameo?: string;
}

export interface CameoPattern {
  object: string[];
  type: EventType;
  mode: string | null;
  cameo: string;
}

export interface CountryInfo {
  iso3: string;
  en: string;
  names: string[];
  adjs: string[];
  capitals: string[];
}

export interface PlaceInfo {
  name: string;
  lat: number;
  lon: number;
  iso3: string;
  en: string;
}

/** The loaded lexicon, indexed for lookups by normalised word (leading ال removed for nouns). */
export interface EventLexicon {
  /** First word → triggers starting with it (longest first). */
  triggers: Map<string, TriggerEntry[]>;
  /** Verb form → CAMEO verb + object patterns. */
  cameo: Map<string, CameoPattern[]>;
  /** First word → sector phrases starting with it: [rest words, sector]. */
  sectors: Map<string, { rest: string[]; sector: string }[]>;
  /** First word → named actors: [rest words, code]. */
  named: Map<string, { rest: string[]; code: string; definite: boolean }[]>;
  /** Country name or capital (first word) → [rest words, iso3, capital?]. */
  countryNames: Map<string, { rest: string[]; iso3: string; capital: boolean }[]>;
  /** Nisba adjective (without ال, masculine singular) → iso3. */
  adjectives: Map<string, string>;
  /** English country names by iso3, for glosses. */
  countryEn: Map<string, string>;
  /** Place name first word → places. */
  places: Map<string, { rest: string[]; place: PlaceInfo }[]>;
}

interface LexiconFile {
  version: number;
  triggers: {
    words: string[][];
    type: EventType;
    mode: string | null;
    cls: string;
    args: string[];
    pos: 'V' | 'N' | 'P';
  }[];
  cameo: { verbGroups: string[][]; patterns: [number, string[], EventType, string | null, string][] };
  sectors: [string, string][];
  named: [string, string][];
  countries: CountryInfo[];
  places: [string, number, number, string, string][];
}

/** Nouns are indexed without the article so that الغارات, بالغارات and غارات share one key. */
export function stripArticle(w: string): string {
  return w.length > 3 && w.startsWith('ال') ? w.slice(2) : w;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function byLengthDesc<T extends { rest: string[] }>(map: Map<string, T[]>): void {
  for (const list of map.values()) list.sort((a, b) => b.rest.length - a.rest.length);
}

function splitPhrase(phrase: string, strip: boolean): { first: string; rest: string[] } {
  const words = phrase.split(' ').filter(Boolean);
  const norm = strip ? words.map(stripArticle) : words;
  return { first: norm[0] ?? '', rest: norm.slice(1) };
}

/** The code of a named actor by its full name ("الأمم المتحدة" → IGOUNO), or null. */
export function namedActorCode(lex: EventLexicon, name: string): string | null {
  const { first, rest } = splitPhrase(normalize(name), true);
  const want = rest.join(' ');
  return lex.named.get(first)?.find((n) => n.rest.join(' ') === want)?.code ?? null;
}

/** A file under the package's data/ folder: from src/annotate/events to the repo root, and the same from dist/annotate/events. */
export function dataPath(...parts: string[]): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', ...parts);
}

export function defaultLexiconPath(): string {
  return dataPath('events', 'lexicon.json');
}

export function loadEventLexicon(path = defaultLexiconPath()): EventLexicon {
  if (!existsSync(path))
    throw new RasdError('DATA_MISSING', `event lexicon not found; run npm run build:events`, {
      subject: path,
    });
  let file: LexiconFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as LexiconFile;
  } catch (e) {
    throw new RasdError('DATA_CORRUPT', 'event lexicon is not valid JSON', { subject: path, cause: e });
  }
  if (file.version !== 1 || !Array.isArray(file.triggers)) {
    throw new RasdError('DATA_CORRUPT', 'event lexicon has an unknown version', { subject: path });
  }
  const lex: EventLexicon = {
    triggers: new Map(),
    cameo: new Map(),
    sectors: new Map(),
    named: new Map(),
    countryNames: new Map(),
    adjectives: new Map(),
    countryEn: new Map(),
    places: new Map(),
  };
  for (const t of file.triggers) {
    for (const words of t.words) {
      const norm = t.pos === 'V' ? words : words.map(stripArticle);
      const [first = '', ...rest] = norm;
      push(lex.triggers, first, {
        type: t.type,
        mode: t.mode,
        cls: t.cls,
        args: t.args,
        pos: t.pos,
        rest,
        source: 'curated',
      });
    }
  }
  byLengthDesc(lex.triggers);
  for (const [group, object, type, mode, cameo] of file.cameo.patterns) {
    for (const verb of file.cameo.verbGroups[group] ?? [])
      push(lex.cameo, verb, { object, type, mode, cameo });
  }
  for (const [phrase, sector] of file.sectors) {
    const { first, rest } = splitPhrase(phrase, true);
    push(lex.sectors, first, { rest, sector });
  }
  byLengthDesc(lex.sectors);
  for (const [phrase, code] of file.named) {
    const { first, rest } = splitPhrase(phrase, true);
    push(lex.named, first, {
      rest,
      code,
      definite: phrase.startsWith('ال') && phrase.split(' ').length === 1,
    });
  }
  byLengthDesc(lex.named);
  for (const c of file.countries) {
    lex.countryEn.set(c.iso3, c.en);
    for (const n of c.names) {
      const { first, rest } = splitPhrase(n, true);
      push(lex.countryNames, first, { rest, iso3: c.iso3, capital: false });
    }
    for (const n of c.capitals) {
      const { first, rest } = splitPhrase(n, true);
      push(lex.countryNames, first, { rest, iso3: c.iso3, capital: true });
    }
    for (const a of c.adjs) if (!lex.adjectives.has(a)) lex.adjectives.set(a, c.iso3);
  }
  byLengthDesc(lex.countryNames);
  for (const [name, lat, lon, iso3, en] of file.places) {
    const { first, rest } = splitPhrase(name, true);
    push(lex.places, first, { rest, place: { name, lat, lon, iso3, en } });
  }
  byLengthDesc(lex.places);
  return lex;
}
