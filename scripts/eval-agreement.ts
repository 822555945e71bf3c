/**
 * Inter-annotator agreement: a second annotator's independent annotation (eval/agreement/*.second.jsonl) of part
 * of two honest splits, scored against the first annotator's gold with the same rules the evaluations use —
 * events as in scripts/eval-events.ts (same type, then actor, target and place; `*` on either side accepts any
 * value), times and quantities as in scripts/eval-times.ts (an overlapping expression with the same type, value
 * and mod; a quantity with the same value and kind). Agreement is reported both ways (each annotator as the
 * reference), so it bounds what a system can be expected to reach on these conventions.
 * Writes docs/eval/agreement.md. Usage: npx tsx scripts/eval-agreement.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { normalize } from '../src/text/normalize.js';

const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

const pct = (a: number, b: number): string => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
const f1 = (tp: number, fp: number, fn: number): string => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return (p + r ? (2 * p * r) / (p + r) : 0).toFixed(2);
};

// ---- events ----
interface GoldEvent {
  type: string;
  actor: string | null;
  target: string | null;
  place: string | null;
  modality?: string;
}
interface EventItem {
  id: string;
  events: GoldEvent[];
}

const argAgrees = (a: string | null, b: string | null): boolean => a === '*' || b === '*' || a === b;
const placeAgrees = (a: string | null, b: string | null): boolean => {
  if (a === '*' || b === '*') return true;
  if (a === null || b === null) return a === b;
  const x = normalize(a);
  const y = normalize(b);
  return x.includes(y) || y.includes(x);
};
const fullAgrees = (a: GoldEvent, b: GoldEvent): boolean =>
  argAgrees(a.actor, b.actor) && argAgrees(a.target, b.target) && placeAgrees(a.place, b.place);

function eventAgreement(first: EventItem[], second: EventItem[]) {
  const byId = new Map(first.map((i) => [i.id, i]));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let full = 0;
  let modality = 0;
  const differences: string[] = [];
  for (const s of second) {
    const f = byId.get(s.id);
    if (!f) throw new Error(`eval/agreement: item ${s.id} is not in the first annotation`);
    const left = [...f.events];
    for (const e of s.events) {
      // prefer a partner that agrees on the arguments too, as the evaluation's greedy match does by type
      let k = left.findIndex((g) => g.type === e.type && fullAgrees(g, e));
      if (k < 0) k = left.findIndex((g) => g.type === e.type);
      if (k < 0) {
        fp++;
        differences.push(`${s.id} only second: ${e.type} ${e.actor} → ${e.target} @ ${e.place}`);
        continue;
      }
      const g = left.splice(k, 1)[0]!;
      tp++;
      if (fullAgrees(g, e)) full++;
      else
        differences.push(
          `${s.id} ${e.type} arguments: first ${g.actor} → ${g.target} @ ${g.place}; second ${e.actor} → ${e.target} @ ${e.place}`,
        );
      if (g.modality === e.modality) modality++;
    }
    for (const g of left) {
      fn++;
      differences.push(`${s.id} only first: ${g.type} ${g.actor} → ${g.target} @ ${g.place}`);
    }
  }
  return { items: second.length, tp, fp, fn, full, modality, differences };
}

// ---- times and quantities ----
interface Expr {
  article: string;
  sentence: string;
  text: string;
  type?: string;
  value: string | number;
  mod?: string;
  kind?: string;
}
interface Located extends Expr {
  start: number;
  end: number;
}

/** Each expression at the first occurrence of its text in its sentence not already taken (as eval-times does). */
function locate(list: Expr[]): Located[] {
  const taken = new Map<string, [number, number][]>();
  const out: Located[] = [];
  for (const e of list) {
    const key = `${e.article}\u0000${e.sentence}`;
    const used = taken.get(key) ?? [];
    let from = 0;
    for (;;) {
      const start = e.sentence.indexOf(e.text, from);
      if (start < 0) throw new Error(`eval/agreement: «${e.text}» is not in its sentence (${e.article})`);
      const end = start + e.text.length;
      if (!used.some(([a, b]) => a < end && start < b)) {
        used.push([start, end]);
        taken.set(key, used);
        out.push({ ...e, start, end });
        break;
      }
      from = start + 1;
    }
  }
  return out;
}

function exprAgreement(reference: Expr[], other: Expr[], same: (a: Expr, b: Expr) => boolean) {
  const ref = locate(reference);
  const oth = locate(other);
  let agree = 0;
  const differences: string[] = [];
  for (const r of ref) {
    const hits = oth.filter((o) => o.sentence === r.sentence && o.start < r.end && r.start < o.end);
    if (hits.some((o) => same(r, o))) agree++;
    else {
      const got = hits.map((o) => `«${o.text}» ${o.type ?? o.kind} ${o.value}${o.mod ? ` ${o.mod}` : ''}`);
      differences.push(
        `«${r.text}» ${r.type ?? r.kind} ${r.value}${r.mod ? ` ${r.mod}` : ''} vs ${got.join('; ') || 'nothing'}`,
      );
    }
  }
  return { n: ref.length, agree, differences };
}

