import { describe, expect, it } from 'vitest';
import { constructedSentences, tunisianSentences } from './helpers.js';

// Constructed sentences (not from the seeds or the evaluation sets) for the actor-coding rules of session 11b
// (docs/EVENTS.md section 23).

const { one, codes, events } = constructedSentences('session11b-actors-test');
const tn = tunisianSentences('session11b-actors-tn');

describe('persons named without their office', () => {
  it('a KB person with an office of their country codes to its government', () => {
    const e = tn.one('ودعا مهدي جمعة رجال الأعمال إلى الاستثمار في الجهات الداخلية.', 'REQUEST');
    expect(codes(e.actors)).toEqual(['TUNGOV']);
  });
  it('a family name alone takes the code of the named person of the actor list', () => {
    const e = one('وطالبت المعارضة برحيل الأسد عن السلطة.', 'REQUEST', 'مؤتمر للمعارضة السورية');
    expect(codes(e.targets)).toContain('SYRGOV');
  });
  it('a family name written with a vowel mark is the linked person of the document', () => {
    const e = one(
      'وقررت المحكمة تأجيل محاكمة مُبارك في قضية قتل متظاهرين إلى جلسة الشهر المقبل.',
      'ASSAULT',
      'تأجيل محاكمة الرئيس المصري الأسبق حسني مبارك',
    );
    expect(codes(e.actors)).toEqual(['EGYGOV']);
  });
});

describe('individual foreigners', () => {
  it('one person a masculine singular nisba describes is the bare country', () => {
    const e = one('وقال مسؤول إن صيادا إيرانيا قتل على يد قوات حرس الحدود.', 'ASSAULT', 'حادث على الحدود');
    expect(codes(e.targets)).toEqual(['IRN']);
  });
  it('a people is no person: its civil society', () => {
    const e = tn.one('وتظاهر الشباب التونسي أمام الوزارة.', 'PROTEST');
    expect(codes(e.actors)).toEqual(['TUNCVL']);
  });
});

describe('generic sector words', () => {
  it('sellers and owners of a business are BUS', () => {
    const e = tn.one('وطالب الباعة البلدية بالتدخل السريع لتنظيف السوق.', 'REQUEST');
    expect(codes(e.actors)).toEqual(['TUNBUS']);
  });
  it('the economic-control squad is the commerce administration (GOV)', () => {
    const e = tn.one('وحجزت فرقة المراقبة الاقتصادية بصفاقس كميات من السكر.', 'COERCE');
    expect(codes(e.actors)).toEqual(['TUNGOV']);
  });
});

describe('representatives of a body', () => {
  it('the representative of the prosecution is the judiciary of the country', () => {
    const e = tn.one('وطالب ممثل النيابة العمومية بتشديد العقوبة على المتهمين.', 'REQUEST');
    expect(codes(e.actors)).toEqual(['TUNJUD']);
  });
  it('the representative of a foreign government stays that government', () => {
    const list = events('والتقى ممثل الحكومة السورية المبعوث الأممي في جنيف.', 'محادثات جنيف');
    const codesOf = list.filter((ev) => ev.type === 'CONSULT').flatMap((ev) => codes(ev.actors));
    expect(codesOf).toContain('SYRGOV');
  });
});

describe('units attached to a body', () => {
  it('a squad attached to the customs is the customs (GOV)', () => {
    const e = tn.one('حجزت فرقة تابعة لمركز الديوانة بقليبية كمية من السجائر المهربة.', 'COERCE');
    expect(codes(e.actors)).toEqual(['TUNGOV']);
  });
  it('units attached to the national guard stay police', () => {
    const e = tn.one('وأوقفت وحدات تابعة للحرس الوطني ثلاثة أشخاص.', 'COERCE');
    expect(codes(e.actors)).toEqual(['TUNCOP']);
  });
});

describe('the Pope', () => {
  it('is the Holy See government', () => {
    const e = one('دعا بابا الفاتيكان فرنسيس إلى وقف القتال في سوريا.', 'REQUEST', 'رسالة الميلاد');
    expect(codes(e.actors)).toEqual(['VATGOV']);
  });
});
