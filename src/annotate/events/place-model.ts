/**
 * A learned check of the event's place (session 14, docs/EVENTS.md §32): the rules choose a place for most events, and
 * about one in ten of those the annotators gave none (a city in a title, a seat, a place of another act). For a
 * mention with a place the rules chose, a linear model (averaged perceptron, scripts/train-places.ts) scores "keep"
 * from features of the place phrase and where it stands relative to the trigger (side, distance, the preposition before
 * it, what lies between, whether it is a country); below the threshold the place is dropped. Deterministic; the model is
 * a small JSON file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dataPath } from './lexicon.js';
import type { TriggerHit } from './triggers.js';
import type { Word } from './words.js';
import { normalize } from '../../text/normalize.js';

export interface PlaceModel {
  /** Feature → weight (averaged); a positive score keeps the place. */
  weights: Record<string, number>;
  /** The place is dropped only when the score is below this. */
  threshold: number;
}

/** A mention as the check reads it (pass.ts's Mention). */
export interface PlaceMentionView {
  hit: TriggerHit;
  s: { words: Word[] };
  trigger: { start: number };
  type: string;
  place: { name: string; entity: string | null } | null;
  placeEn: string | null;
  actors: readonly unknown[];
  targets: readonly unknown[];
}

const bucket = (n: number): string =>
  n <= 1 ? String(n) : n <= 3 ? '2-3' : n <= 6 ? '4-6' : n <= 12 ? '7-12' : '>12';

/** Where the place's name stands in the sentence (the occurrence nearest the trigger), or null. */
function placeWords(m: PlaceMentionView): { from: number; to: number } | null {
  const words = m.s.words;
  const parts = normalize(m.place!.name).split(' ').filter(Boolean);
  const first = parts[0];
  if (!first) return null;
  let best: { from: number; to: number } | null = null;
  let bestDist = Infinity;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // (its clitics aside: "بسوسة")
    if (
      w.norm !== first &&
      !w.keys.includes(first) &&
      !(w.norm.endsWith(first) && w.norm.length - first.length <= 2)
    )
      continue;
    const to = Math.min(words.length, i + parts.length);
    const d = i >= m.hit.to ? i - m.hit.to : m.hit.from - to;
    if (Math.abs(d) < bestDist) {
      bestDist = Math.abs(d);
      best = { from: i, to };
    }
  }
  return best;
}

/** The features of a mention's place. */
export function placeFeatures(m: PlaceMentionView): string[] {
  const words = m.s.words;
  const hit = m.hit;
  const t = m.type;
  const pos = hit.entry.pos;
  const cls = hit.entry.cls;
  const ent = m.place!.entity ?? '';
  const kind = /^kb:gpe:[A-Z]{3}$/.test(ent)
    ? 'country'
    : ent.includes('capital')
      ? 'capital'
      : ent === ''
        ? 'unlinked'
        : 'linked';
  const f = ['B', `t=${t}`, `cls=${cls}`, `pos=${pos}`, `kind=${kind}`, `t=${t}|kind=${kind}`];
  f.push(`args=${m.actors.length > 0 ? 1 : 0}${m.targets.length > 0 ? 1 : 0}`);
  const at = placeWords(m);
  if (!at) {
    f.push('away', `away|t=${t}`, `away|kind=${kind}`);
    return f;
  }
  const right = at.from >= hit.to;
  const dir = right ? 'R' : 'L';
  const dist = right ? at.from - hit.to : Math.max(0, hit.from - at.to);
  let bounds = 0;
  const lo = right ? hit.to : at.to;
  const hi = right ? at.from : hit.from;
  for (let i = lo; i < hi; i++) if (words[i]!.boundary) bounds++;
  const first = words[at.from]!;
  const before = words[at.from - 1];
  const clitic = /^و?[بل]/.test(first.norm) && first.norm.length > 3 ? first.norm.replace(/^و/, '')[0]! : '-';
  const pw = !before ? '^' : before.boundary ? 'punct' : before.norm.length <= 4 ? before.norm : 'other';
  const d = `${dir}${bucket(dist)}`;
  f.push(
    `d=${d}`,
    `b=${Math.min(bounds, 2)}`,
    `cl=${clitic}`,
    `pw=${pw}`,
    `t=${t}|${dir}`,
    `t=${t}|d=${d}`,
    `t=${t}|cl=${clitic}`,
    `cls=${cls}|${dir}`,
    `kind=${kind}|${d}`,
    `kind=${kind}|cl=${clitic}`,
    `pos=${pos}|${d}`,
    `b=${Math.min(bounds, 2)}|${dir}`,
    `first=${at.from === 0 ? 1 : 0}`,
  );
  return f;
}

export function scorePlace(model: PlaceModel, features: readonly string[]): number {
  let s = 0;
  for (const f of features) s += model.weights[f] ?? 0;
  return s;
}

/** Drops, in each mention, a place the model does not keep (before mentions are merged). */
export function checkPlaces(
  mentions: readonly PlaceMentionView[],
  model: PlaceModel | null,
  onQuestion?: (triggerStart: number, features: string[]) => void,
): void {
  for (const m of mentions) {
    if (!m.place) continue;
    if (!model && !onQuestion) continue;
    const features = placeFeatures(m);
    onQuestion?.(m.trigger.start, features);
    if (model && scorePlace(model, features) < model.threshold) {
      (m as { place: PlaceMentionView['place'] }).place = null;
      (m as { placeEn: string | null }).placeEn = null;
    }
  }
}

export function defaultPlaceModelPath(): string {
  return dataPath('models', 'events-place.json');
}

let committed: PlaceModel | null | undefined;
/** The committed model (data/models/events-place.json), read once per process; null when there is none. */
export function committedPlaceModel(): PlaceModel | null {
  if (committed === undefined) {
    const path = defaultPlaceModelPath();
    committed = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as PlaceModel) : null;
  }
  return committed;
}
