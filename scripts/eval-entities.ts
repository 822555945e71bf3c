/**
 * Entity-level evaluation of the KB + pattern recogniser (no statistical model) on ANERcorp dev:
 * exact-span precision, recall and F1 per ANERcorp type (GPE/LOC/FAC → LOC; NORP/EVENT/MISC → MISC),
 * plus the entities found in the seed articles. Writes docs/eval/entities.md. `npm run eval:entities`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc, type Doc, type Entity, type EntityType, type Token } from '../src/doc/index.js';
import { DEFAULT_KB_PATH, loadKb, readKbFile } from '../src/annotate/entities/kb.js';
import { recognizeCandidates, sentenceTokenRanges } from '../src/annotate/entities/recognize.js';
import { buildEntities } from '../src/annotate/entities/link.js';
import {
  candidatesFromTags,
  tagSentences,
  type SentenceTagger,
} from '../src/annotate/entities/model-candidates.js';
import { asDocuments, DOCUMENT_SENTENCES } from '../src/annotate/ner/document.js';
import { createNerTagger, loadNerTagger, readModelFile } from '../src/annotate/ner/tagger.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { normalize } from '../src/text/normalize.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEV = process.argv[2] ?? join(ROOT, '..', 'shared', 'data', 'ner', 'anercorp.dev.conll');
const OUT = join(ROOT, 'docs', 'eval', 'entities.md');
const TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const;
const TO_ANER: Record<EntityType, (typeof TYPES)[number]> = {
  PERSON: 'PERS',
  ORG: 'ORG',
  GPE: 'LOC',
  LOC: 'LOC',
  FAC: 'LOC',
  NORP: 'MISC',
  EVENT: 'MISC',
  MISC: 'MISC',
};

/** CoNLL sentences → one document (tokens separated by spaces), with the gold spans. */
function readConll(path: string): { doc: Doc; gold: Set<string> } {
  const doc = createDoc({ id: 'anercorp-dev', body: '' });
  const gold = new Set<string>();
  let text = '';
  let sentenceStart = 0;
  let open: { type: string; start: number; end: number } | null = null;
  const close = (): void => {
    if (open) gold.add(`${open.start}:${open.end}:${open.type}`);
    open = null;
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [word, tag = 'O'] = line.trim().split(/\s+/);
    if (!word) {
      close();
      if (text.length > sentenceStart) doc.sentences.push({ start: sentenceStart, end: text.length });
      text += '\n';
      sentenceStart = text.length;
      continue;
    }
    if (text.length > sentenceStart) text += ' ';
    const start = text.length;
    text += word;
    const norm = normalize(word);
    const kind: Token['kind'] = /^\p{N}+$/u.test(word) ? 'number' : /^\p{P}+$/u.test(word) ? 'punct' : 'word';
    doc.tokens.push({ start, end: text.length, text: word, kind, norm, stem: norm });
    if (tag.startsWith('I-') && open?.type === tag.slice(2)) open.end = text.length;
    else {
      close();
      if (tag.startsWith('B-') || tag.startsWith('I-'))
        open = { type: tag.slice(2), start, end: text.length };
    }
  }
  close();
  if (text.length > sentenceStart) doc.sentences.push({ start: sentenceStart, end: text.length });
  doc.text = text;
  return { doc, gold };
}

const kb = loadKb();
const { doc, gold } = readConll(DEV);

/**
 * ANERcorp has no document boundaries: the dev set is read as documents of DOCUMENT_SENTENCES consecutive
 * sentences (its articles run about 4 to 20 sentences), each with the whole text and its own tokens, so
 * character offsets stay those of the gold spans.
 */
const parts: Doc[] = asDocuments(sentenceTokenRanges(doc)).map((ranges, k) => {
  const part = createDoc({ id: `anercorp-dev-${k}`, body: '' });
  part.text = doc.text;
  part.tokens = doc.tokens.slice(ranges[0]![0], ranges.at(-1)![1]);
  part.sentences = doc.sentences.slice(k * DOCUMENT_SENTENCES, k * DOCUMENT_SENTENCES + ranges.length);
  return part;
});

/**
 * ANERcorp conventions that differ from rasd's entities (measured on the ANERcorp train split, never
 * on dev), applied to the predicted mentions for the "convention-mapped" score; the product's output
 * is not changed:
 * - a government body named by a common noun and a nationality adjective (الحكومة السودانية، الجيش
 *   اللبناني، الخارجية الأميركية) is a description, not a name: ANERcorp leaves it O (about 97% of such
 *   phrases in train), so rasd's generated bodies (`kb:org:SDN-GOV`) are not scored, like NORP;
 * - a generic head noun before a name (قطاع غزة، إقليم دارفور، حركة حماس، منطقة الخليج، دولة قطر) is
 *   outside ANERcorp's span: the heads below are outside in at least 70% of train cases (مجلس، حزب،
 *   جامعة are inside and stay);
 * - a known name followed by a nationality adjective, a التابع complement or the epithet المكرمة
 *   (حزب الله اللبناني، الكونغرس الأميركي، مجلس الأمن التابع للأمم المتحدة، مكة المكرمة) is tagged
 *   without them when the shorter phrase is itself a name of the same entity.
 */
