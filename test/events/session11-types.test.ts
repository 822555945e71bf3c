import { describe, expect, it } from 'vitest';
import { verbForms } from '../../scripts/build-event-lexicon.js';
import { constructedSentences } from './helpers.js';

// Constructed sentences (not from the seeds, the evaluation sets or the articles read) for the event-type rules of
// session 11: sections "(session 11, types)" of data/events/triggers.tsv, senses.ts and pass.ts.

const { events, types } = constructedSentences('session11-types-test');

describe('verb inflections', () => {
  it('include the first person singular imperfect', () => {
    expect(verbForms('رفض', 'رفض')).toContain('ارفض');
    expect(verbForms('أيد', 'ؤيد')).toContain('اؤيد');
    // (and no suffixed first person, which Arabic has not)
    expect(verbForms('رفض', 'رفض')).not.toContain('ارفضون');
  });
  it('so a speaker who rejects, demands or supports in the first person makes an event', () => {
    expect(types('وقال الوزير: "أرفض هذا القرار جملة وتفصيلا".')).toContain('REJECT');
    expect(types('وقال النائب: "أطالب الحكومة بالتدخل العاجل".')).toContain('REQUEST');
    expect(types('وقال: "سأطالب بالإفراج عن المعتقلين".')).toContain('REQUEST');
  });
});

describe('repeated mentions of one meeting', () => {
  it('a definite meeting noun repeated in its sentence is the same meeting', () => {
    const e = events(
      'وقال مصدر على هامش القمة العربية المنعقدة بالبحر الميت إن الرئيس غادر القاعة أثناء كلمة أمير قطر في القمة.',
    ).filter((x) => x.type === 'CONSULT');
    expect(e).toHaveLength(1);
  });
});

describe('deaths told as "لقي مصرعه"', () => {
  it('are killings', () => {
    expect(types('لقي ثلاثة أشخاص مصرعهم في أعمال عنف اندلعت داخل سجن بالعاصمة.')).toContain('ASSAULT');
    expect(types('وأصبح الطفل خامس شخص يلقى حتفه بعد أن دهس رجل بسيارته حشدا من المارة.')).toContain(
      'ASSAULT',
    );
  });
  it('but not in an accident or a drowning', () => {
    expect(types('لقي شاب حتفه في حادث مرور على الطريق السريعة.')).not.toContain('ASSAULT');
    expect(types('لقي مئات المهاجرين مصرعهم غرقا في البحر منذ بداية العام.')).not.toContain('ASSAULT');
  });
});

describe('feelings of disapproval expressed', () => {
  it('are criticisms', () => {
    expect(types('وعبر الرئيس عن غضبه من الجريمة الشنيعة.')).toContain('ACCUSE');
    expect(types('وأعرب وزير الخارجية الفرنسي عن استيائه من تصريحات نظيره.')).toContain('ACCUSE');
    expect(types('وأبدى السكان امتعاضهم من تواصل انقطاع الماء.')).toContain('ACCUSE');
  });
  it('but not a feeling someone causes, nor mere concern', () => {
    expect(types('وأثار القرار غضب عدد من المواطنين في المدينة.')).not.toContain('ACCUSE');
    expect(types('وأعرب المسؤول عن قلقه من تراجع عدد السياح.')).not.toContain('ACCUSE');
  });
});

describe('investigations said to go on', () => {
  it('are investigations', () => {
    const e = events('وأكد المصدر أن التحقيقات مازالت جارية لكشف ملابسات الحادثة.');
    expect(e.map((x) => x.type)).toContain('ACCUSE');
    expect(e.find((x) => x.type === 'ACCUSE')?.mode).toBe('investigate');
    expect(types('وأشار البلاغ إلى أن عمليات التمشيط متواصلة في المنطقة الجبلية.')).toContain('ACCUSE');
  });
  it('but not a search for someone, nor an investigation merely named', () => {
    expect(types('ولا تزال عمليات البحث عن المفقودين متواصلة منذ الصباح.')).not.toContain('ACCUSE');
    expect(types('وتناول الكتاب مناهج البحث في العلوم الاجتماعية.')).not.toContain('ACCUSE');
  });
});

describe('setting fire', () => {
  it('to a place is an attack', () => {
    expect(types('وقام شخص مجهول بإضرام النار في مسجد وسط المدينة.')).toContain('ASSAULT');
  });
  it('to oneself is none', () => {
    expect(types('وأقدمت امرأة على إضرام النار في جسدها أمام مقر الولاية.')).not.toContain('ASSAULT');
  });
});

describe('declining to comment', () => {
  it('is no rejection', () => {
    expect(types('ورفض المتحدث الخوض في تفاصيل التحقيق.')).not.toContain('REJECT');
  });
});

