/**
 * Titles and appositions over role words and name-like tokens (never over particular names):
 *   ROLE [COMPLEMENT] [،] NAME      "رئيس الوفد، أحمد طعمة" / "الرئيس السوري بشار الأسد"
 *   NAME [،] ROLE [COMPLEMENT]      "بشار الجعفري مندوبها في الأمم المتحدة" (NAME already an entity)
 *   وفد X برئاسة / الذي يرأسه ROLE … NAME → head of X's delegation, plus the stated role
 * The complement says whom the role belongs to: a nisba ("الإيراني"), an organisation ("للأمم المتحدة"),
 * a possessive ("مندوبها" → the last organisation or country named before), the delegation, or a noun
 * that refers back to a body ("المتحدث باسم الجماعة" → the nearest group named in the document).
 * A military rank between the title and the name is a title of its own ("المتحدث باسم التحالف العقيد X").
 */
import type { Token } from '../../doc/index.js';
import type { Candidate } from './candidate.js';
import { type Form, anyForm } from './clitics.js';
import type { Kb } from './kb.js';
import { continues } from './match-kb.js';
import { normalize } from '../../text/normalize.js';
import { loadLexicon, type Lexicon } from '../../text/lexicon.js';
import {
  BACK_REFERENCES,
  COUNTERPART,
  DELEGATION,
  HONORIFICS,
  LED_BY,
  NOT_NAME,
  POSSESSIVE,
  RANKS,
  SENT_ROLES,
  TITLE_ADJECTIVES,
  TITLE_PREPOSITIONS,
} from './words.js';

export interface RoleFinding {
  person: Candidate;
  start: number;
  end: number;
  role: string;
  of: string | null;
}

interface RoleHit {
  role: string;
  start: number;
  /** Last token of the role phrase. */
  last: number;
  possessive: boolean;
}

const MAX_NAME = 3;
/** A name whose first word is no known given name may have up to four words ("عبد الرحمان الحاج علي"). */
const MAX_UNKNOWN_NAME = 4;
/** Arabic letters, with those of Maghrebi and Persian spellings (ڨ ڤ گ پ چ: "لطفي نڨض"). */
const ARABIC_WORD = /^[\u0621-\u064a\u067e\u0686\u06a4\u06a8\u06af]+$/;
const COMMA = new Set(['،', ',']);
const QUOTES = new Set(['"', '«', '»', '“', '”']);
/** Last code units of the possessive suffixes: most words end otherwise and skip the suffix tests. */
const POSSESSIVE_LAST = new Set(POSSESSIVE.map((p) => p.charCodeAt(p.length - 1)));

/** Last code units of the courtesy titles: most words end otherwise and skip their look-up. */
const HONORIFIC_LAST = new Set([...HONORIFICS].map((h) => h.charCodeAt(h.length - 1)));
const YA = 'ي'.charCodeAt(0);
const TA = 'ت'.charCodeAt(0);
/** Words after which a name goes on with a word carrying the article: "عبد الرحمن", "أبو الفضل". */
const NAME_LINKS = new Set(['عبد', 'ابو', 'ابن', 'بن', 'بو'].map(normalize));
const PRONOUN_SUFFIXES = ['ها', 'هم', 'هما', 'كم', 'نا'];

export class PatternMatcher {
  private readonly covering = new Map<number, Candidate>();
  readonly persons: Candidate[] = [];
  readonly roles: RoleFinding[] = [];

  constructor(
    private readonly kb: Kb,
    private readonly tokens: readonly Token[],
    private readonly forms: readonly Form[][],
    private readonly begin: number,
    private readonly end: number,
    accepted: readonly Candidate[],
    /** Entities of the sentences before, which a back-reference noun may refer to. */
    private readonly earlier: readonly Candidate[] = [],
    /** Corpus word counts: they tell a name word from a noun or a verb (see unknownNameWord). */
    private readonly lexicon: Lexicon = loadLexicon(),
  ) {
    for (const c of accepted) for (let k = c.first; k <= c.last; k++) this.covering.set(k, c);
  }

  run(): void {
    for (let i = this.begin; i < this.end; i++) {
      const tok = this.tokens[i]!;
      if (tok.kind !== 'word') continue;
      if (anyForm(this.forms[i]!, LED_BY)) {
        this.ledBy(i);
        continue;
      }
      // "السيد X Y", "السيدة X Y": a courtesy title says a name follows, but gives no role
      if (
        HONORIFIC_LAST.has(tok.norm.charCodeAt(tok.norm.length - 1)) &&
        !this.covering.has(i) &&
        anyForm(this.forms[i]!, HONORIFICS)
      ) {
        const person = this.personAt(i + 1, false, true, true);
        if (person !== null) i = person.last;
        continue;
      }
      const role = this.roleAt(i);
      if (role !== null) {
        const found = this.titleAt(role);
        if (found !== null) i = Math.max(i, found);
      }
    }
  }

