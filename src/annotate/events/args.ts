import { relativeAside, subjectBeforeAside } from './relative-aside.js';
import type { ActorMention } from './actors.js';
import type { TriggerHit } from './triggers.js';
import { TIME_ADVERBS, type Word } from './words.js';
import {
  addresseeRoles,
  authorisedRoles,
  presidedRoles,
  countedPatient,
  deedOwnerRoles,
  masdarRoles,
  pronounPatientRoles,
  victimRoles,
} from './roles.js';

export interface Arguments {
  actors: ActorMention[];
  targets: ActorMention[];
  /** True when the agent is a pronoun this sentence does not resolve ("كما طالبوا الاتحاد …"، "ودعا إلى …"). */
  pronoun?: boolean;
}

/** Verbs that carry a nominal event: شن غارات، نفذ هجوما، عقد اجتماعا، أجرى محادثات. */
const LIGHT_VERBS = new Set([
  // "حمل الأطباء الشارة الحمراء": carrying the red armband is the protest
  'نصب',
  'نصبت',
  'نصبوا',
  'حمل',
  'حملت',
  'حملوا',
  'يحمل',
  'يحملون',
  'شن',
  'شنت',
  'يشن',
  'تشن',
  'يشنه',
  'يشنها',
  'نفذ',
  'نفذت',
  'ينفذ',
  'تنفذ',
  'عقد',
  'عقدت',
  'يعقد',
  'تعقد',
  'اجري',
  'اجرت',
  'يجري',
  'تجري',
  'بدا',
  'بدات',
  'باشر',
  'باشروا',
  'باشرت',
  'واصل',
  'واصلت',
  'شارك',
  'شاركت',
  'خاض',
  'خاضت',
  'نظم',
  'نظمت',
  'ينظم',
  'تنظم',
  'دخل',
  'دخلوا',
  'شنوا',
  'نفذوا',
  'عقدوا',
  'اجروا',
  'نظموا',
  'ابرم',
  'ابرمت',
  'وقع',
  'وقعت',
  'توصل',
  'توصلت',
  'توصلوا',
  'انطلقت',
  'انطلق',
  'استانفت',
  // "أطلقت قوات الأمن الغاز المسيل للدموع" (session 7)
  'اطلق',
  'اطلقت',
  'يطلق',
  'تطلق',
  'اطلقوا',
  // a host holds the meeting it hosts: "استضافت ألمانيا مؤتمرا … بمشاركة 12 دولة" (session 7)
  'استضاف',
  'استضافت',
  'تستضيف',
  'يستضيف',
]);
/**
 * Verbs whose subject is the agent of the event noun they govern: "تمكنت الوحدات الأمنية ... من إيقاف"،
 * "قام المحتجون بغلق"، "أقدم شاب على الاعتداء"، "أكدت النقابات رفضها"، "جددت الحكومة دعمها".
 */
const SUPPORT_VERBS = new Set([
  // "أن الوزارة بصدد التنسيق مع …" (session 6): about to do, with its subject before it
  'بصدد',
  'القي',
  'القت',
  'القوا',
  'تمكن',
  'تمكنت',
  'تمكنوا',
  'يتمكن',
  'قام',
  'قامت',
  'قاموا',
  'يقوم',
  'تقوم',
  'اقدم',
  'اقدمت',
  'اقدموا',
  'عمد',
  'عمدت',
  'عمدوا',
  'نجح',
  'نجحت',
  'نجحوا',
  'حاول',
  'حاولت',
  'حاولوا',
  'شرع',
  'شرعت',
  'قرر',
  'قررت',
  'قرروا',
  'واصل',
  'واصلت',
  'واصلوا',
  // masdars: "بعد قيام عدد من المواطنين بالاحتجاج"
  'قيام',
  'اقدام',
  // (session 9) "وأمكن لذات الفرقة إلقاء القبض على المروج"
  'امكن',
]);
/** Verbs of sentencing, matched on the whole word ("قضية" is no "قضى"): "قضت المحكمة بسجن …". */
const SENTENCING = new Set(['قضت', 'قضي', 'حكمت', 'حكم']);
/** Verbs of stating: their subject owns a possessive attitude noun they govern (أكدت النقابات رفضها). */
const STATING_VERBS = new Set([
  'اكد',
  'اكدت',
  'اكدوا',
  'جدد',
  'جددت',
  'جددوا',
  'اعلن',
  'اعلنت',
  'اعلنوا',
  'عبر',
  'عبرت',
  'عبروا',
  'ابدي',
  'ابدت',
  'ابدوا',
  'اعرب',
  'اعربت',
  'اعربوا',
]);
const AGENT_PREPS = ['جانب', 'قبل', 'طرف'];
/** Words after a verb that show it has no subject of its own after it. */
const NO_SUBJECT_NEXT = new Set(['الي', 'علي', 'في', 'عن', 'ان', 'بان', 'انه', 'انها', 'الى']);
/** Acts whose agent is the subject of the verb that governs them with ب. */
const OWN_ACT_TYPES = new Set(['COOPERATE', 'CONSULT', 'COERCE', 'ASSAULT', 'MOBILIZE', 'PROTEST', 'AID']);
/** Nouns of deciding and intending: with a possessive, their owner is the agent of the act they govern. */
const INTENT_NOUNS = new Set(['قرار', 'قراره', 'نيه', 'عزم', 'اعتزام', 'استعداد', 'رغبه']);
/** "خلال الجلسة"، "إثر اجتماع": a meeting as the frame of a clause. */
const DURING = new Set(['خلال', 'اثر', 'عقب', 'اثناء']);
/** Auxiliaries between an SVO subject and its verb. */
const AUXILIARIES = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'قد', 'وقد', 'لقد', 'كانوا']);
/**
 * "… بمشاركة 12 دولة، وتعهد المشاركون باحترام حظر …": a comma and a word with و that starts no actor open a new
 * clause (a verb with its own subject), whose act is not the agent's before it.
 */
function newClause(
  words: readonly Word[],
  from: number,
  to: number,
  actors: readonly ActorMention[],
): boolean {
  for (let j = from; j < to - 1; j++) {
    const w = words[j]!;
    const next = words[j + 1]!;
    if (
      (w.norm === '،' || w.norm === ',') &&
      /^و/.test(next.norm) &&
      next.norm.length >= 4 &&
      !next.definite &&
      !NOT_VERBS.test(next.norm.slice(1))
    )
      if (!actors.some((a) => a.from === j + 1) && !next.norm.startsWith('وال')) return true;
  }
  return false;
}

/** Words that open an adjunct of reason, time or circumstance: "ردا على"، "وسط"، "بعد"، "رغم". */
const ADJUNCT_OPENERS = new Set(['ردا', 'وسط', 'رغم', 'بعد', 'قبل', 'اثر', 'عقب', 'بسبب', 'جراء']);

/** Words that open an adjunct of circumstance: "وسط احتجاجات"، "رغم الهدنة". */
export const CIRCUMSTANCE = new Set(['وسط', 'رغم', 'بسبب', 'جراء']);

/**
 * Words after و that open no clause of their own: "، وذلك إثر جلسة"; (session 10) nor do prepositions of time and
 * circumstance: "تمكنت فرقة الشرطة العدلية بقفصة، وإثر كمين محكم، من القبض"; (session 15) nor adverbs of
 * focus: "أعوان مركز الحرس الوطني بالقلعة الكبرى، وتحديدا في المنطقة الريفية، من حجز".
 */
const NOT_VERBS =
  /^(?:ذلك|هو|هي|هم|هما|في|من|على|علي|عن|مع|بعد|قبل|منذ|خلال|بين|عند|حتى|كذلك|ايضا|لكن|اذ|ان|انه|اثر|عقب|اثناء|لدي|وسط|رغم|بفضل|تحديدا|بالتحديد|خصوصا|بالخصوص|خاصه|خاصة|اساسا)$/;

/** Month names, which stand in dates between a verb and its object. */
const MONTHS =
  /^(?:جانفي|يناير|كانون|فيفري|فبراير|شباط|مارس|اذار|افريل|ابريل|نيسان|ماي|مايو|ايار|جوان|يونيو|حزيران|جويليه|يوليو|تموز|اوت|اغسطس|اب|سبتمبر|ايلول|اكتوبر|تشرين|نوفمبر|ديسمبر|الاول|الثاني)$/;

/** Past a date and a venue after a verb ("صباح اليوم الأربعاء 05 أكتوبر 2016 بقصر قرطاج"), at most ten words. */
function pastAdjuncts(words: readonly Word[], i: number, actors: readonly ActorMention[]): number {
  let j = i;
  while (j < words.length && j - i < 10) {
    const w = words[j]!;
    if (TIME_ADVERBS.has(w.norm) || /^\d+$/.test(w.norm) || MONTHS.test(w.norm)) j++;
    else if (
      /^ب/.test(w.norm) &&
      !w.definite &&
      !mentionAt(actors, j) &&
      words[j + 1] &&
      !mentionAt(actors, j + 1)
    )
      j += 2;
    else break;
  }
  return j;
}

/** Words after which a noun phrase starts a clause (so it can be the subject of the verb after it). */
const CLAUSE_OPENERS = new Set([
  'و',
  'ثم',
  'كما',
  'لكن',
  'ولكن',
  'ان',
  'انه',
  'بينما',
  'فيما',
  'حيث',
  'اذ',
  // "خاصة وأن الوزير كان قد وعد …"، "لأن الحكومة …"، "فإن الوزارة …"
  'وان',
  'لان',
  'فان',
]);
/** Event types whose agent a sector adjective names (تعزيزات أمنية، هجوم عسكري، حملة أمنية). */
const FORCE_TYPES = new Set(['MOBILIZE', 'ASSAULT', 'COERCE']);
const PREP_WORDS = new Set(['علي', 'عن', 'الي', 'ضد', 'مع', 'في', 'من']);
const PAIR_JOIN = new Set(['بين']);
export const PASSIVE = new Set(['تم', 'يتم', 'تمت', 'وقع', 'يقع', 'جري', 'يجري']);

