import { describe, expect, it } from 'vitest';
import { found, runWithTagger } from './helpers.js';

const run = runWithTagger;

describe('combining the KB with a tagger', () => {
  it('lets a longer organisation of the tagger take a city inside it, but not a country', () => {
    expect(found(run('فاز سسكا موسكو على ضيفه.', [['سسكا موسكو', 'ORG']]))).toEqual(['ORG سسكا موسكو']);
    expect(found(run('واجه بطل كوت ديفوار فريقه.', [['بطل كوت ديفوار', 'PERS']]))).toContain(
      'GPE كوت ديفوار',
    );
  });

  it("reads a nationality adjective inside the tagger's person as a family name, not when it opens the span", () => {
    expect(found(run('وسجل كيني ميلر هدف الفوز.', [['كيني ميلر', 'PERS']]))).toEqual(['PERSON كيني ميلر']);
    expect(found(run('وسجل اللاعب التونسي مجدي هدفا.', [['التونسي مجدي', 'PERS']]))).toContain(
      'NORP التونسي',
    );
  });

  it('reads a lone definite nationality adjective as the club the tagger reads there, and only then', () => {
    expect(found(run('أنقذ حارس العربي مرماه.', [['العربي', 'ORG']]))).toEqual(['ORG العربي']);
    expect(found(run('أنقذ حارس العربي مرماه.', []))).toEqual(['NORP العربي']);
    // not a noun of a community ("الشيعة"), nor an indefinite adjective
    expect(found(run('قال إن الشيعة مواطنون.', [['الشيعة', 'ORG']]))).not.toContain('ORG الشيعة');
  });

  it("takes the tagger's place where a place noun introduces it, and reads a person there as a place", () => {
    expect(found(run('انفجرت عبوة في حي البياع صباحا.', [['البياع', 'LOC']]))).toEqual(['LOC البياع']);
    expect(found(run('وقال البياع إن السوق هادئة.', [['البياع', 'LOC']]))).toEqual([]);
    expect(found(run('احتج عامل بمقر معتمدية سيدي علوان اليوم.', [['سيدي علوان', 'PERS']]))).toEqual([
      'LOC سيدي علوان',
    ]);
  });

  it('needs a locative or a coordinated place for a place name that is an ordinary word', () => {
    // no place; the currency is a MISC entity of the KB
    expect(found(run('وحجز مبلغ مالي قدره ألف دينار.', [['مالي', 'LOC']]))).toEqual(['MISC دينار']);
    expect(found(run('زار الوزير النيجر ومالي الأسبوع الماضي.', []))).toContain('GPE مالي');
    expect(found(run('قتل جنود في مالي أمس.', [['مالي', 'LOC']]))).toContain('GPE مالي');
  });

  it("leaves a title out of the tagger's person and finds a minister after a portfolio", () => {
    expect(found(run('التقى والمشير خليفة حفتر وفدا.', [['والمشير خليفة حفتر', 'PERS']]))).toContain(
      'PERSON خليفة حفتر',
    );
    const doc = run('نفت وزيرة المالية، لمياء الزريبي ذلك.', []);
    const person = doc.entities.find((e) => e.type === 'PERSON');
    expect(person?.name).toBe('لمياء الزريبي');
    expect(person?.roles[0]).toMatchObject({ role: 'minister', text: 'وزيرة المالية' });
  });

  it('does not read المالية as a nationality', () => {
    expect(found(run('ارتفع مؤشر بورصة الأوراق المالية.', []))).toEqual([]);
  });
});
