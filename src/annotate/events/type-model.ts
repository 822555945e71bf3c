/**
 * The events type model (docs/EVENTS.md §19): per sentence window and per PLOVER type, a linear score (one averaged
 * perceptron per type, trained by scripts/train-events.ts on the annotated event sets) over sparse features:
 *   - `k:` every lookup key of every word of the window (the normalised form and its clitic-stripped forms),
 *   - `r:` the PLOVER type of each trigger the rules found in the window, `c:` its class, `p:` its type and part of
 *     speech,
 *   - `l:` / `q:` the PLOVER types a word key starts in the trigger lexicon / as a verb of the Arabic CAMEO dictionary
 *     (whatever the rules then made of it),
 *   - `b` a bias,
 *   - (session 13) word clusters learned from unlabelled news (the NER model's, data/models/ner.clusters.tsv.gz):
 *     `cf:`/`cm:`/`cc:` the fine/middle/coarse cluster of every window word, `tf:`/`tm:` those of the words next to
 *     each rule trigger (two either side), `vf:`/`vm:`/`vk:` the clusters and key of the window's first two verb-like
 *     words (no article, no preposition: the main verb of a verb-first sentence), `lf:`/`lm:` the trigger types of
 *     the lexicon whose words share the word's fine/middle cluster.
 * The weights of a word form (its keys and their lexicon features) are summed once per form and remembered, so
 * scoring reads one table per word.
 * The pass uses it to add an event of a type the rules did not find when the score is above `add` (its trigger is
 * the word whose keys weigh most for that type) and to drop the rules' triggers of a type scored below `veto`.
 * Scoring reads the window's tokens once: a few map lookups per word, no allocation per word.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { EventType, Token } from '../../doc/index.js';
import { dataPath, type EventLexicon } from './lexicon.js';
import type { TriggerHit } from './triggers.js';
import type { Word, WordAnalysis } from './words.js';

export const TYPE_MODEL_FORMAT = 'rasd-events-type-1';

/** The model as used by the pass: one weight vector (one weight per type) per feature. */
export interface EventTypeModel {
  types: EventType[];
  /** Word keys → weights. */
  word: Map<string, Float32Array>;
  /** Word form → the summed weights of its keys (a cache filled while scoring). */
  forms: Map<string, Float32Array | null>;
  /** Rule trigger type → weights. */
  rule: Map<string, Float32Array>;
  /** Lexicon features (`l:TYPE`, `q:TYPE`) → weights (read through `lex`, see withLexicon). */
  lexical: Map<string, Float32Array>;
  /** The lexicon whose features the model reads (null: none). */
  lex?: EventLexicon | null;
  /** Rule trigger class → weights. */
  cls: Map<string, Float32Array>;
  /** Rule trigger type + part of speech → weights. */
  pos: Map<string, Float32Array>;
  /** Cluster and context features (`cf:`, `tf:`, `vk:` …, the full feature string) → weights (empty: none used). */
  ctx: Map<string, Float32Array>;
  /** Word form → the summed weights of its context features next to a trigger / as the main verb (caches). */
  nearForms: Map<string, Float32Array | null>;
  verbForms: Map<string, Float32Array | null>;
  bias: Float32Array;
  /** Add an event of a type the rules missed when its score is above this (Infinity: never). */
  add: number;
  /** Drop the rules' triggers of a type whose score is below this (-Infinity: never). */
  veto: number;
  training: Record<string, string | number>;
}

/** The file: weights as plain numbers rounded to 3 decimals, features grouped by table. */
interface ModelFile {
  format: string;
  types: EventType[];
  add: number | null;
  veto: number | null;
  bias: number[];
  /** table → feature → [type index, weight, type index, weight, …] */
  tables: Record<'k' | 'r' | 'c' | 'p' | 'l', Record<string, number[]>> & { x?: Record<string, number[]> };
  training: Record<string, string | number>;
}

/** Where a token range's words are: the tokens, their analyses (undefined for non-words), the range. */
export interface WindowTokens {
  tokens: readonly Token[];
  analyses: readonly (WordAnalysis | undefined)[];
  /** First token index of the window. */
  from: number;
  /** End offset (exclusive) of the window in the text. */
  end: number;
}

