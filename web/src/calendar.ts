/**
 * A calendar pop-up beside a typed date field (the WAI-ARIA date picker dialog pattern): a month
 * grid in the reader's month names and week, right to left in Arabic, driven by mouse or keyboard.
 * The typed field stays the main way in; the calendar only fills it.
 */
import {
  clampDay,
  firstDayOfWeek,
  keyAction,
  monthWeeks,
  moveFocus,
  openingDay,
  todayIso,
  weekdayOrder,
  type Weekday,
} from './calendar-grid.js';
import { h, svg } from './dom.js';
import { dateLocale, lang, t } from './i18n.js';

export interface CalendarOptions {
  /** The field the calendar belongs to (its label names the dialog). */
  input: HTMLInputElement;
  label: string;
  /** The field's date as the API takes it (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), '' when empty or unread. */
  value(): string;
  /** A day was picked (`YYYY-MM-DD`). */
  pick(day: string): void;
}

const utc = (iso: string): Date => {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date;
};

function calendarIcon(): SVGElement {
  return svg(
    'svg',
    { viewBox: '0 0 24 24', width: 18, height: 18, 'aria-hidden': 'true', class: 'cal-icon' },
    svg('rect', { x: 3.5, y: 5, width: 17, height: 15.5, rx: 2.5 }),
    svg('path', { d: 'M3.5 10h17M8 3v4M16 3v4' }),
    svg('rect', { x: 7, y: 13, width: 3, height: 3, rx: 0.6, class: 'cal-icon-day' }),
  );
}

/** A chevron drawn, not typed: bidi mirroring of ‹ › « » differs between text runs and browsers. */
function chevron(points: 'left' | 'right', double: boolean): SVGElement {
  const one = (x: number): string => (points === 'right' ? `M${x} 6l6 6-6 6` : `M${x + 6} 6l-6 6 6 6`);
  return svg(
    'svg',
    { viewBox: '0 0 24 24', width: 18, height: 18, 'aria-hidden': 'true', class: 'cal-chevron' },
    svg('path', { d: double ? `${one(5)}${one(11)}` : one(8) }),
  );
}

/**
 * A pick that applies a filter redraws the page: the new page's button of the same field takes the
 * focus back, so a keyboard reader stays where they were (only within a second of the pick).
 */
let refocus: { id: string; until: number } | null = null;

/** The button that opens the calendar; it goes beside the input. */
export function calendarButton(opts: CalendarOptions): HTMLButtonElement {
  const id = `${opts.input.id}-calendar`;
  const button = h(
    'button',
    {
      type: 'button',
      id,
      class: 'cal-button',
      title: t('calendarOpen'),
      'aria-label': `${t('calendarOpen')}: ${opts.label}`,
      'aria-haspopup': 'dialog',
      'aria-expanded': 'false',
      'aria-controls': `${id}-dialog`,
    },
    calendarIcon(),
  );
  if (refocus?.id === id && Date.now() < refocus.until) {
    refocus = null;
    setTimeout(() => {
      if (button.isConnected) button.focus();
    });
  }
  let close: ((returnFocus: boolean) => void) | null = null;
  button.addEventListener('click', () => {
    if (close) close(true);
    else close = openCalendar(opts, button, () => (close = null));
  });
  return button;
}

