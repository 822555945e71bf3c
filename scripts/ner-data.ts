/** Shared helpers for the NER scripts: corpus paths, readers and the gazetteer built from ../shared. */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseConll } from '../src/annotate/ner/conll.js';
import { normalize } from '../src/text/normalize.js';
import { ALT_NONE, type NerResourceData } from '../src/annotate/ner/features.js';
import type { TrainingSentence } from '../src/annotate/ner/train.js';

export const SHARED = process.env.RASD_SHARED ?? join(import.meta.dirname, '..', '..', 'shared');
export const NER_DIR = join(SHARED, 'data', 'ner');
export const GEO_DIR = join(SHARED, 'data', 'geo');
export const CLUSTERS_FILE =
  process.env.RASD_NER_CLUSTERS ?? join(import.meta.dirname, '..', 'data', 'models', 'ner.clusters.tsv.gz');
export const MODEL_FILE = join(import.meta.dirname, '..', 'data', 'models', 'ner.model.gz');

export function readConllFile(path: string): TrainingSentence[] {
  return parseConll(readFileSync(path, 'utf8')).map((s) => ({
    tokens: s.tokens,
    tags: s.tags.map((t) => t ?? 'O'),
  }));
}

/** WikiFANE fine-grained classes → ANERcorp classes (GPE/LOC/FAC → LOC, VEH/WEA/PRO → MISC). */
const WIKIFANE_MAP: Record<string, string> = {
  Politician: 'PERS',
  Religious_PER: 'PERS',
  Artist: 'PERS',
  Other_PER: 'PERS',
  Scientist: 'PERS',
  Athlete: 'PERS',
  Businessperson: 'PERS',
  Engineer: 'PERS',
  Lawyer: 'PERS',
  Police: 'PERS',
  Group: 'O',
  Commercial: 'ORG',
  'Non-Governmental': 'ORG',
  Government: 'ORG',
  Educational: 'ORG',
  Media: 'ORG',
  Sports: 'ORG',
  Religious_ORG: 'ORG',
  'Medical-Science': 'ORG',
  Entertainment: 'ORG',
  'Population-Center': 'LOC',
  Nation: 'LOC',
  'State-or-Province': 'LOC',
  'County-or-District': 'LOC',
  Continent: 'LOC',
  'GPE-Cluster': 'LOC',
  'Water-Body': 'LOC',
  Celestial: 'LOC',
  'Land-Region-Natural': 'LOC',
  'Building-Grounds': 'LOC',
  Airport: 'LOC',
  Path: 'LOC',
  'Subarea-Facility': 'LOC',
};

/**
 * WikiFANE Gold with its tags mapped to the ANERcorp classes. WikiFANE splits clitics off (ATB style:
 * «و اكبر»، «ب القطارات»، «عاصمة ها»), ANERcorp keeps them glued («وطلوزة»): with `reglue` the clitics
 * are glued back so that both corpora are tokenised alike.
 */
export function readWikiFane(opts: { reglue?: boolean } = {}): TrainingSentence[] {
  const path = join(NER_DIR, 'WikiFANE_Gold_2014_500K.txt');
  const sentences = parseConll(readFileSync(path, 'utf8')).map((s) => ({
    tokens: s.tokens,
    tags: s.tags.map((t) => {
      if (t === undefined || t === 'O' || t.length < 3) return 'O';
      const cls = WIKIFANE_MAP[t.slice(2)] ?? 'MISC';
      return cls === 'O' ? 'O' : `${t.slice(0, 2)}${cls}`;
    }),
  }));
  return opts.reglue === true ? sentences.map(reglueClitics) : sentences;
}

/** Conjunctions and prepositions that WikiFANE writes as tokens of their own. */
const PROCLITIC_TOKENS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
/** Pronoun suffixes that WikiFANE writes as tokens of their own. */
const ENCLITIC_TOKENS = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'كما', 'كن', 'نا', 'ي']);
const ARABIC_WORD = /^[\u0621-\u064a]+$/;

/**
 * Glues split clitics back onto their words: a pronoun suffix onto the word before it (not after a word
 * with the article: «الشماليين هم» is the pronoun), then conjunctions and prepositions onto the word after
 * them (ل + ال… is written لل…). The glued token keeps the tag of its word, or B-X where the clitic began
 * a name.
 */
