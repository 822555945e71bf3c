/**
 * Closed word classes the entity patterns need, normalised (ة→ه, أ→ا, ى→ي). General Arabic
 * vocabulary only: function words, reporting verbs, time words, delegation and leadership words.
 */
import { normalize } from '../../text/normalize.js';

const set = (words: string): ReadonlySet<string> =>
  new Set(words.split(/\s+/).filter(Boolean).map(normalize));

/** Words that never belong to a person's name: they end a name scanned after a title. */
export const NOT_NAME = set(`
  في من إلى الى على عن مع أن إن أنه إنه لأن بأن كما لكن ولكن حيث إذ إذا لو ثم أو أم بل حتى منذ خلال بعد قبل
  حول ضد عند لدى نحو دون غير غداة عشية بين وسط أمام خلف فوق تحت عبر رغم بشأن حيال جراء إثر وفق وفقا ضمن لدى
  هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين ما ماذا متى كيف هل لا لم لن قد لقد سوف كل بعض أي
  هو هي هم هما نحن أنا أنت كان كانت يكون تكون كانوا ليس ليست
  قال قالت يقول تقول أكد أكدت يؤكد أعلن أعلنت يعلن أوضح أوضحت أشار أشارت ذكر ذكرت صرح صرحت أضاف أضافت
  اعتبر اعتبرت رأى يرى أفاد أفادت نقل نقلت دعا دعت طالب طالبت حذر حذرت وصف وصفت شدد شددت بحث التقى استقبل
  زار وصل غادر حضر شارك ترأس يرأس أعرب أعربت اتهم اتهمت نفى نفت
  اليوم أمس غدا الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت يوم صباح مساء الأسبوع الشهر العام السنة
  الوفد وفد الوفود وفود الحكومة المعارضة الجيش الدولة الدول مسؤول مسؤولون المسؤول مصدر مصادر بيان البيان
  مؤتمر المؤتمر صحفي صحافي الصحفي اجتماع الاجتماع لقاء اللقاء جلسة الجلسة محادثات المحادثات الجولة جولة
  السيد السيدة الدكتور الدكتورة الأستاذ الشيخ
`);

/** Courtesy titles before a name ("السيد نوفل الجمالي"): they say a name follows, not a role. */
export const HONORIFICS = set(`السيد السيدة الآنسة الدكتور الدكتورة الأستاذ الأستاذة المهندس المهندسة`);

/** Words after which a capital is the city itself ("في موسكو"), not its government ("قالت موسكو"). */
export const LOCATIVE = set(
  `في إلى الى من قرب داخل خارج نحو عبر حول مدينة العاصمة بالعاصمة وسط شمال جنوب شرق غرب ضواحي`,
);

/** Words that introduce the head of a delegation: "برئاسة X", "الذي يرأسه X". */
export const LED_BY = set(`برئاسة يرأسه يرأسها يترأسه يترأسها ترأسه ترأسها يقوده يقودها بقيادة`);

/** A delegation noun, whose nationality the head of delegation takes. */
export const DELEGATION = set(`وفد الوفد`);

/** Adjectives inside a title that say nothing about whom it belongs to ("الممثل الخاص الدائم"). */
export const TITLE_ADJECTIVES = set(
  `الخاص الخاصة الدائم الدائمة الرسمي الرسمية السابق السابقة الجديد الجديدة العام العامة الأعلى المساعد
   العسكري العسكرية المشترك المشتركة`,
);

/** Prepositions inside a title: "المبعوث إلى سوريا", "مندوبها في الأمم المتحدة", "المتحدث باسم". */
export const TITLE_PREPOSITIONS = set(`إلى الى في لدى عن باسم`);

/** Roles whose "إلى/ل + country" names where the holder is sent, not whom he works for. */
export const SENT_ROLES = new Set(['envoy', 'representative', 'ambassador', 'consul', 'coordinator']);

/** "ريف X": the countryside of a city, a region of its own. */
export const COUNTRYSIDE = normalize('ريف');

/** Possessive endings a title may carry: "مندوبها" = its representative. */
export const POSSESSIVE = ['ها', 'هم', 'ه'].map(normalize);

