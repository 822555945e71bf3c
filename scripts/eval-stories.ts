/**
 * Story clustering evaluation: hand labels in eval/stories.jsonl (ANT article id → story), B-cubed
 * precision and recall. The labelled articles are ingested in publication order together with
 * unlabelled ANT articles as distractors (every 10th other article), as a live feed would bring them;
 * scores are computed over the labelled articles. Writes docs/eval/stories.md.
 *
 *   npm run eval:stories [-- --distractors 10]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArticleInput } from '../src/doc/index.js';
import { ingest, type IngestItem } from '../src/corpus/ingest.js';
import { openStore } from '../src/corpus/open-store.js';
import {
  STORY_MERGE_MAX,
  STORY_MERGE_SIM,
  STORY_SIZE_PRIOR,
  STORY_SIZE_THRESHOLD,
  STORY_THRESHOLD,
} from '../src/corpus/stories.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { storyFeed, storyLabels } from './story-feed.js';

const root = resolve(import.meta.dirname, '..');
const flag = process.argv.indexOf('--distractors');
const every = flag >= 0 ? Number(process.argv[flag + 1]) : 10;

export function bcubed(
  gold: Map<string, string>,
  pred: Map<string, string>,
): { p: number; r: number; f: number } {
  const byGold = new Map<string, string[]>();
  const byPred = new Map<string, string[]>();
  for (const [id, g] of gold) {
    byGold.set(g, [...(byGold.get(g) ?? []), id]);
    const p = pred.get(id) ?? `missing:${id}`;
    byPred.set(p, [...(byPred.get(p) ?? []), id]);
  }
  let p = 0;
  let r = 0;
  for (const [id, g] of gold) {
    const cluster = byPred.get(pred.get(id) ?? `missing:${id}`)!;
    const same = cluster.filter((x) => gold.get(x) === g).length;
    p += same / cluster.length;
    r += same / byGold.get(g)!.length;
  }
  p /= gold.size;
  r /= gold.size;
  return { p, r, f: (2 * p * r) / (p + r) };
}

async function main(): Promise<void> {
  const labels = storyLabels();
  const chosen: ArticleInput[] = storyFeed(labels, every);
  const dir = mkdtempSync(join(tmpdir(), 'rasd-eval-stories-'));
  const store = await openStore(join(dir, 'eval.db'));
  const items: IngestItem[] = chosen.map((input) => ({ input, origin: input.id! }));
  const t0 = Date.now();
  const summary = await ingest(store, items, { workers: 2 });
  const seconds = (Date.now() - t0) / 1000;
  const pred = new Map<string, string>();
  for (const id of labels.keys()) {
    const a = await store.articleState(id);
    if (a?.story_id) pred.set(id, a.story_id);
  }
  const all = bcubed(labels, pred);
  // Two halves of the gold stories (alternate stories in name order): a setting chosen on one half
  // is checked on the other.
  const names = [...new Set(labels.values())].sort();
  const half = (k: number): Map<string, string> =>
    new Map([...labels].filter(([, g]) => names.indexOf(g) % 2 === k));
  const halves = [bcubed(half(0), pred), bcubed(half(1), pred)];
  const perStory: string[] = [];
  const stories = [...new Set(labels.values())].sort();
  for (const s of stories) {
    const ids = [...labels].filter(([, g]) => g === s).map(([id]) => id);
    const predicted = new Map<string, number>();
    for (const id of ids) predicted.set(pred.get(id) ?? '-', (predicted.get(pred.get(id) ?? '-') ?? 0) + 1);
    const largest = Math.max(...predicted.values());
    perStory.push(`| ${s} | ${ids.length} | ${predicted.size} | ${largest} |`);
  }
  const allStories = await store.listStories({ min_articles: 1, limit: 1 });
  // Story sizes over every article, distractors included: a low threshold shows as catch-all stories.
  const size = new Map<string, number>();
  for (const input of chosen) {
    const s = (await store.articleState(input.id!))?.story_id;
    if (s) size.set(s, (size.get(s) ?? 0) + 1);
  }
  const largest = await Promise.all(
    [...size]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 5)
      .map(async ([id, n]) => `${n} (${(await store.getStory(id))?.title ?? id})`),
  );
  const md = `# Stories: evaluation

Hand labels: \`eval/stories.jsonl\` — ${labels.size} ANT articles (Jawhara FM, 2015–2017) in ${stories.length}
stories, picked by searching the corpus for recurring topics (the Zouari assassination, the Kamour sit-in,
the Qatar crisis, the French election, the reconciliation law, attacks in Europe, …) and reading titles.
Articles of a theme that are not one evolving topic (e.g. every arrest of a cell) were left unlabelled.

Set-up: the labelled articles plus every ${every}th other ANT article as distractors
(${chosen.length} articles in all), ingested in publication order into an empty SQLite store with the
default pipeline (version \`${defaultPipeline().version}\`, ${defaultPipeline()
    .passes.map((p) => p.name)
    .join(', ')}),
${summary.added} added in ${seconds.toFixed(1)} s. Threshold ${STORY_THRESHOLD}. B-cubed over the labelled
articles (a distractor in a predicted story does not count against it).

| measure | value |
| --- | --- |
| B-cubed precision | ${all.p.toFixed(3)} |
| B-cubed recall | ${all.r.toFixed(3)} |
| B-cubed F1 | ${all.f.toFixed(3)} |
| stories created (all ${chosen.length} articles) | ${allStories.total} |
| largest stories (articles, title) | ${largest.join('; ')} |

By half of the gold stories (alternate stories in name order, ${half(0).size} and ${half(1).size} articles).
The default threshold (0.2, was 0.25) was chosen on half A among 0.1, 0.125, 0.15, 0.2, 0.25 and 0.3:
F1 on A rises to 0.727 at 0.125, but below 0.2 catch-all stories grow (at 0.125 the third largest held
42 articles about unrelated police seizures in one town), so 0.2 keeps stories readable; half B checks it.
Event types were then dropped as a third view of the similarity (weights entities 0.5, terms 0.35, event
types 0.15 → entities 0.5, terms 0.5): F1 0.645 → 0.713 on half A and 0.893 → 0.899 on half B.

Size prior (session 11): among the stories above the threshold the article joins the best by
similarity × (1 + β · ln articles) (\`STORY_SIZE_PRIOR\`, β = ${STORY_SIZE_PRIOR}). Without it (β = 0) a stray early
article became a twin of its story (Le Pen's Schengen promise beside the first Macron articles) and took
the later articles that named its person a little more (French election: 19 of 33 in the largest
story). F1 by β and distractor density (every 10th other article, the default; every 4th; every 2nd):

| β | every 10th (A / B) | every 4th | every 2nd |
| --- | --- | --- | --- |
| 0 | 0.734 (0.689 / 0.909) | 0.721 | 0.685 |
| 0.1 | 0.761 (0.732 / 0.907) | 0.735 | 0.676 |
| 0.3 | 0.782 (0.759 / 0.915) | 0.712 | 0.665 |
| 1 | 0.776 (0.769 / 0.882) | | |

The stronger prior wins on the sparse default but feeds catch-all stories in a denser feed (every 2nd:
the largest, drownings and police news of one town, 108 → 118 → 128 articles) and lets an older
Gulf story take half of the Qatar crisis; 0.1 is kept. Smoothing IDF (df + 1 + c, c = 1…20) moved the
halves apart (c = 3: A 0.759 → 0.778, B 0.915 → 0.908, with β = 0.3), and title person names counted once
instead of three times lowered F1 (0.782 → 0.770); neither kept.

Twin merge (session 12): when an article reaches the threshold for two stories whose own feature
vectors are alike (story-to-story similarity ≥ \`STORY_MERGE_SIM\` = ${STORY_MERGE_SIM}, the same two views and weights)
and the smaller holds at most \`STORY_MERGE_MAX\` = ${STORY_MERGE_MAX} articles, the smaller is folded into the larger in
the article's commit (\`Store.mergeStories\`; the merged id stays resolvable). Without it a stray early
article's story and the main one split the later articles for good. B-cubed F1 (half A / B) by setting,
every 10th / 4th / 2nd other article as distractors (replayed with \`scripts/tune-stories.ts\`):

| merge | every 10th | every 4th | every 2nd | largest story at every 2nd |
| --- | --- | --- | --- | --- |
| none | 0.761 (0.732 / 0.907) | 0.735 (0.671 / 0.944) | 0.676 (0.595 / 0.908) | 118 |
| sim 0.3, max 30 | 0.777 (0.754 / 0.908) | 0.785 (0.755 / 0.915) | 0.726 (0.672 / 0.908) | 135 |
| sim 0.25, max 30 | 0.770 (0.759 / 0.863) | 0.794 (0.770 / 0.915) | 0.735 (0.682 / 0.914) | 154 |
| sim 0.3, max 10 | 0.777 (0.754 / 0.908) | 0.770 (0.733 / 0.918) | 0.709 (0.648 / 0.908) | 134 |
| sim 0.3, max 5 | 0.777 (0.754 / 0.908) | 0.770 (0.733 / 0.918) | 0.684 (0.607 / 0.908) | 123 |

0.25 merges two unrelated stories of half B at the default density (0.907 → 0.863) and grows the
catch-all story of the densest feed; a cap of 5 or 10 leaves the twins that grew before they met.
Title words after a «lead :» (the topic of a quote-led title) weighted 5 instead of 3 did not help
(0.777 → 0.776), nor did the lead's words (speaker or place) weighted 1 or 2 instead of 3 (0.781 and
0.772, half B 0.908 → 0.889 in both: the speaker is what ties some stories together); not kept.

Size-lowered threshold (session 12): an article reaches a story when similarity × (1 + γ · ln articles) ≥
the threshold (\`STORY_SIZE_THRESHOLD\`, γ = ${STORY_SIZE_THRESHOLD}): the cosine to the centroid of many articles is on a
lower scale than to one, and quote-led debate articles («X : …», municipal elections) met their big story
at 0.17–0.19. F1 every 10th / 4th / 2nd other article (before: 0.777 / 0.785 / 0.726):

| γ | every 10th (A / B) | every 4th | every 2nd | largest at every 2nd |
| --- | --- | --- | --- | --- |
| 0.03 | 0.790 (0.776 / 0.908) | 0.793 | 0.744 | 137 |
| 0.05 | 0.798 (0.788 / 0.908) | 0.799 | 0.754 | 138 |
| 0.07 | 0.792 (0.788 / 0.888) | 0.788 | 0.746 | 148 |
| 0.1 | 0.789 (0.793 / 0.863) | 0.790 | 0.750 | 153 |

Tried on top of it (session 12) and not kept, F1 every 10th / 4th / 2nd against 0.798 / 0.799 / 0.754:
a person-only link refused (the similarity without the article's PERSON entities and the words of their
names must reach 0.05): 0.783 / 0.791 / 0.719 — it splits stories whose topic is a person (Zouari: recall
loss 1.9 → 8.4 at every 4th); the entity view capped by the term view (min(e, 2t + 0.1)): 0.759 / 0.787 /
0.717, though it shrinks the catch-all stories of the densest feed (largest 138 → 93), and min(e, 3t + 0.2):
0.781 / 0.796 / 0.740; the term view weighted 0.6 or 0.7 where it agrees more than the entities:
0.794 / 0.799 / 0.754 and 0.794 / 0.794 / 0.757; twins merged on their terms alone (term cosine ≥ 0.25):
0.795 / 0.797 / 0.752; time decay over 400 or 2000 days instead of 800: 0.805 / 0.792 / 0.743 and 0.774 /
0.792 / 0.743; threshold 0.18 or 0.22: 0.784 / 0.786 / 0.747 and 0.776 / 0.797 / 0.731; size prior β 0.05 or
0.2: 0.798 / 0.795 / 0.746 and 0.801 / 0.793 / 0.722; merge similarity 0.27: 0.787 / 0.801 / 0.746.
A surname alone folded into the article's full name that ends with it (صرصار into شفيق صرصار, one entity
feature instead of two): 0.796 / 0.798 / 0.755.
What remains: the reconciliation law and the municipal elections are still split into pieces joined by
speaker (each «X : …» article's strongest features are its speaker's), and the municipal elections and
Sarsar's resignation share a story (one speaker, the ISIE and the elections' words in both).

| half | precision | recall | F1 |
| --- | --- | --- | --- |
${halves.map((h, k) => `| ${'AB'[k]} | ${h.p.toFixed(3)} | ${h.r.toFixed(3)} | ${h.f.toFixed(3)} |`).join('\n')}

Per gold story: how many predicted stories its articles were spread over, and the largest share.

| gold story | articles | predicted stories | largest |
| --- | --- | --- | --- |
${perStory.join('\n')}

What did not help (session 5, each tried on both halves; the losses are in recall): the split stories
are mostly debates carried by quotes («X : …» titles), where the speaker dominates both views. Adjacent
title words as extra terms (قانون المصالحة) — as terms F1 0.745 → 0.639, as a third view 0.61, as a bonus
only where shared 0.70 (they crowd the story's 64 kept features and the 16 probe features); person names
left out of the terms (A 0.713 → 0.734 but B 0.899 → 0.854); entity weight 0.35 or 0.25 instead of 0.5
(0.701, 0.696); 8 or 20 distinctive terms instead of 12 (A and B move in opposite directions).

Regenerate with \`npm run eval:stories\`.
`;
  writeFileSync(join(root, 'docs/eval/stories.md'), md);
  process.stdout.write(md);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

// Run as a script, not when another script imports bcubed.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
