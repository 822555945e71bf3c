import type { Entity } from '../../doc/index.js';
import { loadKb } from '../entities/kb.js';
import { normalize } from '../../text/normalize.js';
import { existsSync, readFileSync } from 'node:fs';
import { dataPath, namedActorCode, stripArticle, type EventLexicon } from './lexicon.js';
import { matchRest, NO_ENTRIES, procliticLength, type Word } from './words.js';

/** An actor phrase in a sentence: a span of words with its CAMEO/PLOVER-style code. */
export interface ActorMention {
  /** Word indices [from, to) in the sentence. */
  from: number;
  to: number;
  start: number;
  end: number;
  code: string;
  country: string | null;
  sector: string | null;
  entity: string | null;
  /** True for a bare country or capital name ("روسيا", "موسكو"): these can also be places. */
  isCountry: boolean;
  /** True for a capital or city named for its government ("قالت موسكو"); after a noun it is a place. */
  capital: boolean;
  /** True for a sector adjective after a noun ("تعزيزات أمنية" → COP): only the agent of that noun. */
  adjectival: boolean;
  /** True for a person's name from the entities layer (a name in apposition to a role). */
  person?: boolean;
  /** True when the country is the document's default, not written in the phrase ("الرئيس" → TUNGOV). */
  implicit?: boolean;
  /** True for a person named with their office ("نظيره الروسي فلاديمير بوتين"): no bare name in apposition. */
  titled?: boolean;
}

/** State bodies whose branch an adjective names: السلطات الأمنية، القوات العسكرية، المصالح الأمنية. */
const BRANCH_HEADS = new Set([
  'سلطات',
  'السلطات',
  'سلط',
  'السلط',
  'قوات',
  'القوات',
  'اجهزه',
  'الاجهزه',
  'مصالح',
  'المصالح',
  'وحدات',
  'الوحدات',
]);

/** Sector adjectives: the agent of the noun they qualify (تعزيزات أمنية، حملة عسكرية). */
const SECTOR_ADJECTIVES = new Map<string, string>([
  ['امنيه', 'COP'],
  ['امني', 'COP'],
  ['الامنيه', 'COP'],
  ['الامني', 'COP'],
  ['عسكريه', 'MIL'],
  ['عسكري', 'MIL'],
  ['العسكريه', 'MIL'],
  ['العسكري', 'MIL'],
]);

/** Sectors of groups that belong to the country they act in (unlike IGOs and named foreign actors; refugees
 * and migrants are not of the country they are in). */
const DOMESTIC = new Set([
  'GOV',
  'MIL',
  'COP',
  'OPP',
  'REB',
  'CVL',
  'LAB',
  'EDU',
  'HLH',
  'JUD',
  'MED',
  'LEG',
  'AGR',
  'BUS',
  'CRM',
  'PTY',
]);

/** Sector code of "side" heads (الجانب، الطرف) in data/events/actors.tsv: the country alone. */
const SIDE = 'SIDE';

/** Staff heads: their sector is that of the body they belong to. */
const STAFF_HEADS = new Set(['اعوان', 'الاعوان']);

/** Envoys and representatives: a country after إلى / ل is where they are sent, not whom they serve. */
const ENVOY_HEADS = new Set(['مبعوث', 'موفد', 'ممثل', 'مندوب', 'سفير']);
const REPRESENTATIVES = new Set(['ممثل', 'الممثل', 'ممثلو', 'ممثلي', 'مندوب']);
const GROUP_HEADS = new Set(['وفد', 'وفود', 'ممثلون', 'ممثلين', 'ممثل']);
/** Words inside an actor phrase that say nothing about whose it is: الممثل الخاص للأمين العام للأمم المتحدة. */
const SKIP_IN_ACTOR = new Set([
  'الخاص',
  'الخاصه',
  'للامين',
  'الامين',
  'العام',
  'الشخصي',
  'الدائم',
  'الرسمي',
  'باسم',
  // "سفارة جمهورية ألمانيا"، "وزير خارجية الجمهورية الفرنسية"
  'جمهوريه',
  'الجمهوريه',
  'للجمهوريه',
  // (session 8) "وزيرة شؤون الشباب والرياضة": the minister, not the youth
  'شؤون',
]);

export interface EntityIndex {
  /** Entity mentions by character start, for the sentence being read. */
  byWord: Map<number, { entity: Entity; end: number }>;
}

/** Country code for an entity: its country, or the code a KB id names (`kb:gpe:SYR`). */
export function entityCountry(e: Entity): string | null {
  if (e.country) return e.country;
  const m = /^kb:gpe:([A-Z]{3})$/.exec(e.kb_id ?? '');
  return m ? m[1]! : null;
}

export const ROLE_SECTOR: Record<string, string> = {
  envoy: 'GOV',
  minister: 'GOV',
  'deputy-minister': 'GOV',
  'head-of-delegation': 'GOV',
  ambassador: 'GOV',
  spokesperson: 'GOV',
  president: 'GOV',
  'prime-minister': 'GOV',
  king: 'GOV',
  general: 'MIL',
  commander: 'MIL',
};

/**
 * Session 11b: unlinked one-word person names that are the family name of a linked person of the same document
 * ("مُبارك" after "حسني مبارك", diacritics aside) are that person. Returns the referent of each such entity.
 */
/** normalize(name) of entity names, remembered (the same names recur from document to document). */
const normalizedNames = new Map<string, string>();
function normalizedName(name: string): string {
  let n = normalizedNames.get(name);
  if (n === undefined) {
    n = normalize(name);
    if (normalizedNames.size > 50_000) normalizedNames.clear();
    normalizedNames.set(name, n);
  }
  return n;
}

export function surnameReferents(entities: readonly Entity[]): Map<Entity, Entity> {
  const out = new Map<Entity, Entity>();
  const bySurname = new Map<string, Entity | null>();
  for (const e of entities) {
    if (e.type !== 'PERSON' || !e.country) continue;
    const name = normalizedName(e.name);
    const space = name.lastIndexOf(' ');
    if (space < 0) continue;
    const last = name.slice(space + 1);
    const prev = bySurname.get(last);
    bySurname.set(last, prev === undefined || prev === e ? e : null);
  }
  if (bySurname.size === 0) return out;
  for (const e of entities) {
    if (e.type !== 'PERSON' || e.country || e.kb_id) continue;
    const name = normalizedName(e.name);
    if (name.includes(' ')) continue;
    const hit = bySurname.get(name);
    if (hit) out.set(e, hit);
  }
  return out;
}

/** KB offices (`office` facts) → the sector of their holder: heads of state and ministers GOV, commanders MIL. */
const OFFICE_SECTOR: Record<string, string> = {
  ...ROLE_SECTOR,
  'foreign-minister': 'GOV',
  'defence-minister': 'GOV',
  'interior-minister': 'GOV',
  'vice-president': 'GOV',
  'crown-prince': 'GOV',
  emir: 'GOV',
  representative: 'GOV',
  director: 'GOV',
  adviser: 'GOV',
  speaker: 'LEG',
  'chief-of-staff': 'MIL',
  'party-leader': 'PTY',
};

/**
 * Sector of a KB person from their offices where the text names none: an office of a country (`president|kb:gpe:EGY`,
 * `spokesperson|kb:org:IRN-MFA`) of the person's own country. Offices of organisations (the UN, parties) give none:
 * the named-actor list codes those.
 */
function officeSector(e: Entity): string | null {
  if (!e.kb_id?.startsWith('kb:per:') || !e.country) return null;
  const k = loadKb().entity(e.kb_id);
  if (!k) return null;
  // the office still held, else the one held last (الغنوشي: party leader, not the later speaker; مبارك: president)
  let best: { sector: string; to: string } | null = null;
  for (const [key, value, , to] of k.facts) {
    if (key !== 'office' || typeof value !== 'string') continue;
    const [role, of] = value.split('|');
    const s = OFFICE_SECTOR[role ?? ''];
    if (!s || !of) continue;
    const own =
      of === 'kb:gpe:' + e.country ||
      of.startsWith('kb:org:' + e.country + '-') ||
      // a party's leader, a parliament's speaker: the body's own sector
      ((role === 'party-leader' || role === 'speaker') && of.startsWith('kb:org:'));
    const until = to ?? '9999';
    if (own && (!best || until >= best.to)) best = { sector: s, to: until };
  }
  return best?.sector ?? null;
}

const surnameCodes = new WeakMap<EventLexicon, Map<string, string | null>>();

/**
 * Family names of the named persons of the actor list ("بشار الأسد" → الأسد SYRGOV; a given name then a family name,
 * the given name one the KB knows), a name shared by two codes left out. An unlinked person read by the family name
 * alone takes the code.
 */