/** A passive auxiliary earlier in the clause, with no verb nor punctuation between it and the act. */
function passiveBefore(words: readonly Word[], hit: TriggerHit, hits: readonly TriggerHit[]): boolean {
  for (let j = hit.from - 1; j >= Math.max(0, hit.from - 9); j--) {
    const w = words[j]!;
    if (w.boundary) return false;
    if (w.keys.some((k) => PASSIVE.has(k))) return true;
    if (hits.some((h) => h !== hit && h.from <= j && j < h.to && h.entry.pos === 'V')) return false;
  }
  return false;
}
const FULL_STOPS = new Set(['.', '!', '؟', '?', 'حين', 'فيما', 'بينما']);

/** Words that only point at or count the patient after an act: "على هذا الشاب"، "على 3 أشخاص"، "عدد من". */
const DETERMINERS = new Set([
  'هذا',
  'هذه',
  'هذين',
  'هاتين',
  'هؤلاء',
  'ذلك',
  'تلك',
  'احد',
  'احدي',
  'بعض',
  'اثنين',
  'ثلاثه',
  'اربعه',
  'خمسه',
  'سته',
  'سبعه',
  'ثمانيه',
  'تسعه',
  'عشره',
  'ثلاث',
  'اربع',
  'خمس',
  'ست',
  'سبع',
  'ثماني',
  'تسع',
  'عشر',
]);

/** The first word past determiners and numerals at i ("3 أشخاص"، "هذا الشاب"، "عدد من المواطنين"). */
export function pastDeterminers(words: readonly Word[], i: number): number {
  let j = i;
  while (j < words.length && j - i < 4 && !words[j]!.boundary) {
    const n = words[j]!.norm;
    if (DETERMINERS.has(n) || /^[0-9٠-٩]+$/.test(n)) j++;
    else if ((n === 'عدد' || n === 'عددا') && words[j + 1]?.norm === 'من') j += 2;
    else break;
  }
  return j;
}

function mentionAt(actors: readonly ActorMention[], i: number): ActorMention | undefined {
  return actors.find((a) => a.from === i);
}

/** The actor phrase starting within `span` words after position i, without crossing a boundary or a verb trigger. */
function nextActor(
  words: readonly Word[],
  actors: readonly ActorMention[],
  i: number,
  span: number,
  hits: readonly TriggerHit[],
): ActorMention | undefined {
  for (let j = i; j < Math.min(words.length, i + span); j++) {
    if (words[j]!.boundary) return undefined;
    if (hits.some((h) => h.from === j && h.entry.pos === 'V')) return undefined;
    const a = mentionAt(actors, j);
    if (a) return a;
  }
  return undefined;
}

/** A named entity with no sector of its own (a person's name in apposition to a role). */
function named(a: ActorMention): boolean {
  return a.entity !== null && a.sector === null && !a.isCountry && !a.capital && !a.adjectival;
}

/** Coordinated actors from `first`: X و Y و Z, X، Y و Z. */
export function coordinated(
  words: readonly Word[],
  actors: readonly ActorMention[],
  first: ActorMention,
): ActorMention[] {
  const out = [first];
  let cur = first;
  let sawAnd = false;
  for (;;) {
    let j = cur.to;
    const comma = words[j]?.norm === '،' || words[j]?.norm === ',';
    if (comma) j++;
    // X، Y (a list) or X و Y; two phrases side by side are a verb's subject and object, not a pair
    const next = actors.find(
      (a) =>
        (a.from === j && comma) || (a.from === j + 1 && (words[j]?.norm === 'و' || words[j]?.norm === 'مع')),
    );
    // "وروسيا" carries its conjunction inside the word.
    const glued = actors.find(
      (a) => a.from === j && a.start > words[j]!.start && words[j]!.norm.startsWith('و'),
    );
    const n = glued ?? next;
    if (!n || n === cur || out.includes(n)) break;
    // ("X، بالمشير Y": a phrase after its preposition is no member of the list)
    if (words[n.from]!.prep || cliticPrep(words[n.from]!, n) === 'ب') break;
    if (j !== cur.to && !(words[j]?.norm === 'و' || words[j]?.norm === 'مع' || n.from === j)) break;
    out.push(n);
    if (n !== next || !comma || n.from !== j) sawAnd = true;
    cur = n;
  }
  // "X، Y" without a final "و Z" is no list: subject and object ("دعا الحزب، الحكومة، إلى") or, for a named
  // person, an apposition ("رئيس البرلمان، محمد الناصر") that keeps both phrases
  return sawAnd ? out : out.filter((x, i) => i === 0 || named(x));
}

/** Coordinated actors ending with `last`: روسيا، إيران وتركيا. */
function coordinatedBack(
  words: readonly Word[],
  actors: readonly ActorMention[],
  last: ActorMention,
): ActorMention[] {
  for (const a of actors) {
    if (a.to > last.from) break;
    if (a !== last && coordinated(words, actors, a).includes(last)) return coordinated(words, actors, a);
  }
  return [last];
}

/** The actor phrase ending just before position i (SVO order), within `span` words and one clause. */
function previousActor(
  words: readonly Word[],
  actors: readonly ActorMention[],
  i: number,
  span: number,
): ActorMention | undefined {
  for (let j = i - 1; j >= Math.max(0, i - span); j--) {
    if (words[j]!.boundary && words[j]!.norm !== '،' && words[j]!.norm !== ',') return undefined;
    const a = actors.find((x) => x.to - 1 === j);
    if (a) {
      // a prepositional phrase (في إدلب، على المنطقة) is no subject
      const w = words[a.from]!;
      const before = words[a.from - 1];
      if (
        w.prep ||
        // "بمستشفى فرحات حشاد": a clitic preposition on an indefinite head
        cliticPrep(w, a) === 'ب' ||
        (before &&
          !partitive(words, a) &&
          [
            'في',
            'على',
            'علي',
            'الى',
            'الي',
            'من',
            'عن',
            'ضد',
            'مع',
            'حول',
            'بين',
            'قرب',
            'امام',
            'نحو',
            'باتجاه',
            'تجاه',
            'مقر',
            'بمقر',
            'داخل',
            'لدي',
            // a topic is no subject: "مؤتمر بشأن ليبيا" (session 7)
            'بشان',
            'بخصوص',
            'ازاء',
          ].includes(before.norm)) ||
        // "في العاصمة السويدية ستوكهولم": a capital named as the place it is
        (a.capital &&
          words
            .slice(Math.max(0, a.from - 3), a.from)
            .some((x) => /^و?(?:في|بالعاصمه|العاصمه|بمدينه|مدينه)$/.test(x.norm)))
      )
        continue;
      return a;
    }
  }
  return undefined;
}

/**
 * Actors and targets of one trigger, from the order of words around it:
 * VSO (قصفت الطائرات الروسية مواقع...), SVO (روسيا ... شنت غارات), nouns with a nisba adjective
 * (الغارات الروسية), an agent phrase (من جانب X، يشنه النظام), a light verb's subject (شن الجيش غارات),
 * pairs (بين X و Y، X مع Y) and target prepositions (على، ضد، مع، ل).
 */
