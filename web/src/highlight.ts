/**
 * Article text with its annotations highlighted. The text is cut at every annotation boundary; each
 * piece becomes a text node inside a <mark> listing the annotations that cover it. Built with DOM
 * APIs only: the article text is untrusted and is never parsed as HTML.
 */
import type { ArticleJson } from '../../src/doc/article-json.js';
import type { Entity, Event, Quantity, TimeExpr } from '../../src/doc/index.js';

/** What the highlighter needs of an analysed article (stored analyses carry no tokens). */
export type AnnotatedDoc = Pick<
  ArticleJson,
  'text' | 'segments' | 'entities' | 'times' | 'quantities' | 'events'
>;
import { normalize } from '../../src/text/normalize.js';
import { h, type Child } from './dom.js';
import { glossText } from './ui.js';
import {
  entityTypeLabel,
  eventTypeLabel,
  formatDate,
  listOf,
  modalityLabel,
  roleLabel,
  quantityKindLabel,
  t,
  timeTypeLabel,
} from './i18n.js';

type AnnKind = 'entity' | 'role' | 'time' | 'quantity' | 'event';

interface Ann {
  key: string;
  kind: AnnKind;
  start: number;
  end: number;
  /** CSS class naming the colour: the entity type, or the kind. */
  tone: string;
  card: () => HTMLElement;
}

function row(label: string, value: Child): HTMLElement | null {
  if (value === null || value === undefined || value === '') return null;
  return h(
    'div',
    { class: 'tip-row' },
    h('span', { class: 'tip-label' }, label),
    h('span', { class: 'tip-value' }, value),
  );
}

/** The corpus-wide key of a document entity, as src/corpus/prepare.ts computes it (KB id, else name). */
export function entityKey(e: Entity): string {
  return e.kb_id ?? `name:${e.type}:${normalize(e.name).toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

function entityCard(e: Entity, roleText?: string): HTMLElement {
  const roles = e.roles.map((r) => roleLabel(r.role)).filter((r, i, all) => all.indexOf(r) === i);
  return h(
    'div',
    { class: `tip-card tone-${e.type}` },
    h('div', { class: 'tip-head' }, entityTypeLabel(e.type)),
    row(t('canonical'), e.name),
    row(t('english'), h('span', { dir: 'ltr' }, e.name_en ?? t('none'))),
    row(t('role'), roleText !== undefined ? roleLabel(roleText) : roles.length ? listOf(roles) : null),
    h('a', { class: 'tip-link', href: `#/entity/${encodeURIComponent(entityKey(e))}` }, t('entityPage')),
  );
}

function timeCard(x: TimeExpr): HTMLElement {
  return h(
    'div',
    { class: 'tip-card tone-time' },
    h('div', { class: 'tip-head' }, timeTypeLabel(x.type)),
    row(t('value'), h('span', { dir: 'ltr' }, x.value)),
    x.type === 'DATE' ? row(t('date'), formatDate(x.value)) : null,
  );
}

function quantityCard(q: Quantity): HTMLElement {
  return h(
    'div',
    { class: 'tip-card tone-quantity' },
    h('div', { class: 'tip-head' }, quantityKindLabel(q.kind)),
    row(t('value'), h('span', { dir: 'ltr' }, `${q.value}${q.unit ? ` ${q.unit}` : ''}`)),
  );
}

function actorsText(list: Event['actors']): string {
  return list.map((a) => `${a.text} (${a.code})`).join('، ');
}

function eventCard(ev: Event): HTMLElement {
  return h(
    'div',
    { class: `tip-card tone-event modality-${ev.modality}` },
    h('div', { class: 'tip-head' }, `${eventTypeLabel(ev.type)}${ev.mode ? ` · ${ev.mode}` : ''}`),
    row(t('modality'), modalityLabel(ev.modality)),
    row(t('actors'), actorsText(ev.actors) || null),
    row(t('targets'), actorsText(ev.targets) || null),
    row(t('place'), ev.place?.name ?? null),
    row(t('date'), ev.time ? formatDate(ev.time.value) : null),
    row(t('gloss'), glossText(ev.gloss)),
  );
}

