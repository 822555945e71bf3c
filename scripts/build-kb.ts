/**
 * Builds the shipped knowledge base `data/kb/kb.json.gz` from the hand-written lists in `data/kb-src/`
 * and the open data in `../shared/data` (GeoNames CC BY 4.0; UniversalPetrarch actor dictionary, MIT).
 * Deterministic: the same inputs give the same bytes. Run with `npm run build:kb`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { normalize } from '../src/text/normalize.js';
import { transliterate } from '../src/annotate/entities/transliterate.js';
import { nisbaForms } from '../src/annotate/entities/nisba.js';
import { KB_FORMAT, type KbEntity, type KbFact, type KbFile } from '../src/annotate/entities/kb-format.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.RASD_SHARED ?? join(ROOT, '..', 'shared', 'data');
const SRC = join(ROOT, 'data', 'kb-src');
const OUT = join(ROOT, 'data', 'kb', 'kb.json.gz');

/** Arab-world countries: every GeoNames city with an Arabic name is kept; elsewhere only large ones. */
const ARAB = new Set('SY IQ LB YE LY PS SD EG SA AE QA BH KW OM JO TN DZ MA MR SS DJ SO KM'.split(' '));
const FOREIGN_MIN_POPULATION = 500_000;

function rows(file: string): string[][] {
  return readFileSync(join(SRC, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t').map((c) => c.trim()));
}
const list = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== '-');
const orNull = (s: string | undefined): string | null => (s && s !== '-' ? s : null);

/** `key=value@from..to;…` → facts. */
function parseFacts(cell: string | undefined): KbFact[] {
  const facts: KbFact[] = [];
  for (const part of list(cell?.replace(/;/g, '|'))) {
    const m = /^([a-z_]+)=([^@]*)(?:@(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?)?$/.exec(part);
    if (!m) throw new Error(`bad fact "${part}"`);
    facts.push([m[1]!, m[2]!, m[3] ?? null, m[4] ?? null]);
  }
  return facts;
}

/** Only letters of the Arabic alphabet proper (no Persian/Kurdish/Urdu letters) and spaces. */
const CLEAN_ARABIC = /^[\u0621-\u063a\u0641-\u064a\u064b-\u0652 ]+$/;

const entities: KbEntity[] = [];
const byId = new Map<string, KbEntity>();
function add(e: KbEntity): KbEntity {
  if (byId.has(e.id)) throw new Error(`duplicate id ${e.id}`);
  byId.set(e.id, e);
  entities.push(e);
  return e;
}
const entity = (id: string, type: KbEntity['type'], name: string, en: string | null): KbEntity => ({
  id,
  type,
  name,
  en,
  country: null,
  lat: null,
  lon: null,
  aliases: [],
  facts: [],
});

// --- countries (GeoNames countryInfo + translations + hand-written variants and nisbas) ---
const translations = JSON.parse(
  readFileSync(join(SHARED, 'geo', 'country_translations.json'), 'utf8'),
) as Record<string, Record<string, string>>;
const iso2to3 = new Map<string, string>();
const countryCapitalEn = new Map<string, string>();
const curatedCountries = new Map(rows('countries.tsv').map((r) => [r[0]!, r]));
for (const line of readFileSync(join(SHARED, 'geo', 'countryInfo.tsv'), 'utf8').split('\n')) {
  if (line.startsWith('#') || line.trim() === '') continue;
  const c = line.split('\t');
  const [iso2, iso3, , , en, capital] = c;
  if (!iso2 || !iso3 || !en) continue;
  iso2to3.set(iso2, iso3);
  if (capital) countryCapitalEn.set(iso3, capital);
  const arRaw = translations[c[16] ?? '']?.ar ?? null;
  const ar = arRaw && CLEAN_ARABIC.test(arRaw) ? arRaw.replace(/[\u064b-\u0652]/g, '') : null;
  const cur = curatedCountries.get(iso3);
  const variants = list(cur?.[3]);
  const name = variants[0] ?? ar;
  if (!name) continue;
  const e = add(entity(`kb:gpe:${iso3}`, 'GPE', name, en));
  e.country = iso3;
  e.aliases = [...new Set([...variants, ...(ar ? [ar] : [])])];
  const nisbas = list(cur?.[1]);
  if (nisbas.length > 0) {
    const n = add(entity(`kb:norp:${iso3}`, 'NORP', nisbas[0]!, cur?.[4] ?? null));
    n.country = iso3;
    n.aliases = [...new Set(nisbas.flatMap((b) => nisbaForms(b, list(cur?.[2]))))];
    n.facts.push(['of', `kb:gpe:${iso3}`, null, null]);
  }
}

// --- other adjectives: groups, organisations, regions ---
for (const r of rows('adjectives.tsv')) {
  const [id, bases, plurals, en, ref] = r;
  const forms = list(bases);
  const n = add(entity(id!, 'NORP', forms[0]!, orNull(en)));
  n.aliases = [...new Set(forms.flatMap((b) => nisbaForms(b, list(plurals))))];
  if (orNull(ref)) n.facts.push(['of', ref!, null, null]);
}

// --- hand-written places (capitals with their facts, provinces, regions, zones, facilities) ---
const curatedPlaceKeys = new Map<string, string>(); // country|normalised name → id
for (const r of rows('places.tsv')) {
  const [id, type, country, name, en, aliases, lat, lon, facts] = r;
  const e = add(entity(id!, type as KbEntity['type'], name!, orNull(en)));
  e.country = orNull(country);
  e.aliases = [...new Set([name!, ...list(aliases)])];
  e.lat = lat ? Number(lat) : null;
  e.lon = lon ? Number(lon) : null;
  e.facts = parseFacts(facts);
  for (const a of e.aliases) curatedPlaceKeys.set(`${e.country}|${normalize(a)}`, e.id);
  if (en) curatedPlaceKeys.set(`${e.country}|${en.toLowerCase()}`, e.id);
  for (const f of e.facts) {
    if (f[0] === 'capital_of') byId.get(`kb:gpe:${f[1]}`)?.facts.push(['capital', e.id, f[2], f[3]]);
  }
}

// --- frequent words of the ANT news corpus: a GeoNames city name that is one of them is usually a common word ---
const frequency = new Map<string, number>();
/** How often a word follows a noun that introduces a place ("معتمدية X", "بولاية X"). */
const afterPlaceNoun = new Map<string, number>();
const PLACE_NOUNS = new Set(
  'معتمدية ولاية مدينة بلدية منطقة قرية جهة عمادة معتمديات ولايات مدن مناطق بلديات'
    .split(' ')
    .flatMap((w) => ['', 'ب', 'ل', 'و', 'وب'].map((p) => normalize(p + w))),
);
const ant = gunzipSync(readFileSync(join(SHARED, 'news', 'ant.jsonl.gz'))).toString('utf8');
for (const line of ant.split('\n')) {
  if (!line) continue;
  const rec = JSON.parse(line) as { title?: string; body?: string };
  let previous = '';
  for (const w of `${rec.title ?? ''} ${rec.body ?? ''}`.split(/[^\u0621-\u064a\u064b-\u0652]+/)) {
    if (w.length < 2) continue;
    const n = normalize(w);
    frequency.set(n, (frequency.get(n) ?? 0) + 1);
    if (PLACE_NOUNS.has(previous)) afterPlaceNoun.set(n, (afterPlaceNoun.get(n) ?? 0) + 1);
    previous = n;
  }
}
const commonWords = new Set(
  [...frequency.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 16000)
    .map(([w]) => w),
);
/**
 * A word (or the word without its article) that the news uses often, and not mostly as a place: a
 * Tunisian town is frequent in Tunisian news, but a fifth of its uses or more follow a place noun
 * ("معتمدية طبربة": 7 of 12), where a common word rarely does (الجديدة "the new": 3 of 309); four
 * such uses at least, so that a rare word is not a place by chance (العقبة "the obstacle").
 */
const PLACE_SHARE = 0.2;
const PLACE_MIN = 4;
/** Geographic common nouns: after a place noun they name a region of the news' own country ("منطقة الساحل"). */
const GEOGRAPHIC_NOUNS = new Set(
  ['الساحل', 'الجبل', 'الوادي', 'الصحراء', 'الشمال', 'الجنوب', 'الوسط'].map(normalize),
);
const common = (n: string): boolean =>
  (commonWords.has(n) || (n.startsWith('ال') && commonWords.has(n.slice(2)))) &&
  !(
    !GEOGRAPHIC_NOUNS.has(n) &&
    (afterPlaceNoun.get(n) ?? 0) >= PLACE_MIN &&
    (afterPlaceNoun.get(n) ?? 0) >= PLACE_SHARE * (frequency.get(n) ?? 0)
  );

const givenNames = [
  ...new Set(
    readFileSync(join(SRC, 'given-names.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map(normalize),
  ),
];
const givenNameSet = new Set(givenNames);

// --- GeoNames cities with Arabic names ---
interface City {
  id: string;
  en: string;
  country: string;
  feature: string;
  lat: number;
  lon: number;
  population: number;
  names: string[];
}
const cities: City[] = [];
for (const line of readFileSync(join(SHARED, 'geo', 'cities15000_arabic_names.tsv'), 'utf8')
  .split('\n')
  .slice(1)) {
  const c = line.split('\t');
  if (c.length < 10) continue;
  const country = iso2to3.get(c[3]!);
  if (!country) continue;
  const population = Number(c[8]);
  const capital = c[5] === 'PPLC';
  if (!ARAB.has(c[3]!) && !capital && population < FOREIGN_MIN_POPULATION) continue;
  const names = list(c[9])
    .map((n) => n.replace(/^(محافظة|مدينة|ولاية|بلدية) /, '').replace(/[\u064b-\u0652]/g, ''))
    .filter((n) => CLEAN_ARABIC.test(n) && normalize(n).replace(/ /g, '').length >= 3);
  if (names.length === 0) continue;
  cities.push({
    id: `kb:gpe:gn${c[0]}`,
    en: c[1]!,
    country,
    feature: c[5]!,
    lat: Number(c[6]),
    lon: Number(c[7]),
    population,
    names: [...new Set(names)],
  });
}
cities.sort((a, b) => b.population - a.population || (a.id < b.id ? -1 : 1));
for (const city of cities) {
  const curated =
    curatedPlaceKeys.get(`${city.country}|${city.en.toLowerCase()}`) ??
    city.names.map((n) => curatedPlaceKeys.get(`${city.country}|${normalize(n)}`)).find((x) => x);
  if (curated) {
    // the hand-written entry wins; it inherits the GeoNames id as a fact and any coordinates it lacks
    const e = byId.get(curated)!;
    if (!e.facts.some((f) => f[0] === 'geonames')) e.facts.push(['geonames', city.id.slice(8), null, null]);
    e.lat ??= city.lat;
    e.lon ??= city.lon;
    continue;
  }
  // a small town named like a common word (الوقف، الجديدة) or a given name (كريم) is dropped
  const aliases = city.names.filter(
    (n) =>
      city.feature === 'PPLC' ||
      n.includes(' ') ||
      (city.population >= 300_000 && !givenNameSet.has(normalize(n))) ||
      (!common(normalize(n)) && !givenNameSet.has(normalize(n))),
  );
  if (aliases.length === 0) continue;
  const e = add(entity(city.id, 'GPE', aliases[0]!, city.en));
  e.country = city.country;
  e.lat = city.lat;
  e.lon = city.lon;
  e.aliases = aliases;
  e.facts.push(['population', String(city.population), null, null]);
  if (city.feature === 'PPLC') {
    e.facts.push(['capital_of', city.country, null, null]);
    const country = byId.get(`kb:gpe:${city.country}`);
    if (country && !country.facts.some((f) => f[0] === 'capital'))
      country.facts.push(['capital', e.id, null, null]);
  }
}

// --- organisations, events, persons (hand-written) ---
for (const [id, type, country, name, en, aliases, facts] of rows('orgs.tsv')) {
  const e = add(entity(id!, type as KbEntity['type'], name!, orNull(en)));
  e.country = orNull(country);
  e.aliases = [...new Set([name!, ...list(aliases)])];
  e.facts = parseFacts(facts);
}
for (const [id, name, en, country, aliases, facts] of rows('events.tsv')) {
  const e = add(entity(id!, 'EVENT', name!, orNull(en)));
  e.country = orNull(country);
  e.aliases = [...new Set([name!, ...list(aliases)])];
  e.facts = parseFacts(facts);
}
const countryRef = (s: string): string => (/^[A-Z]{3}$/.test(s) ? `kb:gpe:${s}` : s);
for (const [id, name, en, country, aliases, offices] of rows('persons.tsv')) {
  const e = add(entity(id!, 'PERSON', name!, orNull(en)));
  e.country = orNull(country);
  e.aliases = [...new Set([name!, ...list(aliases)])];
  for (const office of (offices ?? '').split(';').filter((s) => s.trim())) {
    const [role, of, from, to] = office.split('|');
    e.facts.push(['office', `${role}|${countryRef(of ?? '')}`, from || null, to || null]);
  }
}

// --- persons from the UniversalPetrarch Arabic actor dictionary (MIT) ---
const NOT_A_NAME = new Set(
  (
    'رئيس وزير وزيرة وزارة مجلس حكومة حزب جيش قوة قوات منظمة حركة اتحاد سفارة قيادة جندي دبلوماسي عاهل مخابرات ' +
    'طيران برلمان بلدية تلفزيون جامعة محكمة شرطة جنرال دكتور مسؤول عنصر مدينة عاصمة ولاية سلطة ديوان سلاح دولة ' +
    'قائد رئاسة مكتب لجنة هيئة جمعية نائب سفير ملك أمير شيخ إمام متحدث ناطق مدير أمين عام وكيل مبعوث مندوب ممثل ' +
    'منسق مستشار معارضة متمرد مسلح ميليشيا مقاتل إرهابي لاجئ سجين معتقل مواطن شعب طالب عامل نقابة شركة بنك صندوق ' +
    'وكالة إذاعة صحيفة قناة كتيبة لواء فرقة جبهة تنظيم جماعة فصيل تحالف ائتلاف مؤتمر قمة مجموعة سكان أهل حرس أمن ' +
    'جنوب شمال شرق غرب وسط إقليم منطقة محافظة جزيرة بحر نهر جبل سابق جديد دولي عالمي وطني أعلى عسكري سياسي مدني ' +
    'ل ب و في من على إلى عن مع جنسية حرب سلام أسير ضابط رقيب عقيد عميد مقدم نقيب ملازم بابا كاردينال أسقف رجل امرأة ' +
    'طفل شاب رجال نساء أطفال مسلم مسيحي يهودي قوى نظام حاكم قاضي محامي صحفي مراسل خبير بعثة وفد مراقب مفتش ' +
    'تايمز بوست بلدة قرية ساحة تيار لقاء خادم ملكة أدميرال الأدميرال ملا الملا حي شارع مخيم سوق مسجد كنيسة مستشفى مطار ميناء معبر'
  )
    .split(' ')
    .map(normalize),
);
const COMPOUND_GIVEN = new Set(['عبد']);
const veryCommon = new Set([...commonWords].slice(0, 1500));

const knownAliases = new Set(entities.flatMap((e) => e.aliases.map(normalize)));
const nisbaWords = new Set(
  entities.filter((e) => e.type === 'NORP' || e.type === 'GPE').flatMap((e) => e.aliases.map(normalize)),
);
const lines = readFileSync(join(SHARED, 'events', 'actor_dict_ar_v4.txt'), 'utf8').split('\n');
const actorCodes = new Map<string, KbFact[]>();
let current: string | null = null;
const date = (d: string | undefined): string | null =>
  d && /^\d{8}$/.test(d) && d !== '18000101' ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}` : null;
function addCode(name: string, code: string): void {
  const m = /^\[?([A-Z~]+)\s*(?:>\s*(\d{8})|(\d{8})-(\d{8}))?\]?$/.exec(code.trim());
  if (!m) return;
  const facts = actorCodes.get(name) ?? [];
  const from = date(m[2] ?? m[3]);
  let to = date(m[4]);
  if (from && to && to < from) to = null;
  facts.push(['cameo', m[1]!, from, to]);
  actorCodes.set(name, facts);
}
for (const raw of lines) {
  if (raw.trim() === '') continue;
  if (/^\s/.test(raw) && current) {
    const m = /\[[^\]]+\]/.exec(raw);
    if (m) addCode(current, m[0].slice(1, -1));
    continue;
  }
  const m = /^\s*([^\s[]+)\s*(\[[^\]]+\])?/.exec(raw);
  if (!m) continue;
  current = m[1]!;
  if (m[2]) addCode(current, m[2].slice(1, -1));
}
/** English names of the dictionary's persons (hand-written), "-" for entries that are no person. */
const petrarchEn = new Map(rows('petrarch-en.tsv').map(([ar, en]) => [normalize(ar!), en!]));
const petrarchNamed = new Set<string>();
const petrarchByEn = new Map<string, KbEntity>(
  entities.filter((e) => e.type === 'PERSON' && e.en !== null).map((e) => [e.en!, e]),
);
const takenIds = new Set(byId.keys());
for (const [raw, facts] of [...actorCodes.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const parts = raw.split('_').filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 4) continue;
  const name = parts.join(' ');
  if (!CLEAN_ARABIC.test(name)) continue;
  const norms = parts.map(normalize);
  // "عبد العزيز": a compound given name alone names nobody in particular
  if (parts.length === 2 && COMPOUND_GIVEN.has(norms[0]!)) continue;
  if (norms.some((p) => p.length < 2 || NOT_A_NAME.has(p) || nisbaWords.has(p))) continue;
  // a common word of the news with the article (الاصالة, الهديم) is not part of a person's name
  if (norms.some((p) => p.startsWith('ال') && veryCommon.has(p))) continue;
  if (knownAliases.has(normalize(name)) || nisbaWords.has(normalize(name))) continue;
  const known = petrarchEn.get(normalize(name));
  if (known === '-') continue;
  knownAliases.add(normalize(name));
  // several spellings of one person (جلعاد شاليط، جلعاد شليط) make one entity
  const same = known === undefined ? undefined : petrarchByEn.get(known);
  if (same !== undefined) {
    same.aliases.push(name);
    if (same.id.startsWith('kb:per:up-'))
      for (const f of facts) if (!same.facts.some((g) => g.join('|') === f.join('|'))) same.facts.push(f);
    continue;
  }
  const en = known ?? transliterate(name);
  let id = `kb:per:up-${en
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '')}`;
  for (let i = 2; takenIds.has(id); i++) id = `${id.replace(/-\d+$/, '')}-${i}`;
  takenIds.add(id);
  const e = add(entity(id, 'PERSON', name, known ?? null));
  if (known !== undefined) {
    petrarchNamed.add(id);
    petrarchByEn.set(known, e);
  }
  const first = facts[0]?.[1] ?? '';
  e.country = /^[A-Z]{3}/.test(first) && byId.has(`kb:gpe:${first.slice(0, 3)}`) ? first.slice(0, 3) : null;
  e.aliases = [name];
  e.facts = facts;
}

// --- each alias belongs to one entity: the first one listed wins (countries, curated lists, then larger cities) ---
const owner = new Map<string, string>();
for (const e of entities) {
  e.aliases = e.aliases.filter((a) => {
    const key = normalize(a);
    const prev = owner.get(key);
    if (prev !== undefined && prev !== e.id) return false;
    owner.set(key, e.id);
    return true;
  });
}
const kept = entities.filter((e) => e.aliases.length > 0 || e.type === 'GPE');

// --- names that are also ordinary words: a fact on the entity, so matching asks the tagger first ---
const homonyms = new Set(
  readFileSync(join(SRC, 'homonyms.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map(normalize),
);
for (const e of kept) {
  for (const a of e.aliases) {
    if (homonyms.has(normalize(a))) e.facts.push(['homonym', normalize(a), null, null]);
  }
}

const bodies = rows('bodies.tsv').map(([code, gender, forms, en]) => ({
  code: code!,
  gender: gender === 'm' ? ('m' as const) : ('f' as const),
  forms: list(forms),
  en: en!,
}));
const roles = rows('roles.tsv').map(([phrase, role]) => [phrase!, role!] as [string, string]);

// --- frequent words that are not parts of known names: a title is never followed by them as a name ---
const nameWords = new Set(
  kept.filter((e) => e.type === 'PERSON').flatMap((e) => e.aliases.flatMap((a) => normalize(a).split(' '))),
);
for (const g of givenNames) nameWords.add(g);
const commonNonNames = [...commonWords].slice(0, 15000).filter((w) => !nameWords.has(w));

// --- Latin forms of name words: the curated list, then words of KB persons whose Arabic and English
// names have as many words ("بشار الأسد" / "Bashar al-Assad" → الاسد = al-Assad); the first one wins ---
const latin = new Map<string, string>();
for (const [en, arabic] of rows('latin-names.tsv'))
  for (const a of list(arabic)) if (!latin.has(normalize(a))) latin.set(normalize(a), en!);
for (const e of kept) {
  if (e.type !== 'PERSON' || e.en === null) continue;
  const ar = normalize(e.name).split(' ');
  const en = e.en.split(' ');
  if (ar.length !== en.length || ar.length < 2) continue;
  ar.forEach((w, k) => {
    // the dictionary's spellings are sometimes broken (دور باكوياني = Dora Bakoyannis): no common word
    if (petrarchNamed.has(e.id) && commonWords.has(w)) return;
    if (!latin.has(w) && /^[A-Z][\p{L}'-]+$/u.test(en[k]!.replace(/^al-/, 'Al-'))) latin.set(w, en[k]!);
  });
}

const file: KbFile = {
  format: KB_FORMAT,
  sources: [
    'GeoNames (geonames.org), CC BY 4.0: cities15000, countryInfo, country names',
    'UniversalPetrarch Arabic actor dictionary, MIT',
    'rasd hand-written lists (data/kb-src), Apache-2.0',
  ],
  entities: kept,
  bodies,
  roles,
  common: commonNonNames,
  latin: [...latin].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  givenNames,
};
mkdirSync(dirname(OUT), { recursive: true });
const json = JSON.stringify(file);
writeFileSync(OUT, gzipSync(json, { level: 9 }));
const count = (t: string): number => kept.filter((e) => e.type === t).length;
console.log(
  `wrote ${OUT}: ${kept.length} entities (${['GPE', 'LOC', 'FAC', 'ORG', 'PERSON', 'NORP', 'EVENT']
    .map((t) => `${t} ${count(t)}`)
    .join(', ')}), ${(json.length / 1e6).toFixed(2)} MB JSON`,
);
