/**
 * The `entities` pass: KB matching, title/apposition patterns and (when given) a statistical tagger,
 * combined per sentence, then linked into document entities with roles.
 */
import type { Doc, Pass, Token } from '../../doc/index.js';
import { resolveOverlaps, type Candidate } from './candidate.js';
import { allTokenForms, type Form } from './clitics.js';
import { loadKb, type Kb } from './kb.js';
import { buildEntities, linkCapitals, linkShortNames } from './link.js';
import { matchKb } from './match-kb.js';
import { modelCandidates, type SentenceTagger } from './model-candidates.js';
import { matchOrgPatterns } from './org-patterns.js';
import { PatternMatcher, type RoleFinding } from './patterns.js';
import { COMPASS, LOCATIVE, PLACE_HEADS } from './words.js';
import { normalize } from '../../text/normalize.js';

export interface EntitiesPassOptions {
  /** A sequence tagger whose persons and organisations complement the KB (e.g. the NER model). */
  tagger?: SentenceTagger;
}

/** Token index ranges [begin, end) of each sentence (the whole text when there are no sentences). */
export function sentenceTokenRanges(doc: Doc): [number, number][] {
  const { tokens, sentences } = doc;
  if (sentences.length === 0) return tokens.length > 0 ? [[0, tokens.length]] : [];
  const ranges: [number, number][] = [];
  let t = 0;
  for (const s of sentences) {
    while (t < tokens.length && tokens[t]!.start < s.start) t++;
    const begin = t;
    while (t < tokens.length && tokens[t]!.end <= s.end) t++;
    if (t > begin) ranges.push([begin, t]);
  }
  return ranges;
}

/** A town from GeoNames (not a country, a capital or a hand-written place): its name may be a common word. */
function isSmallTown(kb: Kb, c: Candidate): boolean {
  return c.kbId !== null && c.kbId.startsWith('kb:gpe:gn') && !kb.capitalOf.has(c.kbId);
}

const isCountryId = (id: string): boolean => /^kb:gpe:[A-Z]{3}$/.test(id);

/**
 * Where the model reads a longer name over a KB match, the KB match is part of that name:
 * - a place other than a country inside a person or organisation: "ريال مدريد", "دينامو كييف",
 *   "سسكا موسكو", a first name that is also a town; a small town the model reads as an organisation
 *   of the same span is a club named after it (برشلونة). A country stays ("بطل كوت ديفوار", "رئيسة
 *   لاتفيا فايرا …": the model runs on), and so does a capital the model reads as an organisation of
 *   the same span: it may stand for its government (linkCapitals);
 * - a nationality adjective inside a person: a family name ("كيني ميلر", "سعيد محمد الكندي",
 *   "أشرف غاني");
 * - a known person the model's person extends to the left: another person with the same last names
 *   ("ياسمين عبد العزيز");
 * - a match that needed the proclitic ك ("like"): "كلاوس ايبرمان" is no "ك + لاوس".
 * A model span that cuts through another KB name overrules nothing.
 */
function overruled(
  kb: Kb,
  tokens: readonly Token[],
  c: Candidate,
  tagged: readonly Candidate[],
  fromKb: readonly Candidate[],
): boolean {
  if (c.kbId === null) return false;
  const place = c.type === 'GPE' || c.type === 'LOC' || c.type === 'FAC';
  const country = isCountryId(c.kbId);
  const small = isSmallTown(kb, c);
  const tok = tokens[c.first]!;
  const viaKaf = c.start > tok.start && normalize(tok.text.slice(0, c.start - tok.start)).endsWith('ك');
  return tagged.some((m) => {
    if ((m.type !== 'PERSON' && m.type !== 'ORG') || m.start > c.start || m.end < c.end) return false;
    // a model span that cuts through another KB name ("الرئيس [التونسي الباجي] قائد السبسي") is not one
    if (fromKb.some((k) => k.first <= m.last && m.first <= k.last && (k.first < m.first || k.last > m.last)))
      return false;
    const longer = m.end - m.start > c.end - c.start;
    if (viaKaf && (longer || m.first < c.first || m.last > c.last)) return true;
    if (place && !country) return longer || small || (m.type === 'PERSON' && c.kbId!.startsWith('kb:gpe:gn'));
    if (m.type !== 'PERSON') return false;
    if (c.type === 'NORP') return m.last > c.last || m.first < c.first;
    return c.type === 'PERSON' && m.first < c.first;
  });
}

/**
 * A one-word small town from GeoNames the model does not read as a place is dropped: such names are
 * often common words (وان "and that", العمارة "the building", بنوك "banks"), and the tagger reads the
 * context. Names of two words or more (حمام الأنف، تيزي وزو) are rarely anything but the town.
 * A place the KB marks as a homonym of an ordinary word (مالي "financial", صور "pictures") needs more:
 * the model's place and a word that introduces a place before it ("في صور", "ولاية مالي"), or another
 * place it is coordinated with ("النيجر ومالي"); the model alone reads "فساد مالي" as a place.
 */
