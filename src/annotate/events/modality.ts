import type { Modality } from '../../doc/index.js';
import type { TriggerHit } from './triggers.js';
import type { Word } from './words.js';
import { unnamed } from '../unnamed.js';

export interface ModalityResult {
  modality: Modality;
  /** Word range [from, to) of who is reported as saying it, if the event is reported speech. */
  attribution: { from: number; to: number } | null;
}

const NEGATORS = new Set(['لم', 'لن', 'لا', 'ليس', 'ليست', 'عدم', 'دون', 'بدون']);
const HYPOTHETICAL = new Set([
  'اذا',
  'لو',
  'لولا',
  'حال',
  'حاله',
  'لتجنب',
  'لتفادي',
  'لمنع',
  'تجنب',
  'تفادي',
  // what stands in the way of an event: "العقبة الرئيسة في التوصل إلى تفاهمات"
  'عقبه',
  'عقبات',
  'صعوبه',
  'صعوبات',
]);
const PLANNED = new Set([
  'اعداد',
  'برقيه',
  'تقرر',
  'المقرر',
  'مقرر',
  'يعتزم',
  // (session 8: "أعلنت الحركة اعتزامها مقاضاة …")
  'اعتزام',
  'عزم',
  'تعتزم',
  'ينوي',
  'تنوي',
  'يستعد',
  'تستعد',
  'سيتم',
  'ستتم',
  'يرتقب',
  'المزمع',
  'سيعقد',
  'ستعقد',
]);
const PLANNED_AFTER = new Set(['المقبل', 'المقبله', 'القادم', 'القادمه', 'المرتقب', 'المرتقبه', 'المزمع']);
const EXPECTED_AFTER = new Set(['متوقعا', 'متوقعه', 'مرتقبا', 'مرتقبه']);
const ALLEGED_AFTER = new Set(['مفترض', 'مزعوم', 'مفترضا', 'مزعوما', 'مفترضه', 'المفترض', 'المزعوم']);
const EXPECTED = new Set([
  'المتوقع',
  'يتوقع',
  'تتوقع',
  'ينتظر',
  'ينتظر',
  'المنتظر',
  'المرجح',
  'يرجح',
  'يستبعد',
  'متوقعا',
  'يرتقب',
]);
/** Nouns that call off the event noun after them. */
const CALLED_OFF = new Set(['تعليق', 'الغاء', 'فك', 'انهاء', 'ايقاف']);
/** After a planned or expected event: something prevented it. */
const CANCELLED = new Set([
  'حالت',
  'حال',
  'تعذر',
  'الغي',
  'الغيت',
  'الغاء',
  'تاجل',
  'تاجلت',
  'تاجيل',
  'ارجئ',
  'ارجاء',
  'اضطر',
  'سيضطر',
]);
const SPEECH = new Set([
  'قال',
  'قالت',
  'قالوا',
  'اعلن',
  'اعلنت',
  'ذكر',
  'ذكرت',
  'اكد',
  'اكدت',
  'افاد',
  'افادت',
  'اوضح',
  'اوضحت',
  'اضاف',
  'اضافت',
  'صرح',
  'صرحت',
  'اشار',
  'اشارت',
  'مشيرا',
  'مشيره',
  'مؤكدا',
  'مؤكده',
  'اعتبر',
  'اعتبرت',
  'كشف',
  'كشفت',
  'نقلت',
  'نقل',
  'افادت',
  'زعم',
  'زعمت',
  'ادعى',
  'ادعت',
  'اتهم',
  'يقول',
  'تقول',
]);
const COMPLEMENTISER = new Set(['ان', 'انه', 'انها', 'انهم', 'بان', 'بانه', 'بانها', 'فيها', 'فيه']);
const OWN_WORDS = new Set(['قوله', 'قولها', 'قولهم', 'تعبيره', 'تعبيرها', 'تعبيرهم', 'وصفه', 'وصفها']);
const SOURCE_PREP = new Set(['حسب', 'بحسب', 'وفقا', 'وفق', 'نقلا']);

/** س + imperfect prefix on a verb: سيواصل، ستنظم، سننفذ (not سياسة، ستة). */
function isFutureVerb(w: Word): boolean {
  const memo = w.memo;
  if (!memo) return futureVerb(w);
  if (memo.future < 0) memo.future = futureVerb(w) ? 1 : 0;
  return memo.future === 1;
}

function futureVerb(w: Word): boolean {
  const n = w.norm.replace(/^[وف]/, '');
  return /^س[يتن]/.test(n) && n.length >= 5 && w.keys.includes(n.slice(1)) && !NOT_FUTURE.has(n);
}
const NOT_FUTURE = new Set([
  'سياسه',
  'سياسي',
  'سياسيه',
  'سياسات',
  'سياسيين',
  'ستين',
  'سنوات',
  'سنويا',
  'سنوي',
  'سياره',
  'سيارات',
  'سيدات',
  'سينما',
  'سيناريو',
  'سيطره',
  'سياحه',
  'سياحي',
  'سياحيه',
]);

