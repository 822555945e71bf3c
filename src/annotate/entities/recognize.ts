/**
 * The `entities` pass: KB matching, title/apposition patterns and (when given) a statistical tagger,
 * combined per sentence, then linked into document entities with roles.
 */
import type { Doc, Pass, Token } from '../../doc/index.js';
import { resolveOverlaps, type Candidate } from './candidate.js';
import { allTokenForms, type Form, anyForm, formIn } from './clitics.js';
import { loadKb, type Kb } from './kb.js';
import { buildEntities, linkCapitals, linkShortNames } from './link.js';
import { BARE_BODY, continues, matchKb } from './match-kb.js';
import { candidatesFromTags, tagSentences, type SentenceTagger } from './model-candidates.js';
import { matchOrgPatterns } from './org-patterns.js';
import { PatternMatcher, type RoleFinding } from './patterns.js';
import { matchPlaceLists } from './place-lists.js';
import { descriptive, runsOverClause, trailingNonName, trimProclitic, verbLike } from './model-cleanup.js';
import { loadLexicon } from '../../text/lexicon.js';
import { COMPASS, INSTITUTION_HEADS, LOCATIVE, ORG_NISBA_HEADS, PLACE_HEADS } from './words.js';
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
 * Where the model reads a longer name over a KB match, the KB match may be part of that name:
 * - a place other than a country inside an organisation: "ريال مدريد", "دينامو كييف", "سسكا موسكو",
 *   "جامعة سوسة"; inside a person only a GeoNames town (a first name that is also a town), as the
 *   model's persons often run over a place before or after them ("بن عروس عبد اللطيف الميساوي");
 *   a small town the model reads as an organisation or a person of the same span gives way too
 *   (برشلونة the club). A country stays ("بطل كوت ديفوار"), and so does a capital the model reads
 *   as an organisation of the same span: it may stand for its government (linkCapitals);
 * - a nationality adjective in its masculine singular form inside a person is a family name
 *   ("كيني ميلر", "سعيد محمد الكندي", "أشرف غاني"), unless it opens the span with its article:
 *   "[التونسي مجدي …]" is the adjective of the noun before it;
 * - a match that needed the proclitic ك ("like"): "كلاوس ايبرمان" is no "ك + لاوس";
 * - a lone definite nationality adjective (masculine singular) the model reads as an organisation is a
 *   club named by it: "فريق العربي", "حارس العربي" (Al-Arabi; on 800 ANT articles the model never
 *   reads "العربي" or "الإفريقي" the adjective so).
 * A model span that cuts through another KB name, or opens with a place noun ("ولاية تطاوين"),
 * overrules nothing.
 */