/** The features of a window as strings (training; scoreWindow reads the same ones without building strings). */
export function windowFeatures(
  w: WindowTokens,
  hits: readonly TriggerHit[],
  lex: EventLexicon | null,
  words?: readonly Word[],
): string[] {
  const out: string[] = ['b'];
  const wc = wordClusters();
  for (let i = w.from; i < w.tokens.length && w.tokens[i]!.start < w.end; i++) {
    const a = w.analyses[i];
    if (!a) continue;
    for (const k of a.keys) {
      out.push('k:' + k);
      if (lex) for (const f of lexiconFeatures(lex, k)) out.push(f);
    }
    if (wc) for (const f of clusterFeatures(wc, a, 'c', 3)) out.push(f);
    if (wc && lex) for (const f of lexiconClusterFeatures(wc, lex, a)) out.push(f);
  }
  for (const h of hits) {
    out.push('r:' + h.type, 'c:' + h.entry.cls, 'p:' + h.type + h.entry.pos);
  }
  if (words && wc) {
    for (const h of hits)
      for (const j of nearTrigger(words, h))
        for (const f of clusterFeatures(wc, words[j]!, 't', 2)) out.push(f);
    for (const j of mainVerbs(words)) {
      for (const f of clusterFeatures(wc, words[j]!, 'v', 2)) out.push(f);
      if (words[j]!.keys.length > 0) out.push('vk:' + words[j]!.keys[0]!);
    }
  }
  return out;
}

/** Word clusters (the NER model's, learned from unlabelled ANT news): normalised word → fine, middle, coarse id. */
export interface WordClusters {
  of: Map<string, number>;
  mid: Map<number, number>;
  coarse: Map<number, number>;
}

let clustersLoaded: WordClusters | null | undefined;

/** The committed clusters (data/models/ner.clusters.tsv.gz), read once on first use; null when missing. */
export function wordClusters(): WordClusters | null {
  if (clustersLoaded !== undefined) return clustersLoaded;
  const path = dataPath('models', 'ner.clusters.tsv.gz');
  if (!existsSync(path)) return (clustersLoaded = null);
  const c: WordClusters = { of: new Map(), mid: new Map(), coarse: new Map() };
  for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
    const t1 = line.indexOf('\t');
    if (t1 < 0) continue;
    const t2 = line.indexOf('\t', t1 + 1);
    const t3 = line.indexOf('\t', t2 + 1);
    const fine = Number(line.slice(t1 + 1, t2));
    c.of.set(line.slice(0, t1), fine);
    c.mid.set(fine, Number(line.slice(t2 + 1, t3)));
    c.coarse.set(fine, Number(line.slice(t3 + 1)));
  }
  return (clustersLoaded = c);
}

/** The fine cluster of a word (its form, else its clitic-stripped keys, with or without the article); -1: none. */
export function clusterOf(c: WordClusters, a: WordAnalysis): number {
  let f = c.of.get(a.norm);
  if (f !== undefined) return f;
  for (const k of a.keys) {
    f = c.of.get(k) ?? c.of.get('ال' + k);
    if (f !== undefined) return f;
  }
  return -1;
}

/** `${p}f:` / `${p}m:` / `${p}c:` cluster features of a word, the first `levels` of fine, middle, coarse. */
export function clusterFeatures(c: WordClusters, a: WordAnalysis, p: string, levels: number): string[] {
  const f = clusterOf(c, a);
  if (f < 0) return [];
  const out = [p + 'f:' + f];
  if (levels > 1) out.push(p + 'm:' + c.mid.get(f)!);
  if (levels > 2) out.push(p + 'c:' + c.coarse.get(f)!);
  return out;
}

/** Per lexicon: fine cluster → the types of its single-word triggers found in it 2 times or more (`lf:T`), middle
 * cluster → its most frequent trigger type when found 5 times or more (`lm:T`). */
const lexiconClusters = new WeakMap<
  EventLexicon,
  { fine: Map<number, string[]>; mid: Map<number, string> }
>();

