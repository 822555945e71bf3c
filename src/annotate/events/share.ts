import type { EventLexicon } from './lexicon.js';
import type { TriggerHit } from './triggers.js';
import type { Word } from './words.js';

/**
 * Acts that share the agent of the act before them in the same sentence although no subject is written for them
 * (session 5, written against unseen text).
 */

/** Words after a verb that show it has no subject of its own: a preposition or a clause. */
const NO_SUBJECT = new Set(['الي', 'علي', 'في', 'عن', 'ان', 'بان', 'انه', 'انها', 'الى', 'بضروره', 'ضروره']);
/** Acts that are said or asked: a circumstantial participle of them ("مطالبين"، "داعيا") is its subject's. */
const SAID_TYPES = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'SUPPORT', 'THREATEN', 'AGREE', 'CONCEDE']);
const CLAUSE_END = new Set(['.', '!', '؟', '?', ':', '؛']);

/**
 * "عبر الاتحاد عن رفضه … ويدعو إلى"، "أكدت النقابة … ودعت إلى": a verb joined by و that has no subject after it
 * (a preposition or a clause follows) continues the subject of the act before it.
 */
export function coordinatedVerb(words: readonly Word[], hit: TriggerHit, before: TriggerHit): boolean {
  if (hit.entry.pos !== 'V' || hit.from <= before.to) return false;
  const w = words[hit.from]!;
  const joined = /^[وف]/.test(w.norm) || ['و', 'ثم', 'كما'].includes(words[hit.from - 1]?.norm ?? '');
  if (!joined) return false;
  const next = words[hit.to];
  if (!next || !(NO_SUBJECT.has(next.norm) || next.prep === 'ب' || /^ب/.test(next.norm))) return false;
  return sameClause(words, before, hit);
}

/** No full stop between two acts. */
export function sameClause(words: readonly Word[], before: TriggerHit, hit: TriggerHit): boolean {
  return before.to <= hit.from && !words.slice(before.to, hit.from).some((x) => CLAUSE_END.has(x.norm));
}

/** "استنكروا … مطالبين سلطة الإشراف"، "ندد … داعيا إلى": a participle says what the subject of the clause does. */
export function participle(words: readonly Word[], hit: TriggerHit): boolean {
  if (hit.entry.pos === 'V' || !SAID_TYPES.has(hit.type)) return false;
  const w = words[hit.from]!;
  if (w.definite || w.prep !== null) return false;
  const bare = w.norm.replace(/^و/, '');
  return /^(?:م.{3,}(?:ين|ون|ا)|داعي(?:ا|ين|ن))$/.test(bare);
}

/** Acts of force whose agent a nationality adjective after the noun names: "الغارة الأمريكية". */
const FORCE_BY_COUNTRY = new Set(['ASSAULT', 'COERCE', 'MOBILIZE']);

/**
 * "الغارة الأمريكية"، "الغارات الروسية"، "التعزيزات العسكرية الجزائرية": a country adjective right after a noun of
 * force names its agent, that country's military for attacks and troops (the state for arrests).
 * Returns the adjective's word index and its code, or null.
 */
export function nisbaAgentOf(
  words: readonly Word[],
  hit: TriggerHit,
  countryOf: (w: Word) => string | null,
): { at: number; country: string; code: string } | null {
  if (hit.entry.pos === 'V' || !FORCE_BY_COUNTRY.has(hit.type)) return null;
  const noun = words[hit.from]!;
  // (past one sector adjective: "التعزيزات العسكرية الجزائرية")
  for (let at = hit.to; at <= hit.to + 1 && at < words.length; at++) {
    const w = words[at]!;
    if (w.boundary || w.definite !== noun.definite) return null;
    const country = countryOf(w);
    if (country) {
      const sector = hit.type === 'COERCE' ? '' : 'MIL';
      return { at, country, code: country + sector };
    }
    if (!/(يه|ي)$/.test(w.norm)) return null;
  }
  return null;
}

/** Forces that a news outlet names "national" when they are its own country's. */
const NATIONAL_FORCES = new Set(['حرس', 'جيش', 'دفاع']);

