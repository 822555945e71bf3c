/**
 * Hostage-taking (session 12, international news): "قام مسلح باحتجاز عدد كبير من الرهائن"، "يقومان بإحتجاز رهائن في
 * كنيسة"، "احتجاز عدد من الأطباء كرهائن". PLOVER codes taking hostages as ASSAULT (an abduction), not as the arrest
 * that "احتجاز" names elsewhere; the storming that leads to it in the same clause ("إقدام شخص مسلح على اقتحام مركز …
 * وقيامه باحتجاز رهائن") is the same act, told in two steps.
 */
import type { TriggerEntry } from './lexicon.js';
import type { TriggerHit } from './triggers.js';
import type { Word } from './words.js';

/** رهائن / رهينة / رهائين (a common misspelling), with a clitic: "كرهائن"، "الرهائن". */
const HOSTAGES = /^(?:[وكل]|ال|و?كال|و?بال|لل)?(?:رهائن|رهاين|رهائين|رهينه|رهينتين|رهينتان)$/;
/** How far after the act its hostages may be named ("باحتجاز عدد كبير من الرهائن"). */
const REACH = 6;
/** How far before the hostage-taking a storming of the same clause may start. */
const BACK = 12;

const retyped = new WeakMap<TriggerEntry, TriggerEntry>();
function asAssault(entry: TriggerEntry): TriggerEntry {
  let e = retyped.get(entry);
  if (!e) {
    e = { ...entry, type: 'ASSAULT', mode: 'abduct', cls: 'abduction' };
    retyped.set(entry, e);
  }
  return e;
}

/**
 * The hits of a window with hostage-takings retyped as ASSAULT and the storming before each dropped. Returns
 * `hits` itself when nothing changes (most windows: the check is one key test per COERCE hit).
 */
export function hostageTaking(words: readonly Word[], hits: TriggerHit[]): TriggerHit[] {
  let out: TriggerHit[] | null = null;
  let dropped: Set<number> | null = null;
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    if (hit.type !== 'COERCE' || hit.entry.cls !== 'arrest') continue;
    const end = Math.min(words.length, hit.to + REACH);
    let held = false;
    for (let j = hit.to; j < end && !words[j]!.boundary; j++)
      if (HOSTAGES.test(words[j]!.norm)) {
        held = true;
        break;
      }
    if (!held) continue;
    out ??= hits.slice();
    const entry = asAssault(hit.entry);
    out[h] = { ...hit, entry, type: 'ASSAULT', mode: entry.mode };
    // the storming before it in the same clause
    for (let k = 0; k < h; k++) {
      const s = hits[k]!;
      if (s.type !== 'COERCE' || s.entry.cls !== 'raid' || hit.from - s.to > BACK) continue;
      let clause = true;
      for (let j = s.to; j < hit.from; j++) if (words[j]!.boundary) clause = false;
      if (clause) (dropped ??= new Set()).add(k);
    }
  }
  if (!out) return hits;
  return dropped ? out.filter((_, k) => !dropped.has(k)) : out;
}
