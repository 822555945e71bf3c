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
import { modalityFeatures, REPORT_CUE, type ModalityContext } from './modality.js';

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
export function predictModality(model: ModalityModel, features: readonly string[], rule: Modality): Modality {
  if (model.keep?.includes(rule)) return rule;
  const s = modalityScores(model, features);
  let best = 0;
  for (let k = 1; k < s.length; k++) if (s[k]! > s[best]!) best = k;
  const r = model.labels.indexOf(rule);
  if (r >= 0 && s[r]! + model.margin >= s[best]!) return rule;
  // (a report needs someone to report it: a sentence with no speaker, source or verb of saying keeps the rules' answer)
  if (model.labels[best] === 'reported' && model.needsCue && !features.includes(REPORT_CUE)) return rule;
  return model.labels[best]!;
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
  onQuestion?: ((triggerStart: number, type: string, features: string[], rule: Modality) => void) | undefined;
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
  // (a rule the model keeps needs no features, unless training asks for them)
  if (!hook.onQuestion && hook.model?.keep?.includes(c.rule)) return c.rule;
  const features = modalityFeatures(c);
  hook.onQuestion?.(event.trigger.start, event.type, features, c.rule);
  if (!hook.model) return c.rule;
  return predictModality(hook.model, features, c.rule);
}
