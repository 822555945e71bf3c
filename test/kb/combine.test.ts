import { describe, expect, it } from 'vitest';
import { loadKb } from '../../src/annotate/entities/kb.js';
import type { SentenceTagger } from '../../src/annotate/entities/model-candidates.js';
import { createEntitiesPass } from '../../src/annotate/entities/recognize.js';
import type { Doc } from '../../src/doc/index.js';
import { normalize } from '../../src/text/normalize.js';
import { expectValidDoc } from '../doc-invariants.js';
import { analyse } from './helpers.js';

/** A tagger that tags the given word sequences (as written) with a type, and everything else O. */
function scripted(spans: [string, 'PERS' | 'ORG' | 'LOC' | 'MISC'][]): SentenceTagger {
  const wanted = spans.map(([words, type]) => ({ norms: words.split(' ').map(normalize), type }));
  return {
    tag(tokens) {
      const tags = tokens.map(() => 'O');
      for (const { norms, type } of wanted) {
        for (let i = 0; i + norms.length <= tokens.length; i++) {
          if (!norms.every((n, k) => tokens[i + k]!.norm === n)) continue;
          norms.forEach((_, k) => (tags[i + k] = `${k === 0 ? 'B' : 'I'}-${type}`));
        }
      }
      return tags;
    },
  };
}

function run(body: string, spans: [string, 'PERS' | 'ORG' | 'LOC' | 'MISC'][]): Doc {
  const doc = analyse(`عنوان\n${body}`);
  createEntitiesPass(loadKb(), { tagger: scripted(spans) }).run(doc);
  expectValidDoc(doc);
  return doc;
}

const found = (doc: Doc): string[] =>
  doc.entities.flatMap((e) => e.mentions.map((m) => `${e.type} ${m.text}`));

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

  it("takes the tagger's place where a place noun introduces it, and reads a person there as a place", () => {
    expect(found(run('انفجرت عبوة في حي البياع صباحا.', [['البياع', 'LOC']]))).toEqual(['LOC البياع']);
    expect(found(run('وقال البياع إن السوق هادئة.', [['البياع', 'LOC']]))).toEqual([]);
    expect(found(run('احتج عامل بمقر معتمدية سيدي علوان اليوم.', [['سيدي علوان', 'PERS']]))).toEqual([
      'LOC سيدي علوان',
    ]);
  });

  it('needs a locative or a coordinated place for a place name that is an ordinary word', () => {
    expect(found(run('وحجز مبلغ مالي قدره ألف دينار.', [['مالي', 'LOC']]))).toEqual([]);
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