function overruled(
  kb: Kb,
  tokens: readonly Token[],
  forms: readonly Form[][],
  c: Candidate,
  tagged: readonly Candidate[],
  fromKb: readonly Candidate[],
): boolean {
  if (c.kbId === null) return false;
  const place = c.type === 'GPE' || c.type === 'LOC' || c.type === 'FAC';
  const country = isCountryId(c.kbId);
  const small = isSmallTown(kb, c);
  const town = c.kbId.startsWith('kb:gpe:gn');
  const tok = tokens[c.first]!;
  const surface = normalize(tok.text.slice(c.start - tok.start));
  const viaKaf = c.start > tok.start && normalize(tok.text.slice(0, c.start - tok.start)).endsWith('ك');
  return tagged.some((m) => {
    if ((m.type !== 'PERSON' && m.type !== 'ORG') || m.start > c.start || m.end < c.end) return false;
    // a model span that cuts through another KB name ("الرئيس [التونسي الباجي] قائد السبسي") is not one
    if (fromKb.some((k) => k.first <= m.last && m.first <= k.last && (k.first < m.first || k.last > m.last)))
      return false;
    if (m.first < c.first && anyForm(forms[m.first]!, PLACE_HEADS)) return false;
    const longer = m.end - m.start > c.end - c.start;
    if (viaKaf && (longer || m.first < c.first || m.last > c.last)) return true;
    if (place && !country) return m.type === 'ORG' ? longer || small : town;
    if (m.type === 'ORG' && c.type === 'NORP' && m.first === c.first && m.last === c.last)
      return surface.startsWith('ال') && surface.endsWith('ي');
    if (m.type !== 'PERSON') return false;
    if (c.type !== 'NORP') return false;
    const opens = c.first === m.first && surface.startsWith('ال');
    return surface.endsWith('ي') && !opens && (m.last > c.last || m.first < c.first);
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
 * السعدون", "نهر الليطاني", "بإقليم شمال وزيرستان", "قرى الباذان"), or where they are coordinated with
 * a place already found, by و or a comma ("النرويج ، الدانمارك ، المانيا", "الباذان وطلوزة"): alone they
 * were right only 24 times in 61 on ANERcorp dev (clubs named after towns, common words: المدينة، المحرك،
 * "العقبة الرئيسة").
 */
function taken(
  kb: Kb,
  tokens: readonly Token[],
  m: Candidate,
  forms: readonly Form[][],
  begin: number,
  places: readonly Candidate[],
): boolean {
  if (m.type !== 'LOC') return true;
  let k = m.first - 1;
  if (k > begin && anyForm(forms[k]!, COMPASS)) k--;
  const introduced = k >= begin && anyForm(forms[k]!, PLACE_HEADS);
  if (!introduced && !coordinated(tokens, m, places)) return false;
  // "حي شعبي فقير" (a poor working-class district): an indefinite adjective describes the place, and so
  // does a nisba of a common noun ("منطقة جبلية" = جبل + ية, a mountainous area; not "قرمبالية")
  const norm = tokens[m.first]!.norm;
  const stem = norm.replace(/(يه|ي)$/, '');
  const adjective =
    !norm.startsWith('ال') &&
    stem !== norm &&
    (kb.frequentWords.has(norm) || (stem.length >= 3 && kb.frequentWords.has(stem)));
  return !adjective || kb.names.has(norm); // سيدي opens many place names
}

const COMMAS = new Set([',', '،']);

/**
 * A place of the model glued to و and joined so to the place before it ("تونس وبوركينافاسو"): the
 * tagger tags whole words, the mention starts after the conjunction, unless the word is a name as it
 * stands (وهران، واشنطن).
 */
function withoutConjunction(
  kb: Kb,
  tokens: readonly Token[],
  m: Candidate,
  places: readonly Candidate[],
): Candidate {
  const tok = tokens[m.first]!;
  if (m.type !== 'LOC' || m.start !== tok.start || !tok.text.startsWith('و') || tok.norm.length < 4) return m;
  if (kb.names.has(tok.norm) || kb.givenNames.has(tok.norm)) return m;
  // joined to the place before it ("تونس وكوناكري"); a name of its own after a place noun stays (ويلز)
  if (!places.some((p) => PLACE_TYPES.has(p.type) && p.last === m.first - 1)) return m;
  return { ...m, start: m.start + 1, key: m.key.slice(1) };
}

/** A span joined to a place of `places` by و (on either word) or a comma, before or after it. */
function coordinated(tokens: readonly Token[], m: Candidate, places: readonly Candidate[]): boolean {
  const place = (first: number, last: number): boolean =>
    places.some((p) => PLACE_TYPES.has(p.type) && p.first <= last && first <= p.last);
  const before = m.first - 1;
  const after = m.last + 1;
  if (tokens[m.first]!.norm.startsWith('و') && place(before, before)) return true;
  if (before - 1 >= 0 && COMMAS.has(tokens[before]!.text) && place(before - 1, before - 1)) return true;
  if (after < tokens.length && tokens[after]!.norm.startsWith('و') && place(after, after)) return true;
  return after + 1 < tokens.length && COMMAS.has(tokens[after]!.text) && place(after + 1, after + 1);
}

/** A candidate cut down to tokens [first, last]. */
function narrowed(tokens: readonly Token[], m: Candidate, first: number, last: number): Candidate {
  return {
    ...m,
    first,
    last,
    start: first === m.first ? m.start : tokens[first]!.start,
    end: tokens[last]!.end,
    key: tokens
      .slice(first, last + 1)
      .map((t) => t.norm)
      .join(' '),
  };
}

/**
 * The model's persons, read with what the KB knows: a title taken into the name is left out
 * ("والمشير خليفة حفتر" → "خليفة حفتر"); a "person" a place noun introduces is a place named after
 * someone ("معتمدية سيدي علوان", "شارع الحبيب بورقيبة").
 */
function readPersons(
  kb: Kb,
  tokens: readonly Token[],
  forms: readonly Form[][],
  tagged: Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  const lex = loadLexicon();
  for (let m of tagged) {
    m = trimProclitic(kb, tokens, forms, m);
    if (descriptive(kb, forms, m) || runsOverClause(kb, tokens, forms, m)) continue;
    if (m.type !== 'PERSON') {
      out.push(m);
      continue;
    }
    if (m.first < m.last && forms[m.first]!.some((f) => kb.roles.longest(f.form, () => undefined) !== null))
      m = narrowed(tokens, m, m.first + 1, m.last);
    let last = m.last;
    while (last >= m.first && trailingNonName(kb, tokens, m, last)) last--;
    if (last < m.first) continue;
    let first = m.first;
    if (last > first) {
      while (last > first && verbLike(kb, lex, tokens[last]!.norm)) last--;
      while (first < last && verbLike(kb, lex, tokens[first]!.norm)) first++;
    }
    if (first > m.first || last < m.last) m = narrowed(tokens, m, first, last);
    if (m.first > 0 && anyForm(forms[m.first - 1]!, PLACE_HEADS)) {
      out.push({ ...m, type: 'LOC' });
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * A ministry named without its country ("قالت مستشارة بوزارة الصحة") belongs to the country the document
 * is about: the country most mentioned, counting towns, nationality adjectives and bodies by the country
 * they belong to (a Tunisian article names Tunisian towns and "التونسي" without saying which ministry is
 * meant). Without any country it stays an organisation of its own, unlinked.
 */
function homeBodies(kb: Kb, tokens: readonly Token[], forms: readonly Form[][], accepted: Candidate[]): void {
  const counts = new Map<string, number>();
  for (const c of accepted) {
    const country = c.kbId === null ? undefined : kb.entity(c.kbId)?.country;
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  let home: string | null = null;
  for (const [country, n] of counts) if (home === null || n > counts.get(home)!) home = country;
  for (let k = 0; k < accepted.length; k++) {
    const c = accepted[k]!;
    if (!c.key.startsWith(BARE_BODY)) continue;
    const rest = continues(tokens, c.first + 1, c.last + 1);
    const hit = forms[c.first]!.map((f) => kb.bodies.longest(f.form, rest)).find((h) => h !== null);
    const body = hit?.value;
    if (home !== null && body !== undefined) {
      const e = kb.body(body, home);
      accepted[k] = { ...c, kbId: e.id, key: e.id };
    } else {
      accepted[k] = { ...c, key: body ? normalize(body.forms[0]!) : c.key.slice(BARE_BODY.length) };
    }
  }
}

/**
 * A nationality adjective right after a definite organisation head noun is part of an organisation's
 * name where a complement follows ("المعهد العربي لحقوق الإنسان", "الاتحاد الإفريقي للملاكمة"), or
 * where the head is a bank, a fund or an institute ("البنك الأوروبي"); names the KB knows ("الاتحاد
 * الأوروبي", "البنك الإفريقي") were matched whole before. Without a complement "الشركة القطرية الأولى"
 * and "الاتحاد الصيني" are descriptions (ANERcorp tags them O).
 */
function orgsWithNisba(
  tokens: readonly Token[],
  forms: readonly Form[][],
  end: number,
  fromKb: Candidate[],
): Candidate[] {
  return fromKb.map((c) => {
    const head = c.first - 1;
    if (c.type !== 'NORP' || head < 0 || !tokens[c.first]!.norm.startsWith('ال')) return c;
    const headForm = formIn(forms[head]!, ORG_NISBA_HEADS);
    if (headForm === undefined || fromKb.some((k) => k.first <= head && head <= k.last)) return c;
    let last = c.last;
    const next = tokens[last + 1];
    if (last + 1 < end && next?.kind === 'word') {
      if (next.norm.startsWith('لل')) last += 1;
      else if (next.norm.startsWith('ل') && last + 2 < end && tokens[last + 2]!.norm.startsWith('ال'))
        last += 2;
    }
    // without a complement, "الشركة القطرية" and "الاتحاد الصيني" describe; a bank or a fund does not
    if (last === c.last && !INSTITUTION_HEADS.has(headForm.form)) return c;
    const words = [headForm.form, ...tokens.slice(c.first, last + 1).map((t) => t.norm)];
    return {
      start: tokens[head]!.start + headForm.skip,
      end: tokens[last]!.end,
      first: head,
      last,
      type: 'ORG',
      source: 'pattern',
      kbId: null,
      key: words.join(' '),
    };
  });
}

/**
 * The nisba adjective «الفاسي» / «الوجدية» is of a town of the KB other than `except` (فاس، وجدة): the
 * adjective without its article and ending, as it stands or with ة.
 */
function townOf(kb: Kb, norm: string, except: string): boolean {
  const base = norm.slice(2).replace(/(يه|ي)$/, '');
  return [base, `${base}ه`, `ال${base}`, `ال${base}ه`].some((form) => {
    const hit = kb.names.longest(form, () => undefined);
    const e = hit === null ? undefined : kb.entities.get(hit.value);
    return e !== undefined && e.type === 'GPE' && e.id !== except && !isCountryId(e.id);
  });
}

/** Nouns of a sports club or team before its name: "فريق قطر", "لنادي هامبورغ", "فريقي الكوكب ...". */
const CLUB_HEADS = new Set(['فريق', 'نادي', 'فريقي', 'ناديي']);

/**
 * A place the KB knows is a sports club named after it:
 * - right after «فريق» or «نادي»: "نادي قطر", "لنادي هامبورغ" (ANERcorp train: an organisation 22 times
 *   in 22 where فريق introduces a name; a national team, «منتخب قطر», stays the country);
 * - before the nisba adjective of another town (not a country): "المغرب الفاسي" (from فاس), "المغرب
 *   التطواني" (تطوان); a place is not described by the adjective of another town, a club is named so.
 * A definite nisba adjective after it is part of the club's name. The club is a new organisation, not
 * linked to the place.
 */
function clubs(
  kb: Kb,
  tokens: readonly Token[],
  forms: readonly Form[][],
  begin: number,
  end: number,
  fromKb: Candidate[],
): Candidate[] {
  return fromKb.map((c) => {
    if (!PLACE_TYPES.has(c.type) || c.kbId === null) return c;
    const next = tokens[c.last + 1];
    const nisba =
      c.last + 1 < end &&
      next?.kind === 'word' &&
      /^ال..+(ي|يه)$/.test(next.norm) &&
      fromKb.every((k) => k.first > c.last + 1 || k.last < c.last + 1);
    const headed =
      c.first - 1 >= begin && c.start === tokens[c.first]!.start && anyForm(forms[c.first - 1]!, CLUB_HEADS);
    const ofTown = nisba && townOf(kb, next.norm, c.kbId);
    if (!headed && !ofTown) return c;
    const last = nisba ? c.last + 1 : c.last;
    return {
      ...c,
      end: tokens[last]!.end,
      last,
      type: 'ORG',
      source: 'pattern',
      kbId: null,
      key: tokens
        .slice(c.first, last + 1)
        .map((t) => t.norm)
        .join(' '),
    };
  });
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
  // small towns dropped for want of confirmation in their sentence (below)
  const pending: Candidate[] = [];
  const ranges = sentenceTokenRanges(doc);
  // the whole article is tagged at once: a name read in one sentence helps read it in the others
  const modelTags = tagger ? tagSentences(tagger, tokens, ranges) : [];
  for (const [si, [begin, end]] of ranges.entries()) {
    const raw: Candidate[] = [];
    matchKb(kb, tokens, forms, begin, end, raw);
    const tags = modelTags[si];
    const tagged = tags ? readPersons(kb, tokens, forms, candidatesFromTags(tags, tokens, begin, end)) : [];
    const resolved = resolveOverlaps(raw);
    const listed = matchPlaceLists(kb, tokens, forms, begin, end);
    const fromKb = clubs(kb, tokens, forms, begin, end, orgsWithNisba(tokens, forms, end, resolved)).filter(
      (c) => {
        if (tagger === undefined || listed.some((p) => p.start <= c.start && c.end <= p.end)) return true;
        if (overruled(kb, tokens, forms, c, tagged, resolved)) return false;
        if (!unconfirmed(kb, tokens, forms, c, tagged, resolved)) return true;
        const tok = tokens[c.first]!;
        if (isSmallTown(kb, c) && !kb.homonyms.has(normalize(tok.text.slice(c.start - tok.start))))
          pending.push(c);
        return false;
      },
    );
    // a listed place the KB did not match is a place of its own; where it did, the KB match stands
    const places = [
      ...fromKb,
      ...listed.filter((p) => fromKb.every((c) => p.end <= c.start || p.start >= c.end)),
    ];
    const orgs = [...places, ...matchOrgPatterns(kb, tokens, forms, begin, end, places)];
    // the model's spans the KB and the patterns left free; its places twice, as a place it takes may
    // join the next one to the list ("قرى الباذان وطلوزة والفارعة")
    const free = tagged.filter((m) => orgs.every((c) => m.end <= c.start || m.start >= c.end));
    let kept = free.filter((m) => taken(kb, tokens, m, forms, begin, orgs));
    if (kept.length !== free.length) {
      const places = [...orgs, ...kept];
      kept = free.filter((m) => taken(kb, tokens, m, forms, begin, places));
    }
    const sentence = [...orgs];
    for (const m of kept) sentence.push(m.type === 'LOC' ? withoutConjunction(kb, tokens, m, sentence) : m);
    const patterns = new PatternMatcher(kb, tokens, forms, begin, end, sentence, accepted);
    patterns.run();
    accepted.push(...sentence, ...patterns.persons);
    findings.push(...patterns.roles);
  }
  // a small town confirmed elsewhere in the document ("معتمديات طبربة والجديدة") is the town in its
  // other mentions too ("وحدات الأمن الوطني بطبربة")
  const confirmed = new Set(accepted.map((c) => c.kbId));
  for (const c of pending)
    if (confirmed.has(c.kbId) && accepted.every((a) => c.end <= a.start || c.start >= a.end))
      accepted.push(c);
  homeBodies(kb, tokens, forms, accepted);
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
    // Bump when the output changes (test/pass-versions.test.ts checks it), so stored analyses go stale.
    version: '10',
    requires: ['text', 'tokens', 'sentences'],
    produces: ['entities'],
    run(doc) {
      recognize(kb, doc, options.tagger);
    },
  };
}
