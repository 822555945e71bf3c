/**
 * Turns a raw record into a `ReadArticle`: publication date normalised (else the `--published`
 * default, else null), language recognised, a stable id from the record or derived from the content.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic, Provenance } from '../doc/index.js';
import { normalize } from '../text/normalize.js';
import { normalizePublished } from './date.js';
import { detectLang, MIN_LETTERS, type Lang } from './lang.js';
import type { RawRecord, ReadArticle, ReadOptions } from './types.js';

const LANG_NAMES: Record<Lang, string> = { ar: 'Arabic', en: 'English', fr: 'French', other: 'not Arabic' };

function note(rule: string, message: string, severity: Diagnostic['severity'] = 'warning'): Diagnostic {
  return { rule, severity, message, start: null, end: null };
}

/** Whitespace and search normalisation, so the same article read from different encodings or line endings gets the same id. */
function canonical(s: string): string {
  return normalize(s.normalize('NFC').replace(/[\u200b-\u200f\ufeff]/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** sha256 of the normalised title and body, first 16 hex digits. */
export function contentId(title: string | null | undefined, body: string): string {
  return createHash('sha256')
    .update(`${canonical(title ?? '')}\n${canonical(body)}`)
    .digest('hex')
    .slice(0, 16);
}

function declaredLang(value: string | null | undefined): Lang | null {
  if (!value) return null;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'ar' || primary === 'en' || primary === 'fr') return primary;
  return primary ? 'other' : null;
}

function clean(s: string | null | undefined): string | null {
  const t = s?.trim();
  return t ? t : null;
}

export function finishRecord(
  record: RawRecord,
  provenance: Provenance,
  opts: ReadOptions,
  extra: Diagnostic[] = [],
): ReadArticle {
  const diagnostics = [...extra];
  let published: string | null = null;
  if (record.published !== undefined && record.published !== null && record.published !== '') {
    published = normalizePublished(record.published);
    if (published === null) {
      diagnostics.push(
        note(
          'read/bad-date',
          `publication date ${JSON.stringify(record.published)} is not a recognised date`,
        ),
      );
    }
  }
  published ??= opts.published ?? null;

  const title = clean(record.title);
  const guess = detectLang(`${title ?? ''}\n${record.body}`);
  const declared = declaredLang(record.lang);
  // What the text shows wins over what the record says; too little text to tell keeps the declaration.
  const lang: Lang = guess.letters >= MIN_LETTERS ? guess.lang : (declared ?? 'ar');
  if (lang !== 'ar') {
    diagnostics.push(
      note(
        'read/not-arabic',
        `the article is ${LANG_NAMES[lang]} (${lang}; ${Math.round(guess.arabicRatio * 100)}% Arabic letters): rasd analyses Arabic, so its annotations will be sparse`,
      ),
    );
  } else if (declared && declared !== 'ar' && guess.letters >= MIN_LETTERS) {
    diagnostics.push(
      note('read/lang-mismatch', `the record says lang "${record.lang}" but the text is Arabic`, 'info'),
    );
  }

  const id = clean(record.id) ?? contentId(title, record.body);
  return {
    kind: 'article',
    input: {
      id,
      title,
      body: record.body,
      published,
      source: clean(record.source),
      url: clean(record.url),
      lang,
    },
    provenance,
    diagnostics,
  };
}
