import { describe, expect, it } from 'vitest';
import { constructedSentences } from './helpers.js';
import { analyseWord } from '../../src/annotate/events/words.js';
import { loadEventLexicon } from '../../src/annotate/events/lexicon.js';

// Constructed sentences (not from the seeds, the evaluation sets or the articles read) for the event-type recall
// rules of session 12: noun plurals in scripts/build-event-lexicon.ts, rescue in data/events/triggers.tsv and
// senses.ts, the accusative of three-letter nouns in words.ts.

const { types } = constructedSentences('session12-recall-test');

describe('sound plurals of event nouns', () => {
  it('are in the lexicon for acts of force (ة dropped), not for talks or deals, short roots or accusatives', () => {
    const lex = loadEventLexicon();
    const types = (w: string): string[] => (lex.triggers.get(w) ?? []).map((e) => e.type);
    expect(types('اغتيالات')).toContain('ASSAULT');
    expect(types('ايقافات')).toContain('COERCE');
    expect(types('انذارات')).toContain('THREATEN');
    expect(types('ندوات')).not.toContain('CONSULT');
    expect(types('صفقات')).not.toContain('AGREE');
  });
  it('name acts of force', () => {
    expect(types('وشنت قوات الأمن حملة إيقافات واسعة في صفوف المهربين بالجهة.')).toContain('COERCE');
    expect(types('وتبنى التنظيم سلسلة اغتيالات استهدفت قيادات عسكرية في المدينة.')).toContain('ASSAULT');
  });
});

describe('rescue', () => {
  it('of people or bodies is aid: أنقذ، إنقاذ السكان، انتشال جثة', () => {
    expect(types('وأنقذ الغواصون 12 مهاجرا بعد غرق مركبهم قبالة السواحل.')).toContain('AID');
    expect(types('وتعمل فرق الحماية المدنية على إنقاذ السكان المحاصرين بالمياه.')).toContain('AID');
    expect(types('وتمكنت وحدات الحرس البحري من انتشال جثة غريق قرب الميناء.')).toContain('AID');
  });
  it('but not of a season or an economy', () => {
    expect(types('وأنقذ الهدف المتأخر موسم الفريق من الفشل.')).not.toContain('AID');
    expect(types('ودعا الخبراء إلى خطة لإنقاذ الاقتصاد الوطني.')).not.toContain('AID');
  });
});

describe('the accusative of a three-letter noun', () => {
  it('is read without its alif: شخصا → شخص', () => {
    expect(analyseWord('شخصا').keys).toContain('شخص');
    expect(analyseWord('هجوما').keys).toContain('هجوم');
    expect(types('وتمكن الصيادون من إنقاذ شخصا كان على وشك الغرق.')).toContain('AID');
  });
});

describe('keeping someone from an act', () => {
  it('is coercion: منع X من + the act', () => {
    expect(types('ومنعت الشرطة الصحفيين من دخول قاعة المحكمة صباح اليوم.')).toContain('COERCE');
    expect(types('وقال الحزب إن السلطات منعته من تنظيم اجتماعه في العاصمة.')).toContain('COERCE');
  });
  it('but not preventing a thing, a shared goal or من naming the agent', () => {
    expect(types('وتهدف الحملة إلى منع انتشار الوباء في المدارس.')).not.toContain('COERCE');
    expect(types('وتسعى الوزارة لمنع أو الحد من حالات الغش في الامتحانات.')).not.toContain('COERCE');
    expect(types('والهدف هو منع التلاعب بالمستهلكين من جانب بعض التجار.')).not.toContain('COERCE');
  });
});

describe('an investigation carried out', () => {
  it('by a verb before or after it, or into / with someone', () => {
    expect(types('وأكد المصدر أنه سيتم التحقيق في ملابسات الحادثة.')).toContain('ACCUSE');
    expect(types('وباشرت الفرقة البحث في ملابسات السرقة.')).toContain('ACCUSE');
    expect(types('وقال الناطق إن التحقيقات ستجري بالتنسيق مع السلطات المحلية.')).toContain('ACCUSE');
  });
  it('but not a search for someone nor research', () => {
    expect(types('وتواصل الوحدات البحث عن الطفل المفقود منذ أمس.')).not.toContain('ACCUSE');
    expect(types('ويهتم المخبر بالبحث العلمي في مجال الطاقات المتجددة.')).not.toContain('ACCUSE');
  });
});

describe('a necessity stressed', () => {
  it('by a participle or an imperfect of the stating verb is a demand', () => {
    expect(types('وتحدث الوزير عن الوضع، مشددا على ضرورة احترام القانون في كل الجهات.')).toContain('REQUEST');
    expect(types('وتؤكد النقابة ضرورة فتح باب التفاوض مع الوزارة.')).toContain('REQUEST');
  });
});

describe('a past plural after من', () => {
  it('is the verb of a relative clause, not a noun after a preposition', () => {
    expect(types('وقال النائب إن من انتقدوا الخطاب لا يمثلون الشعب.')).toContain('ACCUSE');
  });
});
