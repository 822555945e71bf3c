/**
 * Candidates from a statistical sequence tagger (IOB2, ANERcorp tag set). The entities pass keeps
 * persons, organisations and other names (MISC) where the knowledge base and the patterns found nothing:
 * the KB links and types places and known names, the model finds names it has never seen; its places
 * only say which small towns of the KB are used as places in this sentence (see recognize.ts).
 */
import type { Token } from '../../doc/index.js';
import { wordInfosOf } from '../../text/passes/tokenize.js';
import type { WordInfo } from '../../text/word-analyzer.js';
import type { Candidate } from './candidate.js';
import { BLESSING_VERBS, NEVER_AN_ENTITY_ALONE } from './words.js';

export interface SentenceTagger {
  tag(tokens: { text: string; norm: string }[]): string[];
  /**
   * Tags for every sentence of a document read together (document consistency), where the tagger can;
   * `infos`, when given, are the tokenizer's word analyses of the same tokens (undefined for a token
   * that has none), on which the tagger may keep what it derives per word.
   */
  tagDocument?(
    sentences: { text: string; norm: string }[][],
    infos?: readonly (readonly (WordInfo | undefined)[])[],
  ): string[][];
}

/** The tagger's tags for each sentence range of a document: read together where the tagger can. */
export function tagSentences(
  tagger: SentenceTagger,
  tokens: readonly Token[],
  ranges: readonly (readonly [number, number])[],
): string[][] {
  const sentences = ranges.map(([begin, end]) => tokens.slice(begin, end));
  if (!tagger.tagDocument) return sentences.map((s) => tagger.tag(s));
  const all = wordInfosOf(tokens);
  return tagger.tagDocument(sentences, all && ranges.map(([begin, end]) => all.slice(begin, end)));
}

const ARABIC = /[\u0621-\u064a]/;

/** ANERcorp LOC covers countries, cities and regions alike: an unlinked place is a LOC. */
const TYPES: Record<string, Candidate['type']> = { PERS: 'PERSON', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

export function modelCandidates(
  tagger: SentenceTagger,
  tokens: readonly Token[],
  begin: number,
  end: number,
): Candidate[] {
  if (end <= begin) return [];
  return candidatesFromTags(tagger.tag(tokens.slice(begin, end)), tokens, begin, end);
}

/** Candidates from the tags of the sentence tokens[begin, end). */
export function candidatesFromTags(
  tags: readonly string[],
  tokens: readonly Token[],
  begin: number,
  end: number,
): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < end - begin) {
    const tag = tags[i] ?? 'O';
    // most tags are O: tested before the prefix, and the prefix before the type string is built
    const type = tag !== 'O' && tag.startsWith('B-') ? TYPES[tag.slice(2)] : undefined;
    if (type === undefined) {
      i++;
      continue;
    }
    const inside = `I-${tag.slice(2)}`;
    let j = i + 1;
    while (j < end - begin && tags[j] === inside) j++;
    const first = begin + i;
    let last = begin + j - 1;
    // a blessing after a name (صالح رحمه الله) is not part of it
    while (
      last - 1 > first &&
      NEVER_AN_ENTITY_ALONE.has(tokens[last]!.norm) &&
      BLESSING_VERBS.has(tokens[last - 1]!.norm)
    ) {
      last -= 2;
    }
    const start = tokens[first]!.start;
    const stop = tokens[last]!.end;
    // the model learned Arabic: a span with a token without Arabic letters is not trusted
    let arabic = true;
    for (let k = first; k <= last && arabic; k++) arabic = ARABIC.test(tokens[k]!.text);
    if (!arabic) {
      i = j;
      continue;
    }
    if (first === last && NEVER_AN_ENTITY_ALONE.has(tokens[first]!.norm)) {
      i = j;
      continue;
    }
    let key = tokens[first]!.norm;
    for (let k = first + 1; k <= last; k++) key += ' ' + tokens[k]!.norm;
    out.push({ start, end: stop, first, last, type, source: 'model', kbId: null, key });
    i = j;
  }
  return out;
}
