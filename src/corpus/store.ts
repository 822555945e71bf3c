/**
 * The corpus store: one async interface, several implementations (embedded SQLite by default,
 * PostgreSQL for deployments that outgrow one machine). Every implementation passes the same contract
 * test suite (test/corpus/store.contract.ts).
 *
 * Read methods serve the CLI, the HTTP API and the web app. Write methods are primitives for the
 * corpus layer (src/corpus/ingest.ts), which computes features, near-duplicate and story decisions and
 * hands each article over as one bundle that is committed atomically.
 *
 * Stability: this interface only grows. Fields are added (optional where a reader may lack them),
 * never renamed or removed. Field names are snake_case like the article JSON contract.
 */
import type { ArticleInput, EntityType, EventType, MeetingDetails, Modality, Span } from '../doc/index.js';

/** Version of the database schema written by this code; a newer database is refused (STORE_TOO_NEW). */
export const SCHEMA_VERSION = 8;

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Counting stops here where no counter answers a total (events under filters other than type and
 * entity): past it, `total` is COUNT_CAP and `total_capped` is true ("more than 10,000").
 */
export const COUNT_CAP = 10_000;

/** A page of results: `total` counts every match, `items` holds at most `limit` of them. */
export interface Page<T> {
  total: number;
  items: T[];
  /**
   * True when counting stopped at COUNT_CAP: more than `total` match. Absent (or false) when `total`
   * is exact.
   */
  total_capped?: boolean;
}

export interface PageRequest {
  /** Default 20, at most 500. */
  limit?: number;
  offset?: number;
}

// ---------------------------------------------------------------------------------------------------
// Articles

/** One line of an article list. */
export interface ArticleSummary {
  id: string;
  /** Current revision, 1-based. A changed body or title with the same id makes a new revision. */
  revision: number;
  title: string;
  /** YYYY-MM-DD, or null when unknown. */
  published: string | null;
  source: string | null;
  url: string | null;
  /** Story the article belongs to (null until assigned). */
  story_id: string | null;
  /** Near-duplicate group (null when the article has no near-duplicate). */
  dup_group: string | null;
  /** Version of the pipeline that produced the stored analysis (`defaultPipeline().version`). */
  pipeline_version: string;
  /** ISO timestamp of the last change to this article. */
  updated_at: string;
}

export interface RevisionInfo {
  revision: number;
  content_hash: string;
  title: string;
  /** ISO timestamp when this revision was stored. */
  created_at: string;
}

export interface ArticleRecord extends ArticleSummary {
  /** The cleaned text every span offset refers to. */
  text: string;
  /** sha256 of title + raw body: identical content is stored once. */
  content_hash: string;
  /** Where it was read from: path, URL, `-`, with `#n` for the n-th record of a multi-record file. */
  origin: string | null;
  /** The analysis as the article JSON contract (`rasd.article/1`), layers included. */
  analysis: JsonValue;
  revisions: RevisionInfo[];
  /** The near-duplicate group, other members included; null when none. */
  duplicates: DuplicateGroup | null;
}

export interface ArticleFilter extends PageRequest {
  source?: string;
  /** Inclusive YYYY-MM-DD bounds on the publication date. */
  from?: string;
  to?: string;
  story?: string;
  /** Entity key (see EntityRecord.key). */
  entity?: string;
  /** Articles whose stored analysis was made by another pipeline version. */
  stale_for?: string;
}

// ---------------------------------------------------------------------------------------------------
// Near-duplicates

export interface DuplicateMember {
  id: string;
  title: string;
  source: string | null;
  published: string | null;
  /** Estimated Jaccard similarity of word shingles to the group's first member (1 for itself). */
  similarity: number;
}

export interface DuplicateGroup {
  id: string;
  members: DuplicateMember[];
}

// ---------------------------------------------------------------------------------------------------
// Entities

