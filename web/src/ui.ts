/** Small building blocks shared by the views. */
import type { ArticleSummary, EntityRef, Page } from '../../src/api/types.js';
import { h, safeUrl, type Child } from './dom.js';
import { entityTypeLabel, formatDate, formatNumber, t } from './i18n.js';

export function pageHeader(title: string, ...extra: Child[]): HTMLElement {
  return h('header', { class: 'page-head' }, h('h1', {}, title), ...extra);
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'card' }, h('h2', { class: 'card-title' }, title), ...children);
}

export function entityChip(e: EntityRef, count?: number): HTMLElement {
  return h(
    'a',
    { class: `chip tone-${e.type}`, href: `#/entity/${encodeURIComponent(e.id)}`, title: entityTypeLabel(e.type) },
    e.name,
    count !== undefined ? h('span', { class: 'chip-count' }, formatNumber(count)) : null,
  );
}

export function articleMeta(a: ArticleSummary): HTMLElement {
  const url = safeUrl(a.url);
  return h(
    'div',
    { class: 'meta' },
    h('span', {}, formatDate(a.published)),
    a.source ? h('span', {}, a.source) : null,
    a.story ? h('a', { href: `#/story/${encodeURIComponent(a.story.id)}` }, `${t('story')}: ${a.story.title}`) : null,
    url ? h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, t('original')) : null,
  );
}

export function articleItem(a: ArticleSummary, snippet?: Child): HTMLElement {
  return h(
    'li',
    { class: 'result' },
    h('a', { class: 'result-title', href: `#/article/${encodeURIComponent(a.id)}` }, a.title || a.id),
    articleMeta(a),
    snippet ?? null,
  );
}

export function loading(): HTMLElement {
  return h('p', { class: 'muted' }, t('loading'));
}

export function errorBox(e: unknown): HTMLElement {
  const msg = e instanceof Error ? e.message : String(e);
  return h('div', { class: 'error', role: 'alert' }, h('strong', {}, t('error')), ' — ', h('span', { dir: 'auto' }, msg));
}

export function pager(page: Page<unknown>, go: (offset: number) => void): HTMLElement | null {
  if (page.total <= page.limit) return null;
  const current = Math.floor(page.offset / page.limit) + 1;
  const pages = Math.ceil(page.total / page.limit);
  return h(
    'nav',
    { class: 'pager' },
    h('button', { disabled: page.offset === 0, onclick: () => go(Math.max(0, page.offset - page.limit)) }, t('previous')),
    h('span', {}, `${t('page')} ${formatNumber(current)} ${t('of')} ${formatNumber(pages)}`),
    h('button', { disabled: current >= pages, onclick: () => go(page.offset + page.limit) }, t('next')),
  );
}

/** A horizontal bar chart (pure DOM): label, bar, value. */
export function bars(rows: { label: string; value: number }[]): HTMLElement {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return h(
    'div',
    { class: 'bars' },
    rows.map((r) =>
      h(
        'div',
        { class: 'bar-row' },
        h('span', { class: 'bar-label' }, r.label),
        h('span', { class: 'bar-track' }, h('span', { class: 'bar-fill', style: `inline-size:${(100 * r.value) / max}%` })),
        h('span', { class: 'bar-value' }, formatNumber(r.value)),
      ),
    ),
  );
}

export function table(headers: string[], rows: Child[][], cls = ''): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: `table ${cls}` },
      h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c))))),
    ),
  );
}