const sameTime = (a: Expr, b: Expr): boolean =>
  a.type === b.type && a.value === b.value && (a.mod ?? '') === (b.mod ?? '');
const sameQuantity = (a: Expr, b: Expr): boolean => a.value === b.value && a.kind === b.kind;

function main(): void {
  const dir = 'eval/agreement';
  if (!existsSync(`${dir}/events-heldout2.second.jsonl`)) throw new Error(`${dir}: no second annotation`);
  const second = readJsonl<EventItem>(`${dir}/events-heldout2.second.jsonl`);
  const first = readJsonl<EventItem>('eval/events-heldout2.jsonl');
  const ev = eventAgreement(first, second);

  const sentences = new Set(
    [
      ...readJsonl<Expr>(`${dir}/times.second.jsonl`),
      ...readJsonl<Expr>(`${dir}/quantities.second.jsonl`),
    ].map((e) => `${e.article}\u0000${e.sentence}`),
  );
  const draw = readJsonl<{ article: string; sentence: string }>(`${dir}/blind5-sentences.jsonl`);
  const inScope = new Set(draw.map((d) => `${d.article}\u0000${d.sentence}`));
  for (const s of sentences)
    if (!inScope.has(s)) throw new Error(`${dir}: a second annotation is outside the shared sentences`);
  const scoped = <T extends Expr>(file: string): T[] =>
    readJsonl<T & { split: string }>(file).filter(
      (e) => e.split === 'blind5' && inScope.has(`${e.article}\u0000${e.sentence}`),
    );
  const t1 = scoped<Expr>('eval/times.jsonl');
  const t2 = readJsonl<Expr>(`${dir}/times.second.jsonl`);
  const q1 = scoped<Expr>('eval/quantities.jsonl');
  const q2 = readJsonl<Expr>(`${dir}/quantities.second.jsonl`);
  const tA = exprAgreement(t1, t2, sameTime);
  const tB = exprAgreement(t2, t1, sameTime);
  const qA = exprAgreement(q1, q2, sameQuantity);
  const qB = exprAgreement(q2, q1, sameQuantity);

  const lines = [
    '# Agreement between annotators',
    '',
    'A second annotator, who never saw the first annotation and never ran the system, annotated part of the two',
    'honest splits of session 6 on their own (`eval/agreement/`, see its README): the first',
    `${ev.items} items of \`eval/events-heldout2.jsonl\` and the first ${draw.length} sentences drawn for the \`blind5\``,
    'split of times and quantities. `scripts/eval-agreement.ts` scores one annotation against the other with the',
    "evaluations' own rules. Agreement between people bounds what the system can be expected to reach on these",
    'conventions.',
    '',
    '| | first annotator | second annotator | agreement |',
    '| --- | ---: | ---: | --- |',
    `| events: type (F1, matched by type) | ${ev.tp + ev.fn} | ${ev.tp + ev.fp} | **${f1(ev.tp, ev.fp, ev.fn)}** |`,
    `| events: full match (type + actor + target + place; F1) | | | **${f1(ev.full, ev.tp + ev.fp - ev.full, ev.tp + ev.fn - ev.full)}** |`,
    `| events: same modality, of the type matches | | | ${pct(ev.modality, ev.tp)} (${ev.modality}/${ev.tp}) |`,
    `| time expressions: same type, value and mod | ${tA.n} | ${tB.n} | ${pct(tA.agree, tA.n)} of the first's, ${pct(tB.agree, tB.n)} of the second's |`,
    `| quantities: same value and kind | ${qA.n} | ${qB.n} | ${pct(qA.agree, qA.n)} of the first's, ${pct(qB.agree, qB.n)} of the second's |`,
    '',
    `## Event differences (${ev.differences.length})`,
    '',
    ...ev.differences.map((d) => `- ${d}`),
    '',
    `## Time differences (first's ${tA.differences.length}, second's ${tB.differences.length})`,
    '',
    ...tA.differences.map((d) => `- first ${d}`),
    ...tB.differences.map((d) => `- second ${d}`),
    '',
    `## Quantity differences (first's ${qA.differences.length}, second's ${qB.differences.length})`,
    '',
    ...qA.differences.map((d) => `- first ${d}`),
    ...qB.differences.map((d) => `- second ${d}`),
    '',
  ];
  writeFileSync('docs/eval/agreement.md', lines.join('\n'));
  console.log(lines.slice(9, 16).join('\n'));
}

main();
