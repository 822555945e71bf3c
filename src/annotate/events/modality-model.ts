/**
 * Session 14: a learned modality for each event (docs/EVENTS.md, "Learned modality"). The rules (modality.ts, and
 * pass.ts's revisions of their answer) give every mention a modality; the event keeps its most factual mention's.
 * A linear model (an averaged multiclass perceptron, scripts/train-modality.ts) then reads that mention's context
 * (modalityFeatures: the rules' own answer, the trigger's form, the cues before and after it) and chooses among the
 * seven modalities. The model is a small JSON file of precomputed weights: one vector of seven per feature.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Modality } from '../../doc/index.js';
import { dataPath } from './lexicon.js';
import {
  firmModality,
  modalityFeatures,
  REPORT_CUE,
  TEMPLATES,
  walkModality,
  type ModalityContext,
  type ModalitySink,
} from './modality.js';

export const MODALITIES: readonly Modality[] = [
  'asserted',
  'reported',
  'planned',
  'expected',
  'negated',
  'hypothetical',
  'demanded',
];

export interface ModalityModel {
  /** The classes, in the order of each weight vector. */
  labels: Modality[];
  /** Feature → one weight per label (averaged). */
  weights: Record<string, number[]>;
  /** The rules' answer is kept unless another class beats it by more than this. */
  margin: number;
  /** The rules' answers the model never overrides (their cues are explicit: a negation, a demand). */
  keep?: Modality[];
  /** Whether "reported" needs the sentence's cue of a report (REPORT_CUE). */
  needsCue?: boolean;
  /** Session 16: whether the rules' answer is kept where it rests on the sentence's grammar (modality.ts
   * firmModality: the future marked on the act, a threat's content, an accusation's charge). */
  firm?: boolean;
}

/** The scores of each label for the features. */
export function modalityScores(model: ModalityModel, features: readonly string[]): Float64Array {
  const weights = weightMap(model);
  const s = new Float64Array(model.labels.length);
  for (const f of features) {
    const w = weights.get(f);
    if (w === undefined) continue;
    for (let k = 0; k < w.length; k++) s[k]! += w[k]!;
  }
  return s;
}

/** A model's weights as a map of typed arrays, built once per model (a map of strings is faster to ask than an
 * object of five thousand keys). */
const maps = new WeakMap<ModalityModel, Map<string, Float64Array>>();
function weightMap(model: ModalityModel): Map<string, Float64Array> {
  let m = maps.get(model);
  if (!m) {
    m = new Map();
    for (const [f, v] of Object.entries(model.weights)) m.set(f, Float64Array.from(v));
    maps.set(model, m);
  }
  return m;
}

/** The model's modality: its best label, unless the rules' label is within the margin of it. */
export function predictModality(
  model: ModalityModel,
  features: readonly string[],
  rule: Modality,
  firm = false,
): Modality {
  if (model.keep?.includes(rule) || (firm && model.firm)) return rule;
  return chooseModality(model, modalityScores(model, features), rule, features.includes(REPORT_CUE));
}

/** The best label of the scores, unless the rules' label is within the margin of it (`cue`: REPORT_CUE is a feature). */
function chooseModality(model: ModalityModel, s: Float64Array, rule: Modality, cue: boolean): Modality {
  if (model.keep?.includes(rule)) return rule;
  let best = 0;
  for (let k = 1; k < s.length; k++) if (s[k]! > s[best]!) best = k;
  const r = model.labels.indexOf(rule);
  if (r >= 0 && s[r]! + model.margin >= s[best]!) return rule;
  // (a report needs someone to report it: a sentence with no speaker, source or verb of saying keeps the rules' answer)
  if (model.labels[best] === 'reported' && model.needsCue && !cue) return rule;
  return model.labels[best]!;
}

/** How many parts a scorer's table of one template remembers before it starts again (forms are many). */
const TABLE_CAP = 50_000;

/**
 * Session 15: the scores of a mention's features without their strings. walkModality hands over each feature as a
 * constant or a template and its parts (modality.ts, ModalitySink); the scorer remembers each template's weight vector
 * per parts (null for a feature the model lacks), so a feature seen before costs one or two lookups of strings whose
 * hashes are known, and no string is built. The vectors are added in the order the features come, as
 * modalityScores adds them: the same sums, bit for bit.
 */
