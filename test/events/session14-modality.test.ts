import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc/index.js';
import { createEventsPass } from '../../src/annotate/events/index.js';
import {
  committedModalityModel,
  MODALITIES,
  predictModality,
  type ModalityModel,
} from '../../src/annotate/events/modality-model.js';
import { eventsPipeline } from './helpers.js';

/** The events of a one-sentence body, with the committed modality model and with the rules alone. */
function both(body: string): { model: string[]; rules: string[]; speakers: (string | null)[] } {
  const doc = eventsPipeline().run(
    createDoc({ id: 't', title: 'خبر', body, published: '2017-03-01', source: null }),
  );
  const model = doc.events.map((e) => `${e.type} ${e.modality}`);
  const speakers = doc.events.map((e) => e.attribution?.text ?? null);
  createEventsPass({ modalityModel: null }).run(doc);
  return { model, rules: doc.events.map((e) => `${e.type} ${e.modality}`), speakers };
}

describe('learned modality (docs/EVENTS.md, "Learned modality")', () => {
  it('loads the committed model: seven labels, the rules kept for negations, demands, expectations and conditions', () => {
    const m = committedModalityModel();
    expect(m).not.toBeNull();
    expect(m!.labels).toEqual([...MODALITIES]);
    expect(m!.keep).toEqual(['negated', 'demanded', 'expected', 'hypothetical']);
    expect(Object.keys(m!.weights).length).toBeGreaterThan(500);
    for (const v of Object.values(m!.weights).slice(0, 50)) expect(v).toHaveLength(7);
  });

  it("keeps the rules' answer within the margin, and always for a kept label", () => {
    const w = (a: number, r: number): number[] => [a, r, 0, 0, 0, 0, 0];
    const model: ModalityModel = {
      labels: [...MODALITIES],
      weights: { says: w(0, 2), weak: w(0, 0.5) },
      margin: 1,
      keep: ['negated'],
    };
    expect(predictModality(model, ['says'], 'asserted')).toBe('reported');
    expect(predictModality(model, ['weak'], 'asserted')).toBe('asserted');
    expect(predictModality(model, ['says'], 'negated')).toBe('negated');
    expect(predictModality({ ...model, margin: 0 }, ['weak'], 'asserted')).toBe('reported');
  });

  it('reads a verb of reporting with a nominal complement as a report, with its subject as the speaker', () => {
    const r = both('أعلنت وزارة الداخلية عن إيقاف ثلاثة أشخاص بتهمة السرقة في مدينة صفاقس.');
    expect(r.rules).toEqual(['COERCE asserted']);
    expect(r.model).toEqual(['COERCE reported']);
    expect(r.speakers[0]).toContain('وزارة الداخلية');
  });

  it('reads a verb of reporting the rules do not list (أورد) as a report, with its speaker', () => {
    const r = both('وأوردت صحيفة لوموند أن الشرطة اعتقلت رجلا في ضواحي باريس.');
    expect(r.rules[0]).toBe('COERCE asserted');
    expect(r.model[0]).toBe('COERCE reported');
    expect(r.speakers[0]).toContain('لوموند');
  });

  it('leaves negations, demands and plain statements as the rules read them', () => {
    expect(both('لم تنظم النقابة أي إضراب هذا الأسبوع.').model).toEqual(['PROTEST negated']);
    const demand = both('طالب الاتحاد الحكومة بفتح تحقيق في الحادثة.');
    expect(demand.model).toEqual(demand.rules);
    expect(demand.model).toContain('REQUEST asserted');
    expect(both('نفذ عمال النظافة إضرابا عن العمل صباح اليوم في مدينة سوسة.').model).toEqual([
      'PROTEST asserted',
    ]);
  });

  it('gives an event it calls asserted no speaker', () => {
    const doc = eventsPipeline().run(
      createDoc({
        id: 't',
        title: 'خبر',
        body: 'نفذ عمال النظافة إضرابا عن العمل صباح اليوم في مدينة سوسة.',
        published: '2017-03-01',
        source: null,
      }),
    );
    for (const e of doc.events) if (e.modality === 'asserted') expect(e.attribution).toBeNull();
  });
});
