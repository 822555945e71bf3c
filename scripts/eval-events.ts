/**
 * Evaluates the events pass on the hand-annotated ANT sentences in eval/events.jsonl and writes
 * docs/eval/events.md: precision/recall/F1 per PLOVER type, full matches (type + actor + target + place),
 * modality accuracy, and the failures. Usage: npm run eval:events
 *
 * Each item is analysed as a small document (the article's title, then the annotated sentence); only events
 * with evidence in the sentence are scored. Gold `*` means "any value", null means "none stated".
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc, type Event, type Pass } from '../src/doc/index.js';
import { buildPipeline, type Pipeline } from '../src/pipeline/pipeline.js';
import { defaultPipeline, textPasses } from '../src/pipeline/default.js';
import { createEventsPass } from '../src/annotate/events/index.js';
import { normalize } from '../src/text/normalize.js';

interface GoldEvent {
  type: string;
  actor: string | null;
  target: string | null;
  place: string | null;
  modality: string;
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

function codeMatches(gold: string | null, got: Event['actors']): boolean {
  if (gold === '*') return true;
  if (gold === null) return got.length === 0;
  return got.some((a) => a.code === gold);
}

function placeMatches(gold: string | null, got: Event['place']): boolean {
  if (gold === '*') return true;
  if (gold === null) return got === null;
  if (!got) return false;
  const g = normalize(gold);
  const p = normalize(got.name);
  return p.includes(g) || g.includes(p);
}

function fullMatch(g: GoldEvent, p: Event): boolean {
  return codeMatches(g.actor, p.actors) && codeMatches(g.target, p.targets) && placeMatches(g.place, p.place);
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

function main(): void {
  const items = readFileSync(join(root, 'eval', 'events.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Item);
  const pipe = pipeline();
  const perType = new Map<string, Counts>();
  const bump = (t: string, k: keyof Counts): void => {
    const c = perType.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    perType.set(t, c);
  };
  const full: Counts = { tp: 0, fp: 0, fn: 0 };
  let modalityRight = 0;
  let matched = 0;
  const failures: string[] = [];
  const t0 = performance.now();
  for (const item of items) {
    const doc = pipe.run(
      createDoc({ id: item.id, title: item.title, body: item.text, published: item.published }),
    );
    const bodyStart = doc.segments.find((s) => s.kind !== 'title')?.start ?? 0;
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
      if (p.modality === g.modality) modalityRight++;
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
  const goldCount = items.reduce((n, i) => n + i.events.length, 0);
  const negatives = items.filter((i) => i.events.length === 0).length;
  const lines = [
    '# Events: evaluation',
    '',
    `Hand-annotated set: \`eval/events.jsonl\`, ${items.length} sentences from ANT (Tunisian news, Apache-2.0),`,
    `${goldCount} gold events, ${negatives} sentences with no event (hard negatives: festivals called "تظاهرة", booking "الحجز",`,
    'football "هجوم", votes "رفض", generic sanctions in law names, phone interviews, inspection visits, ...).',
    'Each sentence is analysed after its article title; events with evidence in the sentence are scored.',
    'A predicted event matches a gold one of the same PLOVER type (greedy, one to one).',
    'Full match: the type, an actor code, a target code and the place all agree (gold `*` = any; none stated = none predicted).',
    `Entities and times layers: ${pipe.passes.some((p) => p.name === 'events' && p !== undefined) && pipe.passes.some((p) => p.produces.includes('entities') && !p.name.startsWith('eval-')) ? 'from the default pipeline' : 'empty (run before the entities/times passes were merged): actors and places come from the events lexicon and the GeoNames fallback only'}.`,
    '',
    '| | precision | recall | F1 |',
    '|---|---|---|---|',
    `| event type (micro) | ${pct(micro.p)} | ${pct(micro.r)} | **${pct(micro.f)}** |`,
    `| full match (type + actor + target + place) | ${pct(fm.p)} | ${pct(fm.r)} | **${pct(fm.f)}** |`,
    '',
    `Modality right on ${matched > 0 ? pct(modalityRight / matched) : '—'} of the type matches (${modalityRight}/${matched}).`,
    '',
    '| type | gold | predicted | TP | precision | recall | F1 |',
    '|---|---|---|---|---|---|---|',
    ...[...perType]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([t, c]) => {
        const r = prf(c);
        return `| ${t} | ${c.tp + c.fn} | ${c.tp + c.fp} | ${c.tp} | ${pct(r.p)} | ${pct(r.r)} | ${pct(r.f)} |`;
      }),
    '',
    `Run time: ${ms.toFixed(0)} ms for ${items.length} items (whole pipeline).`,
    '',
    `## Failures (${failures.length})`,
    '',
    ...failures,
    '',
  ];
  mkdirSync(join(root, 'docs', 'eval'), { recursive: true });
  writeFileSync(join(root, 'docs', 'eval', 'events.md'), lines.join('\n'));
  console.log(
    `type F1 ${pct(micro.f)} (P ${pct(micro.p)} R ${pct(micro.r)}), full-match F1 ${pct(fm.f)}, modality ${modalityRight}/${matched}`,
  );
}

main();
