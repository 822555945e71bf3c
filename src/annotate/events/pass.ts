import type {
  Doc,
  Entity,
  Event,
  EventActor,
  MeetingDetails,
  Modality,
  Pass,
  Range,
  Span,
  TimeExpr,
  Token,
} from '../../doc/index.js';
import {
  adjectiveCountry,
  entityCountry,
  findActors,
  ROLE_SECTOR,
  surnameReferents,
  type ActorMention,
  type EntityIndex,
} from './actors.js';
import { coordinated, governingSupportVerb, openingSpeaker, resolveArguments } from './args.js';
import { adjunctAgent } from './adjunct-agent.js';
import { subjectBeforeAside } from './relative-aside.js';
import { agreementOf, carriedAgents, subjectDropped, type Antecedent } from './dropped-subject.js';
import {
  chooseArguments,
  committedArgModel,
  type ArgHook,
  type ArgModel,
  type ArgRole,
} from './arg-model.js';
import { isCharge, membersOf, possessiveAgent, relativeClauseAgents } from './charge.js';
import { claimedBy } from './claims.js';
import { withNationals } from './nationals.js';
import { actorsAbroad, countryPlaces, type CountryPlace } from './abroad.js';
import { hostageTaking } from './hostages.js';
import { addressedWarnings, addressees, perAddressee, WARN } from './warnings.js';
import { blameBehind, COPULA } from './blame.js';
import {
  findAgenda,
  findDelegations,
  findOutcome,
  findReason,
  findRound,
  type SentenceView,
  findMeetingDates,
} from './details.js';
import { gloss } from './gloss.js';
import { normalize } from '../../text/normalize.js';
import { homeCountry } from './home.js';
import { loadEventLexicon, namedActorCode, type EventLexicon } from './lexicon.js';
import { detectModality, reportingSpeaker } from './modality.js';
import {
  committedModalityModel,
  decideModality,
  type ModalityHook,
  type ModalityModel,
} from './modality-model.js';
import { countryPlace, headlineAgentFits, PLACED_TYPES, speakerText } from './roles.js';
import { choosePlace, findPlaces, type PlaceMention } from './place.js';
import { checkPlaces, committedPlaceModel, type PlaceModel } from './place-model.js';
import {
  askedOf,
  coordinatedVerb,
  expressedByParticiple,
  inMediaAdjunct,
  isMediaName,
  namesNationalForces,
  nisbaAgentOf,
  participle,
  passiveDemand,
  pronounPatient,
  passiveBefore,
  patientSuffix,
  relativeSubject,
  sameClause,
  toMediaOutlet,
} from './share.js';
import {
  findTriggers,
  isSportForm,
  mayStartTrigger,
  scanForTriggers,
  scanFromFlags,
  wordTriggerFlags,
  type TriggerHit,
  type TriggerScan,
} from './triggers.js';
import {
  applyTypeModel,
  loadTypeModel,
  windowFeatures,
  withLexicon,
  type EventTypeModel,
} from './type-model.js';
import {
  analyseWord,
  firstTokenAt,
  isBoundaryText,
  sentenceWords,
  wordOf,
  type Word,
  type WordAnalysis,
} from './words.js';
import { unnamed } from '../unnamed.js';
import { wordInfosOf } from '../../text/passes/tokenize.js';

export interface EventsPassOptions {
  /** Path of the compiled lexicon (default: data/events/lexicon.json). */
  lexiconPath?: string;
  /** Also use the CAMEO verb + object patterns (lower precision). Default false. */
  cameoPatterns?: boolean;
  /** Sentences longer than this many tokens are read in windows of this size. */
  maxSentenceTokens?: number;
  /**
   * The events type model (type-model.ts, docs/EVENTS.md §19) that adds events the rules miss and drops those it
   * rejects: a model, or 'committed' for data/models/events-type.json.gz. Default none (off): in cross-validation it
   * did not beat the rules alone.
   */
  typeModel?: EventTypeModel | 'committed' | null;
  /** Training (scripts/train-events.ts): each window's model features, before the model changes anything. */
  onWindow?: (start: number, end: number, features: string[]) => void;
  /**
   * The learned argument choosers (arg-model.ts, docs/EVENTS.md §"Learned argument chooser"): for each role a
   * model, null for none, or 'committed' for data/models/events-<role>.json. Default: the committed target chooser
   * (session 13's leave-one-set-out CV raised full match on 12 of 14 sets, lowered it on none, type F1 unchanged),
   * and since session 14 the committed actor chooser, which leaves the rules' deliberate empties alone (§32).
   */
  argModels?: { target?: ArgModel | 'committed' | null; actor?: ArgModel | 'committed' | null };
  /** Training (scripts/train-args.ts): every question the argument choosers are asked. */
  onArgQuestion?: ArgHook['onQuestion'];
  /** Session 14 (place-model.ts): the learned check of the rules' place; null for none, default the committed one. */
  placeModel?: PlaceModel | null;
  /** Training (scripts/train-places.ts): the features of every place the rules chose. */
  onPlaceQuestion?: (triggerStart: number, features: string[]) => void;
  /** Session 14: the learned modality (modality-model.ts): the committed model by default, null for the rules alone. */
  modalityModel?: ModalityModel | 'committed' | null;
  /** Training (scripts/train-modality.ts): called with every event's modality features. */
  onModalityQuestion?: ModalityHook['onQuestion'];
}

/** One mention of an event in one sentence, before mentions of the same happening are merged. */
interface Mention {
  hit: TriggerHit;
  s: SentenceView;
  trigger: Span;
  cls: string;
  type: Event['type'];
  mode: string | null;
  actors: ActorMention[];
  targets: ActorMention[];
  place: Event['place'];
  placeEn: string | null;
  time: Event['time'];
  modality: Modality;
  attribution: Event['attribution'];
  quantities: string[];
  confidence: number;
  /** A definite noun with nothing of its own (الهجوم، المحادثات): refers back to an event named elsewhere. */
  anaphoric: boolean;
  round: number | null;
  /** An attendance whose object is the talks ("مشاركتها في المحادثات"). */
  attendsTalks: boolean;
  /** A meeting named among several ("عددا من جولات المحادثات"): not one happening to merge with. */
  generic: boolean;
  /** In the title. */
  inTitle: boolean;
  /** Session 12: the agent is the headline's subject, not named in the mention's sentence (it merges nothing). */
  carriedAgent?: boolean;
  /** The actor phrases of its sentence as the rules read them (the argument choosers' candidates). */
  pool?: ActorMention[];
  /** Session 14: the triggers of its sentence, and detectModality's answer (the learned modality's context). */
  hits?: readonly TriggerHit[];
  detected?: Modality;
  /** The speaker's words (word range), where the rules found one. */
  speaker?: { from: number; to: number } | null;
  /** Session 16: the word index of the support verb whose subject is dropped (dropped-subject.ts), else -1. */
  dropped: number;
}

const AERIAL = new Set([
  'طائرات',
  'طائره',
  'الطيران',
  'طيران',
  'جويه',
  'جوي',
  'الحربيه',
  'مقاتلات',
  'مروحيات',
]);
const CHEMICAL = new Set([
  'كيميائي',
  'كيمياوي',
  'كيماوي',
  'الكيميائي',
  'الكيماوي',
  'الكيمياوي',
  'سام',
  'الكلور',
]);
const MEETING_CLASSES = new Set(['talks', 'meeting', 'visit', 'call']);
/** Most factual first: the modality a merged event keeps. */
const FACTUALITY: Modality[] = [
  'asserted',
  'reported',
  'expected',
  'planned',
  'demanded',
  'hypothetical',
  'negated',
];

export function createEventsPass(options: EventsPassOptions = {}): Pass {
  const lex = loadEventLexicon(options.lexiconPath);
  const useCameo = options.cameoPatterns ?? false;
  const maxTokens = options.maxSentenceTokens ?? 200;
  const typeModel = options.typeModel === 'committed' ? loadTypeModel() : (options.typeModel ?? null);
  const model: ModelHook = {
    model: typeModel ? withLexicon(typeModel, lex) : null,
    thresholds: typeModel,
    onWindow: options.onWindow,
    lex,
  };
  const argModel = (m: ArgModel | 'committed' | null | undefined, role: ArgRole): ArgModel | null =>
    m === undefined || m === 'committed' ? committedArgModel(role) : m;
  const argHook: ArgHook = {
    target: argModel(options.argModels?.target, 'target'),
    // (session 14: the actor chooser too, never where the rules leave the agent unsaid on purpose — arg-model.ts)
    actor: argModel(options.argModels?.actor, 'actor'),
    onQuestion: options.onArgQuestion,
    place: options.placeModel === undefined ? committedPlaceModel() : options.placeModel,
    onPlace: options.onPlaceQuestion,
  };
  const modalityHook: ModalityHook = {
    model:
      options.modalityModel === undefined || options.modalityModel === 'committed'
        ? committedModalityModel()
        : options.modalityModel,
    onQuestion: options.onModalityQuestion,
  };
  // What a word form is to this pass, remembered per form (the same words recur): one map lookup per
  // token instead of one per question asked of it.
  const forms = new Map<string, Form>();
  const formOf = (norm: string): Form => {
    let f = forms.get(norm);
    if (f === undefined) {
      const analysis = analyseWord(norm);
      f = {
        owner: forms,
        analysis,
        trigger: analysis.keys.some((k) => lex.triggers.has(k) || (useCameo && lex.cameo.has(k))),
        sport: isSportForm(norm),
        flags: wordTriggerFlags(analysis.keys, lex) | KNOWN,
        cues: cuesOf(norm),
      };
      if (forms.size > 200_000) forms.clear();
      forms.set(norm, f);
    }
    return f;
  };
  return {
    name: 'events',
    // Bump when the output changes (test/pass-versions.test.ts checks it), so stored analyses go stale.
    version: '60',
    requires: ['text', 'sentences', 'tokens', 'entities', 'times', 'quantities'],
    produces: ['events'],
    run(doc: Doc) {
      doc.events = extractEvents(doc, lex, useCameo, maxTokens, formOf, forms, model, argHook, modalityHook);
    },
  };
}

/** The type model as the pass holds it. */
interface ModelHook {
  model: EventTypeModel | null;
  /** Where the add and veto thresholds are read (the model as given: tuning changes them). */
  thresholds: { add: number; veto: number } | null;
  lex: EventLexicon;
  onWindow: EventsPassOptions['onWindow'];
  /** Scratch scores, one per type. */
  scores?: Float64Array;
}

/** A word form as the pass sees it. */
interface Form {
  /** The pass's form table (its `forms` map): a Form kept on a WordInfo by another events pass is not ours. */
  owner: object;
  analysis: WordAnalysis;
  /** Whether the form can start a trigger. */
  trigger: boolean;
  /** Whether the form is a sport cue (isSportForm). */
  sport: boolean;
  /** wordTriggerFlags of the form's keys, with KNOWN set. */
  flags: number;
  /** cuesOf(the form). */
  cues: number;
}

/** In Form.cues: a verb of warning (addressedWarnings' WARN). */
const WARN_CUE = 1;
/** A copula (blameBehind's COPULA). */
const COPULA_CUE = 2;
/** A form ending in الوطني (dominantCountry's national forces). */
const NATIONAL_CUE = 4;

/** The cues of a normalised form: which rules that test every word can find something in it. */
function cuesOf(norm: string): number {
  return (
    (norm.length >= 3 && WARN.test(norm) ? WARN_CUE : 0) |
    (norm.length >= 4 && COPULA.test(norm) ? COPULA_CUE : 0) |
    (norm.endsWith('الوطني') ? NATIONAL_CUE : 0)
  );
}

/** In TokenScan.flags: the token's word flags are known (a word token with a normalised form). */
const KNOWN = 4;

/** The document's tokens read once: what each can start, their word analyses, the sport cues. */
interface TokenScan {
  /** 1 where the token is a word or hashtag that can start a trigger. */
  trigger: Uint8Array;
  /** The analysis of each word token with a normalised form (what sentenceWords would compute). */
  analyses: (WordAnalysis | undefined)[];
  /** How many word tokens are sport cues. */
  sport: number;
  /** Per token: the Form's flags (wordTriggerFlags | KNOWN) where analyses has the token's analysis, else 0. */
  flags: Uint8Array;
  /**
   * The cues (cuesOf) of the words the windows may be built of, or'ed over the document: a rule whose cue no word
   * has finds nothing, and is not run. (A cue is counted where any form a word may take has it.)
   */
  cues: number;
  /** Where the tokens whose norm ends in الوطني start. */
  national: number[];
}

/**
 * The scratch arrays of scanTokens, reused from document to document (a typed array over 64 bytes is allocated
 * off the heap, which costs more than the scan that fills it). Read only while the document is analysed.
 */
let triggerScratch = new Uint8Array(4096);
let flagScratch = new Uint8Array(4096);
/** The words' trigger flags of windows(), reused likewise (read until the document's triggers are found). */
let wordFlagScratch = new Uint8Array(4096);

