/**
 * Builds data/events/lexicon.json, the compact lexicon the events pass loads:
 *  - curated triggers (data/events/triggers.tsv) with generated verb inflections;
 *  - verb + object patterns from UniversalPetrarch's Arabic CAMEO dictionary
 *    (../shared/data/events/CAMEO.ar.0.5.txt, MIT), CAMEO codes mapped to PLOVER types and modes;
 *  - actor sector words: curated (data/events/actors.tsv) and UniversalPetrarch's agents (agents.all.ar.txt);
 *  - countries (names, nisba adjectives, capitals) and places with coordinates from GeoNames (CC BY 4.0).
 * Usage: npm run build:events
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from '../src/text/normalize.js';
import type { EventType } from '../src/doc/layers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared', 'data');
const out = join(root, 'data', 'events', 'lexicon.json');

/** CAMEO code (longest prefix wins) → PLOVER type and mode, after the PLOVER codebook's CAMEO crosswalk. */
const CAMEO_TO_PLOVER: [string, EventType, string | null][] = [
  ['02', 'REQUEST', null],
  ['03', 'AGREE', null],
  ['04', 'CONSULT', null],
  ['041', 'CONSULT', 'phone'],
  ['042', 'CONSULT', 'visit'],
  ['043', 'CONSULT', 'host'],
  ['044', 'CONSULT', 'third-party'],
  ['05', 'SUPPORT', null],
  ['057', 'AGREE', null],
  ['06', 'COOPERATE', null],
  ['07', 'AID', null],
  ['08', 'CONCEDE', null],
  ['084', 'RETREAT', 'release'],
  ['085', 'RETREAT', 'ease'],
  ['086', 'RETREAT', 'access'],
  ['087', 'RETREAT', 'disarm'],
  ['0871', 'RETREAT', 'ceasefire'],
  ['0872', 'RETREAT', 'withdraw'],
  ['09', 'ACCUSE', 'investigate'],
  ['10', 'REQUEST', null],
  ['11', 'ACCUSE', 'disapprove'],
  ['12', 'REJECT', null],
  ['13', 'THREATEN', null],
  ['138', 'THREATEN', 'violence'],
  ['14', 'PROTEST', null],
  ['141', 'PROTEST', 'demo'],
  ['142', 'PROTEST', 'hunger'],
  ['143', 'PROTEST', 'boycott'],
  ['144', 'PROTEST', 'obstruct'],
  ['145', 'PROTEST', 'riot'],
  ['15', 'MOBILIZE', null],
  ['151', 'MOBILIZE', 'police'],
  ['153', 'MOBILIZE', 'police'],
  ['152', 'MOBILIZE', 'troops'],
  ['154', 'MOBILIZE', 'troops'],
  ['16', 'SANCTION', null],
  ['161', 'SANCTION', 'withdraw'],
  ['162', 'SANCTION', 'discontinue'],
  ['163', 'SANCTION', null],
  ['166', 'SANCTION', 'expel'],
  ['17', 'COERCE', null],
  ['171', 'COERCE', 'confiscate'],
  ['173', 'COERCE', 'arrest'],
  ['174', 'COERCE', 'deport'],
  ['175', 'ASSAULT', null],
  ['18', 'ASSAULT', null],
  ['181', 'ASSAULT', 'abduct'],
  ['182', 'ASSAULT', 'beat'],
  ['183', 'ASSAULT', 'explosives'],
  ['1831', 'ASSAULT', 'suicide-attack'],
  ['185', 'ASSAULT', 'assassinate'],
  ['186', 'ASSAULT', 'assassinate'],
  ['19', 'ASSAULT', null],
  ['191', 'COERCE', 'restrict'],
  ['192', 'COERCE', 'confiscate'],
  ['193', 'ASSAULT', 'firearms'],
  ['194', 'ASSAULT', 'heavy-weapons'],
  ['195', 'ASSAULT', 'aerial'],
  ['20', 'ASSAULT', null],
  ['204', 'ASSAULT', 'cbrn'],
];

export function cameoToPlover(code: string): { type: EventType; mode: string | null } | null {
  let best: [string, EventType, string | null] | undefined;
  for (const row of CAMEO_TO_PLOVER) {
    if (code.startsWith(row[0]) && (!best || row[0].length > best[0].length)) best = row;
  }
  return best ? { type: best[1], mode: best[2] } : null;
}

