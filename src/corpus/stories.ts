/**
 * Online story clustering. Each article is compared with a bounded set of candidate stories (found
 * through the inverted index over story features, limited to recently active stories) and joins the
 * most similar one above a threshold, or opens a new story. Deterministic: same input order, same
 * stories.
 *
 * Similarity mixes two views, each a cosine: shared entities (KB ids where linked) and distinctive
 * terms (TF-IDF over stems); it decays with the time between the article and the story. Event types
 * are no view of their own: a handful of types (CONSULT, PROTEST…) is shared by most unrelated stories,
 * and as a third view they lowered recall on the labelled stories (B-cubed F1 0.696 → 0.745 without).
 */
import { byCodePoint, type PreparedArticle } from './prepare.js';
import type { FeatureVector, Store, StoryCandidate } from './store.js';

export const STORY_THRESHOLD = Number(process.env['RASD_STORY_THRESHOLD'] ?? 0.2);
const WEIGHTS = { e: 0.5, t: 0.5 } as const;
const TERMS_KEPT = 12;
const CANDIDATES = 20;
const WINDOW_DAYS = 400;
/**
 * Among the candidates above the threshold, a story's size counts too: rank = similarity ×
 * (1 + STORY_SIZE_PRIOR · ln articles), a tempered form of the Chinese-restaurant prior (join a story
 * in proportion to its size). A cosine to a lone article's features is on another scale than one to
 * the centroid of many: the lone article's own rare words and speaker weigh in full, the centroid's are
 * averaged out. Without the prior a stray early article of a topic (Le Pen's Schengen promise, the day
 * after the first Macron article) became a twin of the main story and took every later article that
 * named its person a little more. Kept mild: the prior also feeds catch-all stories (police news of one
 * town) where the feed is dense; see docs/eval/stories.md for β by feed density.
 */
export const STORY_SIZE_PRIOR = Number(process.env['RASD_STORY_SIZE_PRIOR'] ?? 0.1);

/**
 * The threshold is met by similarity × (1 + STORY_SIZE_THRESHOLD · ln articles): the bar to join a story
 * sinks a little as it grows, for the reason the size prior ranks by size: the cosine to the centroid of
 * many articles is on a lower scale than to one article (each member's own words and speakers are
 * averaged out). Articles of debate topics carried by quotes («X : …») share only the topic's words
 * with the story and met it just under the bar (municipal elections: 0.17–0.19 against 0.2 for a story
 * of 20 articles). Milder than the ranking prior: at 0.1 catch-all stories grow in dense feeds.
 * B-cubed F1 (every 10th / 4th / 2nd other article as distractors): 0 → 0.777 / 0.785 / 0.726;
 * 0.03 → 0.790 / 0.793 / 0.744; 0.05 → 0.798 / 0.799 / 0.754; 0.07 → 0.792 / 0.788 / 0.746;
 * 0.1 → 0.789 / 0.790 / 0.750.
 */
export const STORY_SIZE_THRESHOLD = Number(process.env['RASD_STORY_SIZE_THRESHOLD'] ?? 0.05);

/** Whether similarity `s` to a story of `articles` articles reaches the threshold. */
export function reachesStory(s: number, articles: number): boolean {
  return s * (1 + STORY_SIZE_THRESHOLD * Math.log(Math.max(1, articles))) >= STORY_THRESHOLD;
}

/**
 * Twin merge: when an article reaches the threshold for two stories whose own feature vectors are this
 * similar (the same two views, story to story) and the smaller holds at most STORY_MERGE_MAX articles,
 * the smaller is folded into the larger before the article joins. A stray early article of a topic
 * opens its own story and later articles split between it and the main one; stories never met again
 * otherwise. The size cap bounds the work a merge costs an article (re-pointing the smaller story's
 * articles and events). 0 disables merging (RASD_STORY_MERGE_SIM=0).
 */
export const STORY_MERGE_SIM = Number(process.env['RASD_STORY_MERGE_SIM'] ?? 0.3);
export const STORY_MERGE_MAX = Number(process.env['RASD_STORY_MERGE_MAX'] ?? 30);