export function resolveArguments(
  words: readonly Word[],
  hit: TriggerHit,
  allActors: readonly ActorMention[],
  hits: readonly TriggerHit[],
): Arguments {
  // sector adjectives only name the agent of the noun they follow
  const actors = allActors.filter((a) => !a.adjectival);
  const adjectivals = allActors.filter((a) => a.adjectival);
  const args = hit.entry.args;
  const found: ActorMention[] = [];
  const targets: ActorMention[] = [];
  const after = hit.to;
  // (session 11) a word after a passive auxiliary is its verbal noun, whatever the lexicon reads ("أنه تم خلال هذه
  // العملية حجز مسدس": no subject of حجز, the ministry that says so is no agent)
  const isVerb =
    hit.entry.pos === 'V' &&
    !(hit.from > 0 && words[hit.from - 1]!.keys.some((k) => PASSIVE.has(k))) &&
    !passiveBefore(words, hit, hits);

  // SVO with the subject right before the verb ("حزب المسار يطالب الحكومة بالانسحاب"): what follows is the object
  // (past auxiliaries: "أن ترامب كان قد التقى ميركل")
  let verbAt = hit.from;
  while (verbAt > 0 && AUXILIARIES.has(words[verbAt - 1]!.norm)) verbAt--;
  const adjacentSubject = isVerb ? previousActor(words, actors, verbAt, 1) : undefined;
  const opener = adjacentSubject ? words[adjacentSubject.from - 1] : undefined;
  // (a subject that carries the conjunction و opens a clause of its own: "اشتباكات جنوب طرابلس وحكومة الوفاق تتهم")
  const andSubject =
    adjacentSubject !== undefined &&
    adjacentSubject.start > words[adjacentSubject.from]!.start &&
    /^و/.test(words[adjacentSubject.from]!.norm) &&
    !adjacentSubject.adjectival;
  if (
    isVerb &&
    adjacentSubject &&
    (!opener ||
      opener.boundary ||
      CLAUSE_OPENERS.has(opener.norm) ||
      AUXILIARIES.has(opener.norm) ||
      andSubject)
  ) {
    const opens =
      !opener || opener.boundary || CLAUSE_OPENERS.has(opener.norm) || AUXILIARIES.has(opener.norm);
    // (a city before the conjunction is a place: "جنوب طرابلس وحكومة الوفاق تتهم")
    found.push(...coordinatedBack(words, actors, adjacentSubject).filter((a) => opens || !a.capital));
  } else if (
    isVerb &&
    pronounSubject(words, hit) &&
    // (session 6: "أن الانقليز حظروا": a noun the lexicon does not know is the subject, not the speaker)
    !(unresolvedNoun(words, verbAt - 1, actors) && COMPLEMENTISERS.has(words[verbAt - 2]?.norm ?? ''))
  ) {
    // the subject is in the verb or a pronoun before it ("كما طالبوا الاتحاد المحلي"، "أعلنت إيران أنها ترفض
    // منح أعضاء بمجلس الشيوخ تأشيرات"): what follows is the object; the agent is named earlier in the sentence
    const before = previousActor(words, actors, hit.from, 10) ?? speakerOf(words, actors, hit);
    if (
      before &&
      !hits.some((h) => h !== hit && h.from >= before.to && h.from < hit.from && h.entry.pos === 'V')
    )
      found.push(...coordinatedBack(words, actors, before));
  } else if (isVerb && kanFrame(words, hit.from) >= 0) {
    // session 9: "وكانت عدة جهات من بينها حملة … في لبنان قد طالبت الحكومة اللبنانية بمنع …": the subject sits
    // between كان and قد (the actor right after كان, if the lexicon reads it); what follows the verb is its object
    const subj = nextActor(words, actors, kanFrame(words, hit.from) + 1, 3, hits);
    if (subj && subj.to < hit.from && !words[subj.from]!.prep)
      found.push(...coordinated(words, actors, subj));
  } else if (isVerb) {
    // (past adverbs of time: "التقى صبيحة اليوم الأربعاء، أمين عام الحركة …")
    let subjFrom = after;
    while (
      subjFrom < words.length &&
      subjFrom - after < 6 &&
      (TIME_ADVERBS.has(words[subjFrom]!.norm) || (subjFrom > after && words[subjFrom]!.norm === '،'))
    )
      subjFrom++;
    const subj = nextActor(words, actors, subjFrom, 3, hits);
    // An unknown definite noun is the subject even when no actor phrase reads it, so the actor after it is the
    // object: before the verb at the clause's start ("الاتحاد يدعو الحكومة") or right after it ("دعا الاتحاد
    // الحكومة"): the subject stays unresolved rather than becoming the object.
    const opener = words[verbAt - 2];
    const unknownBefore =
      unresolvedNoun(words, verbAt - 1, actors) &&
      (verbAt - 1 === 0 || opener!.boundary || CLAUSE_OPENERS.has(opener!.norm));
    const unknownAfter =
      subj !== undefined && subj.from > subjFrom && unresolvedNoun(words, subjFrom, actors);
    if (unknownBefore || unknownAfter) {
      // (no agent: the object rules below take the actor after the verb)
    } else if (
      subj &&
      !words[subj.from]!.prep &&
      (partitive(words, subj) ||
        !['الي', 'علي', 'في', 'ضد', 'من', 'مع'].includes(words[subj.from - 1]?.norm ?? ''))
    )
      found.push(...coordinated(words, actors, subj));
    else {
      const before = previousActor(words, actors, hit.from, 8);
      // (not a group named inside another act's trigger: "تفكيك عصابة … وحجز"; nor its patient, session 9)
      if (
        before &&
        !hits.some((h) => h !== hit && h.from <= before.from && before.to <= h.to) &&
        !patientBefore(words, before, hit, hits)
      )
        found.push(...coordinatedBack(words, actors, before));
    }
  } else {
    // nisba adjective right after the noun: الغارات الروسية
    const adj = actors.find(
      (a) => a.from === after && a.isCountry === false && a.sector === null && a.country,
    );
    if (adj) found.push(adj);
    // the source of reinforcements or aid: "تعزيزات من الجيش"، "هبة من الاتحاد الأوروبي"
    if (
      found.length === 0 &&
      (hit.type === 'MOBILIZE' || hit.type === 'AID') &&
      words[after]?.norm === 'من'
    ) {
      const src = mentionAt(actors, after + 1);
      if (src) found.push(src);
    }
    // "هبة مالية من الاتحاد الأوروبي"، "الهبة التي تحصلت عليها الوزارة مؤخرا من الاتحاد الأوروبي"
    if (found.length === 0 && hit.type === 'AID') {
      let received = false;
      for (let j = after; j < Math.min(words.length - 1, after + 10); j++) {
        const w = words[j]!;
        if (w.boundary) break;
        if (w.baseKeys.some((k) => RECEIVE_VERBS.has(k))) received = true;
        if (w.norm !== 'من' || (!received && j - after > 2)) continue;
        const src = mentionAt(actors, j + 1);
        if (src && src.sector !== 'CVL') found.push(src);
        break;
      }
    }
    // a sector adjective: "تعزيزات عسكرية وأمنية" → MIL, COP
    // (only for what forces do: "التصعيد العسكري" in "وقف التصعيد العسكري" is no agent of the ceasefire)
    const sectorAdj = FORCE_TYPES.has(hit.type) ? adjectivals.find((a) => a.from === after) : undefined;
    if (!adj && sectorAdj) {
      found.push(sectorAdj);
      const second = adjectivals.find((a) => a.from === after + 1 && words[after + 1]!.norm.startsWith('و'));
      if (second) found.push(second);
    }
    // agent phrase: من جانب X، من قبل X، لقوات النظام
    const lAgent = actors.find(
      (a) =>
        (a.from === after && words[after]!.prep === 'ل') ||
        (a.from === after && words[after]!.norm.startsWith('ل') && !a.isCountry),
    );
    // (not where ل names the target: "كمين لدورية عسكرية")
    // (session 8: "اعتصام للمنظمة التونسية للشغل"، "وقفة احتجاجية لأعوان الصحة": a protest of its holders)
    if (
      found.length === 0 &&
      lAgent &&
      (hit.entry.type === 'ASSAULT' || hit.entry.type === 'PROTEST') &&
      !args.includes('ل')
    )
      found.push(lAgent);
    // "بضرورة التدخل من قبل الحكومة": the agent of the demanded act, not of the demand
    const demand = hit.entry.cls === 'demand';
    for (let j = after; j < Math.min(words.length, after + 6) && found.length === 0 && !demand; j++) {
      if (words[j]!.boundary) break;
      if (AGENT_PREPS.includes(words[j]!.norm) && words[j - 1]?.norm === 'من') {
        const a = nextActor(words, actors, j + 1, 3, []);
        if (a) found.push(a);
      }
      // relative light verb: هجوم يشنه النظام
      if (words[j]!.possessive && words[j]!.keys.some((k) => LIGHT_VERBS.has(k))) {
        const a = nextActor(words, actors, j + 1, 3, []);
        if (a) found.push(a);
      }
    }
    // a light verb before the noun: its subject
    if (found.length === 0) {
      for (let j = hit.from - 1; j >= Math.max(0, hit.from - 14); j--) {
        if (words[j]!.boundary && words[j]!.norm !== '،' && words[j]!.norm !== ',') break;
        // ("نفذت الضربات ردا على هجمات": an adjunct of reason or time has acts of its own)
        if (ADJUNCT_OPENERS.has(words[j]!.norm)) break;
        if (words[j]!.keys.some((k) => LIGHT_VERBS.has(k))) {
          const next = nextActor(words, actors, j + 1, Math.max(1, hit.from - j - 1), []);
          // (a city further on is a genitive, "مؤتمر برلين", not the subject)
          const subj = next && !(next.capital && next.from > j + 1) ? next : undefined;
          if (subj) found.push(...coordinated(words, actors, subj));
          else {
            const before = previousActor(words, actors, j, 8);
            if (before) found.push(before);
          }
          break;
        }
      }
    }
    // genitive after the noun: the agent of an intransitive noun (غياب المبعوث، مشاركة الوفد، إضراب العمال),
    // the patient of a transitive one (اعتقال المشتبه به، قصف المدينة)
    // (a phrase after its own preposition clitic, "لطلبة الحقوق", is no genitive)
    // "القبض على رجل": after a phrase that ends in its preposition comes the patient (also counted or pointed
    // at: "القبض على 3 أشخاص"، "القبض على هذا الشاب"; the patient of a release: "إطلاق سراح 15 موقوفا")
    const endsInPrep = PREP_WORDS.has(words[hit.to - 1]!.norm) || hit.mode === 'release';
    // (session 12, roles.ts: "إيقاف 3 عناصر إرهابية": a counted genitive of an act of force is its patient)
    const counted = !endsInPrep && countedPatient(words, hit);
    let genAt = endsInPrep || counted ? pastDeterminers(words, after) : after;
    // (session 9: "القضاء على عنصرين إرهابيين": past a counted word for members, the group they belong to)
    if (
      endsInPrep &&
      /^(?:ال)?(?:عنصر|عنصرين|عناصر)$/.test(words[genAt]?.norm ?? '') &&
      !mentionAt(actors, genAt)
    )
      genAt++;
    const gen = actors.find(
      (a) => a.from === genAt && !words[genAt]!.prep && !a.capital && !cliticPrep(words[genAt]!, a),
    );
    // "لمطالبة الحكومة بوقف …": after a purpose ل the genitive of a demand is whom it is made of
    const purposeDemand =
      hit.type === 'REQUEST' && /^و?ل/.test(words[hit.from]!.norm) && !words[hit.from]!.definite;
    // (session 8: "الحكم الصادر عن المحكمة": what is issued by someone has them as its agent)
    const issuedBy =
      endsInPrep && words[hit.to - 1]!.norm === 'عن' && /صادر/.test(words[hit.to - 2]?.norm ?? '');
    if (gen && issuedBy) found.push(gen);
    else if (gen && (endsInPrep || purposeDemand || counted)) targets.push(gen);
    else if (found.length === 0 && gen && !args.includes('obj')) found.push(gen);
    else if (gen && args.includes('obj') && !found.includes(gen)) targets.push(gen);
    // attendance nouns: the subject before them (أكدت المعارضة السورية مشاركتها)
    if (found.length === 0 && (hit.entry.cls === 'attend' || hit.entry.cls === 'absent')) {
      const before = previousActor(words, actors, hit.from, 8);
      if (before) found.push(before);
    }
    // bare coordination before an indefinite talks noun: ممثلون عن إيران وروسيا وتركيا، الأربعاء، محادثات
    const pairFollows = words.slice(after, after + 2).some((w) => PAIR_JOIN.has(w.norm));
    if (
      found.length === 0 &&
      !pairFollows &&
      (hit.entry.cls === 'talks' || hit.entry.cls === 'meeting') &&
      !words[hit.from]!.definite
    ) {
      const before = previousActor(words, actors, hit.from, 8);
      if (before) {
        let first = before;
        for (const a of actors)
          if (a.to <= before.from && coordinated(words, actors, a).includes(before)) {
            first = a;
            break;
          }
        found.push(...coordinated(words, actors, first));
      }
    }
    // session 10 (arguments): the addressee of a call is the agent of the act called for: "ودعا الحامدي …
    // رئيس الجمهورية إلى التراجع"، "دعا الحزب الحكومة إلى فتح تحقيق" (not the caller: "دعا الحزب إلى الإضراب")
    if (found.length === 0 && !isVerb) {
      const addressee = calledAddressee(words, actors, hit);
      if (addressee) found.push(addressee);
    }
    // the subject of a support verb earlier in the clause: "تمكنت وحدات الحرس الوطني ببنزرت خلال الليلة ... من
    // إلقاء القبض"، "وكان المكتب التنفيذي للاتحاد ... أكد في بيان رفضه"
    if (found.length === 0) {
      const agent = supportVerbSubject(words, actors, hit, hits);
      if (agent) found.push(agent);
    }
    // a verb opening the clause, its subject, then the act with ب: "وأذنت السلط الأمنية بالتنسيق مع النيابة"
    // (only for what one does oneself: after طالب/دعا the act with ب is the one demanded of others)
    if (found.length === 0 && OWN_ACT_TYPES.has(hit.type) && /^و?ب/.test(words[hit.from]!.norm)) {
      const subj = actors.find(
        (a) =>
          (a.to === hit.from || (a.to === hit.from - 1 && words[a.to]!.norm.startsWith('ب'))) &&
          !a.adjectival &&
          !words[a.from]!.prep &&
          a.from >= 1 &&
          clauseInitial(words, a.from - 1) &&
          !words[a.from - 1]!.boundary &&
          !PREP_WORDS.has(words[a.from - 1]!.norm) &&
          !hits.some((h) => h.from === a.from - 1),
      );
      if (subj) found.push(subj);
    }
    // the owner of a decision or an intention: "كشفت وزارة الخارجية … عن قرارها المفاجئ لقطع العلاقات"
    if (found.length === 0) {
      for (let j = hit.from - 1; j >= Math.max(0, hit.from - 3); j--) {
        const w = words[j]!;
        if (w.boundary) break;
        if (!w.possessive || !w.keys.some((k) => INTENT_NOUNS.has(k))) continue;
        // (the one who announces a decision is the one who made it)
        const owner = previousActor(words, actors, j, 14);
        if (owner && (owner.person || !owner.code.startsWith('UNK'))) found.push(owner);
        break;
      }
    }
    // the subject of the clause: "تمكنت الوحدات الأمنية بقبلي من إيقاف ..."، "نفذ الأساتذة إضرابا"
    const TALKS = hit.entry.cls === 'talks' || hit.entry.cls === 'meeting';
    // "صادق مجلس نواب الشعب خلال الجلسة العامة": the subject of the clause held the meeting it acts in
    if (found.length === 0 && TALKS && DURING.has(words[hit.from - 1]?.norm ?? '')) {
      const before = previousActor(words, actors, hit.from - 1, 6);
      if (before && !speaks(words, before) && (before.person || !before.code.startsWith('UNK')))
        found.push(before);
    }
    // "تم فتح تحقيق"، "وقع إيقاف": a passive leaves the agent unsaid
    // (session 11: also past adjuncts and coordinated acts of the same passive: "تم خلال هذه العملية حجز"،
    // "تم بكل من تمنراست وعين قزام إيقاف"، "تم إيقاف 3 أشخاص وفتح بحث"; not past a verb or a punctuation mark)
    const passive =
      words.slice(Math.max(0, hit.from - 3), hit.from).some((w) => w.keys.some((k) => PASSIVE.has(k))) ||
      passiveBefore(words, hit, hits);
    // ("يلتقي X Y وسط احتجاجات": an act named in an adjunct of circumstance is not the clause subject's)
    const inAdjunct = CIRCUMSTANCE.has(words[hit.from - 1]?.norm ?? '');
    if (found.length === 0 && !TALKS && !passive && !words[hit.from]!.definite && !inAdjunct) {
      const before = previousActor(words, actors, hit.from, 10);
      // not a speaker (أكد مراسل الإذاعة وصول تعزيزات) nor the agent of another event in between, nor a name
      // that says nothing of whom it stands for ("في تصريح للجوهرة اف ام، إصابة عسكري")
      if (
        before &&
        !speaks(words, before) &&
        (before.person || !before.code.startsWith('UNK')) &&
        !hits.some((h) => h.from >= before.to && h.from < hit.from) &&
        !newClause(words, before.to, hit.from, actors) &&
        !patientBefore(words, before, hit, hits) &&
        // (session 9b: "اختطفوا فتاة … وقاموا باغتصابها": the pronoun on the act after a joined قام stands for the
        // noun before, its patient)
        !(JOINED_DID.test(words[hit.from - 1]?.norm ?? '') && patientPronoun(words[hit.from]!)) &&
        // (a group named inside another act's trigger is that act's patient: "تفكيك عصابة … وحجز")
        !hits.some((h) => h !== hit && h.from <= before.from && before.to <= h.to)
      )
        found.push(before);
    }
    if (found.length === 0 && !TALKS && words[hit.from]!.definite && words[hit.from - 1]?.norm === 'من') {
      const before = previousActor(words, actors, hit.from - 1, 10);
      if (before) found.push(before);
    }
  }

  // pairs: بين X و Y → actor X, target Y (PLOVER codes the source and the other party)
  if (args.includes('pair')) {
    // (past an adjective and a time between commas: "اندلعت اشتباكات عنيفة، صباح اليوم الأربعاء، بين X وY")
    for (let j = after; j < Math.min(words.length, after + 10); j++) {
      const w = words[j]!;
      if (w.boundary && w.norm !== '،' && w.norm !== ',') break;
      if (FULL_STOPS.has(w.norm) || hits.some((h) => h.from === j && h.entry.pos === 'V')) break;
      // (a comma only before a time: "، صباح اليوم الأربعاء، بين")
      if (
        (w.norm === '،' || w.norm === ',') &&
        !TIME_ADVERBS.has(words[j + 1]?.norm ?? '') &&
        !PAIR_JOIN.has(words[j + 1]?.norm ?? '')
      )
        break;
      if (PAIR_JOIN.has(words[j]!.norm)) {
        const a = nextActor(words, actors, j + 1, 4, []);
        // (not a name past a preposition: "بين الشيخين في باريس")
        if (a && !PREP_WORDS.has(words[a.from - 1]?.norm ?? '')) {
          const group = coordinated(words, actors, a);
          if (group.length === 1) {
            // "بين الوفد الروسي برئاسة ...، ووفد الحكومة السورية": the next actor after و in the clause
            const second = actors.find(
              (x) =>
                x.from > a.to &&
                words[x.from]!.norm.startsWith('و') &&
                x.start > words[x.from]!.start &&
                x.from - a.to <= 16 &&
                !words.slice(a.to, x.from).some((w) => FULL_STOPS.has(w.norm)),
            );
            if (second) group.push(second);
          }
          if (found.length === 0) found.push(group[0]!);
          else if (!found.includes(group[0]!)) targets.push(group[0]!);
          for (const g of group.slice(1)) if (!found.includes(g)) targets.push(g);
        }
        break;
      }
    }
  }
  // the patient named inside the trigger phrase: "تفكيك عصابة"، "تفكيك خلية إرهابية"
  if (hit.type === 'COERCE' && hit.to - hit.from > 1) {
    const inside = actors.find((a) => a.from > hit.from && a.from < hit.to && !found.includes(a));
    if (inside) targets.push(inside);
  }
  // the recipient of aid is the subject of a verb of receiving: "تسلمت الإدارة الجهوية للصحة … هبة"،
  // "الهبة التي تحصلت عليها وزارة الإشراف"
  if (hit.type === 'AID' && !isVerb) {
    const recipient = receiver(words, actors, hit);
    if (recipient && !found.includes(recipient)) targets.push(recipient);
  }
  // target after a preposition the entry names, or the object (past a subject after the verb and its comma:
  // "التقى …، أمين عام الحركة ووفد منها، بالمشير خليفة حفتر")
  const lastSubject = found.length > 0 ? found[found.length - 1]! : undefined;
  let prepFrom = after;
  if (lastSubject && lastSubject.from >= after && lastSubject.to - after <= 24) {
    prepFrom = lastSubject.to;
    if (words[prepFrom]?.norm === '،' || words[prepFrom]?.norm === ',') prepFrom++;
  }
  for (let j = prepFrom; j < Math.min(words.length, prepFrom + 8) && targets.length === 0; j++) {
    const w = words[j]!;
    if (w.boundary) break;
    if (hits.some((h) => h !== hit && h.from === j && h.entry.pos === 'V')) break;
    const here = mentionAt(actors, j);
    const prepHere = args.find(
      (p) =>
        p !== 'obj' &&
        p !== 'pair' &&
        (w.norm === p ||
          (p.length === 1 && (w.prep === p || (here !== undefined && cliticPrep(w, here) === p)))),
    );
    if (prepHere) {
      // "بالمشير خليفة حفتر": a title carries the preposition of the person after it
      const titled =
        w.norm !== prepHere && !here && mentionAt(actors, j + 1)?.person
          ? mentionAt(actors, j + 1)
          : undefined;
      const a =
        w.norm === prepHere
          ? nextActor(words, actors, pastDeterminers(words, j + 1), 2, [])
          : (here ?? titled);
      if (a && !found.includes(a))
        targets.push(...coordinated(words, actors, a).filter((x) => !found.includes(x)));
      if (a) break;
    }
  }
  if (targets.length === 0 && args.includes('obj') && isVerb) {
    let start = found.length > 0 ? Math.max(after, found[found.length - 1]!.to) : after;
    // a name in apposition to the subject is the subject: "توعد الأمين العام لحزب الله حسن نصر الله إسرائيل"
    const apposed = mentionAt(actors, start);
    if (apposed?.person && !apposed.titled && found.length > 0 && found[found.length - 1]!.to === start)
      start = apposed.to;
    // the object may follow an adverbial: "يطالب المربون من خلال هذه الإضرابات سلطة الإشراف"
    // ... or a date and a venue: "استقبل الرئيس صباح اليوم الأربعاء 05 أكتوبر 2016 بقصر قرطاج رئيس الحكومة"
    // (past the subject's seat: "اتهمت هيئة الحشد الشعبي في العراق الولايات المتحدة")
    const seat = words[start]?.norm === 'في' ? mentionAt(actors, start + 1) : undefined;
    if (seat && (seat.isCountry || seat.capital) && found.length > 0) start = seat.to;
    let obj =
      nextActor(words, actors, start, 6, hits) ??
      nextActor(words, actors, pastAdjuncts(words, start, actors), 4, hits);
    // ... and the subject's affiliation and name: "دعا مدير إدارة المياه بوزارة التجهيز نجيب بن شيخة المواطنين"
    // (a body after a clitic ب or a person's name right after the subject still belong to it)
    // (the name only after an affiliation, and only when another phrase follows to be the object)
    let afterAffiliation = false;
    for (let hop = 0; obj && found.length > 0 && hop < 3; hop++) {
      const affiliation = cliticPrep(words[obj.from]!, obj) === 'ب';
      const name =
        afterAffiliation &&
        obj.person &&
        obj.from - start <= 2 &&
        !obj.code.slice(3) &&
        nextActor(words, actors, obj.to, 6, hits) !== undefined;
      if (!affiliation && !name) break;
      afterAffiliation = affiliation;
      start = obj.to;
      obj = nextActor(words, actors, start, 6, hits);
    }
    const objPrev = obj ? (words[obj.from - 1]?.norm ?? '') : '';
    // "كل من وزارة التربية والحكومة" is an object, "من الحكومة" is not
    const eachOf = objPrev === 'من' && words[obj!.from - 2]?.norm === 'كل';
    // "دعا إلى هدنة لدعم جهود الحكومة": what follows إلى is the demand, not its addressee
    const pastTo = obj !== undefined && words.slice(start, obj.from).some((w) => w.norm === 'الي');
    if (
      obj &&
      !pastTo &&
      // a capital further on is a genitive or a place ("جولات محادثات أستانا"), not the object
      !(obj.capital && obj.from > start) &&
      !found.includes(obj) &&
      !words[obj.from]!.prep &&
      (eachOf || !['الي', 'علي', 'في', 'من', 'عن', 'مع'].includes(objPrev))
    ) {
      targets.push(obj);
      // a person named with their office: "استقبل ... نور الدين الطبوبي الأمين العام للاتحاد" → the office too
      const office = obj.person ? actors.find((a) => a.from === obj.to && a.sector !== null) : undefined;
      if (office) targets.push(office);
    }
  }
  // session 8: a stance on what someone said, decided or did targets them: "انتقد تصريحات الرئيس"، "مثمنا دور
  // الإعلام"، "رفض مقترح حركة النهضة"، "اعتبر قرار وزارة الصناعة …" (past the subject and adjuncts between commas)
  if (targets.length === 0 && STANCE_TYPES.has(hit.type)) {
    const start = found.length > 0 ? Math.max(after, found[found.length - 1]!.to) : after;
    for (let j = start; j < Math.min(words.length, start + 10); j++) {
      const w = words[j]!;
      if (w.boundary && w.norm !== '،' && w.norm !== ',') break;
      if (hits.some((h) => h !== hit && h.from === j)) break;
      if (!w.baseKeys.some((k) => STANCE_OBJECTS.has(k))) continue;
      // (the owner right after the noun or past one adjective: "الدور المحوري لوسائل الإعلام")
      const owner = nextActor(words, actors, j + 1, 2, hits);
      if (owner && !found.includes(owner) && !owner.capital) targets.push(owner);
      break;
    }
  }
  // a judgement blames what its clause after أن names: "معتبرا أن قرار وزارة التربية غير مقبول" → the ministry
  if (hit.entry.cls === 'judgement' && targets.length === 0) {
    for (let j = hit.to; j < Math.min(words.length, hit.to + 12); j++) {
      if (words[j]!.norm === '.') break;
      if (!/^(?:ان|بان|وان)$/.test(words[j]!.norm)) continue;
      const judged = nextActor(words, actors, j + 1, 6, hits);
      if (judged && !found.includes(judged)) targets.push(judged);
      break;
    }
  }
  // "تعرض الضحية إلى هجوم"، "تعرضت دورية أمنية لكمين": the subject of تعرض suffers the attack
  // (so is the subject of a charge or a threat it suffers or receives: "يتعرض لحملة تشويه"، "تلقى تهديدات")
  const hostile = hit.type === 'ACCUSE' || hit.type === 'THREATEN';
  if ((hit.type === 'ASSAULT' || hit.type === 'COERCE' || hostile) && targets.length === 0) {
    const k = words[hit.from - 1]?.norm === 'الي' ? hit.from - 2 : hit.from - 1;
    // (the victim's workplace may come in between: "تعرض فجر اليوم ناظر بقسم الاستعجالي بالمستشفى … إلى الاعتداء")
    for (let j = k; j >= Math.max(0, k - 14); j--) {
      if (words[j]!.boundary) break;
      if (!/^[وف]?[يت]?تعرض/.test(words[j]!.norm) && !(hostile && /^[وف]?[يت]?تلق[يا]/.test(words[j]!.norm)))
        continue;
      // (after the verb, or before it: "منزل خليفة حفتر يتعرض لهجوم")
      const victim =
        nextActor(words, allActors, j + 1, Math.min(4, hit.from - j - 1), []) ??
        previousActor(words, allActors, j, 3);
      if (victim) {
        targets.push(victim);
        const at = found.indexOf(victim);
        if (at >= 0) found.splice(at, 1);
      }
      break;
    }
  }
  // the victims of an attack: "أدى انفجار لغم … إلى إصابة مواطن"، "إصابة عسكري في انفجار لغم"
  if (hit.type === 'ASSAULT' && targets.length === 0) {
    const victim = casualty(words, allActors, hit);
    // (session 11: with those joined to it, "في صفوف المحتجين ورجال الأمن")
    if (victim && !found.includes(victim)) targets.push(...coordinated(words, allActors, victim));
  }
  // session 9: the body whose meeting it is, after ل past the meeting's adjectives ("الاجتماع الطارئ للمكتب التنفيذي
  // للمركزية النقابية"، "اجتماع للهيئة الإدارية")
  if (found.length === 0 && !isVerb && (hit.entry.cls === 'meeting' || hit.entry.cls === 'talks')) {
    let j = after;
    while (j < after + 2 && words[j] && !words[j]!.boundary && words[j]!.definite && !words[j]!.prep) j++;
    // (past the organ that meets: "للمكتب التنفيذي لاتحاد الشغل" → the union)
    if (words[j] && !words[j]!.boundary && /^ل/.test(words[j]!.norm))
      for (let k = j; k < j + 3 && k < words.length && !words[k]!.boundary; k++) {
        const body = mentionAt(actors, k);
        if (!body) continue;
        if (!body.capital && !body.isCountry && body.sector !== null && /^ل/.test(words[k]!.norm))
          found.push(body);
        break;
      }
  }
  // session 9: "بالتعاون مع Y" as a manner adjunct is done by the subject of its clause, however far ("يذكر أن الفرقة
  // الجهوية للشرطة البلدية بسوسة، كانت قد انطلقت … في تنفيذ حملة … بالتعاون مع الوحدات الأمنية")
  if (found.length === 0 && mannerAdjunct(words, hit)) {
    const subject = clauseSubject(words, actors, hit.from, targets);
    if (subject) found.push(subject);
  }
  // session 9: the patient of a measure "في حق X" ("بطاقة إيداع بالسجن في حق مستثمر"), and the agent of a passive
  // act named far after it ("تم القبض على رجل الأعمال … أصيل القصرين من طرف فرقة خاصة")
  if (targets.length === 0 && RIGHTS_TYPES.has(hit.type)) {
    const patient = inRightOf(words, actors, hit, hits);
    if (patient && !found.includes(patient)) targets.push(patient);
  }
  if (!isVerb && hit.entry.cls !== 'demand' && found.every((a) => a.to <= hit.from)) {
    const agent = passiveAgent(words, actors, hit, hits);
    // (session 11c: the agent phrase of a verbal noun outranks the subject of the clause around it: "وقامت وزارة
    // الخارجية، منذ إيقاف البحارة من قبل خفر السواحل الليبي، بتكوين لجنة")
    if (agent && !targets.includes(agent)) found.splice(0, found.length, agent);
  }
  // session 11: the agent named after على يد; what stood as the subject of the passive verb is the patient
  const hand = byHandOf(words, actors, hit);
  if (hand) {
    const patients = found.filter((a) => a !== hand && a.from < hit.from);
    found.length = 0;
    found.push(hand);
    targets.unshift(...patients.filter((p) => !targets.includes(p)));
    const at = targets.indexOf(hand);
    if (at >= 0) targets.splice(at, 1);
  }
  // session 12 (roles.ts): a verbal noun's subject and object; a harm noun's genitive is a victim
  masdarRoles(words, hit, actors, found, targets);
  victimRoles(words, hit, found, targets);
  addresseeRoles(words, hit, actors, hits, found, targets);
  deedOwnerRoles(words, hit, allActors, hits, found, targets);
  pronounPatientRoles(words, hit, actors, found, targets);
  authorisedRoles(words, hit, actors, hits, found, targets);
  presidedRoles(words, hit, actors, found, targets);
  // a verb whose subject is a pronoun, or that opens its clause with no subject named ("ودعا إلى هدنة")
  // (only when what follows cannot be its subject: a preposition or a clause, "ودعا إلى"، "وطالب بمراجعة")
  const next = words[hit.to];
  // (session 8: also after a sentence-initial "كما"، "ثم": "كما دعت إلى …")
  const lead = words[hit.from - 1]?.norm;
  const openerAt = lead === 'كما' || lead === 'وكما' || lead === 'ثم' ? hit.from - 1 : hit.from;
  const opensClause =
    (openerAt === 0 || words[openerAt - 1]!.boundary) &&
    next !== undefined &&
    (NO_SUBJECT_NEXT.has(next.norm) || (next.prep !== null && next.prep !== 'ك') || /^[بل]/.test(next.norm));
  const pronoun = isVerb && found.length === 0 && (pronounSubject(words, hit) || opensClause);
  // (an agent is never found before a new clause that opens between it and the act)
  const own = found.filter((a) => a.from > hit.from || !newClause(words, a.to, hit.from, actors));
  return {
    actors: dedupe(own),
    targets: dedupe(targets).filter((t) => !own.includes(t)),
    ...(pronoun ? { pronoun } : {}),
  };
}

