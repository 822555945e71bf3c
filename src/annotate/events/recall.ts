import type { TriggerEntry } from './lexicon.js';
import type { Word } from './words.js';

/**
 * (session 12) Context checks for triggers added for event-type recall (docs/EVENTS.md, "Event-type recall, session
 * 12"), kept apart from the argument and actor rules.
 */

/** What follows من when it names the agent or a purpose, not what someone is kept from. */
const NOT_PREVENTED = /^(?:جانب|قبل|طرف|اجل|خلال|بين|حيث)$/;
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
