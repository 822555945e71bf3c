/**
 * Dumps the times and quantities layers of unseen ANT articles (held-out ones skipped) as one line per
 * expression: `id<TAB>layer<TAB>text<TAB>value…<TAB>context`, so two runs can be diffed and the changes read.
 *   npx tsx scripts/tq-unseen-dump.ts OUT.tsv [articles=2000] [skip=0]
 */
import { writeFileSync } from 'node:fs';
import { createDoc } from '../src/doc/index.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { unheldAntArticles } from './unheld-articles.js';

const outPath = process.argv[2];
if (!outPath) throw new Error('usage: tq-unseen-dump.ts OUT.tsv [articles=2000] [skip=0]');
const n = Number(process.argv[3] ?? 2000);
const skip = Number(process.argv[4] ?? 0);
const articles = (await unheldAntArticles(n + skip)).slice(skip);
const pipeline = defaultPipeline();
const lines: string[] = [];
const ctx = (text: string, s: number, e: number) =>
  `${text.slice(Math.max(0, s - 50), s)}[${text.slice(s, e)}]${text.slice(e, e + 40)}`.replace(/\s+/g, ' ');
for (const input of articles) {
  const doc = pipeline.run(createDoc({ ...input, id: input.id! }));
  for (const t of doc.times)
    lines.push(
      [doc.id, 'T', t.start, t.text, t.type, t.value, t.mod ?? '', ctx(doc.text, t.start, t.end)].join('\t'),
    );
  for (const q of doc.quantities)
    lines.push(
      [
        doc.id,
        'Q',
        q.start,
        q.text,
        q.value,
        q.kind,
        q.unit ?? '',
        q.approx ?? '',
        q.casualty ?? '',
        ctx(doc.text, q.start, q.end),
      ].join('\t'),
    );
}
writeFileSync(outPath, lines.join('\n') + '\n');
console.log(`${articles.length} articles, ${lines.length} lines`);
