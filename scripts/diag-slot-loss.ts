/**
 * Where full matches are lost: over every events set that is tuning material (READABLE_SETS, session 12's honest
 * sets heldout9 and intl3 included), for each predicted event matched to a gold one of the
 * same type (as eval-events.ts matches them), which slot fails — actor, target, place — and how:
 * miss (gold names one, none predicted), wrong (another code), sector (same country, another sector or none),
 * extra (gold null, something predicted). Prints one row per set and the total.
 * Usage: npx tsx scripts/diag-slot-loss.ts [--md]
 */
import type { Event } from '../src/doc/index.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import {
  analyseItem,
  codeMatches,
  fullMatch,
  placeMatches,
  readItems,
  typeMatches,
  READABLE_SETS,
  type GoldEvent,
} from './events-data.js';

const SLOT_SETS = READABLE_SETS;

type How = 'miss' | 'wrong' | 'sector' | 'extra';
const hows: How[] = ['miss', 'wrong', 'sector', 'extra'];

function codeHow(gold: string | null, got: Event['actors']): How | null {
  if (codeMatches(gold, got)) return null;
  if (gold === null) return 'extra';
  if (got.length === 0) return 'miss';
  const country = gold.slice(0, 3);
  return got.some((a) => a.code?.slice(0, 3) === country) ? 'sector' : 'wrong';
}
function placeHow(gold: string | null, got: Event['place']): How | null {
  if (placeMatches(gold, got)) return null;
  if (gold === null) return 'extra';
  return got === null ? 'miss' : 'wrong';
}

interface Row {
  tm: number;
  full: number;
  a: Record<How, number>;
  t: Record<How, number>;
  p: Record<How, number>;
  onlyA: number;
  onlyT: number;
  onlyP: number;
}
const emptyRow = (): Row => ({
  tm: 0,
  full: 0,
  a: { miss: 0, wrong: 0, sector: 0, extra: 0 },
  t: { miss: 0, wrong: 0, sector: 0, extra: 0 },
  p: { miss: 0, wrong: 0, sector: 0, extra: 0 },
  onlyA: 0,
  onlyT: 0,
  onlyP: 0,
});

function addRow(r: Row, g: GoldEvent, p: Event): void {
  r.tm++;
  if (fullMatch(g, p)) {
    r.full++;
    return;
  }
  const a = codeHow(g.actor, p.actors);
  const t = codeHow(g.target, p.targets);
  const pl = placeHow(g.place, p.place);
  if (a) r.a[a]++;
  if (t) r.t[t]++;
  if (pl) r.p[pl]++;
  if (a && !t && !pl) r.onlyA++;
  if (!a && t && !pl) r.onlyT++;
  if (!a && !t && pl) r.onlyP++;
}

const md = process.argv.includes('--md');
const pipe = defaultPipeline();
const total = emptyRow();
const cells = (x: Record<How, number>): string => hows.map((h) => String(x[h])).join(md ? ' | ' : '/');
const sum = (x: Record<How, number>): number => hows.reduce((n, h) => n + x[h], 0);
const line = (name: string, r: Row): string =>
  md
    ? `| ${name} | ${r.tm} | ${r.full} | ${sum(r.a)} | ${cells(r.a)} | ${sum(r.t)} | ${cells(r.t)} | ${sum(r.p)} | ${cells(r.p)} | ${r.onlyA}/${r.onlyT}/${r.onlyP} |`
    : `${name.padEnd(9)} tm ${r.tm} full ${r.full}  actor ${sum(r.a)} (${cells(r.a)})  target ${sum(r.t)} (${cells(r.t)})  place ${sum(r.p)} (${cells(r.p)})  alone A/T/P ${r.onlyA}/${r.onlyT}/${r.onlyP}`;
if (md) {
  console.log(
    '| set | type matches | full | actor | miss | wrong | sector | extra | target | miss | wrong | sector | extra | place | miss | wrong | sector | extra | alone A/T/P |',
  );
  console.log('|---|' + '---|'.repeat(18));
} else console.log('slot (miss/wrong/sector/extra)');
for (const [set, file] of SLOT_SETS) {
  const r = emptyRow();
  for (const item of readItems(file)) {
    const { doc, bodyStart } = analyseItem(pipe, item);
    for (const [g, p] of typeMatches(item.events, doc.events, bodyStart).pairs) {
      if (!p) continue;
      addRow(r, g, p);
      addRow(total, g, p);
    }
  }
  console.log(line(set, r));
}
console.log(line('TOTAL', total));
