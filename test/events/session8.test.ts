import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/doc/index.js';
import { analyse, constructedSentences } from './helpers.js';

// Constructed sentences (not from the seeds or the evaluation sets) for the rules of session 8, one block per kind
// of miss found in the failure lists of heldout2–heldout4 (docs/EVENTS.md section 14).

const { events, one, codes } = constructedSentences('session8-test');
const allCodes = (list: Event[]): string[] => list.flatMap((e) => [...codes(e.actors), ...codes(e.targets)]);

describe('everyday words are no actors', () => {
  it('a police campaign is no opposition campaign', () => {
    const list = events('وقد تم خلال هذه الحملة حجز 12 دراجة نارية وإيقاف ثلاثة أشخاص.');
    expect(list.some((e) => e.type === 'COERCE')).toBe(true);
    expect(allCodes(list)).not.toContain('TUNOPP');
  });
  it('police reports (محاضر) are no lecturers', () => {
    const list = events('وتم حجز كمية من السجائر وتحرير 7 محاضر اقتصادية في الغرض.');
    expect(list.some((e) => e.type === 'COERCE')).toBe(true);
    expect(allCodes(list)).not.toContain('TUNEDU');
  });
  it('"المقدم" after a noun is a participle, not a rank', () => {
    const list = events('وطالب الفريق بإرجاء النظر في الملف المقدم ضد رئيس الجمعية.');
    expect(allCodes(list)).not.toContain('TUNMIL');
  });
  it('"مالي" after a noun is financial, not Mali', () => {
    const list = events('واتهمته امرأة بالاستيلاء على مبلغ مالي هام مقابل إنشاء شركة.');
    expect(list.some((e) => e.type === 'ACCUSE')).toBe(true);
    expect(allCodes(list)).not.toContain('MLI');
  });
  it('"مالي" after a preposition is still the country', () => {
    const e = one('شنت القوات الفرنسية غارات جوية على مواقع للمسلحين في مالي.', 'ASSAULT');
    expect(e.place?.name ?? codes(e.targets).join()).toMatch(/مالي|MLI/);
  });
});

describe('a private person of a stated nationality is that country', () => {
  it('a Turkish citizen arrested is TUR, not Turkish civil society', () => {
    const e = one('أذنت النيابة العمومية بإيقاف مواطن تركي بتهمة التحيل.', 'COERCE');
    expect(codes(e.targets)).toEqual(['TUR']);
  });
  it('a Syrian young man arrested by the German police', () => {
    const e = one('اعتقلت الشرطة الألمانية شابا سوريا يشتبه في تخطيطه لهجوم.', 'COERCE');
    expect(codes(e.actors)).toEqual(['DEUCOP']);
    expect(codes(e.targets)).toContain('SYR');
  });
  it('citizens without a nationality adjective keep their sector', () => {
    const e = one('أذنت النيابة العمومية بإيقاف مواطن بتهمة التحيل.', 'COERCE');
    expect(codes(e.targets)).toHaveLength(1);
    expect(codes(e.targets)[0]).toMatch(/CVL$/);
  });
});

describe('where a person lives is no place of the event', () => {
  it('"مقيم بـ" names the home of the patient', () => {
    const e = one('أذنت النيابة العمومية بإيقاف مواطن تركي مقيم بجهة حمام سوسة.', 'COERCE');
    expect(e.place).toBeNull();
  });
  it('"القاطن بـ" too', () => {
    const e = one('تم إيقاف شاب القاطن بحي التضامن بتهمة السرقة.', 'COERCE');
    expect(e.place?.name ?? '').not.toContain('التضامن');
  });
});

