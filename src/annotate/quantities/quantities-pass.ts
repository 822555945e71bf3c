/**
 * The `quantities` pass: numbers in digits or words, ordinals, percentages, money, counted nouns and
 * casualty counts, with their approximation. It runs after `times` and skips the tokens of time
 * expressions, so the 2011 of آذار 2011 and the 10 of قبل 10 أسابيع are not quantities.
 * Spans cover the number and its unit (360 ألف شخص، 5%، مليون دينار), not the approximation words;
 * ids are document-local, q1, q2, … in text order, for events to reference.
 */
import { addDiagnostic, type Doc, type Pass, type Quantity, type Token } from '../../doc/index.js';
import { lookupThrough, procliticForms, startAfterClitics } from '../numbers/clitics.js';
import { readNumeral, type Numeral } from '../numbers/numerals.js';
import { sentenceTokenRanges } from '../times/times-pass.js';
import * as L from './lexicon.js';

type Draft = Omit<Quantity, 'id'>;

export function createQuantitiesPass(): Pass {
  return {
    name: 'quantities',
    version: '1',
    requires: ['text', 'tokens', 'sentences', 'times'],
    produces: ['quantities'],
    run(doc: Doc) {
      const covered = coveredByTimes(doc);
      const drafts: Draft[] = [];
      for (const [from, to] of sentenceTokenRanges(doc)) {
        new SentenceReader(doc, covered, from, to, drafts).read();
      }
      drafts.sort((a, b) => a.start - b.start || b.end - a.end);
      doc.quantities = drafts.map((d, k) => ({ id: `q${k + 1}`, ...d }));
    },
  };
}

/** One flag per token: does a time expression overlap it? */
function coveredByTimes(doc: Doc): Uint8Array {
  const flags = new Uint8Array(doc.tokens.length);
  let t = 0;
  for (const time of doc.times) {
    while (t < doc.tokens.length && doc.tokens[t]!.end <= time.start) t++;
    for (let k = t; k < doc.tokens.length && doc.tokens[k]!.start < time.end; k++) flags[k] = 1;
  }
  return flags;
}

interface Found {
  draft: Draft;
  first: number;
  last: number;
  scale: number;
}

class SentenceReader {
  private readonly tokens: readonly Token[];
  private readonly found: Found[] = [];

  constructor(
    private readonly doc: Doc,
    private readonly covered: Uint8Array,
    private readonly from: number,
    private readonly to: number,
    private readonly out: Draft[],
  ) {
    this.tokens = doc.tokens;
  }

  private norm(j: number): string {
    return j >= this.from && j < this.to ? this.tokens[j]!.norm : '';
  }

  private free(j: number): boolean {
    return j >= this.from && j < this.to && this.covered[j] === 0;
  }

  read(): void {
    let i = this.from;
    while (i < this.to) {
      if (!this.free(i)) {
        i++;
        continue;
      }
      const ordinal = this.ordinalWord(i);
      if (ordinal) {
        this.out.push(ordinal.draft);
        i = ordinal.last + 1;
        continue;
      }
      const dual = lookupThrough(L.DUAL_NOUNS, this.norm(i));
      if (dual && this.tokens[i]!.kind === 'word') {
        const start = startAfterClitics(this.tokens[i]!, dual.skip);
        const casualty =
          dual.entry.casualty ?? (L.PERSON_UNITS.has(dual.entry.unit) ? this.casualtyBefore(i) : null);
        this.out.push(this.draft(start, this.tokens[i]!.end, 2, 'count', dual.entry.unit, null, casualty));
        i++;
        continue;
      }
      const num = readNumeral(this.tokens, i, this.to);
      if (!num) {
        i++;
        continue;
      }
      let clear = true;
      for (let k = num.first; k <= num.last; k++) if (!this.free(k)) clear = false;
      if (!clear) {
        i = num.last + 1;
        continue;
      }
      if (num.unsafe || !Number.isFinite(num.value) || num.value > Number.MAX_SAFE_INTEGER) {
        addDiagnostic(
          this.doc,
          'quantities/unsafe-number',
          `"${this.doc.text.slice(num.start, num.end)}" exceeds the largest exactly representable number`,
          num.start,
          num.end,
        );
        i = num.last + 1;
        continue;
      }
      const last = this.quantity(num);
      i = last + 1;
    }
    this.shareRanges();
    for (const f of this.found) this.out.push(f.draft);
  }

