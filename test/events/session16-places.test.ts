import { describe, expect, it } from 'vitest';
import { constructedSentences } from './helpers.js';

// Session 16 (place.ts, docs/EVENTS.md §38): the place phrase as written with the places it lies in (a smaller place
// before its governorate, a building before its town), and an act cut from its clause by a following act of the same
// type. Constructed sentences, not from the seeds, the evaluation sets or the articles read.

const { events } = constructedSentences('session16-places-test');

const placeOf = (body: string, type: string): string | null =>
  events(body).find((e) => e.type === type)?.place?.name ?? null;

describe('the place phrase with the places it lies in', () => {
  it('a smaller place and the governorate it belongs to', () => {
    const p = placeOf(
      'تمكن أعوان الحرس الوطني أمس من حجز كمية من السجائر بمنطقة الخضراء من ولاية القصرين.',
      'COERCE',
    );
    expect(p).toContain('الخضراء');
    expect(p).toContain('ولاية القصرين');
  });

  it('a smaller place joined by التابعة ل: the smaller place is kept', () => {
    const p = placeOf(
      'نفذ عدد من الأهالي وقفة احتجاجية اليوم بمنطقة العوامر التابعة لولاية سيدي بوزيد للمطالبة بالتشغيل.',
      'PROTEST',
    );
    expect(p).toContain('العوامر');
  });

  it('a building named before the town it stands in', () => {
    const p = placeOf(
      'نفذ عدد من الأساتذة وقفة احتجاجية اليوم أمام مقر المندوبية الجهوية للتربية بصفاقس.',
      'PROTEST',
    );
    expect(p).toContain('مقر المندوبية');
    expect(p).toContain('صفاقس');
  });

  it('a building, past the clitic on its head', () => {
    const p = placeOf('نفذ أعوان الصحة وقفة احتجاجية اليوم بالمستشفى الجهوي بالقيروان.', 'PROTEST');
    expect(p).toMatch(/^المستشفى الجهوي/);
  });

  it('a country before في is no smaller place', () => {
    const p = placeOf(
      'وكانت حملة مقاطعة داعمي إسرائيل في لبنان قد نظمت مسيرة احتجاجية أمس في بيروت.',
      'PROTEST',
    );
    expect(p ?? '').not.toMatch(/^إسرائيل/);
  });
});

describe('an act cut from its clause by an act of the same type', () => {
  it('a strike that targets someone near a city', () => {
    expect(placeOf('شن الطيران الحربي غارة استهدفت قياديا في التنظيم قرب مدينة الرقة.', 'ASSAULT')).toContain(
      'الرقة',
    );
  });

  it('not a visit: its destination is its place', () => {
    const visit = events('ويزور الوزير مصر لإجراء مباحثات مع الرئيس حول الوضع في سوريا.').find(
      (e) => e.type === 'CONSULT' && e.trigger && e.place !== null,
    );
    expect(visit?.place?.name ?? '').not.toBe('سوريا');
  });
});