function scanTokens(tokens: readonly Token[], formOf: (norm: string) => Form, owner: object): TokenScan {
  if (triggerScratch.length < tokens.length) {
    triggerScratch = new Uint8Array(tokens.length * 2);
    flagScratch = new Uint8Array(tokens.length * 2);
  }
  const trigger = triggerScratch;
  const flags = flagScratch;
  trigger.fill(0, 0, tokens.length);
  flags.fill(0, 0, tokens.length);
  const analyses: (WordAnalysis | undefined)[] = [];
  const national: number[] = [];
  let sport = 0;
  let cues = 0;
  // The tokenizer's word analyses, one per token: a word's Form is kept on its WordInfo (memo), so most words
  // cost one property read, not a lookup in the forms map (the norm is checked: the memo is the norm's Form).
  let infos = wordInfosOf(tokens);
  if (infos !== undefined && infos.length !== tokens.length) infos = undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let analysis: WordAnalysis | undefined;
    if (t.kind === 'word') {
      const info = infos === undefined ? undefined : infos[i];
      let f: Form;
      if (info !== undefined && info.norm === t.norm) {
        const memo = info.memo as Form | undefined;
        if (memo !== undefined && memo.owner === owner) f = memo;
        else info.memo = f = formOf(t.norm);
      } else f = formOf(t.norm);
      if (f.trigger) trigger[i] = 1;
      if (f.sport) sport++;
      if (f.cues !== 0) {
        if (f.cues & NATIONAL_CUE) national.push(t.start);
        cues |= f.cues;
      }
      if (t.norm) {
        analysis = f.analysis;
        flags[i] = f.flags;
      } else cues |= cuesOf(normalize(t.text)); // (the form sentenceWords gives the word)
    } else {
      if (t.kind === 'hashtag') {
        if (formOf(t.norm.replace(/^#/, '')).trigger) trigger[i] = 1;
        cues |= cuesOf(normalize(t.text.slice(1)));
      }
      // (every form a word of the token may have: its text, its norm, its text normalised)
      if (t.text.length >= 3) cues |= cuesOf(t.text) | cuesOf(t.norm || normalize(t.text));
      if (t.norm.endsWith('الوطني')) national.push(t.start);
    }
    // (one entry per token, holes none: a packed array)
    analyses.push(analysis);
  }
  return { trigger, analyses, sport, flags, cues, national };
}

function entityIndex(doc: Doc): { index: EntityIndex; byId: Map<string, Entity> } {
  const byId = new Map<string, Entity>();
  for (const e of doc.entities) byId.set(e.id, e);
  return { index: new LazyEntityIndex(doc.entities), byId };
}

/**
 * The entity mentions by start, made on first use: only windows with events (or a rule that reads their actors)
 * ask for them, and many documents have none. (A class, not an object literal with a getter: see LazyWindow.)
 */
class LazyEntityIndex implements EntityIndex {
  private made: Map<number, { entity: Entity; end: number }> | undefined;

  constructor(private readonly entities: readonly Entity[]) {}

  get byWord(): Map<number, { entity: Entity; end: number }> {
    if (this.made === undefined) {
      const byWord = new Map<number, { entity: Entity; end: number }>();
      const sameAs = surnameReferents(this.entities);
      for (const e of this.entities)
        for (const m of e.mentions) {
          const prev = byWord.get(m.start);
          if (!prev || prev.end < m.end) byWord.set(m.start, { entity: sameAs.get(e) ?? e, end: m.end });
        }
      this.made = byWord;
    }
    return this.made;
  }
}

/** isMediaName(normalize(text)), remembered per text (entity names and actor phrases recur). */
const mediaTexts = new Map<string, boolean>();
function mediaText(text: string): boolean {
  let m = mediaTexts.get(text);
  if (m === undefined) {
    m = isMediaName(normalize(text));
    if (mediaTexts.size > 50_000) mediaTexts.clear();
    mediaTexts.set(text, m);
  }
  return m;
}

/** The country most talked about: the default for "الشرطة" or "النظام" named without one. */
function dominantCountry(
  views: { words: Word[]; start: number; end: number }[],
  lex: EventLexicon,
  doc: Doc,
  home: string | null,
  /** Where the tokens whose norm ends in الوطني start (TokenScan.national). */
  national: readonly number[],
): string | null {
  const counts = new Map<string, number>();
  const add = unnamed((c: string | null, n = 1): void => {
    if (c) counts.set(c, (counts.get(c) ?? 0) + n);
  });
  // (an outlet's name is no mention of its country: "صرح به للجوهرة أف أم" in a report about Algeria)
  for (const e of doc.entities)
    if ((e.type === 'GPE' || e.type === 'ORG') && e.country && !mediaText(e.name))
      add(e.country, e.mentions.length);
  // "الحرس الوطني"، "وزارة الدفاع الوطني": the outlet's own national forces, unless a country follows
  // Only windows holding a «الوطني» build their words (most windows are never read otherwise).
  if (home) {
    const holds = unnamed((v: { start: number; end: number }): boolean =>
      national.some((at) => at >= v.start && at < v.end),
    );
    if (national.length > 0 && views.some((v) => holds(v) && namesNationalForces(v.words, lex))) add(home);
  }
  // Nationality adjectives, but not those that are as often common words ("مالي": financial or Malian).
  for (const e of doc.entities)
    if (e.type === 'NORP' && e.country && !AMBIGUOUS_NISBA.has(normalize(e.name)))
      add(e.country, e.mentions.length);
  // With an entities layer its countries decide; reading every word again is for documents without one.
  if (doc.entities.length > 0) return preferHome(counts, home);
  const adjectives: [string, string][] = [];
  for (const v of views) {
    // places named after a locative word vote for their country (بولاية القصرين → TUN)
    for (const p of findPlaces(v.words, lex, new Map())) {
      const before = v.words[p.from - 1];
      if (
        p.iso3 &&
        (v.words[p.from]!.prep === 'ب' ||
          (before &&
            ['في', 'ولايه', 'بولايه', 'معتمديه', 'بمعتمديه', 'مدينه', 'بمدينه'].includes(before.norm)))
      )
        add(p.iso3);
    }
    for (const w of v.words) {
      for (const k of w.keys) {
        if (AMBIGUOUS_NISBA.has(k)) continue;
        const cn = lex.countryNames.get(k);
        if (cn?.some((c) => c.rest.length === 0)) {
          add(cn.find((c) => c.rest.length === 0)!.iso3);
          break;
        }
        const adj = lex.adjectives.get(k) ?? lex.adjectives.get(k.replace(/(ه|ين|ون)$/, ''));
        if (adj) {
          adjectives.push([adj, k]);
          break;
        }
      }
    }
  }
  for (const [a, norm] of adjectives) if (!AMBIGUOUS_NISBA.has(norm)) add(a);
  return preferHome(counts, home);
}

/** A visit's destination country or city is also where it happens: "زيارة عمل إلى تونس". */
function destination(
  doc: Doc,
  hit: TriggerHit,
  targets: readonly ActorMention[],
  byId: Map<string, Entity>,
): { place: NonNullable<Event['place']>; en: string | null } | null {
  if (hit.entry.cls !== 'visit') return null;
  const t = targets.find((x) => x.isCountry || x.capital);
  if (!t) return null;
  const e = t.entity !== null ? byId.get(t.entity) : undefined;
  return {
    place: {
      entity: t.entity,
      name: doc.text.slice(t.start, t.end),
      lat: e?.lat ?? null,
      lon: e?.lon ?? null,
    },
    en: e?.name_en ?? null,
  };
}

/** True when a TIMEX3 day value (2017-05-05) falls after the publication day. */
function isAfterDay(value: string, published: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && value > published.slice(0, 10);
}

/** Nisba forms that are more often common words than nationalities. */
const AMBIGUOUS_NISBA = new Set(['مالي', 'ماليه', 'المالي', 'الماليه']);

/**
 * Unmarked domestic actors belong to the publication's country when the document mentions it at all (foreign
 * actors are named with their country), else to the country the document mentions most; with neither, to the
 * publication's country.
 */
function preferHome(counts: Map<string, number>, home: string | null): string | null {
  if (home && (counts.get(home) ?? 0) > 0) return home;
  return best(counts) ?? home;
}

function best(counts: Map<string, number>): string | null {
  let top: string | null = null;
  let n = 0;
  for (const [c, k] of counts) if (k > n) [top, n] = [c, k];
  return top;
}

const FULL_STOP = new Set(['.', '!', '?', '؟', '…']);

/** The verb starts of a sentence without triggers (read only). */
const NO_VERBS: ReadonlySet<number> = new Set();

/**
 * Sentences cut again at full stops the segmenter missed ("., " in scraped text): the parts as [from, to) ranges
 * of the words, those of punctuation only left out.
 */
function stopRanges(words: readonly Word[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  let word = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.boundary) word = true;
    else if (FULL_STOP.has(w.norm)) {
      if (word) out.push([from, i + 1]);
      from = i + 1;
      word = false;
    }
  }
  if (word) out.push([from, words.length]);
  return out;
}

/**
 * The sentences as windows of words. Most sentences hold no trigger word: those are checked on the
 * tokens' normalised forms only and get a window whose words are built if something asks for them.
 */
function windows(
  doc: Doc,
  maxTokens: number,
  scan: TokenScan,
  lex: EventLexicon,
  /** Whether a sentence where no word can find a candidate may skip its words (not with CAMEO patterns). */
  early: boolean,
): Window[] {
  const out: Window[] = [];
  // the trigger flags of the words of all triggered sentences, one after the other (each sentence's from `base`
  // on): one array for the document, not one per sentence and window (a sentence has no more words than tokens)
  let flags: Uint8Array | undefined;
  let base = 0;
  const tokens = doc.tokens;
  for (const s of doc.sentences) {
    const from = firstTokenAt(tokens, s.start);
    // (the sentence's tokens end where one starts at or past its end: found by a binary search, so that the scan
    // reads the trigger flags alone, not every token)
    let lo = from;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < s.end) lo = mid + 1;
      else hi = mid;
    }
    let any = false;
    for (let i = from; i < lo; i++) {
      if (scan.trigger[i] === 1) {
        any = true;
        break;
      }
    }
    if (!any) {
      out.push(new LazyWindow(doc, s, from, scan.analyses));
      continue;
    }
    // (session 15) a sentence whose trigger words can find no candidate (mayTrigger) finds no trigger either: its
    // windows are cut as below, from the tokens, and their words are built if something asks for them
    if (early && !mayTrigger(doc, s, from, lo, scan, lex)) {
      lazyWindows(out, doc, s, from, scan.analyses, maxTokens);
      continue;
    }
    const index: number[] = [];
    const words = sentenceWords(doc, s, doc.tokens, from, scan.analyses, index);
    // (the trigger scan of each window from the tokens' flags: no lookup per word again)
    if (flags === undefined) {
      if (wordFlagScratch.length < doc.tokens.length) wordFlagScratch = new Uint8Array(doc.tokens.length * 2);
      flags = wordFlagScratch;
    }
    for (let k = 0; k < words.length; k++) {
      const f = scan.flags[index[k]!]!;
      flags[base + k] = f & KNOWN ? f & ~KNOWN : wordTriggerFlags(words[k]!.keys, lex);
    }
    // (a sentence that is one part is its own window's words: no copy)
    for (const [a, b] of stopRanges(words))
      pushWindows(out, a === 0 && b === words.length ? words : words.slice(a, b), maxTokens, flags, base + a);
    base += words.length;
  }
  return out;
}

/**
 * Whether some trigger word of the sentence (tokens [from, lo)) may find a candidate in findTriggers
 * (mayStartTrigger, from the word and the next word's keys). True wherever that is not known from the tokens alone:
 * a hashtag, a word without an analysis of its own, another kind of token that could start a trigger.
 */
function mayTrigger(
  doc: Doc,
  s: Range,
  from: number,
  lo: number,
  scan: TokenScan,
  lex: EventLexicon,
): boolean {
  const tokens = doc.tokens;
  for (let i = from; i < lo; i++) {
    const t = tokens[i]!;
    if (t.end <= s.start || t.text === 'ـ' || t.kind === 'punct' || t.kind === 'symbol') continue;
    const a = t.kind === 'word' ? scan.analyses[i] : undefined;
    if (a === undefined) {
      // (sentenceWords analyses these itself: a hashtag without its #, a word or number from its text)
      if (t.kind === 'word' || t.kind === 'hashtag') return true;
      if (wordTriggerFlags(analyseWord(t.norm || normalize(t.text)).keys, lex) & 1) return true;
      continue;
    }
    if (scan.trigger[i] !== 1) continue;
    // the next word's keys: none for punctuation, unknown (null) past the sentence or for a token without analysis
    let next: readonly string[] | null = null;
    for (let j = i + 1; j < lo; j++) {
      const n = tokens[j]!;
      if (n.text === 'ـ') continue;
      if (n.kind === 'punct' || n.kind === 'symbol') next = NO_KEYS;
      else if (n.kind === 'word') next = scan.analyses[j]?.keys ?? null;
      break;
    }
    if (mayStartTrigger(wordOf(t, a), next, lex)) return true;
  }
  return false;
}

const NO_KEYS: readonly string[] = [];

/**
 * The windows of a sentence as windows() cuts a triggered one (stopRanges, then pushWindows' cuts every
 * `maxTokens` words), read from its tokens as sentenceWords reads them; their words are built on first use.
 */
function lazyWindows(
  out: Window[],
  doc: Doc,
  s: Range,
  from: number,
  analyses: TokenScan['analyses'],
  maxTokens: number,
): void {
  const tokens = doc.tokens;
  // the token of each word, and the word ranges between full stops (stopRanges)
  const at: number[] = [];
  const ranges: [number, number][] = [];
  let start = 0;
  let word = false;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start >= s.end) break;
    if (t.end <= s.start || t.text === 'ـ') continue;
    at.push(i);
    if (!((t.kind === 'punct' || t.kind === 'symbol') && isBoundaryText(t.text))) word = true;
    else if (FULL_STOP.has(t.text)) {
      if (word) ranges.push([start, at.length]);
      start = at.length;
      word = false;
    }
  }
  if (word) ranges.push([start, at.length]);
  const sentence = new SentenceWordsOnce(doc, s, from, analyses, at.length);
  for (const [a, b] of ranges)
    for (let i = a; i < b; i += maxTokens) {
      const e = Math.min(b, i + maxTokens);
      out.push(new LazyPartWindow(sentence, i, e, tokens[at[i]!]!.start, tokens[at[e - 1]!]!.end));
    }
}

/** A sentence's words, built once on first use for all its lazy windows. */
class SentenceWordsOnce {
  private built: Word[] | undefined;

  constructor(
    private readonly doc: Doc,
    private readonly sentence: Range,
    private readonly from: number,
    private readonly analyses: TokenScan['analyses'],
    readonly length: number,
  ) {}

  get words(): Word[] {
    this.built ??= sentenceWords(this.doc, this.sentence, this.doc.tokens, this.from, this.analyses);
    return this.built;
  }
}

/** A window of a sentence that finds no trigger: words [from, to) of the sentence, built on first use. */
class LazyPartWindow implements Window {
  readonly triggered = false;
  readonly triggerWords = true;
  readonly scan: TriggerScan | undefined = undefined;
  private built: Word[] | undefined;

