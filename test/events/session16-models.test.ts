import { describe, expect, it } from 'vitest';
import { createDoc, type Event } from '../../src/doc/index.js';
import { createEventsPass } from '../../src/annotate/events/index.js';
import { argCandidates, type ArgModel } from '../../src/annotate/events/arg-model.js';
import {
  committedModalityModel,
  MODALITIES,
  type ModalityModel,
} from '../../src/annotate/events/modality-model.js';
import type { Modality } from '../../src/doc/index.js';
import { eventsPipeline } from './helpers.js';

// Session 16 (docs/EVENTS.md §36): the rules' cues a learned model may not overrule, whatever its weights. Each case
// runs the pass with a hostile model — one that always answers against the cue — so a retrained model that learnt
// to undo the cue cannot pass unnoticed: the gate, not the weights, keeps it.

/** The events of a one-sentence body with the given pass options (the committed models unless replaced). */
function run(body: string, options: Parameters<typeof createEventsPass>[0] = {}): Event[] {
  const doc = eventsPipeline().run(
    createDoc({ id: 't', title: 'خبر', body, published: '2017-03-01', source: null }),
  );
  createEventsPass(options).run(doc);
  return doc.events;
}

/** A modality model that always says `label` (a weight on the bias feature only), with or without the gate. */
function always(label: Modality, firm: boolean): ModalityModel {
  const v = MODALITIES.map((m) => (m === label ? 10 : 0));
  return {
    labels: [...MODALITIES],
    weights: { B: v },
    margin: 0,
    keep: ['negated', 'demanded', 'expected', 'hypothetical'],
    needsCue: true,
    firm,
  };
}

const modalityOf = (list: Event[], type: string): Modality | undefined =>
  list.find((e) => e.type === type)?.modality;

describe('the modality model keeps the rules’ answer where it rests on the grammar (modality.ts firmModality)', () => {
  it('the committed model has the gate on', () => {
    expect(committedModalityModel()?.firm).toBe(true);
  });

  it('the future marked on the act is planned, against a model that says asserted', () => {
    const gated = { modalityModel: always('asserted', true) };
    // a future verb governing the act noun
    expect(modalityOf(run('وقالت الوزارة إنها ستفتح تحقيقا في الحادثة.', gated), 'ACCUSE')).toBe('planned');
    // (without the gate the hostile model wins: the test can see a model that undoes the cue)
    expect(
      modalityOf(
        run('وقالت الوزارة إنها ستفتح تحقيقا في الحادثة.', { modalityModel: always('asserted', false) }),
        'ACCUSE',
      ),
    ).toBe('asserted');
  });

  it('the content of a threat is planned, the charge of an accusation reported', () => {
    const gated = { modalityModel: always('asserted', true) };
    expect(modalityOf(run('وهددت الولايات المتحدة بفرض عقوبات على المسؤولين.', gated), 'SANCTION')).toBe(
      'planned',
    );
    const list = run('اتهمت وزارة الداخلية العراقية "خلايا إرهابية" بتفجير سيارة مفخخة في سوق شعبي.', gated);
    const attack = list.find((e) => e.type === 'ASSAULT')!;
    expect(attack.modality).toBe('reported');
  });

  it('a plan without such a cue is the model’s to read (the gate is no blanket rule)', () => {
    // (a planning word, not the future on the act: the hostile model decides)
    expect(
      modalityOf(
        run('وتعتزم الحكومة فرض عقوبات على الشركات.', { modalityModel: always('asserted', true) }),
        'SANCTION',
      ),
    ).toBe('asserted');
  });

  it('with the committed models, the cues hold', () => {
    expect(modalityOf(run('وقالت الوزارة إنها ستفتح تحقيقا في الحادثة.'), 'ACCUSE')).toBe('planned');
    expect(modalityOf(run('وهددت الولايات المتحدة بفرض عقوبات على المسؤولين.'), 'SANCTION')).toBe('planned');
    expect(modalityOf(run('وأكدت النقابة أنها ستنظم وقفة احتجاجية أمام مقر الولاية.'), 'PROTEST')).toBe(
      'planned',
    );
  });
});

describe('the target chooser takes no accuser as the target of the charged act (arg-model.ts)', () => {
  const sentence = 'اتهمت وزارة الداخلية العراقية "خلايا إرهابية" بتفجير سيارة مفخخة في سوق شعبي.';

  it('the accuser, past the act’s own agent in "X verb Y بـact", is no candidate', () => {
    const asked: string[][] = [];
    run(sentence, {
      argModels: { target: null, actor: null },
      onArgQuestion: (role, _at, q) => {
        if (
          role !== 'target' ||
          q.type !== 'ASSAULT' ||
          q.hit.from !== q.words.findIndex((w) => w.norm === 'بتفجير')
        )
          return;
        asked.push(argCandidates(q, role).mentions.map((m) => (m ? q.text.slice(m.start, m.end) : '∅')));
      },
    });
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) expect(c.join(' ')).not.toContain('وزارة');
  });

  it('with the committed models: the accused is the agent, the accuser the speaker, no target', () => {
    const list = run(sentence);
    const attack = list.find((e) => e.type === 'ASSAULT')!;
    expect(attack.actors.map((a) => a.text).join(' ')).toContain('خلايا');
    expect(attack.targets.map((a) => a.text).join(' ')).not.toContain('وزارة');
    expect(attack.attribution?.text).toContain('وزارة الداخلية');
  });

  it('a hostile target chooser (always a phrase) still gives the act after ب no accuser as target', () => {
    const take: ArgModel = { role: 'target', weights: { C: 10 }, margin: 0 };
    const list = run('واتهمت الحكومة السودانية قوات الدعم السريع بشن هجمات على القرى.', {
      argModels: { target: take, actor: null },
    });
    for (const e of list.filter((x) => x.type === 'ASSAULT'))
      expect(e.targets.map((a) => a.text).join(' ')).not.toContain('الحكومة');
  });
});