export function reglueClitics(s: TrainingSentence): TrainingSentence {
  const tokens: string[] = [];
  const tags: string[] = [];
  // enclitics first, so that «ل ه» becomes «له» and is not glued to the next word
  for (let i = 0; i < s.tokens.length; i++) {
    const tok = s.tokens[i]!;
    const prev = tokens[tokens.length - 1];
    if (
      ENCLITIC_TOKENS.has(tok) &&
      prev !== undefined &&
      ARABIC_WORD.test(prev) &&
      !prev.startsWith('ال') &&
      !ENCLITIC_TOKENS.has(prev)
    ) {
      // a suffix turns the feminine ending ة into ت: «عاصمة ها» → «عاصمتها»
      tokens[tokens.length - 1] = (prev.endsWith('ة') ? prev.slice(0, -1) + 'ت' : prev) + tok;
      continue;
    }
    tokens.push(tok);
    tags.push(s.tags[i]!);
  }
  const outTokens: string[] = [];
  const outTags: string[] = [];
  let pending = '';
  let pendingTag = 'O';
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const next = tokens[i + 1];
    if (PROCLITIC_TOKENS.has(tok) && next !== undefined && ARABIC_WORD.test(next)) {
      pending += tok;
      if (pendingTag === 'O') pendingTag = tags[i]!;
      continue;
    }
    if (pending !== '') {
      const word = pending.endsWith('ل') && tok.startsWith('ال') ? pending + tok.slice(1) : pending + tok;
      outTokens.push(word);
      outTags.push(pendingTag.startsWith('B-') ? pendingTag : tags[i]!);
      pending = '';
      pendingTag = 'O';
    } else {
      outTokens.push(tok);
      outTags.push(tags[i]!);
    }
  }
  return { tokens: outTokens, tags: outTags };
}

/** Titles that precede a person's name. */
const TITLES = `الرئيس رئيس الوزير وزير السيد السيده الشيخ الامير الملك الملكه الدكتور د المستشار النائب نائب
الجنرال اللواء العميد العقيد المقدم الرائد النقيب الفريق المشير الاب البابا الامام الحاج السفير سفير المبعوث مبعوث
المندوب مندوب الناطق المتحدث متحدث الامين امين الزعيم زعيم القائد قائد المدير مدير المفوض الاستاذ المهندس المحامي
القاضي الكاتب الروائي الشاعر الفنان الممثل المخرج اللاعب المدرب الحارس المطرب المغني الرئيسه الوزيره السلطان الخليفه
ولي العاهل الحاكم حاكم المرشد المرشح السناتور السيناتور عضو النجم الصحفي الباحث البروفيسور الكابتن المسيو مسيو السير
السيدة زوجه ابن ابنه شقيق المدعو المتهم`;

/** Words that head an organisation's name. */
const ORG_CUES = `وزاره حركه حزب منظمه اتحاد جمعيه شركه بنك مصرف جامعه هيئه مجلس لجنه وكاله صندوق مؤسسه مركز معهد نادي
فريق جبهه جيش قوات مجموعه تنظيم كتائب كتيبه الويه لواء رابطه نقابه محكمه برلمان البرلمان الكونغرس الكنيست منتدى
مكتب اداره دائره مديريه سلطه مفوضيه بعثه تحالف ائتلاف تجمع صحيفه جريده مجله اذاعه قناه تلفزيون مصلحه المنظمه الاتحاد
الحزب الحركه الجبهه الجمعيه الشركه الجامعه الهيئه المجلس اللجنه الوكاله الصندوق المؤسسه المركز المعهد النادي البنك
المصرف الامم وكالات شركات`;

const LOC_CUES = `مدينه محافظه ولايه اقليم منطقه قريه بلده جزيره جزر نهر بحر خليج جبل جبال صحراء مطار ميناء شارع حي مخيم
العاصمه عاصمه قضاء ناحيه المدينه المحافظه الولايه الاقليم المنطقه القريه`;

function words(list: string): string[] {
  return [...new Set(list.split(/\s+/).filter(Boolean).map(normalize))];
}