class ModalityScorer implements ModalitySink {
  readonly s: Float64Array;
  private readonly one: Map<string, Float64Array | null>[] = [];
  private readonly two: Map<string, Map<string, Float64Array | null>>[] = [];

  constructor(
    private readonly weights: Map<string, Float64Array>,
    labels: number,
  ) {
    this.s = new Float64Array(labels);
    for (let i = 0; i < TEMPLATES.length; i++) {
      this.one.push(new Map());
      this.two.push(new Map());
    }
  }

  k(name: string): void {
    const w = this.weights.get(name);
    if (w !== undefined) this.add(w);
  }

  t1(template: number, a: string): void {
    const table = this.one[template]!;
    let w = table.get(a);
    if (w === undefined) {
      w = this.weights.get(TEMPLATES[template]![0] + a) ?? null;
      if (table.size >= TABLE_CAP) table.clear();
      table.set(a, w);
    }
    if (w !== null) this.add(w);
  }

  t2(template: number, a: string, b: string): void {
    const outer = this.two[template]!;
    let table = outer.get(a);
    if (table === undefined) {
      if (outer.size >= TABLE_CAP) outer.clear();
      table = new Map();
      outer.set(a, table);
    }
    let w = table.get(b);
    if (w === undefined) {
      const t = TEMPLATES[template]!;
      w = this.weights.get(t[0] + a + t[1] + b) ?? null;
      if (table.size >= TABLE_CAP) table.clear();
      table.set(b, w);
    }
    if (w !== null) this.add(w);
  }

  private add(w: Float64Array): void {
    const s = this.s;
    for (let k = 0; k < w.length; k++) s[k]! += w[k]!;
  }
}

const scorers = new WeakMap<ModalityModel, ModalityScorer>();
function scorerOf(model: ModalityModel): ModalityScorer {
  let s = scorers.get(model);
  if (!s) {
    s = new ModalityScorer(weightMap(model), model.labels.length);
    scorers.set(model, s);
  }
  return s;
}

/** The model's modality for a mention's context, scored without building its features (same answer as predictModality). */
export function predictModalityOf(model: ModalityModel, c: ModalityContext): Modality {
  if (model.keep?.includes(c.rule) || (model.firm && firmModality(c))) return c.rule;
  const scorer = scorerOf(model);
  scorer.s.fill(0);
  const cue = walkModality(c, scorer);
  return chooseModality(model, scorer.s, c.rule, cue);
}

export function defaultModalityModelPath(): string {
  return dataPath('models', 'events-modality.json');
}

export function loadModalityModel(path = defaultModalityModelPath()): ModalityModel | null {
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as ModalityModel;
}

let committed: ModalityModel | null | undefined;

/** The committed model (data/models/events-modality.json), read once per process. */
export function committedModalityModel(): ModalityModel | null {
  if (committed === undefined) committed = loadModalityModel();
  return committed;
}

/** The model the pass holds, and the training hook (scripts/train-modality.ts) that sees every event's question. */
export interface ModalityHook {
  model: ModalityModel | null;
  onQuestion?:
    | ((triggerStart: number, type: string, features: string[], rule: Modality, firm: boolean) => void)
    | undefined;
}

/**
 * The modality of an event as the model decides it from its deciding mention's context, or the rules' when there
 * is no model. A speaker goes with "reported" only: an event the model finds asserted (or planned …) loses the
 * speaker the rules attached to it only if the rules called it reported.
 */
export function decideModality(
  hook: ModalityHook,
  c: ModalityContext,
  event: { trigger: { start: number }; type: string },
): Modality {
  if (!hook.model && !hook.onQuestion) return c.rule;
  // (outside training the model scores the features without building them; a rule it keeps needs none)
  if (!hook.onQuestion) {
    return predictModalityOf(hook.model!, c);
  }
  const features = modalityFeatures(c);
  const firm = firmModality(c);
  hook.onQuestion?.(event.trigger.start, event.type, features, c.rule, firm);
  if (!hook.model) return c.rule;
  return predictModality(hook.model, features, c.rule, firm);
}