  /**
   * بين 200 و300 دولار، من 20 إلى 30 مليار دولار: the first number of a range takes the kind, unit and
   * scale of the second.
   */
  private shareRanges(): void {
    for (let k = 0; k + 1 < this.found.length; k++) {
      const a = this.found[k]!;
      const b = this.found[k + 1]!;
      if (a.draft.kind !== 'cardinal' || b.draft.kind === 'cardinal' || b.draft.kind === 'ordinal') continue;
      const gap = b.first - a.last;
      const conn = this.norm(a.last + 1);
      const glued = gap === 1 && this.norm(b.first).startsWith('و');
      if (!glued && !(gap === 2 && ['و', 'الي', 'حتي', 'او', '-'].includes(conn))) continue;
      const prev = procliticForms(this.norm(a.first - 1)).map((f) => f.form);
      if (!prev.includes('بين') && !prev.includes('من') && conn !== '-') continue;
      a.draft.kind = b.draft.kind;
      a.draft.unit = b.draft.unit;
      if (b.scale > 0 && a.scale === 0) a.draft.value *= b.scale;
    }
  }

  /** الأولى، الثالث عشر، الحادية عشرة، الخامس والعشرون */
  private ordinalWord(i: number): { draft: Draft; last: number } | null {
    const forms = procliticForms(this.norm(i));
    const f = forms.find((x) => L.ORDINAL_WORDS.has(x.form));
    if (!f) return null;
    if (L.MONTH_HEADS.has(this.norm(i - 1))) return null;
    let value = L.ORDINAL_WORDS.get(f.form)!;
    let last = i;
    const next = this.norm(i + 1);
    if ((next === 'عشر' || next === 'عشره') && this.free(i + 1)) {
      value += 10;
      last = i + 1;
    } else if (next.startsWith('وال') && L.ORDINAL_TENS.has(next.slice(1)) && this.free(i + 1)) {
      value += L.ORDINAL_TENS.get(next.slice(1))!;
      last = i + 1;
    } else if (f.form.startsWith('الحادي')) {
      return null;
    }
    const start = startAfterClitics(this.tokens[i]!, f.skip);
    return { draft: this.draft(start, this.tokens[last]!.end, value, 'ordinal', null, null, null), last };
  }

  /** Classifies a numeral by what follows it; returns the last token used. */
  private quantity(num: Numeral): number {
    let start = num.start;
    let end = num.end;
    let last = num.last;
    let kind: Quantity['kind'] = 'cardinal';
    let unit: string | null = null;
    let casualty: Quantity['casualty'] = null;
    const j = num.last + 1;
    const next = this.free(j) ? this.norm(j) : '';
    const single = num.first === num.last && num.hasDigits;
    // الـ11، الـ 24: the article written before the digits
    const article = single
      ? /(?:^|[^\p{L}]|[وفبل])(ال[ـ-]? ?)$/u.exec(this.doc.text.slice(Math.max(0, num.start - 6), num.start))
      : null;

    if (article) {
      kind = 'ordinal';
      start = num.start - article[1]!.length;
    } else if (
      single &&
      ((L.ORDINAL_NOUNS.has(procliticForms(this.norm(num.first - 1)).at(-1)!.form) &&
        this.norm(num.first - 1) !== '') ||
        L.RANK_AFTER.has(next))
    ) {
      kind = 'ordinal';
    } else if (next === '%' || next === '٪' || L.PERCENT_WORDS.has(next)) {
      kind = 'percent';
      end = this.tokens[j]!.end;
      last = j;
    } else if (next === 'في' && L.PERCENT_AFTER_FI.has(this.norm(j + 1)) && this.free(j + 1)) {
      kind = 'percent';
      end = this.tokens[j + 1]!.end;
      last = j + 1;
    } else if (L.CURRENCY_SYMBOLS.has(this.norm(num.first - 1)) || L.CURRENCY_SYMBOLS.has(next)) {
      kind = 'money';
      unit = L.CURRENCY_SYMBOLS.get(this.norm(num.first - 1)) ?? L.CURRENCY_SYMBOLS.get(next)!;
      if (L.CURRENCY_SYMBOLS.has(next)) {
        end = this.tokens[j]!.end;
        last = j;
      } else start = this.tokens[num.first - 1]!.start;
    } else if (next) {
      const noun = this.countedNoun(j, num);
      if (noun) {
        end = this.tokens[noun.last]!.end;
        last = noun.last;
        if (noun.currency) {
          kind = 'money';
          unit = noun.currency;
        } else {
          kind = 'count';
          unit = noun.unit;
          casualty = noun.casualty;
        }
      }
    }
    // a casualty verb before a count of people, or before a bare number (مقتل 6 من عناصره)
    if (!casualty && ((kind === 'count' && unit && L.PERSON_UNITS.has(unit)) || kind === 'cardinal')) {
      casualty = this.casualtyBefore(num.first);
    }
    let approx = this.approxBefore(num.first);
    if (!approx) approx = this.approxAfter(last + 1);
    if (!approx && num.vague) approx = 'at-least';
    this.found.push({
      draft: this.draft(start, end, num.value, kind, unit, approx, casualty),
      first: num.first,
      last,
      scale: num.scale,
    });
    return last;
  }