/** The first actor of the clause before i that is no prepositional phrase nor a target already taken (session 9). */
function clauseSubject(
  words: readonly Word[],
  actors: readonly ActorMention[],
  i: number,
  taken: readonly ActorMention[],
): ActorMention | undefined {
  let subject: ActorMention | undefined;
  for (let j = i - 1; j >= Math.max(0, i - 40); j--) {
    if (FULL_STOPS.has(words[j]!.norm)) break;
    const a = actors.find((x) => x.from === j);
    if (!a || a.to > i || taken.includes(a) || a.capital || a.code.startsWith('UNK')) continue;
    if (words[a.from]!.prep || cliticPrep(words[a.from]!, a) !== null) continue;
    if (PREP_WORDS.has(words[a.from - 1]?.norm ?? '') || words[a.from - 1]?.norm === 'بين') continue;
    subject = a;
  }
  return subject;
}

const KAN = new Set(['كان', 'كانت', 'كانوا', 'وكان', 'وكانت', 'وكانوا']);

/**
 * "كان X قد VERB": the index of كان when the verb follows قد and its subject stands between them (more than one
 * word), else -1.
 */
function kanFrame(words: readonly Word[], v: number): number {
  if (words[v - 1]?.norm !== 'قد') return -1;
  for (let j = v - 3; j >= Math.max(0, v - 14); j--) {
    const w = words[j]!;
    if (w.boundary && w.norm !== '،' && w.norm !== ',') return -1;
    if (KAN.has(w.norm)) return j;
  }
  return -1;
}