const SAYING_PARTICIPLES = new Set([
  'مشيرا',
  'مشيره',
  'مؤكدا',
  'مؤكده',
  'مضيفا',
  'مضيفه',
  'موضحا',
  'موضحه',
  'معتبرا',
  'معتبره',
  'لافتا',
  'مبرزا',
  'مبرزه',
  'مبينا',
  'مبينه',
  'ملاحظا',
  'مشددا',
  'مشدده',
]);

/** A participle of saying before the trigger, then a complementiser (أن، أنه) before it. */
function participleReport(words: readonly Word[], at: number): boolean {
  for (let s = at - 1; s >= Math.max(0, at - 30); s--) {
    if (words[s]!.norm === '.') return false;
    if (!inSet(words[s]!, I_SAYING_PARTICIPLES)) continue;
    for (let j = s + 1; j < at; j++)
      if (COMPLEMENTISER.has(words[j]!.norm) || words[j]!.keys.some((k) => COMPLEMENTISER.has(k)))
        return true;
    return false;
  }
  return false;
}

/** Verbs and nouns of reporting the rules' SPEECH list leaves out (they need a complementiser there). */
const REPORTING = new Set([
  'اورد',
  'اوردت',
  'جاء',
  'نشر',
  'نشرت',
  'روي',
  'روت',
  'ابلغ',
  'ابلغت',
  'افيد',
  'شدد',
  'شددت',
  'نفي',
  'نفت',
  'اعترف',
  'اعترفت',
  'تحدث',
  'تحدثت',
  'كتب',
  'كتبت',
  'بث',
  'بثت',
  'اكدت',
  'يذكر',
  'ذكرت',
]);
const SOURCE_NOUNS = new Set([
  'بيان',
  'بلاغ',
  'مصدر',
  'مصادر',
  'تقرير',
  'تقارير',
  'وكاله',
  'شهود',
  'اعلام',
  'صحيفه',
  'اذاعه',
  'قناه',
  'ناطق',
  'متحدث',
  'تصريح',
  'تصريحات',
  'رواية',
  'روايه',
]);
const SUSPECT = new Set([
  'مشتبه',
  'يشتبه',
  'يعتقد',
  'يزعم',
  'مزعوم',
  'اتهام',
  'بتهمه',
  'تهمه',
  'متهم',
  'متهمين',
]);
const DEMANDING = new Set([
  'طالب',
  'طالبت',
  'يطالب',
  'تطالب',
  'دعا',
  'دعت',
  'يدعو',
  'تدعو',
  'ناشد',
  'حث',
  'طلب',
]);
const MODAL = new Set([
  'يجب',
  'ينبغي',
  'يمكن',
  'قد',
  'ضروره',
  'يتعين',
  'لابد',
  'بامكان',
  'امكانيه',
  'احتمال',
]);

/** The word sets hasAny is asked of, each by its index: I_NEGATORS … (the bits of FormMemo.modality). */
const I_NEGATORS = 0;
const I_HYPOTHETICAL = 1;
const I_PLANNED = 2;
const I_PLANNED_AFTER = 3;
const I_EXPECTED_AFTER = 4;
const I_ALLEGED_AFTER = 5;
const I_EXPECTED = 6;
const I_CALLED_OFF = 7;
const I_CANCELLED = 8;
const I_SPEECH = 9;
const I_SOURCE_PREP = 10;
const I_SAYING_PARTICIPLES = 11;
// (session 14: the cue words of the learned modality's features)
const I_REPORTING = 12;
const I_SOURCE_NOUNS = 13;
const I_SUSPECT = 14;
const I_DEMANDING = 15;
const I_MODAL = 16;
const I_COMPLEMENTISER = 17;
const MEMO_SETS: readonly ReadonlySet<string>[] = [
  NEGATORS,
  HYPOTHETICAL,
  PLANNED,
  PLANNED_AFTER,
  EXPECTED_AFTER,
  ALLEGED_AFTER,
  EXPECTED,
  CALLED_OFF,
  CANCELLED,
  SPEECH,
  SOURCE_PREP,
  SAYING_PARTICIPLES,
  REPORTING,
  SOURCE_NOUNS,
  SUSPECT,
  DEMANDING,
  MODAL,
  COMPLEMENTISER,
];

/** hasAny(w, MEMO_SETS[i]), read from the bits the word's form remembers (all sets tested once per form). */
function inSet(w: Word, i: number): boolean {
  const memo = w.memo;
  if (!memo) return hasAny(w, MEMO_SETS[i]!);
  return ((modalityBits(w) >> i) & 1) === 1;
}

/** Every bit of MEMO_SETS the word is in (remembered by its form where it has a memo). */
function modalityBits(w: Word): number {
  const memo = w.memo;
  let bits = memo ? memo.modality : -1;
  if (bits < 0) {
    bits = 0;
    for (let k = 0; k < MEMO_SETS.length; k++) if (hasAny(w, MEMO_SETS[k]!)) bits |= 1 << k;
    if (memo) memo.modality = bits;
  }
  return bits;
}

