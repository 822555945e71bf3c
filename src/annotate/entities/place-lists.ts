/**
 * Places listed after a plural place noun: "معتمديات طبربة والجديدة والبطان وبرج العامري",
 * "ولايات صفاقس وقابس ومدنين". Each item of a list of two or more is a place, known to the KB or not:
 * local towns are often missing from GeoNames, and one of them may be an ordinary word (الجديدة "the
 * new"), which the list makes a name. An item is one word, or two where the first is a word that opens
 * place names (برج، سيدي، عين، وادي…: "برج العامري"); the conjunction و is not part of the name.
 */
import type { Token } from '../../doc/index.js';
import type { Candidate } from './candidate.js';
import { type Form, anyForm } from './clitics.js';
import type { Kb } from './kb.js';
import { NOT_NAME, PLACE_HEADS } from './words.js';
import { normalize } from '../../text/normalize.js';

const set = (words: string): ReadonlySet<string> =>
  new Set(words.split(/\s+/).filter(Boolean).map(normalize));

/** Plural and dual place nouns that introduce a list of places. */
export const PLACE_LIST_HEADS = set(`
  معتمديات عمادات ولايات بلديات مدن قرى مناطق محافظات أحياء مدينتي ولايتي معتمديتي بلديتي منطقتي
  محافظتي قريتي
`);

/** Words that open a place name of two words: "برج العامري", "سيدي بوزيد", "عين دراهم", "وادي الليل". */
export const PLACE_NAME_OPENERS = set(`
  برج بئر عين حمام وادي بني منزل رأس راس قصر سيدي ساقية جبل دوار حاسي سوق مجاز غار قلعة تل دار ذراع
  خنقة أولاد اولاد بو أبو ابو بن حي دوز
`);

const MAX_ITEMS = 12;
const ARABIC_WORD = /^[\u0621-\u064a\u064b-\u0652\u0670]+$/;

/** A word that may be (the start of) a place name: Arabic, not a function word or a place noun. */
function nameWord(tokens: readonly Token[], j: number, end: number, kb: Kb): boolean {
  if (j >= end) return false;
  const t = tokens[j]!;
  return (
    t.kind === 'word' &&
    ARABIC_WORD.test(t.text) &&
    t.norm.length >= 2 &&
    !NOT_NAME.has(t.norm) &&
    !PLACE_HEADS.has(t.norm) &&
    !PLACE_LIST_HEADS.has(t.norm) &&
    !kb.roles.has(t.norm)
  );
}

/** The listed places of tokens [begin, end) (one sentence), as LOC candidates linked where the KB knows them. */
export function matchPlaceLists(
  kb: Kb,
  tokens: readonly Token[],
  forms: readonly Form[][],
  begin: number,
  end: number,
): Candidate[] {
  const out: Candidate[] = [];
  for (let i = begin; i < end - 2; i++) {
    if (!anyForm(forms[i]!, PLACE_LIST_HEADS)) continue;
    const items: Candidate[] = [];
    let j = i + 1;
    while (j < end && items.length < MAX_ITEMS) {
      let skip = 0;
      let apart = false;
      if (items.length > 0) {
        // "والجديدة", "و الجديدة", "، الجديدة"
        const t = tokens[j]!;
        if (t.norm === 'و' || t.text === '،' || t.text === ',') {
          j++;
          apart = true;
        } else if (t.norm.startsWith('و') && t.norm.length > 2) {
          skip = 1;
        } else break;
      }
      if (!nameWord(tokens, j, end, kb)) break;
      // a separate "و" before a frequent word starts a new clause: "وبرج العامري و تمكّن خلالها"
      if (
        apart &&
        kb.frequentWords.has(tokens[j]!.norm) &&
        kb.names.longest(tokens[j]!.norm, () => undefined) === null
      )
        break;
      const t = tokens[j]!;
      const word = normalize(t.text.slice(skip));
      let last = j;
      if (
        PLACE_NAME_OPENERS.has(word) &&
        nameWord(tokens, j + 1, end, kb) &&
        !tokens[j + 1]!.norm.startsWith('و')
      )
        last = j + 1;
      const key = [word, ...tokens.slice(j + 1, last + 1).map((x) => x.norm)].join(' ');
      const hit = kb.names.longest(key.split(' ')[0]!, (k) => key.split(' ')[k + 1]);
      const known = hit !== null && hit.extra === last - j ? kb.entities.get(hit.value) : undefined;
      const place = known !== undefined && (known.type === 'GPE' || known.type === 'LOC') ? known : undefined;
      items.push({
        start: t.start + skip,
        end: tokens[last]!.end,
        first: j,
        last,
        type: place?.type ?? 'LOC',
        source: 'pattern',
        kbId: place?.id ?? null,
        key: place?.id ?? key,
      });
      j = last + 1;
    }
    // one item at least is a known place or a rare word: "قرى الحدود، وتسليم المقاومة" is no list of places
    const named = items.some(
      (c) =>
        c.kbId !== null ||
        forms.slice(c.first, c.last + 1).some((fs) => !fs.some((f) => kb.frequentWords.has(f.form))),
    );
    if (items.length >= 2 && named) {
      out.push(...items);
      i = items[items.length - 1]!.last;
    }
  }
  return out;
}
