/** Loads the statistical NER model once and tags sentences with IOB2 tags (ANERcorp tag set). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RasdError } from '../../doc/errors.js';
import {
  FeatureExtractor,
  buildResources,
  gazetteerSpanFeature,
  mix,
  bigramLeftSeed,
  bigramRightSeed,
  stemBigramSeed,
  wordHash,
  BIAS,
  BOUNDARY,
  FIRST,
  LAST,
  ROLES,
  ROLE_M1,
  ROLE_M2,
  ROLE_P1,
  ROLE_P2,
  ROLE_SELF,
  type NerResources,
} from './features.js';
import { compactModel, decodeModel, viterbi, NUM_TAGS, type LoadedNerModel, type NerModel } from './model.js';
import { NER_TAGS } from './spans.js';
import { tagDocument } from './document.js';
import { loadLexicon } from '../../text/lexicon.js';
import type { WordInfo } from '../../text/word-analyzer.js';

/**
 * Words of the news lexicon (ANT) used this often or more (about once in ten articles: في، على، محمد،
 * تونس, about 85 words) are too common to stand alone for a name in the document pass.
 */
const COMMON_WORD_COUNT = 1000;

export interface NerTagger {
  /** IOB2 tags (O, B-PERS, I-PERS, B-LOC, I-LOC, B-ORG, I-ORG, B-MISC, I-MISC) for one sentence. */
  tag(tokens: { text: string; norm: string }[]): string[];
  /**
   * Tags for every sentence of one document, read together: a name the document reads as an entity
   * in one sentence leans the others the same way (document.ts; the model's docBonus, 0 for none).
   */
  tagDocument(
    sentences: { text: string; norm: string }[][],
    infos?: readonly (readonly (WordInfo | undefined)[])[],
  ): string[][];
}

/** The shipped model, relative to this file in both src/ and dist/. */
export const DEFAULT_NER_MODEL = fileURLToPath(new URL('../../../data/models/ner.model.gz', import.meta.url));

const cache = new Map<string, NerTagger>();

export function loadNerTagger(modelPath: string = DEFAULT_NER_MODEL): NerTagger {
  let t = cache.get(modelPath);
  if (t === undefined) {
    t = createNerTagger(readModelFile(modelPath));
    cache.set(modelPath, t);
  }
  return t;
}

export function readModelFile(path: string): LoadedNerModel {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new RasdError('DATA_MISSING', 'NER model file is missing or unreadable', {
      subject: path,
      cause: e,
    });
  }
  try {
    return decodeModel(bytes);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new RasdError('DATA_CORRUPT', `NER model file is corrupt: ${why}`, { subject: path, cause: e });
  }
}

/** Feature rows of the model: which rows have weights (a bit set) and where they are in the table. */
class RowIndex {
  /**
   * Per 32-row block: the bit set of its live rows at [2b] and the number of live rows before the block
   * at [2b + 1], side by side so that one cache line holds both.
   */
  private readonly blocks: Uint32Array;
  /**
   * One bit per 4 rows, set when any of them is live: a quarter of the size of the bit set, so it stays
   * in the nearest cache, and most features (word pairs above all) have no row.
   */
  private readonly coarse: Uint32Array;

  constructor(
    rows: Uint32Array,
    bits: number,
    private readonly table: Float32Array,
  ) {
    const blocks = Math.max(1, (1 << bits) >>> 5);
    this.blocks = new Uint32Array(blocks * 2);
    this.coarse = new Uint32Array(Math.max(1, blocks >>> 2));
    for (const r of rows) {
      this.blocks[(r >>> 5) * 2]! |= 1 << (r & 31);
      this.coarse[r >>> 7]! |= 1 << ((r >>> 2) & 31);
    }
    let count = 0;
    for (let b = 0; b < blocks; b++) {
      this.blocks[b * 2 + 1] = count;
      count += popcount(this.blocks[b * 2]!);
    }
  }

