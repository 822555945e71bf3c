import { describeQuantityKinds, type QuantityCase } from './cases.js';

/**
 * Kinds of quantity found wrong on another source's style (Saudi papers, session 16), each on constructed
 * examples: [sentence, text, value, kind, unit, approx, casualty].
 */
const FAMILIES: Record<string, QuantityCase[]> = {
  'digits in brackets, a scale word and a currency outside them': [
    ['رصدت الوزارة مبلغ (250) مليون ريال لتنفيذ المشروع', '250', 250000000, 'money', 'riyal', null, null],
    ['بلغت قيمة العقود (12) مليار دولار هذا العام', '12', 12000000000, 'money', 'dollar', null, null],
    ['بلغت الأرباح أكثر من (75) ألف دينار خلال الموسم', '75', 75000, 'money', 'dinar', 'more-than', null],
    ['رصدت الحكومة (8) مليارات ريال للمشاريع', '8', 8000000000, 'money', 'riyal', null, null],
    ['بلغت الكلفة (3.250.000) مليون ريال', '3.250.000', 3250000, 'money', 'riyal', null, null],
  ],
  'an approximation before the opening bracket': [
    ['شارك في الحملة أكثر من (40) متطوعا', '40', 40, 'count', 'متطوعا', 'more-than', null],
  ],
  'a nisba in the accusative with its tanwin after 11 to 99': [
    ['عاد 150 مغربيًا إلى بلادهم عبر المطار', '150 مغربيًا', 150, 'count', 'مغربيا', null, null],
  ],
};

/** A bare scale and currency after bracketed digits is no amount of its own. */
const NOT: [string, string][] = [['رصدت الوزارة مبلغ (250) مليون ريال لتنفيذ المشروع', 'مليون ريال']];

describeQuantityKinds('quantities: session 16 sources', FAMILIES, NOT);
