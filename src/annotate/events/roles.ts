/**
 * Session 12: general role analysis of the clause around an event trigger, applied after the argument rules of
 * args.ts (kept apart from them: each function here re-reads the roles from the word order alone).
 *
 * - A verbal noun takes its subject as genitive and its object in the accusative after it, as its verb does
 *   (مصدر + فاعل + مفعول): "مصادرة السلطات كمية من السمك"، "استقبال خامنئي مساء السبت حشدا من المثقفين"، "قصف
 *   الطيران الروسي مواقع المعارضة". With an object after it, the genitive is the agent, never the patient.
 * - The genitive of a noun of harm is a victim, never the agent of the attack: "مقتل جنود في هجوم انتحاري".
 */
import type { Entity } from '../../doc/index.js';
import type { ActorMention } from './actors.js';
import type { TriggerHit } from './triggers.js';
import { TIME_ADVERBS, type Word } from './words.js';

/** Words that head no noun phrase after a genitive. */
const PARTICLES = new Set([
  'في',
  'من',
  'علي',
  'الي',
  'عن',
  'مع',
  'ضد',
  'منذ',
  'بعد',
  'قبل',
  'خلال',
  'حول',
  'غير',
  'حيث',
  'بين',
  'عند',
  'لدي',
  'اثر',
  'عقب',
  'امام',
  'وسط',
  'قرب',
  'داخل',
  'خارج',
  'تجاه',
  'ازاء',
  'اثناء',
  'حتي',
  'لكن',
  'الا',
  'ان',
  'انه',
  'انها',
  'ما',
  'لا',
  'لم',
  'لن',
  'قد',
  'كان',
  'كانت',
  'تم',
  'تمت',
  'امس',
  'صباح',
  'مساء',
  'عشيه',
  'ليله',
  'يوم',
  'نحو',
  'عبر',
  'لدى',
  'ضمن',
  'بسبب',
  'جراء',
  'فجر',
  'ظهر',
  'هذا',
  'هذه',
  'ذلك',
  'تلك',
  'كل',
  'بعض',
  'اي',
]);

/** Nouns of harm to people: their genitive is a victim. */
const HARM_NOUNS = new Set(['اصابه', 'مقتل', 'وفاه', 'جرح', 'استشهاد', 'اصابات', 'قتل']);

function mentionFrom(actors: readonly ActorMention[], i: number): ActorMention | undefined {
  for (const a of actors) if (a.from === i && !a.adjectival) return a;
  return undefined;
}

/**
 * The accusative object of a verbal noun after its genitive subject `gen`: an actor phrase with no preposition
 * (not joined by و, not a person's name in apposition), or an indefinite accusative noun that counts or measures
 * ("كمية من"، "حشدا من"، "عددا من"). Returns the object's actor phrase (null for a non-actor object), or undefined
 * when no object follows.
 */
export function masdarObject(
  words: readonly Word[],
  actors: readonly ActorMention[],
  gen: ActorMention,
): ActorMention | null | undefined {
  let k = gen.to;
  while (k < words.length && k - gen.to < 3 && TIME_ADVERBS.has(words[k]!.norm)) k++;
  const w = words[k];
  if (!w || w.boundary || w.prep !== null) return undefined;
  const obj = mentionFrom(actors, k);
  if (obj) {
    if (/^[وف]/.test(w.norm) && obj.start > w.start) return undefined;
    if (obj.person && !obj.titled) return undefined;
    if (obj.code === gen.code) return undefined;
    if (obj.capital || obj.isCountry) return k > gen.to ? undefined : obj;
    return obj;
  }
  // an indefinite noun heading a construct after a definite subject (whose adjectives would be definite): "مداهمة
  // الشرطة مقر النقابة" → the owner of the object (not an imperfect verb: "إضراب الأساتذة يتواصل")
  const next = words[k + 1];
  if (
    k === gen.to &&
    words[gen.to - 1]!.definite &&
    !w.definite &&
    w.norm.length >= 3 &&
    !/^[وفي]/.test(w.norm) &&
    !PARTICLES.has(w.norm) &&
    next !== undefined &&
    !next.boundary &&
    next.definite &&
    next.prep === null
  ) {
    // (only with an actor as its owner: a name in apposition may carry the article too, "رجل الأعمال عكرمة الوذان")
    const owner = mentionFrom(actors, k + 1);
    if (owner && !owner.capital && !owner.isCountry && !owner.person) return owner;
  }
  // an indefinite noun in the accusative that counts or measures, with its partitive من
  if (
    !w.definite &&
    w.norm.length >= 4 &&
    /[اه]$/.test(w.norm) &&
    !/^و/.test(w.norm) &&
    words[k + 1]?.norm === 'من'
  )
    return null;
  return undefined;
}

