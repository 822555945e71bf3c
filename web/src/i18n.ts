/** UI strings: Arabic first, English on request. Article text is never translated, only labels. */
export type Lang = 'ar' | 'en';

const STRINGS = {
  appName: { ar: 'رصد', en: 'Rasd' },
  tagline: { ar: 'رصد الأخبار العربية وتحويلها إلى معرفة منظَّمة', en: 'Arabic news as structured knowledge' },
  navSearch: { ar: 'البحث', en: 'Search' },
  navStories: { ar: 'القصص', en: 'Stories' },
  navEntities: { ar: 'الكيانات', en: 'Entities' },
  navEvents: { ar: 'الأحداث', en: 'Events' },
  navMap: { ar: 'الخريطة', en: 'Map' },
  mapWorld: { ar: 'العالم كله', en: 'Whole world' },
  mapFocus: { ar: 'منطقة الأحداث', en: 'Where the events are' },
  navIngest: { ar: 'الإدخال', en: 'Ingest' },
  langToggle: { ar: 'English', en: 'العربية' },
  monthNames: { ar: 'أسماء الأشهر', en: 'Month names' },
  // Short enough for a phone's search box (the example was cut to «مثا»).
  searchPlaceholder: { ar: 'ابحث في الأخبار…', en: 'Search the news…' },
  searchButton: { ar: 'بحث', en: 'Search' },
  filters: { ar: 'تصفية', en: 'Filters' },
  filterEntity: { ar: 'كيان', en: 'Entity' },
  filterEventType: { ar: 'نوع الحدث', en: 'Event type' },
  filterFrom: { ar: 'من تاريخ', en: 'From' },
  filterTo: { ar: 'إلى تاريخ', en: 'To' },
  newestFirst: { ar: 'الأحدث أولًا', en: 'Newest first' },
  oldestFirst: { ar: 'الأقدم أولًا', en: 'Oldest first' },
  sortToggle: { ar: 'عكس الترتيب حسب التاريخ', en: 'Reverse the date order' },
  datePlaceholder: { ar: 'مثل 2016 أو 26/8/2016', en: 'e.g. 2016 or 26/8/2016' },
  dateInvalid: {
    ar: 'لم يُفهم هذا التاريخ. أمثلة: 2016، 8/2016، 26/8/2016، #',
    en: 'Not a date this app can read. For example: 2016, 8/2016, 26/8/2016, #',
  },
  calendarOpen: { ar: 'اختر من التقويم', en: 'Choose from the calendar' },
  calendarTitle: { ar: 'اختيار تاريخ', en: 'Choose a date' },
  previousYear: { ar: 'السنة السابقة', en: 'Previous year' },
  previousMonth: { ar: 'الشهر السابق', en: 'Previous month' },
  nextMonth: { ar: 'الشهر التالي', en: 'Next month' },
  nextYear: { ar: 'السنة التالية', en: 'Next year' },
  today: { ar: 'اليوم', en: 'Today' },
  close: { ar: 'إغلاق', en: 'Close' },
  calendarKeys: {
    ar: 'الأسهم: يوم أو أسبوع، Page Up/Down: شهر، Enter: اختيار',
    en: 'Arrows: day or week, Page Up/Down: month, Enter: pick',
  },
  dateOrder: { ar: 'تاريخ النهاية قبل تاريخ البداية.', en: 'The end date is before the start date.' },
  filterSource: { ar: 'المصدر', en: 'Source' },
  filterModality: { ar: 'الصيغة', en: 'Modality' },
  any: { ar: 'الكل', en: 'Any' },
  results: { ar: 'عدد النتائج', en: 'Results' },
  unknownActor: { ar: 'فاعل غير محدد', en: 'Unknown actor' },
  noResults: { ar: 'لا توجد نتائج مطابقة.', en: 'No matching results.' },
  noEvents: { ar: 'لم تُستخرج أحداث لهذه القصة بعد.', en: 'No events extracted for this story yet.' },
  latestArticles: { ar: 'أحدث المقالات', en: 'Latest articles' },
  loading: { ar: 'جارٍ التحميل…', en: 'Loading…' },
  error: { ar: 'تعذّر إتمام الطلب', en: 'The request failed' },
  notFound: {
    ar: 'لم يُعثر على ما طلبته: ربما حُذف أو تغيّر رابطه.',
    en: 'Not found: it may have been deleted or moved.',
  },
  errorBadRequest: { ar: 'في الطلب قيمة غير صالحة.', en: 'The request has a value the server cannot take.' },
  errorToken: { ar: 'رمز الدخول مفقود أو غير صحيح.', en: 'The token is missing or wrong.' },
  errorTooLarge: { ar: 'النص أكبر مما يقبله الخادم.', en: 'The text is larger than the server accepts.' },
  errorOffline: {
    ar: 'تعذّر الاتصال بالخادم. تحقّق من أنه يعمل ثم أعد المحاولة.',
    en: 'Could not reach the server. Check that it is running and try again.',
  },
  published: { ar: 'تاريخ النشر', en: 'Published' },
  source: { ar: 'المصدر', en: 'Source' },
  story: { ar: 'القصة', en: 'Story' },
  entityPage: { ar: 'صفحة الكيان', en: 'Entity page' },
  openStory: { ar: 'القصة الكاملة', en: 'Full story' },
  relatedStories: { ar: 'القصص المرتبطة', en: 'Related stories' },
  eventTypes: { ar: 'أنواع الأحداث', en: 'Event types' },
  storyOf: { ar: 'من قصة', en: 'From the story' },
  original: { ar: 'الرابط الأصلي', en: 'Original link' },
  entities: { ar: 'الكيانات', en: 'Entities' },
  times: { ar: 'التواريخ والأوقات', en: 'Dates and times' },
  quantities: { ar: 'الأعداد والكميات', en: 'Quantities' },
  events: { ar: 'الأحداث', en: 'Events' },
  legend: { ar: 'دليل الألوان', en: 'Legend' },
  type: { ar: 'النوع', en: 'Type' },
  canonical: { ar: 'الاسم المعتمد', en: 'Canonical name' },
  english: { ar: 'الاسم بالإنجليزية', en: 'English name' },
  role: { ar: 'الصفة', en: 'Role' },
  roles: { ar: 'الصفات والمناصب', en: 'Roles' },
  value: { ar: 'القيمة', en: 'Value' },
  mode: { ar: 'النمط', en: 'Mode' },
  modality: { ar: 'الصيغة', en: 'Modality' },
  actors: { ar: 'الفاعلون', en: 'Actors' },
  targets: { ar: 'المستهدفون', en: 'Targets' },
  place: { ar: 'المكان', en: 'Place' },
  date: { ar: 'التاريخ', en: 'Date' },
  gloss: { ar: 'الوصف', en: 'Gloss' },
  confidence: { ar: 'الثقة', en: 'Confidence' },
  evidence: { ar: 'الشاهد من النص', en: 'Evidence' },
  article: { ar: 'المقال', en: 'Article' },
  articles: { ar: 'المقالات', en: 'Articles' },
  mentions: { ar: 'الإشارات', en: 'Mentions' },
  summary: { ar: 'الملخّص', en: 'Summary' },
  timeline: { ar: 'التسلسل الزمني', en: 'Timeline' },
  rounds: { ar: 'الجولات', en: 'Rounds' },
  round: { ar: 'الجولة', en: 'Round' },
  dates: { ar: 'التواريخ', en: 'Dates' },
  venue: { ar: 'المكان', en: 'Venue' },
  delegations: { ar: 'الوفود ورؤساؤها', en: 'Delegations and heads' },
  agenda: { ar: 'جدول الأعمال', en: 'Agenda' },
  outcome: { ar: 'النتيجة', en: 'Outcome' },
  keyEntities: { ar: 'أبرز الكيانات', en: 'Key entities' },
  mentionsByYear: { ar: 'المقالات التي تذكره عبر الزمن (سنويًا)', en: 'Articles mentioning it, by year' },
  mentionsOverTime: { ar: 'المقالات التي تذكره عبر الزمن (شهريًا)', en: 'Articles mentioning it, by month' },
  cooccurring: { ar: 'كيانات تظهر معه', en: 'Co-occurring entities' },
  period: { ar: 'الفترة', en: 'Period' },
  exportCsv: { ar: 'تصدير CSV', en: 'Export CSV' },
  exportGeojson: { ar: 'تصدير GeoJSON', en: 'Export GeoJSON' },
  mapNote: {
    ar: 'تعرض الخريطة الأحداث والأماكن ذات الإحداثيات؛ تعمل دون اتصال بالإنترنت.',
    en: 'Events and places with coordinates; works offline.',
  },
  mapEvents: { ar: 'الأحداث', en: 'Events' },
  mapPlaces: { ar: 'الأماكن', en: 'Places' },
  ingestTitle: { ar: 'إدخال مقالات جديدة', en: 'Ingest new articles' },
  ingestHelp: {
    ar: 'الصق نص المقال: السطر الأول عنوانه. يتطلب الإدخال رمز الدخول الذي طُبع عند تشغيل الخادم.',
    en: 'Paste an article: its first line is the title. Ingest needs the token printed when the server started.',
  },
  token: { ar: 'رمز الدخول', en: 'Token' },
  titleField: { ar: 'العنوان والنص', en: 'Title and text' },
  publishedField: { ar: 'تاريخ النشر', en: 'Published' },
  ingestButton: { ar: 'إدخال', en: 'Ingest' },
  analyzeButton: { ar: 'تحليل دون حفظ', en: 'Analyse without storing' },
  jobs: { ar: 'عمليات الإدخال', en: 'Ingest jobs' },
  state: { ar: 'الحالة', en: 'State' },
  progress: { ar: 'التقدّم', en: 'Progress' },
  stateInterrupted: { ar: 'توقفت قبل اكتمالها', en: 'interrupted' },
  added: { ar: 'أضيفت', en: 'added' },
  failedCount: { ar: 'تعذّرت', en: 'failed' },
  result: { ar: 'الحصيلة', en: 'Result' },
  stateRunning: { ar: 'قيد التنفيذ', en: 'running' },
  stateDone: { ar: 'اكتملت', en: 'done' },
  stateFailed: { ar: 'فشلت', en: 'failed' },
  storiesTitle: { ar: 'القصص الإخبارية', en: 'News stories' },
  entitiesTitle: { ar: 'الكيانات', en: 'Entities' },
  eventsTitle: { ar: 'جدول الأحداث', en: 'Events table' },
  filterName: { ar: 'الاسم', en: 'Name' },
  previous: { ar: 'السابق', en: 'Previous' },
  next: { ar: 'التالي', en: 'Next' },
  page: { ar: 'صفحة', en: 'Page' },
  of: { ar: 'من', en: 'of' },
  moreThan: { ar: 'أكثر من', en: 'more than' },
  moreEvents: { ar: 'أحداث أخرى', en: 'More events' },
  duplicates: { ar: 'نسخ مكررة من الخبر', en: 'Near-duplicates' },
  none: { ar: '—', en: '—' },
} as const;

