// Assembles docs/EVAL.md from the per-area reports in docs/eval/*.md, which each evaluation script
// (npm run eval:*) rewrites with fresh figures. Run by `npm run eval`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'docs/eval';
const order = [
  'text',
  'ner',
  'entities',
  'times',
  'blind8-annotation',
  'blind9-annotation',
  'blind10-annotation',
  'blind11-annotation',
  'blind12-annotation',
  'blind13-annotation',
  'blind14-annotation',
  'blind15-annotation',
  'events',
  'events-dev2',
  'events-heldout',
  'events-heldout2',
  'events-heldout2-annotation',
  'events-heldout3',
  'events-heldout3-annotation',
  'events-heldout4',
  'events-heldout4-annotation',
  'events-heldout5',
  'events-heldout5-annotation',
  'events-heldout6',
  'events-heldout6-annotation',
  'events-heldout7',
  'events-heldout7-annotation',
  'events-intl1',
  'events-intl1-annotation',
  'events-heldout8',
  'events-heldout8-annotation',
  'events-intl2',
  'events-intl2-annotation',
  'events-heldout9',
  'events-heldout9-annotation',
  'events-intl3',
  'events-intl3-annotation',
  'events-heldout10',
  'events-heldout10-annotation',
  'events-intl4',
  'events-intl4-annotation',
  'events-heldout11',
  'events-heldout11-annotation',
  'events-intl5',
  'events-intl5-annotation',
  'events-heldout12',
  'events-heldout12-annotation',
  'events-intl6',
  'events-intl6-annotation',
  'events-heldout13',
  'events-heldout13-annotation',
  'events-snn0',
  'events-snn1',
  'snn-annotation',
  'agreement',
  'stories',
];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.md') && !f.endsWith('-bench.md'))
  .sort((a, b) => {
    const ia = order.indexOf(a.replace(/\.md$/, ''));
    const ib = order.indexOf(b.replace(/\.md$/, ''));
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
  });
const parts = [
  '# rasd — evaluation',
  '',
  'Quality figures measured on development data built from real articles (ANT corpus, ANERcorp dev; since',
  'session 16 also SaudiNewsNet, a second source whose text is not shipped — the sets keep offsets and labels, see',
  '"SaudiNewsNet sets" below), never from the seed articles alone. Each section is written by its evaluation script',
  '(`npm run eval` runs them all and reassembles this file); failures are listed, not hidden.',
  '',
];
for (const f of files) {
  parts.push(readFileSync(join(dir, f), 'utf8').trim().replace(/^# /m, '## '), '');
}
writeFileSync('docs/EVAL.md', parts.join('\n'));
console.log(`docs/EVAL.md assembled from ${files.length} section(s): ${files.join(', ')}`);