/**
 * Re-reads the roles of a verbal noun's genitive: with an object after it, the genitive is the agent and the
 * object the patient. Mutates `found` (agents) and `targets`.
 */
export function masdarRoles(
  words: readonly Word[],
  hit: TriggerHit,
  actors: readonly ActorMention[],
  found: ActorMention[],
  targets: ActorMention[],
): void {
  if (hit.entry.pos === 'V') return;
  const gen = mentionFrom(actors, hit.to);
  if (!gen || words[hit.to]!.prep !== null || gen.capital) return;
  // (a subject is definite, a name or a construct ending in one; after an indefinite genitive the next word is
  // its adjective: "إيقاف مواطن تركي مقيم")
  if (!gen.person && !gen.entity && !words[gen.to - 1]!.definite) return;
  // (a phrase that ends in its preposition has its patient after it: "القبض على")
  const last = words[hit.to - 1]!.norm;
  if (last === 'علي' || last === 'عن' || last === 'من' || last === 'الي' || last === 'مع') return;
  const obj = masdarObject(words, actors, gen);
  if (obj === undefined) return;
  found.splice(0, found.length, gen);
  const rest = targets.filter((t) => t !== gen && t !== obj);
  targets.splice(0, targets.length, ...(obj ? [obj] : []), ...rest);
}

/** True when the phrase `a` is the genitive of a noun of harm (past a number): "مقتل جنود"، "إصابة 3 أعوان". */
export function harmed(words: readonly Word[], a: ActorMention): boolean {
  let j = a.from - 1;
  if (/^\d+$/.test(words[j]?.norm ?? '')) j--;
  const w = words[j];
  return w !== undefined && !w.boundary && w.keys.some((k) => HARM_NOUNS.has(k));
}

/** The victims named as the genitive of a harm noun are the patients of an attack, never its agents. */
export function victimRoles(
  words: readonly Word[],
  hit: TriggerHit,
  found: ActorMention[],
  targets: ActorMention[],
): void {
  if (hit.type !== 'ASSAULT') return;
  for (let i = found.length - 1; i >= 0; i--) {
    const a = found[i]!;
    if (a.from >= hit.from && a.from < hit.to) continue;
    if (!harmed(words, a)) continue;
    found.splice(i, 1);
    if (!targets.includes(a)) targets.unshift(a);
  }
}

/** Acts done to people, whose counted genitive is their patient. */
const FORCE_ON_PEOPLE = new Set(['COERCE', 'ASSAULT']);

/**
 * True when a verbal noun of force is followed by a numeral or a determiner that counts or points at its patient:
 * "إيقاف 3 عناصر إرهابية"، "اعتقال هؤلاء الشبان" (a subject is never counted this way).
 */
export function countedPatient(words: readonly Word[], hit: TriggerHit): boolean {
  if (hit.entry.pos === 'V' || !FORCE_ON_PEOPLE.has(hit.type)) return false;
  const w = words[hit.to];
  if (!w || w.boundary) return false;
  return /^[0-9٠-٩]+$/.test(w.norm) || COUNTERS.has(w.norm);
}

const COUNTERS = new Set(['هذا', 'هذه', 'هؤلاء', 'هذين', 'هاتين', 'احد', 'احدي', 'بعض', 'عدد', 'عددا']);

/**
 * Whether the headline's subject may stand as the agent of an act its sentence leaves without one: not an act it
 * suffers (its targets), not the same party as a target.
 */
export function headlineAgentFits(
  hit: TriggerHit,
  subject: ActorMention,
  targets: readonly ActorMention[],
): boolean {
  // (acts of force are told without their agent far more often than speech acts are: "حجز 3 أطنان")
  if (FORCE_ON_PEOPLE.has(hit.type)) return false;
  return !targets.some((t) => t.code === subject.code);
}

