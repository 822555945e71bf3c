import { describeTimeKinds, type KeptCase, type TimeCase } from './helpers.js';

// 2019-08-02 is a Friday
const FRI = '2019-08-02';

/**
 * Kinds of time expression found wrong on another source's style (Saudi papers and wire copy, session 16),
 * each on constructed examples: [text, published, expected expression text, type, value].
 */
const FAMILIES: Record<string, TimeCase[]> = {
  'a month named in two series with nothing between (يوليو تموز، مارس آذار) is one expression': [
    ['تراجعت الصادرات في يوليو تموز إلى أدنى مستوى', FRI, 'يوليو تموز', 'DATE', '2019-07'],
    ['ظل السعر مستقرا منذ مارس آذار الماضي', FRI, 'مارس آذار الماضي', 'DATE', '2019-03'],
    ['تنتهي المهلة في 30 يونيو حزيران المقبل', FRI, '30 يونيو حزيران المقبل', 'DATE', '2020-06-30'],
    ['يمتد المعرض إلى 9 يناير كانون الثاني 2020', FRI, '9 يناير كانون الثاني 2020', 'DATE', '2020-01-09'],
  ],
};

/** What must stay as it was: a month of one series after another month is its own expression. */
const KEPT: KeptCase[] = [['ارتفعت الأسعار في يونيو ثم في أغسطس', FRI, ['2019-06', '2019-08']]];

describeTimeKinds('times: session 16 sources', FAMILIES, KEPT);
