/**
 * The `entities` pass: KB matching, title/apposition patterns and (when given) a statistical tagger,
 * combined per sentence, then linked into document entities with roles.
 */
import type { Doc, Pass, Token } from '../../doc/index.js';
import { resolveOverlaps, type Candidate } from './candidate.js';
import { allTokenForms } from './clitics.js';
import { loadKb, type Kb } from './kb.js';
import { buildEntities, linkCapitals, linkShortNames } from './link.js';
import { matchKb } from './match-kb.js';
import { modelCandidates, type SentenceTagger } from './model-candidates.js';
import { matchOrgPatterns } from './org-patterns.js';
import { PatternMatcher, type RoleFinding } from './patterns.js';

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

/**
 * A town from GeoNames (not a country or a hand-written place) inside a person or organisation the
 * model found gives way to it: "ريال مدريد", "دينامو كييف", a first name that is also a town (كلاوس).
 */
function overruled(c: Candidate, tagged: readonly Candidate[]): boolean {
  if (c.kbId === null || !c.kbId.startsWith('kb:gpe:gn')) return false;
  return tagged.some(
    (m) =>
      (m.type === 'PERSON' || m.type === 'ORG') &&
      m.start <= c.start &&
      m.end >= c.end &&
      m.end - m.start > c.end - c.start - (m.type === 'PERSON' ? 1 : 0),
  );
}

export function recognize(kb: Kb, doc: Doc, tagger?: SentenceTagger): void {
  const tokens: readonly Token[] = doc.tokens;
  const accepted: Candidate[] = [];
  const findings: RoleFinding[] = [];
  const forms = allTokenForms(tokens);
  for (const [begin, end] of sentenceTokenRanges(doc)) {
    const raw: Candidate[] = [];
    matchKb(kb, tokens, forms, begin, end, raw);
    const tagged = tagger ? modelCandidates(tagger, tokens, begin, end) : [];
    const fromKb = resolveOverlaps(raw).filter((c) => !overruled(c, tagged));
    const orgs = [...fromKb, ...matchOrgPatterns(kb, tokens, forms, begin, end, fromKb)];
    const sentence = [
      ...orgs,
      ...tagged.filter((m) => orgs.every((c) => m.end <= c.start || m.start >= c.end)),
    ];
    const patterns = new PatternMatcher(kb, tokens, forms, begin, end, sentence);
    patterns.run();
    accepted.push(...sentence, ...patterns.persons);
    findings.push(...patterns.roles);
  }
  linkShortNames(kb, tokens, forms, accepted);
  linkCapitals(kb, tokens, forms, accepted);
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
