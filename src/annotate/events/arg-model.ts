/**
 * A learned chooser for an event argument the rules leave empty (docs/EVENTS.md, "Learned argument chooser"):
 * for a mention whose target (or actor) the rules did not find, every actor phrase of its sentence is a candidate,
 * and so is "none"; a linear model (averaged perceptron, scripts/train-args.ts) scores each from features of the
 * phrase and its place relative to the trigger (side, distance, the preposition or clitic before it, what lies
 * between), and the best one is taken if it beats "none". Deterministic; the model is a small JSON file.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { ActorMention } from './actors.js';
import type { PlaceModel } from './place-model.js';
import { activeSectorModel, recodeSectors, sectorSettings } from './sector-model.js';
import { CIRCUMSTANCE, PASSIVE, SPEECH_VERBS } from './args.js';
import { dataPath } from './lexicon.js';
import type { TriggerHit } from './triggers.js';
import type { Word } from './words.js';
import { normalize } from '../../text/normalize.js';

export type ArgRole = 'target' | 'actor';

export interface ArgModel {
  role: ArgRole;
  /** Feature → weight (averaged). */
  weights: Record<string, number>;
  /** A candidate is taken only if its score beats "none" by more than this. */
  margin: number;
}

/** The question asked of the model for one mention: its sentence, its trigger, the arguments the rules found. */
export interface ArgQuestion {
  words: readonly Word[];
  hit: TriggerHit;
  type: string;
  /** The actor phrases of the mention's sentence (as the rules read them). */
  pool: readonly ActorMention[];
  actors: readonly ActorMention[];
  targets: readonly ActorMention[];
  defaultCountry: string | null;
  /** The event's place as the rules chose it, normalised (a phrase inside it is likely the place, not a party). */
  place: string | null;
  /** The document's text. */
  text: string;
}

/** Words before a phrase that say what it is to the event. */
const PREPS = new Set([
  'علي',
  'ضد',
  'من',
  'الي',
  'مع',
  'عن',
  'في',
  'بين',
  'لدي',
  'قبل',
  'جانب',
  'طرف',
  'تجاه',
  'نحو',
  'حول',
  'بحق',
  'لصالح',
  'لفائده',
  'عبر',
  'الا',
  'و',
]);

/** How far from the trigger a candidate may be (words between), and across how many clause marks. */
const MAX_GAP = 6;
const MAX_BOUNDS = 0;

/**
 * Settings of the actor chooser (session 14), read by scripts/train-args.ts's comparisons: how far before the trigger
 * an agent may stand, and whether the rules' deliberate empties (a passive, an act in an adjunct of circumstance) are
 * left alone (true) or only told to the model as features (false).
 */
export const argSettings = {
  targetBefore: MAX_GAP,
  targetAfter: MAX_GAP,
  actorBefore: 6,
  actorAfter: 0,
  skipDeliberate: true,
  nearest: true,
  noSpeaker: true,
  noObject: true,
  targetNoObject: true,
  noEnvoyPlace: true,
  targetPastActor: true,
  pastFeature: true,
};

/** Titles that take the country they serve as a complement: "المبعوث الأممي إلى سورية"، "الممثل الخاص لسورية". */
const ENVOYS = new Set(['مبعوث', 'ممثل', 'سفير', 'مندوب', 'موفد']);

/**
 * A phrase that completes an envoy's title before it ("المبعوث الأممي إلى سورية"، "الممثل الخاص لسورية"، "سفير فرنسا
 * لدى تونس"): it names where the envoy serves, not another party to the act.
 */
export function envoyComplement(words: readonly Word[], from: number): boolean {
  let j: number;
  if (words[from]!.prep === 'ل') j = from - 1;
  else if (from > 0 && (words[from - 1]!.norm === 'الي' || words[from - 1]!.norm === 'لدي')) j = from - 2;
  else return false;
  // (the title and up to two adjectives: "المبعوث الأممي الخاص إلى")
  for (let k = j; k >= Math.max(0, j - 2); k--) {
    const w = words[k]!;
    if (w.boundary) return false;
    if (hasKey(w, ENVOYS)) return true;
  }
  return false;
}

