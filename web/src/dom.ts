// Small DOM helpers: element building, icons, dialogs, the status toast, form fields.
import { t } from './i18n';

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** Builds an element: attributes (`on*` are listeners, `false`/null are left out). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = String(v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'number' ? String(c) : c);
  }
}

const SVG = 'http://www.w3.org/2000/svg';
const PATHS: Record<string, string> = {
  home: 'M12 3 2 12h3v8h6v-5h2v5h6v-8h3z',
  search: 'M10 2a8 8 0 0 1 6.3 12.9l5.4 5.4-1.4 1.4-5.4-5.4A8 8 0 1 1 10 2zm0 2a6 6 0 1 0 0 12 6 6 0 0 0 0-12z',
  plus: 'M11 4h2v7h7v2h-7v7h-2v-7H4v-2h7z',
  inbox: 'M4 4h16l2 9v7H2v-7zm1.6 2-1.5 7H9a3 3 0 0 0 6 0h4.9l-1.5-7z',
  user: 'M12 2a5 5 0 1 1 0 10 5 5 0 0 1 0-10zm0 12c5 0 9 2.5 9 5.5V22H3v-2.5C3 16.5 7 14 12 14z',
  heart: 'M12 21s-8-5.3-8-11a4.6 4.6 0 0 1 8-3.1A4.6 4.6 0 0 1 20 10c0 5.7-8 11-8 11z',
  comment: 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z',
  share: 'M14 4l8 7-8 7v-4c-6 0-9 2-11 6 1-6 4-10 11-11z',
  more: 'M5 10a2 2 0 1 1 0 4 2 2 0 0 1 0-4zm7 0a2 2 0 1 1 0 4 2 2 0 0 1 0-4zm7 0a2 2 0 1 1 0 4 2 2 0 0 1 0-4z',
  muted: 'M3 9h4l5-4v14l-5-4H3zm13.6.2 1.4-1.4 2 2 2-2 1.4 1.4-2 2 2 2-1.4 1.4-2-2-2 2-1.4-1.4 2-2z',
  sound: 'M3 9h4l5-4v14l-5-4H3zm13 3a4 4 0 0 0-2-3.5v7A4 4 0 0 0 16 12zm-2-8v2a6 6 0 0 1 0 12v2a8 8 0 0 0 0-16z',
  play: 'M7 4v16l13-8z',
  pause: 'M6 4h4v16H6zm8 0h4v16h-4z',
  music: 'M9 3v11a3 3 0 1 0 2 2.8V7h8V3z',
  close: 'M5.6 4.2 12 10.6l6.4-6.4 1.4 1.4-6.4 6.4 6.4 6.4-1.4 1.4-6.4-6.4-6.4 6.4-1.4-1.4 6.4-6.4-6.4-6.4z',
  check: 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z',
  lock: 'M6 10V8a6 6 0 0 1 12 0v2h1v12H5V10zm2 0h8V8a4 4 0 0 0-8 0z',
  back: 'M20 11H7.8l5.6-5.6L12 4l-8 8 8 8 1.4-1.4L7.8 13H20z',
  info: 'M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20zm-1 8v8h2v-8zm0-4v2h2V6z',
  cc: 'M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm1 2v10h16V7zm3.5 2H11v2H8v2h3v2H7.5A1.5 1.5 0 0 1 6 13.5v-3A1.5 1.5 0 0 1 7.5 9zm7 0H18v2h-3v2h3v2h-3.5a1.5 1.5 0 0 1-1.5-1.5v-3A1.5 1.5 0 0 1 14.5 9z',
  // Another instance (a clip from elsewhere in the fediverse).
  globe: 'M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20zm-1 17.9V18a2 2 0 0 1-2-2v-1l-4.8-4.8A8 8 0 0 0 11 19.9zm6.9-2.5A8 8 0 0 0 15 4.6V5a2 2 0 0 1-2 2h-2v2a1 1 0 0 1-1 1H8v2h6a1 1 0 0 1 1 1v3h1a2 2 0 0 1 1.9 1.4z',
  camera: 'M9 3h6l1.5 2H20a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2h3.5zm3 5a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9z',
};

/** A decorative icon (hidden from screen readers: its control carries the label). */
export function icon(name: keyof typeof PATHS | string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.classList.add('icon');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', PATHS[name] ?? PATHS.info);
  svg.append(path);
  return svg;
}

let toastTimer = 0;
/** A short message in the polite live region at the bottom of the screen. */
export function toast(text: string): void {
  const el = document.getElementById('toast');
  if (!el) return;
  el.textContent = text;
  el.classList.add('show');
  clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => el.classList.remove('show'), 3500);
}

let uid = 0;
export function id(prefix = 'x'): string {
  uid += 1;
  return `${prefix}-${uid}`;
}

/** A modal dialog (native <dialog>: focus is kept inside, Escape closes it) with a title
 * and a close button; removed from the page when closed. */
export function dialog(title: string, body: (Child | Child[])[], opts: { sheet?: boolean; onClose?: () => void } = {}): HTMLDialogElement {
  const titleId = id('dlg');
  const dlg = h('dialog', { class: opts.sheet ? 'sheet' : 'modal', 'aria-labelledby': titleId },
    h('div', { class: 'dialog-head' },
      h('h2', { id: titleId }, title),
      h('button', { type: 'button', class: 'icon-button', 'aria-label': t('close'), onclick: () => dlg.close() }, icon('close'))),
    h('div', { class: 'dialog-body' }, ...body));
  dlg.addEventListener('close', () => { dlg.remove(); opts.onClose?.(); });
  // A click on the backdrop (outside the box) closes it too.
  dlg.addEventListener('click', (e) => { if (e.target === dlg) dlg.close(); });
  document.body.append(dlg);
  dlg.showModal();
  return dlg;
}

/** A labelled form field with room for an error message. */
export function field(label: string, control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, hint?: string): HTMLDivElement {
  control.id ||= id('f');
  const errId = `${control.id}-error`;
  const hintId = `${control.id}-hint`;
  const described = [hint ? hintId : '', errId].filter(Boolean).join(' ');
  control.setAttribute('aria-describedby', described);
  return h('div', { class: 'field' },
    h('label', { for: control.id }, label),
    control,
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    h('p', { class: 'field-error', id: errId }));
}

/** Shows an error under the field that the API named (or in the form's alert). */
export function showError(form: HTMLElement, message: string, fieldName?: string): void {
  form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  form.querySelectorAll('.field-error').forEach((el) => { el.textContent = ''; });
  const control = fieldName ? form.querySelector<HTMLElement>(`[name="${fieldName}"]`) : null;
  const alert = form.querySelector('.form-alert');
  if (control) {
    control.setAttribute('aria-invalid', 'true');
    const err = document.getElementById(`${control.id}-error`);
    if (err) err.textContent = message;
    control.focus();
  }
  if (alert) alert.textContent = control ? '' : message;
}

export function formAlert(): HTMLParagraphElement {
  return h('p', { class: 'form-alert', role: 'alert' });
}

export function visuallyHidden(text: string): HTMLSpanElement {
  return h('span', { class: 'visually-hidden' }, text);
}

/** An @handle, isolated so that it reads the same inside right-to-left text. */
export function handle(name: string): HTMLElement {
  return h('bdi', { class: 'handle-text' }, `@${name}`);
}

/** A handle with its @, as a message argument. */
export function at(name: string): string {
  return name.startsWith('@') ? name : `@${name}`;
}
