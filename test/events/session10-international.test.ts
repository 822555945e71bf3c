import { describe, expect, it } from 'vitest';
import { constructedSentences } from './helpers.js';

// Constructed sentences (not from the seeds, the evaluation sets or the articles read) for the data of session 10i:
// the kinds of event and actor that international news (conflict, diplomacy, politics abroad) uses and the
// lexicon or the actor list lacked. Sections "(session 10i)" of data/events/triggers.tsv and data/events/actors.tsv.

const { events, one, codes, types } = constructedSentences('session10-international-test');

describe('kinds of event international news uses', () => {
  it('killing and executing in the active voice are assaults', () => {
    const e = one('ويقتل الجيش المدنيين يوميا في أحياء المدينة المحاصرة.', 'ASSAULT');
    expect(e.trigger.text).toContain('يقتل');
    const x = one('وأعدمت السلطات الإيرانية خمسة أشخاص بتهمة التجسس.', 'ASSAULT');
    expect(codes(x.actors)).toContain('IRNGOV');
  });
  it('clashes, skirmishes and battles between two sides are assaults', () => {
    expect(types('واشتبك المحتجون مع قوات الشرطة قرب مبنى البرلمان.')).toContain('ASSAULT');
    expect(types('واندلعت صدامات بين الشرطة ومئات المحتجين في العاصمة.')).toContain('ASSAULT');
    expect(types('ودارت معارك عنيفة بين الجيش ومقاتلي المعارضة في ريف المدينة.')).toContain('ASSAULT');
  });
  it('besieging and storming a place are coercion', () => {
    expect(types('وقامت قوات الأمن بمحاصرة المبنى الذي تحصن فيه المسلحون.')).toContain('COERCE');
    const e = one('واقتحمت قوات الاحتلال الإسرائيلي عدة قرى فجر اليوم.', 'COERCE');
    expect(codes(e.actors)).toContain('ISRMIL');
  });
  it('a suicide attack and a booby-trapped car are bombings', () => {
    expect(one('وأسفر هجوم انتحاري عن سقوط عشرات الضحايا.', 'ASSAULT').mode).toBe('suicide-attack');
    expect(one('وانفجرت سيارة ملغومة أمام مقر الشرطة.', 'ASSAULT').mode).toBe('explosives');
    expect(types('وتبنت الجماعة عملية إسقاط المروحية العسكرية.')).toContain('ASSAULT');
  });
  it('recalling an ambassador is a sanction; a veto is a rejection', () => {
    expect(one('وقررت الحكومة سحب سفيرها من العاصمة المجاورة.', 'SANCTION').mode).toBe('withdraw');
    expect(types('واستخدمت الدولة الفيتو ضد مشروع القرار في مجلس الأمن.')).toContain('REJECT');
  });
  it('deploying troops and military manoeuvres are mobilisations', () => {
    expect(types('وتعتزم الحكومة نشر قوات إضافية على الحدود الشمالية.')).toContain('MOBILIZE');
    expect(types('وأجرت البحرية مناورات عسكرية واسعة في الخليج.')).toContain('MOBILIZE');
  });
});

describe('war reporting', () => {
  it('destroying, incursions, barrel bombs and mortar shells are assaults', () => {
    expect(types('ودمرت الطائرات الحربية مستودعا للذخيرة قرب المطار.')).toContain('ASSAULT');
    expect(types('وتوغلت دبابات الجيش في أطراف البلدة الحدودية.')).toContain('ASSAULT');
    expect(types('وألقت المروحيات براميل متفجرة على الأحياء الشرقية.')).toContain('ASSAULT');
    expect(one('وسقطت قذائف هاون على حي سكني وسط المدينة.', 'ASSAULT').mode).toBe('heavy-weapons');
  });
  it('a death by gunfire is a shooting; bullets alone are not', () => {
    const e = one('واستشهد شاب برصاص قوات الاحتلال قرب الحاجز العسكري.', 'ASSAULT');
    expect(e.mode).toBe('firearms');
    expect(codes(e.actors)).toContain('ISRMIL');
    expect(types('وعثرت الشرطة على كمية من الرصاص داخل السيارة.')).not.toContain('ASSAULT');
  });
  it('an ultimatum is a threat', () => {
    expect(one('وأمهل الجيش المسلحين يومين لمغادرة المدينة.', 'THREATEN').mode).toBe('ultimatum');
  });
});

describe('actors of international news', () => {
  it('air forces and general staffs are the army of the country named with them', () => {
    const e = one('وشن سلاح الجو الليبي غارات على مواقع للمتشددين.', 'ASSAULT');
    expect(codes(e.actors)).toContain('LBYMIL');
  });
  it('settlers are Israeli civilians; the Syrian opposition coalition is the opposition', () => {
    expect(codes(one('وهاجم المستوطنون منازل الفلسطينيين في البلدة.', 'ASSAULT').actors)).toContain('ISRCVL');
    expect(codes(one('وعقد الائتلاف الوطني السوري اجتماعا طارئا.', 'CONSULT').actors)).toContain('SYROPP');
  });
  it('leaders named without their office still carry their government', () => {
    expect(codes(one('وانتقد مادورو الإدارة الأمريكية بشدة.', 'ACCUSE').actors)).toContain('VENGOV');
    expect(codes(one('ورحب ترودو بالاتفاق الجديد.', 'SUPPORT').actors)).toContain('CANGOV');
    expect(codes(one('ودعا الظواهري أنصاره إلى التحرك.', 'REQUEST').actors)).toContain('IMGREB');
    expect(codes(one('وطالب العبادي البرلمان بالتصويت على الحكومة.', 'REQUEST').actors)).toContain('IRQGOV');
  });
  it('the UN secretary-general named alone is the UN, not his country', () => {
    const e = events('وأدان بان كي مون الهجوم على قافلة المساعدات.').find((x) => x.type === 'ACCUSE');
    expect(e).toBeDefined();
    expect(codes(e!.actors)).toContain('IGOUNO');
  });
  it('named armed groups, parliaments and UN agencies whose head word misleads get their own code', () => {
    expect(codes(one('وهاجم الجيش الحر مواقع القوات الحكومية.', 'ASSAULT').actors)).toContain('SYRREB');
    expect(codes(one('وأعلن الكنيست رفضه لمشروع القانون.', 'REJECT').actors)).toContain('ISRLEG');
    expect(codes(one('وطالبت الأونروا الدول المانحة بتمويل إضافي.', 'REQUEST').actors)).toContain('IGOUNO');
  });
});
