/**
 * Forms under which a token may start a name: as written, and without the proclitics و ف ب ل ك
 * (والأمم → الأمم, لروسيا → روسيا, بموسكو → موسكو, للأمم → الأمم). When the tokenizer has confirmed
 * clitics (`token.base`) that form comes first. `skip` is how many code units of the token's text the
 * mention starts after, so "بموسكو" yields the mention "موسكو".
 */
import type { Token } from '../../doc/index.js';
import { isArabicMark, normalize } from '../../text/normalize.js';
import { wordInfosOf } from '../../text/passes/tokenize.js';

export interface Form {
  form: string;
  skip: number;
}

/** Whether one of a token's forms is in `set` (a loop: no closure made per token). */
export function anyForm(forms: readonly Form[], set: { has(form: string): boolean }): boolean {
  for (let k = 0; k < forms.length; k++) if (set.has(forms[k]!.form)) return true;
  return false;
}

/** The first of a token's forms that is in `set`, if any (a loop: no closure made per token). */
export function formIn(forms: readonly Form[], set: { has(form: string): boolean }): Form | undefined {
  for (let k = 0; k < forms.length; k++) if (set.has(forms[k]!.form)) return forms[k];
  return undefined;
}

/**
 * Code units of `text` covering its first `letters` letters (and the marks that follow them),
 * counted from `from` (the result includes `from`).
 */
export function textOffset(text: string, letters: number, from = 0): number {
  let i = from;
  let seen = 0;
  while (i < text.length && seen < letters) {
    i++;
    seen++;
    while (i < text.length && isArabicMark(text.charCodeAt(i))) i++;
  }
  return i;
}

// Tested on code units: every word token is tested, and `w[0]` of an Arabic word is a new string each time.
/** و ف */
const isConj = (c: number): boolean => c === 0x648 || c === 0x641;
/** ب ل ك */
const isPrep = (c: number): boolean => c === 0x628 || c === 0x644 || c === 0x643;
/** Shortest remainder accepted after stripping, so short words are not cut into names. */
const MIN_REST = 3;

function push(forms: Form[], token: Token, lead: number, form: string, letters: number): void {
  if (form.length < MIN_REST) return;
  for (const f of forms) if (f.form === form) return;
  forms.push({ form, skip: textOffset(token.text, letters, lead) });
}

export function tokenForms(token: Token): Form[] {
  const norm = token.norm;
  const lead = token.kind === 'hashtag' ? 1 : 0;
  const forms: Form[] = [{ form: norm, skip: lead }];
  if (token.kind !== 'word' && token.kind !== 'hashtag') return forms;
  if (token.base !== undefined && token.base.start > token.start) {
    const base = normalize(token.base.text);
    let article: { start: number } | undefined;
    for (const c of token.clitics ?? []) {
      if (c.kind === 'proclitic' && (c.norm === 'ال' || c.norm === 'لل')) {
        article = c;
        break;
      }
    }
    if (article) forms.push({ form: `ال${base}`, skip: article.start - token.start });
    else forms.push({ form: base, skip: token.base.start - token.start });
  }
  let w = norm;
  let stripped = 0;
  if (w.length > MIN_REST && isConj(w.charCodeAt(0))) {
    w = w.slice(1);
    stripped = 1;
    push(forms, token, lead, w, stripped);
  }
  if (w.length > MIN_REST && isPrep(w.charCodeAt(0))) {
    if (w.startsWith('لل')) {
      push(forms, token, lead, `ال${w.slice(2)}`, stripped); // لل = ل + ال: keep the whole word
      push(forms, token, lead, `ال${w.slice(1)}`, stripped); // للجنة = ل + اللجنة (a name opening with ل)
    }
    push(forms, token, lead, w.slice(1), stripped + 1);
  }
  return forms;
}

/**
 * The forms of every token of a document, computed once per document. A word token's forms depend on
 * its word form alone (its text, norm, clitics and base come from the tokenizer's cached analysis), so
 * they are kept on that analysis (`WordInfo.nameForms`) and shared by every token of the form: callers
 * must not modify them.
 */
export function allTokenForms(tokens: readonly Token[]): Form[][] {
  const out = new Array<Form[]>(tokens.length);
  const infos = wordInfosOf(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const info = infos?.[i];
    if (info === undefined || token.kind !== 'word') {
      out[i] = tokenForms(token);
      continue;
    }
    let forms = info.nameForms as Form[] | undefined;
    if (forms === undefined) info.nameForms = forms = tokenForms(token);
    out[i] = forms;
  }
  return out;
}
