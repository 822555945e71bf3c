/**
 * The stories evaluation feed, shared by eval-stories.ts, diag-stories.ts and tune-stories.ts: the hand labels
 * of eval/stories.jsonl and the labelled ANT articles plus every `every`-th other one as distractors, in
 * publication order (then id).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ArticleInput } from '../src/doc/index.js';

const root = resolve(import.meta.dirname, '..');

/** Article id → gold story name. */
export function storyLabels(): Map<string, string> {
  const labels = new Map<string, string>();
  for (const line of readFileSync(join(root, 'eval/stories.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { id, story } = JSON.parse(line) as { id: string; story: string };
    labels.set(id, story);
  }
  return labels;
}

/** ANT dates come as ISO timestamps or DD/MM/YYYY. */
export function dayOf(published: string | null | undefined): string | null {
  const p = published ?? '';
  let m = /^(\d{4}-\d{2}-\d{2})/.exec(p);
  if (m) return m[1]!;
  m = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(p);
  if (m) return `${m[3]}-${m[2]}-${m[1]}`;
  return null;
}

/** The labelled articles and every `every`-th other ANT article, oldest first. */
export function storyFeed(labels: Map<string, string>, every: number): (ArticleInput & { id: string })[] {
  const rows = gunzipSync(readFileSync(resolve(root, '../shared/data/news/ant.jsonl.gz')))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map(
      (l) => JSON.parse(l) as { id: string; title: string; body: string; published: string; source: string },
    );
  let other = 0;
  return rows
    .filter((r) => labels.has(r.id) || other++ % every === 0)
    .map((r) => ({ id: r.id, title: r.title, body: r.body, published: dayOf(r.published), source: r.source }))
    .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.id.localeCompare(b.id));
}

/**
 * Per gold story, the B-cubed loss it causes: `lr` its own split (recall), `lp` the others sharing its predicted
 * clusters (precision), summed over its articles.
 */
export function storyLosses(
  labels: Map<string, string>,
  pred: Map<string, string>,
): { g: string; n: number; lp: number; lr: number }[] {
  return [...new Set(labels.values())].sort().map((g) => {
    const ids = [...labels].filter(([, x]) => x === g).map(([id]) => id);
    let lp = 0;
    let lr = 0;
    for (const id of ids) {
      const cl = [...pred].filter(([, s]) => s === pred.get(id)).map(([x]) => x);
      const same = cl.filter((x) => labels.get(x) === g).length;
      lp += 1 - same / cl.length;
      lr += 1 - same / ids.length;
    }
    return { g, n: ids.length, lp, lr };
  });
}