  /** Adds the weights of `row` (if it has any) to out[at .. at + NUM_TAGS). */
  add(row: number, out: Float64Array, at: number): void {
    if ((this.coarse[row >>> 7]! & (1 << ((row >>> 2) & 31))) === 0) return;
    const block = (row >>> 5) * 2;
    const bits = this.blocks[block]!;
    const bit = 1 << (row & 31);
    if ((bits & bit) === 0) return;
    // Rows are stored in ascending order: the slot is the number of live rows before this one.
    const r = (this.blocks[block + 1]! + popcount(bits & (bit - 1))) * NUM_TAGS;
    const table = this.table;
    for (let t = 0; t < NUM_TAGS; t++) out[at + t]! += table[r + t]!;
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** The last WordTable generation handed out (0 is none: a fresh WordInfo's nerTable). */
let generations = 0;

/** Bit-set size (log2) of the filter over the first two tokens of multi-token gazetteer entries. */
const PREFIX_BITS = 20;

/**
 * Everything the tagger needs per distinct word, in typed arrays indexed by a word id: the hashes that
 * pair features combine, gazetteer facts, and the summed weights of the word's features in each of its
 * roles (itself, left and right neighbours), so a known word costs one hash-table lookup per token.
 * Bounded: when full, it starts again from empty (id 0, the sentence boundary, stays).
 */
class WordTable {
  /**
   * Word → id, by open addressing on the word's hash (id + 1 per slot, 0 for none; at most half full).
   * Asked for every token: a Map<string, number> cost half as much again, and wordHash is needed anyway.
   */
  private slots = new Int32Array(0);
  /**
   * This table's contents, unique in the process (tables and their resets alike): a word's id kept on
   * its WordInfo (nerId) holds while WordInfo.nerTable is this.
   */
  generation = 0;
  private words: string[] = [];
  private count = 0;
  private capacity = 0;
  wordHash = new Uint32Array(0);
  stemHash = new Uint32Array(0);
  /** The word's halves of the word-pair features (see bigramLeftSeed, bigramRightSeed, stemBigramSeed). */
  leftSeed = new Uint32Array(0);
  rightSeed = new Uint32Array(0);
  stemSeed = new Uint32Array(0);
  /** wordHash of the clitic-stripped stem (keys gazetteer prefixes that start with the stem). */
  stemWordHash = new Uint32Array(0);
  /** Longest multi-token gazetteer entry starting with the stem / the word (0: none). */
  gazFirstStem = new Uint8Array(0);
  gazFirstWord = new Uint8Array(0);
  stemText: string[] = [];
  /** ROLES × NUM_TAGS summed weights per word. */
  scores = new Float64Array(0);

  constructor(
    private readonly fx: FeatureExtractor,
    private readonly res: NerResources,
    private readonly addFeatures: (hashes: ArrayLike<number>, out: Float64Array, at: number) => void,
    private readonly maxWords: number,
  ) {
    this.grow(1024);
    this.reset();
  }

  /** Makes room for `n` new words, starting again from empty when the table is full. */
  reserve(n: number): void {
    if (this.count + n <= this.capacity) return;
    if (this.count + n > this.maxWords) this.reset();
    if (this.count + n > this.capacity) this.grow(Math.max(this.capacity * 2, this.count + n));
  }

  /** The id of a word; reserve() must have made room for it. */
  id(norm: string): number {
    const h = wordHash(norm);
    const mask = this.slots.length - 1;
    let p = h & mask;
    for (let s = this.slots[p]!; s !== 0; s = this.slots[p]!) {
      if (this.wordHash[s - 1] === h && this.words[s - 1] === norm) return s - 1;
      p = (p + 1) & mask;
    }
    const id = this.count++;
    this.fill(id, norm);
    this.words[id] = norm;
    this.slots[p] = id + 1;
    return id;
  }

  /** Puts every known word back into `slots` (after they were resized). */
  private rehash(): void {
    const mask = this.slots.length - 1;
    for (let id = 0; id < this.count; id++) {
      let p = this.wordHash[id]! & mask;
      while (this.slots[p] !== 0) p = (p + 1) & mask;
      this.slots[p] = id + 1;
    }
  }

  private reset(): void {
    this.generation = ++generations;
    this.slots.fill(0);
    this.words.length = 0;
    this.count = 0;
    this.id(BOUNDARY);
  }

  private fill(id: number, norm: string): void {
    const w = this.fx.describe(norm);
    const res = this.res;
    this.wordHash[id] = w.word;
    this.stemHash[id] = w.stem;
    this.leftSeed[id] = bigramLeftSeed(w.word);
    this.rightSeed[id] = bigramRightSeed(w.word);
    this.stemSeed[id] = stemBigramSeed(w.stem);
    this.stemWordHash[id] = wordHash(w.stemText);
    this.gazFirstStem[id] = Math.min(255, res.gazetteerFirst.get(w.stemText) ?? 0);
    this.gazFirstWord[id] = Math.min(255, res.gazetteerFirst.get(norm) ?? 0);
    this.stemText[id] = w.stemText;
    const at = id * ROLES * NUM_TAGS;
    this.scores.fill(0, at, at + ROLES * NUM_TAGS);
    for (let role = 0; role < ROLES; role++)
      this.addFeatures(w.roles[role]!, this.scores, at + role * NUM_TAGS);
  }

  private grow(capacity: number): void {
    const widen = <A extends Uint32Array | Uint8Array | Float64Array>(
      a: A,
      make: (n: number) => A,
      k = 1,
    ): A => {
      const next = make(capacity * k);
      next.set(a);
      return next;
    };
    this.wordHash = widen(this.wordHash, (n) => new Uint32Array(n));
    this.stemHash = widen(this.stemHash, (n) => new Uint32Array(n));
    this.leftSeed = widen(this.leftSeed, (n) => new Uint32Array(n));
    this.rightSeed = widen(this.rightSeed, (n) => new Uint32Array(n));
    this.stemSeed = widen(this.stemSeed, (n) => new Uint32Array(n));
    this.stemWordHash = widen(this.stemWordHash, (n) => new Uint32Array(n));
    this.gazFirstStem = widen(this.gazFirstStem, (n) => new Uint8Array(n));
    this.gazFirstWord = widen(this.gazFirstWord, (n) => new Uint8Array(n));
    this.scores = widen(this.scores, (n) => new Float64Array(n), ROLES * NUM_TAGS);
    this.capacity = capacity;
    this.slots = new Int32Array(2 ** Math.ceil(Math.log2(capacity * 2)));
    this.rehash();
  }
}

/** Most distinct words the tagger keeps scored by default (about 400 bytes each). */
const MAX_CACHED_WORDS = 1 << 16;

export interface NerTaggerOptions {
  /** Most distinct words kept with their scores; the cache starts again from empty when full. */
  maxCachedWords?: number;
}

export interface ScoringTagger extends NerTagger {
  /**
   * Emission scores of a sentence, em[i * NUM_TAGS + t] (what Viterbi decodes): written into `into` when
   * given (and returned), otherwise a copy.
   */
  scores(
    tokens: { norm: string }[],
    into?: Float64Array,
    infos?: readonly (WordInfo | undefined)[],
  ): Float64Array;
  /** The best tag sequence for emission scores of n tokens (as tag() decodes them). */
  decode(em: Float64Array, n: number): string[];
}

export function createNerTagger(
  input: NerModel | LoadedNerModel,
  options: NerTaggerOptions = {},
): ScoringTagger {
  const model = 'weights' in input ? compactModel(input) : input;
  const res = buildResources(model.meta.resources);
  const fx = new FeatureExtractor(res);
  const { transitions } = model;
  const shift = 32 - model.meta.bits;
  const T = NUM_TAGS;
  const domain = model.meta.domain;
  const rows = new RowIndex(model.rows, model.meta.bits, model.table);
  const addFeature = (h: number, out: Float64Array, at: number): void => {
    rows.add(h >>> shift, out, at);
    if (domain !== undefined) rows.add(mix(h, domain) >>> shift, out, at);
  };
  const addFeatures = (hashes: ArrayLike<number>, out: Float64Array, at: number): void => {
    for (let k = 0; k < hashes.length; k++) addFeature(hashes[k]!, out, at);
  };
  const words = new WordTable(fx, res, addFeatures, options.maxCachedWords ?? MAX_CACHED_WORDS);
  const fixed = (h: number): Float64Array => {
    const v = new Float64Array(T);
    addFeature(h, v, 0);
    return v;
  };
  const bias = fixed(BIAS);
  const first = fixed(FIRST);
  const last = fixed(LAST);
  bias[0]! -= model.meta.oPenalty ?? 0;
  for (const [type, b] of Object.entries(model.meta.typeBias ?? {})) {
    const t = (NER_TAGS as readonly string[]).indexOf(`B-${type}`);
    if (t >= 0) bias[t]! += b;
  }
  // A filter over the first two tokens of multi-token gazetteer entries: most words that may start an
  // entry are not followed by a word that continues one, and the filter says so without building a key.
  const prefixMask = (1 << PREFIX_BITS) - 1;
  const prefixes = new Uint32Array(1 << (PREFIX_BITS - 5));
  const prefixSlot = (a: number, b: number): number => mix(a, b) & prefixMask;
  for (const p of res.gazetteerPrefix2) {
    const [a = '', b = ''] = p.split(' ');
    const slot = prefixSlot(wordHash(a), wordHash(b));
    prefixes[slot >>> 5]! |= 1 << (slot & 31);
  }
  const mayPrefix = (a: number, b: number): boolean => {
    const slot = prefixSlot(a, b);
    return (prefixes[slot >>> 5]! & (1 << (slot & 31))) !== 0;
  };
  const gazKinds = new Int32Array(16);
  const gazSpanFeats: number[][] = [];
  for (let b = 0; b < 16; b++)
    gazSpanFeats.push([gazetteerSpanFeature(b, true), gazetteerSpanFeature(b, false)]);

  let em = new Float64Array(256 * T);
  let out = new Uint8Array(256);
  let ids = new Int32Array(256);

  /**
   * Adds the features of multi-token gazetteer matches (longest first, left to right), as
   * FeatureExtractor.sentence does: the first token of a match may carry clitics (its stem is tried
   * first), the other tokens are matched as they are.
   */
  const addGazetteerSpans = (norms: readonly { norm: string }[], n: number): void => {
    // locals, not the closure's variables or the table's fields: the loop runs for every token
    const wordIds = ids;
    const { gazFirstStem, gazFirstWord } = words;
    let i = 0;
    while (i < n) {
      const id = wordIds[i]!;
      const fromStem = gazFirstStem[id]!;
      const fromWord = gazFirstWord[id]!;
      if ((fromStem === 0 && fromWord === 0) || i + 1 >= n) {
        i++;
        continue;
      }
      const next = wordIds[i + 1]!;
      const norm = norms[i]!.norm;
      const stem = words.stemText[id]!;
      let matched = 0;
      let kinds = 0;
      for (let variant = 0; variant < 2 && matched === 0; variant++) {
        if (variant === 1 && norm === stem) break;
        const maxLen = Math.min(variant === 0 ? fromStem : fromWord, n - i);
        if (maxLen < 2) continue;
        const firstHash = variant === 0 ? words.stemWordHash[id]! : words.wordHash[id]!;
        if (!mayPrefix(firstHash, words.wordHash[next]!)) continue;
        const prefix = (variant === 0 ? stem : norm) + ' ' + norms[i + 1]!.norm;
        if (!res.gazetteerPrefix2.has(prefix)) continue;
        for (let len = maxLen; len >= 2 && matched === 0; len--) {
          let key = prefix;
          for (let j = 2; j < len; j++) key += ' ' + norms[i + j]!.norm;
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
      let nk = 0;
      for (let b = 0; b < 16; b++) if (kinds & (1 << b)) gazKinds[nk++] = b;
      for (let j = 0; j < matched; j++) {
        for (let q = 0; q < nk; q++)
          addFeature(gazSpanFeats[gazKinds[q]!]![j === 0 ? 0 : 1]!, em, (i + j) * T);
      }
      i += matched;
    }
  };

  const score = (tokens: readonly { norm: string }[], infos?: readonly (WordInfo | undefined)[]): number => {
    const n = tokens.length;
    if (em.length < n * T) {
      em = new Float64Array(n * T * 2);
      out = new Uint8Array(n * 2);
      ids = new Int32Array(n * 2);
    }
    // locals, not the closure's variables: the loops below run for every token
    const wordIds = ids;
    const e = em;
    words.reserve(n);
    if (infos === undefined) {
      for (let i = 0; i < n; i++) wordIds[i] = words.id(tokens[i]!.norm);
    } else {
      // reserve() may have started the table again: its generation is read after it
      const generation = words.generation;
      for (let i = 0; i < n; i++) {
        const info = infos[i];
        if (info === undefined) wordIds[i] = words.id(tokens[i]!.norm);
        else if (info.nerTable === generation) wordIds[i] = info.nerId;
        else {
          const id = words.id(info.norm);
          wordIds[i] = id;
          info.nerId = id;
          info.nerTable = generation;
        }
      }
    }
    const { scores, wordHash: wh, stemHash: sh, leftSeed, rightSeed, stemSeed } = words;
    const b0 = bias;
    const f0 = first;
    const l0 = last;
    const RT = ROLES * T;
    const B = 0; // the boundary's word id
    for (let i = 0; i < n; i++) {
      const at = i * T;
      const w = wordIds[i]!;
      const wm1 = i > 0 ? wordIds[i - 1]! : B;
      const wp1 = i + 1 < n ? wordIds[i + 1]! : B;
      const self = w * RT + ROLE_SELF * T;
      const m1 = wm1 * RT + ROLE_M1 * T;
      const m2 = (i > 1 ? wordIds[i - 2]! : B) * RT + ROLE_M2 * T;
      const p1 = wp1 * RT + ROLE_P1 * T;
      const p2 = (i + 2 < n ? wordIds[i + 2]! : B) * RT + ROLE_P2 * T;
      const isFirst = i === 0;
      const isLast = i === n - 1;
      for (let t = 0; t < T; t++) {
        e[at + t] =
          scores[self + t]! +
          scores[m1 + t]! +
          scores[m2 + t]! +
          scores[p1 + t]! +
          scores[p2 + t]! +
          b0[t]! +
          (isFirst ? f0[t]! : 0) +
          (isLast ? l0[t]! : 0);
      }
      // The word-pair features (pairHash), from the halves kept per word.
      addFeature(mix(leftSeed[wm1]!, wh[w]!), e, at);
      addFeature(mix(rightSeed[w]!, wh[wp1]!), e, at);
      addFeature(mix(stemSeed[wm1]!, sh[w]!), e, at);
    }
    addGazetteerSpans(tokens, n);
    return n;
  };

  const decode = (scores: Float64Array, n: number): string[] => {
    if (n === 0) return [];
    if (out.length < n) out = new Uint8Array(n * 2);
    viterbi(scores, transitions, n, out);
    const tags = new Array<string>(n);
    for (let i = 0; i < n; i++) tags[i] = NER_TAGS[out[i]!]!;
    return tags;
  };

  const docBonus = model.meta.docBonus ?? 0;
  const lexicon = docBonus > 0 ? loadLexicon() : undefined;
  // Remembered per word: the lexicon's map is large (a cache miss per look-up), the names asked about few.
  const common = new Map<string, boolean>();
  const commonWord = (norm: string): boolean => {
    let c = common.get(norm);
    if (c === undefined) {
      if (common.size >= MAX_CACHED_WORDS) common.clear();
      c = (lexicon?.freq(norm) ?? 0) >= COMMON_WORD_COUNT;
      common.set(norm, c);
    }
    return c;
  };
  const tagger: ScoringTagger = {
    tag(tokens) {
      return decode(em, score(tokens));
    },
    tagDocument(sentences, infos) {
      return tagDocument(tagger, sentences, { bonus: docBonus, common: commonWord }, infos);
    },
    decode,
    scores(tokens, into, infos) {
      const n = score(tokens, infos);
      if (into === undefined) return em.slice(0, n * T);
      for (let k = 0; k < n * T; k++) into[k] = em[k]!;
      return into;
    },
  };
  return tagger;
}
