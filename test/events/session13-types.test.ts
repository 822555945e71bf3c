import { describe, expect, it } from 'vitest';
import { constructedSentences } from './helpers.js';

// Constructed sentences (not from the seeds, the evaluation sets or the articles read) for the event-type rules of
// session 13 (docs/EVENTS.md §30): the kinds of failure that recur across the readable sets, read from heldout9 and
// intl3 and counted over the other sets.

const { types, one } = constructedSentences('session13-types-test');

describe('killings told as a toll', () => {
  it('a killing is the toll of an act only when another assault of the sentence names it', () => {
    expect(types('وأسفرت عملية السطو عن مقتل حارس المحل وإصابة صاحبه.')).toContain('ASSAULT');
    expect(types('وأسفر الهجوم الانتحاري عن مقتل 5 جنود.').filter((t) => t === 'ASSAULT')).toHaveLength(1);
    expect(types('وأسفر حادث المرور عن مقتل شخصين.')).not.toContain('ASSAULT');
  });
});

describe('police and courts', () => {
  it('a unit taking charge of a case is an investigation; a pledge is none', () => {
    expect(types('وتعهدت فرقة الشرطة العدلية بالمنستير بالقضية.')).toContain('ACCUSE');
    expect(types('وتعهد الوزير بالبحث عن حلول لمشاكل الفلاحين.')).not.toContain('ACCUSE');
  });
  it('a prison sentence passed far from its verb is a conviction; the prison as a place is none', () => {
    expect(types('وقضت محكمة الجنايات في العاصمة يوم الاثنين بحق المتهم الرئيسي بالسجن 10 سنوات.')).toContain(
      'ACCUSE',
    );
    expect(types('وقضى الرجل أربع سنوات في السجن قبل أن يهاجر.')).not.toContain('ACCUSE');
  });
  it('foiling an act is coercion, and the act foiled is negated', () => {
    expect(types('وتمكنت وحدات الحرس البحري من إحباط عملية إبحار خلسة.')).toContain('COERCE');
    expect(one('وأحبطت الشرطة هجوما إرهابيا على محطة القطارات.', 'ASSAULT').modality).toBe('negated');
    expect(types('ويعيش الشباب حالة من الإحباط.')).not.toContain('COERCE');
  });
});

describe('words and meetings', () => {
  it('a verbal attack in a statement is a criticism', () => {
    expect(types('وهاجم المتحدث باسم الحكومة في بيان الصحف المعارضة.')).toContain('ACCUSE');
    expect(types('وهاجم مسلحون مركزا للشرطة وقتلوا حارسين.')).toContain('ASSAULT');
  });
  it('a meeting convened is a meeting; a press conference convened is none', () => {
    expect(types('وأكد الوزير على هامش انعقاد المجلس الجهوي للتنمية أن المشاريع ستنطلق.')).toContain(
      'CONSULT',
    );
    expect(types('وانعقدت ندوة صحفية بمقر الحزب.')).not.toContain('CONSULT');
  });
  it('a proposal put to someone is a request', () => {
    expect(types('واقترحت النقابة على الوزارة تأجيل الامتحانات.')).toContain('REQUEST');
  });
  it('an explosion that kills or wounds is an attack, unless a machine exploded', () => {
    expect(types('وأصيب 12 شخصا في انفجار قرب محطة للحافلات.')).toContain('ASSAULT');
    expect(types('وأصيب عاملان في انفجار داخل مصنع للمواد الكيميائية.')).not.toContain('ASSAULT');
  });
  it('a noun inside an organisation name past its head names no event', () => {
    expect(types('وشارك الأمين العام لمنظمة التعاون الإسلامي في المنتدى.')).not.toContain('COOPERATE');
  });
});
