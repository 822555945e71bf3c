/**
 * Where the gold code of an empty argument lies when no candidate of the chooser carries it (session 14): for each
 * type match (eval-events.ts's matching, every tuning set) whose actor (or target) the rules left empty and whose gold
 * names a code, whether a candidate carries it, a phrase of the sentence out of reach (far, past a clause mark, a
 * city, taken by the other role), a phrase of another sentence of the document, or no phrase at all (with the
 * country only: the code's three letters on a phrase).
 * Usage: npx tsx scripts/diag-arg-reach.ts [--role actor|target] [--show]
 */
import { parseArgs } from 'node:util';
import { defaultPipeline } from '../src/pipeline/default.js';
import { createEventsPass } from '../src/annotate/events/index.js';
import { argCandidates, type ArgQuestion, type ArgRole } from '../src/annotate/events/arg-model.js';
import { analyseItem, READABLE_SETS, readItems, typeMatches } from './events-data.js';

const { values } = parseArgs({
  options: { role: { type: 'string', default: 'actor' }, show: { type: 'boolean', default: false } },
});
const role = values.role as ArgRole;
const pipe = defaultPipeline();
let questions = new Map<number, ArgQuestion>();
const pass = createEventsPass({
  argModels: { target: null, actor: null },
  onArgQuestion: (r, at, q) => {
    if (r === role && !questions.has(at)) questions.set(at, q);
  },
});
const counts = new Map<string, number>();
const add = (k: string): void => void counts.set(k, (counts.get(k) ?? 0) + 1);
for (const [set, file] of READABLE_SETS)
  for (const item of readItems(file)) {
    const { doc, bodyStart } = analyseItem(pipe, item);
    questions = new Map();
    pass.run(doc);
    const pools = [...questions.values()].flatMap((q) => q.pool);
    for (const [g, p] of typeMatches(item.events, doc.events, bodyStart).pairs) {
      if (!p) continue;
      const got = role === 'target' ? p.targets : p.actors;
      if (got.length > 0) continue;
      const gold = role === 'target' ? g.target : g.actor;
      if (gold === null || gold === '*') {
        add(gold === null ? 'gold none' : 'gold *');
        continue;
      }
      const q = questions.get(p.trigger.start);
      if (!q) {
        add('not asked');
        continue;
      }
      const { mentions } = argCandidates(q, role);
      let how: string;
      if (mentions.some((m) => m?.code === gold)) how = 'candidate';
      else if (q.pool.some((m) => m.code === gold)) {
        const m = q.pool.find((x) => x.code === gold)!;
        const hit = q.hit;
        const taken = (role === 'target' ? q.actors : q.targets).some(
          (t) => t.start < m.end && m.start < t.end,
        );
        const gap = m.from >= hit.to ? m.from - hit.to : hit.from - m.to;
        how = taken
          ? 'sentence: taken by the other role'
          : m.capital
            ? 'sentence: a city'
            : m.adjectival
              ? 'sentence: adjective'
              : gap > 6
                ? `sentence: far ${m.from >= hit.to ? 'after' : 'before'}`
                : 'sentence: past a clause mark';
      } else if (pools.some((m) => m.code === gold)) how = 'another sentence';
      else if (q.pool.some((m) => m.code.slice(0, 3) === gold.slice(0, 3))) how = 'sentence: country only';
      else if (pools.some((m) => m.code.slice(0, 3) === gold.slice(0, 3))) how = 'document: country only';
      else how = 'nowhere';
      add(how);
      if (values.show)
        console.log(
          `${set} ${item.id} ${how} gold=${gold} «${q.text.slice(q.words[q.hit.from]!.start, q.words[q.hit.to - 1]!.end)}» ${q.type} | ${q.words.map((w) => q.text.slice(w.start, w.end)).join(' ')}`,
        );
    }
  }
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${v}\t${k}`);
