import type { Doc, Entity, Event } from '../../doc/index.js';
import type { EventLexicon, PlaceInfo } from './lexicon.js';
import type { TriggerHit } from './triggers.js';
import { WITNESS_VERBS } from './actors.js';
import { matchRest, NO_ENTRIES, type Word } from './words.js';
import { reporterSeat } from './share.js';
import { unnamed } from '../unnamed.js';

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
  /** True for a whole country (kb:gpe:XXX): after a verbal act it is what the act is about. */
  country: boolean;
  /** True for a name read after a place head (بمعتمدية ملولش) that no entity or gazetteer knew. */
  byHead?: boolean;
  /** True for a name read after a unit or a place phrase ("للحرس الوطني بالقصر"): it is not extended back. */
  seat?: boolean;
}

/** A place name read after a place head that no entity or gazetteer knows: unlinked, no coordinates. */
function nameAfterHead(from: number, to: number, start: number, end: number): PlaceMention {
  return {
    from,
    to,
    start,
    end,
    entity: null,
    lat: null,
    lon: null,
    iso3: null,
    en: null,
    country: false,
    byHead: true,
    seat: false,
  };
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
]);
/** Nouns that head a place phrase before the named place: منطقة، ريف، قاعدة، ولاية، معتمدية... */
const PLACE_HEADS = new Set([
  'منطقه',
  // (session 9) a security district: "التابعة لإقليم نابل"
  'اقليم',
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
  'جزيره',
  'شارع',
  'ساحه',
  'بلديه',
  'عماده',
  'محطه',
  'نهج',
  'ميدان',
  'جهه',
  'منتجع',
  // fronts and suburbs of conflict reporting (session 7): "في محور عين زارة"
  'محور',
  'ضاحيه',
  // duals in construct (session 6): "إلى قريتي \"بشني\" من معتمدية الفوار و\"الجرسين\""
  'قريتي',
  'مدينتي',
  'معتمديتي',
  'ولايتي',
]);

