import { describe, expect, it } from 'vitest';
import { constructedSentences } from './helpers.js';

// Constructed sentences (not from the seeds, the evaluation sets or the articles read) for the event-type rules of
// session 11c: sections "(session 11c)" of data/events/triggers.tsv, senses.ts and triggers.ts.

const { types } = constructedSentences('session11c-types-test');
const accusations = (s: string): number => types(s).filter((t) => t === 'ACCUSE').length;

describe('a verdict stated without a verb of judging', () => {
  it('is the criticism: غير مقبول، غير أخلاقي، غير مسؤول after a definite word, لا أساس له من الصحة', () => {
    expect(types('وقال رئيس النقابة إن هذه الإجراءات "غير مقبولة" في ظل الأزمة الحالية.')).toContain(
      'ACCUSE',
    );
    expect(types('وأضاف النائب أن القرار غير أخلاقي ويضر بالفقراء.')).toContain('ACCUSE');
    expect(types('وأكد الناطق باسم الوزارة أن هذه الأنباء لا أساس لها من الصحة.')).toContain('ACCUSE');
  });
  it('but not a description: after an indefinite noun, a manner, coordinated or definite itself', () => {
    expect(accusations('وتسعى البلدية إلى الحد من سلوكيات غير مسؤولة في الطرقات.')).toBe(0);
    expect(accusations('وارتفعت الأسعار بشكل غير مقبول خلال الصيف.')).toBe(0);
    expect(accusations('ويعاني السكان من السكن غير الملائم في الأحياء الشعبية.')).toBe(0);
    expect(accusations('وأكد أن الممرضة لا علم لها بالأمر وغير مسؤولة عما حصل.')).toBe(0);
  });
  it('and one criticism when a verb of condemning already names it', () => {
    expect(accusations('ندد الحزب بالقرار الجديد، معتبرا أن الزيادات غير مقبولة.')).toBe(1);
  });
});

describe('allegations', () => {
  it('ادعى، ادعاءات، مزاعم are accusations', () => {
    expect(types('وادعت الموظفة تعرضها للمضايقة من قبل مديرها.')).toContain('ACCUSE');
    expect(types('وردت الوزارة على ادعاءات المعارضة بشأن تزوير الانتخابات.')).toContain('ACCUSE');
    expect(types('واستقال الوزير على خلفية مزاعم بأنه ضلل البرلمان.')).toContain('ACCUSE');
  });
  it('but not a claim about oneself (ادعى أنه …)', () => {
    expect(accusations('وتبين أن الرجل الذي ادعى أنه طبيب لا يحمل أي شهادة.')).toBe(0);
  });
});

describe('suspects', () => {
  it('a suspect named alone is the accusation', () => {
    expect(types('وقالت الشرطة إن المحققين تعرفوا على مشتبه به جديد في الهجوم على المحطة.')).toContain(
      'ACCUSE',
    );
  });
  it('but not when the sentence reports the arrest', () => {
    expect(accusations('وتمكنت الوحدات الأمنية من إيقاف المظنون فيه وحجز المسروق.')).toBe(0);
  });
});
