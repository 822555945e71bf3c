import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/doc/index.js';
import { expectValidDoc } from '../doc-invariants.js';
import { analyse } from './helpers.js';

/** The roles of the person named `name` in the document, as [role, of]. */
function rolesOf(doc: Doc, name: string): [string, string | null][] {
  const p = doc.entities.find((e) => e.type === 'PERSON' && e.name === name);
  expect(p, name).toBeDefined();
  return p!.roles.map((r) => [r.role, r.of]);
}

describe('spokespeople of a body named by a back-reference noun', () => {
  it('refers "الجماعة" to the nearest group named before, and a rank stays a title of its own', () => {
    const doc = analyse(
      'عنوان\nسيطرت جماعة أنصار الله على المدينة. وقال المتحدث باسم الجماعة سليم البرقاوي إن القتال توقف. ' +
        'ودعا المتحدث باسم التحالف العربي العقيد منصور الفلاحي إلى الهدوء.',
    );
    expect(rolesOf(doc, 'سليم البرقاوي')).toEqual([['spokesperson', 'kb:org:HOUTHI']]);
    expect(rolesOf(doc, 'منصور الفلاحي')).toEqual([
      ['spokesperson', 'kb:org:ARAB_COALITION'],
      ['colonel', null],
    ]);
    expectValidDoc(doc);
  });

  it('refers "التحالف" and "الحركة" to a body named in an earlier sentence, whatever its mention', () => {
    const doc = analyse(
      'عنوان\nشن التحالف العربي غارات جديدة. وأعلنت حركة حماس موقفها.\n' +
        'وقال الناطق باسم التحالف العميد ركان الشمري إن الغارات دقيقة. وقال الناطق الرسمي باسم الحركة، وليد البرغوثي، إن الموقف ثابت.',
    );
    expect(rolesOf(doc, 'ركان الشمري')).toEqual([
      ['spokesperson', 'kb:org:ARAB_COALITION'],
      ['brigadier', null],
    ]);
    expect(rolesOf(doc, 'وليد البرغوثي')).toEqual([['spokesperson', 'kb:org:HAMAS']]);
  });

  it('falls back to a body named after the noun in its sentence, and to no body at all', () => {
    const after = analyse('عنوان\nوقال المتحدث باسم الجماعة عادل الوريث إن الحوثيين مستعدون للحوار.');
    expect(rolesOf(after, 'عادل الوريث')).toEqual([['spokesperson', 'kb:org:HOUTHI']]);
    const none = analyse('عنوان\nوقال المتحدث باسم الوزارة خالد الموسوي إن الوضع هادئ.');
    expect(rolesOf(none, 'خالد الموسوي')).toEqual([['spokesperson', null]]);
  });

  it('does not take a body of another kind for the noun: a ministry is no group', () => {
    const doc = analyse(
      'عنوان\nأصدرت وزارة الخارجية الروسية بيانا. وقال المتحدث باسم الجماعة فارس العمري إن البيان مرفوض.',
    );
    expect(rolesOf(doc, 'فارس العمري')).toEqual([['spokesperson', null]]);
  });

  it('keeps a named body after "باسم", and a rank alone before a name', () => {
    const doc = analyse(
      'عنوان\nوقال المتحدث باسم الجيش الوطني الليبي اللواء سعيد الورفلي إن القوات تقدمت. وقال العقيد ماجد الحربي إن الوضع هادئ.',
    );
    expect(rolesOf(doc, 'سعيد الورفلي')).toEqual([
      ['spokesperson', 'kb:org:LNA'],
      ['general', null],
    ]);
    expect(rolesOf(doc, 'ماجد الحربي')).toEqual([['colonel', null]]);
  });

  it('reads a military spokesman and "رئيس حكومة X" and the presidential councils as titles', () => {
    const doc = analyse(
      'عنوان\nوقال المتحدث العسكري باسم الحوثيين العميد ناجي الضالعي إن الهجوم نجح. ' +
        'واستقبل رئيس حكومة الوحدة الوطنية الليبية سالم الورفلي الوفد. وقال رئيس المجلس الرئاسي منير الحداد إن المجلس موحد.',
    );
    expect(rolesOf(doc, 'ناجي الضالعي')).toEqual([
      ['spokesperson', 'kb:org:HOUTHI'],
      ['brigadier', null],
    ]);
    expect(rolesOf(doc, 'سالم الورفلي')).toEqual([['prime-minister', 'kb:org:GNU_LBY']]);
    expect(rolesOf(doc, 'منير الحداد')).toEqual([['president', null]]);
  });

  it("gives a counterpart the title of the person named before, for the nisba's country", () => {
    const doc = analyse(
      'عنوان\nوالتقى وزير الخارجية التركي كمال دوغان نظيره الإيراني رضا موسوي نيا في طهران.',
    );
    expect(rolesOf(doc, 'رضا موسوي نيا')).toEqual([['foreign-minister', 'kb:gpe:IRN']]);
  });

  it('reads «العماد» as a rank and a co-chair of a committee written with ل', () => {
    const doc = analyse(
      'عنوان\nوأعلن وزير الدفاع السوري العماد سليم حداد أن الجيش جاهز. وقال الرئيس المشترك للجنة الدستورية، سامي الحلبي، إن الجولة فشلت.',
    );
    expect(rolesOf(doc, 'سليم حداد')).toEqual([
      ['defence-minister', 'kb:gpe:SYR'],
      ['general', null],
    ]);
    expect(rolesOf(doc, 'سامي الحلبي')).toEqual([['president', 'kb:org:SCC']]);
  });
});