/** Acts that happen at a place: a country named as their place is where they happen. */
export const PLACED_TYPES = new Set(['ASSAULT', 'COERCE', 'PROTEST', 'MOBILIZE', 'AID']);

/** True for the entity of a whole country (kb:gpe:TUN), as opposed to a city or a region. */
export function countryPlace(e: Entity | undefined): boolean {
  return e !== undefined && /^kb:gpe:[A-Z]{3}$/.test(e.kb_id ?? '');
}

/** Prepositions after which a phrase is no object. */
const OBJECT_BLOCKERS = new Set([
  'في',
  'من',
  'علي',
  'عن',
  'مع',
  'ضد',
  'الي',
  'حول',
  'لدي',
  'عبر',
  'منذ',
  'بعد',
  'قبل',
]);

/** True when the phrase `a` is inside a preposition (written apart or as a clitic: "بالبرلمان"، "لمراسل"). */
function prepositional(words: readonly Word[], a: ActorMention): boolean {
  const w = words[a.from]!;
  if (w.prep !== null) return true;
  if (a.start > w.start && /^[وف]?[بلك]/.test(w.norm)) return true;
  return OBJECT_BLOCKERS.has(words[a.from - 1]?.norm ?? '');
}

/**
 * The addressee of a demand is the phrase right before its complement (إلى or ب), however many adjuncts stand
 * between the verb and it: "دعا في تصريح لمراسل الإذاعة، الحكومة إلى التحرك"، "وطالب النواب في جلسة عامة
 * بالبرلمان وزير الداخلية بالاستقالة". Replaces no object already found, except a phrase inside a preposition.
 */
export function addresseeRoles(
  words: readonly Word[],
  hit: TriggerHit,
  actors: readonly ActorMention[],
  hits: readonly TriggerHit[],
  found: ActorMention[],
  targets: ActorMention[],
): void {
  if (hit.type !== 'REQUEST' || hit.entry.pos !== 'V') return;
  if (targets.length > 0 && !targets.every((t) => prepositional(words, t))) return;
  for (let j = hit.to; j < Math.min(words.length, hit.to + 30); j++) {
    const w = words[j]!;
    if (w.norm === '.' || w.norm === '؟' || w.norm === '!' || w.norm === '؛') return;
    if (hits.some((h) => h !== hit && h.from === j && h.entry.pos === 'V')) return;
    const complement =
      w.norm === 'الي' ||
      w.norm === 'ب' ||
      (/^ب/.test(w.norm) && w.norm.length > 3 && (!w.possessive || w.taMarbuta === true));
    if (!complement) continue;
    let a: ActorMention | undefined;
    for (const x of actors) if (x.to === j && !x.adjectival) a = x;
    // (a word with ب is the complement only right after a phrase: "سيدي بوزيد" is a name)
    if (!a && w.norm !== 'الي') continue;
    // (the first complement ends the search: what comes after it belongs to the act demanded)
    if (a && a.from > hit.to && !found.includes(a) && !prepositional(words, a) && !a.capital)
      targets.splice(0, targets.length, a);
    return;
  }
}

/** Stances whose object may be a deed, whose doer they target. */
const STANCES = new Set(['ACCUSE', 'SUPPORT', 'REJECT']);
const RELATIVE_PRONOUNS = new Set(['التي', 'الذي', 'اللذين', 'الذين', 'اللتين']);

/**
 * A stance on a deed targets its doer: the genitive or the sector adjective of the deed noun ("انتقد تجاهل
 * الحكومات الأمريكية"، "منددة بالتدخل الأمني"، "تنتقد دعم موسكو"), or the subject of a relative clause on it ("ثمن
 * المجهودات التي تقوم بها الوحدات العسكرية"). Only where no target was found.
 */