  /** A role phrase starting at token i (clitics stripped; "مندوبها" = مندوب + possessive). */
  private roleAt(i: number): RoleHit | null {
    const tok = this.tokens[i]!;
    if (this.covering.has(i)) return null;
    let best: RoleHit | null = null;
    // "نظيره الإيراني X" after "وزير الخارجية التركي Y": X is Iran's foreign minister
    const previous = this.roles[this.roles.length - 1];
    if (previous !== undefined && anyForm(this.forms[i]!, COUNTERPART))
      return { role: previous.role, start: tok.start, last: i, possessive: false };
    for (const { form, skip } of this.forms[i]!) {
      // the role trie rejects most words before it reads any following token: no `continues` for them
      const hit = this.kb.roles.has(form)
        ? this.kb.roles.longest(form, continues(this.tokens, i + 1, this.end))
        : null;
      if (hit !== null && (best === null || i + hit.extra > best.last)) {
        best = { role: hit.value, start: tok.start + skip, last: i + hit.extra, possessive: false };
      }
      if (best === null && POSSESSIVE_LAST.has(form.charCodeAt(form.length - 1))) {
        for (const p of POSSESSIVE) {
          if (form.length - p.length < 3 || !form.endsWith(p)) continue;
          const bare = this.kb.roles.longest(form.slice(0, -p.length), () => undefined);
          if (bare !== null) return { role: bare.value, start: tok.start + skip, last: i, possessive: true };
        }
      }
    }
    return best;
  }

  /** Parses ROLE COMPLEMENT [،] NAME from a role hit; returns the last token used, or null. */
  private titleAt(
    hit: RoleHit,
    extraRole?: { role: string; of: string | null; start: number; end: number },
  ): number | null {
    const first = this.tokenIndexAt(hit.start);
    let of = hit.possessive ? this.referentBefore(first) : null;
    let r = hit.last + 1;
    let complementEnd = this.tokens[hit.last]!.end;
    const ranks: RoleHit[] = [];
    for (let steps = 0; steps < 8 && r < this.end; steps++) {
      const t = this.tokens[r]!;
      const c = this.covering.get(r);
      const backReference =
        c === undefined || (c.kbId === null && c.first === c.last) ? this.backReferenceAt(r) : null;
      if (backReference !== null) {
        of ??= this.nearestBody(backReference, r);
        complementEnd = t.end;
        r++;
        continue;
      }
      if (c !== undefined) {
        if (c.type === 'PERSON') break;
        const target = this.ownerOf(c);
        const prev = this.tokens[r - 1]!;
        const sent =
          SENT_ROLES.has(hit.role) &&
          c.type === 'GPE' &&
          (c.start > t.start || TITLE_PREPOSITIONS.has(prev.norm));
        if (!sent) of ??= target;
        complementEnd = this.tokens[c.last]!.end;
        r = c.last + 1;
        continue;
      }
      if ((TITLE_PREPOSITIONS.has(t.norm) || TITLE_ADJECTIVES.has(t.norm)) && r + 1 < this.end) {
        if (TITLE_ADJECTIVES.has(t.norm)) complementEnd = t.end;
        r++;
        continue;
      }
      const nested = this.roleAt(r);
      if (nested !== null && !nested.possessive && RANKS.has(nested.role) && !RANKS.has(hit.role)) {
        ranks.push(nested);
        r = nested.last + 1;
        continue;
      }
      if (nested !== null && !nested.possessive) {
        complementEnd = this.tokens[nested.last]!.end;
        r = nested.last + 1;
        continue;
      }
      // a definite noun or adjective the KB does not know is still part of the title ("وزير الشؤون
      // الثقافية X", "المدير العام للغابات X", "الرئيس الأمريكي المنتخب X"); a given name is not
      // ("المدير العام للغابات الحبيب عبيد")
      if (this.definiteComplement(r)) {
        complementEnd = t.end;
        r++;
        continue;
      }
      break;
    }
    let comma = false;
    if (r < this.end && COMMA.has(this.tokens[r]!.text)) {
      comma = true;
      r++;
    }
    // a bare indefinite title word may be a common noun ("هو أمر مجانب للصواب", "سجن ملك شرير"):
    // only a definite title, one of several words, or one with a complement introduces an unknown name
    const titled =
      hit.last > first || this.forms[first]!.some((f) => f.form.startsWith('ال')) || r > hit.last + 1;
    // a name in quotes after a title: «رئيسة الوزراء البولندية " بياتا شيدلو "»
    const quoted = !comma && r + 1 < this.end && QUOTES.has(this.tokens[r]!.text);
    let person = quoted ? this.personAt(r + 1, false, titled, true, true) : this.personAt(r, comma, titled);
    let last = person?.last ?? null;
    if (person === null) {
      // NAME [،] ROLE: the role follows a person already found
      let p = first - 1;
      if (p >= this.begin && COMMA.has(this.tokens[p]!.text)) p--;
      const c = this.covering.get(p);
      if (c?.type === 'PERSON' && c.last === p) person = c;
      else if (c === undefined) person = this.personBefore(p);
      last = null;
    }
    if (person === null) return null;
    // in a delegation the stated role belongs to the delegation's side unless the text says otherwise
    if (of === null && extraRole) of = extraRole.of;
    this.roles.push({ person, start: hit.start, end: complementEnd, role: hit.role, of });
    for (const rank of ranks) {
      const end = this.tokens[rank.last]!.end;
      this.roles.push({ person, start: rank.start, end, role: rank.role, of: null });
    }
    if (extraRole) this.roles.push({ person, ...extraRole });
    return last;
  }

