import { describe, expect, it } from 'vitest';
import { tunisianSentences } from './helpers.js';
import { createDoc } from '../../src/doc/index.js';
import { defaultPipeline } from '../../src/pipeline/default.js';

const { one, codes, types, events } = tunisianSentences('session12-intl-test');

// Constructed sentences (not from the seeds nor the evaluation sets) for the session-12 rules on international news.

describe('claims of responsibility name the agent of an attack', () => {
  it('a verb of claiming with the act’s pronoun, past the noun’s complements', () => {
    const e = one('وأدت هجمات في عدة مدن أوروبية تبناها تنظيم "داعش" إلى مقتل العشرات.', 'ASSAULT');
    expect(codes(e.actors)).toEqual(['IMGREB']);
  });
  it('a relative clause of claiming', () => {
    const e = one('وقتل 12 شخصا في الهجوم الذي تبنته حركة الشباب.', 'ASSAULT');
    expect(codes(e.actors)).toEqual(['SOMREB']);
  });
  it('whoever stands behind the attacks did them', () => {
    const e = one('ندد الوزير بالهجمات التي تقف وراءها جماعة بوكو حرام.', 'ASSAULT');
    expect(codes(e.actors)).toEqual(['NGAREB']);
  });
  it('crimes committed by a group are the group’s, not the publisher’s', () => {
    const e = one('نشرت الصحيفة صورا لمجازر ارتكبها داعش في سوريا.', 'ASSAULT');
    expect(codes(e.actors)).toEqual(['IMGREB']);
  });
});

describe('actor codes of foreign bodies', () => {
  it('a ministry of defence is the military', () => {
    const e = one('أعلنت وزارة الدفاع الروسية عن تدمير مواقع للمسلحين في ريف حمص.', 'ASSAULT');
    expect(codes(e.actors)).toEqual(['RUSMIL']);
  });
});

describe('nationals named by their nationality alone', () => {
  it('a nisba after على is the patient, coded with the bare country', () => {
    const e = one('تمكنت الشرطة الإيطالية من إلقاء القبض على مغربي يدعى كريم في ميلانو.', 'COERCE');
    expect(codes(e.actors)).toEqual(['ITACOP']);
    expect(codes(e.targets)).toEqual(['MAR']);
  });
  it('the same nisba after a noun stays an adjective', () => {
    const e = one('أعلنت الشرطة المغربية عن إيقاف شخص.', 'COERCE');
    expect(codes(e.actors)).toEqual(['MARCOP']);
  });
});

describe('armed groups named by their kind', () => {
  it('rebels are REB of the country named', () => {
    const e = one('وقتل ثلاثة جنود في هجوم شنه متمردون في مالي.', 'ASSAULT');
    expect(codes(e.actors)).toEqual(['MLIREB']);
  });
});

describe('hostage-taking', () => {
  it('holding hostages is an assault, not an arrest', () => {
    const t = types('قام مسلح باحتجاز عدد من الرهائن داخل مطعم في مدينة ملبورن.');
    expect(t).toContain('ASSAULT');
    expect(t).not.toContain('COERCE');
  });
  it('the storming that leads to it is the same act', () => {
    const t = types('أقدم مسلح على اقتحام مصرف في مدينة ليون واحتجاز عدد من الموظفين كرهائن.');
    expect(t.filter((x) => x === 'ASSAULT')).toHaveLength(1);
    expect(t).not.toContain('COERCE');
  });
  it('an arrest stays an arrest', () =>
    expect(types('قررت النيابة احتجاز المشتبه به في مركز الشرطة.')).toContain('COERCE'));
});

describe('warnings addressed to someone', () => {
  it('a state warning another state shares intelligence', () => {
    const e = one('وقالت المصادر إن روسيا حذرت فرنسا قبل تنفيذ الضربات.', 'COOPERATE');
    expect(codes(e.actors)).toEqual(['RUS']);
    expect(codes(e.targets)).toEqual(['FRA']);
  });
  it('a state warning its own citizens advises them', () =>
    expect(types('حذرت بريطانيا يوم الأحد مواطنيها من السفر إلى المنطقة.')).toContain('REQUEST'));
  it('a warning of something, addressed to no one, is neither', () => {
    const t = types('حذر الخبراء من مخاطر التدخين بعد الإفطار.');
    expect(t).not.toContain('COOPERATE');
    expect(t).not.toContain('REQUEST');
  });
});