export type StringKey = keyof typeof STRINGS;

const ENTITY_TYPES: Record<string, { ar: string; en: string }> = {
  PERSON: { ar: 'شخص', en: 'Person' },
  ORG: { ar: 'منظمة', en: 'Organisation' },
  GPE: { ar: 'دولة أو مدينة', en: 'Country or city' },
  LOC: { ar: 'موقع جغرافي', en: 'Location' },
  FAC: { ar: 'منشأة', en: 'Facility' },
  NORP: { ar: 'جماعة أو جنسية', en: 'Group or nationality' },
  EVENT: { ar: 'مناسبة', en: 'Named event' },
  MISC: { ar: 'أخرى', en: 'Other' },
};

const EVENT_TYPES: Record<string, { ar: string; en: string }> = {
  AGREE: { ar: 'اتفاق', en: 'Agree' },
  CONSULT: { ar: 'تشاور ولقاء', en: 'Consult' },
  SUPPORT: { ar: 'دعم', en: 'Support' },
  CONCEDE: { ar: 'تنازل', en: 'Concede' },
  COOPERATE: { ar: 'تعاون', en: 'Cooperate' },
  AID: { ar: 'مساعدة', en: 'Aid' },
  RETREAT: { ar: 'تراجع أو هدنة', en: 'Retreat' },
  REQUEST: { ar: 'مطالبة', en: 'Request' },
  ACCUSE: { ar: 'اتهام', en: 'Accuse' },
  REJECT: { ar: 'رفض', en: 'Reject' },
  THREATEN: { ar: 'تهديد', en: 'Threaten' },
  PROTEST: { ar: 'احتجاج', en: 'Protest' },
  SANCTION: { ar: 'عقوبات', en: 'Sanction' },
  MOBILIZE: { ar: 'تعبئة', en: 'Mobilize' },
  COERCE: { ar: 'إكراه', en: 'Coerce' },
  ASSAULT: { ar: 'هجوم', en: 'Assault' },
};

