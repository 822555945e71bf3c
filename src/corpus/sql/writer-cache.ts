/**
 * What a writer reads again and again while committing articles one after another, remembered between
 * statements: the candidate stories assignment compares each article with (the same few hundred active
 * stories, each a row with a feature vector of 64 entries), and the document frequencies of the terms
 * and entities it weighs (a Zipfian vocabulary). Reading them was a sixth to a fifth of the writer's time.
 *
 * An entry is exactly what the database holds: the whole cache is dropped whenever the driver's epoch
 * moves (another connection committed, or one of our transactions or savepoints was rolled back), and
 * our own writes update or drop the entries they touch as they go. Only drivers that can tell that
 * (SQLite: one connection) get one.
 */
import type { StoryCandidate } from '../store.js';
import type { SqlDriver } from './driver.js';

/**
 * Past this many entries a map starts afresh: bounded memory (a story's vector is a few KB), and the hot
 * entries return at once. Assignment compares an article with at most 20 recently active stories.
 */
const STORIES_KEPT = 16_384;
const TERMS_KEPT = 100_000;

export class WriterCache {
  private epoch = -1;
  private readonly stories = new Map<string, Readonly<StoryCandidate>>();
  private readonly df = new Map<string, number>();
  /** The stored number of articles (corpus_stats.docs), once read. */
  private docs: number | null = null;

  private constructor(private readonly db: SqlDriver & { cacheEpoch(): number }) {}

  static for(db: SqlDriver): WriterCache | null {
    return typeof db.cacheEpoch === 'function'
      ? new WriterCache(db as SqlDriver & { cacheEpoch(): number })
      : null;
  }

  /** Drops everything if the database may have changed behind the cache's back. */
  private check(): void {
    const epoch = this.db.cacheEpoch();
    if (epoch !== this.epoch) {
      this.stories.clear();
      this.df.clear();
      this.docs = null;
      this.epoch = epoch;
    }
  }

  /** The cached stories among `ids`, and the ids to read. */
  cachedStories(ids: readonly string[]): { found: Map<string, Readonly<StoryCandidate>>; missing: string[] } {
    this.check();
    const found = new Map<string, Readonly<StoryCandidate>>();
    const missing: string[] = [];
    for (const id of ids) {
      const s = this.stories.get(id);
      if (s) found.set(id, s);
      else missing.push(id);
    }
    return { found, missing };
  }

  rememberStory(s: Readonly<StoryCandidate>): void {
    if (this.stories.size >= STORIES_KEPT) this.stories.clear();
    this.stories.set(s.id, s);
  }

  /** A write to a story's row: its entry is read afresh next time. */
  forgetStory(id: string): void {
    this.stories.delete(id);
  }

  /** Stored document frequencies of `terms` where known (0 for a term not stored), and the terms to read. */
  cachedFrequencies(terms: readonly string[]): { found: Map<string, number>; missing: string[] } {
    this.check();
    const found = new Map<string, number>();
    const missing: string[] = [];
    for (const t of terms) {
      const n = this.df.get(t);
      if (n === undefined) missing.push(t);
      else found.set(t, n);
    }
    return { found, missing };
  }

  rememberFrequency(term: string, df: number): void {
    if (this.df.size >= TERMS_KEPT) this.df.clear();
    this.df.set(term, df);
  }

  /** Document frequencies just raised in the database by `counts`: known entries follow. */
  addedFrequencies(counts: ReadonlyMap<string, number>): void {
    for (const [t, n] of counts) {
      const known = this.df.get(t);
      if (known !== undefined) this.df.set(t, known + n);
    }
  }

  /** The stored number of articles, when known. */
  cachedDocs(): number | null {
    this.check();
    return this.docs;
  }

  rememberDocs(docs: number): void {
    this.docs = docs;
  }

  /** The number of articles just changed in the database by `delta`: a known figure follows. */
  addedDocs(delta: number): void {
    if (this.docs !== null) this.docs += delta;
  }
}