  constructor(
    private readonly sentence: SentenceWordsOnce,
    private readonly from: number,
    private readonly to: number,
    readonly start: number,
    readonly end: number,
  ) {}

  get words(): Word[] {
    if (this.built === undefined) {
      const all = this.sentence.words;
      this.built = this.from === 0 && this.to === all.length ? all : all.slice(this.from, this.to);
    }
    return this.built;
  }
}

interface Window {
  start: number;
  end: number;
  words: Word[];
  /** False when no word of the window can start a trigger (its words are then built lazily). */
  triggered: boolean;
  /**
   * Whether the window holds a word that can start a trigger, found or not (the warning and blame rules read only
   * those): true for every triggered window and for the lazy windows of a sentence whose trigger words find no
   * candidate (session 15).
   */
  triggerWords: boolean;
  /** scanForTriggers(words) of a triggered window, made from the tokens' flags. */
  scan: TriggerScan | undefined;
}

/**
 * A window of a sentence without trigger words: its words are built on first use. (A class, not an object
 * literal with a getter: V8 builds those through the runtime, slowly, and there is one per sentence.)
 */
class LazyWindow implements Window {
  readonly start: number;
  readonly end: number;
  readonly triggered = false;
  readonly triggerWords = false;
  readonly scan: TriggerScan | undefined = undefined;
  private built: Word[] | undefined;

  constructor(
    private readonly doc: Doc,
    private readonly sentence: Range,
    private readonly from: number,
    private readonly analyses: TokenScan['analyses'],
  ) {
    this.start = sentence.start;
    this.end = sentence.end;
  }

  get words(): Word[] {
    this.built ??= sentenceWords(this.doc, this.sentence, this.doc.tokens, this.from, this.analyses);
    return this.built;
  }
}

/** A window as the rules read it: its words and its actors are found on first use. (A class, as above.) */
class LazyView implements SentenceView {
  readonly start: number;
  readonly end: number;
  private found: ActorMention[] | undefined;

  constructor(
    private readonly window: Window,
    private readonly actorsOf: (words: Word[], verbStarts: ReadonlySet<number>) => ActorMention[],
    private readonly verbStarts: ReadonlySet<number>,
  ) {
    this.start = window.start;
    this.end = window.end;
  }

  // (lazily: the words of a sentence without a trigger are built only if a later event reads them)
  get words(): Word[] {
    return this.window.words;
  }

  get actors(): ActorMention[] {
    this.found ??= this.actorsOf(this.window.words, this.verbStarts);
    return this.found;
  }
}

/** findTriggers with the sentence's words scanned once (its sport score is read twice: here and inside). */
function findTriggersScored(
  words: readonly Word[],
  lex: EventLexicon,
  useCameo: boolean,
  sportDoc: boolean,
  scanned: TriggerScan | undefined,
): TriggerHit[] {
  const scan = scanned ?? scanForTriggers(words, lex);
  return findTriggers(words, lex, useCameo, sportDoc || scan.own >= 2, scan);
}

/** `words` are the sentence's from `offset` on, `flags` the sentence's words' trigger flags. */
function pushWindows(
  out: Window[],
  words: Word[],
  maxTokens: number,
  flags: Uint8Array,
  offset: number,
): void {
  // Very long "sentences" (lists, scraped text without punctuation) are read in windows.
  for (let i = 0; i < words.length; i += maxTokens) {
    const part = i === 0 && words.length <= maxTokens ? words : words.slice(i, i + maxTokens);
    out.push({
      start: part[0]!.start,
      end: part[part.length - 1]!.end,
      words: part,
      triggered: true,
      triggerWords: true,
      scan: scanFromFlags(flags, offset + i, offset + i + part.length),
    });
  }
}

