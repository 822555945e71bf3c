import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDateInput } from '../../web/src/dates.js';
import {
  formatDate,
  MONTH_NAME_SERIES,
  monthNamesForLocales,
  setLang,
  setMonthNames,
} from '../../web/src/i18n.js';

const toArabicIndic = (s: string): string => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
const toPersian = (s: string): string => s.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));

describe('month names by region', () => {
  afterEach(() => {
    setLang('ar');
    setMonthNames('common');
  });

  it('writes a date in the series the reader chose, from Intl', () => {
    setLang('ar');
    const expected = {
      common: ['26 أغسطس 2016', 'يناير 2017'],
      levant: ['26 آب 2016', 'كانون الثاني 2017'],
      maghreb: ['26 أوت 2016', 'جانفي 2017'],
      morocco: ['26 غشت 2016', 'يناير 2017'],
      mauritania: ['26 أغشت 2016', 'يناير 2017'],
    };
    for (const series of MONTH_NAME_SERIES) {
      setMonthNames(series);
      expect([formatDate('2016-08-26'), formatDate('2017-01')]).toEqual(expected[series]);
      expect(formatDate('2016')).toBe('2016');
    }
    setMonthNames('maghreb');
    expect(formatDate('2017-06-05')).toBe('5 جوان 2017');
    expect(formatDate('2017-07-25')).toBe('25 جويلية 2017');
    setMonthNames('levant');
    expect(formatDate('2016-12-03')).toBe('3 كانون الأول 2016');
    setMonthNames('mauritania');
    expect(formatDate('2016-09-12')).toBe('12 شتمبر 2016');
    expect(formatDate('2016-12')).toBe('دجمبر 2016');
    // English dates are English whatever the Arabic series.
    setLang('en');
    expect(formatDate('2016-08-26')).toBe('26 Aug 2016');
  });

  it('leaves what is not a calendar date as written', () => {
    expect(formatDate('2016-13')).toBe('2016-13');
    expect(formatDate('2016-06-31')).toBe('2016-06-31');
    expect(formatDate('spring')).toBe('spring');
  });

  it('picks the series from the browser locale until the reader chooses', () => {
    expect(monthNamesForLocales(['ar-TN'])).toBe('maghreb');
    expect(monthNamesForLocales(['fr-FR', 'ar-DZ'])).toBe('maghreb');
    expect(monthNamesForLocales(['ar-MA'])).toBe('morocco');
    expect(monthNamesForLocales(['ar-MR'])).toBe('mauritania');
    expect(monthNamesForLocales(['fr-MR', 'ar-MR'])).toBe('mauritania');
    for (const tag of ['ar-SY', 'ar-LB', 'ar-IQ', 'ar-JO', 'ar-PS'])
      expect(monthNamesForLocales([tag])).toBe('levant');
    expect(monthNamesForLocales(['ar-EG'])).toBe('common');
    expect(monthNamesForLocales(['ar'])).toBe('common');
    expect(monthNamesForLocales(['en-US', 'not a tag'])).toBe('common');
    // The first Arabic locale decides: an Egyptian reader with a Lebanese fallback reads يناير.
    expect(monthNamesForLocales(['ar-EG', 'ar-LB'])).toBe('common');
  });
});

describe('typed dates', () => {
  it('reads every Mauritanian month name, as Intl writes them for ar-MR', () => {
    const names = 'يناير فبراير مارس إبريل مايو يونيو يوليو أغشت شتمبر أكتوبر نوفمبر دجمبر'.split(' ');
    const f = new Intl.DateTimeFormat('ar-MR', { month: 'long', timeZone: 'UTC' });
    names.forEach((name, i) => {
      expect(f.format(new Date(Date.UTC(2016, i, 15)))).toBe(name);
      expect(parseDateInput(`7 ${name} 2016`), name).toBe(`2016-${String(i + 1).padStart(2, '0')}-07`);
    });
  });

  it('reads the forms an Arabic analyst types', () => {
    const cases: [string, string | null][] = [
      ['2016', '2016'],
      ['2016-08', '2016-08'],
      ['2016-08-26', '2016-08-26'],
      ['26/8/2016', '2016-08-26'],
      ['3/4/2016', '2016-04-03'],
      ['8/2016', '2016-08'],
      ['٢٦/٨/٢٠١٦', '2016-08-26'],
      ['۲۶-۸-۲۰۱۶', '2016-08-26'],
      ['26 أوت 2016', '2016-08-26'],
      ['26 اوت 2016', '2016-08-26'],
      ['آب 2016', '2016-08'],
      ['3 كانون الأول 2016', '2016-12-03'],
      ['كانون الثاني ٢٠١٧', '2017-01'],
      ['1 ماي 2017', '2017-05-01'],
      ['1 مايو 2017', '2017-05-01'],
      ['15 يوليوز 2017', '2017-07-15'],
      ['ابريل 2017', '2017-04'],
      ['26 Aug 2016', '2016-08-26'],
      // Mauritania (ICU's ar-MR): أغشت، شتمبر، دجمبر، إبريل.
      ['26 أغشت 2016', '2016-08-26'],
      ['26 اغشت 2016', '2016-08-26'],
      ['12 شتمبر 2016', '2016-09-12'],
      ['دجمبر ٢٠١٦', '2016-12'],
      ['3 إبريل 2017', '2017-04-03'],
      [' 2016 ', '2016'],
      ['29/2/2016', '2016-02-29'],
      ['29/2/2015', null],
      ['31/4/2016', null],
      ['13/13/2016', null],
      ['2016-13', null],
      ['16', null],
      ['أمس', null],
      ['2016 <script>', null],
      ['', null],
    ];
    for (const [text, want] of cases) expect(parseDateInput(text), text).toBe(want);
  });

  it('reads back every date the app writes, in every series and digit system', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...MONTH_NAME_SERIES),
        fc.constantFrom('day', 'month'),
        fc.constantFrom((s: string) => s, toArabicIndic, toPersian),
        (date, series, precision, digits) => {
          setLang('ar');
          setMonthNames(series);
          const iso = date.toISOString().slice(0, precision === 'day' ? 10 : 7);
          expect(parseDateInput(digits(formatDate(iso)))).toBe(iso);
        },
      ),
    );
    setMonthNames('common');
  });
});
