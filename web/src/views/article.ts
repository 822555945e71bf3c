import type { ApiArticle } from '../../../src/api/types.js';
import type { Entity } from '../../../src/doc/index.js';
import { api } from '../api.js';
import { h } from '../dom.js';
import {
  ENTITY_TYPE_CODES,
  entityTypeLabel,
  eventTypeLabel,
  formatDate,
  formatTimeValue,
  lang,
  modalityLabel,
  t,
  timeTypeLabel,
} from '../i18n.js';
import { renderAnnotatedText, type AnnotatedDoc } from '../highlight.js';
import { articleMeta, errorBox, glossText, section } from '../ui.js';

/** «الفاعل ← المستهدف» in the article's own words; the English gloss on hover. */
function participants(ev: {
  actors: { text: string }[];
  targets: { text: string }[];
  gloss: string;
}): HTMLElement | null {
  const names = (xs: { text: string }[]): string => [...new Set(xs.map((x) => x.text))].join('، ');
  if (!ev.actors.length && !ev.targets.length) return null;
  return h(
    'div',
    { class: 'participants', title: ev.gloss },
    ev.actors.length ? names(ev.actors) : t('unknownActor'),
    ev.targets.length ? ` ← ${names(ev.targets)}` : '',
  );
}

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
  const byType = ENTITY_TYPE_CODES.map(
    (type) => [type, entities.filter((e) => e.type === type)] as const,
  ).filter(([, list]) => list.length > 0);
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

/** Side panels of an analysed document: its entities, events and times, each linked to the text. */
export function renderDocPanels(doc: AnnotatedDoc): HTMLElement[] {
  const panels: HTMLElement[] = [];
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
                h('span', { class: `modality modality-${ev.modality}` }, modalityLabel(ev.modality)),
                ev.place ? h('span', {}, ev.place.name) : null,
                ev.time ? h('span', {}, formatTimeValue(ev.time.value)) : null,
              ),
              // The gloss is English (codes and English names): the Arabic interface names the
              // participants as the text does and keeps the gloss for hover.
              lang() === 'ar' ? participants(ev) : glossText(ev.gloss, 'div'),
            ),
          ),
        ),
      ),
    );
  if (doc.entities.length) panels.push(section(t('entities'), entityList(doc.entities)));
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
              h('bdi', { title: x.value }, formatTimeValue(x.value, x.type)),
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
  let record: ApiArticle;
  try {
    record = await api.article(id);
  } catch (e) {
    root.append(errorBox(e));
    return;
  }
  const doc = record.analysis;
  document.title = `${record.title} — ${t('appName')}`;
  const others = record.duplicates?.members.filter((m) => m.id !== record.id) ?? [];
  // The cleaned text usually starts with the title segment: it leads the page, highlighted like the body.
  const text = renderAnnotatedText(doc);
  const titleSeg = text.querySelector('.seg-title');
  const title = titleSeg ? h('h1', { class: 'article-title', dir: 'rtl', lang: 'ar' }) : null;
  if (title && titleSeg) title.append(...Array.from(titleSeg.childNodes));
  titleSeg?.remove();
  root.append(
    h(
      'div',
      { class: 'article-layout' },
      h(
        'article',
        { class: 'article card', id: 'article' },
        title ?? h('h1', { class: 'article-title', dir: 'rtl', lang: 'ar' }, record.title),
        articleMeta(record),
        legend(),
        text,
      ),
      h(
        'aside',
        { class: 'side' },
        renderDocPanels(doc),
        others.length
          ? section(
              t('duplicates'),
              h(
                'ul',
                { class: 'plain-list' },
                others.map((m) =>
                  h(
                    'li',
                    {},
                    h('a', { href: `#/article/${encodeURIComponent(m.id)}` }, m.title),
                    h('span', { class: 'muted' }, ` — ${m.source ?? ''} ${formatDate(m.published)}`),
                  ),
                ),
              ),
            )
          : null,
      ),
    ),
  );
}