export function deedOwnerRoles(
  words: readonly Word[],
  hit: TriggerHit,
  allActors: readonly ActorMention[],
  hits: readonly TriggerHit[],
  found: ActorMention[],
  targets: ActorMention[],
): void {
  if (!STANCES.has(hit.type) || targets.length > 0) return;
  let start = hit.to;
  for (const a of found) if (a.from >= hit.to && a.from - hit.to <= 3 && a.to > start) start = a.to;
  while (start < words.length && (words[start]!.norm === '،' || TIME_ADVERBS.has(words[start]!.norm)))
    start++;
  if (words[start]?.norm === 'ب') start++;
  const deed = words[start];
  if (!deed || deed.boundary || PARTICLES.has(deed.norm) || deed.possessive) return;
  if (hits.some((h) => h !== hit && h.from <= start && start < h.to && h.entry.pos === 'V')) return;
  // (the deed is no actor itself, and a definite noun: "تجاهل الحكومات"، "بالتدخل الأمني")
  if (allActors.some((a) => a.from <= start && start < a.to)) return;
  const owner = (a: ActorMention | undefined): ActorMention | undefined =>
    a && !found.includes(a) && (a.adjectival || words[a.from]!.prep === null) ? a : undefined;
  const at = (i: number): ActorMention | undefined => allActors.find((a) => a.from === i);
  // (a deed in construct with its doer has no article, "تجاهل الحكومات"; one with a sector adjective has it,
  // "التدخل الأمني")
  const next = owner(at(start + 1));
  const direct =
    next && (next.adjectival ? deed.definite : !deed.definite && deed.prep === null) ? next : undefined;
  if (direct) {
    targets.push(direct);
    return;
  }
  // a relative clause on the deed: its subject, past the verb and its pronoun ("التي تقوم بها الوحدات")
  for (let r = start + 1; r <= start + 2 && r < words.length && deed.definite; r++) {
    if (!RELATIVE_PRONOUNS.has(words[r]!.norm)) continue;
    for (let k = r + 2; k < Math.min(words.length, r + 5); k++) {
      if (words[k]!.boundary) return;
      const a = owner(at(k));
      if (a && !a.adjectival) {
        targets.push(a);
        return;
      }
    }
    return;
  }
}

/**
 * Whether a pronoun agrees with the head of a phrase: ها a feminine (ة, a country) or a plural of things, هم a
 * sound plural, ه a masculine singular.
 */
function agrees(head: Word, a: ActorMention, suffix: string): boolean {
  const fem = head.taMarbuta === true || a.isCountry;
  const plural = /(?:ين|ون|ات)$/.test(head.norm);
  if (suffix === 'ها') return fem || /ات$/.test(head.norm);
  if (suffix === 'ه') return !fem && !plural;
  return plural && !/ات$/.test(head.norm);
}

/** Verbs of saying, with و: their subject is the speaker of what follows. */
const SAYING = /^و?(?:قال|قالت|اكد|اكدت|افاد|افادت|اوضح|اوضحت|اضاف|اضافت|اشار|اشارت|ذكر|ذكرت|صرح|صرحت)$/;
const THAT = new Set(['ان', 'انه', 'انها', 'بان', 'وان']);

/** Whether a phrase is the speaker of a report that goes on to the trigger: "أكد الناطق الرسمي … أن … إيقافه". */
function speaker(words: readonly Word[], a: ActorMention, until: number): boolean {
  let said = false;
  for (let k = Math.max(0, a.from - 3); k < a.from; k++) if (SAYING.test(words[k]!.norm)) said = true;
  if (!said) return false;
  for (let k = a.to; k < until; k++) if (THAT.has(words[k]!.norm)) return true;
  return false;
}

/** Types whose object pronoun names a patient worth resolving. */
const PRONOUN_PATIENT_TYPES = new Set([
  'ACCUSE',
  'ASSAULT',
  'COERCE',
  'THREATEN',
  'SUPPORT',
  'SANCTION',
  'AID',
]);

/**
 * An object pronoun on the trigger names its patient: the nearest earlier actor phrase of the sentence that is
 * not the agent ("اعتداءات الوزير على كرامة المربين … اتهامهم"، "بحرية الاحتلال تهاجم الصيادين … وتمنعهم"،
 * "دعا إلى رفع الحصار عن قطر … وتعهد بمواصلة دعمها"). A verbal noun's pronoun with an object after it is its
 * subject ("ودعمها لمساعي الأمم المتحدة"): no patient then. Only where no target was found.
 */
