/**
 * The annotated event sets as the type model's training and cross-validation read them (scripts/train-events.ts,
 * scripts/cv-events.ts): each item analysed once by the default pipeline, the events pass re-run with any model,
 * scored as scripts/eval-events.ts scores (greedy one-to-one matches of the same type; full match = type + actor +
 * target + place). Only the tuned sets: never blind or honest splits.
 */
import { readFileSync } from 'node:fs';
import { isPacked, unpackItems } from './external-gold.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc, type Doc, type Event } from '../src/doc/index.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { createEventsPass } from '../src/annotate/events/index.js';
import type { EventTypeModel } from '../src/annotate/events/type-model.js';
import type { TypeInstance } from '../src/annotate/events/type-train.js';
import { normalize } from '../src/text/normalize.js';

export interface GoldEvent {
  type: string;
  actor: string | null;
  target: string | null;
  place: string | null;
  modality: string;
}
export interface Item {
  id: string;
  title: string;
  text: string;
  published: string;
  events: GoldEvent[];
  /** Items of another corpus (packed sets): the article's outlet and address; ANT items have none. */
  outlet?: string | null;
  url?: string | null;
}

/** Every ANT article comes from Jawhara FM (see ../shared/data/news/ANT.README.md). */
export const ANT_SOURCE = 'Jawhara FM';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The items of an events set file in eval/. */
export function readItems<T extends Item = Item>(file: string): T[] {
  const path = join(root, 'eval', file);
  // A set on text that may not be shipped keeps offsets only; its words come from ../shared (external-gold.ts).
  if (isPacked(path)) {
    const items = unpackItems<T>(path);
    if (!items)
      throw new Error(`${file}: its articles are read from ../shared/data/news, which is not there`);
    return items;
  }
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);
}

/** An item analysed as every events eval reads it (its title, then its text, from the ANT source), and where its
 * body starts: only events with evidence past the title are scored. */
export function analyseItem(pipe: { run(doc: Doc): Doc }, item: Item): { doc: Doc; bodyStart: number } {
  const doc = pipe.run(
    createDoc({
      id: item.id,
      title: item.title,
      body: item.text,
      published: item.published,
      source: item.outlet ?? ANT_SOURCE,
      ...(item.url ? { url: item.url } : {}),
    }),
  );
  return { doc, bodyStart: doc.segments.find((s) => s.kind !== 'title')?.start ?? 0 };
}

/** The tuned sets (name → file): every set whose failures a session has read. */
export const TUNED_SETS: [string, string][] = [
  ['dev', 'events.jsonl'],
  ['dev2', 'events-dev2.jsonl'],
  ['heldout', 'events-heldout.jsonl'],
  ['heldout2', 'events-heldout2.jsonl'],
  ['heldout3', 'events-heldout3.jsonl'],
  ['heldout4', 'events-heldout4.jsonl'],
  ['heldout5', 'events-heldout5.jsonl'],
  ['heldout6', 'events-heldout6.jsonl'],
  ['heldout7', 'events-heldout7.jsonl'],
  ['intl1', 'events-intl1.jsonl'],
];

/**
 * Every set that is tuning material now (name → file): TUNED_SETS, on which the shipped type model was trained and
 * cross-validated, plus the sets whose failures later sessions read (session 11's honest sets, read in session 12; session 12's, read in session 13).
 */
export const READABLE_SETS: [string, string][] = [
  ...TUNED_SETS,
  ['heldout8', 'events-heldout8.jsonl'],
  ['intl2', 'events-intl2.jsonl'],
  ['heldout9', 'events-heldout9.jsonl'],
  ['intl3', 'events-intl3.jsonl'],
  // (session 13's honest sets, read in session 14)
  ['heldout10', 'events-heldout10.jsonl'],
  ['intl4', 'events-intl4.jsonl'],
  // (session 14's honest sets, read in session 15)
  ['heldout11', 'events-heldout11.jsonl'],
  ['intl5', 'events-intl5.jsonl'],
  // (session 15's honest sets, read in session 16)
  ['heldout12', 'events-heldout12.jsonl'],
  ['intl6', 'events-intl6.jsonl'],
];

