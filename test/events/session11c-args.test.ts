import { describe, expect, it } from 'vitest';
import { constructedSentences, tunisianSentences } from './helpers.js';

// Constructed sentences (not from the seeds or the evaluation sets) for the argument rules of session 11's third
// arguments round (docs/EVENTS.md section 25).

const { one, codes } = constructedSentences('session11c-args-test');
const tn = tunisianSentences('session11c-args-tn');

describe('passive acts', () => {
  it('an act after تم past an adjunct has no agent, and the speaker who tells it is none', () => {
    const e = tn.one('وأضافت الوزارة أنه تم خلال هذه المداهمة حجز بنادق صيد وكمية من الذخيرة.', 'COERCE');
    expect(e.actors).toEqual([]);
  });
  it('a second act joined to a passive one is passive too', () => {
    const e = tn.one('وقد أكد الناطق الرسمي أنه تم إيقاف ثلاثة أشخاص وحجز سيارتهم.', 'COERCE');
    expect(e.actors).toEqual([]);
  });
});

describe('agent phrases', () => {
  it('the agent phrase of a verbal noun outranks the subject of the clause around it', () => {
    const e = tn.one(
      'وأكد المحامي أن موكله مازال مودعا بالسجن، بمقتضى بطاقة الإيداع الصادرة في حقه من قبل قاضي التحقيق.',
      'COERCE',
    );
    expect(codes(e.actors)).toEqual(['TUNJUD']);
  });
});

describe('speakers and officers', () => {
  it('a subject followed by a speech verb (headline SVO) is no agent of the act it tells', () => {
    const e = tn.one('النائب سامي الطرابلسي ينفي إيقاف شقيقه في مطار قرطاج.', 'COERCE');
    expect(codes(e.actors)).not.toContain('TUNLEG');
  });
  it("a person right after an officer's phrase takes the body's code", () => {
    const e = one(
      'وانتقد عضو المكتب التنفيذي لحزب نداء تونس سامي العياري في اجتماع بالمنستير أداء الحكومة.',
      'ACCUSE',
    );
    expect(codes(e.actors)).toEqual(['TUNPTY']);
  });
});

describe('places', () => {
  it("the reporter's seat after في is no place of the event", () => {
    const e = tn.one(
      'وتم حجز كمية من المخدرات، حسب ما صرح به مصدر أمني لمراسل الجوهرة أف أم في القيروان.',
      'COERCE',
    );
    expect(e.place).toBeNull();
  });
});
