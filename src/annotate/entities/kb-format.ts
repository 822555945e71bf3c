/** The shipped knowledge-base file `data/kb/kb.json.gz`: written by scripts/build-kb.ts, read by kb.ts. */
import type { EntityType } from '../../doc/index.js';

export const KB_FORMAT = 'rasd-kb/1';

/** [key, value, valid from (YYYY-MM-DD) or null, valid to or null]. */
export type KbFact = [string, string, string | null, string | null];

export interface KbEntity {
  /** Stable id: `kb:gpe:SYR`, `kb:org:UN`, `kb:per:geir-pedersen`, `kb:gpe:gn170063` (GeoNames). */
  id: string;
  type: EntityType;
  /** Canonical Arabic name. */
  name: string;
  en: string | null;
  /** ISO 3166 alpha-3. */
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** Surface forms (unnormalised); each normalised alias belongs to one entity only. */
  aliases: string[];
  /**
   * name (canonical name in a period), capital, capital_of, of, office (`role|of-id`), cameo, part_of,
   * homonym (a normalised alias that is also an ordinary word), …
   */
  facts: KbFact[];
}

/** A government body generated per country: `وزارة الخارجية` + a country adjective → `kb:org:KAZ-MFA`. */
export interface KbBody {
  code: string;
  /** Gender of the head noun, which the adjective agrees with. */
  gender: 'm' | 'f';
  forms: string[];
  en: string;
}

export interface KbFile {
  format: string;
  sources: string[];
  entities: KbEntity[];
  bodies: KbBody[];
  /** [role phrase, normalised role]. */
  roles: [string, string][];
  /** Frequent words of the news (normalised, most frequent first) that are not parts of known names. */
  common: string[];
  /** Common given names (normalised), from the hand-written list. */
  givenNames: string[];
  /** [normalised name word or phrase, Latin form]: foreign names as usually written ("جيمس" → James). */
  latin: [string, string][];
}
