import type { TimeExpr, Doc, Entity, MeetingDetails, Quantity } from '../../doc/index.js';
import type { ActorMention } from './actors.js';
import { coordinated } from './args.js';
import type { Word } from './words.js';

/** A sentence as the details extractor reads it. */
export interface SentenceView {
  start: number;
  end: number;
  words: Word[];
  /** The actor phrases of the sentence, found on first use (most sentences hold no event). */
  readonly actors: ActorMention[];
}

const UNITS: Record<string, number> = {
  اولي: 1,
  ثانيه: 2,
  ثالثه: 3,
  رابعه: 4,
  خامسه: 5,
  سادسه: 6,
  سابعه: 7,
  ثامنه: 8,
  تاسعه: 9,
  عاشره: 10,
  حاديه: 1,
};
const ROUND_WORDS = new Set(['جوله', 'الجوله', 'جولتها', 'الجولات']);
/** "ممثلون عن إيران": representatives of a party, a delegation when followed by من / عن. */
const REPRESENTATIVES = new Set(['ممثلون', 'ممثلين', 'ممثلو', 'ممثلي']);
const HEAD_CUES = new Set(['برئاسه', 'يراسه', 'يتراسه', 'ترئسه', 'تراسه', 'يقوده', 'بقياده']);
const AGENDA_CUES = new Set([
  'تتمحور',
  'يتمحور',
  'ستناقش',
  'تناقش',
  'يناقش',
  'سيناقش',
  'ستركز',
  'تركز',
  'تتناول',
  'يتناول',
  'تبحث',
  'ستبحث',
  'يبحث',
]);
const OUTCOMES: [RegExp, string][] = [
  [/بيان (?:مشترك|ختامي)/, 'joint statement'],
  [/(?:دون|لم|بدون|عدم)[^.،]{0,20}اختراق/, 'no breakthrough'],
  [/(?:دون|لم|بدون|عدم)[^.،]{0,30}(?:تقدم|نتيجه|نتائج)/, 'no progress'],
  [/اعلان[^.]{0,20}وقف (?:ل)?اطلاق النار/, 'ceasefire announcement'],
];

function text(doc: Doc, words: readonly Word[], from: number, to: number): string {
  return doc.text.slice(words[from]!.start, words[to - 1]!.end);
}

function normText(words: readonly Word[]): string {
  return words.map((w) => w.norm).join(' ');
}

/** Round number after الجولة: digits, "الـ11", a quantity, or an ordinal (الحادية عشرة). */
/** Whether one of the word's keys is a word for a round (from its form memo where it has one: once per form). */
function roundWord(w: Word): boolean {
  const fm = w.memo;
  if (fm) {
    if (fm.round === -1) fm.round = w.keys.some((k) => ROUND_WORDS.has(k)) ? 1 : 0;
    return fm.round === 1;
  }
  return w.keys.some((k) => ROUND_WORDS.has(k));
}

export function findRound(words: readonly Word[], quantities: readonly Quantity[]): number | null {
  for (let i = 0; i < words.length; i++) {
    if (!roundWord(words[i]!)) continue;
    let j = i + 1;
    if (words[j]?.norm === 'ال' || words[j]?.norm === 'رقم') j++;
    const w = words[j];
    if (!w) continue;
    const q = quantities.find(
      (x) => x.start <= w.start && w.end <= x.end && (x.kind === 'ordinal' || x.kind === 'cardinal'),
    );
    if (q && Number.isInteger(q.value) && q.value > 0 && q.value < 200) return q.value;
    if (/^\d{1,3}$/.test(w.norm)) return Number(w.norm);
    const unit = UNITS[w.keys.find((k) => UNITS[k] !== undefined) ?? ''];
    if (unit !== undefined) {
      const next = words[j + 1]?.norm;
      if (next === 'عشره' || next === 'عشر') return unit === 1 && w.norm.includes('حادي') ? 11 : unit + 10;
      return unit;
    }
  }
  return null;
}

/**
 * Delegations and their heads: "الوفد الروسي برئاسة الممثل الخاص لسورية، ألكساندر لافرينتيف" →
 * {party: "الوفد الروسي", head: "ألكساندر لافرينتيف"}. The head is a PERSON entity in the window where
 * the entities layer has one, else the appositive name after the title (the words after the comma).
 */