  /** "وفد X برئاسة …" / "الوفد X الذي يرأسه …". */
  private ledBy(i: number): void {
    const trigger = this.tokens[i]!;
    let of: string | null = null;
    for (let k = i - 1; k >= this.begin && k >= i - 6; k--) {
      if (!anyForm(this.forms[k]!, DELEGATION)) continue;
      const c = this.covering.get(k + 1);
      if (c !== undefined && c.first === k + 1) of = this.ownerOf(c);
      break;
    }
    const head = { role: 'head-of-delegation', of, start: trigger.start, end: trigger.end };
    const role = i + 1 < this.end ? this.roleAt(i + 1) : null;
    if (role !== null) {
      this.titleAt(role, head);
      return;
    }
    const person = this.personAt(i + 1, false);
    if (person !== null) this.roles.push({ person, ...head });
  }

  /**
   * A person starting at token r: an entity already found, or name-like tokens. Without a comma the
   * name opens with a known given name, or, right after a title (`titled`), with a word shaped like a
   * name the KB does not know (unknownNameWord): "وزير الخارجية يانيس تشاكالوتوس".
   */
  private personAt(
    r: number,
    afterComma: boolean,
    titled = false,
    strict = false,
    /** The name stands in quotes: the quote must close right after it. */
    quoted = false,
  ): Candidate | null {
    if (r >= this.end) return null;
    const c = this.covering.get(r);
    if (c !== undefined) {
      const closed = !quoted || (c.last + 1 < this.end && QUOTES.has(this.tokens[c.last + 1]!.text));
      return c.type === 'PERSON' && c.first === r && closed ? c : null;
    }
    const firstTok = this.tokens[r]!;
    const given = this.kb.givenNames.has(firstTok.norm);
    // after a comma the words that follow are the name, but not a definite word or a glued conjunction
    // ("، المنبثقة شرعيا عن", "، وبرأت مساعدي"); without one they must look like a name (unknownNameWord)
    const unknown = !given && !afterComma && titled && this.unknownNameWord(r);
    if (!given && !unknown && !(afterComma && this.plainWord(r))) return null;
    if (firstTok.norm.startsWith('ال') && !given) return null;
    const max = unknown ? MAX_UNKNOWN_NAME : MAX_NAME;
    let j = r;
    // after a courtesy title, every word of a name is checked ("الدكتور تمام" + "مستخدمي الأجهزة")
    const checked = unknown || strict;
    while (
      j < this.end &&
      j - r < max + 1 &&
      this.nameLike(j) &&
      (!checked || j === r || this.unknownNameWord(j)) &&
      // a family name with the article ends a name the KB does not know ("كزافيي بيتل" + "المثلي الجنس")
      !(
        unknown &&
        j - 1 > r &&
        this.tokens[j - 1]!.norm.startsWith('ال') &&
        !NAME_LINKS.has(this.tokens[j - 2]!.norm)
      )
    )
      j++;
    const n = j - r;
    if (n < 2 || n > max) return null;
    if (quoted && (j >= this.end || !QUOTES.has(this.tokens[j]!.text))) return null;
    if ((afterComma || unknown) && !quoted && j < this.end) {
      const next = this.tokens[j]!;
      if (next.kind === 'word' && !NOT_NAME.has(next.norm) && !this.covering.has(j)) return null;
    }
    const words = this.tokens.slice(r, j);
    const existing = this.persons.find((p) => p.first === r && p.last === j - 1);
    if (existing) return existing;
    const person: Candidate = {
      start: firstTok.start,
      end: words[words.length - 1]!.end,
      first: r,
      last: j - 1,
      type: 'PERSON',
      source: 'pattern',
      kbId: null,
      key: words.map((w) => w.norm).join(' '),
    };
    this.persons.push(person);
    for (let k = r; k < j; k++) this.covering.set(k, person);
    return person;
  }

