/**
 * Evaluates the times and quantities layers on the hand-annotated sets eval/times.jsonl and
 * eval/quantities.jsonl (sentences of ANT articles with their publication dates) and writes
 * docs/eval/times.md. Each annotated sentence is analysed alone by the default pipeline with its
 * article's publication date; a gold expression is matched by the system expression overlapping it.
 *   exact value: the overlapping expression has the gold type, value (and mod, where given)
 *   span: the system span equals the gold span
 *   false positives: system expressions in annotated sentences that overlap no gold expression
 * Tuning was done on the `dev` part first; `heldout` was annotated (and committed) before the system
 * was ever run on it, and then used for tuning too; `blind` was annotated (and committed) after all three
 * had been used, before the system was run on it, measured once (90.0% / 85.8%), and then tuned as well:
 * the kinds of failure it showed were fixed by general rules tested on examples of their own; `blind2` was
 * annotated (and committed) after `blind` had been read, before the system was run on it, measured once
 * (91.6% / 91.0%), and in session 4 tuned like `blind`; `blind3` was annotated (and committed) by a
 * separate annotator who had not seen the system's output on it, before the system was run on it,
 * measured once (92.2% / 90.6%), and in session 5 tuned like the others; `blind4` was annotated (and
 * committed) by a separate annotator in session 5 while the fixes were being made by someone who never
 * saw it, measured once when they were merged (90.7% / 91.4%), and in session 6 its failures were read
 * and it was tuned like the others; `blind5` was annotated the same way in session 6 (the first 80 of its
 * sentences again by a second annotator: scripts/eval-agreement.ts), measured once after session 6's fixes
 * had been merged (93.9% / 91.6%), and then its failures were read in session 6 and it was tuned like the
 * others; the next honest split, `blind6`, was annotated meanwhile by a separate annotator and measured once
 * (96.4% / 94.6%), and in session 7 its failures were read and it was tuned like the others; the next honest
 * split, `blind7`, was annotated meanwhile by a separate annotator, measured once by session 7's final rules
 * (93.7% / 97.5%), and in session 8 its failures were read and it was tuned like the others.
 * Splits `snn16` and `snn16b` (session 16) are sentences of SaudiNewsNet, a second source (Saudi papers, 2015)
 * that may not be shipped: eval/times-snn.jsonl and eval/quantities-snn.jsonl keep offsets and labels only, and
 * the words are read back from ../shared/data/news (scripts/external-gold.ts); without it those rows count nothing.
 * Usage: npm run eval:times
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { createDoc, type Doc } from '../src/doc/index.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { normalize } from '../src/text/normalize.js';
import { unpackSpans } from './external-gold.js';

const SPLITS = [
  'dev',
  'test',
  'heldout',
  'blind',
  'blind2',
  'blind3',
  'blind4',
  'blind5',
  'blind6',
  'blind7',
  'blind8',
  'blind9',
  'blind10',
  'blind11',
  'blind12',
  'blind13',
  'blind14',
  'blind15',
  'blind16',
  'snn16',
  'snn16b',
] as const;
/** The honest split: annotated apart and measured once by the session's final rules; its failures are unread. */
const HONEST: ReadonlySet<string> = new Set(['blind16', 'snn16b']);
/** The splits that were used for tuning: all the others (`blind` since session 3, `blind2` since 4, `blind3` since 5, `blind4` and `blind5` since 6, `blind6` since 7, `blind7` since 8, `blind8` since 9, `blind9` since 10, `blind10` since 11, `blind11` since 12, `blind12` since 13, `blind13` since 14, `blind14` since 15, `blind15` since 16). */
const TUNED = SPLITS.filter((split) => !HONEST.has(split));
/** The splits annotated apart from the rules, each first measured unseen. */
const BLIND = SPLITS.filter((split) => split.startsWith('blind'));
type Split = (typeof SPLITS)[number];
/**
 * The honest split's failure lists stay out of the report (and so out of every diff an engineer may read) unless
 * `--reveal-honest` is given: the session that tunes on it reveals them, the session measuring it does not.
 */
const REVEAL_HONEST = process.argv.includes('--reveal-honest');
/**
 * Even its totals are left out unless asked for (`--measure-honest` or RASD_MEASURE_HONEST=1, as the lead does for
 * the baseline and once at the end of a session), so that nobody tunes against them while working.
 */
const MEASURE_HONEST =
  REVEAL_HONEST || process.argv.includes('--measure-honest') || process.env.RASD_MEASURE_HONEST === '1';
const measured = (g: { split: string }) => MEASURE_HONEST || !HONEST.has(g.split);
const listed = (split: Split) => REVEAL_HONEST || !HONEST.has(split);
/** Splits on text that may not be shipped: their failure lists go to .tmp/eval/, never into the report. */
const EXTERNAL: ReadonlySet<string> = new Set(['snn16', 'snn16b']);

interface GoldBase {
  id: string;
  split: Split;
  article: string;
  published: string;
  sentence: string;
  text: string;
}
interface GoldTime extends GoldBase {
  type: string;
  value: string;
  mod?: string;
}
interface GoldQuantity extends GoldBase {
  value: number;
  kind: string;
  unit: string | null;
  approx: string | null;
  casualty: string | null;
}

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** A match that does not cut a number or a word: "3" is not found inside "53", nor اليوم in اليومي. */
function atBoundary(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  if (/\p{N}/u.test(text[start]!) && /\p{N}/u.test(before)) return false;
  if (/\p{N}/u.test(text[end - 1]!) && /\p{N}/u.test(after)) return false;
  if (/\p{L}/u.test(text[end - 1]!) && /\p{L}/u.test(after)) return false;
  return true;
}

/**
 * Analyses each distinct sentence once; finds each gold text's span: its first occurrence that no gold
 * expression located before it in the same sentence covers (so repeats take the next occurrence, and
 * اليوم after "مساء اليوم الخميس" is not found inside it). Gold records follow the sentence order.
 */