const MODALITIES: Record<string, { ar: string; en: string }> = {
  asserted: { ar: 'مؤكَّد', en: 'asserted' },
  planned: { ar: 'مقرَّر', en: 'planned' },
  expected: { ar: 'متوقَّع', en: 'expected' },
  negated: { ar: 'منفيّ', en: 'negated' },
  hypothetical: { ar: 'افتراضي', en: 'hypothetical' },
  reported: { ar: 'منقول عن مصدر', en: 'reported' },
  demanded: { ar: 'مطلوب', en: 'demanded' },
};

const TIME_TYPES: Record<string, { ar: string; en: string }> = {
  DATE: { ar: 'تاريخ', en: 'Date' },
  TIME: { ar: 'وقت', en: 'Time' },
  DURATION: { ar: 'مدة', en: 'Duration' },
  SET: { ar: 'تكرار', en: 'Recurrence' },
};

const QUANTITY_KINDS: Record<string, { ar: string; en: string }> = {
  cardinal: { ar: 'عدد', en: 'Cardinal' },
  ordinal: { ar: 'ترتيب', en: 'Ordinal' },
  percent: { ar: 'نسبة مئوية', en: 'Percent' },
  money: { ar: 'مبلغ مالي', en: 'Money' },
  count: { ar: 'عدد', en: 'Count' },
};