describe('the steps of a judicial case are ACCUSE', () => {
  it('a police report opened or written', () => {
    expect(events('وقد تم إيقاف المظنون فيهما وتحرير محضر في الغرض.').some((e) => e.type === 'ACCUSE')).toBe(
      true,
    );
    expect(events('كما تم فتح محضر في الغرض.').some((e) => e.type === 'ACCUSE')).toBe(true);
  });
  it('the report is no arrest called off: an act after إيقافهما keeps its modality', () => {
    const e = one('وقد تم إيقافهما وتحرير محضر في الغرض.', 'ACCUSE');
    expect(e.modality).not.toBe('negated');
  });
  it('an arrest suspended is still called off', () => {
    const list = events('قررت النقابة تعليق الإضراب المقرر ليوم الخميس.');
    const strike = list.find((e) => e.type === 'PROTEST');
    if (strike) expect(strike.modality).toBe('negated');
  });
  it('an inquiry under way', () => {
    expect(
      events('وقد حجزت الوحدات كمية من السجائر علما وأن الأبحاث جارية.').some((e) => e.type === 'ACCUSE'),
    ).toBe(true);
  });
  it('a ruling issued by a court has the court as its agent', () => {
    const e = one('وعلى إثر الحكم الصادر عن المحكمة الابتدائية بتونس قررت الوزارة سحب الامتحان.', 'ACCUSE');
    expect(codes(e.actors)[0]).toMatch(/JUD$/);
  });
  it('a lawsuit', () => {
    expect(
      events('وأعلن الحزب اعتزامه مقاضاة المعنيين بترويج الإشاعات.').some((e) => e.type === 'ACCUSE'),
    ).toBe(true);
  });
  it('a long quoted verdict after وصف … بـ is a criticism', () => {
    const body =
      'ووصف النائب في تصريح لمراسلة الإذاعة على هامش اختتام دورة التكوين والتأهيل القيادي التي ينظمها المكتب الجهوي للحزب بمدينة نابل يوم الأحد الماضي بحضور عدد من الإطارات والمناضلين من مختلف الجهات، الأوضاع في البلديات ب"الكارثية".';
    expect(events(body).some((e) => e.type === 'ACCUSE')).toBe(true);
  });
  it('a neutral description stays no criticism', () => {
    const body = 'ووصف المدرب المباراة بالصعبة مؤكدا أن الفريق سيستعد جيدا للقاء القادم.';
    expect(events(body).some((e) => e.type === 'ACCUSE')).toBe(false);
  });
});

describe('passives and pronoun patients', () => {
  it('a passive arrest has no agent, even with a person named earlier', () => {
    const e = one('وقامت الوحدات بمداهمة منزل هذا الشخص وتم إيقاف المعني بالأمر.', 'COERCE');
    const arrest = events('وقامت الوحدات بمداهمة منزل هذا الشخص وتم إيقاف المعني بالأمر.').find((x) =>
      x.trigger.text.includes('إيقاف'),
    );
    expect(e).toBeDefined();
    expect(arrest?.actors ?? []).toEqual([]);
  });
  it('the pronoun on a passive threat is the person named before it', () => {
    const e = one('وتعرض مواطن لعملية سطو لهاتفه وتم تهديده بسلاح أبيض.', 'THREATEN');
    expect(e.actors).toEqual([]);
    expect(codes(e.targets)[0]).toMatch(/CVL$/);
  });
  it('"وإيقافه" after a smuggler: the smuggler is arrested, not arresting', () => {
    const list = events('وأمكن بعد التحري الكشف عن مهرب ثان وإيقافه.');
    const arrest = list.find((x) => x.type === 'COERCE');
    expect(arrest).toBeDefined();
    expect(codes(arrest!.actors)).not.toContain('TUNCRM');
  });
  it('a police unit before "من إيقافه" stays the agent', () => {
    const e = one('وتمكنت وحدات الحرس الوطني بعد التحري من إيقافه.', 'COERCE');
    expect(codes(e.actors)[0]).toMatch(/COP$/);
  });
  it('an armed group before "لاغتياله" stays the agent', () => {
    const e = one('وأعلمه القاضي بالقبض على إرهابي كان يخطط لاغتياله.', 'ASSAULT');
    expect(codes(e.actors)[0]).toMatch(/REB$/);
  });
  it('a country before "إيقافه" is no agent of the arrest', () => {
    const e = one('التحق بكلية الطب بتونس لكنه انقطع عن الدراسة إثر إيقافه لأسباب سياسية.', 'COERCE');
    expect(codes(e.actors)).not.toContain('TUN');
  });
  it('an intention to sue is planned', () => {
    const e = one('وأعلنت الحركة اعتزامها مقاضاة المعنيين بترويج الإشاعات.', 'ACCUSE');
    expect(e.modality).toBe('planned');
  });
});

