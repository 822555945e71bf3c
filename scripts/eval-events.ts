/**
 * Evaluates the events pass on hand-annotated ANT sentences: the development set eval/events.jsonl (the rules
 * were tuned on it) → docs/eval/events.md, and the held-out set eval/events-heldout.jsonl → docs/eval/events-heldout.md.
 * Each report gives precision/recall/F1 per PLOVER type, full matches (type + actor + target + place), the
 * agreement of each argument and of the modality on type matches, and the failures.
 * Usage: npm run eval:events [-- --set dev|dev2|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|heldout11|heldout12|heldout13|intl1|intl2|intl3|intl4|intl5|intl6|snn0|snn1] [--baseline] [--reveal-honest]
 * `--baseline` (dev2 and held-out) also stores the figures in eval/events-<set>.baseline.json: run it once, before
 * any change inspired by that set's failures, so the report keeps the before/after comparison.
 *
 * Each item is analysed as a small document (the article's title, then the annotated sentence); only events
 * with evidence in the sentence are scored. Gold `*` means "any value", null means "none stated".
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Event, Pass } from '../src/doc/index.js';
import { buildPipeline, type Pipeline } from '../src/pipeline/pipeline.js';
import { defaultPipeline, textPasses } from '../src/pipeline/default.js';
import { createEventsPass } from '../src/annotate/events/index.js';
import { analyseItem, codeMatches, fullMatch, placeMatches, readItems } from './events-data.js';
import { hasCorpus, isPacked } from './external-gold.js';

interface GoldEvent {
  type: string;
  actor: string | null;
  target: string | null;
  place: string | null;
  modality: string;
  /** Optional (dev2): the event's date as a TIMEX value, scored only where given. */
  time?: string;
}
interface Item {
  id: string;
  article: string;
  published: string;
  title: string;
  text: string;
  events: GoldEvent[];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function pipeline(): Pipeline {
  const full = defaultPipeline();
  if (full.passes.some((p) => p.name === 'events')) return full;
  const empty: Pass = {
    name: 'eval-empty-layers',
    version: '0',
    requires: ['text'],
    produces: ['entities', 'times', 'quantities'],
    run() {},
  };
  return buildPipeline([...textPasses(), empty, createEventsPass()]);
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const prf = (c: Counts): { p: number; r: number; f: number } => {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};
const pct = (x: number): string => x.toFixed(2);

interface SetSpec {
  name:
    | 'dev'
    | 'dev2'
    | 'heldout'
    | 'heldout2'
    | 'heldout3'
    | 'heldout4'
    | 'heldout5'
    | 'heldout6'
    | 'heldout7'
    | 'heldout8'
    | 'intl1'
    | 'intl2'
    | 'heldout9'
    | 'intl3'
    | 'heldout10'
    | 'intl4'
    | 'heldout11'
    | 'intl5'
    | 'heldout12'
    | 'intl6'
    | 'heldout13'
    | 'snn0'
    | 'snn1';
  file: string;
  /** Where the sentences come from, for the report (default: ANT). */
  corpus?: string;
  report: string;
  heading: string;
  about: string[];
  /** This session's honest set: its failure lists stay out of the report unless `--reveal-honest` is given. */
  honest?: true;
}

const SETS: SetSpec[] = [
  {
    name: 'dev',
    file: 'events.jsonl',
    report: 'events.md',
    heading: '# Events: evaluation (development set)',
    about: [
      "**Caveat:** the rules were tuned while reading this set's failures, so these figures are optimistic for unseen",
      "text: see the second development set and the held-out set for honest figures. Annotations are one annotator's",
      '(no agreement study). Session 4 changed the rules from the second development set (dev2); this set only checked',
      'that nothing regressed. Session 5 read the failures of both development sets; session 7 pooled the misses of',
      'every readable set, this one included.',
    ],
  },
  {
    name: 'dev2',
    file: 'events-dev2.jsonl',
    report: 'events-dev2.md',
    heading: '# Events: evaluation (second development set, dev2)',
    about: [
      'Drawn in session 4 (`scripts/draw-event-sentences.ts`: seed 4242, 110 items `d2-`; then seed 4243, 40 items `d2b-`)',
      'from ANT articles no other set used, one sentence per article, three in four with an event-like word from a broad',
      'list written for drawing (not the lexicon), one in four any sentence; annotated by hand and committed',
      'before the system was run on it. The "before" row is that first run; later rows are tuned on this set too.',
      'Gold `time` (the event date as a TIMEX value) is given where the sentence states one, and scored there.',
      'Session 7 read its failures again, pooled with those of the other readable sets.',
    ],
  },
  {
    name: 'heldout',
    file: 'events-heldout.jsonl',
    report: 'events-heldout.md',
    heading: '# Events: evaluation (held-out set)',
    about: [
      'Sampled with a fixed seed from ANT articles not used by any other evaluation set: for each PLOVER type a',
      'sentence matching a few keywords of that type (which also yields hard negatives: "حجز مسكن", "تراجع الأسعار",',
      'sport, film plots, law texts), plus random sentences. Annotated by hand and committed before the system was',
      'run on it. The "before" row is the first run (commit b497275 + the eval script), before any change; it is the',
      'honest figure for unseen text. The "now" row comes after the session\'s changes, some of which were inspired by',
      "reading this set's failures (trigger phrases such as شدد على ضرورة، سحب مساندة، تراجع عن، رفع الحصار; places",
      'written after a clitic; actor rules), so it is partly tuned on this set as well: type F1 0.76, full match 0.35',
      'at the end of session 2. Session 3 (argument rules: targets, places elsewhere in the sentence, pronoun and',
      'speaker agents) worked from the development set only and ran this set once, after its last change; nothing',
      'was changed after that run. Session 4 (general rules for unseen text, built on a second development set,',
      '`eval/events-dev2.jsonl`: see docs/EVENTS.md, "Rules written against unseen text") again worked from the',
      'development sets only; at its start part of this report (with its failure list) was printed by accident while',
      'reading the documentation, and no change was made for any item seen there. It ran this set once, after its',
      'last change (type F1 0.77, full match 0.38). Session 5 (general rules from the failures of the two',
      "development sets and from reading the system's output on unseen ANT sentences drawn with seeds 5501 and 5502:",
      'see docs/EVENTS.md, "Rules written against unseen text, session 5") did not read this set and ran it once, after',
      'its last rule change (type F1 0.77, full match 0.37; before session 5: 0.77 / 0.38).',
      '**Session 6 read this set\'s failures** and wrote general rules against them (docs/EVENTS.md, "Rules written',
      'against unseen text, session 6\"), each checked on unseen ANT sentences (seeds 6601 to 6603) and the development',
      'sets: the "now" row is TUNED on this set and no longer an honest figure for unseen text (at the start of session 6:',
      'type F1 0.77, full match 0.37). The honest figure after session 6 comes from a new held-out set (events-heldout2),',
      'annotated by someone else and run once by the lead. Session 7 read its failures again, pooled with the others.',
    ],
  },
  {
    name: 'heldout2',
    file: 'events-heldout2.jsonl',
    report: 'events-heldout2.md',
    heading: '# Events: evaluation (second held-out set, heldout2)',
    about: [
      'Drawn in session 6 (`scripts/draw-event-sentences.ts`, seed 6161: 180 drawn, those from articles of another new',
      'split dropped, the first 150 kept) from ANT articles no other set used, and annotated by a separate annotator',
      'who never ran the system and did not read the events code or any failure list (conventions:',
      '`docs/eval/events-heldout2-annotation.md`). Committed before the system was run on it. The "before" row is the',
      "first run, by session 5's rules (session 6's first rules gave the same figures); it stays the honest figure.",
      '**The "now" row includes rules written after reading this set\'s failures** (late session 6: general triggers',
      'and senses for referrals to the prosecution, criticism, gatherings, tear gas, use of violence, standing by,',
      'social aid and evacuation, deportation and warnings of a response; then headlines that the body reports,',
      'participles of saying, praise and smear campaigns, who suffers a charge; docs/EVENTS.md section 11, each checked on',
      'unseen ANT sentences): it is TUNED on this set and no longer an honest figure for unseen text. Session 7 read its',
      'failures again, pooled with those of the development sets and the first held-out set (docs/EVENTS.md section 12).',
    ],
  },
  {
    name: 'heldout3',
    file: 'events-heldout3.jsonl',
    report: 'events-heldout3.md',
    heading: '# Events: evaluation (third held-out set, heldout3)',
    about: [
      'Drawn at the end of session 6 (`scripts/draw-event-sentences.ts`, seed 7171: 190 drawn, those from articles of',
      'another new split dropped, the first 150 kept) from ANT articles no other set used, and annotated by a separate',
      'annotator who never ran the system and did not read the events code or any failure list (conventions:',
      "`docs/eval/events-heldout3-annotation.md`, following heldout2's). Committed before the system was run on it;",
      'the people who wrote session 6\'s rules never saw it. The "before" row is its one run, by session 6\'s final rules.',
      'Session 7 set it aside as its own check while it wrote general rules from the pooled misses of the four other sets',
      'and from unseen ANT sentences (docs/EVENTS.md section 12), and ran it once after the last of those rules (commit',
      'bcde019): type F1 0.63 (P 0.68, R 0.59), full match 0.27 — level with the "before" row (0.62 / 0.28): 81 gold',
      'events found (was 78), 38 spurious (was 34). **It was read from then on**: three rules written from its spurious',
      'events (a ministry with a pronoun is no visit, "اللقاء" beside a sport word is the match, "مسيرته" is a career)',
      'give the "now" row, which is TUNED on this set; the honest figure after session 7 is that of events-heldout4.',
    ],
  },
  {
    name: 'heldout4',
    file: 'events-heldout4.jsonl',
    report: 'events-heldout4.md',
    heading: '# Events: evaluation (fourth held-out set, heldout4)',
    about: [
      'Drawn at the start of session 7 (`scripts/draw-event-sentences.ts`, seed 8181: 260 drawn, the first 160 kept)',
      'from ANT articles no other set used, and annotated by a separate annotator who never ran the system and did not',
      'read the events code or any failure list (conventions: `docs/eval/events-heldout4-annotation.md`, following',
      "heldout2's and heldout3's). Committed before the system was run on it; the people who wrote session 7's rules",
      'never saw it. The "before" row is its run by session 6\'s final rules (totals only, read by the lead before any',
      'session-7 change was merged); the "now" row is its one run by session 7\'s final rules (type F1 0.66, full match',
      '0.32). **Session 8 read its failures** and wrote rules against them (docs/EVENTS.md section 14): it is TUNED now.',
    ],
  },
  {
    name: 'heldout5',
    file: 'events-heldout5.jsonl',
    report: 'events-heldout5.md',
    heading: '# Events: evaluation (fifth held-out set, heldout5)',
    about: [
      'Drawn at the start of session 8 (`scripts/draw-event-sentences.ts`, seed 9393: 260 drawn, the first 160 kept)',
      'from ANT articles no other set used, disjoint from the blind8 times draw, and annotated by a separate annotator',
      'who never ran the system and did not read the events code or any failure list (conventions:',
      '`docs/eval/events-heldout5-annotation.md`). Committed before the system was run on it; the people who wrote',
      'session 8\'s rules never saw its articles. The "before" row is its run by session 7\'s final rules (totals only,',
      'read by the lead before any session-8 change was merged); the "now" row is its one run by session 8\'s final',
      'rules: type F1 0.64, full match 0.28, the honest figure for unseen text after session 8. **Session 9 read its',
      'failures** and wrote general rules against them (docs/EVENTS.md section 15), each read on unlabelled ANT',
      'articles: the "now" row is TUNED on this set; the honest figure after session 9 is that of events-heldout6.',
    ],
  },
  {
    name: 'heldout6',
    file: 'events-heldout6.jsonl',
    report: 'events-heldout6.md',
    heading: '# Events: evaluation (sixth held-out set, heldout6)',
    about: [
      'Drawn at the start of session 9 (`scripts/draw-event-sentences.ts`, seed 9696, 160 sentences) from ANT articles',
      'no other set used, disjoint from the blind9 times draw, and annotated by a separate annotator who never ran the',
      'system and did not read the events code or any failure list (conventions: `docs/eval/events-heldout6-annotation.md`).',
      "Committed before the system was run on it; the people who wrote session 9's rules never saw its articles. The",
      '"before" row is its run by session 8\'s final rules (totals only, read by the lead before any session-9 change was',
      "merged); its one run by session 9's final rules gave type F1 0.61, full match 0.31, the honest figure for unseen",
      'text after session 9. **Session 10 read its failures** and wrote general rules against them (docs/EVENTS.md',
      'section 18), each read on unlabelled ANT articles: the "now" row is TUNED on this set; the honest figure after',
      'session 10 is that of events-heldout7.',
    ],
  },
  {
    name: 'heldout7',
    file: 'events-heldout7.jsonl',
    report: 'events-heldout7.md',
    heading: '# Events: evaluation (seventh held-out set, heldout7)',
    about: [
      'Drawn at the start of session 10 (`scripts/draw-event-sentences.ts`, seed 10202, 160 sentences) from ANT articles',
      'no other set used, disjoint from the blind10 times draw, and annotated by a separate annotator who never ran the',
      'system and did not read the events code or any failure list (conventions: `docs/eval/events-heldout7-annotation.md`).',
      "Committed before the system was run on it; the people who wrote session 10's rules and model never saw its articles.",
      'The "before" row is its run by session 9\'s final rules (totals only, read by the lead before any session-10 change',
      "was merged); its one run by session 10's final rules gave type F1 0.72, full match 0.28, the honest figure for",
      'unseen text after session 10. **Session 11 read its failures** and wrote general rules against them: the "now"',
      'row is TUNED on this set; the honest figure after session 11 is that of events-heldout8.',
    ],
  },
  {
    name: 'intl1',
    file: 'events-intl1.jsonl',
    report: 'events-intl1.md',
    heading: '# Events: evaluation (international news, intl1)',
    about: [
      'The domain of the seed articles: 120 sentences drawn at the start of session 10 (`scripts/draw-event-sentences.ts`,',
      'seed 10505, category internationalNews) from ANT international-news articles no other set used (conflict, diplomacy,',
      'politics abroad), annotated by a separate annotator who never ran the system and did not read the events code or',
      'any failure list (conventions: `docs/eval/events-intl1-annotation.md`). Committed before the system was run on it;',
      'the people who wrote session 10\'s rules and model never saw its articles. The "before" row is its run by session',
      "9's final rules (totals only); its one run by session 10's final rules gave type F1 0.60, full match 0.19.",
      '**Session 11 read its failures** and wrote general rules against them: the "now" row is TUNED on this set; the',
      'honest figure for unseen international news after session 11 is that of events-intl2.',
    ],
  },
  {
    name: 'heldout8',
    file: 'events-heldout8.jsonl',
    report: 'events-heldout8.md',
    heading: '# Events: evaluation (eighth held-out set, heldout8)',
    about: [
      'Drawn at the start of session 11 (`scripts/draw-event-sentences.ts`, seed 11202, 160 sentences) from ANT articles',
      'no other set used, disjoint from the blind11 times draw, and annotated by a separate annotator who never ran the',
      'system and did not read the events code or any failure list (conventions: `docs/eval/events-heldout8-annotation.md`).',
      "Committed before the system was run on it; the people who wrote session 11's rules never saw its articles. The",
      '"before" row is its run by session 10\'s final rules (totals only, read by the lead before any session-11 change',
      "was merged); its one run by session 11's final rules gave type F1 0.66, full match 0.31, the honest figure for unseen",
      'text after session 11. **Session 12 read its failures** and wrote general rules against them: the "now" row is TUNED',
      'on this set; the honest figure after session 12 is that of events-heldout9.',
    ],
  },
  {
    name: 'intl2',
    file: 'events-intl2.jsonl',
    report: 'events-intl2.md',
    heading: '# Events: evaluation (international news, intl2)',
    about: [
      'The domain of the seed articles: 120 sentences drawn at the start of session 11 (`scripts/draw-event-sentences.ts`,',
      'seed 11505, category internationalNews) from ANT international-news articles no other set used, disjoint from the',
      'blind11 and heldout8 draws, annotated by a separate annotator who never ran the system and did not read the events',
      'code or any failure list (conventions: `docs/eval/events-intl2-annotation.md`). Committed before the system was run',
      'on it; the people who wrote session 11\'s rules never saw its articles. The "before" row is its run by session',
      "10's final rules (totals only); its one run by session 11's final rules gave type F1 0.63, full match 0.22.",
      '**Session 12 read its failures** and wrote general rules against them: the "now" row is TUNED on this set; the',
      'honest figure for unseen international news after session 12 is that of events-intl3.',
    ],
  },
  {
    name: 'heldout9',
    file: 'events-heldout9.jsonl',
    report: 'events-heldout9.md',
    heading: '# Events: evaluation (ninth held-out set, heldout9)',
    about: [
      'Drawn at the start of session 12 (`scripts/draw-event-sentences.ts`, seed 12202, 160 sentences) from ANT articles',
      'no other set and no earlier held-out draw used, disjoint from the blind12 times draw, and annotated by a separate',
      'annotator who never ran the system and did not read the events code or any failure list (conventions:',
      '`docs/eval/events-heldout9-annotation.md`). Committed before the system was run on it; the people who wrote session',
      '12\'s rules never saw its articles. The "before" row is its run by session 11\'s final rules (totals only, read by the',
      "lead before any session-12 change was merged); its one run by session 12's final rules gave type F1 0.68, full match",
      '0.19, the honest figure for unseen text after session 12. **Session 13 read its failures** and wrote general rules',
      'against them: the "now" row is TUNED on this set; the honest figure after session 13 is that of events-heldout10.',
    ],
  },
  {
    name: 'intl3',
    file: 'events-intl3.jsonl',
    report: 'events-intl3.md',
    heading: '# Events: evaluation (international news, intl3)',
    about: [
      'The domain of the seed articles: 120 sentences drawn at the start of session 12 (`scripts/draw-event-sentences.ts`,',
      'seed 12505, category internationalNews) from ANT international-news articles no other set and no earlier held-out',
      'draw used, disjoint from the blind12 and heldout9 draws, annotated by a separate annotator who never ran the system',
      'and did not read the events code or any failure list (conventions: `docs/eval/events-intl3-annotation.md`).',
      "Committed before the system was run on it; the people who wrote session 12's rules never saw its articles. The",
      '"before" row is its run by session 11\'s final rules (totals only); its one run by session 12\'s final rules gave type',
      'F1 0.63, full match 0.13. **Session 13 read its failures** and wrote general rules against them: the "now" row is',
      'TUNED on this set; the honest figure for unseen international news after session 13 is that of events-intl4.',
    ],
  },
  {
    name: 'heldout10',
    file: 'events-heldout10.jsonl',
    report: 'events-heldout10.md',
    heading: '# Events: evaluation (tenth held-out set, heldout10)',
    about: [
      'Drawn at the start of session 13 (`scripts/draw-event-sentences.ts`, seed 13202, 160 sentences) from ANT articles',
      'no other set and no earlier held-out draw used, disjoint from the blind13 times draw, and annotated by a separate',
      'annotator who never ran the system and did not read the events code or any failure list (conventions:',
      '`docs/eval/events-heldout10-annotation.md`). Committed before the system was run on it. The "before" row is its run',
      "by session 12's final rules (totals only); its one run by session 13's final rules gave type F1 0.67, full match",
      '0.23, the honest figure for unseen text after session 13. **Session 14 read its failures**: the "now" row is TUNED',
      'on this set; the honest figure after session 14 is that of events-heldout11.',
    ],
  },
  {
    name: 'intl4',
    file: 'events-intl4.jsonl',
    report: 'events-intl4.md',
    heading: '# Events: evaluation (international news, intl4)',
    about: [
      'The domain of the seed articles: 117 sentences drawn at the start of session 13 (`scripts/draw-event-sentences.ts`,',
      'seed 13505, category internationalNews; the unused pool gave 117 of the 120 asked for) from ANT international-news',
      'articles no other set and no earlier held-out draw used, annotated by a separate annotator who never ran the system',
      'and did not read the events code or any failure list (conventions: `docs/eval/events-intl4-annotation.md`). The',
      '"before" row is its run by session 12\'s final rules (totals only); its one run by session 13\'s final rules gave type',
      'F1 0.62, full match 0.21, the honest figure for unseen international news after session 13. **Session 14 read its',
      'failures**: the "now" row is TUNED on this set; the honest figure after session 14 is that of events-intl5.',
    ],
  },
  {
    name: 'heldout11',
    file: 'events-heldout11.jsonl',
    report: 'events-heldout11.md',
    heading: '# Events: evaluation (eleventh held-out set, heldout11)',
    about: [
      'Drawn at the start of session 14 (`scripts/draw-event-sentences.ts`, seed 14202, 160 sentences) from ANT articles',
      'no other set and no earlier held-out draw used, disjoint from the blind14 times draw, and annotated by a separate',
      'annotator who never ran the system and did not read the events code or any failure list (conventions:',
      '`docs/eval/events-heldout11-annotation.md`). The "before" row is its run by session 13\'s final rules (totals only);',
      "its one run by session 14's final rules gave type F1 0.63, full match 0.22, the honest figure for unseen text after",
      'session 14. **Session 15 read its failures**: the "now" row is TUNED on this set; the honest figure after session 15',
      'is that of events-heldout12.',
    ],
  },
  {
    name: 'intl5',
    file: 'events-intl5.jsonl',
    report: 'events-intl5.md',
    heading: '# Events: evaluation (international news and politics, intl5)',
    about: [
      'Close to the domain of the seed articles: 120 sentences drawn at the start of session 14',
      '(`scripts/draw-event-sentences.ts`, seed 14505): the unused international-news pool held only 26 articles (i5-001 to',
      'i5-026), so the other 94 (i5-027 to i5-120) come from the ANT politics category, drawn with the same seed. Annotated',
      'by a separate annotator who never ran the system and did not read the events code or any failure list (conventions:',
      '`docs/eval/events-intl5-annotation.md`). The "before" row is its run by session 13\'s final rules (totals only); its',
      "one run by session 14's final rules gave type F1 0.59, full match 0.15, the honest figure after session 14.",
      '**Session 15 read its failures**: the "now" row is TUNED on this set; the honest figure after session 15 is that of',
      'events-intl6.',
    ],
  },
  {
    name: 'heldout12',
    file: 'events-heldout12.jsonl',
    report: 'events-heldout12.md',
    heading: '# Events: evaluation (twelfth held-out set, heldout12)',
    about: [
      'Drawn at the start of session 15 (`scripts/draw-event-sentences.ts`, seed 15202, 160 sentences) from ANT articles',
      'no other set and no earlier held-out draw used, disjoint from the blind15 times draw, and annotated by a separate',
      'annotator who never ran the system and did not read the events code or any failure list (conventions:',
      '`docs/eval/events-heldout12-annotation.md`). The "before" row is its run by session 14\'s final rules (totals only);',
      "its one run by session 15's final rules gave type F1 0.71, full match 0.23, the honest figure for unseen text after",
      'session 15. **Session 16 read its failures**: the "now" row is TUNED on this set; the honest figure after session 16',
      'is that of events-heldout13.',
    ],
  },
  {
    name: 'intl6',
    file: 'events-intl6.jsonl',
    report: 'events-intl6.md',
    heading: '# Events: evaluation (politics, intl6)',
    about: [
      'Politics, the nearest domain to the seed articles that ANT still has unused: the international-news pool is',
      'exhausted, so the 77 sentences were drawn at the start of session 15 (`scripts/draw-event-sentences.ts`, seed 15505,',
      'category politic; the unused pool held only 77 articles) and are mostly Tunisian domestic politics; i6-012 repeats',
      'the sentence of i5-028 from another article. Annotated by a separate annotator who never ran the system and did',
      'not read the events code or any failure list (conventions: `docs/eval/events-intl6-annotation.md`). The "before"',
      "row is its run by session 14's final rules (totals only); its one run by session 15's final rules gave type F1",
      '0.62, full match 0.17, the honest figure for unseen political news after session 15. **Session 16 read its',
      'failures**: the "now" row is TUNED on this set. ANT\'s politics pool is exhausted, so session 16 drew no new',
      'politics set.',
    ],
  },
  {
    name: 'heldout13',
    file: 'events-heldout13.jsonl',
    report: 'events-heldout13.md',
    heading: '# Events: evaluation (thirteenth held-out set, heldout13)',
    honest: true,
    about: [
      'Drawn at the start of session 16 (`scripts/draw-event-sentences.ts`, seed 16202, 160 sentences) from ANT articles',
      'no other set and no earlier held-out draw used (the international-news and politics pools are exhausted, so it is',
      'mostly local news, society and sport), disjoint from the blind16 times draw, and annotated by a separate annotator',
      'who never ran the system and did not read the events code or any failure list (conventions:',
      '`docs/eval/events-heldout13-annotation.md`). Committed before the system was run on it; the people who wrote session',
      '16\'s rules never saw its articles. The "before" row is its run by session 15\'s final rules (totals only, read by the',
      'lead before any session-16 change was merged); the "now" row is its one run by session 16\'s final rules: the honest',
      'figure for unseen text. Its failure list is withheld and unread.',
    ],
  },
  {
    name: 'snn0',
    file: 'events-snn0.jsonl',
    report: 'events-snn0.md',
    heading: '# Events: evaluation (SaudiNewsNet, international news, snn0: tuning)',
    corpus:
      'SaudiNewsNet (14 Saudi papers, July–August 2015; CC BY-NC-SA: the file keeps offsets and labels only, and the words are read from ../shared/data/news)',
    about: [
      'Tuning material for the second source: the first 100 sentences of a draw made in session 16 (seed 16911, the',
      'same selection as snn1, disjoint articles), annotated at the end of session 16 by a separate annotator who never',
      'ran the system, in one quick pass with the conventions of the intl sets. Not yet read by anyone changing the rules',
      'when it was committed; its failure list goes to `.tmp/eval/` (the sentences may not be shipped). Never used to',
      'train a shipped model.',
    ],
  },
  {
    name: 'snn1',
    file: 'events-snn1.jsonl',
    report: 'events-snn1.md',
    heading: '# Events: evaluation (SaudiNewsNet, international news, snn1)',
    corpus:
      'SaudiNewsNet (14 Saudi papers, July–August 2015; CC BY-NC-SA: the file keeps offsets and labels only, and the words are read from ../shared/data/news)',
    honest: true,
    about: [
      'A second source, nearer the domain of the seed articles (the war in Yemen, Syria, Iraq, Iran, Gulf politics):',
      'drawn in session 16 (seed 16912; one sentence per article whose title or lead names a state, conflict or',
      'international body, three in four with an event-like word) and annotated by a separate annotator who never ran',
      'the system, in one quick pass with the conventions of the intl sets. The "before" row is its run by session 15\'s',
      'final rules (totals only); the "now" row is its one run by session 16\'s final rules: the honest figure for unseen',
      'international news from a source other than ANT. Its failure list is withheld and unread. Never used to train a',
      'shipped model (SaudiNewsNet is non-commercial).',
    ],
  },
];

interface Figures {
  typeP: number;
  typeR: number;
  typeF: number;
  fullP: number;
  fullR: number;
  fullF: number;
  modality: number;
  matched: number;
  matchedFull: number;
}

function evaluate(items: Item[], pipe: Pipeline) {
  const perType = new Map<string, Counts>();
  const bump = (t: string, k: keyof Counts): void => {
    const c = perType.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    perType.set(t, c);
  };
  const full: Counts = { tp: 0, fp: 0, fn: 0 };
  const agree = { actor: 0, target: 0, place: 0, modality: 0 };
  /** Why type matches fail the full match: each wrong component, and the ones where it is the only one wrong. */
  const wrong = { actor: 0, target: 0, place: 0, onlyActor: 0, onlyTarget: 0, onlyPlace: 0 };
  const time = { scored: 0, right: 0, fromText: 0 };
  const timeFailures: string[] = [];
  const modalityConfusion = new Map<string, number>();
  let matched = 0;
  const failures: string[] = [];
  const modalityFailures: string[] = [];
  const t0 = performance.now();
  for (const item of items) {
    const { doc, bodyStart } = analyseItem(pipe, item);
    const predicted = doc.events.filter((e) => e.evidence.some((s) => s.end > bodyStart));
    const used = new Set<Event>();
    for (const g of item.events) {
      const candidates = predicted.filter((p) => p.type === g.type && !used.has(p));
      const p = candidates.find((c) => fullMatch(g, c)) ?? candidates[0];
      if (!p) {
        bump(g.type, 'fn');
        full.fn++;
        failures.push(
          `- ${item.id} missed ${g.type} (${g.actor ?? '∅'} → ${g.target ?? '∅'} @ ${g.place ?? '∅'}): ${item.text.slice(0, 110)}`,
        );
        continue;
      }
      used.add(p);
      bump(g.type, 'tp');
      matched++;
      const actorOk = codeMatches(g.actor, p.actors);
      const targetOk = codeMatches(g.target, p.targets);
      const placeOk = placeMatches(g.place, p.place);
      if (actorOk) agree.actor++;
      else wrong.actor++;
      if (targetOk) agree.target++;
      else wrong.target++;
      if (placeOk) agree.place++;
      else wrong.place++;
      if (!actorOk && targetOk && placeOk) wrong.onlyActor++;
      if (actorOk && !targetOk && placeOk) wrong.onlyTarget++;
      if (actorOk && targetOk && !placeOk) wrong.onlyPlace++;
      if (g.time !== undefined) {
        time.scored++;
        // (a more precise value of the same day counts: gold 2017-03-03, predicted 2017-03-03TEV "evening")
        if (p.time?.value.startsWith(g.time)) time.right++;
        else
          timeFailures.push(
            `- ${item.id} ${g.type} «${p.trigger.text}» time: gold ${g.time}; got ${p.time ? `${p.time.value} (${p.time.from})` : '∅'}`,
          );
        if (p.time?.from === 'text') time.fromText++;
      }
      if (p.modality === g.modality) agree.modality++;
      else {
        const k = `${g.modality} → ${p.modality}`;
        modalityConfusion.set(k, (modalityConfusion.get(k) ?? 0) + 1);
        modalityFailures.push(
          `- ${item.id} ${g.type} «${p.trigger.text}» modality: gold ${g.modality}; got ${p.modality}${p.attribution ? ` (attributed to «${p.attribution.text}»)` : ''}`,
        );
      }
      if (fullMatch(g, p)) full.tp++;
      else {
        full.fn++;
        full.fp++;
        failures.push(
          `- ${item.id} ${g.type} args: gold ${g.actor ?? '∅'} → ${g.target ?? '∅'} @ ${g.place ?? '∅'}; got ${p.actors.map((a) => a.code).join(',') || '∅'} → ${p.targets.map((a) => a.code).join(',') || '∅'} @ ${p.place?.name ?? '∅'}`,
        );
      }
    }
    for (const p of predicted) {
      if (used.has(p)) continue;
      bump(p.type, 'fp');
      full.fp++;
      failures.push(`- ${item.id} spurious ${p.type} «${p.trigger.text}»: ${item.text.slice(0, 110)}`);
    }
  }
  const ms = performance.now() - t0;
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const c of perType.values()) {
    all.tp += c.tp;
    all.fp += c.fp;
    all.fn += c.fn;
  }
  const micro = prf(all);
  const fm = prf(full);
  const figures: Figures = {
    typeP: micro.p,
    typeR: micro.r,
    typeF: micro.f,
    fullP: fm.p,
    fullR: fm.r,
    fullF: fm.f,
    modality: matched > 0 ? agree.modality / matched : 0,
    matched,
    matchedFull: full.tp,
  };
  const breakdown = {
    wrong,
    time,
    missed: full.fn - (matched - full.tp),
    spurious: full.fp - (matched - full.tp),
  };
  return {
    perType,
    agree,
    matched,
    failures,
    modalityFailures,
    timeFailures,
    ms,
    figures,
    modalityConfusion,
    breakdown,
  };
}

/** A set packed as offsets (external-gold.ts) runs only where the corpus its words come from is there. */
function readable(set: SetSpec): boolean {
  const path = join(root, 'eval', set.file);
  if (!isPacked(path) || hasCorpus('saudinewsnet')) return true;
  console.error(
    `${set.name}: skipped, its sentences are read from ../shared/data/news/saudinewsnet.jsonl.gz (not there)`,
  );
  return false;
}

function main(): void {
  const args = process.argv.slice(2);
  const setArg = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
  const baseline = args.includes('--baseline');
  const reveal = args.includes('--reveal-honest');
  // An honest set runs only when named or asked for (RASD_MEASURE_HONEST=1: the lead, once at the end of a session),
  // so that nobody tunes against even its totals.
  const measureHonest = args.includes('--measure-honest') || process.env.RASD_MEASURE_HONEST === '1';
  const sets = SETS.filter(
    (s) =>
      (setArg === undefined ? !s.honest || measureHonest : s.name === setArg) &&
      existsSync(join(root, 'eval', s.file)) &&
      readable(s),
  );
  if (sets.length === 0)
    throw new Error(
      `unknown --set ${setArg ?? ''}: use dev, dev2, heldout, heldout2 … heldout9, intl1, intl2 or intl3`,
    );
  const pipe = pipeline();
  for (const set of sets) {
    const items = readItems<Item>(set.file);
    const r = evaluate(items, pipe);
    const baselineFile = join(root, 'eval', `events-${set.name}.baseline.json`);
    if (baseline && set.name !== 'dev')
      writeFileSync(baselineFile, JSON.stringify(r.figures, null, 2) + '\n');
    const before =
      set.name !== 'dev' && existsSync(baselineFile)
        ? (JSON.parse(readFileSync(baselineFile, 'utf8')) as Figures)
        : undefined;
    const goldCount = items.reduce((n, i) => n + i.events.length, 0);
    const negatives = items.filter((i) => i.events.length === 0).length;
    const row = (label: string, f: Figures): string[] => [
      `| event type (micro)${label} | ${pct(f.typeP)} | ${pct(f.typeR)} | **${pct(f.typeF)}** |`,
      `| full match (type + actor + target + place)${label} | ${pct(f.fullP)} | ${pct(f.fullR)} | **${pct(f.fullF)}** |`,
    ];
    const m = r.matched;
    const share = (n: number): string => (m > 0 ? pct(n / m) : '—');
    const failureLines = [
      `## Failures (${r.failures.length})`,
      '',
      ...r.failures,
      '',
      `## Modality disagreements (${r.modalityFailures.length})`,
      '',
      ...r.modalityFailures,
      '',
      ...(r.timeFailures.length
        ? [`## Time disagreements (${r.timeFailures.length})`, '', ...r.timeFailures, '']
        : []),
    ];
    const lines = [
      set.heading,
      '',
      `Hand-annotated set: \`eval/${set.file}\`, ${items.length} sentences from ${set.corpus ?? 'ANT (Tunisian news, Apache-2.0)'},`,
      `${goldCount} gold events, ${negatives} sentences with no event (hard negatives).`,
      ...set.about,
      'Each sentence is analysed after its article title; events with evidence in the sentence are scored.',
      'A predicted event matches a gold one of the same PLOVER type (greedy, one to one).',
      'Full match: the type, an actor code, a target code and the place all agree (gold `*` = any; none stated = none predicted).',
      '',
      '| | precision | recall | F1 |',
      '|---|---|---|---|',
      ...(before ? row(' — before', before) : []),
      ...row(before ? ' — now' : '', r.figures),
      '',
      `On the ${m} type matches: actor right ${share(r.agree.actor)}, target right ${share(r.agree.target)}, place right ${share(r.agree.place)}, modality right ${share(r.agree.modality)} (${r.agree.modality}/${m})${before ? ` (before: ${pct(before.modality)})` : ''}.`,
      `Why type matches miss the full match (${m - r.figures.matchedFull}): actor wrong ${r.breakdown.wrong.actor} (alone ${r.breakdown.wrong.onlyActor}), target wrong ${r.breakdown.wrong.target} (alone ${r.breakdown.wrong.onlyTarget}), place wrong ${r.breakdown.wrong.place} (alone ${r.breakdown.wrong.onlyPlace}); besides, ${r.breakdown.missed} gold events found no prediction of their type and ${r.breakdown.spurious} predictions matched no gold event.`,
      ...(r.breakdown.time.scored > 0
        ? [
            `Time (gold date given for ${r.breakdown.time.scored} matched events): right ${r.breakdown.time.right} (${pct(r.breakdown.time.right / r.breakdown.time.scored)}); ${r.breakdown.time.fromText} predictions took their date from the text.`,
          ]
        : []),
      `Modality errors (gold → predicted): ${
        [...r.modalityConfusion]
          .sort((a, b) => b[1] - a[1])
          .map(([k, n]) => `${k} ${n}`)
          .join(', ') || 'none'
      }.`,
      '',
      '| type | gold | predicted | TP | precision | recall | F1 |',
      '|---|---|---|---|---|---|---|',
      ...[...r.perType]
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([t, c]) => {
          const x = prf(c);
          return `| ${t} | ${c.tp + c.fn} | ${c.tp + c.fp} | ${c.tp} | ${pct(x.p)} | ${pct(x.r)} | ${pct(x.f)} |`;
        }),
      '',
      `Run time: ${r.ms.toFixed(0)} ms for ${items.length} items (whole pipeline).`,
      '',
      ...(set.honest && !reveal
        ? [
            `## Failures (${r.failures.length}), modality disagreements (${r.modalityFailures.length}), time disagreements (${r.timeFailures.length})`,
            '',
            'Withheld: this is an honest set, and its failures stay unread until a later session tunes on it (`npm run eval:events -- --set ' +
              set.name +
              ' --reveal-honest`).',
            '',
          ]
        : set.corpus
          ? [
              `## Failures (${r.failures.length}), modality disagreements (${r.modalityFailures.length}), time disagreements (${r.timeFailures.length})`,
              '',
              `Not in this report: they quote the sentences, which may not be shipped. Written to \`.tmp/eval/${set.report}\` (not committed).`,
              '',
            ]
          : failureLines),
    ];
    if (set.corpus && !(set.honest && !reveal)) {
      mkdirSync(join(root, '.tmp', 'eval'), { recursive: true });
      writeFileSync(join(root, '.tmp', 'eval', set.report), [set.heading, '', ...failureLines].join('\n'));
    }
    mkdirSync(join(root, 'docs', 'eval'), { recursive: true });
    writeFileSync(join(root, 'docs', 'eval', set.report), lines.join('\n'));
    const f = r.figures;
    console.log(
      `${set.name}: type F1 ${pct(f.typeF)} (P ${pct(f.typeP)} R ${pct(f.typeR)}), full-match F1 ${pct(f.fullF)} (P ${pct(f.fullP)} R ${pct(f.fullR)}), modality ${r.agree.modality}/${m}, actor ${r.agree.actor}/${m}, target ${r.agree.target}/${m}, place ${r.agree.place}/${m}, time ${r.breakdown.time.right}/${r.breakdown.time.scored}; missed ${r.breakdown.missed}, spurious ${r.breakdown.spurious}`,
    );
  }
}

main();
