/**
 * Document-level consistency for the NER tagger (a second pass over a whole article): a name read as
 * an entity in one sentence is usually the same entity in the others ("بيدرسون" after "غير بيدرسون",
 * "وبيدرسون" with a conjunction glued to it), and a string read with two types in one article has one.
 * The first pass tags every sentence alone; the names it found vote for a type, each with the margin of
 * its tags over O (the votes of a string are summed over the document); the second pass adds a bonus to that type's tags wherever the string
 * occurs again and decodes the sentence again. The bonus is soft: strong local evidence still wins.
 */
import type { WordInfo } from '../../text/word-analyzer.js';
import { NER_TAGS } from './spans.js';

/** What the second pass needs from a tagger: emission scores and a decoder for them. */
export interface EmissionTagger {
  /**
   * Emission scores of a sentence, em[i * NUM_TAGS + t], which the caller may change: written into
   * `into` where the tagger can (tokens.length × NUM_TAGS values), else a copy of its own.
   */
  scores(
    tokens: { norm: string }[],
    into?: Float64Array,
    infos?: readonly (WordInfo | undefined)[],
  ): Float64Array;
  /** The best tag sequence for emission scores of n tokens. */
  decode(em: Float64Array, n: number): string[];
}

/**
 * ANERcorp has no document boundaries: evaluation and tuning read it in documents of this many
 * consecutive sentences (its articles run about 4 to 20 sentences; in the product the document is the
 * article).
 */
export const DOCUMENT_SENTENCES = 10;

/** Consecutive sentences taken DOCUMENT_SENTENCES at a time, as documents. */
export function asDocuments<S>(sentences: readonly S[], size = DOCUMENT_SENTENCES): S[][] {
  const out: S[][] = [];
  for (let i = 0; i < sentences.length; i += size) out.push(sentences.slice(i, i + size));
  return out;
}

export interface ConsistencyOptions {
  /** Added to B-X / I-X over an occurrence of a name the document reads as type X. */
  bonus: number;
  /**
   * Words too common in the news to stand alone for a name: a one-word name (or a person's last name)
   * that is one is not looked for elsewhere ("علي" of "عبد الرحمان الحاج علي" is also "على", "on").
   */
  common?: (norm: string) => boolean;
}

const T = NER_TAGS.length;
const B_TAG: Record<string, number> = {};
const I_TAG: Record<string, string> = {};
for (let t = 0; t < T; t++) {
  if (!NER_TAGS[t]!.startsWith('B-')) continue;
  B_TAG[NER_TAGS[t]!.slice(2)] = t;
  I_TAG[NER_TAGS[t]!.slice(2)] = `I-${NER_TAGS[t]!.slice(2)}`;
}

/**
 * First letters of the proclitics that may be glued to a name: conjunctions و ف, prepositions ب ل ك
 * (code units: tested for every token, without making a one-letter string).
 */
const isProcliticLetter = (c: number): boolean =>
  c === 0x648 || c === 0x641 || c === 0x628 || c === 0x644 || c === 0x643;
/** Two-letter proclitics: a conjunction and a preposition. */
const PROCLITIC_PAIRS = new Set(['وب', 'ول', 'وك', 'فب', 'فل']);

/**
 * The words a token may be the first word of a name as: itself, without a glued conjunction or
 * preposition (three letters at least left), and "لل…" as "ال…" ("للأمم" → "الأمم"). Only words in
 * `known` are returned (the first words of the document's names), so most tokens cost one lookup.
 */
const NONE: readonly string[] = [];

export function bareForms(
  norm: string,
  known: { has(w: string): boolean },
  endings?: { has(h: number): boolean },
): readonly string[] {
  const n = norm.length;
  const self = known.has(norm);
  // most words: no glued proclitic, or none before a known name (no array allocated)
  if (
    n < 4 ||
    !isProcliticLetter(norm.charCodeAt(0)) ||
    (endings !== undefined && !endings.has(ending(norm)))
  )
    return self ? [norm] : NONE;
  const out: string[] = self ? [norm] : [];
  const one = norm.slice(1);
  if (known.has(one)) out.push(one);
  if (n >= 5) {
    if (PROCLITIC_PAIRS.has(norm.slice(0, 2))) {
      const two = norm.slice(2);
      if (known.has(two)) out.push(two);
    }
    if (norm.startsWith('لل')) {
      const article = 'ال' + norm.slice(2);
      if (known.has(article)) out.push(article);
    } else if (n >= 6 && norm.startsWith('ولل')) {
      const article = 'ال' + norm.slice(3);
      if (known.has(article)) out.push(article);
    }
  }
  return out;
}

/** The last three letters of a word as a number: a glued proclitic leaves them as they are. */
export function ending(w: string): number {
  const n = w.length;
  return (w.charCodeAt(n - 1) * 65536 + w.charCodeAt(n - 2)) * 65536 + w.charCodeAt(n - 3);
}

/** Names read in a document: key (words space-joined) → votes per type. */
class NameVotes {
  readonly votes = new Map<string, Map<string, number>>();
  /** First word → the longest name length (in tokens) starting with it. */
  readonly longest = new Map<string, number>();
  /** ending() of every first word (of three letters or more). */
  readonly endings = new Set<number>();

  add(words: readonly string[], type: string, weight: number): void {
    const [head, ...rest] = words;
    this.addKey(head!, rest, type, weight);
    // "وبيدرسون" read as a name says "بيدرسون" is one; other proclitics are stripped only from the
    // occurrences (a name's own first letters may look like one: "بيدرسون" is no "ب + يدرسون")
    if (/^[وف]/.test(head!) && head!.length >= 4) this.addKey(head!.slice(1), rest, type, weight);
  }

