/**
 * Span check of the events' text fields: runs the default pipeline over N ANT articles that are not held out
 * (/work/holdout-articles.txt, when present, is skipped whole) and counts the attributions, actors and targets
 * whose `text` is not a whole-word span of the document — one that starts or ends inside a word (starts right after
 * letters that read as proclitics, و ف then ب ل ك, are listed by word to read over by eye).
 *
 *   npx tsx scripts/diag-arg-spans.ts [articles=3000] [examples=20]
 */
import { createDoc } from '../src/doc/index.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { unheldAntArticles } from './unheld-articles.js';

const n = Number(process.argv[2] ?? 3000);
const nExamples = Number(process.argv[3] ?? 20);
const articles = await unheldAntArticles(n);
const pipeline = defaultPipeline();

const LETTER = /[\p{L}\p{M}\p{N}]/u;
const PROCLITICS = /^[وف]?[بلك]?$/;

type How = 'whole' | 'clitic' | 'cut' | 'missing';
const RANK: Record<How, number> = { whole: 3, clitic: 2, cut: 1, missing: 0 };

/**
 * How `text` occurs in `hay` between `lo` and `hi`, at its best place `at`: 'whole' as a whole-word span, 'clitic'
 * right after letters that read as proclitics, 'cut' starting or ending inside a word, 'missing' not at all.
 */
function occurrence(hay: string, text: string, lo: number, hi: number): { how: How; at: number } {
  let best: { how: How; at: number } = { how: 'missing', at: -1 };
  for (let i = hay.indexOf(text, lo); i >= 0 && i + text.length <= hi; i = hay.indexOf(text, i + 1)) {
    let b = i;
    while (b > 0 && LETTER.test(hay[b - 1]!)) b--;
    const e = i + text.length;
    const okEnd = e >= hay.length || !LETTER.test(hay[e]!) || !LETTER.test(text[text.length - 1] ?? ' ');
    const how: How = !okEnd ? 'cut' : b === i ? 'whole' : PROCLITICS.test(hay.slice(b, i)) ? 'clitic' : 'cut';
    if (RANK[how] > RANK[best.how]) best = { how, at: i };
    if (how === 'whole') break;
  }
  return best;
}

const counts: Record<string, Record<string, number>> = {};
const examples: string[] = [];
/** The words a text starts inside of after proclitic-like letters, with how often: to read over by eye. */
const afterClitic = new Map<string, number>();
for (const input of articles) {
  const doc = pipeline.run(createDoc({ ...input, id: input.id! }));
  const t = doc.text;
  for (const ev of doc.events ?? []) {
    const fields: [string, string][] = [];
    if (ev.attribution) fields.push(['attribution', ev.attribution.text]);
    for (const a of ev.actors) fields.push(['actor', a.text]);
    for (const a of ev.targets) fields.push(['target', a.text]);
    for (const [kind, text] of fields) {
      const c = (counts[kind] ??= { all: 0, whole: 0, clitic: 0, cut: 0, missing: 0 });
      c['all']!++;
      // first the event's sentence, then the whole document (an attribution may come from another mention)
      let found = occurrence(t, text, ev.sentence.start, ev.sentence.end);
      if (found.how !== 'whole') {
        const anywhere = occurrence(t, text, 0, t.length);
        if (RANK[anywhere.how] > RANK[found.how]) found = anywhere;
      }
      const how = found.how;
      c[how]!++;
      if (how === 'whole') continue;
      if (how === 'clitic') {
        let b = found.at;
        while (b > 0 && LETTER.test(t[b - 1]!)) b--;
        const m = /^[\p{L}\p{M}]*/u.exec(t.slice(b));
        const key = `${kind} ${m?.[0]} → ${text.split(/\s/)[0]}`;
        afterClitic.set(key, (afterClitic.get(key) ?? 0) + 1);
        continue;
      }
      if (examples.length < nExamples) {
        const s = t.slice(ev.sentence.start, ev.sentence.end).replace(/\s+/g, ' ');
        examples.push(`${doc.id} ${kind} ${how} «${text}» | ${s.slice(0, 160)}`);
      }
    }
  }
}
console.log(`${articles.length} articles`);
for (const [k, c] of Object.entries(counts)) console.log(k, JSON.stringify(c));
console.log('starts after proclitic-like letters (word → text start), by count:');
for (const [k, v] of [...afterClitic].sort((a, b) => b[1] - a[1])) console.log(`  ${v} ${k}`);
for (const e of examples) console.log(e);
