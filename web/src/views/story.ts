import type { StoryRecord, TimelineEntry } from '../../../src/api/types.js';
import { api } from '../api.js';
import { h } from '../dom.js';
import { eventTypeLabel, formatDate, formatNumber, lang, modalityLabel, countOf, t } from '../i18n.js';
import { groupBySentence } from '../series.js';
import { articleItem, entityChip, errorBox, pageHeader, pager, section, table } from '../ui.js';

export function timelineList(items: TimelineEntry[], titles: Map<string, string>): HTMLElement {
  return h(
    'ol',
    { class: 'timeline', id: 'timeline' },
    groupBySentence(items).map((group) => {
      const [first] = group as [TimelineEntry, ...TimelineEntry[]];
      return h(
        'li',
        { class: `tl-item modality-${first.modality}` },
        h('time', { class: 'tl-date', datetime: first.date ?? '' }, formatDate(first.date)),
        h(
          'div',
          { class: 'tl-body' },
          group.map((ev) =>
            h(
              'div',
              { class: 'tl-head', title: ev.gloss },
              h('span', { class: 'badge tone-event' }, eventTypeLabel(ev.type)),
              h('span', { class: `modality modality-${ev.modality}` }, modalityLabel(ev.modality)),
              ev.place ? h('span', { class: 'muted' }, ev.place) : null,
              // English codes and names: shown in the English interface, on hover in the Arabic one.
              lang() === 'en' ? h('span', { class: 'gloss', dir: 'ltr' }, ev.gloss) : null,
            ),
          ),
          h('blockquote', { class: 'evidence', dir: 'rtl', lang: 'ar' }, first.evidence.text),
          h(
            'div',
            { class: 'meta' },
            h(
              'a',
              { href: `#/article/${encodeURIComponent(first.article_id)}` },
              titles.get(first.article_id) ?? first.article_id,
            ),
          ),
        ),
      );
    }),
  );
}

/** A button that appends the timeline's next page (keyset: the page's `next` cursor) and moves on. */
function moreTimeline(id: string, next: string, titles: Map<string, string>): HTMLElement {
  let after: string | null = next;
  const button: HTMLButtonElement = h('button', { type: 'button', class: 'more' }, t('moreEvents'));
  button.addEventListener('click', () => {
    if (after === null) return;
    button.disabled = true;
    void api.timeline(id, after).then(
      (page) => {
        const more = timelineList(page.items, titles);
        more.removeAttribute('id');
        button.before(more);
        after = page.next;
        button.disabled = false;
        button.hidden = after === null;
      },
      (e: unknown) => {
        button.replaceWith(errorBox(e));
      },
    );
  });
  return button;
}

function dateRange(from: string | null, to: string | null): string {
  if (!from && !to) return t('none');
  if (!to || from === to) return formatDate(from ?? to);
  return `${formatDate(from)} – ${formatDate(to)}`;
}

function roundsTable(story: StoryRecord): HTMLElement | null {
  if (!story.rounds.length) return null;
  return section(
    t('rounds'),
    table(
      [t('round'), t('dates'), t('venue'), t('delegations'), t('agenda'), t('outcome')],
      story.rounds.map((r) => [
        r.number === null ? t('none') : formatNumber(r.number),
        dateRange(r.from, r.to),
        r.venue ?? t('none'),
        h(
          'ul',
          { class: 'plain-list' },
          r.delegations.map((d) => h('li', {}, d.head ? `${d.party}: ${d.head}` : d.party)),
        ),
        h(
          'ul',
          { class: 'plain-list' },
          r.agenda.map((a) => h('li', {}, a)),
        ),
        r.outcome ?? t('none'),
      ]),
      'rounds',
    ),
  );
}

export async function storyView(root: HTMLElement, id: string): Promise<void> {
  try {
    const story = await api.story(id);
    document.title = `${story.title} — ${t('appName')}`;
    const titles = new Map(story.articles.map((a) => [a.id, a.title]));
    root.append(
      pageHeader(
        story.title,
        h(
          'div',
          { class: 'meta' },
          h('span', {}, dateRange(story.first_date, story.last_date)),
          h('span', {}, countOf('article', story.article_count)),
          h(
            'span',
            {},
            story.timeline_next
              ? `${t('moreThan')} ${countOf('event', story.timeline.length)}`
              : countOf('event', story.timeline.length),
          ),
        ),
      ),
      h(
        'div',
        { class: 'story-layout' },
        h(
          'div',
          { class: 'main-col' },
          story.summary.length
            ? section(
                t('summary'),
                h(
                  'div',
                  { class: 'summary', dir: 'rtl', lang: 'ar' },
                  story.summary.map((s) => h('p', {}, s.text)),
                ),
              )
            : null,
          roundsTable(story),
          section(
            t('timeline'),
            story.timeline.length
              ? timelineList(story.timeline, titles)
              : h('p', { class: 'muted' }, t('noResults')),
            story.timeline_next ? moreTimeline(story.id, story.timeline_next, titles) : null,
          ),
        ),
        h(
          'aside',
          { class: 'side' },
          section(
            t('keyEntities'),
            h(
              'div',
              { class: 'chips' },
              story.key_entities.map((e) => entityChip(e, e.count)),
            ),
          ),
          section(
            t('articles'),
            h(
              'ol',
              { class: 'result-list' },
              story.articles.map((a) => articleItem(a)),
            ),
          ),
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
    const page = await api.stories({ offset: params.get('offset'), limit: 20 });
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
              h('span', {}, dateRange(s.first_date, s.last_date)),
              h('span', {}, countOf('article', s.article_count)),
              s.event_types.length
                ? h(
                    'span',
                    {},
                    s.event_types
                      .slice(0, 4)
                      .map((x) => `${eventTypeLabel(x.type)} (${formatNumber(x.count)})`)
                      .join('، '),
                  )
                : null,
            ),
            h(
              'div',
              { class: 'chips' },
              s.key_entities.slice(0, 8).map((e) => entityChip(e)),
            ),
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
