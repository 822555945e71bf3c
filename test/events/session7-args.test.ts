import { describe, expect, it } from 'vitest';
import { constructedSentences } from './helpers.js';

// Constructed sentences (not from the seeds, the evaluation sets or the lead's probe articles) for the argument,
// code and modality rules of session 7, written against MENA political and conflict reporting.

const { events, one, codes } = constructedSentences('session7-args-test');

describe('an office and the name after it are one actor', () => {
  it('a president and his counterpart: actor and target, each with their code', () => {
    const e = one('التقى الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون في باريس.', 'CONSULT');
    expect(codes(e.actors)).toEqual(['EGYGOV']);
    expect(codes(e.targets)).toEqual(['FRAGOV']);
    expect(e.targets[0]!.text).toContain('نظيره');
  });
  it('a military rank before a name belongs to the name', () => {
    const e = one('واتهم المتحدث باسم الجيش العقيد سامي حداد الميليشيات بالهجوم على المعبر.', 'ACCUSE');
    expect(e.actors).toHaveLength(1);
    expect(e.actors[0]!.text).toContain('العقيد');
  });
  it('after a definite title an indefinite nisba is a name, not a nationality', () => {
    const e = one('وقال العقيد تركي العنزي إن القوات أحبطت هجوما على الحدود.', 'ASSAULT');
    expect(
      events('وقال العقيد تركي العنزي إن القوات أحبطت هجوما على الحدود.').flatMap((x) => codes(x.actors)),
    ).not.toContain('TURMIL');
    expect(e).toBeDefined();
  });
});

describe('who does what an accusation charges', () => {
  it('the accused is the agent of the charged act, reported by the accuser', () => {
    const list = events('اتهمت وزارة الداخلية العراقية "خلايا إرهابية" بتفجير سيارة مفخخة في سوق شعبي.');
    const accuse = list.find((e) => e.type === 'ACCUSE')!;
    expect(codes(accuse.actors)).toEqual(['IRQGOV']);
    const attack = list.find((e) => e.type === 'ASSAULT')!;
    expect(attack.modality).toBe('reported');
    expect(attack.actors.map((a) => a.text).join(' ')).toContain('خلايا');
    expect(attack.attribution?.text).toContain('وزارة الداخلية');
  });
  it('a weapon after ب is an instrument, neither agent nor target', () => {
    const list = events('اتهم الجيش اللبناني مسلحين بقصف بلدة حدودية بقذائف هاون وصواريخ كاتيوشا.');
    const attack = list.find((e) => e.type === 'ASSAULT')!;
    expect(attack.targets.map((t) => t.text).join(' ')).not.toContain('كاتيوشا');
    expect(attack.actors.map((a) => a.text).join(' ')).not.toContain('قذائف');
  });
  it('"بخرق الهدنة": the truce is no act of the accused', () => {
    const list = events('واتهمت الحكومة السودانية قوات الدعم السريع بخرق الهدنة.');
    const truce = list.find((e) => e.type === 'RETREAT');
    if (truce) expect(truce.actors).toHaveLength(0);
  });
});

describe('owners, instruments and clauses', () => {
  it('"لوقف هجماته": the owner of the attacks is the antecedent of the pronoun, not the addressee', () => {
    const e = events('ودعت الجامعة العربية تركيا إلى الضغط على الجيش لوقف هجماته على المدنيين.').find(
      (x) => x.type === 'ASSAULT',
    );
    if (e) expect(codes(e.actors)).not.toContain('TUR');
  });
  it('aircraft without a country take none from the document', () => {
    const e = one('قصفت طائرات حربية مواقع في ريف حلب، وقالت الحكومة السورية إنها ستحقق.', 'ASSAULT');
    expect(codes(e.actors)).not.toContain('SYRMIL');
  });
  it('a coalition is its leader’s', () => {
    const e = one('شنت مقاتلات التحالف بقيادة الولايات المتحدة غارات على مواقع في الموصل.', 'ASSAULT');
    expect(codes(e.actors)).toContain('USAMIL');
  });
  it('a subject with the conjunction و opens its own clause in a headline', () => {
    const e = one('توتر في البصرة والحكومة العراقية تتهم ميليشيات بالتصعيد', 'ACCUSE');
    expect(codes(e.actors)).toEqual(['IRQGOV']);
  });
  it('a drone is no march', () =>
    expect(events('أسقطت الدفاعات الجوية طائرة مسيرة قرب المطار.').map((e) => e.type)).not.toContain(
      'PROTEST',
    ));
  it('the object of a reception is found past the date and the venue', () => {
    const e = one(
      'استقبل الرئيس اللبناني ميشال عون صباح اليوم الاثنين 16 مارس 2020 بقصر بعبدا رئيس الحكومة حسان دياب.',
      'CONSULT',
    );
    expect(codes(e.targets)).toContain('LBNGOV');
  });
});

