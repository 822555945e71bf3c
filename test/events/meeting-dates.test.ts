import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../../src/doc/index.js';
import { defaultPipeline } from '../../src/pipeline/default.js';

/** The talks' details of a constructed article (no seed text), analysed with a publication date. */
function talks(body: string, published: string): Doc['events'][number]['details'] {
  const doc = defaultPipeline().run(createDoc({ id: 't', title: 'محادثات جنيف', body, published }));
  return doc.events.find((e) => e.details?.round != null)?.details;
}

describe('meeting dates', () => {
  it('takes the start from an opening verb and the end from a stated length', () => {
    // Published on a Thursday: "أمس" is Wednesday 2021-03-10.
    const d = talks(
      'انطلقت في جنيف أمس الجولة الخامسة من محادثات اللجنة الدستورية. وتستمر المحادثات ثلاثة أيام بمشاركة وفود عدة.',
      '2021-03-11',
    );
    expect(d?.from).toBe('2021-03-10');
    expect(d?.to).toBe('2021-03-12');
  });

  it('takes the end from a closing verb and counts the start back from the length', () => {
    const d = talks(
      'تستمر الجولة الرابعة من محادثات جنيف يومين. ومن المتوقع أن تختتم الجولة الرابعة من المحادثات الجمعة.',
      '2021-03-11',
    );
    expect(d?.to).toBe('2021-03-12');
    expect(d?.from).toBe('2021-03-11');
  });

  it('dates the talks event by their start, not by a later session of them', () => {
    const doc = defaultPipeline().run(
      createDoc({
        id: 't',
        title: 'محادثات جنيف',
        body: 'في الوقت الذي تشهد فيه إدلب غارات متواصلة، انطلقت في جنيف أمس الجولة الخامسة من محادثات اللجنة الدستورية. وتعقد جلسة عامة للمحادثات اليوم.',
        published: '2021-03-11',
      }),
    );
    const event = doc.events.find((e) => e.details?.round != null);
    expect(event?.details?.from).toBe('2021-03-10');
    expect(event?.time).toEqual({ value: '2021-03-10', from: 'text' });
  });

  it('leaves both null when the text gives no day', () => {
    const d = talks('عقدت الجولة الثالثة من محادثات جنيف بمشاركة وفود عدة.', '2021-03-11');
    expect(d).toBeDefined();
    expect(d!.from).toBeNull();
    expect(d!.to).toBeNull();
  });
});

describe('event dates without a publication date', () => {
  const run = (body: string, published?: string) =>
    defaultPipeline().run(createDoc({ id: 'u', title: '', body, published: published ?? null })).events;

  it('keep their own unresolved weekday instead of another clause’s year', () => {
    const body =
      'وبدأ ممثلون عن روسيا وتركيا، الأربعاء، محادثات في جنيف وهي الجولة الخامسة منذ بدء المساعي مطلع 2017.';
    const undated = run(body).find((e) => e.type === 'CONSULT');
    expect(undated?.time).toEqual({ value: 'XXXX-WXX-3', from: 'text' });
    // with a publication date (a Thursday) the same weekday resolves to the day before
    const dated = run(body, '2021-03-11').find((e) => e.type === 'CONSULT');
    expect(dated?.time).toEqual({ value: '2021-03-10', from: 'text' });
  });
});