describe('a stance on what someone said or did targets them', () => {
  it('criticism of the president’s statements targets the president', () => {
    const e = one('وانتقد رئيس الحزب تصريحات رئيس الحكومة حول الإصلاحات.', 'ACCUSE');
    expect(codes(e.targets)[0]).toMatch(/GOV$/);
  });
  it('praise of the ministries’ efforts targets them', () => {
    const e = one('وثمن الاتحاد مجهودات الوزارات المعنية في مقاومة الاحتكار.', 'SUPPORT');
    expect(codes(e.targets)[0]).toMatch(/GOV$/);
  });
  it('a stance on a topic with no owner keeps no target', () => {
    const e = one('وانتقد رئيس الحزب قرار الترفيع في الأسعار.', 'ACCUSE');
    expect(e.targets).toEqual([]);
  });
  it('economic operators are businesses', () => {
    const e = one('دعت وزارة التجارة المتعاملين الاقتصاديين إلى احترام الأسعار.', 'REQUEST');
    expect(codes(e.targets)[0]).toMatch(/BUS$/);
  });
});

describe('places that are no place of the event', () => {
  it('a place in the speaker’s title before أن', () => {
    const e = one(
      'وأوضح المدير الجهوي للتجارة ببن عروس محمد العياري، أن حجز هذه الكميات كان بسبب المضاربة فيها.',
      'COERCE',
    );
    expect(e.place).toBeNull();
  });
  it('a place after the act in the clause after أن stays', () => {
    const e = one('وأوضح المدير الجهوي للتجارة أنه تم حجز كميات من السكر بمدينة بن عروس.', 'COERCE');
    expect(e.place?.name ?? '').toContain('بن عروس');
  });
  it('"وجهة نظره" is a point of view', () => {
    const list = events('داعيا إلى إرساء حوار وطني اقتصادي من وجهة نظره.');
    expect(list.map((e) => e.place?.name ?? '').join()).not.toContain('نظر');
  });
});

describe('agents named around the act', () => {
  it('a strike "الذي أعلن عنه" a union is the union’s', () => {
    const e = one(
      'وأوضح أن الاتصالات متواصلة قبل موعد الإضراب العام في الوظيفة العمومية الذي أعلن عنه اتحاد الشغل.',
      'PROTEST',
    );
    expect(codes(e.actors)).toEqual(['TUNLAB']);
  });
  it('an agreement "الذي أعلن عنه" someone is not theirs', () => {
    const list = events('ورحب الحزب بالاتفاق الذي أعلن عنه الاتحاد الأوروبي.');
    const agree = list.find((e) => e.type === 'AGREE');
    if (agree) expect(codes(agree.actors)).not.toContain('IGOEEC');
  });
  it('a seizure after a separate و and a long patient shares the arrest’s agent', () => {
    const e = events(
      'تمكن أعوان منطقة الأمن الوطني بالمهدية أمس، من القبض على 3 أشخاص تتراوح أعمارهم بين 28 و63 سنة من أجل الإتجار في الآثار و حجز لديهم تمثالا أثريا.',
    ).filter((x) => x.type === 'COERCE');
    expect(e.length).toBeGreaterThan(0);
    for (const x of e) expect(codes(x.actors)[0]).toMatch(/COP$/);
  });
});

describe('a sentence passed with no court named', () => {
  it('is the country’s courts', () => {
    const list = analyse(
      'خبر',
      'وأضاف أنه إثر صدور أحكام قضائية ضد عدد من الوزراء بادر الحزب بمبادرة.',
      '2020-03-18',
      't',
      'Jawhara FM',
    ).events;
    const e = list.find((x) => x.type === 'ACCUSE');
    expect(e).toBeDefined();
    expect(codes(e!.actors)).toEqual(['TUNJUD']);
  });
  it('a named court stays', () => {
    const e = one('قضت المحكمة الابتدائية بسجن المتهم 5 سنوات.', 'ACCUSE');
    expect(codes(e.actors)[0]).toMatch(/JUD$/);
  });
});

describe('a pronoun subject with no antecedent in the body', () => {
  it('stands for the title’s subject', () => {
    const list = analyse(
      'وكالة السلامة المعلوماتية تحذّر التونسيين من هجوم إلكتروني',
      'كما دعت إلى ضرورة حفظ المعطيات الحساسة على أقراص خارجية.',
      '2020-03-18',
      't',
      'Jawhara FM',
    ).events;
    const e = list.find((x) => x.type === 'REQUEST');
    expect(e).toBeDefined();
    expect(codes(e!.actors)).toEqual(['TUNGOV']);
  });
  it('not when the title opens with a place', () => {
    const list = analyse(
      'تونس: احباط عملية ابحار خلسة',
      'كما دعت إلى ضرورة الحذر.',
      '2020-03-18',
      't',
      'Jawhara FM',
    ).events;
    const e = list.find((x) => x.type === 'REQUEST');
    if (e) expect(codes(e.actors)).not.toContain('TUN');
  });
});