function surnameCode(lex: EventLexicon, name: string): string | null {
  let map = surnameCodes.get(lex);
  if (!map) {
    map = new Map();
    const given = loadKb().givenNames;
    for (const [first, list] of lex.named) {
      for (const n of list) {
        if (n.rest.length !== 1 || !/^[A-Z]{6}$/.test(n.code)) continue;
        if (!given.has(first) && !given.has('ال' + first)) continue;
        const last = n.rest[0]!;
        const prev = map.get(last);
        map.set(last, prev === undefined || prev === n.code ? n.code : null);
      }
    }
    surnameCodes.set(lex, map);
  }
  const parts = normalize(name).split(' ');
  if (parts.length !== 1) return null;
  return map.get(stripArticle(parts[0]!)) ?? null;
}

function isCountryEntity(e: Entity, lex: EventLexicon, nameKey: string): boolean {
  if (e.type !== 'GPE') return false;
  if (/^kb:gpe:[A-Z]{3}$/.test(e.kb_id ?? '')) return true;
  return (lex.countryNames.get(nameKey) ?? []).length > 0;
}

/** findActors' per-word tests, compiled once (a literal in the loop is a new object at every word). */
const AFFAIRS = /^[وفب]?(?:ال)?شؤون(?:ها|ه|هم)?$/;
const INTERNAL_EXTERNAL = /^(?:ال)?(?:داخليه|خارجيه)$/;
const PRESS_ADJECTIVE = /^(?:ال)?صح(?:ا)?في(?:ه)?$/;
const POINTING_OUT = /^و?مشير(?:ا|ه|ين)$/;

/** What findActors' per-word tests say of one word form: its sector adjective and these bits. */
interface ActorWordInfo {
  baseKeys: readonly string[];
  adjSector: string | null;
  flags: number;
  /** actorAt's lookups of the form (actorLookups), made on first need. */
  at: ActorLookups | undefined;
  /** The base keys a phrase found at the word starts after the clitics of (findActors), made on first need. */
  nameKeys: readonly string[] | undefined;
}

/** What actorAt looks up for a word form: the lexicon's entries for its base keys, and which tests its keys pass. */
interface ActorLookups {
  /** lex.named, lex.countryNames and lex.sectors of each base key that has entries, in the keys' order. */
  named: EventLexicon['named'] extends Map<string, infer V> ? V[] : never;
  countries: EventLexicon['countryNames'] extends Map<string, infer V> ? V[] : never;
  sectors: EventLexicon['sectors'] extends Map<string, infer V> ? V[] : never;
  /** A_* bits. */
  bits: number;
}
const A_MPS = 1;
const A_TEAM = 2;
const A_ORDER = 4;
const A_INTERIOR = 8;
const A_TERRITORY = 16;
const A_NOT_NISBA = 32;

/**
 * Session 15: the sound plurals and duals of the curated one-word sector heads (data/events/actors.tsv), which the
 * lexicon lists only in part ("شركة" but not "الشركات"، "شركتي"، "المؤسستين"; "الصحفي" but not "الصحفيي"): derived
 * form → the head's entries. A feminine head in ة (normalised ه) gives ـات، ـتين، ـتان، ـتي، ـتا; a nisba noun in ي
 * gives ـين، ـون، ـان، ـي، ـو. (Masculine heads give none: "مشير" would make "مشيرين" a marshal; nor the
 * UniversalPetrarch agents, whose heads are not all nouns of people.) A form the lexicon lists itself (as a sector,
 * a named actor or a country) keeps its own entries. Made once per lexicon.
 */
const inflectedHeads = new WeakMap<EventLexicon, Map<string, { rest: string[]; sector: string }[]>>();

/**
 * Heads whose duals name places or a formula, not a party ("بولايتي سوسة والمنستير"، "حل الدولتين"), and the
 * broken plurals in ة of the list, which have no plural in ـات of their own ("الطلبة" students, "طلبات" requests;
 * "العملة" workers, "عملات" currencies; "المارة" passers-by, "مارتي" a name).
 */
const NOT_INFLECTED = new Set([
  'ولايه',
  'دوله',
  'معتمديه',
  'بلديه',
  'اساتذه',
  'باعه',
  'بحاره',
  'طلبه',
  'عمله',
  'قضاه',
  'ماره',
  'كتلته',
]);

let curatedHeads: string[] | undefined;

/** The curated one-word sector heads, normalised, without the article. */
function curatedOneWordHeads(): string[] {
  if (curatedHeads) return curatedHeads;
  const path = dataPath('events', 'actors.tsv');
  const out = new Set<string>();
  if (existsSync(path))
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const [kind, phrase] = line.split('\t');
      if (kind !== 'S' || !phrase || phrase.trim().includes(' ')) continue;
      out.add(stripArticle(normalize(phrase.trim())));
    }
  return (curatedHeads = [...out]);
}

export function inflectedSectorHeads(lex: EventLexicon): Map<string, { rest: string[]; sector: string }[]> {
  let out = inflectedHeads.get(lex);
  if (out) return out;
  out = new Map();
  for (const k of curatedOneWordHeads()) {
    const one = (lex.sectors.get(k) ?? NO_ENTRIES).filter((e) => e.rest.length === 0);
    if (one.length === 0 || k.length < 4 || NOT_INFLECTED.has(k)) continue;
    const forms = k.endsWith('ه')
      ? ['ات', 'تين', 'تان', 'تي', 'تا'].map((e) => k.slice(0, -1) + e)
      : k.endsWith('ي')
        ? ['ين', 'ون', 'ان', 'ي', 'و'].map((e) => k + e)
        : [];
    for (const f of forms) {
      if (lex.named.has(f) || lex.countryNames.has(f) || out.has(f)) continue;
      // (a form the lexicon lists only in longer phrases, "شركات النفط", keeps them first)
      const own = lex.sectors.get(f) ?? NO_ENTRIES;
      if (own.some((e) => e.rest.length === 0)) continue;
      out.set(f, [...own, ...one]);
    }
  }
  inflectedHeads.set(lex, out);
  return out;
}

function actorLookups(baseKeys: readonly string[], lex: EventLexicon): ActorLookups {
  const out: ActorLookups = { named: [], countries: [], sectors: [], bits: 0 };
  const inflected = inflectedSectorHeads(lex);
  for (const k of baseKeys) {
    const n = lex.named.get(k);
    if (n !== undefined && n.length > 0) out.named.push(n);
    const c = lex.countryNames.get(k);
    if (c !== undefined && c.length > 0) out.countries.push(c);
    const s = inflected.get(k) ?? lex.sectors.get(k);
    if (s !== undefined && s.length > 0) out.sectors.push(s);
    if (k === 'النواب' || k === 'نواب') out.bits |= A_MPS;
    if (k === 'فريق') out.bits |= A_TEAM;
    if (k === 'نظام') out.bits |= A_ORDER;
    if (k === 'داخليه') out.bits |= A_INTERIOR;
    if (TERRITORY_HEADS.has(k)) out.bits |= A_TERRITORY;
    if (NOT_NISBA.has(k)) out.bits |= A_NOT_NISBA;
  }
  return out;
}
const W_STARTS = 1;
const W_INTERNAL_EXTERNAL = 2;
const W_PRESS_ADJECTIVE = 4;
const W_POINTING_OUT = 8;
/**
 * Per lexicon, per word form (its norm; a Map on the shared norm strings is faster than a WeakMap on the keys
 * lists): the form's ActorWordInfo.
 */
const actorWordInfos = new WeakMap<EventLexicon, Map<string, ActorWordInfo>>();

/** actorWordInfo(w), also remembered in the word's form memo (FormMemo) for `lex`, where it has one. */
function formActorInfo(
  w: Word,
  memo: Map<string, ActorWordInfo>,
  starts: ReadonlySet<string>,
  lex: EventLexicon,
): ActorWordInfo {
  const info = actorWordInfo(w, memo, starts);
  const fm = w.memo;
  if (fm) {
    fm.actorLex = lex;
    fm.actor = info;
  }
  return info;
}

