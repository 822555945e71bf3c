/**
 * Fast story-clustering tuning: analyses the eval-stories set-up once (labelled articles plus every Nth
 * other ANT article) and keeps the prepared articles in a file; later runs replay only the story
 * decisions and commits (seconds, not minutes), so settings read from the environment
 * (RASD_STORY_THRESHOLD, RASD_STORY_SIZE_THRESHOLD, RASD_STORY_SIZE_PRIOR, RASD_STORY_MERGE_SIM, …) can be compared quickly.
 *
 *   npx tsx scripts/tune-stories.ts --distractors 10 [--cache /tmp/stories-10.json.gz]
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { commitPrepared } from '../src/corpus/commit.js';
import { openStore } from '../src/corpus/open-store.js';
import { AnalysisPool } from '../src/corpus/pool.js';
import type { PreparedArticle } from '../src/corpus/prepare.js';
import { SqlStore } from '../src/corpus/sql/sql-store.js';
import { reachesStory, storyPairSimilarity, storySimilarity } from '../src/corpus/stories.js';
import type { ArticleBundle, StoryCandidate } from '../src/corpus/store.js';
import { storyFeed, storyLabels, storyLosses } from './story-feed.js';
import { bcubed } from './eval-stories.js';

const args = process.argv.slice(2);
const every = args.includes('--distractors') ? Number(args[args.indexOf('--distractors') + 1]) : 10;
const cache = args.includes('--cache')
  ? args[args.indexOf('--cache') + 1]!
  : join(tmpdir(), `rasd-stories-${every}.json.gz`);

const labels = storyLabels();

let prepared: PreparedArticle[];
if (existsSync(cache)) {
  prepared = JSON.parse(gunzipSync(readFileSync(cache)).toString('utf8')) as PreparedArticle[];
} else {
  const chosen = storyFeed(labels, every);
  const pool = new AnalysisPool(2);
  prepared = await Promise.all(chosen.map((input) => pool.run({ input, origin: input.id, format: 'json' })));
  await pool.close();
  writeFileSync(cache, gzipSync(JSON.stringify(prepared)));
}

// --pairs: for every article, the pairs (chosen story, other story above the threshold) with their
// story-to-story similarity and whether their members share a gold story (majority labels).
const pairs = args.includes('--pairs');
const members = new Map<string, string[]>();
const pairLog: { sim: number; same: boolean | null; sizes: [number, number] }[] = [];
const majority = (story: string): string | null => {
  const counts = new Map<string, number>();
  for (const id of members.get(story) ?? []) {
    const g = labels.get(id);
    if (g) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return [...counts].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
};
if (pairs) {
  const proto = SqlStore.prototype as unknown as {
    storyCandidates: SqlStore['storyCandidates'];
    commitArticle: SqlStore['commitArticle'];
  };
  const origCandidates = proto.storyCandidates;
  const origCommit = proto.commitArticle;
  let last: StoryCandidate[] = [];
  proto.storyCandidates = async function (this: SqlStore, ...a) {
    last = await origCandidates.apply(this, a);
    return last;
  };
  proto.commitArticle = async function (this: SqlStore, b: ArticleBundle) {
    const above = last.filter((c) =>
      reachesStory(storySimilarity(b.features, b.published, c), c.article_count),
    );
    const chosen = above.find((c) => c.id === b.story) ?? above.find((c) => c.id === b.story_merge);
    if (chosen && labels.has(b.id)) {
      for (const c of above) {
        if (c.id === chosen.id) continue;
        const g1 = majority(chosen.id);
        const g2 = majority(c.id);
        pairLog.push({
          sim: storyPairSimilarity(chosen.features, c.features),
          same: g1 === null || g2 === null ? null : g1 === g2,
          sizes: [chosen.article_count, c.article_count],
        });
      }
    }
    last = [];
    const r = await origCommit.call(this, b);
    if (b.story_merge && r.story_id) {
      members.set(r.story_id, [...(members.get(r.story_id) ?? []), ...(members.get(b.story_merge) ?? [])]);
      members.delete(b.story_merge);
    }
    if (r.story_id) members.set(r.story_id, [...(members.get(r.story_id) ?? []), b.id]);
    return r;
  };
}

const dir = mkdtempSync(join(tmpdir(), 'rasd-tune-stories-'));
const store = await openStore(join(dir, 'tune.db'));
const t0 = Date.now();
const storyOf = new Map<string, string>();
for (let i = 0; i < prepared.length; i += 64) {
  await store.transaction(
    async (tx) => {
      for (const p of prepared.slice(i, i + 64)) {
        const r = await commitPrepared(tx, p);
        if (r.story_id) storyOf.set(p.id, r.story_id);
      }
    },
    { allOrNothing: true },
  );
}
const seconds = (Date.now() - t0) / 1000;
const pred = new Map<string, string>();
for (const id of labels.keys()) {
  const s = (await store.articleState(id))?.story_id;
  if (s) pred.set(id, s);
}
const all = bcubed(labels, pred);
if (args.includes('--loss')) {
  const lines = storyLosses(labels, pred).map(
    (l) => `${l.g} n=${l.n} P-loss ${l.lp.toFixed(1)} R-loss ${l.lr.toFixed(1)}`,
  );
  console.log(`every ${every} loss: ${lines.join('; ')}`);
}
const names = [...new Set(labels.values())].sort();
const half = (k: number): Map<string, string> =>
  new Map([...labels].filter(([, g]) => names.indexOf(g) % 2 === k));
const [a, b] = [bcubed(half(0), pred), bcubed(half(1), pred)];
const size = new Map<string, number>();
for (const p of prepared) {
  const s = (await store.articleState(p.id))?.story_id;
  if (s) size.set(s, (size.get(s) ?? 0) + 1);
}
const largest = [...size.values()].sort((x, y) => y - x).slice(0, 5);
const stories = (await store.listStories({ min_articles: 1, limit: 1 })).total;
console.log(
  `every ${every}: P ${all.p.toFixed(3)} R ${all.r.toFixed(3)} F1 ${all.f.toFixed(3)} (A ${a.f.toFixed(3)} B ${b.f.toFixed(3)}) stories ${stories} largest ${largest.join(' ')} commit ${seconds.toFixed(1)} s (${(prepared.length / seconds).toFixed(0)}/s)`,
);
if (pairs) {
  for (const lo of [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]) {
    const inBand = pairLog.filter((p) => p.sim >= lo && p.sim < lo + 0.05);
    const same = inBand.filter((p) => p.same === true).length;
    const diff = inBand.filter((p) => p.same === false).length;
    const smallMax = inBand.filter((p) => p.same === true).map((p) => Math.min(...p.sizes));
    console.log(
      `pair sim ${lo.toFixed(2)}–${(lo + 0.05).toFixed(2)}: same ${same} different ${diff} (smaller sizes of same: ${smallMax.sort((x, y) => x - y).join(',')})`,
    );
  }
}
await store.close();
rmSync(dir, { recursive: true, force: true });
