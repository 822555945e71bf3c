import { DUPLICATE_THRESHOLD, similarity } from './minhash.js';
import type { PreparedArticle } from './prepare.js';
import { articleFeatures, assignStory } from './stories.js';
import type { ArticleBundle, CommitResult, Store } from './store.js';

/**
 * Decides near-duplicate group and story for a prepared article: the bundle to commit, or the
 * result when the store already holds this very analysis. Reads only (bounded look-ups).
 */
export async function decideArticle(
  store: Store,
  a: PreparedArticle,
): Promise<{ bundle: ArticleBundle } | { unchanged: CommitResult }> {
  const state = await store.articleState(a.id);
  if (state && state.content_hash === a.content_hash && state.pipeline_version === a.pipeline_version) {
    return {
      unchanged: {
        id: a.id,
        outcome: 'unchanged',
        revision: state.revision,
        story_id: state.story_id,
        dup_group: state.dup_group,
      },
    };
  }
  const { term_tf: _tf, ...rest } = a;
  const features = await articleFeatures(store, a);
  let dupOf: ArticleBundle['dup_of'] = null;
  let story: string | null = state?.story_id ?? null;
  let storyScore = 0;
  let merge: string | undefined;
  if (!state) {
    const candidates = await store.duplicateCandidates(a.lsh_bands, a.id, 10);
    for (const c of candidates) {
      const s = similarity(a.minhash, c.signature);
      if (s >= DUPLICATE_THRESHOLD && (dupOf === null || s > dupOf.similarity)) {
        dupOf = { group: c.dup_group, article: c.id, similarity: s };
      }
    }
    const assigned = await assignStory(store, a, features);
    story = assigned.story;
    storyScore = assigned.score;
    merge = assigned.merge;
    // The same wire story republished belongs where its original went (a twin merge stands only if
    // that is the merged story).
    if (dupOf) {
      const original = await store.articleState(dupOf.article);
      // The original already in one of the two stories merged ends up where the article goes.
      if (original?.story_id && original.story_id !== story && original.story_id !== merge) {
        story = original.story_id;
        merge = undefined;
      }
    }
  }
  return {
    bundle: {
      ...rest,
      topic_terms: [...a.term_tf.map(([t]) => t), ...a.entities.map((e) => `e:${e.key}`)],
      dup_of: dupOf,
      story,
      ...(merge !== undefined && story !== null ? { story_merge: merge } : {}),
      story_score: storyScore,
      features,
    },
  };
}

/**
 * Decides near-duplicate group and story for a prepared article and commits it atomically.
 * Called in input order by a single writer, which keeps story assignment deterministic.
 */
export async function commitPrepared(store: Store, a: PreparedArticle): Promise<CommitResult> {
  const decided = await decideArticle(store, a);
  return 'unchanged' in decided ? decided.unchanged : store.commitArticle(decided.bundle);
}
