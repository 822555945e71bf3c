import { describe, expect, it } from 'vitest';
import { inflectedSectorHeads } from '../../src/annotate/events/actors.js';
import { loadEventLexicon } from '../../src/annotate/events/lexicon.js';
import { constructedSentences } from './helpers.js';

// Session 15: the curated sector heads are read in their sound plurals and duals too (actors.ts
// inflectedSectorHeads): "شركة" gives "الشركات"، "شركتي"; "جندي" gives "جنديين". Constructed sentences, not from the
// seeds, the evaluation sets or the articles read.

const { events } = constructedSentences('session15-args-test');

const codes = (body: string): string[] =>
  events(body).flatMap((e) => [...e.actors, ...e.targets].map((a) => `${a.code}:${a.text}`));

describe('sector heads in the plural and the dual', () => {
  it('a feminine head: companies, governments', () => {
    expect(codes('واعتدى مسلحون على إحدى الشركات في المدينة.').some((c) => c.endsWith('BUS:الشركات'))).toBe(
      true,
    );
    expect(
      codes('ووقعت الحكومتان التونسية والليبية اتفاقية للتعاون الأمني.').some((c) => c.startsWith('TUNGOV:')),
    ).toBe(true);
  });

  it('a nisba head: soldiers', () => {
    expect(codes('وقتل مسلحون جنديين في هجوم على ثكنة قرب الحدود.').some((c) => /MIL:جنديين/.test(c))).toBe(
      true,
    );
  });

  it('a broken plural in ة has no plural of its own: requests are no students', () => {
    const lex = loadEventLexicon();
    const m = inflectedSectorHeads(lex);
    expect(m.has('طلبات')).toBe(false);
    expect(m.has('عملات')).toBe(false);
    expect(m.has('شركات')).toBe(true);
    expect(codes('وقدم المواطنون طلبات إلى الوزارة للمطالبة بالتشغيل.').some((c) => c.includes('EDU'))).toBe(
      false,
    );
  });

  it('nor a form the lexicon reads otherwise, nor the dual of a state', () => {
    const m = inflectedSectorHeads(loadEventLexicon());
    expect(m.has('دولتين')).toBe(false);
    expect(m.has('ولايتي')).toBe(false);
  });
});

// Session 15 (roles.ts authorisedRoles): the act a prosecutor authorises with ب is the prosecutor's, consulted or
// not, and so are the acts joined to it by و; the unit authorised (after ل) is not its agent.
describe('the authoriser is the agent of the acts it authorises', () => {
  const agent = (body: string, type: string): string[] =>
    events(body)
      .filter((e) => e.type === type)
      .flatMap((e) => e.actors.map((a) => a.code.slice(-3)));

  it('after the verb, past the unit authorised', () => {
    expect(agent('وقد أذنت النيابة العمومية للفرقة الأمنية بالاحتفاظ بالمشتبه به.', 'COERCE')).toEqual([
      'JUD',
    ]);
  });

  it('consulted before the verb, for the chain of acts', () => {
    const body = 'وبمراجعة النيابة العمومية، أذنت بحجز السيارة ومباشرة قضية عدلية في شأنه.';
    expect(agent(body, 'COERCE')).toEqual(['JUD']);
    expect(agent(body, 'ACCUSE')).toEqual(['JUD']);
  });

  it('the subject of a relative clause, never a target', () => {
    const e = events('وأبلغت الوحدات النيابة العسكرية التي أذنت بتتبّع المحتجين.').find(
      (x) => x.type === 'ACCUSE',
    );
    expect(e?.actors.map((a) => a.code.slice(-3))).toEqual(['JUD']);
    expect(e?.targets.some((a) => a.code.endsWith('JUD'))).toBe(false);
  });
});
