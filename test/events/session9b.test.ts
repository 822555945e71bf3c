import { describe, expect, it } from 'vitest';
import { constructedSentences } from './helpers.js';

// Constructed sentences (not from the seeds or the evaluation sets) for the rules of session 9b, one block per kind
// of error found by reading the output on unseen ANT sentences (seed 5151; docs/EVENTS.md section 16).

const { events, one, sectors, types } = constructedSentences('session9b-test');

describe('kinds of event the lexicon lacked', () => {
  it('a negotiating or reconciliation session between parties is talks', () => {
    const e = one('وانعقدت أمس جلسة تفاوضية بين وزارة التجهيز والنقابة العامة للطرقات.', 'CONSULT');
    expect(sectors(e.actors)).toContain('GOV');
    expect(sectors(e.targets)).toContain('LAB');
    expect(types('وتقرر تأجيل الإضراب إثر جلسة صلحية عقدت بمقر الولاية.')).toContain('CONSULT');
  });
  it('bringing down a counted group is an arrest; bringing down a ruler is none', () => {
    const e = one('تمكن أعوان الحرس الوطني بالمنطقة من الإطاحة بـ4 منحرفين مختصين في السرقة.', 'COERCE');
    expect(e.mode).toBe('arrest');
    expect(types('ونجحت الفرقة في الإطاحة بخمسة عناصر مفتش عنهم.')).toContain('COERCE');
    expect(types('ونجح الأعوان في الإطاحة بأحد أخطر مروجي المخدرات بالجهة.')).toContain('COERCE');
    expect(types('وشارك الحزب في الاحتجاجات التي أدت إلى الإطاحة بالرئيس السابق.')).not.toContain('COERCE');
  });
});

describe('mentions that name no event', () => {
  it('"دون سابق إنذار" (without notice) is no ultimatum', () => {
    expect(types('وأعلنت الشركة أن التيار سيعود دون سابق إنذار بعد نهاية الأشغال.')).not.toContain(
      'THREATEN',
    );
    expect(types('ووجه الاتحاد إنذارا إلى الإدارة قبل الدخول في إضراب.')).toContain('THREATEN');
  });
  it('the participle "صادر" (issued) is no seizure; the verb with its object is one', () => {
    const seized = events('وتم إيقاف شاب صادر في شأنه 12 منشور تفتيش.').filter(
      (e) => e.mode === 'confiscate',
    );
    expect(seized).toHaveLength(0);
    expect(events('وجاء في بلاغ صادر عن الوزارة أن الطريق مغلقة.').map((e) => e.mode)).not.toContain(
      'confiscate',
    );
    expect(events('وصادرت الشرطة كميات من الأسلحة.').map((e) => e.mode)).toContain('confiscate');
  });
  it('a phone call with the radio or its reporter is an interview, no talks', () => {
    const body =
      'وقال الوزير السابق للتجارة في تصريح مطول اليوم في اتصال هاتفي مع الجوهرة أف أم إن الأسعار سترتفع.';
    expect(events(body).map((e) => e.mode)).not.toContain('phone');
    expect(events('وأجرى الرئيس اتصالا هاتفيا مع نظيره الفرنسي.').map((e) => e.mode)).toContain('phone');
  });
  it('"يدعو إلى" a feeling (gives cause for it) asks no one for anything', () => {
    expect(types('وقال إن تأخر صرف المنح يدعو إلى الاستغراب.')).not.toContain('REQUEST');
    expect(types('واعتبر أن الوضع الحالي يدعو للقلق.')).not.toContain('REQUEST');
    expect(types('ودعا الوزير النقابات إلى الحوار.')).toContain('REQUEST');
  });
});

describe('codes', () => {
  it('the dean of a profession, a body or a faculty is no brigadier', () => {
    const e = one('ندد عميد المحامين بإحالة محام على التحقيق.', 'ACCUSE');
    expect(sectors(e.actors)).not.toContain('MIL');
    const f = one('انتقد عميد كلية الآداب قرار الوزارة.', 'ACCUSE');
    expect(sectors(f.actors)).toContain('EDU');
  });
  it('"فريق" is a team; the rank is "الفريق" before a name', () => {
    const e = one('وأمضت الشركة اتفاقية شراكة مع فريق برشلونة.', 'AGREE');
    expect(sectors(e.targets)).not.toContain('MIL');
    const f = one('تمكن الفريق الخاص بمنطقة الأمن الوطني من القبض على عصابة مختصة في السرقة.', 'COERCE');
    expect(sectors(f.actors)).not.toContain('MIL');
    const g = one('والتقى الفريق أحمد قايد صالح بوزير الدفاع الفرنسي.', 'CONSULT');
    expect(sectors([...g.actors, ...g.targets])).toContain('MIL');
  });
  it('"حفظ النظام" is public order, no regime', () => {
    const e = one('تمكنت وحدات خاصة لحفظ النظام من إيقاف 4 عناصر مفتش عنهم.', 'COERCE');
    expect(e.actors.map((a) => a.text)).not.toContain('النظام');
  });
  it('"الداخلية" after a definite noun other than a ministry is an adjective, no Interior Ministry', () => {
    const e = one('وتم تنفيذ برامج بالشراكة مع الوزارات لفائدة المناطق الداخلية.', 'COOPERATE');
    expect(sectors(e.actors)).not.toContain('GOV');
    const f = one('ونددت وزارة الداخلية بالاعتداء على عون أمن.', 'ACCUSE');
    expect(sectors(f.actors)).toContain('GOV');
    const g = one('ونددت الداخلية بالاعتداء على عون أمن.', 'ACCUSE');
    expect(sectors(g.actors)).toContain('GOV');
  });
});

describe('agents', () => {
  it('after قام the pronoun on the act is its object: the noun before is no agent', () => {
    const body = 'اختطف شابان امرأة من الحي وقاما باغتصابها.';
    const rape = events(body).find((x) => x.type === 'ASSAULT' && x.mode !== 'abduct');
    expect(rape, body).toBeDefined();
    expect(rape!.actors.map((a) => a.text)).not.toContain('امرأة');
  });
});
