import type { ActorMention } from './actors.js';
import { CLAUSE_AUXILIARIES, fitsType } from './dropped-subject.js';
import type { TriggerHit } from './triggers.js';
import type { Word } from './words.js';

/**
 * Session 16: an act named in an adjunct of its clause is done by the clause's subject, however far before it
 * that subject stands: an adjunct of time ("قام الجيش بقتل عدد من المقاتلين خلال المواجهات"، "عبر عدد من الأهالي
 * … عن تذمرهم … خلال وقفات احتجاجية") or of purpose, an accusative verbal noun with its complement ("وقطعت الشركة
 * التيار الكهربائي … رفضا لفرض"، "أغلق مواطنون الطريق … للاحتجاج على").
 */

/** Words before an act noun that make it an adjunct of time of the clause: during. */
const DURING = new Set(['خلال', 'اثناء', 'وخلال', 'واثناء']);
/** Complementisers and relatives that open a clause inside the sentence. */
const CLAUSE_OPENERS = new Set([
  'ان',
  'بان',
  'وان',
  'انه',
  'انها',
  'انهم',
  'بانه',
  'بانها',
  'الذي',
  'التي',
  'الذين',
  'حيث',
  'بعدما',
  'عندما',
  'لما',
  'فيما',
  'بينما',
  'حين',
]);
const FULL_STOPS = new Set(['.', '!', '؟', '?', ':', '؛']);
/** Auxiliaries and conjunctions before the verb or the subject that opens a clause. */
const OPENERS = CLAUSE_AUXILIARIES;
/** Prepositions after which a phrase is no subject. */
const PREPS = /^و?(?:في|من|علي|الي|عن|مع|بعد|قبل|خلال|اثر|عقب|حسب|وفق|لدي|ضد|حول|بين|منذ)$/;

/** Nouns of quantity a subject may open with before من: "عدد من الأهالي"، "مجموعة من الشبان". */
const PARTITIVES = new Set([
  'عدد',
  'مجموعه',
  'بعض',
  'العديد',
  'عشرات',
  'مئات',
  'الاف',
  'معظم',
  'اغلب',
  'جمع',
]);

/** "عدد من": من at i - 1 after a noun of quantity. */
function partitiveBefore(words: readonly Word[], i: number): boolean {
  return words[i - 1]?.norm === 'من' && PARTITIVES.has(words[i - 2]?.norm ?? '');
}

/** True when the act noun stands in an adjunct of time or purpose of its clause. */
export function inAdjunct(words: readonly Word[], hit: TriggerHit): boolean {
  if (hit.entry.pos === 'V') return false;
  const w = words[hit.from]!;
  const before = words[hit.from - 1]?.norm ?? '';
  // "خلال المواجهات"، "خلال وقفات احتجاجية" (not "من خلال": a means)
  if (DURING.has(before) && words[hit.from - 2]?.norm !== 'من') return true;
  // "رفضا لفرض …"، "احتجاجا على …": an indefinite verbal noun in the accusative with its complement
  const next = words[hit.to]?.norm ?? '';
  if (
    hit.to - hit.from === 1 &&
    !w.definite &&
    w.prep === null &&
    /^[^و].{2,}ا$/.test(w.norm) &&
    !w.norm.endsWith('وا') &&
    (next === 'علي' || next === 'عن' || /^ل/.test(next))
  )
    return true;
  // "، للاحتجاج على …"، "، للمطالبة بـ…": a purpose with ل, set off by a comma (after a noun, "أكبر عدد للاعتداءات"،
  // "الضوء الأخضر للهجوم", ل is the noun's genitive)
  return (
    w.prep === 'ل' &&
    w.definite &&
    (before === '،' || before === ',') &&
    (next === 'علي' || next === 'عن' || /^ب/.test(next))
  );
}

/**
 * The subject of the clause the word at `at` stands in: from the nearest clause start before it (the sentence's
 * start, a complementiser or a relative), past openers, the actor phrase that opens the clause (SVO) or the one
 * right after its verb (VSO, within three words). A phrase after a preposition is none.
 */
export function clauseSubject(
  words: readonly Word[],
  actors: readonly ActorMention[],
  at: number,
): ActorMention | undefined {
  let c = at - 1;
  while (c >= 0 && !FULL_STOPS.has(words[c]!.norm) && !CLAUSE_OPENERS.has(words[c]!.norm)) c--;
  c++;
  while (c < at && OPENERS.has(words[c]!.norm)) c++;
  if (c >= at || PREPS.test(words[c]!.norm) || words[c]!.prep !== null) return undefined;
  const free = (a: ActorMention): boolean =>
    !a.adjectival &&
    words[a.from]!.prep === null &&
    (!PREPS.test(words[a.from - 1]?.norm ?? '') || partitiveBefore(words, a.from));
  // SVO: the clause opens with the phrase ("إن الجيش الليبي قام …")
  const first = actors.find((a) => a.from === c && a.to <= at);
  if (first) return free(first) ? first : undefined;
  // VSO: the phrase right after the verb, past adverbs of time ("أغلق مواطنون صباح اليوم …")
  for (let k = c + 1; k <= c + 3 && k < at; k++) {
    const w = words[k]!;
    if (w.boundary || (PREPS.test(w.norm) && !partitiveBefore(words, k + 1))) return undefined;
    const a = actors.find((x) => x.from === k && x.to <= at);
    if (a) return free(a) ? a : undefined;
  }
  return undefined;
}

/** The agent of an act in an adjunct of its clause: the clause's subject, when it fits the act. */
export function adjunctAgent(
  words: readonly Word[],
  actors: readonly ActorMention[],
  hit: TriggerHit,
  targets: readonly ActorMention[],
): ActorMention | undefined {
  if (!inAdjunct(words, hit)) return undefined;
  const a = clauseSubject(words, actors, hit.from);
  if (!a || !fitsType(hit.type, a) || targets.some((t) => t.from === a.from && t.to === a.to))
    return undefined;
  // (a name that says nothing of whom it stands for, a town named for its governorate, is none)
  if ((!a.person && a.code.startsWith('UNK')) || a.capital || a.isCountry) return undefined;
  return a;
}