/** Words that open a reported clause: what follows is what the speaker before them says. */
const THAT = new Set(['ان', 'بان', 'انه', 'انها', 'بانه', 'بانها', 'وان', 'وانه', 'وانها']);

const hasKey = (w: Word, set: ReadonlySet<string>): boolean => {
  for (const k of w.keys) if (set.has(k)) return true;
  return false;
};

/** A passive auxiliary before the trigger in its clause: "تم إيقاف"، "تم خلال هذه العملية حجز" (the agent unsaid). */
export function passiveTrigger(words: readonly Word[], hit: TriggerHit): boolean {
  for (let j = hit.from - 1; j >= Math.max(0, hit.from - 9); j--) {
    const w = words[j]!;
    if (w.boundary) return false;
    // (a short auxiliary keeps its conjunction in its keys: "وتم")
    if (hasKey(w, PASSIVE) || PASSIVE.has(w.norm.replace(/^[وف]/, ''))) return true;
  }
  return false;
}

/** The subject of a verb of saying right before or after it ("أكد مراسل الإذاعة"، "الوزارة تؤكد"). */
function speaker(words: readonly Word[], a: ActorMention): boolean {
  for (let j = a.from - 1; j >= Math.max(0, a.from - 2); j--)
    if (hasKey(words[j]!, SPEECH_VERBS)) return true;
  const next = words[a.to];
  return next !== undefined && hasKey(next, SPEECH_VERBS);
}

/**
 * An act named as the object of another verbal noun after ب or ل: "اتهمت … قوات الدعم السريع بخرق الهدنة" (the
 * truce is not the accused's; whose act the governing noun is, the rules say where they know it: "بتنفيذ الهجوم").
 */
export function governedAct(words: readonly Word[], hit: TriggerHit): boolean {
  const prev = words[hit.from - 1];
  return (
    prev !== undefined &&
    words[hit.from]!.definite &&
    !prev.boundary &&
    !prev.definite &&
    !prev.possessive &&
    /^و?[بل].{3,}$/.test(prev.norm)
  );
}

/**
 * Why the rules may have left the agent empty on purpose: a passive, an adjunct of circumstance ("وسط احتجاجات"),
 * an act governed by another act's noun ("بخرق الهدنة").
 */
export function deliberateEmptyActor(words: readonly Word[], hit: TriggerHit): boolean {
  return (
    passiveTrigger(words, hit) || CIRCUMSTANCE.has(words[hit.from - 1]?.norm ?? '') || governedAct(words, hit)
  );
}

/** The act is the complement of a verb after ب: "بتفجير سيارة"، "بشن هجوم" (the trigger or the word before it). */
function governedByB(words: readonly Word[], hit: TriggerHit): boolean {
  const t = words[hit.from]!;
  if (t.prep === 'ب' || /^و?ب/.test(t.norm)) return true;
  const prev = words[hit.from - 1];
  return prev !== undefined && !prev.boundary && !prev.definite && /^و?ب.{2,}$/.test(prev.norm);
}

const bucket = (n: number): string => (n <= 3 ? String(n) : n <= 6 ? '4-6' : n <= 10 ? '7-10' : '>10');

const overlaps = (a: ActorMention, b: ActorMention): boolean => a.start < b.end && b.start < a.end;

/** What one candidate's features are made of (candidateFeatures): equal parts give equal features. */
interface CandidateParts {
  dir: string;
  /** dir and the bucket of the distance. */
  place: string;
  rank: number;
  pw: string;
  clitic: string;
  sector: string;
  country: string;
  kind: string;
  bounds: number;
  between: number;
  definite: boolean;
  sameCode: boolean;
  inPlace: boolean;
  implicit: boolean;
  entity: boolean;
  titled: boolean;
  alone: boolean;
  /** Session 16: the rules' argument of the other role lies between the phrase and the trigger. */
  pastOther: boolean;
  /** The actor chooser's own (false for the target chooser): a speaker, a verb of saying or ان between, far off. */
  speaks: boolean;
  says: boolean;
  that: boolean;
  far: boolean;
}

/** What the actor chooser reads of the question itself (null for the target chooser). */
interface ActorParts {
  passive: boolean;
  adjunct: boolean;
  governed: boolean;
  /** The trigger is definite. */
  tdef: boolean;
}

