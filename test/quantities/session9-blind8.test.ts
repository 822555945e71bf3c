import { expect, it } from 'vitest';
import { analyse } from '../times/helpers.js';
import { describeQuantityKinds, type QuantityCase } from './cases.js';

/**
 * Kinds of quantity that `blind8` showed missing or wrong when it was read in session 9, each on
 * examples of its own: [sentence, text, value, kind, unit, approx, casualty].
 */
const FAMILIES: Record<string, QuantityCase[]> = {
  'the article before an amount joins its span and lets the approximation before it through': [
    ['بلغت الخسائر ما يناهز الـ 300 ألف دينار', 'الـ 300 ألف دينار', 300000, 'money', 'dinar', 'about', null],
    ['تجاوز عدد المشاهدات الـ3 ملايين مشاهدة', 'الـ3 ملايين مشاهدة', 3e6, 'count', 'مشاهده', null, null],
    ['وسيتم توزيع الـ 40 طالبا على المبيتات', 'الـ 40 طالبا', 40, 'count', 'student', null, null],
  ],
  'a negated verb of exceeding (لم تتجاوز) is at-most': [
    ['لم تتجاوز الأرباح 5 ملايين دينار', '5 ملايين دينار', 5e6, 'money', 'dinar', 'at-most', null],
  ],
  'verbs of exceeding and approaching in the past (ناهزت، قارب، تجاوز، تخطى)': [
    ['أنجز المشروع بكلفة ناهزت 12 مليون دينار', '12 مليون دينار', 12e6, 'money', 'dinar', 'about', null],
    ['سجل المهرجان عددا من الزوار قارب 5 آلاف زائر', '5 آلاف زائر', 5000, 'count', 'زائر', 'about', null],
    ['بلغ ارتفاع البرج رقما تخطى 300 متر', '300 متر', 300, 'count', 'metre', 'more-than', null],
  ],
  'عدد after a verb or a preposition is "a number of", and the noun after the digits is counted': [
    ['تم حجز عدد 12 بندقية صيد', '12 بندقية', 12, 'count', 'بندقيه', null, null],
    ['أصدرت برقيات تفتيش في عدد 07 عناصر', '07 عناصر', 7, 'count', 'عناصر', null, null],
  ],
  'construct duals after an ordinal’s عشر, and masculine ones before two quoted names': [
    ['في الدور الثامن عشر لبطولتي إسبانيا وإيطاليا', 'بطولتي', 2, 'count', 'بطولتي', null, null],
    ['أغلقت حساباته على موقعي "فيسبوك" و"انستغرام"', 'موقعي', 2, 'count', 'موقعي', null, null],
  ],
  'the feminine dual of a noun in ا (كاميرتين)': [
    ['يضم الهاتف كاميرتين خلفيتين', 'كاميرتين', 2, 'count', 'كاميرتين', null, null],
  ],
  'a number before منهم keeps the casualty of the group counted before it': [
    ['أصيب 20 شخصا بجروح، 3 منهم في حالة خطيرة', '3', 3, 'cardinal', null, null, 'injured'],
  ],
  'an adverb between a verb of exceeding and its amount (تتجاوز سرعتها أحيانا)': [
    ['هبت رياح تتجاوز سرعتها أحيانا 90 كلم/س', '90 كلم/س', 90, 'count', 'km/h', 'more-than', null],
    ['رياح تتجاوز مؤقتا 70 كلم/س', '70 كلم/س', 70, 'count', 'km/h', 'more-than', null],
  ],
  'an approximation before a noun and its واحد (نحو كيلومتر واحد)': [
    ['تقدمت الأشغال بحوالي كيلومتر واحد', 'واحد', 1, 'cardinal', null, 'about', null],
  ],
};

describeQuantityKinds('quantities: kinds from blind8 (session 9)', FAMILIES, [], () => {
  it('عدد after a noun or its adjective names an identifier, a cardinal', () => {
    const picks = (body: string) => analyse(body, '2017-03-01').quantities.map((q) => [q.text, q.kind]);
    expect(picks('صدر الأمر الحكومي عدد 25 لسنة 2016')).toEqual([['25', 'cardinal']]);
    expect(picks('تمت تهيئة الطريق الجهوية عدد 93 بين الولايتين')).toEqual([['93', 'cardinal']]);
  });
  it('an approximation further before the noun is not the واحد’s', () => {
    const q = analyse('على أن لا تتجاوز قيمة الشقة الواحدة 200 ألف دينار', '2017-03-01').quantities;
    expect(q.find((x) => x.text === 'الواحدة')?.approx).toBeNull();
  });
});