export interface GazetteerOptions {
  /**
   * Where the first-name list comes from: `train`, tokens that mostly begin a person in the training
   * data; `kb`, the hand-written given names (data/kb-src), which no training label went into; `none`.
   * Over seeds 13, 7 and 21 `kb` gave dev F1 73.8, 72.2, 70.6 against 72.0, 72.4, 71.4 for `train`: no
   * real gain, and it makes verbs that are also names persons ("صادق مجلس النواب", the parliament approved).
   */
  firstNames: 'kb' | 'train' | 'none';
  /** Also lists of KB names by class (person, organisation, place): no gain on dev (71.2 against 72.0). */
  kbNames: boolean;
}

export function buildGazetteer(
  train: TrainingSentence[],
  opts: GazetteerOptions = { firstNames: 'train', kbNames: false },
): Record<string, string[]> {
  const countries = new Set<string>();
  const translations = JSON.parse(readFileSync(join(GEO_DIR, 'country_translations.json'), 'utf8')) as Record<
    string,
    Record<string, string>
  >;
  for (const names of Object.values(translations)) {
    const ar = names.ar;
    if (ar !== undefined) countries.add(normalize(ar).replace(/\s+/g, ' ').trim());
  }
  const cities = new Set<string>();
  const rows = readFileSync(join(GEO_DIR, 'cities15000_arabic_names.tsv'), 'utf8').split('\n').slice(1);
  for (const row of rows) {
    const cols = row.split('\t');
    if (cols.length < 10) continue;
    for (const name of cols[9]!.split('|')) {
      const n = normalize(name).replace(/\s+/g, ' ').trim();
      if (n.replace(/ /g, '').length >= 3 && n.split(' ').length <= 4) cities.add(n);
    }
  }
  // First names: tokens that begin a person in the training data, mostly as names.
  const asFirst = new Map<string, number>();
  const total = new Map<string, number>();
  for (const s of train) {
    s.tokens.forEach((tok, i) => {
      const n = normalize(tok);
      total.set(n, (total.get(n) ?? 0) + 1);
      if (s.tags[i] === 'B-PERS') asFirst.set(n, (asFirst.get(n) ?? 0) + 1);
    });
  }
  const firstNames = [...asFirst]
    .filter(([w, c]) => c >= 2 && c / (total.get(w) ?? c) >= 0.5 && w.length >= 2)
    .map(([w]) => w)
    .sort();
  const fane = wikiFaneNames();
  return {
    country: [...countries].sort(),
    city: [...cities].sort(),
    firstName: opts.firstNames === 'kb' ? kbGivenNames() : opts.firstNames === 'train' ? firstNames : [],
    title: words(TITLES),
    orgCue: words(ORG_CUES),
    locCue: words(LOC_CUES),
    ...fane,
    actorPerson: actorPersons(),
    ...(opts.kbNames ? kbNames() : {}),
  };
}

