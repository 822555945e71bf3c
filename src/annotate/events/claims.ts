/**
 * Claims of responsibility (session 12): who an act of force is credited to by a clause after its noun.
 *
 * - "هجمات في مواقع مختلفة من باريس تبناها تنظيم داعش"، "جرائم ارتكبها داعش الإرهابي": a verb of claiming or doing
 *   that carries the noun's pronoun, a few words after the noun (past its complements), has the noun's agent as
 *   its subject — with or without a relative pronoun;
 * - "هجمات إرهابية يقف خلفها تنظيم داعش"، "الهجوم الذي تقف وراءه الجماعة": whoever stands behind the act did it.
 *
 * Kept apart from the general argument rules (args.ts, charge.ts): it only ever names the agent of ASSAULT-like
 * acts, and it wins over an agent found by proximity ("نشرت لوبان صورا لمجازر ارتكبها داعش": Daech, not Le Pen).
 */
import type { ActorMention } from './actors.js';
import type { TriggerHit } from './triggers.js';
import type { Word } from './words.js';

/** Verbs of claiming or committing, with the pronoun of the act: "تبناها"، "ارتكبها"، "نفذه"، "تبنته". */
const CLAIMING =
  /^(?:و)?(?:تبن|[تي]تبن|ارتكب|[تي]رتكب|نفذ|[تي]نفذ|شن|[تي]شن)(?:ا|ي|ت|ته|وا|اه|اها|اهما|ها|ه|هما|هم|تها|وه|وها)$/;
/** "يقف خلفها"، "تقف وراءه": the verb of standing, then the preposition with the act's pronoun. */
const STANDING = /^(?:و)?(?:وقف|وقفت|[يت]قف|[يت]قفون)$/;
const BEHIND = /^(?:خلف|وراء|وراء)(?:ه|ها|هما|هم)$/;
/** Quotes and the head nouns of armed groups before their name. */
const SKIP = /^(?:["«»“”]|تنظيم|جماعه|حركه|ميليشيا|ميليشيات)$/;
const RELATIVE = new Set(['الذي', 'التي', 'اللذين', 'اللتين', 'اللذان', 'اللتان']);
/** Words a claim's search does not cross: another verb of saying or a clause conjunction. */
const STOP = /^(?:و?(?:قال|قالت|اكد|اكدت|اضاف|اضافت|اعلن|اعلنت)|ان|أن|لكن|بينما|حيث)$/;

/** How far past the act's noun the claiming verb may stand (its complements: "في مواقع مختلفة من العاصمة …"). */
const WINDOW = 9;

/** Whether the act's noun is one a claim can be about (an act of force, not a statement). */
const CLAIMABLE = new Set(['ASSAULT', 'COERCE', 'THREATEN']);

/**
 * The agent a claim of responsibility names for the act at `hit`, or null. Only nouns: a verb has its own subject.
 */
export function claimedBy(
  words: readonly Word[],
  hit: TriggerHit,
  actors: readonly ActorMention[],
): ActorMention | null {
  if (hit.entry.pos === 'V' || !CLAIMABLE.has(hit.type)) return null;
  const end = Math.min(words.length, hit.to + WINDOW);
  for (let j = hit.to; j < end; j++) {
    const w = words[j]!;
    if (w.boundary && !/^["«»“”']$/.test(w.norm)) {
      // a comma or a full stop ends the noun's phrase
      return null;
    }
    if (STOP.test(w.norm)) return null;
    let subjectAt = -1;
    if (CLAIMING.test(w.norm)) subjectAt = j + 1;
    else if (STANDING.test(w.norm) && BEHIND.test(words[j + 1]?.norm ?? '')) subjectAt = j + 2;
    else if (RELATIVE.has(w.norm)) continue;
    if (subjectAt < 0) continue;
    // (past an opening quote and the group's head noun: تبناها تنظيم "داعش"; or the phrase starts there)
    for (let k = 0; k < 4 && subjectAt < words.length; k++, subjectAt++) {
      const subject = actors.find((a) => a.from === subjectAt && !a.adjectival && !words[subjectAt]!.prep);
      if (subject) return subject;
      if (!SKIP.test(words[subjectAt]!.norm)) break;
    }
    return null;
  }
  return null;
}