/** Heads after which the next word is a place's name even when no gazetteer knows it: "بمعتمدية ملولش". */
const NAMING_HEADS = new Set([
  'مدينه',
  'معتمديه',
  'ولايه',
  'منطقه',
  'جزيره',
  'بلده',
  'قريه',
  'حي',
  'شارع',
  'ساحه',
  'مخيم',
  'بلديه',
  'عماده',
  'محطه',
  'نهج',
  'ميدان',
  // "بجهة بوفيشة"، "في جهة حي الرياض" (indefinite only: "بالجهة" is "in the region")
  'جهه',
  'منتجع',
  // fronts and suburbs of conflict reporting (session 7): "في محور عين زارة"
  'محور',
  'ضاحيه',
  // duals in construct (session 6): "إلى قريتي \"بشني\" من معتمدية الفوار و\"الجرسين\""
  'قريتي',
  'مدينتي',
  'معتمديتي',
  'ولايتي',
]);
/** First words of compound Maghrebi place names: منزل النور، سيدي بوزيد، بئر علي بن خليفة، أولاد شلبي. */
const COMPOUND_FIRST = new Set([
  'منزل',
  'سيدي',
  'بئر',
  'بير',
  'عين',
  'بني',
  'اولاد',
  'راس',
  'حمام',
  'قصر',
  'برج',
  'وادي',
  'واد',
  'جبل',
  'بو',
  'ام',
  'دوار',
  'ابو',
  'حاسي',
  'تل',
  'سوق',
  'باب',
]);
/** Words that follow a place head as a description, not a name: منطقة عسكرية، ساحة عامة، مدينة كبيرة. */
const NOT_A_NAME = new Set([
  'عامه',
  'كبيره',
  'صغيره',
  'جديده',
  'قديمه',
  'كبري',
  'اخري',
  'واحده',
  'مجاوره',
  'قريبه',
  'بعيده',
  'معينه',
  'ثانيه',
  'هامه',
  'ما',
  'اخر',
  'كامله',
  'باكملها',
  'التي',
  'الذي',
  'تابعه',
  'التابعه',
  // what a station or a street serves: محطة سيارات الأجرة، محطة البنزين
  'سيارات',
  'الحافلات',
  'البنزين',
  'الوقود',
  'الخدمات',
  'التاكسي',
  'اللواج',
  'النقل',
  // (session 8) "وجهة نظره" is a point of view, "جهة" no region there
  'نظر',
  'نظره',
  'نظرها',
  'نظرهم',
  'النظر',
]);
const QUOTES = /^["«»“”']$/;

/**
 * A place named after an indefinite place head when neither the entities layer nor the gazetteer knows it:
 * "بمعتمدية ملولش"، "في مدخل مدينة الجريصة"، "منطقة \"شاكمو\"". The name is one word (two for compounds such as
 * منزل النور), never an actor phrase, a trigger word or a descriptive adjective.
 */
/** Whether one of the word's keys is a naming head (from its form memo where it has one: asked once per form). */
function namingHead(w: Word): boolean {
  const fm = w.memo;
  if (fm) {
    if (fm.namingHead === -1) fm.namingHead = w.keys.some((k) => NAMING_HEADS.has(k)) ? 1 : 0;
    return fm.namingHead === 1;
  }
  return w.keys.some((k) => NAMING_HEADS.has(k));
}

function namedAfterHead(
  words: readonly Word[],
  i: number,
  lex: EventLexicon,
  blocked: readonly { from: number; to: number }[],
): { from: number; to: number } | null {
  const head = words[i]!;
  if (head.boundary || head.definite || !namingHead(head)) return null;
  let from = i + 1;
  let quoted = false;
  if (words[from] && QUOTES.test(words[from]!.norm)) {
    from++;
    quoted = true;
  }
  const x = words[from];
  if (!x || x.boundary || x.keys.length === 0 || !/^[\u0621-\u064A]+$/.test(x.norm)) return null;
  // (a quoted name or a street's namesake may have been read as an organisation or a person)
  const street = head.keys.some((k) => k === 'شارع' || k === 'نهج');
  if (!quoted && !street && blocked.some((a) => a.from <= from && from < a.to)) return null;
  const bare = x.norm.replace(/^ال/, '');
  if (!quoted) {
    if (NOT_A_NAME.has(x.norm) || NOT_A_NAME.has(bare)) return null;
    // indefinite nisba adjectives: منطقة عسكرية، حي شعبي (names ending so are definite: الزعفرانية)
    if (!x.definite && /(يه|ي)$/.test(x.norm) && !COMPOUND_FIRST.has(x.norm)) return null;
    if (x.keys.some((k) => lex.triggers.has(k) || lex.sectors.has(k) || lex.named.has(k))) return null;
  }
  let to = from + 1;
  const next = words[to];
  if (
    next &&
    !next.boundary &&
    next.keys.length > 0 &&
    (COMPOUND_FIRST.has(x.norm) || (quoted && !QUOTES.test(next.norm)))
  )
    to++;
  return { from, to };
}

/** Territories a smaller place is said to belong to: "بتاجروين من ولاية الكاف"، "بالقصر من معتمدية …". */
const TERRITORIES = new Set(['ولايه', 'معتمديه', 'محافظه']);

/**
 * A place named after the clitic ب and before "من ولاية/معتمدية X" even when no gazetteer knows it: the
 * territory says that the word is a smaller place inside it. Returns the name's start offset (past the clitic).
 */
function namedBeforeTerritory(
  words: readonly Word[],
  i: number,
  lex: EventLexicon,
  blocked: readonly { from: number; to: number; person?: boolean }[],
  text: string,
): { start: number; to: number } | null {
  const w = words[i]!;
  // session 11: a name of two words ("بقلعة سنان من ولاية الكاف"), after في ("في الروحية من ولاية سليانة"), and a
  // territory after a comma or ب ("بسهلول الغرابي، بولاية سوسة")
  // (the word's own tests first: they are cheap and fail for most words; all the tests are pure,
  // and the closures below are only made for the few words that pass them)
  const len = w.end - w.start;
  // (session 16: after في the word has no clitic of its own, "في براكة الساحل من ولاية نابل")
  const afterFi = words[i - 1]?.norm === 'في' || words[i - 1]?.norm === 'وفي';
  const clitic = afterFi
    ? 0
    : len >= 2 && text.charCodeAt(w.start) === 0x0648 && text.charCodeAt(w.start + 1) === 0x0628
      ? 2
      : len >= 1 && text.charCodeAt(w.start) === 0x0628
        ? 1
        : 0;
  if (clitic === 0 && !afterFi) return null;
  if (w.norm.length - clitic < 3 || !/^[\u0621-\u064A]+$/.test(w.norm)) return null;
  const territoryAt = unnamed((j: number): boolean => {
    const x = words[j];
    if (!x) return false;
    if (x.norm === 'من' || x.norm === '،' || x.norm === ',')
      return (
        words[j + 1]?.keys.some((k) => TERRITORIES.has(k)) === true &&
        (x.norm === 'من' || /^ب/.test(words[j + 1]!.norm))
      );
    return /^ب/.test(x.norm) && x.keys.some((k) => TERRITORIES.has(k));
  });
  const plain = unnamed(
    (x: Word | undefined): boolean =>
      x !== undefined &&
      !x.boundary &&
      !x.prep &&
      /^[\u0621-\u064A]{3,}$/.test(x.norm) &&
      !x.keys.some(
        (k) =>
          PLACE_HEADS.has(k) ||
          TERRITORIES.has(k) ||
          lex.triggers.has(k) ||
          lex.sectors.has(k) ||
          lex.named.has(k),
      ),
  );
  const to = territoryAt(i + 1) ? i + 1 : territoryAt(i + 2) && plain(words[i + 1]) ? i + 2 : -1;
  if (to < 0) return null;
  // (the second word may have been read as a person's name: "بقلعة سنان")
  if (blocked.some((a) => a.from < to && i < a.to && !(a.person === true && a.from > i))) return null;
  if (
    w.keys.some(
      (k) =>
        NOT_A_SEAT.has(k) ||
        PLACE_HEADS.has(k) ||
        lex.triggers.has(k) ||
        lex.sectors.has(k) ||
        lex.named.has(k),
    )
  )
    return null;
  // (no common noun with its adjective: "في مناطق مختلفة من ولاية سليانة")
  const second = words[i + 1]!;
  if (to === i + 2 && !second.definite && /(?:ه|ي)$/.test(second.norm)) return null;
  return { start: w.start + clitic, to };
}

/** Nouns after ب that say how or in what, never where: "أعوان الأمن بالزي المدني"، "الوحدات الأمنية بالجهة". */
const NOT_A_SEAT = new Set([
  // common plurals of places (session 6): "التعزيزات الأمنية بالمواقع السياحية"
  'مواقع',
  'مناطق',
  'جهات',
  'مدن',
  'ولايات',
  'معتمديات',
  'شواطئ',
  'مؤسسات',
  'طرقات',
  'احياء',
  'جهه',
  'زي',
  'مناسبه',
  'صفه',
  'نفس',
  'مكان',
  'اضافه',
  'تزامن',
  'موازاه',
  'حضور',
  'رغم',
  'سلاح',
  'اسلحه',
  'عنف',
  'قوه',
  'تنسيق',
  'تعاون',
  'اشتراك',
  'شراكه',
  'مساعده',
  'اعتماد',
  'خصوص',
  'نسبه',
  'مقابل',
  'فعل',
  'تالي',
  'ذات',
  'عديد',
  'اجماع',
  'عمل',
]);

/** Buildings and stations, located by the neighbourhood after them: "محطة سيارات الأجرة بالطفالة". */
const BUILDINGS = new Set(['محطه', 'مقر', 'مستودع', 'مصنع', 'معمل', 'مخزن', 'محل', 'مركز', 'منتجع', 'نزل']);

const SECURITY = new Set(['امن', 'حرس', 'شرطه']);

/**
 * A definite name after the clitic ب that follows the name of a unit or a place phrase, even when no entity or
 * gazetteer knows it: the seat of a unit ("فرقة الأبحاث للحرس الوطني بالقصر"، "منطقة الأمن الوطني بالعمران") or
 * the neighbourhood of a station or a building ("في محطة سيارات الأجرة بالطفالة"). Returns the name's start
 * offset (past the clitic).
 */
function seatAfterUnit(
  words: readonly Word[],
  i: number,
  lex: EventLexicon,
  blocked: readonly { from: number; to: number; sector?: string | null }[],
  text: string,
): number | null {
  const w = words[i]!;
  // (every reading below needs the word to start with و or ب: most words are turned away before the slice)
  const first = text.charCodeAt(w.start);
  if (first !== 0x648 && first !== 0x628) return null;
  const surface = text.slice(w.start, w.end);
  // (indefinite too right after a security district: "لمنطقة الأمن الوطني بتاجروين")
  const district = words[i - 1]?.norm === 'الوطني' && words[i - 2]?.keys.some((k) => SECURITY.has(k));
  const clitic = /^وبال/.test(surface)
    ? 2
    : /^بال/.test(surface)
      ? 1
      : district && /^و?ب/.test(surface)
        ? surface.indexOf('ب') + 1
        : 0;
  if (clitic === 0 || w.norm.length - clitic < (district ? 3 : 5) || !/^[\u0621-\u064A]+$/.test(w.norm))
    return null;
  if (blocked.some((a) => a.from <= i && i < a.to)) return null;
  if (
    w.keys.some(
      (k) =>
        NOT_A_SEAT.has(k) ||
        PLACE_HEADS.has(k) ||
        lex.triggers.has(k) ||
        lex.named.has(k) ||
        lex.adjectives.has(k),
    ) ||
    /(يه|ي)$/.test(w.norm) ||
    // (a common noun with its adjective: "بالمواقع السياحية"، "بالمؤسسات التربوية")
    /^ال.{2,}(?:يه|يين|يات)$/.test(words[i + 1]?.norm ?? '')
  )
    return null;
  // right after a unit's name, or within three words after an indefinite place head of the same phrase
  // (a security or military unit: other actors are followed by what they do, "المدنيين بالمواد الكيمياوية")
  const afterUnit = blocked.some((a) => a.to === i && (a.sector === 'COP' || a.sector === 'MIL'));
  let afterHead = false;
  for (let j = i - 1, n = 0; j >= 0 && n < 4 && !afterHead; j--) {
    const x = words[j]!;
    if (QUOTES.test(x.norm)) continue;
    n++;
    if (x.boundary || x.keys.some((k) => lex.triggers.has(k))) break;
    if (!x.definite && x.keys.some((k) => BUILDINGS.has(k))) afterHead = true;
    // a police district: "لمنطقة الأمن الوطني بالعمران"، "إقليم الحرس الوطني بالقيروان"
    if (x.keys.some((k) => k === 'منطقه' || k === 'اقليم') && words[j + 1]?.keys.some((k) => SECURITY.has(k)))
      afterHead = true;
  }
  return afterUnit || afterHead ? w.start + clitic : null;
}

/** Place mentions of a sentence: GPE/LOC/FAC entities where the layer has them, else the gazetteer. */
export function findPlaces(
  words: readonly Word[],
  lex: EventLexicon | null,
  entitiesByStart: Map<number, { entity: Entity; end: number }>,
  text = '',
  /** With an entities layer: the lexicon for names after a place head, and the actor phrases they may not overlap. */
  heads?: {
    lex: EventLexicon;
    blocked: readonly { from: number; to: number; sector?: string | null; person?: boolean }[];
  },
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
    // (/^(?:ب|وب|فب|و)/ on the norm, read as code units: ب, و, or فب)
    const c0 = w.norm.charCodeAt(0);
    const clitics =
      c0 === 0x0628 ||
      c0 === 0x0648 ||
      (c0 === 0x0641 && w.norm.charCodeAt(1) === 0x0628) ||
      text.charCodeAt(w.start) === 0x23
        ? 3
        : 0;
    for (let k = 1; !hit && k <= clitics && w.start + k < w.end; k++)
      hit = entitiesByStart.get((at = w.start + k));
    if (hit && (hit.entity.type === 'GPE' || hit.entity.type === 'LOC' || hit.entity.type === 'FAC')) {
      let to = i + 1;
      while (to < words.length && words[to]!.end <= hit.end) to++;
      // an entity that stops at the first word of a compound name: "مدينة قصر هلال" (tagged "قصر")
      const rest = words[to];
      if (
        to === i + 1 &&
        COMPOUND_FIRST.has(text.slice(at, w.end).replace(/^ال/, '')) &&
        rest &&
        !rest.boundary &&
        !rest.definite &&
        /^[\u0621-\u064A]{3,}$/.test(rest.norm) &&
        !entitiesByStart.has(rest.start) &&
        !(lex ?? heads?.lex)?.triggers.has(rest.norm)
      )
        to++;
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
        country: /^kb:gpe:[A-Z]{3}$/.test(hit.entity.kb_id ?? ''),
        byHead: false,
        seat: false,
      });
      i = to - 1;
      continue;
    }
    // "بهجوم سوسة الإرهابي" (session 6): the entities layer named an attack, its place is the name inside it
    // (not a process named after a city: "محادثات أستانا" are held elsewhere too)
    const gaz = lex ?? heads?.lex;
    if (
      hit &&
      hit.entity.type === 'EVENT' &&
      gaz &&
      w.keys.some((k) => gaz.triggers.get(k)?.some((e) => e.type === 'ASSAULT'))
    ) {
      let to = i + 1;
      while (to < words.length && words[to]!.end <= hit.end) to++;
      for (let j = i + 1; j < to; j++) {
        const g = gazetteerAt(words, j, gaz);
        if (!g || g.end > to) continue;
        out.push(gazetteerMention(words, j, g));
        break;
      }
      i = to - 1;
      continue;
    }
    // "في العاصمة"، "بالعاصمة" (session 6): the capital, named by its head alone (with its adjective:
    // "بالعاصمة الليبية"); "العاصمة تونس" is read at the name and extended back over the head
    if (
      !hit &&
      // (/^و?بالعاصمه$/ on the word, /^و?في$/ on the one before, as comparisons)
      (w.norm === 'بالعاصمه' ||
        w.norm === 'وبالعاصمه' ||
        (w.norm === 'العاصمه' && (words[i - 1]?.norm === 'في' || words[i - 1]?.norm === 'وفي'))) &&
      !entitiesByStart.has(words[i + 1]?.start ?? -1) &&
      !entitiesByStart.has(words[i + 2]?.start ?? -1)
    ) {
      const skip = text.slice(w.start, w.end).indexOf('ال');
      const adjective = /^ال.{2,}يه$/.test(words[i + 1]?.norm ?? '') && !words[i + 1]!.boundary;
      const to = adjective ? i + 2 : i + 1;
      out.push(nameAfterHead(i, to, w.start + Math.max(0, skip), words[to - 1]!.end));
      i = to - 1;
      continue;
    }
    // (a word inside another entity, such as a person's name, is no place)
    const covered = hit !== undefined;
    const named = heads && !covered ? namedAfterHead(words, i, heads.lex, heads.blocked) : null;
    const there = named ? entitiesByStart.get(words[named.from]!.start)?.entity.type : undefined;
    // (a name the entities layer knows as a place is read as that entity at its own word)
    if (
      named &&
      (there === undefined ||
        there === 'ORG' ||
        there === 'MISC' ||
        (there === 'PERSON' && words[i]!.keys.some((k) => k === 'شارع' || k === 'نهج')))
    ) {
      // (a street named after a person: "بشارع الحبيب بورقيبة")
      if (there === 'PERSON') {
        const end = entitiesByStart.get(words[named.from]!.start)!.end;
        while (named.to < words.length && words[named.to]!.end <= end) named.to++;
      }
      out.push(nameAfterHead(named.from, named.to, words[named.from]!.start, words[named.to - 1]!.end));
      i = named.to - 1;
      continue;
    }
    const inner = heads && !covered ? namedBeforeTerritory(words, i, heads.lex, heads.blocked, text) : null;
    if (inner) {
      out.push(nameAfterHead(i, inner.to, inner.start, words[inner.to - 1]!.end));
      i = inner.to - 1;
      continue;
    }
    const seat =
      heads && !covered && !(lex && gazetteerAt(words, i, lex))
        ? seatAfterUnit(words, i, heads.lex, heads.blocked, text)
        : null;
    if (seat) {
      const m = nameAfterHead(i, i + 1, seat, w.end);
      m.seat = true;
      out.push(m);
      continue;
    }
    const g = lex ? gazetteerAt(words, i, lex) : null;
    if (g) {
      out.push(gazetteerMention(words, i, g));
      i = g.end - 1;
    }
  }
  return out;
}

