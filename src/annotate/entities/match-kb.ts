/**
 * Knowledge-base matching over the tokens of one sentence: every alias (longest match, clitics
 * stripped from the first word), government bodies with a country adjective or "في + country"
 * ("وزارة الدفاع الروسية" → kb:org:RUS-MOD), and the countryside of a city ("ريف اللاذقية").
 */
import type { Token } from '../../doc/index.js';
import type { Candidate } from './candidate.js';
import type { Form } from './clitics.js';
import type { Kb } from './kb.js';
import type { KbEntity } from './kb-format.js';
import { COUNTRYSIDE } from './words.js';

/** Kinds of token a name may be made of (compared, not looked up: this is asked of every token). */
const isWordish = (kind: Token['kind']): boolean =>
  kind === 'word' || kind === 'number' || kind === 'latin' || kind === 'hashtag';

export function continues(
  tokens: readonly Token[],
  from: number,
  end: number,
): (i: number) => string | undefined {
  return (i) => {
    const t = tokens[from + i];
    return from + i < end && t !== undefined && isWordish(t.kind) ? t.norm : undefined;
  };
}

/** `continues(tokens, cursor.from, end)` for wherever the caller has moved `cursor.from` to. */
function continuesAt(
  tokens: readonly Token[],
  cursor: { from: number },
  end: number,
): (i: number) => string | undefined {
  return (i) => {
    const k = cursor.from + i;
    const t = tokens[k];
    return k < end && t !== undefined && isWordish(t.kind) ? t.norm : undefined;
  };
}

/** Key prefix of a ministry named without its country ("وزارة الصحة"): see `homeBodies` in recognize.ts. */
export const BARE_BODY = 'bare-body:';
const MINISTRY = /^وزارة /;

/** Feminine forms of an adjective end in ة (normalised ه) or ات. */
const feminine = (norm: string): boolean => norm.endsWith('ه') || norm.endsWith('ات');

const isCountry = (e: KbEntity | undefined): boolean => e !== undefined && /^kb:gpe:[A-Z]{3}$/.test(e.id);

/** Candidates from the KB for tokens [begin, end) (one sentence). */
export function matchKb(
  kb: Kb,
  tokens: readonly Token[],
  forms: readonly Form[][],
  begin: number,
  end: number,
  out: Candidate[],
): void {
  // one `rest` for the sentence, moved along (a closure per token cost an allocation each)
  const cursor = { from: 0 };
  const rest = continuesAt(tokens, cursor, end);
  for (let i = begin; i < end; i++) {
    const tok = tokens[i]!;
    if (!isWordish(tok.kind)) continue;
    cursor.from = i + 1;
    for (const { form, skip } of forms[i]!) {
      const hit = kb.names.longest(form, rest);
      if (hit !== null) {
        const e = kb.entities.get(hit.value)!;
        const last = i + hit.extra;
        out.push({
          start: tok.start + skip,
          end: tokens[last]!.end,
          first: i,
          last,
          type: e.type,
          source: 'kb',
          kbId: e.id,
          key: e.id,
        });
      }
      const body = kb.bodies.longest(form, rest);
      if (body !== null) matchBody(kb, tokens, i, skip, body.value, i + body.extra, end, out);
      if (form === COUNTRYSIDE) matchCountryside(kb, tokens, i, skip, end, out);
    }
  }
}

function matchBody(
  kb: Kb,
  tokens: readonly Token[],
  i: number,
  skip: number,
  body: Parameters<Kb['body']>[0],
  headLast: number,
  end: number,
  out: Candidate[],
): void {
  const next = tokens[headLast + 1];
  if (next === undefined || headLast + 1 >= end) return;
  const adjective = kb.names.longest(next.norm, () => undefined);
  const adj = adjective ? kb.entities.get(adjective.value) : undefined;
  if (adj?.type === 'NORP' && adj.country && kb.nisbaOf.get(adj.country) === adj) {
    if ((body.gender === 'f') !== feminine(next.norm)) return;
    const e = kb.body(body, adj.country);
    out.push({
      start: tokens[i]!.start + skip,
      end: next.end,
      first: i,
      last: headLast + 1,
      type: 'ORG',
      source: 'kb',
      kbId: e.id,
      key: e.id,
    });
    return;
  }
  // "وزارة الخارجية في كازاخستان": the body alone is the mention; the country stays a mention of its own
  const after = tokens[headLast + 2];
  let country: KbEntity | undefined;
  if (next.norm === 'في' && after !== undefined && headLast + 2 < end) {
    const hit = kb.names.longest(after.norm, continues(tokens, headLast + 3, end));
    country = hit ? kb.entities.get(hit.value) : undefined;
  }
  const push = (kbId: string | null, key: string): void => {
    out.push({
      start: tokens[i]!.start + skip,
      end: tokens[headLast]!.end,
      first: i,
      last: headLast,
      type: 'ORG',
      source: 'kb',
      kbId,
      key,
    });
  };
  if (country === undefined && headLast > i && MINISTRY.test(body.forms[0]!)) {
    // "وزارة الصحة" alone: a ministry of the document's own country, decided once the document is read
    push(null, `${BARE_BODY}${body.code}`);
  } else if (country !== undefined && isCountry(country)) {
    const e = kb.body(body, country.country!);
    push(e.id, e.id);
  }
}

/** "ريف اللاذقية": the countryside of a city is a region of its own (`kb:loc:rif-…`). */
function matchCountryside(
  kb: Kb,
  tokens: readonly Token[],
  i: number,
  skip: number,
  end: number,
  out: Candidate[],
): void {
  if (i + 1 >= end) return;
  const hit = kb.names.longest(tokens[i + 1]!.norm, continues(tokens, i + 2, end));
  const place = hit ? kb.entities.get(hit.value) : undefined;
  if (place === undefined || hit === null || place.type !== 'GPE' || isCountry(place)) return;
  const last = i + 1 + hit.extra;
  const id = `kb:loc:rif-${place.id.slice('kb:gpe:'.length)}`;
  out.push({
    start: tokens[i]!.start + skip,
    end: tokens[last]!.end,
    first: i,
    last,
    type: 'LOC',
    source: 'pattern',
    kbId: id,
    key: id,
  });
}
