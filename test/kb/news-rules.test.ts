import { describe, expect, it } from 'vitest';
import { loadKb } from '../../src/annotate/entities/kb.js';
import type { Doc } from '../../src/doc/index.js';
import { transliterate } from '../../src/annotate/entities/transliterate.js';
import { found, runWithTagger } from './helpers.js';

const run = runWithTagger;
const linked = (doc: Doc, text: string): string | null | undefined =>
  doc.entities.find((e) => e.mentions.some((m) => m.text === text))?.kb_id;

describe('places listed after a plural place noun', () => {
  it('takes every item, known or not, without the conjunction, and drops the tagger person over one', () => {
    const doc = run('شملت الحملة معتمديات طبربة والجديدة والبطان وبرج العامري و تمكن الأعوان من إيقاف شخص.', [
      ['وبرج العامري', 'PERS'],
    ]);
    const all = found(doc);
    expect(all).toEqual(
      expect.arrayContaining(['GPE طبربة', 'LOC الجديدة', 'LOC البطان', 'LOC برج العامري']),
    );
    expect(all.some((f) => f.startsWith('PERSON'))).toBe(false);
    expect(all.some((f) => f.includes('تمكن'))).toBe(false);
    expect(linked(doc, 'طبربة')).toBe('kb:gpe:gn2464858');
  });

  it('needs two items and one of them a known place or a rare word', () => {
    expect(found(run('وطالب بإبعاد المسلحين من قرى الحدود، وتسليم السلاح.'))).toEqual([]);
    expect(found(run('زار الوزير ولايات الجنوب.'))).toEqual([]);
  });

  it('confirms a small town in its other mentions of the document', () => {
    const doc = run('أوقفت الوحدات الأمنية بطبربة شخصين. وشملت الحملة معتمديات طبربة والبطان.');
    expect(found(doc).filter((f) => f === 'GPE طبربة')).toHaveLength(2);
  });
});

describe("cleaning the tagger's spans", () => {
  it('starts a name after a proclitic where the rest is a given name, not inside a given name', () => {
    expect(found(run('وأكد ومحمد العيادي ذلك.', [['ومحمد العيادي', 'PERS']]))).toEqual([
      'PERSON محمد العيادي',
    ]);
    expect(found(run('وقال لسعد بوجبل إن الصالون ناجح.', [['لسعد بوجبل', 'PERS']]))).toEqual([
      'PERSON لسعد بوجبل',
    ]);
    expect(found(run('وأكد وليد الزين ذلك.', [['وليد الزين', 'PERS']]))).toEqual(['PERSON وليد الزين']);
    expect(found(run('وتحدث للصرارفي أمس.', [['للصرارفي', 'PERS']]))).toEqual(['PERSON لصرارفي']);
    expect(found(run('وقال فإن أنيس بوجلبان غائب.', [['فإن أنيس بوجلبان', 'PERS']]))).toEqual([
      'PERSON أنيس بوجلبان',
    ]);
  });

  it('drops a person of the tagger that runs over a clause, not one with the particles of a name', () => {
    expect(found(run('وقال إنه سعيد بهذا الفوز.', [['سعيد بهذا', 'PERS']]))).toEqual([]);
    expect(found(run('أعجب الجمهور جمال وقوة البناء.', [['جمال وقوة', 'PERS']]))).toEqual([]);
    expect(found(run('وصل محمد ولد عبد العزيز أمس.', [['محمد ولد عبد العزيز', 'PERS']]))).toEqual([
      'PERSON محمد ولد عبد العزيز',
    ]);
  });

  it('drops an organisation or MISC made only of indefinite common words, and a broken plural alone', () => {
    expect(found(run('إنشاء وحدة لصناعة أدوية السرطان.', [['لصناعة أدوية', 'ORG']]))).toEqual([]);
    expect(found(run('حجز علب في أحد أوكار البيع.', [['أوكار', 'MISC']]))).toEqual([]);
    expect(found(run('ونشر فيديو على الصفحة.', [['فيديو', 'ORG']]))).toEqual([]);
    expect(found(run('ارتفع سعر الدولار إلى ثلاثة دينارات.', [['الدولار', 'MISC']]))).toEqual([
      'MISC الدولار',
    ]);
  });
});

describe("the tagger's places after a place noun", () => {
  it('leaves out a nisba adjective of a common noun, not a definite name', () => {
    expect(found(run('نفذ الجيش عملية في منطقة جبلية.', [['جبلية', 'LOC']]))).toEqual([]);
    expect(found(run('وقعت الحادثة في حي البياع.', [['البياع', 'LOC']]))).toContain('LOC البياع');
  });
});

describe('ministries and organisations named without their country', () => {
  it("links a bare ministry to the document's country", () => {
    const doc = run('قالت نادية فنينة مستشارة بوزارة الصحة إن المستشفيات التونسية جاهزة في تونس وصفاقس.');
    expect(linked(doc, 'وزارة الصحة')).toBe('kb:org:TUN-MOH');
    expect(found(doc)).toContain('PERSON نادية فنينة');
  });

  it('keeps a bare ministry unlinked in a document without a country', () => {
    const doc = run('أعلنت وزارة الصحة عن حملة تلقيح.');
    expect(found(doc)).toEqual(['ORG وزارة الصحة']);
    expect(linked(doc, 'وزارة الصحة')).toBeNull();
  });

  it('reads a nationality adjective after an organisation head as part of its name', () => {
    expect(found(run('بالتعاون مع المعهد العربي لحقوق الإنسان.'))).toEqual([
      'ORG المعهد العربي لحقوق الإنسان',
    ]);
    expect(found(run('وقع اتفاقا مع البنك الأوروبي أمس.'))).toEqual(['ORG البنك الأوروبي']);
    expect(linked(run('بالتعاون مع البنك الإفريقي.'), 'البنك الإفريقي')).toBe('kb:org:AFDB');
    expect(found(run('أصبحت الشركة القطرية الأولى في السوق.'))).toContain('NORP القطرية');
  });
});

describe('Latin forms of foreign names', () => {
  it('takes the curated Latin form of a name word or phrase before the rules', () => {
    const kb = loadKb();
    expect(transliterate('جيمس آدمز', kb.latin)).toBe('James Adams');
    expect(transliterate('جان كلود يونكر', kb.latin)).toBe('Jean-Claude Juncker');
    expect(transliterate('فرانسوا فنينة', kb.latin)).toBe('François Fanina');
    expect(transliterate('جيمس آدمز')).toBe('Jims Admz');
  });

  it("aligns the words of KB persons' Arabic and English names", () => {
    expect(transliterate('ماهر الجعفري', loadKb().latin)).toBe('Maher al-Jaafari');
  });
});