/** The fields an entity has wherever it is stored: with one article, or corpus-wide. */
interface StoredEntity {
  /** Corpus-wide key: the KB id where linked (`kb:gpe:SYR`), else `name:<TYPE>:<normalised name>`. */
  key: string;
  kb_id: string | null;
  type: EntityType;
  name: string;
  name_en: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

export interface EntityRecord extends StoredEntity {
  article_count: number;
  mention_count: number;
  first_seen: string | null;
  last_seen: string | null;
}

export interface EntityDetail extends EntityRecord {
  /** Most recent articles mentioning it. */
  articles: ArticleSummary[];
  /** Stories where it is among the key entities, largest first. */
  stories: StorySummary[];
  /** Entities most often mentioned in the same articles. */
  related: { key: string; name: string; name_en: string | null; type: EntityType; count: number }[];
  /** Event counts by type in articles mentioning it. */
  event_types: { type: EventType; count: number }[];
}

// ---------------------------------------------------------------------------------------------------
// Events

export interface EventActorRecord {
  code: string;
  text: string;
  /** Corpus-wide entity key, or null when unresolved. */
  entity: string | null;
  /** English name of the linked entity, when it has one (absent in events stored before session 6). */
  name_en?: string;
}

export interface EventRecord {
  article_id: string;
  /** Event id within the article (`e1`, ...). */
  event_id: string;
  type: EventType;
  mode: string | null;
  /** Event date: the event's own time value when given in the text, else the publication date. */
  date: string | null;
  date_from: 'text' | 'published' | null;
  modality: Modality;
  gloss: string;
  confidence: number;
  trigger: Span;
  /** Evidence spans into the article's text. */
  evidence: Span[];
  actors: EventActorRecord[];
  targets: EventActorRecord[];
  place: {
    name: string;
    name_en?: string;
    entity: string | null;
    lat: number | null;
    lon: number | null;
  } | null;
  details: MeetingDetails | null;
  /** Day dates (YYYY-MM-DD) named in the event's sentence: the days of a multi-day meeting. */
  sentence_dates?: string[];
  story_id: string | null;
  source: string | null;
  title: string;
}

export interface EventFilter extends PageRequest {
  type?: EventType;
  /** Entity key: events where it is an actor, a target or the place. */
  entity?: string;
  story?: string;
  article?: string;
  source?: string;
  from?: string;
  to?: string;
  /**
   * By date: oldest first (asc, the default) or newest first (desc: the asc order read backwards),
   * undated events last either way.
   */
  order?: 'asc' | 'desc';
}

// ---------------------------------------------------------------------------------------------------
// Stories

export interface StoryEntity {
  key: string;
  name: string;
  name_en: string | null;
  type: EntityType;
  /** Articles of the story that mention it. */
  count: number;
}

export interface StorySummary {
  id: string;
  title: string;
  article_count: number;
  first_date: string | null;
  last_date: string | null;
  key_entities: StoryEntity[];
  event_types: { type: EventType; count: number }[];
  updated_at: string;
}

export interface TimelineEntry {
  /** Event date (YYYY-MM-DD or coarser), entries ordered by it. */
  date: string | null;
  type: EventType;
  gloss: string;
  modality: Modality;
  place: string | null;
  /** Evidence: the article and the span in its text. */
  article_id: string;
  event_id: string;
  evidence: Span;
}

export interface SummarySentence {
  article_id: string;
  start: number;
  end: number;
  text: string;
  /** Centrality score: higher is more central to the story. */
  score: number;
}

/** One round of a recurring process (talks, sessions), computed from events' meeting details. */
export interface RoundRow {
  number: number | null;
  /** Earliest and latest day of the round, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  venue: string | null;
  delegations: { party: string; head: string | null }[];
  agenda: string[];
  outcome: string | null;
  evidence: { article_id: string; event_id: string }[];
}

/** A page of a story's timeline; `next` continues it (keyset: a cursor, not an offset), null at its end. */
export interface TimelinePage {
  /** The story's id (the surviving story's when asked by the id of a merged one). */
  story: string;
  /** The story's title. */
  title: string;
  items: TimelineEntry[];
  next: string | null;
}

export interface StoryRecord extends StorySummary {
  articles: ArticleSummary[];
  /** The story's earliest events (at most 500): the timeline's first page. */
  timeline: TimelineEntry[];
  /** Cursor of the timeline's next page (`storyTimeline`), null when the timeline is whole. */
  timeline_next?: string | null;
  summary: SummarySentence[];
  /** Present when the story is a recurring process with numbered rounds; else empty. */
  rounds: RoundRow[];
}

export interface StoryFilter extends PageRequest {
  entity?: string;
  from?: string;
  to?: string;
  /** Minimum number of articles (default 1). */
  min_articles?: number;
}

// ---------------------------------------------------------------------------------------------------
// Search

export interface SearchQuery extends PageRequest {
  /** Free text in Arabic (normalised and stemmed like the index), or an entity's English name. */
  q: string;
  entity?: string;
  event_type?: EventType;
  from?: string;
  to?: string;
  source?: string;
  story?: string;
}

export interface SearchHit {
  article: ArticleSummary;
  /** BM25 score, higher is better. */
  score: number;
  /** A window of the article text around the best match. */
  snippet: string;
  /** Matched words, as [start, end) offsets into `snippet`. */
  highlights: { start: number; end: number }[];
}

export interface SearchResult {
  /** Every match when exact; COUNT_CAP when counting stopped there (`total_capped`). */
  total: number;
  /** True when more than `total` (COUNT_CAP) articles match: counting stopped, as for events. */
  total_capped?: boolean;
  hits: SearchHit[];
  /** The index terms the query was turned into (normalised stems, entity keys). */
  terms: string[];
}

// ---------------------------------------------------------------------------------------------------
// Ingest progress

export type IngestStatus = 'running' | 'done' | 'failed' | 'interrupted';

export interface IngestError {
  /** The input (path#n, URL, article id) the error is about. */
  subject: string;
  code: string;
  message: string;
}

export interface IngestRun {
  id: string;
  started_at: string;
  finished_at: string | null;
  status: IngestStatus;
  inputs: string[];
  pipeline_version: string;
  /** Articles seen so far (null total when not known in advance). */
  total: number | null;
  done: number;
  added: number;
  revised: number;
  unchanged: number;
  failed: number;
  /** The first errors (at most 100 kept). */
  errors: IngestError[];
}

export interface IngestRunUpdate {
  status?: IngestStatus;
  total?: number | null;
  done?: number;
  added?: number;
  revised?: number;
  unchanged?: number;
  failed?: number;
  errors?: IngestError[];
}

// ---------------------------------------------------------------------------------------------------
// Write-side bundle, computed by the corpus layer

/** An entity as stored with one article. */
export interface ArticleEntity extends StoredEntity {
  mentions: number;
}

/** Story features: `e:<entity key>`, `t:<stem>` → weight (older stores may also hold `v:<event type>`, which nothing reads). */
export type FeatureVector = Record<string, number>;

export interface StoryCandidate {
  id: string;
  article_count: number;
  first_date: string | null;
  last_date: string | null;
  /** The story's strongest features (sum of its articles' weights). */
  features: FeatureVector;
}

export interface DuplicateCandidate {
  id: string;
  dup_group: string | null;
  signature: number[];
}

export interface ArticleBundle {
  id: string;
  title: string;
  published: string | null;
  source: string | null;
  url: string | null;
  origin: string | null;
  text: string;
  /** The input as read, kept so that `rasd reanalyze` can re-run the pipeline. */
  raw_title: string | null;
  raw_body: string;
  lang: string | null;
  content_hash: string;
  pipeline_version: string;
  /**
   * The analysis (article JSON) already serialised: the analysis workers serialise it, so that the
   * single writer neither clones a large object graph nor stringifies it.
   */
  analysis_json: string;
  entities: ArticleEntity[];
  /** Events, without the story/source/title fields the store fills in. */
  events: Omit<EventRecord, 'story_id' | 'source' | 'title'>[];
  /** Search index: one normalised stem per word token, space-separated, in text order. */
  index_terms: string;
  /** Number of index terms (the document length for BM25). */
  index_len: number;
  /** JSON of the index terms' [start, end) offsets in `text`. */
  index_offsets_json: string;
  /** JSON of the sentences' [start, end) ranges, for extractive summaries. */
  sentences_json: string;
  /** MinHash signature and its LSH band keys. */
  minhash: number[];
  lsh_bands: string[];
  /** Near-duplicate decision: join this group, found by the corpus layer (null: none). */
  dup_of: { group: string | null; article: string; similarity: number } | null;
  /** Terms whose document frequency is counted for story TF-IDF (the article's candidate topic terms). */
  topic_terms?: string[];
  /** Story decision: an existing story id, or null to open a new story with this article. */
  story: string | null;
  /**
   * A twin of `story` to fold into it before the article joins (see `mergeStories`): the same commit
   * merges the two stories and adds the article.
   */
  story_merge?: string;
  /** Similarity of the article to the story it joins (the most similar member's title names it). */
  story_score?: number;
  /** The article's story features, added to the story's. */
  features: FeatureVector;
  /**
   * Strings derived from the fields above, computed by the analysis workers so that the single writer
   * need not (see `derivedStrings` in prepare.ts). Each is optional and used only when it matches the
   * bundle (same number of entities and events); the store computes whatever is missing, the same way.
   */
  derived?: DerivedStrings;
}

/** See `ArticleBundle.derived`. */
export interface DerivedStrings {
  /** `nameKey` of each entity's name and English name, in `entities` order. */
  entity_names?: [string, string | null][];
  /** Each event as stored (the events table's `data` column), in `events` order. */
  events_json?: string[];
  /** The article's search facets (SQLite's full-text index; search-facets.ts). */
  facets?: string;
}

/** `reanalysed`: same content, analysis replaced by a newer pipeline's. */
export type CommitOutcome = 'added' | 'revised' | 'unchanged' | 'reanalysed';

export interface CommitResult {
  id: string;
  outcome: CommitOutcome;
  revision: number;
  story_id: string | null;
  dup_group: string | null;
}

/** What the store knows about an article id, for idempotent ingest. */
export interface ArticleState {
  id: string;
  revision: number;
  content_hash: string;
  pipeline_version: string;
  story_id: string | null;
  dup_group: string | null;
}

// ---------------------------------------------------------------------------------------------------

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** File path or connection string (password elided). */
  readonly location: string;