function unconfirmed(
  kb: Kb,
  tokens: readonly Token[],
  forms: readonly Form[][],
  c: Candidate,
  tagged: readonly Candidate[],
  places: readonly Candidate[],
): boolean {
  if (c.first !== c.last) return false;
  const read = tagged.some((m) => m.type === 'LOC' && m.start < c.end && c.start < m.end);
  const tok = tokens[c.first]!;
  if (!kb.homonyms.has(normalize(tok.text.slice(c.start - tok.start)))) return isSmallTown(kb, c) && !read;
  const before = forms[c.first - 1] ?? [];
  const introduced = before.some((f) => LOCATIVE.has(f.form) || PLACE_HEADS.has(f.form));
  const coordinated =
    /^و/.test(tok.norm) && places.some((p) => p !== c && p.last === c.first - 1 && PLACE_TYPES.has(p.type));
  return !((read && introduced) || coordinated);
}

const PLACE_TYPES = new Set(['GPE', 'LOC']);

/**
 * The model's own places are taken only where a place noun introduces them ("حي البياع", "بشارع
 * السعدون", "نهر الليطاني", "بإقليم شمال وزيرستان"): alone they were right only 24 times in 61 on
 * ANERcorp dev (clubs named after towns, common words: المدينة، المحرك، "العقبة الرئيسة").
 */
function taken(m: Candidate, forms: readonly Form[][], begin: number): boolean {
  if (m.type !== 'LOC') return true;
  let k = m.first - 1;
  if (k > begin && forms[k]!.some((f) => COMPASS.has(f.form))) k--;
  return k >= begin && forms[k]!.some((f) => PLACE_HEADS.has(f.form));
}

/**
 * The model's persons, cleaned with what the KB knows: a title it took in ("والمشير خليفة حفتر") is
 * left out of the name, and a "person" made only of frequent words that are no part of any known
 * name (dialect such as "صحتو خير مني", a verb such as "دام", "ليون صفر") is dropped.
 */
function plausible(
  kb: Kb,
  tokens: readonly Token[],
  forms: readonly Form[][],
  tagged: readonly Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const m of tagged) {
    if (m.type !== 'PERSON') {
      out.push(m);
      continue;
    }
    let first = m.first;
    if (first < m.last && forms[first]!.some((f) => kb.roles.longest(f.form, () => undefined) !== null))
      first++;
    const frequent = (k: number): boolean =>
      kb.frequentWords.has(tokens[k]!.norm) && !forms[k]!.some((f) => kb.givenNames.has(f.form));
    let everyFrequent = true;
    for (let k = first; k <= m.last; k++) everyFrequent &&= frequent(k);
    if (everyFrequent) continue;
    if (first === m.first) out.push(m);
    else {
      const key = tokens
        .slice(first, m.last + 1)
        .map((t) => t.norm)
        .join(' ');
      out.push({ ...m, first, start: tokens[first]!.start, key });
    }
  }
  return out;
}

/** The accepted candidates (after linking, before they become entities) and the roles found. */
export interface Recognized {
  accepted: Candidate[];
  findings: RoleFinding[];
}

export function recognizeCandidates(kb: Kb, doc: Doc, tagger?: SentenceTagger): Recognized {
  const tokens: readonly Token[] = doc.tokens;
  const accepted: Candidate[] = [];
  const findings: RoleFinding[] = [];
  const forms = allTokenForms(tokens);
  for (const [begin, end] of sentenceTokenRanges(doc)) {
    const raw: Candidate[] = [];
    matchKb(kb, tokens, forms, begin, end, raw);
    const tagged = tagger ? plausible(kb, tokens, forms, modelCandidates(tagger, tokens, begin, end)) : [];
    const resolved = resolveOverlaps(raw);
    const fromKb = resolved.filter(
      (c) =>
        tagger === undefined ||
        (!overruled(kb, tokens, c, tagged, resolved) && !unconfirmed(kb, tokens, forms, c, tagged, resolved)),
    );
    const orgs = [...fromKb, ...matchOrgPatterns(kb, tokens, forms, begin, end, fromKb)];
    const sentence = [
      ...orgs,
      ...tagged.filter(
        (m) => taken(m, forms, begin) && orgs.every((c) => m.end <= c.start || m.start >= c.end),
      ),
    ];
    const patterns = new PatternMatcher(kb, tokens, forms, begin, end, sentence);
    patterns.run();
    accepted.push(...sentence, ...patterns.persons);
    findings.push(...patterns.roles);
  }
  linkShortNames(kb, tokens, forms, accepted);
  linkCapitals(kb, tokens, forms, accepted);
  return { accepted, findings };
}

export function recognize(kb: Kb, doc: Doc, tagger?: SentenceTagger): void {
  const { accepted, findings } = recognizeCandidates(kb, doc, tagger);
  doc.entities = buildEntities(kb, doc, accepted, findings);
}

export function createEntitiesPass(kb: Kb = loadKb(), options: EntitiesPassOptions = {}): Pass {
  return {
    name: 'entities',
    version: '1',
    requires: ['text', 'tokens', 'sentences'],
    produces: ['entities'],
    run(doc) {
      recognize(kb, doc, options.tagger);
    },
  };
}
