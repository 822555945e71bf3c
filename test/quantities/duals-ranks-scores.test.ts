import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../src/doc/index.js';
import { expectValidDoc } from '../doc-invariants.js';
import { analyse } from '../times/helpers.js';

type Case = [string, string, number, Quantity['kind']];

/** Families of constructions: [sentence, text, value, kind] */
const FAMILIES: Record<string, Case[]> = {
  'the Arabic comma between digits is a decimal comma': [
    ['ارتفعت نسبة البطالة إلى 12،2 بالمائة', '12،2 بالمائة', 12.2, 'percent'],
    ['سجل الاقتصاد نموا بنسبة 2،5 %', '2،5 %', 2.5, 'percent'],
    ['بلغت الخسائر 1،5 مليون دينار', '1،5 مليون دينار', 1500000, 'money'],
    ['زار تونس، 3 وزراء', '3 وزراء', 3, 'count'],
  ],
  'nominative duals in ان': [
    ['تمكن زورقان من إنقاذ البحارة', 'زورقان', 2, 'count'],
    ['أصيب رجلان في الحادث', 'رجلان', 2, 'count'],
    ['فر سجينان من السجن المدني', 'سجينان', 2, 'count'],
    ['أقدم مجهولان على سرقة المحل', 'مجهولان', 2, 'count'],
  ],
  'duals before a pronoun, and after و': [
    ['سافر رفقة صديقيه إلى الجزائر', 'صديقيه', 2, 'count'],
    ['اعتدى عليه وصديقيه بالعنف', 'صديقيه', 2, 'count'],
  ],
  'duals of common nouns shaped like participles': [
    ['قدمت الشركة مشروعين للوزارة', 'مشروعين', 2, 'count'],
    ['غاب اللاعب موسمين كاملين', 'موسمين', 2, 'count'],
  ],
  'definite duals of people count two': [
    ['أطلق الأعوان النار على الشخصين', 'الشخصين', 2, 'count'],
    ['تم نقل الجريحين إلى المستشفى', 'الجريحين', 2, 'count'],
    ['أحيل الرجلين على القضاء', 'الرجلين', 2, 'count'],
  ],
  'a number after a rank noun is an ordinal, after رقم an identifier (cardinal)': [
    ['ستتحول المراكز صنف 2 إلى صنف 4', '2', 2, 'ordinal'],
    ['ستتحول المراكز صنف 2 إلى صنف 4', '4', 4, 'ordinal'],
    ['ينص الفصل 12 من الدستور على ذلك', '12', 12, 'ordinal'],
    ['وقع الحادث بالطريق الوطنية رقم 17 قرب المدينة', '17', 17, 'cardinal'],
    ['تعرض الحافلة رقم 23 للرشق بالحجارة', '23', 23, 'cardinal'],
  ],
  'duals in construct before what they count': [
    ['حجز مبلغا قدره ألفي أورو', 'ألفي أورو', 2000, 'money'],
    ['بلغت الكلفة مليوني دينار', 'مليوني دينار', 2000000, 'money'],
    ['شارك مائتي شخص في المسيرة', 'مائتي شخص', 200, 'count'],
  ],
  'a smaller number after a scale word and و belongs to the amount': [
    ['ارتفع عدد الحالات إلى 111 ألفا و65 حالة', '111 ألفا و65 حالة', 111065, 'count'],
    ['تقدر الاعتمادات ب3 ملايين و429 ألف دينار', '3 ملايين و429 ألف دينار', 3429000, 'money'],
  ],
  'a rank number in quotes, and one joined to it': [
    ['تحولت المراكز صنف "2" و"3" إلى صنف "4"', '3', 3, 'ordinal'],
    ['تحولت المراكز صنف "2" و"3" إلى صنف "4"', '4', 4, 'ordinal'],
  ],
  'a score is two cardinals': [
    ['فاز الترجي على النجم بنتيجة 3-1 وانتهى اللقاء', '3', 3, 'cardinal'],
    ['فاز الترجي على النجم بنتيجة 3-1 وانتهى اللقاء', '1', 1, 'cardinal'],
    ['انهزم المبارز التونسي 15-9 أمام منافسه', '9', 9, 'cardinal'],
    ['تغلب المنتخب على ضيفه 2-0 وضمن التأهل', '0', 0, 'cardinal'],
    ['النادي الإفريقي 1 - 0 مستقبل قابس', '0', 0, 'cardinal'],
  ],
};