  /**
   * A name of two or three words ending at token p, opening with a known given name, before a role:
   * "قالت نادية فنينة مستشارة بوزارة الصحة". The word before the name is no part of it.
   */
  private personBefore(p: number): Candidate | null {
    let r = p;
    while (
      r > this.begin &&
      p - r < MAX_NAME - 1 &&
      this.nameLike(r) &&
      !this.kb.givenNames.has(this.tokens[r]!.norm)
    )
      r--;
    if (r === p || !this.nameLike(r) || !this.kb.givenNames.has(this.tokens[r]!.norm)) return null;
    const words = this.tokens.slice(r, p + 1);
    const person: Candidate = {
      start: words[0]!.start,
      end: words[words.length - 1]!.end,
      first: r,
      last: p,
      type: 'PERSON',
      source: 'pattern',
      kbId: null,
      key: words.map((w) => w.norm).join(' '),
    };
    this.persons.push(person);
    for (let k = r; k <= p; k++) this.covering.set(k, person);
    return person;
  }

  /**
   * A word that may be part of a name the KB does not know (its first word not a given name): Arabic
   * letters only, none of the 5,000 most frequent non-name words (the 15,000 hold foreign names: جاستن، ترودو), and neither a noun nor a verb by its
   * other forms in the corpus: a noun is often written with the article (نقابة → النقابة), an imperfect
   * verb with the other person prefix (يكرم → تكرم), a past verb with the plural ending (سجلت → سجلوا).
   * Names rarely are (يوسف, no توسف; كلارك, no الكلارك). A definite word is a family name (الجمالي)
   * and passes when it is rare. Given names always pass.
   */
  private unknownNameWord(j: number): boolean {
    const norm = this.tokens[j]!.norm;
    if (this.kb.givenNames.has(norm)) return true;
    if (!ARABIC_WORD.test(norm) || norm.length < 2 || this.kb.commonWords.has(norm)) return false;
    if (this.forms[j]!.some((f) => f.form !== norm && this.kb.commonWords.has(f.form))) return false;
    const lex = this.lexicon;
    const n = lex.freq(norm);
    if (norm.startsWith('ال')) return !this.kb.frequentWords.has(norm);
    // a conjunction or preposition glued on ("وباحث", "لتوثيق", "للصواب") opens no name after a title
    if (!this.plainWord(j)) return false;
    const has = (w: string): boolean => w.length >= 2 && lex.freq(w) >= 1;
    // a noun or adjective is often written with the article (نموذج → النموذج, نقابة → النقابة)
    const withArticle = lex.freq(`ال${norm}`);
    if (this.kb.frequentWords.has(`ال${norm}`) || (withArticle >= 2 && withArticle * 4 >= n)) return false;
    const p = norm.charCodeAt(0);
    if ((p === YA || p === TA) && norm.length >= 3) {
      if (has(String.fromCharCode(p === YA ? TA : YA) + norm.slice(1))) return false;
    }
    const stem = norm.endsWith('ت') ? norm.slice(0, -1) : norm;
    if (has(`${stem}وا`)) return false;
    // an accusative adjective ("مسيحيا" ← المسيحي), a plural in construct ("مستخدمي" ← مستخدمين), an
    // attached pronoun ("ارغمها" ← ارغم)
    // and an accusative participle ("واضعا يده" ← واضع)
    if (norm.endsWith('ا') && norm.length >= 4) {
      const bare = norm.slice(0, -1);
      if (lex.freq(`ال${bare}`) >= 2 || has(bare) || this.kb.frequentWords.has(`ال${bare}`)) return false;
    }
    if (norm.endsWith('ي') && (has(`${norm.slice(0, -1)}ين`) || has(`${norm.slice(0, -1)}ون`))) return false;
    for (const suffix of PRONOUN_SUFFIXES)
      if (norm.endsWith(suffix) && norm.length - suffix.length >= 3 && has(norm.slice(0, -suffix.length)))
        return false;
    // "ه" is also the feminine ending (فوزية → فوزيه, beside فوزي): a pronoun only where "ها" is found too
    if (norm.endsWith('ه') && norm.length >= 5 && has(`${norm.slice(0, -1)}ها`)) return false;
    if ((norm.endsWith('ها') || norm.endsWith('هم')) && norm.length >= 5) return false;
    return true;
  }

