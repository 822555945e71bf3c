import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/doc/index.js';
import { homeCountry } from '../../src/annotate/events/home.js';
import { analyse, analyseSeed } from './helpers.js';

// Constructed sentences (not from the seeds nor the evaluation sets) for actor coding: country + sector.
const TUNISIAN = 'Jawhara FM';

function events(body: string, source: string | null = TUNISIAN): Event[] {
  return analyse('', body, '2017-03-01', 'actors-test', source).events;
}
function one(body: string, type: Event['type'], source: string | null = TUNISIAN): Event {
  const e = events(body, source).find((x) => x.type === type);
  expect(e, `${type} in ${body}`).toBeDefined();
  return e!;
}
const codes = (list: Event['actors']): string[] => list.map((a) => a.code);

describe('home country of a publication', () => {
  it('from the outlet name or the URL host', () => {
    expect(homeCountry({ source: 'Jawhara FM', url: null })).toBe('TUN');
    expect(homeCountry({ source: null, url: 'https://www.example.dz/a/1' })).toBe('DZA');
    expect(homeCountry({ source: 'Some Blog', url: 'https://example.com/x' })).toBeNull();
    expect(homeCountry({ source: null, url: 'not a url' })).toBeNull();
    // Saudi papers outside .sa, by name or address; Al Jazeera (Qatar) is not the Saudi Al-Jazirah.
    expect(homeCountry({ source: 'alriyadh', url: null })).toBe('SAU');
    expect(homeCountry({ source: null, url: 'https://www.al-jazirah.com/2015/20150721/ln12.htm' })).toBe(
      'SAU',
    );
    expect(homeCountry({ source: null, url: 'https://www.aljazeera.net/news/1' })).toBeNull();
    expect(homeCountry({ source: 'aawsat', url: 'https://aawsat.com/home/article/1' })).toBeNull();
  });
});

describe('domestic actors take a country only where it is evidenced', () => {
  it('security units in a Tunisian outlet → TUNCOP, with the unit seat as place', () => {
    const e = one('تمكنت الوحدات الأمنية بمدينة صفاقس من إيقاف شخصين.', 'COERCE');
    expect(codes(e.actors)).toContain('TUNCOP');
    expect(e.place?.name).toContain('صفاقس');
  });
  it('with no source and no country in the text the sector stays without a country', () => {
    const e = one('تمكنت الوحدات الأمنية من إيقاف شخصين.', 'COERCE', null);
    expect(codes(e.actors)).toEqual(['COP']);
  });
  it('the outlet country fills in when the text names no country', () =>
    expect(codes(one('تمكنت الوحدات الأمنية من إيقاف شخصين.', 'COERCE').actors)).toEqual(['TUNCOP']));
  it('a foreign story that never mentions the home country keeps its own country', () => {
    const e = one('أوقفت الشرطة ثلاثة أشخاص بعد مداهمة منزل في ضواحي الجزائر العاصمة.', 'COERCE');
    expect(codes(e.actors).some((c) => c.startsWith('DZA'))).toBe(true);
  });
  it('a country adjective in the phrase wins over any default', () =>
    expect(codes(one('اعتقلت الشرطة الفرنسية رجلا في مدينة ليون.', 'COERCE').actors)).toContain('FRACOP'));
  it('an ambiguous nisba ("مالي" = financial) does not make the story Malian', () => {
    const e = one('احتج المواطنون في القصرين للمطالبة بدعم مالي للعائلات.', 'PROTEST');
    expect(codes(e.actors)).toEqual(['TUNCVL']);
  });
});

describe('sectors', () => {
  it('unions → LAB, parties → PTY, teachers → EDU, citizens → CVL', () => {
    expect(
      codes(one('نفذت النقابة الأساسية لأعوان الصحة إضرابا في مدينة القيروان.', 'PROTEST').actors),
    ).toContain('TUNLAB');
    const req = one('دعا حزب التكتل الحكومة إلى فتح تحقيق في الحادثة.', 'REQUEST');
    expect(codes(req.actors)).toEqual(['TUNPTY']);
    expect(codes(req.targets)).toEqual(['TUNGOV']);
    const teachers = one('يطالب المربون من خلال هذه التحركات وزارة التربية بصرف المنح.', 'REQUEST');
    expect(codes(teachers.actors)).toEqual(['TUNEDU']);
    expect(codes(teachers.targets)).toEqual(['TUNGOV']);
    expect(
      codes(one('أغلق مواطنون الطريق في سيدي بوزيد احتجاجا على انقطاع الماء.', 'PROTEST').actors),
    ).toEqual(['TUNCVL']);
  });
  it('a party whose name holds a country name is the party', () => {
    const e = one('ودعا آفاق تونس الحكومة إلى حشد كل طاقاتها.', 'REQUEST');
    expect(codes(e.actors)).toEqual(['TUNPTY']);
    expect(codes(e.targets)).toEqual(['TUNGOV']);
  });
  it('a body of an organisation speaks for it', () => {
    const e = one(
      'وكان المكتب التنفيذي للاتحاد العام التونسي للشغل أكد في بيان أصدره أمس رفضه للقانون.',
      'REJECT',
    );
    expect(codes(e.actors)).toEqual(['TUNLAB']);
  });
  it('"الجانب الروسي" is the country; a definite word closes a construct phrase', () => {
    const e = one('دعا وزير الخارجية الجانب الروسي إلى الاستثمار في تونس.', 'REQUEST');
    expect(codes(e.actors)).toEqual(['TUNGOV']);
    expect(codes(e.targets)).toEqual(['RUS']);
  });
});

