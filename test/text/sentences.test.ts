import { describe, expect, it } from 'vitest';
import { analyzeText, sentencesOf } from './helpers.js';

describe('sentence segmentation', () => {
  it('splits on . ! ? ؟ … and keeps closing quotes with the sentence', () => {
    expect(
      sentencesOf(analyzeText('هل انتهت الحرب؟ لا أحد يعرف! قال «انتهى الأمر». ثم غادر… وعاد لاحقا.')),
    ).toEqual(['هل انتهت الحرب؟', 'لا أحد يعرف!', 'قال «انتهى الأمر».', 'ثم غادر…', 'وعاد لاحقا.']);
  });

  it('does not split on ، ؛ or inside decimals', () => {
    expect(
      sentencesOf(analyzeText('ارتفع النمو إلى 3.5 بالمئة، وبلغ التضخم ٣٫٥ بالمئة؛ وهو رقم قياسي.')),
    ).toEqual(['ارتفع النمو إلى 3.5 بالمئة، وبلغ التضخم ٣٫٥ بالمئة؛ وهو رقم قياسي.']);
  });

  it('does not split after abbreviations', () => {
    expect(
      sentencesOf(analyzeText('التقى د. أحمد بالمهندس م. سامي عام 300 ق.م. في المدينة. ثم عاد.')),
    ).toEqual(['التقى د. أحمد بالمهندس م. سامي عام 300 ق.م. في المدينة.', 'ثم عاد.']);
  });

  it('keeps a short quotation whole but splits a long one', () => {
    expect(sentencesOf(analyzeText('وقال: "لن نتراجع. سنواصل" مؤكدا موقفه.'))).toEqual([
      'وقال: "لن نتراجع. سنواصل" مؤكدا موقفه.',
    ]);
    const long = 'جملة طويلة جدا في اقتباس '.repeat(15);
    const s = sentencesOf(analyzeText(`قال «${long}. ${long}» ثم انصرف.`));
    expect(s.length).toBeGreaterThan(1);
  });

  it('ends a sentence at a quotation that ends with a terminator', () => {
    expect(sentencesOf(analyzeText('وقال: "لن نتراجع." وغادر القاعة.'))).toEqual([
      'وقال: "لن نتراجع."',
      'وغادر القاعة.',
    ]);
  });

  it('never lets a sentence cross a segment and drops bullets', () => {
    const doc = analyzeText('أهم النقاط\n- النقطة الأولى\n2- النقطة الثانية', 'عنوان المقال');
    expect(sentencesOf(doc)).toEqual(['عنوان المقال', 'أهم النقاط', 'النقطة الأولى', 'النقطة الثانية']);
  });

  it('keeps a stray comma after a terminator inside the sentence when it was not repaired', () => {
    expect(sentencesOf(analyzeText('انتهى الأمر.، غدا يوم جديد.'))).toEqual([
      'انتهى الأمر.',
      'غدا يوم جديد.',
    ]);
  });
});
