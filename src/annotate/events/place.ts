import type { Doc, Entity, Event } from '../../doc/index.js';
import type { EventLexicon, PlaceInfo } from './lexicon.js';
import type { TriggerHit } from './triggers.js';
import { matchRest, type Word } from './words.js';

/** A place phrase found in a sentence. */
export interface PlaceMention {
  from: number;
  to: number;
  start: number;
  end: number;
  entity: string | null;
  lat: number | null;
  lon: number | null;
  iso3: string | null;
  /** English name, for the gloss. */
  en: string | null;
}

const LOCATIVE = new Set([
  'في',
  'فيه',
  'فيها',
  'ب',
  'قرب',
  'بالقرب',
  'داخل',
  'على',
  'علي',
  'بمحيط',
  'محيط',
  'شمال',
  'جنوب',
  'شرق',
  'غرب',
  'بشمال',
  'بجنوب',
  'بشرق',
  'بغرب',
  'ضد',
  'من',
]);
/** Nouns that head a place phrase before the named place: منطقة، ريف، قاعدة، ولاية، معتمدية... */
const PLACE_HEADS = new Set([
  'منطقه',
  'ريف',
  'محيط',
  'قاعده',
  'مدينه',
  'بلده',
  'قريه',
  'جبل',
  'حي',
  'معتمديه',
  'ولايه',
  'محافظه',
  'مخيم',
  'مطار',
  'ميناء',
  'العاصمه',
  'عاصمه',
  'سجن',
  'مرتفعات',
]);

/** Place mentions of a sentence: GPE/LOC/FAC entities where the layer has them, else the gazetteer. */
export function findPlaces(
  words: readonly Word[],
  lex: EventLexicon | null,
  entitiesByStart: Map<number, { entity: Entity; end: number }>,
  text = '',
): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.boundary) continue;
    // an entity may start after the word's clitics: "بسليانة" holds the mention "سليانة"
    let at = w.start;
    let hit = entitiesByStart.get(at);
    // (only after a locative or conjunction clitic: "لسورية" in "الممثل الخاص لسورية" is no place)
    // (and after the sign of a hashtag: "في #إدلب")
    const clitics = /^(?:ب|وب|فب|و)/.test(w.norm) || text.charCodeAt(w.start) === 0x23 ? 3 : 0;
    for (let k = 1; !hit && k <= clitics && w.start + k < w.end; k++)
      hit = entitiesByStart.get((at = w.start + k));
    if (hit && (hit.entity.type === 'GPE' || hit.entity.type === 'LOC' || hit.entity.type === 'FAC')) {
      let to = i + 1;
      while (to < words.length && words[to]!.end <= hit.end) to++;
      out.push({
        from: i,
        to,
        start: at,
        end: words[to - 1]!.end,
        entity: hit.entity.id,
        lat: hit.entity.lat,
        lon: hit.entity.lon,
        iso3: hit.entity.country,
        en: hit.entity.name_en,
      });
      i = to - 1;
      continue;
    }
    const g = lex ? gazetteerAt(words, i, lex) : null;
    if (g) {
      out.push({
        from: i,
        to: g.end,
        start: w.start,
        end: words[g.end - 1]!.end,
        entity: null,
        lat: g.place.lat,
        lon: g.place.lon,
        iso3: g.place.iso3,
        en: g.place.en || null,
      });
      i = g.end - 1;
    }
  }
  return out;
}

function gazetteerAt(
  words: readonly Word[],
  i: number,
  lex: EventLexicon,
): { end: number; place: PlaceInfo } | null {
  const w = words[i]!;
  for (const key of w.baseKeys) {
    // Short keys after stripping (e.g. "حي") would match too much.
    if (key.length < 3) continue;
    for (const p of lex.places.get(key) ?? []) {
      const end = matchRest(words, i, p.rest);
      if (end > 0) return { end, place: p.place };
    }
  }
  return null;
}

/**
 * The place of an event: a place phrase after the trigger introduced by a locative preposition
 * (في، ب، قرب، على) — extended back over a head noun ("المنطقة العازلة قرب إدلب") — else the
 * nearest place in the sentence that is not one of the event's actors.
 */
/** Verbal acts: their place is where they are said, never a bare name in what they are about. */
const VERBAL_TYPES = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'SUPPORT', 'THREATEN', 'CONCEDE']);

