/**
 * Training of the events type model (type-model.ts): one averaged binary perceptron per PLOVER type over the
 * windows' sparse features, labelled by whether the gold annotation has an event of that type. Deterministic:
 * the instances are shuffled each epoch by a seeded generator.
 */
import type { EventType } from '../../doc/index.js';
import { mulberry32 } from '../ner/train.js';

export interface TypeInstance {
  features: string[];
  /** The gold types of the window's events. */
  types: ReadonlySet<string>;
}

export interface TypeTrainOptions {
  epochs?: number;
  seed?: number;
  /** Features seen in fewer training instances are left out. */
  minCount?: number;
  /**
   * Which instances train type T: all, only those where the rules found T (`fired`: the veto model), or only those
   * where they did not (`unfired`: the model that adds events).
   */
  mask?: 'all' | 'fired' | 'unfired';
  /** The learner: averaged perceptron (default) or L2-regularised logistic regression (AdaGrad). */
  algo?: 'perceptron' | 'logistic';
  /** L2 strength of the logistic learner (per instance). */
  l2?: number;
}

export const PLOVER_TYPES: EventType[] = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
];

/** Trains and returns the averaged weights by feature (one weight per type of PLOVER_TYPES). */
export function trainTypeWeights(
  instances: readonly TypeInstance[],
  options: TypeTrainOptions = {},
): Map<string, Float32Array> {
  const epochs = options.epochs ?? 10;
  const minCount = options.minCount ?? 2;
  const mask = options.mask ?? 'all';
  const types = PLOVER_TYPES;
  const T = types.length;
  const count = new Map<string, number>();
  for (const x of instances) for (const f of new Set(x.features)) count.set(f, (count.get(f) ?? 0) + 1);
  const names = [...count.keys()].filter((f) => f === 'b' || count.get(f)! >= minCount).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const data = instances.map((x) => ({
    f: Int32Array.from(x.features.map((f) => index.get(f) ?? -1).filter((i) => i >= 0)),
    y: Int8Array.from(types.map((t) => (x.types.has(t) ? 1 : -1))),
    use: Uint8Array.from(
      types.map((t) => {
        const fired = x.features.includes('r:' + t);
        return mask === 'all' || (mask === 'fired') === fired ? 1 : 0;
      }),
    ),
  }));
  const w = new Float64Array(names.length * T);
  const u = new Float64Array(names.length * T);
  if (options.algo === 'logistic')
    return logistic(names, data, T, epochs, options.l2 ?? 1e-3, options.seed ?? 1);
  let c = 1;
  const order = data.map((_, i) => i);
  const random = mulberry32(options.seed ?? 1);
  for (let e = 0; e < epochs; e++) {
    shuffle(order, random);
    for (const k of order) {
      const { f, y, use } = data[k]!;
      for (let t = 0; t < T; t++) {
        if (use[t] === 0) continue;
        let s = 0;
        for (let j = 0; j < f.length; j++) s += w[f[j]! * T + t]!;
        if (y[t]! * s <= 0) {
          for (let j = 0; j < f.length; j++) {
            w[f[j]! * T + t]! += y[t]!;
            u[f[j]! * T + t]! += c * y[t]!;
          }
        }
      }
      c++;
    }
  }
  const out = new Map<string, Float32Array>();
  for (let i = 0; i < names.length; i++) {
    const v = new Float32Array(T);
    let any = false;
    for (let t = 0; t < T; t++) {
      v[t] = w[i * T + t]! - u[i * T + t]! / c;
      if (Math.abs(v[t]!) > 1e-6) any = true;
    }
    if (any) out.set(names[i]!, v);
  }
  return out;
}

/** Fisher–Yates, in place, from the seeded generator: each epoch visits the instances in a new order. */
function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

/** L2-regularised logistic regression per type, AdaGrad, lazy regularisation skipped (applied per touched weight). */
function logistic(
  names: string[],
  data: { f: Int32Array; y: Int8Array; use: Uint8Array }[],
  T: number,
  epochs: number,
  l2: number,
  seed: number,
): Map<string, Float32Array> {
  const w = new Float64Array(names.length * T);
  const g2 = new Float64Array(names.length * T).fill(1e-8);
  const lr = 0.5;
  const order = data.map((_, i) => i);
  const random = mulberry32(seed);
  for (let e = 0; e < epochs; e++) {
    shuffle(order, random);
    for (const k of order) {
      const { f, y, use } = data[k]!;
      for (let t = 0; t < T; t++) {
        if (use[t] === 0) continue;
        let s = 0;
        for (let j = 0; j < f.length; j++) s += w[f[j]! * T + t]!;
        const p = 1 / (1 + Math.exp(-s));
        const err = p - (y[t]! > 0 ? 1 : 0);
        for (let j = 0; j < f.length; j++) {
          const x = f[j]! * T + t;
          const g = err + l2 * w[x]!;
          g2[x]! += g * g;
          w[x]! -= (lr * g) / Math.sqrt(g2[x]!);
        }
      }
    }
  }
  const out = new Map<string, Float32Array>();
  for (let i = 0; i < names.length; i++) {
    const v = new Float32Array(T);
    let any = false;
    for (let t = 0; t < T; t++) {
      v[t] = w[i * T + t]!;
      if (Math.abs(v[t]!) > 1e-4) any = true;
    }
    if (any) out.set(names[i]!, v);
  }
  return out;
}
