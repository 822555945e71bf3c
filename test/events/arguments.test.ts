import { describe, expect, it } from 'vitest';
import { tunisianSentences } from './helpers.js';

const { events, one, codes } = tunisianSentences('arguments-test');

// Constructed sentences (not from the seeds nor the evaluation sets) for the argument rules: targets, places
// named elsewhere in the sentence, and agents named by a pronoun, a speaker or an earlier sentence.

describe('places', () => {
  it('a name after a place head is a place even when no gazetteer knows it', () => {
    const e = one('تمكنت الوحدات الأمنية من إيقاف شخصين بمعتمدية الزعفرانية.', 'COERCE');
    expect(e.place?.name).toContain('الزعفرانية');
  });
  it('a station or a street is named after its head; what a station serves is no name', () => {
    expect(one('نظم الأهالي مظاهرة في محطة الرمل.', 'PROTEST').place?.name).toContain('الرمل');
    expect(one('نظم الأهالي مظاهرة في محطة سيارات الأجرة.', 'PROTEST').place).toBeNull();
  });
  it('a descriptive word after a place head is no name', () =>
    expect(one('نفذ الجيش عملية عسكرية في منطقة جبلية.', 'ASSAULT').place).toBeNull());
  it('the smaller place comes first: "بمعتمدية X من ولاية Y"', () => {
    const e = one('أوقفت الوحدات الأمنية شابا بمعتمدية الشبيكة من ولاية القيروان.', 'COERCE');
    expect(e.place?.name).toContain('الشبيكة');
  });
  it('the subject of تشهد is the scene of the event', () => {
    const e = one('تشهد القصرين منذ أيام تحركات احتجاجية متواصلة.', 'PROTEST');
    expect(e.place?.name).toContain('القصرين');
  });
  it('an adjunct after a comma still belongs to the clause', () => {
    const e = one('تمكنت الوحدات الأمنية من إيقاف مهرب، في مدخل مدينة بوعرادة.', 'COERCE');
    expect(e.place?.name).toContain('بوعرادة');
  });
  it('a parenthesis does not close the clause', () =>
    expect(one('واعتقلت الشرطة الشاب (25 عاما) في مدينة صفاقس.', 'COERCE').place?.name).toContain('صفاقس'));
  it('where a person comes from is no place of the event', () =>
    expect(one('أوقفت الوحدات الأمنية شابا أصيل مدينة القصرين.', 'COERCE').place).toBeNull());
  it('the ends of a road are no place: the place named after them is', () => {
    const e = one('تم غلق الطريق الرابطة بين قفصة وتوزر على مستوى منطقة الشبيكة.', 'PROTEST');
    expect(e.place?.name).toContain('الشبيكة');
  });
  it('a verbal act takes no country it is about, nor a place of an earlier act', () => {
    expect(one('ندد الحزب بما يحدث من اقتتال في ليبيا.', 'ACCUSE').place).toBeNull();
    const list = events('نفذ الأساتذة وقفة احتجاجية بصفاقس للمطالبة بتسوية وضعياتهم.');
    expect(list.find((e) => e.type === 'PROTEST')?.place?.name).toContain('صفاقس');
    expect(list.find((e) => e.type === 'REQUEST')?.place).toBeNull();
  });
  it('a governorate that acts is an actor, not the place', () => {
    const e = one('أمضت ولاية قابس اتفاقية شراكة مع الاتحاد الأوروبي.', 'AGREE');
    expect(codes(e.actors)).toContain('TUNGOV');
    expect(e.place).toBeNull();
  });
  it("a topic (حول) or an envoy's remit (المبعوث إلى X) is no place", () => {
    expect(one('انطلقت أمس محادثات حول ليبيا.', 'CONSULT').place).toBeNull();
    expect(one('لم يحضر المبعوث الأممي إلى ليبيا الاجتماع.', 'CONSULT').place).toBeNull();
  });
  it('a scene set in a relative clause is not the scene of the main event', () => {
    const e = one('في الوقت الذي تشهد فيه القصرين احتقانا، انعقد اجتماع الحكومة.', 'CONSULT');
    expect(e.place).toBeNull();
  });
  it("a place right after another act is that act's", () => {
    const list = events('طالبت النقابة بوقف إطلاق النار في بنغازي وهددت بالإضراب.');
    expect(list.find((e) => e.type === 'THREATEN')?.place).toBeNull();
  });
  it('the place struck by a verb of force is its place', () =>
    expect(one('قصفت الطائرات الحربية مدينة الرقة.', 'ASSAULT').place?.name).toContain('الرقة'));
});