describe('clashes', () => {
  it('are two assaults, one each way', () => {
    const e = events('واندلعت مواجهات بين وحدات الجيش ومجموعة مسلحة في المنطقة الجبلية.').filter(
      (x) => x.type === 'ASSAULT',
    );
    expect(e).toHaveLength(2);
    expect(e[0]!.actors.map((a) => a.code)).toEqual(e[1]!.targets.map((a) => a.code));
    expect(e[0]!.targets.map((a) => a.code)).toEqual(e[1]!.actors.map((a) => a.code));
  });
  it('but a brawl is one fight', () => {
    const e = events('وتحول خلاف بين شابين إلى شجار عنيف أمام المقهى.').filter((x) => x.type === 'ASSAULT');
    expect(e.length).toBeLessThanOrEqual(1);
  });
});

describe('no political event', () => {
  it('in violence by or on animals', () => {
    expect(types('ونجا سباح من موت محقق إثر هجوم مفاجئ لسمك قرش قبالة الشاطئ.')).not.toContain('ASSAULT');
    expect(types('وقالت الوزارة إن الطيور التي تم ذبحها كانت مصابة بالفيروس.')).not.toContain('ASSAULT');
    // (الأسد is also a president's name)
    expect(types('وشنت قوات الأسد هجوما على مواقع المعارضة في ريف حلب.')).toContain('ASSAULT');
  });
  it('in the rules of engagement', () => {
    expect(types('وقال الادعاء إن الجندي انتهك قواعد الاشتباك.')).not.toContain('ASSAULT');
  });
  it('in a province called مقاطعة', () => {
    expect(types('وقالت المتحدثة باسم شرطة مقاطعة "ناسو" إن عشرات أصيبوا.')).not.toContain('PROTEST');
    expect(types('وأغلقت السلطات جسرا في مقاطعة وسط البلاد.')).not.toContain('PROTEST');
    expect(types('وقرر الأساتذة مقاطعة الامتحانات احتجاجا على القرار.')).toContain('PROTEST');
  });
});

describe('discussing with someone', () => {
  it('is talks', () => {
    expect(types('وبحث الرئيس التونسي مع نظيره الفرنسي سبل تعزيز التعاون.')).toContain('CONSULT');
    expect(types('وأكد المستشار أنه لم يناقش العقوبات مع السفير الروسي.')).toContain('CONSULT');
  });
  it('but a search, or discussing without a partner, is none', () => {
    expect(types('وتبحث فرق الإنقاذ عن ناجين تحت الأنقاض.')).not.toContain('CONSULT');
    expect(types('ويناقش الفصل الخيارات الممكنة لإصلاح المنظومة.')).not.toContain('CONSULT');
  });
});

describe('explosions', () => {
  it('of a device are bombings, told by the noun or the verb', () => {
    expect(types('وأكد الناطق أن لغما انفجر اليوم في الجبل وأسفر عن إصابة عسكريين.')).toContain('ASSAULT');
    expect(types('وأعلنت الشرطة عن انفجار ظرف ملغوم بمقر المنظمة.')).toContain('ASSAULT');
  });
  it('of a factory or a gas bottle are none', () => {
    expect(types('وأصيب 13 شخصا في انفجار داخل مصنع للمواد الكيميائية.')).not.toContain('ASSAULT');
    expect(types('وانفجرت قارورة غاز في منزل بالحي.')).not.toContain('ASSAULT');
  });
});

describe('bans', () => {
  it('named by their noun are sanctions', () => {
    expect(types('واضطرت الشركة لتغيير جداولها بعد قرار الحظر الذي شمل مواطني سبع دول.')).toContain(
      'SANCTION',
    );
  });
  it('lifted, also in the future tense, are easings', () => {
    const t = types('وبموجب الاتفاق سيرفع الحظر عن بيع السلاح إلى إيران.');
    expect(t).toContain('RETREAT');
    expect(t).not.toContain('SANCTION');
  });
});

describe('idioms that look like events', () => {
  it('a livelihood (لقمة العيش) is no summit', () => {
    expect(types('وكان قد هاجر إلى إيطاليا بحثا عن لقمة العيش.')).not.toContain('CONSULT');
  });
  it('a named day is no event, a call for a day of strike is', () => {
    expect(types('ويصادف اليوم اليوم العالمي لرفض العنف ضد المرأة.')).not.toContain('REJECT');
    expect(types('ودعت النقابة إلى يوم وطني للإضراب في القطاع.')).toContain('PROTEST');
  });
  it('killing cells or germs is no assault', () => {
    expect(types('وأفادت دراسة بأن البصل يحتوي على مركبات تقتل الخلايا السرطانية.')).not.toContain('ASSAULT');
    // (terrorist cells are no cells of the body)
    expect(types('واتهمت الوزارة خلايا إرهابية بتفجير سيارة في السوق.')).toContain('ASSAULT');
  });
});

describe('a word with two lexicon entries', () => {
  it('falls back to the next entry of the same reading when the preferred one is rejected', () => {
    // bare "بحث" is the verb (talks) first; with no مع it is no talks, and the noun (an investigation) is tried
    expect(types('وقال المصدر إن بحث ملابسات الحادثة متواصل.')).toContain('ACCUSE');
    // but not another reading of the word: "بحثا عن" is no ب + حث (urging)
    expect(types('وكان قد هاجر إلى الخارج بحثا عن عمل.')).not.toContain('REQUEST');
  });
});