export interface Analysed {
  set: string;
  item: Item;
  doc: Doc;
  bodyStart: number;
  /** The model features of the windows scored (those reaching into the body), with the gold types. */
  instance: TypeInstance;
  /** The same features window by window. */
  windows: string[][];
}

export function loadAnalysed(sets: [string, string][] = TUNED_SETS): Analysed[] {
  const pipe = defaultPipeline();
  const out: Analysed[] = [];
  let windows: { start: number; end: number; features: string[] }[] = [];
  const collect = createEventsPass({
    typeModel: null,
    onWindow: (start, end, features) => windows.push({ start, end, features }),
  });
  for (const [set, file] of sets) {
    const items = readItems(file);
    for (const item of items) {
      const { doc, bodyStart } = analyseItem(pipe, item);
      windows = [];
      collect.run(doc);
      const body = windows.filter((w) => w.end > bodyStart).map((w) => w.features);
      out.push({
        set,
        item,
        doc,
        bodyStart,
        instance: { features: body.flat(), types: new Set(item.events.map((e) => e.type)) },
        windows: body,
      });
    }
  }
  return out;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  fullTp: number;
  fullFp: number;
  fullFn: number;
}

/** The scorer's matching rules, shared with eval-events.ts: `*` accepts anything, null wants nothing. */
export function codeMatches(gold: string | null, got: Event['actors']): boolean {
  if (gold === '*') return true;
  if (gold === null) return got.length === 0;
  return got.some((a) => a.code === gold);
}
export function placeMatches(gold: string | null, got: Event['place']): boolean {
  if (gold === '*') return true;
  if (gold === null) return got === null;
  if (!got) return false;
  const g = normalize(gold);
  const p = normalize(got.name);
  return p.includes(g) || g.includes(p);
}
export const fullMatch = (g: GoldEvent, p: Event): boolean =>
  codeMatches(g.actor, p.actors) && codeMatches(g.target, p.targets) && placeMatches(g.place, p.place);

/**
 * The predictions of an item's body (evidence past its title) and their greedy one-to-one pairing with its gold events
 * of the same type, a full match preferred (as eval-events.ts scores them): [gold, predicted] in gold order.
 */
export function typeMatches(
  gold: readonly GoldEvent[],
  events: readonly Event[],
  bodyStart: number,
): { predicted: Event[]; pairs: [GoldEvent, Event | null][] } {
  const predicted = events.filter((e) => e.evidence.some((s) => s.end > bodyStart));
  const used = new Set<Event>();
  const pairs: [GoldEvent, Event | null][] = [];
  for (const g of gold) {
    const candidates = predicted.filter((p) => p.type === g.type && !used.has(p));
    const p = candidates.find((x) => fullMatch(g, x)) ?? candidates[0] ?? null;
    if (p) used.add(p);
    pairs.push([g, p]);
  }
  return { predicted, pairs };
}

/** Scores the events of one item (as eval-events.ts does). */
export function scoreItem(a: Analysed, events: readonly Event[], c: Counts): void {
  const { predicted, pairs } = typeMatches(a.item.events, events, a.bodyStart);
  const used = new Set<Event>();
  for (const [g, p] of pairs) {
    if (!p) {
      c.fn++;
      c.fullFn++;
      continue;
    }
    used.add(p);
    c.tp++;
    if (fullMatch(g, p)) c.fullTp++;
    else {
      c.fullFn++;
      c.fullFp++;
    }
  }
  for (const p of predicted) {
    if (used.has(p)) continue;
    c.fp++;
    c.fullFp++;
  }
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, fullTp: 0, fullFp: 0, fullFn: 0 });

export function f1(tp: number, fp: number, fn: number): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Runs the events pass with `model` (null: the rules alone) on the items and scores them. */
export function runWith(items: readonly Analysed[], model: EventTypeModel | null): Counts {
  const pass = createEventsPass({ typeModel: model });
  return runPass(items, pass);
}

export function runPass(items: readonly Analysed[], pass: ReturnType<typeof createEventsPass>): Counts {
  const c = emptyCounts();
  for (const a of items) {
    pass.run(a.doc);
    scoreItem(a, a.doc.events, c);
  }
  return c;
}