/** findActors' per-word tests of w, remembered per word form: one lookup per word instead of one per test. */
function actorWordInfo(
  w: Word,
  memo: Map<string, ActorWordInfo>,
  starts: ReadonlySet<string>,
): ActorWordInfo {
  const known = memo.get(w.norm);
  // (the answer of the word's own keys list, which analyseWord makes once per form: a word made by hand may have
  // other keys for the same form)
  if (known !== undefined && known.baseKeys === w.baseKeys) return known;
  const info: ActorWordInfo = {
    baseKeys: w.baseKeys,
    at: undefined,
    nameKeys: undefined,
    adjSector: sectorAdjective(w),
    flags:
      (startsActor(w, starts) ? W_STARTS : 0) |
      (INTERNAL_EXTERNAL.test(w.norm) ? W_INTERNAL_EXTERNAL : 0) |
      (PRESS_ADJECTIVE.test(w.norm) ? W_PRESS_ADJECTIVE : 0) |
      (POINTING_OUT.test(w.norm) ? W_POINTING_OUT : 0),
  };
  // (a word without keys, a quote mark, has a list of its own: nothing to share)
  if (w.baseKeys.length > 0) {
    if (memo.size > 200_000) memo.clear();
    memo.set(w.norm, info);
  }
  return info;
}
/**
 * Finds the actor phrases of a sentence: named actors (UN, EU, armed groups), sector heads with their
 * country ("وزارة الدفاع الروسية" → RUSGOV, "وفد الحكومة السورية" → SYRGOV), bare country names and
 * capitals (→ the country), and the document's entities (persons, organisations, countries) where
 * the entities layer has them. `defaultCountry` fills the country of a domestic group named without
 * one ("الشرطة" in a Tunisian article).
 */
export function findActors(
  words: readonly Word[],
  lex: EventLexicon,
  entities: EntityIndex,
  defaultCountry: string | null,
  text: string,
  /** Where verb triggers start: no actor phrase starts there ("طالب" the verb is no "student"). */
  verbStarts: ReadonlySet<number> = new Set(),
): ActorMention[] {
  const out: ActorMention[] = [];
  const starts = actorStartsOf(lex);
  let memo = actorWordInfos.get(lex);
  if (!memo) {
    memo = new Map();
    actorWordInfos.set(lex, memo);
  }
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (w.boundary || verbStarts.has(i)) {
      i++;
      continue;
    }
    // (from the word's form memo where it has one: a field read, not a map lookup)
    const fm = w.memo;
    const info =
      fm && fm.actorLex === lex ? (fm.actor as ActorWordInfo) : formActorInfo(w, memo, starts, lex);
    const adjSector = i > 0 && !words[i - 1]!.boundary ? info.adjSector : null;
    if (adjSector) {
      const m = mention(
        words,
        i,
        i + 1,
        (defaultCountry ?? '') + adjSector,
        defaultCountry,
        adjSector,
        false,
      );
      m.adjectival = true;
      if (w.norm.startsWith('و') && w.norm.length > 4) m.start += 1;
      out.push(m);
      i++;
      continue;
    }
    // "الشؤون الداخلية"، "شؤونها الخارجية": affairs, no ministry (session 7)
    if (info.flags & W_INTERNAL_EXTERNAL && AFFAIRS.test(words[i - 1]?.norm ?? '')) {
      i++;
      continue;
    }
    // "مؤتمر صحفي"، "الندوة الصحفية": an adjective of the meeting, no journalist (session 6)
    // ("مشيرا إلى"، "مشيرة إلى": pointing out, no field marshal)
    if (
      (info.flags & W_PRESS_ADJECTIVE && PRESS_EVENTS.has(words[i - 1]?.norm ?? '')) ||
      (info.flags & W_POINTING_OUT && /^(?:الي|الى|ان)$/.test(words[i + 1]?.norm ?? ''))
    ) {
      i++;
      continue;
    }
    const m = info.flags & W_STARTS ? actorAt(words, i, lex, defaultCountry, out, info) : null;
    if (m) {
      // The phrase starts after its clitics: "وروسيا" → "روسيا", "لقوات النظام" → "قوات النظام".
      // (session 14: the fewest letters that leave a name key, not the most: "وكالة" is itself a key, so
      // "وكالة رويترز" keeps its و and ك, which also read as clitics before "اله" of "الآلة الحربية")
      let skip = -1;
      // (the keys the lexicon names something by, once per form)
      info.nameKeys ??= w.baseKeys.filter(
        (k) => lex.named.has(k) || lex.sectors.has(k) || lex.countryNames.has(k),
      );
      for (const k of info.nameKeys) {
        const n = procliticLength(w, text, k);
        if (n >= 0 && (skip < 0 || n < skip)) skip = n;
      }
      if (skip > 0 && m.start + skip < w.end) m.start += skip;
      out.push(m);
      i = m.to;
    } else i++;
  }
  attachEntities(words, out, entities, lex);
  // "القبض على سليمان …": a name read from the preposition على (the name علي is written with ي)
  for (const m of out)
    if (m.person && m.to - m.from >= 2 && text.slice(words[m.from]!.start, words[m.from]!.end) === 'على') {
      m.from++;
      m.start = words[m.from]!.start;
    }
  extendBodies(words, out);
  shareGroupSector(words, out);
  codeByOffice(words, out);
  dropInstruments(words, out);
  joinRepresented(words, out);
  joinOwners(words, out);
  joinTitles(words, out);
  joinForces(words, out);
  return out;
}

/** Weapons and aircraft: "بطائرات مسيرة"، "بالمدفعية الثقيلة" are the means of an act, never its agent. */
const INSTRUMENT_HEADS = new Set([
  'طائرات',
  'طائره',
  'طيران',
  'مدفعيه',
  'مقاتلات',
  'مروحيات',
  'صواريخ',
  'صاروخ',
  'قذائف',
  'دبابات',
  'راجمات',
]);
/** Weapon nouns after which a name is the weapon's ("صواريخ غراد"، "منظومة إس 400"), not an actor. */
const WEAPON_WORDS =
  /^(?:[وب]?(?:ال)?)(?:صواريخ|صاروخ|قذائف|قذيفه|منظومه|منظومات|راجمات|راجمه|طائرات|طائره|مسيره|مسيرات|دبابات|دبابه)$/;

function dropInstruments(words: readonly Word[], out: ActorMention[]): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k]!;
    const w = words[m.from]!;
    const bare = m.entity || m.country ? '' : w.norm.replace(/^[وف]/, '');
    const instrument =
      bare.startsWith('ب') &&
      w.baseKeys.some((key) => INSTRUMENT_HEADS.has(key.replace(/^ال/, '')) && bare.endsWith(key));
    // ("صواريخ غراد": a name the entities layer took for an organisation)
    // (the fields first: the pattern is the costly test, and most actors have a country, sector or person)
    const weaponName =
      m.from > 0 && !m.country && !m.sector && !m.person && WEAPON_WORDS.test(words[m.from - 1]!.norm);
    if (instrument || weaponName) out.splice(k, 1);
  }
}

/** "المتحدث باسم قوات الوفاق": a spokesperson speaks for the body named after باسم (its code). */
function joinRepresented(words: readonly Word[], out: ActorMention[]): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const m = out[k]!;
    const body = out[k + 1]!;
    if (words[m.to - 1]?.norm !== 'باسم' || body.from !== m.to || body.adjectival) continue;
    m.to = body.to;
    m.end = body.end;
    m.entity ??= body.entity;
    if (body.country || body.code.startsWith('IGO')) {
      m.code = body.code.startsWith('IGO')
        ? body.code
        : (body.country ?? '') + (m.sector ?? body.sector ?? '');
      m.country = body.country;
      m.implicit = body.implicit ?? false;
    }
    out.splice(k + 1, 1);
  }
}

const ATTACHED = new Set(['تابعه', 'التابعه', 'تابع', 'التابع', 'تابعين', 'التابعين']);

/**
 * (session 11b) "فرقة تابعة لمركز الديوانة": a unit attached to an administration is that administration's (customs,
 * GOV), whatever the unit's own head says (a فرقة reads as police).
 */
function joinOwners(words: readonly Word[], out: ActorMention[]): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const m = out[k]!;
    const body = out[k + 1]!;
    const link = words[m.to];
    // (only an administration: a unit of a naval region "للحرس الوطني" is the guard's, read past the region)
    if (!link || !link.keys.some((x) => ATTACHED.has(x)) || !m.sector || body.sector !== 'GOV') continue;
    if (body.from <= m.to || body.from > m.to + 2 || body.adjectival || body.person) continue;
    let clean = true;
    for (let j = m.to + 1; j < body.from; j++) if (words[j]!.boundary) clean = false;
    if (!clean || (m.country && body.country && m.country !== body.country)) continue;
    m.to = body.to;
    m.end = body.end;
    m.sector = body.sector;
    m.country = body.country ?? m.country;
    m.code = body.code.startsWith('IGO') ? body.code : (m.country ?? '') + body.sector;
    m.entity ??= body.entity;
    out.splice(k + 1, 1);
  }
}

/** Military ranks and their qualifiers, which stand between a title and a name. */
const RANKS = new Set([
  'اللواء',
  'العقيد',
  'العميد',
  'المشير',
  'الفريق',
  'المقدم',
  'الرائد',
  'النقيب',
  'الجنرال',
  'المتقاعد',
  'الركن',
  'اول',
]);

