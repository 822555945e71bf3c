import { expect, it } from 'vitest';
import { analyse } from '../times/helpers.js';
import { describeQuantityKinds, type QuantityCase } from './cases.js';

/**
 * Kinds of quantity that 300 unseen ANT sentences (seed 4242, session 9, not committed) showed missing
 * or wrong, each on examples of its own: [sentence, text, value, kind, unit, approx, casualty].
 */
const FAMILIES: Record<string, QuantityCase[]> = {
  'negated verbs of being less or more (لا تقل عن، لا يزيد على)': [
    ['شارك في الحملة عدد من الأعوان لا تقل عن 300 عون', '300 عون', 300, 'count', 'عون', 'at-least', null],
    ['بكلفة لا تزيد عن 40 ألف دينار', '40 ألف دينار', 40000, 'money', 'dinar', 'at-most', null],
    ['تضم القاعة مقاعد لا يزيد على 120 مقعدا', '120 مقعدا', 120, 'count', 'مقعدا', 'at-most', null],
  ],
  'a participle of saying after an amount opens the next clause (مؤكدا، مشيرة)': [
    ['رصدت الوزارة 20 مليون مؤكدا أن الأشغال ستنطلق', '20 مليون', 2e7, 'cardinal', null, null, null],
    ['بلغ عدد الزوار 15 ألفا مشيرة إلى تحسن الموسم', '15 ألفا', 15000, 'cardinal', null, null, null],
  ],
  'a feminine passive of injury (أصيبت) is nearer than a death named before it': [
    // (a partitive of people with a pronoun counts them, session 14)
    ['توفي السائق وأصيبت زوجته و3 من أطفاله بجروح', '3 من أطفاله', 3, 'count', 'اطفاله', null, 'injured'],
  ],
  'negations glued to their verb (لايقل عن) and the measured noun before عن (لا تقل قيمتها عن)': [
    ['سجلت المصالح ما لايقل عن 12 مخالفة', '12 مخالفة', 12, 'count', 'مخالفه', 'at-least', null],
    [
      'اقتنت الشركة معدات لا تقل قيمتها عن 5 ملايين دينار',
      '5 ملايين دينار',
      5e6,
      'money',
      'dinar',
      'at-least',
      null,
    ],
    ['تضم القائمة مترشحين لا يزيد عددهم على 30 مترشحا', '30 مترشحا', 30, 'count', 'مترشحا', 'at-most', null],
  ],
  'two units joined by و are two numbers (بين خمسة وعشرة), never their sum': [
    ['يتراوح عدد الموقوفين بين خمسة وعشرة أشخاص', 'خمسة', 5, 'count', 'person', null, null],
    ['يتراوح عدد الموقوفين بين خمسة وعشرة أشخاص', 'عشرة أشخاص', 10, 'count', 'person', null, null],
  ],
  'a degree sign after a number is a temperature (25°)': [
    ['تتراوح الحرارة القصوى غدا بين 20° و 25°', '25°', 25, 'count', 'درجه', null, null],
  ],
  'centimes are money; two bodies are dead': [
    ['حجزت الشرطة مبلغ 300 مليون سنتيم', '300 مليون سنتيم', 3e8, 'money', 'centime', null, null],
    ['تم انتشال جثتين من البحر صباح اليوم', 'جثتين', 2, 'count', 'جثتين', null, 'killed'],
  ],
  'a construct dual after a preposition is read without it (بجهتي)': [
    ['اندلعت حرائق بجهتي القصرين وسليانة', 'جهتي', 2, 'count', 'جهتي', null, null],
  ],
  'a conjunction before a function word opens the next clause (وذلك)': [
    ['ارتفع عدد الزوار إلى 4500 وذلك بفضل الحملة', '4500', 4500, 'cardinal', null, null, null],
  ],
  'a dual in the name of a known place still counts where no name is (مدينتي)': [
    ['تربط الطريق بين مدينتي صفاقس وقابس', 'مدينتي', 2, 'count', 'مدينتي', null, null],
  ],
};

/** Sentences where a text is no quantity nor part of one: [sentence, text]. */
const NOT_QUANTITIES: [string, string][] = [
  // a town or a country of dual shape (القصرين، البحرين) is a name
  ['أفاد مراسلنا بالقصرين بأن الأمطار تواصلت', 'القصرين'],
  ['عاد الوفد من البحرين بعد زيارة رسمية', 'البحرين'],
  // a dual after a form of كان / ليس is its predicate (two absent, not a count)
  ['أكد المدرب أن اللاعبين لن يكونا متواجدان في المباراة', 'متواجدان'],
  ['قال إنهما ليسا مسؤولين عن الحادث', 'مسؤولين'],
  // the Tunisian public channels and a racing series
  ['وأضاف في حوار مع قناة الوطنية الأولى أن الحكومة ماضية', 'الأولى'],
  ['بث البرنامج على الوطنية الثانية مساء', 'الثانية'],
  ['تحدث الوزير على الوطنية 1 عن الميزانية', '1'],
  ['يفتتح موسم فورمولا 1 في أستراليا', '1'],
  // an ordinal right after قناة names the channel
  ['منع بث الحوار على قناة "الثامنة" مساء الأحد', 'الثامنة'],
  // toll-free numbers, and eight digits after الرقم, are phone numbers
  ['للإبلاغ يمكن الاتصال بالرقم الأخضر 1899 مجانا', '1899'],
  ['يمكن الاتصال برقم أخضر مجاني 80102030', '80102030'],
  ['يمكن الاتصال على الرقم 71555666 للاستفسار', '71555666'],
];

describeQuantityKinds('quantities: kinds from unseen sentences (session 9)', FAMILIES, NOT_QUANTITIES, () => {
  it('a league’s name keeps its ordinal after الوطنية', () => {
    const q = analyse('تحتل الفريق المركز الثالث في الرابطة الوطنية الأولى', '2017-03-01').quantities;
    expect(q.map((x) => [x.text, x.kind, x.value])).toContainEqual(['الأولى', 'ordinal', 1]);
  });
  it('lives threatened or saved carry no casualty, lives taken do', () => {
    const casualty = (body: string) => analyse(body, '2017-03-01').quantities.map((x) => x.casualty);
    expect(casualty('وباء يهدد حياة 3 ملايين طفل')).toEqual([null]);
    expect(casualty('ساهم الأعوان في إنقاذ حياة 12 شخصا')).toEqual([null]);
    expect(casualty('أودى الحادث بحياة 4 أشخاص')).toEqual(['killed']);
  });
  it('a dual-shaped word inside a name the tagger does not know as a person still counts', () => {
    const q = analyse('تمكن زورقان سريعان من إنقاذ طاقم مركب صيد', '2017-03-01').quantities;
    expect(q.map((x) => [x.text, x.value])).toContainEqual(['زورقان', 2]);
  });
});