  /** The noun counted by a number: شخص، مدنيا، دينار، ملفات; through "من" after vague plurals. */
  private countedNoun(
    j: number,
    num: Numeral,
  ): { last: number; unit: string | null; casualty: Quantity['casualty']; currency: string | null } | null {
    let k = j;
    // عشرات من المدنيين، آلاف من اللاجئين
    if (this.norm(k) === 'من' && (num.vague || !num.hasDigits)) k++;
    if (!this.free(k) || this.tokens[k]!.kind !== 'word') return null;
    const n = this.norm(k);
    const bare = n.startsWith('ال') && n.length > 3 ? n.slice(2) : n;
    // a definite noun is counted only after a word numeral or a scale: ثلاثة آلاف اللاجئين is rare,
    // but آلاف اللاجئين، عشرات القتلى، مئات الأشخاص are the norm
    const definite = bare !== n;
    if (definite && num.hasDigits && num.first === num.last) return null;
    const currency = L.CURRENCIES.get(bare);
    if (currency) return { last: k, unit: null, casualty: null, currency };
    const noun = L.NOUNS.get(bare);
    if (noun) return { last: k, unit: noun.unit, casualty: noun.casualty, currency: null };
    if (definite || k !== j) return null;
    if (L.NOT_NOUNS.test(n) || n.length < 3 || n.startsWith('ي')) return null;
    return { last: k, unit: n, casualty: null, currency: null };
  }

  private matchesBefore(words: string[], endExclusive: number): boolean {
    const first = endExclusive - words.length;
    if (first < this.from) return false;
    for (let w = 0; w < words.length; w++) {
      const n = this.norm(first + w);
      if (w === 0) {
        if (!procliticForms(n).some((f) => f.form === words[0])) return false;
      } else if (n !== words[w]) return false;
    }
    return true;
  }

  private approxBefore(first: number): Quantity['approx'] {
    for (const [words, approx] of L.APPROX_BEFORE) if (this.matchesBefore(words, first)) return approx;
    return null;
  }

  private approxAfter(j: number): Quantity['approx'] {
    for (const [words, approx] of L.APPROX_AFTER) {
      if (words.every((w, k) => this.norm(j + k) === w)) return approx;
    }
    return null;
  }

  /** A casualty verb or noun in the six words before: قتل 12 مدنيا، أودى بحياة أكثر من 360 ألف شخص. */
  private casualtyBefore(first: number): Quantity['casualty'] {
    for (let k = first - 1; k >= Math.max(this.from, first - 6); k--) {
      const t = this.tokens[k]!;
      if (t.kind === 'punct' && t.norm !== '-') break;
      for (const f of procliticForms(t.norm)) {
        const c = L.CASUALTY_TRIGGERS.get(f.form);
        if (c) return c;
      }
    }
    return null;
  }

  private draft(
    start: number,
    end: number,
    value: number,
    kind: Quantity['kind'],
    unit: string | null,
    approx: Quantity['approx'],
    casualty: Quantity['casualty'],
  ): Draft {
    return { start, end, text: this.doc.text.slice(start, end), value, kind, unit, approx, casualty };
  }
}
