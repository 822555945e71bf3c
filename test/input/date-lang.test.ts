import { describe, expect, it } from 'vitest';
import { detectLang, normalizePublished, parseIsoDay } from '../../src/read/index.js';

describe('normalizePublished', () => {
  it.each([
    ['2019-08-02', '2019-08-02'],
    ['2019-08-02T10:18:00+01:00', '2019-08-02'],
    // the zone's local date, not UTC: 00:30 in Damascus is still the 2nd there
    ['2019-08-02T00:30:00+03:00', '2019-08-02'],
    ['2018-11-28T23:59:59-05:00', '2018-11-28'],
    ['2019-08-02 10:00', '2019-08-02'],
    ['20190802', '2019-08-02'],
    ['2019/8/2', '2019-08-02'],
    ['17/05/2015', '2015-05-17'],
    ['02-08-2019', '2019-08-02'],
    ['١٧/٠٥/٢٠١٥', '2015-05-17'],
    ['Fri, 02 Aug 2019 10:00:00 +0300', '2019-08-02'],
    ['2 August 2019', '2019-08-02'],
    ['August 2, 2019', '2019-08-02'],
    [1564704000, '2019-08-02'],
    [1564704000000, '2019-08-02'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePublished(input)).toBe(expected);
  });

  it.each(['', 'yesterday', '2019-02-30', '31/02/2019', '2019-13-01', null, {}, 'Foo 2, 2019'])(
    'rejects %j',
    (input) => {
      expect(normalizePublished(input)).toBeNull();
    },
  );

  it('parseIsoDay takes only a real YYYY-MM-DD', () => {
    expect(parseIsoDay('2019-08-02')).toBe('2019-08-02');
    expect(parseIsoDay('2019-8-2')).toBeNull();
    expect(parseIsoDay('2019-02-29')).toBeNull();
    expect(parseIsoDay('2020-02-29')).toBe('2020-02-29');
  });
});

describe('detectLang', () => {
  it('recognises Arabic, English, French and other scripts', () => {
    expect(detectLang('انطلقت المحادثات في العاصمة الكازاخية أمس بمشاركة الدول الضامنة').lang).toBe('ar');
    expect(
      detectLang('Talks on Syria opened in the Kazakh capital on Thursday, the foreign ministry said.').lang,
    ).toBe('en');
    expect(
      detectLang('Les pourparlers sur la Syrie se sont ouverts jeudi dans la capitale, selon le ministère.')
        .lang,
    ).toBe('fr');
    expect(detectLang('Переговоры по Сирии начались в четверг в столице Казахстана.').lang).toBe('other');
  });

  it('treats Arabic with some Latin words as Arabic, and very short text as Arabic', () => {
    expect(
      detectLang('قالت وكالة Reuters إن المحادثات في Astana انتهت دون اتفاق على وقف إطلاق النار').lang,
    ).toBe('ar');
    expect(detectLang('OK').lang).toBe('ar');
  });
});
