/**
 * Feature extraction for the NER tagger. Every feature is a 32-bit hash of (template, value), computed
 * without building strings: word-level hashes are cached per word, context features mix the neighbour's
 * cached hashes with the template id. The tagger maps a hash to a row of its weight table.
 */
import { normalize } from '../../text/normalize.js';

/** Lexical resources the features use; shipped inside the model file. */
export interface NerResources {
  /** Word (normalised) → fine cluster id, learned from unlabelled news. */
  clusterOf: Map<string, number>;
  /** Fine cluster id → coarse cluster id. */
  coarseOf: Uint16Array;
  /** Fine cluster id → middle-level cluster id (empty when the clusters have two levels). */
  midOf: Uint16Array;
  /** Gazetteer entry (normalised tokens joined by a space) → bit set of list kinds. */
  gazetteer: Map<string, number>;
  /** First tokens of multi-token gazetteer entries, with the longest entry length starting there. */
  gazetteerFirst: Map<string, number>;
  /** The first two tokens (joined by a space) of multi-token gazetteer entries. */
  gazetteerPrefix2: Set<string>;
  /** Word → fine cluster of a second, independent clustering (empty when the model has none). */
  altOf: Map<string, number>;
  /** Fine → coarse cluster of the second clustering. */
  altCoarseOf: Uint16Array;
  /** Length of the letter n-grams of the stem used as features (0: none). */
  charNgrams: number;
}

export interface NerResourceData {
  /** Cluster vocabulary, one word per entry; `clusters[i]` is the fine cluster of `words[i]`. */
  words: string[];
  clusters: number[];
  coarse: number[];
  /** Fine → middle-level cluster, when the hierarchy has three levels. */
  mid?: number[];
  /** Gazetteer kinds (names, in bit order) and their entries. */
  gazetteer: Record<string, string[]>;
  /**
   * A second clustering of the same vocabulary (another seed and granularity): `alt[i]` is the fine
   * cluster of `words[i]` in it (ALT_NONE: not clustered), `altCoarse` maps its fine clusters to coarse.
   */
  alt?: number[];
  altCoarse?: number[];
  /** Letter n-grams inside the word (bag of n-grams of this length over the clitic-stripped stem; 0: none). */
  charNgrams?: number;
}

/** No cluster in the second clustering. */
export const ALT_NONE = 0xffff;

export function buildResources(data: NerResourceData): NerResources {
  const clusterOf = new Map<string, number>();
  for (let i = 0; i < data.words.length; i++) clusterOf.set(data.words[i]!, data.clusters[i] ?? 0);
  const gazetteer = new Map<string, number>();
  const gazetteerFirst = new Map<string, number>();
  const gazetteerPrefix2 = new Set<string>();
  Object.values(data.gazetteer).forEach((entries, kind) => {
    for (const e of entries) {
      const parts = e.split(' ');
      gazetteer.set(e, (gazetteer.get(e) ?? 0) | (1 << kind));
      if (parts.length > 1) {
        const first = parts[0]!;
        gazetteerFirst.set(first, Math.max(gazetteerFirst.get(first) ?? 0, parts.length));
        gazetteerPrefix2.add(`${first} ${parts[1]!}`);
      }
    }
  });
  const altOf = new Map<string, number>();
  if (data.alt)
    for (let i = 0; i < data.words.length; i++) {
      const a = data.alt[i] ?? ALT_NONE;
      if (a !== ALT_NONE) altOf.set(data.words[i]!, a);
    }
  return {
    charNgrams: data.charNgrams ?? 0,
    altOf,
    altCoarseOf: Uint16Array.from(data.altCoarse ?? []),
    clusterOf,
    coarseOf: Uint16Array.from(data.coarse),
    midOf: Uint16Array.from(data.mid ?? []),
    gazetteer,
    gazetteerFirst,
    gazetteerPrefix2,
  };
}

/** Proclitic sequences, longest first: conjunction, preposition and article combinations. */
const PROCLITICS = [
  'وبال',
  'وكال',
  'فبال',
  'وللل',
  'وال',
  'فال',
  'بال',
  'كال',
  'ولل',
  'فلل',
  'لل',
  'ال',
  'وب',
  'ول',
  'وك',
  'فب',
  'فل',
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
];

/** First letters of the proclitic sequences: a word starting with another letter has none. */
const PROCLITIC_FIRST = new Set(PROCLITICS.map((p) => p.charCodeAt(0)));

// Hashing -----------------------------------------------------------------------------------------------

