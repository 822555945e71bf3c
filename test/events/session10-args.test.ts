import { describe, expect, it } from 'vitest';
import { constructedSentences } from './helpers.js';

// Constructed sentences (not from the seeds or the evaluation sets) for the argument rules of session 10
// (docs/EVENTS.md section 20).

const { one, codes } = constructedSentences('session10-args-test');

describe('the addressee of a call is the agent of the act called for', () => {
  it('"دعا X Y إلى + act": Y, not X, does the act', () => {
    const e = one(
      'ودعا النائب في تصريح لإذاعة "موزاييك أف أم" على هامش "منتدى الحوار" رئيس الجمهورية إلى التراجع عن هذا القرار.',
      'CONCEDE',
    );
    expect(codes(e.actors).some((c) => c.endsWith('GOV'))).toBe(true);
  });
  it('with no addressee the caller is not made the agent', () => {
    const e = one('ودعا الاتحاد العام التونسي للشغل إلى التراجع عن قرار الترفيع في الأسعار.', 'CONCEDE');
    expect(codes(e.actors)).not.toContain('TUNGOV');
  });
});

describe('"من + place" is an origin, not the scene', () => {
  it('goods smuggled from a country: the country is no scene of the seizure', () => {
    const e = one('وتقدر قيمة السلع المهربة من ليبيا بنحو 17 ألف دينار كما تم حجز السيارة.', 'COERCE');
    expect(e.place?.name ?? null).toBeNull();
  });
  it('a list of places after "في كل من" stays locative', () => {
    const e = one('نفذ الأساتذة إضرابا في كل من ولايات جندوبة والكاف.', 'PROTEST');
    expect(e.place?.name).toContain('جندوبة');
  });
});
