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
import { recognize, sentenceTokenRanges } from '../src/annotate/entities/recognize.js';
import { modelCandidates, type SentenceTagger } from '../src/annotate/entities/model-candidates.js';
import { loadNerTagger } from '../src/annotate/ner/tagger.js';
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
}

/** Recognises entities in the dev document (with or without the tagger) and scores them. */
function evaluate(tagger?: SentenceTagger): Result {
  const t0 = performance.now();
  recognize(kb, doc, tagger);
  const ms = performance.now() - t0;
  // predicted spans, widened to whole CoNLL tokens (ANERcorp tags a word with its clitics)
  const strict = new Set<string>();
  const conventions = new Set<string>();
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      const [first, last] = tokenRange(m.start, m.end);
      // ANERcorp leaves nationality adjectives untagged (O): NORP is left out of both scores
      if (e.type !== 'NORP')
        strict.add(`${doc.tokens[first]!.start}:${doc.tokens[last]!.end}:${TO_ANER[e.type]}`);
      const span = e.type === 'NORP' ? null : mapped(e, m);
      if (span !== null)
        conventions.add(`${doc.tokens[span[0]]!.start}:${doc.tokens[span[1]]!.end}:${TO_ANER[e.type]}`);
    }
  }
  return { strict: score(strict), conventions: score(conventions), ms, predicted: conventions };
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
  for (const [begin, end] of sentenceTokenRanges(doc)) {
    for (const c of modelCandidates(tagger, doc.tokens, begin, end))
      predicted.add(`${doc.tokens[c.first]!.start}:${doc.tokens[c.last]!.end}:${NAMES[c.type]}`);
  }
  return { ...score(predicted), predicted };
}

const tagger = loadNerTagger();
const alone = evaluate();
const modelAlone = evaluateModel(tagger);
const combined = evaluate(tagger);
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

const md = [
  '# Entities (knowledge base + patterns)',
  '',
  `Recogniser: KB matching with clitic stripping, government-body and countryside patterns, organisation`,
  `head-noun and title/apposition patterns, linking; first alone, then with the statistical tagger (the`,
  `shipped pass). The model alone is reported in the NER section.`,
  `Data: ANERcorp dev (${doc.sentences.length} sentences, ${doc.tokens.length} tokens), exact spans after`,
  `widening a mention to whole tokens; GPE/LOC/FAC → LOC, EVENT/MISC → MISC; NORP mentions (الروسي) are left`,
  `out because ANERcorp tags nationality adjectives O. Run: \`npm run eval:entities\`.`,
  '',
  '**KB + patterns alone:**',
  '',
  ...HEADER,
  ...alone.strict.rows,
  '',
  `Micro F1 ${(100 * alone.strict.microF1).toFixed(1)}. Wall time on a shared machine: ${alone.ms.toFixed(0)} ms for ${doc.tokens.length} tokens.`,
  '',
  '**Combined with the statistical tagger** (the `entities` pass as shipped): the model adds persons,',
  'organisations and other names (MISC) where the KB and patterns found nothing; a small GeoNames town',
  'is kept only where the model reads a place there, and gives way to a person or organisation the model',
  'finds over it (a club named after its town); see the NER section for the model alone:',
  '',
  ...HEADER,
  ...combined.strict.rows,
  '',
  `Micro F1 ${(100 * combined.strict.microF1).toFixed(1)}. Time: ${combined.ms.toFixed(0)} ms.`,
  '',
  'Honest reading:',
  '',
  '- Alone, the KB knows places, organisations and political figures but ANERcorp (2007 news) is full of',
  '  people who are in no knowledge base and are not introduced by a title: person recall is low; that is',
  "  the statistical model's job. ANERcorp's MISC (currencies, car models, stadiums) is outside the KB.",
  '- Combined, the figure is still *below* the model alone (see the NER section, micro F1 ≈ 72). Session 2',
  '  raised it from 64.6 to 68.7 with rules that use the model where the KB is weakest: one-word GeoNames',
  '  town names, often common words (وان "and that", بنوك "banks"), need the model to read a place there,',
  '  and a town the model reads as an organisation of the same span is the club (برشلونة): +1.1 together',
  '  (on 600 ANT articles: 48 «وان/وأن» and 10 other common words dropped, 7 real towns lost such as',
  "  الديوانية and أسيوط); the model's MISC spans are kept (+2.2: mostly currencies, which ANERcorp tags MISC);",
  '  and the second word of a compound name (نصر الله، نور الدين) is no longer a surname to link (+0.8).',
  "  Tried and not kept: the model's own places where the KB has none (+0.4 only: right 24 times in 61,",
  '  clubs named after towns and common words such as المدينة, and «العقبة الرئيسة» "the main obstacle"',
  '  in a seed).',
  '- What remains is mostly conventions: government bodies and armies («الحكومة السودانية»,',
  '  «الجيش اللبناني», about 25 spans) are ORG entities for rasd but untagged in ANERcorp; rasd names a',
  '  place or movement with its head noun («قطاع غزة»، «إقليم دارفور»، «حركة حماس», about 15) where',
  '  ANERcorp tags the bare name; the dev set is scored as one document, so a surname linked in one',
  '  article («ديفد دين» → «دين») also links the common word «دين» "debt" in later, unrelated articles',
  '  (13 spans); and a few KB entries are wrong (the newspaper يديعوت أحرونوت listed as a person in the',
  '  UniversalPetrarch actor dictionary). Places the KB lacks (انجلترا، كاليفورنيا، طوباس, ~35 spans) are',
  '  recall the model has and the pass gives up for the precision reasons above.',
  '- A handful of well-known football clubs were added to the KB after reading dev errors (city names',
  '  inside club names), so ORG figures on this dev set are slightly optimistic.',
  '',
  '## Seed articles',
  '',
  'Every person, place and organisation of both seeds is checked (type, canonical name, stated role) by',
  '`test/kb/seeds.test.ts`. Found:',
  '',
  ...seedLines,
].join('\n');
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, md);
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
}
console.log(`wrote ${OUT}`);