function hasAny(w: Word, set: ReadonlySet<string>): boolean {
  // (a plain loop: this runs for every word before every trigger, and .some allocates a closure)
  for (const k of w.keys) if (set.has(k)) return true;
  return set.has(w.norm);
}

/** "in a state of": "بحالة إيقاف"، "في حالة سراح" describe someone's state, they set no condition. */
const STATE_NOUNS = new Set(['حال', 'حاله']);
const STATES = new Set(['ايقاف', 'سراح', 'فرار', 'احتفاظ', 'تاهب', 'استنفار', 'حرجه', 'خطيره', 'صحيه']);

/** A hypothetical cue at j: إذا، لو، لتجنب; حال/حالة only as "in case" (في حال …), not as a state. */
function hypotheticalAt(words: readonly Word[], j: number): boolean {
  const w = words[j]!;
  if (!inSet(w, I_HYPOTHETICAL)) return false;
  if (!w.keys.some((k) => STATE_NOUNS.has(k)) && !STATE_NOUNS.has(w.norm)) return true;
  const prev = words[j - 1]?.norm ?? '';
  const next = words[j + 1];
  return (prev === 'في' || prev === 'وفي') && !(next && next.keys.some((k) => STATES.has(k)));
}

/** Start of the clause that holds word i: after the last boundary punctuation, at most `max` words back. */
function clauseStart(words: readonly Word[], i: number, max: number): number {
  let j = i - 1;
  while (j >= 0 && i - j <= max && !words[j]!.boundary) j--;
  return j + 1;
}

export function detectModality(
  words: readonly Word[],
  hit: TriggerHit,
  hits: readonly TriggerHit[],
): ModalityResult {
  const attribution = findAttribution(words, hit.from);
  const m = unnamed((modality: Modality): ModalityResult => ({ modality, attribution }));
  if (hit.entry.cls === 'absent') return m('negated');
  const near = clauseStart(words, hit.from, 4);
  const clause = clauseStart(words, hit.from, 10);
  const trigger = words[hit.from]!;

  // (with its conjunction: "ولم يحضر"، "فلن يشارك")
  for (let j = near; j < hit.from; j++)
    if ((inSet(words[j]!, I_NEGATORS) || /^[وف]ل[من]$/.test(words[j]!.norm)) && !NEGATORS.has(trigger.norm))
      return m('negated');
  // "تعليق الإضراب"، "إلغاء الوقفة"، "فك الاعتصام": the event is called off
  // (session 8: not an act joined by و to an arrest, "تم إيقافهما وتحرير محضر": إيقاف with its own patient)
  const before = words[hit.from - 1];
  if (
    hit.entry.pos !== 'V' &&
    before !== undefined &&
    inSet(before, I_CALLED_OFF) &&
    !(before.possessive && !before.taMarbuta) &&
    !/^و/.test(trigger.norm)
  )
    return m('negated');
  // (session 13) "أحبطت الشرطة هجوما إرهابيا"، "إحباط عملية إرهابية": the act foiled did not happen
  if (hit.type === 'ASSAULT')
    for (const h of hits)
      if (h.entry.cls === 'foil' && h.to <= hit.from && hit.from - h.to <= 4) return m('negated');
  // "ما" negates a verb right after it (ما زالت is "still", not a negation).
  const prev = words[hit.from - 1];
  if (prev?.norm === 'ما' && hit.entry.pos === 'V' && words[hit.from]?.norm !== 'زال') return m('negated');

  let planned = false;
  let expected = false;
  for (let j = clause; j < hit.from; j++) {
    const w = words[j]!;
    if (inSet(w, I_PLANNED)) planned = true;
    if (inSet(w, I_EXPECTED)) expected = true;
  }
  if (trigger.norm.startsWith('س') && hit.entry.pos === 'V' && trigger.keys.includes(trigger.norm.slice(1)))
    planned = true;
  // a future verb governing the event noun: "سيواصلون تحركاتهم الاحتجاجية"، "ستنظم وقفة احتجاجية"
  if (hit.entry.pos !== 'V')
    for (let j = Math.max(near, hit.from - 3); j < hit.from; j++) if (isFutureVerb(words[j]!)) planned = true;
  let alleged = false;
  for (let j = hit.to; j < Math.min(words.length, hit.to + 3); j++) {
    if (inSet(words[j]!, I_PLANNED_AFTER)) planned = true;
    if (inSet(words[j]!, I_ALLEGED_AFTER)) alleged = true;
  }
  for (let j = hit.to; j < Math.min(words.length, hit.to + 8); j++) {
    if (words[j]!.norm === '.') break;
    if (inSet(words[j]!, I_EXPECTED_AFTER)) expected = true;
  }
  if (planned || expected) {
    for (let j = hit.to; j < words.length; j++) if (inSet(words[j]!, I_CANCELLED)) return m('negated');
  }

  // The object of a demand: طالبت بوقف التصعيد، دعا إلى الإفراج.
  const demand =
    hits.find((h) => h !== hit && h.type === 'REQUEST' && h.from < hit.from && hit.from - h.to <= 4) ??
    farDemand(words, hit, hits);
  // the content of a threat is an intention: "هددت الولايات المتحدة بفرض عقوبات" (session 7)
  const threat = hits.find(
    (h) =>
      h !== hit && h.type === 'THREATEN' && h.entry.pos === 'V' && h.from < hit.from && hit.from - h.to <= 5,
  );
  if (
    threat &&
    !demand &&
    hit.type !== 'THREATEN' &&
    words.slice(threat.to, hit.to).some((w) => /^و?ب/.test(w.norm)) &&
    !words.slice(threat.to, hit.from).some((w) => w.boundary)
  )
    // (a threat on a condition stays hypothetical: "هددا بتفجيرها إذا لم تتم تلبية مطالبهما")
    return m(
      words.slice(hit.to, hit.to + 6).some((w) => /^و?(?:اذا|لو|حال)$/.test(w.norm))
        ? 'hypothetical'
        : 'planned',
    );
  if (demand && hit.type !== 'REQUEST') {
    let crossed = false;
    for (let j = demand.to; j < hit.from; j++)
      if (
        words[j]!.boundary &&
        (hit.from - demand.to <= 4 || (words[j]!.norm !== '،' && words[j]!.norm !== ','))
      )
        crossed = true;
    if (!crossed) return m('demanded');
  }
  for (let j = clause; j < hit.from; j++) if (hypotheticalAt(words, j)) return m('hypothetical');
  if (expected) return m('expected');
  if (planned) return m('planned');
  // the charge of an accusation is alleged: "اتهمت السعودية الحوثيين بإطلاق صاروخ"
  const accusation = hits.find(
    (h) =>
      h !== hit &&
      h.entry.cls === 'accuse' &&
      h.entry.pos === 'V' &&
      h.from < hit.from &&
      hit.from - h.to <= 6,
  );
  if (
    accusation &&
    words.slice(accusation.to, hit.to).some((w) => !w.boundary && w.norm.replace(/^و/, '').startsWith('ب')) &&
    !words.slice(accusation.to, hit.from).some((w) => w.boundary)
  )
    alleged = true;
  // "، مشيرا إلى أنه تم توفير المساعدات": a participle of saying reports what follows
  if (!attribution && participleReport(words, hit.from)) alleged = true;
  if (attribution || alleged) return m('reported');
  return m('asserted');
}

