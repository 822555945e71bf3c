import { describeQuantityKinds, type QuantityCase } from './cases.js';

/**
 * Kinds of quantity that `blind14`'s failures showed, fixed by general rules checked over 22k unseen ANT
 * sentences (session 15, held-out articles dropped), each tested on examples of its own:
 * [sentence, text, value, kind, unit, approx, casualty].
 */
const FAMILIES: Record<string, QuantityCase[]> = {
  'the article on digits before an indefinite noun, with no definite noun before, makes a definite count': [
    ['قررت الوزارة منع توريد اللحوم من الـ21 مؤسسة ذبح', 'الـ21 مؤسسة', 21, 'count', 'مؤسسه', null, null],
    ['إن ال180 سائحا سيتم توزيعهم على عدة نزل', 'ال180 سائحا', 180, 'count', 'سائحا', null, null],
  ],
  'a dual led by a preposition is no adjective of the dual before it': [
    ['تم انتشال جثتين لتلميذين توفيا غرقا', 'تلميذين', 2, 'count', 'student', null, 'killed'],
  ],
  'amounts given "respectively" share the first one\'s approximation': [
    [
      'عرفت ارتفاعا ناهز على التوالي 2،7 بالمائة و11،3 بالمائة',
      '11،3 بالمائة',
      11.3,
      'percent',
      null,
      'about',
      null,
    ],
    ['ارتفعت بحوالي 5 بالمائة و 7 بالمائة على التوالي', '7 بالمائة', 7, 'percent', null, 'about', null],
  ],
  'a part in thousands of an amount of money named before is money': [
    ['يفوق سعرها 400 الف دينار منها 150 الف تم دفعها نقدا', '150 الف', 150000, 'money', 'dinar', null, null],
  ],
  'a range after بين in a sentence of temperatures in degrees is in degrees': [
    [
      'تتراوح الحرارة بين 18 و 22 درجة بالشمال و بين 21 و26 ببقية الجهات',
      '21',
      21,
      'count',
      'درجه',
      null,
      null,
    ],
    [
      'تتراوح الحرارة بين 18 و 22 درجة بالشمال و بين 21 و26 ببقية الجهات',
      '26',
      26,
      'count',
      'درجه',
      null,
      null,
    ],
  ],
  'a number in words restated in digits between brackets is one number (found on unseen text)': [
    ['تمكنت الوحدات من حجز خمسة (05) أطنان من الدقيق', 'خمسة (05) أطنان', 5, 'count', 'tonne', null, null],
    [
      'تسند منحة قدرها أربعمائة وخمسون (450) ألف دينار',
      'أربعمائة وخمسون (450) ألف دينار',
      450000,
      'money',
      'dinar',
      null,
      null,
    ],
  ],
  'millimes keep their written form, as every split annotates them': [
    [
      'بلغ حجم الاستثمار 103 مليار من المليمات',
      '103 مليار من المليمات',
      103e9,
      'money',
      'المليمات',
      null,
      null,
    ],
    ['بسعر 500 مليم للكيلوغرام', '500 مليم', 500, 'money', 'مليم', null, null],
  ],
};

/** What must stay no quantity. */
const NOT_QUANTITIES: [string, string][] = [
  // a number after a place's name, before the country it is in: part of the name
  ['تم قبولهم بجامعة باريس السوربون وباريس 4 بفرنسا', '4'],
];

describeQuantityKinds('quantities: session 15, blind14 kinds', FAMILIES, NOT_QUANTITIES);
