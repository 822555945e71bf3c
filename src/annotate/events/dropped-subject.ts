import type { ActorMention } from './actors.js';
import type { TriggerHit } from './triggers.js';
import type { Word } from './words.js';

/**
 * Session 16: the agent of an act whose clause has a dropped subject (pro-drop). Arabic writes no subject for a
 * verb whose agent was named before: "الجيش الجزائري يلقي القبض على 3 إرهابيين" (title) … "كما تمكنت من استرجاع
 * كمية من الأسلحة". When an act noun is governed by a support verb that opens its clause and has no subject of
 * its own (none after it, none before it in its clause), its agent is that of the nearest act before it (earlier
 * in the sentence, in the sentences before it or in the title) whose agent agrees with the verb and fits the act.
 */

/** Conjunctions and auxiliaries before the verb or the subject that opens a clause (adjunct-agent.ts reads them too). */
export const CLAUSE_AUXILIARIES: ReadonlySet<string> = new Set([
  'و',
  'ف',
  'كما',
  'وكما',
  'ثم',
  'قد',
  'وقد',
  'فقد',
  'لقد',
  'كان',
  'كانت',
  'وكان',
  'وكانت',
]);
/** Auxiliaries and conjunctions that may stand before the verb that opens a clause. */
const OPENERS = new Set([...CLAUSE_AUXILIARIES, 'كانوا', 'وكانوا', 'ايضا', 'كذلك']);
/** Adverbs between a verb and its complement. */
const ADVERBS = new Set(['ايضا', 'كذلك', 'بدوره', 'بدورها', 'بدورهم', 'اليوم', 'امس']);
/** Prepositions that open a complement or an adjunct, never a subject. */
const PREPOSITIONS = new Set([
  'من',
  'في',
  'الي',
  'علي',
  'عن',
  'خلال',
  'منذ',
  'بعد',
  'قبل',
  'اثر',
  'عقب',
  'مع',
]);
/** Marks that end a clause before the verb that opens the next one. */
const CLAUSE_MARKS = new Set(['.', '!', '؟', '?', ':', '؛', '،', ',']);

/** What a verb's form shows of its subject: plural, feminine singular, masculine singular, or nothing. */
export type Agreement = 'plural' | 'feminine' | 'masculine' | null;

/**
 * The agreement a verb form shows: a plural ending (تمكنوا، يقومون), a feminine one (تمكنت), or a masculine
 * singular (قام، يقوم); none where the form is ambiguous (تمكن، تقوم). Read without a conjunction or future prefix.
 */
export function agreementOf(norm: string): Agreement {
  const bare = norm.replace(/^[وف]/, '').replace(/^س(?=[يت])/, '');
  if (bare.length < 3) return null;
  if (/(?:وا|ون)$/.test(bare)) return 'plural';
  if (/^[يت].{2,}(?:ان)$/.test(bare) || /(?:تا)$/.test(bare)) return null; // (a dual: either gender)
  if (/ت$/.test(bare)) return 'feminine';
  // (a ت before the stem is the feminine imperfect, "تقوم", or a masculine perfect of form V or VI, "تمكن")
  if (/^ت/.test(bare)) return null;
  if (/^ي/.test(bare) || /^[^يت]/.test(bare)) return 'masculine';
  return null;
}

/**
 * The verb a noun act's clause opens with when that verb has no subject written: `verb` is the support verb that
 * governs the act (found by the caller), at the start of its clause past openers ("كما تمكنت من"، "وقد قاموا
 * ب")، with no actor phrase between it and the act nor right before it. Returns true for such a clause.
 */