describe('staff, sources and false nationalities', () => {
  it('"أعوان" alone are security agents, "أعوان المالية" are staff of a Tunisian body (not Malian)', () => {
    expect(codes(one('تمكن الأعوان من إيقاف مروج مخدرات في المدينة.', 'COERCE').actors)).toEqual(['TUNCOP']);
    expect(codes(one('أكد الكاتب العام أن أعوان المالية سينفذون إضرابا عاما.', 'PROTEST').actors)).toEqual([
      'TUNLAB',
    ]);
  });
  it('the source of reinforcements or aid after "من"', () => {
    expect(codes(one('وصلت تعزيزات من الجيش إلى المدينة.', 'MOBILIZE').actors)).toEqual(['TUNMIL']);
    expect(codes(one('تسلمت المستشفى هبة من الاتحاد الأوروبي.', 'AID').actors)).toEqual(['IGOEEC']);
  });
});

describe('agents of event nouns', () => {
  it('the subject of a support verb, across adverbials', () => {
    const e = one(
      'تمكنت وحدات الحرس الوطني بنابل خلال الليلة الفاصلة بين السبت والأحد من إلقاء القبض على مروج مخدرات.',
      'COERCE',
    );
    expect(codes(e.actors)).toEqual(['TUNCOP']);
    expect(codes(e.targets)).toEqual(['TUNCRM']);
    expect(e.place?.name).toContain('نابل');
  });
  it('a reporter stating an event is not its agent', () => {
    const e = one('وأكد مراسل الإذاعة وصول تعزيزات إلى المدينة بعد المواجهات.', 'MOBILIZE');
    expect(codes(e.actors).some((c) => c.endsWith('MED'))).toBe(false);
  });
  it('another event in between keeps its own agent', () => {
    const list = events('وعمد المحتجون إلى الاعتصام أمام المعتمدية، لتأتي تعزيزات كبيرة إلى المكان.');
    const mob = list.find((x) => x.type === 'MOBILIZE');
    expect(mob).toBeDefined();
    expect(codes(mob!.actors).some((c) => c.endsWith('OPP'))).toBe(false);
  });
});

describe('delegations', () => {
  it('listed representatives are each a delegation', () => {
    const talks = one('أجرى ممثلون عن مصر والأردن والعراق محادثات في القاهرة حول الأمن الإقليمي.', 'CONSULT');
    const parties = talks.details?.delegations.map((d) => d.party) ?? [];
    expect(parties).toEqual(expect.arrayContaining(['الأردن', 'العراق']));
    expect(parties.some((p) => p.includes('مصر'))).toBe(true);
  });
  it('round 13 seed: the opposition delegation with its head', () => {
    const doc = analyseSeed('000_979cc18ec33a5328.txt', '2019-08-02');
    const talks = doc.events.find((e) => e.type === 'CONSULT' && e.details?.round === 13);
    const opposition = talks?.details?.delegations.find((d) => d.party.includes('المعارضة'));
    expect(opposition?.head).toBe('أحمد طعمة');
  });
  it('round 11 seed: the three sponsors and the two Syrian sides', () => {
    const doc = analyseSeed('001_12314e3d2425e948.txt', '2018-11-28');
    const talks = doc.events.find((e) => e.type === 'CONSULT' && e.details?.round === 11);
    const parties = talks?.details?.delegations.map((d) => d.party) ?? [];
    expect(parties).toEqual(expect.arrayContaining(['روسيا', 'تركيا', 'المعارضة']));
    expect(parties.some((p) => p.includes('إيران'))).toBe(true);
  });
});

describe('hard negatives', () => {
  it('a football line-up is no attack', () => {
    expect(events('خط الهجوم: زلاتان إبراهيموفيتش، بنزيما.').some((e) => e.type === 'ASSAULT')).toBe(false);
    expect(events('وينشط اللاعب في خطة قلب هجوم.').some((e) => e.type === 'ASSAULT')).toBe(false);
  });
  it('"إضرابا … احتجاجا على" is one protest', () =>
    expect(
      events('نفذ الأساتذة إضرابا عن العمل احتجاجا على تأخر صرف المنح.').filter((e) => e.type === 'PROTEST'),
    ).toHaveLength(1));
  it('"حكم قضائي صادر" and an airport receiving a flight are no events', () => {
    expect(events('احتج الأعوان على حكم قضائي صادر مؤخرا.').some((e) => e.type === 'COERCE')).toBe(false);
    expect(events('استقبل مطار النفيضة اليوم رحلة سياحية.').some((e) => e.type === 'CONSULT')).toBe(false);
  });
});

describe('places', () => {
  it("a visit's destination is its place", () =>
    expect(one('يؤدي وزير الخارجية الفرنسي زيارة عمل إلى تونس يوم الإثنين.', 'CONSULT').place?.name).toBe(
      'تونس',
    ));
  it('a fronted locative scopes over the sentence', () =>
    expect(
      one('وفي مطار المنستير، أكد المسؤول أن الحركة عادية مع وجود تعزيزات أمنية بالمطار.', 'MOBILIZE').place
        ?.name,
    ).toContain('المنستير'));
  it('a verbal act takes no bare name after it as its place', () =>
    expect(one('ودعا رئيس الحكومة إلى الكف عن تخريب تونس.', 'REQUEST').place).toBeNull());
});