function extractEvents(
  doc: Doc,
  lex: EventLexicon,
  useCameo: boolean,
  maxTokens: number,
  formOf: (norm: string) => Form,
  formOwner: object,
  typeModel: ModelHook,
  argHook: ArgHook,
  modalityHook: ModalityHook,
): Event[] {
  if (!doc.text || doc.sentences.length === 0) return [];
  const { index, byId } = entityIndex(doc);
  const scan = scanTokens(doc.tokens, formOf, formOwner);
  const raw = windows(doc, maxTokens, scan, lex, !useCameo);
  const defaultCountry = dominantCountry(raw, lex, doc, homeCountry(doc), scan.national);
  const published = /^\d{4}-\d{2}-\d{2}/.exec(doc.published ?? '')?.[0] ?? null;
  // Only calendar values date an event (not PAST_REF). With no publication date, a weekday or month stays
  // unresolved (XXXX-WXX-3, REL:-10W) and still dates its own event: skipping it would borrow another clause's year.
  const dated = doc.times.filter(
    (t) =>
      (t.type === 'DATE' || t.type === 'TIME') &&
      (/^\d{4}/.test(t.value) || (!published && /^(?:XXXX|REL:)/.test(t.value))),
  );
  const mentions: Mention[] = [];
  const views: SentenceView[] = [];
  const titleEnd = doc.segments.find((g) => g.kind === 'title')?.end ?? -1;

  const orgHeads = new OrganisationHeads();
  let titleLearnt = false;
  const coalitions = new Coalitions();
  // persons named with their office somewhere in the document, by entity
  const titled = new Map<string, ActorMention>();
  // (session 12) unmarked forces in a foreign town are that country's ("وحدات … ببلدية غريان الليبية")
  // (the document's places read on first need: most windows have no unmarked actor)
  let abroad: CountryPlace[] | undefined;
  const placesAbroad = (): CountryPlace[] => (abroad ??= countryPlaces(doc, lex));
  const actorsOf = unnamed((words: Word[], verbStarts: ReadonlySet<number>): ActorMention[] =>
    actorsAbroad(
      withNationals(words, lex, findActors(words, lex, index, defaultCountry, doc.text, verbStarts)),
      placesAbroad,
      words.length > 0 ? words[0]!.start : 0,
      words.length > 0 ? words[words.length - 1]!.end : 0,
      defaultCountry,
    ),
  );
  const sportDoc = scan.sport >= 3;
  // A trigger word inside a place's name ("منطقة خفض التصعيد"، "المنطقة منزوعة السلاح") names no event.
  // (session 13) nor does a noun inside an organisation's name past its head ("منظمة التعاون الإسلامي"، "المنظمة
  // التونسية لمناهضة التعذيب"): a verb or a first word may be a recogniser's overreach ("دعتهم … الخطوط التركية")
  // (the names of several words, gathered on the first hit: most documents find none)
  let placeNames: Span[] | undefined;
  let orgNames: Span[] | undefined;
  const inPlaceName = unnamed((words: readonly Word[], h: TriggerHit): boolean => {
    if (placeNames === undefined) {
      placeNames = [];
      orgNames = [];
      for (const e of doc.entities) {
        const list = e.type === 'LOC' || e.type === 'FAC' ? placeNames : e.type === 'ORG' ? orgNames : null;
        if (list) for (const m of e.mentions) if (m.text.includes(' ')) list.push(m);
      }
    }
    const start = words[h.from]!.start;
    const end = words[h.to - 1]!.end;
    if (placeNames.some((p) => p.start <= start && end <= p.end)) return true;
    return h.entry.pos !== 'V' && orgNames!.some((p) => p.start < start && end <= p.end);
  });
  for (const r of raw) {
    const found = r.triggered
      ? findTriggersScored(r.words, lex, useCameo, sportDoc, r.scan).filter((h) => !inPlaceName(r.words, h))
      : [];
    let hits = found.length > 1 ? found.filter((h) => !raidStep(r.words, h, found)) : found;
    // docs/EVENTS.md §19: the type model adds events the rules miss and drops those it rejects
    if (typeModel.model || typeModel.onWindow) {
      const w = {
        tokens: doc.tokens,
        analyses: scan.analyses,
        from: firstTokenAt(doc.tokens, r.start),
        end: r.end,
      };
      typeModel.onWindow?.(r.start, r.end, windowFeatures(w, hits, typeModel.lex, r.words));
      if (typeModel.model) {
        typeModel.scores ??= new Float64Array(typeModel.model.types.length);
        hits = applyTypeModel(
          typeModel.model,
          typeModel.thresholds!,
          w,
          hits,
          () => r.words,
          typeModel.scores,
        );
      }
    }
    // (session 12) "باحتجاز رهائن": taking hostages is an assault, and the storming before it the same act
    if (hits.length > 0) hits = hostageTaking(r.words, hits);
    // (session 12) "حذرت روسيا الولايات المتحدة"، "حذرت الإمارات مواطنيها": a warning addressed to a state or to one's
    // own people
    // (only where a word of the document is a verb of warning, or a copula below: else they find nothing)
    if (r.triggerWords && scan.cues & WARN_CUE)
      hits = addressedWarnings(r.words, hits, () => actorsOf(r.words, NO_VERBS));
    // (session 12) "رجحت أن يكون التنظيم وراء الهجوم": saying someone is behind an act accuses them
    if (r.triggerWords && scan.cues & COPULA_CUE) hits = blameBehind(r.words, hits);
    const verbStarts =
      hits.length === 0 ? NO_VERBS : new Set(hits.filter((h) => h.entry.pos === 'V').map((h) => h.from));
    const view: SentenceView = new LazyView(r, actorsOf, verbStarts);
    views.push(view);
    if (hits.length === 0) continue;
    // the title's actors are the antecedents of bare heads later on ("اتحاد الشغل" … "الاتحاد"): learnt before the
    // first window with hits reads them (a document without events never finds the title's actors for this)
    if (!titleLearnt) {
      titleLearnt = true;
      orgHeads.learn(views[0]!.words, views[0]!.actors);
    }
    orgHeads.resolve(view.words, view.actors);
    orgHeads.learn(view.words, view.actors);
    // With an entities layer its places are used; the gazetteer is the fallback for documents without one.
    const places = findPlaces(r.words, doc.entities.length > 0 ? null : lex, index.byWord, doc.text, {
      lex,
      blocked: view.actors,
    });
    // a name read as a place after its head ("منطقة \"شاكمو\""، "بشارع الحبيب بورقيبة") is no actor
    const actors = trimAtVerbs(
      r.words,
      view.actors.filter(
        (a) =>
          !places.some((p) => p.byHead && p.from <= a.from && a.to <= p.to) &&
          // (nor are the reporter and the outlet a statement is made to: "في تصريح لمراسل الجوهرة")
          !inMediaAdjunct(r.words, a.from) &&
          !(
            mediaText(doc.text.slice(a.start, a.end)) &&
            toMediaOutlet(r.words, a.from, normalize(doc.text.slice(a.start, a.end)))
          ),
      ),
      hits,
    );
    coalitions.resolve(r.words, actors);
    localise(r.words, actors, places);
    apposedMembers(r.words, actors);
    for (const a of actors) if (a.titled && a.entity && /^[A-Z]{6}$/.test(a.code)) titled.set(a.entity, a);
    const times = dated.filter((t) => t.start >= r.start && t.end <= r.end);
    const claimed = claimTimes(times, hits, r.words);
    const quantities = doc.quantities.filter((q) => q.start >= r.start && q.end <= r.end);
    let previous: Mention | undefined;
    for (const hit of hits) {
      // "اغتيال القنطار في غارة": an attack named as the means of the one before it is the same attack
      if (
        previous &&
        hit.type === 'ASSAULT' &&
        previous.type === 'ASSAULT' &&
        hit.from - previous.hit.to <= 4 &&
        (r.words[hit.from - 1]?.norm === 'في' || r.words[hit.from]!.prep === 'ب')
      ) {
        if (previous.mode === null || previous.mode === 'assassinate')
          previous.mode = hit.mode ?? previous.mode;
        continue;
      }
      // session 9: "حجز 30 رأس من الأبقار … وحجز 9 سيارات": seizures joined by و in one clause are one seizure
      if (previous && previous.s === view && moreSeized(r.words, previous.hit, hit, hits)) continue;
      // "لم يحضر المبعوث الاجتماع": the meeting a verb of attendance governs is told by the attendance
      if (previous && objectOfAttendance(r.words, previous.hit, hit, actors)) continue;
      // "ستنطلق المشاورات … بمشاركة وفدين": "with the participation of" describes the meeting before it
      if (
        hit.entry.cls === 'attend' &&
        hit.entry.pos !== 'V' &&
        /^ب/.test(r.words[hit.from]!.norm) &&
        previous?.s === view &&
        mentions.some((m) => m.s === view && MEETING_CLASSES.has(m.cls) && m.hit.to <= hit.from)
      )
        continue;
      const args = resolveArguments(r.words, hit, actors, hits);
      // session 16 (relative-aside.ts): "الاتحاد … الذي يمثل العمال، دعا الحكومة إلى": the subject before a relative
      // aside is the verb's, and the phrase right after the verb its object
      if (hit.entry.pos === 'V') {
        const subject = subjectBeforeAside(r.words, actors, hit.from);
        if (subject && !args.actors.includes(subject)) {
          const object = args.actors.filter((a) => a.from === hit.to && !r.words[a.from]!.prep);
          args.actors = [subject];
          if (args.targets.length === 0) args.targets = object;
        }
      }
      // "مجلس وزاري": a cabinet meeting is the government's
      const cabinet =
        r.words[hit.from]!.keys.includes('مجلس') && (r.words[hit.from + 1]?.keys.includes('وزاري') ?? false);
      if (cabinet && defaultCountry) {
        const w = r.words[hit.from]!;
        args.actors = [
          {
            from: hit.from,
            to: hit.to,
            start: w.start,
            end: r.words[hit.to - 1]!.end,
            code: defaultCountry + 'GOV',
            country: defaultCountry,
            sector: 'GOV',
            entity: null,
            isCountry: false,
            capital: false,
            adjectival: false,
            person: false,
            implicit: false,
            titled: false,
          },
        ];
      }
      // "الغارة الأمريكية": a country adjective after a noun of force names its agent
      const nisba =
        args.actors.length === 0 ? nisbaAgentOf(r.words, hit, (w) => adjectiveCountry(w, lex)) : null;
      if (nisba) {
        const w = r.words[nisba.at]!;
        args.actors = [
          {
            from: nisba.at,
            to: nisba.at + 1,
            start: w.start,
            end: w.end,
            code: nisba.code,
            country: nisba.country,
            sector: nisba.code.slice(3) || null,
            entity: null,
            isCountry: false,
            capital: false,
            adjectival: false,
            person: false,
            implicit: false,
            titled: false,
          },
        ];
      }
      // a purpose clause shares the agent of the act it is the purpose of: "نفذوا وقفة احتجاجية للمطالبة بـ…"
      // and so does an act of the same kind joined to it: "تمكنت … من تفكيك عصابة … وحجز 25 كغ"
      if (
        args.actors.length === 0 &&
        previous?.s === view &&
        previous.actors.length > 0 &&
        (purpose(r.words, hit) ||
          coordinatedAct(r.words, hit, previous.hit, previous.actors) ||
          // (and a verb with no subject of its own: "عبر الاتحاد عن رفضه … ويدعو إلى")
          coordinatedVerb(r.words, hit, previous.hit))
      )
        args.actors = [...previous.actors];
      // "يزور المبعوث الخرطوم لإجراء محادثات": a purpose's agent is the visitor, not the city visited (and
      // what is still to come for the act is still to come for its purpose)
      const purposeOf = previous?.s === view && purpose(r.words, hit) ? previous : undefined;
      if (
        purposeOf &&
        purposeOf.actors.length > 0 &&
        args.actors.length > 0 &&
        args.actors.every((a) => a.capital || a.isCountry)
      )
        args.actors = [...purposeOf.actors];
      // "بقصف مواقعه قرب الحدود السورية": a nationality adjective of another noun is no target
      args.targets = args.targets.filter(
        (t) =>
          !(
            t.to - t.from === 1 &&
            !t.isCountry &&
            !t.sector &&
            !t.entity &&
            adjectiveCountry(r.words[t.from]!, lex)
          ),
      );
      // "وسط احتجاجات تطالب بـ…": a verb right after an indefinite act noun has that act's agent as subject
      if (
        previous?.s === view &&
        hit.entry.pos === 'V' &&
        previous.hit.entry.pos !== 'V' &&
        previous.hit.to === hit.from &&
        !r.words[previous.hit.from]!.definite
      )
        args.actors = [...previous.actors];
      // the act a demand asks for is done by its addressee: "دعت الوزارة المديرين الجهويين إلى التنسيق"
      const demand = mentions.findLast((m) => m.s === view && m.type === 'REQUEST'); // (no copy per hit)
      const asked = demand
        ? askedOf(r.words, hit, demand.hit, demand.targets, passiveDemand(r.words, demand.hit, actors))
        : [];
      if (asked.length > 0) {
        args.actors = asked;
        args.targets = args.targets.filter((t) => !asked.some((a) => a.from === t.from && a.to === t.to));
      }
      // a participle has the subject of the main verb of its sentence: "ندد الحزب بالاعتداء … داعيا إلى"
      // "أوقف الأعوان شخصين … وحجز آلة": an act joined by و has the agent of the act before it, never its patient
      if (
        previous?.s === view &&
        previous.actors.length > 0 &&
        /^و/.test(r.words[hit.from]!.norm) &&
        args.actors.length > 0 &&
        args.actors.every((a) => previous!.targets.some((t) => t.from === a.from && t.to === a.to)) &&
        sameClause(r.words, previous.hit, hit) &&
        hit.from - previous.hit.to <= 12
      )
        args.actors = [...previous.actors];
      // "الصحفيين الذين اتهموه": a verb after a relative pronoun has the phrase before it as its subject
      const antecedent = relativeSubject(r.words, hit, actors);
      if (antecedent.length > 0) {
        args.actors = antecedent;
        args.targets = args.targets.filter((t) => !antecedent.includes(t));
      }
      // (else of the first act of its sentence: "وجدد الحزب … مساندته لفلاحي جمنة … داعيا إياهم"; so does a
      // stance after a participle of expressing: "انتقد رئيس الحزب … معبرا عن رفضه")
      const expressed = expressedByParticiple(r.words, hit);
      // (session 9: also a participle of judging, "واصفا إياه بـ…"، "معتبرا أن …")
      const judging =
        hit.entry.cls === 'judgement' &&
        hit.entry.pos !== 'V' &&
        !r.words[hit.from]!.definite &&
        /^و?(?:واصف|معتبر)(?:ا|ين|ه)$/.test(r.words[hit.from]!.norm);
      let implied = args.pronoun === true || ownerPronoun(r.words, hit);
      if (participle(r.words, hit) || expressed || judging) {
        const before = mentions.filter((m) => m.s === view && m.actors.length > 0);
        const main = before.findLast((m) => m.hit.entry.pos === 'V') ?? before[0];
        if (main && sameClause(r.words, main.hit, hit) && !main.actors.some((a) => args.actors.includes(a))) {
          const moved = expressed
            ? []
            : args.actors.filter((a) => main.targets.some((t) => t.from === a.from && t.to === a.to));
          if (args.actors.length === 0 || moved.length > 0 || expressed) {
            args.actors = [...main.actors];
            args.targets = [...moved, ...args.targets.filter((t) => !moved.includes(t))];
          }
        } else if (!main) {
          // session 9: with no act before it, the participle continues what the opening speaker says ("قال الأمين
          // العام المساعد بالاتحاد …، سامي الطاهري، … أن الاتحاد تفاجأ من التحوير الذي أجراه رئيس الحكومة، واصفا")
          const speaker = openingSpeaker(r.words, actors, hit.from);
          if (speaker && !args.actors.includes(speaker)) {
            args.targets = [...args.actors, ...args.targets].filter((t) => t !== speaker);
            args.actors = [speaker];
          } else if (!speaker) {
            // session 11: a participle that opens its sentence continues the one before ("مطالبا أيضا الجزائر
            // ومصر …"): what it names after it is its object, and its subject is that of the sentences before
            let j = 0;
            while (j < hit.from && OPENERS.has(r.words[j]!.norm)) j++;
            if (j === hit.from && args.actors.every((a) => a.from > hit.from)) {
              const object = participleObject(r.words, actors, hit);
              args.targets = dedupeMentions([...object, ...args.actors, ...args.targets]);
              args.actors = [];
              implied = true;
            }
          }
        }
      }
      // session 16 (dropped-subject.ts): the word whose subject is dropped, its agent carried later
      let dropped = -1;
      // a pronoun subject is the agent of the last event of the sentences before ("كما طالبوا الاتحاد المحلي")
      if (args.actors.length === 0 && implied) {
        const antecedent = mentions.findLast(
          (m) => m.s !== view && m.actors.length > 0 && views.length - views.indexOf(m.s) <= 3,
        );
        // session 11: else the subject of the verb that opens the sentence ("وقد عبر عدد من الباعة عن تذمرهم …،
        // كما حمّلوا البلدية")
        const opening = openingSubject(r.words, actors, hit.from);
        if (opening && !args.targets.includes(opening)) args.actors = [opening];
        else if (antecedent) args.actors = antecedent.actors.filter((a) => !args.targets.includes(a));
        // session 8: else the body's pronoun stands for the title's subject ("وكالة السلامة المعلوماتية تحذّر …" …
        // "كما دعت إلى …")
        else if (views[0] !== view && views[0]!.end <= titleEnd) {
          const subject = titleSubject(views[0]!);
          if (subject && !args.targets.includes(subject)) args.actors = [subject];
        }
        // session 16: else carried once every act before has its agent (an antecedent the chooser fills)
        if (args.actors.length === 0 && hit.entry.pos === 'V') dropped = hit.from;
      }
      // "تونس مطالبة بفتح تحقيق": the subject of a passive demand is whom it is made of
      if (passiveDemand(r.words, hit, actors)) {
        const subject = actors.filter((a) => a.to === hit.from);
        args.targets = [...subject, ...args.targets.filter((t) => !subject.includes(t))];
        args.actors = [];
      }
      // "وكانت روسيا والصين قد استخدمتا حق النقض": an agent joined by و to the actor before it acts with it
      // (a conjunction the phrase starts after, not a word written with و: "وزارة")
      // (only for an actor of this sentence: one taken from an antecedent sentence indexes other words)
      const joinedByAnd = unnamed(
        (a: ActorMention): boolean =>
          actors.includes(a) && a.start > r.words[a.from]!.start && doc.text[r.words[a.from]!.start] === 'و',
      );
      if (args.actors.length === 1 && joinedByAnd(args.actors[0]!)) {
        const a = args.actors[0]!;
        const b = actors.find((x) => x.to === a.from && !x.adjectival && !args.targets.includes(x));
        const before = r.words[(b?.from ?? 0) - 1]?.norm ?? '';
        // (nor a city after a word of place: "جنوب طرابلس وحكومة الوفاق تتهم")
        if (
          b &&
          r.words[b.from]!.prep === null &&
          !/^و?(?:ب|ل|في|علي|الي|من|عن|بين|مع)$/.test(before) &&
          !(b.isCountry && PLACE_WORDS.test(before))
        )
          args.actors = [b, a];
      }
      // "والاعتداء عليه": the patient named by a pronoun is the last actor before it
      if (args.targets.length === 0) {
        const patient = pronounPatient(r.words, hit, actors, args.actors);
        if (patient) args.targets = [patient];
      }
      // "الاتفاق الذي توصلت إليه موسكو وأنقرة": the subject of a relative clause on the noun is its agent
      if (args.actors.length === 0) {
        const agents = relativeClauseAgents(r.words, hit, actors);
        if (agents.length > 0) {
          args.actors = agents;
          args.targets = args.targets.filter((t) => !agents.includes(t));
        }
      }
      // "اعتقال 15 عنصرا من تنظيم الدولة": the group whose members it strikes is the target
      if (args.targets.length === 0) {
        const group = membersOf(r.words, hit, actors);
        if (group && !args.actors.includes(group)) args.targets = [group];
      }
      // "لوقف هجماته": the owner of an act of force named by a pronoun is its agent
      const owner = possessiveAgent(r.words, hit, actors);
      if (owner) {
        args.actors = [owner];
        args.targets = args.targets.filter((t) => t !== owner);
      }
      // "اتهمت الوزارة الجماعات الإرهابية بقصف القاعدة": the act charged is done by the accused, reported by
      // the accuser
      const accusation = chargedBy(mentions, view, r.words, hit);
      const accused = accusation?.targets.filter((t) => !t.adjectival) ?? [];
      // (an accused the lexicon cannot name leaves the act without an agent, never the accuser's)
      if (accusation && hit.type !== 'ACCUSE') {
        args.actors = accused;
        args.targets = args.targets.filter((t) => !accused.some((a) => a.from === t.from && a.to === t.to));
      }
      // (session 12) "هجمات … تبناها تنظيم داعش"، "جرائم ارتكبها داعش": a claim of responsibility names the agent,
      // over one found by proximity or by an accusation of the act
      const claimant = claimedBy(r.words, hit, actors);
      if (claimant) {
        args.actors = [claimant];
        args.targets = args.targets.filter((t) => t !== claimant);
      }
      // session 8: "وتم إيقاف المعني بالأمر"، "وتم تهديده": a passive leaves the agent unsaid (an agent phrase after
      // the act, "من قبل مجهولين", stays); the pronoun on an act done to someone ("وإيقافه"، "تهديده") is its
      // patient, so a private person or a criminal named before it is the patient, not the agent
      const agentless = passiveBefore(r.words, hit);
      const onPatient = patientSuffix(r.words, hit);
      if (agentless || onPatient) {
        const before = args.actors.filter((a) => a.to <= hit.from);
        const patientLike = before.filter((a) => a.sector === 'CVL' || a.sector === 'CRM' || a.person);
        const moved = onPatient ? patientLike : [];
        const dropped = agentless ? before : moved;
        if (dropped.length > 0) {
          args.actors = args.actors.filter((a) => !dropped.includes(a));
          if (args.targets.length === 0 && moved.length > 0) args.targets = [moved[moved.length - 1]!];
        }
      }
      // session 8: "أحكام قضائية"، "قضت بسجنه": a sentence with no court named is passed by the country's courts
      if (hit.entry.cls === 'conviction' && args.actors.length === 0 && defaultCountry) {
        const w = r.words[hit.from]!;
        args.actors = [
          {
            from: hit.from,
            to: hit.to,
            start: w.start,
            end: r.words[hit.to - 1]!.end,
            code: defaultCountry + 'JUD',
            country: defaultCountry,
            sector: 'JUD',
            entity: null,
            isCountry: false,
            capital: false,
            adjectival: false,
            person: false,
            implicit: true,
            titled: false,
          },
        ];
      }
      let carriedAgent = false;
      // session 16 (adjunct-agent.ts): "قام الجيش بقتل عدد من المقاتلين خلال المواجهات"، "… رفضا لفرض …": an act in
      // an adjunct of time or purpose is done by its clause's subject
      if (args.actors.length === 0 && !agentless) {
        const subject = adjunctAgent(r.words, actors, hit, args.targets);
        if (subject) args.actors = [subject];
      }
      // session 16 (dropped-subject.ts): "كما تمكنت من استرجاع …": a support verb with no subject written; its agent
      // is carried from the acts before once every mention has its arguments (carryDroppedSubjects)
      if (args.actors.length === 0 && !agentless && dropped < 0) {
        const verb = governingSupportVerb(r.words, hit, hits);
        if (verb >= 0 && subjectDropped(r.words, verb, hit, actors)) dropped = verb;
      }
      // session 12 (roles.ts): an act whose sentence names no agent, told in the active voice, is done by the
      // headline's subject ("نقابة الأطباء تقرر … : … إضراب عام يوم …")
      if (args.actors.length === 0 && !agentless && views[0] !== view && views[0]!.end <= titleEnd) {
        const subject = titleSubject(views[0]!);
        if (subject && headlineAgentFits(hit, subject, args.targets)) {
          args.actors = [subject];
          carriedAgent = true;
        }
      }
      const detected = detectModality(r.words, hit, hits);
      const found =
        detected.modality === 'asserted' &&
        purposeOf &&
        (purposeOf.modality === 'planned' || purposeOf.modality === 'expected')
          ? { ...detected, modality: purposeOf.modality }
          : detected;
      const accuser = accusation?.actors.find((a) => !a.adjectival);
      // session 9: a verbal act whose agent is the very speaker it is attributed to is that speaker's own act, told
      // as it happened ("قال X … واصفا إياه بغير المبرر")
      const ownWords =
        SPEECH_ACTS.has(hit.type) &&
        detected.modality === 'reported' &&
        detected.attribution !== null &&
        args.actors.some((a) => a.from < detected.attribution!.to && detected.attribution!.from < a.to);
      const mod =
        accusation && accuser && (found.modality === 'asserted' || found.modality === 'reported')
          ? { modality: 'reported' as const, attribution: { from: accuser.from, to: accuser.to } }
          : ownWords
            ? { modality: 'asserted' as const, attribution: null }
            : found;
      // session 9: an act demanded is done by whom the demand is made of, never by the one demanding it ("طالب
      // مواطن بفتح تحقيق" → no agent; "طالبت الجهات الحكومة بمنع عرض الفيلم" → the government)
      if (mod.modality === 'demanded' && args.actors.length > 0) {
        const asking = mentions.find(
          (m) => m.s === view && m.type === 'REQUEST' && m.hit.from < hit.from && m.hit.entry.pos === 'V',
        );
        const same = (a: ActorMention, x: ActorMention): boolean => x.from === a.from && x.to === a.to;
        // (the one asking, or a phrase between the demand and the act that is not whom it is made of: "طالب عادل
        // خواجة، أحد متساكني جهة حمام سوسة بفتح تحقيق")
        const asker = (a: ActorMention): boolean =>
          asking !== undefined &&
          !asking.targets.some((x) => same(a, x)) &&
          (asking.actors.some((x) => same(a, x)) || (a.from > asking.hit.from && a.to <= hit.from));
        if (asking && args.actors.some(asker))
          args.actors = asking.targets.filter((t) => !args.targets.includes(t));
      }
      const spans = [...args.actors, ...args.targets];
      const chosen =
        choosePlace(doc, r.words, hit, places, spans, hits, args.actors, actors) ??
        destination(doc, hit, args.targets, byId);
      // session 12 (roles.ts): a whole country is no place of a verbal or cooperative act (a visit's destination
      // is: "زيارة إلى تونس")
      const where =
        chosen &&
        hit.entry.cls !== 'visit' &&
        !PLACED_TYPES.has(hit.type) &&
        countryPlace(chosen.place.entity ? byId.get(chosen.place.entity) : undefined)
          ? null
          : chosen;
      // session 9: "اجتماع … انعقد اليوم بتونس العاصمة": a country or a city after ب that is the event's place is no
      // target (the annotation places it, it does not meet it)
      if (where && args.targets.length > 0) {
        const placeName = normalize(where.place.name);
        args.targets = args.targets.filter(
          (t) =>
            !(
              (t.isCountry || t.capital) &&
              /^و?ب/.test(r.words[t.from]!.norm) &&
              placeName.includes(normalize(doc.text.slice(t.start, t.end)))
            ),
        );
      }
      // session 8: a visit to a town of the country with no one visited is a field or a condolence visit, no
      // meeting of parties ("زيارته التي يؤديها اليوم إلى المهدية")
      if (
        hit.entry.cls === 'visit' &&
        args.targets.length === 0 &&
        defaultCountry &&
        where?.place.entity &&
        byId.get(where.place.entity)?.country === defaultCountry &&
        !/^kb:gpe:[A-Z]{3}$/.test(byId.get(where.place.entity)?.kb_id ?? '') &&
        // (not a tour to hold a meeting: "زيارة إلى ولاية سوسة لعقد اجتماع")
        !hits.some(
          (h) =>
            h.from > hit.from &&
            h.from - hit.to <= 8 &&
            h.entry.cls !== 'visit' &&
            MEETING_CLASSES.has(h.entry.cls),
        )
      )
        continue;
      const trigger = span(doc, r.words[hit.from]!.start, r.words[hit.to - 1]!.end);
      const attendsTalks =
        hit.entry.cls === 'attend' &&
        hits.some((h) => h.entry.cls === 'talks' && h.from >= hit.to && h.from - hit.to <= 3);
      const own = claimed.get(hit) ?? times.filter((t) => ![...claimed.values()].some((c) => c.includes(t)));
      const time = nearestTime(own, trigger.start);
      let mode = hit.mode;
      let type = hit.type;
      // session 8: "وعدت ميركل الصيد بالمساعدة"، "تعهد … بإتاحة مساكن": a promise of help is planned aid
      const aidPromised = hit.entry.cls === 'promise' && promisesAid(r.words, hit);
      if (aidPromised) type = 'AID';
      // "وافقا على تبادل الأسرى": two parties consenting to the same thing agree (a dual verb), one yielding
      // concedes
      if (
        type === 'CONCEDE' &&
        hit.entry.pos === 'V' &&
        /^[وف]?(?:وافق(?:ا|تا)|[يت]وافق(?:ان|ا))$/.test(r.words[hit.from]!.norm)
      )
        type = 'AGREE';
      if (hit.type === 'ASSAULT') mode = refineAssaultMode(r.words, hit, mode);
      // "نصبت الوحدات الأمنية كمينا": an ambush set by the police is an operation to arrest, part of the
      // arrest when the sentence tells one
      // (an armed group's ambush stays an attack: "نصبت مجموعة إرهابية كمينا لدورية")
      const police = args.actors.some((a) => a.sector === 'COP');
      const armed = args.actors.some((a) => a.sector === 'REB');
      if (ambush(r.words, hit) && !armed) {
        if (hits.some((h) => h !== hit && h.type === 'COERCE')) continue;
        if (police) {
          type = 'COERCE';
          mode = 'arrest';
        }
      }
      // (session 12) "حذرت روسيا الولايات المتحدة وتركيا وإسرائيل": every state warned
      if (hit.entry.cls === 'warning-shared') args.targets = addressees(r.words, actors, args.targets);
      const first = r.words[hit.from]!;
      const anaphoric =
        hit.entry.pos !== 'V' &&
        first.definite &&
        (args.actors.length === 0 || carriedAgent) &&
        args.targets.length === 0 &&
        !where &&
        !first.possessive;
      mentions.push({
        hit,
        s: view,
        trigger,
        cls: hit.entry.cls,
        type,
        mode,
        actors: args.actors,
        targets: args.targets,
        // the talks' venue is theirs, not that of the clause around the attendance
        place: attendsTalks ? null : (where?.place ?? null),
        placeEn: attendsTalks ? null : (where?.en ?? null),
        time: time ? { value: time.value, from: 'text' } : null,
        // an event dated after the publication day is still to come
        modality:
          mod.modality === 'asserted' &&
          ((time && published && isAfterDay(time.value, published)) || aidPromised)
            ? 'planned'
            : mod.modality,
        attribution: mod.attribution ? attributionOf(doc, r.words, mod.attribution, actors) : null,
        quantities: quantities.filter((q) => Math.abs(q.start - trigger.start) < 120).map((q) => q.id),
        confidence: confidence(hit, args.actors.length > 0),
        anaphoric,
        round: MEETING_CLASSES.has(hit.entry.cls) ? findRound(r.words, doc.quantities) : null,
        attendsTalks,
        generic:
          (MEETING_CLASSES.has(hit.entry.cls) || hit.entry.cls === 'attend') && amongSeveral(r.words, hit),
        inTitle: r.start < titleEnd,
        // (always set, false where it is not carried: a spread here builds the object through the runtime)
        carriedAgent,
        dropped,
        pool: actors,
        hits,
        detected: detected.modality,
        speaker: mod.attribution,
      });
      // "اعتقال 15 عنصرا … خلال عملية أمنية": the operation an act took place during is that act (its place
      // is the act's when the act has none)
      const last = mentions[mentions.length - 1]!;
      if (previous && previous.s === view && duringAct(r.words, previous.hit, hit)) {
        if (!previous.place && last.place) {
          previous.place = last.place;
          previous.placeEn = last.placeEn;
        }
        mentions.pop();
        continue;
      }
      previous = last;
    }
  }
  actForRoles(doc, mentions, byId, lex);
  titledPersons(mentions, titled);
  condemnedAgents(mentions);
  if (argHook.target || argHook.actor || argHook.onQuestion)
    chooseArguments(mentions, argHook, defaultCountry, doc.text);
  carryDroppedSubjects(mentions, views);
  if (argHook.place || argHook.onPlace) checkPlaces(mentions, argHook.place ?? null, argHook.onPlace);
  const groups = mergeMentions(mentions);
  // (built only for documents with events: most have none, and it copies every entity)
  const entityNames = new Map<string, string | null>();
  if (groups.length > 0) for (const [id, e] of byId) entityNames.set(id, e.name_en);
  const events: Event[] = groups.flatMap((g) => {
    const e = buildEvent(doc, g, views, groups, published, lex, entityNames, byId, modalityHook);
    if (g.some((m) => m.cls === 'clash' && !brawl(m))) return [e, mirroredClash(e, g, lex, entityNames)];
    // (session 12) a warning shared with several states: one event per addressee
    return perAddressee(
      e,
      g.some((m) => m.cls === 'warning-shared'),
      (c) => (c.gloss = gloss(c, mostCommonPlace(g)?.placeEn ?? null, lex, entityNames)),
    );
  });
  events.sort((a, b) => a.trigger.start - b.trigger.start || b.trigger.end - a.trigger.end);
  events.forEach((e, i) => (e.id = `ev${i + 1}`));
  return events;
}

