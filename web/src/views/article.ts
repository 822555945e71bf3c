import type { ArticleDetail } from '../../../src/api/types.js';
import type { Entity } from '../../../src/doc/index.js';
import { api } from '../api.js';
import { h } from '../dom.js';
import {
  ENTITY_TYPE_CODES,
  entityTypeLabel,
  eventTypeLabel,
  formatDate,
  modalityLabel,
  t,
  timeTypeLabel,
} from '../i18n.js';
import { renderAnnotatedText } from '../highlight.js';
import { articleItem, articleMeta, errorBox, section } from '../ui.js';

/** Scrolls to the first highlight carrying `key` and flashes it. */
function reveal(key: string): void {
  const mark = document.querySelector<HTMLElement>(`mark[data-keys~="${CSS.escape(key)}"]`);
  if (!mark) return;
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  mark.classList.add('flash');
  mark.focus({ preventScroll: true });
  setTimeout(() => mark.classList.remove('flash'), 1600);
}

function entityList(entities: Entity[]): HTMLElement {
  const byType = ENTITY_TYPE_CODES.map((type) => [type, entities.filter((e) => e.type === type)] as const).filter(
    ([, list]) => list.length > 0,
  );
  return h(
    'div',
    { class: 'entity-groups' },
    byType.map(([type, list]) =>
      h(
        'div',
        { class: 'entity-group' },
        h('h3', {}, entityTypeLabel(type)),
        h(
          'ul',
          { class: 'chips' },
          list.map((e) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  class: `chip tone-${e.type}`,
                  type: 'button',
                  title: e.name_en ?? '',
                  onclick: () => reveal(`e:${e.id}:0`),
                },
                e.name,
                h('span', { class: 'chip-count' }, String(e.mentions.length)),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

export function renderDocPanels(doc: ArticleDetail | (Omit<ArticleDetail, 'story' | 'duplicates'> & { story?: null })): HTMLElement[] {
  const panels: HTMLElement[] = [];
  if (doc.entities.length) panels.push(section(t('entities'), entityList(doc.entities)));
  if (doc.events.length)
    panels.push(
      section(
        t('events'),
        h(
          'ol',
          { class: 'event-list' },
          doc.events.map((ev) =>
            h(
              'li',
              { class: `event-item modality-${ev.modality}` },
              h(
                'button',
                { type: 'button', class: 'linklike', onclick: () => reveal(`v:${ev.id}`) },
                h('span', { class: 'badge tone-event' }, eventTypeLabel(ev.type)),
                ' ',
                ev.trigger.text,
              ),
              h(
                'div',
                { class: 'meta' },
                h('span', {}, modalityLabel(ev.modality)),
                ev.place ? h('span', {}, ev.place.name) : null,
                ev.time ? h('span', {}, formatDate(ev.time.value)) : null,
              ),
              h('div', { class: 'gloss', dir: 'ltr' }, ev.gloss),
            ),
          ),
        ),
      ),
    );
  if (doc.times.length)
    panels.push(
      section(
        t('times'),
        h(
          'ul',
          { class: 'plain-list' },
          doc.times.map((x, i) =>
            h(
              'li',
              {},
              h('button', { type: 'button', class: 'linklike', onclick: () => reveal(`t:${i}`) }, x.text),
              h('span', { class: 'muted' }, ` — ${timeTypeLabel(x.type)}: `),
              h('bdi', { dir: 'ltr' }, x.value),
            ),
          ),
        ),
      ),
    );
  return panels;
}

function legend(): HTMLElement {
  const item = (tone: string, label: string): HTMLElement =>
    h('span', { class: 'legend-item' }, h('mark', { class: `ann tone-${tone}` }, label));
  return h(
    'div',
    { class: 'legend', 'aria-label': t('legend') },
    ['PERSON', 'ORG', 'GPE', 'LOC'].map((x) => item(x, entityTypeLabel(x))),
    item('time', t('times')),
    item('quantity', t('quantities')),
    h('span', { class: 'legend-item' }, h('mark', { class: 'ann has-event tone-event' }, t('events'))),
  );
}

export async function articleView(root: HTMLElement, id: string): Promise<void> {
  let doc: ArticleDetail;
  try {
    doc = await api.article(id);
  } catch (e) {
    root.append(errorBox(e));
    return;
  }
  document.title = `${doc.title} — ${t('appName')}`;
  root.append(
    h(
      'div',
      { class: 'article-layout' },
      h(
        'article',
        { class: 'article card', id: 'article' },
        // The cleaned text usually starts with the title segment, highlighted like the body.
        doc.segments.some((s) => s.kind === 'title')
          ? null
          : h('h1', { class: 'article-title', dir: 'rtl', lang: 'ar' }, doc.title),
        articleMeta(doc),
        legend(),
        renderAnnotatedText(doc),
      ),
      h(
        'aside',
        { class: 'side' },
        renderDocPanels(doc),
        doc.duplicates.length
          ? section(t('duplicates'), h('ol', { class: 'result-list' }, doc.duplicates.map((a) => articleItem(a))))
          : null,
      ),
    ),
  );
}
