import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEventsPass } from '../../src/annotate/events/index.js';
import {
  buildTypeModel,
  decodeTypeModel,
  defaultTypeModelPath,
  encodeTypeModel,
  loadTypeModel,
  scoreWindow,
  windowFeatures,
  type EventTypeModel,
} from '../../src/annotate/events/type-model.js';
import { PLOVER_TYPES, trainTypeWeights, type TypeInstance } from '../../src/annotate/events/type-train.js';
import { analyseWord, firstTokenAt, sentenceWords } from '../../src/annotate/events/words.js';
import { findTriggers } from '../../src/annotate/events/triggers.js';
import { loadEventLexicon } from '../../src/annotate/events/lexicon.js';
import type { Doc } from '../../src/doc/index.js';
import { analyse } from './helpers.js';

const T = PLOVER_TYPES.length;
const at = (type: string): number => PLOVER_TYPES.indexOf(type as never);

/** A hand-made model: `weights` by feature string, one type each. */
function handModel(weights: [string, string, number][], add: number, veto: number): EventTypeModel {
  const map = new Map<string, Float32Array>();
  for (const [f, type, w] of weights) {
    const v = map.get(f) ?? new Float32Array(T);
    v[at(type)] = w;
    map.set(f, v);
  }
  return buildTypeModel(PLOVER_TYPES, map, add, veto, {});
}

const doc = (body: string): Doc => analyse('', body, '2017-03-01', 'type-model', 'Jawhara FM');

describe('events type model: training', () => {
  const instances: TypeInstance[] = [
    { features: ['b', 'k:قصف', 'r:ASSAULT'], types: new Set(['ASSAULT']) },
    { features: ['b', 'k:اجتماع'], types: new Set(['CONSULT']) },
    { features: ['b', 'k:مباراه', 'r:ASSAULT'], types: new Set() },
    { features: ['b', 'k:قصف'], types: new Set(['ASSAULT']) },
    { features: ['b', 'k:اجتماع', 'k:قصف'], types: new Set(['CONSULT', 'ASSAULT']) },
  ];
  it('is deterministic given the seed', () => {
    const a = trainTypeWeights(instances, { epochs: 5, seed: 3, minCount: 1 });
    const b = trainTypeWeights(instances, { epochs: 5, seed: 3, minCount: 1 });
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [f, v] of a) expect([...v]).toEqual([...b.get(f)!]);
    expect(a.get('k:قصف')![at('ASSAULT')]).toBeGreaterThan(0);
  });
  it('writes and reads the same model (weights rounded, pruned ones left out)', () => {
    const m = buildTypeModel(PLOVER_TYPES, trainTypeWeights(instances, { minCount: 1 }), 3, -2, { x: 1 });
    const back = decodeTypeModel(encodeTypeModel(m));
    expect(back.add).toBe(3);
    expect(back.veto).toBe(-2);
    expect(back.word.get('قصف')![at('ASSAULT')]).toBeCloseTo(m.word.get('قصف')![at('ASSAULT')]!, 2);
    const off = decodeTypeModel(encodeTypeModel({ ...m, add: Infinity, veto: -Infinity }));
    expect(off.add).toBe(Infinity);
    expect(off.veto).toBe(-Infinity);
  });
  it('the committed model loads: 16 PLOVER types, a few hundred KB at most', () => {
    const m = loadTypeModel();
    expect(m).not.toBeNull();
    expect(m!.types).toEqual(PLOVER_TYPES);
    expect(m!.word.size).toBeGreaterThan(100);
    expect(statSync(defaultTypeModelPath()).size).toBeLessThan(300_000);
  });
});