export function findDelegations(
  doc: Doc,
  s: SentenceView,
  personAt: (start: number) => Entity | undefined,
): MeetingDetails['delegations'] {
  const out: MeetingDetails['delegations'] = [];
  const { words } = s;
  const actors = s.actors.filter((a) => !a.adjectival);
  for (const a of actors) {
    const first = words[a.from]!;
    const listed = ['من', 'عن'].includes(words[a.from + 1]?.norm ?? '');
    if (!first.keys.some((k) => k === 'وفد' || k === 'وفود' || (listed && REPRESENTATIVES.has(k)))) continue;
    let cue = -1;
    for (let j = a.to; j < Math.min(words.length, a.to + 3); j++) {
      if (words[j]!.keys.some((k) => HEAD_CUES.has(k))) {
        cue = j;
        break;
      }
    }
    let head: string | null = null;
    let headEntity: string | null = null;
    if (cue >= 0) {
      let end = cue + 1;
      while (end < words.length && end - cue <= 12 && !(words[end]!.boundary && words[end]!.norm === '.'))
        end++;
      for (let j = cue + 1; j < end; j++) {
        const p = personAt(words[j]!.start);
        if (p) {
          headEntity = p.id;
          // the name as written here (the KB's canonical spelling may differ)
          const m = p.mentions.find((x) => x.start === words[j]!.start);
          head = m ? m.text : p.name;
          break;
        }
      }
      if (!head) {
        // title, then the name between commas
        let c1 = cue + 1;
        while (c1 < end && !words[c1]!.boundary) c1++;
        let nameFrom = c1 < end ? c1 + 1 : cue + 1;
        if (words[nameFrom]?.norm === 'الذي') nameFrom++;
        let nameTo = nameFrom;
        while (nameTo < end && !words[nameTo]!.boundary && nameTo - nameFrom < 4) nameTo++;
        if (nameTo > nameFrom) head = text(doc, words, nameFrom, nameTo);
      }
    }
    // A bare "وفودا" / "الوفد" that names no party and no head tells an analyst nothing.
    if (a.entity === null && head === null && a.to - a.from <= 1) continue;
    out.push({ party: doc.text.slice(a.start, a.end), entity: a.entity, head, head_entity: headEntity });
    // "ممثلون عن إيران وروسيا وتركيا"، "وفد من النظام السوري والمعارضة": each listed party sent a delegation
    if (listed) {
      for (const b of coordinated(words, actors, a).slice(1)) {
        const party = doc.text.slice(b.start, b.end).replace(/^و/, '');
        if (!out.some((d) => d.party === party))
          out.push({ party, entity: b.entity, head: null, head_entity: null });
      }
    }
  }
  out.push(...headsOfTheDelegation(doc, s, personAt, out));
  return out;
}

/**
 * "قال رئيس الوفد، أحمد طعمة": the head of a delegation named only as "الوفد" leads the delegation of the
 * party the sentence named before (أكدت المعارضة السورية مشاركتها ...، وقال رئيس الوفد ...).
 */
function headsOfTheDelegation(
  doc: Doc,
  s: SentenceView,
  personAt: (start: number) => Entity | undefined,
  already: MeetingDetails['delegations'],
): MeetingDetails['delegations'] {
  const { words } = s;
  const out: MeetingDetails['delegations'] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (!words[i]!.keys.some((k) => k === 'رئيس' || k === 'رئيسه')) continue;
    if (words[i + 1]!.norm !== 'الوفد') continue;
    let person: Entity | undefined;
    let at = -1;
    for (let j = i + 2; j < Math.min(words.length, i + 6) && !person; j++) {
      person = personAt(words[j]!.start);
      at = j;
    }
    if (!person) continue;
    // the party: the nearest actor before that is neither a place nor inside a prepositional phrase
    let party: ActorMention | undefined;
    for (let k = s.actors.length - 1; k >= 0; k--) {
      const a = s.actors[k]!;
      if (a.adjectival) continue;
      if (a.to > i) continue;
      const prev = words[a.from - 1]?.norm ?? '';
      if (a.capital || words[a.from]!.prep || ['في', 'ب', 'الي', 'من', 'علي', 'عن'].includes(prev)) continue;
      party = a;
      break;
    }
    if (!party) continue;
    const m = person.mentions.find((x) => x.start === words[at]!.start);
    const delegation = {
      party: doc.text.slice(party.start, party.end),
      entity: party.entity,
      head: m ? m.text : person.name,
      head_entity: person.id,
    };
    const same = already.find((d) => d.party === delegation.party);
    if (same) {
      if (!same.head) Object.assign(same, delegation);
    } else out.push(delegation);
  }
  return out;
}

/** Nouns that head an enumerated agenda: "3 ملفات رئيسية هي: …". */
const LIST_HEADS = ['ملفات', 'محاور', 'نقاط'];

/** Agenda items: "3 ملفات رئيسة هي: أ، وب، وج" or what the talks "تتمحور حول / ستناقش / ستركز على". */

