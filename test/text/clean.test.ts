import { describe, expect, it } from 'vitest';
import { cleanLine } from '../../src/text/passes/clean.js';
import { finalFormGluePoint } from '../../src/text/repair/glue-point.js';
import { expectValidDoc } from '../doc-invariants.js';
import { analyzeText, rulesOf, segmentsOf, sentencesOf } from './helpers.js';

describe('cleanLine', () => {
  it('maps presentation forms to base letters', () => {
    expect(cleanLine('\ufefb\ufe8e\ufe91')).toBe('لاا' + 'ب');
  });
  it('removes invisible marks, BOMs and control characters, collapses spaces', () => {
    expect(cleanLine('\ufeff  إد\u200fلب\u200b \u00a0 سوريا\u0007 ')).toBe('إدلب سوريا');
  });
  it('applies NFC', () => {
    expect(cleanLine('e\u0301')).toBe('\u00e9');
  });
});

describe('final-form glue points', () => {
  it('finds a letter after taa marbuta, alef maqsura or tanween fath', () => {
    expect(finalFormGluePoint('المغلقةوينتظر')).toBe(7);
    expect(finalFormGluePoint('مستشفىالمدينة')).toBe(6);
    expect(finalFormGluePoint('نزيفاًدموياً')).toBe(6);
  });
  it('leaves normal words alone', () => {
    for (const w of ['مدرسة', 'مستشفى', 'نزيفاً', 'المدرسةُ', 'حتى', 'يٌعرض', 'أٌقر', 'سورية']) {
      expect(finalFormGluePoint(w), w).toBe(-1);
    }
  });
});

describe('repairs while building the text', () => {
  it('splits a subheading glued by a taa marbuta into a heading segment', () => {
    const doc = analyzeText(
      'انتهى الاجتماع الأول أمس.نتائج الجولة الثانيةوتناقش الوفود اليوم الملفات العالقة.',
    );
    expect(segmentsOf(doc)).toEqual([
      ['paragraph', 'انتهى الاجتماع الأول أمس.'],
      ['heading', 'نتائج الجولة الثانية'],
      ['paragraph', 'وتناقش الوفود اليوم الملفات العالقة.'],
    ]);
    expect(rulesOf(doc)).toContain('repair/glued-heading');
    expect(doc.text).toContain('الثانية\nوتناقش');
    expectValidDoc(doc);
  });

  it('splits a subheading glued without a final form when the word list knows both words', () => {
    const doc = analyzeText(
      'قال الوزير إن الحكومة ستواصل عملها.تطور الموقفوقال مصدر رسمي إن المفاوضات مستمرة.',
    );
    expect(segmentsOf(doc).map(([k]) => k)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(segmentsOf(doc)[1]![1]).toBe('تطور الموقف');
    expectValidDoc(doc);
  });

  it('does not split a long clause or a known word', () => {
    const doc = analyzeText(
      'وقال رئيس الحكومة في ندوة صحفية عقدها اليوم بالعاصمة بحضور عدد كبير من الوزراء والمسؤولين والخبراء والموفد الخاص إن الوضع مستقر.',
    );
    expect(doc.segments).toHaveLength(1);
    expect(rulesOf(doc)).not.toContain('repair/glued-heading');
  });

  it('splits list items glued with "-" and keeps the heading before them', () => {
    const doc = analyzeText(
      'وانتهى اللقاء دون نتائج.أهم المطالب- رفع الأجور- تحسين الخدمات- توفير فرص العمل',
    );
    expect(segmentsOf(doc)).toEqual([
      ['paragraph', 'وانتهى اللقاء دون نتائج.'],
      ['heading', 'أهم المطالب'],
      ['list-item', '- رفع الأجور'],
      ['list-item', '- تحسين الخدمات'],
      ['list-item', '- توفير فرص العمل'],
    ]);
    expect(sentencesOf(doc).slice(2)).toEqual(['رفع الأجور', 'تحسين الخدمات', 'توفير فرص العمل']);
    expect(rulesOf(doc).filter((r) => r === 'repair/glued-list')).toHaveLength(3);
  });

  it('keeps a parenthetical between dashes inside its sentence', () => {
    const doc = analyzeText(
      'ويعتقد الباحثون أن المريخ -أقرب كوكب إلى الأرض- كان مأهولا وأن القمر -وهو تابع- لم يكن كذلك.',
    );
    expect(doc.segments).toHaveLength(1);
  });

  it('removes a stray comma after a sentence end', () => {
    const doc = analyzeText('أعلنت الوزارة ذلك., وقالت في بيان إن الاجتماع انتهى.');
    expect(doc.text).toBe('أعلنت الوزارة ذلك. وقالت في بيان إن الاجتماع انتهى.');
    expect(sentencesOf(doc)).toEqual(['أعلنت الوزارة ذلك.', 'وقالت في بيان إن الاجتماع انتهى.']);
    expect(rulesOf(doc)).toEqual(['repair/dot-comma']);
  });

  it('inserts a missing space after a sentence end but not after an abbreviation', () => {
    const doc = analyzeText('انتهت الجولة.وبدأت جولة أخرى مع د.محمد.');
    expect(doc.text).toBe('انتهت الجولة. وبدأت جولة أخرى مع د.محمد.');
    expect(rulesOf(doc)).toEqual(['repair/missing-space']);
  });

  it('separates words glued after a final form inside a sentence', () => {
    const doc = analyzeText('زار الوزير المستشفىالجامعي في المدينةالقديمة أمس.');
    expect(doc.text).toBe('زار الوزير المستشفى الجامعي في المدينة القديمة أمس.');
    expect(rulesOf(doc)).toEqual(['repair/glued-words', 'repair/glued-words']);
    const d = doc.diagnostics[0]!;
    expect(doc.text.slice(d.start!, d.end!)).toContain(' ');
  });

  it('marks short unpunctuated lines as headings and bulleted lines as list items', () => {
    const doc = analyzeText(
      'افتتاح الدورة\nافتتحت الدورة الجديدة اليوم.\n- البند الأول\n- البند الثاني',
      'العنوان',
    );
    expect(segmentsOf(doc).map(([k]) => k)).toEqual([
      'title',
      'heading',
      'paragraph',
      'list-item',
      'list-item',
    ]);
  });

  it('reports an empty article', () => {
    const doc = analyzeText(' \u200b \n ');
    expect(doc.text).toBe('');
    expect(rulesOf(doc)).toEqual(['clean/empty']);
  });
});