/**
 * The patient of an act before this one, right after the preposition its trigger ends in: "تم القضاء على عنصرين
 * إرهابيين بولاية البليدة وحجز مسدسين" — the fighters are not who seized (session 9).
 */
function patientBefore(
  words: readonly Word[],
  a: ActorMention,
  hit: TriggerHit,
  hits: readonly TriggerHit[],
): boolean {
  return hits.some(
    (h) =>
      h !== hit &&
      h.entry.pos !== 'V' &&
      h.to <= a.from &&
      a.from - h.to <= 2 &&
      PREP_WORDS.has(words[h.to - 1]!.norm),
  );
}

/** Acts whose patient "في حق X" names (session 9). */
const CALL_VERB = /^و?(?:دعا|دعت|دعوا|يدعو|تدعو|يدعون|حث|حثت|يحث|تحث|ناشد|ناشدت|يناشد|تناشد)$/;

/** The object of a call verb right before "إلى + the act" (`hit`), when the verb's subject comes between them. */
function calledAddressee(
  words: readonly Word[],
  actors: readonly ActorMention[],
  hit: TriggerHit,
): ActorMention | undefined {
  const to = words[hit.from - 1]?.norm;
  if (to !== 'الي' && to !== 'الى') return undefined;
  const a = actors.find((m) => m.to === hit.from - 1);
  if (!a || a.adjectival || words[a.from]!.prep || PREP_WORDS.has(words[a.from - 1]?.norm ?? ''))
    return undefined;
  for (let v = a.from - 2; v >= Math.max(0, a.from - 25); v--) {
    const w = words[v]!;
    if (FULL_STOPS.has(w.norm)) return undefined;
    if (!CALL_VERB.test(w.norm)) continue;
    // a subject stands between the verb and the addressee: an actor phrase not joined to it (a bare name right
    // after a title is the subject's name: "دعا الأمين العام للاتحاد نور الدين الطبوبي إلى")
    const subject = actors.find((m) => m.from > v && m.to < a.from && !m.adjectival);
    if (!subject) return undefined;
    const last = actors.filter((m) => m.from > v && m.to <= a.from && m !== a).pop();
    if (last && last.to === a.from && (a.person || named(a))) return undefined;
    if (words[a.from]!.norm.startsWith('و')) return undefined;
    return a;
  }
  return undefined;
}

