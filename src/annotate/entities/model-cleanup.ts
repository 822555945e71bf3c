/**
 * The tagger's spans, cleaned with what the KB and the news vocabulary know:
 * - a particle opening a person (alone, or a word that never belongs to a name behind a clitic) is left out ("فإن أنيس
 *   بوجلبان"); in an organisation such words are its name ("الدولة الإسلامية");
 * - the tagger works on whole words, so a span may open with a proclitic: "ومحمد علولو", "لسليم بن
 *   حميدان", "للبنك المركزي", "للصرارفي". The mention starts after و/ف/ب/ل where the rest is a known
 *   name, a given name or an organisation head, and after ل of لل always (لل = ل + ال); a word that is
 *   itself a given name keeps its letters (وليد، لطفي، وائل);
 * - an organisation or other name of two words or more, all indefinite, is a description, not a name:
 *   "لصناعة أدوية" (for making medicines), "منظمة إرهابية" (a terrorist organisation) — every word is
 *   a frequent word of the news and none is definite; a name made of common words is definite
 *   ("وزارة الصحة", "البنك المركزي"). One indefinite word of the broken-plural pattern أفعال (أوكار
 *   "dens", أجداد "forefathers") is a common noun too, and so is one organisation word that the news
 *   also writes with the article (عمل/العمل، فيديو/الفيديو); foreign names rarely take it.
 */
import type { Token } from '../../doc/index.js';
import type { Candidate } from './candidate.js';
import { textOffset, type Form } from './clitics.js';
import type { Kb } from './kb.js';
import { NOT_NAME, ORG_HEADS } from './words.js';
import type { Lexicon } from '../../text/lexicon.js';

/** Particles that may open a clause before a name: "إن أنيس …", "ثم محمد …". */
const PARTICLES = new Set(['ان', 'انه', 'قد', 'لقد', 'ثم', 'كما', 'حيث', 'لكن', 'بل']);

const known = (kb: Kb, form: string): boolean =>
  kb.givenNames.has(form) || kb.names.has(form) || ORG_HEADS.has(form);

/** The span without a proclitic of its first word, where the rest is the name. */
export function trimProclitic(
  kb: Kb,
  tokens: readonly Token[],
  forms: readonly Form[][],
  m: Candidate,
): Candidate {
  // "فإن أنيس بوجلبان": a particle the tagger took into the name is left out
  const particle = forms[m.first]!.some((f) => (f.skip > 0 && NOT_NAME.has(f.form)) || PARTICLES.has(f.form));
  if (m.type === 'PERSON' && m.last > m.first && particle) {
    const next = tokens[m.first + 1]!;
    return {
      ...m,
      first: m.first + 1,
      start: next.start,
      key: tokens
        .slice(m.first + 1, m.last + 1)
        .map((t) => t.norm)
        .join(' '),
    };
  }
  const own = forms[m.first]![0]!;
  if (kb.givenNames.has(own.form) || kb.names.has(own.form)) return m;
  // لل = ل + ال: the name starts at the second ل ("للصرارفي" → "لصرارفي" written, الصرارفي meant)
  const lamLam = own.form.startsWith('لل') && own.form.length > 4 && m.type !== 'MISC';
  const stripped = lamLam
    ? {
        form: `ال${own.form.slice(2)}`,
        skip: textOffset(tokens[m.first]!.text, 1, own.skip),
      }
    : forms[m.first]!.find((f) => f.skip > own.skip && known(kb, f.form));
  if (stripped === undefined) return m;
  const rest = tokens
    .slice(m.first + 1, m.last + 1)
    .map((t) => t.norm)
    .join(' ');
  return {
    ...m,
    start: tokens[m.first]!.start + stripped.skip,
    key: rest ? `${stripped.form} ${rest}` : stripped.form,
  };
}

/** أفعال: أوكار، أجداد، أسواق (normalised: ا + two letters + ا + one letter). */
const AFAAL = /^ا[^اي][^ا]ا[^ا]$/;

/** A one-word name of the KB or a given name. */
const isName = (kb: Kb, f: Form): boolean =>
  kb.names.longest(f.form, () => undefined) !== null || kb.givenNames.has(f.form);

/** An organisation or MISC span of the tagger that is a description made of common indefinite words. */
export function descriptive(kb: Kb, forms: readonly Form[][], m: Candidate): boolean {
  if (m.source !== 'model' || (m.type !== 'ORG' && m.type !== 'MISC')) return false;
  const words = forms.slice(m.first, m.last + 1);
  if (words.some((fs) => fs.some((f) => f.form.startsWith('ال') || isName(kb, f)))) return false;
  // one frequent word alone may be a foreign name the news uses often (أندرلخت، تايمز) or a currency
  // one organisation word the news also uses with the article is a common noun (عمل، فيديو); a
  // currency (دولار) is MISC in ANERcorp and stays
  if (m.first === m.last)
    return (
      AFAAL.test(words[0]![0]!.form) ||
      (m.type === 'ORG' && words[0]!.some((f) => kb.frequentWords.has(`ال${f.form}`)))
    );
  return words.every((fs) => fs.some((f) => kb.frequentWords.has(f.form)));
}