describe('duals, ranks and scores', () => {
  for (const [family, cases] of Object.entries(FAMILIES)) {
    describe(family, () => {
      for (const [body, text, value, kind] of cases) {
        it(`${text} in «${body}» → ${value} ${kind}`, () => {
          const doc = analyse(body, null);
          expect(doc.quantities.map((q) => [q.text, q.value, q.kind])).toContainEqual([text, value, kind]);
          expectValidDoc(doc);
        });
      }
    });
  }

  /** Words that end like a dual but are not one. */
  const NOT_DUALS: [string, string][] = [
    ['زار الرئيس فلسطين ولبنان', 'فلسطين'],
    ['زار الرئيس فلسطين ولبنان', 'لبنان'],
    ['وصل الوفد إلى عمان', 'عمان'],
    ['احتج سكان الحي على الوضع', 'سكان'],
    ['تحدث رجال الدين في الميادين', 'الميادين'],
    ['طالبت الحكومة باسترجاع أراضيها', 'أراضيها'],
    ['قدم المنتخب مباراة سياسية في تونس', 'سياسية'],
    ['عززت البلدان تعاونها', 'البلدان'],
    ['أكد الإنسان حقه', 'الإنسان'],
    ['التقى الرئيس وأبو سهمين', 'سهمين'],
  ];
  for (const [body, word] of NOT_DUALS) {
    it(`«${word}» is no dual in «${body}»`, () => {
      const doc = analyse(body, null);
      expect(doc.quantities.filter((q) => q.text.includes(word.replace(/^ال/, '')))).toEqual([]);
    });
  }

  it('reads a range with a hyphen and a unit as a range, not a score', () => {
    const doc = analyse('يتراوح عدد المشاركين بين 15-20 شخصا', null);
    expect(doc.quantities.map((q) => [q.value, q.kind])).toEqual([
      [15, 'count'],
      [20, 'count'],
    ]);
  });

  it('keeps the numbers of a range apart', () => {
    const doc = analyse('تتراوح المنح بين 200 ألف و300 ألف دينار', null);
    expect(doc.quantities.map((q) => q.value)).toEqual([200000, 300000]);
  });

  it('reads a number word with the article as agreeing with the noun before it', () => {
    const doc = analyse('قالت القناة إن المواليد الأربعة لديهم فرصة قوية', null);
    expect(doc.quantities.map((q) => [q.text, q.kind])).toEqual([['الأربعة', 'cardinal']]);
  });

  it('reads a point before three digits of a count as grouping thousands, not of a measure', () => {
    const doc = analyse('بيعت 10.800 تذكرة على مسافة 1.500 كلم', null);
    expect(doc.quantities.map((q) => q.value)).toEqual([10800, 1.5]);
  });

  it('counts no preposition: عيار 16 دون رخصة، 10 بالمرتفعات', () => {
    const doc = analyse('حجز بندقية عيار 16 دون رخصة وتكون الحرارة في حدود 10 بالمرتفعات', null);
    expect(doc.quantities.map((q) => [q.text, q.kind])).toEqual([
      ['16', 'cardinal'],
      ['10', 'cardinal'],
    ]);
  });

  it('counts no month, nor the day of a name: ملعب 15 أكتوبر (the blind2 convention: numbers in names are left out)', () => {
    const doc = analyse('تجرى المباراة في ملعب 15 أكتوبر ببنزرت', null);
    expect(doc.quantities.map((q) => [q.text, q.kind])).toEqual([]);
  });

  it('reads the end of a word as no article: استقبال 3 مصابين', () => {
    const doc = analyse('أكد استقبال 3 مصابين بالمستشفى', null);
    expect(doc.quantities.map((q) => [q.text, q.kind])).toEqual([['3 مصابين', 'count']]);
  });

  it('reads no verb in the future as a counted noun', () => {
    const doc = analyse('أكد أن 3 ستتحول إلى مراكز', null);
    expect(doc.quantities.map((q) => [q.text, q.kind])).toEqual([['3', 'cardinal']]);
  });
});