const RIGHTS_TYPES = new Set(['COERCE', 'ACCUSE', 'SANCTION']);

/** "بطاقة إيداع بالسجن في حق مستثمر تونسي"، "صدر حكم في حقه": the one a measure is taken against. */
function inRightOf(
  words: readonly Word[],
  actors: readonly ActorMention[],
  hit: TriggerHit,
  hits: readonly TriggerHit[],
): ActorMention | undefined {
  for (let j = hit.to; j < Math.min(words.length - 1, hit.to + 8); j++) {
    const w = words[j]!;
    if (w.boundary) return undefined;
    if (hits.some((h) => h !== hit && h.from === j)) return undefined;
    if (w.norm === 'في' && words[j + 1]!.norm === 'حق') return nextActor(words, actors, j + 2, 2, []);
  }
  return undefined;
}

/**
 * The agent of a passive act named after it, past the patient and its description: "تم … القبض على رجل الأعمال
 * علي القريري أصيل القصرين من طرف فرقة خاصة" (within the clause; "من قبل" only before an actor).
 */
function passiveAgent(
  words: readonly Word[],
  actors: readonly ActorMention[],
  hit: TriggerHit,
  hits: readonly TriggerHit[],
): ActorMention | undefined {
  for (let j = hit.to; j < Math.min(words.length - 1, hit.to + 16); j++) {
    const w = words[j]!;
    if (w.boundary && w.norm !== '،' && w.norm !== ',') return undefined;
    if (hits.some((h) => h !== hit && h.from === j)) return undefined;
    if ((w.norm === 'طرف' || w.norm === 'قبل') && words[j - 1]!.norm === 'من') {
      const a = mentionAt(actors, j + 1);
      return a && !a.capital ? a : undefined;
    }
  }
  return undefined;
}

/** Stances whose object may be what someone said or did (session 8). */
const STANCE_TYPES = new Set(['ACCUSE', 'SUPPORT', 'REJECT']);
/** What someone says, decides or does, whose owner a stance on it targets. */
const STANCE_OBJECTS = new Set(
  [
    'تصريحات',
    'تصريح',
    'قرار',
    'قرارات',
    'موقف',
    'مواقف',
    'دور',
    'جهود',
    'مجهودات',
    'مقترح',
    'مقترحات',
    'مبادره',
    'سياسه',
    'سياسات',
    'اداء',
    'خطاب',
  ].flatMap((k) => [k, 'ال' + k]),
);

/** Verbs of receiving: their subject is the recipient of what they receive. */
const RECEIVE_VERBS = new Set([
  'تسلم',
  'تسلمت',
  'استلم',
  'استلمت',
  'تلقي',
  'تلقت',
  'تحصل',
  'تحصلت',
  'انتفع',
  'انتفعت',
]);

function receiver(
  words: readonly Word[],
  actors: readonly ActorMention[],
  hit: TriggerHit,
): ActorMention | undefined {
  const subjectAfter = (j: number): ActorMention | undefined => {
    for (let k = j + 1; k < Math.min(words.length, j + 5); k++) {
      if (words[k]!.boundary) return undefined;
      const a = mentionAt(actors, k);
      if (a) return words[a.from]!.prep || a.isCountry ? undefined : a;
    }
    return undefined;
  };
  // before the noun, in its clause: "تسلمت الإدارة … 11 سيارة في شكل هبة"
  for (let j = hit.from - 1; j >= Math.max(0, hit.from - 12); j--) {
    const w = words[j]!;
    if (w.boundary && w.norm !== '،' && w.norm !== ',') break;
    if (w.baseKeys.some((k) => RECEIVE_VERBS.has(k))) return subjectAfter(j);
  }
  // a relative clause after it: "الهبة التي تحصلت عليها وزارة الإشراف"
  for (let j = hit.to; j < Math.min(words.length, hit.to + 4); j++) {
    const w = words[j]!;
    if (w.boundary) break;
    if (w.baseKeys.some((k) => RECEIVE_VERBS.has(k))) {
      const next = words[j + 1];
      return subjectAfter(next && /^(?:عليه|عليها|عليهم)$/.test(next.norm) ? j + 1 : j);
    }
  }
  return undefined;
}