const HEADS_OUTSIDE = new Set(
  'قطاع إقليم اقليم منطقة مدينة محافظة جزيرة دولة حركة مخيم ولاية حي نهر شارع جمهورية صحيفة وكالة شركة قرية نادي'
    .split(' ')
    .map(normalize),
);
const TRAILING = new Set(['التابع', 'التابعة', 'المكرمة'].map(normalize));
const BODY_ID = new RegExp(
  `^kb:org:[A-Z]{3}-(${readKbFile(DEFAULT_KB_PATH)
    .bodies.map((b) => b.code)
    .join('|')})$`,
);

/** Token indexes covering [start, end). */
function tokenRange(start: number, end: number): [number, number] {
  let first = 0;
  while (first < doc.tokens.length - 1 && doc.tokens[first]!.end <= start) first++;
  let last = first;
  while (last < doc.tokens.length - 1 && doc.tokens[last + 1]!.start < end) last++;
  return [first, last];
}

/** The ANERcorp-style token span of a mention, or null when ANERcorp would not tag it. */
function mapped(e: Entity, m: { start: number; end: number }): [number, number] | null {
  if (e.kb_id !== null && BODY_ID.test(e.kb_id)) return null;
  let [first, last] = tokenRange(m.start, m.end);
  const words = (): string[] => [
    normalize(doc.text.slice(Math.max(m.start, doc.tokens[first]!.start), doc.tokens[first]!.end)),
    ...doc.tokens.slice(first + 1, last + 1).map((t) => t.norm),
  ];
  if (last > first && HEADS_OUTSIDE.has(words()[0]!)) first++;
  if (e.kb_id !== null && last > first) {
    const w = words();
    for (let k = 1; k < w.length; k++) {
      const hit = kb.names.longest(w[0]!, (i) => (i + 1 < k ? w[i + 1] : undefined));
      if (hit === null || hit.value !== e.kb_id || hit.extra !== k - 1) continue;
      const rest = w.slice(k);
      const adjective = rest.every(
        (x) => kb.entity(kb.names.longest(x, () => undefined)?.value ?? '')?.type === 'NORP',
      );
      if (adjective || TRAILING.has(rest[0]!)) {
        last = first + k - 1;
        break;
      }
    }
  }
  return [first, last];
}

/** Scores predicted spans ("start:end:TYPE" in characters) against the gold spans. */
function score(predicted: Set<string>): { rows: string[]; microF1: number } {
  const rows: string[] = [];
  const one = (type: string | null): number => {
    const g = [...gold].filter((s) => type === null || s.endsWith(`:${type}`));
    const p = [...predicted].filter((s) => type === null || s.endsWith(`:${type}`));
    const tp = p.filter((s) => gold.has(s)).length;
    const precision = p.length ? tp / p.length : 0;
    const recall = g.length ? tp / g.length : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    rows.push(
      `| ${type ?? '**micro**'} | ${g.length} | ${p.length} | ${tp} | ${(100 * precision).toFixed(1)} | ${(100 * recall).toFixed(1)} | ${(100 * f1).toFixed(1)} |`,
    );
    return f1;
  };
  for (const t of TYPES) one(t);
  return { rows, microF1: one(null) };
}

interface Result {
  strict: { rows: string[]; microF1: number };
  conventions: { rows: string[]; microF1: number };
  ms: number;
  predicted: Set<string>;
  /** Source of each convention-mapped predicted span: kb, pattern or model. */
  sources: Map<string, string>;
}

/** Recognises entities in the dev document (with or without the tagger) and scores them. */
function evaluate(tagger?: SentenceTagger): Result {
  const t0 = performance.now();
  const sourceAt = new Map<string, string>();
  const entities: Entity[] = [];
  for (const part of parts) {
    const { accepted, findings } = recognizeCandidates(kb, part, tagger);
    entities.push(...buildEntities(kb, part, accepted, findings));
    // where each mention came from (a linked surname or short name counts as a pattern)
    for (const c of accepted) sourceAt.set(`${c.start}:${c.end}`, c.source);
  }
  const ms = performance.now() - t0;
  // predicted spans, widened to whole CoNLL tokens (ANERcorp tags a word with its clitics)
  const strict = new Set<string>();
  const conventions = new Set<string>();
  const sources = new Map<string, string>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const [first, last] = tokenRange(m.start, m.end);
      // ANERcorp leaves nationality adjectives untagged (O): NORP is left out of both scores
      if (e.type !== 'NORP')
        strict.add(`${doc.tokens[first]!.start}:${doc.tokens[last]!.end}:${TO_ANER[e.type]}`);
      const span = e.type === 'NORP' ? null : mapped(e, m);
      if (span === null) continue;
      const key = `${doc.tokens[span[0]]!.start}:${doc.tokens[span[1]]!.end}:${TO_ANER[e.type]}`;
      conventions.add(key);
      sources.set(key, sourceAt.get(`${m.start}:${m.end}`) ?? 'kb');
    }
  }
  return { strict: score(strict), conventions: score(conventions), ms, predicted: conventions, sources };
}

