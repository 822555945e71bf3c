import type { EventRecord } from '../../../src/api/types.js';
import { api } from '../api.js';
import { dateField, readRange } from '../date-input.js';
import { h } from '../dom.js';
import {
  EVENT_TYPE_CODES,
  eventTypeLabel,
  formatDate,
  lang,
  modalityLabel,
  countOfTotal,
  t,
} from '../i18n.js';
import { errorBox, loading, pageHeader, pager, table } from '../ui.js';

const FILTERS = ['type', 'entity', 'source', 'from', 'to', 'order'] as const;

/** A participant as the reader's language names it: the linked entity's English name in English, else the article's words. */
const displayName = (x: { text?: string; name?: string; name_en?: string }): string =>
  (lang() === 'en' && x.name_en) || x.text || x.name || '';

const participantNames = (xs: EventRecord['actors']): string =>
  [...new Set(xs.map(displayName))].join(lang() === 'en' ? ', ' : '، ');

const placeName = (place: NonNullable<EventRecord['place']>): string => displayName(place);

export function eventCells(ev: EventRecord): (HTMLElement | string)[] {
  return [
    h('time', { datetime: ev.date ?? '' }, formatDate(ev.date)),
    h('span', { class: 'badge tone-event' }, eventTypeLabel(ev.type)),
    h('span', { class: `modality modality-${ev.modality}` }, modalityLabel(ev.modality)),
    participantNames(ev.actors) || t('none'),
    participantNames(ev.targets) || t('none'),
    (ev.place && placeName(ev.place)) ?? t('none'),
    h('a', { href: `#/article/${encodeURIComponent(ev.article_id)}`, dir: 'auto' }, ev.title),
  ];
}

export async function eventsView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const query = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? '']));
  // Newest first unless the reader asked for the oldest (the API's default too).
  const order = query.order === 'asc' ? 'asc' : 'desc';
  const go = (next: URLSearchParams): void => {
    if (next.get('order') !== 'asc') next.delete('order');
    location.hash = `#/events?${next.toString()}`;
  };
  const field = (name: string, label: string, input: HTMLElement): HTMLElement =>
    h('label', { class: 'field', for: `e-${name}` }, h('span', {}, label), input);
  // A day picked in a calendar applies the filters, as Enter in the field does.
  const applyFilter = (): void => form.requestSubmit();
  const from = dateField('from', t('filterFrom'), query.from ?? '', applyFilter);
  const to = dateField('to', t('filterTo'), query.to ?? '', applyFilter);
  const form = h(
    'form',
    { class: 'filter-grid events-filters card', novalidate: true },
    field(
      'type',
      t('filterEventType'),
      h(
        'select',
        { id: 'e-type', name: 'type' },
        h('option', { value: '' }, t('any')),
        EVENT_TYPE_CODES.map((c) => h('option', { value: c, selected: query.type === c }, eventTypeLabel(c))),
      ),
    ),
    field('entity', t('filterEntity'), h('input', { id: 'e-entity', name: 'entity', value: query.entity })),
    field('source', t('filterSource'), h('input', { id: 'e-source', name: 'source', value: query.source })),
    from.field,
    to.field,
    h(
      'div',
      { class: 'field field-submit' },
      h('button', { type: 'submit', class: 'primary' }, t('searchButton')),
    ),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const range = readRange(from, to);
    if (!range) return;
    const next = new URLSearchParams();
    new FormData(form).forEach((v, k) => {
      if (typeof v === 'string' && v.trim()) next.set(k, v.trim());
    });
    for (const k of ['from', 'to'] as const) {
      if (range[k]) next.set(k, range[k]);
      else next.delete(k);
    }
    next.set('order', order);
    go(next);
  });
  const toggleOrder = (): void => {
    const next = new URLSearchParams(params);
    next.delete('offset');
    next.set('order', order === 'desc' ? 'asc' : 'desc');
    go(next);
  };
  const exportQuery = { ...query, order };
  const results = h('div', { id: 'events-results' }, loading());
  root.append(
    pageHeader(
      t('eventsTitle'),
      h(
        'div',
        { class: 'actions' },
        h(
          'a',
          { class: 'button', href: api.eventsExportUrl('csv', exportQuery), download: 'events.csv' },
          t('exportCsv'),
        ),
        h(
          'a',
          { class: 'button', href: api.eventsExportUrl('geojson', exportQuery), download: 'events.geojson' },
          t('exportGeojson'),
        ),
      ),
    ),
    form,
    results,
  );
  try {
    const page = await api.events({ ...query, order, offset: params.get('offset'), limit: 50 });
    const orderLabel = order === 'desc' ? t('newestFirst') : t('oldestFirst');
    results.replaceChildren(
      h(
        'div',
        { class: 'table-tools' },
        h('p', { class: 'count' }, countOfTotal('event', page)),
        h(
          'button',
          {
            type: 'button',
            id: 'events-order',
            class: 'sort-toggle',
            title: t('sortToggle'),
            onclick: toggleOrder,
          },
          `${orderLabel} ${order === 'desc' ? '↓' : '↑'}`,
        ),
      ),
      page.items.length
        ? table(
            [
              {
                label: h(
                  'button',
                  { type: 'button', class: 'th-sort', title: t('sortToggle'), onclick: toggleOrder },
                  t('date'),
                  h('span', { 'aria-hidden': 'true' }, order === 'desc' ? ' ↓' : ' ↑'),
                ),
                attrs: { 'aria-sort': order === 'desc' ? 'descending' : 'ascending' },
              },
              t('type'),
              t('modality'),
              t('actors'),
              t('targets'),
              t('place'),
              t('article'),
            ],
            page.items.map(eventCells),
            'events-table',
          )
        : h('p', { class: 'muted empty' }, t('noResults')),
      pager(page, (o) => {
        params.set('offset', String(o));
        location.hash = `#/events?${params.toString()}`;
      }),
    );
  } catch (e) {
    results.replaceChildren(errorBox(e));
  }
}
