import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/doc/index.js';
import { analyse } from './helpers.js';

// Constructed sentences (not from the seeds) for each modality and for the argument rules.
function events(body: string): Event[] {
  return analyse('', body, '2021-03-01').events;
}
function one(body: string, type: Event['type']): Event {
  const e = events(body).find((x) => x.type === type);
  expect(e, `${type} in ${body}`).toBeDefined();
  return e!;
}

describe('modality and negation', () => {
  it('asserted', () =>
    expect(one('قصفت الطائرات الحربية مواقع المسلحين في حلب.', 'ASSAULT').modality).toBe('asserted'));
  it('negated by لم / لن / عدم', () => {
    expect(one('لم يلتق الوزير نظيره التركي.', 'CONSULT').modality).toBe('negated');
    expect(one('قال المتحدث إن الحكومة لن تشارك في المحادثات.', 'CONSULT').modality).toBe('negated');
  });
  it('planned, then prevented, is negated', () => {
    const e = one('كان من المقرر أن يحضر الوزير الاجتماع، لكن المرض حال دون ذلك.', 'CONSULT');
    expect(e.modality).toBe('negated');
  });
  it('planned', () =>
    expect(one('من المقرر أن تعقد الجولة المقبلة من المحادثات في جنيف.', 'CONSULT').modality).toBe(
      'planned',
    ));
  it('expected', () =>
    expect(one('ومن المتوقع أن يتوصل الطرفان إلى اتفاق.', 'AGREE').modality).toBe('expected'));
  it('hypothetical', () =>
    expect(one('هدد الجيش بشن هجوم إذا لم ينسحب المسلحون.', 'THREATEN').modality).toBe('asserted'));
  it('reported, with attribution', () => {
    const e = one('وقالت وزارة الداخلية إن الشرطة اعتقلت خمسة أشخاص في تونس.', 'COERCE');
    expect(e.modality).toBe('reported');
    expect(e.attribution?.text).toBe('وزارة الداخلية');
  });
  it('demanded', () => {
    expect(one('طالبت النقابة بالإفراج عن المعتقلين.', 'RETREAT').modality).toBe('demanded');
    expect(one('طالبت النقابة بالإفراج عن المعتقلين.', 'REQUEST').modality).toBe('asserted');
  });
});

describe('hard negatives', () => {
  it('a football "attack" is no assault', () => {
    expect(
      events('قاد المهاجم هجوم الفريق في المباراة وسجل هدفا في مرمى الحارس.').filter(
        (e) => e.type === 'ASSAULT',
      ),
    ).toEqual([]);
  });
  it('a festival called تظاهرة is no protest', () => {
    expect(
      events('افتتحت وزارة الثقافة تظاهرة الأيام السينمائية بسوسة.').filter((e) => e.type === 'PROTEST'),
    ).toEqual([]);
  });
  it('a vote tally is no rejection', () => {
    expect(
      events('صادق المجلس على القانون بموافقة 120 نائبا ورفض 5 آخرين.').filter((e) => e.type === 'REJECT'),
    ).toEqual([]);
  });
});

describe('arguments', () => {
  it('codes a government delegation and its partner', () => {
    const e = one('التقى الوفد الروسي وفد الحكومة السورية في جنيف.', 'CONSULT');
    expect(e.actors[0]?.code).toBe('RUSGOV');
    expect(e.targets.map((t) => t.code)).toContain('SYRGOV');
  });
  it('codes UN envoys to IGOUNO', () => {
    const e = one('واجتمع المبعوث الأممي مع المعارضة السورية.', 'CONSULT');
    expect(e.actors[0]?.code).toBe('IGOUNO');
  });
  it('reads the agent of a nominal attack', () => {
    const e = one('أدان البيان القصف الذي نفذته قوات النظام على المدينة من جانب الجيش السوري.', 'ASSAULT');
    expect(e.actors.map((a) => a.code).some((c) => c.startsWith('SYR'))).toBe(true);
  });
  it('merges the mentions of one happening', () => {
    const doc = analyse(
      'انطلاق محادثات جنيف',
      'انطلقت في جنيف الجولة 5 من المحادثات بين الحكومة والمعارضة. وتستمر المحادثات يومين.',
      '2021-03-01',
    );
    const talks = doc.events.filter((e) => e.type === 'CONSULT');
    expect(talks).toHaveLength(1);
    expect(talks[0]!.details?.round).toBe(5);
    expect(talks[0]!.evidence.length).toBeGreaterThanOrEqual(2);
  });
});

describe('modality: future, author asides and own words', () => {
  it('a future verb governing an event noun makes it planned', () =>
    expect(one('وقال الكاتب العام إن الأعوان سيواصلون تحركاتهم الاحتجاجية.', 'PROTEST').modality).toBe(
      'planned',
    ));
  it('an event dated after the publication day is planned', () =>
    expect(one('نفذ الأطباء إضرابا يوم 10 مارس 2021 بالمستشفى الجهوي.', 'PROTEST').modality).toBe('planned'));
  it('an event dated before it stays asserted', () =>
    expect(one('نفذ الأطباء إضرابا يوم 10 فيفري 2021 بالمستشفى الجهوي.', 'PROTEST').modality).toBe(
      'asserted',
    ));
  it('"تجدر الإشارة إلى أن" is the author speaking, not a report', () =>
    expect(one('تجدر الإشارة إلى أن المحتجين نفذوا وقفة احتجاجية أمس.', 'PROTEST').modality).not.toBe(
      'reported',
    ));
  it('"على حد قوله" / "وفق تعبيره" leave the speaker\'s own demand asserted', () =>
    expect(one('ودعا النائب الحكومة إلى الاستقالة، وفق تعبيره.', 'REQUEST').modality).toBe('asserted'));
  it('"سياسة" and "سيارة" are no future verbs', () =>
    expect(one('ونفذ المحتجون وقفة احتجاجية قرب سيارات الشرطة.', 'PROTEST').modality).toBe('asserted'));
});

describe('called-off events', () => {
  it('"تعليق الإضراب" is a strike called off', () =>
    expect(one('قررت النقابة تعليق الإضراب واستئناف العمل.', 'PROTEST').modality).toBe('negated'));
});

describe('alleged and reported by a participle', () => {
  it('the charge of an accusation is reported', () =>
    expect(one('اتهمت الحكومة المعارضة بتنظيم هجوم على مقر البلدية.', 'ASSAULT').modality).toBe('reported'));
  it('"مشيرا إلى أنه تم توفير المساعدات" is reported', () =>
    expect(one('وأكد المسؤول نجاح العملية، مشيرا إلى أنه تم توفير المساعدات للعائلات.', 'AID').modality).toBe(
      'reported',
    ));
});