const PAST_SUFFIXES = ['', 'ت', 'وا', 'تا', 'ا', 'ن', 'نا', 'تم'];
const IMPERFECT_PREFIXES = ['ي', 'ت', 'ن'];
const IMPERFECT_SUFFIXES = ['', 'ون', 'ان', 'ين', 'وا', 'ا', 'ن'];

/** Inflected forms of a verb from its past stem and imperfect stem ("-" for none). */
export function verbForms(past: string, imperfect: string): string[] {
  const forms = new Set<string>();
  const p = normalize(past);
  for (const s of PAST_SUFFIXES) forms.add(p.endsWith('ي') && s ? p.slice(0, -1) + s : p + s);
  if (imperfect !== '-') {
    const i = normalize(imperfect);
    for (const pre of IMPERFECT_PREFIXES) for (const s of IMPERFECT_SUFFIXES) forms.add(pre + i + s);
    // (session 11) the first person singular, which takes no suffix: أرفض، أطالب، أؤيد (أ is normalised to ا)
    forms.add('ا' + i);
  }
  return [...forms];
}

/**
 * Dual forms of a one-word event noun, which the lexicon lists in the singular: اتفاقية → اتفاقيتين، اتفاقيتان
 * (a feminine noun's ة becomes ت); اجتماع → اجتماعين. Plurals, participles and accusatives get none, nor does a
 * masculine noun get the ـان ending, which makes place names (سجن → سجنان).
 */
export function nounDuals(word: readonly string[]): string[][] {
  if (word.length !== 1) return [];
  const w = word[0]!;
  if (w.length < 3 || /(?:ين|ون|ات|ا|ي)$/.test(w)) return [];
  if (w.endsWith('ه')) return [[w.slice(0, -1) + 'تين'], [w.slice(0, -1) + 'تان']];
  return [[w + 'ين']];
}

/**
 * (session 12) Sound feminine plurals of a one-word event noun (a masdar), which the lexicon lists in the singular:
 * اغتيال → اغتيالات، إيقاف → إيقافات، دعوة → دعوات (a feminine noun's ة is dropped). Only nouns of four letters or
 * more (a verbal noun, not a bare root noun such as حكم or سجن, whose plurals mean other things), not plurals,
 * participles, accusatives or nisbas already (ـات، ـين، ـون، ـا، ـي). Only for acts of force and protest
 * (ASSAULT, COERCE, THREATEN, PROTEST), whose plurals report acts (الإيقافات، اقتحاماتهم، إنذارات): the plurals of
 * talks, deals, concessions or withdrawals name a kind of thing (الندوات، صفقات عمومية، تقديم تنازلات).
 */
const PLURAL_TYPES = new Set<EventType>(['ASSAULT', 'COERCE', 'THREATEN', 'PROTEST']);

export function nounPlurals(word: readonly string[]): string[][] {
  if (word.length !== 1) return [];
  const w = word[0]!;
  if (w.length < 4 || /(?:ين|ون|ات|ا|ي|ء)$/.test(w)) return [];
  return [[w.endsWith('ه') ? w.slice(0, -1) + 'ات' : w + 'ات']];
}

interface TriggerRow {
  words: string[][];
  type: EventType;
  mode: string | null;
  cls: string;
  args: string[];
  pos: 'V' | 'N' | 'P';
}