/** Nouns that introduce a place's name: "حي البياع", "بشارع السعدون", "نهر الليطاني", "معتمدية الحامة". */
export const PLACE_HEADS = set(`
  حي شارع نهج منطقة مدينة بلدة قرية محافظة ولاية إقليم اقليم مقاطعة جزيرة نهر جبل وادي مخيم معتمدية
  عمادة بلدية مركز ناحية قضاء قرى مدن بلدات مناطق محافظات ولايات مخيمات أحياء بلدتي قريتي مدينتي
  ولايتي محافظتي منطقتي مخيمي
`);
/** Compass words that may stand between a place head and the name: "بإقليم شمال وزيرستان". */
export const COMPASS = set(`شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي`);

/** Head nouns of organisation names: "حزب X", "شركة X", "صحيفة X". */
export const ORG_HEADS = set(`
  حزب حركة جبهة شركة صحيفة جريدة مجلة قناة وكالة مجموعة نادي فريق منظمة جمعية مؤسسة مصرف بنك
  تنظيم تيار ائتلاف تحالف كتيبة ميليشيا فصيل جماعة
`);
/** Heads that are not part of the name: "صحيفة هآرتس" is هآرتس. */
export const BARE_HEADS = set(`شركة صحيفة جريدة مجلة قناة وكالة نادي فريق مصرف بنك`);

/**
 * Words the tagger may tag alone that are never an entity alone: God in the formulas of Gulf and
 * Saudi news (رحمه الله، إن شاء الله، الحمد لله). Inside a name (عبد الله) they are not alone.
 */
export const NEVER_AN_ENTITY_ALONE = set(`الله لله بالله والله فالله`);

/** Verbs of the blessings that follow a name (صالح رحمه الله، الملك حفظه الله): never part of it. */
export const BLESSING_VERBS = set(`رحمه رحمها يرحمه يرحمها حفظه حفظها يحفظه رعاه رعاها أيده أيدها نصره`);

/**
 * Definite head nouns of organisations after which a nationality adjective is part of the name, not a
 * nationality mention: "البنك الإفريقي", "المعهد العربي لحقوق الإنسان", "الاتحاد المغاربي".
 */
export const ORG_NISBA_HEADS = set(`
  البنك المصرف الصندوق المجلس الاتحاد المعهد المركز المنظمة الهيئة الوكالة الديوان الشركة الجمعية المنتدى
  الجامعة المرصد الحزب الائتلاف التحالف الرابطة النادي الملتقى المؤتمر البرنامج
`);
/** Of those, heads whose nationality adjective names one institution even without a complement. */
export const INSTITUTION_HEADS = set(`البنك المصرف الصندوق المعهد المرصد المنتدى الديوان`);

/**
 * Definite nouns that refer back to a body named elsewhere in the text ("المتحدث باسم الجماعة" after
 * "جماعة أنصار الله" or "الحوثيين"), each with the head words of the names it may refer to.
 */
export const BACK_REFERENCES: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['الجماعة', 'جماعة'],
      ['الحركة', 'حركة'],
      ['التحالف', 'تحالف ائتلاف'],
      ['الائتلاف', 'ائتلاف تحالف'],
      ['الوزارة', 'وزارة'],
      ['الحزب', 'حزب'],
      ['المنظمة', 'منظمة'],
      ['الجبهة', 'جبهة'],
      ['الهيئة', 'هيئة'],
      ['التنظيم', 'تنظيم'],
      ['الجيش', 'جيش'],
      ['القوات', 'قوات'],
      ['الحكومة', 'حكومة'],
      ['الرئاسة', 'رئاسة'],
      ['المجلس', 'مجلس'],
      ['البعثة', 'بعثة'],
      ['المفوضية', 'مفوضية'],
    ] as const
  ).map(([noun, heads]) => [normalize(noun), heads.split(' ').map(normalize)]),
);

/** Military ranks: a title of their own that may stand between another title and the name. */
export const RANKS = new Set([
  'general',
  'brigadier',
  'colonel',
  'lieutenant-colonel',
  'major',
  'lieutenant',
  'field-marshal',
]);

/** "نظيره الإيراني X": his counterpart holds the title of the person named before, for another side. */
export const COUNTERPART = set(`نظيره نظيرها نظيرته نظيرتها نظيريه نظرائه`);
