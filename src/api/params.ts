/** Query-string parsing: strict, every bad value is an API_BAD_REQUEST naming the parameter. */
import type { ApiArticleLayer } from './types.js';
import type { Context } from 'hono';
import { LAYER_NAMES, RasdError, type EntityType, type EventType } from '../doc/index.js';

export const EVENT_TYPES: readonly EventType[] = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
];
export const ENTITY_TYPES: readonly EntityType[] = [
  'PERSON',
  'ORG',
  'GPE',
  'LOC',
  'FAC',
  'NORP',
  'EVENT',
  'MISC',
];
export const MAX_LIMIT = 500;

function bad(name: string, why: string): RasdError {
  return new RasdError('API_BAD_REQUEST', `query parameter "${name}" ${why}`, { subject: name });
}

export function str(c: Context, name: string, max = 500): string | undefined {
  const v = c.req.query(name);
  if (v === undefined || v === '') return undefined;
  if (v.length > max) throw bad(name, `is longer than ${max} characters`);
  return v;
}

export function int(c: Context, name: string, dflt: number, min: number, max: number): number {
  const v = str(c, name, 12);
  if (v === undefined) return dflt;
  if (!/^\d+$/.test(v)) throw bad(name, 'must be a whole number');
  const n = Number(v);
  if (n < min || n > max) throw bad(name, `must be between ${min} and ${max}`);
  return n;
}

export function paging(c: Context, dflt = 20): { limit: number; offset: number } {
  return { limit: int(c, 'limit', dflt, 1, MAX_LIMIT), offset: int(c, 'offset', 0, 0, 10_000_000) };
}

export function date(c: Context, name: string): string | undefined {
  const v = str(c, name, 10);
  if (v === undefined) return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) throw bad(name, 'must be a date YYYY-MM-DD');
  return v;
}

export function oneOf<T extends string>(c: Context, name: string, allowed: readonly T[]): T | undefined {
  const v = str(c, name, 40);
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) throw bad(name, `must be one of ${allowed.join(', ')}`);
  return v as T;
}

/** Layers of an article's analysis a client may select (`?layers=`), in the contract's order. */
export const ARTICLE_LAYERS: readonly ApiArticleLayer[] = [...LAYER_NAMES, 'diagnostics'];
export type ArticleLayer = ApiArticleLayer;

/** Layers served when none are asked for: every stored one (tokens are recomputed, so on request). */
export const DEFAULT_LAYERS: readonly ArticleLayer[] = ARTICLE_LAYERS.filter((l) => l !== 'tokens');

/** `?layers=entities,events` or `?layers=all`; the default layers when absent. */
export function layers(c: Context): ReadonlySet<ArticleLayer> {
  const v = str(c, 'layers', 200);
  if (v === undefined) return new Set(DEFAULT_LAYERS);
  if (v === 'all') return new Set(ARTICLE_LAYERS);
  const chosen = new Set<ArticleLayer>();
  for (const name of v.split(',')) {
    const layer = ARTICLE_LAYERS.find((l) => l === name.trim());
    if (!layer)
      throw bad('layers', `must be "all" or a comma-separated list of ${ARTICLE_LAYERS.join(', ')}`);
    chosen.add(layer);
  }
  return chosen;
}

/** Copies the defined values only: the store's filters are exactOptionalPropertyTypes objects. */
export function defined<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