describe('negation, relative clauses, members and operations', () => {
  it('"ولم يحضر": negated, and the meeting it governs is no second event', () => {
    const list = events('ولم يحضر وزير الخارجية الأردني الاجتماع بسبب وعكة صحية.');
    expect(list.filter((e) => e.type === 'CONSULT')).toHaveLength(1);
    expect(list[0]!.modality).toBe('negated');
    expect(codes(list[0]!.actors)).toEqual(['JORGOV']);
  });
  it('the subject of a relative clause on an event noun is its agent, not its place', () => {
    const e = one('وانهارت الهدنة بعد خرق الاتفاق الذي توصلت إليه القاهرة والدوحة الشهر الماضي.', 'AGREE');
    expect(codes(e.actors).sort()).toEqual(['EGY', 'QAT']);
    expect(e.place).toBeNull();
  });
  it('the group whose members are arrested is the target; an operation during it is the same arrest', () => {
    const list = events(
      'أعلن الجيش العراقي (الجيش) اعتقال 7 عناصر من تنظيم الدولة الإسلامية خلال عملية أمنية في محافظة الأنبار.',
    );
    const arrests = list.filter((e) => e.type === 'COERCE');
    expect(arrests).toHaveLength(1);
    expect(codes(arrests[0]!.actors)).toEqual(['IRQMIL']);
    expect(codes(arrests[0]!.targets)).toEqual(['IMGREB']);
    expect(arrests[0]!.place?.name).toContain('الأنبار');
  });
  it('a nationality adjective is no entity of the actor (the gloss names the code)', () => {
    const e = one('وشنت المقاتلات الإسرائيلية غارات على مواقع في جنوب لبنان.', 'ASSAULT');
    expect(codes(e.actors)).toEqual(['ISRMIL']);
    expect(e.gloss).toMatch(/^Israel military/);
  });
});

describe('both sides of clashes, and their headline', () => {
  it('a pair after an adjective and a time between commas: one side actor, the other target', () => {
    const e = one(
      'اندلعت اشتباكات عنيفة، مساء اليوم الخميس، بين الجيش السوداني وقوات الدعم السريع في محور الخرطوم بحري.',
      'ASSAULT',
    );
    expect(codes(e.actors)).toEqual(['SDNMIL']);
    expect(e.targets).toHaveLength(1);
    expect(e.place?.name).toContain('محور');
  });
  it('a headline that names no one is the body’s clashes when the body gives no other place', () => {
    const list = events('واندلعت اشتباكات بين الجيش العراقي ومسلحين من العشائر.', 'اشتباكات عنيفة ليلة أمس');
    // (session 11: the clashes are two ASSAULT, one each way, both from the same merged mentions)
    const assaults = list.filter((e) => e.type === 'ASSAULT');
    expect(assaults).toHaveLength(2);
    expect(assaults[0]!.trigger).toEqual(assaults[1]!.trigger);
  });
  it('forces named by their commander are one actor, and a second party after و stays apart', () => {
    const e = one('اندلعت اشتباكات بين قوات الحكومة وقوات العميد المتقاعد سالم بن عيسى.', 'ASSAULT');
    expect(e.actors).toHaveLength(1);
    expect(e.targets).toHaveLength(1);
  });
});