/** `lf:T` / `lm:T`: the word falls in a cluster of the lexicon's triggers of type T (words like known triggers). */
export function lexiconClusterFeatures(c: WordClusters, lex: EventLexicon, a: WordAnalysis): string[] {
  let lc = lexiconClusters.get(lex);
  if (lc === undefined) {
    const fine = new Map<number, Map<string, number>>();
    const mid = new Map<number, Map<string, number>>();
    const bump = (m: Map<number, Map<string, number>>, id: number, type: string): void => {
      let x = m.get(id);
      if (x === undefined) m.set(id, (x = new Map<string, number>()));
      x.set(type, (x.get(type) ?? 0) + 1);
    };
    for (const [key, entries] of lex.triggers) {
      const f = c.of.get(key) ?? c.of.get('ال' + key);
      if (f === undefined) continue;
      for (const type of new Set(entries.filter((e) => e.rest.length === 0).map((e) => e.type))) {
        bump(fine, f, type);
        bump(mid, c.mid.get(f)!, type);
      }
    }
    lc = { fine: new Map(), mid: new Map() };
    for (const [id, m] of fine) {
      const types = [...m].filter(([, n]) => n >= 2).map(([t]) => t);
      if (types.length > 0) lc.fine.set(id, types.sort());
    }
    for (const [id, m] of mid) {
      const top = [...m].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]!;
      if (top[1] >= 5) lc.mid.set(id, top[0]);
    }
    lexiconClusters.set(lex, lc);
  }
  const f = clusterOf(c, a);
  if (f < 0) return [];
  const out = (lc.fine.get(f) ?? []).map((t) => 'lf:' + t);
  const m = lc.mid.get(c.mid.get(f)!);
  if (m !== undefined) out.push('lm:' + m);
  return out;
}

/** The words two either side of a trigger (not clause boundaries). */
export function nearTrigger(words: readonly Word[], h: TriggerHit): number[] {
  const out: number[] = [];
  for (const j of [h.from - 2, h.from - 1, h.to, h.to + 1])
    if (j >= 0 && j < words.length && !words[j]!.boundary) out.push(j);
  return out;
}

/** The window's first two verb-like words: Arabic words of three letters or more without article or preposition. */
export function mainVerbs(words: readonly Word[]): number[] {
  const out: number[] = [];
  for (let j = 0; j < words.length && out.length < 2; j++) {
    const x = words[j]!;
    if (x.boundary || x.definite || x.prep !== null || x.norm.length < 3) continue;
    const ch = x.norm.charCodeAt(0);
    if (ch < 0x620 || ch > 0x64a) continue;
    out.push(j);
  }
  return out;
}

/** The lexicon features of one word key (`l:TYPE` for single-word triggers, `q:TYPE` for CAMEO verbs), once each. */
export function lexiconFeatures(lex: EventLexicon, key: string): string[] {
  const out = new Set<string>();
  for (const e of lex.triggers.get(key) ?? []) if (e.rest.length === 0) out.add('l:' + e.type);
  for (const p of lex.cameo.get(key) ?? []) out.add('q:' + p.type);
  return [...out];
}

/**
 * The model reading the lexicon features of `lex`: each word form's weights (formWeights) add those of its keys'
 * `l:`/`q:` features, folded in once per form on first use (nothing is done up front: no cost at start-up).
 */
export function withLexicon(model: EventTypeModel, lex: EventLexicon): EventTypeModel {
  return { ...model, forms: new Map(), nearForms: new Map(), verbForms: new Map(), lex };
}

function addInto(out: Float64Array, v: Float32Array | undefined): void {
  if (v === undefined) return;
  for (let t = 0; t < v.length; t++) out[t]! += v[t]!;
}

/** The summed weights of a word form's keys (null: none), remembered per form: one lookup per word when scoring. */
function formWeights(model: EventTypeModel, a: WordAnalysis): Float32Array | null {
  let v = model.forms.get(a.norm);
  if (v !== undefined) return v;
  v = null;
  const add = (x: Float32Array | undefined): void => {
    if (!x) return;
    v ??= new Float32Array(x.length);
    for (let t = 0; t < x.length; t++) v[t]! += x[t]!;
  };
  for (const k of a.keys) {
    add(model.word.get(k));
    if (model.lex) for (const f of lexiconFeatures(model.lex, k)) add(model.lexical.get(f));
  }
  const wc = model.ctx.size > 0 ? wordClusters() : null;
  if (wc) for (const f of clusterFeatures(wc, a, 'c', 3)) add(model.ctx.get(f));
  if (wc && model.lex) for (const f of lexiconClusterFeatures(wc, model.lex, a)) add(model.ctx.get(f));
  if (model.forms.size > 200_000) model.forms.clear();
  model.forms.set(a.norm, v);
  return v;
}