function readTsv(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

function curatedTriggers(): TriggerRow[] {
  const rows: TriggerRow[] = [];
  for (const [pos, forms = '', type = '', mode = '', cls = '', args = ''] of readTsv(
    join(root, 'data', 'events', 'triggers.tsv'),
  )) {
    const base = {
      type: type as EventType,
      mode: mode || null,
      cls,
      args: args ? args.split(',').map(normalize) : [],
    };
    if (pos === 'V') {
      const [stems = '', extra = ''] = forms.split(';');
      const [past = '', imperfect = '-'] = stems.split('/');
      const all = new Set([
        ...verbForms(past, imperfect),
        ...extra.split(',').filter(Boolean).map(normalize),
      ]);
      rows.push({ ...base, pos: 'V', words: [...all].map((f) => [f]) });
    } else if (pos === 'N') {
      const words = forms.split(',').map((f) => f.split(' ').map(normalize));
      const all = new Map(words.map((w) => [w.join(' '), w]));
      for (const w of words) for (const d of nounDuals(w)) all.set(d.join(' '), d);
      if (PLURAL_TYPES.has(base.type))
        for (const w of words)
          for (const d of nounPlurals(w)) if (!all.has(d.join(' '))) all.set(d.join(' '), d);
      rows.push({ ...base, pos: 'N', words: [...all.values()] });
    } else if (pos === 'P') {
      rows.push({ ...base, pos: 'P', words: [forms.split(' ').map(normalize)] });
    } else if (pos === 'VP') {
      // (session 10) a phrase whose first word is a verb, in every inflection ("past/imperfect rest…":
      // قطع/قطع العلاقات → قطعت علاقاتها، يقطعون العلاقات); the rest is matched as a phrase's words are
      const [head = '', ...rest] = forms.split(' ');
      const [past = '', imperfect = '-'] = head.split('/');
      // (the rest without its article, as the words' keys have it: علاقاتها → علاقات). The forms are verbs, so the
      // verb rules apply (subject after it, a pronoun subject); a form that starts like an article (ألقت → القت)
      // stays a phrase, which is how the lexicon reads such words
      const tail = rest.map(normalize).map((w) => (w.length > 3 && w.startsWith('ال') ? w.slice(2) : w));
      const inflected = verbForms(past, imperfect);
      const verbs = inflected.filter((f) => !f.startsWith('ال'));
      const others = inflected.filter((f) => f.startsWith('ال'));
      if (verbs.length > 0) rows.push({ ...base, pos: 'V', words: verbs.map((f) => [f, ...tail]) });
      if (others.length > 0) rows.push({ ...base, pos: 'P', words: others.map((f) => [f, ...tail]) });
    }
  }
  return rows;
}

/** Synonym sets (&NAME → members) of the CAMEO file, for patterns that name one. */
function parseSynsets(lines: string[]): Map<string, string[]> {
  const sets = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of lines) {
    if (line.startsWith('####### VERB')) break;
    if (line.startsWith('&')) {
      current = [];
      sets.set(line.trim(), current);
    } else if (line.startsWith('+') && current) {
      current.push(line.slice(1).replace(/_+$/, '').replace(/_/g, ' ').trim());
    }
  }
  return sets;
}

/** [verb group index, object words, PLOVER type, mode, CAMEO code]; verb groups are stored once. */
type CameoPattern = [number, string[], EventType, string | null, string];

/**
 * Verb + object patterns of the CAMEO dictionary ("- * غارة [195] # شن,..."): the verbs listed in the
 * comment, each with the object words. Bare verbs without an object are skipped on purpose: in this
 * machine-translated dictionary their codes are too often wrong (e.g. تراجع coded 195, aerial attack).
 */
