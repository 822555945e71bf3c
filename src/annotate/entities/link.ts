/**
 * Linking: mentions of one entity become one entity. Persons' surnames alone ("بيدرسون") join the
 * person named in full; capitals used as actors ("قالت موسكو") join their country; KB entities keep
 * their KB id, new ones get `doc:<type>:<n>` ids and a transliterated English name.
 */
import type { Doc, Entity, Role, Token } from '../../doc/index.js';
import type { Candidate } from './candidate.js';
import { type Form, anyForm } from './clitics.js';
import type { Kb } from './kb.js';
import type { RoleFinding } from './patterns.js';
import { transliterate } from './transliterate.js';
import { phraseWords } from './trie.js';
import { LOCATIVE, NOT_NAME, PLACE_HEADS } from './words.js';
import { normalize } from '../../text/normalize.js';

const COMPOUND_HEADS = new Set(['عبد', 'ابو', 'بن', 'ابن', 'ال', 'بو', 'ام']);
/** Second words of compound names ("نصر الله", "نور الدين", "سيف الإسلام"): never a surname alone. */
const COMPOUND_TAILS = new Set(['الله', 'الدين', 'الاسلام', 'الرحمن']);

/** The entity key a candidate joins: its KB id, or its type and normalised name. */
const keyOf = (c: Candidate): string => c.kbId ?? `new:${c.type}:${c.key}`;

/**
 * Adds single-word mentions of entities named in full elsewhere in the document: a person's surname
 * ("بيدرسون"), an organisation's name without its head noun ("كاديما" after "حزب كاديما").
 */
export function linkShortNames(
  kb: Kb,
  tokens: readonly Token[],
  forms: readonly Form[][],
  accepted: Candidate[],
): void {
  const surnames = new Map<string, Candidate | null>();
  for (const c of accepted) {
    const short = c.type === 'ORG' ? orgShortName(c) : c.type === 'PERSON' ? surnameOf(kb, c) : null;
    if (short === null || short.length < 3 || NOT_NAME.has(short)) continue;
    // a surname that is also a frequent word or a first name ("الدين", "صفر", "محمد") would link noise
    if (kb.commonWords.has(short) || kb.givenNames.has(short)) continue;
    const prev = surnames.get(short);
    surnames.set(short, prev === undefined || (prev !== null && keyOf(prev) === keyOf(c)) ? c : null); // null: ambiguous
  }
  // the model's one-word entity that is a known short name joins the entity named in full; a one-word person the
  // document never names in full joins the KB person of that surname when the KB has one only ("ماكرون",
  // "أردوغان" alone, as news names them once known), so the same person keeps one id across articles
  const kbSurnames = surnameIndex(kb);
  for (const c of accepted) {
    if (c.source !== 'model' || c.first !== c.last) continue;
    // the tagger keeps a proclitic on the name ("لماكرون", "ولوبان"): each clitic-stripped form is tried in turn
    const tokenStart = tokens[c.first]!.start;
    for (const { form, skip } of forms[c.first]!) {
      if (tokenStart + skip < c.start) continue;
      const target = surnames.get(form);
      if (target === null) break; // two people of the document share the surname: leave it alone
      if (target) {
        Object.assign(c, { kbId: target.kbId, key: target.key, type: target.type, start: tokenStart + skip });
        break;
      }
      const id = c.type === 'PERSON' && c.kbId === null ? kbSurnames.get(form) : undefined;
      if (id) {
        Object.assign(c, { kbId: id, key: normalize(kb.entity(id)!.name), start: tokenStart + skip });
        break;
      }
    }
  }
  if (surnames.size === 0) return;
  const covered = new Set<number>();
  for (const c of accepted) for (let k = c.first; k <= c.last; k++) covered.add(k);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered.has(i) || (t.kind !== 'word' && t.kind !== 'hashtag')) continue;
    // after a place noun the word names a place: "منطقة علاوي الحلة" is no mention of Allawi
    if (i > 0 && anyForm(forms[i - 1]!, PLACE_HEADS)) continue;
    for (const { form, skip } of forms[i]!) {
      const person = surnames.get(form);
      if (!person) continue;
      accepted.push({ ...person, start: t.start + skip, end: t.end, first: i, last: i, source: 'pattern' });
      break;
    }
  }
}

/** The words of each KB entity's name, worked out once per KB (a Unicode split per mention was costly). */
const kbNameWords = new WeakMap<Kb, Map<string, string[]>>();

function nameWords(kb: Kb, id: string): string[] {
  let byId = kbNameWords.get(kb);
  if (byId === undefined) kbNameWords.set(kb, (byId = new Map<string, string[]>()));
  let words = byId.get(id);
  if (words === undefined) byId.set(id, (words = phraseWords(normalize(kb.entity(id)?.name ?? ''))));
  return words;
}

function surnameOf(kb: Kb, c: Candidate): string | null {
  const words = c.kbId ? nameWords(kb, c.kbId) : c.key.split(' ');
  if (words.length < 2) return null;
  // "عبد الله", "أبو مازن", "بن علي": the last word alone is not a surname
  if (COMPOUND_HEADS.has(words[words.length - 2]!) || COMPOUND_TAILS.has(words[words.length - 1]!))
    return null;
  return words[words.length - 1]!;
}

/** Each KB person's surname (as surnameOf reads it) → its id, or null where two KB persons share it. */
const kbSurnameIndex = new WeakMap<Kb, Map<string, string | null>>();