export function annotationsOf(doc: AnnotatedDoc): Ann[] {
  const anns: Ann[] = [];
  for (const e of doc.entities) {
    e.mentions.forEach((m, i) =>
      anns.push({
        key: `e:${e.id}:${i}`,
        kind: 'entity',
        start: m.start,
        end: m.end,
        tone: e.type,
        card: () => entityCard(e),
      }),
    );
    e.roles.forEach((r, i) =>
      anns.push({
        key: `r:${e.id}:${i}`,
        kind: 'role',
        start: r.start,
        end: r.end,
        tone: 'role',
        card: () => entityCard(e, r.role),
      }),
    );
  }
  doc.times.forEach((x, i) =>
    anns.push({
      key: `t:${i}`,
      kind: 'time',
      start: x.start,
      end: x.end,
      tone: 'time',
      card: () => timeCard(x),
    }),
  );
  for (const q of doc.quantities) {
    anns.push({
      key: `q:${q.id}`,
      kind: 'quantity',
      start: q.start,
      end: q.end,
      tone: 'quantity',
      card: () => quantityCard(q),
    });
  }
  for (const ev of doc.events) {
    anns.push({
      key: `v:${ev.id}`,
      kind: 'event',
      start: ev.trigger.start,
      end: ev.trigger.end,
      tone: 'event',
      card: () => eventCard(ev),
    });
  }
  return anns.filter((a) => a.end > a.start);
}

/** The tooltip: one element, moved to the mark being hovered, focused or tapped. */
let tip: HTMLElement | null = null;

function showTip(mark: HTMLElement, anns: Ann[]): void {
  tip ??= document.body.appendChild(h('div', { class: 'tip', role: 'tooltip', id: 'tip' }));
  tip.replaceChildren(...anns.map((a) => a.card()));
  tip.hidden = false;
  const r = mark.getBoundingClientRect();
  const width = Math.min(340, window.innerWidth - 16);
  tip.style.width = `${width}px`;
  const left = Math.min(Math.max(8, r.left + r.width / 2 - width / 2), window.innerWidth - width - 8);
  tip.style.left = `${left + window.scrollX}px`;
  tip.style.top = `${r.bottom + window.scrollY + 6}px`;
}

export function hideTip(): void {
  if (tip) tip.hidden = true;
}

/** Renders `doc.text` as paragraphs with highlighted annotations. */
export function renderAnnotatedText(doc: AnnotatedDoc): HTMLElement {
  const anns = annotationsOf(doc);
  const text = doc.text;
  const blocks =
    doc.segments.length > 0
      ? doc.segments.map((s) => ({ start: s.start, end: s.end, kind: s.kind }))
      : splitLines(text);
  const container = h('div', { class: 'article-text', dir: 'rtl', lang: 'ar' });
  for (const block of blocks) {
    const tag =
      block.kind === 'title'
        ? 'h2'
        : block.kind === 'heading'
          ? 'h3'
          : block.kind === 'list-item'
            ? 'li'
            : 'p';
    const el = h(tag, { class: `seg seg-${block.kind}` });
    renderRange(el, text, block.start, block.end, anns);
    container.appendChild(el);
  }
  container.addEventListener('mouseleave', hideTip);
  return container;
}

function splitLines(text: string): { start: number; end: number; kind: string }[] {
  const out: { start: number; end: number; kind: string }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim()) out.push({ start, end, kind: out.length === 0 ? 'title' : 'paragraph' });
    start = end + 1;
  }
  return out;
}

function renderRange(el: HTMLElement, text: string, from: number, to: number, all: Ann[]): void {
  const anns = all.filter((a) => a.start < to && a.end > from);
  const cuts = new Set<number>([from, to]);
  for (const a of anns) {
    if (a.start > from) cuts.add(a.start);
    if (a.end < to) cuts.add(a.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    const piece = text.slice(s, e);
    const covering = anns.filter((a) => a.start <= s && a.end >= e);
    if (covering.length === 0) {
      el.appendChild(document.createTextNode(piece));
      continue;
    }
    // The innermost annotation sets the colour; an event trigger adds its underline on top.
    covering.sort((a, b) => a.end - a.start - (b.end - b.start));
    const kinds = new Set(covering.map((a) => a.kind));
    const tone = covering.find((a) => a.kind !== 'event')?.tone ?? 'event';
    const classes = ['ann', `tone-${tone}`, ...[...kinds].map((k) => `has-${k}`)];
    const mark = h('mark', {
      class: classes.join(' '),
      tabindex: 0,
      'data-kinds': [...kinds].join(' '),
      'data-keys': covering.map((a) => a.key).join(' '),
    });
    mark.appendChild(document.createTextNode(piece));
    const show = (): void => showTip(mark, covering);
    mark.addEventListener('mouseenter', show);
    mark.addEventListener('focus', show);
    mark.addEventListener('click', show);
    mark.addEventListener('blur', hideTip);
    el.appendChild(mark);
  }
}