describe('targets', () => {
  it('a plural verb carries its subject: the noun phrase after it is the object', () => {
    const e = one('والمحتجون في المدينة طالبوا الحكومة بفتح باب الحوار.', 'REQUEST');
    expect(codes(e.actors)).toEqual(['TUNOPP']);
    expect(codes(e.targets)).toEqual(['TUNGOV']);
  });
  it('a pronoun after a speech verb: the speaker acts, the phrase after the verb is the object', () => {
    const e = one('أعلنت الحكومة الجزائرية، أمس، أنها ترفض الوفد الفرنسي.', 'REJECT');
    expect(codes(e.actors)).toEqual(['DZAGOV']);
    expect(codes(e.targets)).toEqual(['FRAGOV']);
  });
  it('a name in apposition to the subject is not the object', () => {
    const e = one('توعد زعيم حزب الله حسن نصر الله إسرائيل بالرد.', 'THREATEN');
    expect(codes(e.targets)).toEqual(['ISR']);
  });
  it('the genitive of a sentence is its patient: "قضت المحكمة بسجن أعوان الأمن"', () => {
    const e = one('قضت المحكمة الابتدائية بسجن أعوان الأمن المتهمين.', 'ACCUSE');
    expect(codes(e.actors)).toEqual(['TUNJUD']);
    expect(codes(e.targets)).toEqual(['TUNCOP']);
  });
  it('the group named inside the trigger is the patient: "تفكيك عصابة"', () =>
    expect(codes(one('تمكنت فرقة الأبحاث من تفكيك عصابة بالمنستير.', 'COERCE').targets)).toEqual(['TUNCRM']));
  it('aid goes to those after على, and to the subject of a verb of receiving', () => {
    expect(codes(one('انطلقت الوزارة في توزيع مساعدات على العائلات المعوزة.', 'AID').targets)).toEqual([
      'TUNCVL',
    ]);
    const e = one('تسلمت الإدارة الجهوية للصحة بالقصرين هبة من الاتحاد الأوروبي.', 'AID');
    expect(codes(e.actors)).toEqual(['IGOEEC']);
    expect(codes(e.targets)).toEqual(['TUNGOV']);
  });
  it('the casualties of an attack are its targets', () =>
    expect(
      codes(one('أدى انفجار لغم أرضي بجبل الشعانبي، مساء اليوم، إلى إصابة مواطن.', 'ASSAULT').targets),
    ).toEqual(['TUNCVL']));
  it('the subject of تعرض suffers the attack', () => {
    const e = one('تعرض عون أمن إلى اعتداء بسلاح أبيض.', 'ASSAULT');
    expect(codes(e.actors)).toEqual([]);
    expect(codes(e.targets)).toEqual(['TUNCOP']);
  });
  it('what follows إلى is the demand, not its addressee', () =>
    expect(one('ودعا الحزب إلى التهدئة لدعم جهود الحكومة.', 'REQUEST').targets).toEqual([]));
  it('two people of one sector stay actor and target: a young man attacked a citizen, CVL → CVL', () => {
    const e = one('وتعرض المواطن إلى اعتداء من طرف شاب.', 'ASSAULT');
    expect(codes(e.actors)).toEqual(['TUNCVL']);
    expect(codes(e.targets)).toEqual(['TUNCVL']);
  });
  it('the country of a republic named in the phrase: "سفارة جمهورية ألمانيا"', () =>
    expect(codes(one('أدى الوزير زيارة إلى سفارة جمهورية ألمانيا.', 'CONSULT').targets)).toEqual(['DEUGOV']));
  it('both sides of a clash: "مواجهات بين X و Y"', () => {
    const e = one('اندلعت مواجهات بين قوات الأمن ومحتجين في المدينة.', 'ASSAULT');
    expect(codes(e.actors)).toEqual(['TUNCOP']);
    expect(codes(e.targets)).toEqual(['TUNOPP']);
  });
});