/**
 * Who is reported as saying it: "قالت موسكو إن الغارات ..." → موسكو; "... حسب موسكو" → موسكو;
 * "قالت الوزارة في بيان إن ..." → الوزارة. Only a speech verb before the trigger, followed by إن/أن
 * before the trigger, counts.
 */
/**
 * A verb of demanding whose ب complement comes past its subject and an apposition between commas (session 9): "طالب
 * عادل خواجة، أحد متساكني جهة حمام سوسة بفتح تحقيق" — no full stop, no other act in between.
 */
function farDemand(
  words: readonly Word[],
  hit: TriggerHit,
  hits: readonly TriggerHit[],
): TriggerHit | undefined {
  if (!/^و?ب/.test(words[hit.from]!.norm)) return undefined;
  const demand = hits.find(
    (h) =>
      h !== hit &&
      h.type === 'REQUEST' &&
      h.entry.pos === 'V' &&
      h.entry.args.includes('ب') &&
      h.from < hit.from &&
      hit.from - h.to <= 12,
  );
  if (!demand) return undefined;
  for (let j = demand.to; j < hit.from; j++) {
    const w = words[j]!;
    if (w.boundary && w.norm !== '،' && w.norm !== ',') return undefined;
    if (hits.some((h) => h !== hit && h !== demand && h.from === j)) return undefined;
  }
  return demand;
}

/** Where a speaker's words after the speech verb end: a preposition, or a word of time ("قال الرئيس أمس إن"). */
const SPEAKER_STOPS: ReadonlySet<string> = new Set([
  'الي',
  'عن',
  'علي',
  'في',
  'خلال',
  'امس',
  'اليوم',
  'الاحد',
  'الاثنين',
  'الثلاثاء',
  'الاربعاء',
  'الخميس',
  'الجمعه',
  'السبت',
  'الاسبوع',
]);