/** FNV-1a over UTF-16 code units from `from` to `to`, seeded. */
export function hashRange(s: string, from: number, to: number, seed: number): number {
  let h = (0x811c9dc5 ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes two 32-bit values into one (murmur3 finaliser). */
export function mix(a: number, b: number): number {
  let h = (a ^ Math.imul(b, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Templates: small integers; their order is part of the model format.
const enum T {
  Bias = 1,
  Word,
  Prefix1,
  Suffix1 = Prefix1 + 4,
  Shape = Suffix1 + 4,
  Stem,
  Core,
  Proclitic,
  ClusterFine,
  ClusterCoarse,
  Length,
  Gaz,
  GazStem,
  WordM1,
  WordM2,
  WordP1,
  WordP2,
  StemM1,
  StemP1,
  FineM1,
  FineP1,
  CoarseM2,
  CoarseM1,
  CoarseP1,
  CoarseP2,
  BigramL,
  BigramR,
  GazM1,
  GazP1,
  GazSpan,
  SuffixM1,
  StemBigramL,
  First,
  Last,
  ClusterMid,
  MidM1,
  MidP1,
  AltFine,
  AltCoarse,
  AltM1,
  AltP1,
  CharNgram,
}

const BIAS = mix(T.Bias, 0);
const FIRST = mix(T.First, 0);
const LAST = mix(T.Last, 0);

/** Number of features over adjacent word pairs (see pairFeature). */
export const PAIR_FEATURES = 3;

/** The k-th feature over the words around a position: left bigram, right bigram, left stem bigram. */
export function pairFeature(k: number, m1: WordInfo, w: WordInfo, p1: WordInfo): number {
  return pairHash(k, m1.word, m1.stem, w.word, w.stem, p1.word);
}

/** pairFeature from the word and stem hashes of the left neighbour, the word and the right neighbour. */
export function pairHash(
  k: number,
  m1Word: number,
  m1Stem: number,
  word: number,
  stem: number,
  p1Word: number,
): number {
  if (k === 0) return mix(bigramLeftSeed(m1Word), word);
  if (k === 1) return mix(bigramRightSeed(word), p1Word);
  return mix(stemBigramSeed(m1Stem), stem);
}

/** The half of the left-bigram feature that depends on the left word only (the tagger keeps it per word). */
export function bigramLeftSeed(m1Word: number): number {
  return mix(T.BigramL, m1Word);
}

/** The half of the right-bigram feature that depends on the word itself. */
export function bigramRightSeed(word: number): number {
  return mix(T.BigramR, word);
}

/** The half of the left stem-bigram feature that depends on the left word's stem. */
export function stemBigramSeed(m1Stem: number): number {
  return mix(T.StemBigramL, m1Stem);
}

/** The feature of a token inside a multi-token gazetteer match of list `kind`: at its first token or later. */
export function gazetteerSpanFeature(kind: number, first: boolean): number {
  return mix(mix(T.GazSpan, kind), first ? 1 : 2);
}

/** The hash of a whole word (the Word feature), also used to key word pairs. */
export function wordHash(s: string): number {
  return hashRange(s, 0, s.length, T.Word);
}

/** What the features need to know about one word, computed once per distinct word. */
export interface WordInfo {
  word: number;
  stem: number;
  fine: number;
  coarse: number;
  /** Gazetteer kinds of the word or its clitic-stripped stem, as bits. */
  gaz: number;
  /** The stem string, for multi-token gazetteer lookups. */
  stemText: string;
  /** Longest multi-token gazetteer entry that may start with this word (0: none). */
  gazFirst: number;
  /** Feature hashes of this word by its role relative to the tagged position: ROLE_SELF, ROLE_M1, ... */
  roles: (readonly number[])[];
}

/** Roles a word plays for a tagged position: itself, left neighbours, right neighbours. */
export const ROLE_SELF = 0;
export const ROLE_M1 = 1;
export const ROLE_M2 = 2;
export const ROLE_P1 = 3;
export const ROLE_P2 = 4;
export const ROLES = 5;
export { BIAS, FIRST, LAST };

function shapeOf(s: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < s.length && out.length < 6; i++) {
    const c = s.charCodeAt(i);
    let k: string;
    if (c >= 0x0621 && c <= 0x06ff) k = 'a';
    else if (c >= 0x30 && c <= 0x39) k = 'd';
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) k = 'x';
    else if (c < 0x80) k = s[i]!;
    else k = 'u';
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

const NO_CLUSTER = 0xffff;

/** The pseudo-word before the first and after the last token of a sentence. */
export const BOUNDARY = '\u0002';

export class FeatureExtractor {
  private readonly cache = new Map<string, WordInfo>();
  private readonly boundary: WordInfo;

  constructor(private readonly res: NerResources) {
    this.boundary = this.describe(BOUNDARY);
  }

  /** Splits a normalised word into proclitics and a stem the cluster vocabulary knows, if any. */
  stripClitics(norm: string): [string, string] {
    if (!PROCLITIC_FIRST.has(norm.charCodeAt(0))) return ['', norm];
    for (const p of PROCLITICS) {
      if (norm.length - p.length < 2 || !norm.startsWith(p)) continue;
      let rest = norm.slice(p.length);
      // لل + X is ل + ال + X
      if (p.endsWith('لل')) rest = 'ال' + rest;
      if (this.res.clusterOf.has(rest) || this.res.gazetteer.has(rest)) return [p, rest];
    }
    return ['', norm];
  }

  wordInfo(norm: string): WordInfo {
    let w = this.cache.get(norm);
    if (w === undefined) {
      if (this.cache.size > 500_000) this.cache.clear();
      w = this.describe(norm);
      this.cache.set(norm, w);
    }
    return w;
  }

  /** What the features need to know about a word, computed afresh (wordInfo caches it). */
  describe(norm: string): WordInfo {
    const res = this.res;
    const [proclitic, stem] = this.stripClitics(norm);
    const core = stem.startsWith('ال') && stem.length >= 4 ? stem.slice(2) : stem;
    const word = wordHash(norm);
    const stemH = hashRange(stem, 0, stem.length, T.Stem);
    const fine = res.clusterOf.get(norm) ?? res.clusterOf.get(stem) ?? res.clusterOf.get(core) ?? NO_CLUSTER;
    const coarse = fine === NO_CLUSTER ? NO_CLUSTER : (res.coarseOf[fine] ?? NO_CLUSTER);
    const mid = fine === NO_CLUSTER ? NO_CLUSTER : (res.midOf[fine] ?? NO_CLUSTER);
    const gazWord = res.gazetteer.get(norm) ?? 0;
    const gazStem = (res.gazetteer.get(stem) ?? 0) | (res.gazetteer.get(core) ?? 0);
    const feats: number[] = [word, stemH, hashRange(core, 0, core.length, T.Core)];
    const n = norm.length;
    for (let k = 1; k <= 4; k++) {
      if (n <= k) break;
      feats.push(hashRange(norm, 0, k, T.Prefix1 + k - 1));
      feats.push(hashRange(norm, n - k, n, T.Suffix1 + k - 1));
    }
    const shape = shapeOf(norm);
    feats.push(hashRange(shape, 0, shape.length, T.Shape));
    feats.push(hashRange(proclitic, 0, proclitic.length, T.Proclitic));
    feats.push(mix(T.ClusterFine, fine), mix(T.ClusterCoarse, coarse), mix(T.Length, Math.min(n, 12)));
    if (res.midOf.length > 0) feats.push(mix(T.ClusterMid, mid));
    for (let k = 0; k < 16; k++) {
      if (gazWord & (1 << k)) feats.push(mix(T.Gaz, k));
      if (gazStem & (1 << k)) feats.push(mix(T.GazStem, k));
    }
    const m1 = [mix(T.WordM1, word), mix(T.StemM1, stemH), mix(T.FineM1, fine), mix(T.CoarseM1, coarse)];
    const p1 = [mix(T.WordP1, word), mix(T.StemP1, stemH), mix(T.FineP1, fine), mix(T.CoarseP1, coarse)];
    if (res.midOf.length > 0) {
      m1.push(mix(T.MidM1, mid));
      p1.push(mix(T.MidP1, mid));
    }
    const g = res.charNgrams;
    if (g > 0) {
      // a boundary mark on each side, so the n-grams at the edges differ from those inside
      const padded = `^${stem}$`;
      for (let i = 0; i + g <= padded.length; i++) feats.push(hashRange(padded, i, i + g, T.CharNgram));
    }
    if (res.altOf.size > 0) {
      const alt = res.altOf.get(norm) ?? res.altOf.get(stem) ?? res.altOf.get(core) ?? NO_CLUSTER;
      const altCoarse = alt === NO_CLUSTER ? NO_CLUSTER : (res.altCoarseOf[alt] ?? NO_CLUSTER);
      feats.push(mix(T.AltFine, alt), mix(T.AltCoarse, altCoarse));
      m1.push(mix(T.AltM1, alt));
      p1.push(mix(T.AltP1, alt));
    }
    const gaz = gazWord | gazStem;
    for (let b = 0; b < 16; b++) {
      if (gaz & (1 << b)) {
        m1.push(mix(T.GazM1, b));
        p1.push(mix(T.GazP1, b));
      }
    }
    m1.push(mix(T.SuffixM1, n >= 2 ? hashRange(norm, n - 2, n, T.SuffixM1) : 0));
    return {
      word,
      stem: stemH,
      fine,
      coarse,
      gaz,
      stemText: stem,
      gazFirst: Math.max(res.gazetteerFirst.get(stem) ?? 0, res.gazetteerFirst.get(norm) ?? 0),
      // Plain arrays: a typed array costs more to allocate, and most words are described once.
      roles: [
        feats,
        m1,
        [mix(T.WordM2, word), mix(T.CoarseM2, coarse)],
        p1,
        [mix(T.WordP2, word), mix(T.CoarseP2, coarse)],
      ],
    };
  }

  /**
   * Features of every position of a sentence, flattened: features of position i are
   * `out.feats[out.offsets[i] .. out.offsets[i+1])`.
   */
  sentence(norms: readonly string[]): { feats: Uint32Array; offsets: Uint32Array } {
    const n = norms.length;
    const { infos, extra: spanFeats } = this.prepare(norms);
    const offsets = new Uint32Array(n + 1);
    let cap = n * 48 + 16;
    let feats = new Uint32Array(cap);
    let k = 0;
    const B = this.boundary;
    const push = (h: number): void => {
      if (k === cap) {
        cap *= 2;
        const next = new Uint32Array(cap);
        next.set(feats);
        feats = next;
      }
      feats[k++] = h;
    };
    for (let i = 0; i < n; i++) {
      offsets[i] = k;
      const w = infos[i]!;
      const m1 = i > 0 ? infos[i - 1]! : B;
      const m2 = i > 1 ? infos[i - 2]! : B;
      const p1 = i + 1 < n ? infos[i + 1]! : B;
      const p2 = i + 2 < n ? infos[i + 2]! : B;
      for (const h of w.roles[ROLE_SELF]!) push(h);
      for (const h of m1.roles[ROLE_M1]!) push(h);
      for (const h of m2.roles[ROLE_M2]!) push(h);
      for (const h of p1.roles[ROLE_P1]!) push(h);
      for (const h of p2.roles[ROLE_P2]!) push(h);
      for (const h of this.pairFeatures(m1, w, p1)) push(h);
      const s = spanFeats[i];
      if (s !== undefined) for (const h of s) push(h);
      push(BIAS);
      if (i === 0) push(FIRST);
      if (i === n - 1) push(LAST);
    }
    offsets[n] = k;
    return { feats: feats.subarray(0, k), offsets };
  }

  /** Features of adjacent word pairs around a position. */
  pairFeatures(m1: WordInfo, w: WordInfo, p1: WordInfo): [number, number, number] {
    return [pairFeature(0, m1, w, p1), pairFeature(1, m1, w, p1), pairFeature(2, m1, w, p1)];
  }

  /** Word infos of a sentence and the per-position extra features (bias, sentence edges, gazetteer spans). */
  prepare(norms: readonly string[]): { infos: WordInfo[]; extra: (number[] | undefined)[] } {
    const n = norms.length;
    const infos: WordInfo[] = new Array<WordInfo>(n);
    for (let i = 0; i < n; i++) infos[i] = this.wordInfo(norms[i]!);
    return { infos, extra: this.gazetteerSpans(norms, infos) };
  }

  /** Longest multi-token gazetteer matches (first token may carry clitics): B/I features per kind. */
  private gazetteerSpans(norms: readonly string[], infos: WordInfo[]): (number[] | undefined)[] {
    const res = this.res;
    const out: (number[] | undefined)[] = [];
    const n = norms.length;
    let i = 0;
    while (i < n) {
      if (infos[i]!.gazFirst === 0) {
        i++;
        continue;
      }
      let matched = 0;
      let kinds = 0;
      const stem = infos[i]!.stemText;
      const norm = norms[i]!;
      for (let variant = 0; variant < 2 && matched === 0; variant++) {
        const first = variant === 0 ? stem : norm;
        if (variant === 1 && norm === stem) break;
        const maxLen = Math.min(res.gazetteerFirst.get(first) ?? 0, n - i);
        if (maxLen < 2) continue;
        const prefix = first + ' ' + norms[i + 1]!;
        if (!res.gazetteerPrefix2.has(prefix)) continue;
        for (let len = maxLen; len >= 2 && matched === 0; len--) {
          let key = prefix;
          for (let j = 2; j < len; j++) key += ' ' + norms[i + j]!;
          const k = res.gazetteer.get(key);
          if (k !== undefined) {
            matched = len;
            kinds = k;
          }
        }
      }
      if (matched === 0) {
        i++;
        continue;
      }
      for (let j = 0; j < matched; j++) {
        const f: number[] = [];
        for (let b = 0; b < 16; b++) if (kinds & (1 << b)) f.push(gazetteerSpanFeature(b, j === 0));
        out[i + j] = f;
      }
      i += matched;
    }
    return out;
  }
}

/** Normalises a token's text the way the tagger expects when no `norm` is given. */
export function normOf(text: string): string {
  return normalize(text);
}
