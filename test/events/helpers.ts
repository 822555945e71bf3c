import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { createDoc, type Doc, type Event, type Pass } from '../../src/doc/index.js';
import { buildPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import { defaultPipeline, textPasses } from '../../src/pipeline/default.js';
import { createEventsPass } from '../../src/annotate/events/index.js';

/**
 * The default pipeline when it already has the events pass (entities, times and quantities merged in);
 * otherwise the text passes, a fixture pass that leaves entities/times/quantities empty, and events —
 * so the events tests also cover the "no entities, no times" path the pass must survive.
 */
let cached: Pipeline | undefined;
export function eventsPipeline(): Pipeline {
  if (cached) return cached;
  const full = defaultPipeline();
  if (full.passes.some((p) => p.name === 'events')) return (cached = full);
  const emptyLayers: Pass = {
    name: 'test-empty-layers',
    version: '0',
    requires: ['text'],
    produces: ['entities', 'times', 'quantities'],
    run() {},
  };
  return (cached = buildPipeline([...textPasses(), emptyLayers, createEventsPass()]));
}

export function analyse(
  title: string,
  body: string,
  published: string | null = null,
  id = 'test',
  source: string | null = null,
): Doc {
  return eventsPipeline().run(createDoc({ id, title, body, published, source }));
}

export function analyseSeed(file: string, published: string): Doc {
  const raw = readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8');
  const [title = '', ...rest] = raw.split('\n');
  return analyse(title, rest.join('\n'), published, file);
}

/** Shorthands for rule tests on constructed sentences, read as a Tunisian outlet's article of 2017-03-01. */
export function tunisianSentences(id: string): {
  events: (body: string, title?: string) => Event[];
  one: (body: string, type: Event['type'], title?: string) => Event;
  types: (body: string) => string[];
  codes: (list: Event['actors']) => string[];
} {
  const events = (body: string, title = ''): Event[] =>
    analyse(title, body, '2017-03-01', id, 'Jawhara FM').events;
  return {
    events,
    one(body, type, title = '') {
      const e = events(body, title).find((x) => x.type === type);
      expect(e, `${type} in ${body}`).toBeDefined();
      return e!;
    },
    types: (body) => events(body).map((e) => e.type),
    codes: (list) => list.map((a) => a.code),
  };
}

/**
 * Shorthands for rule tests on constructed sentences with no source (so no default country: a sector code may
 * stand bare), read as an article of 2020-03-18 under the title "خبر" unless one is given.
 */
export function constructedSentences(id: string): {
  events: (body: string, title?: string) => Event[];
  one: (body: string, type: Event['type'], title?: string) => Event;
  types: (body: string, title?: string) => string[];
  codes: (list: Event['actors']) => string[];
  sectors: (list: Event['actors']) => string[];
} {
  const events = (body: string, title = 'خبر'): Event[] =>
    analyse(title, body, '2020-03-18', id, null).events;
  return {
    events,
    one(body, type, title) {
      const e = events(body, title).find((x) => x.type === type);
      expect(e, `${type} in ${body}`).toBeDefined();
      return e!;
    },
    types: (body, title) => events(body, title).map((e) => e.type),
    codes: (list) => list.map((a) => a.code),
    sectors: (list) => list.map((a) => a.code.slice(-3)),
  };
}