describe('events type model: the hook in the pass', () => {
  it('is off by default: the pass without a model gives what the default pipeline gives', () => {
    const d = doc('شنت طائرات حربية غارة على مدينة حلب.');
    const before = JSON.stringify(d.events);
    createEventsPass().run(d);
    expect(JSON.stringify(d.events)).toBe(before);
  });

  it('adds an event of a type the rules missed, on the word the model points to', () => {
    const d = doc('نظمت الجمعية مهرجانا ثقافيا في مدينة سوسة.');
    expect(d.events.map((e) => e.type)).not.toContain('PROTEST');
    const key = analyseWord('مهرجانا').keys[0]!;
    const model = handModel(
      [
        ['b', 'PROTEST', -1],
        ['k:' + key, 'PROTEST', 5],
      ],
      2,
      -Infinity,
    );
    createEventsPass({ typeModel: model }).run(d);
    const e = d.events.find((x) => x.type === 'PROTEST');
    expect(e?.trigger.text).toBe('مهرجانا');
    expect(e?.confidence).toBeLessThan(0.7);
    // below the threshold: nothing added
    createEventsPass({ typeModel: { ...model, add: 10 } }).run(d);
    expect(d.events.map((x) => x.type)).not.toContain('PROTEST');
  });

  it('drops the rules’ events of a type it scores below the veto threshold', () => {
    const d = doc('شنت طائرات حربية غارة على مدينة حلب.');
    expect(d.events.map((e) => e.type)).toContain('ASSAULT');
    createEventsPass({ typeModel: handModel([['r:ASSAULT', 'ASSAULT', -5]], Infinity, -1) }).run(d);
    expect(d.events.map((e) => e.type)).not.toContain('ASSAULT');
    createEventsPass({ typeModel: handModel([['r:ASSAULT', 'ASSAULT', -5]], Infinity, -10) }).run(d);
    expect(d.events.map((e) => e.type)).toContain('ASSAULT');
  });

  it('scores a window as the sum of the weights of its feature strings (training and use agree)', () => {
    const d = doc('شنت طائرات حربية غارة على مدينة حلب.');
    const seen: string[][] = [];
    createEventsPass({ typeModel: null, onWindow: (_s, _e, f) => seen.push(f) }).run(d);
    const features = seen[seen.length - 1]!;
    expect(features).toContain('b');
    expect(features).toContain('r:ASSAULT');
    const weights = trainTypeWeights(
      [
        { features, types: new Set(['ASSAULT']) },
        { features: ['b', 'k:اجتماع'], types: new Set(['CONSULT']) },
      ],
      { minCount: 1 },
    );
    const model = buildTypeModel(PLOVER_TYPES, weights, Infinity, -Infinity, {});
    const s = d.sentences[d.sentences.length - 1]!;
    const analyses = d.tokens.map((t) => (t.kind === 'word' && t.norm ? analyseWord(t.norm) : undefined));
    const w = { tokens: d.tokens, analyses, from: firstTokenAt(d.tokens, s.start), end: s.end };
    const out = new Float64Array(T);
    // (no lexicon here: the model's lexicon features are folded in only by the pass)
    const hitsFree = windowFeatures(w, [], null);
    scoreWindow(model, w, [], out);
    for (let t = 0; t < T; t++) {
      const sum = hitsFree.reduce((acc, f) => acc + (weights.get(f)?.[t] ?? 0), 0);
      expect(out[t]).toBeCloseTo(sum, 4);
    }
  });

  it('word cluster and context features: near triggers and the main verb, summed per form as in training', () => {
    const d = doc('شنت طائرات حربية غارة على مدينة حلب.');
    const s = d.sentences[d.sentences.length - 1]!;
    const analyses = d.tokens.map((t) => (t.kind === 'word' && t.norm ? analyseWord(t.norm) : undefined));
    const from = firstTokenAt(d.tokens, s.start);
    const w = { tokens: d.tokens, analyses, from, end: s.end };
    const words = sentenceWords(d, s, d.tokens, from);
    const hits = findTriggers(words, loadEventLexicon(), false);
    expect(hits.map((h) => h.type)).toContain('ASSAULT');
    const features = windowFeatures(w, hits, null, words);
    expect(features.some((f) => f.startsWith('cf:'))).toBe(true);
    expect(features.some((f) => f.startsWith('tf:'))).toBe(true);
    expect(features.some((f) => f.startsWith('vk:'))).toBe(true);
    const weights = trainTypeWeights(
      [
        { features, types: new Set(['ASSAULT']) },
        { features: ['b', 'k:اجتماع', 'cf:1'], types: new Set(['CONSULT']) },
      ],
      { minCount: 1 },
    );
    const model = buildTypeModel(PLOVER_TYPES, weights, Infinity, -Infinity, {});
    expect(model.ctx.size).toBeGreaterThan(0);
    const out = new Float64Array(T);
    scoreWindow(model, w, hits, out, words);
    for (let t = 0; t < T; t++) {
      const sum = features.reduce((acc, f) => acc + (weights.get(f)?.[t] ?? 0), 0);
      expect(out[t]).toBeCloseTo(sum, 3);
    }
    const back = decodeTypeModel(encodeTypeModel(model));
    expect(back.ctx.size).toBe(model.ctx.size);
  });
});
