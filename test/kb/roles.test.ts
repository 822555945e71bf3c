import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/doc/index.js';
import { expectValidDoc } from '../doc-invariants.js';
import { analyse, runWithTagger } from './helpers.js';

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

describe('an unknown name after a title (its first word no known given name)', () => {
  /** Persons found by the KB and the patterns alone (a tagger that tags nothing), with their roles. */
  const persons = (body: string): string[] =>
    runWithTagger(body)
      .entities.filter((e) => e.type === 'PERSON')
      .map((e) => `${e.name} ${e.roles.map((r) => r.role).join(',')}`.trim());

  it('reads the words after a title as a name when they look like one', () => {
    expect(persons('وقال وزير الخارجية يانيس تشاكالوتوس إن المحادثات مستمرة.')).toEqual([
      'يانيس تشاكالوتوس foreign-minister',
    ]);
    expect(persons('وقال الناطق الرسمي باسم وزارة الداخلية ياسر زغلامي إن الوضع هادئ.')).toEqual([
      'ياسر زغلامي spokesperson',
    ]);
    expect(persons('وقال النائب عن حركة النهضة نوفل الجمالي إن المشروع جاهز.')).toEqual([
      'نوفل الجمالي member-of-parliament',
    ]);
    expect(persons('وقال الأمين العام لاتحاد الشغل زكرياء القصوري إن الإضراب قائم.')).toEqual([
      'زكرياء القصوري secretary-general',
    ]);
  });

  it('takes definite words the KB does not know into the title before the name', () => {
    expect(persons('وأكد المدير العام للغابات حمودة بلخوجة أن العمل مستمر.')).toEqual([
      'حمودة بلخوجة director',
    ]);
    expect(persons('وقال وزير الشؤون الثقافية والتراث زكرياء الهمامي إن المهرجان ناجح.')).toEqual([
      'زكرياء الهمامي minister',
    ]);
  });

  it('reads a name after a courtesy title, with no role', () => {
    expect(persons('وقالت السيدة نجوى القصوري إن الوزارة تعمل.')).toEqual(['نجوى القصوري']);
  });

  it('takes no common noun, verb, adjective or participle for a name', () => {
    expect(persons('وقال وزير الخارجية الجديد إن المحادثات مستمرة.')).toEqual([]);
    expect(persons('وقال رئيس الوزراء سيتلقى الخبر من قبل موظفي الخدمة.')).toEqual([]);
    expect(persons('وقال إن هذا أمر مجانب للصواب تماما.')).toEqual([]);
    expect(persons('وخاطب الرئيس الأمريكي غداة تنصيبه رجال المخابرات.')).toEqual([]);
    expect(persons('ومازح رئيسة الوزراء الدنماركية واضعا يده على كتفها.')).toEqual([]);
    expect(persons('وقال الدكتور تمام مستخدمي الأجهزة إن النوم مهم.')).toEqual([]);
    expect(
      persons('وقال وزير الخارجية في الحكومة المؤقتة، المنبثقة شرعيا عن البرلمان، إن الوضع هادئ.'),
    ).toEqual([]);
  });

  it('reads a name in quotes after a title only where the quote closes right after it', () => {
    expect(persons('وقالت رئيسة الوزراء البولندية " بياتا شيدلو " إن الاتفاق مهم.')).toEqual([
      'بياتا شيدلو prime-minister',
    ]);
    expect(persons('وقال رئيس " الشؤون العمومية " في الشركة إن الاتفاق مهم.')).toEqual([]);
    expect(persons('وعرض فيلم " أكسيون قائد " ليانيس تشاكالوتوس أمس.')).toEqual([]);
  });

  it('ends an unknown name at a family name with the article', () => {
    expect(persons('وقال رئيس الوزراء في لوكسمبورغ، كزافيي بيتل، إن الاتفاق مهم.')).toEqual([
      'كزافيي بيتل prime-minister',
    ]);
  });
});
