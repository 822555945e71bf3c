/**
 * Session 15: a learned choice of an argument's sector (docs/EVENTS.md §34). The rules (actors.ts) code a phrase's
 * country and sector from the actor lexicon; where the annotators read the same phrase's sector otherwise (the
 * protesters CVL or OPP, a head of government GOV or his party, a bare country with or without GOV …), a multiclass
 * averaged perceptron (scripts/train-sectors.ts, leave-one-set-out CV) rereads the sector from the phrase's words
 * (clitic-stripped stems: the head noun, the last word, each word), the rules' own sector, what kind of phrase it is
 * (a person's name, a country, implicit), the word before it, the role and the event type. The country stays the
 * rules'. It recodes the actors and targets of each mention after the argument choosers (arg-model.ts), only where
 * the best sector beats the rules' by the model's margin. Deterministic; the model is a small JSON file.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { ActorMention } from './actors.js';
import { dataPath } from './lexicon.js';
import type { Word } from './words.js';

export interface SectorModel {
  /** The sectors it chooses among ('-' for a bare country code). */
  labels: string[];
  /** `${label}\u0001${feature}` → weight (averaged). */
  weights: Record<string, number>;
  /** The model's sector replaces the rules' only if it scores more than this above it. */
  margin: number;
}

/** A model as the pass reads it: feature → one weight per label. */
interface ReadyModel {
  labels: string[];
  index: Map<string, number>;
  byFeature: Map<string, Float64Array>;
  margin: number;
}

/** How the pass finds the model (the training script sets `model` and `onQuestion`; default the committed one). */
export const sectorSettings: {
  model: SectorModel | null | undefined;
  onQuestion:
    ((role: 'actor' | 'target', triggerStart: number, a: ActorMention, features: string[]) => void) | null;
} = { model: undefined, onQuestion: null };

export function defaultSectorModelPath(): string {
  return dataPath('models', 'events-sector.json');
}

let committed: SectorModel | null | undefined;

function committedSectorModel(): SectorModel | null {
  if (committed !== undefined) return committed;
  const path = defaultSectorModelPath();
  return (committed = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as SectorModel) : null);
}

const ready = new WeakMap<SectorModel, ReadyModel>();

function readyModel(m: SectorModel): ReadyModel {
  let r = ready.get(m);
  if (r) return r;
  const index = new Map(m.labels.map((l, i) => [l, i]));
  const byFeature = new Map<string, Float64Array>();
  for (const [k, v] of Object.entries(m.weights)) {
    const cut = k.indexOf('\u0001');
    const li = index.get(k.slice(0, cut));
    if (li === undefined) continue;
    const f = k.slice(cut + 1);
    let row = byFeature.get(f);
    if (!row) byFeature.set(f, (row = new Float64Array(m.labels.length)));
    row[li] = v;
  }
  r = { labels: m.labels, index, byFeature, margin: m.margin };
  ready.set(m, r);
  return r;
}

/** The model in use: the one set for training, else the committed one. */
export function activeSectorModel(): SectorModel | null {
  return sectorSettings.model === undefined ? committedSectorModel() : sectorSettings.model;
}

/** The stem of a word form: its shortest key before pronouns were removed (clitics and article off). */
const stems = new Map<string, string>();
function stemOf(w: Word): string {
  let s = stems.get(w.norm);
  if (s !== undefined) return s;
  s = w.norm;
  for (const k of w.baseKeys) if (k.length < s.length && k.length >= 2) s = k;
  if (stems.size > 100_000) stems.clear();
  stems.set(w.norm, s);
  return s;
}

/** The sector part of a code, '-' for a bare country. */
export const sectorLabel = (a: { code: string; country: string | null }): string =>
  a.code.length > 3 ? a.code.slice(3) : '-';

/** The features of one argument phrase. */
export function sectorFeatures(
  words: readonly Word[],
  a: ActorMention,
  role: 'actor' | 'target',
  type: string,
): string[] {
  const r = sectorLabel(a);
  const first = words[a.from];
  const out = ['b', `r:${r}`, `rR:${r}|${role}`, `rT:${r}|${type}`, `T:${type}|${role}`];
  if (first) {
    const h = stemOf(first);
    out.push(`h:${h}`, `hr:${h}|${r}`, `hR:${h}|${role}`);
  }
  const n = Math.min(a.to, a.from + 6);
  for (let i = a.from; i < n; i++) out.push(`w:${stemOf(words[i]!)}`);
  if (a.to - a.from > 1 && words[a.to - 1]) out.push(`l:${stemOf(words[a.to - 1]!)}`);
  out.push(`n:${Math.min(a.to - a.from, 4)}`);
  const prev = words[a.from - 1];
  if (prev) out.push(`p:${prev.boundary ? '|' : stemOf(prev)}`);
  if (first?.prep) out.push(`P:${first.prep}`);
  if (a.person) out.push('f:person', `f:person|${r}`);
  if (a.isCountry) out.push('f:country', `f:country|${role}|${type}`);
  if (a.capital) out.push('f:capital');
  if (a.implicit) out.push('f:implicit', `f:implicit|${r}`);
  if (a.titled) out.push('f:titled');
  if (a.entity) out.push('f:entity');
  return out;
}

/** The scores of every label for a feature list. */
export function sectorScores(m: SectorModel, features: readonly string[]): Float64Array {
  const rm = readyModel(m);
  const s = new Float64Array(rm.labels.length);
  for (const f of features) {
    const row = rm.byFeature.get(f);
    if (row) for (let i = 0; i < s.length; i++) s[i] = s[i]! + row[i]!;
  }
  return s;
}

/** The model's sector for a phrase ('-' for none), or null to keep the rules'. */
export function chooseSector(m: SectorModel, features: readonly string[], rules: string): string | null {
  const rm = readyModel(m);
  const s = sectorScores(m, features);
  const ri = rm.index.get(rules);
  const base = ri === undefined ? -Infinity : s[ri]!;
  let best = -1;
  let bestScore = base + rm.margin;
  for (let i = 0; i < s.length; i++)
    if (i !== ri && s[i]! > bestScore) {
      best = i;
      bestScore = s[i]!;
    }
  return best < 0 ? null : rm.labels[best]!;
}

/** A mention as the recoding reads it (pass.ts's Mention). */
interface SectorMention {
  s: { words: Word[] };
  type: string;
  trigger: { start: number };
  actors: ActorMention[];
  targets: ActorMention[];
}

/** Recodes, in each role of a mention, the phrases whose sector the model reads otherwise (the country kept). */
export function recodeSectors(m: SectorMention, model: SectorModel | null): void {
  for (const role of ['actor', 'target'] as const) {
    const list = role === 'actor' ? m.actors : m.targets;
    let changed: ActorMention[] | null = null;
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      if (!a.country || a.code.slice(0, 3) !== a.country || a.adjectival) continue;
      const features = sectorFeatures(m.s.words, a, role, m.type);
      sectorSettings.onQuestion?.(role, m.trigger.start, a, features);
      if (!model) continue;
      const sector = chooseSector(model, features, sectorLabel(a));
      if (sector === null) continue;
      changed ??= list.slice();
      changed[i] = {
        ...a,
        code: a.country + (sector === '-' ? '' : sector),
        sector: sector === '-' ? null : sector,
      };
    }
    if (changed) {
      if (role === 'actor') m.actors = changed;
      else m.targets = changed;
    }
  }
}
