/**
 * The word list of normalised Arabic word forms with corpus frequencies (data/lexicon/words.txt,
 * built from the ANT corpus by scripts/build-lexicon.ts). It confirms clitic splits and splits
 * glued words. Loaded once, lazily, and cached; a missing or corrupt file is a RasdError naming it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RasdError } from '../doc/index.js';

/** First field of the header line; bumped when the format changes. */
export const LEXICON_HEADER = '#rasd-lexicon/1';
const RELATIVE_PATH = join('data', 'lexicon', 'words.txt');

export interface Lexicon {
  /** Corpus count of a normalised word form, 0 when unknown. */
  freq(norm: string): number;
  has(norm: string): boolean;
  readonly size: number;
}

export function lexiconFromCounts(counts: ReadonlyMap<string, number>): Lexicon {
  return {
    freq: (w) => counts.get(w) ?? 0,
    has: (w) => counts.has(w),
    size: counts.size,
  };
}

/** Parses the file format: a header line, then `word<TAB>count` lines. */
export function parseLexicon(content: string, file: string): Lexicon {
  const lines = content.split('\n');
  const header = lines[0]?.split('\t') ?? [];
  if (header[0] !== LEXICON_HEADER) {
    throw new RasdError('DATA_CORRUPT', `${file}: not a rasd lexicon (expected header ${LEXICON_HEADER})`, {
      subject: file,
    });
  }
  const counts = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const tab = line.indexOf('\t');
    const n = tab > 0 ? Number(line.slice(tab + 1)) : NaN;
    if (!Number.isInteger(n) || n <= 0) {
      throw new RasdError('DATA_CORRUPT', `${file}: line ${i + 1} is not "word<TAB>count"`, {
        subject: file,
      });
    }
    counts.set(line.slice(0, tab), n);
  }
  if (counts.size === 0)
    throw new RasdError('DATA_CORRUPT', `${file}: the lexicon is empty`, { subject: file });
  return lexiconFromCounts(counts);
}

/** The package root: the nearest folder above this module that holds package.json. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) return dirname(fileURLToPath(import.meta.url));
    dir = up;
  }
}

export function defaultLexiconPath(): string {
  return join(packageRoot(), RELATIVE_PATH);
}

export function readLexicon(file: string): Lexicon {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    throw new RasdError('DATA_MISSING', `${file}: the word list is missing (run npm run build:lexicon)`, {
      subject: file,
      cause: e,
    });
  }
  return parseLexicon(content, file);
}

let cached: Lexicon | undefined;

/** The shipped lexicon, read on first use and cached for the life of the process. */
export function loadLexicon(): Lexicon {
  cached ??= readLexicon(defaultLexiconPath());
  return cached;
}
