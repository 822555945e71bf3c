/** A real SQLite store in a temp dir, filled with the examples and a hostile article, for API and browser tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inProcessIngest } from '../../src/api/ingest.js';
import { openStore } from '../../src/corpus/open-store.js';
import type { Store } from '../../src/corpus/store.js';
import { readExamples } from '../../src/cli/commands/serve.js';
import type { ArticleInput } from '../../src/doc/index.js';

/** Article text is untrusted: markup, scripts and handlers must come out as text. */
export const XSS_ARTICLE: ArticleInput = {
  id: 'xss-test',
  title: 'خبر <script>window.__xss = 1</script> <img src=x onerror="window.__xss = 2">',
  body:
    'قالت وزارة الخارجية <b onmouseover="window.__xss = 3">السورية</b> في دمشق إن <script>window.__xss = 4</script> ' +
    'الاجتماع عقد في موسكو.\n\n<iframe src="javascript:window.__xss = 5"></iframe> <a href="javascript:window.__xss = 6">رابط</a> ' +
    '<svg onload="window.__xss = 7"></svg> &lt;b&gt; انتهى.',
  published: '2020-01-15',
  source: '<i>source</i>',
  url: 'javascript:window.__xss = 8',
};

export interface TestCorpus {
  dir: string;
  db: string;
  store: Store;
  cleanup(): Promise<void>;
}

export async function openTestCorpus(extra: ArticleInput[] = [XSS_ARTICLE]): Promise<TestCorpus> {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-web-'));
  const db = join(dir, 'test.db');
  const store = await openStore(db);
  const ingest = inProcessIngest(store, 'test');
  await ingest.start([...(await readExamples()), ...extra]);
  await ingest.idle();
  return {
    dir,
    db,
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
