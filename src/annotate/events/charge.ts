import type { ActorMention } from './actors.js';
import { coordinated, pastDeterminers } from './args.js';
import { patientSuffix } from './share.js';
import type { TriggerHit } from './triggers.js';
import type { Word } from './words.js';

/** Quote marks: they do not end the clause between an accusation and its charge. */
const QUOTE = /^["«»“”']$/;

/**
 * The charge of an accusation: "اتهمت الوزارة "الجماعات الإرهابية" بقصف القاعدة"، "اتهمت الجماعة التحالف
 * باستهداف المدنيين"، "اتهمه بالوقوف وراء الهجوم". The act charged is introduced by ب within a few words of it,
 * in the clause of the accusing verb. Returns whether `hit` is that act.
 */
export function isCharge(words: readonly Word[], accusation: TriggerHit, hit: TriggerHit): boolean {
  if (accusation.entry.pos !== 'V' || accusation.to > hit.from || hit.from - accusation.to > 14) return false;
  if (words.slice(accusation.to, hit.from).some((w) => w.boundary && !QUOTE.test(w.norm))) return false;
  if (/^و?ب/.test(words[hit.from]!.norm)) return true;
  // (through a verbal noun of doing: "بتنفيذ هجوم"، "بالوقوف وراء الهجوم"; not "بخرق الهدنة")
  for (let j = hit.from - 1; j >= Math.max(accusation.to, hit.from - 2); j--)
    if (CHARGE_LIGHT.test(words[j]!.norm)) return true;
  return false;
}

/** Verbal nouns of doing that carry a charge: "بتنفيذ"، "بشن"، "بارتكاب"، "بالوقوف وراء"، "بتدبير". */
const CHARGE_LIGHT = /^و?ب(?:ال)?(?:تنفيذ|شن|ارتكاب|وقوف|تدبير|تنظيم)$/;

/** The support verb قام (did), whose act noun takes its object as a pronoun (session 9b). */
const DID = /^[وف]?(?:قام|قامت|قاموا|قاما|قامتا|[يت]قوم|[يت]قومون|[يت]قومان)$/;

/** Acts of force whose owner a pronoun names: "لوقف هجماته"، "غاراتها على المدينة". */
const FORCE = new Set(['ASSAULT', 'COERCE', 'MOBILIZE']);

/**
 * "طالبت الخارجية التركية روسيا بالضغط على النظام لوقف هجماته": a noun of force with a possessive pronoun is
 * done by the nearest actor before it (the pronoun's antecedent), not by whom a demand is addressed to.
 */
export function possessiveAgent(
  words: readonly Word[],
  hit: TriggerHit,
  actors: readonly ActorMention[],
): ActorMention | undefined {
  const w = words[hit.from]!;
  if (!FORCE.has(hit.type) || hit.entry.pos === 'V' || !w.possessive || w.taMarbuta) return undefined;
  // (session 8: "إثر إيقافه"، "اغتياله": on an act done to someone the pronoun is the patient, so a country or a
  // private person before it is no agent; an armed group or a force still is, "إرهابي كان يخطط لاغتياله")
  const onPatient = patientSuffix(words, hit);
  if (!/(?:ه|ها|هم)$/.test(w.norm)) return undefined;
  // (session 9b: "وقاموا باغتصابها"، "قامت بضربه": after قام the pronoun on the act is its object, and the agent is
  // the subject of قام)
  if (DID.test(words[hit.from - 1]?.norm ?? '')) return undefined;
  for (let k = actors.length - 1; k >= 0; k--) {
    const a = actors[k]!;
    if (a.to > hit.from || a.adjectival) continue;
    if (hit.from - a.to > 8) return undefined;
    if (words.slice(a.to, hit.from).some((x) => x.boundary && !QUOTE.test(x.norm))) return undefined;
    if (onPatient && (a.isCountry || a.capital || a.person || a.sector === 'CVL' || a.sector === 'CRM'))
      return undefined;
    return a;
  }
  return undefined;
}

/** Verbs of doing whose subject is the agent of the act they describe (with its object pronoun). */
const DOING =
  /^(?:توصل|[تي]توصل|ابرم|[تي]برم|وقع|[تي]وقع|عقد|[تي]عقد|شن|[تي]شن|نفذ|[تي]نفذ|نظم|[تي]نظم|اطلق|[تي]طلق|اجري|[تي]جري|ارتكب|[تي]رتكب|فرض|[تي]فرض|قاد|[تي]قود|خاض|[تي]خوض|تقدم|[تي]تقدم)(?:ت|وا|ا|تا)?(?:ه|ها|هم|هما)?$/;

const RELATIVE = new Set(['الذي', 'التي', 'اللذين', 'اللتين']);
/** Prepositions with the pronoun of the noun a relative clause describes: "توصلت إليه"، "وقعت عليه"، "شنتها". */
const RESUMPTIVE = /^(?:اليه|اليها|عليه|عليها|فيه|فيها|به|بها|عنه|عنها)$/;
/** Verbs of calling a strike or a protest: "الإضراب … الذي أعلن عنه اتحاد الشغل"، "دعت إليه النقابة" (session 8). */
const CALLING = /^(?:اعلن|[تي]علن|دعا|دعت|دعوا|[تي]دعو|اقر|اقرت|[تي]قر)(?:ت|وا|ا|تا)?$/;

/**
 * "الاتفاق الذي توصلت إليه موسكو وأنقرة"، "الهجوم الذي شنته الميليشيات": the subject of a relative clause on an
 * event noun is its agent (and, being an actor, no place).
 */
export function relativeClauseAgents(
  words: readonly Word[],
  hit: TriggerHit,
  actors: readonly ActorMention[],
): ActorMention[] {
  if (hit.entry.pos === 'V') return [];
  let j = hit.to;
  // (past an adjective of the noun: "الاتفاق الأخير الذي")
  if (words[j] && !RELATIVE.has(words[j]!.norm) && words[j]!.definite && !words[j]!.boundary) j++;
  // (session 8: a protest past its adjective and a complement, "الإضراب العام في الوظيفة العمومية الذي أعلن عنه")
  const protest = hit.type === 'PROTEST';
  if (protest)
    for (let k = 0; k < 4 && words[j] && !RELATIVE.has(words[j]!.norm) && !words[j]!.boundary; k++) j++;
  if (!RELATIVE.has(words[j]?.norm ?? '')) return indefiniteRelative(words, hit, actors);
  j += 2; // the pronoun and the verb
  // (only a verb of doing: "المحادثات التي ترعاها الأمم المتحدة" are sponsored, not held, by the UN; whoever
  // announces or calls a protest holds it)
  const verb = words[j - 1]?.norm ?? '';
  if (!DOING.test(verb) && !(protest && CALLING.test(verb.replace(/^و/, '')))) return [];
  if (RESUMPTIVE.test(words[j]?.norm ?? '')) j++;
  const subject = actors.find((a) => a.from === j && !a.adjectival && !words[j]!.prep);
  return subject ? coordinated(words, actors, subject) : [];
}

/**
 * An indefinite event noun needs no relative pronoun: "شكاية جزائية تقدمت بها نائبة"، "شكاية تقدّم بها مواطن" — a verb of
 * doing with the noun's pronoun (past one indefinite adjective) has the noun's agent as its subject (session 9).
 */
function indefiniteRelative(
  words: readonly Word[],
  hit: TriggerHit,
  actors: readonly ActorMention[],
): ActorMention[] {
  if (words[hit.from]!.definite) return [];
  let j = hit.to;
  const adj = words[j];
  if (adj && !adj.boundary && !adj.definite && /(?:يه|ي)$/.test(adj.norm) && !DOING.test(adj.norm)) j++;
  if (!DOING.test(words[j]?.norm ?? '') || !RESUMPTIVE.test(words[j + 1]?.norm ?? '')) return [];
  const subject = actors.find((a) => a.from === j + 2 && !a.adjectival && !words[j + 2]!.prep);
  return subject ? coordinated(words, actors, subject) : [];
}

/** Members of a group: "15 عنصرا من تنظيم الدولة"، "عددا من مقاتلي الحركة". */
const MEMBERS =
  /^(?:ال)?(?:عنصر|عنصرا|عناصر|مقاتل|مقاتلا|مقاتلين|مسلح|مسلحا|مسلحين|اعضاء|عضوا|قيادي|قياديا|قياديين)$/;

/** The group whose members an arrest or an attack strikes: "اعتقال 15 عنصرا من تنظيم الدولة" → the group. */
export function membersOf(
  words: readonly Word[],
  hit: TriggerHit,
  actors: readonly ActorMention[],
): ActorMention | undefined {
  if ((hit.type !== 'COERCE' && hit.type !== 'ASSAULT') || hit.entry.pos === 'V') return undefined;
  const g = pastDeterminers(words, hit.to);
  if (!MEMBERS.test(words[g]?.norm ?? '') || words[g + 1]?.norm !== 'من') return undefined;
  return actors.find((a) => a.from === g + 2 && !a.adjectival);
}
