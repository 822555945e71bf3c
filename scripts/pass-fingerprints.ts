/**
 * What each pass of the default pipeline produces over a fixed corpus — the seed articles and every sentence of
 * a fixed choice of the hand-annotated eval sets (with its title and publication date) — as one hash per pass, beside the pass's
 * declared version. Stored analyses record the pipeline version, which is built from the pass versions, and
 * `rasd reanalyze` re-runs what another version wrote: so a pass whose output changes must bump its version, or
 * the corpus keeps old results for ever. `npm run fixtures` (scripts/gen-pass-versions.ts) refuses to record an
 * output change without a bump, and test/pass-versions.test.ts fails when the recorded hashes are out of date.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc, type ArticleInput, type Doc } from '../src/doc/index.js';
import { defaultPipeline } from '../src/pipeline/default.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const VERSIONS_FILE = join(ROOT, 'test', 'fixtures', 'pass-versions.json');

export interface PassFingerprint {
  version: string;
  /** sha256 (first 16 hex digits) of the layers the pass produces, over the whole corpus. */
  output: string;
}

type Input = ArticleInput & { id: string };

/**
 * The corpus is fixed, so that a hash changes only when a pass's output does: these eval files, and of the
 * times and quantities files only these splits (new splits are appended to the same files).
 */
const CORPUS_FILES = [
  'events.jsonl',
  'events-dev2.jsonl',
  'events-heldout.jsonl',
  'times.jsonl',
  'quantities.jsonl',
];
const CORPUS_SPLITS = new Set(['dev', 'test', 'heldout', 'blind', 'blind2', 'blind3', 'blind4', 'blind5']);

function corpus(): Input[] {
  const inputs: Input[] = [];
  const examples = join(ROOT, 'examples');
  for (const f of readdirSync(examples)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const meta = JSON.parse(readFileSync(join(examples, f.replace(/\.txt$/, '.meta.json')), 'utf8')) as {
      published?: string;
    };
    inputs.push({ id: f, body: readFileSync(join(examples, f), 'utf8'), published: meta.published ?? null });
  }
  const evalDir = join(ROOT, 'eval');
  const seen = new Set<string>();
  for (const f of CORPUS_FILES) {
    for (const line of readFileSync(join(evalDir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as {
        article?: string;
        published?: string;
        title?: string;
        sentence?: string;
        text?: string;
        split?: string;
      };
      if (r.split !== undefined && !CORPUS_SPLITS.has(r.split)) continue;
      // times and quantities lines carry `sentence` (and `text` = the expression); event lines `text` = the sentence
      const body = r.sentence ?? r.text;
      if (!body) continue;
      const key = `${r.title ?? ''}\u0000${body}\u0000${r.published ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inputs.push({
        id: r.article ?? `item-${seen.size}`,
        body,
        ...(r.sentence === undefined && r.title ? { title: r.title } : {}),
        published: r.published ?? null,
      });
    }
  }
  return inputs;
}

/** Runs the default pipeline over the corpus and hashes, per pass, the layers it produces. */
export function passFingerprints(): Record<string, PassFingerprint> {
  const pipeline = defaultPipeline();
  const hashes = pipeline.passes.map(() => createHash('sha256'));
  for (const input of corpus()) {
    const doc: Doc = pipeline.run(createDoc(input));
    pipeline.passes.forEach((pass, i) => {
      for (const artifact of pass.produces) {
        const value = artifact === 'text' ? doc.text : (doc as unknown as Record<string, unknown>)[artifact];
        hashes[i]!.update(JSON.stringify(value) ?? 'undefined').update('\u0001');
      }
    });
  }
  return Object.fromEntries(
    pipeline.passes.map((pass, i) => [
      pass.name,
      { version: pass.version, output: hashes[i]!.digest('hex').slice(0, 16) },
    ]),
  );
}

/**
 * The passes whose output changed while neither they nor any pass before them bumped its version: their
 * stored analyses would not be recognised as stale.
 */
export function unbumpedChanges(
  recorded: Record<string, PassFingerprint>,
  now: Record<string, PassFingerprint>,
): string[] {
  const out: string[] = [];
  let earlierBumped = false;
  for (const [name, fp] of Object.entries(now)) {
    const before = recorded[name];
    if (!before) {
      earlierBumped = true; // a new pass changes the pipeline version by itself
      continue;
    }
    if (before.version !== fp.version) earlierBumped = true;
    else if (before.output !== fp.output && !earlierBumped) out.push(name);
  }
  return out;
}
