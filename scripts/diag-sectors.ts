/**
 * Session 15: where the actor or target of a type match (eval-events.ts's matching) has the gold code's country but
 * another sector — the predicted phrase, its code and the gold code — over every tuning set (READABLE_SETS).
 * Prints the pairs (gold sector ← predicted sector) by count, with the number of different sets each occurs in, and
 * with --show every case. Tuning sets only.
 * Usage: npx tsx scripts/diag-sectors.ts [--show]
 */
import type { Event } from '../src/doc/index.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { analyseItem, codeMatches, readItems, typeMatches, READABLE_SETS } from './events-data.js';

const show = process.argv.includes('--show');
const pipe = defaultPipeline();
const pairs = new Map<string, { n: number; sets: Set<string>; texts: string[] }>();
const sector = (c: string | null): string => (c === null ? '∅' : c.slice(3) || '-');
for (const [set, file] of READABLE_SETS)
  for (const item of readItems(file)) {
    const { doc, bodyStart } = analyseItem(pipe, item);
    for (const [g, p] of typeMatches(item.events, doc.events, bodyStart).pairs) {
      if (!p) continue;
      for (const role of ['actor', 'target'] as const) {
        const gold = role === 'actor' ? g.actor : g.target;
        const got: Event['actors'] = role === 'actor' ? p.actors : p.targets;
        if (gold === null || gold === '*' || codeMatches(gold, got)) continue;
        const same = got.find((a) => a.code?.slice(0, 3) === gold.slice(0, 3));
        if (!same) continue;
        const key = `${role} ${sector(gold)} ← ${sector(same.code)}`;
        const e = pairs.get(key) ?? { n: 0, sets: new Set(), texts: [] };
        e.n++;
        e.sets.add(set);
        e.texts.push(`${same.text}`);
        pairs.set(key, e);
        if (show)
          console.log(`${set} ${item.id} ${role} gold ${gold} got ${same.code}«${same.text}» ${p.type}`);
      }
    }
  }
for (const [k, e] of [...pairs].sort((a, b) => b[1].n - a[1].n))
  console.log(`${k}: ${e.n} (${e.sets.size} sets) ${e.texts.slice(0, 8).join(' | ')}`);