/**
 * An actor phrase never runs over a verb trigger: "الاتحاد يدعو" read as one organisation is "الاتحاد", and
 * "طالب" read as "a student" at a verb "طالب" (demanded) is no actor.
 */
function trimAtVerbs(
  words: readonly Word[],
  actors: ActorMention[],
  hits: readonly TriggerHit[],
): ActorMention[] {
  const verbs = hits.filter((h) => h.entry.pos === 'V').map((h) => h.from);
  if (verbs.length === 0) return actors;
  return actors.flatMap((a) => {
    const v = verbs.find((i) => a.from <= i && i < a.to);
    if (v === undefined) return [a];
    if (v === a.from) return [];
    return [{ ...a, to: v, end: Math.min(a.end, words[v - 1]!.end) }];
  });
}

function ambush(words: readonly Word[], hit: TriggerHit): boolean {
  return hit.type === 'ASSAULT' && words[hit.from]!.keys.includes('كمين');
}

/** True when the trigger is a purpose (للمطالبة، لمطالبة، احتجاجا على) or follows one (لإجراء محادثات). */
function purpose(words: readonly Word[], hit: TriggerHit): boolean {
  // "وقفة احتجاجية للتعبير عن الرفض القاطع"، "تعبيرا عن رفضهم": the stance the act expresses is its agent's
  if (
    EXPRESSED_TYPES.has(hit.type) &&
    words[hit.from - 1]?.norm === 'عن' &&
    /^(?:و?للتعبير|و?تعبيرا)$/.test(words[hit.from - 2]?.norm ?? '')
  )
    return true;
  if (!PURPOSE_TYPES.has(hit.type)) return false;
  const w = words[hit.from]!;
  if (w.norm.startsWith('لل') || (w.norm.startsWith('ل') && w.prep === 'ل')) return true;
  if (w.norm === 'احتجاجا') return true;
  const before = words[hit.from - 1];
  return before !== undefined && /^ل(?:اجراء|تنفيذ|تنظيم)$/.test(before.norm);
}

/** A noun act joined by و to the act before it, of the same type: "تفكيك عصابة … وحجز"، "الاعتصام وقطع الطريق". */
/** What a promise of help offers: "بالمساعدة"، "بتوفير"، "بإتاحة"، "بحالتها" (taking charge of a case). */
const AID_CONTENT = new Set(['مساعده', 'دعم', 'تمويل', 'توفير', 'اتاحه', 'تقديم', 'منح', 'حاله', 'اعانه']);

/** A promise whose content, within its sentence, offers help (session 8). */
function promisesAid(words: readonly Word[], hit: TriggerHit): boolean {
  for (let j = hit.to; j < Math.min(words.length, hit.to + 14); j++) {
    const w = words[j]!;
    if (w.norm === '.') return false;
    if (w.keys.some((k) => AID_CONTENT.has(k))) return true;
  }
  return false;
}

/** Words linking an actor to where it is: "الجمارك على مستوى ميناء الجزائر"، "مواطن من فلوريدا"، "الشرطة في باريس". */
const SEAT_LINKS = new Set(['في', 'من', 'علي', 'مستوي', 'بمدينه', 'مدينه', 'بميناء', 'ميناء']);

/**
 * Session 11: an actor whose country is only the document's default ("الجمارك"، "مواطن") takes the country of the
 * place named right after it ("على مستوى ميناء الجزائر"، "من فلوريدا"، "بباريس"), when that place is abroad.
 */
function localise(words: readonly Word[], actors: ActorMention[], places: readonly PlaceMention[]): void {
  for (const a of actors) {
    if (!a.implicit || !a.sector || a.person) continue;
    let j = a.to;
    while (j < a.to + 3 && SEAT_LINKS.has(words[j]?.norm ?? '')) j++;
    const p = places.find((x) => x.from === j && x.iso3 !== null);
    if (!p || p.iso3 === a.country) continue;
    // (the place right after the actor carries ب, or a link word stands between them)
    if (j === a.to && !/^و?ب/.test(words[j]!.norm)) continue;
    a.country = p.iso3;
    a.code = p.iso3 + a.sector;
    a.implicit = false;
  }
}

/** Auxiliaries and conjunctions before the verb that opens a sentence. */
const OPENERS = new Set(['و', 'وقد', 'قد', 'لقد', 'كما', 'وكما', 'ثم', 'كان', 'كانت', 'وكان', 'وكانت']);
/** Prepositions a sentence may open with (then its first actor is no subject). */
const OPENING_PREPS = /^و?(?:في|من|علي|الي|عن|مع|بعد|قبل|خلال|اثر|عقب|حسب|وفق)$/;

