import { describeQuantityKinds, type QuantityCase } from './cases.js';

/**
 * Kinds of quantity that `blind10`'s failures showed (session 11, once its honest figure had been taken),
 * each fixed by a general rule and tested on constructed examples of its own:
 * [sentence, text, value, kind, unit, approx, casualty].
 */
const FAMILIES: Record<string, QuantityCase[]> = {
  'بعدد before a number: "with a number of", the noun after the digits is counted': [
    ['تم الاحتفاظ بعدد 3 أشخاص على ذمة القضية', '3 أشخاص', 3, 'count', 'person', null, 'detained'],
  ],
  'a noun whose root starts with و is no و + a future verb (وسيلة)': [
    ['تم حجز 45 وسيلة نقل خلال الحملة', '45 وسيلة', 45, 'count', 'وسيله', null, null],
  ],
  'a vowel sign on the ending of a construct dual (بولايتيْ)': [
    ['زار الوزير ولايتيْ قفصة وتوزر', 'ولايتيْ', 2, 'count', 'ولايتي', null, null],
  ],
  'بين before a masculine construct dual whose ين form is rarely written': [
    ['استؤنفت الرحلات بين مطاري تونس قرطاج وطرابلس', 'مطاري', 2, 'count', 'مطاري', null, null],
  ],
  'definite duals of people: a noun with a broken plural (التلميذين), the other two (الآخران)': [
    ['تم إيقاف التلميذين بعد الحادثة', 'التلميذين', 2, 'count', 'التلميذين', null, 'detained'],
    ['فاز أحدهم بالجائزة وتحصل الآخران على شهادة تقدير', 'الآخران', 2, 'count', 'person', null, null],
  ],
  'a noun shaped like a present verb (تحرك) is counted when a nisba adjective follows it': [
    ['تم تسجيل 360 تحرك احتجاجي خلال الشهر الماضي', '360 تحرك', 360, 'count', 'تحرك', null, null],
  ],
  'حي (a neighbourhood) counted after a number': [
    ['تمت تهيئة 12 حي شعبي بالولاية', '12 حي', 12, 'count', 'حي', null, null],
  ],
  'a dual right after على (normalised like the name علي) is still counted': [
    ['تم القبض على شخصين بحوزتهما مواد مخدرة', 'شخصين', 2, 'count', 'person', null, 'detained'],
  ],
  'a definite nisba in the nominative dual stands for two people (التونسيان)': [
    ['وتمكن التونسيان من الفوز بالميدالية', 'التونسيان', 2, 'count', 'التونسيان', null, null],
  ],
};

/** Words that count nothing here. */
const NOT_QUANTITIES: [string, string][] = [
  // a dual adjective agreeing with two indefinite nouns joined by و
  ['لاقى العرض نجاحا وإقبالا كبيرين', 'كبيرين'],
  // a nisba dual agreeing with the definite dual before it; a noun in يان
  ['وتأهل اللاعبان التونسيان إلى الدور النهائي', 'التونسيان'],
  ['تحدث عن الكيان في خطابه', 'الكيان'],
  // a dual-shaped surname after a given name
  ['ألقى اللوم على زميله رافائيل فاران بعد المباراة', 'فاران'],
  // جراء ("because of") after a number counts nothing
  ['توفي نحو 134 ألفا جراء المرض', 'جراء'],
];

describeQuantityKinds('quantities: session 11, blind10 kinds', FAMILIES, NOT_QUANTITIES);
