/**
 * Places of events on unseen ANT articles (not held out): one line per event with its sentence, for comparing two
 * versions of the place rules by diff. Usage: npx tsx scripts/diag-place-ant.ts [N] [SKIP] > out.txt
 */
import { createDoc } from '../src/doc/index.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { unheldAntArticles } from './unheld-articles.js';

const n = Number(process.argv[2] ?? 1500);
const skip = Number(process.argv[3] ?? 0);
const pipe = defaultPipeline();
for (const a of (await unheldAntArticles(n + skip)).slice(skip)) {
  const doc = pipe.run(createDoc({ ...a, id: a.id ?? '' }));
  for (const e of doc.events) {
    const s = doc.text.slice(e.sentence.start, e.sentence.end).replace(/\s+/g, ' ');
    console.log(
      `${a.id} ${e.type} «${doc.text.slice(e.trigger.start, e.trigger.end)}» @ ${e.place?.name ?? '∅'}\t${s}`,
    );
  }
}
