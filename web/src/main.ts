/** The rasd web app: a hash router over a handful of views, Arabic first, right to left. */
import { h } from './dom.js';
import { hideTip } from './highlight.js';
import {
  lang,
  MONTH_NAME_SERIES,
  monthNames,
  monthNamesLabel,
  setLang,
  setMonthNames,
  t,
  type MonthNames,
  type StringKey,
} from './i18n.js';
import { articleView } from './views/article.js';
import { entitiesView, entityView } from './views/entity.js';
import { eventsView } from './views/events.js';
import { ingestView, stopIngestPolling } from './views/ingest.js';
import { mapView } from './views/map.js';
import { searchView } from './views/search.js';
import { storiesView, storyView } from './views/story.js';

const NAV: [string, StringKey][] = [
  ['#/search', 'navSearch'],
  ['#/stories', 'navStories'],
  ['#/entities', 'navEntities'],
  ['#/events', 'navEvents'],
  ['#/map', 'navMap'],
  ['#/ingest', 'navIngest'],
];

function applyLang(): void {
  document.documentElement.lang = lang();
  document.documentElement.dir = lang() === 'ar' ? 'rtl' : 'ltr';
}

function header(active: string): HTMLElement {
  return h(
    'header',
    { class: 'topbar' },
    h(
      'a',
      { class: 'brand', href: '#/search' },
      h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '◉'),
      t('appName'),
    ),
    h(
      'nav',
      { class: 'nav', 'aria-label': 'main' },
      NAV.map(([href, key]) =>
        h(
          'a',
          { href, class: active === href ? 'active' : '', 'aria-current': active === href ? 'page' : false },
          t(key),
        ),
      ),
    ),
    // Month names matter only where dates are written in Arabic.
    lang() === 'ar' ? monthNamesSelect() : null,
    h(
      'button',
      {
        type: 'button',
        class: 'lang-toggle',
        id: 'lang-toggle',
        lang: lang() === 'ar' ? 'en' : 'ar',
        onclick: () => {
          setLang(lang() === 'ar' ? 'en' : 'ar');
          void route();
        },
      },
      t('langToggle'),
    ),
  );
}

/** The reader's month names («أوت» or «آب» or «أغسطس»): every date the app writes follows it. */
function monthNamesSelect(): HTMLElement {
  const select = h(
    'select',
    { id: 'month-names', class: 'month-names', 'aria-label': t('monthNames'), title: t('monthNames') },
    MONTH_NAME_SERIES.map((m) => h('option', { value: m, selected: monthNames() === m }, monthNamesLabel(m))),
  );
  select.addEventListener('change', () => {
    setMonthNames(select.value as MonthNames);
    void route();
  });
  return select;
}

async function route(): Promise<void> {
  applyLang();
  hideTip();
  stopIngestPolling();
  const hash = location.hash || '#/search';
  const [path = '', query = ''] = hash.slice(1).split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [name = 'search', id] = parts;
  const active = `#/${{ article: 'search', story: 'stories', entity: 'entities' }[name] ?? name}`;
  // While a view waits for its data, the empty main says so (styles.css); its first content replaces it.
  const view = h('main', { class: 'view', id: 'view', 'data-view': name, 'data-loading': t('loading') });
  document.body.replaceChildren(header(active), view);
  document.title = t('appName');
  window.scrollTo(0, 0);
  switch (name) {
    case 'article':
      if (id) return articleView(view, id);
      break;
    case 'story':
      if (id) return storyView(view, id);
      break;
    case 'stories':
      return storiesView(view, params);
    case 'entity':
      if (id) return entityView(view, id);
      break;
    case 'entities':
      return entitiesView(view, params);
    case 'events':
      return eventsView(view, params);
    case 'map':
      return mapView(view);
    case 'ingest':
      return ingestView(view);
  }
  return searchView(view, params);
}

window.addEventListener('hashchange', () => void route());
document.addEventListener('keydown', (ev) => {
  if (ev.key === 'Escape') hideTip();
});
void route().then(() => document.body.setAttribute('data-ready', '1'));
