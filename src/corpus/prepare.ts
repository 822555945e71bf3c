/**
 * From an analysed document to what the store keeps: index terms, entities under corpus-wide keys,
 * events with evidence, a MinHash signature, and the raw material of story features. Runs in the
 * analysis workers, so the main thread only decides and commits.
 */
import type { ArticleInput, Doc, Event } from '../doc/index.js';
import { toArticleJson } from '../doc/article-json.js';
import { normalize } from '../text/normalize.js';
import { storedIndexTerms } from './index-terms.js';
import { lshBands, minhash } from './minhash.js';
import { sha256Hex } from './hash.js';
import { facetsOf } from './sql/search-facets.js';
import { nameKey } from './sql/sql-store.js';
import type {
  ArticleBundle,
  ArticleEntity,
  DerivedStrings,
  EventActorRecord,
  EventRecord,
  JsonValue,
} from './store.js';

export type PreparedArticle = Omit<ArticleBundle, 'dup_of' | 'story' | 'story_score' | 'features'> & {
  /** Candidate story terms with their frequency in the article, most frequent first. */
  term_tf: [string, number][];
};

/** sha256 of the input's title and body: the identity of an article's content. */
export function contentHash(input: ArticleInput): string {
  // One string hashed at once: the same bytes as title, NUL and body hashed one after another.
  return sha256Hex(`${input.title ?? ''}\u0000${input.body}`);
}

/** Articles without an id are named by their content, so the same content is the same article. */
export function articleId(input: ArticleInput): string {
  return input.id ?? `a-${contentHash(input).slice(0, 16)}`;
}

/** Function words that carry no topic; everything else is weighed by IDF. */
const STOP = new Set(
  (
    'في من على الى عن ان او مع هذا هذه ذلك تلك التي الذي الذين كان كانت يكون قد لم لن ما لا ثم بين حتى ' +
    'عند بعد قبل كل اي غير منذ خلال حيث قال وقال اكد اضاف اشار وفق وفقا ايضا هو هي هم نحو الا اذا لكن ' +
    'وقد فقد كما اما عبر ضمن امس اليوم يوم سنه عام العام'
  )
    .split(' ')
    .map((w) => normalize(w)),
);

/** Deterministic tie-break for sorts: code-point order (localeCompare is ICU collation, far slower). */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function entityKey(e: { kb_id: string | null; type: string; name: string }): string {
  return e.kb_id ?? `name:${e.type}:${nameKey(e.name)}`;
}

/**
 * The analysis as stored: the article JSON (schema rasd.article/1) without the token layer, by far the
 * bulkiest (about 50 KB an article); search keeps its own terms and offsets, and `rasd analyze`
 * recomputes tokens on demand.
 */
export function analysisJson(doc: Doc): JsonValue {
  return toArticleJson(doc, { tokens: false }) as unknown as JsonValue;
}

/**
 * The `k` most frequent terms, most frequent first, ties in code-point order: what sorting all entries
 * and keeping the first `k` gives, without an array per entry nor a sort of hundreds of terms (the
 * order is total, the terms being distinct, so the result is the same).
 */
export function topTerms(tf: ReadonlyMap<string, number>, k: number): [string, number][] {
  const top: [string, number][] = [];
  if (k <= 0) return top;
  tf.forEach((n, term) => {
    let i = top.length;
    if (i === k) {
      const last = top[k - 1]!;
      if (n < last[1] || (n === last[1] && term > last[0])) return;
      top.pop();
      i--;
    }
    while (i > 0) {
      const prev = top[i - 1]!;
      if (prev[1] > n || (prev[1] === n && prev[0] < term)) break;
      i--;
    }
    top.splice(i, 0, [term, n]);
  });
  return top;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DIGITS = /^\d+$/;

/** JSON.stringify(ranges.map((r) => [r.start, r.end])) for integer offsets, without the pair arrays. */
function rangesJson(ranges: readonly { start: number; end: number }[]): string {
  let json = '[';
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i]!;
    json += (i === 0 ? '[' : ',[') + r.start + ',' + r.end + ']';
  }
  return json + ']';
}

