import { existsSync, readFileSync } from 'node:fs';
import type { ArticleInput } from '../src/doc/index.js';
import { readNewsInputs } from '../bench/harness.js';

/**
 * The held-out articles of the sessions' honest sets, listed by the lead outside the repository; scripts that read
 * unlabelled ANT articles for diagnosis or identity checks skip them whole, so nobody tunes on their text.
 */
const HELD_PATH = '/work/holdout-articles.txt';

/** The first `n` ANT articles (../shared/data/news/ant.jsonl.gz) that are not held out. */
export async function unheldAntArticles(n: number): Promise<ArticleInput[]> {
  const held = new Set(
    existsSync(HELD_PATH) ? readFileSync(HELD_PATH, 'utf8').split('\n').filter(Boolean) : [],
  );
  return (await readNewsInputs(['ant.jsonl.gz'], n + held.size)).filter((a) => !held.has(a.id!)).slice(0, n);
}