/** What the features of "none" are made of. */
interface NoneParts {
  nLeft: number;
  nRight: number;
  has: boolean;
  possessive: boolean;
  definite: boolean;
  own: boolean;
  place: boolean;
}

/** A question's candidates (null, "none", last) and the parts of their features. */
interface Candidates {
  mentions: (ActorMention | null)[];
  pos: string;
  type: string;
  cls: string;
  parts: CandidateParts[];
  none: NoneParts | null;
  actor: ActorParts | null;
}

/**
 * The candidates of a question: the phrases of the sentence outside the trigger and the arguments the rules
 * found (not sector adjectives), then null for "none"; and the features of each.
 */
export function argCandidates(
  q: ArgQuestion,
  role: ArgRole,
): { mentions: (ActorMention | null)[]; features: string[][] } {
  const c = candidates(q, role);
  if (c.none === null) return { mentions: c.mentions, features: [[]] };
  const features = c.parts.map((p) => candidateFeatures(c.pos, c.type, c.cls, c.actor, p));
  features.push(noneFeatures(c.pos, c.type, c.cls, c.actor, c.none));
  return { mentions: c.mentions, features };
}

function candidates(q: ArgQuestion, role: ArgRole): Candidates {
  const { words, hit } = q;
  const taken = role === 'target' ? q.actors : q.targets;
  const hitStart = words[hit.from]!.start;
  const hitEnd = words[hit.to - 1]!.end;
  const mentions: (ActorMention | null)[] = [];
  for (const a of q.pool) {
    if (a.adjectival) continue;
    if (a.start < hitEnd && hitStart < a.end) continue;
    if (taken.some((t) => overlaps(t, a))) continue;
    if (argSettings.noEnvoyPlace && envoyComplement(words, a.from)) continue;
    // (near the trigger, in its clause: a phrase far off or past two clause marks belongs to another act; a city
    // is a place)
    if (a.capital) continue;
    const lo = a.from >= hit.to ? hit.to : a.to;
    const hi = a.from >= hit.to ? a.from : hit.from;
    const gap =
      role === 'target'
        ? a.from >= hit.to
          ? argSettings.targetAfter
          : argSettings.targetBefore
        : a.from >= hit.to
          ? argSettings.actorAfter
          : argSettings.actorBefore;
    if (hi - lo > gap) continue;
    let bounds = 0;
    for (let i = lo; i < hi; i++) if (words[i]!.boundary) bounds++;
    if (bounds > MAX_BOUNDS) continue;
    // (session 16: in "X verb Y بـact" — an accusation, a threat, a charge: "اتهمت وزارة الداخلية "خلايا إرهابية"
    // بتفجير سيارة" — X is the governing verb's subject and Y, the rules' agent of the act, its object: X, past the
    // act's own agent, is not what the act was done to)
    if (
      role === 'target' &&
      argSettings.targetPastActor &&
      a.to <= hit.from &&
      governedByB(words, hit) &&
      q.actors.some((t) => t.from >= lo && t.to <= hi)
    )
      continue;
    if (role === 'actor') {
      // (session 14: an agent before the act is the nearest phrase, not one past another party — "اتهمت الوزارة
      // خلايا إرهابية بتفجير سيارة": the accuser is no bomber — nor the subject of a verb of saying, which the rules
      // leave out on purpose)
      if (argSettings.nearest && q.pool.some((b) => b !== a && !b.adjectival && b.from >= lo && b.to <= hi))
        continue;
      if (argSettings.noSpeaker && speaker(words, a)) continue;
      // (nor, after the act, a phrase after a preposition: "الإطاحة بعصابة" is done to the gang)
      if (
        a.from >= hit.to &&
        (words[a.from]!.prep !== null ||
          (/^و?[بلك]/.test(words[a.from]!.norm) && a.start > words[a.from]!.start) ||
          (PREPS.has(words[a.from - 1]!.norm) && words[a.from - 1]!.norm !== 'و'))
      )
        continue;
    }
    // (a definite act noun right after a phrase is the object of the verb before it, the phrase that verb's subject,
    // neither agent nor target of the act: "واستبقت وزارة الدفاع الروسية اللقاء")
    if (
      (role === 'actor' ? argSettings.noObject : argSettings.targetNoObject) &&
      a.to === hit.from &&
      words[hit.from]!.definite &&
      hit.entry.pos !== 'V'
    )
      continue;
    mentions.push(a);
  }
  const pos = hit.entry.pos;
  const t = q.type;
  const cls = hit.entry.cls;
  const parts: CandidateParts[] = [];
  // (nothing to choose: no features built)
  if (mentions.length === 0) return { mentions: [null], pos, type: t, cls, parts, none: null, actor: null };
  let nLeft = 0;
  let nRight = 0;
  for (const a of mentions) if (a!.from >= hit.to) nRight++;
  for (const a of mentions) if (a!.to <= hit.from) nLeft++;
  let rankR = 0;
  const trig = words[hit.from]!;
  const actor: ActorParts | null =
    role === 'actor'
      ? {
          passive: passiveTrigger(words, hit),
          adjunct: CIRCUMSTANCE.has(words[hit.from - 1]?.norm ?? ''),
          governed: governedAct(words, hit),
          tdef: trig.definite,
        }
      : null;
  // ranks: the nearest on each side is 1
  const leftSorted = mentions.filter((a) => a!.to <= hit.from).sort((a, b) => b!.from - a!.from);
  for (const a of mentions) {
    const m = a!;
    const right = m.from >= hit.to;
    const dir = right ? 'R' : 'L';
    const dist = right ? m.from - hit.to : hit.from - m.to;
    let rank: number;
    if (right) rank = ++rankR;
    else rank = leftSorted.indexOf(a) + 1;
    const lo = right ? hit.to : m.to;
    const hi = right ? m.from : hit.from;
    let bounds = 0;
    for (let i = lo; i < hi; i++) if (words[i]!.boundary) bounds++;
    let between = 0;
    for (const b of mentions) if (b !== a && b!.from >= lo && b!.to <= hi) between++;
    let pastOther = false;
    if (argSettings.pastFeature)
      for (const t of role === 'target' ? q.actors : q.targets)
        if (t.from >= lo && t.to <= hi) pastOther = true;
    const first = words[m.from]!;
    const before = words[m.from - 1];
    const pw = !before ? '^' : before.boundary ? 'punct' : PREPS.has(before.norm) ? before.norm : 'other';
    const clitic = first.prep ?? (/^و/.test(first.norm) ? 'و' : '-');
    const sector = m.sector ?? 'none';
    const country = m.country === null ? 'none' : m.country === q.defaultCountry ? 'home' : 'foreign';
    const kind = m.isCountry ? 'country' : m.capital ? 'capital' : m.person ? 'person' : 'org';
    const sameCode = (role === 'target' ? q.actors : q.targets).some((x) => x.code === m.code);
    let inPlace = false;
    if (q.place !== null && (m.isCountry || m.capital || !m.sector)) {
      const name = normalize(q.text.slice(m.start, m.end));
      inPlace = name.length > 1 && (q.place.includes(name) || name.includes(q.place));
    }
    // (what the rules read to leave an agent empty: a speaker is no agent of the act it reports, a passive has
    // none)
    let speaks = false;
    let says = false;
    let that = false;
    if (actor !== null) {
      speaks = speaker(words, m);
      for (let i = lo; i < hi; i++) {
        if (hasKey(words[i]!, SPEECH_VERBS)) says = true;
        if (THAT.has(words[i]!.norm)) that = true;
      }
    }
    parts.push({
      dir,
      place: `${dir}${bucket(dist)}`,
      rank: Math.min(rank, 3),
      pw,
      clitic,
      sector,
      country,
      kind,
      bounds: Math.min(bounds, 2),
      between: Math.min(between, 2),
      definite: first.definite,
      sameCode,
      inPlace,
      implicit: !!m.implicit,
      entity: !!m.entity,
      titled: !!m.titled,
      alone: (role === 'target' ? q.actors : q.targets).length === 0,
      pastOther,
      speaks,
      says,
      that,
      far: actor !== null && dist > 6,
    });
  }
  mentions.push(null);
  return {
    mentions,
    pos,
    type: t,
    cls,
    parts,
    none: {
      nLeft: Math.min(nLeft, 3),
      nRight: Math.min(nRight, 3),
      has: role === 'target' ? q.actors.length > 0 : q.targets.length > 0,
      possessive: trig.possessive,
      definite: trig.definite,
      own: role === 'target' ? q.targets.length > 0 : q.actors.length > 0,
      place: q.place !== null,
    },
    actor,
  };
}

