/**
 * Inter-annotator agreement: a second annotator's independent annotation (eval/agreement/*.second.jsonl) of part
 * of two honest splits (session 6: heldout2 and blind5; session 15: heldout12 and blind15), scored against the first annotator's gold with the same rules the evaluations use —
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

/** One agreement study: a second annotation of the first items of an events set and of a times/quantities split. */
interface Study {
  session: number;
  /** events set name and file in eval/, second annotation in eval/agreement/ */
  events: { set: string; file: string; second: string };
  /** the times/quantities split, the drawn sentences both annotators saw, and the second annotation's files */
  split: { name: string; draw: string; times: string; quantities: string };
}

const STUDIES: Study[] = [
  {
    session: 6,
    events: { set: 'heldout2', file: 'events-heldout2.jsonl', second: 'events-heldout2.second.jsonl' },
    split: {
      name: 'blind5',
      draw: 'blind5-sentences.jsonl',
      times: 'times.second.jsonl',
      quantities: 'quantities.second.jsonl',
    },
  },
  {
    session: 15,
    events: { set: 'heldout12', file: 'events-heldout12.jsonl', second: 'events-heldout12.second.jsonl' },
    split: {
      name: 'blind15',
      draw: 'blind15-sentences.jsonl',
      times: 'times.blind15.second.jsonl',
      quantities: 'quantities.blind15.second.jsonl',
    },
  },
];

function runStudy(study: Study) {
  const dir = 'eval/agreement';
  const path = (f: string): string => {
    if (!existsSync(`${dir}/${f}`)) throw new Error(`${dir}/${f}: no such second annotation`);
    return `${dir}/${f}`;
  };
  const ev = eventAgreement(
    readJsonl<EventItem>(`eval/${study.events.file}`),
    readJsonl<EventItem>(path(study.events.second)),
  );
  const t2 = readJsonl<Expr>(path(study.split.times));
  const q2 = readJsonl<Expr>(path(study.split.quantities));
  const draw = readJsonl<{ article: string; sentence: string }>(path(study.split.draw));
  const inScope = new Set(draw.map((d) => `${d.article}\u0000${d.sentence}`));
  for (const e of [...t2, ...q2])
    if (!inScope.has(`${e.article}\u0000${e.sentence}`))
      throw new Error(`${dir}/${study.split.times}: «${e.text}» is outside the shared sentences`);
  const scoped = <T extends Expr>(file: string): T[] =>
    readJsonl<T & { split: string }>(file).filter(
      (e) => e.split === study.split.name && inScope.has(`${e.article}\u0000${e.sentence}`),
    );
  const t1 = scoped<Expr>('eval/times.jsonl');
  const q1 = scoped<Expr>('eval/quantities.jsonl');
  return {
    study,
    sentences: draw.length,
    ev,
    tA: exprAgreement(t1, t2, sameTime),
    tB: exprAgreement(t2, t1, sameTime),
    qA: exprAgreement(q1, q2, sameQuantity),
    qB: exprAgreement(q2, q1, sameQuantity),
  };
}

function main(): void {
  const results = STUDIES.map(runStudy);
  const row = (label: string, cell: (r: ReturnType<typeof runStudy>) => string): string =>
    `| ${label} | ${results.map(cell).join(' | ')} |`;
  const lines = [
    '# Agreement between annotators',
    '',
    'Twice, a second annotator, who never saw the first annotation and never ran the system, annotated part of the',
    'honest sets of a session on their own (`eval/agreement/`, see its README). `scripts/eval-agreement.ts` scores one',
    "annotation against the other with the evaluations' own rules. Agreement between people bounds what the system can",
    'be expected to reach on these conventions.',
    '',
    ...results.map(
      (r) =>
        `- Session ${r.study.session}: the first ${r.ev.items} items of \`eval/${r.study.events.file}\` and the first ${r.sentences} sentences drawn for the \`${r.study.split.name}\` split of times and quantities.`,
    ),
    '',
    `| | ${results.map((r) => `${r.study.events.set} / ${r.study.split.name}`).join(' | ')} |`,
    `| --- | ${results.map(() => '---').join(' | ')} |`,
    row('events (first / second annotator)', (r) => `${r.ev.tp + r.ev.fn} / ${r.ev.tp + r.ev.fp}`),
    row('events: type (F1, matched by type)', (r) => `**${f1(r.ev.tp, r.ev.fp, r.ev.fn)}**`),
    row(
      'events: full match (type + actor + target + place; F1)',
      (r) => `**${f1(r.ev.full, r.ev.tp + r.ev.fp - r.ev.full, r.ev.tp + r.ev.fn - r.ev.full)}**`,
    ),
    row(
      'events: same modality, of the type matches',
      (r) => `${pct(r.ev.modality, r.ev.tp)} (${r.ev.modality}/${r.ev.tp})`,
    ),
    row('time expressions (first / second)', (r) => `${r.tA.n} / ${r.tB.n}`),
    row(
      'time expressions: same type, value and mod',
      (r) => `${pct(r.tA.agree, r.tA.n)} of the first's, ${pct(r.tB.agree, r.tB.n)} of the second's`,
    ),
    row('quantities (first / second)', (r) => `${r.qA.n} / ${r.qB.n}`),
    row(
      'quantities: same value and kind',
      (r) => `${pct(r.qA.agree, r.qA.n)} of the first's, ${pct(r.qB.agree, r.qB.n)} of the second's`,
    ),
    '',
  ];
  for (const r of results) {
    const name = `${r.study.events.set} / ${r.study.split.name} (session ${r.study.session})`;
    lines.push(
      `## ${name}: event differences (${r.ev.differences.length})`,
      '',
      ...r.ev.differences.map((d) => `- ${d}`),
      '',
      `## ${name}: time differences (first's ${r.tA.differences.length}, second's ${r.tB.differences.length})`,
      '',
      ...r.tA.differences.map((d) => `- first ${d}`),
      ...r.tB.differences.map((d) => `- second ${d}`),
      '',
      `## ${name}: quantity differences (first's ${r.qA.differences.length}, second's ${r.qB.differences.length})`,
      '',
      ...r.qA.differences.map((d) => `- first ${d}`),
      ...r.qB.differences.map((d) => `- second ${d}`),
      '',
    );
  }
  writeFileSync('docs/eval/agreement.md', lines.join('\n'));
  console.log(lines.slice(0, lines.indexOf('') + 30).join('\n'));
}

main();
