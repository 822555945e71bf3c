/**
 * Golden fixtures of the text layer: for every test/fixtures/text/<name>.txt (first non-empty line is
 * the title), writes <name>.json with the text, segments, sentences, tokens and diagnostics the text
 * layer produces. Run `npm run fixtures:text` after an intended change, and review the diff.
 * test/text/fixtures.test.ts fails when the output drifts from the committed files.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc, type Doc } from '../src/doc/index.js';
import { textPasses } from '../src/pipeline/default.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';

export const TEXT_FIXTURES_DIR = resolve(import.meta.dirname, '../test/fixtures/text');

/** Splits a plain-text fixture into title (first non-empty line) and body. */
function parseInput(raw: string): { title: string; body: string } {
  const lines = raw.split(/\r\n|\r|\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return { title: '', body: '' };
  return { title: lines[first]!, body: lines.slice(first + 1).join('\n') };
}

export function analyzeFixture(name: string, raw: string): Doc {
  const { title, body } = parseInput(raw);
  return buildPipeline(textPasses()).run(createDoc({ id: name, title, body }));
}

/** JSON with one array element per line: reviewable diffs, compact files. */
export function renderFixture(doc: Doc): string {
  const list = (items: unknown[]): string =>
    items.length === 0 ? '[]' : `[\n${items.map((i) => `    ${JSON.stringify(i)}`).join(',\n')}\n  ]`;
  const sentences = doc.sentences.map((s) => ({ ...s, text: doc.text.slice(s.start, s.end) }));
  const segments = doc.segments.map(({ start, end, kind, text }) => ({ start, end, kind, text }));
  const tokens = doc.tokens.map((t) => {
    const o: Record<string, unknown> = {
      start: t.start,
      end: t.end,
      kind: t.kind,
      text: t.text,
      norm: t.norm,
      stem: t.stem,
    };
    if (t.clitics)
      o.clitics = t.clitics.map((c) => `${c.kind === 'proclitic' ? c.norm + '+' : '+' + c.norm}@${c.start}`);
    if (t.base) o.base = t.base.text;
    return o;
  });
  return [
    '{',
    `  "title": ${JSON.stringify(doc.title)},`,
    `  "text": ${JSON.stringify(doc.text)},`,
    `  "segments": ${list(segments)},`,
    `  "sentences": ${list(sentences)},`,
    `  "diagnostics": ${list(doc.diagnostics)},`,
    `  "tokens": ${list(tokens)}`,
    '}',
    '',
  ].join('\n');
}

export function fixtureNames(): string[] {
  return readdirSync(TEXT_FIXTURES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
}

function main(): void {
  for (const name of fixtureNames()) {
    const raw = readFileSync(join(TEXT_FIXTURES_DIR, `${name}.txt`), 'utf8');
    writeFileSync(join(TEXT_FIXTURES_DIR, `${name}.json`), renderFixture(analyzeFixture(name, raw)));
    console.log(`wrote ${name}.json`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
