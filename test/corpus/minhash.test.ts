import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lshBands, minhash, similarity } from '../../src/corpus/minhash.js';

/** The definition the stored signatures were computed by (strings built, one mixer call per value). */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
function mix(h: number, seed: number): number {
  let x = (h ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
function reference(words: readonly string[]): number[] {
  if (words.length < 3) return [];
  const shingles = new Set<number>();
  for (let i = 0; i + 3 <= words.length; i++)
    shingles.add(fnv1a(`${words[i]} ${words[i + 1]} ${words[i + 2]}`));
  const sig = new Array<number>(64).fill(0xffffffff);
  for (const s of shingles) {
    for (let k = 0; k < 64; k++) sig[k] = Math.min(sig[k]!, mix(s, k + 1));
  }
  return sig;
}

describe('minhash', () => {
  it('computes the signatures stored so far, for any words (Arabic, Latin, astral)', () => {
    const word = fc.oneof(
      fc.constantFrom('في', 'أستانا', 'الجولة', 'المحادثات', 'سوريا', 'Astana', '13', ''),
      fc.string({ unit: fc.constantFrom('ا', 'ب', 'ة', 'a', 'Z', '7', '\u{1d54f}', '\u0000'), maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (words) => {
        expect(minhash(words)).toEqual(reference(words));
      }),
    );
  });

  it('computes the band keys stored so far (the values of each band joined by commas, hashed)', () => {
    const bandsReference = (sig: readonly number[]): string[] =>
      Array.from(
        { length: 16 },
        (_, b) => `${b}:${fnv1a(sig.slice(b * 4, b * 4 + 4).join(',')).toString(36)}`,
      );
    const value = fc.oneof(fc.constantFrom(0, 1, 9, 10, 99, 100, 0xffffffff), fc.nat({ max: 0xffffffff }));
    fc.assert(
      fc.property(fc.array(value, { minLength: 64, maxLength: 64 }), (sig) => {
        expect(lshBands(sig)).toEqual(bandsReference(sig));
      }),
    );
    const words = 'انطلقت اليوم في أستانا الجولة الثالثة عشرة من المحادثات'.split(' ');
    expect(lshBands(minhash(words))).toEqual(bandsReference(minhash(words)));
  });

  it('finds a republished text similar and an unrelated one not', () => {
    const text = 'انطلقت اليوم في أستانا الجولة الثالثة عشرة من المحادثات حول سوريا بمشاركة الدول الضامنة';
    const words = text.split(' ');
    const edited = [...words.slice(0, -1), 'وتركيا', 'وإيران'];
    const other = 'ارتفعت أسعار زيت الزيتون في صفاقس مع بداية موسم الجني هذا العام'.split(' ');
    expect(similarity(minhash(words), minhash(edited))).toBeGreaterThan(0.5);
    expect(similarity(minhash(words), minhash(other))).toBeLessThan(0.2);
    expect(lshBands(minhash(words))).toHaveLength(16);
  });
});
