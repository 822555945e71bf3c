/**
 * Duals read off the shape of a word and the word list: رجلين، رحلتين، زورقان، صديقيه count two,
 * but not a plural (مسلحين), a name (مدنين، لبنان) or a broken plural before a pronoun (أراضيها).
 * The answers depend only on the word form, so each is computed once per form and kept.
 */
import type { Form } from '../numbers/clitics.js';
import { procliticForms } from '../numbers/clitics.js';
import { isNumeralWord } from '../numbers/numerals.js';
import type { Lexicon } from '../../text/lexicon.js';
import { BROKEN_PLURAL_PEOPLE } from './lexicon.js';

const LIMIT = 50_000;

/**
 * Given names of dual shape, far more often a name than a dual in news (نسرين علوش، سيرين، مارين لوبان،
 * حسنين): the word list counts their uses as names too, so their frequency says nothing.
 */
const DUAL_SHAPED_NAMES: ReadonlySet<string> = new Set([
  'نسرين',
  'سيرين',
  'شيرين',
  'نرمين',
  'نيرمين',
  'مارين',
  'حسنين',
]);

function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let v = cache.get(key);
  if (v === undefined && !cache.has(key)) {
    v = compute();
    if (cache.size >= LIMIT) cache.clear();
    cache.set(key, v);
  }
  return v as T;
}

export class DualWords {
  private readonly singulars = new Map<string, string | null>();
  private readonly readings = new Map<string, Form>();
  private readonly pluralOrDuals = new Map<string, boolean>();
  private readonly duals = new Map<string, boolean>();

  constructor(private readonly words: Lexicon) {}

  /** The singular of an indefinite dual (رحلتين → رحله، رجلين → رجل), or null. */
  singularOf(form: string): string | null {
    return memo(this.singulars, form, () => this.singular(form));
  }

  /** The reading of a word through its proclitics that the word list knows best. */
  likeliestForm(norm: string): Form {
    return memo(this.readings, norm, () => this.likeliest(norm));
  }

  /** الآخرين، الإرهابيين، رجلين: a sound plural or a dual, which an adjective after it agrees with. */
  isPluralOrDual(norm: string): boolean {
    return memo(this.pluralOrDuals, norm, () => this.pluralOrDual(norm));
  }

  isDual(norm: string): boolean {
    return memo(this.duals, norm, () => this.dual(norm));
  }

  /**
   * The reading of a word through its proclitics that the word list knows best: برجلين is ب + رجلين,
   * but كاملين is not ك + املين, nor ومواطنين a dual of ومواطن.
   */
  private likeliest(norm: string): Form {
    const forms = procliticForms(norm);
    let best = forms[0]!;
    // كتابين: the whole word is a dual of a common noun (not ك + تابين)
    const singular = this.singularOf(best.form);
    // بمرتبتين، بمجموعتين، بقسميها: a preposition + the dual of a common noun, when the word read
    // whole is rare or its "singular" (بمجموعه) far rarer than the noun's (مجموعه)
    const wholeSingular = singular ? this.words.freq(singular) : 0;
    // لافتين (pointing out), not ل + آفتين: the word read whole is the plural of a known word (لافت، لافتا)
    // other than the proclitic + the dual's singular (لموسمين: لموسم is ل + موسم)
    const stem = best.form.endsWith('ين') ? best.form.slice(0, -2) : '';
    const wholePlural = stem !== '' && this.words.freq(stem) + this.words.freq(`${stem}ا`) >= 5;
    {
      for (const f of forms.slice(1)) {
        const s = this.singularOf(f.form);
        if (!s || this.words.freq(s) < 10 || this.words.freq(s) <= 3 * wholeSingular) continue;
        if (8 * this.words.freq(f.form) > this.words.freq(s) && this.words.freq(f.form) > 2) continue;
        if (wholePlural && stem.slice(f.skip) !== s) continue;
        return f;
      }
    }
    // وعضوين: و + the dual of a noun far more common than the word read whole (وعضو)
    const conjForm = forms[1];
    if (singular && conjForm?.skip === 1 && best.form.startsWith('و')) {
      const s = this.singularOf(conjForm.form);
      if (s && this.words.freq(s) > this.words.freq(singular)) return conjForm;
    }
    if (singular && this.words.freq(singular) >= 20) return best;
    let bestFreq = this.words.freq(best.form);
    const whole = bestFreq;
    // وصديقيه: a rare word read as و + a dual
    const conj = forms[1];
    if (!singular && whole < 3 && conj?.skip === 1) {
      const s = this.singularOf(conj.form);
      if (
        s &&
        !(wholePlural && stem.slice(1) !== s) &&
        this.words.freq(s) >= 15 &&
        8 * this.words.freq(conj.form) <= this.words.freq(s)
      )
        return conj;
    }
    for (const f of forms.slice(1)) {
      const n = this.words.freq(f.form);
      if (n >= 3 && n > 2 * whole && n > bestFreq) {
        best = f;
        bestFreq = n;
      }
    }
    return best;
  }

