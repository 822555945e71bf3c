import { describeQuantityKinds, type QuantityCase } from './cases.js';

/**
 * Kinds of quantity that `blind9`'s failures showed (session 10, once its honest figure had been taken),
 * each fixed by a general rule and tested on constructed examples of its own:
 * [sentence, text, value, kind, unit, approx, casualty].
 */
const FAMILIES: Record<string, QuantityCase[]> = {
  'a decimal read aloud with فاصل is one number (50 فاصل 2 بالمائة)': [
    ['بلغت نسبة النجاح 61 فاصل 7 بالمائة هذا الموسم', '61 فاصل 7 بالمائة', 61.7, 'percent', null, null, null],
    ['ارتفع المؤشر بـ 3 فاصل 25 بالمائة', '3 فاصل 25 بالمائة', 3.25, 'percent', null, null, null],
    ['تراجعت النسبة إلى 9 فاصل 1 %', '9 فاصل 1 %', 9.1, 'percent', null, null, null],
  ],
  'a feminine dual in construct before two names joined by و, whatever comes before it': [
    // a dual or plural before it (بمنزلين) does not make it an agreeing adjective
    ['يقطنان بمنزلين بجهتي قابس وصفاقس', 'جهتي', 2, 'count', 'جهتي', null, null],
    // the nominative in تا
    ['تعرف ولايتا القصرين وسيدي بوزيد نقصا في الماء', 'ولايتا', 2, 'count', 'ولايتا', null, null],
    ['زارت الوزيرة مدرستا الحي وقرية المنار', 'مدرستا', 2, 'count', 'مدرستا', null, null],
  ],
  'a dual after the year of a date is no number and its noun': [
    ['قصفت يوم 3 جوان 2015 طائرتان حربيتان مواقع للتنظيم', 'طائرتان', 2, 'count', 'طائرتان', null, null],
  ],
  'a multiplier counted by a definite number word (الثلاثة أضعاف)': [
    ['ارتفع عدد الزوار بنسبة فاقت الأربعة أضعاف', 'الأربعة أضعاف', 4, 'count', 'اضعاف', 'more-than', null],
  ],
  'a score with مقابل after a bare number: the other side is bare too': [
    ['فازت اللاعبة بنتيجة 2 مقابل 1 تفاصيلها كالتالي', '1', 1, 'cardinal', null, null, null],
  ],
  'إلى حدود before an amount is about': [
    ['تصل سرعة الرياح إلى حدود 70 كلم/س', '70 كلم/س', 70, 'count', 'km/h', 'about', null],
  ],
  'a negated verb of exceeding with a longer noun between, and the next measure after و': [
    ['لم تتجاوز نسبة امتلاء السدود الكبرى 40 بالمائة', '40 بالمائة', 40, 'percent', null, 'at-most', null],
    [
      'لم تتجاوز نسبة امتلاء السدود 40 بالمائة والبحيرات 25 بالمائة',
      '25 بالمائة',
      25,
      'percent',
      null,
      'at-most',
      null,
    ],
    // a noun with its pronoun that opens with و (وزنها), not a conjunction
    ['الرسائل التي لا يتجاوز وزنها 50 غراما', '50 غراما', 50, 'count', 'غراما', 'at-most', null],
  ],
  'casualties: duals of people after ضبط, members of an arrested group, duals after مقتل, parts of a count': [
    ['تم ضبط شخصين بحوزتهما مواد مخدرة', 'شخصين', 2, 'count', 'person', null, 'detained'],
    ['تم القبض على عصابة تتكون من 5 عناصر', '5 عناصر', 5, 'count', 'عناصر', null, 'detained'],
    ['انتهت العملية بمقتل منفذي الهجوم وإصابة شرطي', 'منفذي', 2, 'count', 'منفذي', null, 'killed'],
    ['خلف الحادث 7 جرحى من بينهم عوني أمن', 'عوني', 2, 'count', 'عوني', null, 'injured'],
  ],
  'the count after a verb of carrying out is of the perpetrators, not the victims of the word before': [
    ['انتهت عملية احتجاز الرهائن التي نفذها 3 مسلحين', '3 مسلحين', 3, 'count', 'fighter', null, null],
  ],
};

/** Words that count nothing here. */
const NOT_QUANTITIES: [string, string][] = [
  // a dual predicate of أنهما / كونهما
  ['تبين أنهما متورطان في عملية تهريب', 'متورطان'],
  ['وأكد كونهما مطلوبان للعدالة', 'مطلوبان'],
  // an adjective agreeing with a definite dual before it
  ['تمت معاينة منازل التلميذتين المصابتين بالمرض', 'المصابتين'],
  // كل واحد / كل واحدة منها: "each one"
  ['على متن دراجتين تحمل كلّ واحدة منها عبوة ناسفة', 'واحدة'],
  ['تسلم كل واحد منهم شهادة', 'واحد'],
];

describeQuantityKinds('quantities: session 10, blind9 kinds', FAMILIES, NOT_QUANTITIES);
