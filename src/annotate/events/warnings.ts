/**
 * Warnings addressed to someone (session 12, international news). "حذّر" with no one addressed ("حذر الخبراء من …")
 * is a warning of a response (THREATEN, senses.ts) or nothing; addressed, it is an act towards the addressee:
 *
 * - to another state: "روسيا حذرت الولايات المتحدة وتركيا قبل إطلاق الصواريخ"، "حذرت الولايات المتحدة دولة الكويت
 *   من احتمال تعرضها لاعتداء" — intelligence shared, COOPERATE;
 * - to one's own people: "حذرت الإمارات مواطنيها من السفر إلى بريطانيا"، "حذر الفريق مشجعيه" — a travel advisory,
 *   REQUEST.
 *
 * The addressee is the verb's direct object: the first actor after it when its subject stands before it, else the
 * one after its subject.
 */
import type { Event } from '../../doc/index.js';
import type { ActorMention } from './actors.js';
import { coordinated } from './args.js';
import type { TriggerEntry } from './lexicon.js';
import type { TriggerHit } from './triggers.js';
import type { Word } from './words.js';

/** The verb of warning, past or imperfect, with its conjunction. */
export const WARN = /^[وف]?(?:حذر|حذرت|حذروا|حذرا|حذرتا|يحذر|تحذر|يحذرون)$/;
/** One's own people as the object: "مواطنيها"، "رعاياه"، "مشجعيه"، "جاليتها". */
const OWN_PEOPLE =
  /^(?:مواطني|رعايا|مشجعي|جالي|انصار|سكان|مسافري|سياح)(?:ه|ها|هم)$|^(?:جاليته|جاليتها|جالياتها)$/;

/** Words that end the search for a direct object: prepositions and complementisers. */
const NOT_OBJECT = /^[وف]?(?:من|في|علي|الي|عن|ان|بان|انه|انها|مع|بعد|قبل|خلال)$/;

const SHARED: TriggerEntry = {
  type: 'COOPERATE',
  mode: 'intelligence',
  cls: 'warning-shared',
  args: ['obj'],
  pos: 'V',
  rest: [],
  source: 'curated',
};
const ADVISED: TriggerEntry = {
  type: 'REQUEST',
  mode: null,
  cls: 'advisory',
  args: ['obj'],
  pos: 'V',
  rest: [],
  source: 'curated',
};

/** A state (or its government) as a whole: "الولايات المتحدة"، "دولة الكويت"، "روسيا". */
function isState(a: ActorMention): boolean {
  return !a.adjectival && (a.isCountry || a.capital || /^[A-Z]{3}$/.test(a.code) || a.code.endsWith('GOV'));
}

/**
 * Hits for warnings addressed to a state or to one's own people, added to `hits` (in word order); `hits` itself
 * when there is none. `actorsOf` is called only for a window holding the verb.
 */
export function addressedWarnings(
  words: readonly Word[],
  hits: TriggerHit[],
  actorsOf: () => readonly ActorMention[],
): TriggerHit[] {
  let out: TriggerHit[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.norm.includes('حذر') || !WARN.test(w.norm)) continue;
    // (a warning of a response already read stays one)
    if (hits.some((h) => h.from <= i && i < h.to)) continue;
    const actors = actorsOf();
    const before = actors.find((a) => a.to === i && !a.adjectival);
    let j = i + 1;
    if (!before) {
      // the subject after the verb
      const subject = actors.find((a) => a.from === j && !a.adjectival);
      if (!subject) continue;
      j = subject.to;
    }
    // (past a time phrase or an adjective of the subject: "حذرت الإمارات يوم الأحد مواطنيها")
    let entry: TriggerEntry | null = null;
    for (let k = j; k < Math.min(words.length, j + 4) && !entry; k++) {
      const x = words[k]!;
      if (x.boundary || NOT_OBJECT.test(x.norm)) break;
      if (OWN_PEOPLE.test(x.norm)) entry = ADVISED;
      const object = actors.find((a) => a.from === k);
      if (object) {
        if (!x.prep && isState(object)) entry = SHARED;
        break;
      }
    }
    if (!entry) continue;
    out ??= hits.slice();
    out.push({ from: i, to: i + 1, entry, type: entry.type, mode: entry.mode });
  }
  if (!out) return hits;
  return out.sort((a, b) => a.from - b.from);
}

/**
 * A warning shared with several states is one act towards each ("حذرت روسيا الولايات المتحدة وتركيا وإسرائيل"):
 * one event per addressee, as the annotation codes it. `regloss` rewrites a copy's gloss. Returns `[e]` otherwise.
 */
export function perAddressee(e: Event, shared: boolean, regloss: (copy: Event) => void): Event[] {
  if (!shared || e.targets.length < 2) return [e];
  return e.targets.map((t) => {
    const copy: Event = { ...e, targets: [t], evidence: [...e.evidence] };
    regloss(copy);
    return copy;
  });
}

/** The addressees of a shared warning: its object with the states coordinated after it ("الولايات المتحدة وتركيا وإسرائيل"). */
export function addressees(
  words: readonly Word[],
  actors: readonly ActorMention[],
  targets: ActorMention[],
): ActorMention[] {
  if (targets.length !== 1) return targets;
  const all = coordinated(words, actors, targets[0]!);
  return all.length > 1 && all.every(isState) ? all : targets;
}
