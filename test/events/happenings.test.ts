import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/doc/index.js';
import { analyse } from './helpers.js';

// Constructed sentences (not from the seeds nor the evaluation sets): who acts for whom, and which
// mentions are one happening.
function events(body: string, title = ''): Event[] {
  return analyse(title, body, '2019-03-12', 'happenings-test').events;
}
const codes = (list: Event['actors']): string[] => list.map((a) => a.code);

describe('actors of meetings', () => {
  it('countries joined to "ممثلون عن X" are delegations of their governments', () => {
    const e = events('بدأ ممثلون عن مصر والأردن والعراق، الاثنين، محادثات في القاهرة.').find(
      (x) => x.type === 'CONSULT',
    );
    expect(codes(e!.actors)).toEqual(expect.arrayContaining(['EGYGOV', 'JORGOV', 'IRQGOV']));
  });
  it('a person acts for the organisation of their stated role, not for their nationality', () => {
    const e = events(
      'وصل مبعوث الأمم المتحدة إلى اليمن، مارتن غريفيث، إلى صنعاء أمس. وعقد غريفيث اجتماعا مع وزير الخارجية اليمني في عدن.',
    ).find((x) => x.type === 'CONSULT' && x.actors.some((a) => a.text === 'غريفيث'));
    expect(e?.actors.find((a) => a.text === 'غريفيث')?.code).toBe('IGOUNO');
  });
  it('a bare "الوفد" in the sentence of a delegation head is that head\'s delegation', () => {
    const list = events(
      'انطلقت في جنيف أمس الجولة الخامسة من المحادثات بين الحكومة اليمنية وجماعة الحوثي. ' +
        'وأكدت المعارضة السورية مشاركتها في المحادثات، وقال رئيس الوفد، نصر الحريري، في مؤتمر صحفي في عمان إن الوفد سيبقى.',
    );
    const talks = list.filter((x) => x.type === 'CONSULT');
    // the attendance is part of the talks, whose venue stays Geneva, not the press conference's city
    expect(talks).toHaveLength(1);
    expect(talks[0]!.place?.name).toContain('جنيف');
    expect(codes(talks[0]!.actors)).toContain('SYROPP');
    expect(codes(talks[0]!.actors)).not.toContain('SYRGOV');
  });
  it('a meeting named among several is its own, undated event', () => {
    const list = events(
      'انطلقت في جنيف أمس الجولة الخامسة من المحادثات بين الحكومة اليمنية وجماعة الحوثي. ' +
        'وحضرت فرنسا عددا من جولات المحادثات بصفة مراقب.',
    );
    const talks = list.filter((x) => x.type === 'CONSULT');
    expect(talks).toHaveLength(2);
    expect(codes(talks[0]!.actors)).not.toContain('FRA');
    const observer = talks.find((x) => codes(x.actors).includes('FRA'));
    expect(observer?.time).toBeNull();
  });
});

describe('triggers and places', () => {
  it('a trigger word inside a place name is no event', () => {
    const list = events('وصلت تعزيزات عسكرية إلى منطقة خفض التصعيد في درعا.');
    expect(list.some((x) => x.type === 'RETREAT')).toBe(false);
  });
  it('a place written as a hashtag is the place, before the country around it', () => {
    const e = events('صمدت الهدنة التي أعلنت قبل أسبوعين في #حلب بشمال سوريا.').find(
      (x) => x.type === 'RETREAT',
    );
    expect(e?.place?.name).toContain('حلب');
  });
  it('an event named as an obstacle is not asserted', () => {
    const e = events('ويرى محللون أن العقبة الأساسية في التوصل إلى اتفاق هي الخلاف على الحدود.').find(
      (x) => x.type === 'AGREE',
    );
    expect(e?.modality).toBe('hypothetical');
  });
});