/** Opens the dialog under the button; returns its closer. */
function openCalendar(opts: CalendarOptions, button: HTMLButtonElement, onClosed: () => void) {
  const rtl = lang() === 'ar';
  const locale = dateLocale();
  const firstDay: Weekday = firstDayOfWeek(locale.replace(/-u-.*$/, ''));
  const today = todayIso();
  const value = opts.value();
  const selected = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
  let focused = openingDay(value, today);

  const fmt = (o: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...o });
  const monthTitle = fmt({ month: 'long', year: 'numeric' });
  const fullDate = fmt({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const dayNumber = fmt({ day: 'numeric' });
  // Arabic weekday initials («س ح ن») are what Arabic calendars print; English needs «Mon».
  const weekdayShort = fmt({ weekday: rtl ? 'narrow' : 'short' });
  const weekdayLong = fmt({ weekday: 'long' });
  // 2000-01-02 was a Sunday: day d of the week is 2000-01-(2+d).
  const weekdayDate = (d: Weekday): Date => utc(`2000-01-0${2 + d}`);

  const dialogId = `${button.id}-dialog`;
  const titleId = `${dialogId}-title`;
  const title = h('h2', { class: 'cal-title', id: titleId, 'aria-live': 'polite' });
  /** A nav button: the chevron points the way the month moves as the page reads (left is later in Arabic). */
  const navButton = (label: string, by: number): HTMLButtonElement =>
    h(
      'button',
      {
        type: 'button',
        class: 'cal-nav',
        'aria-label': label,
        title: label,
        onclick: () => {
          focused = moveFocus(focused, { move: 'months', by }, firstDay);
          render(false);
        },
      },
      chevron(by > 0 !== rtl ? 'right' : 'left', Math.abs(by) >= 12),
    );
  const head = h(
    'thead',
    {},
    h(
      'tr',
      {},
      weekdayOrder(firstDay).map((d) =>
        h(
          'th',
          {
            scope: 'col',
            abbr: weekdayLong.format(weekdayDate(d)),
            title: weekdayLong.format(weekdayDate(d)),
          },
          weekdayShort.format(weekdayDate(d)),
        ),
      ),
    ),
  );
  const body = h('tbody', {});
  const grid = h('table', { class: 'cal-grid', role: 'grid', 'aria-labelledby': titleId }, head, body);
  const keysHelp = h('p', { class: 'cal-keys', id: `${dialogId}-keys` }, t('calendarKeys'));
  grid.setAttribute('aria-describedby', keysHelp.id);

  const dialog = h(
    'div',
    {
      class: 'cal-dialog',
      id: dialogId,
      role: 'dialog',
      'aria-modal': 'true',
      'aria-label': `${t('calendarTitle')}: ${opts.label}`,
      dir: rtl ? 'rtl' : 'ltr',
    },
    h(
      'div',
      { class: 'cal-head' },
      navButton(t('previousYear'), -12),
      navButton(t('previousMonth'), -1),
      title,
      navButton(t('nextMonth'), 1),
      navButton(t('nextYear'), 12),
    ),
    grid,
    h(
      'div',
      { class: 'cal-foot' },
      h(
        'button',
        {
          type: 'button',
          class: 'cal-today',
          onclick: () => {
            focused = clampDay(today);
            render(true);
          },
        },
        t('today'),
      ),
      h('button', { type: 'button', class: 'cal-close', onclick: () => close(true) }, t('close')),
    ),
    keysHelp,
  );

  /** Redraws the month holding the focused day; moves focus into the grid when asked. */
  function render(focusGrid: boolean): void {
    title.textContent = monthTitle.format(utc(focused));
    const [y = 0, m = 1] = focused.split('-').map(Number);
    body.replaceChildren(
      ...monthWeeks(y, m, firstDay).map((week) =>
        h(
          'tr',
          {},
          week.map((day) =>
            day === null
              ? h('td', { role: 'gridcell', class: 'cal-blank', 'aria-hidden': 'true' })
              : h(
                  'td',
                  {
                    role: 'gridcell',
                    class: `cal-day${day === today ? ' cal-is-today' : ''}`,
                    tabindex: day === focused ? 0 : -1,
                    'aria-selected': day === selected ? 'true' : 'false',
                    'aria-current': day === today ? 'date' : false,
                    'aria-label': fullDate.format(utc(day)),
                    'data-date': day,
                    onclick: () => choose(day),
                  },
                  dayNumber.format(utc(day)),
                ),
          ),
        ),
      ),
    );
    if (focusGrid) body.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
  }

  function choose(day: string): void {
    close(true);
    refocus = { id: button.id, until: Date.now() + 1000 };
    opts.pick(day);
  }

  grid.addEventListener('keydown', (ev) => {
    const action = keyAction(ev.key, rtl, ev.shiftKey);
    if (!action) return;
    ev.preventDefault();
    ev.stopPropagation();
    if ('act' in action) {
      if (action.act === 'pick') choose(focused);
      else close(true);
      return;
    }
    focused = moveFocus(focused, action, firstDay);
    render(true);
  });

  // aria-modal: Tab and Shift+Tab go round the dialog; Escape closes from anywhere in it.
  dialog.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') {
      ev.preventDefault();
      ev.stopPropagation();
      close(true);
      return;
    }
    if (ev.key !== 'Tab') return;
    const stops = Array.from(dialog.querySelectorAll<HTMLElement>('button, td[tabindex="0"]'));
    const at = document.activeElement instanceof HTMLElement ? stops.indexOf(document.activeElement) : -1;
    const next = stops[(at + (ev.shiftKey ? -1 : 1) + stops.length) % stops.length];
    if (next) {
      ev.preventDefault();
      next.focus();
    }
  });

  const outside = (ev: Event): void => {
    const target = ev.target as Node | null;
    if (target && (dialog.contains(target) || button.contains(target))) return;
    close(false);
  };

  function close(returnFocus: boolean): void {
    document.removeEventListener('pointerdown', outside, true);
    dialog.remove();
    button.setAttribute('aria-expanded', 'false');
    if (returnFocus && button.isConnected) button.focus();
    onClosed();
  }

  button.setAttribute('aria-expanded', 'true');
  button.after(dialog);
  render(true);
  document.addEventListener('pointerdown', outside, true);
  // Near the end of a row the dialog would leave the screen: it then opens towards the start.
  const box = dialog.getBoundingClientRect();
  if (box.left < 0 || box.right > document.documentElement.clientWidth) dialog.classList.add('cal-flip');
  return close;
}