export function findAttribution(words: readonly Word[], at: number): { from: number; to: number } | null {
  for (let s = at - 1; s >= 0; s--) {
    const w = words[s]!;
    // "تجدر الإشارة إلى أن"، "للإشارة": a definite noun is the author's aside, not someone's speech
    if (!inSet(w, I_SPEECH) || w.definite) continue;
    // a complementiser between the speech verb and the trigger
    let comp = -1;
    for (let j = s + 1; j < at; j++) {
      if (COMPLEMENTISER.has(words[j]!.norm) || words[j]!.keys.some((k) => COMPLEMENTISER.has(k))) {
        comp = j;
        break;
      }
    }
    if (comp < 0) continue;
    // the speaker: words between verb and complementiser, cut at في بيان / time words / punctuation
    let to = s + 1;
    while (to < comp && !words[to]!.boundary && !SPEAKER_STOPS.has(words[to]!.norm)) to++;
    if (to > s + 1) return { from: s + 1, to };
    // SVO: the subject before the speech verb, back to the clause start (after لكن، و)
    let from = s;
    while (
      from > 0 &&
      s - from < 8 &&
      !words[from - 1]!.boundary &&
      !['لكن', 'ولكن', 'بينما', 'فيما'].includes(words[from - 1]!.norm)
    )
      from--;
    if (from < s) return { from, to: s };
    return null;
  }
  for (let j = 0; j < words.length; j++) {
    if (!inSet(words[j]!, I_SOURCE_PREP)) continue;
    // "على حد قوله"، "وفق تعبيره": the speaker's own words, not a source reporting them
    if (OWN_WORDS.has(words[j + 1]?.norm ?? '')) continue;
    let from = j + 1;
    if (words[from]?.norm === 'ل' || words[from]?.norm === 'عن') from++;
    let to = from;
    while (to < words.length && to - from < 5 && !words[to]!.boundary) to++;
    if (to > from) return { from, to };
  }
  return null;
}

/**
 * Session 14: the features the learned modality model (modality-model.ts, docs/EVENTS.md "Learned modality") reads of
 * an event's deciding mention — the rules' own modality, the trigger's form, the cue words and particles before it
 * in its clause and in its sentence, what follows it, and the other triggers around it. Computed once per event
 * (events are few), never per word of a document.
 */
export interface ModalityContext {
  words: readonly Word[];
  hit: TriggerHit;
  /** The triggers of the mention's sentence (as the rules saw them). */
  hits: readonly TriggerHit[];
  /** The modality the rules gave the event, and the one detectModality gave the mention before pass.ts's revisions. */
  rule: Modality;
  detected: Modality;
  /** Whether the rules found a speaker (and where it starts, word index), the mention's place in the title. */
  attribution: { from: number; to: number } | null;
  inTitle: boolean;
  /** The modalities of the event's other mentions. */
  others: readonly Modality[];
}

const FEATURE_SETS: readonly [string, number][] = [
  ['neg', I_NEGATORS],
  ['hyp', I_HYPOTHETICAL],
  ['plan', I_PLANNED],
  ['exp', I_EXPECTED],
  ['off', I_CALLED_OFF],
  ['say', I_SPEECH],
  ['src', I_SOURCE_PREP],
  ['part', I_SAYING_PARTICIPLES],
];
const AFTER_SETS: readonly [string, number][] = [
  ['plan', I_PLANNED_AFTER],
  ['exp', I_EXPECTED_AFTER],
  ['alleged', I_ALLEGED_AFTER],
  ['cancel', I_CANCELLED],
  ['say', I_SPEECH],
  ['src', I_SOURCE_PREP],
  ['part', I_SAYING_PARTICIPLES],
];
const EXTRA_SETS: readonly [string, number][] = [
  ['rep', I_REPORTING],
  ['srcn', I_SOURCE_NOUNS],
  ['susp', I_SUSPECT],
  ['dem', I_DEMANDING],
  ['modal', I_MODAL],
  ['comp', I_COMPLEMENTISER],
];

/** The feature of an event whose sentence names whose account it is: without it, no event is read as reported. */
export const REPORT_CUE = 'cue=report';

const TEMPORAL = new Set(['بعد', 'قبل', 'منذ', 'الي', 'حتي', 'دون', 'بدون']);
const SPEECH_ACT_TYPES = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'SUPPORT', 'THREATEN', 'APPEAL']);

const distBucket = (n: number): string => (n <= 1 ? String(n) : n <= 3 ? '2-3' : n <= 6 ? '4-6' : '7+');

/** A word without its conjunction, for the lexical features. */
function bare(w: Word | undefined): string {
  if (!w) return '^';
  if (w.boundary) return 'P';
  const memo = w.memo;
  if (!memo) return w.norm.replace(/^[وف](?=..)/, '');
  return (memo.bare ??= w.norm.replace(/^[وف](?=..)/, ''));
}

/**
 * Session 15: where the modality features go. A feature is a constant name (k), or a template of TEMPLATES filled
 * with one part (t1: prefix + a) or two (t2: prefix + a + mid + b). The training path (modalityFeatures) builds
 * each feature's string; the model's scorer (modality-model.ts) adds each feature's weights, remembered per
 * template and parts, without building the string. Both see the same features in the same order (walkModality),
 * so the scores are the same sums, added in the same order.
 */
