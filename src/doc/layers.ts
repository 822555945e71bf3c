/**
 * The catalogue of annotation layers: the output contract of `rasd analyze` (schema `rasd.article/1`).
 * Every layer is a list of spans into `doc.text`, sorted by start (then longer first).
 * Field names are snake_case where the JSON contract says so (kb_id, name_en).
 */
import type { Range, Span } from './span.js';

/** A block of the cleaned text: the title, a paragraph, a heading repaired off a glued line, a list item. */
export interface Segment extends Span {
  kind: 'title' | 'paragraph' | 'heading' | 'list-item';
}

export type Sentence = Range;

export type TokenKind =
  'word' | 'number' | 'latin' | 'punct' | 'hashtag' | 'url' | 'email' | 'emoji' | 'symbol';

/** A clitic is a sub-span of an Arabic word token. */
export interface Clitic extends Span {
  kind: 'proclitic' | 'enclitic';
  /** Normalised clitic: و ف ب ك ل ال لل س / ه ها هم هما هن ك كم كن ي نا */
  norm: string;
}

export interface Token extends Span {
  kind: TokenKind;
  /** Normalised form: no diacritics or tatweel, أإآٱ→ا, ى→ي, ة→ه, digits → ASCII. Idempotent. */
  norm: string;
  /** Light stem for search (clitics and common affixes removed, normalised). */
  stem: string;
  /** Arabic words only: the clitics a lexicon confirmed, and the base word between them. */
  clitics?: Clitic[];
  base?: Span;
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'NORP' | 'EVENT' | 'MISC';

export interface Role extends Span {
  /** Normalised role: envoy, minister, deputy-minister, head-of-delegation, ambassador, spokesperson, president, ... */
  role: string;
  /** Id (within this document) of the entity the role belongs to: an organisation or a country. */
  of: string | null;
}

export interface Entity {
  /** Document-local id: the KB id where linked (e.g. `kb:gpe:SYR`), else `doc:<type>:<n>`. */
  id: string;
  kb_id: string | null;
  type: EntityType;
  /** Canonical Arabic name. */
  name: string;
  name_en: string | null;
  /** ISO 3166 alpha-3 country code the entity belongs to, if any. */
  country: string | null;
  lat: number | null;
  lon: number | null;
  mentions: Span[];
  roles: Role[];
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpr extends Span {
  type: TimeType;
  /** TIMEX3-style value: 2019-08-01, 2018-09, 2018-W47, 2015-FA, P2D, PAST_REF, or an unresolved form. */
  value: string;
  /** The date the value was resolved against (YYYY-MM-DD), or null when absolute / unresolved. */
  anchor: string | null;
  granularity:
    | 'year'
    | 'season'
    | 'quarter'
    | 'month'
    | 'week'
    | 'day'
    | 'hour'
    | 'minute'
    | 'decade'
    | 'century'
    | null;
  /** TIMEX3 modifier: part of the period (مطلع → START, منتصف → MID, نهاية → END) or APPROX. */
  mod?: 'START' | 'MID' | 'END' | 'APPROX';
}

export type QuantityKind = 'cardinal' | 'ordinal' | 'percent' | 'money' | 'count';

export interface Quantity extends Span {
  /** Document-local id, e.g. `q1`, referenced by events. */
  id: string;
  value: number;
  kind: QuantityKind;
  unit: string | null;
  approx: 'more-than' | 'less-than' | 'about' | 'at-least' | 'at-most' | null;
  casualty: 'killed' | 'injured' | 'displaced' | 'detained' | null;
}

export type EventType =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT';

export type Modality =
  'asserted' | 'planned' | 'expected' | 'negated' | 'hypothetical' | 'reported' | 'demanded';

export interface EventActor {
  /** Id of an entity in this document, or null when it could not be resolved. */
  entity: string | null;
  /** CAMEO/PLOVER-style actor code: ISO alpha-3 + sector, e.g. `SYRGOV`, `IGOUNO`. */
  code: string;
  text: string;
}

export interface Event {
  id: string;
  type: EventType;
  mode: string | null;
  trigger: Span;
  sentence: Range;
  evidence: Span[];
  actors: EventActor[];
  targets: EventActor[];
  place: { entity: string | null; name: string; lat: number | null; lon: number | null } | null;
  time: { value: string; from: 'text' | 'published' } | null;
  modality: Modality;
  attribution: { entity: string | null; text: string } | null;
  quantities: string[];
  confidence: number;
  gloss: string;
  /** Talks and meetings: what analysts track about them. */
  details?: MeetingDetails;
}

export interface MeetingDetails {
  round: number | null;
  venue: string | null;
  delegations: { party: string; entity: string | null; head: string | null; head_entity: string | null }[];
  absent: { party: string; entity: string | null; reason: string | null }[];
  agenda: string[];
  outcome: string | null;
  /** First and last day (YYYY-MM-DD) the text gives for the meeting: a start, an end, a stated length. */
  from: string | null;
  to: string | null;
}

/** Typed map of every layer a pass may require or produce. */
export interface Layers {
  segments: Segment[];
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  times: TimeExpr[];
  quantities: Quantity[];
  events: Event[];
}

export type LayerName = keyof Layers;

export const LAYER_NAMES: readonly LayerName[] = [
  'segments',
  'sentences',
  'tokens',
  'entities',
  'times',
  'quantities',
  'events',
];
