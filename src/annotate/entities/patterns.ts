/**
 * Titles and appositions over role words and name-like tokens (never over particular names):
 *   ROLE [COMPLEMENT] [،] NAME      "رئيس الوفد، أحمد طعمة" / "الرئيس السوري بشار الأسد"
 *   NAME [،] ROLE [COMPLEMENT]      "بشار الجعفري مندوبها في الأمم المتحدة" (NAME already an entity)
 *   وفد X برئاسة / الذي يرأسه ROLE … NAME → head of X's delegation, plus the stated role
 * The complement says whom the role belongs to: a nisba ("الإيراني"), an organisation ("للأمم المتحدة"),
 * a possessive ("مندوبها" → the last organisation or country named before), or the delegation.
 */
import type { Token } from '../../doc/index.js';
import type { Candidate } from './candidate.js';
import type { Form } from './clitics.js';
import type { Kb } from './kb.js';
import { continues } from './match-kb.js';
import {
  DELEGATION,
  LED_BY,
  NOT_NAME,
  POSSESSIVE,
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
const COMMA = new Set(['،', ',']);
/** Last code units of the possessive suffixes: most words end otherwise and skip the suffix tests. */
const POSSESSIVE_LAST = new Set(POSSESSIVE.map((p) => p.charCodeAt(p.length - 1)));

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
  ) {
    for (const c of accepted) for (let k = c.first; k <= c.last; k++) this.covering.set(k, c);
  }

  run(): void {
    for (let i = this.begin; i < this.end; i++) {
      const tok = this.tokens[i]!;
      if (tok.kind !== 'word') continue;
      if (this.forms[i]!.some((f) => LED_BY.has(f.form))) {
        this.ledBy(i);
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
    for (let steps = 0; steps < 8 && r < this.end; steps++) {
      const t = this.tokens[r]!;
      const c = this.covering.get(r);
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
      if (nested !== null && !nested.possessive) {
        complementEnd = this.tokens[nested.last]!.end;
        r = nested.last + 1;
        continue;
      }
      break;
    }
    let comma = false;
    if (r < this.end && COMMA.has(this.tokens[r]!.text)) {
      comma = true;
      r++;
    }
    let person = this.personAt(r, comma);
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
    if (extraRole) this.roles.push({ person, ...extraRole });
    return last;
  }

  /** "وفد X برئاسة …" / "الوفد X الذي يرأسه …". */
  private ledBy(i: number): void {
    const trigger = this.tokens[i]!;
    let of: string | null = null;
    for (let k = i - 1; k >= this.begin && k >= i - 6; k--) {
      if (!this.forms[k]!.some((f) => DELEGATION.has(f.form))) continue;
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

  /** A person starting at token r: an entity already found, or name-like tokens. */
  private personAt(r: number, afterComma: boolean): Candidate | null {
    if (r >= this.end) return null;
    const c = this.covering.get(r);
    if (c !== undefined) return c.type === 'PERSON' && c.first === r ? c : null;
    const firstTok = this.tokens[r]!;
    if (!afterComma && !this.kb.givenNames.has(firstTok.norm)) return null;
    if (firstTok.norm.startsWith('ال') && !afterComma) return null;
    let j = r;
    while (j < this.end && j - r < MAX_NAME + 1 && this.nameLike(j)) j++;
    const n = j - r;
    if (n < 2 || n > MAX_NAME) return null;
    if (afterComma && j < this.end) {
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

  private nameLike(j: number): boolean {
    const t = this.tokens[j]!;
    if (t.kind !== 'word' || this.covering.has(j) || t.norm.length < 2) return false;
    if (NOT_NAME.has(t.norm) || LED_BY.has(t.norm)) return false;
    if (this.kb.roles.has(t.norm)) return false;
    if (this.kb.givenNames.has(t.norm)) return true;
    if (this.forms[j]!.some((f) => this.kb.commonWords.has(f.form))) return false;
    return true;
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
