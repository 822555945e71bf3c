/** Small building blocks shared by the views. */
import type { ArticleSummary } from '../../src/api/types.js';
import type { EntityType } from '../../src/doc/index.js';
import { h, safeUrl, type Child } from './dom.js';
import { entityTypeLabel, formatDate, formatNumber, t } from './i18n.js';

export interface EntityLike {
  key: string;
  name: string;
  name_en: string | null;
  type: EntityType;
}

export interface Paged {
  total: number;
  offset: number;
  limit: number;
  /** The total is a lower bound (counting stopped at a cap): more pages may follow the last one counted. */
  total_capped?: boolean;
}

export function pageHeader(title: string, ...extra: Child[]): HTMLElement {
  return h('header', { class: 'page-head' }, h('h1', {}, title), ...extra);
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'card' }, h('h2', { class: 'card-title' }, title), ...children);
}

export const entityHref = (key: string): string => `#/entity/${encodeURIComponent(key)}`;

export function entityChip(e: EntityLike, count?: number): HTMLElement {
  return h(
    'a',
    {
      class: `chip tone-${e.type}`,
      href: entityHref(e.key),
      title: [entityTypeLabel(e.type), e.name_en].filter(Boolean).join(' · '),
    },
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
    a.story_id ? h('a', { href: `#/story/${encodeURIComponent(a.story_id)}` }, t('openStory')) : null,
    url ? h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, t('original')) : null,
  );
}

export function articleItem(a: ArticleSummary, snippet?: Child): HTMLElement {
  return h(
    'li',
    { class: 'result' },
    // The title is the article's own (Arabic) text: its own direction in the English interface too,
    // so quotes and «!» stay where the writer put them.
    h(
      'a',
      { class: 'result-title', dir: 'auto', href: `#/article/${encodeURIComponent(a.id)}` },
      a.title || a.id,
    ),
    articleMeta(a),
    snippet ?? null,
  );
}

export function loading(): HTMLElement {
  return h('p', { class: 'muted' }, t('loading'));
}

export function errorBox(e: unknown): HTMLElement {
  const msg = e instanceof Error ? e.message : String(e);
  return h(
    'div',
    { class: 'error', role: 'alert' },
    h('strong', {}, t('error')),
    ' — ',
    h('span', { dir: 'auto' }, msg),
  );
}

export function pager(page: Paged, go: (offset: number) => void): HTMLElement {
  if (page.total <= page.limit) return h('nav', { class: 'pager', hidden: true });
  const current = Math.floor(page.offset / page.limit) + 1;
  const pages = Math.ceil(page.total / page.limit);
  return h(
    'nav',
    { class: 'pager' },
    h(
      'button',
      { disabled: page.offset === 0, onclick: () => go(Math.max(0, page.offset - page.limit)) },
      t('previous'),
    ),
    h(
      'span',
      {},
      `${t('page')} ${formatNumber(current)} ${t('of')} ${page.total_capped ? `${t('moreThan')} ` : ''}${formatNumber(pages)}`,
    ),
    h(
      'button',
      { disabled: current >= pages && !page.total_capped, onclick: () => go(page.offset + page.limit) },
      t('next'),
    ),
  );
}

/** A horizontal bar chart (pure DOM; widths through CSSOM, which the CSP allows). */
export function bars(rows: { label: string; value: number }[]): HTMLElement {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return h(
    'div',
    { class: 'bars' },
    rows.map((r) => {
      const fill = h('span', { class: 'bar-fill' });
      fill.style.inlineSize = `${(100 * r.value) / max}%`;
      return h(
        'div',
        { class: 'bar-row' },
        h('span', { class: 'bar-label' }, r.label),
        h('span', { class: 'bar-track' }, fill),
        h('span', { class: 'bar-value' }, formatNumber(r.value)),
      );
    }),
  );
}

export function table(headers: string[], rows: Child[][], cls = ''): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: `table ${cls}` },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          headers.map((x) => h('th', { scope: 'col' }, x)),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((r) =>
          h(
            'tr',
            {},
            r.map((c) => h('td', {}, c)),
          ),
        ),
      ),
    ),
  );
}