  /** الآخرين، الإرهابيين، رجلين: a sound plural or a dual, which an adjective after it agrees with. */
  private pluralOrDual(norm: string): boolean {
    const bare = norm.replace(/^(و|ف)?(ال)?/, '');
    // زورقان سريعان: the nominative dual
    if (bare.endsWith('ان')) return this.singularOf(bare) !== null;
    if (!bare.endsWith('ين')) return false;
    return (
      bare.endsWith('يين') || this.words.freq(`${bare.slice(0, -2)}ون`) > 1 || this.singularOf(bare) !== null
    );
  }

  private dual(norm: string): boolean {
    const forms = procliticForms(norm);
    return forms.length > 0 && this.singularOf(forms[0]!.form) !== null;
  }

  /** The singular of an indefinite dual (رحلتين → رحله، رجلين → رجل), or null. */
  private singular(form: string): string | null {
    if (form.length < 5 || form.startsWith('ال') || form.startsWith('ي') || isNumeralWord(form)) return null;
    if (DUAL_SHAPED_NAMES.has(form)) return null;
    // صديقيه، عينيها: a dual before a pronoun lost its ن; read it as the dual in ين
    const possessive = /^(.{2,}[^ي])ي(ه|ها|هما|هم)$/.exec(form);
    if (possessive) {
      // أراضيها، مبانيه: a broken plural in ي (أفاعل) before the pronoun, frequent without it
      const stem = possessive[1]!;
      // نفسيهما، نفسيه: the reflexive pronoun, not two souls
      if (stem === 'نفس') return null;
      if (stem.length === 4 && stem[2] === 'ا') return null;
      // منسوبيها، متطوعيه: a participle (مفعول، متفعّل، مستفعل) before the pronoun is its sound plural in
      // construct ("its staff"), far more often than a dual (منزليهما: a noun in م keeps its dual)
      if (/^(م..و.|مت...|مست...)$/.test(stem)) return null;
      // (وقتيها: an adjective in ي, وقتي, is common too, but the noun وقت far more)
      const inYa = this.words.freq(`${stem}ي`);
      if (inYa > 4 * (this.words.freq(`${stem}ين`) + 1) && 20 * inYa > this.words.freq(stem)) return null;
      return this.singularOf(`${stem}ين`);
    }
    let singular: string;
    // (وقتين: a noun whose stem ends in ت, when the feminine reading, وقه, is no word)
    const feminine = /ت(ين|ان)$/.test(form) ? `${form.slice(0, -3)}ه` : null;
    if (feminine && (this.words.freq(feminine) >= 5 || this.words.freq(form.slice(0, -2)) < 5))
      singular = feminine;
    else if (form.endsWith('ان')) {
      // رجلان، زورقان، مجهولان: the nominative dual. Many nouns and names end in ان (لبنان، إنسان،
      // سلطان، بلدان), so the dual in ين must be attested too, and not be far rarer than this form
      singular = form.slice(0, -2);
      const oblique = this.words.freq(`${singular}ين`);
      if (oblique < 1 || this.words.freq(form) > 3 * oblique + 3) return null;
    } else if (form.endsWith('ين') && !form.endsWith('يين')) {
      singular = form.slice(0, -2);
      // تأمين، تمرين، تكوين: verbal nouns; متهمين، قاطنين، خطيرين: plurals of participles and
      // adjectives (مفعل، فاعل، فعيل), far more often plural than dual
      if (form.length === 5 && form.startsWith('ت')) return null;
      // …unless the singular is a common noun and this form rare beside it (مشروعين، موسمين)
      // (حاسوبين، صاروخين: فاعول nouns, unlike فاعل participles; شقيقين: a noun of people whose
      // plural is broken, أشقاء)
      if (
        !BROKEN_PLURAL_PEOPLE.has(singular) &&
        ((form.startsWith('م') && form.length >= 6) ||
          (form[1] === 'ا' && singular.length === 4) ||
          (singular.length === 4 && singular[2] === 'ي'))
      ) {
        const n = this.words.freq(singular);
        if (n < 15 || 8 * this.words.freq(form) > n) return null;
        // حاملين، حاملي: a participle whose plural in construct (in ي) is about as common as the
        // participle itself is a plural (a dual in construct is far rarer than its singular)
        const construct = this.words.freq(`${singular}ي`);
        if (construct >= 5 && 2 * construct > n) return null;
      }
      if (this.words.freq(`${singular}ون`) > 1) return null;
    } else return null;
    // كاميرتين: the feminine dual of a noun in ا (كاميرا), whose form in ة is no word (only in ين:
    // الكوريتان is the two Koreas, not a dual that a noun after it would agree with)
    if (singular === feminine && form.endsWith('تين') && this.words.freq(feminine) < 5) {
      const alif = `${form.slice(0, -3)}ا`;
      if (this.words.freq(alif) >= 20) singular = alif;
    }
    if (singular.length < 3 || this.words.freq(singular) < 5) return null;
    // مدنين (a town), not two cities: a "dual" far more frequent than its singular is a name
    const seen = this.words.freq(form);
    if (seen > 100 && seen > 3 * this.words.freq(singular)) return null;
    return singular;
  }
}