/** Nouns of harm to people: the genitive after them is a victim. */
const CASUALTY = new Set(['اصابه', 'مقتل', 'وفاه', 'جرح', 'استشهاد', 'اصابات']);

function casualty(
  words: readonly Word[],
  actors: readonly ActorMention[],
  hit: TriggerHit,
): ActorMention | undefined {
  // after the attack in its sentence ("… ما أدى إلى إصابة مواطن"), or right before it ("إصابة عسكري في انفجار")
  const near = (j: number): boolean =>
    (j >= hit.to && j - hit.to <= 24) || (j < hit.from && hit.from - j <= 3);
  for (let j = Math.max(0, hit.from - 3); j < Math.min(words.length, hit.to + 24); j++) {
    const w = words[j]!;
    if (w.boundary && FULL_STOPS.has(w.norm)) break;
    if (!near(j) || !w.keys.some((k) => CASUALTY.has(k))) continue;
    // (past a number: "مقتل 42 شخصا"; session 11: and past the harms joined to it, "مقتل وإصابة 1115 مدنيا")
    let k = j + 1;
    while (/^و/.test(words[k]?.norm ?? '') && words[k]!.keys.some((x) => CASUALTY.has(x))) k++;
    if (/^\d/.test(words[k]?.norm ?? '')) k++;
    const a = actors.find((x) => x.from === k && !words[k]!.prep);
    if (a) return a;
    // session 11: "إصابة عدد من الأعوان في صفوف …": the ranks the casualties are counted in
    const ranks = inRanks(words, actors, j, 6);
    if (ranks) return ranks;
  }
  // (session 11: "مواجهات أسفرت عن عدد من الجرحى في صفوف المحتجين ورجال الأمن")
  return inRanks(words, actors, hit.to - 1, 10);
}

/** Words that count casualties (and may stand between a harm and "في صفوف"). */
const CASUALTY_NOUNS = /^(?:ال)?(?:جرحي|قتلي|مصابين|ضحايا|اصابات|وفيات|الجرحي|القتلي)$/;

/** "… عن عدد من الجرحى في صفوف المحتجين": the actor after "في صفوف" within a few words after j. */
function inRanks(
  words: readonly Word[],
  actors: readonly ActorMention[],
  j: number,
  span: number,
): ActorMention | undefined {
  let counted = false;
  for (let x = j + 1; x < Math.min(words.length - 1, j + span); x++) {
    const w = words[x]!;
    if (w.boundary) return undefined;
    counted ||= CASUALTY_NOUNS.test(w.norm) || w.keys.some((k) => CASUALTY.has(k));
    if (w.norm === 'في' && words[x + 1]!.norm === 'صفوف')
      return counted ? actors.find((a) => a.from === x + 2 && !a.adjectival) : undefined;
  }
  return undefined;
}

/**
 * Session 11: "قتل صياد إيراني على يد قوات حرس الحدود"، "على أيدي مسلحين": the agent of a passive act, within a
 * few words after it and its clause.
 */
export function byHandOf(
  words: readonly Word[],
  actors: readonly ActorMention[],
  hit: TriggerHit,
): ActorMention | undefined {
  for (let j = hit.to; j < Math.min(words.length - 1, hit.to + 10); j++) {
    const w = words[j]!;
    if (w.boundary && w.norm !== '،' && w.norm !== ',') return undefined;
    if (w.norm === 'علي' && /^(?:يد|ايدي)$/.test(words[j + 1]!.norm))
      return actors.find((a) => a.from >= j + 2 && a.from <= j + 4 && !a.adjectival);
  }
  return undefined;
}

function dedupe(list: ActorMention[]): ActorMention[] {
  return list.filter((a, i) => list.indexOf(a) === i);
}

/**
 * The subject of the nearest support verb before a noun trigger, within its sentence and with no other verb
 * trigger in between: the actor right after the verb (VSO, past adverbs of time), else the one before it (SVO).
 */
/** In supportBits: one of the word's keys is a stating verb (STATING_VERBS). */
const S_STATING = 1;
/** One of its keys is a support verb (SUPPORT_VERBS). */
const S_SUPPORT = 2;
/** Its norm, less a leading و or ف, is a verb of sentencing (SENTENCING). */
const S_SENTENCING = 4;

/** What supportVerbSubject asks of each word before the act, from the form memo where the word has one. */
function supportBits(w: Word): number {
  const fm = w.memo;
  if (fm && fm.support !== -1) return fm.support;
  const bits =
    (w.keys.some((k) => STATING_VERBS.has(k)) ? S_STATING : 0) |
    (w.keys.some((k) => SUPPORT_VERBS.has(k)) ? S_SUPPORT : 0) |
    (SENTENCING.has(w.norm.replace(/^[وف]/, '')) ? S_SENTENCING : 0);
  if (fm) fm.support = bits;
  return bits;
}

function supportVerbSubject(
  words: readonly Word[],
  actors: readonly ActorMention[],
  hit: TriggerHit,
  hits: readonly TriggerHit[],
): ActorMention | undefined {
  for (let j = hit.from - 1; j >= Math.max(0, hit.from - 30); j--) {
    const w = words[j]!;
    if (w.boundary && FULL_STOPS.has(w.norm)) return undefined;
    // another event in between has its own agent (وعمد المحتجون إلى الاعتصام ... لتأتي تعزيزات), unless it is
    // a manner adjunct of the same clause ("تمكنت فرقة … بالتعاون مع فرقة … وبالتنسيق مع … من إلقاء القبض")
    // (session 16) nor is an act named in a relative aside ("وألقت الشرطة، التي فرضت طوقا أمنيا، القبض على")
    if (
      hits.some((h) => h !== hit && h.from === j && !mannerAdjunct(words, h)) &&
      !relativeAside(words, j, hit.from)
    )
      return undefined;
    const bits = supportBits(w);
    const stating =
      (bits & S_STATING) !== 0 &&
      // "أكدت النقابات رفضها"، "أعلنت الجامعة العامة عن تنفيذ إضراب"
      (words[hit.from]!.possessive ||
        // (session 11: who announces a death or an injury is no agent of it, "أعلنت البعثة عن مقتل 12 مدنيا")
        (!words[hit.from]!.keys.some((k) => CASUALTY.has(k)) && announces(words, j, hit.from, actors)));
    if (!stating && (bits & (S_SUPPORT | S_SENTENCING)) === 0) continue;
    for (let k = j + 1; k < Math.min(hit.from, j + 8); k++) {
      const a = mentionAt(actors, k);
      if (
        a &&
        !words[a.from]!.prep &&
        (partitive(words, a) ||
          !['في', 'علي', 'الي', 'من', 'عن', 'بين'].includes(words[a.from - 1]?.norm ?? ''))
      )
        return a;
    }
    // (session 9b) "اختطفوا فتاة … وقاموا باغتصابها": the pronoun stands for the noun before, the patient
    if (JOINED_DID.test(w.norm) && patientPronoun(words[hit.from]!)) return undefined;
    // an indefinite noun right before the verb is the subject of its relative clause, even as the patient of the
    // act before: "القبض على شاب أقدم على قتل مواطن" (the young man killed, not the police)
    const described = actors.find((a) => a.to === j && !words[a.from]!.definite && !words[a.from]!.boundary);
    if (described && !hits.some((h) => h.from === j)) return described;
    // (session 16) past a relative aside: "الوحدات الأمنية، التي تدخلت على عين المكان، تمكنت من"
    return (
      previousActor(words, actors, j, 8) ??
      subjectBeforeAside(words, actors, j) ??
      kanSubject(words, actors, j)
    );
  }
  return undefined;
}

/**
 * (session 16, dropped-subject.ts) The support verb that governs a noun act ("كما تمكنت من استرجاع"، "وقاموا
 * بغلق"), within twelve words before it in its sentence and with no other event in between: its word index, or -1.
 */
export function governingSupportVerb(
  words: readonly Word[],
  hit: TriggerHit,
  hits: readonly TriggerHit[],
): number {
  if (hit.entry.pos === 'V') return -1;
  for (let j = hit.from - 1; j >= Math.max(0, hit.from - 12); j--) {
    const w = words[j]!;
    if (w.boundary && FULL_STOPS.has(w.norm)) return -1;
    if (
      hits.some((h) => h !== hit && h.from === j && !mannerAdjunct(words, h)) &&
      !relativeAside(words, j, hit.from)
    )
      return -1;
    if ((supportBits(w) & S_SUPPORT) !== 0 && !/^(?:قيام|اقدام|بصدد)$/.test(w.norm)) return j;
  }
  return -1;
}

/**
 * (session 15) "وكانت فرقة الشرطة العدلية بقرمبالية (ولاية نابل) قد تمكنت": the subject of كان before a support verb
 * after قد, however long the phrase between (past a parenthesis): the first actor right after كان.
 */
function kanSubject(
  words: readonly Word[],
  actors: readonly ActorMention[],
  v: number,
): ActorMention | undefined {
  if (words[v - 1]?.norm !== 'قد') return undefined;
  for (let j = v - 3; j >= Math.max(0, v - 16); j--) {
    const w = words[j]!;
    if (FULL_STOPS.has(w.norm)) return undefined;
    if (!KAN.has(w.norm)) continue;
    const a = mentionAt(actors, j + 1);
    return a && a.from === j + 1 && !words[a.from]!.prep ? a : undefined;
  }
  return undefined;
}

/** A support verb joined by و (session 9b). */
const JOINED_DID = /^و(?:قام|قامت|قاموا|قاما)$/;