/**
 * Session 11: the subject of the verb that opens the sentence, within its first words and before `before`: "وقد
 * عبر عدد من الباعة عن تذمرهم …" → the sellers (past a partitive), "أعلن عمدة نيس …" → the mayor. A phrase after a
 * preposition, an adjective or a target of the verb (a second actor right after the first) is none.
 */
function openingSubject(
  words: readonly Word[],
  actors: readonly ActorMention[],
  before: number,
): ActorMention | undefined {
  let j = 0;
  while (j < before && OPENERS.has(words[j]!.norm)) j++;
  if (j >= before || OPENING_PREPS.test(words[j]!.norm) || words[j]!.prep) return undefined;
  const a = actors.find((x) => !x.adjectival && x.to <= before && x.from <= j + 3);
  if (!a || a.from < j || words[a.from]!.prep) return undefined;
  // (past a partitive only: "عدد من"، "مجموعة من")
  for (let k = j + 1; k < a.from; k++)
    if (words[k]!.boundary || (OPENING_PREPS.test(words[k]!.norm) && words[k]!.norm !== 'من'))
      return undefined;
  // (a speaker is no subject of what the clause they report tells: "وأوضح العقيد … بأن عناصر … هاجموا")
  for (let k = a.to; k < before; k++) if (REPORTED.test(words[k]!.norm)) return undefined;
  return a;
}

const REPORTED = /^(?:ان|بان|وان|انه|انها|انهم|بانه|بانها|بانهم)$/;

/** Adverbs between a participle and its object: "مطالبا أيضا الجزائر". */
const OBJECT_ADVERBS = new Set(['ايضا', 'كذلك', 'بدوره', 'بدورها']);

/** Session 11: the object of a participle, right after it (past an adverb), with what is coordinated to it. */
function participleObject(
  words: readonly Word[],
  actors: readonly ActorMention[],
  hit: TriggerHit,
): ActorMention[] {
  let j = hit.to;
  while (j < words.length && OBJECT_ADVERBS.has(words[j]!.norm)) j++;
  const first = actors.find((a) => a.from === j && !a.adjectival && !words[j]!.prep);
  return first ? coordinated(words, actors, first) : [];
}

function dedupeMentions(list: ActorMention[]): ActorMention[] {
  return list.filter((a, i) => list.findIndex((b) => b.from === a.from && b.to === a.to) === i);
}

/** Acts whose agent a possessive pronoun on the noun names: "رفضه"، "اعتذاره"، "دعمها"، "زيارته". */
const OWNER_TYPES = new Set([
  'REJECT',
  'SUPPORT',
  'REQUEST',
  'CONCEDE',
  'AGREE',
  'CONSULT',
  'THREATEN',
  'RETREAT',
]);

/** Session 11: a noun of attitude or speech with a possessive pronoun, whose owner is its agent. */
function ownerPronoun(words: readonly Word[], hit: TriggerHit): boolean {
  const w = words[hit.from]!;
  return (
    hit.entry.pos !== 'V' &&
    hit.to - hit.from === 1 &&
    OWNER_TYPES.has(hit.type) &&
    w.possessive &&
    !w.taMarbuta &&
    /(?:ه|ها|هم|هما)$/.test(w.norm)
  );
}

/**
 * Session 16 (dropped-subject.ts): a mention whose support verb has no subject written takes the agents of the
 * nearest act before it (earlier in its sentence, in the two sentences before, in the title) that agree with the
 * verb and fit the act, once the chooser has filled the others; over the chooser's pick from its own sentence.
 */
function carryDroppedSubjects(mentions: Mention[], views: readonly SentenceView[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.dropped < 0) continue;
    const carried = carriedAgents(
      antecedentsOf(mentions, i, views),
      m.type,
      agreementOf(m.s.words[m.dropped]!.norm),
      m.targets,
    );
    if (carried.length === 0) continue;
    m.actors = carried;
    m.carriedAgent = true;
  }
}

/** The acts before mention i, nearest first: of its sentence before its clause, the two sentences before, the title. */
function* antecedentsOf(
  mentions: readonly Mention[],
  i: number,
  views: readonly SentenceView[],
): Generator<Antecedent> {
  const m = mentions[i]!;
  const here = views.indexOf(m.s);
  for (let k = i - 1; k >= 0; k--) {
    const x = mentions[k]!;
    const same = x.s === m.s;
    if (same && x.hit.to > m.dropped) continue;
    if (!same && !x.inTitle && here - views.indexOf(x.s) > 2) continue;
    yield { actors: x.actors, type: x.type, words: x.s.words };
  }
}

/** The title's subject: an actor with a sector (or a known code) at its start or right after a colon. */
function titleSubject(title: SentenceView): ActorMention | undefined {
  const a = title.actors.find((x) => !x.adjectival);
  if (!a || a.capital || a.isCountry || (a.sector === null && a.code.startsWith('UNK'))) return undefined;
  const before = title.words[a.from - 1];
  return a.from === 0 || before?.norm === ':' ? a : undefined;
}

function coordinatedAct(
  words: readonly Word[],
  hit: TriggerHit,
  before: TriggerHit,
  agents: readonly ActorMention[] = [],
): boolean {
  const w = words[hit.from]!;
  return (
    // (a verb form joined to a noun act is a noun too: "من تفكيك عصابة وحجز")
    (hit.entry.pos !== 'V' || before.entry.pos !== 'V') &&
    (before.type === hit.type ||
      // (session 9c) security forces' operation acts of either kind: "تمكنت الوحدات من القضاء على إرهابي وإيقاف آخر"
      (SECURITY_ACTS.has(before.type) &&
        SECURITY_ACTS.has(hit.type) &&
        agents.length > 0 &&
        agents.every((a) => a.sector === 'COP' || a.sector === 'MIL'))) &&
    // (session 8: also after a separate و, "من القبض على 3 أشخاص … و حجز لديهم", past a longer patient)
    (/^و/.test(w.norm) || words[hit.from - 1]?.norm === 'و') &&
    hit.from > before.to &&
    hit.from - before.to <= 16 &&
    !words.slice(before.to, hit.from).some((x) => x.boundary && x.norm !== '،' && x.norm !== ',')
  );
}

const SECURITY_ACTS = new Set(['ASSAULT', 'COERCE']);

/** A noun act of the same type introduced by خلال/أثناء after an act: the operation the act was part of. */
function duringAct(words: readonly Word[], before: TriggerHit, hit: TriggerHit): boolean {
  if (hit.type !== before.type || hit.entry.pos === 'V' || hit.from < before.to || hit.from - before.to > 14)
    return false;
  if (!/^(?:خلال|اثناء)$/.test(words[hit.from - 1]?.norm ?? '')) return false;
  return !words.slice(before.to, hit.from).some((w) => w.boundary && w.norm !== '،' && w.norm !== ',');
}

/** A headline mention that names no one. */
/**
 * "عادل خواجة، أحد متساكني جهة حمام سوسة"، "فلان، عضو المكتب التنفيذي للاتحاد": a person the lexicon cannot code takes
 * the code of the group an apposition makes them one of (session 9).
 */
function apposedMembers(words: readonly Word[], actors: ActorMention[]): void {
  for (const a of actors) {
    if (!a.person || !a.code.startsWith('UNK')) continue;
    if (words[a.to]?.norm !== '،' && words[a.to]?.norm !== ',') continue;
    const k = /^(?:احد|احدي|عضو)$/.test(words[a.to + 1]?.norm ?? '') ? a.to + 2 : a.to + 1;
    const group = actors.find((x) => x.from === k && !x.person && x.sector !== null && !x.adjectival);
    if (!group) continue;
    a.code = group.code;
    a.country = group.country;
    a.sector = group.sector;
  }
}

/** "وحجز"، "وأيضا حجز"، "وكذلك حجز": a seizure joined to the one before it in the clause (session 9). */
function moreSeized(
  words: readonly Word[],
  before: TriggerHit,
  hit: TriggerHit,
  hits: readonly TriggerHit[],
): boolean {
  if (before.entry.cls !== 'seizure' || hit.entry.cls !== 'seizure' || hit.from - before.to > 25)
    return false;
  const joined = /^و/.test(words[hit.from]!.norm) || /^و(?:ايضا|كذلك)$/.test(words[hit.from - 1]?.norm ?? '');
  if (!joined) return false;
  for (let j = before.to; j < hit.from; j++) {
    if (FULL_STOP.has(words[j]!.norm)) return false;
    if (hits.some((h) => h !== hit && h.from === j)) return false;
  }
  return true;
}

/** Acts done by speaking (session 9: the speaker's own are asserted). */
const SPEECH_ACTS = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'SUPPORT', 'THREATEN']);

const STEP_OPENERS = new Set(['اثر', 'بعد', 'عقب', 'خلال', 'اثناء', 'وبعد', 'واثر']);
const OPERATIONS = new Set(['عمليه', 'عمليات']);

/**
 * "من حجز 5 بنادق صيد … اثر عمليات مداهمة لعدد من المنازل"، "بعد مداهمة منزل … من القبض على منحرف": a raid told as
 * the step before an arrest or a seizure of its sentence is part of that act, no event of its own (session 9).
 */
function raidStep(words: readonly Word[], h: TriggerHit, hits: readonly TriggerHit[]): boolean {
  if (h.entry.cls !== 'raid') return false;
  let k = h.from - 1;
  if (k >= 0 && OPERATIONS.has(words[k]!.norm)) k--;
  if (k < 0 || !STEP_OPENERS.has(words[k]!.norm)) return false;
  return hits.some((o) => o !== h && (o.entry.cls === 'arrest' || o.entry.cls === 'seizure'));
}

function headline(x: Mention): boolean {
  return x.inTitle && x.actors.length === 0 && x.targets.length === 0;
}

/** The last mention of the sentence `view` that is an accusation charging `hit`. */
function chargedBy(
  mentions: readonly Mention[],
  view: SentenceView,
  words: readonly Word[],
  hit: TriggerHit,
): Mention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.s !== view) return undefined;
    if (m.type === 'ACCUSE' && isCharge(words, m.hit, hit)) return m;
  }
  return undefined;
}

/** A definite meeting noun right after a verb of attendance and its subject is that verb's object. */
function objectOfAttendance(
  words: readonly Word[],
  attend: TriggerHit,
  hit: TriggerHit,
  actors: readonly ActorMention[],
): boolean {
  if (attend.entry.cls !== 'attend' || attend.entry.pos !== 'V') return false;
  if (!MEETING_CLASSES.has(hit.entry.cls) || hit.entry.pos === 'V' || !words[hit.from]!.definite)
    return false;
  if (hit.from < attend.to || hit.from - attend.to > 12) return false;
  for (let j = attend.to; j < hit.from; j++)
    if (words[j]!.boundary || !actors.some((a) => a.from <= j && j < a.to)) return false;
  return true;
}

/** Words after which a name is a place: "جنوب طرابلس"، "ريف إدلب". */
const PLACE_WORDS =
  /^[وب]?(?:ال)?(?:جنوب|شمال|شرق|غرب|جنوبي|شمالي|شرقي|غربي|وسط|مدينه|ريف|محيط|قرب|ضواحي|محافظه|عاصمه)$/;

/** Acts that are the purpose of another act of the same agent (a demand of a protest, talks of a visit). */
const PURPOSE_TYPES = new Set(['REQUEST', 'PROTEST', 'CONSULT', 'COOPERATE']);
/** Stances an act is said to express: "للتعبير عن الرفض"، "تعبيرا عن مساندتهم"، "للتعبير عن احتجاجهم". */
const EXPRESSED_TYPES = new Set(['REJECT', 'SUPPORT', 'ACCUSE', 'PROTEST']);

/**
 * "طيران التحالف بقيادة السعودية" … "اتهمت الجماعة التحالف": a coalition named without its leader is the one the
 * document named with it.
 */
class Coalitions {
  private country: string | null = null;

  resolve(words: readonly Word[], actors: ActorMention[]): void {
    for (const a of actors) {
      if (!words.slice(a.from, a.to).some((w) => w.baseKeys.includes('تحالف'))) continue;
      if (a.country) this.country ??= a.country;
      else if (this.country && a.sector) {
        a.country = this.country;
        a.code = this.country + a.sector;
      }
    }
  }
}

/** Bare heads that refer back to an organisation named before: "الاتحاد" after "اتحاد الشغل". */
const BARE_HEADS = new Set(['اتحاد', 'حركه', 'هيئه', 'منظمه', 'جمعيه', 'جامعه', 'رابطه', 'نقابه', 'حزب']);

/** Organisations named in a document by their head word, so that a bare "الاتحاد" takes their code. */
class OrganisationHeads {
  private byHead = new Map<string, ActorMention>();

  private static headOf(w: Word): string | null {
    const k = w.baseKeys.find((x) => BARE_HEADS.has(x));
    return k ?? null;
  }

  learn(words: readonly Word[], actors: readonly ActorMention[]): void {
    for (const a of actors) {
      if (!a.sector || a.code.startsWith('UNK') || a.adjectival || a.to - a.from < 2) continue;
      const head = OrganisationHeads.headOf(words[a.from]!);
      if (head) this.byHead.set(head, a);
    }
  }

  /** Adds a mention for each bare definite head that an earlier organisation explains. */
  resolve(words: readonly Word[], actors: ActorMention[]): void {
    if (this.byHead.size === 0) return;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (!w.definite || w.prep) continue;
      const head = OrganisationHeads.headOf(w);
      const org = head ? this.byHead.get(head) : undefined;
      if (!org) continue;
      // only a head standing alone: "الاتحاد،" "الاتحاد عن"، not "الاتحاد الأوروبي" nor "نقابة التعليم"
      const next = words[i + 1];
      if (next && !next.boundary && next.definite && !/^(?:في|عن|على|علي|الي|من)$/.test(next.norm)) continue;
      const at = actors.findIndex((a) => a.from <= i && i < a.to);
      const own = at >= 0 ? actors[at]! : undefined;
      if (own && own.to - own.from > 1) continue;
      const m: ActorMention = {
        ...org,
        from: i,
        to: i + 1,
        start: w.start + (w.norm.length > 2 && /^[وف]/.test(w.norm) && !head!.startsWith(w.norm[0]!) ? 1 : 0),
        end: w.end,
      };
      if (own) actors[at] = m;
      else {
        actors.push(m);
        actors.sort((a, b) => a.from - b.from);
      }
    }
  }
}