export function pronounPatientRoles(
  words: readonly Word[],
  hit: TriggerHit,
  actors: readonly ActorMention[],
  found: ActorMention[],
  targets: ActorMention[],
): void {
  if (targets.length > 0 || !PRONOUN_PATIENT_TYPES.has(hit.type)) return;
  const w = words[hit.to - 1]!;
  if (!w.possessive || w.taMarbuta || !/(?:ه|ها|هم|هما|هن)$/.test(w.norm)) return;
  const next = words[hit.to];
  if (hit.entry.pos !== 'V' && next && !next.boundary && (next.prep === 'ل' || next.norm === 'ل')) return;
  const suffix = /(هما|هم|هن|ها|ه)$/.exec(w.norm)![1]!;
  let best: ActorMention | undefined;
  for (const a of actors) {
    if (a.to > hit.from || a.adjectival || found.includes(a)) continue;
    if (a.code === 'UNK' || !agrees(words[a.from]!, a, suffix) || speaker(words, a, hit.from)) continue;
    if (found.some((f) => f.code === a.code)) continue;
    if (!best || a.to > best.to) best = a;
  }
  if (best) targets.push(best);
}

/** The verb of authorising, its conjunction aside: "أذنت النيابة العمومية بالاحتفاظ بهم". */
const AUTHORISE = /^[وف]?(?:اذنت|اذن|ياذن|تاذن)$/;
/** The consulted authority before the verb: "وبمراجعة النيابة العمومية، أذنت بحجز …". */
const CONSULTED = /^[وف]?ب?(?:مراجعه|استشاره|استشارتها|مراجعتها|اذن)$/;
/** Words with ب that govern no act: "بعد استشارتها"، "بين"، "بهما". */
const BY_WORDS = new Set(['بعد', 'بين', 'بهما', 'بهم', 'بها', 'بكافه', 'بجميع', 'بكل']);
/** Words that end the clause of the authorisation. */
const AUTHORISE_STOPS = new Set(['.', '!', '؟', '?', '؛', 'ان', 'انه', 'انها', 'بينما', 'فيما', 'حيث']);

/**
 * Session 15: the act authorised is the authoriser's. "أذنت النيابة العمومية (للفرقة) بالاحتفاظ بهم ومباشرة قضية
 * عدلية"، "وبمراجعة النيابة العمومية، أذنت بحجز …"، "النيابة العسكرية التي أذنت بتتبّع المحتجين": the prosecutor,
 * consulted or not, is the agent of every act it authorises with ب and of the acts joined to it by و; the unit
 * authorised (after ل) is not. In every tuning set the annotators code it so (TUNJUD), where the rules found the unit,
 * the suspect or nobody. Only within the clause of the verb (no full stop, no complementiser, no verb act between).
 */
export function authorisedRoles(
  words: readonly Word[],
  hit: TriggerHit,
  actors: readonly ActorMention[],
  hits: readonly TriggerHit[],
  found: ActorMention[],
  targets: ActorMention[],
): void {
  const w = words[hit.from]!;
  // (the act with ب, or joined to one by و: "ومباشرة قضية"، "و تسجيل قضية")
  if (!/^و/.test(w.norm) && !/^ب/.test(w.norm) && words[hit.from - 1]?.norm !== 'و') return;
  let v = -1;
  let governed = /^و?ب/.test(w.norm);
  for (let j = hit.from - 1; j >= Math.max(0, hit.from - 16); j--) {
    const x = words[j]!;
    if (AUTHORISE_STOPS.has(x.norm)) return;
    if (AUTHORISE.test(x.norm)) {
      v = j;
      break;
    }
    // (another verb between opens a clause of its own; a verb's form after ب is its verbal noun: "بحجز")
    if (!/^و?ب/.test(x.norm) && hits.some((h) => h !== hit && h.from === j && h.entry.pos === 'V')) return;
    // (a verbal noun with ب between: the chain "بحجز السيارة … والاحتفاظ بهما ومباشرة قضية")
    if (/^ب/.test(x.norm) && x.norm.length > 3 && !BY_WORDS.has(x.norm)) governed = true;
  }
  if (v < 0 || !governed) return;
  // the authoriser: after the verb (not the unit authorised, after ل), the authority consulted before it, or the
  // subject before it ("التي أذنت")
  let who = actors.find(
    (a) =>
      a.from > v && a.from <= v + 2 && a.to <= hit.from && !a.adjectival && !/^و?ل/.test(words[a.from]!.norm),
  );
  if (!who)
    who = actors.findLast(
      (a) =>
        a.to <= v &&
        a.from >= v - 6 &&
        !a.adjectival &&
        (CONSULTED.test(words[a.from - 1]?.norm ?? '') ||
          a.to === v ||
          (a.to === v - 1 && /^(?:التي|الذي|الذين|قد|وقد)$/.test(words[v - 1]!.norm))),
    );
  if (!who) return;
  found.splice(0, found.length, who);
  // (neither the authoriser nor the unit authorised is the patient: "أذنت للفرقة المركزية للحرس الوطني بالاحتفاظ")
  for (let k = targets.length - 1; k >= 0; k--) {
    const t = targets[k]!;
    if (t === who || (t.from > v && t.from <= v + 4 && t.to <= hit.from && /^و?ل/.test(words[t.from]!.norm)))
      targets.splice(k, 1);
  }
}

