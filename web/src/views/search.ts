import type { SearchHit } from '../../../src/api/types.js';
import { api } from '../api.js';
import { readRange, dateField } from '../date-input.js';
import { h } from '../dom.js';
import { EVENT_TYPE_CODES, eventTypeLabel, countOfTotal, t } from '../i18n.js';
import { articleItem, errorBox, loading, pager, section } from '../ui.js';

function snippetOf(hit: SearchHit): HTMLElement {
  const p = h('p', { class: 'snippet', dir: 'rtl', lang: 'ar' });
  let at = 0;
  for (const hl of [...hit.highlights].sort((a, b) => a.start - b.start)) {
    if (hl.start < at) continue;
    p.append(document.createTextNode(hit.snippet.slice(at, hl.start)));
    p.append(h('mark', { class: 'hit' }, hit.snippet.slice(hl.start, hl.end)));
    at = hl.end;
  }
  p.append(document.createTextNode(hit.snippet.slice(at)));
  return p;
}

const FIELDS = ['q', 'entity', 'type', 'from', 'to', 'source'] as const;

export async function searchView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const field = (name: string, label: string, input: HTMLElement): HTMLElement =>
    h('label', { class: 'field', for: `f-${name}` }, h('span', {}, label), input);
  const val = (k: string): string => params.get(k) ?? '';
  const typeSelect = h(
    'select',
    { id: 'f-type', name: 'type' },
    h('option', { value: '' }, t('any')),
    EVENT_TYPE_CODES.map((c) => h('option', { value: c, selected: val('type') === c }, eventTypeLabel(c))),
  );
  // A day picked in a calendar applies the filters, as Enter in the field does.
  const applyFilter = (): void => form.requestSubmit();
  const from = dateField('from', t('filterFrom'), val('from'), applyFilter);
  const to = dateField('to', t('filterTo'), val('to'), applyFilter);
  const form = h(
    'form',
    { class: 'search-form', role: 'search', novalidate: true },
    h(
      'div',
      { class: 'search-bar' },
      h('input', {
        id: 'f-q',
        name: 'q',
        type: 'search',
        value: val('q'),
        placeholder: t('searchPlaceholder'),
        'aria-label': t('searchButton'),
        autofocus: true,
      }),
      h('button', { type: 'submit', class: 'primary' }, t('searchButton')),
    ),
    h(
      'details',
      { class: 'filters', open: FIELDS.slice(1).some((f) => val(f)) },
      h('summary', {}, t('filters')),
      h(
        'div',
        { class: 'filter-grid' },
        field(
          'entity',
          t('filterEntity'),
          h('input', { id: 'f-entity', name: 'entity', value: val('entity') }),
        ),
        field('type', t('filterEventType'), typeSelect),
        from.field,
        to.field,
        field(
          'source',
          t('filterSource'),
          h('input', { id: 'f-source', name: 'source', value: val('source') }),
        ),
      ),
    ),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const range = readRange(from, to);
    if (!range) return;
    const next = new URLSearchParams();
    const data = new FormData(form);
    for (const f of FIELDS) {
      const v = f === 'from' || f === 'to' ? range[f] : data.get(f);
      if (typeof v === 'string' && v.trim()) next.set(f, v.trim());
    }
    location.hash = `#/search?${next.toString()}`;
  });
  const results = h('div', { class: 'results', id: 'results' }, loading());
  root.append(h('div', { class: 'hero' }, h('p', { class: 'tagline' }, t('tagline')), form), results);

  const offset = Number(params.get('offset') ?? 0) || 0;
  const searching = FIELDS.some((f) => val(f));
  try {
    if (searching) {
      const query = Object.fromEntries(FIELDS.map((f) => [f, val(f)]));
      const page = await api.search({ ...query, offset, limit: 20 });
      results.replaceChildren(
        h('p', { class: 'count' }, countOfTotal('result', page)),
        page.hits.length
          ? h(
              'ol',
              { class: 'result-list' },
              page.hits.map((hit) => articleItem(hit.article, snippetOf(hit))),
            )
          : h('p', { class: 'muted' }, t('noResults')),
        pager(page, (o) => {
          params.set('offset', String(o));
          location.hash = `#/search?${params.toString()}`;
        }),
      );
    } else {
      const page = await api.articles({ offset, limit: 20 });
      results.replaceChildren(
        section(
          t('latestArticles'),
          page.items.length
            ? h(
                'ol',
                { class: 'result-list' },
                page.items.map((a) => articleItem(a)),
              )
            : h('p', { class: 'muted' }, t('noResults')),
          pager(page, (o) => (location.hash = `#/search?offset=${o}`)),
        ),
      );
    }
  } catch (e) {
    results.replaceChildren(errorBox(e));
  }
}
