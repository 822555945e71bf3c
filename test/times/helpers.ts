import { readFileSync } from 'node:fs';
import { createDoc, type Doc } from '../../src/doc/index.js';
import { defaultPipeline } from '../../src/pipeline/default.js';

/** Analyses a seed article (first line is the title) with the default pipeline. */
export function analyseExample(file: string, published: string | null): Doc {
  const [title, ...rest] = readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8').split(
    '\n',
  );
  return defaultPipeline().run(createDoc({ id: file, title: title ?? '', body: rest.join('\n'), published }));
}

export function analyse(body: string, published: string | null = '2018-11-28'): Doc {
  return defaultPipeline().run(createDoc({ id: 't', body, published }));
}