  schemaVersion(): Promise<number>;
  close(): Promise<void>;

  // --- read side
  countArticles(): Promise<number>;
  getArticle(id: string, opts?: { revision?: number }): Promise<ArticleRecord | null>;
  listArticles(filter?: ArticleFilter): Promise<Page<ArticleSummary>>;
  getDuplicateGroup(id: string): Promise<DuplicateGroup | null>;

  /** Entities whose Arabic name, English name or key matches `name` (normalised), most mentioned first. */
  findEntities(name: string, opts?: PageRequest & { type?: EntityType }): Promise<Page<EntityRecord>>;
  getEntity(key: string): Promise<EntityDetail | null>;
  /** All entities, most mentioned first; optionally of one type or only those with coordinates. */
  listEntities(
    opts?: PageRequest & { type?: EntityType; with_coordinates?: boolean },
  ): Promise<Page<EntityRecord>>;

  listEvents(filter?: EventFilter): Promise<Page<EventRecord>>;

  listStories(filter?: StoryFilter): Promise<Page<StorySummary>>;
  /** A story; the id of a merged story gives the story it was merged into (whose `id` tells). */
  getStory(id: string): Promise<StoryRecord | null>;
  /**
   * A story's timeline a page at a time, by event date (undated last): `after` is the `next` of the
   * previous page (or the story's `timeline_next`); at most 500 entries a page (default 500). Each page
   * is an index range from the cursor: bounded work however large the story. Null for no such story.
   */
  storyTimeline(id: string, opts?: { after?: string; limit?: number }): Promise<TimelinePage | null>;

