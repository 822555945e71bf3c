/**
 * Loads the shipped knowledge base once and indexes it for matching: a phrase trie over every alias,
 * role phrases, government bodies, and lookups for capitals, nisbas and names that change over time.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { RasdError } from '../../doc/errors.js';
import { normalize } from '../../text/normalize.js';
import { KB_FORMAT, type KbBody, type KbEntity, type KbFile } from './kb-format.js';
import { PhraseTrie, phraseWords } from './trie.js';

/** The shipped KB, relative to this file in both src/ and dist/. */
export const DEFAULT_KB_PATH = fileURLToPath(new URL('../../../data/kb/kb.json.gz', import.meta.url));

export interface Kb {
  readonly entities: ReadonlyMap<string, KbEntity>;
  /** Every alias → entity id. */
  readonly names: PhraseTrie<string>;
  /** Role phrases → normalised role. */
  readonly roles: PhraseTrie<string>;
  /** Government body head nouns (وزارة الخارجية, الحكومة) → body. */
  readonly bodies: PhraseTrie<KbBody>;
  /** Latin forms of name words and phrases, for names the KB does not know ("جيمس" → James). */
  readonly latin: PhraseTrie<string>;
  /** First words of known persons' names (given names), normalised. */
  readonly givenNames: ReadonlySet<string>;
  /** The 5,000 most frequent words of the news that are not parts of names. */
  readonly commonWords: ReadonlySet<string>;
  /** The same, 15,000 words: an organisation's name is rarer than these. */
  readonly frequentWords: ReadonlySet<string>;
  /** City id → country id, for capitals. */
  readonly capitalOf: ReadonlyMap<string, string>;
  /** ISO3 → NORP entity of the country (its nisba). */
  readonly nisbaOf: ReadonlyMap<string, KbEntity>;
  /** Normalised aliases that are also ordinary words (مالي "financial", صور "pictures"). */
  readonly homonyms: ReadonlySet<string>;
  /** Canonical name valid on a date (facts `name=…@from..to`), else the entity's name. */
  nameOn(entity: KbEntity, date: string | null): string;
  /** English name valid on a date (facts `name_en=…@from..to`), else the entity's English name. */
  nameEnOn(entity: KbEntity, date: string | null): string | null;
  /** The generated entity for a body of a country (`kb:org:KAZ-MFA`). */
  body(body: KbBody, iso3: string): KbEntity;
  /** An entity by id, including generated ones (bodies, `kb:loc:rif-…` countryside of a city). */
  entity(id: string): KbEntity | undefined;
}

const cache = new Map<string, Kb>();

/** The value of a dated fact on a date (the open-ended one when the date is unknown), or null. */
function valueOn(entity: KbEntity, key: string, date: string | null): string | null {
  let value: string | null = null;
  for (const [k, v, from, to] of entity.facts) {
    if (k !== key) continue;
    if (date === null ? to === null : (from === null || from <= date) && (to === null || date < to))
      value = v;
  }
  return value;
}

/** Loads (once per path) and indexes the KB. A missing or corrupt file is a RasdError naming it. */
export function loadKb(path: string = DEFAULT_KB_PATH): Kb {
  let kb = cache.get(path);
  if (kb === undefined) {
    kb = indexKb(readKbFile(path));
    cache.set(path, kb);
  }
  return kb;
}

export function readKbFile(path: string): KbFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new RasdError('DATA_MISSING', 'knowledge-base file is missing or unreadable', {
      subject: path,
      cause: e,
    });
  }
  let file: KbFile;
  try {
    file = JSON.parse(gunzipSync(bytes).toString('utf8')) as KbFile;
  } catch (e) {
    throw new RasdError('DATA_CORRUPT', 'knowledge-base file is not gzip-compressed JSON', {
      subject: path,
      cause: e,
    });
  }
  if (
    !file ||
    file.format !== KB_FORMAT ||
    !Array.isArray(file.entities) ||
    !Array.isArray(file.bodies) ||
    !Array.isArray(file.roles) ||
    !Array.isArray(file.common) ||
    !Array.isArray(file.givenNames) ||
    !Array.isArray(file.latin)
  ) {
    throw new RasdError('DATA_CORRUPT', `knowledge-base file is not in format ${KB_FORMAT}`, {
      subject: path,
    });
  }
  return file;
}

