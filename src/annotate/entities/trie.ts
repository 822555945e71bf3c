/**
 * A token trie over normalised word sequences: the first token is looked up by a form the caller
 * chooses (with or without clitics), the following tokens by their `norm`. Longest match wins.
 */
interface Node<T> {
  value?: T;
  next?: Map<string, Node<T>>;
}

export class PhraseTrie<T> {
  private readonly root = new Map<string, Node<T>>();
  size = 0;

  /** Adds a phrase (normalised words). An existing value is kept: the first one added wins. */
  add(words: readonly string[], value: T): void {
    if (words.length === 0) return;
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
    return this.root.has(first);
  }

  /**
   * The longest phrase starting with `first` and continuing with `rest(i)` (the norm of the i-th
   * following token, or undefined where the sentence ends or a token cannot continue a phrase).
   * Returns the value and how many tokens after the first one it covers.
   */
  longest(first: string, rest: (i: number) => string | undefined): { value: T; extra: number } | null {
    let node = this.root.get(first);
    let best: { value: T; extra: number } | null = null;
    let i = 0;
    while (node !== undefined) {
      if (node.value !== undefined) best = { value: node.value, extra: i };
      const w = rest(i);
      if (w === undefined || node.next === undefined) break;
      node = node.next.get(w);
      i++;
    }
    return best;
  }
}

/** Splits a name into normalised words the way the tokenizer would (letters/digits runs). */
export function phraseWords(normalised: string): string[] {
  return normalised.split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w !== '');
}