const ROLES: Record<string, { ar: string; en: string }> = {
  envoy: { ar: 'مبعوث', en: 'Envoy' },
  spokesperson: { ar: 'متحدث رسمي', en: 'Spokesperson' },
  president: { ar: 'رئيس', en: 'President' },
  'deputy-minister': { ar: 'نائب وزير', en: 'Deputy minister' },
  representative: { ar: 'ممثل', en: 'Representative' },
  'prime-minister': { ar: 'رئيس الوزراء', en: 'Prime minister' },
  minister: { ar: 'وزير', en: 'Minister' },
  commander: { ar: 'قائد', en: 'Commander' },
  king: { ar: 'ملك', en: 'King' },
  'head-of-delegation': { ar: 'رئيس الوفد', en: 'Head of delegation' },
  director: { ar: 'مدير', en: 'Director' },
  ambassador: { ar: 'سفير', en: 'Ambassador' },
  'vice-president': { ar: 'نائب الرئيس', en: 'Vice-president' },
  speaker: { ar: 'رئيس البرلمان', en: 'Speaker' },
  'secretary-general': { ar: 'أمين عام', en: 'Secretary-general' },
  'party-leader': { ar: 'زعيم حزب', en: 'Party leader' },
  'member-of-parliament': { ar: 'نائب في البرلمان', en: 'Member of parliament' },
  leader: { ar: 'زعيم', en: 'Leader' },
  governor: { ar: 'محافظ', en: 'Governor' },
  general: { ar: 'لواء', en: 'General' },
  'foreign-minister': { ar: 'وزير الخارجية', en: 'Foreign minister' },
  emir: { ar: 'أمير', en: 'Emir' },
  'crown-prince': { ar: 'ولي العهد', en: 'Crown prince' },
  'chief-of-staff': { ar: 'رئيس الأركان', en: 'Chief of staff' },
  'supreme-leader': { ar: 'المرشد الأعلى', en: 'Supreme leader' },
  sultan: { ar: 'سلطان', en: 'Sultan' },
  sheikh: { ar: 'شيخ', en: 'Sheikh' },
  'secretary-of-state': { ar: 'وزير الخارجية الأمريكي', en: 'Secretary of state' },
  prosecutor: { ar: 'مدعٍ عام', en: 'Prosecutor' },
  mayor: { ar: 'رئيس بلدية', en: 'Mayor' },
  judge: { ar: 'قاضٍ', en: 'Judge' },
  'interior-minister': { ar: 'وزير الداخلية', en: 'Interior minister' },
  'high-commissioner': { ar: 'مفوض سامٍ', en: 'High commissioner' },
  'deputy-secretary-general': { ar: 'نائب الأمين العام', en: 'Deputy secretary-general' },
  'deputy-prime-minister': { ar: 'نائب رئيس الوزراء', en: 'Deputy prime minister' },
  'defence-minister': { ar: 'وزير الدفاع', en: 'Defence minister' },
  coordinator: { ar: 'منسق', en: 'Coordinator' },
  consul: { ar: 'قنصل', en: 'Consul' },
  colonel: { ar: 'عقيد', en: 'Colonel' },
};