export interface ModalitySink {
  k(name: string): void;
  t1(template: number, a: string): void;
  t2(template: number, a: string, b: string): void;
}

/** The templates of the features: [prefix, mid]. */
export const TEMPLATES: (readonly [string, string])[] = [];
const tpl = (prefix: string, mid = ''): number => TEMPLATES.push([prefix, mid]) - 1;
const T_R = tpl('r=');
const T_D = tpl('d=');
const T_RD = tpl('r=', '|d=');
const T_T = tpl('t=');
const T_RT = tpl('r=', '|t=');
const T_POS = tpl('pos=');
const T_RPOS = tpl('r=', '|pos=');
const T_CLS = tpl('cls=');
const T_DEFPOS = tpl('def=', '|pos=');
const T_POSS = tpl('poss=');
const T_PREP = tpl('prep=');
const T_TITLE = tpl('title=');
const T_RTITLE = tpl('r=', '|title=');
const T_VPRE = tpl('vpre=');
const T_O = tpl('o=');
const T_RO = tpl('r=', '|o=');
const T_ATTR = tpl('attr=');
const T_RATTR = tpl('r=', '|attr=');
const T_ATTRD = tpl('attrD=');
const T_CLAUSE = tpl('clauseLen=');
const T_SAR = tpl('sa|r=');
const T_SAATTR = tpl('sa|attr=');
/** A cue feature (a constant: "n:neg", "b:neg", "as:plan" …) with the rules' answer. */
const T_CUER = tpl('', '|r=');
const T_SA = tpl('sa:');
const T_NW = tpl('nw=');
/** (a: "n:bound=" or "c:bound=", b: the punctuation) */
const T_BOUND = tpl('');
const T_W1 = tpl('w-1=');
const T_W2 = tpl('w-2=');
const T_S0 = tpl('s0=');
const T_S0R = tpl('s0=', '|r=');
const T_WA1 = tpl('w+1=');
const T_HB = tpl('hb=');
const T_HBD = tpl('hb=', '|');
const T_HBR = tpl('hb=', '|r=');
const T_HBC = tpl('hbc=', '|');
const T_HA = tpl('ha=');
const T_HAD = tpl('ha=', '|');

/** The constant names of the cue features, built once: [place][set]; places n, c, s (before), b (n or c). */
const NEAR = ['n', 'c', 's', 'b'];
const named = (sets: readonly [string, number][], prefix: string): string[] =>
  sets.map(([n]) => `${prefix}${n}`);
const FS_NAMES = NEAR.map((p) => named(FEATURE_SETS, `${p}:`));
const EX_NAMES = NEAR.map((p) => named(EXTRA_SETS, `${p}:`));
const TCOMP = NEAR.map((p) => `${p}:tcomp`);
const FUT = NEAR.map((p) => `${p}:fut`);
const BOUND = NEAR.map((p) => `${p}:bound=`);
/** After the trigger: ac (its clause), as (the sentence). */
const AF_NAMES = ['c', 's'].map((p) => named(AFTER_SETS, `a${p}:`));
const AX_NAMES = ['c', 's'].map((p) => named(EXTRA_SETS, `a${p}:`));
const I_COMP_EXTRA = EXTRA_SETS.findIndex(([n]) => n === 'comp');
const B = 3;

/** The features the learned modality model reads of a mention (ModalityContext), as strings (training). */
export function modalityFeatures(c: ModalityContext): string[] {
  const out = new FeatureStrings();
  walkModality(c, out);
  return out.f;
}

class FeatureStrings implements ModalitySink {
  readonly f: string[] = [];
  k(name: string): void {
    this.f.push(name);
  }
  t1(template: number, a: string): void {
    this.f.push(TEMPLATES[template]![0] + a);
  }
  t2(template: number, a: string, b: string): void {
    const t = TEMPLATES[template]!;
    this.f.push(t[0] + a + t[1] + b);
  }
}

/**
 * The modality features of a mention, in order, into the sink; returns whether the sentence has a cue of a report
 * (the feature REPORT_CUE).
 */