/** Predicted spans by source and outcome against the gold spans: correct, wrong type, wrong boundary, spurious. */
function breakdown(r: Result): string[] {
  const goldSpans = [...gold].map(
    (g) => g.split(':').map((x, i) => (i < 2 ? Number(x) : x)) as [number, number, string],
  );
  const rows = new Map<string, number[]>();
  for (const p of r.predicted) {
    const [a, b, t] = p.split(':') as [string, string, string];
    const [start, end] = [Number(a), Number(b)];
    const over = goldSpans.filter(([s, e]) => s < end && start < e);
    const kind = gold.has(p)
      ? 0
      : over.some(([s, e]) => s === start && e === end)
        ? 1
        : over.some(([, , gt]) => gt === t)
          ? 2
          : over.length > 0
            ? 3
            : 4;
    const source = r.sources.get(p) ?? 'kb';
    const row = rows.get(source) ?? [0, 0, 0, 0, 0];
    row[kind]!++;
    rows.set(source, row);
  }
  const missed = [...gold].filter((g) => {
    const [a, b] = g.split(':').map(Number);
    return ![...r.predicted].some((p) => {
      const [c, d] = p.split(':').map(Number);
      return c! < b! && a! < d!;
    });
  }).length;
  return [
    '| source | correct | wrong type | wrong boundary, same type | wrong boundary and type | spurious |',
    '|---|---:|---:|---:|---:|---:|',
    ...['kb', 'pattern', 'model'].map((s) => `| ${s} | ${(rows.get(s) ?? [0, 0, 0, 0, 0]).join(' | ')} |`),
    '',
    `Gold spans with no predicted span over them (missed): ${missed}.`,
  ];
}

/** The statistical tagger alone, on the same document and gold spans. */
function evaluateModel(tagger: SentenceTagger): { rows: string[]; microF1: number; predicted: Set<string> } {
  const predicted = new Set<string>();
  const NAMES: Record<string, (typeof TYPES)[number]> = {
    PERSON: 'PERS',
    ORG: 'ORG',
    LOC: 'LOC',
    MISC: 'MISC',
  };
  for (const part of parts) {
    const ranges = sentenceTokenRanges(part);
    const tags = tagSentences(tagger, part.tokens, ranges);
    ranges.forEach(([begin, end], si) => {
      for (const c of candidatesFromTags(tags[si]!, part.tokens, begin, end))
        predicted.add(`${part.tokens[c.first]!.start}:${part.tokens[c.last]!.end}:${NAMES[c.type]}`);
    });
  }
  return { ...score(predicted), predicted };
}

const tagger = process.env.NER_MODEL
  ? (() => {
      // experiments: another model file, and its O penalty / type biases / bonus overridden (NER_META json)
      const m = readModelFile(process.env.NER_MODEL);
      if (process.env.NER_META) Object.assign(m.meta, JSON.parse(process.env.NER_META) as object);
      return createNerTagger(m);
    })()
  : loadNerTagger();
/** The same tagger reading each sentence alone (no document consistency), for comparison. */
const sentenceBySentence = { tag: (t: { text: string; norm: string }[]): string[] => tagger.tag(t) };
const alone = evaluate();
const modelAlone = evaluateModel(tagger);
const modelBySentence = evaluateModel(sentenceBySentence);
const combined = evaluate(tagger);
const combinedBySentence = evaluate(sentenceBySentence);
const HEADER = [
  '| type | gold | predicted | correct | precision | recall | F1 |',
  '|---|---:|---:|---:|---:|---:|---:|',
];

// seeds: what is found, by type
const examples = join(ROOT, 'examples');
const seedLines: string[] = [];
for (const [prefix, published] of [
  ['000_', '2019-08-02'],
  ['001_', '2018-11-28'],
] as const) {
  const f = readdirSync(examples).find((x) => x.startsWith(prefix) && x.endsWith('.txt'));
  if (!f) continue;
  const [title, ...body] = readFileSync(join(examples, f), 'utf8').split('\n');
  const seed = defaultPipeline().run(
    createDoc({ id: f, title: title ?? '', body: body.join('\n'), published }),
  );
  seedLines.push(`**${f}** (${published}):`, '');
  for (const e of seed.entities) {
    const roles = e.roles.map((r) => `${r.role}${r.of ? ` of ${r.of}` : ''} «${r.text}»`).join('; ');
    seedLines.push(`- ${e.type} ${e.name} (${e.id}, ${e.mentions.length}×)${roles ? ` — ${roles}` : ''}`);
  }
  seedLines.push('');
}

