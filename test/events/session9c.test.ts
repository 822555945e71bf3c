import { describe, expect, it } from 'vitest';
import { constructedSentences } from './helpers.js';

// Constructed sentences (not from the seeds or the evaluation sets) for the rules of session 9c, one block per kind
// of error found by reading the output on unseen ANT sentences (seed 7171; docs/EVENTS.md section 17).

const { events, one, codes, sectors } = constructedSentences('session9c-test');

describe('actor phrases', () => {
  it("a country's national security council is its government, the bare مجلس الأمن the UN", () => {
    expect(codes(one('اجتمع مجلس الأمن القومي التركي أمس برئاسة أردوغان.', 'CONSULT').actors)).toEqual([
      'TURGOV',
    ]);
    expect(codes(one('ودعا مجلس الأمن إلى وقف القتال فورا.', 'REQUEST').actors)).toEqual(['IGOUNO']);
  });
  it('a military detachment is the army', () => {
    const e = one('وأكدت وزارة الدفاع أن التشكيلة العسكرية حجزت ثلاثة أسلحة وكمية من الذخيرة.', 'COERCE');
    expect(sectors(e.actors)).toEqual(['MIL']);
  });
  it('unnamed attackers are the agent, their victim the target', () => {
    const e = one('اعتدى مجهولان على شاب بسكين في حي النور.', 'ASSAULT');
    expect(codes(e.actors)).toEqual(['UNK']);
    expect(e.targets.length).toBeGreaterThan(0);
    expect(codes(e.targets)).not.toContain('UNK');
    expect(codes(one('أقدم ملثمون على مهاجمة دورية أمنية بالقصرين.', 'ASSAULT').actors)).toEqual(['UNK']);
  });
  it('"مجهولون" after a noun of people is its adjective, not a second actor', () => {
    const e = one('اغتال مسلحون مجهولون اليوم الصحفي الليبي فلان بشارع جمال في مدينة بنغازي.', 'ASSAULT');
    expect(codes(e.actors)).toEqual(['LBYREB']);
    expect(codes(e.targets)).toEqual(['LBYMED']);
  });
});

describe('agents shared by coordinated acts', () => {
  it("security forces' killing and arrest joined by و share the agent", () => {
    const list = events('تمكنت الوحدات الأمنية الجزائرية من القضاء على إرهابي وإيقاف آخر داخل مقهى.');
    const coerce = list.find((e) => e.type === 'COERCE');
    expect(coerce && codes(coerce.actors)).toEqual(['DZACOP']);
  });
  it('an operation named after خلال does not block the clause subject; "من خلال" (by means of) is no operation', () => {
    const e = one(
      'تمكنت وحدات الحرس الوطني بالجهة فجر اليوم وخلال عملية مداهمة لأحد المنازل بمنطقة ريفية من حجز بندقيتي صيد.',
      'COERCE',
    );
    expect(sectors(e.actors)).toEqual(['COP']);
    const list = events(
      'وأضافت أن المشكلة التي تواجهها الحكومة هي الاختيار، مشيرة إلى أنه كان من الأولى العمل على إيجاد حلول من خلال الحوار.',
    );
    for (const x of list.filter((y) => y.type === 'CONSULT')) expect(sectors(x.actors)).not.toContain('GOV');
  });
  it("the commerce ministry's inspectors act for the government", () => {
    expect(sectors(one('قامت مصالح المراقبة الاقتصادية بحجز 200 كلغ من الموز.', 'COERCE').actors)).toEqual([
      'GOV',
    ]);
  });
});
