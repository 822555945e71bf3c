import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { commitPrepared } from '../../src/corpus/commit.js';
import { openStore } from '../../src/corpus/open-store.js';
import { storySimilarity } from '../../src/corpus/stories.js';
import type { FeatureVector } from '../../src/corpus/store.js';
import { ASTANA_EXPO, prepare, ROUND11, ROUND13 } from './fixtures.js';

describe('story features read for assignment', () => {
  it('always match the stored vector as a story grows, and are shared read-only', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rasd-story-features-')), 's.db');
    const store = await openStore(path);
    const raw = new Database(path, { readonly: true });
    try {
      for (const input of [ROUND13, ASTANA_EXPO, ROUND11]) {
        const { story_id } = await commitPrepared(store, prepare(input));
        const row = raw.prepare('SELECT features FROM stories WHERE id = ?').get(story_id) as {
          features: string;
        };
        const stored = JSON.parse(row.features) as FeatureVector;
        const probe = Object.keys(stored).slice(0, 16);
        const found = (await store.storyCandidates(probe, { since: null, limit: 20 })).find(
          (c) => c.id === story_id,
        );
        expect(found!.features).toEqual(stored);
        // Read twice, the same vector (parsed once); nobody may change what others read.
        const again = (await store.storyCandidates(probe, { since: null, limit: 20 })).find(
          (c) => c.id === story_id,
        );
        expect(again!.features).toBe(found!.features);
        expect(Object.isFrozen(found!.features)).toBe(true);
        // Similarity from the remembered view equals the one from a fresh copy of the vector.
        const story = { features: found!.features, first_date: null, last_date: null };
        const article = Object.fromEntries(Object.entries(stored).slice(0, 10));
        expect(storySimilarity(article, null, story)).toBe(
          storySimilarity(article, null, { ...story, features: { ...stored } }),
        );
      }
    } finally {
      raw.close();
      await store.close();
    }
  });
});