/** An object pronoun on an act noun: "اغتصابها"، "ضربه" (not the ة of "مداهمة"). */
function patientPronoun(w: Word): boolean {
  return w.possessive && !w.taMarbuta && /(?:ه|ها|هم|هما)$/.test(w.norm);
}

const COMPLEMENTISERS = new Set(['ان', 'بان', 'لان', 'وان']);

/** A definite noun no actor phrase covers, which can head a subject: "الاتحاد" with no antecedent. */
function unresolvedNoun(words: readonly Word[], i: number, actors: readonly ActorMention[]): boolean {
  const w = words[i];
  if (!w || w.boundary || !w.definite || w.prep !== null || w.norm.length < 5) return false;
  if (!/^و?ال[\u0621-\u064A]+$/.test(w.norm) || TIME_ADVERBS.has(w.norm)) return false;
  return !actors.some((a) => a.from <= i && i < a.to);
}

/** "بالتعاون مع X"، "وبالتنسيق مع X": a cooperation noun after ب says how the clause's act is done. */
function mannerAdjunct(words: readonly Word[], h: TriggerHit): boolean {
  if (h.type === 'COOPERATE' && h.entry.pos !== 'V' && /^و?بال/.test(words[h.from]!.norm)) return true;
  // (session 9c) the operation a clause's act is done during: "تمكنت الوحدات … وخلال عملية مداهمة لأحد المنازل
  // … من حجز"
  if (h.entry.pos === 'V') return false;
  let p = h.from - 1;
  if (words[p]?.norm === 'عمليه' || words[p]?.norm === 'حمله') p--;
  // ("من خلال الحوار" is a means, no operation)
  if (/^و?(?:خلال|اثناء)$/.test(words[p]?.norm ?? '') && words[p - 1]?.norm !== 'من') return true;
  // (session 10) an ambush or a raid the act follows: "تمكنت فرقة الشرطة العدلية بقفصة، وإثر كمين محكم، من القبض"،
  // "بعد نصب كمين محكم، من تفكيك شبكة"
  if (h.type !== 'ASSAULT' && h.type !== 'COERCE') return false;
  if (words[p]?.norm === 'نصب') p--;
  return /^و?(?:اثر|إثر|بعد|عقب)$/.test(words[p]?.norm ?? '');
}

/** True when the verb at v opens its clause, past auxiliaries: "وأذنت …"، "وقد أذنت …"، "وكانت قد أذنت …". */
function clauseInitial(words: readonly Word[], v: number): boolean {
  let p = v - 1;
  while (p >= 0 && AUXILIARIES.has(words[p]!.norm)) p--;
  return p < 0 || words[p]!.boundary;
}

/** What may stand between a verb of announcing and the event it announces: "أعلنت عن تنفيذ إضراب". */
const ANNOUNCED = new Set(['عن', 'تنفيذ', 'الدخول', 'دخول', 'في', 'تنظيم', 'شن', 'خوض']);

/** True when the stating verb at j announces the event at `at` (عن + a noun of carrying out). */
function announces(words: readonly Word[], j: number, at: number, actors: readonly ActorMention[]): boolean {
  // "أعلنت الشرطة البريطانية الثلاثاء إلقاء القبض على رجل": the subject, a time, then the act
  let plain = true;
  for (let x = j + 1; x < at && plain; x++)
    plain =
      actors.some((a) => !a.adjectival && a.from <= x && x < a.to) ||
      TIME_ADVERBS.has(words[x]!.norm) ||
      // (session 15: "أعلنت شرطة واشنطن يوم الأربعاء القبض على")
      words[x]!.norm === 'يوم' ||
      ANNOUNCED.has(words[x]!.norm) ||
      // (an abbreviation in parentheses: "قوات سوريا الديمقراطية (قسد)")
      (/^[()]$/.test(words[x]!.norm) && actors.some((a) => a.to === x || a.from === x + 1)) ||
      (actors.some((a) => a.adjectival && a.from === x) && x > j + 1);
  if (plain && at > j + 1 && actors.some((a) => !a.adjectival && a.from === j + 1)) return true;
  let k = j + 1;
  // (past the subject: "أعلنت الجامعة العامة للصناعات الغذائية عن تنفيذ إضراب")
  while (k < at && words[k]!.norm !== 'عن' && !words[k]!.boundary) k++;
  if (words[k]?.norm !== 'عن') return false;
  for (let x = k + 1; x < at; x++) if (!ANNOUNCED.has(words[x]!.norm)) return false;
  return true;
}

/** Verbs of saying and stating, whose subject reports an event rather than doing it. */
export const SPEECH_VERBS = new Set([
  ...STATING_VERBS,
  'قال',
  'قالت',
  'افاد',
  'افادت',
  'اوضح',
  'اوضحت',
  'اضاف',
  'اضافت',
  'ذكر',
  'ذكرت',
  'صرح',
  'صرحت',
  'اشار',
  'اشارت',
  'كشف',
  'كشفت',
  'نقل',
  'نقلت',
]);

/** Pronouns that carry the subject of the verb after them: "أنها ترفض"، "إنهم يطالبون". */
const SUBJECT_PRONOUNS = new Set([
  'انه',
  'انها',
  'انهم',
  'انهما',
  'لانه',
  'لانها',
  'لانهم',
  'وانه',
  'وانها',
  'وانهم',
]);

/**
 * True when the verb's subject is a pronoun: a plural or dual ending ("طالبوا"، "يطالبون"، "يهددان") or a
 * pronoun before it ("أنها ترفض"). A noun phrase after such a verb is its object, never its subject.
 */
export function pronounSubject(words: readonly Word[], hit: TriggerHit): boolean {
  const w = words[hit.from]!;
  const bare = w.norm.replace(/^[وف]/, '').replace(/^س(?=[يت])/, '');
  if (bare.length > 4 && bare.endsWith('وا')) return true;
  // (not a root ending in ون: "يتعاون")
  if (/^[يت].{3,}(?:ون|ان)$/.test(bare) && !bare.slice(0, -2).endsWith('ا')) return true;
  const prev = words[hit.from - 1];
  return prev !== undefined && SUBJECT_PRONOUNS.has(prev.norm);
}

/** The subject of the speech verb that introduces the clause of the trigger ("أعلنت إيران ... أنها ترفض"). */
function speakerOf(
  words: readonly Word[],
  actors: readonly ActorMention[],
  hit: TriggerHit,
): ActorMention | undefined {
  for (let j = hit.from - 1; j >= Math.max(0, hit.from - 20); j--) {
    const w = words[j]!;
    if (w.boundary && FULL_STOPS.has(w.norm)) return undefined;
    if (!w.keys.some((k) => SPEECH_VERBS.has(k))) continue;
    const a = nextActor(words, actors, j + 1, 4, []);
    if (a && a.to <= hit.from && !words[a.from]!.prep) return a;
    return previousActor(words, actors, j, 6);
  }
  return undefined;
}

/**
 * The subject of the speech verb that opens the sentence ("قال الأمين العام المساعد بالاتحاد …، سامي الطاهري، …"),
 * however far before the participle that continues it (session 9).
 */
export function openingSpeaker(
  words: readonly Word[],
  actors: readonly ActorMention[],
  before: number,
): ActorMention | undefined {
  let j = 0;
  while (j < before && (AUXILIARIES.has(words[j]!.norm) || words[j]!.norm === 'و')) j++;
  if (j >= before || !words[j]!.keys.some((k) => SPEECH_VERBS.has(k))) return undefined;
  const a = nextActor(words, actors, j + 1, 4, []);
  if (!a || a.to > before) return undefined;
  // (an office the lexicon does not read, then its body after ب: "الأمين العام المساعد بالاتحاد …")
  const affiliation =
    a.from > j + 1 && (words[a.from]!.prep === 'ب' || cliticPrep(words[a.from]!, a) === 'ب');
  return !words[a.from]!.prep || affiliation ? a : undefined;
}

/** True when the actor is the subject of a speech verb right before it (VSO: "أكد مراسل الإذاعة ..."). */
function speaks(words: readonly Word[], a: ActorMention): boolean {
  for (let j = a.from - 1; j >= Math.max(0, a.from - 2); j--)
    if (words[j]!.keys.some((k) => SPEECH_VERBS.has(k))) return true;
  // (session 11) SVO, as headlines write it: "سفيان السليطي ينفي إيقاف ابن عم الشهيد" (past a colon: "X : …" is
  // not this)
  const next = words[a.to];
  return next !== undefined && (next.keys.some((k) => SPEECH_VERBS.has(k)) || SAYS_NOW.test(next.norm));
}

/** Imperfect speech verbs: "ينفي"، "تؤكد"، "يكشف"، "يعلن"، "يقول". */
const SAYS_NOW = /^و?[يت](?:نفي|ؤكد|كشف|علن|قول|صرح|وضح|شير|ضيف|فيد|حذر|نفيان|ؤكدون|ؤكدان|نفون)$/;

/** Quantifiers whose "من" phrase is the real head: "عدد من التلاميذ"، "مجموعة من الفلاحين". */
const PARTITIVES = new Set([
  'عدد',
  'عددا',
  'مجموعه',
  'جمله',
  'بعض',
  'العديد',
  'الاف',
  'مئات',
  'عشرات',
  'جمع',
  'ثله',
  'كل',
]);

function partitive(words: readonly Word[], a: ActorMention): boolean {
  return words[a.from - 1]?.norm === 'من' && PARTITIVES.has(words[a.from - 2]?.norm ?? '');
}

/** The one-letter preposition (ب ل ك) a word carries before the actor phrase that starts inside it. */
function cliticPrep(w: Word, a: ActorMention): string | null {
  if (a.start <= w.start) return null;
  const c = w.norm.replace(/^[وف]/, '')[0];
  return c === 'ب' || c === 'ل' || c === 'ك' ? c : null;
}
