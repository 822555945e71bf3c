import type { ActorMention } from './actors.js';
import type { Word } from './words.js';

/**
 * Session 16: a relative clause set between a subject and the rest of its clause ("وألقت الشرطة، التي فرضت طوقا
 * أمنيا، القبض على …"، "الاتحاد الجهوي للشغل الذي يمثل العمال في الجهة، دعا الحكومة إلى …") says something of the
 * subject; the clause goes on past it. An act named inside it is no agent's act between the subject and the verb,
 * and the subject before it is the subject of the verb after it.
 */

/** Relative pronouns. */
const RELATIVES = new Set([
  'الذي',
  'التي',
  'الذين',
  'اللذان',
  'اللتان',
  'اللذين',
  'اللتين',
  'والذي',
  'والتي',
]);
const COMMAS = new Set(['،', ',']);
const FULL_STOPS = new Set(['.', '!', '؟', '?', ':', '؛']);
/** The longest relative clause read as an aside. */
const MAX_ASIDE = 16;
/** Words that open a clause of their own inside a sentence. */
const CLAUSES = new Set(['ان', 'بان', 'وان', 'انه', 'انها', 'حيث', 'بعدما', 'عندما']);

/**
 * The relative clause word i stands in when that clause is an aside closed by a comma before `before`: its first
 * word (the relative pronoun) and the comma that closes it, or null. The clause opens with a relative pronoun
 * (after a comma or right after a noun) and runs to the first comma, before `before`.
 */
export function relativeAside(
  words: readonly Word[],
  i: number,
  before: number,
): { from: number; comma: number } | null {
  let r = i;
  while (r >= 0 && i - r <= MAX_ASIDE) {
    const w = words[r]!;
    if (RELATIVES.has(w.norm)) break;
    // (no other mark, quotation or clause inside it: "والذي وصل … في تصريح لمراسل "…" إن مجموعة مسلحة قامت")
    if (w.boundary || /["«»“”]/.test(w.norm) || CLAUSES.has(w.norm)) return null;
    r--;
  }
  if (r < 1 || !RELATIVES.has(words[r]!.norm)) return null;
  for (let c = i + 1; c < before; c++) {
    const w = words[c]!;
    if (COMMAS.has(w.norm)) return { from: r, comma: c };
    if (FULL_STOPS.has(w.norm)) return null;
  }
  return null;
}

/** Words that may open the clause of a subject: a conjunction, an auxiliary, a complementiser. */
const OPENERS = new Set(['و', 'كما', 'وكان', 'وكانت', 'كان', 'كانت', 'ان', 'بان', 'وان', 'قد', 'وقد']);
const PREPS = /^و?(?:في|من|علي|الي|عن|مع|بعد|قبل|خلال|اثر|عقب|حسب|وفق|لدي|ضد|حول|بين|منذ|ل)$/;

/**
 * The subject before a relative aside that ends right before the verb at `verb` ("الاتحاد … الذي يمثل العمال،
 * دعا"): the actor phrase the relative pronoun follows (past its comma), opening its clause, after no preposition.
 */
export function subjectBeforeAside(
  words: readonly Word[],
  actors: readonly ActorMention[],
  verb: number,
): ActorMention | undefined {
  if (verb < 3 || !COMMAS.has(words[verb - 1]!.norm)) return undefined;
  const aside = relativeAside(words, verb - 2, verb);
  if (!aside || aside.comma !== verb - 1) return undefined;
  const end = COMMAS.has(words[aside.from - 1]?.norm ?? '') ? aside.from - 1 : aside.from;
  const a = actors.find((x) => x.to === end && !x.adjectival);
  if (!a || words[a.from]!.prep !== null) return undefined;
  const b = words[a.from - 1];
  if (b && (PREPS.test(b.norm) || (!b.boundary && !OPENERS.has(b.norm)))) return undefined;
  return a;
}