/** Function words that are never part of a name (unlike على/علي، خلف، السيد, which are names too). */
const CLAUSE_WORDS = new Set(
  'هذا هذه ذلك تلك هؤلاء الذي التي الذين ان انه قد لقد لم لن لا ما هو هي هم نحن كان كانت يكون تكون ليس في من الى عن مع'.split(
    ' ',
  ),
);

/**
 * A person of the tagger that runs over a clause: a function word inside it ("سعيد بهذا" = happy with
 * this) or a common word joined by و ("جمال وضخامة" = beauty and size) is in no one's name; a name's
 * own particles (بن، أبو، عبد، آل، ولد) are none of those.
 */
export function runsOverClause(
  kb: Kb,
  tokens: readonly Token[],
  forms: readonly Form[][],
  m: Candidate,
): boolean {
  if (m.source !== 'model' || m.type !== 'PERSON') return false;
  for (let k = m.first + 1; k <= m.last; k++) {
    const fs = forms[k]!;
    const norm = tokens[k]!.norm;
    if (kb.givenNames.has(norm)) continue;
    if (fs.some((f) => CLAUSE_WORDS.has(f.form))) return true;
    if (!norm.startsWith('و') || kb.givenNames.has(norm) || kb.names.has(norm)) continue;
    const rest = norm.slice(1);
    if (kb.frequentWords.has(rest) && !kb.givenNames.has(rest)) return true;
  }
  return false;
}

/** A name of the KB or a given name, as the word stands. */
const named = (kb: Kb, form: string): boolean => kb.givenNames.has(form) || kb.names.has(form);

/**
 * A word the tagger took into the end of a person that is no part of a name: an indefinite common noun
 * in the accusative, written with its alif («قدم برنامجا» = presented a programme, «مهدي فجرا» = Mahdi at
 * dawn), or, after a name of two words or more, a preposition with a definite noun («سالم بالقتل»,
 * «يوسف بالقول», «للرئيس»). A common noun is told by its definite form, frequent in the news (البرنامج،
 * الفجر): many names are frequent words too (جحا، سينا، بلحاج) but are never written with the article.
 * Given names and names of the KB keep their letters («نورا», «بيان»).
 */
export function trailingNonName(kb: Kb, tokens: readonly Token[], m: Candidate, k: number): boolean {
  const norm = tokens[k]!.norm;
  if (named(kb, norm)) return false;
  if (/[^ا]ا$/.test(norm)) {
    const stem = norm.slice(0, -1);
    if (!kb.givenNames.has(stem) && kb.frequentWords.has(`ال${stem}`)) return true;
  }
  if (k === m.first) return false;
  const rest = norm.startsWith('لل') ? `ال${norm.slice(2)}` : /^[بل]ال/.test(norm) ? norm.slice(1) : '';
  return rest.length >= 5 && kb.frequentWords.has(rest);
}

/**
 * A verb the tagger took into the edge of a person («ومرر ديارا», «ستبعد إيتو», «طلعت زكريا يتقمص»,
 * «موتورز زادتا»), told by its other forms in the news (as for unknown names after a title, patterns.ts):
 * an imperfect with the other person prefix (يتقمص → تتقمص), a future with its س (ستبعد → يبعد), a past
 * verb with the plural ending (مرر → مرروا), also after a glued و or ف. Definite words, given names and
 * names of the KB are never verbs here (يونس beside تونس is a given name).
 */
export function verbLike(kb: Kb, lex: Lexicon, norm: string): boolean {
  if (norm.startsWith('ال') || named(kb, norm)) return false;
  let w = norm;
  if ((w.startsWith('و') || w.startsWith('ف')) && w.length >= 4 && lex.freq(w.slice(1)) >= 2) w = w.slice(1);
  if (w.length < 3 || named(kb, w)) return false;
  const has = (x: string): boolean => lex.freq(x) >= 3;
  const first = w[0];
  if ((first === 'ي' || first === 'ت') && w.length >= 4 && has((first === 'ي' ? 'ت' : 'ي') + w.slice(1)))
    return true;
  if (w.startsWith('س') && (w[1] === 'ي' || w[1] === 'ت') && w.length >= 5) {
    const rest = w.slice(2);
    if (has(`ي${rest}`) && has(`ت${rest}`)) return true;
  }
  const stem = w.endsWith('تا') ? w.slice(0, -2) : w.endsWith('ت') ? w.slice(0, -1) : w;
  return stem.length >= 3 && has(`${stem}وا`);
}
