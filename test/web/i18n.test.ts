import { afterEach, describe, expect, it } from 'vitest';
import { countOf, formatTimeValue, setLang } from '../../web/src/i18n.js';

describe('counted nouns', () => {
  afterEach(() => setLang('ar'));

  it('takes the Arabic form the number calls for', () => {
    setLang('ar');
    expect(countOf('article', 0)).toBe('لا مقالات');
    expect(countOf('article', 1)).toBe('مقال واحد');
    expect(countOf('article', 2)).toBe('مقالان');
    expect(countOf('article', 3)).toBe('3 مقالات');
    expect(countOf('article', 10)).toBe('10 مقالات');
    expect(countOf('article', 11)).toBe('11 مقالًا');
    expect(countOf('article', 99)).toBe('99 مقالًا');
    expect(countOf('article', 100)).toBe('100 مقال');
    expect(countOf('article', 103)).toBe('103 مقالات');
    expect(countOf('event', 21)).toBe('21 حدثًا');
    expect(countOf('result', 69)).toBe('69 نتيجة');
    expect(countOf('result', 1234)).toBe('1,234 نتيجة');
  });

  it('says singular and plural in English', () => {
    setLang('en');
    expect(countOf('article', 1)).toBe('1 article');
    expect(countOf('event', 21)).toBe('21 events');
  });
});

describe('time values', () => {
  afterEach(() => setLang('ar'));

  it('reads dates and simple durations in words, leaves the rest as it is', () => {
    setLang('ar');
    expect(formatTimeValue('2016-08-26')).toBe('26 أغسطس 2016');
    expect(formatTimeValue('2016-08')).toBe('أغسطس 2016');
    expect(formatTimeValue('P2D')).toBe('يومان');
    expect(formatTimeValue('P3M')).toBe('3 أشهر');
    expect(formatTimeValue('P1Y')).toBe('سنة واحدة');
    expect(formatTimeValue('PT5H')).toBe('5 ساعات');
    expect(formatTimeValue('2017-01-27TMO')).toBe('27 يناير 2017، صباحًا');
    expect(formatTimeValue('2017-01-27T14:30')).toBe('27 يناير 2017، الساعة 14:30');
    expect(formatTimeValue('PRESENT_REF')).toBe('الآن');
    expect(formatTimeValue('P1D', 'SET')).toBe('كل يوم');
    expect(formatTimeValue('P2W', 'SET')).toBe('كل أسبوعين');
    expect(formatTimeValue('P3D', 'SET')).toBe('كل 3 أيام');
    expect(formatTimeValue('2016-W23')).toBe('2016-W23');
    setLang('en');
    expect(formatTimeValue('P2D')).toBe('2 days');
  });
});
