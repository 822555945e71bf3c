import type { StoryDetail, TimelineItem } from '../../../src/api/types.js';
import { api } from '../api.js';
import { h } from '../dom.js';
import { eventTypeLabel, formatDate, formatNumber, modalityLabel, t } from '../i18n.js';
import { articleItem, entityChip, errorBox, pageHeader, pager, section, table } from '../ui.js';

export function timelineList(items: TimelineItem[]): HTMLElement {
  return h(
    'ol',
    { class: 'timeline', id: 'timeline' },
    items.map(({ date, event: ev }) =>
      h(
        'li',
        { class: `tl-item modality-${ev.modality}` },
        h('time', { class: 'tl-date', datetime: date ?? '' }, formatDate(date)),
        h(
          'div',
          { class: 'tl-body' },
          h(
            'div',
            { class: 'tl-head' },
            h('span', { class: 'badge tone-event' }, eventTypeLabel(ev.type)),
            ev.mode ? h('span', { class: 'muted' }, ev.mode) : null,
            h('span', { class: `modality modality-${ev.modality}` }, modalityLabel(ev.modality)),
            ev.place ? h('span', { class: 'muted' }, `📍 ${ev.place}`) : null,
          ),
          h('blockquote', { class: 'evidence', dir: 'rtl', lang: 'ar' }, ev.evidence),
          h(
            'div',
            { class: 'meta' },
            h('a', { href: `#/article/${encodeURIComponent(ev.article)}` }, ev.article_title),
            h('span', { class: 'gloss', dir: 'ltr' }, ev.gloss),
          ),
        ),
      ),
    ),
  );
}

function roundsTable(story: StoryDetail): HTMLElement | null {
  if (!story.rounds.length) return null;
  return section(
    t('rounds'),
    table(
      [t('round'), t('dates'), t('venue'), t('delegations'), t('agenda'), t('outcome')],
      story.rounds.map((r) => [
        r.round === null ? t('none') : formatNumber(r.round),
        r.dates.map(formatDate).join(' – ') || t('none'),
        r.venue ?? t('none'),
        h('ul', { class: 'plain-list' }, r.delegations.map((d) => h('li', {}, d.head ? `${d.party}: ${d.head}` : d.party))),
        h('ul', { class: 'plain-list' }, r.agenda.map((a) => h('li', {}, a))),
        r.outcome ?? t('none'),
      ]),
      'rounds',
    ),
  );
}

export async function storyView(root: HTMLElement, id: string): Promise<void> {
  try {
    const [story, timeline] = await Promise.all([api.story(id), api.timeline(id)]);
    document.title = `${story.title} — ${t('appName')}`;
    root.append(
      pageHeader(
        story.title,
        h(
          'div',
          { class: 'meta' },
          h('span', {}, `${formatDate(story.first)} – ${formatDate(story.last)}`),
          h('span', {}, `${formatNumber(story.articles)} ${t('articles')}`),
          h('span', {}, `${formatNumber(story.events)} ${t('events')}`),
        ),
      ),
      h(
        'div',
        { class: 'story-layout' },
        h(
          'div',
          { class: 'main-col' },
          story.summary.length
            ? section(t('summary'), h('div', { class: 'summary', dir: 'rtl', lang: 'ar' }, story.summary.map((s) => h('p', {}, s))))
            : null,
          roundsTable(story),
          section(t('timeline'), timeline.items.length ? timelineList(timeline.items) : h('p', { class: 'muted' }, t('noResults'))),
        ),
        h(
          'aside',
          { class: 'side' },
          section(t('keyEntities'), h('div', { class: 'chips' }, story.entities.map((e) => entityChip(e)))),
          section(t('articles'), h('ol', { class: 'result-list' }, story.article_list.map((a) => articleItem(a)))),
        ),
      ),
    );
  } catch (e) {
    root.append(errorBox(e));
  }
}

export async function storiesView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  root.append(pageHeader(t('storiesTitle')));
  try {
    const page = await api.stories({ offset: params.get('offset') ?? 0, limit: 20 });
    root.append(
      h(
        'ol',
        { class: 'story-list' },
        page.items.map((s) =>
          h(
            'li',
            { class: 'card story-card' },
            h('a', { class: 'result-title', href: `#/story/${encodeURIComponent(s.id)}` }, s.title),
            h(
              'div',
              { class: 'meta' },
              h('span', {}, `${formatDate(s.first)} – ${formatDate(s.last)}`),
              h('span', {}, `${formatNumber(s.articles)} ${t('articles')}`),
              h('span', {}, `${formatNumber(s.events)} ${t('events')}`),
            ),
            h('div', { class: 'chips' }, s.entities.slice(0, 8).map((e) => entityChip(e))),
          ),
        ),
      ),
      pager(page, (o) => (location.hash = `#/stories?offset=${o}`)),
    );
    if (!page.items.length) root.append(h('p', { class: 'muted' }, t('noResults')));
  } catch (e) {
    root.append(errorBox(e));
  }
}