/**
 * An office and the person named after it are one actor: "الرئيس التركي رجب طيب أردوغان"، "نظيره الروسي
 * فلاديمير بوتين"، "المبعوث الأممي إلى سوريا غير بيدرسون"، "المبعوث الخاص، مارتن غريفيث". The written office
 * codes it; an office whose country is only the document's default yields to the person's own code.
 */
function joinTitles(words: readonly Word[], out: ActorMention[]): void {
  for (let changed = true; changed;) {
    changed = false;
    for (let k = out.length - 1; k > 0 && !changed; k--) {
      const p = out[k]!;
      // (not a phrase after a preposition or a conjunction: "X وقوات اللواء حفتر" is a second party)
      const pw = words[p.from]!;
      if (!p.person || pw.prep || /^[بل]/.test(pw.norm.replace(/^و/, ''))) continue;
      if (/^[وف]/.test(pw.norm) && p.start > pw.start) continue;
      let at = k - 1;
      let gap = p.from;
      if (words[gap - 1]?.norm === '،' || words[gap - 1]?.norm === ',') gap--;
      while (gap > 0 && RANKS.has(words[gap - 1]!.norm) && !out.some((o) => o.to === gap)) gap--;
      // (an envoy's remit: "المبعوث الأممي إلى سوريا")
      let remit: ActorMention | undefined;
      const r = out[at];
      if (r && r.isCountry && r.to === gap && words[r.from - 1]?.norm === 'الي') {
        remit = r;
        gap = r.from - 1;
        at--;
      } else {
        // "المبعوث الأمريكي للقرن الأفريقي جيفري فيلتمان": a remit after ل that no actor reads
        let g = gap;
        while (g > 0 && gap - g < 3 && !words[g - 1]!.boundary && !out.some((o) => o.to === g)) g--;
        const t0 = out[at];
        if (
          g < gap &&
          /^لل/.test(words[g]!.norm) &&
          t0 &&
          t0.to === g &&
          words[t0.from]!.keys.some((key) => ENVOY_HEADS.has(key))
        )
          gap = g;
      }
      const t = out[at];
      if (!t || t.to !== gap || t.person || t.isCountry || t.adjectival) continue;
      if (!t.sector && !t.code.startsWith('IGO')) continue;
      if (remit && !words[t.from]!.keys.some((key) => ENVOY_HEADS.has(key))) continue;
      const personCode = /^[A-Z]{6}$/.test(p.code) && !p.code.startsWith('UNK') ? p.code : null;
      if (personCode && (t.implicit || (!t.country && !t.code.startsWith('IGO')))) {
        t.code = personCode;
        t.country = p.country;
        t.sector = p.sector ?? t.sector;
        t.implicit = false;
      }
      t.to = p.to;
      t.end = p.end;
      t.entity = p.entity ?? t.entity;
      t.person = true;
      t.titled = true;
      out.splice(k, 1);
      if (remit) out.splice(out.indexOf(remit), 1);
      changed = true;
    }
  }
}

/** Heads of armed forces that a commander's name qualifies: "قوات حفتر"، "قوات اللواء المتقاعد خليفة حفتر". */
const FORCE_HEADS = new Set(['قوات', 'ميليشيات', 'مليشيات', 'عناصر', 'مقاتلي', 'مقاتلو', 'مسلحي', 'مسلحو']);

function joinForces(words: readonly Word[], out: ActorMention[]): void {
  for (let k = out.length - 1; k > 0; k--) {
    const p = out[k]!;
    const f = out[k - 1]!;
    if (!f.sector || f.adjectival || f.person || !words[f.from]!.baseKeys.some((x) => FORCE_HEADS.has(x)))
      continue;
    // (only a commander: a person, or a named actor of the armed forces)
    if (!p.person && !(p.sector === 'MIL' && !p.isCountry && p.to - p.from <= 2 && p.country)) continue;
    let gap = p.from;
    while (gap > f.to && gap - f.to <= 3 && (RANKS.has(words[gap - 1]!.norm) || !words[gap - 1]!.definite))
      if (words[gap - 1]!.boundary || words[gap - 1]!.prep) break;
      else gap--;
    // the phrase may end in the rank it read as a title: "قوات اللواء"
    const endsInRank = RANKS.has(words[f.to - 1]!.norm);
    if (gap !== f.to || (f.to - f.from > 1 && !endsInRank && f.to !== p.from)) continue;
    if (words[p.from]!.prep || (/^[وف]/.test(words[p.from]!.norm) && p.start > words[p.from]!.start))
      continue;
    f.to = p.to;
    f.end = p.end;
    f.entity = p.entity ?? f.entity;
    if (p.country) {
      f.country = p.country;
      f.code = p.country + (f.sector === 'GOV' ? 'MIL' : f.sector);
      f.implicit = false;
    }
    out.splice(k, 1);
  }
}

/** Meetings with the press: the adjective "صحفي" after them names no journalist. */
const PRESS_EVENTS = new Set(['مؤتمر', 'المؤتمر', 'ندوه', 'الندوه', 'لقاء', 'اللقاء', 'ملتقي', 'الملتقي']);

/** Officers named after a person: "روضة القرافي رئيسة جمعية القضاة"، "فلان، الكاتب العام للنقابة". */
const OFFICERS =
  /^(?:ال)?(?:رئيس|رئيسه|كاتب|كاتبه|امين|امينه|مدير|مديره|عضو|عضوه|ناطق|ناطقه|متحدث|متحدثه|نائب|نائبه|ممثل|ممثله)$/;

/**
 * Session 6: a person whose own code knows no country or sector (a role word of the entities layer gives
 * "UNKGOV") takes the code of the office named right after the name ("أكدت روضة القرافي رئيسة جمعية القضاة" →
 * the association's JUD), as the office already does for targets.
 */
function codeByOffice(words: readonly Word[], out: ActorMention[]): void {
  for (const m of out) {
    if (!m.person || (m.sector && !m.code.startsWith('UNK'))) continue;
    let at = m.to;
    if (words[at]?.norm === '،' || words[at]?.norm === ',') at++;
    const office = out.find(
      (n) =>
        n.from === at &&
        n !== m &&
        !n.person &&
        n.sector !== null &&
        !n.code.startsWith('UNK') &&
        words[at]!.keys.some((k) => OFFICERS.test(k)),
    );
    // (session 11) or right before the name, an officer of a body in apposition: "عضو المكتب التنفيذي لحزب نداء
    // تونس فيصل الحفيان" (past a given name the entities layer left out)
    const before = office
      ? undefined
      : out.find(
          (n) =>
            n !== m &&
            !n.person &&
            n.sector !== null &&
            !n.code.startsWith('UNK') &&
            (n.to === m.from ||
              (n.to === m.from - 1 &&
                !words[n.to]!.boundary &&
                !words[n.to]!.prep &&
                !words[m.from]!.prep)) &&
            officerBefore(words, out, n),
        );
    const by = office ?? before;
    if (!by) continue;
    m.code = by.code;
    m.country = by.country;
    m.sector = by.sector;
  }
}

/** An officer's word at the start of the chain of phrases that ends with `n` ("عضو [المكتب التنفيذي لحزب] [نداء تونس]"). */
function officerBefore(words: readonly Word[], out: readonly ActorMention[], n: ActorMention): boolean {
  let from = n.from;
  for (let guard = 0; guard < 4; guard++) {
    const prev = out.find((o) => o.to === from && !o.person);
    if (!prev) break;
    from = prev.from;
  }
  return [words[from], words[from - 1]].some((w) => w !== undefined && w.keys.some((k) => OFFICERS.test(k)));
}

/**
 * "ممثلون عن إيران وروسيا وتركيا"، "وفود من مصر والأردن": the countries joined to a delegation's first
 * party are delegations too, with the same sector.
 */
function shareGroupSector(words: readonly Word[], out: ActorMention[]): void {
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    const head = words[m.from]!;
    const link = words[m.from + 1]?.norm;
    if (!m.sector || !head.keys.some((k) => GROUP_HEADS.has(k)) || (link !== 'من' && link !== 'عن')) continue;
    let prev = m;
    for (let j = i + 1; j < out.length; j++) {
      const n = out[j]!;
      if (
        n.from !== prev.to ||
        !n.isCountry ||
        n.sector ||
        !n.country ||
        !words[n.from]!.norm.startsWith('و')
      )
        break;
      n.sector = m.sector;
      n.code = n.country + m.sector;
      prev = n;
    }
  }
}

/**
 * Bodies and officers of an organisation speak for it: "المكتب التنفيذي للاتحاد العام التونسي للشغل"،
 * "الكاتب العام لنقابة التعليم"، "رئيس جمعية القضاة" are the organisation's actor, so the phrase starts at the
 * head (it is then a subject, not a prepositional phrase).
 */
