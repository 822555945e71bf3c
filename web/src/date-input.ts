/**
 * Date filters an Arabic reader can type into: a text field (not the browser's date picker, whose
 * format follows the browser's locale — «mm/dd/yyyy» in an Arabic page — and takes no Arabic-Indic
 * digits), read by parseDateInput, with the date as understood shown under it («26 أوت 2016») and a
 * clear message when it cannot be read.
 */
import { calendarButton } from './calendar.js';
import { parseDateInput } from './dates.js';
import { h } from './dom.js';
import { formatDate, t } from './i18n.js';

export interface DateField {
  /** The label, the input and its hint line, for a form. */
  field: HTMLElement;
  input: HTMLInputElement;
  /** The date as the API takes it, '' when empty, null when it cannot be read (message shown). */
  read(): string | null;
  /** Shows an error under the field (or clears it with ''). */
  complain(message: string): void;
}

/**
 * A labelled date field with its calendar button. `onPick` runs after a day is picked in the
 * calendar and written into the field (a filter form submits itself, as Enter in the field does).
 */
export function dateField(
  name: string,
  label: string,
  value: string,
  onPick?: (field: DateField) => void,
): DateField {
  const id = `f-${name}`;
  const hint = h('small', { class: 'field-hint', id: `${id}-hint`, 'aria-live': 'polite' });
  const input = h('input', {
    id,
    name,
    type: 'text',
    value,
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: t('datePlaceholder'),
    'aria-describedby': `${id}-hint`,
  });
  const complain = (message: string): void => {
    input.setCustomValidity(message);
    input.toggleAttribute('aria-invalid', message !== '');
    hint.classList.toggle('invalid', message !== '');
    hint.textContent = message;
  };
  const read = (): string | null => {
    const text = input.value.trim();
    if (!text) {
      complain('');
      return '';
    }
    const date = parseDateInput(text);
    if (date === null) {
      complain(t('dateInvalid').replace('#', formatDate('2016-08-26')));
      return null;
    }
    complain('');
    // Shows how the date was read: 3/4/2016 is the 3rd of April, and the reader sees it.
    hint.textContent = formatDate(date);
    return date;
  };
  input.addEventListener('input', () => {
    if (hint.classList.contains('invalid') || input.value.trim() === '') read();
    else hint.textContent = '';
  });
  input.addEventListener('change', () => void read());
  if (value) read();
  const self: DateField = { field: h('div', { class: 'field date-field' }), input, read, complain };
  const calendar = calendarButton({
    input,
    label,
    value: () => parseDateInput(input.value.trim()) ?? '',
    pick: (day) => {
      // The form the URL keeps and the field shows after the filter applies; the hint says it in words.
      input.value = day;
      read();
      onPick?.(self);
    },
  });
  self.field.append(
    h('label', { for: id }, label),
    h('div', { class: 'date-control' }, input, calendar),
    hint,
  );
  return self;
}

const firstDay = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
/** `to` is inclusive: «2016» runs to the end of 2016 (31 stands for any month's last day here). */
const lastDay = (d: string): string => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

/**
 * Reads a from/to pair before a form is sent: each must be a date, and the range must not end before
 * it starts. Returns the values, or null after showing the problem and focusing its field.
 */
export function readRange(from: DateField, to: DateField): { from: string; to: string } | null {
  const a = from.read();
  const b = to.read();
  if (a === null) {
    from.input.focus();
    return null;
  }
  if (b === null) {
    to.input.focus();
    return null;
  }
  if (a && b && firstDay(a) > lastDay(b)) {
    to.complain(t('dateOrder'));
    to.input.focus();
    return null;
  }
  return { from: a, to: b };
}