  private addKey(head: string, rest: readonly string[], type: string, weight: number): void {
    const key = rest.length === 0 ? head : `${head} ${rest.join(' ')}`;
    let v = this.votes.get(key);
    if (v === undefined) this.votes.set(key, (v = new Map<string, number>()));
    v.set(type, (v.get(type) ?? 0) + weight);
    this.longest.set(head, Math.max(this.longest.get(head) ?? 0, rest.length + 1));
    if (head.length >= 3) this.endings.add(ending(head));
  }

  /** The type most voted for a key, or undefined when none or tied. */
  winner(key: string): string | undefined {
    const v = this.votes.get(key);
    if (v === undefined) return undefined;
    let best: string | undefined;
    let bestN = 0;
    let tied = false;
    for (const [type, n] of v) {
      if (n > bestN) {
        best = type;
        bestN = n;
        tied = false;
      } else if (n === bestN) tied = true;
    }
    return tied ? undefined : best;
  }
}

/** The least weight of a vote (a reading the transitions chose over a better O emission). */
const MIN_VOTE = 0.1;

/** Tags the sentences of one document, each alone and then again with what the document says. */
export function tagDocument(
  tagger: EmissionTagger,
  sentences: readonly (readonly { norm: string }[])[],
  options: ConsistencyOptions,
  infos?: readonly (readonly (WordInfo | undefined)[])[],
): string[][] {
  // one buffer for the document's scores: a typed array per sentence was allocated outside the heap
  let total = 0;
  for (const s of sentences) total += s.length;
  const buffer = new Float64Array(total * T);
  let at = 0;
  const ems = sentences.map((s, si) => {
    const into = buffer.subarray(at * T, (at + s.length) * T);
    at += s.length;
    return tagger.scores(s as { norm: string }[], into, infos?.[si]);
  });
  const first = sentences.map((s, i) => tagger.decode(ems[i]!, s.length));
  if (options.bonus <= 0) return first;
  const names = new NameVotes();
  sentences.forEach((s, si) => {
    const tags = first[si]!;
    let i = 0;
    while (i < s.length) {
      const tag = tags[i]!;
      if (tag === 'O') {
        i++;
        continue;
      }
      const type = tag.slice(2);
      const inside = I_TAG[type];
      let j = i + 1;
      while (j < s.length && tags[j] === inside) j++;
      const words: string[] = [];
      for (let k = i; k < j; k++) words.push(s[k]!.norm);
      // a reading votes with its confidence: how much its tags beat O at its tokens
      const em = ems[si]!;
      const b = B_TAG[type]!;
      let w = em[i * T + b]! - em[i * T]!;
      for (let k = i + 1; k < j; k++) w += em[k * T + b + 1]! - em[k * T]!;
      w = Math.max(MIN_VOTE, w);
      if (words.length > 1 || !options.common?.(words[0]!)) names.add(words, type, w);
      // a person's last name alone is the person ("شالوم" after "سلفان شالوم")
      if (type === 'PERS' && words.length >= 2 && !options.common?.(words.at(-1)!))
        names.add(words.slice(-1), type, w);
      i = j;
    }
  });
  if (names.votes.size === 0) return first;
  return sentences.map((s, si) => {
    const em = ems[si]!;
    const tags = first[si]!;
    let changed = false;
    let i = 0;
    while (i < s.length) {
      let matched = 0;
      let type: string | undefined;
      for (const head of bareForms(s[i]!.norm, names.longest, names.endings)) {
        const max = Math.min(names.longest.get(head)!, s.length - i);
        for (let len = max; len > matched; len--) {
          let key = head;
          for (let k = 1; k < len; k++) key += ' ' + s[i + k]!.norm;
          const won = names.winner(key);
          if (won !== undefined) {
            matched = len;
            type = won;
            break;
          }
        }
      }
      if (matched === 0 || type === undefined || insideLonger(tags, i, i + matched)) {
        i++;
        continue;
      }
      const b = B_TAG[type]!;
      em[i * T + b]! += options.bonus;
      for (let k = 1; k < matched; k++) em[(i + k) * T + b + 1]! += options.bonus;
      // a bonus on tags the first pass chose cannot change the best sequence: decode again only when
      // the document reads a name differently
      if (!changed) changed = !readAs(tags, i, i + matched, type);
      i += matched;
    }
    return changed ? tagger.decode(em, s.length) : tags;
  });
}

/** Did the first pass read exactly [from, to) as a name of this type? */
function readAs(tags: readonly string[], from: number, to: number, type: string): boolean {
  if (tags[from] !== NER_TAGS[B_TAG[type]!]) return false;
  const inside = I_TAG[type];
  for (let k = from + 1; k < to; k++) if (tags[k] !== inside) return false;
  return true;
}

/**
 * Is [from, to) strictly inside a longer name of the first pass? The longer name is the more specific
 * reading ("كييف" inside "دينامو كييف", the club).
 */
function insideLonger(tags: readonly string[], from: number, to: number): boolean {
  let start = from;
  while (start > 0 && tags[start]!.startsWith('I-')) start--;
  if (tags[start] === 'O') return false;
  let end = start + 1;
  while (end < tags.length && tags[end]!.startsWith('I-')) end++;
  return end >= to && end - start > to - from;
}