export function subjectDropped(
  words: readonly Word[],
  verb: number,
  hit: TriggerHit,
  actors: readonly ActorMention[],
): boolean {
  if (verb < 0 || verb >= hit.from) return false;
  // (no phrase between the verb and the act that could be its subject: "تمكنت الوحدات … من")
  if (actors.some((a) => a.from > verb && a.to <= hit.from && !a.adjectival)) return false;
  // (nor a word the actors missed: past adverbs, a preposition or the act itself follows the verb, "كما تمكنت
  // من"، "كما تمكنوا في نفس الحملة من"; not "قام مسلح ب"، "تمكن الفريق الخاص … من")
  let n = verb + 1;
  while (n < hit.from && ADVERBS.has(words[n]!.norm)) n++;
  if (n < hit.from && !PREPOSITIONS.has(words[n]!.norm) && (n < hit.from - 1 || subjectLike(words[n]!)))
    return false;
  let p = verb - 1;
  while (p >= 0 && OPENERS.has(words[p]!.norm)) p--;
  if (p >= 0 && !CLAUSE_MARKS.has(words[p]!.norm)) return false;
  // (after a comma, a clause opened by و only: "…، وتمكنت من"; not an apposition "الوحدات، تمكنت")
  if (p >= 0 && (words[p]!.norm === '،' || words[p]!.norm === ',')) {
    if (!/^و/.test(words[verb]!.norm) && words[p + 1]?.norm !== 'و' && words[p + 1]?.norm !== 'كما')
      return false;
  }
  return true;
}

/** A definite noun with no preposition, which can be a subject ("وقامت المجموعة باختطاف"). */
function subjectLike(w: Word): boolean {
  return w.definite && w.prep === null && !w.boundary;
}

/** What an act before it offers: its agents, its type, and where it stands. */
export interface Antecedent {
  actors: readonly ActorMention[];
  type: string;
  /** The words of its sentence. */
  words: readonly Word[];
}

/** Acts of force on people: their agent is a state's forces or an armed group, not a speaker or a civilian. */
const FORCE = new Set(['COERCE', 'ASSAULT']);
const FORCE_SECTORS = new Set(['COP', 'MIL', 'GOV', 'JUD', 'SPY', 'REB']);
/** Protests: never done by the forces or the courts. */
const PROTEST_BARRED = new Set(['COP', 'MIL', 'JUD', 'SPY']);

/** True when an agent fits the act's type (the sector it is of). */
export function fitsType(type: string, a: ActorMention): boolean {
  if (FORCE.has(type)) return a.sector !== null && FORCE_SECTORS.has(a.sector);
  if (type === 'PROTEST') return a.sector === null || !PROTEST_BARRED.has(a.sector);
  return true;
}

/**
 * True when an agent agrees with the verb: a feminine head (the ة of "الوزارة"، "النقابة") is no masculine
 * singular subject; a person named by a masculine head is no feminine singular one; one person is no plural one.
 */
export function agrees(agreement: Agreement, a: ActorMention, words: readonly Word[]): boolean {
  if (agreement === null) return true;
  const head = words[a.from];
  if (!head) return true;
  const feminineHead = head.taMarbuta === true;
  if (agreement === 'masculine') return !feminineHead || a.person === true;
  if (agreement === 'feminine') return !(a.person === true && !feminineHead && a.to - a.from <= 2);
  // plural
  return !(a.person === true && a.to - a.from <= 3);
}

/**
 * The agents carried to an act with a dropped subject: those of the nearest antecedent (given nearest first) whose
 * agents all agree with the verb and fit the act's type, none of them among the act's targets.
 */
export function carriedAgents(
  antecedents: Iterable<Antecedent>,
  type: string,
  agreement: Agreement,
  targets: readonly ActorMention[],
): ActorMention[] {
  for (const m of antecedents) {
    const agents = m.actors.filter((a) => !a.adjectival);
    if (agents.length === 0) continue;
    if (!agents.every((a) => fitsType(type, a) && agrees(agreement, a, m.words))) continue;
    if (agents.some((a) => targets.some((t) => t.code === a.code && t.entity === a.entity))) continue;
    return [...agents];
  }
  return [];
}