function cameoPatterns(): { verbGroups: string[][]; patterns: CameoPattern[] } {
  const lines = readFileSync(join(shared, 'events', 'CAMEO.ar.0.5.txt'), 'utf8').split('\n');
  const synsets = parseSynsets(lines);
  const out: CameoPattern[] = [];
  const verbGroups: string[][] = [];
  const groupIndex = new Map<string, number>();
  const seen = new Set<string>();
  for (const line of lines) {
    const m = /^-\s*\*\s*(.+?)\s*\[(\d{3,4})\]\s*#\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, objRaw = '', code = '', verbList = ''] = m;
    const plover = cameoToPlover(code);
    if (!plover) continue;
    let objects: string[] = [
      objRaw
        .replace(/[(){}]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ];
    const syn = /&[A-Z_]+/.exec(objRaw);
    if (syn) {
      const members = synsets.get(syn[0]) ?? [];
      objects = members.map((w) =>
        objRaw
          .replace(syn[0], w)
          .replace(/[(){}]/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      );
    }
    const verbs = [
      ...new Set(
        verbList
          .split(',')
          .map((v) => v.trim().split(/[+_ ]/)[0] ?? '')
          .filter((v) => v.length >= 2)
          .flatMap((v) => verbForms(v, '-')),
      ),
    ];
    const groupKey = verbs.join(',');
    let group = groupIndex.get(groupKey);
    if (group === undefined) {
      group = verbGroups.length;
      verbGroups.push(verbs);
      groupIndex.set(groupKey, group);
    }
    for (const obj of objects) {
      const words = obj
        .split(' ')
        .filter((w) => w && w !== '*' && w !== 'هوو')
        .map(normalize)
        .map((w) => w.replace(/^ال/, ''));
      // Single particles (عن، حول) or long phrases carry no reliable meaning; keep 1–2 content words.
      if (words.length === 0 || words.length > 2 || words.some((w) => w.length < 3)) continue;
      const key = `${code}|${words.join(' ')}|${group}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push([group, words, plover.type, plover.mode, code]);
    }
  }
  return { verbGroups, patterns: out };
}

/** Role sectors kept from the agents dictionary; religion and ethnicity codes (MUS, JEW, ...) are not actors. */
const SECTORS = new Set([
  'GOV',
  'MIL',
  'COP',
  'REB',
  'OPP',
  'CVL',
  'LAB',
  'EDU',
  'HLH',
  'JUD',
  'MED',
  'LEG',
  'AGR',
  'BUS',
  'CRM',
  'REF',
  'SPY',
  'UAF',
  'DEV',
  'ENV',
  'ELI',
  'PTY',
]);

/**
 * Agents-file entries that are adjectives or everyday words in Tunisian news, not actors on their own
 * ("الأمن الوطني" is no CVL "وطني", "فرقة الأمن السياحي" no CVL "سياحي", "زيارة عمل" no BUS "عمل").
 */
const AGENT_STOP = new Set(
  [
    'احتياطي',
    'اصلاحي',
    'اصلي',
    'اكاديمي',
    'بحري',
    'بستاني',
    'تاسيسي',
    'تبني',
    'ثري',
    'حي',
    'دستوري',
    'رياضي',
    'سياحي',
    'سياسي',
    'صليبي',
    'قروي',
    'مستشفي',
    'معتني',
    'منفي',
    'وطني',
    'ام',
    'حشد',
    'صيد',
    'عمل',
    'فار',
    'مدع',
    // "الكاتب العام" is a secretary-general, not a writer
    'كاتب',
    // "زراعة الماريخوانا" is growing a plant, not the farming sector (farmers are "الفلاحون")
    'زراعه',
    // "إرهابي مسلح"، "سطو مسلح": an adjective (armed), not an actor of its own
    'مسلح',
    // "80 علامة إشهارية" (signs), not a school mark
    'علامه',
    // "مراكز الاتصالات" (telecoms), not the media
    'اتصالات',
    // "مصدر أمني"، "مصدر من الوزارة": a source far more often than an exporter (session 6)
    'مصدر',
    // session 8: "خلال هذه الحملة" is a police operation, not an opposition campaign (a named campaign is an entity)
    'حمله',
    // "تحرير محاضر"، "5 محاضر اقتصادية": police reports far more often than lecturers
    'محاضر',
    // "الملف المقدم ضد": a participle (submitted) far more often than the rank of lieutenant-colonel
    'مقدم',
  ].map((w) => normalize(w)),
);

function actorTerms(): { sectors: [string, string][]; named: [string, string][] } {
  const sectors = new Map<string, string>();
  // UniversalPetrarch agents: "PROTESTER [~OPP]محتج"; first three letters of the sector code.
  for (const line of readFileSync(join(shared, 'events', 'agents.all.ar.txt'), 'utf8').split('\n')) {
    const m = /\[~([A-Z]{3})[A-Z]*\]\s*([^#]+)/.exec(line);
    if (!m) continue;
    const phrase = normalize(m[2]!.trim());
    if (
      phrase &&
      /\p{Script=Arabic}/u.test(phrase) &&
      phrase.split(' ').length <= 3 &&
      SECTORS.has(m[1]!) &&
      !AGENT_STOP.has(phrase)
    )
      sectors.set(phrase, m[1]!);
  }
  const named: [string, string][] = [];
  // The curated sectors come first: a phrase both lists hold, article aside ("الحرس الوطني" COP here,
  // "حرس وطني" MIL in the agents file), is read the curated way (the pass keeps the first of equal length).
  const curated = new Map<string, string>();
  for (const [kind, phrase = '', code = ''] of readTsv(join(root, 'data', 'events', 'actors.tsv'))) {
    if (kind === 'S') curated.set(normalize(phrase), code);
    else if (kind === 'A') {
      const n = normalize(phrase);
      named.push([n, code]);
      // (session 10) the hamza seat after alif is written both ways in names: قايد السبسي / قائد السبسي، قائد صالح
      const other = n.includes('اي') ? n.replace(/اي(?=[\u0621-\u064A])/g, 'ائ') : n.replace(/ائ/g, 'اي');
      if (other !== n) named.push([other, code]);
    }
  }
  const bare = (p: string): string =>
    p
      .split(' ')
      .map((w) => w.replace(/^ال/, ''))
      .join(' ');
  const curatedBare = new Set([...curated.keys()].map(bare));
  const agents = [...sectors].filter(([p]) => !curated.has(p) && !curatedBare.has(bare(p)));
  return { sectors: [...curated, ...agents], named };
}

/** Nisba adjective of a country name: سوريا → سوري, إيران → إيراني, السعودية → سعودي, تونس → تونسي. */
export function nisba(name: string): string {
  let w = normalize(name).split(' ').at(-1) ?? '';
  w = w.replace(/^ال/, '');
  if (w.endsWith('يا')) return w.slice(0, -1);
  if (w.endsWith('ا')) return w.slice(0, -1) + 'ي';
  if (w.endsWith('يه')) return w.slice(0, -1);
  if (w.endsWith('ه')) return w.slice(0, -1) + 'ي';
  return w + 'ي';
}

/** Country aliases GeoNames lacks: common Arabic spellings and adjectives that nisba() cannot derive. */
const COUNTRY_ALIASES: Record<string, { names?: string[]; adjs?: string[] }> = {
  SYR: { names: ['سورية', 'سوريا'] },
  USA: {
    names: ['الولايات المتحدة', 'أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية'],
    adjs: ['أمريكي', 'أميركي'],
  },
  GBR: { names: ['بريطانيا', 'المملكة المتحدة'], adjs: ['بريطاني'] },
  KAZ: { names: ['كازاخستان'], adjs: ['كازاخي', 'كازاخستاني'] },
  ARE: { names: ['الإمارات'], adjs: ['إماراتي'] },
  SAU: { names: ['السعودية'], adjs: ['سعودي'] },
  PSE: { names: ['فلسطين'], adjs: ['فلسطيني'] },
  ISR: { names: ['إسرائيل'], adjs: ['إسرائيلي'] },
  DEU: { names: ['ألمانيا'], adjs: ['ألماني'] },
  TUR: { names: ['تركيا'], adjs: ['تركي'] },
  LBY: { names: ['ليبيا'], adjs: ['ليبي'] },
  DZA: { names: ['الجزائر'], adjs: ['جزائري'] },
  MAR: { names: ['المغرب'], adjs: ['مغربي'] },
  EGY: { names: ['مصر'], adjs: ['مصري'] },
  TUN: { names: ['تونس'], adjs: ['تونسي'] },
  JOR: { names: ['الأردن'], adjs: ['أردني'] },
  IRQ: { names: ['العراق'], adjs: ['عراقي'] },
  LBN: { names: ['لبنان'], adjs: ['لبناني'] },
  YEM: { names: ['اليمن'], adjs: ['يمني'] },
  SDN: { names: ['السودان'], adjs: ['سوداني'] },
  QAT: { names: ['قطر'], adjs: ['قطري'] },
  KWT: { names: ['الكويت'], adjs: ['كويتي'] },
  BHR: { names: ['البحرين'], adjs: ['بحريني'] },
  OMN: { names: ['سلطنة عمان'], adjs: ['عماني'] },
  MRT: { names: ['موريتانيا'], adjs: ['موريتاني'] },
  IRN: { names: ['إيران'], adjs: ['إيراني'] },
  RUS: { names: ['روسيا'], adjs: ['روسي'] },
  FRA: { names: ['فرنسا'], adjs: ['فرنسي'] },
  ITA: { names: ['إيطاليا', 'ايطاليا'], adjs: ['إيطالي'] },
  CHN: { names: ['الصين'], adjs: ['صيني'] },
};

/** GeoNames Arabic names that are also common words: never read them as places without an entity. */
const PLACE_STOPWORDS = new Set(
  [
    'جديدة',
    'الجديدة',
    'مدينة',
    'المدينة',
    'سلام',
    'السلام',
    'النصر',
    'نصر',
    'الأمل',
    'الوحدة',
    'الحرية',
    'الثورة',
    'الشعب',
    'الخير',
    'الكرامة',
    'المنار',
    'العين',
    'الوادي',
    'النهضة',
    'الفتح',
    'الأمان',
    'المستقبل',
    'الجمهورية',
    'الرئيس',
    'الحكومة',
    'الدولة',
    'الأمن',
    'الجيش',
    'القصر',
    'المنصورة',
    'العامرية',
    'الشرق',
    'الغرب',
    'الوسط',
    'الجنوب',
    'الشمال',
    'البحر',
    'الساحل',
    'الجبل',
    'الحمام',
    'السوق',
    'المحمدية',
    'الصحراء',
    'مصر الجديدة',
    'جيش',
    'قوات',
    'بين',
    'عمر',
    'علي',
    'محمد',
    'أحمد',
    'حسن',
    'سعيد',
    'كريم',
    'ملك',
    'الملك',
    'نور',
    'النور',
    'كان',
    'كانت',
    'قد',
    'لقد',
    'هذا',
    'هذه',
    'الذي',
    'التي',
    'عند',
    'بعد',
    'قبل',
    'حول',
    'على',
    'إلى',
    'من',
    'منذ',
    'بيان',
    'تصريح',
    'بلاغ',
    'حديث',
    'رسالة',
    'كلمة',
    'إطار',
    'ظل',
    'حين',
    'وقت',
    'خطاب',
    'مؤتمر',
    'اجتماع',
    'أمل',
    'حياة',
    'وفاء',
    'شهداء',
    'الشهداء',
    'المرسى',
    'الرحمة',
    'النجاح',
    'الإتحاد',
    'الاتحاد',
    'الكاف',
  ].map(normalize),
);

const LOCATIVE_BEFORE = new Set([
  'في',
  'من',
  'الي',
  'قرب',
  'نحو',
  'ولايه',
  'مدينه',
  'بمدينه',
  'بولايه',
  'معتمديه',
  'بمعتمديه',
  'عاصمه',
  'العاصمه',
  'جنوب',
  'شمال',
  'شرق',
  'غرب',
  'داخل',
]);

/**
 * Words that GeoNames lists as places but Arabic news uses as common words (سنة، طرف، الجزيرة، بشار):
 * single-word names seen often in the ANT corpus but rarely after a locative word or with the
 * preposition ب. Returns the set of names to drop.
 */
function corpusNonPlaces(candidates: Set<string>): Set<string> {
  const total = new Map<string, number>();
  const locative = new Map<string, number>();
  const text = gunzipSync(readFileSync(join(shared, 'news', 'ant.jsonl.gz'))).toString('utf8');
  for (const line of text.split('\n')) {
    if (!line) continue;
    const body = (JSON.parse(line) as { body?: string }).body ?? '';
    const words = normalize(body).match(/[\u0621-\u064a]+/g) ?? [];
    let prev = '';
    for (const raw of words) {
      let w = raw;
      let loc = LOCATIVE_BEFORE.has(prev);
      if (!candidates.has(w) && /^[وف]/.test(w) && candidates.has(w.slice(1))) w = w.slice(1);
      if (!candidates.has(w) && w.startsWith('ب') && candidates.has(w.slice(1))) {
        w = w.slice(1);
        loc = true;
      }
      if (candidates.has(w)) {
        total.set(w, (total.get(w) ?? 0) + 1);
        if (loc) locative.set(w, (locative.get(w) ?? 0) + 1);
      }
      prev = raw;
    }
  }
  const drop = new Set<string>();
  for (const [w, n] of total) if (n >= 25 && (locative.get(w) ?? 0) / n < 0.25) drop.add(w);
  return drop;
}

function countriesAndPlaces(): {
  countries: { iso3: string; en: string; names: string[]; adjs: string[]; capitals: string[] }[];
  places: [string, number, number, string, string][];
} {
  const info = readFileSync(join(shared, 'geo', 'countryInfo.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'));
  const translations = JSON.parse(
    readFileSync(join(shared, 'geo', 'country_translations.json'), 'utf8'),
  ) as Record<string, Record<string, string>>;
  const iso2to3 = new Map<string, string>();
  const capitalsByIso2 = new Map<string, string>();
  for (const row of info) {
    iso2to3.set(row[0]!, row[1]!);
    capitalsByIso2.set(row[0]!, row[5]!);
  }
  const arabicCapital = new Map<string, string[]>();
  const places: [string, number, number, string, string][] = [];
  const seenPlace = new Set<string>();
  const cityLines = readFileSync(join(shared, 'geo', 'cities15000_arabic_names.tsv'), 'utf8')
    .split('\n')
    .slice(1);
  // Bigger cities first so an ambiguous name resolves to the better-known place.
  const cityRows = cityLines
    .filter(Boolean)
    .map((l) => l.split('\t'))
    .sort((a, b) => Number(b[8]) - Number(a[8]));
  for (const c of cityRows) {
    const [, name, ascii, cc = '', , feature, lat, lon, , arabic = ''] = c;
    const iso3 = iso2to3.get(cc) ?? cc;
    const names = arabic
      .split('|')
      .map((n) => normalize(n.trim()))
      .filter((n) => n.length >= 3 && /^[\u0621-\u064a ]+$/.test(n) && !PLACE_STOPWORDS.has(n));
    const cap = capitalsByIso2.get(cc);
    if (feature === 'PPLC' || (cap && (cap === name || cap === ascii))) {
      arabicCapital.set(iso3, [...(arabicCapital.get(iso3) ?? []), ...names]);
    }
    for (const n of names) {
      if (seenPlace.has(n)) continue;
      seenPlace.add(n);
      places.push([n, Number(Number(lat).toFixed(4)), Number(Number(lon).toFixed(4)), iso3, ascii ?? '']);
    }
  }
  // Drop single-word names the corpus uses as common words; country names themselves are kept.
  const countryNames = new Set(
    info.flatMap((row) => {
      const ar = translations[row[16]!]?.ar;
      return ar ? [normalize(ar), normalize(ar).replace(/^(?:ال)?(?:دوله|جمهوريه|مملكه|سلطنه) /, '')] : [];
    }),
  );
  const single = new Set(places.map((p) => p[0]).filter((n) => !n.includes(' ') && !countryNames.has(n)));
  for (const caps of arabicCapital.values()) for (const c of caps) if (!c.includes(' ')) single.add(c);
  const nonPlaces = corpusNonPlaces(single);
  for (let i = places.length - 1; i >= 0; i--) if (nonPlaces.has(places[i]![0])) places.splice(i, 1);
  for (const [iso3, caps] of arabicCapital)
    arabicCapital.set(
      iso3,
      caps.filter((c) => !nonPlaces.has(c)),
    );
  console.log(
    `dropped ${nonPlaces.size} place names the corpus uses as common words, e.g. ${[...nonPlaces].slice(0, 15).join(' ')}`,
  );
  const countries = [];
  for (const row of info) {
    const iso3 = row[1]!;
    const ar = translations[row[16]!]?.ar;
    const alias = COUNTRY_ALIASES[iso3] ?? {};
    const base = [...(ar ? [ar] : []), ...(alias.names ?? [])].map(normalize);
    // "دولة الكويت" is also "الكويت"; "جمهورية مصر العربية" also "مصر العربية"
    const short = base.flatMap((n) => {
      const m = /^(?:ال)?(?:دوله|جمهوريه|مملكه|سلطنه|اماره|امارات) (.+)$/.exec(n);
      return m ? [m[1]!] : [];
    });
    const names = [...new Set([...base, ...short])];
    if (names.length === 0) continue;
    const single = names.filter((n) => !n.includes(' '));
    const adjs = [...new Set([...single.map(nisba), ...(alias.adjs ?? []).map(normalize)])].filter(
      (a) => a.length >= 3,
    );
    countries.push({ iso3, en: row[4]!, names, adjs, capitals: [...new Set(arabicCapital.get(iso3) ?? [])] });
  }
  return { countries, places };
}

function main(): void {
  const triggers = curatedTriggers();
  const cameo = cameoPatterns();
  const actors = actorTerms();
  const { countries, places } = countriesAndPlaces();
  const lexicon = {
    version: 1,
    notice:
      'Built by scripts/build-event-lexicon.ts from data/events/*.tsv, UniversalPetrarch Arabic CAMEO dictionaries (MIT) and GeoNames (CC BY 4.0).',
    triggers,
    cameo,
    sectors: actors.sectors,
    named: actors.named,
    countries,
    places,
  };
  writeFileSync(out, JSON.stringify(lexicon) + '\n');
  console.log(
    `wrote ${out}: ${triggers.length} curated triggers, ${cameo.patterns.length} CAMEO patterns, ` +
      `${actors.sectors.length} sector terms, ${countries.length} countries, ${places.length} place names`,
  );
}

main();
