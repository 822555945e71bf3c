/**
 * Place diagnostics (session 16) over every readable events set: per set, type matches, full matches and matches whose
 * place is right; with --list, every type match whose place disagrees (miss / wrong / spur, and whether the place is the
 * only wrong slot), with the sentence. Usage: npx tsx scripts/diag-places.ts [--list] [--set NAME]
 */
import { defaultPipeline } from '../src/pipeline/default.js';
import {
  analyseItem,
  codeMatches,
  fullMatch,
  placeMatches,
  readItems,
  typeMatches,
  READABLE_SETS,
} from './events-data.js';

const list = process.argv.includes('--list');
const si = process.argv.indexOf('--set');
const only = si >= 0 ? process.argv[si + 1] : null;
const pipe = defaultPipeline();
let T = 0;
let F = 0;
let P = 0;
for (const [set, file] of READABLE_SETS) {
  if (only && set !== only) continue;
  let tm = 0;
  let full = 0;
  let pr = 0;
  for (const item of readItems(file)) {
    const { doc, bodyStart } = analyseItem(pipe, item);
    for (const [g, p] of typeMatches(item.events, doc.events, bodyStart).pairs) {
      if (!p) continue;
      tm++;
      if (fullMatch(g, p)) full++;
      if (placeMatches(g.place, p.place)) {
        pr++;
        continue;
      }
      if (!list) continue;
      const how = g.place === null ? 'spur' : p.place === null ? 'miss' : 'wrong';
      const alone = codeMatches(g.actor, p.actors) && codeMatches(g.target, p.targets);
      const s = doc.text.slice(p.sentence.start, p.sentence.end).replace(/\s+/g, ' ');
      const tr = doc.text.slice(p.trigger.start, p.trigger.end);
      const title = doc.text.slice(0, bodyStart).replace(/\s+/g, ' ').slice(0, 160);
      console.log(
        `## ${set} ${item.id} ${g.type} P${how}${alone ? ' ALONE' : ''} gold «${g.place}» got «${p.place?.name ?? '∅'}» trig «${tr}»\n   T: ${title}\n   S: ${s}`,
      );
    }
  }
  T += tm;
  F += full;
  P += pr;
  console.log(`SET ${set.padEnd(10)} tm ${tm} full ${full} placeRight ${pr}`);
}
console.log(`SET TOTAL      tm ${T} full ${F} placeRight ${P}`);
