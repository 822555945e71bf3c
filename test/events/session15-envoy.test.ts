import { describe, expect, it } from 'vitest';
import { constructedSentences } from './helpers.js';

// Session 15: the country that completes an envoy's title ("المبعوث الأممي إلى ليبيا"، "الممثل الخاص لليمن") names
// where the envoy serves: the learned choosers take it for no other party to the act (arg-model.ts envoyComplement).
// Constructed sentences, not from the seeds or the evaluation sets.

const { events } = constructedSentences('session15-envoy-test');

const args = (body: string): string[] =>
  events(body).flatMap((e) => [...e.actors, ...e.targets].map((a) => a.text));

describe("an envoy's country is part of the title", () => {
  it('after إلى: no event takes the country as an argument', () => {
    const got = args(
      'وكان من المقرر أن يحضر المبعوث الأممي إلى ليبيا هذه الجولة من المفاوضات، لكن مرضه حال دون ذلك.',
    );
    expect(got.length).toBeGreaterThan(0);
    expect(got).not.toContain('ليبيا');
  });

  it('after ل: the country stays inside the title', () => {
    const got = args('وكان من المنتظر أن يحضر المبعوث الخاص لليمن هذه الجولة من المشاورات، لكنه اعتذر.');
    expect(got).not.toContain('اليمن');
    expect(got).not.toContain('لليمن');
  });
});