function surnameIndex(kb: Kb): ReadonlyMap<string, string | null> {
  let index = kbSurnameIndex.get(kb);
  if (index) return index;
  index = new Map<string, string | null>();
  for (const [id, e] of kb.entities) {
    if (e.type !== 'PERSON') continue;
    const words = nameWords(kb, id);
    if (words.length < 2) continue;
    if (COMPOUND_HEADS.has(words[words.length - 2]!) || COMPOUND_TAILS.has(words[words.length - 1]!))
      continue;
    const short = words[words.length - 1]!;
    if (short.length < 4 || NOT_NAME.has(short) || kb.commonWords.has(short) || kb.givenNames.has(short))
      continue;
    index.set(short, index.has(short) && index.get(short) !== id ? null : id);
  }
  kbSurnameIndex.set(kb, index);
  return index;
}

const orgShortName = (c: Candidate): string | null =>
  c.short !== undefined && !c.short.includes(' ') ? c.short : null;

/** A capital mentioned as an actor (not after "في", "العاصمة", or with ب/ل attached) stands for its country. */
export function linkCapitals(
  kb: Kb,
  tokens: readonly Token[],
  forms: readonly Form[][],
  accepted: Candidate[],
): void {
  for (const c of accepted) {
    const country = c.kbId ? kb.capitalOf.get(c.kbId) : undefined;
    if (country === undefined) continue;
    const tok = tokens[c.first]!;
    const prefix = normalize(tok.text.slice(0, c.start - tok.start));
    if (/[بلك]/.test(prefix)) continue;
    const prev = tokens[c.first - 1];
    // after a quote or a bracket the capital is being named ("نور سلطان \"أستانا سابقًا\""), not acting
    if (prev !== undefined && prev.kind !== 'word' && prev.text !== '،' && prev.text !== ',') continue;
    const before = [c.first - 1, c.first - 2].filter((k) => k >= 0);
    if (before.some((k) => anyForm(forms[k]!, LOCATIVE))) continue;
    c.kbId = country;
    c.type = 'GPE';
  }
}

export function buildEntities(
  kb: Kb,
  doc: Doc,
  accepted: readonly Candidate[],
  findings: readonly RoleFinding[],
): Entity[] {
  const date = doc.published ? doc.published.slice(0, 10) : null;
  const byKey = new Map<string, Entity>();
  const ordered = [...accepted].sort((a, b) => a.start - b.start || b.end - a.end);
  const counters = new Map<string, number>();
  for (const c of ordered) {
    const key = keyOf(c);
    let entity = byKey.get(key);
    if (entity === undefined) {
      entity = newEntity(kb, doc, c, date, counters);
      byKey.set(key, entity);
    }
    if (!entity.mentions.some((m) => m.start === c.start && m.end === c.end)) {
      entity.mentions.push({ start: c.start, end: c.end, text: doc.text.slice(c.start, c.end) });
    }
  }
  const ids = new Map<string, string>();
  for (const [k, e] of byKey) ids.set(k, e.id);
  for (const f of findings) {
    const entity = byKey.get(keyOf(f.person));
    if (entity === undefined) continue;
    let of = f.of ? (ids.get(f.of) ?? f.of) : null;
    if (of === null && entity.kb_id) of = officeOf(kb, entity.kb_id, f.role, date);
    const role: Role = { start: f.start, end: f.end, text: doc.text.slice(f.start, f.end), role: f.role, of };
    if (!entity.roles.some((r) => r.start === role.start && r.role === role.role)) entity.roles.push(role);
  }
  const entities = [...byKey.values()];
  for (const e of entities) {
    e.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    e.roles.sort((a, b) => a.start - b.start || b.end - a.end);
    // a person the KB does not know, named by a single word in its first mention (a headline gives the
    // family name, "مقتل نڨض"), is named by the full name the text gives most often ("لطفي نڨض")
    if (e.kb_id === null && e.type === 'PERSON' && !/\s/.test(e.name)) {
      const counts = new Map<string, number>();
      for (const m of e.mentions) {
        const n = m.text.split(/\s+/).length;
        if (n >= 2 && n <= 4) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
      }
      let best: string | null = null;
      for (const [text, n] of counts) if (best === null || n > counts.get(best)!) best = text;
      if (best !== null) {
        e.name = best;
        e.name_en = transliterate(best, kb.latin, kb.givenNames) || null;
      }
    }
  }
  return entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

function newEntity(
  kb: Kb,
  doc: Doc,
  c: Candidate,
  date: string | null,
  counters: Map<string, number>,
): Entity {
  const known = c.kbId ? kb.entity(c.kbId) : undefined;
  if (known !== undefined) {
    const name = kb.nameOn(known, date);
    return {
      id: known.id,
      kb_id: known.id,
      type: known.type,
      name,
      name_en: kb.nameEnOn(known, date) ?? (transliterate(name, kb.latin, kb.givenNames) || null),
      country: known.country,
      lat: known.lat,
      lon: known.lon,
      mentions: [],
      roles: [],
    };
  }
  const kind = c.type.toLowerCase();
  const n = (counters.get(kind) ?? 0) + 1;
  counters.set(kind, n);
  const name = doc.text.slice(c.start, c.end);
  return {
    id: `doc:${kind}:${n}`,
    kb_id: null,
    type: c.type,
    name,
    name_en: transliterate(name, kb.latin, kb.givenNames) || null,
    country: null,
    lat: null,
    lon: null,
    mentions: [],
    roles: [],
  };
}

/** The organisation or country a KB person held `role` for on `date`, from the KB's office facts. */
function officeOf(kb: Kb, id: string, role: string, date: string | null): string | null {
  for (const [key, value, from, to] of kb.entity(id)?.facts ?? []) {
    if (key !== 'office') continue;
    const [r, of] = value.split('|');
    if (r !== role || !of) continue;
    if (date === null || ((from === null || from <= date) && (to === null || date <= to))) return of;
  }
  return null;
}