/** The features of a candidate phrase. */
function candidateFeatures(
  pos: string,
  t: string,
  cls: string,
  actor: ActorParts | null,
  p: CandidateParts,
): string[] {
  const { dir, place, pw, clitic, sector, country, kind } = p;
  const f = [
    'C',
    `d=${place}`,
    `r=${dir}${p.rank}`,
    `pw=${pw}`,
    `cl=${clitic}`,
    `pwd=${dir}${pw}`,
    `cld=${dir}${clitic}`,
    `sec=${sector}`,
    `cty=${country}`,
    `kind=${kind}`,
    `b=${p.bounds}`,
    `bw=${p.between}`,
    `pos=${pos}${dir}`,
    `t=${t}`,
    `t=${t}|${dir}`,
    `t=${t}|pw=${pw}`,
    `t=${t}|cl=${clitic}`,
    `t=${t}|sec=${sector}`,
    `t=${t}|kind=${kind}`,
    `pos=${pos}|pw=${pw}`,
    `pos=${pos}|${place}`,
    `sec=${sector}|${dir}`,
    `kind=${kind}|${dir}`,
    `kind=${kind}|pw=${pw}`,
    `def=${p.definite ? 1 : 0}`,
    `cls=${cls}|${dir}`,
    `cls=${cls}|pw=${pw}`,
    `cls=${cls}|${place}`,
  ];
  if (p.sameCode) f.push('same', `t=${t}|same`);
  if (p.pastOther) f.push(`past|${dir}`, `t=${t}|past`);
  if (p.inPlace) f.push('inPlace', `inPlace|${kind}`);
  if (actor !== null) {
    if (p.speaks) f.push('speaks', `speaks|${dir}`, `t=${t}|speaks`);
    if (p.says) f.push('saysBetween', `t=${t}|saysBetween`);
    if (p.that) f.push('thatBetween', `thatBetween|${dir}`);
    if (actor.passive) f.push(`passive|${dir}`, `t=${t}|passive`);
    if (actor.adjunct) f.push('adjunct');
    if (actor.governed) f.push(`governed|${dir}`);
    if (actor.tdef) f.push(`tdef|${dir}`);
    if (p.far) f.push(`far|${dir}`, `far|pw=${pw}`, `far|kind=${kind}`);
  }
  if (p.implicit) f.push('implicit');
  if (p.entity) f.push('entity');
  if (p.titled) f.push('titled');
  if (p.alone) f.push('alone', `alone|${dir}`);
  return f;
}

