import { describe, expect, it } from 'vitest';
import { constructedSentences } from './helpers.js';

// Session 15: agents named out of the reach of the rules (args.ts, roles.ts): the subject of كان before "قد
// تمكنت" past a parenthesis, an adverb of focus after و that opens no clause, who attends or chairs a meeting
// (presidedRoles), the police that announce an arrest on a named day ("يوم الخميس"). Constructed sentences, not
// from the seeds, the evaluation sets or the articles read.

const { events } = constructedSentences('session15-reach-test');

const actorsOf = (body: string, type: string): string[] =>
  events(body)
    .filter((e) => e.type === type)
    .flatMap((e) => e.actors.map((a) => a.code));

describe('agents out of the support verb reach', () => {
  it('the subject of كان past a parenthesis before قد تمكنت', () => {
    expect(
      actorsOf(
        'وكانت فرقة الشرطة العدلية بالمنستير ( ولاية المنستير ) قد تمكنت أمس من إيقاف مروج مخدرات.',
        'COERCE',
      ),
    ).toContain('TUNCOP');
  });

  it('an adverb of focus after و opens no clause', () => {
    expect(
      actorsOf(
        'تمكن أمس أعوان منطقة الحرس الوطني بالجم ، وتحديدا في إحدى الضيعات ، من حجز كمية من السجائر المهربة.',
        'COERCE',
      ).some((c) => c.endsWith('COP')),
    ).toBe(true);
  });

  it('who attends or chairs a meeting is its agent, not its target', () => {
    const meeting = events('وانعقدت جلسة عمل بمقر المعتمدية بحضور كل من وزير التجهيز وعدد من النواب.').filter(
      (e) => e.type === 'CONSULT',
    );
    expect(meeting.flatMap((e) => e.actors.map((a) => a.code)).some((c) => c.endsWith('GOV'))).toBe(true);
    expect(meeting.flatMap((e) => e.targets.map((a) => a.text))).not.toContain('وزير التجهيز');
    expect(
      actorsOf('وعقد اجتماع صباح اليوم برئاسة والي القصرين لتدارس الوضع الأمني بالجهة.', 'CONSULT').some(
        (c) => c.endsWith('GOV'),
      ),
    ).toBe(true);
  });

  it('the head of a delegation after بين is no chair of the meeting', () => {
    const meeting = events('وعقدت اجتماعات بين الوفد التونسي برئاسة وزير الخارجية والوفد الليبي.').filter(
      (e) => e.type === 'CONSULT',
    );
    expect(meeting.flatMap((e) => e.actors.map((a) => a.text))).not.toContain('وزير الخارجية');
  });

  it('the police announcing an arrest on a named day arrested', () => {
    expect(
      actorsOf('وأعلنت الشرطة الفرنسية يوم الخميس القبض على شابين سرقا متجرا.', 'COERCE').some((c) =>
        c.endsWith('COP'),
      ),
    ).toBe(true);
  });
});