/** Source prepositions that govern ل: "وفقا لتقارير"، "طبقا لمصادر"، "استنادا لشهود". */
const SOURCE_WITH_LAM = /^[وف]?(?:وفقا|وفق|طبقا|استنادا|تبعا)$/;

/**
 * Session 15: the text of a speaker phrase (words from..to) that no actor mention covers. After a source preposition
 * that governs ل, the ل is the preposition's, not the speaker's: "وفقا لتقارير متطابقة" → "تقارير متطابقة",
 * "وفقا للمصادر" → "المصادر" (لل is ل + the article).
 */
export function speakerText(text: string, words: readonly Word[], from: number, to: number): string {
  const first = words[from]!;
  let start = first.start;
  let lead = '';
  const prev = words[from - 1];
  if (prev && SOURCE_WITH_LAM.test(prev.norm) && first.norm.length > 3 && first.norm.startsWith('ل')) {
    const raw = text.slice(first.start, first.end);
    // (the written letters, diacritics aside: "لِتقارير"; a tatweel after it: "لـتقارير")
    const m = /^ل[\u064B-\u0652\u0640]*/.exec(raw);
    if (m) {
      start = first.start + m[0].length;
      // لل: the article's alif was dropped after ل
      if (first.norm.startsWith('لل')) {
        const m2 = /^ل[\u064B-\u0652\u0640]*/.exec(text.slice(start, first.end));
        if (m2) {
          start += m2[0].length;
          lead = 'ال';
        }
      }
    }
  }
  return lead + text.slice(start, words[to - 1]!.end);
}

/** Words that name who attends, chairs or oversees a meeting: "بحضور"، "بإشراف"، "برئاسة"، "تحت إشراف". */
const PRESIDED = /^و?(?:بحضور|باشراف|برئاسه|اشراف|رئاسه)$/;
/** Stops for the search of PRESIDED after a meeting: a full stop, a clause of saying, a new subordinate clause, or
 * the parties after بين or مع ("اجتماعات بين الوفد الروسي برئاسة …": the head of a delegation, not of the meeting). */
const PRESIDED_STOPS = new Set([
  '.',
  '!',
  '؟',
  '?',
  ':',
  '؛',
  'ان',
  'انه',
  'حيث',
  'فيما',
  'بينما',
  'بين',
  'وبين',
  'مع',
]);

/**
 * Session 15: who attends, chairs or oversees a meeting with no agent is its agent: "الاجتماع جرى بحضور وزيرة
 * المالية"، "جلسة عمل انعقدت بمقر البلدية بحضور رئيس النيابة الخصوصية"، "اجتماع بإشراف وزير الداخلية" (past
 * "كل من"), and no target.
 */
export function presidedRoles(
  words: readonly Word[],
  hit: TriggerHit,
  actors: readonly ActorMention[],
  found: ActorMention[],
  targets: ActorMention[],
): void {
  if (found.length > 0 || (hit.entry.cls !== 'meeting' && hit.entry.cls !== 'talks')) return;
  for (let j = hit.to; j < Math.min(words.length - 1, hit.to + 10); j++) {
    const w = words[j]!;
    if (PRESIDED_STOPS.has(w.norm)) return;
    if (!PRESIDED.test(w.norm)) continue;
    // ("تحت إشراف"، "بحضور كل من")
    let at = j + 1;
    if (words[at]?.norm === 'كل' && words[at + 1]?.norm === 'من') at += 2;
    const who = actors.find((a) => a.from === at && !a.adjectival);
    if (!who) return;
    found.push(who);
    const k = targets.indexOf(who);
    if (k >= 0) targets.splice(k, 1);
    return;
  }
}
