import { readFileSync } from 'node:fs';
import { createDoc, type Doc, type Entity } from '../../src/doc/index.js';
import { defaultPipeline } from '../../src/pipeline/default.js';

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
