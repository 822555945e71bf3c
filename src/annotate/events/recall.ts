import type { TriggerEntry } from './lexicon.js';
import type { Word } from './words.js';

/**
 * (session 12) Context checks for triggers added for event-type recall (docs/EVENTS.md, "Event-type recall, session
 * 12"), kept apart from the argument and actor rules.
 */

/** What follows من when it names the agent or a purpose, not what someone is kept from ("يمنعه من ذلك": a rule). */
const NOT_PREVENTED = /^(?:جانب|قبل|طرف|اجل|خلال|بين|حيث|ذلك|هذا|هذه)$/;
/** Words that turn منع into a goal shared with another verb ("لمنع أو الحد من"). */
const OR = /^(?:او|ام)$/;

/**
 * "منعها من البث"، "منعت الجماهير من الدخول"، "تريد منع المهاجرين من الوصول": someone is kept from doing something
 * when من and the act come within three words after the trigger; not "منع انتشار الوباء"، "لمنع
 * أو الحد من السرقة"، "منع التلاعب بالشباب من جانب العائلات".
 */
export function keptFrom(entry: TriggerEntry, words: readonly Word[], end: number): boolean {
  if (entry.cls !== 'ban') return true;
  for (let k = end; k < Math.min(words.length - 1, end + 4); k++) {
    const w = words[k]!;
    if (w.boundary || OR.test(w.norm)) return false;
    if (w.norm !== 'من') continue;
    const act = words[k + 1]!;
    return !act.boundary && !/^\d/.test(act.norm) && !act.keys.some((x) => NOT_PREVENTED.test(x));
  }
  return false;
}

/** Verbs that carry out an investigation named by its noun: "تم التحقيق"، "سيتم التحقيق"، "تعهدت الفرقة بالبحث". */
const CARRIED_BEFORE =
  /^[وف]?(?:تم|يتم|سيتم|تمت|ستتم|قام|قامت|باشر|باشرت|يباشر|تباشر|شرع|شرعت|تعهد|تعهدت|انطلق|انطلقت|بدات|بدا|تولي|تولت|تتولي|يتولي|اجراء|استكمال|مواصله)$/;
/** …or after it: "التحقيقات ستجري"، "التحقيق سيتم". */
const CARRIED_AFTER = /^(?:يجري|تجري|ستجري|سيجري|تتم|ستتم|يتم|سيتم)$/;
/** Nouns that name an inquiry whatever follows "في" or "مع" (not بحث: "بحث سبل التعاون" is talks). */
const INQUIRY = new Set(['تحقيق', 'تحقيقات', 'تحريات', 'تحري']);

/**
 * An investigation noun whose required context ("متواصلة"، "جارية") is missing is still an act when a verb carries it
 * out ("تم التحقيق مع"، "سيتم التحقيق في"، "باشرت الفرقة البحث في الموضوع"، "التحقيقات ستجري")، when an
 * inquiry is "into" or "with" someone ("التحقيق في الحادثة"). A sweep (تمشيط) keeps its required context: it is often
 * a routine patrol.
 */
export function carriedOutInquiry(
  entry: TriggerEntry,
  words: readonly Word[],
  from: number,
  end: number,
): boolean {
  if (entry.cls !== 'investigation' || entry.pos !== 'N' || end !== from + 1) return false;
  const w = words[from]!;
  const before = [words[from - 1], words[from - 2]];
  if (before.some((x) => x !== undefined && !x.boundary && CARRIED_BEFORE.test(x.norm))) return true;
  const next = words[end];
  if (!next || next.boundary) return false;
  if (CARRIED_AFTER.test(next.norm)) return true;
  return (next.norm === 'في' || next.norm === 'مع') && w.keys.some((k) => INQUIRY.has(k));
}

/**
 * A verb form no noun shares: the past plural in ـوا ("من انتقدوا الخطاب"، "ممن شاركوا"). After a preposition a form
 * like قصف reads as the noun, but "من" + such a form is the relative "who" and a verb.
 */
export function plainlyVerbal(key: string): boolean {
  return key.length > 4 && key.endsWith('وا');
}
