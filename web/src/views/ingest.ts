import type { IngestJob } from '../../../src/api/types.js';
import { api } from '../api.js';
import { h } from '../dom.js';
import { formatNumber, t, type StringKey } from '../i18n.js';
import { renderAnnotatedText } from '../highlight.js';
import { renderDocPanels } from './article.js';
import { errorBox, pageHeader, section, table } from '../ui.js';

const STATE_KEYS: Record<IngestJob['state'], StringKey> = {
  queued: 'stateQueued',
  running: 'stateRunning',
  done: 'stateDone',
  failed: 'stateFailed',
};

function jobRow(job: IngestJob): (HTMLElement | string)[] {
  const pct = job.total ? Math.round((100 * job.done) / job.total) : 100;
  return [
    h('code', { dir: 'ltr' }, job.id),
    t(STATE_KEYS[job.state]),
    h(
      'div',
      { class: 'progress-cell' },
      h('progress', { max: job.total || 1, value: job.done }),
      h('span', {}, `${formatNumber(job.done)} / ${formatNumber(job.total)} (${pct}%)`),
    ),
    job.errors.length ? job.errors.map((e) => `${e.article}: ${e.message}`).join('؛ ') : t('none'),
  ];
}

let poll: ReturnType<typeof setInterval> | undefined;

export async function ingestView(root: HTMLElement): Promise<void> {
  const tokenInput = h('input', {
    id: 'token',
    type: 'password',
    autocomplete: 'off',
    value: sessionStorage.getItem('rasd.token') ?? '',
  });
  const textInput = h('textarea', { id: 'ingest-text', rows: 10, dir: 'rtl', lang: 'ar' });
  const dateInput = h('input', { id: 'ingest-date', type: 'date' });
  const status = h('div', { class: 'ingest-status', 'aria-live': 'polite' });
  const jobs = h('div', { id: 'jobs' });
  const preview = h('div', { id: 'preview' });

  const readArticle = (): { title: string; body: string; published?: string } => {
    const [title = '', ...rest] = textInput.value.split('\n');
    return { title: title.trim(), body: rest.join('\n'), ...(dateInput.value ? { published: dateInput.value } : {}) };
  };

  const refresh = async (): Promise<void> => {
    try {
      const list = await api.jobs();
      jobs.replaceChildren(
        list.items.length
          ? table([t('jobs'), t('state'), t('progress'), t('error')], list.items.map(jobRow), 'jobs-table')
          : h('p', { class: 'muted' }, t('none')),
      );
      if (!list.items.some((j) => j.state === 'running' || j.state === 'queued')) {
        clearInterval(poll);
        poll = undefined;
      }
    } catch (e) {
      jobs.replaceChildren(errorBox(e));
    }
  };
  const startPolling = (): void => {
    poll ??= setInterval(() => void refresh(), 1000);
  };

  const form = h(
    'form',
    { class: 'ingest-form' },
    h('p', { class: 'muted' }, t('ingestHelp')),
    h('label', { class: 'field' }, h('span', {}, t('titleField')), textInput),
    h(
      'div',
      { class: 'filter-grid' },
      h('label', { class: 'field' }, h('span', {}, t('publishedField')), dateInput),
      h('label', { class: 'field' }, h('span', {}, t('token')), tokenInput),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, t('ingestButton')),
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            const input = readArticle();
            api
              .analyze(input)
              .then((doc) => preview.replaceChildren(section(t('article'), renderAnnotatedText(doc)), ...renderDocPanels({ ...doc, story: null })))
              .catch((e: unknown) => preview.replaceChildren(errorBox(e)));
          },
        },
        t('analyzeButton'),
      ),
    ),
    status,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    sessionStorage.setItem('rasd.token', tokenInput.value);
    api
      .ingest(tokenInput.value, [readArticle()])
      .then(() => {
        status.replaceChildren();
        void refresh();
        startPolling();
      })
      .catch((e: unknown) => status.replaceChildren(errorBox(e)));
  });

  root.append(pageHeader(t('ingestTitle')), h('div', { class: 'card' }, form), section(t('jobs'), jobs), preview);
  await refresh();
  startPolling();
}

export function stopIngestPolling(): void {
  clearInterval(poll);
  poll = undefined;
}
