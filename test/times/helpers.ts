import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../../src/doc/index.js';
import { expectValidDoc } from '../doc-invariants.js';
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

/** [text, published, expected expression text, expected type, expected value] */
export type TimeCase = [string, string | null, string, string, string];
/** [text, published, expected time values]: what must stay as it was */
export type KeptCase = [string, string, string[]];

/**
 * One describe per family of constructed cases (each must yield its expression), then the cases whose
 * values must stay as they are, then any further tests (`more`).
 */
export function describeTimeKinds(
  title: string,
  families: Record<string, TimeCase[]>,
  kept: KeptCase[],
  more?: () => void,
): void {
  describe(title, () => {
    for (const [family, cases] of Object.entries(families)) {
      describe(family, () => {
        for (const [body, published, text, type, value] of cases) {
          it(`${text} in «${body}» → ${type} ${value}`, () => {
            const doc = analyse(body, published);
            expect(doc.times.map((t) => [t.text, t.type, t.value])).toContainEqual([text, type, value]);
            expectValidDoc(doc);
          });
        }
      });
    }
    for (const [body, published, values] of kept) {
      it(`«${body}» → ${values.join(', ') || 'nothing'}`, () => {
        expect(analyse(body, published).times.map((t) => t.value)).toEqual(values);
      });
    }
    more?.();
  });
}