/** The hand-written list of common given names (data/kb-src), which no training label went into. */
function kbGivenNames(): string[] {
  return [
    ...new Set(
      readFileSync(join(import.meta.dirname, '..', 'data', 'kb-src', 'given-names.txt'), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'))
        .map(normalize),
    ),
  ].sort();
}

/** Names in the shipped knowledge base by coarse class (built from GeoNames, UniversalPetrarch and curated lists). */
function kbNames(): Record<string, string[]> {
  const file = JSON.parse(
    gunzipSync(readFileSync(join(import.meta.dirname, '..', 'data', 'kb', 'kb.json.gz'))).toString('utf8'),
  ) as { entities: { type: string; aliases: string[] }[] };
  const byClass: Record<string, Set<string>> = { kbPerson: new Set(), kbOrg: new Set(), kbPlace: new Set() };
  const classOf: Record<string, string> = {
    PERSON: 'kbPerson',
    ORG: 'kbOrg',
    GPE: 'kbPlace',
    LOC: 'kbPlace',
    FAC: 'kbPlace',
  };
  for (const e of file.entities) {
    const k = classOf[e.type];
    if (k === undefined) continue;
    for (const a of e.aliases) {
      const n = normalize(a).replace(/\s+/g, ' ').trim();
      if (n.replace(/ /g, '').length >= 3 && n.split(' ').length <= 5) byClass[k]!.add(n);
    }
  }
  return Object.fromEntries(Object.entries(byClass).map(([k, v]) => [k, [...v].sort()]));
}

/**
 * Entity names from WikiFANE Gold (CC BY-SA 3.0): full names per class, and the tokens of person names
 * that are mostly seen inside names there.
 */
function wikiFaneNames(): Record<string, string[]> {
  const byClass: Record<string, Set<string>> = { PERS: new Set(), ORG: new Set(), LOC: new Set() };
  const inName = new Map<string, number>();
  const total = new Map<string, number>();
  for (const s of readWikiFane()) {
    const norms = s.tokens.map(normalize);
    norms.forEach((n) => total.set(n, (total.get(n) ?? 0) + 1));
    let i = 0;
    while (i < s.tags.length) {
      const tag = s.tags[i]!;
      if (tag === 'O') {
        i++;
        continue;
      }
      const type = tag.slice(2);
      let j = i + 1;
      while (j < s.tags.length && s.tags[j] === `I-${type}`) j++;
      const set = byClass[type];
      if (set !== undefined && j - i <= 5) set.add(norms.slice(i, j).join(' '));
      if (type === 'PERS')
        for (let k = i; k < j; k++) inName.set(norms[k]!, (inName.get(norms[k]!) ?? 0) + 1);
      i = j;
    }
  }
  const nameTokens = [...inName]
    .filter(([w, c]) => c >= 2 && c / (total.get(w) ?? c) >= 0.6 && w.length >= 2)
    .map(([w]) => w)
    .sort();
  return {
    fanePerson: [...byClass.PERS!].filter((n) => n.includes(' ')).sort(),
    faneNameToken: nameTokens,
    faneOrg: [...byClass.ORG!].sort(),
    faneLoc: [...byClass.LOC!].sort(),
  };
}

/** Multi-word person names from the UniversalPetrarch Arabic actor dictionary (MIT). */
function actorPersons(): string[] {
  const lines = readFileSync(join(SHARED, 'data', 'events', 'actor_dict_ar_v4.txt'), 'utf8').split(/\r?\n/);
  const cues = new Set([...words(ORG_CUES), ...words(TITLES), ...words(LOC_CUES)]);
  const out = new Set<string>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    // People are entries followed by dated role lines.
    if (/^\s/.test(line) || line.startsWith('#') || !/^\s+\[/.test(lines[i + 1]!)) continue;
    const parts = line.trim().split('_').filter(Boolean).map(normalize);
    if (parts.length < 2 || parts.length > 4 || parts.some((p) => cues.has(p) || cues.has('ال' + p)))
      continue;
    out.add(parts.join(' '));
  }
  return [...out].sort();
}

/** Clusters written by scripts/build-clusters.ts: `word \t fine [\t mid] \t coarse`; empty if not built yet. */
/**
 * A second clustering (build-clusters.ts with another seed and branching) aligned to the words of the
 * first: its fine cluster per word (ALT_NONE where it has none) and its fine → coarse map.
 */
export function readAltClusters(
  path: string,
  words: readonly string[],
): { alt: number[]; altCoarse: number[] } {
  const fine = new Map<string, number>();
  const coarse: number[] = [];
  for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 3) continue;
    const f = Number(cols[1]);
    fine.set(cols[0]!, f);
    coarse[f] = Number(cols[cols.length - 1]);
  }
  return {
    alt: words.map((w) => fine.get(w) ?? ALT_NONE),
    altCoarse: Array.from(coarse, (x) => x ?? 0),
  };
}

export function readClusters(): Pick<NerResourceData, 'words' | 'clusters' | 'coarse' | 'mid'> {
  if (!existsSync(CLUSTERS_FILE)) return { words: [], clusters: [], coarse: [] };
  const lines = gunzipSync(readFileSync(CLUSTERS_FILE)).toString('utf8').split('\n');
  const words: string[] = [];
  const clusters: number[] = [];
  const coarse: number[] = [];
  const mid: number[] = [];
  let levels = 0;
  for (const line of lines) {
    const cols = line.split('\t');
    if (cols.length < 3) continue;
    levels = cols.length - 1;
    const f = Number(cols[1]);
    words.push(cols[0]!);
    clusters.push(f);
    coarse[f] = Number(cols[cols.length - 1]);
    if (levels >= 3) mid[f] = Number(cols[2]);
  }
  const dense = (a: number[]): number[] => Array.from(a, (x) => x ?? 0);
  return levels >= 3
    ? { words, clusters, coarse: dense(coarse), mid: dense(mid) }
    : { words, clusters, coarse: dense(coarse) };
}