export function indexKb(file: KbFile): Kb {
  const entities = new Map<string, KbEntity>();
  const names = new PhraseTrie<string>();
  const givenNames = new Set<string>(file.givenNames);
  const capitalOf = new Map<string, string>();
  const nisbaOf = new Map<string, KbEntity>();
  const homonyms = new Set<string>();
  for (const e of file.entities) {
    entities.set(e.id, e);
    for (const alias of e.aliases) {
      const words = phraseWords(normalize(alias));
      names.add(words, e.id);
      if (e.type === 'PERSON' && words.length >= 2 && !words[0]!.startsWith('ال')) givenNames.add(words[0]!);
    }
    for (const [key, value] of e.facts) {
      if (key === 'homonym') homonyms.add(value);
      if (key === 'capital_of') capitalOf.set(e.id, value.startsWith('kb:') ? value : `kb:gpe:${value}`);
      if (key === 'of' && e.type === 'NORP' && e.country && value === `kb:gpe:${e.country}`)
        nisbaOf.set(e.country, e);
    }
  }
  const roles = new PhraseTrie<string>();
  for (const [phrase, role] of file.roles) roles.add(phraseWords(normalize(phrase)), role);
  const bodies = new PhraseTrie<KbBody>();
  for (const b of file.bodies) for (const f of b.forms) bodies.add(phraseWords(normalize(f)), b);
  const latin = new PhraseTrie<string>();
  for (const [arabic, en] of file.latin) latin.add(phraseWords(arabic), en);

  const generated = new Map<string, KbEntity>();
  return {
    entities,
    names,
    roles,
    bodies,
    latin,
    givenNames,
    commonWords: new Set(file.common.slice(0, 5000)),
    frequentWords: new Set(file.common),
    capitalOf,
    nisbaOf,
    homonyms,
    nameOn(entity, date) {
      return valueOn(entity, 'name', date) ?? entity.name;
    },
    nameEnOn(entity, date) {
      return valueOn(entity, 'name_en', date) ?? entity.en;
    },
    entity(id) {
      const e = entities.get(id) ?? generated.get(id);
      if (e !== undefined || !id.startsWith('kb:loc:rif-')) return e;
      const city = entities.get(`kb:gpe:${id.slice('kb:loc:rif-'.length)}`);
      if (city === undefined) return undefined;
      const rif: KbEntity = {
        id,
        type: 'LOC',
        name: `ريف ${city.name}`,
        en: city.en ? `${city.en} countryside` : null,
        country: city.country,
        lat: city.lat,
        lon: city.lon,
        aliases: [],
        facts: [['part_of', city.id, null, null]],
      };
      generated.set(id, rif);
      return rif;
    },
    body(body, iso3) {
      const id = `kb:org:${iso3}-${body.code}`;
      let e = generated.get(id) ?? entities.get(id);
      if (e === undefined) {
        const country = entities.get(`kb:gpe:${iso3}`);
        const nisba = nisbaOf.get(iso3);
        const adjective = nisba ? `ال${nisba.name}${body.gender === 'f' ? 'ة' : ''}` : null;
        e = {
          id,
          type: 'ORG',
          name: adjective ? `${body.forms[0]} ${adjective}` : `${body.forms[0]} ${country?.name ?? iso3}`,
          en: `${body.en} of ${country?.en ?? iso3}`,
          country: iso3,
          lat: null,
          lon: null,
          aliases: [],
          facts: [['of', `kb:gpe:${iso3}`, null, null]],
        };
        generated.set(id, e);
      }
      return e;
    },
  };
}