const BODY_HEADS = new Set([
  'المكتب',
  'مكتب',
  'الهيئه',
  'هيئه',
  'مجلس',
  'المجلس',
  'الكاتب',
  'كاتب',
  'الامين',
  'امين',
  'رئيس',
  'رئيسه',
  'عضو',
  'اعضاء',
  'قيادي',
  'القيادي',
  'ممثلو',
  'ممثلي',
  'منخرطو',
  'منخرطي',
  'مناضلو',
  'مناضلي',
  'انصار',
  'قواعد',
]);
/** Members of a body, named with في or ب (session 11). */
const MEMBERS = new Set([
  'عضو',
  'عضوه',
  'اعضاء',
  'قيادي',
  'القيادي',
  'القياديه',
  'قياديه',
  'ناشط',
  'الناشط',
  'ناشطه',
]);
const BODY_MODIFIERS = new Set([
  'التنفيذي',
  'السياسي',
  'الوطني',
  'الجهوي',
  'المحلي',
  'العام',
  'العامه',
  'الاداريه',
  'شوري',
]);

function extendBodies(words: readonly Word[], out: ActorMention[]): void {
  const absorbed = new Set<ActorMention>();
  for (const m of out) {
    if (m.isCountry || m.from === 0 || absorbed.has(m)) continue;
    const first = words[m.from]!;
    // session 11: "القيادي في حركة النهضة"، "عضو بحزب التيار": a member named with في or ب is the body's (the
    // phrase now starts without a preposition, so it can be a subject)
    const via =
      words[m.from - 1]!.norm === 'في' && !first.prep ? m.from - 2 : first.prep === 'ب' ? m.from - 1 : -1;
    if (
      via >= 0 &&
      MEMBERS.has(words[via]!.norm) &&
      !m.person &&
      m.sector !== null &&
      !out.some((o) => o.to > via && o.from <= via)
    ) {
      m.from = via;
      m.start = words[via]!.start;
      continue;
    }
    if (first.prep !== 'ل' && !first.norm.startsWith('ل')) {
      // genitive without ل: "رئيس جمعية القضاة"، "أعضاء النقابة"
      const prev = words[m.from - 1]!;
      // (also when the head alone was read as an actor, "رئيس" GOV: "رئيس كتلة حركة النهضة" — session 6)
      const head = out.find((o) => o.to === m.from);
      const bare = head && head.from === m.from - 1 && !head.person && !head.entity ? head : undefined;
      if (BODY_HEADS.has(prev.norm) && !prev.definite && (!head || bare)) {
        if (bare) absorbed.add(bare);
        m.from -= 1;
        m.start = prev.start;
      }
      continue;
    }
    let k = m.from - 1;
    while (k >= 0 && BODY_MODIFIERS.has(words[k]!.norm) && m.from - k <= 2) k--;
    if (k < 0 || !BODY_HEADS.has(words[k]!.norm) || out.some((o) => o.to > k && o.from <= k)) continue;
    m.from = k;
    m.start = words[k]!.start;
  }
  // "كتلة حركة النهضة": a parliamentary bloc named by the party in its genitive is one actor, the bloc (LEG)
  for (const m of out) {
    if (absorbed.has(m) || !words[m.to - 1]!.keys.some((k) => k === 'كتله')) continue;
    const party = out.find((n) => n.from === m.to && n.entity !== null && n.sector === 'PTY');
    if (!party || words[party.from]!.prep !== null) continue;
    absorbed.add(party);
    m.to = party.to;
    m.end = party.end;
    m.entity ??= party.entity;
  }
  for (const a of absorbed) out.splice(out.indexOf(a), 1);
}

/** The first words of the lexicon's named actors, country names and sector phrases, per lexicon. */
const actorStarts = new WeakMap<EventLexicon, Set<string>>();

export function actorStartsOf(lex: EventLexicon): Set<string> {
  let starts = actorStarts.get(lex);
  if (!starts) {
    starts = new Set([
      ...lex.named.keys(),
      ...lex.countryNames.keys(),
      ...lex.sectors.keys(),
      ...inflectedSectorHeads(lex).keys(),
    ]);
    actorStarts.set(lex, starts);
  }
  return starts;
}

/**
 * Whether one of the word's base keys starts a named actor, a country name or a sector phrase (`starts`,
 * from actorStartsOf): actorAt finds nothing at a word that starts none (a rule of actorAt that starts at
 * other words must extend actorStartsOf).
 */
export function startsActor(w: Word, starts: ReadonlySet<string>): boolean {
  for (const k of w.baseKeys) if (starts.has(k)) return true;
  return false;
}

/** Whether a sector phrase starting at word i runs past `end` (session 9c). */
function longerSector(
  words: readonly Word[],
  i: number,
  end: number,
  keys: readonly string[],
  lex: EventLexicon,
): boolean {
  for (const key of keys)
    for (const s of lex.sectors.get(key) ?? NO_ENTRIES) if (matchRest(words, i, s.rest) > end) return true;
  return false;
}

/** Unnamed attackers, an actor of their own (data/events/actors.tsv, session 9c). */
const UNNAMED = new Set(['مجهولان', 'مجهولين', 'مجهولون', 'ملثمان', 'ملثمين', 'ملثمون']);
/** Nouns of people an adjective "مجهولون" may follow. */
const PEOPLE = /^(?:ال)?(?:اشخاص|شخصان|شخصين|افراد|عناصر|رجال|رجلان|رجلين|شبان|شابان|شابين)$/;

function adjectiveOfPeople(prev: Word, lex: EventLexicon): boolean {
  if (prev.boundary) return false;
  return PEOPLE.test(prev.norm) || prev.baseKeys.some((k) => lex.sectors.has(k) || lex.named.has(k));
}

/** The actor phrase starting at word i, if any (exported for the test of startsActor). */
export function actorAt(
  words: readonly Word[],
  i: number,
  lex: EventLexicon,
  defaultCountry: string | null,
  before: readonly ActorMention[],
  /** The word's ActorWordInfo for `lex`, where the caller has it: its lookups are remembered there. */
  info?: ActorWordInfo,
): ActorMention | null {
  const w = words[i]!;
  if (w.norm === 'برئاسه') return null; // "برئاسة" introduces a head, it is no presidency
  // (session 9c) "مسلحون مجهولون"، "أشخاص ملثمين": after a noun of people the word is its adjective, no second actor
  if (UNNAMED.has(w.norm) && i > 0 && adjectiveOfPeople(words[i - 1]!, lex)) return null;
  // (the lexicon's entries for the word's base keys, and the tests of its keys below, once per form)
  const at = info ? (info.at ??= actorLookups(w.baseKeys, lex)) : actorLookups(w.baseKeys, lex);
  // Named actors with a fixed code.
  for (const entries of at.named) {
    for (const n of entries) {
      if (n.definite && !w.definite) continue; // قاعدة is no القاعدة
      const end = matchRest(words, i, n.rest);
      if (end < 0) continue;
      // (session 9c) a longer sector phrase wins: "مجلس الأمن القومي التركي" is Turkey's, no UN Security Council
      if (longerSector(words, i, end, w.baseKeys, lex)) break;
      const country =
        /^[A-Z]{3}(?:[A-Z]{3})?$/.test(n.code) && !n.code.startsWith('IGO') ? n.code.slice(0, 3) : null;
      return mention(words, i, end, n.code, country, n.code.slice(3) || null, false);
    }
  }
  // A country name of several words comes before a sector word inside it ("الولايات المتحدة").
  for (const entries of at.countries) {
    for (const c of entries) {
      if (c.rest.length === 0 || c.capital) continue;
      const end = matchRest(words, i, c.rest);
      if (end < 0) continue;
      return mention(words, i, end, c.iso3, c.iso3, null, true);
    }
  }
  // (session 8) "المعلمون النواب"، "الأساتذة النواب": substitute teachers, no members of parliament
  if (at.bits & A_MPS && SUBSTITUTED.test(words[i - 1]?.norm ?? '')) return null;
  // (session 9b) "فريق برشلونة"، "الفريق الطبي"، "الفريق الخاص بمنطقة الأمن": a team; the rank is "الفريق" before a name
  if (at.bits & A_TEAM && !rankBeforeName(words, i)) return null;
  // (session 9b) "وحدات حفظ النظام"، "الفريق الخاص لحفظ النظام": public order, no regime
  if (at.bits & A_ORDER && /^[وبل]?حفظ$/.test(words[i - 1]?.norm ?? '')) return null;
  // (session 9b) "المعتمديات الداخلية"، "المناطق الداخلية": after a definite noun other than a ministry's, an adjective
  if (w.definite && at.bits & A_INTERIOR && words[i - 1]?.definite && !MINISTRY.test(words[i - 1]!.norm))
    return null;
  // Sector heads, extended by what names their country.
  // (a governorate after a locative is a place: "بولاية القصرين"، "زيارة إلى ولاية سوسة"، "تشهد ولاية تطاوين")
  if (at.bits & A_TERRITORY && territoryIsPlace(words, i)) return null;
  for (const entries of at.sectors) {
    for (const s of entries) {
      const end = matchRest(words, i, s.rest);
      if (end < 0) continue;
      const m = extendSector(words, i, end, s.sector, lex, defaultCountry, before, w);
      if (m) return m;
    }
  }
  // Country names and capitals.
  // (session 8: "مبلغ مالي" is financial: "مالي" names the country only where a country can stand)
  if (!w.prep && at.bits & A_NOT_NISBA && !countryCanStand(words[i - 1])) return null;
  for (const entries of at.countries) {
    for (const c of entries) {
      const end = matchRest(words, i, c.rest);
      if (end < 0) continue;
      const m = mention(words, i, end, c.iso3, c.iso3, null, true);
      m.capital = c.capital;
      return m;
    }
  }
  return null;
}