  /** A word without the article or a glued conjunction or preposition whose rest is a word. */
  private plainWord(j: number): boolean {
    const norm = this.tokens[j]!.norm;
    if (norm.startsWith('ال') || norm.startsWith('لل')) return false;
    return !this.forms[j]!.some((f) => f.skip > 0 && this.lexicon.freq(f.form) >= 1);
  }

  /** A definite word inside a title's complement: not a name, not a function word, not a verb form. */
  private definiteComplement(r: number): boolean {
    const t = this.tokens[r]!;
    if (t.kind !== 'word' || this.kb.givenNames.has(t.norm) || NOT_NAME.has(t.norm)) return false;
    if (LED_BY.has(t.norm) || HONORIFICS.has(t.norm) || r + 1 >= this.end) return false;
    // the article, "لل" (of the) or "وال" (and the): "بالسجن المؤبد" is no part of a title
    const m = /^(?:ال|لل|وال|ولل)(.+)$/.exec(t.norm);
    return m !== null && m[1]!.length > 1 && !anyForm(this.forms[r]!, this.kb.givenNames);
  }

  private nameLike(j: number): boolean {
    const t = this.tokens[j]!;
    if (t.kind !== 'word' || this.covering.has(j) || t.norm.length < 2) return false;
    if (NOT_NAME.has(t.norm) || LED_BY.has(t.norm)) return false;
    if (this.kb.roles.has(t.norm)) return false;
    if (this.kb.givenNames.has(t.norm)) return true;
    if (anyForm(this.forms[j]!, this.kb.commonWords)) return false;
    return true;
  }

  /** The head words a back-reference noun at token r refers to ("الجماعة" → جماعة), or null. */
  private backReferenceAt(r: number): readonly string[] | null {
    for (const f of this.forms[r]!) {
      const heads = BACK_REFERENCES.get(f.form);
      if (heads !== undefined) return heads;
    }
    return null;
  }

  /**
   * The KB body nearest to token r whose name has one of `heads` as a word: before it in this sentence,
   * then in the sentences before, then after it in this sentence; null if none.
   */
  private nearestBody(heads: readonly string[], r: number): string | null {
    const before: Candidate[] = [];
    const after: Candidate[] = [];
    for (const c of new Set(this.covering.values())) (c.last < r ? before : c.first > r ? after : []).push(c);
    before.sort((a, b) => b.first - a.first);
    after.sort((a, b) => a.first - b.first);
    const earlier = [...this.earlier].sort((a, b) => b.first - a.first);
    for (const c of [...before, ...earlier, ...after]) {
      if (c.kbId === null || (c.type !== 'ORG' && c.type !== 'NORP')) continue;
      const target = this.ownerOf(c);
      const e = target === null ? undefined : this.kb.entity(target);
      if (e === undefined || e.type !== 'ORG') continue;
      const words = [e.name, ...e.aliases].flatMap((a) => normalize(a).split(' '));
      if (words.some((w) => heads.includes(w.startsWith('ال') ? w.slice(2) : w))) return e.id;
    }
    return null;
  }

  /** Whom an entity stands for when it owns a role: a nisba → its country or organisation. */
  private ownerOf(c: Candidate): string | null {
    if (c.kbId === null) return null;
    const e = this.kb.entity(c.kbId);
    if (e?.type === 'NORP') return e.facts.find((f) => f[0] === 'of')?.[1] ?? null;
    return c.kbId;
  }

  /** The organisation or country a possessive ("مندوبها") refers to: the last one named before. */
  private referentBefore(i: number): string | null {
    for (let k = i - 1; k >= this.begin; k--) {
      const c = this.covering.get(k);
      if (c === undefined || (c.type !== 'ORG' && c.type !== 'GPE')) continue;
      const gov = /^kb:org:([A-Z]{3})-(GOV|REG)$/.exec(c.kbId ?? '');
      return gov ? `kb:gpe:${gov[1]}` : c.kbId;
    }
    return null;
  }

  private tokenIndexAt(start: number): number {
    for (let k = this.begin; k < this.end; k++) if (this.tokens[k]!.end > start) return k;
    return this.end - 1;
  }
}