/** The features of "none". */
function noneFeatures(pos: string, t: string, cls: string, actor: ActorParts | null, n: NoneParts): string[] {
  const f = [
    'N',
    `N|t=${t}`,
    `N|pos=${pos}`,
    `N|cls=${cls}`,
    `N|nL=${n.nLeft}`,
    `N|nR=${n.nRight}`,
    `N|has=${n.has ? 1 : 0}`,
    `N|t=${t}|has=${n.has ? 1 : 0}`,
    `N|poss=${n.possessive ? 1 : 0}`,
    `N|def=${n.definite ? 1 : 0}`,
    `N|t=${t}|pos=${pos}`,
    `N|own=${n.own ? 1 : 0}`,
    `N|place=${n.place ? 1 : 0}`,
    `N|t=${t}|own=${n.own ? 1 : 0}`,
  ];
  if (actor !== null)
    f.push(
      `N|pass=${actor.passive ? 1 : 0}`,
      `N|t=${t}|pass=${actor.passive ? 1 : 0}`,
      `N|adj=${actor.adjunct ? 1 : 0}`,
      `N|gov=${actor.governed ? 1 : 0}`,
    );
  return f;
}

/** The bits of what the actor chooser reads of the question (0 for the target chooser). */
function actorBits(actor: ActorParts | null): number {
  if (actor === null) return 0;
  return (
    1 | (actor.passive ? 2 : 0) | (actor.adjunct ? 4 : 0) | (actor.governed ? 8 : 0) | (actor.tdef ? 16 : 0)
  );
}