/** Words after "الفريق" that show a team, not the rank before a name: prepositions and the like (session 9b). */
const NOT_NAMES = new Set([
  'في',
  'الي',
  'من',
  'عن',
  'مع',
  'علي',
  'خلال',
  'عقب',
  'اثر',
  'الذي',
  'و',
  'ب',
  'يوم',
  'مساء',
  'عشيه',
]);

/** "الفريق أول X"، "الفريق خليفة حفتر": the definite rank before a name or its qualifier (session 9b). */
function rankBeforeName(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  if (!w.definite || w.prep || !next || next.boundary) return false;
  if (next.norm === 'اول' || next.norm === 'الركن') return true;
  return !next.definite && !NOT_NAMES.has(next.norm) && !/^[وفبل]/.test(next.norm);
}

/** A ministry or its minister, whose "الداخلية" is the Interior (session 9b). */
const MINISTRY = /^[وفبل]?(?:ال)?(?:وزار|وزير)/;

/** Words after which "مالي" is the country: prepositions, heads of a state and points of the compass. */
const COUNTRY_GOVERNORS = new Set(
  [
    'في',
    'الي',
    'من',
    'عن',
    'مع',
    'ضد',
    'علي',
    'بين',
    'دوله',
    'جمهوريه',
    'حكومه',
    'رئيس',
    'سلطات',
    'جيش',
    'شمال',
    'جنوب',
    'شرق',
    'غرب',
    'وسط',
  ].flatMap((k) => [k, 'و' + k]),
);

function countryCanStand(prev: Word | undefined): boolean {
  return prev === undefined || prev.boundary || COUNTRY_GOVERNORS.has(prev.norm);
}

/** Teachers and staff who may be substitutes (نواب) in Tunisian usage. */
const SUBSTITUTED = /^و?(?:ال)?(?:معلمين|معلمون|اساتذه|اساتذة|قيمين|قيمون|اطباء|اعوان)$/;

/** Administrative territories: their administration when they act, a place after a locative. */
const TERRITORY_HEADS = new Set(['ولايه', 'الولايه', 'ولايات', 'الولايات']);
/** Words after which a territory is where something happens or where one goes. */
const TO_PLACE = new Set(['في', 'الي', 'داخل', 'كامل', 'بكامل', 'مختلف', 'بمختلف', 'كل', 'بكل', 'عبر']);
/**
 * The first entry of `keys`' lists in `map` (key by key, each list in order) whose rest matches after word `at`
 * (matchRest), a capital skipped where `noCapital`: keys.flatMap(get).find(…) without the arrays and closures.
 */
function firstRest<T extends { rest: readonly string[]; capital?: boolean }>(
  keys: readonly string[],
  map: ReadonlyMap<string, readonly T[]>,
  words: readonly Word[],
  at: number,
  noCapital: boolean,
): T | undefined {
  for (const k of keys) {
    const list = map.get(k);
    if (list === undefined) continue;
    for (const x of list) if (!(noCapital && x.capital) && matchRest(words, at, x.rest) > 0) return x;
  }
  return undefined;
}

/** Verbs whose subject is the scene of what happens: "تشهد ولاية تطاوين تحركات احتجاجية". */
export const WITNESS_VERBS = new Set([
  'شهد',
  'شهدت',
  'تشهد',
  'يشهد',
  'عاش',
  'عاشت',
  'تعيش',
  'يعيش',
  'عرف',
  'عرفت',
  'تعرف',
]);

function territoryIsPlace(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const key = w.baseKeys.find((k) => TERRITORY_HEADS.has(k) && w.norm.endsWith(k)) ?? w.norm;
  const clitics = w.norm.slice(0, w.norm.length - key.length);
  if (clitics.includes('ب') || clitics.includes('ل')) return true;
  const prev = words[i - 1];
  return prev !== undefined && (TO_PLACE.has(prev.norm) || prev.keys.some((k) => WITNESS_VERBS.has(k)));
}

function mention(
  words: readonly Word[],
  from: number,
  to: number,
  code: string,
  country: string | null,
  sector: string | null,
  isCountry: boolean,
): ActorMention {
  return {
    from,
    to,
    start: words[from]!.start,
    end: words[to - 1]!.end,
    code,
    country,
    sector,
    entity: null,
    isCountry,
    capital: false,
    adjectival: false,
    // (every mention with the same fields from the start: one object shape for V8)
    person: false,
    implicit: false,
    titled: false,
  };
}