  search(query: SearchQuery): Promise<SearchResult>;

  getIngestRun(id: string): Promise<IngestRun | null>;
  listIngestRuns(opts?: PageRequest): Promise<Page<IngestRun>>;

  // --- write side (used by the corpus layer)
  articleState(id: string): Promise<ArticleState | null>;
  /** Id of an article already holding exactly this content, if any. */
  findByContentHash(hash: string): Promise<string | null>;
  duplicateCandidates(bands: string[], excludeId: string, limit: number): Promise<DuplicateCandidate[]>;
  /**
   * Stories sharing features with `features`, best first: bounded work through an inverted index over
   * the stories' features, limited to stories active on or after `since`.
   */
  storyCandidates(
    features: string[],
    opts: { since: string | null; limit: number },
  ): Promise<StoryCandidate[]>;
  /**
   * Folds story `from` into story `into`, atomically: its articles and events move over, its entity and
   * event-type counters and its feature vector are added to the survivor's (pruned as on commit), the
   * date range widens, the better-scored title stays; `from` is dropped and henceforth resolves to
   * `into` (`resolveStory`, `getStory`, `storyTimeline`). Work is proportional to the size of `from`.
   * False when either story does not exist or they are the same.
   */
  mergeStories(from: string, into: string): Promise<boolean>;
  /** The id a story goes by now: its own, the story it was merged into (after any later merges), or null. */
  resolveStory(id: string): Promise<string | null>;
  /** Stores the article (a new one, or a new revision of an existing one) atomically. */
  commitArticle(bundle: ArticleBundle): Promise<CommitResult>;
  /**
   * Group commit: runs `fn` against a view of the store whose writes are one transaction, committed
   * when `fn` resolves (rolled back if it throws). Each commitArticle inside is a savepoint, so one
   * failing article leaves the others of the batch in. With `allOrNothing`, articles are no
   * savepoints (cheaper): the first failing one dooms the whole transaction, which is rolled back
   * even if `fn` goes on, and the caller commits the group again article by article.
   */
  transaction<T>(fn: (store: Store) => Promise<T>, opts?: { allOrNothing?: boolean }): Promise<T>;
  /**
   * Deletes an article with everything derived from it (revisions, analysis, events, entity mentions,
   * search index, near-duplicate membership) and takes it out of its story, in one transaction; a story
   * left empty is dropped. Returns false when no article has this id.
   */
  deleteArticle(id: string): Promise<boolean>;
  /** The stored input of the current revision, to analyse it again. */
  getArticleInput(id: string): Promise<ArticleInput | null>;
  /** Document frequencies of index terms (every term asked for, 0 when unknown), for TF-IDF weights. */
  termStats(terms: string[]): Promise<{ docs: number; df: ReadonlyMap<string, number> }>;
  /** Ids of articles analysed by another pipeline version than `pipelineVersion`. */
  staleArticles(pipelineVersion: string, limit: number): Promise<string[]>;

  createIngestRun(run: { inputs: string[]; pipeline_version: string }): Promise<IngestRun>;
  updateIngestRun(id: string, update: IngestRunUpdate): Promise<void>;
}