describe('hosts, topics, counts and coalitions', () => {
  it('a host holds the meeting; a country after بشأن is its topic; counted states are no state of the document', () => {
    const list = events(
      'واستضافت فرنسا في باريس الشهر الماضي مؤتمرا بشأن لبنان بمشاركة 15 دولة، وتعهد المشاركون فيه بتقديم مساعدات.',
    );
    const meeting = list.find((e) => e.type === 'CONSULT')!;
    expect(codes(meeting.actors)).toEqual(['FRA']);
    expect(list.flatMap((e) => codes(e.actors))).not.toContain('LBN');
    expect(list.flatMap((e) => codes(e.actors))).not.toContain('LBNGOV');
  });
  it('"with the participation of" describes the talks before it, and a capital after العاصمة is their place', () => {
    const list = events(
      'وستنطلق المحادثات بين الحكومة السودانية والحركات المسلحة في العاصمة الإثيوبية أديس أبابا، بمشاركة وفود من الطرفين.',
    );
    const talks = list.filter((e) => e.type === 'CONSULT');
    expect(talks).toHaveLength(1);
    expect(talks[0]!.actors.map((a) => a.text).join(' ')).not.toContain('أديس');
  });
  it('two parties consenting together agree', () =>
    expect(events('وقال الوسيط إن الطرفين وافقا على وقف التصعيد.').map((e) => e.type)).toContain('AGREE'));
  it('a coalition named bare later is the one named with its leader', () => {
    const list = events(
      'وشنت مقاتلات التحالف بقيادة السعودية غارات على صنعاء. واتهمت جماعة الحوثي التحالف بارتكاب مجزرة.',
    );
    const accuse = list.find((e) => e.type === 'ACCUSE')!;
    expect(codes(accuse.targets)).toEqual(['SAUMIL']);
  });
});

describe('rules from the session’s own probe articles (Iraq, Lebanon, Sudan)', () => {
  it('a person named bare takes the code the document gives them with their office', () => {
    const list = events(
      'التقى رئيس الوزراء العراقي مصطفى الكاظمي رئيس البرلمان محمد الحلبوسي في بغداد.',
      'الكاظمي يلتقي الحلبوسي في بغداد',
    );
    for (const e of list.filter((x) => x.type === 'CONSULT')) expect(codes(e.actors)).toContain('IRQGOV');
  });
  it('who is condemned is the agent of the act condemned', () => {
    const e = one('أدان وزير الخارجية الأردني الغارات الإسرائيلية على غزة.', 'ACCUSE');
    expect(codes(e.targets)).toEqual(['ISRMIL']);
  });
  it('the object past the subject’s seat after في', () => {
    const e = one('واتهم البرلمان العراقي في بغداد الولايات المتحدة بالتدخل في الانتخابات.', 'ACCUSE');
    expect(codes(e.targets)).toEqual(['USA']);
  });
  it('a possessive on the genitive names the country of the office', () => {
    const e = one('وقالت الحكومة الإيرانية إن وزير خارجيتها حذر من أن طهران سترد على أي هجوم.', 'THREATEN');
    expect(codes(e.actors)).toEqual(['IRNGOV']);
  });
  it('the content of a threat is planned; on a condition, hypothetical', () => {
    expect(one('وهددت الولايات المتحدة بفرض عقوبات على المسؤولين.', 'SANCTION').modality).toBe('planned');
  });
  it('an act in an adjunct of circumstance is not the clause subject’s', () => {
    const e = one('يلتقي وزير الخارجية المصري نظيره السوداني وسط احتجاجات في الخرطوم.', 'PROTEST');
    expect(e.actors).toHaveLength(0);
  });
  it('a verb right after an indefinite act noun has that act’s agent', () => {
    const list = events('وخرجت مسيرات تطالب برحيل الحكومة.');
    expect(list.find((e) => e.type === 'REQUEST')?.actors ?? []).toHaveLength(0);
  });
  it('an envoy’s remit after ل stands between the office and the name; the purpose of a visit is the visitor’s', () => {
    const list = events(
      'ومن المتوقع أن يزور المبعوث الأممي للشرق الأوسط جون سميث دمشق لإجراء محادثات مع الحكومة.',
    );
    const talks = list.find((e) => e.type === 'CONSULT' && e.trigger.text.includes('محادثات'));
    expect(talks?.actors.map((a) => a.text).join(' ')).toContain('المبعوث');
    expect(talks?.modality).toBe('expected');
  });
  it('"الشؤون الداخلية" is affairs, no ministry; peacekeepers are the UN', () => {
    const list = events('ودعت قوات حفظ السلام الدولية الطرفين إلى عدم التدخل في الشؤون الداخلية.');
    const req = list.find((e) => e.type === 'REQUEST')!;
    expect(codes(req.actors)).toEqual(['IGOUNO']);
    expect(list.flatMap((e) => [...e.actors, ...e.targets]).map((a) => a.text)).not.toContain('الداخلية');
  });
  it('security forces firing tear gas are its agent', () =>
    expect(
      codes(one('وأطلقت قوات الأمن السودانية الغاز المسيل للدموع على المحتجين.', 'COERCE').actors),
    ).toEqual(['SDNCOP']));
});