/** A place of the events gazetteer read at word `from`, up to `g.end`. */
function gazetteerMention(
  words: readonly Word[],
  from: number,
  g: { end: number; place: PlaceInfo },
): PlaceMention {
  return {
    from,
    to: g.end,
    start: words[from]!.start,
    end: words[g.end - 1]!.end,
    entity: null,
    lat: g.place.lat,
    lon: g.place.lon,
    iso3: g.place.iso3,
    en: g.place.en || null,
    country: false,
    byHead: false,
    seat: false,
  };
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
    for (const p of lex.places.get(key) ?? NO_ENTRIES) {
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
const FORCE = new Set(['ASSAULT', 'COERCE']);
/** Relative words: a clause after them describes, it does not report the event. */
const RELATIVES = new Set(['الذي', 'التي', 'ما', 'اللذين', 'الذين', 'اللتين']);
/** Words that make the place after them a topic: حول، بشأن، تجاه، حيال. */
/** Words of a date between commas: "، اليوم الأربعاء،"، "، صباح أمس". */
const TIME_WORDS =
  /^(?:اليوم|امس|غدا|صباح|مساء|ظهر|عشيه|ليله|الليله|فجر|يوم|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|\d+)$/;
// (session 6: "بتنسيق مع زملاء من خارج سويسرا": outside a country is no place in it)
const TOPIC = new Set(['حول', 'بشان', 'تجاه', 'حيال', 'بخصوص', 'خارج', 'وخارج']);

/** Verbs of saying whose subject, with its title, comes before the clause that tells the act (session 8). */
const SAYING =
  /^[وف]?(?:اوضح|اوضحت|اكد|اكدت|قال|قالت|افاد|افادت|اشار|اشارت|اضاف|اضافت|صرح|صرحت|بين|بينت|كشف|كشفت)$/;
const THAT = /^(?:ان|انه|انها|بان|بانه|بانها|وان)$/;

/** A place after a verb of saying, in its subject's title, with أن between it and a later act. */
function speakerTitle(words: readonly Word[], p: PlaceMention, hit: TriggerHit): boolean {
  if (p.to > hit.from) return false;
  let that = false;
  for (let j = p.to; j < hit.from; j++) if (THAT.test(words[j]!.norm)) that = true;
  if (!that) return false;
  for (let j = p.from - 1; j >= Math.max(0, p.from - 8); j--) {
    const w = words[j]!;
    if (w.norm === '.' || THAT.test(w.norm)) return false;
    if (SAYING.test(w.norm)) return true;
  }
  return false;
}

/** Where a person comes from or lives: "أصيل"، "مقيم"، "القاطن"، "يقطن". */
const ORIGIN = /^و?(?:(?:ا|ال)?اصيل|(?:ال)?(?:مقيم|قاطن)(?:ه|ين|ون)?$|[يت]قطن(?:ون)?$)/;

export function choosePlace(
  doc: Doc,
  words: readonly Word[],
  hit: TriggerHit,
  places: readonly PlaceMention[],
  actorSpans: readonly { start: number; end: number }[],
  hits: readonly TriggerHit[],
  /** The event's own agents (a subset of actorSpans). */
  agentSpans: readonly { start: number; end: number }[] = [],
  /** Every actor phrase of the sentence. */
  sentenceActors: readonly { from: number; to: number }[] = [],
): { place: NonNullable<Event['place']>; en: string | null } | null {
  // "المبعوث الأممي إلى سورية"، "الممثل الخاص … في سورية": where an envoy is sent is no place of the event
  const remit = unnamed((p: PlaceMention): boolean => {
    const prep = words[p.from - 1];
    if (!prep || (prep.norm !== 'الي' && prep.norm !== 'في')) return false;
    return sentenceActors.some(
      (a) =>
        a.to === p.from - 1 &&
        /^(?:ال)?(?:مبعوث|ممثل|موفد|مندوب|سفير)/.test(words[a.from]!.norm.replace(/^[وفلب]/, '')),
    );
  });
  const origin = unnamed((p: PlaceMention, depth = 0): boolean => {
    // (session 8: so is where they live, "مواطن تركي مقيم بجهة حمام سوسة"، "القاطن بحي …")
    if (words.slice(Math.max(0, p.from - 2), p.from).some((w) => ORIGIN.test(w.norm))) return true;
    if (depth > 2) return false;
    const k = words[p.from - 1]?.keys.some((x) => PLACE_HEADS.has(x)) ? p.from - 2 : p.from - 1;
    if (words[k]?.norm !== 'من') return false;
    const inner = places.find((q) => q.to === k);
    return inner !== undefined && origin(inner, depth + 1);
  });
  const usable = places.filter(
    (p) =>
      !actorSpans.some((a) => a.start <= p.start && p.end <= a.end) &&
      // "أمضت ولاية القصرين": the name of a governorate that acts is part of its agent
      !agentSpans.some(
        (a) =>
          a.end <= p.start &&
          /^\s*$/.test(doc.text.slice(a.end, p.start)) &&
          /ولاي[ةه]$/.test(doc.text.slice(a.start, a.end)),
      ) &&
      // "شخصين أصيلي معتمدية السند": where a person comes from is no place of the event (nor the territory it
      // belongs to: "أصيلي منطقة البرادعة من معتمدية قصور الساف")
      !origin(p) &&
      // a topic ("محادثات حول سورية") or where someone is sent ("المبعوث الأممي إلى سورية") is no place either
      !TOPIC.has(words[p.from - 1]?.norm ?? '') &&
      !remit(p) &&
      // "أفاد مراسل الجوهرة بالكاف": where the reporter is
      !reporterSeat(words, p.from, (j) => hits.some((h) => h.from <= j && j < h.to)) &&
      // (session 8) "وأوضح المدير الجهوي للتجارة ببن عروس … أن حجز": a place in the speaker's title before the
      // clause that tells the act
      !speakerTitle(words, p, hit),
  );
  if (usable.length === 0) return null;
  // "تشهد مدينة منزل النور تعزيزات أمنية"، "عاشت تطاوين على وقع اعتصامات": the subject is the scene
  // (a main clause only: "في الوقت الذي تشهد فيه محافظة إدلب …" sets a scene for another happening)
  const witnessed = unnamed((p: PlaceMention): boolean => {
    for (let j = Math.max(0, p.from - 3); j <= Math.min(words.length - 1, p.to); j++) {
      const w = words[j]!;
      if (j >= p.from && j < p.to) continue;
      if (w.boundary || !w.baseKeys.some((x) => WITNESS_VERBS.has(x))) continue;
      const before = words.slice(Math.max(0, j - 2), j).map((x) => x.norm);
      if (before.some((x) => RELATIVES.has(x)) || /^فيه|فيها$/.test(words[j + 1]?.norm ?? '')) return false;
      return true;
    }
    return false;
  });
  const inOtherPlace = unnamed((j: number): boolean => usable.some((q) => q.from <= j && j < q.to));
  const locative = unnamed((p: PlaceMention): boolean => {
    if (witnessed(p)) return true;
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
      if (w.boundary || inOtherPlace(j)) return false;
      // "الذي تشهد فيه X": فيه is the time the clause describes, X its subject
      if ((w.norm === 'فيه' || w.norm === 'فيها') && words[j - 1]?.baseKeys.some((k) => WITNESS_VERBS.has(k)))
        return false;
      // "بمدينة صفاقس": a place head with its preposition
      if (
        LOCATIVE.has(w.norm) ||
        // (session 10: "من" names where something comes from, "سجائر مهربة من ليبيا"، "ترحيلهم من ألمانيا", not
        // where the act happens; only a list of places is locative: "في كل من ولايات جندوبة والقيروان")
        (w.norm === 'من' && /^[بف]?كل$/.test(words[j - 1]?.norm ?? '')) ||
        PLACE_HEADS.has(stripAl(w.norm)) ||
        // ("التابعة لمعتمدية بوحجلة": a head after ل is where too)
        ((w.prep !== null || /^و?[بل]/.test(w.norm)) && w.keys.some((k) => PLACE_HEADS.has(k)))
      )
        return true;
    }
    return false;
  });
  // After the trigger: within its clause. Before it: commas allowed, not across sentences.
  let clauseEnd = hit.to;
  // (an ambush set for an arrest is part of it: "القبض على شخصين بعد نصب كمين في حي …")
  const nextHit =
    hits.find((h) => h.from >= hit.to && !(hit.type === 'COERCE' && words[h.from]!.keys.includes('كمين')))
      ?.from ?? words.length;
  // (an adjunct after a comma still belongs to the clause: "من إيقاف مروج مخدرات، في مدخل مدينة الجريصة")
  // (session 6: so does a date before a locative, "، اليوم الأربعاء بقصر قرطاج", and a name in apposition
  // between commas, "رئيس الجمهورية، الباجي قايد السبسي، اليوم …")
  const adjunct = unnamed((j: number): boolean => {
    if (words[j]!.norm !== '،' && words[j]!.norm !== ',') return false;
    if (startsLocative(words[j + 1])) return true;
    let k = j + 1;
    while (k < words.length && k - j <= 4 && TIME_WORDS.test(words[k]!.norm)) k++;
    if (k > j + 1 && (startsLocative(words[k]) || /^و?ب/.test(words[k]?.norm ?? ''))) return true;
    // (session 7: a time between commas, "اشتباكات عنيفة، صباح اليوم الأربعاء، بين …")
    if (k > j + 1 && (words[k]?.norm === '،' || words[k]?.norm === ',')) return true;
    if (j > 0 && TIME_WORDS.test(words[j - 1]!.norm) && words[j + 1]?.norm === 'بين') return true;
    const named = sentenceActors.find((a) => a.from === j + 1 && a.to - a.from <= 4);
    return named !== undefined && [',', '،'].includes(words[named.to]?.norm ?? '');
  });
  // ("وذلك في محطة …"، "وذلك بعد …": وذلك takes the clause up again after a long patient)
  // (quotes do not count: "سيارة أجرة \"تاكسي\"")
  let budget = 14;
  let counted = 0;
  while (clauseEnd < nextHit && counted < budget) {
    const w = words[clauseEnd]!;
    if (!QUOTES.test(w.norm)) counted++;
    if (w.norm === 'وذلك' && budget === 14) budget = counted + 12;
    // (the parties of a pair may be long: "بين قوات حكومة الوفاق الوطني وقوات اللواء … في محور …")
    if (w.norm === 'بين' && budget === 14 && hit.type === 'ASSAULT') budget = counted + 16;
    // a parenthesis does not close the clause: "واعتقل تامالت (42 عاماً) في الجزائر العاصمة"
    if (w.norm === '(') {
      const close = words.findIndex((x, j) => j > clauseEnd && j - clauseEnd <= 6 && x.norm === ')');
      if (close > 0) {
        clauseEnd = close + 1;
        continue;
      }
    }
    // nor does a quoted name: "في محطة \"لواج\" بالطفالة"
    if (w.boundary && !adjunct(clauseEnd) && !QUOTES.test(w.norm)) break;
    clauseEnd++;
  }
  // (session 16) An act cut from its clause by the next act of the same phrase, no comma between ("غارة استهدفت قياديا
  // … قرب الموصل"، "الهجوم نجم عن تفجير عبوة ناسفة في مدينة الشيخ زويد"، "القبض على شابين مورطين في انتحال … بجهة
  // وادي الليل"), shares that act's place when it names none of its own.
  let chainFrom = -1;
  let chainEnd = -1;
  const nh =
    clauseEnd === nextHit && nextHit - hit.to <= 6 ? hits.find((h) => h.from === nextHit) : undefined;
  // (not a definite noun, which refers back to an act named before: "وقالت موسكو إن الغارات جاءت ردا على قصف حلب")
  const anaphor = hit.entry.pos !== 'V' && words[hit.from]!.definite;
  if (nh && !anaphor && !VERBAL_TYPES.has(hit.type) && hit.entry.cls !== 'visit') {
    let clear = nh.type === hit.type && hit.type !== 'COOPERATE';
    for (let j = hit.to; clear && j < nextHit; j++)
      if (words[j]!.boundary && !QUOTES.test(words[j]!.norm)) clear = false;
    if (clear) {
      const bound = hits.find((h) => h.from >= nh.to)?.from ?? words.length;
      chainFrom = nh.to;
      chainEnd = nh.to;
      for (let n = 0; chainEnd < bound && n < 14; chainEnd++) {
        const w = words[chainEnd]!;
        if (QUOTES.test(w.norm)) continue;
        n++;
        if (w.boundary && !adjunct(chainEnd)) break;
      }
    }
  }
  const afterTrigger = usable.filter((p) => p.from >= hit.to && p.to <= clauseEnd);
  const beforeTrigger = usable.filter((p) => p.to <= hit.from && hit.from - p.to <= 12);
  // A noun's genitive place comes first: "هدنة إدلب"، "قصف حلب".
  // (and the object of a verb of force: "قصف مدفعي استهدف جزيرة يونبيونغ"، "داهمت مدينة بنقردان")
  const objectPlace = hit.entry.pos !== 'V' || FORCE.has(hit.type);
  const headAt = unnamed((j: number): boolean => words[j]?.keys.some((k) => PLACE_HEADS.has(k)) ?? false);
  const genitive = objectPlace
    ? afterTrigger.find((p) => p.from === hit.to || (p.from === hit.to + 1 && headAt(hit.to)))
    : undefined;
  // Without an entity, a gazetteer name is a place only where the syntax says so (بشار الجعفري is no Béchar).
  // The seat of the acting unit: "وحدات الحرس الوطني ببنزرت ... من إلقاء القبض".
  const seat = usable.find(
    (p) =>
      locative(p) &&
      p.to <= hit.from &&
      actorSpans.some(
        (a) =>
          a.end <= words[p.from]!.start &&
          // (session 9: "وحدات الحرس الوطني التابعة لإقليم نابل": the district a unit belongs to is its seat)
          /^\s*(?:و?ال(?:تابع|راجع)[ةه]?\s+)?(?:[^\s،,.]+\s+)?$/.test(
            doc.text.slice(a.end, words[p.from]!.start),
          ),
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
  // The scene named as the subject of a verb of witnessing scopes over its sentence.
  const scene = usable.find((p) => p.to <= hit.from && witnessed(p));
  // "الطريق الرابطة بين المتلوي و توزر": the ends of a road are no place of what happens on it
  // (session 6: all the places of the pair, past place heads and territories: "بين مدينتي المكنين ولاية
  // المنستير والمحرس ولاية صفاقس"; a locative, a trigger or a boundary ends the pair)
  const between = unnamed((p: PlaceMention): boolean => {
    for (let j = p.from - 1; j >= Math.max(0, p.from - 8); j--) {
      const w = words[j]!;
      if (w.norm === 'بين' || w.norm === 'وبين') return true;
      if (w.boundary || LOCATIVE.has(w.norm) || hits.some((h) => h.from <= j && j < h.to)) return false;
      if (/^و?ب/.test(w.norm) && !usable.some((q) => q.from <= j && j < q.to)) return false;
    }
    return false;
  });
  const afterLocative = afterTrigger.filter(locative);
  // (session 6) the seat of a partner ("فرقة الحرس البحري بنابل بالتعاون مع فرقة الحرس الديواني بسوسة") is
  // not where the act happens, and an act demanded ("وقفة احتجاجية بسليانة، مطالبين بإطلاق سراح …") takes no
  // place from before its demand
  const partner = unnamed((p: PlaceMention): boolean => {
    for (let j = p.from - 1; j >= Math.max(0, p.from - 8); j--) {
      const w = words[j]!;
      if (w.boundary || hits.some((h) => h !== hit && h.from === j && h.type !== 'COOPERATE')) return false;
      if (w.norm === 'مع')
        return words
          .slice(Math.max(0, j - 2), j)
          .some((x) => x.keys.some((k) => /^(?:تعاون|تنسيق|اشتراك)$/.test(k)));
    }
    return false;
  });
  const demand = hits.find(
    (h) =>
      h !== hit &&
      h.type === 'REQUEST' &&
      h.to <= hit.from &&
      !words.slice(h.to, hit.from).some((x) => x.norm === '.' || x.norm === '؛'),
  );
  const fromDemand = unnamed((p: PlaceMention): boolean => !demand || p.from >= demand.to);
  // A verbal act (a demand, a condemnation) happens where it is said: a place after it is what it is
  // about ("نرفض حسم الخلاف في ليبيا") unless it is below a country, and a place earlier in the sentence is
  // the scene of another act ("نفذوا وقفة احتجاجية بنابل للمطالبة ...").
  const verbal = VERBAL_TYPES.has(hit.type);
  // (a place right after another act is that act's: "وقف لإطلاق النار في إدلب، … غياب بيدرسون")
  const nearestBefore = beforeTrigger
    .reverse()
    .find(
      (p) =>
        locative(p) &&
        !partner(p) &&
        fromDemand(p) &&
        !hits.some((h) => h !== hit && h.type !== hit.type && h.to <= p.from && p.from - h.to <= 3),
    );
  const ownSeat = seat && !partner(seat) && fromDemand(seat) ? seat : undefined;
  let pick = verbal
    ? (afterLocative.find((p) => !p.country && !between(p)) ?? ownSeat ?? fronted)
    : (genitive ??
      afterLocative.find((p) => !between(p)) ??
      nearestBefore ??
      usable.find((p) => p.from >= chainFrom && p.to <= chainEnd && locative(p) && !between(p)) ??
      // (a name after a verbal act without a locative is its argument: "الكف عن تخريب تونس")
      afterTrigger.find((p) => p.entity !== null && !between(p)) ??
      ownSeat ??
      fronted ??
      scene);
  if (!pick) return null;
  // "بمعتمدية ملولش من ولاية المهدية": the smaller place comes first
  let k = pick.from - 1;
  if (k >= 0 && words[k]!.keys.some((x) => PLACE_HEADS.has(x))) k--;
  // (session 11: also after a comma, "بسهلول الغرابي، بولاية سوسة")
  const comma =
    (words[k]?.norm === '،' || words[k]?.norm === ',') && words[k + 1]?.keys.some((x) => TERRITORIES.has(x));
  if (k > 0 && (words[k]!.norm === 'من' || comma)) {
    const inner = usable.find((q) => q.to === k && !between(q));
    if (inner) pick = inner;
  } else {
    // "للحرس الوطني بالقصر ولاية قفصة": the place just before its territory
    const head = words[pick.from - 1]?.keys.some((x) => TERRITORIES.has(x)) ? pick.from - 1 : pick.from;
    const inner = words[head]!.keys.some((x) => TERRITORIES.has(x))
      ? usable.find((q) => q.to === head && !between(q))
      : undefined;
    if (inner) pick = inner;
  }
  // Extend back to a place head: المنطقة العازلة قرب إدلب، ريف اللاذقية، محافظة إدلب.
  let from = pick.from;
  const floor = pick.from >= hit.to ? hit.to : 0;
  for (let j = pick.from - 1; !pick.seat && j >= Math.max(floor, pick.from - 4); j--) {
    const w = words[j]!;
    if (w.boundary || inOtherPlace(j)) break;
    if (w.keys.some((k) => PLACE_HEADS.has(k))) {
      from = j;
      break;
    }
  }
  // ... and forward over a relation to a second place: "المنطقة العازلة قرب إدلب".
  let last = pick;
  const rel = words[pick.to];
  const second = usable.find(
    (p) => p.from === pick.to + 1 || (p.from === pick.to + 2 && headAt(pick.to + 1)),
  );
  if (
    rel &&
    second &&
    ['قرب', 'بالقرب', 'حول', 'شمال', 'جنوب', 'شرق', 'غرب', 'بمحيط', 'محيط'].includes(rel.norm)
  )
    last = second;
  let start = from === pick.from ? pick.start : words[from]!.start;
  // (session 16) The place phrase as written, with the places it is nested in: "بمنطقة الفايض التابعة لولاية سيدي
  // بوزيد"، "في محيط جامع عمر بن الخطاب بسوسة"، "في محطة للقطارات بالعاصمة باريس". The chosen place keeps its
  // coordinates; the name runs back over a smaller place or a building before it and on over the larger place after it.
  let end = last.end;
  const text = doc.text;
  const floorStart = pick.from >= hit.to ? words[hit.to - 1]!.end : 0;
  for (let n = 0; n < 2; n++) {
    const q = usable.find(
      (x) =>
        x.end <= start &&
        x.start >= floorStart &&
        !x.country &&
        NESTED.test(text.slice(x.end, start)) &&
        !between(x),
    );
    if (!q) break;
    start = q.from > 0 && headAt(q.from - 1) && !q.seat ? words[q.from - 1]!.start : q.start;
  }
  if (start === (from === pick.from ? pick.start : words[from]!.start)) {
    // a building or a landmark named before the place it stands in: "جامع عمر بن الخطاب بسوسة"، "متحف اللوفر في …"
    const at = words.findIndex((w) => w.start >= start);
    const linked = at > 0 && /^\s*(?:في|ب)?$/.test(text.slice(words[at - 1]!.end, start));
    for (let j = at - 1, n = 0; linked && j >= 0 && n < 5; j--, n++) {
      const w = words[j]!;
      if (w.boundary || LOCATIVE.has(w.norm) || hits.some((h) => h.from <= j && j < h.to)) break;
      if (j < at - 1 && w.keys.some((k) => BUILDING_HEADS.has(k))) {
        // (past a clitic: "بالمستشفى الجهوي بسليانة" → "المستشفى …")
        const cut = /^و?[بل](?=ال)|^و?ب(?=[^ا])/.exec(text.slice(w.start, w.end));
        start = w.start + (cut && !BUILDING_HEADS.has(w.norm) ? cut[0].length : 0);
        break;
      }
    }
  }
  for (let n = 0; n < 2; n++) {
    const r = usable.find((x) => x.start >= end && NESTED.test(text.slice(end, x.start)) && !x.country);
    if (!r) break;
    end = r.end;
  }
  const lat = pick.lat ?? last.lat;
  const lon = pick.lon ?? last.lon;
  const en = last !== pick && pick.en === null ? (last.en ? `near ${last.en}` : null) : pick.en;
  return {
    place: { entity: pick.entity ?? last.entity, name: doc.text.slice(start, end), lat, lon },
    en,
  };
}

/**
 * What may stand between a place and the larger place it lies in (session 16): a comma, من، التابعة ل، الواقعة ب، a
 * territory's head, the clitic ب ("بحي النور بالقصرين"، "بمعتمدية ملولش من ولاية المهدية"، "بالقصر ولاية قفصة").
 */
const NESTED =
  /^\s*(?:[،,]\s*(?!في\s))?(?:من\s+|(?:وال|ال)(?:تابع|راجع|واقع|كائن)[ةه]?\s+)?(?:في\s+|و?[بل](?=\S))?(?:(?:ال)?(?:ولاي[ةه]|معتمدي[ةه]|محافظ[ةه]|مدين[ةه]|منطق[ةه]|بلدي[ةه]|عماد[ةه]|جه[ةه]|إقليم|اقليم|عاصم[ةه])\s+)?(?:ال)?$/;
/** Buildings and landmarks named before the place they stand in: "جامع عمر بن الخطاب بسوسة". */
const BUILDING_HEADS = new Set([
  'جامع',
  'مسجد',
  'كنيسه',
  'ملعب',
  'متحف',
  'ثكنه',
  'مستشفي',
  'فندق',
  'نزل',
  'مقر',
  'قصر',
  'مطار',
  'ميناء',
  'سجن',
  'شارع',
  'نهج',
  'ساحه',
  'محطه',
  'مدرسه',
  'معهد',
  'جامعه',
  'كليه',
  'سوق',
  'مصنع',
  'وزاره',
]);

/** Does the word open a locative phrase: في، قرب، بمدينة، بولاية، بسوسة? */
function startsLocative(w: Word | undefined): boolean {
  if (!w || w.boundary) return false;
  if (['في', 'وفي', 'قرب', 'بالقرب', 'داخل'].includes(w.norm)) return true;
  return /^و?ب/.test(w.norm) && w.keys.some((k) => PLACE_HEADS.has(k));
}

function stripAl(w: string): string {
  return w.startsWith('ال') ? w.slice(2) : w;
}
