import { readFileSync } from 'node:fs';
import { createDoc, type Doc, type Entity } from '../../src/doc/index.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { loadKb } from '../../src/annotate/entities/kb.js';
import type { SentenceTagger } from '../../src/annotate/entities/model-candidates.js';
import { createEntitiesPass } from '../../src/annotate/entities/recognize.js';
import { normalize } from '../../src/text/normalize.js';
import { expectValidDoc } from '../doc-invariants.js';

/** Runs the default pipeline on an article given as text (first line = title). */
export function analyse(text: string, published: string | null = null): Doc {
  const [title, ...rest] = text.split('\n');
  const doc = createDoc({ id: 't', title: title ?? '', body: rest.join('\n'), published });
  return defaultPipeline().run(doc);
}

export function analyseFile(path: string, published: string | null): Doc {
  return analyse(readFileSync(path, 'utf8'), published);
}

export function byName(doc: Doc, name: string): Entity | undefined {
  return doc.entities.find((e) => e.name === name);
}

export function byId(doc: Doc, id: string): Entity | undefined {
  return doc.entities.find((e) => e.id === id);
}

export type TaggedSpan = [string, 'PERS' | 'ORG' | 'LOC' | 'MISC'];

/** A tagger that tags the given word sequences (as written) with a type, and everything else O. */
export function scripted(spans: TaggedSpan[]): SentenceTagger {
  const wanted = spans.map(([words, type]) => ({ norms: words.split(' ').map(normalize), type }));
  return {
    tag(tokens) {
      const tags = tokens.map(() => 'O');
      for (const { norms, type } of wanted) {
        for (let i = 0; i + norms.length <= tokens.length; i++) {
          if (!norms.every((n, k) => tokens[i + k]!.norm === n)) continue;
          norms.forEach((_, k) => (tags[i + k] = `${k === 0 ? 'B' : 'I'}-${type}`));
        }
      }
      return tags;
    },
  };
}

/** Analyses a body, then re-runs the entities pass with a scripted tagger. */
export function runWithTagger(body: string, spans: TaggedSpan[] = []): Doc {
  const doc = analyse(`عنوان\n${body}`);
  createEntitiesPass(loadKb(), { tagger: scripted(spans) }).run(doc);
  expectValidDoc(doc);
  return doc;
}

/** Every mention as "TYPE text". */
export const found = (doc: Doc): string[] =>
  doc.entities.flatMap((e) => e.mentions.map((m) => `${e.type} ${m.text}`));
