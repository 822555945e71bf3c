/**
 * Story assignment diagnostics: the eval-stories set-up (labelled articles plus every 10th other ANT
 * article, in publication order), recording for each labelled article the features it was compared by,
 * its candidate stories with their similarity, and the story it joined. Prints, per gold story (or the
 * ones named), each member with the predicted story, the score and the best candidates (the gold story
 * that holds each candidate's most members).
 *
 *   npx tsx scripts/diag-stories.ts [--story NAME]... [--features] [--distractors 10]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleInput } from '../src/doc/index.js';
import { ingest, type IngestItem } from '../src/corpus/ingest.js';
import { openStore } from '../src/corpus/open-store.js';
import { SqlStore } from '../src/corpus/sql/sql-store.js';
import { storySimilarity } from '../src/corpus/stories.js';
import type { ArticleBundle, StoryCandidate } from '../src/corpus/store.js';
import { bcubed } from './eval-stories.js';
import { storyFeed, storyLabels, storyLosses } from './story-feed.js';

const args = process.argv.slice(2);
const wanted = args.flatMap((a, i) => (args[i - 1] === '--story' ? [a] : []));
const showFeatures = args.includes('--features');
const every = args.includes('--distractors') ? Number(args[args.indexOf('--distractors') + 1]) : 10;

interface Record_ {
  bundle: ArticleBundle;
  candidates: { id: string; score: number; size: number }[];
}

async function main(): Promise<void> {
  const labels = storyLabels();
  const chosen: ArticleInput[] = storyFeed(labels, every);

  const records = new Map<string, Record_>();
  let last: StoryCandidate[] = [];
  const proto = SqlStore.prototype as unknown as {
    storyCandidates: SqlStore['storyCandidates'];
    commitArticle: SqlStore['commitArticle'];
  };
  const origCandidates = proto.storyCandidates;
  const origCommit = proto.commitArticle;
  proto.storyCandidates = async function (this: SqlStore, ...a) {
    last = await origCandidates.apply(this, a);
    return last;
  };
  proto.commitArticle = async function (this: SqlStore, b: ArticleBundle) {
    if (labels.has(b.id)) {
      records.set(b.id, {
        bundle: b,
        candidates: last
          .map((c) => ({
            id: c.id,
            score: storySimilarity(b.features, b.published, c),
            size: c.article_count,
          }))
          .sort((x, y) => y.score - x.score)
          .slice(0, 4),
      });
    }
    last = [];
    return origCommit.call(this, b);
  };

  const dir = mkdtempSync(join(tmpdir(), 'rasd-diag-stories-'));
  const store = await openStore(join(dir, 'eval.db'));
  const items: IngestItem[] = chosen.map((input) => ({ input, origin: input.id! }));
  await ingest(store, items, { workers: 2 });
  const pred = new Map<string, string>();
  const storyOf = new Map<string, string>();
  for (const input of chosen) {
    const s = (await store.articleState(input.id!))?.story_id;
    if (s) storyOf.set(input.id!, s);
  }
  for (const id of labels.keys()) if (storyOf.has(id)) pred.set(id, storyOf.get(id)!);
  // Each predicted story named by the gold story holding most of its labelled members.
  const members = new Map<string, string[]>();
  for (const [id, s] of storyOf) members.set(s, [...(members.get(s) ?? []), id]);
  const nameOf = (s: string): string => {
    const m = members.get(s) ?? [];
    const counts = new Map<string, number>();
    for (const id of m) {
      const g = labels.get(id) ?? '·';
      counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([g, n]) => `${g}:${n}`);
    return `${s.slice(0, 8)}[${parts.slice(0, 3).join(',')}]`;
  };
  const all = bcubed(labels, pred);
  console.log(`B-cubed P ${all.p.toFixed(3)} R ${all.r.toFixed(3)} F1 ${all.f.toFixed(3)}`);
  const loss = storyLosses(labels, pred);
  for (const l of loss.sort((a, b) => b.lp + b.lr - a.lp - a.lr)) {
    console.log(
      `${l.g.padEnd(40)} n=${String(l.n).padStart(3)} P-loss ${l.lp.toFixed(1)} R-loss ${l.lr.toFixed(1)}`,
    );
  }
  for (const g of wanted.length > 0 ? wanted : []) {
    console.log(`\n=== ${g}`);
    for (const [id, x] of [...labels].sort((a, b) => {
      const ra = records.get(a[0])?.bundle.published ?? '';
      const rb = records.get(b[0])?.bundle.published ?? '';
      return ra.localeCompare(rb) || a[0].localeCompare(b[0]);
    })) {
      if (x !== g) continue;
      const r = records.get(id);
      if (!r) {
        console.log(`${id}: not recorded`);
        continue;
      }
      const b = r.bundle;
      console.log(
        `\n${b.published} ${id} → ${nameOf(pred.get(id) ?? '-')} ${b.story === null ? 'NEW' : 'join'} score ${(b.story_score ?? 0).toFixed(3)}${b.dup_of ? ` dup of ${b.dup_of.article}` : ''}\n  ${b.title}`,
      );
      for (const c of r.candidates)
        console.log(`    cand ${nameOf(c.id)} n=${c.size} sim ${c.score.toFixed(3)}`);
      if (showFeatures) {
        const names = new Map(b.entities.map((e) => [`e:${e.key}`, `${e.name}/${e.type}`]));
        const f = Object.entries(b.features).sort((a, c) => c[1] - a[1]);
        console.log(
          '    ' +
            f
              .map(([k, w]) => `${k.startsWith('e:') ? `E(${names.get(k) ?? k})` : k}=${w.toFixed(2)}`)
              .join(' '),
        );
        const noIdf = b.entities.filter((e) => !(`e:${e.key}` in b.features));
        if (noIdf.length > 0)
          console.log('    entities with no weight: ' + noIdf.map((e) => e.name).join(', '));
      }
    }
  }
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

await main();
