import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize } from '../src/text/normalize.js';

describe('normalize', () => {
  it.each([
    ['أستانا', 'استانا'],
    ['إدلب', 'ادلب'],
    ['آذار', 'اذار'],
    ['سورية', 'سوريه'],
    ['مستشفى', 'مستشفي'],
    ['نزيفاً', 'نزيفا'],
    ['مُحَمَّد', 'محمد'],
    ['الـــجولة', 'الجوله'],
    ['١٣', '13'],
    ['۱۳', '13'],
    ['٣٫٥', '3.5'],
    ['NATO', 'nato'],
  ])('%s → %s', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('is idempotent on random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => normalize(normalize(s)) === normalize(s)));
  });

  it('is idempotent on random Arabic-block strings', () => {
    const arabic = fc.string({
      unit: fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)),
    });
    fc.assert(fc.property(arabic, (s) => normalize(normalize(s)) === normalize(s)));
  });
});