/** The summed weights of a word's context features next to a trigger (`t`) or as the main verb (`v`), per form. */
function contextWeights(model: EventTypeModel, a: WordAnalysis, p: 't' | 'v'): Float32Array | null {
  const memo = p === 't' ? model.nearForms : model.verbForms;
  let v = memo.get(a.norm);
  if (v !== undefined) return v;
  v = null;
  const wc = wordClusters();
  const fs = wc ? clusterFeatures(wc, a, p, 2) : [];
  if (p === 'v' && a.keys.length > 0) fs.push('vk:' + a.keys[0]!);
  for (const f of fs) {
    const x = model.ctx.get(f);
    if (!x) continue;
    v ??= new Float32Array(x.length);
    for (let t = 0; t < x.length; t++) v[t]! += x[t]!;
  }
  if (memo.size > 200_000) memo.clear();
  memo.set(a.norm, v);
  return v;
}

/** Scores every type for a window into `out` (length = model.types.length). */
export function scoreWindow(
  model: EventTypeModel,
  w: WindowTokens,
  hits: readonly TriggerHit[],
  out: Float64Array,
  words?: readonly Word[],
): void {
  out.set(model.bias);
  for (let i = w.from; i < w.tokens.length && w.tokens[i]!.start < w.end; i++) {
    const a = w.analyses[i];
    if (a === undefined) continue;
    const v = formWeights(model, a);
    if (v !== null) addInto(out, v);
  }
  for (const h of hits) {
    addInto(out, model.rule.get(h.type));
    addInto(out, model.cls.get(h.entry.cls));
    addInto(out, model.pos.get(h.type + h.entry.pos));
  }
  if (words === undefined || model.ctx.size === 0) return;
  for (const h of hits)
    for (const j of [h.from - 2, h.from - 1, h.to, h.to + 1])
      if (j >= 0 && j < words.length && !words[j]!.boundary) {
        const v = contextWeights(model, words[j]!, 't');
        if (v !== null) addInto(out, v);
      }
  let n = 0;
  for (let j = 0; j < words.length && n < 2; j++) {
    const x = words[j]!;
    if (x.boundary || x.definite || x.prep !== null || x.norm.length < 3) continue;
    const ch = x.norm.charCodeAt(0);
    if (ch < 0x620 || ch > 0x64a) continue;
    n++;
    const v = contextWeights(model, x, 'v');
    if (v !== null) addInto(out, v);
  }
}

/** The token of the window whose keys weigh most for type index t (-1 when none weighs above 0). */
export function pointTo(model: EventTypeModel, w: WindowTokens, t: number): number {
  let best = -1;
  let bestW = 0;
  for (let i = w.from; i < w.tokens.length && w.tokens[i]!.start < w.end; i++) {
    const a = w.analyses[i];
    if (!a) continue;
    const s = formWeights(model, a)?.[t] ?? 0;
    if (s > bestW) {
      bestW = s;
      best = i;
    }
  }
  return best;
}