function locate<G extends GoldBase>(gold: G[]): { g: G; doc: Doc; start: number; end: number }[] {
  const docs = new Map<string, Doc>();
  const taken = new Map<string, { start: number; end: number }[]>();
  const out: { g: G; doc: Doc; start: number; end: number }[] = [];
  for (const g of gold) {
    const key = `${g.article}\u0000${g.sentence}`;
    let doc = docs.get(key);
    if (!doc) {
      doc = defaultPipeline().run(createDoc({ id: g.article, body: g.sentence, published: g.published }));
      docs.set(key, doc);
    }
    // The reader repairs presentation forms (ﻻ → لا) that scraped text, and so a copied span, may hold.
    const text = squash(/[\uFB50-\uFDFF\uFE70-\uFEFF]/.test(g.text) ? g.text.normalize('NFKC') : g.text);
    const spans = taken.get(key) ?? [];
    taken.set(key, spans);
    const free = (at: number) => !spans.some((s) => overlaps(s, { start: at, end: at + text.length }));
    let at = -1;
    do at = doc.text.indexOf(text, at + 1);
    while (at >= 0 && !(atBoundary(doc.text, at, at + text.length) && free(at)));
    // An annotator may end a span inside glued words («14 أفريلعلى» → «14 أفريل»): then any free occurrence.
    if (at < 0) {
      do at = doc.text.indexOf(text, at + 1);
      while (at >= 0 && !free(at));
    }
    if (at < 0) throw new Error(`${g.id}: "${g.text}" not found in its analysed sentence`);
    spans.push({ start: at, end: at + text.length });
    out.push({ g, doc, start: at, end: at + text.length });
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

interface Score {
  n: number;
  exact: number;
  span: number;
  found: number;
  fp: number;
  failures: string[];
  falsePositives: string[];
  /** Right value, different span. */
  spanDiffs: string[];
}

function scoreTimes(gold: GoldTime[]): Score {
  const located = locate(gold);
  const s: Score = {
    n: gold.length,
    exact: 0,
    span: 0,
    found: 0,
    fp: 0,
    failures: [],
    falsePositives: [],
    spanDiffs: [],
  };
  for (const { g, doc, start, end } of located) {
    const hits = doc.times.filter((t) => overlaps(t, { start, end }));
    const ok = hits.some((t) => t.type === g.type && t.value === g.value && (t.mod ?? '') === (g.mod ?? ''));
    if (hits.length) s.found++;
    if (ok) s.exact++;
    if (hits.some((t) => t.start === start && t.end === end)) s.span++;
    else if (ok) s.spanDiffs.push(`${g.id} «${g.text}» read as «${hits.map((t) => t.text).join(' | ')}»`);
    if (!ok) {
      const got =
        hits.map((t) => `«${t.text}» ${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ''}`).join('; ') ||
        'nothing';
      s.failures.push(
        `${g.id} (${g.published}) «${g.text}» expected ${g.type} ${g.value}${g.mod ? ` ${g.mod}` : ''}, got ${got}`,
      );
    }
  }
  for (const doc of new Set(located.map((l) => l.doc))) {
    const spans = located.filter((l) => l.doc === doc);
    for (const t of doc.times) {
      if (!spans.some((l) => overlaps(t, l))) {
        s.fp++;
        s.falsePositives.push(`«${t.text}» ${t.type} ${t.value} in «${doc.text.slice(0, 60)}…»`);
      }
    }
  }
  return s;
}

interface QScore extends Score {
  attrs: { unit: [number, number]; approx: [number, number]; casualty: [number, number] };
}

function scoreQuantities(gold: GoldQuantity[]): QScore {
  const located = locate(gold);
  const s: QScore = {
    n: gold.length,
    exact: 0,
    span: 0,
    found: 0,
    fp: 0,
    failures: [],
    falsePositives: [],
    spanDiffs: [],
    attrs: { unit: [0, 0], approx: [0, 0], casualty: [0, 0] },
  };
  for (const { g, doc, start, end } of located) {
    const hits = doc.quantities.filter((q) => overlaps(q, { start, end }));
    const best = hits.find((q) => q.value === g.value && q.kind === g.kind);
    if (hits.length) s.found++;
    if (best) {
      s.exact++;
      // attributes are scored on the quantities whose value and kind are right
      const unitOk =
        g.unit === null ? best.unit === null : best.unit === g.unit || best.unit === normalize(g.unit);
      s.attrs.unit[1]++;
      if (unitOk) s.attrs.unit[0]++;
      s.attrs.approx[1]++;
      if (best.approx === g.approx) s.attrs.approx[0]++;
      s.attrs.casualty[1]++;
      if (best.casualty === g.casualty) s.attrs.casualty[0]++;
      if (!unitOk || best.approx !== g.approx || best.casualty !== g.casualty) {
        s.failures.push(
          `${g.id} «${g.text}» attributes: expected unit=${g.unit} approx=${g.approx} casualty=${g.casualty}, got unit=${best.unit} approx=${best.approx} casualty=${best.casualty}`,
        );
      }
    } else {
      const got = hits.map((q) => `«${q.text}» ${q.value} ${q.kind}`).join('; ') || 'nothing';
      s.failures.push(`${g.id} «${g.text}» expected ${g.value} ${g.kind}, got ${got}`);
    }
    if (hits.some((q) => q.start === start && q.end === end)) s.span++;
    else if (best) s.spanDiffs.push(`${g.id} «${g.text}» read as «${hits.map((q) => q.text).join(' | ')}»`);
  }
  for (const doc of new Set(located.map((l) => l.doc))) {
    const spans = located.filter((l) => l.doc === doc);
    for (const q of doc.quantities) {
      if (!spans.some((l) => overlaps(q, l))) {
        s.fp++;
        s.falsePositives.push(`«${q.text}» ${q.value} ${q.kind} in «${doc.text.slice(0, 60)}…»`);
      }
    }
  }
  return s;
}

/**
 * Exact values of each split before the fixes it prompted: dev, test and heldout when `heldout` was
 * first measured (a61ddfc); blind at its first and only unseen measurement (session 2); later splits by the rules
 * of the session before their honest measurement.
 */
const BEFORE: Record<Split, { times: string; quantities: string }> = {
  dev: { times: '97.6%', quantities: '100.0%' },
  test: { times: '84.9%', quantities: '88.7%' },
  heldout: { times: '83.5%', quantities: '78.2%' },
  blind: { times: '90.0%', quantities: '85.8%' },
  blind2: { times: '91.6%', quantities: '91.0%' },
  blind3: { times: '92.2%', quantities: '90.6%' },
  blind4: { times: '90.7%', quantities: '91.4%' },
  blind5: { times: '93.9%', quantities: '91.6%' },
  blind6: { times: '96.4%', quantities: '94.6%' },
  blind7: { times: '93.7%', quantities: '97.5%' },
  blind8: { times: '94.9%', quantities: '94.6%' },
  blind9: { times: '93.1%', quantities: '90.0%' },
  blind10: { times: '94.2%', quantities: '94.6%' },
  blind11: { times: '91.2%', quantities: '96.1%' },
  blind12: { times: '95.4%', quantities: '92.6%' },
  blind13: { times: '94.0%', quantities: '95.3%' },
  blind14: { times: '94.8%', quantities: '94.3%' },
  blind15: { times: '95.1%', quantities: '93.7%' },
  blind16: { times: '95.7%', quantities: '96.8%' },
  snn16: { times: '88.5%', quantities: '88.5%' },
  snn16b: { times: '83.8%', quantities: '85.0%' },
};

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);

function row(name: string, s: Score): string {
  const precision = pct(s.found - 0 > 0 ? s.exact : 0, s.exact + s.fp + (s.found - s.exact));
  return `| ${name} | ${s.n} | ${pct(s.exact, s.n)} | ${pct(s.span, s.n)} | ${pct(s.found, s.n)} | ${s.fp} | ${precision} |`;
}

const externalTimes = unpackSpans<GoldTime>('eval/times-snn.jsonl');
const externalQuantities = unpackSpans<GoldQuantity>('eval/quantities-snn.jsonl');
const times = [...readJsonl<GoldTime>('eval/times.jsonl'), ...(externalTimes ?? [])].filter(measured);
const quantities = [
  ...readJsonl<GoldQuantity>('eval/quantities.jsonl'),
  ...(externalQuantities ?? []),
].filter(measured);
const t = Object.fromEntries(
  SPLITS.map((split) => [split, scoreTimes(times.filter((g) => g.split === split))]),
) as Record<Split, Score>;
const q = Object.fromEntries(
  SPLITS.map((split) => [split, scoreQuantities(quantities.filter((g) => g.split === split))]),
) as Record<Split, QScore>;
const all = (scores: Score[]): Score => ({
  n: scores.reduce((a, s) => a + s.n, 0),
  exact: scores.reduce((a, s) => a + s.exact, 0),
  span: scores.reduce((a, s) => a + s.span, 0),
  found: scores.reduce((a, s) => a + s.found, 0),
  fp: scores.reduce((a, s) => a + s.fp, 0),
  failures: [],
  falsePositives: [],
  spanDiffs: [],
});

/** Sentences drawn for `blind2` (`scripts/draw-eval-sentences.ts 9090 200`); those with neither a time nor a quantity are in no file. */
const BLIND2_DRAWN = 200;
/** Sentences drawn for `blind3` (`scripts/draw-eval-sentences.ts 50505 230`); likewise. */
const BLIND3_DRAWN = 230;
/** Sentences drawn for `blind4` (`scripts/draw-eval-sentences.ts 60606 240`); likewise. */
const BLIND4_DRAWN = 240;
/**
 * Unseen sentences read through the system in session 5 (not committed): `draw-eval-sentences.ts 12121
 * 300`, `24680 320`, `13579 260` and `97531 220`, less those of articles another annotator had drawn for
 * the next split.
 */
const SESSION5_READ = {
  seeds: '`draw-eval-sentences.ts 12121 300`, `24680 320`, `13579 260` and `97531 220`',
  sentences: 289 + 315 + 250 + 212,
};
/**
 * Unseen sentences read through the system in session 6 (not committed): `draw-eval-sentences.ts 20202
 * 300`, `30303 330` and `40404 260`, less those of the held-out articles (/work/holdout-articles.txt) another annotator
 * is turning into the next split.
 */
const SESSION6_READ = {
  seeds: '`draw-eval-sentences.ts 20202 300`, `30303 330` and `40404 260`',
  sentences: 286 + 321 + 243,
};
const sentencesOf = (split: Split) =>
  new Set(
    [...times, ...quantities].filter((g) => g.split === split).map((g) => `${g.article}\u0000${g.sentence}`),
  ).size;
const blind2Sentences = sentencesOf('blind2');
const blind3Sentences = sentencesOf('blind3');
const blind4Sentences = sentencesOf('blind4');
/** What the one measurement of `blind4` said (session 5, when its fixes were merged). */
const BLIND4_FIRST = [
  "It was measured once, when session 5's fixes were merged, as the system stood: times 90.7% (196/216),",
  'quantities 91.4% (180/197) — the honest unseen figures, below the 95% target and level with the first',
  'measurements of `blind2` and `blind3`: each round of fixes lifts the splits that were read to 97–100%, and',
  'unread text stays near 91%. What limits it is the long tail of constructions, each rare, rather than any',
  'one kind of error (the failure list below).',
].join('\n');

/**
 * What the measurements of `blind5` said: once by session 5's rules (before any session-6 change, by the lead,
 * who read only the totals) and once after session 6's fixes were merged.
 */
const BLIND5_FIRST = [
  "It was run once by session 5's rules, before any session-6 change (totals only, read by the lead): times",
  '93.9%, quantities 90.0%; and once when the session-6 fixes had been merged: times 93.9% (215/229),',
  'quantities 91.6% (174/190) — the last honest unseen figures. A second annotator annotated the first 80 of its sentences independently (docs/eval/agreement.md):',
  'the two agree on 98.5% of the time values and 98.1% of the quantities, so the 95% target is well within',
  'what the conventions allow.',
].join('\n');

/** What session 6 did with `blind5`, once its one honest figure had been taken. */
const BLIND5_READ = [
  "Then, still in session 6, `blind5`'s failures were read (so **`blind5` is tuned too**; the next honest",
  'split is `blind6`, annotated meanwhile by a separate annotator) and its general kinds were fixed by rules',
  'tested on constructed examples of their own (test/times/session6-blind5.test.ts,',
  'test/quantities/session6-blind5.test.ts): times — هذه الأيام (`PRESENT_REF`) and فيما بعد (`FUTURE_REF`)',
  'as its annotator marks them (`test` left فيما بعد unmarked once: the conventions below are followed);',
  'منذ / قبل with an approximation (منذ أكثر من 5 أشهر) as the date that many units back; صائفة (summer) and',
  'الثلاثية (a quarter, with a year after it); centuries in a duration counted in years (ثلاث قرون → `P300Y`);',
  "a day a few days ahead in a past-tense sentence is this year's; the weekend early in the week (or in the",
  'past tense) is the one just past; quantities — definite duals of people with a broken plural (الوزيران،',
  'الرئيسين) and feminine ones in تان (التلميذتان); miles (`mile`, as the conventions now say, where `heldout`',
  'kept اميال); a measure with the article before its digits (الـ124 ميلا); ثان; الواحد after a noun in لل.',
  'Left: اليوم as `PRESENT_REF` in a general statement, a weekday overriding اليوم for a later عشية اليوم, a',
  'lone عام after بعد … من, duals in construct or of rare nouns (عائلتا، منشوري، جمازتين، متهمين), and «6 من',
  'الموقوفين» as a count (the conventions make digits before من and people a cardinal).',
].join('\n');

/**
 * Unseen sentences read through the system in session 7 (not committed): `draw-eval-sentences.ts 70707 320`
 * and `80808 320`, less those of the held-out articles (/work/holdout-articles.txt) another annotator was
 * turning into `blind7`.
 */
const SESSION7_READ = { seeds: '`draw-eval-sentences.ts 70707 320` and `80808 320`', sentences: 307 + 300 };

/** What session 7 did with `blind6`, once its one honest figure had been taken. */
const BLIND6_READ = [
  "It was measured once, by session 6's final rules: times 96.4% (214/222), quantities 94.6% (209/221) — times",
  'above the 95% target, quantities just below it. In session 7 its failures were read (so **`blind6` is tuned',
  'too**; the next honest split is `blind7`, annotated meanwhile by a separate annotator from articles no one',
  'tuning has read) and every general kind they showed was fixed by a rule tested on constructed examples of its',
  'own (test/times/session7-blind6.test.ts, test/quantities/session7-blind6.test.ts): times — منذ / قبل with an',
  'approximation before one day or week (منذ نحو أسبوع, the day a week back; longer units stay durations, as',
  '`blind` annotates منذ أكثر من سنة); N units مضت / خلت after a preposition (إلى 30 سنة مضت → `1987`; after a',
  'noun, تراكمات 4 سنوات مضت, a duration as `blind3` annotates it); one unit of age after من العمر (البالغة من',
  'العمر سنة); صباح with its alif dropped after a day (غدا صباح); شهر glued to a month by a typo (شهرجويلية);',
  'الاثنين as Monday after a word in ية; quantities — duals of فاعول nouns (حاسوبين), of people with a broken',
  'plural (شقيقين), of stems in ت (وقتين) and before a pronoun (وقتيها); an unknown word in تين before its dual',
  'adjective (مبارتين وديتين); definite duals of عنصر، شيخ، حارس, the agreeing dual after them passed over',
  '(الشيخين الشريكين); a fraction before a noun in ية counts nothing (معدل 19.27 تقنية); bracketed digits before',
  'their unit (عيار (12,7) ميليمتر); a bare number reached by تصل / تبلغ after temperatures in degrees; a number',
  'opening a line before a verbal noun is a list item (1 تكثيف المراقبة); negated verbs of exceeding with a noun',
  'between (لا يتعدى طولها 40 سنتيمترا، لم يتعد معدل 13 مليون متر مكعب) and a second measure joined by و;',
  'imprisonment (بسجن، بالسجن), captivity (كانوا محتجزين), القضاء على and حتى الموت (killed; not animals), cases',
  'of suffocation (`injured`) and of an illness (none); طالب شغل and سجينا in their written form. Then ' +
    `${SESSION7_READ.sentences} more unseen ANT sentences (${SESSION7_READ.seeds}, not committed; every sentence of a held-out article`,
  'dropped before drawing) were read through the system by hand, quantities first; times were nearly all right,',
  'and the general kinds of error found were fixed the same way (test/times/session7-unseen.test.ts,',
  'test/quantities/session7-unseen.test.ts): abbreviated units (بين 30 و50 سم), لجان (not ل + the name جان),',
  'nouns opening with a hamza before ل (أربع ألعاب, no article), انطلاقا after a number (an edition year before',
  'it stays a year), feminine students, the unit of a dual before its agreeing number (بسيارتين اثنين →',
  '`vehicle`), اختناق، سجنا، إطلاق سراح (not في حالة سراح, "at liberty"), ضبط for people only, dual verbs after a',
  'count (أصيبا), الشهرين المنقضين, no bare year after 2100 (ما بين 2200 و2500 إصابة), يوليه alone read as a verb',
  '(like مارس), and a date or weekday naming a school or a valley (المدرسة الابتدائية 2 ماي، واد الجمعة).',
  'Left as found: typos that glue or break words (انفجرصباح، نهايةى، 30 ىجانفي), a construct dual with no',
  'و after it (براءتي اختراع: without the و, such forms are as often "my …"), a casualty told far after its count',
  '(الحارسان … كسورا), given names read as duals (سيرين، مارين), model and phone numbers (بوينغ 777، 193 حرس),',
  'and the attribute choices of `blind6` that the conventions below settle otherwise (see the session-7',
  'additions).',
].join('\n');

/** What session 8 did with `blind7`, once its one honest figure had been taken. */
const BLIND7_READ = [
  'In session 8 its failures were read (so **`blind7` is tuned too**; the next honest split is `blind8`, annotated',
  'meanwhile by a separate annotator from articles no one tuning has read) and every general kind they showed was',
  'fixed by a rule tested on constructed examples of its own (test/times/session8-blind7.test.ts,',
  'test/quantities/session8-blind7.test.ts): times — the small hours of ليلا (الواحدة ليلا → 01:00, الثانية عشرة',
  'ليلا → 00:00); an hour word with its fraction before the adverb, without الساعة (السادسة و النصف مساء);',
  'hundredths of a second in race times (23 ثانية و85 جزء بالمائة → `PT…23.85S`); a fixture line opening with',
  'its hour (18: …, hours 12 to 23 only: lower numbers open list items); a year before a number word (معارض',
  'السياحة 2017 خمس فعاليات: the number word counts the noun after it); vague plurals with قليلة (أسابيع قليلة →',
  '`PXW`) and after بعد … من (بعد سنوات من البحث → `PXY`); one unit with كامل after a preposition (بعام كامل →',
  '`P1Y`, spanning the unit as `blind7` does, while شهر واحد keeps its واحد as `blind5` does); إلى حد اليوم، لحد',
  'اليوم، إلى غاية اليوم as the publication day (as both `blind4` and `blind7` mark it; إلى اليوم after a verb of',
  'lasting stays `PRESENT_REF`, as `heldout` marks it); a day a few days back in a future-tense sentence is this',
  "year's (المقرر من 26 أوت إلى 6 سبتمبر published on 29 August), as one a few days ahead in a past one already",
  'was; quantities — trillions (تريليونات، ترليون), also shared by the first number of a range (بين 4 و8 تريليونات',
  'دولار); ألف followed by its hundreds with no و (162 ألف 548 سيارة); a noun in the accusative weighed with its',
  'bare form against a preposition glued to a rarer word (لـ11 فنانا, not ف + نانا); casualties of a dual kept in',
  'its written form (القضاء على عنصرين → `killed`), verbs of exceeding in the past and with the measured noun and its',
  'adjective between (فاقت قيمتها المالية 170 ألف دينار → `more-than`; the `blind` annotator left the like of تتجاوز',
  'سرعتها القصوى 90 كلم/س without one, against the conventions), arrests right after القبض على (القبض على 5 شبان → `detained`:',
  'unlike إيقاف, القبض على is no suspension, and things are seized, not arrested; the session-7 choice for إيقاف',
  'stands), and nothing seized after a casualty (وحجز 3 أسلحة). Left as found: a name read as a future verb',
  '(نيكولا ستورجن الاثنين أنها ستطلب: ستورجن looks like ستـ + a verb, and the times pass reads no entities), اليوم',
  'read both ways by the annotator (وانها اليوم بما تتميز as "nowadays", يعيش اليوم لحظة مفصلية as the day: the',
  'system reads them the other way round), a clock time in «إحدى ليالي سنة 2013» (a day unknown in a named',
  'year, seen once), the construct dual فلذتى كبده (an idiom, with ى for ي), «طريق واحد، حزام واحد» (a slogan',
  'whose واحد the conventions annotate and the annotator did not), and attribute choices: إيقاف with a noun in its',
  'written form (session-7 choice, kept), casualties told by a subject far from the count (عدد الوفيات بلغ 107',
  'أشخاص), approximations told by an adverb or far from the count (تتجاوز مؤقتا 60 كلم/س، لا يقع سوى 14 مرة',
  '… على أقصى تقدير). `blind5` marks «إلقاء القبض على عنصرين تكفيريين» with no casualty (q1288), where `blind6` and',
  '`blind7` mark arrested people `detained`: the later annotators are followed. Then 650 more unseen ANT sentences',
  '(`draw-eval-sentences.ts 88001 700`, not committed; every sentence of a held-out article dropped) were run',
  "through session 7's rules and these ones and every difference was read (five: four arrests after القبض على",
  'and one لشهر كامل, each now right), and the time expressions of the first 330 were read by hand; the general',
  'kinds of error found were fixed the same way: a weekday and its day before another weekday with the month',
  '(يومي الثلاثاء 7 والاربعاء 8 مارس 2017: the 7th was read as a lone Tuesday), and an hour written with a leading',
  'zero on the 24-hour clock (الساعة 02:00 من يوم غد، الساعة 02و 53 دقيقة: not 14:00), the dual of ضابط (لمقتل',
  'ضابطين, two officers killed), no construct dual before a comma (أصدقائي، وعائلتي، وأقاربي: "my family"), and',
  'a definite scale before a currency (تجاوزت كلفة انجازه المليون دينار → 1000000 dinars).',
  'Left there: a bare year before a noun after في (في 1992 قارورة), and a range of hours (23 أو 22 ساعة ونصف: the 23 is missed).',
].join('\n');

/** What session 6 did with `blind4`. */
const SESSION6 = [
  "In session 6 `blind4`'s failures were read (so **`blind4` is tuned too**, and no split here is unseen",
  'any more) and every general kind they showed was fixed by a rule tested on constructed examples of its',
  'own (test/times/session6-kinds.test.ts, test/quantities/session6-kinds.test.ts): times — سابقا as',
  '"earlier" unless after a title or closing a name in brackets or quotes; يوما ما، في أقرب وقت ممكن; the',
  'first or last two units of a period (الشهرين الأولين من سنة 2017, START) and the same part of another year',
  '(نفس الفترة من سنة 2016 → `2016` START); the first hours of a whole day (الساعات الأولى من اليوم الاثنين);',
  'days of a Hijri month as a count only, with no year read after a Hijri month; a winter named by the year',
  'of its December; a weekday before إن / أن keeps the tense of its own clause (قال … يوم السبت إن "…',
  'سيستقبل"), and سيتم is a future verb; الساعات الـ24 الأخيرة; ages in digits (35 من العمر) and by an',
  'ordinal (شهره الخامس); كل صباح; the night between two numbered days; quantities — الـ10 د as money; lists',
  'of minutes (الدقائق، الدق); "and a half" of a scale or unit (2 مليار دينار ونصف، 4 أمتار ونصف المتر);',
  'لا تفوق، يتجاوز، تقارب, also with the measured noun between (يتجاوز طولها 18 مترا); a casualty verb past',
  'على الأقل and a comma; bodies counted as written are `killed`; a written noun after an agreeing number is',
  'never `detained`; ranges with إلى alone (3500 إلى 5000 ارهابي); آلات read as no article; الألفي دينار;',
  'definite duals of bodies (الجثتين) and of measures (المترين); إرهابي، مقعد، شرطي، منزل keep their written',
  'form, as both separate annotators (`blind3`, `blind4`) keep them. Then ' +
    `${SESSION6_READ.sentences} more unseen ANT sentences (${SESSION6_READ.seeds}, not committed; every sentence of a held-out article`,
  'dropped before reading) were read through the system by hand; times were nearly all right, and the general',
  'kinds of error found were fixed the same way: the night between two weekdays and their numbered days, a',
  'year before a preposition with the article (عاصمة الثقافة العربية 2016 للوقوف), للمرة 13 as an ordinal,',
  'عوني in construct (two agents), أصاب before a count, an approximated amount in parts (أكثر من مليون و700',
  'ألف دينار), digits before من taking the casualty of the people named after them (as annotated, a cardinal),',
  'no quantity for the number of a channel (قناة فرانس 24), an age in digits after من العمر (يبلغ من العمر 78),',
  'no duration for a day described by an adjective (مرت تونس بيوم أسود، بيوم دراسي), no dual for a word in ة',
  'with tanween (تقييميةً), and the next rank of a standings table after points (13 ن 5 - سبورتينغ). Left as',
  'found there, each seen once: a',
  'quarter with two ordinals (الثلاثي الأول والثاني), a letter naming a league (القسم الوطني ألف), a bare',
  'schedule hour (س 18:), digits glued to a name (فرانس24).',
].join('\n');

/** Records of the splits scored here. */
const scored = (gold: GoldBase[]) =>
  gold.filter((g) => (SPLITS as readonly string[]).includes(g.split)).length;

/** The failure lines of a split's times or quantities: misses, false positives, spans that differ. */
function failureLines(heading: string, s: Score): string[] {
  return [
    `### ${heading}`,
    '',
    ...(s.failures.length ? s.failures.map((f) => `- ${f}`) : ['- none']),
    '',
    `False positives: ${s.falsePositives.length ? '' : 'none'}`,
    '',
    ...s.falsePositives.map((f) => `- ${f}`),
    '',
    `Right value, different span: ${s.spanDiffs.length ? '' : 'none'}`,
    '',
    ...s.spanDiffs.map((f) => `- ${f}`),
    '',
  ];
}
const timesFailures = (split: Split): string[] => failureLines(`Times, ${split}`, t[split]);
const quantitiesFailures = (split: Split): string[] => failureLines(`Quantities, ${split}`, q[split]);

const md = [
  '# Times and quantities',
  '',
  'Hand-annotated sets built from sentences of real ANT articles (Tunisian news 2013–2017, Apache-2.0):',
  `\`eval/times.jsonl\` (${scored(times)} time expressions) and \`eval/quantities.jsonl\` (${scored(quantities)} quantities),`,
  'each with the article id, its publication date, the sentence, the expression and its expected value,',
  'written by hand after reading the sentence. Sentences were drawn at random (fixed seed) among those',
  'with a time or number cue; every expression in a drawn sentence was annotated, including ones the',
  'system misses. The first half of the drawn sentences is `dev` (used while tuning), the second `test`.',
  '',
  'Once `test` had been read (its failures were listed here and then fixed), a third split, `heldout`, was',
  'built so that one figure stays honest: 150 new sentences drawn with `scripts/draw-eval-sentences.ts`',
  '(seed 4242, one sentence with a time or number cue per article, from articles no other eval set uses),',
  'every time expression and quantity in them annotated by hand and committed (2bebce9) before the',
  'system was first run on them (a61ddfc, which records the first measurement).',
  '',
  'All three splits have since been used for tuning, so a fourth split, `blind`, gives the one honest',
  'figure left: 120 new sentences drawn with `scripts/draw-eval-sentences.ts 777 120` (one per article,',
  'from articles no other eval set uses; 105 of them hold a time expression or a quantity), every time',
  'expression and quantity annotated by hand following the conventions below and committed (87b389b)',
  'before the system was run on them, and measured once as the system stood: times 90.0% (108/120),',
  'quantities 85.8% (97/113) — the last honest figures. In session 3 the kinds of failure it showed',
  '(duals, day lists, ranks and scores, parts of periods, ages, lone parts of the day, years of months)',
  'were fixed by general rules, each tested on constructed examples of its own, and 700 unseen ANT',
  'sentences (`draw-eval-sentences.ts 9001 450` and `31337 250`, not committed) were read through the system for more',
  'general errors; so **every split here is now tuned**, and the next honest figure is a new split',
  'annotated by someone else.',
  '',
  'Once `blind` had been read, a fifth split, `blind2`, was built the same',
  `way for one more honest figure: ${BLIND2_DRAWN} new sentences drawn with \`scripts/draw-eval-sentences.ts 9090 ${BLIND2_DRAWN}\``,
  `(one per article, from articles no other eval set used; ${blind2Sentences} of them hold a time expression or a`,
  `quantity, ${BLIND2_DRAWN - blind2Sentences} hold neither and are not in the files), every time expression (${t.blind2.n}) and quantity (${q.blind2.n})`,
  'annotated by hand following the conventions below (with the `blind2` additions) and committed',
  '(6432467; proof-read, one quantity added, in the next commit) before the system was run on them.',
  '`blind2` was measured once as the system stood (73bf7b5): times 91.6% (186/203), quantities 91.0%',
  '(161/177) — the last honest unseen figures. One general fix was made after reading its failures (the Arabic',
  'comma as a decimal comma, 12،2 بالمائة), and in session 4 every kind of failure it showed (clock times',
  'such as الحادية عشر، إلا ربع، و نصف; في السابق، منذ فترة، في المستقبل; بعد الظهر alone; غد + weekday;',
  'اليوم as "nowadays"; نفس الشهر من سنة 2016; standings points 6ن; م د amounts; بنسبة 2،5; ordinals',
  'such as أولها، دور الثمانية; raw-unit casualties; districts after a town) was fixed by a general rule tested',
  'on constructed examples of its own (test/times/unseen-kinds.test.ts, test/quantities/unseen-kinds.test.ts),',
  'and 850 more unseen ANT sentences (`draw-eval-sentences.ts 6161 300`, `7272 300` and `8383 250`, not',
  'committed) were read through the system for kinds the eval sets do not show (durations and a half, seconds,',
  'fractions of units, ranges of dates, hour words before ظهرا, Hijri years, codes and phone numbers, amounts',
  'in several parts, عشرات الآلاف، نصف مليون). So **`blind2` is tuned too**; the next honest figure is the',
  'new split another annotator builds (`blind3`).',
  '',
  'Once `blind2` had been read, a sixth split, `blind3`, was built for one more honest figure, this time by a',
  "separate annotator who had not seen the system's output on it: " +
    `${BLIND3_DRAWN} new sentences drawn with \`scripts/draw-eval-sentences.ts 50505 ${BLIND3_DRAWN}\``,
  `(one per article, from articles no other eval set used; ${blind3Sentences} of them hold a time expression or a`,
  `quantity, ${BLIND3_DRAWN - blind3Sentences} hold neither and are not in the files), every time expression (${t.blind3.n}) and quantity (${q.blind3.n})`,
  'annotated by hand following the conventions below (with the `blind3` additions) and committed (bcb5883)',
  'before the system was run on them. It was measured once when session',
  "4's fixes were merged, as the system stood: times 92.2% (188/204), quantities 90.6% (145/160) — the last honest",
  'unseen figures, below the 95% target; the tuned splits show how far rules fitted to read',
  'sentences carry to unread ones (about 91–92% on both blind splits). In session 5 its failures were read and',
  'every kind they showed was fixed by a general rule tested on constructed examples of its own',
  '(test/times/session5-kinds.test.ts, test/quantities/session5-kinds.test.ts): times — منذ with a vague count,',
  'المدة الأخيرة and a period noun whose adjective lost its ة, بدء / بدايات as a start, بصفة يومية, خلال ساعات,',
  'an hour from one to five with no part of the day in the afternoon, في الصباح with no day named, a deictic',
  'and weekday that agree outweighing a contradicting written date, a date and its clock time as one',
  'expression (الساعة، س18), the first or last hours of a part of a day (START / END), the same period a year',
  'back (نفس الفترة من السنة الماضية), a weekday in a place name (سوق الجمعة); quantities — a preposition',
  'before a dual (بمرتبتين), construct duals with a detached و or masculine (مقابلتي الدربي و الكلاسيكو، فريقي),',
  'a definite plural of people before two names (الصحفيين … سفيان الشورابي ونذير القطاري), partitives with a',
  'noun of their own (عشرات الآلاف من نسخ), kilometre points, dash ranges (150 — 200 متر), an approximation',
  'after an adjective, definite number words (الاثنان، الجثث الثلاث), a present verb after a number, متر مربع.',
  `Then ${SESSION5_READ.sentences} more unseen ANT sentences (${SESSION5_READ.seeds}, not committed; every sentence of an article`,
  'drawn for the next split was dropped before reading) were read through the system, and the general kinds',
  'of error they showed were fixed the same way: a weekday written before a day and month picks the year',
  '(الإربعاء 15 فيفري), days of the current month (يوم 25 من الشهر الحالي، يومي 8 و9 من الشهر الجاري), يوم /',
  'أيام before a weekday or a list of days counts nothing (باكالوريا 2017 يوم الأربعاء، دورة 2017 أيام 15 و16),',
  'an ordinal after a definite noun is no hour (الرابطة الثالثة صباح اليوم), the عشر of an ordinal (الدور',
  'السادس عشر أيام …), لمدة ساعة ونصف, the Mauritanian month names (ar-MR: شتمبر، دجمبر), deaths counted as',
  'written (5 وفيات, `killed`), عدد before a number as an identifier, no dual right after a number (6 "حيتان"),',
  'no quantity for the day of a name (ملعب 15 أكتوبر), the small hours of a night (الليلة الفارطة … الساعة الثانية',
  '→ 02:00), الـ 2 بالمائة as a percent, a weekday after a day to come in the sentence (غد الثلاثاء … يوم',
  'الأربعاء → the next Wednesday), the direction word of another expression (الأسبوع الماضي) taken for no tense',
  'cue. So **`blind3` is tuned too**.',
  '',
  'For an honest figure of that work, a seventh split, `blind4`, was built at the same time by a separate',
  'annotator who never ran the system on it, while the fixes were made by someone who never saw it: ' +
    `${BLIND4_DRAWN} new sentences drawn with \`scripts/draw-eval-sentences.ts 60606 ${BLIND4_DRAWN}\``,
  `(one per article, from articles no other eval set used; ${blind4Sentences} of them hold a time expression or a`,
  `quantity, ${BLIND4_DRAWN - blind4Sentences} hold neither and are not in the files), every time expression (${t.blind4.n}) and quantity (${q.blind4.n})`,
  'annotated by hand following the conventions below (with the `blind4` additions) and committed',
  '(f4fc9dd … f5612a8) before the system was run on them.',
  BLIND4_FIRST,
  '',
  SESSION6,
  '',
  'For the figure after the session-6 fixes, an eighth split, `blind5`, was built by a separate annotator who',
  'never ran the system nor read its rules, tests or failure list: 260 new sentences drawn with',
  '`scripts/draw-eval-sentences.ts` and seed 5151 (one per article, from ANT articles no other eval set uses; 209 of',
  'them hold a time expression or a quantity, 51 hold neither and are not in the files), every time expression',
  '(229) and quantity (190) annotated by hand following the conventions below (with the `blind5` additions),',
  'weekdays and relative days checked with a calendar against the publication date, and committed before any',
  'run of the system on them.',
  BLIND5_FIRST,
  '',
  BLIND5_READ,
  '',
  'For one more honest figure, a ninth split, `blind6`, was built by a separate annotator who never ran the',
  'system nor read its rules, tests or failure list: 260 new sentences drawn with `scripts/draw-eval-sentences.ts`',
  'and seed 6262 (one per article, from ANT articles no other eval set uses; 215 of them hold a time expression or',
  'a quantity, 45 hold neither and are not in the files), every time expression (222) and quantity (221) annotated',
  'by hand following the conventions below (with the `blind6` additions), weekdays and relative days checked with',
  'a calendar against the publication date, and committed before any run of the system on them.',
  BLIND6_READ,
  '',
  'For the figure after the session-7 fixes, a tenth split, `blind7`, was built by a separate annotator who never',
  'ran the system nor read its rules, tests or failure list: 260 new sentences drawn with',
  '`scripts/draw-eval-sentences.ts` and seed 7373 (one per article, from ANT articles no other eval set uses, the',
  'articles of a new events set drawn at the same time dropped; 206 of them hold a time expression or a quantity,',
  '54 hold neither and are not in the files), every time expression (255) and quantity (237) annotated by hand',
  'following the conventions below (with the `blind7` additions), weekdays and relative days checked with a',
  'calendar against the publication date, and committed (b20f939) before any run of the system on them. The',
  "people who wrote session 7's rules never saw it (its articles were left out of every draw). It was run once by",
  "session 6's final rules before any session-7 change was merged (totals only, read by the lead): times 93.7%,",
  "quantities 93.7%; and once by session 7's final rules: times 93.7% (239/255), quantities 97.5% (231/237) —",
  'the honest figures for unseen text after session 7.',
  '',
  BLIND7_READ,
  '',
  'Each sentence is analysed alone, with its publication date, by the default pipeline (`npm run eval:times`).',
  '',
  '- **exact value**: an expression overlapping the gold one has the gold type and value (and `mod`) —',
  '  for quantities, the gold value and kind;',
  '- **span**: the system span is exactly the gold span; **found**: some expression overlaps it;',
  '- **false positives**: expressions in annotated sentences overlapping no gold expression;',
  '  **precision** = exact / (exact + wrong + false positives).',
  '',
  '## Conventions',
  '',
  '- Values are TIMEX3-style: `2019-08-01`, `2018-09`, `2018-W47`, `2018-W47-WE`, `2015-FA`, `198` (decade),',
  '  `P2D`, `PT2H`, `PXY`, `PAST_REF` / `PRESENT_REF` / `FUTURE_REF`; times of day `2019-08-01TEV`, `…T10:00`;',
  '  SETs `P1D` (يوميا), `P1Y` (كل سنة), `XXXX-WXX-5` (كل يوم جمعة). Parts of periods keep the period',
  '  as value and add `mod`: مطلع 2017 → `2017` START, منتصف أيلول → `2018-09` MID, نهاية العام → END.',
  '- Relative expressions are resolved against the publication date (`anchor`). قبل N أيام/أسابيع gives the',
  '  day (قبل 10 أسابيع → `2018-09-19`, granularity `week`); months and years give `YYYY-MM` and `YYYY`.',
  '  بعد N أشهر is mostly "N months after" another event, so only its duration is read (`P9M`).',
  '- Weekdays: an explicit الماضي/المقبل decides; otherwise future markers in the clause (سـ/سوف + verb,',
  '  المقبل، من المتوقع، من المقرر، ينتظر…) give the next such day, and anything else the most recent one —',
  '  the publication day itself when it matches. Months without a year take the nearest year, or follow',
  '  the tense or الماضي/المقبل/الجاري.',
  '- Without a publication date nothing is guessed: `REL:-1D` (أمس), `REL:0D` (اليوم), `REL:-10W`,',
  '  `REL:+1M`, `XXXX-WXX-3` (الأربعاء, ISO weekday), `XXXX-09`, `XXXX-01-24`, `XXXX-SU`,',
  '  `XXXX-XX-XXT10:00`; `anchor` is null.',
  '- Spans include يوم/شهر/عام before a date and الماضي/المقبل after it, and the deictic and weekday of',
  '  "أمس الخميس"; not prepositions (في، منذ) except in قبل/منذ + duration; never a proclitic (و، ب).',
  '- Bad input: impossible dates (31 شباط، 30 محرم) give `times/impossible-date` and no expression;',
  "  two-digit years ('19, 12/3/19) give `times/ambiguous-year` and a value with an unknown century",
  '  (`XX19`, `XXXX-03-12`); numbers beyond `Number.MAX_SAFE_INTEGER` give `quantities/unsafe-number`.',
  '- Quantities run after times and skip every token inside a time expression, so the numbers of dates,',
  '  durations and clock times are never quantities. A quantity span is the number with its scale and',
  '  unit (360 ألف شخص، 5%، مليون دينار), without the approximation words (أكثر من، نحو), which go to',
  '  `approx`. Vague plurals (عشرات، مئات، آلاف) take their lower bound with `approx: at-least`.',
  '  Units of known nouns are normalised (person, civilian, soldier, child, refugee, dinar, dollar, km…);',
  '  other counted nouns keep their normalised Arabic form.',
  '- Held-out additions: ordinals are every ordinal word, except in titles (الوزير الأول، السيدة الأولى);',
  '  a number after a rank noun (الدور 32، دق 20) is an ordinal; duals count two (رجلين، دينارين); an',
  '  agreeing number after a noun keeps the noun as unit when it is two (مجرمين اثنين) and is a bare',
  '  cardinal when it is one (مرة واحدة); "80,000 د" is the Tunisian notation of 80 dinars (millimes after',
  '  the comma); "60 مليون دينار" is read literally; ages are durations; a rate after a count (10 دنانير',
  '  في الشهر) is a SET, but "في الساعة" of a speed is not annotated; Hijri months without day or year',
  '  (شهر رمضان) are not annotated; a day list (أيام 21 22 و23 أفريل، يومي 8 و9، أيام 8 أو9 أو10) gives',
  '  one date per day.',
  '- Session-3 additions. Duals: the nominative (رجلان، زورقان)، the oblique (رجلين)، the feminine in ت',
  '  (سنتين، رحلتين) and a dual before a pronoun (صديقيه) count two; a definite dual only for people',
  '  (الشخصين، الجريحين — not البلدين، الطرفين); the span is the noun alone (رحلتين داخليتين → رحلتين).',
  '  Numbers in construct (ألفي دينار، مليوني، مائتي) and amounts joined by و after a scale (111 ألفا و65',
  '  حالة → 111065; 3 ملايين و429 ألف دينار → 3429000) are one quantity. Ranks: a number after الجولة،',
  '  الدور، الدقيقة، المرتبة، الفصل، المادة، البند، الفقرة، صنف (also in quotes: صنف "2" و"3") is an',
  '  ordinal; after رقم or عدد it is an identifier, a cardinal (الطريق رقم 17، القانون عدد 25). Scores',
  '  (بنتيجة 3-1، 2 - 1، 15 مقابل 9) are two cardinals with no unit, never a range or a date; a hyphen pair',
  '  that goes up (15-20 شخصا) is a range. A point before three digits groups thousands in a count of',
  '  things (10.800 تذكرة → 10800) but not in a measure or money (1.500 كلم → 1.5، 7.500 دينار → 7.5).',
  '  A number word with the article agrees with the noun before it (المواليد الأربعة → 4, no unit).',
  '- Session-3 additions, times. الأشهر / الأيام / الأسابيع الأولى (الأخيرة) من X → X with START (END);',
  '  halves and quarters of a year: النصف الأول / السداسي الأول من 2017 → `2017-H1`, الثلاثي / الربع الثالث',
  '  → `2017-Q3` (granularity quarter); of a month they give START / MID / END. Ages: الخامسة عشرة من',
  '  العمر → `P15Y`, like يبلغ من العمر 25 سنة and (30 سنة). A part of the day alone after a verb (… يوم 9',
  '  مارس … ليلا) is a TIME of the last day named in the sentence, and nothing when none is. و النصف /',
  '  والربع / والثلث after an hour give :30 / :15 / :20; بعد الزوال is the afternoon; الخامسة من مساء نفس',
  '  اليوم is 17:00 of the day named before. A month without a year',
  '  takes the year of the month named with one before it in the sentence (يوم 7 مارس 2016 … إلى يوم 9',
  '  مارس → 2016; the next year when it comes well before: من 20 ديسمبر 2015 إلى 10 جانفي → 2016), the',
  '  year named last after من ذلك العام, and otherwise the tense (an event reported in the past — وقعت،',
  '  تواصلت، اندلعت… — the most recent such date; a future marker the next). One unit alone after بعد،',
  '  خلال، بـ or an approximation (بعد أسبوع، بعدها بأسبوع، أكثر من سنة، ما يزيد عن السنة) is a duration',
  '  (`P1W`, `P1Y`); منذ سنة / قبل شهر is the date one unit back. The year of an edition or a law (دورة',
  '  2017، قانون المالية 2017، كأس العالم 2018) is a DATE spanning the year; a number before a counted noun',
  '  or after أكثر من / نحو is no year, nor a bare number before 1900 without عام / سنة / م.',
  '- `blind2` additions. Times: a clock time whose day the sentence does not give takes the day the',
  '  article gives, else the publication day; a weekday contradicting an explicit full date yields to the date',
  '  (الاربعاء14 مارس 2017 → `2017-03-14`); a weekday of a clearly scheduled event (the new date of a match)',
  '  is the next one even without a future marker; ليلة الخميس published on a Thursday is that Thursday,',
  '  "بعد ليلة من الأحداث" the night before; اليوم meaning "nowadays" is `PRESENT_REF`; في السابق and منذ',
  '  فترة are `PAST_REF`, قريبا، في المستقبل، الفترة/المرحلة القادمة `FUTURE_REF`; an anaphoric month is one',
  '  resolved expression (نفس الشهر من سنة 2016 → `2016-04`); a year in a name is a DATE (يورو 2016، موسم',
  '  2016-2017 → `2016` and `2017`); "تاريخ 14 جانفي" (an anniversary) takes the nearest year; a day word',
  '  broken by a typo (يو غد، ايوم) is left out of the span. Not annotated: sports seasons and school years',
  '  (الموسم القادم، السنة الدراسية), ساعات الذروة, adjectives (موعد يومي، التقرير الشهري), holidays (اليوم',
  '  العالمي للمرأة), dates and numbers inside names (شارع 09 أفريل، مجموعة العشرين، قناة التاسعة، المروج 2،',
  '  نوت 7، TU 713، صنف أ3), anaphoric حينها, the age decade "في عقده السادس" (its ordinal is a quantity).',
  '- `blind2` additions. Quantities: rank nouns also include الفصل، المجموعة، الدورة، الدقيقة، المرتبة،',
  '  المركز، دور (دور الثمانية → ordinal 8) and a standings position (1-الفتح); a number after قانون or',
  '  رقم is a cardinal; scores and bare standings points are cardinals, "6ن" is 6 points (count, `point`);',
  '  بنسبة 2،5 is a percent; "3551 م د" is 3551 million dinars; a dual scale counts two (ملياري دينار →',
  '  2000000000, مليوني تلميذ); مليارات من الدولارات is 10^9 dollars `at-least`; في حدود is `about`. Units take',
  '  a contract name only for a noun that names that unit (أشخاص، آخرين، أفراد → person; عسكري → soldier;',
  '  تلميذ → student; سيارة → vehicle; امرأة → woman; دولة، بلد → country; موقوف → detainee); other nouns keep',
  '  their written form without proclitics (مجندا، بحارة، حافلة، أعوان، شهيدا). Casualty: detainees keep',
  '  `detained` when released (الإفراج عن 16 موقوفا) and time in custody is `detained`; recovered bodies',
  '  (جثث إثنين آخرين) are `killed`; people taken to hospital after a poisoning are `injured`. Not annotated:',
  '  a unit noun without a number (نحو هكتار، بهدفين لهدف), إحدى and أحدهما, codes and model numbers,',
  '  الأولي/الأولية meaning "preliminary"; أولها ("the first of them") is an ordinal.',
  '- Session-4 additions, times. "And a half" and fractions of a unit are written in the next unit down',
  '  (عامين ونصف → `P2Y6M`, أربع ساعات ونصف → `PT4H30M`, ربع ساعة → `PT15M`, نصف قرن → `P50Y`); seconds only',
  '  as the smaller part of a compound (9 دقائق و34 ثانية → `PT9M34S`); اليومين الماضيين → `P2D`; بضع سنوات',
  '  → `PXY`; في الماضي is `PAST_REF`, في القريب العاجل `FUTURE_REF`; بعد الظهر / بعد الزوال alone is the',
  '  afternoon of the day named before in the sentence, else of the publication day; an hour word before',
  '  a clock adverb is a clock time (الواحدة ظهرا → 13:00); the first end of a date range takes the year of',
  '  the second (من 25 أكتوبر إلى 2 نوفمبر 2016); a month followed by العام 2015 takes that year. Not',
  '  annotated: a decade of age (في الثلاثينات من عمرها), a Hijri year without its month (لسنة 1438 هـ),',
  '  and no part of an impossible date (neither فيفري 2017 of 31 فيفري 2017 nor its day as a quantity).',
  '- Session-4 additions, quantities. نصف مليون → 500000, ربع مليار → 250000000; عشرات الآلاف → 10000',
  '  and مئات الآلاف → 100000 (`at-least`); an amount in several parts joined by و is one (2 مليون و477 ألف',
  '  و768 دينار → 2477768); "250 أ د" is 250 thousand dinars; "15 ن" (written apart) is 15 points; a number',
  '  glued to a hyphen before a name in a list or table (4-جمعية الحمامات) is an ordinal; a definite number',
  '  word after a rank noun is an ordinal (الذكرى الستين → 60); a noun kept in its written form takes',
  '  `killed` / `injured` from a casualty word before it (قتل 25 مجندا), never `detained` (إيقاف is also a',
  '  suspension, and things are seized as people are arrested). Not annotated: digits glued to Latin letters or',
  '  to a lone letter (TF1، أ3), phone numbers after الهاتف، a small number right after a town (سوسة 2), وأحد',
  '  ("and one of").',
  '- `blind3` additions. Times: منذ with a vague count (منذ أيام، منذ عدة أسابيع) is `PAST_REF`, its span with',
  '  منذ; a deictic and a weekday that agree outweigh a written day or year that contradicts them (صباح اليوم',
  '  الإثنين 16 جانفي 2016 published on Monday 2017-01-16 → `2017-01-16TMO`; أمس الجمعة 29 أوت 2015 published',
  '  on Saturday 2015-08-29 → `2015-08-28`), while without a deictic the written date still wins (الخميس 29',
  '  سبتمبر 2015 → `2015-09-29`); نفس الفترة من / خلال السنة الماضية is one expression, the period the sentence',
  '  names a year back (شهر مارس 2017 … → `2016-03`), else the previous year; الساعات الأولى من صباح X → the',
  '  morning of X, START, and في ساعة متأخرة من ليلة X → the night of X, END; a clock hour without a part of',
  '  the day is read in the daytime for a scheduled event (الساعة الرابعة والنصف of a draw → 16:30); "س18"',
  '  after a date is 18:00 and joins it like الساعة; a decade spans the decade word (فترة الثمانينات →',
  '  الثمانينات, `198`); an adverbial بصفة يومية is `P1D` (adjectives on a noun stay out); an age range (بين 23',
  '  و34 سنة) gives two durations; a period of years (للفترة 2017 - 2020) gives two DATEs; a weather forecast',
  '  part of the day with no day named is the publication day (في الصباح), as in `blind2`. Not annotated: an',
  '  anaphoric day with no day named (صباح ذلك اليوم، في نفس اليوم), harvest and tourist seasons (الموسم',
  '  الفارط، الموسم السياحي) like sports seasons, idioms (يوما بعد يوم، على مدار الساعة، ساعتي "my hour"),',
  '  ساعات إضافية (overtime), a vague فترة (لفترة من الراحة، فترة زمنية طويلة), festival names (أيام قرطاج',
  '  السينمائية).',
  '- `blind3` additions. Quantities: a partitive spans its noun and takes its unit, as مليارات من الدولارات',
  '  does (ثلاثة من الموقوفين → 3 detainee, عشرات الآلاف من نسخ → 10000 `at-least`); a dual in construct',
  '  (مؤسستي، مباراتي، مقابلتي، فريقي، مدينتي) counts two, as منطقتي does; scores stay two cardinals even when',
  '  the first is the lower one (تفاصيلهما 2-6 و 2-6); بهدف لصفر gives صفر (0) alone; kilometre points',
  '  (من كلم 4 إلى كلم 7) are counts in `km`; a range whose unit follows the second number gives both numbers',
  '  the unit (150 — 200 متر); "متر مربع" keeps its written form; معتقل → detainee, `detained`; جنود → soldier,',
  '  طفلين → child, مهاجر → migrant; "261 مليون" with no currency is a cardinal read literally, as 100 مليار in',
  '  `blind2`; "1ر80 بالمائة" is 80.1; a number word used figuratively (أنتم والإذاعة واحد) is a cardinal, but',
  '  واحدة من ("one of") is left out like إحدى; bodies counted after the noun (الجثث الثلاث) are a cardinal,',
  '  `killed`; ordinals in names of bodies and events (الدائرة الجناحية الأولى، القمة الدولية الثانية، الخلافة',
  '  السادسة) are annotated; a grade average (معدل 19.54) is a cardinal; "أربعة أشخاص آخرين" spans "أربعة',
  '  أشخاص". Not annotated: phone numbers, offer and channel names (ميكس 50، TF1), definite duals of things',
  '  (الطرفان، التفجيريين، السيارتين، الفصلين، الجنسين), الثنائي ("the duo").',
  '- `blind4` additions. Times: منذ مدة، سابقا ("earlier", not "former"), في السابق and السنوات الأخيرة are',
  '  `PAST_REF`; يوما ما and في أقرب وقت ممكن (span أقرب وقت ممكن) are `FUTURE_REF`; "اليوم الثلاثاء" published',
  '  on a Wednesday: the weekday wins; the night between two days (الليلة الفاصلة بين 19 و20 ماي 2017) is one',
  '  TIME, the night of the first day (`2017-05-19TNI`); كل صباح → SET `XXXX-XX-XXTMO`, كل أسبوعين → `P2W`,',
  '  شهريا → `P1M`; calendar seasons are annotated (الشتاء القادم → `2017-WI`), a transfer window is not; الساعات',
  '  الأولى من اليوم الاثنين (no part of the day named) → that day, START; العشر سنوات الماضية → `P10Y`, الساعات',
  '  الـ24 الأخيرة → `PT24H`; قبل أيام من العملية (tied to another event) → the duration أيام `PXD` only; سنتي',
  '  2016 و2017 → one DATE per year; تجاوز 35 من العمر → `P35Y`, a baby in شهره الخامس → `P5M`; days of a Hijri',
  '  month (اليومين الأولين من شهر رمضان 2017) → the duration only (`P2D`). Not annotated: حتى الآن (as before),',
  '  holidays (يوم عيد الفصح), campaign names (أكتوبر الوردي), اليوم الأول في الدراسة، أيام الإضراب، في الإبان،',
  '  في كل وقت، الفترة الحديثة.',
  '- `blind4` additions. Quantities: يفوق / يتجاوز → `more-than`, لا تفوق → `at-most`, يقدر بـ → no approximation;',
  '  a "+" before a percent stays out of the span; a list of minutes (الدقائق 73، 10 و86) gives one ordinal per',
  '  number; a dual scale alone (بمليارين) is read literally (2000000000, cardinal); definite duals count for',
  '  people (الصحفيين naming two, الجثتين → `killed`) and units of measure (المترين → 2 metre), not for things',
  '  (الطرفين، الأمران، الفريقين); "شخصين اثنين" spans اثنين with the noun as unit; لترا → `litre`, grams keep',
  '  their written form; دينار ليبي → `dinar`, the span without ليبي; address and road numbers (نهج 4558، عدد 07)',
  '  are cardinals. Not annotated: ثلاثية ("a hat-trick", a 3–0 score), like الثنائي; channel names (القناة',
  '  الوطنية الأولى).',
  '- Session-6 additions (where splits disagree, the later annotators are followed, and `dev` where they say',
  '  nothing): the night between two weekdays alone (الليلة الفاصلة بين السبت والأحد) stays two DATEs, as in',
  '  `dev`, and with their numbered days it is one TIME as in `blind4`; a winter is named by the year of its',
  '  December (2017-WI runs from December 2017); "former" سابقا (after a title, or closing a name in brackets',
  '  or quotes) is no time; digits before من and people (4 من جرحى الحادث) are a cardinal with the casualty',
  '  of those people, as `blind` annotates مقتل 4 من جنود; إرهابي، مقعد، شرطي، منزل keep their written form.',
  '- `blind5` additions. Times: هذه الأيام ("these days") is `PRESENT_REF`; الأيام المقبلة and فيما بعد are',
  '  `FUTURE_REF`; الفترة السابقة، الساعات الأخيرة، الأيام القليلة الماضية and في وقت سابق (span وقت سابق) are',
  '  `PAST_REF`; منذ / قبل with an approximation is the date that many units back, the span keeping the',
  '  approximation (منذ أكثر من 5 أشهر published 2017-01-17 → `2016-08`, قبل نحو 3 اشهر → the month); بعد يوم من',
  '  / قبل عام من + another event → the duration only (`P1D`, `P1Y`, span the unit); "ظهر اليوم الاثنين" published',
  '  on the Tuesday: the weekday wins, and a later عشية اليوم in the sentence is that Monday too; a written day',
  '  and weekday that agree (اليوم الاثنين 27 فيفري 2017 published on Tuesday 28) give that day; النصف الثاني من',
  '  شهر ديسمبر → the month, END; الثلاثية الثالثة من هذا العام → `2015-Q3`, but a school term (الثلاثية الثانية',
  '  of a pupil) is not annotated, like school years, and its ordinal is a quantity; نهاية الأسبوع published on',
  '  a Monday → the weekend just past (`2016-W31-WE`); صائفة 2016 → `2016-SU`; ثلاث قرون → `P300Y`; in an age',
  '  range whose first number also stands earlier in the sentence as a count (16 مشتبها … بين 16 و 46 عاما) the',
  '  first duration spans "بين 16", since gold texts are located by their first free occurrence. Not annotated:',
  '  الأيام الموالية after a date, في هذا الوقت, لم تلتقي يوما ("never"), الفترة / الحصّة الصباحية (adjectives),',
  '  الموسم الشتوي of tourism, في النهار / في الليل in a general statement, named days (أيام الحسوم).',
  '- `blind5` additions. Quantities: شاحنات / شاحنتين → `vehicle` (as 5 شاحنات), هدفا → `goal`, لاجئ →',
  '  `refugee`, تلميذان / التلميذتان → `student`, ميلا / أميال → `mile`; متر مكعّب keeps its written form like متر',
  '  مربع; a number before a pronoun partitive (نقل 11339 منهم) is a bare cardinal; digits restating a number',
  '  word ("(5) خمسة أطنان") give one quantity, spanning the word and its unit; a number glued to its noun',
  '  (مرة67) is a count of that noun; الواحد / واحد after a noun (للبرميل الواحد، طفل واحد على الأقل) is a',
  '  cardinal 1; ordinal adverbs (ثالثا، بدرجة أولى، طرف ثان) and regnal numbers (محمد السادس) are ordinals, a',
  '  regnal number inside a street name (شارع محمد الخامس) is not; points of an interest rate (بـ25 نقطة) are',
  '  `point`; a definite number word after people takes their casualty (الاشخاص الثلاثة taken to hospital →',
  '  `injured`, الأشخاص الثلاث held → `detained`); definite duals of people (الوزيران، الرئيسين، المصابتين) count',
  '  two; degrees of latitude (36.66 درجة) are counts in درجة. Not annotated: a fraction of a group (بثلثي',
  '  الأعضاء), واحد من ("one of"), وحيد ("single"), G7, definite duals of things (المستشفيين، الجنسيتين).',
  '- `blind6` additions. Times: منذ + a count of days or weeks (منذ يومين، منذ أسبوع) is the day that many units',
  '  back, its span with منذ, as منذ 4 أيام, also with an approximation (منذ نحو أسبوع published 2017-02-02 →',
  '  `2017-01-26`); 30 سنة مضت → the year 30 years back (`1987`); قبل حوالي 5 دقائق من النهاية (tied to another',
  '  event) → the duration only, span `5 دقائق`; تخفيض بساعة → `PT1H`; a rate after a count (50 ألف متر مكعب في',
  '  اليوم) → SET `P1D`, span اليوم; ages written as a number word (في العشرين من عمره، في الخمسين من العمر → `P20Y`,',
  "  `P50Y`) and البالغة من العمر سنة → `P1Y`; ليلة الاثنين المنقضي → that Monday's night (`TNI`); a weekday that",
  '  contradicts a full written date with no deictic still yields to the date, even when its year looks mistyped',
  '  (يوم الأحد 16 أفريل 2016 published 2017-04-14 → `2016-04-16`; a schedule line "الاربعاء 17 أفريل 2017 الساعة',
  '  الثالثة ظهرا" → `2017-04-17T15:00`, one TIME); a weekday glued to the next word (اليوم السبتوزارة) stays out',
  '  of the span (مساء اليوم, the same value); a misspelt month is annotated (شهر فيفيري الفارط → `2017-02`). Not',
  '  annotated: هذه الساعة and هذه الفترة ("now", like في هذا الوقت), على مدار السنة and أكثر من أي وقت مضى (idioms),',
  '  a date naming an event (هجمات 11 سبتمبر), the anaphoric اليوم الثالث of a festival (its ordinal is a quantity),',
  '  أيام الاحتجاز الستة الأولى (الستة and الأولى are quantities), حينها.',
  '- `blind6` additions. Quantities: units with no contract name keep their written form (ميليمتر، ملم، سنتيمترا،',
  '  يوان), طالب → `student` but طالب شغل (a job seeker) keeps its form, قتيلا → `person` `killed`; a world ranking',
  '  (المصنفة 138 عالميا) and a list item number',
  '  at the start of a line are ordinals, as is the ordinal of an age decade (العقد السادس من العمر، عقده الثالث); a',
  '  line or decree number (المترو عدد4، الفصل عدد 4، الامر 2948) is a cardinal; a weapon list (1 هاون، 2 رشاشين، 9',
  '  مسدسات) gives counts of each noun; a temperature after تصل إلى with no unit is still a count in درجة; a score',
  '  in words (بأربعة أهداف لصفر) gives أربعة أهداف (`goal`) and صفر; definite duals of people (العنصرين، الشيخين،',
  '  النائبين، الحارسان) count two in their written form; casualties: sentenced to prison (بسجن 14 شخصا) and held',
  '  captive (3 أشخاص كانوا محتجزين) → `detained`, patients who died (561 مريضًا لقوا حتفهم) → `killed`, cases of',
  '  suffocation → `injured`, infected pupils none; محكوما / سجينا keep their written form with no casualty, and a',
  '  bare "أكثر من 24 ألفا" of detainees is a cardinal (`more-than`). Not annotated: definite duals of things',
  '  (الدولتين، المؤسستين، الجمعيتين، الدراستين), هذين المعلمين.',
  "- `blind7` additions (its annotator's notes, in brief). Times: a fixture line opening with 14:30 or 18: is a",
  '  TIME of the publication day; a schedule heading «الاربعاء 15 فيفري 2017 : الساعة السادسة مساء» is one TIME, but',
  '  «… 2017 بداية من الساعة 14:30» is two; race times with hundredths are one DURATION (`PT21M23.85S`); a clock time',
  '  in a night of a year only is `2013-XX-XXT03:00` with the year a DATE of its own; بعام كامل / بعام سجن → `P1Y`',
  '  spanning عام; إلى (حد) اليوم is the publication day; في وقت سابق من اليوم is `PAST_REF` and the day; مساء اليوم،',
  '  الاثنين spans مساء اليوم; the يومي before a single day is left out; أسابيع قليلة (ahead) → `PXW`, بعد سنوات → `PXY`;',
  '  خمسينات القرن الماضي → `195`; منذ حوالي 20 شهرا is the month that far back; في مابعد in a past story is not',
  "  annotated. Quantities: minute marks in a results table (65') are ordinals on the digits; in «بين 4 و8 تريليونات",
  '  دولار» the 4 takes the scale and the unit; an elliptic «و12 للخدمات» is a bare cardinal; مليار ونصف من المليمات is',
  '  money as written; 5ر3 is 3.5; a numbered item «(01) قاذف» spans the digits with the noun as unit; volleyball set',
  '  scores give two cardinals per set, خماسية (a 5–0 win) none; duals of people with a pronoun (طفليه) count two, and',
  '  الوفدين، الفريقين، الحادثتين are not annotated; arrested people in written-form nouns (رجال، شبان، عناصر) are',
  '  `detained` (as `blind6`), poisoned pupils taken to hospital `injured`; على أقصى تقدير → `at-most`; titles such as',
  '  الرئيس الأول، النائب الأول carry no ordinal, names of leagues and events keep theirs; ثمانية أضعافها counts 8',
  '  أضعافها; أنفار → `person`.',
  '- Session-7 choices, where `blind6` and the written conventions part: يوان and صوت keep their contract units',
  '  (`yuan`, `vote`: "units of known nouns are normalised", session 4 made يوان a currency), where the `blind6`',
  '  annotator wrote يوان، صوتا; a noun kept in its written form is never `detained` after إيقاف / اعتقل (as the',
  '  session-4 additions say: إيقاف is also a suspension), so إيقاف 3 شبان and اعتقلنا أربعة أجانب stay without',
  '  a casualty; منذ with an approximation is a date for days and weeks only (منذ أكثر من سنة stays `P1Y`, as',
  '  in `blind`); N سنة مضت is a date after a preposition only (تراكمات 4 سنوات مضت is `P4Y`, as in `blind3`);',
  '  centuries stay durations (إلى ثلاث قرون خلت → `P300Y`, as in the session-6 tests).',
  '- Session-9 choices, from `blind8`: a numbered century is a DATE in TIMEX3 hundreds (القرن الـ9 → `08`, القرن التاسع',
  '  عشر → `18`); حتى الآن ("so far") is not annotated, as `blind4` and `blind8` do (the `blind2` annotator wrote',
  "  `PRESENT_REF`), while إلى الآن / إلى حد الآن stay `PRESENT_REF`; نهاية هذا الأسبوع is the current week's weekend",
  '  unless told in the past; كل + seconds is a SET (كل 40 ثانية → `PT40S`); يومي + a kind of day (يومي عطلة، بيومي عمل)',
  "  is `P2D`; أول يوم من شهر X is the month's first day; a year closing an edition's name (دورة الألعاب الأولمبية",
  '  2016) is a DATE; an hour word before بتوقيت / بالتوقيت is a clock time, read like a bare الساعة + hour; the article',
  '  before an amount joins its span (الـ 9 ملايين دينار; not before a percent, as session 5 annotated).',
  '- Session-11 choices, from `blind10`: after منذ, an approximated count of ten years or more is a duration of its',
  '  count (منذ ما يزيد عن 25 سنة → `P25Y`, منذ نحو 540 مليون عام), while fewer years, months and days stay the date',
  '  counted back (منذ أكثر من 6 سنوات → the year, as `blind5` annotated); a definite dual of units after a word of',
  '  length, lasting or exceeding is a duration (لمدة تجاوزت الساعتين → `PT2H`); an hour word after تمام is a clock time.',
  '- Session-14 choices, from `blind12` / `blind13` (gold questions; each decision in docs/eval/blind13-annotation.md):',
  '  منذ + "about" (نحو، حوالي، قرابة) + one month or year is the date that far back, as منذ سنة and منذ نحو أسبوع are',
  '  (منذ قرابة الشهر → the month, as `blind12` and `blind13` annotated; `test` t108 changed to match), while منذ أكثر',
  '  من سنة ("more than") stays `P1Y`; مهاجر keeps its contract unit `migrant` (four splits; q2606 and q3027 changed);',
  '  مواطن / مواطنين keep their written form, as every split annotates them (the lexicon changed, not the gold);',
  '  regnal numbers are ordinals (محمد السادس، محمد الخامس: added to `blind12` and `blind`, as the `blind5` conventions',
  '  say); a dual in construct before two street names (شارعي الاستقلال و14 جانفي) counts two (added to `blind12`);',
  '  the casualty of people given a suspended prison sentence (مع تأجيل التنفيذ) stays null, as `blind12` annotated;',
  '  the night between two weekdays alone (الليلة الفاصلة بين يومي السبت والأحد) is one TIME, the night of the first,',
  '  as `blind13` annotates it and every split does with numbered days (the later annotators followed, as in session',
  '  6: `dev` t034/t035, two DATEs, became one TIME).',
  '- Session-15 choices, from `blind14` (each in docs/eval/blind14-annotation.md): إلى الآن / إلى حد الآن ("so far")',
  '  are not annotated, as `blind11`, `blind13` and `blind14` do (the later annotators followed; `dev` t004 and `blind2`',
  '  t601 removed; the session-9 choice above is superseded), nor في الآن ذاته ("at the same time"); a range of clock',
  '  times in a sentence naming no day (opening hours, a standing ban) is `XXXX-XX-XX`, as `blind13` and `blind14`',
  '  annotate; millimes (مليم، المليمات) keep their written form, as every split annotates them (the lexicon changed,',
  '  not the gold).',
  '- Session-16 choices, from `blind15` (each in docs/eval/blind15-annotation.md): digits before من and a definite',
  '  plural of things are a partitive count spanning the noun (642 من الأحذية، 4131 من المستحضرات), as the `blind3`',
  '  convention, `blind14` and `blind15` annotate (the later annotators followed: `heldout` q311 «4 من الفتيات» and',
  '  `blind2` q753 «35 من المطالبات», cardinals, became counts); a clock time announced by a verb in سـ in a sentence',
  '  naming no day is `XXXX-XX-XX`, as `blind14` and `blind15` annotate (`blind11` t2839–t2841, sunset times resolved',
  '  to the publication day, disagree and are left as annotated: the system now misses them); صفر بالمائة is a percent',
  '  (`blind15`; a constructed test had it a cardinal).',
  '',
  '## Time expressions',
  '',
  '| set | gold | exact value | span | found | false pos. | precision |',
  '|---|---|---|---|---|---|---|',
  ...SPLITS.map((split) => row(split, t[split])),
  row('all', all(SPLITS.map((split) => t[split]))),
  '',
  '## Quantities',
  '',
  '| set | gold | exact value+kind | span | found | false pos. | precision |',
  '|---|---|---|---|---|---|---|',
  ...SPLITS.map((split) => row(split, q[split])),
  row('all', all(SPLITS.map((split) => q[split]))),
  '',
  'Attributes, on quantities whose value and kind are right (all splits, then `blind` to `blind7` alone):',
  '',
  ...(['unit', 'approx', 'casualty'] as const).map((k) => {
    const a = SPLITS.reduce((n, split) => n + q[split].attrs[k][0], 0);
    const b = SPLITS.reduce((n, split) => n + q[split].attrs[k][1], 0);
    const perSplit = BLIND.map((split) => {
      const [x, y] = q[split].attrs[k];
      return `${split} ${x}/${y} (${pct(x, y)})`;
    });
    return `- ${k}: ${a}/${b} (${pct(a, b)}); ${perSplit.join('; ')}`;
  }),
  '',
  '### Before and after the fixes',
  '',
  'Exact values before the fixes each split prompted (dev, test, heldout: when `heldout` was first',
  'measured, commit a61ddfc; blind: its one unseen measurement) and now. The "before" figures of',
  '`heldout` and `blind` are the honest unseen figures; the "now" figures include fixes of general',
  'constructions (unit tests on examples of their own in test/times/constructions.test.ts,',
  'test/times/lists-parts-ages.test.ts, test/times/unseen-kinds.test.ts, test/quantities/constructions.test.ts,',
  'test/quantities/duals-ranks-scores.test.ts, test/quantities/unseen-kinds.test.ts and the session-5 to session-11 files), so no split here is unseen',
  'any more. `blind2` "before" is its one honest measurement (73bf7b5), `blind3` "before" its own (session 4),',
  '`blind4` "before" its own (session 5), `blind5` "before" its one honest measurement after the session-6',
  'fixes (session 6), `blind6` "before" its one honest measurement by session 6\'s final rules, `blind7` "before"',
  'its one honest measurement by session 7\'s final rules, `blind8` "before" its one honest measurement by session 8\'s final rules.',
  '',
  '| split | times before | times now | quantities before | quantities now |',
  '|---|---|---|---|---|',
  ...TUNED.map((split) => {
    const before = BEFORE[split];
    return `| ${split} | ${before.times} | ${pct(t[split].exact, t[split].n)} | ${before.quantities} | ${pct(q[split].exact, q[split].n)} |`;
  }),
  '',
  `Now, on \`blind\` (tuned): times ${pct(t.blind.exact, t.blind.n)} exact (${t.blind.exact}/${t.blind.n}), quantities ${pct(q.blind.exact, q.blind.n)} (${q.blind.exact}/${q.blind.n}).`,
  '',
  `Now, on \`blind2\` (first measured at 91.6% / 91.0%; tuned in session 4): times ${pct(t.blind2.exact, t.blind2.n)} exact`,
  `(${t.blind2.exact}/${t.blind2.n}), quantities ${pct(q.blind2.exact, q.blind2.n)} (${q.blind2.exact}/${q.blind2.n}); the ≥ 95% target for exact values is`,
  `${t.blind2.exact >= 0.95 * t.blind2.n ? 'met' : 'not met'} for times and ${q.blind2.exact >= 0.95 * q.blind2.n ? 'met' : 'not met'} for quantities on \`blind2\`.`,
  '',
  `Now, on \`blind3\` (first measured at 92.2% / 90.6%; tuned in session 5): times ${pct(t.blind3.exact, t.blind3.n)} exact`,
  `(${t.blind3.exact}/${t.blind3.n}), quantities ${pct(q.blind3.exact, q.blind3.n)} (${q.blind3.exact}/${q.blind3.n}).`,
  '',
  `Now, on \`blind4\` (first measured at 90.7% / 91.4%; tuned in session 6): times ${pct(t.blind4.exact, t.blind4.n)} exact (${t.blind4.exact}/${t.blind4.n}),`,
  `quantities ${pct(q.blind4.exact, q.blind4.n)} (${q.blind4.exact}/${q.blind4.n}); the ≥ 95% target for exact values is`,
  `${t.blind4.exact >= 0.95 * t.blind4.n ? 'met' : 'not met'} for times and ${q.blind4.exact >= 0.95 * q.blind4.n ? 'met' : 'not met'} for quantities on \`blind4\`.`,
  '',
  `Now, on \`blind5\` (first measured at 93.9% / 91.6%, session 5's rules 93.9% / 90.0%; tuned in session 6): times ${pct(t.blind5.exact, t.blind5.n)} exact (${t.blind5.exact}/${t.blind5.n}),`,
  `quantities ${pct(q.blind5.exact, q.blind5.n)} (${q.blind5.exact}/${q.blind5.n}); the ≥ 95% target is`,
  `${t.blind5.exact >= 0.95 * t.blind5.n ? 'met' : 'not met'} for times and ${q.blind5.exact >= 0.95 * q.blind5.n ? 'met' : 'not met'} for quantities on \`blind5\`.`,
  '',
  `Now, on \`blind6\` (first measured at 96.4% / 94.6%; tuned in session 7): times ${pct(t.blind6.exact, t.blind6.n)} exact (${t.blind6.exact}/${t.blind6.n}),`,
  `quantities ${pct(q.blind6.exact, q.blind6.n)} (${q.blind6.exact}/${q.blind6.n}); the ≥ 95% target is`,
  `${t.blind6.exact >= 0.95 * t.blind6.n ? 'met' : 'not met'} for times and ${q.blind6.exact >= 0.95 * q.blind6.n ? 'met' : 'not met'} for quantities on \`blind6\`.`,
  '',
  `Now, on \`blind7\` (session 6's rules 93.7% / 93.7%; measured once by session 7's final rules at 93.7% / 97.5%, the last honest unseen figures; tuned in session 8): times ${pct(t.blind7.exact, t.blind7.n)} exact (${t.blind7.exact}/${t.blind7.n}),`,
  `quantities ${pct(q.blind7.exact, q.blind7.n)} (${q.blind7.exact}/${q.blind7.n}); the ≥ 95% target is`,
  `${t.blind7.exact >= 0.95 * t.blind7.n ? 'met' : 'not met'} for times and ${q.blind7.exact >= 0.95 * q.blind7.n ? 'met' : 'not met'} for quantities on \`blind7\`.`,
  '',
  'The honest split of session 8, `blind8` (300 sentences drawn with seed 8484 from ANT articles no other split uses,',
  'annotated and committed by a separate annotator who never ran the system nor read its code or failure lists, before',
  "any of session 8's rules ran on it; notes in docs/eval/blind8-annotation.md), was run by session 7's final rules",
  "(94.1% / 94.6%) and once by session 8's final rules (94.9% / 94.6%, the last honest unseen figures); in session 9 its",
  `failures were read and it was tuned like the others: times ${pct(t.blind8.exact, t.blind8.n)} exact (${t.blind8.exact}/${t.blind8.n}), quantities ${pct(q.blind8.exact, q.blind8.n)} (${q.blind8.exact}/${q.blind8.n}); the ≥ 95% target is`,
  `${t.blind8.exact >= 0.95 * t.blind8.n ? 'met' : 'not met'} for times and ${q.blind8.exact >= 0.95 * q.blind8.n ? 'met' : 'not met'} for quantities on \`blind8\` (tuned).`,
  '',
  'The honest split of session 9, `blind9` (300 sentences drawn with seed 9595 from ANT articles no other split uses,',
  'annotated and committed by a separate annotator who never ran the system nor read its code or failure lists, before',
  "any of session 9's rules ran on it; notes in docs/eval/blind9-annotation.md; the engineers changing rules were barred",
  "from its articles), was run by session 8's final rules (93.1% / 90.0%, totals only read) and once by session 9's final",
  'rules (93.1% / 90.0%, the honest figures after session 9); in session 10 its failures were read and it was tuned:',
  `times ${pct(t.blind9.exact, t.blind9.n)} exact (${t.blind9.exact}/${t.blind9.n}), quantities ${pct(q.blind9.exact, q.blind9.n)} (${q.blind9.exact}/${q.blind9.n}) on \`blind9\` (tuned).`,
  '',
  'The honest split of session 10, `blind10` (300 sentences drawn with seed 10101 from ANT articles no other split uses,',
  'annotated and committed by a separate annotator who never ran the system nor read its code or failure lists, before',
  "any of session 10's rules ran on it; notes in docs/eval/blind10-annotation.md; the engineers changing rules were barred",
  "from its articles), was run by session 9's final rules (94.2% / 94.6%, totals only read) and once by session 10's final",
  'rules (94.6% / 94.6%, 243/257 and 228/241, the last honest unseen figures); in session 11 its failures were read and it',
  `was tuned like the others: times ${pct(t.blind10.exact, t.blind10.n)} exact (${t.blind10.exact}/${t.blind10.n}), quantities ${pct(q.blind10.exact, q.blind10.n)} (${q.blind10.exact}/${q.blind10.n}) on \`blind10\` (tuned).`,
  '',
  'The honest split of session 11, `blind11` (300 sentences drawn with seed 11101 from ANT articles no other split uses,',
  'annotated and committed by a separate annotator who never ran the system nor read its code or failure lists, before',
  "any of session 11's rules ran on it; notes in docs/eval/blind11-annotation.md; the engineers changing rules were barred",
  "from its articles), was run by session 10's final rules (91.2% / 96.1%, totals only read) and once by session 11's final",
  'rules (92.0% / 96.1%, 229/249 and 249/259, the honest figures after session 11); in session 12 its failures were read',
  `and it was tuned like the others: times ${pct(t.blind11.exact, t.blind11.n)} exact (${t.blind11.exact}/${t.blind11.n}), quantities ${pct(q.blind11.exact, q.blind11.n)} (${q.blind11.exact}/${q.blind11.n}) on \`blind11\` (tuned).`,
  '',
  'The honest split of session 12, `blind12` (300 sentences drawn with seed 12101 from ANT articles no other split and no',
  'earlier held-out draw uses, annotated and committed by a separate annotator who never ran the system nor read its code',
  "or failure lists, before any of session 12's rules ran on it; notes in docs/eval/blind12-annotation.md; the engineers",
  "changing rules were barred from its articles), was run by session 11's final rules (95.4% / 92.6%, totals only read) and once",
  "by session 12's final rules (95.4% / 92.6%, 289/303 and 200/216, the honest figures after session 12); in session 13 its",
  `failures were read and it was tuned like the others: times ${pct(t.blind12.exact, t.blind12.n)} exact (${t.blind12.exact}/${t.blind12.n}), quantities ${pct(q.blind12.exact, q.blind12.n)} (${q.blind12.exact}/${q.blind12.n}) on \`blind12\` (tuned).`,
  '',
  'The honest split of session 13, `blind13` (300 sentences drawn with seed 13101 from ANT articles no other split and no',
  'earlier held-out draw uses, annotated and committed by a separate annotator who never ran the system nor read its code',
  "or failure lists, before any of session 13's rules ran on it; notes in docs/eval/blind13-annotation.md; the engineers",
  "changing rules were barred from its articles), was run by session 12's final rules (94.0% / 95.3%, totals only read) and once",
  "by session 13's final rules (94.0% / 95.3%, 267/284 and 244/256, the honest figures after session 13); in session 14 its",
  `failures were read and it was tuned like the others: times ${pct(t.blind13.exact, t.blind13.n)} exact (${t.blind13.exact}/${t.blind13.n}), quantities ${pct(q.blind13.exact, q.blind13.n)} (${q.blind13.exact}/${q.blind13.n}) on \`blind13\` (tuned).`,
  '',
  'The honest split of session 14, `blind14` (300 sentences drawn with seed 14101 from ANT articles no other split and no',
  'earlier held-out draw uses, annotated and committed by a separate annotator who never ran the system nor read its code',
  "or failure lists, before any of session 14's rules ran on it; notes in docs/eval/blind14-annotation.md; the engineers",
  "changing rules were barred from its articles), was run by session 13's final rules (94.8% / 94.3%, totals only read) and once",
  "by session 14's final rules (94.8% / 94.8%, 254/268 and 200/211, the honest figures after session 14); in session 15 its",
  `failures were read and it was tuned like the others: times ${pct(t.blind14.exact, t.blind14.n)} exact (${t.blind14.exact}/${t.blind14.n}), quantities ${pct(q.blind14.exact, q.blind14.n)} (${q.blind14.exact}/${q.blind14.n}) on \`blind14\` (tuned).`,
  '',
  'The honest split of session 15, `blind15` (300 sentences drawn with seed 15101 from ANT articles no other split and no',
  'earlier held-out draw uses, annotated and committed by a separate annotator who never ran the system nor read its code',
  "or failure lists, before any of session 15's rules ran on it; notes in docs/eval/blind15-annotation.md; the engineers",
  "changing rules were barred from its articles), was run by session 14's final rules (95.1% / 93.7%, totals only read) and once",
  "by session 15's final rules (95.1% / 94.1%, 233/245 and 239/254, the honest figures after session 15); in session 16 its",
  `failures were read and it was tuned like the others: times ${pct(t.blind15.exact, t.blind15.n)} exact (${t.blind15.exact}/${t.blind15.n}), quantities ${pct(q.blind15.exact, q.blind15.n)} (${q.blind15.exact}/${q.blind15.n}) on \`blind15\` (tuned).`,
  '',
  'The honest split of session 16, `blind16` (300 sentences drawn with seed 16101 from ANT articles no other split and no',
  'earlier held-out draw uses, annotated and committed by a separate annotator who never ran the system nor read its code',
  "or failure lists, before any of session 16's rules ran on it; notes in docs/eval/blind16-annotation.md; the engineers",
  "changing rules were barred from its articles), was run by session 15's final rules (95.7% / 96.8%, 247/258 and 242/250, totals only read) and once",
  ...(MEASURE_HONEST
    ? [
        `by session 16's final rules: times ${pct(t.blind16.exact, t.blind16.n)} exact (${t.blind16.exact}/${t.blind16.n}), quantities ${pct(q.blind16.exact, q.blind16.n)} (${q.blind16.exact}/${q.blind16.n}); the ≥ 95% target is`,
        `${t.blind16.exact >= 0.95 * t.blind16.n ? 'met' : 'not met'} for times and ${q.blind16.exact >= 0.95 * q.blind16.n ? 'met' : 'not met'} for quantities on \`blind16\`, the honest figures for unseen text. Its failure lists are withheld from this report and unread.`,
      ]
    : [
        "by session 16's final rules. **Not measured in this run**: even its totals are left out unless `--measure-honest`",
        '(or RASD_MEASURE_HONEST=1) is given, so that nobody tunes against them; its rows above count nothing.',
      ]),
  '',
  'A second source, SaudiNewsNet (14 Saudi papers, July–August 2015; CC BY-NC-SA, so the repository keeps only offsets and',
  'labels in eval/times-snn.jsonl and eval/quantities-snn.jsonl, and the words are read from ../shared/data/news):',
  'two draws of 150 sentences (scripts drawn with seeds 16901 and 16902 from articles with a time or number cue, one',
  "sentence per article), each annotated by a separate annotator who never ran the system. Session 15's rules, written",
  'on Tunisian news only, gave `snn16` 88.5% / 88.5% (92/104, 100/113) and `snn16b` 83.8% / 85.0% (83/99, 91/107):',
  'the ≥ 95% reached on unseen Tunisian text does not carry over to other sources yet. `snn16` is tuning material',
  "from session 16; `snn16b` is honest: measured once by session 16's final rules",
  ...(externalTimes === null
    ? ['(**not measured in this run**: ../shared/data/news/saudinewsnet.jsonl.gz is not there).']
    : MEASURE_HONEST
      ? [
          `(times ${pct(t.snn16b.exact, t.snn16b.n)} exact, ${t.snn16b.exact}/${t.snn16b.n}; quantities ${pct(q.snn16b.exact, q.snn16b.n)}, ${q.snn16b.exact}/${q.snn16b.n}); its failure lists are withheld and unread.`,
        ]
      : ['(**not measured in this run**: its totals need `--measure-honest`).']),
  '',
  'Reading: the ≥ 95% target is met on every tuned split; on unseen text expect less (the',
  'first measurements of `heldout`, `blind`, `blind2`, `blind3` and `blind4` were 83.5% / 90.0% / 91.6% / 92.2% /',
  '90.7% for times and 78.2% / 85.8% / 91.0% / 90.6% / 91.4% for quantities; `blind5` 93.9% / 91.6% and `blind6` 96.4% / 94.6%, `blind7` 93.7% / 97.5%, `blind8` 94.9% / 94.6%, `blind9` 93.1% / 90.0%, `blind10` 94.6% / 94.6%, `blind11` 92.0% / 96.1%, `blind12` 95.4% / 92.6%, `blind13` 94.0% / 95.3%, `blind14` 94.8% / 94.8%, `blind15` 95.1% / 94.1%, `blind16` above). What is left: clock times whose day is only given in another',
  'sentence (t062, t138, t703: each',
  'sentence is analysed alone), a comma-joined day list in one token (يوم 18,17 او 19 مارس), a',
  'daily schedule read as one day (t512), and a plural noun in construct (1894 مجهولي المصير). The `test`',
  'false positives 7، 8، 9، 12، 13 (جوان 2017) are right dates that the `test` annotation left out (it',
  'annotated only the last day of that list, t109), and الثامنة من عمرها is an age that annotation left out.',
  'From `blind2`: weekdays of a rescheduled match whose cue (الموعد الجديد) is far from them (t752, t753),',
  'اليوم as "nowadays" after a plain present verb (t641), "بعد ليلة من الأحداث" (t764); a definite dual',
  '(الراكبين), detention told after the number (31 تم إيقافهم، 11 منهم قضوا … رهن الإيقاف), and a typo glued',
  'to its rank noun (لدورالثمانية). The `heldout` false positive مسابقتي (two competitions, named after it)',
  'is a right dual that annotation left out.',
  'From `blind3`: a weekday inside a call to act (داعيا … إلى التجمع … صباح الاثنين, the next Monday; the',
  'future cue is a verb of calling, which elsewhere reports the day of the call), a construct dual whose و is',
  'far after it (t943) or whose noun is rare (كوبين), a definite dual whose names are far (الحكمين), a',
  'possessive dual after a preposition (بقسميها); units that the contract normalises (مقعد → seat، شرطي →',
  'police-officer، إرهابي → militant) where the annotator kept the written form; and the false positives سيرين',
  '(a given name read as a dual) and ميكس 50 (an offer name).',
  'From `blind4`: اليوم read both ways by the annotator (إلى حد اليوم as the date, التركيز اليوم as "nowadays"),',
  'a unit written after its number (لمدة سنة 16), a definite plural whose names are after a prepositional phrase',
  '(الصحفيين المختطفين في ليبيا سفيان … ونذير …) or whose count is told by a dual verb (الإرهابيين اقتحما), a',
  'construct dual before a name (شقيقي محمد), a nationality dual (جزائريان), two ranks written as one decimal',
  '(الدقائق 73,10 و86), detention told by a misspelt subject (عدد المموقوفين … بلغ 805 شخصا), and the approximations',
  'of weather speeds (تتجاوز 60 كلم/س) and of مجرمين اثنين that older splits annotate otherwise than `blind4` does.',
  'From `blind8`: the hour of «حتى السادسة بالتوقيت المحلي» (gold 18:00, the bare-hour reading gives 06:00),',
  'duals of things that the word list barely knows (أجران، سياراتي misspelt, منفذا in construct, موقوفين told by a',
  'dual verb), «9.8 في الما» (a cut percent word), and الصحفيين placed by the scorer on its first occurrence.',
  'The seeds (tests in test/times) resolve exactly.',
  '',
  '## Failures',
  '',
  ...SPLITS.filter((split) => !listed(split)).flatMap((split) => [
    `### Times and quantities, ${split}`,
    '',
    `Withheld: \`${split}\` is the honest split, and its failures stay unread until the next session tunes on it (\`npm run eval:times -- --reveal-honest\`).`,
    '',
  ]),
  ...SPLITS.filter((split) => listed(split) && EXTERNAL.has(split)).flatMap((split) => [
    `### Times and quantities, ${split}`,
    '',
    `Not in this report: the failures quote SaudiNewsNet sentences, which may not be shipped. Written to \`.tmp/eval/times-${split}.md\` (not committed).`,
    '',
  ]),
  ...SPLITS.filter((split) => listed(split) && !EXTERNAL.has(split)).flatMap(timesFailures),
  ...SPLITS.filter((split) => listed(split) && !EXTERNAL.has(split)).flatMap(quantitiesFailures),
];
mkdirSync('docs/eval', { recursive: true });
// formatted as the repository's Prettier check expects
writeFileSync(
  'docs/eval/times.md',
  await format(md.join('\n'), { parser: 'markdown', proseWrap: 'preserve' }),
);
for (const split of SPLITS.filter((x) => listed(x) && EXTERNAL.has(x))) {
  mkdirSync('.tmp/eval', { recursive: true });
  writeFileSync(
    `.tmp/eval/times-${split}.md`,
    [...timesFailures(split), ...quantitiesFailures(split)].join('\n'),
  );
}
console.log(md.slice(16, 46).join('\n'));