export function findAgenda(doc: Doc, words: readonly Word[]): string[] {
  const items: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const isList =
      LIST_HEADS.some((h) => w.keys.includes(h)) &&
      words.slice(i + 1, i + 4).some((x) => x.norm === 'هي' || x.norm === ':');
    if (isList) {
      let j = i + 1;
      while (j < words.length && words[j]!.norm !== ':' && j - i < 5) j++;
      j++;
      let from = j;
      for (; j <= words.length; j++) {
        const x = words[j];
        const stop = !x || x.norm === '.' || x.norm === 'فيما' || x.norm === 'بينما';
        if (!x || stop || x.norm === '،' || x.norm === ',') {
          if (j > from) items.push(text(doc, words, from, j).replace(/^و/, ''));
          from = j + 1;
          if (stop) break;
        }
      }
      continue;
    }
    if (w.keys.some((k) => AGENDA_CUES.has(k))) {
      let from = i + 1;
      if (['حول', 'علي', 'في'].includes(words[from]?.norm ?? '') || words[from]?.norm === 'ايضا') from++;
      if (['حول', 'علي', 'في'].includes(words[from]?.norm ?? '')) from++;
      let to = from;
      while (to < words.length && !words[to]!.boundary && to - from < 12) to++;
      // "تتناول … 3 ملفات هي: …" introduces a list, whose items the branch above reads.
      const introducesList = words.slice(from, to).some((x) => LIST_HEADS.some((h) => x.keys.includes(h)));
      if (to > from && !introducesList) items.push(text(doc, words, from, to));
    }
  }
  return items;
}

/** What each of OUTCOMES needs inside one word: without any, none matches (the text is not joined). */
const OUTCOME_CUE = /بيان|اختراق|تقدم|نتيجه|نتائج|اعلان/;

export function findOutcome(words: readonly Word[]): string | null {
  let cue = false;
  for (const w of words)
    if (OUTCOME_CUE.test(w.norm)) {
      cue = true;
      break;
    }
  if (!cue) return null;
  const t = normText(words);
  for (const [re, label] of OUTCOMES) if (re.test(t)) return label;
  return null;
}

/** Why a party is absent: "لأسباب صحية"، "إصابة في عينه"، "بسبب ...". */
export function findReason(doc: Doc, words: readonly Word[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const k = words[i]!.keys;
    if (
      k.includes('اسباب') ||
      k.includes('بسبب') ||
      k.includes('اصابه') ||
      k.includes('مرض') ||
      k.includes('رفض')
    ) {
      let to = i + 1;
      while (to < words.length && !words[to]!.boundary && to - i < 5) to++;
      return text(doc, words, i, to);
    }
  }
  return null;
}

/** Verbs that open a meeting, close it, or state how long it lasts (normalised, with their inflections). */
const START_VERB =
  /^(?:و|ف)?(?:انطلق|انطلقت|تنطلق|ينطلق|بدا|بدات|تبدا|يبدا|افتتح|افتتحت|تفتتح|يفتتح|باشر|باشروا|باشرت)$/;
const END_VERB = /^(?:و|ف)?(?:اختتم|اختتمت|تختتم|يختتم|انتهي|انتهت|تنتهي|ينتهي)$/;
const LASTS_VERB = /^(?:و|ف)?(?:تستمر|يستمر|استمرت|استمر|تدوم|يدوم|دامت|تتواصل|يتواصل)$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Any of START_VERB, END_VERB and LASTS_VERB: one test per word, the three only for the few words it finds. */
const DATING_VERB = new RegExp(
  `^(?:و|ف)?(?:${[START_VERB, END_VERB, LASTS_VERB].map((re) => re.source.slice('^(?:و|ف)?(?:'.length, -2)).join('|')})$`,
);

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * The meeting's first and last day from its sentences: a day in a sentence whose verb opens the
 * meeting is its start, one with a closing verb its end, and a length in days ("تستمر يومين") fills
 * the other side. A sentence that states a length and a day without an opening verb ("الأربعاء، محادثات
 * … تستمر يومين") gives the start too.
 */
export function findMeetingDates(
  sentences: readonly { start: number; end: number; words: readonly Word[] }[],
  times: readonly TimeExpr[],
): { from: string | null; to: string | null } {
  let from: string | null = null;
  let to: string | null = null;
  let days: number | null = null;
  let lastingDay: string | null = null;
  for (const s of sentences) {
    const inside = times.filter((t) => t.start >= s.start && t.end <= s.end);
    const day = inside.find((t) => t.type === 'DATE' && DAY.test(t.value))?.value ?? null;
    let opens = false;
    let closes = false;
    let lasts = false;
    for (const w of s.words) {
      if (!DATING_VERB.test(w.norm)) continue;
      opens ||= START_VERB.test(w.norm);
      closes ||= END_VERB.test(w.norm);
      lasts ||= LASTS_VERB.test(w.norm);
    }
    if (lasts) {
      const length = inside.find((t) => t.type === 'DURATION' && /^P\d+D$/.test(t.value));
      if (length) days ??= Number(length.value.slice(1, -1));
      if (day && !opens && !closes) lastingDay ??= day;
    }
    if (!day) continue;
    if (opens && !closes) from ??= day;
    else if (closes && !opens) to ??= day;
  }
  from ??= lastingDay;
  if (days !== null && days > 0 && days <= 31) {
    if (from && !to) to = addDays(from, days - 1);
    else if (to && !from) from = addDays(to, -(days - 1));
  }
  if (from && to && to < from) to = null;
  return { from, to: to ?? from };
}