export function walkModality(c: ModalityContext, out: ModalitySink): boolean {
  const { words, hit, hits, rule } = c;
  const trig = words[hit.from]!;
  const pos = hit.entry.pos;
  const title = c.inTitle ? '1' : '0';
  out.k('B');
  out.t1(T_R, rule);
  out.t1(T_D, c.detected);
  out.t2(T_RD, rule, c.detected);
  out.t1(T_T, hit.type);
  out.t2(T_RT, rule, hit.type);
  out.t1(T_POS, pos);
  out.t2(T_RPOS, rule, pos);
  out.t1(T_CLS, hit.entry.cls);
  out.t2(T_DEFPOS, trig.definite ? '1' : '0', pos);
  out.t1(T_POSS, trig.possessive ? '1' : '0');
  out.t1(T_PREP, trig.prep ?? '-');
  out.t1(T_TITLE, title);
  out.t2(T_RTITLE, rule, title);
  if (/^و/.test(trig.norm)) out.k('trigW');
  if (pos === 'V' && /^س[يتن]/.test(trig.norm)) out.k('trigFut');
  if (pos === 'V') out.t1(T_VPRE, trig.norm.replace(/^[وف]/, '').slice(0, 1));
  for (const o of c.others) {
    out.t1(T_O, o);
    out.t2(T_RO, rule, o);
  }
  const a = c.attribution;
  if (a) {
    const side = a.from < hit.from ? 'L' : 'R';
    out.t1(T_ATTR, side);
    out.t2(T_RATTR, rule, side);
    out.t1(T_ATTRD, distBucket(Math.abs(hit.from - a.to)));
  } else {
    out.t1(T_ATTR, '0');
    out.t2(T_RATTR, rule, '0');
  }
  // the clause before the trigger (back to punctuation, at most 12 words), and the sentence before it
  const clause = clauseStart(words, hit.from, 12);
  let sentence = hit.from;
  while (sentence > 0 && words[sentence - 1]!.norm !== '.') sentence--;
  out.t1(T_CLAUSE, distBucket(hit.from - clause));
  // a speech act (a demand, an accusation, support, a rejection, a threat) is its speaker's own act: a verb of
  // saying before it introduces it, it reports no one's account of it
  const speechAct = SPEECH_ACT_TYPES.has(hit.type);
  if (speechAct) {
    out.t1(T_SAR, rule);
    out.t1(T_SAATTR, c.attribution ? '1' : '0');
  }
  for (let j = sentence; j < hit.from; j++) {
    const w = words[j]!;
    // (0: near the trigger, 1: in its clause, 2: in its sentence)
    const near = j >= clause ? (hit.from - j <= 3 ? 0 : 1) : 2;
    const bits = modalityBits(w);
    if (near === 2 && bits === 0) continue;
    if (bits !== 0) {
      for (let k = 0; k < FEATURE_SETS.length; k++)
        if (((bits >> FEATURE_SETS[k]![1]) & 1) === 1) {
          const name = FS_NAMES[near]![k]!;
          out.k(name);
          out.t2(T_CUER, name, rule);
          if (near !== 2) out.t2(T_CUER, FS_NAMES[B]![k]!, rule);
          if (speechAct) out.t1(T_SA, FEATURE_SETS[k]![0]);
        }
      for (let k = 0; k < EXTRA_SETS.length; k++)
        if (((bits >> EXTRA_SETS[k]![1]) & 1) === 1) {
          // (أن after بعد، قبل، منذ is a conjunction of time, no complement of saying)
          const tcomp = k === I_COMP_EXTRA && TEMPORAL.has(bare(words[j - 1]));
          const name = tcomp ? TCOMP[near]! : EX_NAMES[near]![k]!;
          out.k(name);
          out.t2(T_CUER, name, rule);
          if (near !== 2) out.t2(T_CUER, tcomp ? TCOMP[B]! : EX_NAMES[B]![k]!, rule);
          if (speechAct) out.t1(T_SA, tcomp ? 'tcomp' : EXTRA_SETS[k]![0]);
        }
    }
    if (near !== 2 && isFutureVerb(w)) {
      out.k(FUT[near]!);
      out.t2(T_CUER, FUT[near]!, rule);
    }
    if (near === 0) out.t1(T_NW, bare(w));
    if (w.boundary && near !== 2) out.t2(T_BOUND, BOUND[near]!, w.norm);
  }
  out.t1(T_W1, bare(words[hit.from - 1]));
  out.t1(T_W2, bare(words[hit.from - 2]));
  const s0 = bare(words[sentence]);
  out.t1(T_S0, s0);
  out.t2(T_S0R, s0, rule);
  // whether anything in the sentence says whose account it is: a speaker the rules found, a verb of saying or
  // reporting with its subject, a source (حسب، وفق، مصادر، بلاغ), a participle of saying
  let cue = c.attribution !== null || reportingSpeaker(words, hit.from) !== null;
  for (let j = sentence; !cue && j < words.length && words[j]!.norm !== '.'; j++) {
    const w = words[j]!;
    if (inSet(w, I_SOURCE_PREP) || inSet(w, I_SAYING_PARTICIPLES) || inSet(w, I_SOURCE_NOUNS)) cue = true;
  }
  if (cue) out.k(REPORT_CUE);
  // what follows: the rest of the clause, then the sentence
  let after = 0;
  for (let j = hit.to; j < words.length && j < hit.to + 20; j++) {
    const w = words[j]!;
    if (w.norm === '.') break;
    if (w.boundary) after = 1;
    const bits = modalityBits(w);
    if (bits === 0) continue;
    for (let k = 0; k < AFTER_SETS.length; k++)
      if (((bits >> AFTER_SETS[k]![1]) & 1) === 1) {
        const name = AF_NAMES[after]![k]!;
        out.k(name);
        out.t2(T_CUER, name, rule);
      }
    for (let k = 0; k < EXTRA_SETS.length; k++)
      if (((bits >> EXTRA_SETS[k]![1]) & 1) === 1) out.k(AX_NAMES[after]![k]!);
  }
  out.t1(T_WA1, bare(words[hit.to]));
  // the other triggers of the sentence: the nearest before and after, by type and distance
  let prev: TriggerHit | null = null;
  let next: TriggerHit | null = null;
  for (const h of hits) {
    if (h === hit) continue;
    if (h.to <= hit.from && (!prev || h.to > prev.to)) prev = h;
    if (h.from >= hit.to && (!next || h.from < next.from)) next = h;
  }
  if (prev) {
    const d = distBucket(hit.from - prev.to);
    out.t1(T_HB, prev.type);
    out.t2(T_HBD, prev.type, d);
    out.t2(T_HBR, prev.type, rule);
    out.t2(T_HBC, prev.entry.cls, d);
  } else out.k('hb=0');
  if (next) {
    out.t1(T_HA, next.type);
    out.t2(T_HAD, next.type, distBucket(next.from - hit.to));
  }
  return cue;
}