function extendSector(
  words: readonly Word[],
  from: number,
  headEnd: number,
  headSector: string,
  lex: EventLexicon,
  defaultCountry: string | null,
  before: readonly ActorMention[],
  head: Word,
): ActorMention | null {
  // (session 8) "النظام الغذائي"، "النظام الأساسي"، "النظام التعليمي": a system, no regime (a country adjective stays:
  // "النظام السوري")
  if (head.baseKeys.some((k) => k === 'نظام' || k === 'النظام') && headEnd === from + 1) {
    const next = words[headEnd];
    if (next && next.definite && /يه?$/.test(next.norm) && !adjectiveCountry(next, lex)) return null;
  }
  let end = headEnd;
  let sector = headSector;
  let country: string | null = null;
  // "أعوان" alone are security agents; "أعوان فرقة الأبحاث" take their body's sector, "أعوان المالية" are staff
  if (head.baseKeys.some((k) => STAFF_HEADS.has(k)) && headEnd === from + 1 && headEnd < words.length) {
    const next = words[headEnd]!;
    const nextSector = firstRest(next.baseKeys, lex.sectors, words, headEnd, false);
    if (nextSector) sector = nextSector.sector;
    else if (next.definite && !next.boundary && !adjectiveCountry(next, lex) && !sectorAdjective(next)) {
      sector = 'LAB';
      end = headEnd + 1;
    }
  }
  let fixed: string | null = null;
  let envoy = head.keys.some((k) => ENVOY_HEADS.has(k));
  // (session 11b) "ممثل النيابة العمومية"، "ممثل الاتحاد": the representative of a body of another sector speaks for
  // it, of its country (no foreign envoy)
  if (
    envoy &&
    headEnd === from + 1 &&
    headEnd < words.length &&
    head.baseKeys.some((k) => REPRESENTATIVES.has(k))
  ) {
    const next = words[headEnd]!;
    const body = firstRest(next.baseKeys, lex.sectors, words, headEnd, false);
    if (next.definite && body && body.sector !== 'GOV' && DOMESTIC.has(body.sector)) {
      sector = body.sector;
      end = matchRest(words, headEnd, body.rest);
      envoy = false;
    }
  }
  // Look a few words ahead: adjectives (الروسية), genitives (الحكومة السورية, وزارة الخارجية), IGOs (الأممي).
  for (let j = headEnd; j < Math.min(words.length, headEnd + 4); j++) {
    const w = words[j]!;
    if (w.boundary) break;
    // "المبعوث إلى سوريا"، "الممثل الخاص لسورية": the country is the destination.
    if (
      envoy &&
      (w.norm === 'الي' || (w.norm.startsWith('ل') && w.keys.some((k) => lex.countryNames.has(k))))
    )
      break;
    if (SKIP_IN_ACTOR.has(w.norm)) continue;
    // "السلطات الأمنية" → COP, "القوات العسكرية" → MIL: an adjective names the branch of a state body
    const branch = sectorAdjective(w);
    if (branch && j === end && head.baseKeys.some((k) => BRANCH_HEADS.has(k))) {
      sector = branch;
      end = j + 1;
      continue;
    }
    // "وفد من النظام السوري"، "ممثلون عن إيران"
    if ((w.norm === 'من' || w.norm === 'عن') && j === headEnd && head.keys.some((k) => GROUP_HEADS.has(k)))
      continue;
    const named = firstRest(w.keys, lex.named, words, j, false);
    if (named && named.code.startsWith('IGO')) {
      fixed = named.code;
      end = matchRest(words, j, named.rest);
      break;
    }
    // (an adjective agrees in definiteness: after a definite word an indefinite nisba is a name,
    // "العقيد تركي المالكي")
    const adj = w.definite || !words[j - 1]!.definite ? adjectiveCountry(w, lex) : null;
    if (adj) {
      country = adj;
      end = j + 1;
      break;
    }
    const cn = FINANCIAL.has(w.norm.replace(/^[وف]/, ''))
      ? undefined
      : firstRest(w.keys, lex.countryNames, words, j, true);
    if (cn) {
      country = cn.iso3;
      end = matchRest(words, j, cn.rest);
      break;
    }
    // Another sector word continues the phrase (وفد الحكومة، قوات النظام، وزارة الخارجية), but only after a
    // construct head: a definite word closes the phrase ("دعا وزير الخارجية الجانب الروسي" is two phrases).
    if (w.keys.some((k) => lex.sectors.has(k)) && w.definite && !words[j - 1]!.definite) {
      end = j + 1;
      continue;
    }
    // "قوات حكومة الوفاق": a government in construct after a force head
    if (
      !w.definite &&
      !words[j - 1]!.definite &&
      j === end &&
      w.baseKeys.some((k) =>
        (lex.sectors.get(k) ?? []).some((x) => x.sector === 'GOV' && x.rest.length === 0),
      ) &&
      head.baseKeys.some((k) => BRANCH_HEADS.has(k))
    ) {
      end = j + 1;
      continue;
    }
    break;
  }
  if (fixed) return mention(words, from, end, fixed, null, fixed.slice(3), false);
  // session 8: "مواطن تركي"، "شاب سوري"، "سيدة تونسية": a private person of a stated nationality is that country
  // (bare ISO code, as the annotators of the held-out sets code them), not the country's civil society
  if (
    sector === 'CVL' &&
    country &&
    end === headEnd + 1 &&
    head.baseKeys.some((k) => PRIVATE_PERSONS.has(k)) &&
    adjectiveCountry(words[headEnd]!, lex) === country
  )
    return mention(words, from, end, country, country, sector, false);
  // (session 11b) the same for any one person a masculine singular nisba describes, past one other adjective:
  // "صيادا إيرانيا"، "العالم النووي الإيراني" (a people or a public is no person: "الشعب السوري")
  if (
    sector === 'CVL' &&
    country &&
    end > headEnd &&
    end <= headEnd + 2 &&
    adjectiveCountry(words[end - 1]!, lex) === country &&
    /ي(?:ا)?$/.test(words[end - 1]!.norm) &&
    !head.baseKeys.some((k) => COLLECTIVES.has(k)) &&
    !/(?:ين|ون|ات)$/.test(head.norm)
  )
    return mention(words, from, end, country, country, sector, false);
  // an administration of the police or the guard is a police unit: "أعوان الإدارة الفرعية للقضايا الإجرامية
  // بإدارة الشرطة العدلية"، "الإدارة العامة للحرس الوطني"
  if (sector === 'GOV' && !country && head.baseKeys.some((k) => ADMIN_HEADS.has(k))) {
    for (let j = from + 1; j < Math.min(words.length, end + 7); j++) {
      const w = words[j]!;
      if (w.boundary) break;
      if (w.keys.some((k) => POLICE_WORDS.has(k))) {
        sector = 'COP';
        break;
      }
    }
  }
  // "الجانب الروسي"، "الطرف التونسي": a side is its country, with no sector
  if (sector === SIDE) {
    if (!country) return null;
    return mention(words, from, end, country, country, null, false);
  }
  // "بمشاركة 12 دولة": states counted are no state of the document
  const counted =
    /^[0-9٠-٩]+$/.test(words[from - 1]?.norm ?? '') &&
    !head.definite &&
    head.baseKeys.some((k) => k === 'دوله' || k === 'دول');
  // A possessive head (طائراتها، مندوبها) belongs to the nearest country named before it.
  // (not a word written with ة: "دولة" is no "دول" + pronoun)
  // ("وزير خارجيتها": the pronoun may sit on the genitive)
  let possessive = false;
  for (let j = from; j < end; j++) if (words[j]!.possessive && !words[j]!.taMarbuta) possessive = true;
  if (!country && possessive && !counted) {
    for (let k = before.length - 1; k >= 0; k--) {
      const b = before[k]!;
      if (b.country) {
        country = b.country;
        break;
      }
    }
  }
  // "طيران التحالف بقيادة السعودية": a coalition is its leader's
  if (!country && words[end]?.norm === 'بقياده' && words[end + 1]) {
    const leader = words[end + 1]!;
    const c =
      firstRest(leader.keys, lex.countryNames, words, end + 1, false)?.iso3 ?? adjectiveCountry(leader, lex);
    if (c) {
      country = c;
      end += 2;
    }
  }
  // (aircraft and coalitions named without a country are often foreign: no default country for them)
  let foreignProne = false;
  for (let j = from; j < end && !foreignProne; j++)
    for (const k of words[j]!.baseKeys) if (NO_DEFAULT_COUNTRY.has(k)) foreignProne = true;
  // session 11: "قوات حرس الحدود السعودية": a nationality ending the construct chain after the head names its
  // country (within three words, no preposition nor punctuation in between)
  // (the chain goes on past nouns without the article only: a definite noun closes it, "وزير الخارجية الجانب الروسي")
  if (!country && DOMESTIC.has(sector) && !envoy && !counted && !words[end - 1]!.definite) {
    for (let j = end; j < Math.min(words.length, end + 3); j++) {
      const w = words[j]!;
      if (w.boundary || w.prep || /^و/.test(w.norm) || PREP_HEADS.test(w.norm)) break;
      const c = adjectiveCountry(w, lex);
      if (c) {
        if (w.definite && j > end && words[j - 1]!.definite) {
          country = c;
          end = j + 1;
        }
        break;
      }
      if (w.definite && j > end && words[j - 1]!.definite) break;
    }
  }
  let implicit = false;
  if (!country && DOMESTIC.has(sector) && !envoy && !foreignProne && !counted) {
    country = defaultCountry;
    implicit = country !== null;
  }
  const m = mention(words, from, end, (country ?? '') + sector, country, sector, false);
  if (implicit) m.implicit = true;
  return m;
}

/** Prepositions and particles that end a construct chain. */
const PREP_HEADS = /^(?:في|من|علي|الي|عن|مع|ضد|بين|منذ|حول|التي|الذي|الذين)$/;

/** Heads naming one or a few private persons (not a population): with a nationality adjective they are its country. */
const PRIVATE_PERSONS = new Set(
  [
    'مواطن',
    'مواطنه',
    'شخص',
    'شخصين',
    'شخصان',
    'اشخاص',
    'شاب',
    'شابه',
    'شابين',
    'شابان',
    'شابا',
    'شبان',
    'رجل',
    'امراه',
    'سيده',
    'كهل',
    'طفل',
    'طفله',
    'فتاه',
    'مهاجر',
    'مقيم',
    'مسافر',
  ].flatMap((k) => [k, 'ال' + k]),
);

/** Singular heads naming a people, a public or a group, never one person. */
const COLLECTIVES = new Set(
  [
    'شعب',
    'مجتمع',
    'شباب',
    'شارع',
    'جمهور',
    'راي',
    'اهالي',
    'سكان',
    'نساء',
    'اطفال',
    'شبان',
    'اشخاص',
    'افراد',
    'ناس',
  ].flatMap((k) => [k, 'ال' + k]),
);

/** Heads read without their country's default: aircraft and coalitions are as often foreign as not. */
const NO_DEFAULT_COUNTRY = new Set(
  ['طائرات', 'طائره', 'طيران', 'مقاتلات', 'مروحيات', 'تحالف', 'طائراتها'].flatMap((k) => [k, 'ال' + k]),
);

/** Heads of administrative units, whose branch a later word names. */
const ADMIN_HEADS = new Set(['اداره', 'الاداره', 'اعوان', 'الاعوان', 'مصالح', 'المصالح', 'فرق']);
const POLICE_WORDS = new Set(['شرطه', 'الشرطه', 'حرس', 'الحرس', 'امن', 'الامن']);

/** Adjectives that look like a nationality but mostly are not: "المالية" (financial) is no Malian. */
const NOT_NISBA = new Set(['مالي', 'ماليه', 'المالي', 'الماليه']);

/** "المالية" (financial), not Mali. */
const FINANCIAL = new Set(['الماليه', 'ماليه', 'المالي']);

