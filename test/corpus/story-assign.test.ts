import { describe, expect, it } from 'vitest';
import type { PreparedArticle } from '../../src/corpus/prepare.js';
import {
  assignStory,
  STORY_MERGE_MAX,
  STORY_MERGE_SIM,
  reachesStory,
  STORY_SIZE_PRIOR,
  STORY_SIZE_THRESHOLD,
  STORY_THRESHOLD,
  storyPairSimilarity,
  storySimilarity,
} from '../../src/corpus/stories.js';
import type { FeatureVector, Store, StoryCandidate } from '../../src/corpus/store.js';

/** A store that offers the given candidates (assignment reads nothing else). */
function storeWith(candidates: StoryCandidate[]): Store {
  return {
    storyCandidates: () => Promise.resolve(candidates.map((c) => ({ ...c }))),
  } as unknown as Store;
}

const article = { published: '2017-05-01' } as PreparedArticle;
const features: FeatureVector = { 'e:kb:per:a': 10, 'e:kb:per:b': 6, 't:foo': 8, 't:bar': 5, 't:baz': 4 };

const NO_MERGE = { sim: 0, max: 0 };

function story(id: string, n: number, f: FeatureVector): StoryCandidate {
  return { id, article_count: n, first_date: '2017-04-20', last_date: '2017-04-30', features: f };
}

describe('story assignment', () => {
  // The lone article shares a little more with the article than the centroid of twenty does.
  const lone = story('s-lone', 1, {
    'e:kb:per:a': 10,
    't:foo': 8,
    't:other': 14,
    't:more': 14,
    't:else': 10,
  });
  const large = story('s-large', 20, {
    'e:kb:per:a': 60,
    'e:kb:per:b': 40,
    'e:kb:per:c': 70,
    't:foo': 30,
    't:x': 60,
    't:y': 60,
  });

  it('prefers the larger story among those above the threshold when they are close', async () => {
    const sLone = storySimilarity(features, article.published, lone);
    const sLarge = storySimilarity(features, article.published, large);
    expect(sLarge).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(sLone).toBeGreaterThan(sLarge);
    expect(sLone).toBeLessThan(sLarge * (1 + STORY_SIZE_PRIOR * Math.log(20)));
    const got = await assignStory(storeWith([lone, large]), article, features, NO_MERGE);
    // The score reported is the plain similarity, not the ranking.
    expect(got).toEqual({ story: 's-large', score: sLarge });
  });

  it('keeps a clearly better small story', async () => {
    const close = story('s-close', 2, features);
    const got = await assignStory(storeWith([large, close]), article, features, NO_MERGE);
    expect(got.story).toBe('s-close');
  });

  it('never joins a large story below the threshold', async () => {
    const weak = story('s-weak', 200, { 'e:kb:per:z': 50, 't:foo': 1, 't:q': 80, 't:r': 80 });
    expect(storySimilarity(features, article.published, weak)).toBeLessThan(STORY_THRESHOLD);
    expect(await assignStory(storeWith([weak]), article, features)).toEqual({ story: null, score: 0 });
  });

  it('lowers the bar a little for a larger story, never for a lone article', async () => {
    expect(STORY_SIZE_THRESHOLD).toBeGreaterThan(0);
    expect(STORY_SIZE_THRESHOLD).toBeLessThan(STORY_SIZE_PRIOR);
    const s = STORY_THRESHOLD * 0.9;
    expect(reachesStory(s, 1)).toBe(false);
    expect(reachesStory(s, 40)).toBe(true);
    expect(reachesStory(STORY_THRESHOLD, 1)).toBe(true);
    // A large story offered with the same features as a lone one: just under the threshold, only the
    // large one is joined.
    const f: FeatureVector = { 'e:kb:per:z': 10, 'e:kb:per:a': 2, 't:foo': 2.2, 't:q': 10 };
    const sim = storySimilarity(features, article.published, story('s', 1, f));
    expect(sim).toBeLessThan(STORY_THRESHOLD);
    expect(reachesStory(sim, 100)).toBe(true);
    expect((await assignStory(storeWith([story('s-one', 1, f)]), article, features)).story).toBeNull();
    expect((await assignStory(storeWith([story('s-many', 100, f)]), article, features)).story).toBe('s-many');
  });

  describe('twin merge', () => {
    it('folds a small twin into the larger story when the article reaches both and they are alike', async () => {
      expect(storyPairSimilarity(lone.features, large.features)).toBeGreaterThanOrEqual(STORY_MERGE_SIM);
      const got = await assignStory(storeWith([lone, large]), article, features);
      expect(got).toEqual({
        story: 's-large',
        score: storySimilarity(features, article.published, large),
        merge: 's-lone',
      });
      // The larger survives even when the article prefers the smaller.
      const close = story('s-close', 2, features);
      expect(storyPairSimilarity(close.features, large.features)).toBeGreaterThanOrEqual(STORY_MERGE_SIM);
      const both = await assignStory(storeWith([large, close]), article, features);
      expect(both).toEqual({
        story: 's-large',
        score: storySimilarity(features, article.published, close),
        merge: 's-close',
      });
    });

    it('keeps two stories apart that the article reaches but that share little', async () => {
      // Each shares one side of the article: one its people, the other its words.
      const people = story('s-people', 3, { 'e:kb:per:a': 10, 'e:kb:per:b': 6, 't:q': 9, 't:r': 9 });
      const words = story('s-words', 3, { 'e:kb:per:y': 10, 't:foo': 8, 't:bar': 5, 't:baz': 4 });
      expect(storySimilarity(features, article.published, people)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
      expect(storySimilarity(features, article.published, words)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
      expect(storyPairSimilarity(people.features, words.features)).toBeLessThan(STORY_MERGE_SIM);
      const got = await assignStory(storeWith([people, words]), article, features);
      expect(got.merge).toBeUndefined();
    });

    it('moves no story larger than the cap', async () => {
      const huge = { ...large, article_count: STORY_MERGE_MAX + 2 };
      const big = story('s-big', STORY_MERGE_MAX + 1, lone.features);
      expect((await assignStory(storeWith([big, huge]), article, features)).merge).toBeUndefined();
      const capped = { ...big, article_count: STORY_MERGE_MAX };
      expect((await assignStory(storeWith([capped, huge]), article, features)).merge).toBe('s-big');
    });
  });
});