/**
 * "الحرس الوطني"، "الجيش الوطني"، "وزارة الدفاع الوطني" with no country after them name the publication's own
 * country's forces (a foreign one is named with its country: "الجيش الوطني الليبي").
 */
export function namesNationalForces(words: readonly Word[], lex: EventLexicon): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i + 1]!.norm !== 'الوطني' || !words[i]!.keys.some((k) => NATIONAL_FORCES.has(k))) continue;
    const next = words[i + 2];
    const foreign =
      next !== undefined &&
      next.keys.some(
        (k) => lex.adjectives.has(k) || lex.adjectives.has(k.replace(/ه$/, '')) || lex.countryNames.has(k),
      );
    if (!foreign) return true;
  }
  return false;
}

const QUOTE = /^["«»“”']$/;
const REPORTER = new Set(['مراسل', 'مراسله', 'مراسلنا', 'مراسلتنا']);
const STATEMENT = new Set(['تصريح', 'تصريحات', 'حديث']);

/** The word before `i`, past quotes. */
function beforeQuotes(words: readonly Word[], i: number): number {
  let j = i - 1;
  while (j >= 0 && QUOTE.test(words[j]!.norm)) j--;
  return j;
}

/**
 * "في تصريح لمراسل \"الجوهرة أف أم\""، "وبحسب مراسلة الإذاعة"، "في تصريح للجوهرة": the reporter and the outlet a
 * statement is made to are no party to what is said.
 */
export function inMediaAdjunct(words: readonly Word[], from: number): boolean {
  const first = words[from]!;
  if (first.keys.some((k) => REPORTER.has(k)) && /^و?ل/.test(first.norm)) return true;
  const prev = words[beforeQuotes(words, from)];
  if (!prev) return false;
  if (prev.keys.some((k) => REPORTER.has(k))) return true;
  return prev.keys.some((k) => STATEMENT.has(k)) && /^ل/.test(first.norm);
}

/**
 * Names of news media (normalised): "الجوهرة أف أم"، "إذاعة صفاقس"، "وكالة تونس إفريقيا للأنباء"، "قناة الجزيرة"،
 * "صحيفة الشروق". Session 6: the outlet a statement is made to is no actor, and its name is no mention of its
 * country ("صرح به للجوهرة أف أم" in a report about Algeria).
 */
const MEDIA_NAME =
  /(?:^|\s)اف\s?ام$|^[وبل]?(?:ال|لل)?(?:اذاعه|قناه|صحيفه|جريده|يوميه|اسبوعيه|مجله)(?:\s|$)|للانباء$/;
export function isMediaName(norm: string): boolean {
  return MEDIA_NAME.test(norm.replace(/["«»“”']/g, '').trim());
}

/**
 * A media name after ل (also past a quote: ل"الجوهرة أف أم"): the outlet a statement is made to.
 */
export function toMediaOutlet(words: readonly Word[], from: number, norm: string): boolean {
  if (!isMediaName(norm)) return false;
  if (/^و?ل/.test(words[from]!.norm)) return true;
  const prev = words[beforeQuotes(words, from)];
  return prev !== undefined && (prev.norm === 'ل' || prev.norm === 'و ل' || /^و?ل$/.test(prev.norm));
}

/**
 * "أفاد مراسل \"الجوهرة أف أم\" بالكاف"، "لمراسلنا بسوسة": a place right after a reporter (and the outlet's name)
 * is where the reporter is, not where the event happens.
 */
export function reporterSeat(
  words: readonly Word[],
  from: number,
  isTrigger: (j: number) => boolean,
): boolean {
  // (session 11) also "لمراسل الجوهرة أف أم في المهدية"، "لمراسلة (وات) بمدنين"
  let start = from - 1;
  if (!/^و?ب/.test(words[from]!.norm)) {
    if (words[from - 1]?.norm !== 'في') return false;
    start = from - 2;
  }
  for (let j = start, n = 0; j >= 0 && n < 5; j--) {
    const w = words[j]!;
    if (QUOTE.test(w.norm) || /^[()]$/.test(w.norm)) continue;
    if (w.boundary || isTrigger(j)) return false;
    n++;
    if (w.keys.some((k) => REPORTER.has(k))) return true;
  }
  return false;
}

/** Participles of expressing a stance: "معبرا عن رفضه"، "مؤكدا رفضه"، "مجددين مساندتهم". */
const EXPRESSING = /^و?(?:معبر|معرب|مؤكد|مجدد|مبدي|معلن)(?:ا|ين|ون|ه)?$/;

/** "معبرا عن رفضه إقحام الجيش": a stance noun with a possessive after a participle of expressing. */
export function expressedByParticiple(words: readonly Word[], hit: TriggerHit): boolean {
  if (hit.entry.pos === 'V' || !SAID_TYPES.has(hit.type) || !words[hit.from]!.possessive) return false;
  const prev = words[hit.from - 1];
  if (!prev) return false;
  if (EXPRESSING.test(prev.norm)) return true;
  return prev.norm === 'عن' && EXPRESSING.test(words[hit.from - 2]?.norm ?? '');
}

const RELATIVE_PRONOUNS = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان']);
const AUX = new Set(['كان', 'كانت', 'كانوا', 'قد', 'لقد']);

/**
 * "الصحفيين الذين اتهموه"، "النائب غازي الشواشي الذي كان قد اتهم": a verb after a relative pronoun has the phrase
 * before the pronoun as its subject (with the office of a person named in apposition). Returns those actors.
 */
export function relativeSubject<
  A extends { from: number; to: number; person?: boolean; sector: string | null },
>(words: readonly Word[], hit: TriggerHit, actors: readonly A[]): A[] {
  if (hit.entry.pos !== 'V') return [];
  let k = hit.from - 1;
  while (k >= 0 && AUX.has(words[k]!.norm)) k--;
  if (k < 1 || !RELATIVE_PRONOUNS.has(words[k]!.norm)) return [];
  const antecedent = actors.find((a) => a.to === k);
  if (!antecedent) return [];
  const office =
    antecedent.person && !antecedent.sector ? actors.find((a) => a.to === antecedent.from) : undefined;
  return office ? [office, antecedent] : [antecedent];
}

/**
 * Session 6: "دعت الوزارة المديرين الجهويين إلى التنسيق مع …"، "يدعو المعلمون الوزارة والحكومة للاستجابة"،
 * "تونس مطالبة بفتح تحقيق":
 * the act a demand asks for (after إلى or a purpose ل, within a few words of the demand's addressee) is done
 * by whom it is asked of, not by whoever asks.
 */
export function askedOf<A extends { from: number; to: number }>(
  words: readonly Word[],
  hit: TriggerHit,
  demand: TriggerHit,
  addressees: readonly A[],
  /** "تونس مطالبة بفتح تحقيق": the addressee is the passive's subject, the act follows with ب */
  passive = false,
): A[] {
  if (demand.type !== 'REQUEST' || hit.type === 'REQUEST' || addressees.length === 0) return [];
  if (passive)
    return demand.to <= hit.from && hit.from - demand.to <= 2 && /^ب/.test(words[hit.from]!.norm)
      ? [...addressees]
      : [];
  if (demand.to > hit.from || hit.from - demand.to > 15) return [];
  const last = Math.max(...addressees.map((a) => a.to));
  if (addressees.some((a) => a.from < demand.to) || last > hit.from || hit.from - last > 3) return [];
  if (words.slice(demand.to, hit.from).some((x) => x.norm === '.' || x.norm === '؛')) return [];
  const w = words[hit.from]!;
  const before = words[hit.from - 1]?.norm ?? '';
  const clitic = w.prep === 'ل' || (w.norm.startsWith('ل') && w.keys.includes(w.norm.slice(1)));
  const introduced = before === 'الي' || before === 'الى' || clitic;
  return introduced ? [...addressees] : [];
}

/**
 * Session 6: "تونس مطالبة بفتح تحقيق"، "بائع السمك طولب برشوة": a passive demand, whose subject is whom the
 * demand is made of (its target), not who demands. The participle counts only as the predicate right after an
 * actor phrase, indefinite and followed by ب (the noun "مطالبة الحكومة بـ…" has its addressee after it).
 */
export function passiveDemand<A extends { to: number }>(
  words: readonly Word[],
  hit: TriggerHit,
  actors: readonly A[],
): boolean {
  if (hit.type !== 'REQUEST') return false;
  const w = words[hit.from]!;
  const bare = w.norm.replace(/^[وف]/, '');
  if (/^طولب(?:ت|وا)?$/.test(bare)) return true;
  if (bare !== 'مطالبه' || w.definite || w.prep !== null) return false;
  return actors.some((a) => a.to === hit.from) && /^ب/.test(words[hit.to]?.norm ?? '');
}

/** Object pronouns on على: "الاعتداء عليه"، "للاعتداء عليهم". */
const ON_PRONOUN = /^(?:عليه|عليها|عليهم|عليهما|عليهن)$/;
const ACTS_ON = new Set(['ASSAULT', 'THREATEN']);

/**
 * Session 6: "ارتكابه لبراكاج ضد عون أمن والاعتداء عليه"، "مساندتهم لطلبة الحقوق … ورفضهم للاعتداء عليهم": an
 * attack or a threat whose patient is a pronoun on على has as target the last actor named before it in the sentence that
 * is not its agent. Returns that actor, or undefined.
 */
export function pronounPatient<A extends { from: number; to: number; person?: boolean }>(
  words: readonly Word[],
  hit: TriggerHit,
  actors: readonly A[],
  agents: readonly A[],
): A | undefined {
  if (!ACTS_ON.has(hit.type)) return undefined;
  const next = words[hit.to];
  if (!next || !ON_PRONOUN.test(next.norm)) return undefined;
  // (only an actor in an oblique place, as a patient is: "ضد عون أمن"، "لطلبة الحقوق"، "على الأعوان"; the
  // subject of a clause is more often the agent: "قامت الشرطة بتخليصه وإلقاء القبض عليه")
  const oblique = (a: A): boolean =>
    /^و?ل/.test(words[a.from]!.norm) || OBLIQUE.has(words[a.from - 1]?.norm ?? '');
  const last = [...actors]
    .reverse()
    .find((a) => a.to <= hit.from && !a.person && !agents.some((g) => g.from === a.from && g.to === a.to));
  return last && oblique(last) ? last : undefined;
}

const OBLIQUE = new Set(['ضد', 'علي', 'على', 'الي', 'لفائده', 'تجاه']);

/** Passive auxiliaries right before an act noun: "تم إيقاف"، "وتمت إحالته"، "وقع حجز". */
const PASSIVE_AUX = /^[وف]?(?:تم|تمت|يتم|وقع|يقع)$/;

/** "وتم إيقاف المعني بالأمر"، "كما تم حجز": an act noun right after a passive auxiliary (session 8). */
export function passiveBefore(words: readonly Word[], hit: TriggerHit): boolean {
  if (hit.entry.pos === 'V') return false;
  for (let j = hit.from - 1; j >= Math.max(0, hit.from - 2); j--) {
    const w = words[j]!;
    if (w.boundary) return false;
    if (PASSIVE_AUX.test(w.norm)) return true;
  }
  return false;
}

/** Acts done to someone: the pronoun on their noun is the patient ("إيقافه" his arrest, "اغتياله"، "تهديده"). */
const PATIENT_CLASSES = new Set([
  'arrest',
  'abduction',
  'assassination',
  'killing',
  'deportation',
  'expulsion',
  'threat',
]);

/** "وإيقافه"، "تم تهديده": an act noun of a patient class with an object pronoun (session 8). */
export function patientSuffix(words: readonly Word[], hit: TriggerHit): boolean {
  if (hit.entry.pos === 'V' || hit.to - hit.from !== 1 || !PATIENT_CLASSES.has(hit.entry.cls)) return false;
  const w = words[hit.from]!;
  return w.possessive && !w.taMarbuta && /(?:ه|ها|هم|هما)$/.test(w.norm);
}