function span(doc: Doc, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}

function confidence(hit: TriggerHit, hasActor: boolean): number {
  const base =
    hit.entry.source === 'cameo'
      ? 0.45
      : hit.entry.source === 'model'
        ? 0.5
        : hit.entry.pos === 'V'
          ? 0.75
          : 0.7;
  return Math.round(Math.min(0.95, base + (hasActor ? 0.15 : 0)) * 100) / 100;
}

/** A time expression belongs to the closest trigger before it in the sentence (Arabic puts the date after the event). */
function claimTimes(
  times: readonly TimeExpr[],
  hits: readonly TriggerHit[],
  words: readonly Word[],
): Map<TriggerHit, TimeExpr[]> {
  const out = new Map<TriggerHit, TimeExpr[]>();
  for (const t of times) {
    let owner: TriggerHit | undefined;
    for (const h of hits)
      if (words[h.from]!.start <= t.start && t.start - words[h.to - 1]!.end < 80) owner = h;
    // "محادثات … وهي الجولة الـ11 منذ بدء موسكو مساعي دبلوماسية مطلع 2017": a time after منذ dates the start
    // of something else, not the event before it
    const ownerEnd = owner ? words[owner.to - 1]!.end : 0;
    if (owner && words.some((w) => w.start >= ownerEnd && w.end <= t.start && w.norm === 'منذ'))
      owner = undefined;
    if (owner) out.set(owner, [...(out.get(owner) ?? []), t]);
  }
  return out;
}

function nearestTime(times: readonly TimeExpr[], at: number): TimeExpr | null {
  let best: TimeExpr | null = null;
  for (const t of times) if (!best || Math.abs(t.start - at) < Math.abs(best.start - at)) best = t;
  return best;
}

function refineAssaultMode(words: readonly Word[], hit: TriggerHit, mode: string | null): string | null {
  const win = words.slice(Math.max(0, hit.from - 6), Math.min(words.length, hit.to + 4));
  if (win.some((w) => w.keys.some((k) => CHEMICAL.has(k)))) return 'cbrn';
  if ((mode === null || mode === 'heavy-weapons') && win.some((w) => w.keys.some((k) => AERIAL.has(k))))
    return 'aerial';
  return mode;
}

/** Words that end a speaker phrase: to whom it spoke (لـ، لمراسل، لوكالة), فإن after a source ("بحسب … فإن"). */
const SPEAKER_ENDS = /^(?:ل|لـ|لمراسل\S*|لل?جوهره|لل?صحيفه|لل?اذاعه|لوكاله|فان)$/;

/** Whether word j ends the speaker phrase; after a statement the ل is its author's: "بلاغ لوكالة الجمهورية". */
function speakerEnds(words: readonly Word[], j: number): boolean {
  return SPEAKER_ENDS.test(words[j]!.norm) && !/^(?:بلاغ|بيان)$/.test(words[j - 1]?.norm ?? '');
}

function attributionOf(
  doc: Doc,
  words: readonly Word[],
  r: { from: number; to: number },
  actors: readonly ActorMention[],
): Event['attribution'] {
  const start = words[r.from]!.start;
  // (session 14: the speaker ends before whom it spoke to and before what it said, "مصدر أمني لوكالة الأنباء"،
  // "بحسب وكالة رويترز فإن الطيران الروسي": no actor named there is the speaker)
  let cut = r.to;
  for (let j = r.from + 1; j < cut; j++) if (speakerEnds(words, j)) cut = j;
  const end = words[cut - 1]!.end;
  const inside = actors.filter((a) => a.start >= start && a.end <= end && !a.adjectival);
  if (inside.length > 0) {
    // From the first actor to the last one named in the speaker phrase: "وزارة الدفاع الروسية".
    const last = inside[inside.length - 1]!;
    return {
      entity: inside[0]!.entity,
      text: doc.text.slice(inside[0]!.start, Math.max(last.end, inside[0]!.end)),
    };
  }
  // "قالت فيها" — the speaker is the actor named before the speech verb
  const before = actors.findLast((a) => a.end <= start && !a.adjectival);
  if (before && /^(فيها|فيه)$/.test(words[r.from]!.norm))
    return { entity: before.entity, text: doc.text.slice(before.start, before.end) };
  // (session 6: "بحسب ما أكده مصدر لمراسلة …": the speaker without "ما أكده" and without whom it was told to)
  let from = r.from;
  let to = r.to;
  if (words[from]!.norm === 'ما' && to - from >= 3) {
    from += 2;
    if (/^(?:به|بها|فيه|فيها)$/.test(words[from]!.norm) && to - from >= 2) from++;
  }
  for (let j = from + 1; j < to; j++) if (speakerEnds(words, j)) to = j;
  return { entity: null, text: speakerText(doc.text, words, from, to) };
}

/**
 * A person with a stated role acts for what the role belongs to, not for their nationality: the UN
 * envoy "بيدرسون" is IGOUNO, the head of the opposition delegation SYROPP, a Russian envoy RUSGOV.
 * The code of the role's organisation is the one it gets as an actor elsewhere in the document. A bare
 * "الوفد" in a sentence that names the head of a delegation ("قال رئيس الوفد، أحمد طعمة، إن الوفد…")
 * is that head's delegation.
 */
function actForRoles(doc: Doc, mentions: Mention[], byId: Map<string, Entity>, lex: EventLexicon): void {
  const codeOf = new Map<string, string>();
  for (const m of mentions)
    for (const a of [...m.actors, ...m.targets]) {
      const e = a.entity ? byId.get(a.entity) : undefined;
      if (e && e.type !== 'PERSON' && a.code !== 'UNK' && !codeOf.has(e.id)) codeOf.set(e.id, a.code);
    }
  const roleCode = unnamed((e: Entity | undefined, only?: string): string | null => {
    if (e?.type !== 'PERSON') return null;
    for (const role of e.roles) {
      const sector = ROLE_SECTOR[role.role];
      const of = role.of ? byId.get(role.of) : undefined;
      if (!sector || !of || (only && role.role !== only)) continue;
      const code = codeOf.get(of.id) ?? namedActorCode(lex, of.name) ?? entityCountry(of);
      if (code) return /^[A-Z]{3}$/.test(code) ? code + sector : code;
    }
    return null;
  });
  const recode = unnamed((a: ActorMention, code: string): void => {
    a.code = code;
    a.country = code.startsWith('IGO') ? null : code.slice(0, 3);
    a.sector = code.startsWith('IGO') ? null : code.slice(3) || null;
  });
  for (const m of mentions) {
    const head = m.s.actors
      .map((a) => roleCode(a.entity ? byId.get(a.entity) : undefined, 'head-of-delegation'))
      .find((c) => c !== null);
    for (const a of [...m.actors, ...m.targets]) {
      const code =
        roleCode(a.entity ? byId.get(a.entity) : undefined) ??
        (head && BARE_DELEGATION.has(normalize(doc.text.slice(a.start, a.end))) ? head : null);
      if (code) recode(a, code);
    }
  }
}

const BARE_DELEGATION = new Set(['الوفد', 'وفد', 'الوفود']);

/**
 * "البرهان يلتقي حمدوك" (title) … "رئيس مجلس السيادة السوداني الفريق أول عبد الفتاح البرهان": a person named
 * bare takes the code the document gives them with their office.
 */
function titledPersons(mentions: Mention[], titled: Map<string, ActorMention>): void {
  if (titled.size === 0) return;
  for (const m of mentions)
    for (const a of [...m.actors, ...m.targets]) {
      const t = a.entity && a.person && !a.titled ? titled.get(a.entity) : undefined;
      if (!t || (/^[A-Z]{6}$/.test(a.code) && !a.code.startsWith('UNK'))) continue;
      a.code = t.code;
      a.country = t.country;
      a.sector = t.sector;
    }
}

/** Verbal acts whose object may be another act: "أدان الغارات الأمريكية"، "رفض التدخل التركي". */
const ON_ACTS = new Set(['ACCUSE', 'REJECT', 'SUPPORT', 'PROTEST']);

/** "أدان رئيس الوزراء الغارات الأمريكية": who is condemned is the agent of the act condemned. */
function condemnedAgents(mentions: Mention[]): void {
  for (const m of mentions) {
    if (!ON_ACTS.has(m.type) || m.targets.length > 0 || m.hit.entry.pos !== 'V') continue;
    const end = Math.max(m.hit.to, ...m.actors.filter((a) => a.from >= m.hit.to).map((a) => a.to));
    const object = mentions.find(
      (x) => x !== m && x.s === m.s && x.hit.from === end && x.hit.entry.pos !== 'V' && x.actors.length > 0,
    );
    if (object) m.targets = object.actors.filter((a) => !m.actors.includes(a));
  }
}

// ---------------------------------------------------------------- merging: one happening, one event

function countriesOf(list: readonly ActorMention[]): Set<string> {
  return new Set(list.map((a) => a.country ?? a.code));
}

function placeKey(p: Event['place']): string | null {
  return p ? (p.lat !== null ? `${p.lat},${p.lon}` : p.name) : null;
}

/** Classes that name the same kind of happening: shelling and air strikes are both bombardment. */
function family(cls: string): string {
  if (cls === 'airstrike' || cls === 'shelling') return 'bombardment';
  if (cls === 'absent') return 'attend';
  return cls;
}

/** Quantifiers of a plural ("عددا من"، "بعض"، "معظم") within a few words of the trigger. */
const QUANTIFIERS = new Set(['عدد', 'عددا', 'بعض', 'معظم', 'اغلب', 'جميع', 'كل', 'احدي']);
const SEVERAL_MEETINGS = new Set(['جولات', 'اجتماعات', 'لقاءات', 'دورات', 'جلسات']);

function amongSeveral(words: readonly Word[], hit: TriggerHit): boolean {
  for (let i = Math.max(0, hit.from - 3); i < Math.min(words.length - 1, hit.to + 3); i++) {
    const w = words[i]!;
    if (w.boundary || !w.keys.some((k) => QUANTIFIERS.has(k))) continue;
    const next = words[i + 1]!.norm === 'من' ? words[i + 2] : words[i + 1];
    if (next?.keys.some((k) => SEVERAL_MEETINGS.has(k))) return true;
  }
  return false;
}

function compatible(group: Mention[], m: Mention): boolean {
  const g = group[0]!;
  if (g.type !== m.type) return false;
  // Meetings named among several merge only with each other, within their sentence.
  if (m.generic || group.some((x) => x.generic)) return group.every((x) => x.generic && x.s === m.s);
  const talks = unnamed((x: Mention): boolean => x.cls === 'talks' || (x.cls === 'meeting' && x.anaphoric));
  const isTalks =
    talks(m) &&
    group.some(talks) &&
    group.every((x) => x.cls === 'talks' || x.cls === 'meeting' || x.attendsTalks);
  if (isTalks) {
    const rounds = new Set(group.map((x) => x.round).filter((r) => r !== null));
    if (m.round !== null && rounds.size > 0 && !rounds.has(m.round)) return false;
    // Places do not split talks: a mention's place is often a topic ("ستناقش الأوضاع في إدلب").
    return true;
  }
  // A party's attendance of the talks ("أكدت المعارضة مشاركتها في المحادثات") is part of the talks.
  if (m.attendsTalks && (m.modality === 'asserted' || m.modality === 'reported') && group.some(talks))
    return true;
  // (session 11) a definite event noun that repeats a noun of the same class in its own sentence names the same
  // happening, whatever arguments each mention found ("على هامش القمة العربية … كلمة بلاده في القمّة")
  if (repeatsInSentence(group, m)) return true;
  // Only what happened merges with what happened; an irrealis mention only with the same irrealis.
  // Only mentions of one kind of happening merge: a meeting with a meeting, an attendance with an attendance.
  if (!group.some((x) => family(x.cls) === family(m.cls))) return false;
  const realis = unnamed((x: Modality): boolean => x === 'asserted' || x === 'reported');
  if (!group.every((x) => (realis(x.modality) && realis(m.modality)) || x.modality === m.modality))
    return false;
  const sameClass = group.some((x) => x.cls === m.cls);
  const modes = new Set(group.map((x) => x.mode).filter(Boolean));
  const modeOk = m.mode === null || modes.size === 0 || modes.has(m.mode);
  if (!modeOk) return false;
  if (m.anaphoric) {
    // "الهجوم" after a real attack does not refer to an attack that was only planned or avoided.
    const factual = unnamed((x: Mention): boolean => x.modality === 'asserted' || x.modality === 'reported');
    return sameClass && (!factual(m) || group.some(factual));
  }
  // (session 12: an agent carried from the headline says nothing of which happening a mention names)
  const codes = new Set(group.flatMap((x) => (x.carriedAgent ? [] : [...countriesOf(x.actors)])));
  const mine = m.carriedAgent ? new Set<string>() : countriesOf(m.actors);
  const actorsAgree = mine.size > 0 && codes.size > 0 && [...mine].some((c) => codes.has(c));
  if (m.cls === 'attend' || m.cls === 'absent') return actorsAgree;
  if (MEETING_CLASSES.has(m.cls)) {
    // two meetings of one delegation with different partners are two meetings
    const partners = new Set(group.flatMap((x) => x.targets.map((t) => t.code)));
    const mineT = m.targets.map((t) => t.code);
    if (partners.size > 0 && mineT.length > 0 && !mineT.some((c) => partners.has(c))) return false;
  }
  if (g.cls === 'ceasefire' || g.cls === 'agreement') {
    if (mine.size > 0 && codes.size > 0 && !actorsAgree) return false;
    const places = new Set(group.map((x) => placeKey(x.place)).filter(Boolean));
    const pk = placeKey(m.place);
    return sameClass && (!pk || places.size === 0 || places.has(pk) || mine.size > 0);
  }
  // violent and other events: the same actors at the same place, or an actor-less repeat of the same place
  const places = new Set(group.map((x) => placeKey(x.place)).filter(Boolean));
  const pk = placeKey(m.place);
  // a headline that names no one tells the first body mention of its kind ("اشتباكات عنيفة جنوب طرابلس" …
  // "اندلعت اشتباكات … بين X وY"), when their places do not differ
  if (
    sameClass &&
    ((group.every(headline) && !m.inTitle) || (headline(m) && group.every((x) => !x.inTitle))) &&
    // (a place only the headline gives is not the body's: the annotation places an event from its sentence)
    ((pk === null && places.size === 0) || (pk !== null && places.has(pk)))
  )
    return true;
  const placeAgrees = pk !== null && places.has(pk);
  // with no agent named on one side, the same victim: "تعرض عون أمن إلى اعتداء" (title and lead)
  const victims = new Set(group.flatMap((x) => [...countriesOf(x.targets)].map((c) => c + x.targets.length)));
  const sameVictim =
    (mine.size === 0 || codes.size === 0) &&
    m.targets.length > 0 &&
    [...countriesOf(m.targets)].some((c) => victims.has(c + m.targets.length));
  return (
    (actorsAgree && (placeAgrees || pk === null || places.size === 0)) ||
    (placeAgrees && mine.size === 0) ||
    (sameVictim && (placeAgrees || pk === null || places.size === 0))
  );
}