describe('agents', () => {
  it('an announced event belongs to who announces it', () =>
    expect(codes(one('أعلنت النقابة الأساسية عن تنفيذ إضراب يوم الخميس.', 'PROTEST').actors)).toEqual([
      'TUNLAB',
    ]));
  it('an event announced with no عن belongs to who announces it', () =>
    expect(codes(one('أعلنت الشرطة الفرنسية الأحد إلقاء القبض على شاب.', 'COERCE').actors)).toEqual([
      'FRACOP',
    ]));
  it('the genitive of قيام acts: "بعد قيام عدد من المواطنين بالاحتجاج"', () =>
    expect(codes(one('وذلك بعد قيام عدد من المواطنين بالاحتجاج.', 'PROTEST').actors)).toEqual(['TUNCVL']));
  it('a purpose clause shares the agent of its act', () => {
    const e = one(
      'نفذ صباح اليوم عدد من الفلاحين بالقيروان وقفة احتجاجية أمام مقر الولاية وذلك للمطالبة بجدولة ديونهم.',
      'REQUEST',
    );
    expect(codes(e.actors)).toEqual(['TUNAGR']);
  });
  it('an act of the same kind joined by و shares the agent', () => {
    const list = events('تمكنت الوحدات الأمنية بنابل من تفكيك عصابة مختصة في السرقة وحجز كمية من المسروقات.');
    const seizure = list.filter((e) => e.type === 'COERCE').find((e) => e.trigger.text.includes('حجز'));
    expect(seizure && codes(seizure.actors)).toEqual(['TUNCOP']);
  });
  it('a pronoun subject is the agent of the sentence before', () => {
    const e = one('نفذ التجار وقفة احتجاجية أمام مقر البلدية. كما طالبوا الوالي بالتدخل.', 'REQUEST');
    expect(codes(e.actors)).toEqual(['TUNBUS']);
    expect(codes(e.targets)).toEqual(['TUNGOV']);
  });
  it('a verb with its own subject after it takes no antecedent', () => {
    const e = one('نفذ التجار وقفة احتجاجية. وطالب رضوان بمراجعة القانون.', 'REQUEST');
    expect(codes(e.actors)).not.toContain('TUNBUS');
  });
  it('a bare "الاتحاد" is the union the title named', () => {
    const e = one('وعبر الاتحاد عن رفضه لمشروع القانون.', 'REJECT', 'اتحاد الشغل يصدر بيانا حول القانون');
    expect(codes(e.actors)).toEqual(['TUNLAB']);
  });
  it('a subject before an auxiliary: "X كان قد التقى Y"', () => {
    const e = one('وكان وزير الخارجية قد التقى السفير الفرنسي في تونس.', 'CONSULT');
    expect(codes(e.actors)).toEqual(['TUNGOV']);
  });
  it('a plural in construct is a sector word: "مدرسو التعليم الأساسي"', () =>
    expect(codes(one('نفذ مدرسو التعليم الأساسي إضرابا بساعتين.', 'PROTEST').actors)).toEqual(['TUNEDU']));
  it('an administration of the police is a police unit', () =>
    expect(
      codes(
        one('تمكن أعوان الإدارة الفرعية للأبحاث بإدارة الشرطة العدلية من إيقاف مروج مخدرات.', 'COERCE')
          .actors,
      ),
    ).toEqual(['TUNCOP']));
  it('the subject of a verb governing the act with ب acts: "وأذنت السلط الأمنية بالتنسيق مع …"', () => {
    const e = one('وأذنت السلط الأمنية بالتنسيق مع النيابة العمومية بفتح بحث.', 'COOPERATE');
    expect(codes(e.actors)).toEqual(['TUNCOP']);
    expect(codes(e.targets)).toEqual(['TUNJUD']);
  });
  it('the owner of a decision acts: "أعلنت الحكومة السعودية قرارها قطع العلاقات"', () =>
    expect(
      codes(
        one('أعلنت وزارة الخارجية السعودية عبر بيان رسمي قرارها المفاجئ بقطع العلاقات مع قطر.', 'SANCTION')
          .actors,
      ),
    ).toEqual(['SAUGOV']));
  it('the donor of aid named in a relative clause', () => {
    const e = one('وتندرج السيارات ضمن الهبة التي تحصلت عليها الوزارة مؤخرا من البنك الدولي.', 'AID');
    expect(codes(e.actors)).toEqual(['IGOWBK']);
    expect(codes(e.targets)).toEqual(['TUNGOV']);
  });
  it('refugees are not of the country they are in', () =>
    expect(codes(one('ونفذ عدد من اللاجئين وقفة احتجاجية أمام مقر المفوضية.', 'PROTEST').actors)).toEqual([
      'REF',
    ]));
  it('a phrase after a clitic preposition is no subject: "بمستشفى …"', () =>
    expect(codes(one('تم نقل الجثة إلى التشريح بمستشفى المدينة وتم فتح تحقيق.', 'ACCUSE').actors)).toEqual(
      [],
    ));
  it('a multi-word country is not a sector word: "الولايات المتحدة"', () =>
    expect(codes(one('انتقدت الولايات المتحدة القرار الروسي.', 'ACCUSE').actors)).toEqual(['USA']));
});
