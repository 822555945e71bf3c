/**
 * A token trie over normalised word sequences: the first token is looked up by a form the caller
 * chooses (with or without clitics), the following tokens by their `norm`. Longest match wins.
 */
interface Node<T> {
  value?: T;
  next?: Map<string, Node<T>>;
}

/**
 * Bits of each first-word filter (8 KB): most words of a text start no phrase, so `longest` rejects them
 * on a few character reads instead of hashing the word for a map lookup.
 */
const FILTER_BITS = 1 << 16;

/** A cheap hash of a word from its length and its first two and last two code units. */
function quickSketch(w: string): number {
  const n = w.length;
  let h = Math.imul(n, 0x9e3779b1);
  h = Math.imul(h ^ w.charCodeAt(0), 0x85ebca6b);
  h = Math.imul(h ^ (n > 1 ? w.charCodeAt(1) : 0), 0xc2b2ae35);
  h = Math.imul(h ^ w.charCodeAt(n - 1), 0x27d4eb2f);
  h = Math.imul(h ^ (n > 2 ? w.charCodeAt(n - 2) : 0), 0x165667b1);
  return (h ^ (h >>> 15)) & (FILTER_BITS - 1);
}

/** The last word given a full sketch and its sketch. */
let lastWord: string | undefined;
let lastSketch = 0;

/**
 * A hash of every code unit of a word (FNV-1a, then a final mix): the second filter, for the words the
 * quick sketch lets through (27% of the words that start no name, as Arabic words share their article,
 * first letters and endings; 6% pass both).
 */
function fullSketch(w: string): number {
  // the same form is often tried on several tries in a row (names, then bodies)
  if (w === lastWord) return lastSketch;
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  lastWord = w;
  lastSketch = (h ^ (h >>> 13)) & (FILTER_BITS - 1);
  return lastSketch;
}

export class PhraseTrie<T> {
  private readonly root = new Map<string, Node<T>>();
  private readonly quickFilter = new Uint32Array(FILTER_BITS / 32);
  private readonly fullFilter = new Uint32Array(FILTER_BITS / 32);
  size = 0;

  /** False when no phrase starts with `w`; true when one may (then the map decides). */
  private mayStart(w: string): boolean {
    if (w.length === 0) return false;
    const q = quickSketch(w);
    if ((this.quickFilter[q >>> 5]! & (1 << (q & 31))) === 0) return false;
    const h = fullSketch(w);
    return (this.fullFilter[h >>> 5]! & (1 << (h & 31))) !== 0;
  }

  /** Adds a phrase (normalised words). An existing value is kept: the first one added wins. */
  add(words: readonly string[], value: T): void {
    if (words.length === 0) return;
    const q = quickSketch(words[0]!);
    this.quickFilter[q >>> 5]! |= 1 << (q & 31);
    const h = fullSketch(words[0]!);
    this.fullFilter[h >>> 5]! |= 1 << (h & 31);
    let map = this.root;
    let node: Node<T> | undefined;
    for (const w of words) {
      node = map.get(w);
      if (node === undefined) {
        node = {};
        map.set(w, node);
      }
      map = node.next ??= new Map();
    }
    if (node && node.value === undefined) {
      node.value = value;
      this.size++;
    }
  }

  has(first: string): boolean {
    return this.mayStart(first) && this.root.has(first);
  }

  /**
   * The longest phrase starting with `first` and continuing with `rest(i)` (the norm of the i-th
   * following token, or undefined where the sentence ends or a token cannot continue a phrase).
   * Returns the value and how many tokens after the first one it covers.
   */
  longest(first: string, rest: (i: number) => string | undefined): { value: T; extra: number } | null {
    if (!this.mayStart(first)) return null;
    let node = this.root.get(first);
    // (one result object at the end, not one per prefix that has a value)
    let value: T | undefined;
    let extra = -1;
    let i = 0;
    while (node !== undefined) {
      if (node.value !== undefined) {
        value = node.value;
        extra = i;
      }
      const w = rest(i);
      if (w === undefined || node.next === undefined) break;
      node = node.next.get(w);
      i++;
    }
    return extra < 0 ? null : { value: value as T, extra };
  }
}

/** Splits a name into normalised words the way the tokenizer would (letters/digits runs). */
export function phraseWords(normalised: string): string[] {
  return normalised.split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w !== '');
}