export function prepareArticle(
  doc: Doc,
  input: ArticleInput,
  opts: { pipelineVersion: string; origin: string | null },
): PreparedArticle {
  const { terms, ends, offsetsJson } = storedIndexTerms(doc);

  const keyOf = new Map<string, string>();
  const entities = new Map<string, ArticleEntity>();
  for (const e of doc.entities) {
    const key = entityKey(e);
    keyOf.set(e.id, key);
    const prev = entities.get(key);
    if (prev) prev.mentions += e.mentions.length;
    else {
      entities.set(key, {
        key,
        kb_id: e.kb_id,
        type: e.type,
        name: e.name,
        name_en: e.name_en,
        country: e.country,
        lat: e.lat,
        lon: e.lon,
        mentions: Math.max(1, e.mentions.length),
      });
    }
  }
  // English names travel with the event so that readers in English see «Russia», not «روسيا».
  const nameEnOf = new Map(doc.entities.map((e) => [e.id, e.name_en]));
  const actor = (a: Event['actors'][number]): EventActorRecord => {
    const nameEn = a.entity === null ? null : (nameEnOf.get(a.entity) ?? null);
    return {
      code: a.code,
      text: a.text,
      entity: a.entity === null ? null : (keyOf.get(a.entity) ?? null),
      ...(nameEn ? { name_en: nameEn } : {}),
    };
  };
  // Day dates, tested once for all events (in text order, as the times layer holds them).
  const dayTimes =
    doc.events.length > 0 ? doc.times.filter((t) => t.type === 'DATE' && DAY.test(t.value)) : [];
  const events = doc.events.map((ev): Omit<EventRecord, 'story_id' | 'source' | 'title'> => {
    const sentenceDates: string[] = [];
    for (const t of dayTimes) {
      if (t.start >= ev.sentence.start && t.end <= ev.sentence.end) sentenceDates.push(t.value);
    }
    return {
      article_id: doc.id,
      event_id: ev.id,
      type: ev.type,
      mode: ev.mode,
      date: ev.time?.value ?? doc.published,
      date_from: ev.time?.from ?? (doc.published ? 'published' : null),
      modality: ev.modality,
      gloss: ev.gloss,
      confidence: ev.confidence,
      trigger: ev.trigger,
      evidence: ev.evidence,
      actors: ev.actors.map(actor),
      targets: ev.targets.map(actor),
      place: ev.place
        ? {
            name: ev.place.name,
            ...(ev.place.entity !== null && nameEnOf.get(ev.place.entity)
              ? { name_en: nameEnOf.get(ev.place.entity)! }
              : {}),
            entity: ev.place.entity === null ? null : (keyOf.get(ev.place.entity) ?? null),
            lat: ev.place.lat,
            lon: ev.place.lon,
          }
        : null,
      details: ev.details ?? null,
      sentence_dates: [...new Set(sentenceDates)].sort(),
    };
  });

  // The title names the topic: its words count three times.
  const titleEnd = doc.segments.find((s) => s.kind === 'title')?.end ?? 0;
  const tf = new Map<string, number>();
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (t.length < 3 || STOP.has(t) || DIGITS.test(t)) continue;
    tf.set(t, (tf.get(t) ?? 0) + (ends[i]! <= titleEnd ? 3 : 1));
  }
  const termTf = topTerms(tf, 40);

  const words: string[] = [];
  for (const t of doc.tokens) {
    if (t.kind === 'word' || t.kind === 'number' || t.kind === 'latin') words.push(t.norm);
  }
  const sig = minhash(words);

  return {
    id: doc.id,
    title: doc.title,
    published: doc.published,
    source: doc.source,
    url: doc.url,
    origin: opts.origin,
    text: doc.text,
    raw_title: input.title ?? null,
    raw_body: input.body,
    lang: doc.lang,
    content_hash: contentHash(input),
    pipeline_version: opts.pipelineVersion,
    analysis_json: JSON.stringify(analysisJson(doc)),
    entities: [...entities.values()],
    events,
    index_terms: terms.join(' '),
    index_len: terms.length,
    index_offsets_json: offsetsJson,
    sentences_json: rangesJson(doc.sentences),
    minhash: sig,
    lsh_bands: lshBands(sig),
    term_tf: termTf,
    derived: derivedStrings({
      id: doc.id,
      source: doc.source,
      published: doc.published,
      entities: [...entities.values()],
      events,
    }),
  };
}

/**
 * The strings the store derives from an article's entities and events (name keys, the events' stored
 * JSON, search facets), computed here in the analysis worker instead of on the single writer. They must
 * be exactly what the store would compute (sql-store.ts falls back to the same expressions).
 */
export function derivedStrings(
  b: Pick<ArticleBundle, 'id' | 'source' | 'published' | 'entities' | 'events'>,
): DerivedStrings {
  return {
    entity_names: b.entities.map((e) => [nameKey(e.name), e.name_en === null ? null : nameKey(e.name_en)]),
    // A prepared event names its article already (first key): the copy the store makes is the same.
    events_json: b.events.map((ev) =>
      JSON.stringify(ev.article_id === b.id ? ev : { ...ev, article_id: b.id }),
    ),
    facets: facetsOf({
      source: b.source,
      published: b.published,
      entityKeys: b.entities.map((e) => e.key),
      eventTypes: b.events.map((e) => e.type),
    }),
  };
}