describe('"طالب" the student or seeker is no demand', () => {
  it('a job seeker', () => {
    const list = events('وقال إن الهدف تعريف طالب الشغل بحقوقه ومساعدة طالب الشغل على التعرف على العروض.');
    expect(list.some((e) => e.type === 'REQUEST')).toBe(false);
  });
  it('a student arrested', () => {
    const list = events('تم أمس إيقاف طالب يدرس بإحدى كليات الطب.');
    expect(list.some((e) => e.type === 'REQUEST')).toBe(false);
    expect(list.some((e) => e.type === 'COERCE')).toBe(true);
  });
  it('a dispute between a student and a faculty', () => {
    expect(
      events('تطرقت الحلقة إلى نزاع قضائي بين طالب و كلية الصيدلة.').some((e) => e.type === 'REQUEST'),
    ).toBe(false);
  });
  it('the verb stays a demand', () => {
    const e = one('طالب الاتحاد العام التونسي للشغل الحكومة بالتراجع عن القرار.', 'REQUEST');
    expect(codes(e.actors)).toEqual(['TUNLAB']);
    expect(events('وطالب الشغالون بتسوية وضعيتهم.').some((x) => x.type === 'REQUEST')).toBe(true);
  });
});

describe('private and field visits are no meetings', () => {
  it('a mother visiting her son', () => {
    expect(
      events('تعذر على الأم المريضة التنقل لزيارة ابنها في السجن.').some((e) => e.type === 'CONSULT'),
    ).toBe(false);
  });
  it('a school doctor visiting a school', () => {
    expect(
      events('كما قامت الطبيبة بزيارة المعهد وفحص عدد من التلاميذ.').some((e) => e.type === 'CONSULT'),
    ).toBe(false);
  });
  it('a party leader’s visit to a town of the country', () => {
    const list = analyse(
      'خبر',
      'وقال رئيس الحزب إن زيارته التي يؤديها اليوم إلى المهدية تأتي في إطار واجب المواساة.',
      '2020-03-18',
      't',
      'Jawhara FM',
    ).events;
    expect(list.some((e) => e.type === 'CONSULT')).toBe(false);
  });
  it('a visit abroad stays a meeting', () => {
    const list = analyse(
      'خبر',
      'ويؤدي رئيس الحكومة زيارة رسمية إلى الجزائر يلتقي خلالها الرئيس الجزائري.',
      '2020-03-18',
      't',
      'Jawhara FM',
    ).events;
    expect(list.some((e) => e.type === 'CONSULT')).toBe(true);
  });
  it('a tour to hold a meeting in a town stays', () => {
    const list = analyse(
      'خبر',
      'يؤدي الأمين العام للحزب غدا السبت زيارة إلى ولاية سوسة، لعقد اجتماع شعبي.',
      '2020-03-18',
      't',
      'Jawhara FM',
    ).events;
    expect(list.some((e) => e.type === 'CONSULT')).toBe(true);
  });
});

describe('word senses that are no event', () => {
  it('"عدم الاستجابة" as a condition is no concession', () => {
    const list = events(
      'ولوح الأمين العام للنقابة بالدخول في إضراب مفتوح في صورة عدم الاستجابة لهذه المطالب.',
    );
    expect(list.some((e) => e.type === 'CONCEDE')).toBe(false);
    expect(list.some((e) => e.type === 'THREATEN' || e.type === 'PROTEST')).toBe(true);
  });
  it('a granted demand stays a concession', () => {
    expect(events('وأعلنت الوزارة الاستجابة لمطالب المحتجين.').some((e) => e.type === 'CONCEDE')).toBe(true);
  });
  it('taking part in a TV programme is no meeting', () => {
    expect(
      events('بعد مشاركتها في برنامج تلفزي وجدت نفسها مهددة بالطرد.').some((e) => e.type === 'CONSULT'),
    ).toBe(false);
  });
  it('taking part in a conference stays', () => {
    expect(
      events('وأكد الوزير مشاركته في اجتماع وزراء الخارجية العرب.').some((e) => e.type === 'CONSULT'),
    ).toBe(true);
  });
  it('an interview is no talks', () => {
    expect(
      events('أعلن الوزير خلال حوار أجرته معه قناة نسمة أن الوزارة تخطط لإلغاء المناظرة.').some(
        (e) => e.type === 'CONSULT',
      ),
    ).toBe(false);
  });
});

