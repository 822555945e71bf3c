/**
 * Nationals named by their nationality alone (session 12, international news): "إلقاء القبض على تونسي"، "اعتداء ضد
 * سوريين"، "اشتباكات بين ليبيين". A nisba used as a noun — indefinite, right after a preposition of the act's patient
 * — is a person of that country, coded with the bare country (TUN, LBY), as foreign private persons are coded.
 * (Not after a number: "قتل 3 سوريين" reads as well with them as the subject, and the argument rules would take them
 * for the agent.) The same nisba after a noun is an adjective of that noun (الشرطة التونسية), left to actors.ts.
 */
import { adjectiveCountry, type ActorMention } from './actors.js';
import type { EventLexicon } from './lexicon.js';
import type { Word } from './words.js';

/** Prepositions before a patient or a party: "على تونسي"، "ضد سوريين"، "بين تونسيين"، "مع ليبي". */
const SLOT = new Set(['علي', 'ضد', 'بين', 'مع']);
/** Nisbas that are as often common words: "مالي" (financial). */
const COMMON = new Set(['مالي', 'ماليه', 'ماليين']);

/**
 * The actors of a window with the nationals it names added (in word order). Returns `actors` itself when there
 * is none, which is most windows.
 */
export function withNationals(
  words: readonly Word[],
  lex: EventLexicon,
  actors: ActorMention[],
): ActorMention[] {
  let out: ActorMention[] | null = null;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w.definite || w.boundary || w.prep || w.possessive) continue;
    const prev = words[i - 1]!.norm;
    if (!SLOT.has(prev)) continue;
    if (COMMON.has(w.norm)) continue;
    const iso3 = adjectiveCountry(w, lex);
    if (!iso3) continue;
    if (actors.some((a) => a.from <= i && i < a.to)) continue;
    out ??= actors.slice();
    out.push({
      from: i,
      to: i + 1,
      start: w.start,
      end: w.end,
      code: iso3,
      country: iso3,
      // (a private person: no nisba adjective of the act, and the patient where a person is)
      sector: 'CVL',
      entity: null,
      isCountry: false,
      capital: false,
      adjectival: false,
    });
  }
  if (!out) return actors;
  return out.sort((a, b) => a.from - b.from);
}