/** Country of a nisba adjective: السورية → SYR, الروسي → RUS, الإيرانيين → IRN. */
export function adjectiveCountry(w: Word, lex: EventLexicon): string | null {
  for (const k of w.keys) {
    if (NOT_NISBA.has(k)) continue;
    const direct = lex.adjectives.get(k);
    if (direct) return direct;
    for (const suf of ['ه', 'ين', 'ون', 'ان', 'تان', 'تين']) {
      if (k.endsWith(suf) && k.length - suf.length >= 3) {
        const hit = lex.adjectives.get(k.slice(0, -suf.length));
        if (hit) return hit;
      }
    }
  }
  return null;
}

/** Links actor phrases to overlapping entities, and adds entity mentions that no phrase covered. */
function attachEntities(
  words: readonly Word[],
  out: ActorMention[],
  entities: EntityIndex,
  lex: EventLexicon,
): void {
  if (entities.byWord.size === 0) return;
  // a phrase that starts after its clitics ("وروسيا") meets its entity at the phrase start, not the word's
  for (const m of out) {
    const hit = m.start !== words[m.from]!.start ? entities.byWord.get(m.start) : undefined;
    if (hit && hit.end <= m.end + 1) m.entity ??= hit.entity.id;
  }
  for (let i = 0; i < words.length; i++) {
    const hit = entities.byWord.get(words[i]!.start);
    if (!hit) continue;
    const { entity, end } = hit;
    let to = i + 1;
    while (to < words.length && words[to]!.end <= end) to++;
    const overlapping = out.find((m) => m.start < end && words[i]!.start < m.end);
    // "المالية" tagged as a Malian nationality is "financial"
    const country =
      entity.type === 'NORP' && words[i]!.keys.some((k) => NOT_NISBA.has(k)) ? null : entityCountry(entity);
    // "آفاق تونس"، "نداء تونس": a country name inside an organisation's name is the organisation
    // (session 6: also after a sector head read on its own, "حزب آفاق تونس", which joins it; and a sector head
    // read with the country past the name's end, "حركة نداء تونس الحكومة", stays an actor of its own)
    const covered = out.filter((m) => m.start < end && words[i]!.start < m.end);
    const inner = covered.find((m) => m.isCountry && m.from > i);
    if (overlapping && entity.type === 'ORG' && inner) {
      const sector = orgSector(words, i, to, lex) ?? (overlapping !== inner ? overlapping.sector : null);
      const after = inner.to > to ? orgSector(words, to, inner.to, lex) : null;
      const innerCountry = inner.country;
      for (const m of covered) if (m !== overlapping) out.splice(out.indexOf(m), 1);
      Object.assign(overlapping, {
        from: i,
        to,
        start: words[i]!.start,
        end: words[to - 1]!.end,
        entity: entity.id,
        sector,
        isCountry: false,
        capital: false,
        country: country ?? innerCountry,
        code: (country ?? innerCountry ?? '') + (sector ?? ''),
      });
      if (after && inner.to > to)
        out.push(mention(words, to, inner.to, (innerCountry ?? '') + after, innerCountry, after, false));
      continue;
    }
    // "رجب طيب أردوغان" over the named actor "أردوغان": the mention is the whole name, a person's
    if (overlapping && entity.type === 'PERSON' && covered.length === 1 && !overlapping.sector) {
      if (overlapping.from > i) {
        overlapping.from = i;
        overlapping.start = words[i]!.start;
      }
      overlapping.person = true;
    } else if (
      overlapping &&
      entity.type === 'PERSON' &&
      covered.length === 1 &&
      overlapping.from >= i &&
      overlapping.to - overlapping.from <= 2 &&
      /^[A-Z]{6}$/.test(overlapping.code)
    ) {
      overlapping.start = words[i]!.start;
      overlapping.from = i;
      overlapping.person = true;
    }
    // "قوات سوريا الديمقراطية": an organisation's name runs past the sector phrase read inside it
    if (
      overlapping &&
      entity.type === 'ORG' &&
      covered.length === 1 &&
      overlapping.from === i &&
      overlapping.to < to &&
      to - i <= 6
    ) {
      overlapping.to = to;
      overlapping.end = words[to - 1]!.end;
    }
    if (overlapping) {
      // (a nationality adjective inside the phrase is no entity of the actor: "الطائرات الحربية الروسية" is
      // Russia's military, not "Russian")
      if (entity.type !== 'NORP') overlapping.entity ??= entity.id;
      if (!overlapping.country && country) {
        overlapping.country = country;
        if (overlapping.sector && !overlapping.code.startsWith('IGO'))
          overlapping.code = country + overlapping.sector;
      }
      continue;
    }
    // Places, events and bare nationality adjectives (الطلب التركي) are no actors on their own.
    if (
      entity.type === 'LOC' ||
      entity.type === 'FAC' ||
      entity.type === 'EVENT' ||
      entity.type === 'MISC' ||
      entity.type === 'NORP'
    )
      continue;
    if (entity.type === 'GPE' && !isCountryEntity(entity, lex, words[i]!.keys[0] ?? '')) continue;
    const role = entity.roles.find((r) => ROLE_SECTOR[r.role]);
    // (session 11b) a person the text gives no office: the code of their full name in the actor list
    // ("العباسي" linked to حسين العباسي → TUNLAB), else their KB office (الصيد → TUNGOV), else, unlinked, the
    // family name of a named person of the list (الأسد → SYRGOV)
    const personCode =
      entity.type === 'PERSON' && !role
        ? entity.kb_id
          ? (namedActorCode(lex, entity.name) ??
            (officeSector(entity) ? (country ?? '') + officeSector(entity)! : null))
          : country
            ? null
            : surnameCode(lex, entity.name)
        : null;
    const sector =
      entity.type === 'PERSON'
        ? role
          ? ROLE_SECTOR[role.role]!
          : null
        : entity.type === 'ORG'
          ? orgSector(words, i, to, lex)
          : null;
    if (personCode && /^[A-Z]{6}$/.test(personCode)) {
      const m = mention(words, i, to, personCode, personCode.slice(0, 3), personCode.slice(3), false);
      m.entity = entity.id;
      m.person = true;
      out.push(m);
      continue;
    }
    const code = /^kb:org:(IGO[A-Z]+)$/.exec(entity.kb_id ?? '')?.[1] ?? (country ?? 'UNK') + (sector ?? '');
    const m = mention(words, i, to, code, country, sector, entity.type === 'GPE');
    m.entity = entity.id;
    if (entity.type === 'PERSON') m.person = true;
    m.capital = entity.type === 'GPE' && !/^kb:gpe:[A-Z]{3}$/.test(entity.kb_id ?? '');
    out.push(m);
  }
  out.sort((a, b) => a.from - b.from);
}

/**
 * Sector of an organisation from its head word or phrase: حزب/حركة نداء تونس → PTY, نقابة → LAB, وزارة → GOV,
 * المحكمة → JUD, جمعية القضاة → JUD. Named organisations with no sector word (companies, clubs) get none.
 */
function orgSector(words: readonly Word[], from: number, to: number, lex: EventLexicon): string | null {
  for (const key of words[from]!.baseKeys) {
    for (const s of lex.sectors.get(key) ?? NO_ENTRIES) {
      const end = matchRest(words, from, s.rest);
      if (end > 0 && end <= to) return s.sector;
    }
  }
  // (session 8) "المنظمة التونسية للشغل"، "جامعة … للشغل": an organisation "of labour" is a union
  for (let j = from + 1; j < to; j++) if (/^(?:لل|ال|و)?شغل$/.test(words[j]!.norm)) return 'LAB';
  for (const key of words[from]!.baseKeys) {
    const head = ORG_HEADS.get(key);
    if (head) return head;
  }
  return null;
}

/** Organisation heads that are no actor on their own but name the sector of an organisation entity. */
const ORG_HEADS = new Map<string, string>([
  ['حركه', 'PTY'],
  // Tunisian party names: نداء تونس، آفاق تونس، حراك تونس الإرادة، تحيا تونس
  ['نداء', 'PTY'],
  ['افاق', 'PTY'],
  ['حراك', 'PTY'],
  ['تحيا', 'PTY'],
  ['تيار', 'PTY'],
  ['ائتلاف', 'PTY'],
  ['جبهه', 'PTY'],
  ['جمعيه', 'CVL'],
  ['منظمه', 'CVL'],
  ['رابطه', 'CVL'],
  ['هيئه', 'GOV'],
  ['ديوان', 'GOV'],
  ['بنك', 'BUS'],
  ['مجمع', 'BUS'],
  ['اذاعه', 'MED'],
  ['جريده', 'MED'],
  ['صحيفه', 'MED'],
  ['وكاله', 'MED'],
]);

function sectorAdjective(w: Word): string | null {
  for (const k of w.baseKeys) {
    const s = SECTOR_ADJECTIVES.get(k);
    if (s) return s;
  }
  return null;
}
