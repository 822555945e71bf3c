import { describe, expect, it } from 'vitest';
import { createDoc, RasdError, type Pass } from '../src/doc/index.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { expectValidDoc } from './doc-invariants.js';

const pass = (
  name: string,
  requires: Pass['requires'],
  produces: Pass['produces'],
  run = () => {},
): Pass => ({
  name,
  version: '1',
  requires,
  produces,
  run,
});

describe('buildPipeline', () => {
  it('refuses a pass whose requirement no earlier pass produces', () => {
    expect(() => buildPipeline([pass('tok', ['text'], ['tokens'])])).toThrow(RasdError);
    try {
      buildPipeline([pass('tok', ['text'], ['tokens'])]);
    } catch (e) {
      expect((e as RasdError).code).toBe('PIPELINE_MISSING_LAYER');
    }
  });

  it('refuses duplicate pass names', () => {
    expect(() => buildPipeline([pass('a', [], ['text']), pass('a', [], ['tokens'])])).toThrow(/duplicate/);
  });

  it('is frozen', () => {
    const p = buildPipeline([pass('a', [], ['text'])]);
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.passes)).toBe(true);
  });

  it('turns a throwing pass into a diagnostic and skips its dependants only', () => {
    const ran: string[] = [];
    const p = buildPipeline([
      pass('a', [], ['text'], () => ran.push('a')),
      pass('boom', ['text'], ['tokens'], () => {
        throw new Error('kaput');
      }),
      pass('needs-tokens', ['tokens'], ['entities'], () => ran.push('needs-tokens')),
      pass('needs-text', ['text'], ['times'], () => ran.push('needs-text')),
    ]);
    const doc = p.run(createDoc({ id: 'x', body: 'نص' }));
    expect(ran).toEqual(['a', 'needs-text']);
    expect(doc.diagnostics).toHaveLength(1);
    expect(doc.diagnostics[0]!.rule).toBe('pipeline/pass-failed');
    expect(doc.diagnostics[0]!.message).toContain('kaput');
  });

  it('has a version that changes with the passes', () => {
    const a = buildPipeline([pass('a', [], ['text'])]);
    const b = buildPipeline([{ ...pass('a', [], ['text']), version: '2' }]);
    expect(a.version).not.toBe(b.version);
  });
});

describe('default pipeline', () => {
  it('analyses Arabic text into valid layers', () => {
    const doc = defaultPipeline().run(
      createDoc({
        id: 'x',
        title: 'عنوان الخبر',
        body: 'انطلقت المحادثات في أستانا. وقال الوفد إن 3.5 مليون شخص؟',
      }),
    );
    expect(doc.text.startsWith('عنوان الخبر\n')).toBe(true);
    expect(doc.sentences.length).toBeGreaterThanOrEqual(3);
    expect(doc.tokens.some((t) => t.text === '3.5' && t.kind === 'number')).toBe(true);
    expectValidDoc(doc);
  });
});
