import { api } from '../api.js';
import { h } from '../dom.js';
import {
  ENTITY_TYPE_CODES,
  roleLabel,
  entityTypeLabel,
  eventTypeLabel,
  formatDate,
  formatNumber,
  countOf,
  t,
} from '../i18n.js';
import { continuousSeries } from '../series.js';
import { articleItem, bars, entityChip, errorBox, pageHeader, pager, section, table } from '../ui.js';

export async function entityView(root: HTMLElement, key: string): Promise<void> {
  try {
    const e = await api.entity(key);
    document.title = `${e.name} — ${t('appName')}`;
    const series = continuousSeries(e.timeline);
    root.append(
      pageHeader(
        e.name,
        h(
          'div',
          { class: 'meta' },
          h('span', { class: `badge tone-${e.type}` }, entityTypeLabel(e.type)),
          e.name_en ? h('span', { dir: 'ltr' }, e.name_en) : null,
          e.kb_id ? h('code', { dir: 'ltr' }, e.kb_id) : null,
          h('span', {}, countOf('mention', e.mention_count)),
          h('span', {}, countOf('article', e.article_count)),
          e.first_seen ? h('span', {}, `${formatDate(e.first_seen)} – ${formatDate(e.last_seen)}`) : null,
        ),
      ),
      h(
        'div',
        { class: 'story-layout' },
        h(
          'div',
          { class: 'main-col' },
          section(
            series[0]?.period.length === 4 ? t('mentionsByYear') : t('mentionsOverTime'),
            series.length
              ? bars(series.map((p) => ({ label: formatDate(p.period), value: p.articles })))
              : h('p', { class: 'muted' }, t('none')),
          ),
          section(
            t('articles'),
            h(
              'ol',
              { class: 'result-list' },
              e.articles.map((a) => articleItem(a)),
            ),
          ),
        ),
        h(
          'aside',
          { class: 'side' },
          e.roles.length
            ? section(
                t('roles'),
                table(
                  [t('role'), t('mentions')],
                  e.roles.map((r) => [roleLabel(r.role), formatNumber(r.count)]),
                ),
              )
            : null,
          e.related.length
            ? section(
                t('cooccurring'),
                h(
                  'div',
                  { class: 'chips' },
                  e.related.map((c) => entityChip(c, c.count)),
                ),
              )
            : null,
          e.event_types.length
            ? section(
                t('eventTypes'),
                bars(e.event_types.map((x) => ({ label: eventTypeLabel(x.type), value: x.count }))),
              )
            : null,
          e.stories.length
            ? section(
                t('relatedStories'),
                h(
                  'ul',
                  { class: 'plain-list' },
                  e.stories.map((s) =>
                    h(
                      'li',
                      { dir: 'auto' },
                      h('a', { href: `#/story/${encodeURIComponent(s.id)}` }, s.title),
                    ),
                  ),
                ),
              )
            : null,
        ),
      ),
    );
  } catch (err) {
    root.append(errorBox(err));
  }
}

export async function entitiesView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const form = h(
    'form',
    { class: 'inline-form' },
    h('input', {
      name: 'q',
      type: 'search',
      value: params.get('q') ?? '',
      placeholder: t('filterName'),
      'aria-label': t('filterName'),
    }),
    h(
      'select',
      { name: 'type', 'aria-label': t('type') },
      h('option', { value: '' }, t('any')),
      ENTITY_TYPE_CODES.map((c) =>
        h('option', { value: c, selected: params.get('type') === c }, entityTypeLabel(c)),
      ),
    ),
    h('button', { type: 'submit', class: 'primary' }, t('searchButton')),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const next = new URLSearchParams();
    new FormData(form).forEach((v, k) => {
      if (typeof v === 'string' && v) next.set(k, v);
    });
    location.hash = `#/entities?${next.toString()}`;
  });
  root.append(pageHeader(t('entitiesTitle'), form));
  try {
    const page = await api.entities({
      q: params.get('q'),
      type: params.get('type'),
      offset: params.get('offset'),
      limit: 50,
    });
    root.append(
      table(
        [t('filterName'), t('english'), t('type'), t('mentions'), t('articles')],
        page.items.map((e) => [
          entityChip(e),
          h('span', { dir: 'ltr' }, e.name_en ?? t('none')),
          entityTypeLabel(e.type),
          formatNumber(e.mention_count),
          formatNumber(e.article_count),
        ]),
      ),
      pager(page, (o) => {
        params.set('offset', String(o));
        location.hash = `#/entities?${params.toString()}`;
      }),
    );
  } catch (err) {
    root.append(errorBox(err));
  }
}
