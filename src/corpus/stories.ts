/**
 * Online story clustering. Each article is compared with a bounded set of candidate stories (found
 * through the inverted index over story features, limited to recently active stories) and joins the
 * most similar one above a threshold, or opens a new story. Deterministic: same input order, same
 * stories.
 *
 * Similarity mixes three views, each a cosine: shared entities (KB ids where linked), distinctive
 * terms (TF-IDF over stems) and event types; it decays with the time between the article and the story.
 */
import type { PreparedArticle } from './prepare.js';
import type { FeatureVector, Store, StoryCandidate } from './store.js';

export const STORY_THRESHOLD = Number(process.env['RASD_STORY_THRESHOLD'] ?? 0.15);
const WEIGHTS = { e: 0.5, t: 0.35, v: 0.15 } as const;
const TERMS_KEPT = 12;
const CANDIDATES = 20;
const WINDOW_DAYS = 400;

export async function articleFeatures(store: Store, a: PreparedArticle): Promise<FeatureVector> {
  const v: FeatureVector = {};
  for (const e of a.entities) v[`e:${e.key}`] = 1 + Math.log(e.mentions);
  for (const ev of a.events) v[`v:${ev.type}`] = 1;
  const { docs, df } = await store.termStats(a.term_tf.map(([t]) => t));
  const weighted = a.term_tf
    .map(([t, f]): [string, number] => [t, (1 + Math.log(f)) * Math.log((docs + 1) / ((df[t] ?? 0) + 1))])
    .filter(([, w]) => w > 0)
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, TERMS_KEPT);
  // While the corpus is tiny IDF says little; plain frequency still names the topic.
  const terms = docs < 20 ? a.term_tf.slice(0, TERMS_KEPT) : weighted;
  for (const [t, w] of terms) v[`t:${t}`] = w;
  return v;
}

function groupCosine(a: FeatureVector, b: FeatureVector, prefix: string): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, w] of Object.entries(a)) {
    if (!k.startsWith(prefix)) continue;
    na += w * w;
    const o = b[k];
    if (o !== undefined) dot += w * o;
  }
  for (const [k, w] of Object.entries(b)) if (k.startsWith(prefix)) nb += w * w;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

export function storySimilarity(
  article: FeatureVector,
  date: string | null,
  story: Pick<StoryCandidate, 'features' | 'first_date' | 'last_date'>,
): number {
  // Views the article lacks (no entities recognised, no events) do not count against it.
  let sum = 0;
  let weight = 0;
  for (const [prefix, w] of Object.entries(WEIGHTS)) {
    const p = `${prefix}:`;
    if (!Object.keys(article).some((k) => k.startsWith(p))) continue;
    sum += w * groupCosine(article, story.features, p);
    weight += w;
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

function shiftDays(date: string, days: number): string {
  const t = Date.parse(date.slice(0, 10));
  if (Number.isNaN(t)) return '';
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/** Picks the story for an article: the best candidate above the threshold, or null for a new story. */
export async function assignStory(
  store: Store,
  a: PreparedArticle,
  features: FeatureVector,
): Promise<{ story: string | null; score: number }> {
  const probe = Object.entries(features)
    .filter(([k]) => !k.startsWith('v:'))
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, 16)
    .map(([k]) => k);
  if (probe.length === 0) return { story: null, score: 0 };
  const since = a.published ? shiftDays(a.published, -WINDOW_DAYS) : null;
  const candidates = await store.storyCandidates(probe, { since, limit: CANDIDATES });
  let best: { story: string | null; score: number } = { story: null, score: 0 };
  for (const c of candidates) {
    const s = storySimilarity(features, a.published, c);
    if (s > best.score || (s === best.score && best.story !== null && c.id < best.story)) {
      best = { story: c.id, score: s };
    }
  }
  return best.score >= STORY_THRESHOLD ? best : { story: null, score: 0 };
}
