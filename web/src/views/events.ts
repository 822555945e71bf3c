import type { EventRecord } from '../../../src/api/types.js';
import { api } from '../api.js';
import { h } from '../dom.js';
import { EVENT_TYPE_CODES, eventTypeLabel, formatDate, modalityLabel, countOfTotal, t } from '../i18n.js';
import { errorBox, pageHeader, pager, table } from '../ui.js';

const FILTERS = ['type', 'entity', 'source', 'from', 'to'] as const;

export function eventCells(ev: EventRecord): (HTMLElement | string)[] {
  return [
    h('time', { datetime: ev.date ?? '' }, formatDate(ev.date)),
    h('span', { class: 'badge tone-event' }, eventTypeLabel(ev.type)),
    h('span', { class: `modality modality-${ev.modality}` }, modalityLabel(ev.modality)),
    ev.actors.map((a) => a.text).join('، ') || t('none'),
    ev.targets.map((a) => a.text).join('، ') || t('none'),
    ev.place?.name ?? t('none'),
    h('a', { href: `#/article/${encodeURIComponent(ev.article_id)}` }, ev.title),
  ];
}

export async function eventsView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const query = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? '']));
  const form = h(
    'form',
    { class: 'inline-form' },
    h(
      'select',
      { name: 'type', 'aria-label': t('filterEventType') },
      h('option', { value: '' }, `${t('filterEventType')}: ${t('any')}`),
      EVENT_TYPE_CODES.map((c) => h('option', { value: c, selected: query.type === c }, eventTypeLabel(c))),
    ),
    h('input', {
      name: 'entity',
      value: query.entity,
      placeholder: t('filterEntity'),
      'aria-label': t('filterEntity'),
    }),
    h('input', {
      name: 'source',
      value: query.source,
      placeholder: t('filterSource'),
      'aria-label': t('filterSource'),
    }),
    h('input', { name: 'from', type: 'date', value: query.from, 'aria-label': t('filterFrom') }),
    h('input', { name: 'to', type: 'date', value: query.to, 'aria-label': t('filterTo') }),
    h('button', { type: 'submit', class: 'primary' }, t('searchButton')),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const next = new URLSearchParams();
    new FormData(form).forEach((v, k) => {
      if (typeof v === 'string' && v) next.set(k, v);
    });
    location.hash = `#/events?${next.toString()}`;
  });
  root.append(
    pageHeader(
      t('eventsTitle'),
      h(
        'div',
        { class: 'actions' },
        h(
          'a',
          { class: 'button', href: api.eventsExportUrl('csv', query), download: 'events.csv' },
          t('exportCsv'),
        ),
        h(
          'a',
          { class: 'button', href: api.eventsExportUrl('geojson', query), download: 'events.geojson' },
          t('exportGeojson'),
        ),
      ),
    ),
    form,
  );
  try {
    const page = await api.events({ ...query, offset: params.get('offset'), limit: 50 });
    root.append(
      h('p', { class: 'count' }, countOfTotal('event', page)),
      table(
        [t('date'), t('type'), t('modality'), t('actors'), t('targets'), t('place'), t('article')],
        page.items.map(eventCells),
        'events-table',
      ),
      pager(page, (o) => {
        params.set('offset', String(o));
        location.hash = `#/events?${params.toString()}`;
      }),
    );
  } catch (e) {
    root.append(errorBox(e));
  }
}
