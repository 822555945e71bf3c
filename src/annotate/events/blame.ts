/**
 * Blame put on someone (session 12, international news): "رجحت السلطات التركية أن يكون التنظيم وراء الهجوم"، "تعتقد
 * الشرطة أن تكون الجماعة وراء التفجير". Saying that someone is behind an act is an accusation (ACCUSE) of the one
 * named between the copula and "وراء", by the speaker. The hit is the copula, read as a verb whose object is the
 * one blamed. Not after a denial ("نفى أن يكون …"، "استبعد أن يكون …"): the speaker then clears them.
 */
import type { TriggerEntry } from './lexicon.js';
import type { TriggerHit } from './triggers.js';
import type { Word } from './words.js';

/** The copula after أن: "أن يكون"، "أن تكون"، "أن يكونوا". */
export const COPULA = /^(?:يكون|تكون|يكونوا|يكونا|تكونا)$/;
/** The complementiser before it. */
const THAT = /^[و]?(?:ان|بان)$/;
/** Verbs of denial or doubt before the complementiser. */
const DENIAL = /^[وف]?(?:نفي|نفت|نفوا|ينفي|تنفي|استبعد|استبعدت|يستبعد|تستبعد|لا|لم|لن)$/;

/** Nouns of cause before وراء: "الدافع وراء"، "السبب وراء". */
const CAUSE = /^(?:ال)?(?:دافع|دوافع|سبب|اسباب|هدف|اهداف|سر|حقيقي|حقيقيه|رئيسي|رئيسيه)$/;

const BLAME: TriggerEntry = {
  type: 'ACCUSE',
  mode: 'disapprove',
  cls: 'blame',
  args: ['obj'],
  pos: 'N',
  rest: [],
  source: 'curated',
};

/** Hits for "أن يكون X وراء …" added to `hits` (in word order); `hits` itself when there is none. */
export function blameBehind(words: readonly Word[], hits: TriggerHit[]): TriggerHit[] {
  let out: TriggerHit[] | null = null;
  for (let i = 1; i < words.length - 2; i++) {
    const w = words[i]!;
    if (!COPULA.test(w.norm) || !THAT.test(words[i - 1]!.norm)) continue;
    let denied = false;
    for (let k = i - 2; k >= Math.max(0, i - 6) && !words[k]!.boundary && !denied; k--)
      denied = DENIAL.test(words[k]!.norm);
    if (denied) continue;
    let behind = -1;
    for (let k = i + 2; k < Math.min(words.length, i + 6); k++) {
      const x = words[k]!;
      if (x.boundary) break;
      if (x.norm === 'وراء') {
        // ("أن تكون الأسباب هي الدافع وراء استقالته": the motive behind an act blames no one)
        if (!CAUSE.test(words[k - 1]!.norm)) behind = k;
        break;
      }
    }
    if (behind < 0 || hits.some((h) => h.from <= i && i < h.to && h.type === 'ACCUSE')) continue;
    out ??= hits.slice();
    out.push({ from: i, to: i + 1, entry: BLAME, type: BLAME.type, mode: BLAME.mode });
  }
  if (!out) return hits;
  return out.sort((a, b) => a.from - b.from);
}
