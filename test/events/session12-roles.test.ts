import { describe, expect, it } from 'vitest';
import { countryPlace, PLACED_TYPES } from '../../src/annotate/events/roles.js';
import type { Entity } from '../../src/doc/index.js';
import { tunisianSentences } from './helpers.js';

const { events, one, codes } = tunisianSentences('session12-roles');

// Session 12 (src/annotate/events/roles.ts): general role analysis on constructed sentences (not from the seeds nor
// the evaluation sets).

describe('a verbal noun with its subject and object (مصدر + فاعل + مفعول)', () => {
  it('a definite genitive followed by a counted object is the agent', () => {
    const e = one('واحتج التجار على حجز الشرطة البلدية كمية من السلع.', 'COERCE');
    expect(codes(e.actors)).toEqual(['TUNCOP']);
  });
  it('a genitive followed by an actor in the accusative: agent, then patient', () => {
    const e = one('وأدان الحزب مداهمة الشرطة مقر النقابة.', 'COERCE');
    expect(codes(e.actors)).toEqual(['TUNCOP']);
    expect(codes(e.targets)).toEqual(['TUNLAB']);
  });
  it('an indefinite genitive is followed by its adjective, not an object: it stays the patient', () => {
    const e = one('أذنت النيابة بإيقاف مواطن تركي مقيم بالعاصمة.', 'COERCE');
    expect(codes(e.actors)).not.toContain('TUR');
    expect(codes(e.targets)).toEqual(['TUR']);
  });
});

describe('patients of acts of force', () => {
  it('a counted genitive is the patient: "إيقاف 3 عناصر إرهابية"', () => {
    const e = one('أعلنت وزارة الداخلية عن إيقاف 3 عناصر إرهابية في جبل الشعانبي.', 'COERCE');
    expect(codes(e.targets)).toEqual(['TUNREB']);
    expect(codes(e.actors)).not.toContain('TUNREB');
  });
  it('the genitive of a harm noun is a victim, never the agent', () => {
    const e = one('مقتل جنود في هجوم انتحاري على ثكنة.', 'ASSAULT');
    expect(codes(e.actors)).not.toContain('TUNMIL');
  });
});

describe('the addressee of a demand', () => {
  it('is the phrase right before the complement, past adjuncts between commas', () => {
    const e = one('ودعا الأمين العام، في تصريح لمراسل الإذاعة، الحكومة إلى التحرك السريع.', 'REQUEST');
    expect(codes(e.targets)).toEqual(['TUNGOV']);
  });
  it('replaces a phrase inside a preposition taken as the object', () => {
    const e = one('وطالب النواب في جلسة عامة عقدت اليوم بالبرلمان وزير الداخلية بالاستقالة.', 'REQUEST');
    expect(codes(e.targets)).toEqual(['TUNGOV']);
  });
  it('a complement right after the subject leaves no addressee', () => {
    const e = one('وطالبت النقابة بإرجاء النظر في الملف إلى موعد لاحق.', 'REQUEST');
    expect(codes(e.targets)).toEqual([]);
  });
});

describe('a stance on a deed targets its doer', () => {
  it('the genitive of a deed in construct: "تنتقد دعم موسكو"', () => {
    const e = one('وانتقدت الحكومة دعم موسكو للمعارضة المسلحة.', 'ACCUSE');
    expect(codes(e.targets)).toEqual(['RUS']);
  });
  it('the sector adjective of a definite deed: "منددين بالتدخل الأمني"', () => {
    const e = one('ونظم الأهالي مسيرة منددين بالتدخل الأمني في المدينة.', 'ACCUSE');
    expect(codes(e.targets)).toEqual(['TUNCOP']);
  });
  it('the subject of a relative clause on the deed', () => {
    const e = one('وثمن الوزير المجهودات التي تبذلها الوحدات العسكرية في المناطق الحدودية.', 'SUPPORT');
    expect(codes(e.targets)).toEqual(['TUNMIL']);
  });
});

describe('an agent carried from the headline', () => {
  it('a demand with no agent in its sentence is the headline subject’s', () => {
    const e = one('ودعت إلى فتح تحقيق في الحادثة.', 'REQUEST', 'نقابة الصحفيين تندد بالاعتداء على مراسل');
    expect(codes(e.actors)).toEqual(['TUNLAB']);
  });
  it('not for an act of force, often told without its agent', () => {
    const e = one(
      'حجز 3 أطنان من السجائر المهربة بمدينة بن قردان.',
      'COERCE',
      'نقابة الصحفيين تندد بالاعتداء',
    );
    expect(codes(e.actors)).toEqual([]);
  });
  it('a carried agent merges no mentions: two protests of the sentence stay two', () => {
    const list = events(
      'وأكد أحدهم أنهم سيواصلون تحركاتهم الاحتجاجية وسيدخلون في اعتصام مفتوح بداية من السبت.',
      'التجار يواصلون غلق محلاتهم',
    ).filter((e) => e.type === 'PROTEST');
    expect(list.length).toBeGreaterThanOrEqual(2);
  });
});

describe('when not to place an event', () => {
  it('a whole country is no place of a verbal or cooperative act', () => {
    const country = { kb_id: 'kb:gpe:LBY' } as Entity;
    const city = { kb_id: 'kb:gpe:LBY:tripoli' } as Entity;
    expect(countryPlace(country)).toBe(true);
    expect(countryPlace(city)).toBe(false);
    expect(PLACED_TYPES.has('CONSULT')).toBe(false);
    expect(PLACED_TYPES.has('ASSAULT')).toBe(true);
  });
  it("a visit's destination stays its place", () =>
    expect(one('يؤدي وفد من البنك الدولي زيارة إلى تونس لدراسة الإصلاحات.', 'CONSULT').place?.name).toContain(
      'تونس',
    ));
  it('an act of force keeps the country it happens in', () =>
    expect(one('شنت طائرات التحالف غارات على مواقع في سوريا.', 'ASSAULT').place?.name).toContain('سوريا'));
});

describe('an object pronoun on the trigger (round 2)', () => {
  it('resolves to the nearest earlier phrase that agrees with it', () => {
    const e = one('دعا الرئيس إلى رفع الحصار عن قطر وتعهد بمواصلة دعمها.', 'SUPPORT');
    expect(codes(e.targets)).toEqual(['QAT']);
  });
  it('skips the speaker of the report', () => {
    const e = one('وأكد الناطق الرسمي باسم الوزارة أن النيابة لم تأذن بإيقافه.', 'COERCE');
    expect(codes(e.targets)).not.toContain('TUNGOV');
  });
});
