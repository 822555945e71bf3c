/**
 * Clitic-split accuracy on the hand-checked list eval/text/clitics.tsv (word, gold segmentation).
 * Prints exact-match accuracy per section and every disagreement. Usage: tsx scripts/eval-clitics.ts
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeWord } from '../src/text/clitics.js';
import { loadLexicon } from '../src/text/lexicon.js';

const FILE = resolve(import.meta.dirname, '../eval/text/clitics.tsv');

export function renderSplit(word: string): string {
  const a = analyzeWord(word, loadLexicon());
  const pro = a.clitics.filter((c) => c.kind === 'proclitic').map((c) => word.slice(c.start, c.end));
  const enc = a.clitics.filter((c) => c.kind === 'enclitic').map((c) => word.slice(c.start, c.end));
  return [...pro, `[${word.slice(a.baseStart, a.baseEnd)}]`, ...enc].join('+');
}

const stats = new Map<string, { n: number; ok: number; splitGold: number; splitOk: number }>();
const errors: string[] = [];
let section = 'all';
for (const line of readFileSync(FILE, 'utf8').split('\n')) {
  const m = /^# section: (\S+)/.exec(line);
  if (m) section = m[1]!;
  if (!line || line.startsWith('#')) continue;
  const [word, gold] = line.split('\t') as [string, string];
  const got = renderSplit(word);
  const s = stats.get(section) ?? { n: 0, ok: 0, splitGold: 0, splitOk: 0 };
  s.n++;
  if (got === gold) s.ok++;
  if (gold.includes('+')) {
    s.splitGold++;
    if (got === gold) s.splitOk++;
  }
  stats.set(section, s);
  if (got !== gold) errors.push(`${section}\t${word}\tgold ${gold}\tgot ${got}`);
}
for (const [name, s] of stats) {
  console.log(
    `${name}: ${s.ok}/${s.n} exact (${((100 * s.ok) / s.n).toFixed(1)}%); words with clitics: ${s.splitOk}/${s.splitGold}; words without: ${s.ok - s.splitOk}/${s.n - s.splitGold}`,
  );
}
for (const e of errors) console.log(e);
