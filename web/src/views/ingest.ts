import type { IngestRun } from '../../../src/api/types.js';
import { api } from '../api.js';
import { dateField } from '../date-input.js';
import { h } from '../dom.js';
import { formatNumber, counted, t, type StringKey } from '../i18n.js';
import { renderAnnotatedText } from '../highlight.js';
import { renderDocPanels } from './article.js';
import { errorBox, pageHeader, section, table } from '../ui.js';

const STATE_KEYS: Record<IngestRun['status'], StringKey> = {
  running: 'stateRunning',
  done: 'stateDone',
  failed: 'stateFailed',
  interrupted: 'stateInterrupted',
};

function runRow(run: IngestRun): (HTMLElement | string)[] {
  const total = run.total ?? run.done;
  const pct = total ? Math.round((100 * run.done) / total) : 100;
  return [
    h('code', { dir: 'ltr' }, run.id),
    t(STATE_KEYS[run.status]),
    h(
      'div',
      { class: 'progress-cell' },
      h('progress', { max: total || 1, value: run.done }),
      h('span', {}, `${formatNumber(run.done)} ${t('of')} ${formatNumber(total)} (${pct}%)`),
    ),
    `${counted('added', run.added)} · ${counted('failedCount', run.failed)}`,
    // Messages and paths are English: each line its own direction, so «/tmp/x.jsonl» keeps its slash.
    run.errors.length
      ? h(
          'ul',
          { class: 'plain-list ingest-errors' },
          run.errors.map((e) => h('li', { dir: 'auto' }, `${e.subject}: ${e.message}`)),
        )
      : t('none'),
  ];
}

let poll: ReturnType<typeof setInterval> | undefined;

export function stopIngestPolling(): void {
  clearInterval(poll);
  poll = undefined;
}

export async function ingestView(root: HTMLElement): Promise<void> {
  const tokenInput = h('input', {
    id: 'token',
    type: 'password',
    autocomplete: 'off',
    value: sessionStorage.getItem('rasd.token') ?? '',
  });
  const textInput = h('textarea', { id: 'ingest-text', rows: 10, dir: 'rtl', lang: 'ar' });
  const published = dateField('published', t('publishedField'), '');
  const status = h('div', { class: 'ingest-status', 'aria-live': 'polite' });
  const runs = h('div', { id: 'runs' });
  const preview = h('div', { id: 'preview' });

  /** The pasted article, or null when its date cannot be read (the field says why). */
  const readArticle = (): { title: string; body: string; published?: string } | null => {
    const [title = '', ...rest] = textInput.value.split('\n');
    const date = published.read();
    if (date === null) {
      published.input.focus();
      return null;
    }
    return { title: title.trim(), body: rest.join('\n'), ...(date ? { published: date } : {}) };
  };

  const refresh = async (): Promise<void> => {
    try {
      const list = await api.runs();
      runs.replaceChildren(
        list.items.length
          ? table(
              [t('jobs'), t('state'), t('progress'), t('result'), t('error')],
              list.items.map(runRow),
              'jobs-table',
            )
          : h('p', { class: 'muted' }, t('none')),
      );
      if (!list.items.some((r) => r.status === 'running')) stopIngestPolling();
    } catch (e) {
      runs.replaceChildren(errorBox(e));
    }
  };
  const startPolling = (): void => {
    poll ??= setInterval(() => void refresh(), 1000);
  };

  const analyzeButton = h('button', { type: 'button' }, t('analyzeButton'));
  analyzeButton.addEventListener('click', () => {
    const article = readArticle();
    if (!article) return;
    api
      .analyze(article)
      .then((doc) =>
        preview.replaceChildren(section(t('article'), renderAnnotatedText(doc)), ...renderDocPanels(doc)),
      )
      .catch((e: unknown) => preview.replaceChildren(errorBox(e)));
  });
  const form = h(
    'form',
    { class: 'ingest-form', novalidate: true },
    h('p', { class: 'muted' }, t('ingestHelp')),
    h('label', { class: 'field' }, h('span', {}, t('titleField')), textInput),
    h(
      'div',
      { class: 'filter-grid' },
      published.field,
      h('label', { class: 'field' }, h('span', {}, t('token')), tokenInput),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, t('ingestButton')),
      analyzeButton,
    ),
    status,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    sessionStorage.setItem('rasd.token', tokenInput.value);
    const article = readArticle();
    if (!article) return;
    api
      .ingest(tokenInput.value, [article])
      .then(() => {
        status.replaceChildren();
        startPolling();
        return refresh();
      })
      .catch((e: unknown) => status.replaceChildren(errorBox(e)));
  });

  root.append(
    pageHeader(t('ingestTitle')),
    h('div', { class: 'card' }, form),
    section(t('jobs'), runs),
    preview,
  );
  await refresh();
  startPolling();
}