/** Builds the model from per-type weight vectors by feature string (the trainer's output). */
export function buildTypeModel(
  types: EventType[],
  weights: Map<string, Float32Array>,
  add: number,
  veto: number,
  training: Record<string, string | number>,
): EventTypeModel {
  const m: EventTypeModel = {
    types,
    word: new Map(),
    forms: new Map(),
    rule: new Map(),
    lexical: new Map(),
    cls: new Map(),
    pos: new Map(),
    ctx: new Map(),
    nearForms: new Map(),
    verbForms: new Map(),
    bias: new Float32Array(types.length),
    add,
    veto,
    training,
  };
  for (const [f, v] of weights) {
    if (f === 'b') m.bias = v;
    else if (f.startsWith('k:')) m.word.set(f.slice(2), v);
    else if (f.startsWith('r:')) m.rule.set(f.slice(2), v);
    else if (f.startsWith('c:')) m.cls.set(f.slice(2), v);
    else if (f.startsWith('p:')) m.pos.set(f.slice(2), v);
    else if (f.startsWith('l:') || f.startsWith('q:')) m.lexical.set(f, v);
    else m.ctx.set(f, v);
  }
  return m;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** The model file (gzip of JSON); weights below `prune` in magnitude are left out. */
export function encodeTypeModel(m: EventTypeModel, prune = 0): Buffer {
  const table = (map: Map<string, Float32Array>): Record<string, number[]> => {
    const out: Record<string, number[]> = {};
    for (const f of [...map.keys()].sort()) {
      const v = map.get(f)!;
      const pairs: number[] = [];
      for (let t = 0; t < v.length; t++) if (Math.abs(v[t]!) > prune) pairs.push(t, round(v[t]!));
      if (pairs.length > 0) out[f] = pairs;
    }
    return out;
  };
  const file: ModelFile = {
    format: TYPE_MODEL_FORMAT,
    types: m.types,
    add: Number.isFinite(m.add) ? m.add : null,
    veto: Number.isFinite(m.veto) ? m.veto : null,
    bias: [...m.bias].map(round),
    tables: {
      k: table(m.word),
      r: table(m.rule),
      c: table(m.cls),
      p: table(m.pos),
      l: table(m.lexical),
      ...(m.ctx.size > 0 ? { x: table(m.ctx) } : {}),
    },
    training: m.training,
  };
  return gzipSync(Buffer.from(JSON.stringify(file)), { level: 9 });
}

export function decodeTypeModel(gz: Uint8Array): EventTypeModel {
  const file = JSON.parse(gunzipSync(gz).toString('utf8')) as ModelFile;
  if (file.format !== TYPE_MODEL_FORMAT) throw new Error(`events type model: unknown format ${file.format}`);
  const n = file.types.length;
  const table = (rec: Record<string, number[]>): Map<string, Float32Array> => {
    const map = new Map<string, Float32Array>();
    for (const f in rec) {
      const v = new Float32Array(n);
      const pairs = rec[f]!;
      for (let i = 0; i < pairs.length; i += 2) v[pairs[i]!] = pairs[i + 1]!;
      map.set(f, v);
    }
    return map;
  };
  return {
    types: file.types,
    word: table(file.tables.k),
    forms: new Map(),
    rule: table(file.tables.r),
    lexical: table(file.tables.l),
    cls: table(file.tables.c),
    pos: table(file.tables.p),
    ctx: table(file.tables.x ?? {}),
    nearForms: new Map(),
    verbForms: new Map(),
    bias: Float32Array.from(file.bias),
    add: file.add ?? Infinity,
    veto: file.veto ?? -Infinity,
    training: file.training,
  };
}

export function defaultTypeModelPath(): string {
  return dataPath('models', 'events-type.json.gz');
}

export function loadTypeModel(path = defaultTypeModelPath()): EventTypeModel | null {
  if (!existsSync(path)) return null;
  return decodeTypeModel(readFileSync(path));
}

/** The word index of the window's words that starts where token `i` starts (-1 if none). */
function wordAt(words: readonly { start: number }[], start: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < words.length && words[lo]!.start === start ? lo : -1;
}

/**
 * The window's triggers after the model: the rules' triggers of a type scored below `veto` dropped, and for each
 * type scored above `add` that the rules did not find, a trigger on the word the model points to (class `model`,
 * a verb unless the word carries the article or a preposition). `scores` is a scratch array of types.length.
 */
export function applyTypeModel(
  model: EventTypeModel,
  thresholds: { add: number; veto: number },
  w: WindowTokens,
  hits: TriggerHit[],
  words: () => readonly Word[],
  scores: Float64Array,
): TriggerHit[] {
  scoreWindow(model, w, hits, scores, model.ctx.size > 0 ? words() : undefined);
  let out = hits;
  const { add, veto } = thresholds;
  if (veto > -Infinity && hits.length > 0)
    out = hits.filter((h) => {
      const t = model.types.indexOf(h.type);
      return t < 0 || scores[t]! >= veto;
    });
  if (add === Infinity) return out;
  let added = false;
  for (let t = 0; t < model.types.length; t++) {
    if (scores[t]! <= add) continue;
    const type = model.types[t]!;
    if (hits.some((h) => h.type === type)) continue;
    const i = pointTo(model, w, t);
    if (i < 0) continue;
    const ws = words();
    const at = wordAt(ws, w.tokens[i]!.start);
    if (at < 0 || out.some((h) => h.from <= at && at < h.to)) continue;
    const word = ws[at]!;
    if (!added) out = [...out];
    added = true;
    out.push({
      from: at,
      to: at + 1,
      type,
      mode: null,
      entry: {
        type,
        mode: null,
        cls: 'model',
        args: [],
        pos: word.definite || word.prep !== null ? 'N' : 'V',
        rest: [],
        source: 'model',
      },
    });
  }
  if (added) out.sort((a, b) => a.from - b.from);
  return out;
}
