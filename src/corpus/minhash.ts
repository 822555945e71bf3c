/**
 * Near-duplicates: MinHash over word 3-shingles of normalised text, with LSH banding so that
 * candidates are found through an index, not by comparing against every article.
 */
const HASHES = 64;
const BANDS = 16;
const ROWS = HASHES / BANDS;
/** Estimated Jaccard similarity above which two articles are the same story republished. */
export const DUPLICATE_THRESHOLD = 0.5;

/** The seeds of the hash functions (k + 1 for the k-th), premultiplied by the golden ratio. */
const SEEDS = Int32Array.from({ length: HASHES }, (_, k) => Math.imul(k + 1, 0x9e3779b1));

function fnvAdd(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** fnv1a of `${a} ${b} ${c}`, without building the string. */
function shingleHash(a: string, b: string, c: string): number {
  let h = fnvAdd(0x811c9dc5, a);
  h = Math.imul(h ^ 0x20, 0x01000193);
  h = fnvAdd(h, b);
  h = Math.imul(h ^ 0x20, 0x01000193);
  return fnvAdd(h, c) >>> 0;
}

/** The shingle hashes of the article being signed (reused: one article at a time per thread). */
let shingleBuf = new Uint32Array(1024);

/**
 * MinHash over word 3-shingles: for each of the HASHES functions k, the least value over the article's
 * distinct shingles of a murmur3 finaliser applied to fnv1a(shingle) XOR the k-th seed. Computed over
 * 32-bit integers without building strings: the signatures are the stored ones, so this must not change.
 */
export function minhash(words: readonly string[]): number[] {
  if (words.length < 3) return [];
  const n = words.length - 2;
  if (shingleBuf.length < n) shingleBuf = new Uint32Array(n * 2);
  const shingles = shingleBuf;
  for (let i = 0; i < n; i++) shingles[i] = shingleHash(words[i]!, words[i + 1]!, words[i + 2]!);
  // A shingle seen twice cannot change a minimum: no set of distinct shingles is needed. One function
  // at a time over all shingles keeps its minimum in a register.
  const sig: number[] = [];
  for (let k = 0; k < HASHES; k++) {
    const seed = SEEDS[k]!;
    let min = 0xffffffff;
    for (let i = 0; i < n; i++) {
      let x = shingles[i]! ^ seed;
      x ^= x >>> 16;
      x = Math.imul(x, 0x85ebca6b);
      x ^= x >>> 13;
      x = Math.imul(x, 0xc2b2ae35);
      x ^= x >>> 16;
      x >>>= 0;
      if (x < min) min = x;
    }
    sig.push(min);
  }
  return sig;
}

/** fnv1a continued over the decimal digits of a non-negative integer (as `String(n)` writes them). */
function fnvDigits(h: number, n: number): number {
  if (n < 10) return Math.imul(h ^ (48 + n), 0x01000193);
  return Math.imul(fnvDigits(h, Math.floor(n / 10)) ^ (48 + (n % 10)), 0x01000193);
}

/**
 * Band keys: fnv1a of each band's values joined by commas, in base 36, after the band's number. Hashed
 * without building the joined strings (a signature's values are 32-bit unsigned integers).
 */
export function lshBands(sig: readonly number[]): string[] {
  if (sig.length !== HASHES) return [];
  const out: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < ROWS; r++) {
      const v = sig[b * ROWS + r]!;
      if (r > 0) h = Math.imul(h ^ 0x2c, 0x01000193);
      h = Number.isInteger(v) && v >= 0 && v <= 0xffffffff ? fnvDigits(h, v) : fnvAdd(h, String(v));
    }
    out.push(`${b}:${(h >>> 0).toString(36)}`);
  }
  return out;
}

export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== HASHES || b.length !== HASHES) return 0;
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}