let current: Lang = readLang();

function readLang(): Lang {
  try {
    return localStorage.getItem('rasd.lang') === 'en' ? 'en' : 'ar';
  } catch {
    return 'ar';
  }
}

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  current = next;
  try {
    localStorage.setItem('rasd.lang', next);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

export function t(key: StringKey): string {
  return STRINGS[key][current];
}

function fromTable(table: Record<string, { ar: string; en: string }>, key: string): string {
  return table[key]?.[current] ?? key;
}

export const entityTypeLabel = (type: string): string => fromTable(ENTITY_TYPES, type);
export const eventTypeLabel = (type: string): string => fromTable(EVENT_TYPES, type);
export const modalityLabel = (m: string): string => fromTable(MODALITIES, m);
/** Normalised roles (envoy, minister, …) in the UI language; an unknown role shows as it is. */
export const roleLabel = (role: string): string => fromTable(ROLES, role);
export const timeTypeLabel = (type: string): string => fromTable(TIME_TYPES, type);
export const quantityKindLabel = (k: string): string => fromTable(QUANTITY_KINDS, k);
export const EVENT_TYPE_CODES = Object.keys(EVENT_TYPES);
export const ENTITY_TYPE_CODES = Object.keys(ENTITY_TYPES);
export const MODALITY_CODES = Object.keys(MODALITIES);

/**
 * Arabic month names differ by region: «أغسطس» (Egypt, the Gulf: the common series), «آب» (the
 * Levant and Iraq), «أوت» (Tunisia, Algeria), «غشت» (Morocco), «أغشت» (Mauritania). ICU knows every
 * series (checked in Node's and Chromium's Intl: ar, ar-SY, ar-TN, ar-MA, ar-MR), so the formats
 * come from Intl, no table.
 */
export type MonthNames = 'common' | 'levant' | 'maghreb' | 'morocco' | 'mauritania';
export const MONTH_NAME_SERIES: readonly MonthNames[] = [
  'common',
  'levant',
  'maghreb',
  'morocco',
  'mauritania',
];
const MONTH_LOCALE: Record<MonthNames, string> = {
  common: 'ar',
  levant: 'ar-SY',
  maghreb: 'ar-TN',
  morocco: 'ar-MA',
  mauritania: 'ar-MR',
};
/** August in each series names it best, with where it is read. */
const MONTH_NAMES_LABEL: Record<MonthNames, { ar: string; en: string }> = {
  common: { ar: 'أغسطس (مصر والخليج)', en: 'أغسطس (Egypt, Gulf)' },
  levant: { ar: 'آب (الشام والعراق)', en: 'آب (Levant, Iraq)' },
  maghreb: { ar: 'أوت (تونس والجزائر)', en: 'أوت (Tunisia, Algeria)' },
  morocco: { ar: 'غشت (المغرب)', en: 'غشت (Morocco)' },
  mauritania: { ar: 'أغشت (موريتانيا)', en: 'أغشت (Mauritania)' },
};
export const monthNamesLabel = (m: MonthNames): string => MONTH_NAMES_LABEL[m][current];

const REGION_SERIES: Record<string, MonthNames> = {
  TN: 'maghreb',
  DZ: 'maghreb',
  MA: 'morocco',
  MR: 'mauritania',
  SY: 'levant',
  LB: 'levant',
  IQ: 'levant',
  JO: 'levant',
  PS: 'levant',
};

/** The series an Arabic reader of this browser expects: its first Arabic locale's region decides. */
export function monthNamesForLocales(locales: readonly string[]): MonthNames {
  for (const tag of locales) {
    let locale: Intl.Locale;
    try {
      locale = new Intl.Locale(tag);
    } catch {
      continue;
    }
    if (locale.language !== 'ar') continue;
    return (locale.region && REGION_SERIES[locale.region]) || 'common';
  }
  return 'common';
}

const MONTH_NAMES_KEY = 'rasd.months';
let months: MonthNames = readMonthNames();

function readMonthNames(): MonthNames {
  try {
    const saved = localStorage.getItem(MONTH_NAMES_KEY);
    if (MONTH_NAME_SERIES.includes(saved as MonthNames)) return saved as MonthNames;
  } catch {
    // no storage (private mode, tests): fall through to the browser's locales
  }
  return typeof navigator === 'undefined' ? 'common' : monthNamesForLocales(navigator.languages ?? []);
}

export function monthNames(): MonthNames {
  return months;
}

/** The reader's choice, remembered; until they choose, the browser's locale decides. */
export function setMonthNames(next: MonthNames): void {
  months = next;
  try {
    localStorage.setItem(MONTH_NAMES_KEY, next);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

/**
 * The locale every date is written in: the reader's Arabic series with Western digits («26 أوت
 * 2016», as the articles themselves write them), or British English («26 Aug 2016»).
 */
export function dateLocale(): string {
  return current === 'ar' ? `${MONTH_LOCALE[months]}-u-nu-latn` : 'en-GB';
}

type Precision = 'year' | 'month' | 'day';
const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormat(precision: Precision): Intl.DateTimeFormat {
  const locale = dateLocale();
  const key = `${locale}/${precision}`;
  let f = formatters.get(key);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
    if (precision !== 'year') opts.month = current === 'ar' ? 'long' : 'short';
    if (precision === 'day') opts.day = 'numeric';
    f = new Intl.DateTimeFormat(locale, opts);
    formatters.set(key, f);
  }
  return f;
}

/**
 * 2016-08-26 → «26 أغسطس 2016», «26 آب 2016» or «26 أوت 2016» (the reader's month names), or
 * «26 Aug 2016»; partial dates keep their precision («أوت 2016», «2016»).
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return t('none');
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  const month = mo ? Number(mo) : 1;
  const day = d ? Number(d) : 1;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(Number(y)); // Date.UTC maps years 0–99 to 1900–1999
  // Not a calendar date (month 13, 31 June): shown as written rather than rolled over.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return value;
  return dateFormat(d ? 'day' : mo ? 'month' : 'year').format(date);
}

type PluralForms = Record<Intl.LDMLPluralRule, string>;

/**
 * Counted nouns in Arabic take six forms (Intl.PluralRules('ar')): «مقال واحد», «مقالان»,
 * «3 مقالات», «11 مقالًا», «100 مقال»; «#» stands for the number.
 */
const COUNTED_NOUNS = {
  article: {
    ar: {
      zero: 'لا مقالات',
      one: 'مقال واحد',
      two: 'مقالان',
      few: '# مقالات',
      many: '# مقالًا',
      other: '# مقال',
    },
    en: ['# article', '# articles'],
  },
  event: {
    ar: { zero: 'لا أحداث', one: 'حدث واحد', two: 'حدثان', few: '# أحداث', many: '# حدثًا', other: '# حدث' },
    en: ['# event', '# events'],
  },
  result: {
    ar: {
      zero: 'لا نتائج',
      one: 'نتيجة واحدة',
      two: 'نتيجتان',
      few: '# نتائج',
      many: '# نتيجة',
      other: '# نتيجة',
    },
    en: ['# result', '# results'],
  },
  mention: {
    ar: {
      zero: 'لا إشارات',
      one: 'إشارة واحدة',
      two: 'إشارتان',
      few: '# إشارات',
      many: '# إشارة',
      other: '# إشارة',
    },
    en: ['# mention', '# mentions'],
  },
  place: {
    ar: {
      zero: 'لا أماكن',
      one: 'مكان واحد',
      two: 'مكانان',
      few: '# أماكن',
      many: '# مكانًا',
      other: '# مكان',
    },
    en: ['# place', '# places'],
  },
  day: {
    ar: { zero: '0 يوم', one: 'يوم واحد', two: 'يومان', few: '# أيام', many: '# يومًا', other: '# يوم' },
    en: ['# day', '# days'],
  },
  week: {
    ar: {
      zero: '0 أسبوع',
      one: 'أسبوع واحد',
      two: 'أسبوعان',
      few: '# أسابيع',
      many: '# أسبوعًا',
      other: '# أسبوع',
    },
    en: ['# week', '# weeks'],
  },
  month: {
    ar: { zero: '0 شهر', one: 'شهر واحد', two: 'شهران', few: '# أشهر', many: '# شهرًا', other: '# شهر' },
    en: ['# month', '# months'],
  },
  year: {
    ar: { zero: '0 سنة', one: 'سنة واحدة', two: 'سنتان', few: '# سنوات', many: '# سنة', other: '# سنة' },
    en: ['# year', '# years'],
  },
  hour: {
    ar: { zero: '0 ساعة', one: 'ساعة واحدة', two: 'ساعتان', few: '# ساعات', many: '# ساعة', other: '# ساعة' },
    en: ['# hour', '# hours'],
  },
  minute: {
    ar: {
      zero: '0 دقيقة',
      one: 'دقيقة واحدة',
      two: 'دقيقتان',
      few: '# دقائق',
      many: '# دقيقة',
      other: '# دقيقة',
    },
    en: ['# minute', '# minutes'],
  },
} satisfies Record<string, { ar: PluralForms; en: [string, string] }>;

export type CountedNoun = keyof typeof COUNTED_NOUNS;

const arPlural = new Intl.PluralRules('ar');

/** «3 مقالات», «11 مقالًا», «مقالان» (Arabic) or «3 articles»: a number with its noun in the right form. */
export function countOf(noun: CountedNoun, n: number): string {
  const forms = COUNTED_NOUNS[noun];
  const form = current === 'ar' ? forms.ar[arPlural.select(n)] : forms.en[n === 1 ? 0 : 1];
  return form.replace('#', formatNumber(n));
}

/** A page's total as said: «3 أحداث», or «أكثر من 10٬000 حدث» when counting stopped at a cap. */
export function countOfTotal(noun: CountedNoun, page: { total: number; total_capped?: boolean }): string {
  return page.total_capped ? `${t('moreThan')} ${countOf(noun, page.total)}` : countOf(noun, page.total);
}

const DURATION_UNITS: Record<string, CountedNoun> = { Y: 'year', M: 'month', W: 'week', D: 'day' };
const DURATION_TIME_UNITS: Record<string, CountedNoun> = { H: 'hour', M: 'minute' };

const DAY_PARTS: Record<string, { ar: string; en: string }> = {
  MO: { ar: 'صباحًا', en: 'morning' },
  MI: { ar: 'ظهرًا', en: 'midday' },
  AF: { ar: 'بعد الظهر', en: 'afternoon' },
  EV: { ar: 'مساءً', en: 'evening' },
  NI: { ar: 'ليلًا', en: 'night' },
};
const REFS: Record<string, { ar: string; en: string }> = {
  PRESENT_REF: { ar: 'الآن', en: 'now' },
  PAST_REF: { ar: 'في الماضي', en: 'in the past' },
  FUTURE_REF: { ar: 'في المستقبل', en: 'in the future' },
};
const EVERY: Record<CountedNoun, { ar: string; en: string }> = {
  day: { ar: 'كل يوم', en: 'every day' },
  week: { ar: 'كل أسبوع', en: 'every week' },
  month: { ar: 'كل شهر', en: 'every month' },
  year: { ar: 'كل سنة', en: 'every year' },
  hour: { ar: 'كل ساعة', en: 'every hour' },
  minute: { ar: 'كل دقيقة', en: 'every minute' },
  article: { ar: '', en: '' },
  event: { ar: '', en: '' },
  result: { ar: '', en: '' },
  mention: { ar: '', en: '' },
  place: { ar: '', en: '' },
};

const DUAL_GENITIVE: Partial<Record<CountedNoun, string>> = {
  day: 'يومين',
  week: 'أسبوعين',
  month: 'شهرين',
  year: 'سنتين',
  hour: 'ساعتين',
  minute: 'دقيقتين',
};

/** `P2D` → «يومان»; `PT5H` → «5 ساعات»; null when not a simple duration. */
function formatDuration(value: string, every: boolean): string | null {
  const dur = /^P(?:(\d+)([YMWD]))?(?:T(\d+)([HM]))?$/.exec(value);
  if (!dur || (!dur[1] && !dur[3])) return null;
  const parts: [CountedNoun, number][] = [];
  const unit = dur[2] ? DURATION_UNITS[dur[2]] : undefined;
  if (dur[1] && unit) parts.push([unit, Number(dur[1])]);
  const timeUnit = dur[4] ? DURATION_TIME_UNITS[dur[4]] : undefined;
  if (dur[3] && timeUnit) parts.push([timeUnit, Number(dur[3])]);
  const [only] = parts;
  if (every && only && parts.length === 1 && only[1] === 1) return EVERY[only[0]][current];
  // «كل» takes the genitive: «كل يومين», not «كل يومان».
  const dualGenitive = only && parts.length === 1 && only[1] === 2 ? DUAL_GENITIVE[only[0]] : undefined;
  if (every && current === 'ar' && dualGenitive) return `كل ${dualGenitive}`;
  const said = parts.map(([u, n]) => countOf(u, n)).join(current === 'ar' ? ' و' : ' ');
  return every ? `${current === 'ar' ? 'كل' : 'every'} ${said}` : said;
}

/**
 * A normalised time value as a reader says it: dates in words («26 أغسطس 2016»), parts of the day
 * («… مساءً»), clock times, simple durations counted («يومان», «3 أشهر»), repetitions («كل يوم»);
 * anything else (weeks, seasons, ranges) as it is. The raw value stays available on hover.
 */
export function formatTimeValue(value: string, type?: string): string {
  const ref = REFS[value];
  if (ref) return ref[current];
  const dur = formatDuration(value, type === 'SET');
  if (dur) return dur;
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) return formatDate(value);
  const time = /^(\d{4}-\d{2}-\d{2})T(?:(\d{2}:\d{2})|([A-Z]{2}))$/.exec(value);
  if (time) {
    const [, day = '', clock, part] = time;
    const when = clock
      ? `${current === 'ar' ? 'الساعة' : 'at'} ${clock}`
      : part && DAY_PARTS[part]?.[current];
    if (when) return `${formatDate(day)}${current === 'ar' ? '، ' : ', '}${when}`;
  }
  return value;
}

/** «أضيفت: 3» — a label and a count, for status lines where the label is not a noun. */
export function counted(key: StringKey, n: number): string {
  return `${t(key)}: ${formatNumber(n)}`;
}

/** Items of a list in the interface's language: «أ، ب» or «a, b» (article text keeps «،»). */
export function listOf(items: string[]): string {
  return items.join(current === 'ar' ? '، ' : ', ');
}

export function formatNumber(n: number): string {
  // Western digits in both languages, as the articles themselves write them.
  return n.toLocaleString('en-US');
}