/** One key for all the parts of a candidate's features (its score is a function of them). */
function candidateKey(pos: string, t: string, cls: string, qBits: number, p: CandidateParts): string {
  const bits =
    (p.definite ? 1 : 0) |
    (p.sameCode ? 2 : 0) |
    (p.inPlace ? 4 : 0) |
    (p.implicit ? 8 : 0) |
    (p.entity ? 16 : 0) |
    (p.titled ? 32 : 0) |
    (p.alone ? 64 : 0) |
    (p.speaks ? 128 : 0) |
    (p.says ? 256 : 0) |
    (p.that ? 512 : 0) |
    (p.far ? 1024 : 0) |
    (p.pastOther ? 2048 : 0) |
    (qBits << 12);
  return `C\u0001${pos}\u0001${t}\u0001${cls}\u0001${p.place}\u0001${p.rank}\u0001${p.pw}\u0001${p.clitic}\u0001${p.sector}\u0001${p.country}\u0001${p.kind}\u0001${p.bounds}\u0001${p.between}\u0001${bits}`;
}

/** One key for all the parts of the features of "none". */
function noneKey(pos: string, t: string, cls: string, qBits: number, n: NoneParts): string {
  const bits =
    (n.has ? 1 : 0) |
    (n.possessive ? 2 : 0) |
    (n.definite ? 4 : 0) |
    (n.own ? 8 : 0) |
    (n.place ? 16 : 0) |
    (qBits << 5);
  return `N\u0001${pos}\u0001${t}\u0001${cls}\u0001${n.nLeft}\u0001${n.nRight}\u0001${bits}`;
}

/**
 * Scores by the key of their features' parts, per model (target and actor alike): a candidate's score is the sum of
 * some 30 weights looked up by freshly built strings, and the same parts recur from document to document. (On a
 * miss the score is computed as scoreFeatures computes it, from the same features in the same order: the same
 * number. A model's weights are not to change once it has chosen.)
 */
const scoreMemos = new WeakMap<ArgModel, Map<string, number>>();

/** The score of one candidate. */
export function scoreFeatures(weights: Record<string, number>, features: readonly string[]): number {
  let s = 0;
  for (const f of features) s += weights[f] ?? 0;
  return s;
}

/** The index of the best candidate (the last one is "none"), "none" unless another beats it by the margin. */
export function bestCandidate(model: ArgModel, features: readonly (readonly string[])[]): number {
  const none = features.length - 1;
  const noneScore = scoreFeatures(model.weights, features[none]!);
  let best = none;
  let bestScore = noneScore + model.margin;
  for (let i = 0; i < none; i++) {
    const s = scoreFeatures(model.weights, features[i]!);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  }
  return best;
}

/** The model's choice for a question: a phrase, or null for none (bestCandidate over argCandidates' features). */
export function chooseArgument(model: ArgModel, q: ArgQuestion): ActorMention | null {
  const c = candidates(q, model.role);
  if (c.mentions.length === 1 || c.none === null) return null;
  let memo = scoreMemos.get(model);
  if (memo === undefined) {
    memo = new Map();
    scoreMemos.set(model, memo);
  }
  if (memo.size > 100_000) memo.clear();
  const qBits = actorBits(c.actor);
  const nk = noneKey(c.pos, c.type, c.cls, qBits, c.none);
  let noneScore = memo.get(nk);
  if (noneScore === undefined) {
    noneScore = scoreFeatures(model.weights, noneFeatures(c.pos, c.type, c.cls, c.actor, c.none));
    memo.set(nk, noneScore);
  }
  // (as bestCandidate: "none" unless a candidate beats it by the margin, the first of equal scores)
  let best = c.parts.length;
  let bestScore = noneScore + model.margin;
  for (let i = 0; i < c.parts.length; i++) {
    const p = c.parts[i]!;
    const k = candidateKey(c.pos, c.type, c.cls, qBits, p);
    let s = memo.get(k);
    if (s === undefined) {
      s = scoreFeatures(model.weights, candidateFeatures(c.pos, c.type, c.cls, c.actor, p));
      memo.set(k, s);
    }
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  }
  return c.mentions[best] ?? null;
}