/**
 * Session 14: the speaker of an event the learned model calls reported where findAttribution found none — the words
 * after the nearest verb of saying or reporting before the trigger in its sentence, with or without a complementiser
 * ("أعلنت وزارة الصحة عن مقتل …"، "أوردت إذاعة أوروبا 1 أن …"), or its subject before it ("الشرطة أعلنت …").
 */
export function reportingSpeaker(words: readonly Word[], at: number): { from: number; to: number } | null {
  for (let s = at - 1; s >= 0; s--) {
    const w = words[s]!;
    if (w.norm === '.') return null;
    if (w.definite || !(inSet(w, I_SPEECH) || inSet(w, I_REPORTING))) continue;
    let to = s + 1;
    while (
      to < at &&
      to - s <= 6 &&
      !words[to]!.boundary &&
      !SPEAKER_STOPS.has(words[to]!.norm) &&
      !COMPLEMENTISER.has(words[to]!.norm) &&
      !inSet(words[to]!, I_SOURCE_PREP)
    )
      to++;
    // (a long phrase up to the trigger is the speaker and what it said: its first words name the speaker)
    if (to > s + 1) return { from: s + 1, to: Math.min(to, s + 5) };
    let from = s;
    while (from > 0 && s - from < 6 && !words[from - 1]!.boundary && words[from - 1]!.norm !== '.') from--;
    return from < s ? { from, to: s } : null;
  }
  return null;
}

/**
 * Session 16: whether the rules' modality of a mention rests on the sentence's grammar rather than on words a
 * learned model weighs — a cue the modality model (modality-model.ts) does not overrule:
 * - planned, with the future marked on the act: the trigger verb's prefix س ("ستفتح"، "سينظمون"), or a future verb
 *   right before the act noun in its clause ("إنها ستفتح تحقيقا"، "ستنظم وقفة احتجاجية");
 * - planned or hypothetical, as the content of a threat: a verb of threatening before the act with ب between
 *   ("هددت الولايات المتحدة بفرض عقوبات");
 * - reported, as the charge of an accusation: a verb of accusing before the act with ب between ("اتهمت الوزارة
 *   خلايا إرهابية بتفجير سيارة": the bombing is the accuser's account).
 * Each is the structure the rules read for that answer (no clause mark between the governing verb and the act).
 */
export function firmModality(c: ModalityContext): boolean {
  const { words, hit, hits, rule } = c;
  if (rule !== 'planned' && rule !== 'hypothetical' && rule !== 'reported') return false;
  const trig = words[hit.from]!;
  if (rule === 'planned') {
    if (hit.entry.pos === 'V' && trig.norm.startsWith('س') && trig.keys.includes(trig.norm.slice(1)))
      return true;
    if (hit.entry.pos !== 'V')
      for (let j = hit.from - 1; j >= Math.max(0, hit.from - 3); j--) {
        if (words[j]!.boundary) break;
        if (isFutureVerb(words[j]!)) return true;
      }
  }
  for (const h of hits) {
    // (within 8 words: quotation marks count, "اتهمت الوزارة "خلايا إرهابية" بتفجير")
    if (h === hit || h.to > hit.from || hit.from - h.to > 8) continue;
    const threat = h.type === 'THREATEN' && h.entry.pos === 'V' && hit.from - h.to <= 5;
    const accuse = h.entry.cls === 'accuse' && h.entry.pos === 'V';
    if (rule === 'reported' ? !accuse : !threat) continue;
    let bound = false;
    let bi = false;
    for (let j = h.to; j < hit.to; j++) {
      const w = words[j]!;
      if (j < hit.from && w.boundary) bound = true;
      if (!w.boundary && /^و?ب/.test(w.norm)) bi = true;
    }
    if (!bound && bi) return true;
  }
  return false;
}
