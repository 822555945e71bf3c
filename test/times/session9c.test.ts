import { describeTimeKinds, type KeptCase, type TimeCase } from './helpers.js';

// 2019-08-02 is a Friday
const FRI = '2019-08-02';

/**
 * Kinds of time expression that 300 more unseen ANT sentences (seed 6161, session 9c, not committed) and
 * the kinds left open by session 9 showed wrong, each on constructed examples:
 * [text, published, expected expression text, type, value].
 */
const FAMILIES: Record<string, TimeCase[]> = {
  'an age in springs (ربيعا) is a number of years, as عاما is': [
    ['توفي الشاب ذو الـ18 ربيعا في الحادث', FRI, 'الـ18 ربيعا', 'DURATION', 'P18Y'],
    ['أصيب شاب يبلغ من العمر عشرين ربيعا', FRI, 'عشرين ربيعا', 'DURATION', 'P20Y'],
    ['تم إيقاف فتاة عمرها 17 ربيعا', FRI, '17 ربيعا', 'DURATION', 'P17Y'],
  ],
  'من before a few units (من أيام قليلة) counts back from now, as منذ does': [
    ['التقى الوزير بالوفد من أيام قليلة', FRI, 'من أيام قليلة', 'DATE', 'PAST_REF'],
    ['صدر القرار من أسابيع معدودة', FRI, 'من أسابيع معدودة', 'DATE', 'PAST_REF'],
  ],
};

/** What must stay as it was. */
const KEPT: KeptCase[] = [
  // ربيعا without a number is a spring (ربيعا عربيا), no duration
  ['شهدت المنطقة ربيعا عربيا', FRI, []],
  // a few units after another word than من stay a vague duration
  ['سيتم ذلك خلال أيام قليلة', FRI, ['PXD']],
];

describeTimeKinds('times: kinds from unseen sentences (session 9c)', FAMILIES, KEPT);
