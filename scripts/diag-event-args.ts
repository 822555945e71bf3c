/**
 * Argument diagnostics over every tuned events set: full-match counts per set and, with --list KIND, the type
 * matches whose arguments disagree (KIND: Amiss Awrong Aspur Tmiss Twrong Tspur Pmiss Pwrong Pspur), with the
 * sentence, the trigger and the arguments found. Tuned sets only.
 */
import { writeFileSync } from 'node:fs';
import { defaultPipeline } from '../src/pipeline/default.js';
import type { Event } from '../src/doc/index.js';
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

const SETS = READABLE_SETS;
const listIdx = process.argv.indexOf('--list');
const list = listIdx >= 0 ? process.argv[listIdx + 1] : null;
const pipe = defaultPipeline();
const codes = (a: Event['actors']): string =>
  a.length ? a.map((x) => `${x.code ?? '?'}«${x.text}»`).join(',') : '∅';
const kinds = (g: GoldEvent, p: Event): string[] => {
  const out: string[] = [];
  const arg = (k: string, gold: string | null, ok: boolean, empty: boolean): void => {
    if (ok) return;
    out.push(k + (gold === null ? 'spur' : empty ? 'miss' : 'wrong'));
  };
  arg('A', g.actor, codeMatches(g.actor, p.actors), p.actors.length === 0);
  arg('T', g.target, codeMatches(g.target, p.targets), p.targets.length === 0);
  arg('P', g.place, placeMatches(g.place, p.place), p.place === null);
  return out;
};
const status: string[] = [];
let total = 0;
let totalTm = 0;
const all: Record<string, number> = {};
for (const [set, file] of SETS) {
  let full = 0;
  let tm = 0;
  for (const item of readItems(file)) {
    const { doc, bodyStart } = analyseItem(pipe, item);
    for (const [g, p] of typeMatches(item.events, doc.events, bodyStart).pairs) {
      if (!p) continue;
      tm++;
      status.push(
        `${item.id} ${g.type} ${fullMatch(g, p) ? 'OK ' : 'BAD'} gold ${g.actor} → ${g.target} @ ${g.place}; got ${codes(p.actors)} → ${codes(p.targets)} @ ${p.place?.name ?? '∅'}`,
      );
      if (fullMatch(g, p)) {
        full++;
        continue;
      }
      const ks = kinds(g, p);
      for (const k of ks) all[k] = (all[k] ?? 0) + 1;
      if (list && ks.includes(list)) {
        const s = doc.text.slice(p.sentence.start, p.sentence.end);
        console.log(
          `${item.id} ${g.type} «${doc.text.slice(p.trigger.start, p.trigger.end)}» gold ${g.actor} → ${g.target} @ ${g.place}; got ${codes(p.actors)} → ${codes(p.targets)} @ ${p.place?.name ?? '∅'}\n   ${s}`,
        );
      }
    }
  }
  total += full;
  totalTm += tm;
  console.log(`${set}: type matches ${tm}, full ${full}`);
}
writeFileSync(process.env.DIAG_OUT ?? '/tmp/diag-status.txt', status.join('\n') + '\n');
console.log(`TOTAL type matches ${totalTm}, full ${total}`, JSON.stringify(all));