describe('judgements in political rhetoric', () => {
  it('calling a state a cancer is a criticism', () =>
    expect(types('ووصف الرئيس الحكومة الإسرائيلية بأنها "ورم سرطاني" في المنطقة.')).toContain('ACCUSE'));
  it('a neutral description is none', () =>
    expect(types('ووصف المسؤول الحالة الصحية للمصاب بالمستقرة.')).not.toContain('ACCUSE'));
});

describe('the channel of a statement', () => {
  it('a phone call with a news agency is an interview, no talks', () =>
    expect(
      types('وقال مدير المستشفى الميداني في المدينة القديمة في اتصال هاتفي مع رويترز إن الوضع خطير.'),
    ).not.toContain('CONSULT'));
  it('a phone call between leaders stays talks', () =>
    expect(types('وبحث الرئيس الفرنسي في اتصال هاتفي مع نظيره الروسي الأزمة السورية.')).toContain('CONSULT'));
});

describe('blame', () => {
  it('laying the blame on someone is an accusation, whatever the word order', () =>
    expect(types('وتلقي السلطات باللوم في الهجمات على جماعات انفصالية.')).toContain('ACCUSE'));
  it('the participle of holding someone responsible', () =>
    expect(types('وطالبت الصحيفة بالإفراج عن الصحفي، محملة الخاطفين المسؤولية عن سلامته.')).toContain(
      'ACCUSE',
    ));
  it('a loaded truck blames no one', () =>
    expect(types('وتم حجز شاحنة محملة بالأغذية قرب الحدود.')).not.toContain('ACCUSE'));
});

describe('unmarked forces in a foreign town (with the entities layer)', () => {
  const actorsOf = (title: string, body: string): string[] => {
    const doc = defaultPipeline().run(
      createDoc({ id: 'abroad', title, body, published: '2017-03-01', source: 'Jawhara FM' }),
    );
    return doc.events.find((e) => e.type === 'COERCE')!.actors.map((a) => a.code);
  };
  it('are that country’s, not the outlet’s', () => {
    expect(
      actorsOf(
        'أخبار تونس',
        'تمكنت الوحدات الأمنية خلال اليومين الماضيين من إلقاء القبض على تونسي مطلوب في مدينة صبراتة الليبية.',
      ),
    ).toEqual(['LBYCOP']);
  });
  it('stay the outlet’s in a home town', () => {
    expect(
      actorsOf(
        'أخبار ليبيا',
        'تمكنت الوحدات الأمنية خلال اليومين الماضيين من إلقاء القبض على ليبي مطلوب في مدينة صفاقس.',
      ),
    ).toEqual(['TUNCOP']);
  });
});

describe('blame: someone said to be behind an act', () => {
  it('is accused by the speaker', () => {
    const e = one('ورجحت الشرطة الفرنسية أن يكون تنظيم داعش وراء التفجير الذي استهدف المحطة.', 'ACCUSE');
    expect(codes(e.actors)).toEqual(['FRACOP']);
  });
  it('not when the speaker denies it', () => {
    expect(types('ونفى المتحدث أن يكون تنظيم داعش وراء التفجير الذي استهدف المحطة.')).not.toContain('ACCUSE');
  });
});

describe('a warning shared with several states', () => {
  it('is one event per state warned', () => {
    const shared = events('وذكرت المصادر أن فرنسا حذرت ألمانيا وإيطاليا وإسبانيا من هجمات محتملة.').filter(
      (e) => e.type === 'COOPERATE',
    );
    expect(shared.map((e) => codes(e.targets))).toEqual([['DEU'], ['ITA'], ['ESP']]);
    expect(shared.every((e) => codes(e.actors).join() === 'FRA')).toBe(true);
  });
});