const f1 = (x: { microF1: number }): string => (100 * x.microF1).toFixed(1);
const md = [
  '# Entities (knowledge base + patterns + tagger)',
  '',
  `Recogniser: KB matching with clitic stripping, government-body and countryside patterns, organisation`,
  `head-noun and title/apposition patterns, linking; alone, and combined with the statistical tagger (the`,
  `shipped \`entities\` pass). Data: ANERcorp dev (${doc.sentences.length} sentences, ${doc.tokens.length} tokens), scored`,
  `in documents of ${DOCUMENT_SENTENCES} consecutive sentences (ANERcorp has no document boundaries; until session 4 it was`,
  'scored as one document); exact spans after widening a mention to whole tokens; GPE/LOC/FAC → LOC,',
  'EVENT/MISC → MISC; NORP mentions (الروسي) are left out because ANERcorp tags nationality adjectives O.',
  'Run: `npm run eval:entities` (`SHOW_ERRORS=model` lists what the combination loses and adds against',
  'the tagger alone).',
  '',
  '## Two scores',
  '',
  "- **strict**: rasd's mentions as they are.",
  '- **ANERcorp conventions**: the same mentions mapped to what ANERcorp tags, by rules read off the',
  "  ANERcorp *train* split (never dev); the product's output is not changed:",
  '  1. a government body named by a common noun and a nationality adjective («الحكومة السودانية»،',
  '     «الجيش اللبناني»، «الخارجية الأميركية») is a description, not a name: ANERcorp leaves such phrases O',
  "     (about 97% of them in train), so rasd's generated bodies (`kb:org:SDN-GOV`) are not scored, like NORP;",
  "  2. a generic head noun before a name is outside ANERcorp's span («قطاع غزة» → غزة، «إقليم دارفور»،",
  '     «حركة حماس»، «منطقة الخليج»، «دولة قطر»): the heads قطاع إقليم منطقة مدينة محافظة جزيرة دولة',
  '     حركة مخيم ولاية حي نهر شارع جمهورية صحيفة وكالة شركة قرية نادي are outside in at least 70% of',
  '     train cases (مجلس، حزب، جامعة are inside and stay);',
  '  3. a known name followed by a nationality adjective, a التابع complement or the epithet المكرمة',
  '     («حزب الله اللبناني»، «الكونغرس الأميركي»، «مجلس الأمن التابع للأمم المتحدة»، «مكة المكرمة») is',
  '     scored without them when the shorter phrase is itself a name of the same KB entity.',
  '',
  '## Figures',
  '',
  `| recogniser | strict micro F1 | conventions micro F1 |`,
  '|---|---:|---:|',
  `| KB + patterns alone | ${f1(alone.strict)} | ${f1(alone.conventions)} |`,
  `| statistical tagger alone, each sentence alone | ${f1(modelBySentence)} | ${f1(modelBySentence)} |`,
  `| statistical tagger alone, document consistency (same documents, same gold) | ${f1(modelAlone)} | ${f1(modelAlone)} |`,
  `| combined, the tagger reading each sentence alone | ${f1(combinedBySentence.strict)} | ${f1(combinedBySentence.conventions)} |`,
  `| **combined (shipped pass)** | **${f1(combined.strict)}** | **${f1(combined.conventions)}** |`,
  '',
  'Combined, ANERcorp conventions, per type:',
  '',
  ...HEADER,
  ...combined.conventions.rows,
  '',
  'Combined, strict:',
  '',
  ...HEADER,
  ...combined.strict.rows,
  '',
  'KB + patterns alone, strict:',
  '',
  ...HEADER,
  ...alone.strict.rows,
  '',
  `Wall time on a shared machine: ${alone.ms.toFixed(0)} ms alone, ${combined.ms.toFixed(0)} ms combined, for ${doc.tokens.length} tokens`,
  '(speed is measured in `bench/entities.bench.ts`).',
  '',
  "Speed (session 7, output unchanged): the entities pass with the tagger over the benchmark's 400 ANT",
  "articles (52,747 tokens) is 1.3–1.45× faster than session 6's code in the same process (best of",
  'alternating runs; without the tagger 1.4–1.6×): the KB tries filter first words by a quick sketch and then',
  'by a full-word hash (27% of non-name words reached a map lookup, now 6%), token clitic letters are',
  'compared as code units, no closure is made per token or per sentence, transliterations and the word',
  'lists of KB names are kept once worked out, and the tagger is 1.8× faster (docs/eval/ner.md). On the',
  'shared 2-core machine (load 11–15) `bench/entities.bench.ts` measured 232k–379k tokens/s with the tagger',
  '(session 6: 225k–336k), 0.8–1.26M without it, first pass 44k–68k tokens/s with it (JIT-bound: a second',
  'set of 400 new articles right after the first pass takes about half its time), peak RSS 268–285 MB.',
  'The ≥ 300k target was met in 2 of the 4 final bench runs (379k, 352k) and missed in the other 2 (243k,',
  '232k), all on the loaded machine; 400k was not reached.',
  '',
  'Predicted spans of the combined pass (conventions) by source and outcome:',
  '',
  ...breakdown(combined),
  '',
  '## Document consistency (session 5)',
  '',
  'The tagger reads the whole article: names it reads in one sentence vote for a type, and a bonus for',
  'that type where the same name occurs again (also with a glued conjunction or preposition, «وبيدرسون»,',
  "and a person's last name alone) is decoded again (src/annotate/ner/document.ts; the bonus is tuned on",
  'held-out train and shipped in the model). The entities pass tags all sentences of a document at once',
  `(tagSentences). On dev: tagger alone ${f1(modelBySentence)} → ${f1(modelAlone)}; combined ${f1(combinedBySentence.strict)} → ${f1(combined.strict)} strict, ${f1(combinedBySentence.conventions)} → ${f1(combined.conventions)} under`,
  'the conventions (same documents). A lone definite nationality adjective the tagger reads as an',
  'organisation is a club («فريق العربي»، «حارس العربي»: Al-Arabi): +5 on dev, no change on 800 ANT',
  'articles. On 300 ANT articles the document pass adds 85 mentions and removes 18 (mostly fragments',
  'of names it now reads whole: «كيم جونغ» → «كيم جونغ أون»). Read by hand, about two thirds of the',
  'added mentions are right (ماكرون، مارين لوبان، ترودو، رامز جلال، كريم بنزيما، and Tunisian family names',
  'repeated after a full name: السلطاني، جلول، الوسلاتي); the wrong ones are mostly MISC phrases («المفروزين',
  'أمنيا»، «رابعا»), common words (سيدي، عون، «ابن عم») and a town read as a person (جمال). Tried and dropped: letting a KB place that is neither a country nor',
  "a capital give way to the tagger's organisation of the same span («الشرق الأوسط» the newspaper): +1",
  'span on dev, and its only change on 300 ANT articles was wrong («جربة-جرجيس» in a title became an',
  'organisation).',
  '',
  '## What the combination does (session 3)',
  '',
  'At the start of session 3 the shipped pass scored 68.7 strict against 72.0 for the tagger alone. Against',
  'the tagger alone it lost 51 gold spans and added 104 wrong ones: 27 losses were boundary conventions',
  "(head nouns, trailing adjectives: now mapped), 15 were the tagger's places the pass did not take, and",
  '33 added errors were government bodies (now unscored as above). The product rules changed, each',
  'checked on dev and on 300 ANT articles:',
  '',
  '- where the tagger reads a longer organisation over a KB place other than a country, the organisation',
  '  wins («سسكا موسكو»، «جامعة سوسة»); a masculine singular nationality adjective inside a tagger person',
  '  is a family name («كيني ميلر»، «سعيد محمد الكندي»، «أشرف غاني»), unless it opens the span with',
  '  its article; a KB match that needed the proclitic ك gives way («كلاوس ايبرمان» is no «ك + لاوس»);',
  '  a tagger span that cuts through another KB name, or opens with a place noun, overrules nothing',
  "  (the tagger's persons often run over a place: «بن عروس عبد اللطيف الميساوي»);",
  "- the tagger's places are taken where a place noun introduces them («حي البياع»، «بشارع السعدون»،",
  '  «نهر الليطاني»، «معتمدية …»): +6 on dev, no new error; on ANT they add Tunisian localities and',
  '  foreign regions (قنفودة، بولعابة، فلوريدا، كيرالا) with few errors («حي شعبي فقير»);',
  '- a tagger person a place noun introduces is a place named after someone («معتمدية سيدي علوان»);',
  '  a title the tagger took into a name is left out («والمشير خليفة حفتر»);',
  '- places that are ordinary words (data/kb-src/homonyms.txt: مالي "financial", صور "pictures",',
  "  العين، بورصة، مشهد) need the tagger's place and a locative before them, or a place they are",
  '  coordinated with; Mali lost its nisba, whose forms المالي/المالية are "financial/finance" in the news;',
  "- no surname link right after a place noun («منطقة علاوي الحلة»); ministers' portfolios («وزيرة",
  "  المالية، X») are role phrases; the actor dictionary's bare «عبد X» given names are no persons; the",
  "  bare «الجمعية العامة» (any general assembly, a bank's or a club's) is no longer the UN General Assembly.",
  '- KB additions after reading dev errors (so dev figures are slightly optimistic for these): England,',
  '  Scotland, California, Shanghai (شنغهاي), Thailand (تايلند), Kurdistan alone, Waziristan, the Litani,',
  '  Yedioth Ahronoth as a newspaper (the actor dictionary lists it as a person). Added for the news in',
  '  general: Catalonia, Chechnya, Kashmir, Crimea, Israeli, US and French newspapers, Tunisian radio',
  '  and television (Jawhara FM, Mosaique FM, Shems FM, Nessma, El Hiwar, Watania), BBC, CNN, Sky News',
  '  Arabia, Al Arabiya, MBC, Facebook.',
  '',
  '## Knowledge base for Middle East news (session 7)',
  '',
  'The KB was Tunisian and Syrian-talks heavy; a probe article on the Yemen talks (2018) found its UN envoy',
  'missing and its spokespeople without roles. Added, all hand-written from general knowledge (dates only',
  'where certain; no seed string):',
  '',
  '- 333 persons of Middle East and North Africa politics 2011–2024 (data/kb-src/persons.tsv): UN envoys',
  '  and officials (Syria, Yemen, Libya, Iraq, Lebanon, Palestine), heads of state and government,',
  '  foreign and defence ministers, Houthi, Hamas, Hezbollah, Kurdish, Syrian opposition leaders and',
  '  negotiators, spokespeople (Turki al-Maliki, Yahya Saree, the Iranian, Russian and US spokespeople),',
  '  with their Arabic spelling variants and offices; organisations: the Saudi-led coalition, the',
  '  Southern Transitional Council, the Kurdistan Regional Government, the Rapid Support Forces) and',
  "  Darfur's Justice and Equality Movement, whose name a dev sentence showed that the tagger cuts;",
  "- English names for the actor dictionary's persons, which had none (data/kb-src/petrarch-en.tsv): 529",
  '  of its 881 entries identified (Joe Biden, Omar al-Bashir, Adil Abdul-Mahdi…), 205 entries that are',
  '  no person at all («بيت أبيض»، «كوريا جنوبي»، «وسيلة إعلام») dropped, several spellings of one person',
  '  merged into one entity; 148 persons still have no English name and are transliterated;',
  '- Latin forms of about 400 Arabic given names and name words (data/kb-src/latin-names.tsv: Khaled,',
  '  Turki, Youssef, Abdullah…), also with the article (البشير → al-Bashir); the transliterator writes',
  '  «عبد X» as one word «AbdelX» (عبد السلام → Abdelsalam; a listed compound wins: Abdullah), «بن» as',
  '  «bin» between given names and «Ben» opening a family name, «al-» in lower case inside a name;',
  '- roles: a back-reference noun after a title («المتحدث باسم الجماعة/التحالف/الحركة/الوزارة») names the',
  '  nearest body of that kind in the document (before it, then in earlier sentences, then after it in its',
  '  sentence; none: no body), and a military rank between a title and the name («المتحدث باسم التحالف',
  '  العقيد X») is a title of its own (ranks المقدم، الرائد، الملازم، المشير، العماد and «… الركن» added);',
  '  «نظيره الإيراني X» gives X the title of the person named before in the sentence, for Iran; «رئيس',
  '  حكومة X», the heads of presidential councils and co-chairs («الرئيس المشترك») are titles; «للجنة» is',
  '  also read as ل + اللجنة, so «للجنة الدستورية» is the committee;',
  "- a known person right after «بن» is the father in someone else's name («حمدان بن محمد بن راشد آل",
  '  مكتوم»): not matched there (on dev the new Emirati entries had split four such names).',
  '',
  'On dev (before → after): KB and patterns alone 50.9 → 53.5 strict (persons 23.8 → 26.4), combined',
  '73.5 → 73.4 strict and 77.3 → 77.3 under the conventions (the movement counts as an error:',
  'ANERcorp tags «حركة العدل» alone). On 400 ANT articles (none held out) the person names changed only',
  'in their English form (Khaled for «Khald», Imad for «Amad», Abdelsattar for «Abdel Al-Satar»), two',
  'persons were linked to the KB (Binali Yıldırım, Boris Johnson), a false person («مؤسسة أبعاد») left,',
  'and two roles were added, both right («رئيس الحزب ياسين ابراهيم» → Afek Tounes; «المشير» Haftar).',
  '',
  '## Unknown names after a title (session 8)',
  '',
  'A title or a courtesy word now introduces a name whose first word is no known given name, where',
  'the words look like a name (patterns.ts, `unknownNameWord`): «وزير الخارجية يانيس تشاكالوتوس»،',
  '«الناطق الرسمي باسم القطب، سفيان السليتي»، «النائبة ابتسام الجبابلي»، «السيدة مفيدة قردبو».',
  '',
  '- after a title: 2–4 words, Arabic letters only, none of the 5,000 most frequent non-name words',
  '  (the 15,000-word list holds foreign names: جاستن، ترودو), no function word; a word is no name when',
  '  the corpus writes it with the article (النموذج، النقابة), with the other person prefix (يكرم/تكرم),',
  '  with the plural ending (سجلت/سجلوا), as an accusative of a known word (مسيحيا، واضعا), as a plural',
  '  in construct (مستخدمي/مستخدمين), with a pronoun (ارغمها), or with a glued conjunction or',
  '  preposition before a known word (وباحث، لتوثيق، للصواب); a word with the article ends the name',
  '  unless it follows عبد/أبو/بن («كزافيي بيتل» + «المثلي»); a bare indefinite title word with no',
  '  complement («أمر»، «ملك») introduces no unknown name;',
  '- a definite word the KB does not know, or one with «لل»/«وال», stays in the title before the name',
  '  («وزير الشؤون الثقافية X»، «المدير العام للغابات X»، «الرئيس الأمريكي المنتخب X»), unless it is a',
  '  given name («المدير العام للغابات الحبيب عبيد»);',
  '- after a comma a name no longer opens with a definite word or a glued conjunction («، المنبثقة',
  '  شرعيا»، «، وبرأت مساعدي»): the longer titles above reach such commas;',
  '- courtesy words (السيد، السيدة، الدكتور، الأستاذة، المهندس…) introduce a name, without a role;',
  '- a name in quotes right after a title is the holder where the quote closes right after the name',
  '  («وزير الداخلية الفرنسي "برونو لورو"»، «السفير الفرنسي لدى روسيا "جان موريس ريبير"»): on the',
  '  9,601 articles 12 roles more, 10 of them right (the other two: «رئيس المجلس الدستوري» read as',
  '  speaker, one role of a headline person not checked);',
  '- a person the KB does not know whose first mention is one word (a headline: «مقتل نڨض») is named by',
  '  the full name the text gives most often («لطفي نڨض», Lotfi Nad).',
  '',
  `On dev: KB and patterns alone 53.5 → 53.8 strict; combined unchanged (73.4 strict, 77.3`,
  'conventions): the tagger already reads nearly all such names on dev. On 9,601 ANT articles (the held-out',
  'ones left out) persons went 13,061 → 13,116: 59 new persons, 162 renamed by their fullest mention, 4',
  'lost (one right: «، الاسعد الاشعل», a Tunisian given name with the article after a comma). Of 30 new',
  'persons drawn at random, 28 are right with the right span; the 2 wrong were junk mentions of the',
  'tagger renamed («حنانٍ وخَجَل»، «محمّد القصّاب» for a hospital). The longer titles also give roles to',
  'persons the tagger had found: roles on persons 3,302 → 4,000 on those articles; of 30 added roles drawn',
  'at random 27 are right («وزير التجهيز والإسكان والتهيئة الترابية، محمد صالح العرفاوي» → minister);',
  'wrong: a campaign director read onto the candidate («مدير حملة بوتفليقة»), an assistant onto his',
  'superior («المساعد الأول لرئيس النيابة الخصوصية X» → president), one unclear.',
  '',
  'Gap in the tagger (not closed this session): retraining with the given names of the grown KB',
  '(`--first-names kb`) gave dev 75.9 against the shipped 76.7 (dropped).',
  '',
  '## Persons, clubs and listed places (session 9)',
  '',
  'Where the errors of the shipped pass come from (dev, conventions, before this session): of 171 wrong',
  'predicted spans 55 came from the KB, 10 from the patterns, 106 from the tagger; 133 gold spans had no',
  'predicted span over them. Most KB errors are ANERcorp conventions or gaps in the gold data (تنزانيا،',
  'اسرائيل، الخرطوم left O; «البيت الأبيض» MISC; «كأس العالم» O 11 times in 15 in train) or towns named',
  'for their clubs; the tagger adds words after persons, reads car models and programmes as',
  'organisations, and misses unseen names. Rules added to the product, each checked on dev, on the last',
  'tenth of ANERcorp train (the tagger trained on the other nine tenths; never dev) and on 2,000 ANT',
  'articles (the held-out articles left out):',
  '',
  '- a word at the end of a person of the tagger that is no part of a name is left out',
  '  (`trailingNonName`, model-cleanup.ts): an indefinite accusative whose definite form is a frequent',
  '  word («قدم برنامجا»، «مهدي فجرا»، «أدونيس شاعرا»), or, after a name of two words or more, a',
  '  preposition glued to a definite noun («سالم بالقتل»، «يوسف بالقول»). A first version took any',
  '  frequent word after ب/ل and cut surnames on ANT (رضا لحول، سعد لمجرد، ديان براي، فريد بن جحا): many',
  '  names are frequent words of the news, but none is written with the article;',
  '- a verb at either edge of such a person (two words or more) is left out (`verbLike`), told by its',
  '  other forms in the news as for unknown names after a title: an imperfect with the other person',
  '  prefix (يتقمص/تتقمص), a future (ستبعد: يبعد and تبعد), a past verb with the plural ending (مرر →',
  '  مرروا), also after a glued و or ف («ومرر ديارا»، «السراج يدعو»، «طالب الجيلاني الهمامي»);',
  '- a place of the KB is a sports club named after it right after «فريق» or «نادي» («نادي قطر»; ANERcorp',
  '  train: an organisation 22 times in 22 where فريق introduces a name, while «منتخب» + a country stays',
  '  the country), or before the nisba adjective of another town that is not a country («المغرب',
  '  الفاسي»، «المغرب التطواني»; the adjective is part of the name); the club is a new organisation;',
  "- the tagger's places are taken where they are joined by و or a comma to a place already found",
  '  («تونس وبوركينافاسو»، «النرويج ، الدانمارك ، المانيا»), and after plural and dual place nouns (قرى،',
  '  مدن، مناطق، بلدتي، ولايتي …); a و glued to such a place is left out of the mention («كوناكري»).',
  '',
  `On dev: combined 73.4 → ${f1(combined.strict)} strict, 77.3 → ${f1(combined.conventions)} under the`,
  `conventions (KB and patterns alone 53.8 → ${f1(alone.strict)}); on the last tenth of train 76.3 → 77.6`,
  'strict, 78.6 → 79.9 conventions. On 2,000 ANT articles 20 mentions changed or went and 43 came:',
  '13 persons cut right («… بالمكنين»، «هيكليا» dropped, «عبيدي سافر»، «بن جعفر يدعو»، «سفيان القصدغلي',
  'يوارى»), 2 cut wrong (the surname طالب read as «they demanded» by طالبوا, «جياو تونغ» by يونغ), the',
  'club «باريس» in «لنادي باريس سان جرمان» (the club is the whole name; the span stays short), 20',
  'listed places (يوتا، كوناكري، ليفن، قيرغيزستان، مونتريال، بوركينافاسو ×6، مالي …; three of them',
  'fragments: «الكونغو» of «الكونغو الديمقراطية» twice, «ديفوار»), and 2 wrong persons («سليم» of the',
  'hospital «مستشفى المنجي سليم»). The statistical model was not changed: the features tried for it gave',
  'no consistent gain (docs/eval/ner.md, session 9), and the O penalty tuned for the combined pass instead',
  'of the tagger alone was flat on the held-out tenth.',
  '',
  '## Rules for Tunisian news (session 3, read on random ANT articles)',
  '',
  "Each rule was written after reading rasd's output on random ANT articles and checked on dev; on dev",
  'together they leave the figures where they were (strict 69.7 → 69.6, conventions 73.2 → 73.2: two',
  'bare ministries that ANERcorp leaves O, and «ولايتي خوست وبكتيكا», which ANERcorp tags as one span).',
  '',
  '- places listed after a plural place noun («معتمديات طبربة والجديدة والبطان وبرج العامري») are each a',
  '  place, known to the KB or not, without the conjunction; a two-word item needs a word that opens place',
  '  names (برج، سيدي، عين…); one item at least must be a known place or a rare word;',
  '- a GeoNames town that is a frequent word of the news is kept when a fifth or more of its uses (four at',
  '  least) follow a place noun (طبربة، الحامة، فريانة، بوسالم); a small town confirmed in one sentence',
  '  is the town in its other mentions of the document («بطبربة»);',
  "- the tagger's spans lose a leading proclitic where the rest is a known or given name («ومحمد»،",
  '  «لسليم»، «للصرارفي»), never inside a given name (لسعد، وليد); a leading particle («فإن»); an',
  '  ORG/MISC of indefinite common words («لصناعة أدوية»، «منظمة إرهابية»), a lone broken plural أفعال',
  '  («أوكار») and a lone ORG word the news also writes with the article («فيديو») are dropped, and so',
  '  is a person with a function word or a common word joined by و inside («سعيد بهذا»);',
  '- a ministry named without its country («بوزارة الصحة») belongs to the country the document mentions',
  '  most (a Tunisian article: kb:org:TUN-MOH); with no country it stays an unlinked organisation;',
  '- a nationality adjective after a bank/fund/institute head, or after any organisation head with a',
  '  complement («المعهد العربي لحقوق الإنسان»), is part of an organisation; the African Development',
  '  Bank («البنك الإفريقي») is in the KB;',
  '- NAME ROLE: a given name and one or two more words before a role («قالت نادية فنينة مستشارة») is a',
  '  person; unknown foreign names take a curated Latin form word by word (data/kb-src/latin-names.tsv',
  '  and word-aligned KB persons: «جيمس آدمز» → James Adams).',
  '',
  'Honest reading:',
  '',
  `- The target (85) is not reached. Under ANERcorp conventions the combined pass is now above the`,
  `  tagger alone (${f1(combined.conventions)} against ${f1(modelAlone)}); strictly it is still below (${f1(combined.strict)}), and that gap`,
  '  is the conventions above (government bodies, head nouns), which the product keeps on purpose. The',
  '  margin is small: ANERcorp (2007 news) is full of people who are in no knowledge base, and the',
  "  tagger's own errors (persons running into verbs, product names such as «نيسان أورفان» read as",
  '  persons) pass through.',
  '- Until session 4 the dev set was scored as one document, so a surname linked in one article («ديفد',
  '  دين» → «دين») also linked the common word «دين» "debt" in later, unrelated articles. Read in',
  `  documents of ${DOCUMENT_SENTENCES} sentences the same pass scored 71.6 strict / 75.4 conventions instead of 70.9 / 74.7`,
  '  (session 5, before document consistency). A pseudo-document may still cut an article in two or join',
  '  the end of one to the start of the next.',
  '- Left as they are, because they are conventions or gold errors rather than mistakes: clubs named',
  '  after capitals («كوبنهاغن» the club: a capital may stand for its government), «مفوضية الامم',
  '  المتحدة لشؤون اللاجئين» where ANERcorp tags only «الامم المتحدة», «عمر البشير ميني ميناوي» tagged as',
  '  one person, correct names ANERcorp leaves untagged (كاسياس، فينغر، بيلد، المفوضية الأوروبية).',
  '- A handful of well-known football clubs were added to the KB in session 2 after reading dev errors.',
  '',
  '## Seed articles',
  '',
  'Every person, place and organisation of both seeds is checked (type, canonical name, stated role) by',
  '`test/kb/seeds.test.ts`. Found:',
  '',
  ...seedLines,
].join('\n');
if (process.argv[2] === undefined && !process.env.NER_MODEL) {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, md);
}
console.log(
  [
    'KB+patterns (strict)',
    ...alone.strict.rows,
    'KB+patterns (conventions)',
    ...alone.conventions.rows,
    'model alone',
    ...modelAlone.rows,
    'combined (strict)',
    ...combined.strict.rows,
    'combined (conventions)',
    ...combined.conventions.rows,
  ].join('\n'),
);
if (process.env.SHOW_ERRORS) {
  const show = (s: string): string => {
    const [a, b, t] = s.split(':');
    return `${t} ${doc.text.slice(Number(a), Number(b))}`;
  };
  const errors = process.env.SHOW_ERRORS === 'model' ? combined : alone;
  const list = (xs: string[]): string => xs.map(show).join(' | ');
  console.log('FP', list([...errors.predicted].filter((s) => !gold.has(s))));
  console.log('FN', list([...gold].filter((s) => !errors.predicted.has(s))));
  // against the model alone: what the combination loses and adds
  const model = modelAlone.predicted;
  const context = (s: string): string => {
    const [a, b] = s.split(':').map(Number);
    const around = (x: string): string => x.replace(/\n/g, '¶');
    return `${around(doc.text.slice(Math.max(0, a! - 25), a))}[${show(s)}]${around(doc.text.slice(b, b! + 25))}`;
  };
  for (const s of gold) if (model.has(s) && !errors.predicted.has(s)) console.log('LOST', context(s));
  for (const s of errors.predicted) if (!gold.has(s) && !model.has(s)) console.log('ADDED-FP', context(s));
  for (const s of gold) if (!model.has(s) && errors.predicted.has(s)) console.log('GAINED', context(s));
  // every wrong span of the combination with its source and the gold spans over it
  for (const s of errors.predicted) {
    if (gold.has(s)) continue;
    const [a, b] = s.split(':').map(Number);
    const over = [...gold].filter((g) => {
      const [c, d] = g.split(':').map(Number);
      return c! < b! && a! < d!;
    });
    console.log(`WRONG ${errors.sources.get(s) ?? '?'}`, context(s), '→', over.map(show).join(' + ') || 'O');
  }
}
console.log(`wrote ${OUT}`);
