import { describe, expect, it } from 'vitest';
import { constructedSentences } from './helpers.js';

// Session 15: a speaker phrase after a source preposition that governs ل ("وفقا لـ"، "طبقا لـ") kept the ل when no
// actor of the lexicon lay under it: «لتقارير متطابقة». The ل is the preposition's. Constructed sentences, not from
// the seeds, the evaluation sets or the articles read.

const { events } = constructedSentences('session15-attribution-test');

const speakers = (body: string): (string | undefined)[] => events(body).map((e) => e.attribution?.text);

describe('the speaker after وفقا لـ leaves the ل to the preposition', () => {
  it('an indefinite source', () => {
    const s = speakers('ووفقا لتقارير متطابقة، هاجم مسلحون قافلة المساعدات في ريف حلب.');
    expect(s).toContain('تقارير متطابقة');
    expect(s.some((t) => t?.startsWith('ل'))).toBe(false);
  });

  it('a definite source: لل is ل and the article', () => {
    const s = speakers('وفقا للمصادر المحلية، اعتقلت الشرطة عشرة أشخاص في المدينة.');
    expect(s).toContain('المصادر المحلية');
  });

  it('a source after حسب keeps its first letter', () => {
    expect(speakers('وحسب مصادر محلية، اعتقلت الشرطة عشرة أشخاص في المدينة.')).toContain('مصادر محلية');
  });
});
