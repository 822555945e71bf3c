/**
 * Organisations the KB does not know, by their head noun: "حزب كاديما", "صحيفة يديعوت أحرونوت",
 * "شركة فولكسفاغن". The head is followed by one to three rare words (not frequent in the news, not
 * function words or titles): those are the name. The name alone ("كاديما") is kept as `short`, so a
 * later bare mention joins the organisation.
 */
import type { Token } from '../../doc/index.js';
import type { Candidate } from './candidate.js';
import { type Form, formIn } from './clitics.js';
import type { Kb } from './kb.js';
import { BARE_HEADS, NOT_NAME, ORG_HEADS } from './words.js';

const MAX_NAME = 3;

/** Token j may be part of a name after a head noun: a rare word, not yet part of an entity. */
function rare(
  kb: Kb,
  tokens: readonly Token[],
  forms: readonly Form[][],
  covered: ReadonlySet<number>,
  j: number,
): boolean {
  const t = tokens[j]!;
  return (
    t.kind === 'word' &&
    !covered.has(j) &&
    t.norm.length >= 2 &&
    !NOT_NAME.has(t.norm) &&
    !kb.roles.has(t.norm) &&
    !ORG_HEADS.has(t.norm) &&
    !/^[وف]/.test(t.norm) &&
    !forms[j]!.some((f) => kb.frequentWords.has(f.form) || kb.givenNames.has(f.form))
  );
}

export function matchOrgPatterns(
  kb: Kb,
  tokens: readonly Token[],
  forms: readonly Form[][],
  begin: number,
  end: number,
  taken: readonly Candidate[],
): Candidate[] {
  const covered = new Set<number>();
  for (const c of taken) for (let k = c.first; k <= c.last; k++) covered.add(k);
  const out: Candidate[] = [];
  for (let i = begin; i < end - 1; i++) {
    if (covered.has(i)) continue;
    const head = formIn(forms[i]!, ORG_HEADS);
    if (head === undefined) continue;
    let j = i + 1;
    while (j < end && j - i <= MAX_NAME && rare(kb, tokens, forms, covered, j)) j++;
    if (j === i + 1 || j - i > MAX_NAME + 1) continue;
    const name = tokens.slice(i + 1, j).map((t) => t.norm);
    // a newspaper, a channel, a company or a team is named without its head noun: "صحيفة هآرتس" → هآرتس
    const bare = BARE_HEADS.has(head.form);
    out.push({
      start: bare ? tokens[i + 1]!.start : tokens[i]!.start + head.skip,
      end: tokens[j - 1]!.end,
      first: bare ? i + 1 : i,
      last: j - 1,
      type: 'ORG',
      source: 'pattern',
      kbId: null,
      key: `${head.form} ${name.join(' ')}`,
      short: name.join(' '),
    });
    i = j - 1;
  }
  return out;
}