describe('organisations and offices', () => {
  it('a minister of "شؤون" X is the minister, not X', () => {
    const e = one('أشرفت وزيرة شؤون الشباب والرياضة على جلسة عمل مع المدير العام للبريد.', 'CONSULT');
    expect(codes(e.actors)[0]).toMatch(/GOV$/);
  });
  it('a sit-in "لـ" an organisation of labour is the union’s', () => {
    const list = analyse(
      'خبر',
      'وجاء ذلك بمناسبة اعتصام للمنظمة التونسية للشغل أمام مقر الولاية.',
      '2020-03-18',
      't',
      'Jawhara FM',
    ).events;
    const e = list.find((x) => x.type === 'PROTEST');
    expect(e).toBeDefined();
    expect(codes(e!.actors)[0]).toMatch(/LAB$/);
  });
  it('a protest "لـ" a purpose has no agent from it', () => {
    const e = one('ونظم الأهالي وقفة احتجاجية للمطالبة بالتنمية.', 'PROTEST');
    expect(codes(e.actors)[0]).toMatch(/CVL$/);
  });
});

describe('a promise of help is planned aid', () => {
  it('a promise to help', () => {
    const e = one('وقد وعدت المستشارة الألمانية رئيس الحكومة بالمساعدة في تأمين الحدود.', 'AID');
    expect(e.modality).toBe('planned');
  });
  it('a promise of something else stays an agreement', () => {
    const list = events('ووعد الوزير النقابة بمراجعة القانون الأساسي للقطاع.');
    expect(list.some((e) => e.type === 'AID')).toBe(false);
  });
});

describe('destruction of seized goods and detention warrants', () => {
  it('destroying seized goods is COERCE', () => {
    expect(
      events('وقد تم إتلافها في انتظار اتخاذ الإجراءات اللازمة في شأن صاحب المذبح.').some(
        (e) => e.type === 'COERCE',
      ),
    ).toBe(true);
  });
  it('a detention warrant is COERCE', () => {
    expect(events('وأصدر قاضي التحقيق بطاقة إيداع بالسجن ضد المتهم.').some((e) => e.type === 'COERCE')).toBe(
      true,
    );
  });
  it('the prosecutor’s office is the judiciary', () => {
    const e = one('وأذن وكيل الجمهورية بإيقاف المتهم.', 'COERCE');
    expect(codes(e.actors)).toEqual(['JUD']);
  });
});

describe('public figures named without their office', () => {
  it('Nasrallah is Hezbollah', () => {
    const e = one('وهدد نصر الله إسرائيل بالرد.', 'THREATEN');
    expect(codes(e.actors)).toEqual(['LBNREB']);
  });
  it('Ghannouchi is a party leader', () => {
    const e = one('وانتقد راشد الغنوشي قرار الحكومة.', 'ACCUSE');
    expect(codes(e.actors)).toEqual(['TUNPTY']);
  });
  it('a titled full name in apposition is still the subject, not the object', () => {
    const e = one('توعد الأمين العام لحزب الله حسن نصر الله إسرائيل بالرد.', 'THREATEN');
    expect(codes(e.targets)).toEqual(['ISR']);
  });
});

describe('"النظام" with an adjective of a field is a system, no regime', () => {
  it('a diet is no government', () => {
    const list = events('كما دعت الوزارة المرضى إلى استشارة الطبيب حول النظام الغذائي المناسب.');
    expect(
      list
        .flatMap((e) => [...codes(e.actors), ...codes(e.targets)])
        .some((c) => c.endsWith('GOV') && c !== 'GOV'),
    ).toBe(false);
    expect(list.flatMap((e) => codes(e.targets))).not.toContain('GOV');
  });
  it('the Syrian regime stays', () => {
    const e = one('قصف النظام السوري مواقع المعارضة في إدلب.', 'ASSAULT');
    expect(codes(e.actors)).toEqual(['SYRGOV']);
  });
});

describe('substitute teachers are no members of parliament', () => {
  it('"المعلمين النواب" are teachers', () => {
    const e = one('وأكد أن المعلمين النواب نفذوا اعتصاما أمام مقر المندوبية الجهوية للتعليم.', 'PROTEST');
    expect(codes(e.actors).some((c) => c.endsWith('LEG'))).toBe(false);
  });
  it('"النواب" alone are members of parliament', () => {
    const e = one('وانتقد النواب قرار الحكومة.', 'ACCUSE');
    expect(codes(e.actors)[0]).toMatch(/LEG$/);
  });
});