export function defaultArgModelPath(role: ArgRole): string {
  return dataPath('models', `events-${role}.json`);
}

export function loadArgModel(role: ArgRole, path = defaultArgModelPath(role)): ArgModel | null {
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as ArgModel;
}

/** The models the pass holds, and the training hook (scripts/train-args.ts) that sees every question asked. */
export interface ArgHook {
  target: ArgModel | null;
  actor: ArgModel | null;
  onQuestion?: ((role: ArgRole, triggerStart: number, q: ArgQuestion) => void) | undefined;
  /** Session 14: the learned check of the rules' place (place-model.ts), and its training hook. */
  place?: PlaceModel | null;
  onPlace?: ((triggerStart: number, features: string[]) => void) | undefined;
}

/** A mention as the chooser reads it (pass.ts's Mention). */
interface ArgMention {
  hit: TriggerHit;
  s: { words: Word[] };
  type: string;
  trigger: { start: number };
  pool?: ActorMention[];
  actors: ActorMention[];
  targets: ActorMention[];
  place: { name: string } | null;
}

/** Fills, in each mention whose rules left it empty, the argument a model chooses (before mentions are merged). */
export function chooseArguments(
  mentions: readonly ArgMention[],
  hook: ArgHook,
  defaultCountry: string | null,
  text: string,
): void {
  // (session 15: then the sectors of the arguments, sector-model.ts)
  const sectorModel = activeSectorModel();
  const recode = sectorModel !== null || sectorSettings.onQuestion !== null;
  for (const m of mentions) {
    if (m.pool && m.pool.length > 0) chooseFor(m, hook, defaultCountry, text);
    if (recode) recodeSectors(m, sectorModel);
  }
}

function chooseFor(m: ArgMention, hook: ArgHook, defaultCountry: string | null, text: string): void {
  if (m.pool) {
    for (const role of ['target', 'actor'] as const) {
      const empty = role === 'target' ? m.targets.length === 0 : m.actors.length === 0;
      // (a pronoun on a verbal noun after a preposition is its patient, left unresolved by the rules on purpose:
      // "لم تأذن بإيقافه")
      if (role === 'target' && patientPronoun(m.s.words[m.hit.from]!, m.hit)) continue;
      // (session 14: nor an agent where the rules leave it unsaid on purpose: a passive, an adjunct of circumstance)
      if (role === 'actor' && argSettings.skipDeliberate && deliberateEmptyActor(m.s.words, m.hit)) continue;
      // (training sees every mention, the rules' own choices as well)
      if (!empty && !hook.onQuestion) continue;
      const model = role === 'target' ? hook.target : hook.actor;
      if (!model && !hook.onQuestion) continue;
      const q: ArgQuestion = {
        words: m.s.words,
        hit: m.hit,
        type: m.type,
        pool: m.pool,
        actors: m.actors,
        targets: m.targets,
        defaultCountry,
        place: m.place ? normalize(m.place.name) : null,
        text,
      };
      hook.onQuestion?.(role, m.trigger.start, q);
      if (!model || !empty) continue;
      const chosen = chooseArgument(model, q);
      if (!chosen) continue;
      if (role === 'target') m.targets = [chosen];
      else m.actors = [chosen];
    }
  }
}

function patientPronoun(w: Word, hit: TriggerHit): boolean {
  return (
    hit.to - hit.from === 1 &&
    w.possessive &&
    hit.entry.pos !== 'V' &&
    (w.prep !== null || /^و?[بل]/.test(w.norm))
  );
}

const committed = new Map<ArgRole, ArgModel | null>();

/** The committed model of a role (data/models/events-<role>.json), read once per process. */
export function committedArgModel(role: ArgRole): ArgModel | null {
  if (!committed.has(role)) committed.set(role, loadArgModel(role));
  return committed.get(role)!;
}
