import { describeTimeKinds, type KeptCase, type TimeCase } from './helpers.js';

// 2019-08-02 is a Friday
const FRI = '2019-08-02';

/**
 * Kinds of time expression that 248 unseen ANT sentences (`draw-eval-sentences.ts 10808 250`, held-out
 * articles dropped; session 10, not committed) showed wrong, each on constructed examples:
 * [text, published, expected expression text, type, value].
 */
const FAMILIES: Record<string, TimeCase[]> = {
  'سـ + a verb of the تفعّل / تفاعل forms (سيتقدم، سيتوجه) marks the future': [
    ['وأعلن أنه سيتقدم يوم الاثنين بقضية ضد القناة', FRI, 'يوم الاثنين', 'DATE', '2019-08-05'],
    ['قال إن الوفد سيتوجه يوم الأحد إلى الجزائر', FRI, 'يوم الأحد', 'DATE', '2019-08-04'],
  ],
  'given names in سي (سيلفي، سيلين) are no future verbs': [
    ['قدمت الوزيرة سيلفي غولار الإثنين استقالتها من الحكومة', FRI, 'الإثنين', 'DATE', '2019-07-29'],
    ['فازت المغنية سيلين ديون الأربعاء بالجائزة', FRI, 'الأربعاء', 'DATE', '2019-07-31'],
  ],
};

/** What must stay as it was: a name in سيتي is no verb either. */
const KEPT: KeptCase[] = [['فاز مانشستر سيتي يوم الاثنين على منافسه', FRI, ['2019-07-29']]];

describeTimeKinds('times: session 10 unseen kinds (second draw)', FAMILIES, KEPT);