export function choosePlace(
  doc: Doc,
  words: readonly Word[],
  hit: TriggerHit,
  places: readonly PlaceMention[],
  actorSpans: readonly { start: number; end: number }[],
  hits: readonly TriggerHit[],
): { place: NonNullable<Event['place']>; en: string | null } | null {
  const usable = places.filter((p) => !actorSpans.some((a) => a.start <= p.start && p.end <= a.end));
  if (usable.length === 0) return null;
  const locative = (p: PlaceMention): boolean => {
    const self = words[p.from]!;
    if (
      self.prep === 'ب' ||
      self.norm.startsWith('ب') ||
      self.norm.startsWith('وب') ||
      self.norm.startsWith('في')
    )
      return true;
    for (let j = p.from - 1; j >= Math.max(0, p.from - 3); j--) {
      const w = words[j]!;
      if (w.boundary) return false;
      // "بمدينة صفاقس": a place head with its preposition
      if (
        LOCATIVE.has(w.norm) ||
        PLACE_HEADS.has(stripAl(w.norm)) ||
        ((w.prep !== null || w.norm.startsWith('ب')) && w.keys.some((k) => PLACE_HEADS.has(k)))
      )
        return true;
    }
    return false;
  };
  // After the trigger: within its clause. Before it: commas allowed, not across sentences.
  let clauseEnd = hit.to;
  const nextHit = hits.find((h) => h.from >= hit.to)?.from ?? words.length;
  while (clauseEnd < nextHit && clauseEnd - hit.to < 12 && !words[clauseEnd]!.boundary) clauseEnd++;
  const afterTrigger = usable.filter((p) => p.from >= hit.to && p.to <= clauseEnd);
  const beforeTrigger = usable.filter((p) => p.to <= hit.from && hit.from - p.to <= 12);
  // A noun's genitive place comes first: "هدنة إدلب"، "قصف حلب".
  const genitive = hit.entry.pos !== 'V' ? afterTrigger.find((p) => p.from === hit.to) : undefined;
  // Without an entity, a gazetteer name is a place only where the syntax says so (بشار الجعفري is no Béchar).
  // The seat of the acting unit: "وحدات الحرس الوطني ببنزرت ... من إلقاء القبض".
  const seat = usable.find(
    (p) =>
      locative(p) &&
      p.to <= hit.from &&
      actorSpans.some(
        (a) =>
          a.end <= words[p.from]!.start &&
          /^\s*(?:[^\s،,.]+\s+)?$/.test(doc.text.slice(a.end, words[p.from]!.start)),
      ),
  );
  // A fronted locative scopes over its sentence: "وفي مطار المنستير، أكدت … وجود تعزيزات أمنية بالمطار".
  const fronted = usable.find(
    (p) =>
      p.to <= hit.from &&
      p.from <= 3 &&
      ['في', 'وفي'].includes(words[0]!.norm) &&
      words.slice(p.to, Math.min(words.length, p.to + 2)).some((w) => w.norm === '،' || w.norm === ','),
  );
  const pick =
    genitive ??
    afterTrigger.find(locative) ??
    beforeTrigger.reverse().find(locative) ??
    // (a name after a verbal act without a locative is its argument: "الكف عن تخريب تونس")
    (VERBAL_TYPES.has(hit.type) ? undefined : afterTrigger.find((p) => p.entity !== null)) ??
    seat ??
    fronted;
  if (!pick) return null;
  // Extend back to a place head: المنطقة العازلة قرب إدلب، ريف اللاذقية، محافظة إدلب.
  let from = pick.from;
  const floor = pick.from >= hit.to ? hit.to : 0;
  for (let j = pick.from - 1; j >= Math.max(floor, pick.from - 4); j--) {
    const w = words[j]!;
    if (w.boundary) break;
    if (w.keys.some((k) => PLACE_HEADS.has(k))) {
      from = j;
      break;
    }
  }
  // ... and forward over a relation to a second place: "المنطقة العازلة قرب إدلب".
  let last = pick;
  const rel = words[pick.to];
  const second = usable.find((p) => p.from === pick.to + 1);
  if (
    rel &&
    second &&
    ['قرب', 'بالقرب', 'حول', 'شمال', 'جنوب', 'شرق', 'غرب', 'بمحيط', 'محيط'].includes(rel.norm)
  )
    last = second;
  const start = from === pick.from ? pick.start : words[from]!.start;
  const lat = pick.lat ?? last.lat;
  const lon = pick.lon ?? last.lon;
  const en = last !== pick && pick.en === null ? (last.en ? `near ${last.en}` : null) : pick.en;
  return {
    place: { entity: pick.entity ?? last.entity, name: doc.text.slice(start, last.end), lat, lon },
    en,
  };
}

function stripAl(w: string): string {
  return w.startsWith('ال') ? w.slice(2) : w;
}
