import { describe, expect, it } from 'vitest';
import { constructedSentences, tunisianSentences } from './helpers.js';
import { agreementOf, agrees, fitsType } from '../../src/annotate/events/dropped-subject.js';
import type { ActorMention } from '../../src/annotate/events/actors.js';
import type { Word } from '../../src/annotate/events/words.js';

// Session 16 (dropped-subject.ts, adjunct-agent.ts): a support verb that opens its clause with no subject written ("كما تمكنت من
// حجز …") carries the agent of the nearest act before it, in its sentence, the sentences before or the title, when
// that agent agrees with the verb and fits the act. Constructed sentences, not from the seeds, the evaluation sets
// or the articles read.

const { events } = constructedSentences('session16-dropped-subject-test');

const actorsOf = (body: string, title: string, type: string, trigger: string): string[] =>
  events(body, title)
    .filter((e) => e.type === type && e.trigger.end - e.trigger.start === trigger.length)
    .flatMap((e) => e.actors.map((a) => a.code));

const phrase = (over: Partial<ActorMention>): ActorMention => ({
  from: 0,
  to: 1,
  start: 0,
  end: 1,
  code: 'TUNGOV',
  country: 'TUN',
  sector: 'GOV',
  entity: null,
  isCountry: false,
  capital: false,
  adjectival: false,
  ...over,
});
const head = (taMarbuta: boolean): Word[] => [
  {
    start: 0,
    end: 1,
    norm: 'x',
    keys: [],
    baseKeys: [],
    boundary: false,
    prep: null,
    definite: true,
    possessive: false,
    taMarbuta,
  },
];

describe('the agreement a verb shows', () => {
  it('plural, feminine and masculine forms', () => {
    expect(agreementOf('تمكنوا')).toBe('plural');
    expect(agreementOf('يقومون')).toBe('plural');
    expect(agreementOf('وتمكنت')).toBe('feminine');
    expect(agreementOf('تقوم')).toBeNull();
    expect(agreementOf('تمكن')).toBeNull();
    expect(agreementOf('قام')).toBe('masculine');
    expect(agreementOf('يقوم')).toBe('masculine');
  });

  it('a feminine head is no masculine subject, one person no plural one', () => {
    expect(agrees('masculine', phrase({}), head(true))).toBe(false);
    expect(agrees('feminine', phrase({}), head(true))).toBe(true);
    expect(agrees('plural', phrase({ person: true }), head(false))).toBe(false);
    expect(agrees('plural', phrase({ sector: 'COP', code: 'TUNCOP' }), head(false))).toBe(true);
  });

  it('an act of force is carried only to forces or an armed group', () => {
    expect(fitsType('COERCE', phrase({ sector: 'LAB', code: 'TUNLAB' }))).toBe(false);
    expect(fitsType('COERCE', phrase({ sector: 'MIL', code: 'TUNMIL' }))).toBe(true);
    expect(fitsType('PROTEST', phrase({ sector: 'COP', code: 'TUNCOP' }))).toBe(false);
    expect(fitsType('REQUEST', phrase({ sector: 'LAB', code: 'TUNLAB' }))).toBe(true);
  });
});

describe('a dropped subject carried from the acts before', () => {
  it('from the title: the army that arrests also seizes', () => {
    const seized = events(
      'كما تمكنت من حجز كمية من الأسلحة والذخيرة ومبالغ مالية.',
      'الجيش الجزائري يلقي القبض على 3 إرهابيين',
    ).filter((e) => e.type === 'COERCE' && e.trigger.start > 40);
    expect(seized.flatMap((e) => e.actors.map((a) => a.code))).toContain('DZAMIL');
  });

  it('from the clause before in the same sentence', () => {
    expect(
      actorsOf(
        'وكانت قوات من الأمن المصري قد تبادلت إطلاق النار مع مسلحين، وتمكنت من حجز كميات من المتفجرات.',
        'خبر',
        'COERCE',
        'حجز',
      ).some((c) => c.startsWith('EGY')),
    ).toBe(true);
  });

  it('a support verb with its own subject carries nothing', () => {
    const held = events(
      'وقام مسلح باحتجاز عدد من الرهائن في مقهى.',
      'الشرطة الأسترالية تحاصر مقهى في سيدني',
    ).filter((e) => e.type === 'ASSAULT');
    expect(held.flatMap((e) => e.actors.map((a) => a.code))).not.toContain('AUSCOP');
  });

  it('a union is no agent of a seizure', () => {
    const seized = events(
      'كما تمكنت من حجز كمية من السلع.',
      'النقابة العامة للتعليم تطالب بالزيادة في الأجور',
    ).filter((e) => e.type === 'COERCE');
    expect(seized.flatMap((e) => e.actors.map((a) => a.code)).some((c) => c.endsWith('LAB'))).toBe(false);
  });
});

// adjunct-agent.ts: an act in an adjunct of time or purpose of its clause is done by the clause's subject
const tunisian = tunisianSentences('session16-adjunct-agent-test');
const agentsOf = (body: string, type: string): string[] =>
  tunisian
    .events(body)
    .filter((e) => e.type === type)
    .flatMap((e) => e.actors.map((a) => a.code));

describe('the agent of an act in an adjunct of its clause', () => {
  it('a purpose with ل set off by a comma', () => {
    expect(
      agentsOf(
        'أغلق مواطنون صباح اليوم الطريق الرابطة بين القريتين، للاحتجاج على تردي البنية التحتية.',
        'PROTEST',
      ),
    ).toContain('TUNCVL');
  });

  it('an act during which the clause happens, past a partitive subject', () => {
    expect(
      agentsOf(
        'عبر عدد من الفلاحين عن غضبهم من غلاء الأعلاف وذلك خلال وقفات احتجاجية أمام مقر الولاية.',
        'PROTEST',
      ),
    ).toContain('TUNAGR');
  });

  it('ل after a noun is its genitive, no purpose', () => {
    expect(agentsOf('وقال إن أكبر عدد للاعتداءات بالعنف سجل في ولاية منوبة.', 'ASSAULT')).toEqual([]);
  });
});

// relative-aside.ts: a relative clause set between a subject and the rest of its clause
describe('a relative aside between a subject and its verb', () => {
  it('an act inside the aside does not block the support verb’s subject', () => {
    expect(agentsOf('وألقت الشرطة، التي فرضت طوقا أمنيا، القبض على هذا الرجل.', 'COERCE')).toContain(
      'TUNCOP',
    );
  });

  it('the phrase before the aside is the subject, the one after the verb its object', () => {
    const request = tunisian
      .events('الاتحاد الجهوي للشغل الذي يمثل العمال في الجهة، دعا الحكومة إلى فتح تحقيق.')
      .find((e) => e.type === 'REQUEST');
    expect(request?.actors.map((a) => a.code)).toEqual(['TUNLAB']);
    expect(request?.targets.map((a) => a.code)).toEqual(['TUNGOV']);
  });

  it('a support verb after the aside', () => {
    expect(
      agentsOf('الوحدات الأمنية، التي تدخلت على عين المكان، تمكنت من إيقاف المشتبه به.', 'COERCE'),
    ).toContain('TUNCOP');
  });

  it('a definite noun right after a support verb is its subject, nothing is carried', () => {
    const held = tunisian
      .events('وقامت المجموعة باختطاف أحد الحراس.', 'الجيش الوطني يقتل ثلاثة إرهابيين')
      .filter((e) => e.type === 'ASSAULT' && e.trigger.start > 35);
    expect(held.flatMap((e) => e.actors.map((a) => a.code)).some((c) => c.endsWith('MIL'))).toBe(false);
  });
});