export async function articleFeatures(store: Store, a: PreparedArticle): Promise<FeatureVector> {
  const v: FeatureVector = {};
  const entityKeys = a.entities.map((e) => `e:${e.key}`);
  const { docs, df } = await store.termStats([...a.term_tf.map(([t]) => t), ...entityKeys]);
  // Entities are weighed by IDF too: the country every local article names says nothing of the topic.
  for (let i = 0; i < a.entities.length; i++) {
    const e = a.entities[i]!;
    const key = entityKeys[i]!;
    const idf = docs < 20 ? 1 : Math.log((docs + 1) / ((df.get(key) ?? 0) + 1));
    if (idf > 0) v[key] = (1 + Math.log(e.mentions)) * idf;
  }
  const weighted = a.term_tf
    .map(([t, f]): [string, number] => [t, (1 + Math.log(f)) * Math.log((docs + 1) / ((df.get(t) ?? 0) + 1))])
    .filter(([, w]) => w > 0)
    .sort((x, y) => y[1] - x[1] || byCodePoint(x[0], y[0]))
    .slice(0, TERMS_KEPT);
  // While the corpus is tiny IDF says little; plain frequency still names the topic.
  const terms = docs < 20 ? a.term_tf.slice(0, TERMS_KEPT) : weighted;
  for (const [t, w] of terms) v[`t:${t}`] = w;
  return v;
}

const PREFIXES = Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[];

/** A vector split by view (`e`, `t`), with each view's norm, for repeated cosines. */
interface SplitVector {
  views: Map<string, { entries: [string, number][]; norm: number }>;
}

