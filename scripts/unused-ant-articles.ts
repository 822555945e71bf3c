/**
 * ANT articles that no evaluation set uses yet, in a seeded random order: the common first step of the
 * scripts that draw sentences for a new hand-annotated split (draw-eval-sentences.ts,
 * draw-event-sentences.ts), and the sentences they choose from. An article counts as used when any line of any eval/*.jsonl names it as
 * `article` or `id`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createDoc } from '../src/doc/index.js';
import { cleanPass } from '../src/text/passes/clean.js';
import { segmentSentencesPass } from '../src/text/passes/segment-sentences.js';

export interface AntArticle {
  id: string;
  published: string;
  title: string;
  body: string;
  /** ANT's section: localNews, internationalNews, politic, sport, … */
  category?: string | null;
}

/** mulberry32: small, seeded, reproducible. */
function rng(a: number): () => number {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** ANT dates come as 2017-03-09T… or 09/03/2017 (day first). */
export function isoDate(published: string): string {
  const m = /^(\d\d)\/(\d\d)\/(\d{4})/.exec(published);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : published.slice(0, 10);
}

/** The articles, shuffled, and the seeded generator that shuffled them (draws go on from it). */
export function shuffledUnusedArticles(seed: number): { articles: AntArticle[]; random: () => number } {
  const used = new Set<string>();
  for (const f of readdirSync('eval').filter((n) => n.endsWith('.jsonl'))) {
    for (const line of readFileSync(`eval/${f}`, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { article?: string; id?: string };
      if (r.article) used.add(r.article);
      if (r.id) used.add(r.id);
    }
  }
  const articles = gunzipSync(readFileSync('../shared/data/news/ant.jsonl.gz'))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as AntArticle)
    .filter((a) => !used.has(a.id) && a.published && a.body);
  const random = rng(seed);
  for (let i = articles.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [articles[i], articles[j]] = [articles[j]!, articles[i]!];
  }
  return { articles, random };
}

/** The article's sentences of 30 to 400 characters, after cleaning, as a drawer offers them. */
export function articleSentences(a: AntArticle): string[] {
  const doc = createDoc({ id: a.id, body: a.body, published: isoDate(a.published) });
  cleanPass.run(doc);
  segmentSentencesPass.run(doc);
  return doc.sentences
    .map((s) => doc.text.slice(s.start, s.end))
    .filter((s) => s.length >= 30 && s.length <= 400);
}