/**
 * (session 11) A definite meeting noun (no verb) whose sentence already holds a mention of the same class and
 * type, with the same realis: the repeat names the same happening ("القمة العربية … اجتماع القمة … في القمّة").
 */
function repeatsInSentence(group: Mention[], m: Mention): boolean {
  // (meetings only: a sentence that lists arrests or strikes names one per place or day)
  if (m.hit.entry.pos === 'V' || !MEETING_CLASSES.has(m.cls) || !m.s.words[m.hit.from]?.definite)
    return false;
  const realis = unnamed((x: Modality): boolean => x === 'asserted' || x === 'reported');
  return group.some(
    (x) =>
      x.s === m.s &&
      x.cls === m.cls &&
      x.type === m.type &&
      x.hit.entry.pos !== 'V' &&
      realis(x.modality) === realis(m.modality),
  );
}

function mergeMentions(mentions: Mention[]): Mention[][] {
  const groups: Mention[][] = [];
  // Mentions with their own content first, so that anaphoric ones find what they refer to.
  const order = [...mentions].sort(
    (a, b) => Number(a.anaphoric) - Number(b.anaphoric) || a.trigger.start - b.trigger.start,
  );
  for (const m of order) {
    let target: Mention[] | undefined;
    let bestDist = Infinity;
    for (const g of groups) {
      if (!compatible(g, m)) continue;
      // An anaphor refers back: mentions before it count, those after it only at a penalty.
      const dist = Math.min(
        ...g.map(
          (x) =>
            (m.anaphoric && x.trigger.start > m.trigger.start ? 1e6 : 0) +
            Math.abs(x.trigger.start - m.trigger.start),
        ),
      );
      if (dist < bestDist) [target, bestDist] = [g, dist];
    }
    if (target) target.push(m);
    else groups.push([m]);
  }
  for (const g of groups) g.sort((a, b) => a.trigger.start - b.trigger.start);
  return groups;
}

function toActor(doc: Doc, a: ActorMention): EventActor {
  return { entity: a.entity, code: a.code || 'UNK', text: doc.text.slice(a.start, a.end) };
}

function uniqueActors(doc: Doc, list: ActorMention[]): EventActor[] {
  // an unnamed mention ("الوفد") adds nothing when a named actor with its code is there
  const named = new Set(list.filter((a) => a.entity).map((a) => a.code));
  const seen = new Set<string>();
  const out: EventActor[] = [];
  for (const a of list) {
    const key = a.entity ?? a.code;
    if (seen.has(key) || (!a.entity && named.has(a.code))) continue;
    seen.add(key);
    out.push(toActor(doc, a));
  }
  return out;
}

function buildEvent(
  doc: Doc,
  group: Mention[],
  views: SentenceView[],
  groups: Mention[][],
  published: string | null,
  lex: EventLexicon,
  entityNames: Map<string, string | null>,
  byId: Map<string, Entity>,
  modalityHook: ModalityHook,
): Event {
  const first = group[0]!;
  // An anaphor ("الهجوم") says nothing new about whether it happened: the named mentions decide.
  const named = group.some((m) => !m.anaphoric) ? group.filter((m) => !m.anaphoric) : group;
  const byFactuality = unnamed(
    (list: Mention[]): Mention =>
      [...list].sort((a, b) => FACTUALITY.indexOf(a.modality) - FACTUALITY.indexOf(b.modality))[0]!,
  );
  let best = byFactuality(named);
  // A headline states what the body attributes to a source ("إيقاف شخص" … "وفق بلاغ لوزارة الداخلية"):
  // the body's report, not the headline's bare statement, says how it is known.
  const titleEnd = doc.segments.find((g) => g.kind === 'title')?.end ?? -1;
  if (best.modality === 'asserted' && best.s.start < titleEnd) {
    const body = named.filter((m) => m.s.start >= titleEnd);
    if (body.length > 0 && body.every((m) => m.modality === 'reported')) best = byFactuality(body);
  }
  const withPlace = mostCommonPlace(group);
  const withTime = group.find((m) => m.time);
  const actors = uniqueActors(
    doc,
    group.flatMap((m) => m.actors),
  );
  // (a target that is one of the actors is dropped; two different people of one sector are not: a young man
  // attacked another, CVL → CVL)
  const targets = uniqueActors(
    doc,
    group.flatMap((m) => m.targets),
  ).filter((t) => !actors.some((a) => (a.entity !== null && a.entity === t.entity) || a.text === t.text));
  const evidence: Span[] = [];
  for (const m of group)
    if (!evidence.some((e) => e.start === m.s.start)) evidence.push(span(doc, m.s.start, m.s.end));
  const event: Event = {
    id: '',
    type: first.type,
    mode: group.find((m) => m.mode)?.mode ?? null,
    trigger: first.trigger,
    sentence: { start: first.s.start, end: first.s.end },
    evidence,
    actors,
    targets,
    place: withPlace?.place ?? null,
    // meetings named among several ("حضرت عددا من الجولات") did not all happen on the publication day
    time: withTime?.time ?? (published && !first.generic ? { value: published, from: 'published' } : null),
    modality: best.modality,
    attribution: best.attribution,
    quantities: [...new Set(group.flatMap((m) => m.quantities))],
    confidence:
      Math.round(
        Math.min(0.98, Math.max(...group.map((m) => m.confidence)) + 0.03 * (group.length - 1)) * 100,
      ) / 100,
    gloss: '',
  };
  // session 14: the learned modality, from the deciding mention's context (modality-model.ts)
  // (only of an event told once in the body, the title aside, as the model learnt from single sentences: an event
  // told in several sentences keeps the most factual of the rules' readings; the body's sentence is read, the rules'
  // answer is the event's, which may come from the title)
  const told = modalityHook.model || modalityHook.onQuestion ? onlyBodyMention(group) : null;
  if (told?.hits) {
    const modality = decideModality(
      modalityHook,
      {
        words: told.s.words,
        hit: told.hit,
        hits: told.hits,
        rule: best.modality,
        detected: told.detected ?? told.modality,
        attribution: told.speaker ?? null,
        inTitle: best.inTitle,
        others: group.filter((m) => m !== told).map((m) => m.modality),
      },
      event,
    );
    if (modality !== event.modality) {
      event.modality = modality;
      // (a speaker goes with a report: kept where the rules found one, dropped from what is told as fact)
      if (modality === 'reported') {
        event.attribution ??= told.attribution ?? group.find((m) => m.attribution)?.attribution ?? null;
        const speaker = event.attribution ? null : reportingSpeaker(told.s.words, told.hit.from);
        if (speaker) event.attribution = attributionOf(doc, told.s.words, speaker, told.pool ?? []);
      } else if (modality === 'asserted') event.attribution = null;
    }
  }
  if (first.type === 'CONSULT' && MEETING_CLASSES.has(first.cls)) {
    event.details = meetingDetails(doc, group, views, groups, byId);
    // Talks over several days are dated by their start, which the details read from the opening verb ("انطلقت
    // … أمس"), rather than by whichever mention carries a date first ("جلسة عامة اليوم").
    if (event.details.from && event.time?.value !== event.details.from)
      event.time = { value: event.details.from, from: 'text' };
    // The delegations at talks are its participants.
    if (group.some((m) => m.cls === 'talks')) {
      const have = new Set(event.actors.map((a) => a.entity ?? a.code));
      for (const d of event.details.delegations) {
        const mention = group
          .flatMap((m) => m.s.actors)
          .filter((a) => !a.adjectival)
          .find((a) => doc.text.slice(a.start, a.end) === d.party && a.code && a.country);
        if (mention && !have.has(mention.entity ?? mention.code)) {
          have.add(mention.entity ?? mention.code);
          event.actors.push(toActor(doc, mention));
        }
      }
    }
  }
  event.gloss = gloss(event, withPlace?.placeEn ?? null, lex, entityNames);
  return event;
}

/** An event's one mention outside the title, or null when it has none or several. */
function onlyBodyMention(group: readonly Mention[]): Mention | null {
  let found: Mention | null = null;
  for (const m of group)
    if (!m.inTitle) {
      if (found) return null;
      found = m;
    }
  return found;
}

/** The place most mentions agree on (the first on a tie). */
/** A venue by its canonical name when it is a known place ("العاصمة الكازاخية نور سلطان" → نور سلطان). */
/**
 * (session 11) Clashes are violence both ways: "مواجهات بين الجيش وإرهابيين"، "اشتبك المحتجون مع الشرطة"، "تبادل
 * إطلاق النار" is each side's assault on the other, as the annotation codes them (two ASSAULT, X → Y and Y → X, the
 * sides unnamed or named). The second event is the first with its sides exchanged.
 */
/** A brawl (شجار، مشاجرة، عراك) is one fight, which the annotation codes once. */
function brawl(m: Mention): boolean {
  return m.s.words[m.hit.from]!.keys.some((k) => BRAWLS.has(k));
}
const BRAWLS = new Set(['شجار', 'مشاجره', 'عراك', 'معركه']);

function mirroredClash(
  e: Event,
  group: Mention[],
  lex: EventLexicon,
  entityNames: Map<string, string | null>,
): Event {
  const m: Event = { ...e, actors: [...e.targets], targets: [...e.actors], evidence: [...e.evidence] };
  m.gloss = gloss(m, mostCommonPlace(group)?.placeEn ?? null, lex, entityNames);
  return m;
}

function venueName(place: Event['place'], byId: Map<string, Entity>): string | null {
  if (!place) return null;
  return (place.entity !== null ? byId.get(place.entity)?.name : undefined) ?? place.name;
}

function mostCommonPlace(group: Mention[]): Mention | undefined {
  const counts = new Map<string, number>();
  for (const m of group) {
    const k = placeKey(m.place);
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best: Mention | undefined;
  for (const m of group) {
    const k = placeKey(m.place);
    if (k && (!best || counts.get(k)! > counts.get(placeKey(best.place)!)!)) best = m;
  }
  return best;
}

const ANAPHORIC_ROUND = /(?:هذه|هاته) الجوله|الجوله (?:الحاليه|الجديده)/;

/** The sentences that speak of "this round", found once per document (every talks event asks). */
const roundSentences = new WeakMap<SentenceView[], SentenceView[]>();

function anaphoricRounds(views: SentenceView[]): SentenceView[] {
  let found = roundSentences.get(views);
  if (!found) {
    found = views.filter((v) => ANAPHORIC_ROUND.test(v.words.map((w) => w.norm).join(' ')));
    roundSentences.set(views, found);
  }
  return found;
}

function meetingDetails(
  doc: Doc,
  group: Mention[],
  views: SentenceView[],
  groups: Mention[][],
  byId: Map<string, Entity>,
): MeetingDetails {
  const sentences = new Set(group.map((m) => m.s));
  if (group.some((m) => m.cls === 'talks')) for (const v of anaphoricRounds(views)) sentences.add(v);
  const list = [...sentences].sort((a, b) => a.start - b.start);
  const personAt = unnamed((start: number): Entity | undefined => {
    for (const e of byId.values())
      if (e.type === 'PERSON' && e.mentions.some((m) => m.start === start)) return e;
    return undefined;
  });
  let round: number | null = group.find((m) => m.round !== null)?.round ?? null;
  const delegations: MeetingDetails['delegations'] = [];
  const agenda: string[] = [];
  let outcome: string | null = null;
  for (const s of list) {
    round ??= findRound(s.words, doc.quantities);
    for (const d of findDelegations(doc, s, personAt)) {
      const same = delegations.find((x) => x.party === d.party);
      if (!same) delegations.push(d);
      else if (!same.head && d.head) Object.assign(same, d);
    }
    for (const a of findAgenda(doc, s.words)) if (!agenda.includes(a)) agenda.push(a);
    outcome ??= findOutcome(s.words);
  }
  // Who stayed away: the negated attendances of this document (talks only).
  const absent: MeetingDetails['absent'] = [];
  if (group.some((m) => m.cls === 'talks')) {
    for (const g of groups) {
      const m = g[0]!;
      if (m.type !== 'CONSULT' || (m.cls !== 'attend' && m.cls !== 'absent') || m.modality !== 'negated')
        continue;
      const who = m.actors[0] ?? m.targets[0];
      if (!who) continue;
      let reason: string | null = null;
      for (const x of g) reason ??= findReason(doc, x.s.words);
      const party = doc.text.slice(who.start, who.end);
      if (!absent.some((a) => a.party === party)) absent.push({ party, entity: who.entity, reason });
    }
  }
  return {
    round,
    venue: venueName(mostCommonPlace(group)?.place ?? null, byId),
    delegations,
    absent,
    agenda,
    outcome,
    ...findMeetingDates(list, doc.times),
  };
}