function split(v: FeatureVector): SplitVector {
  const views = new Map<string, { entries: [string, number][]; norm: number }>();
  for (const k in v) {
    const w = v[k]!;
    const prefix = k.slice(0, k.indexOf(':'));
    let view = views.get(prefix);
    if (!view) views.set(prefix, (view = { entries: [], norm: 0 }));
    view.entries.push([k, w]);
    view.norm += w * w;
  }
  for (const view of views.values()) view.norm = Math.sqrt(view.norm);
  return { views };
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

/** A story's features as a Map (faster look-ups than a large object) with the squared norm of each view. */
interface StoryView {
  weights: Map<string, number>;
  normE: number;
  normT: number;
}

/**
 * Remembered per features object: the store hands out the same (frozen) object for a story whose
 * features did not change, and assignment compares article after article with the same candidates.
 */
const storyViews = new WeakMap<FeatureVector, StoryView>();

function storyView(features: FeatureVector): StoryView {
  let view = storyViews.get(features);
  if (view) return view;
  view = { weights: new Map(), normE: 0, normT: 0 };
  // Norms per view, keyed by the prefix letter (e, t); stories stored before event types left the
  // features may still hold `v:` ones, which no view reads.
  for (const k in features) {
    const w = features[k]!;
    view.weights.set(k, w);
    const c = k.charCodeAt(0);
    if (c === 101) view.normE += w * w;
    else if (c === 116) view.normT += w * w;
  }
  if (Object.isFrozen(features)) storyViews.set(features, view);
  return view;
}

function similarityOfSplit(
  article: SplitVector,
  date: string | null,
  story: Pick<StoryCandidate, 'features' | 'first_date' | 'last_date'>,
): number {
  const { weights, normE, normT } = storyView(story.features);
  // A view the article lacks (no entities recognised) does not count against it.
  let sum = 0;
  let weight = 0;
  for (const prefix of PREFIXES) {
    const view = article.views.get(prefix);
    if (!view || view.entries.length === 0) continue;
    weight += WEIGHTS[prefix];
    const nb = prefix === 'e' ? normE : normT;
    if (view.norm === 0 || nb === 0) continue;
    let dot = 0;
    for (const [k, w] of view.entries) {
      const o = weights.get(k);
      if (o !== undefined) dot += w * o;
    }
    sum += (WEIGHTS[prefix] * dot) / (view.norm * Math.sqrt(nb));
  }
  const sim = weight > 0 ? sum / weight : 0;
  if (date === null || story.first_date === null || story.last_date === null) return sim;
  const gap =
    date < story.first_date
      ? daysBetween(date, story.first_date)
      : date > story.last_date
        ? daysBetween(date, story.last_date)
        : 0;
  const decay = gap <= 14 ? 1 : Math.max(0.5, 1 - (gap - 14) / 800);
  return sim * decay;
}

export function storySimilarity(
  article: FeatureVector,
  date: string | null,
  story: Pick<StoryCandidate, 'features' | 'first_date' | 'last_date'>,
): number {
  return similarityOfSplit(split(article), date, story);
}

function shiftDays(date: string, days: number): string {
  const t = Date.parse(date.slice(0, 10));
  if (Number.isNaN(t)) return '';
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Picks the story for an article: among the candidates whose similarity reaches the threshold (lowered
 * for larger stories, see STORY_SIZE_THRESHOLD), the one
 * ranked best with the size prior (ties: the smaller id); null for a new story. The score returned is
 * the plain similarity. `merge`: a twin story to fold into the story returned (see STORY_MERGE_SIM).
 */
export async function assignStory(
  store: Store,
  a: PreparedArticle,
  features: FeatureVector,
  merging: { sim: number; max: number } = { sim: STORY_MERGE_SIM, max: STORY_MERGE_MAX },
): Promise<{ story: string | null; score: number; merge?: string }> {
  const probe = Object.entries(features)
    .sort((x, y) => y[1] - x[1] || byCodePoint(x[0], y[0]))
    .slice(0, 16)
    .map(([k]) => k);
  if (probe.length === 0) return { story: null, score: 0 };
  const since = a.published ? shiftDays(a.published, -WINDOW_DAYS) : null;
  const candidates = await store.storyCandidates(probe, { since, limit: CANDIDATES });
  let best: { story: string | null; score: number } = { story: null, score: 0 };
  let bestRank = 0;
  let bestCandidate: StoryCandidate | null = null;
  const above: StoryCandidate[] = [];
  const article = split(features);
  for (const c of candidates) {
    const s = similarityOfSplit(article, a.published, c);
    if (!reachesStory(s, c.article_count)) continue;
    above.push(c);
    const rank = s * (1 + STORY_SIZE_PRIOR * Math.log(Math.max(1, c.article_count)));
    if (rank > bestRank || (rank === bestRank && best.story !== null && c.id < best.story)) {
      best = { story: c.id, score: s };
      bestRank = rank;
      bestCandidate = c;
    }
  }
  if (best.story === null || bestCandidate === null) return { story: null, score: 0 };
  const twin = twinOf(bestCandidate, above, merging);
  if (twin === null) return best;
  // The larger story survives (ties: the older id, i.e. the smaller); the article joins it.
  const [from, into] = larger(bestCandidate, twin) ? [twin, bestCandidate] : [bestCandidate, twin];
  return { story: into.id, score: best.score, merge: from.id };
}

function larger(x: StoryCandidate, y: StoryCandidate): boolean {
  return x.article_count > y.article_count || (x.article_count === y.article_count && x.id < y.id);
}

/** Cosine of two stories' feature vectors, view by view, weighted as an article's similarity is. */
export function storyPairSimilarity(x: FeatureVector, y: FeatureVector): number {
  return similarityOfSplit(split(x), null, { features: y, first_date: null, last_date: null });
}

/**
 * The twin of the chosen story among the others the article reaches: the most similar to it, story to
 * story, at or above STORY_MERGE_SIM, when the smaller of the two is small enough to move.
 */
function twinOf(
  chosen: StoryCandidate,
  above: readonly StoryCandidate[],
  merging: { sim: number; max: number },
): StoryCandidate | null {
  if (merging.sim <= 0) return null;
  let twin: StoryCandidate | null = null;
  let twinSim = 0;
  for (const c of above) {
    if (c.id === chosen.id) continue;
    if (Math.min(c.article_count, chosen.article_count) > merging.max) continue;
    const s = storyPairSimilarity(c.features, chosen.features);
    if (s >= merging.sim && (s > twinSim || (s === twinSim && twin !== null && c.id < twin.id))) {
      twin = c;
      twinSim = s;
    }
  }
  return twin;
}
