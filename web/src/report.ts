// The report dialog for a video, a comment or an account (`POST /api/v1/reports`).
// Logged-in people send the category and a note; visitors send a notice under art. 16
// of the Digital Services Act (name, e-mail, a statement of good faith) and are shown
// the receipt with which they can look the notice up later.
import { t, msg } from './i18n';
import { post, errorText, session, ApiError } from './api';
import { h, dialog, field, formAlert, showError, id } from './dom';
import { CATEGORIES, categoryName } from './decisions';

export type ReportTarget =
  | { kind: 'video'; id: string }
  | { kind: 'comment'; id: string }
  | { kind: 'account'; handle: string };

interface ReportAnswer { id: string; state: string; new: boolean; receipt?: string }

function targetBody(target: ReportTarget): Record<string, string> {
  if (target.kind === 'video') return { video_id: target.id };
  if (target.kind === 'comment') return { comment_id: target.id };
  return { account: target.handle };
}

const TITLES: Record<ReportTarget['kind'], string> = {
  video: msg('report-title-video'), comment: msg('report-title-comment'), account: msg('report-title-account'),
};

export function reportDialog(target: ReportTarget): void {
  const anonymous = !session.account;
  const category = h('select', { name: 'category', required: true },
    h('option', { value: '' }, t('report-category-choose')),
    ...CATEGORIES.map((c) => h('option', { value: c }, categoryName(c))));
  const note = h('textarea', { name: 'note', maxlength: 1000, rows: 3 });
  const name = h('input', { name: 'name', autocomplete: 'name', required: true, maxlength: 200 });
  const email = h('input', { name: 'email', type: 'email', autocomplete: 'email', required: true });
  const goodFaithId = id('good-faith');
  const goodFaith = h('input', { type: 'checkbox', name: 'good_faith', id: goodFaithId, required: true, 'aria-describedby': `${goodFaithId}-error` });
  const dsa = anonymous ? h('fieldset', { class: 'dsa-notice' },
    h('legend', {}, t('report-dsa-legend')),
    h('p', { class: 'hint' }, t('report-dsa-intro')),
    field(t('report-name'), name),
    field(t('report-email'), email, t('report-email-hint')),
    h('div', { class: 'choice' }, goodFaith, h('label', { for: goodFaithId }, t('report-good-faith')),
      h('p', { class: 'field-error', id: `${goodFaithId}-error` })),
    h('p', { class: 'hint' }, t('report-login-instead'), ' ',
      h('a', { href: `/login?next=${encodeURIComponent(location.pathname + location.search)}`, class: 'text-link' }, t('login-title')))) : null;
  const submit = h('button', { type: 'submit', class: 'primary' }, t('report-send'));
  const form: HTMLFormElement = h('form', { class: 'stack report-form' },
    h('p', {}, t('report-intro')),
    field(t('report-category'), category),
    field(t('report-note'), note, t('report-note-hint')),
    dsa,
    formAlert(),
    submit);
  const dlg = dialog(t(TITLES[target.kind]), [form]);
  category.focus();
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body: Record<string, unknown> = { ...targetBody(target), category: category.value };
    if (note.value.trim()) body.note = note.value.trim();
    if (anonymous) Object.assign(body, { name: name.value.trim(), email: email.value.trim(), good_faith: goodFaith.checked });
    submit.disabled = true;
    try {
      const r = await post<ReportAnswer>('/api/v1/reports', body);
      done(dlg, form, r);
    } catch (err) {
      submit.disabled = false;
      const fieldName = err instanceof ApiError ? err.field : undefined;
      showError(form, errorText(err), fieldName);
    }
  });
}

/** The dialog's body becomes the confirmation (focused, so that it is read out). */
function done(dlg: HTMLDialogElement, form: HTMLFormElement, r: ReportAnswer): void {
  const message = h('p', { class: 'report-done', role: 'status', tabindex: -1 }, t(r.new ? 'report-sent' : 'report-duplicate'));
  const parts: Node[] = [message];
  if (r.receipt) {
    const receipt = h('input', { type: 'text', readonly: true, value: r.receipt, class: 'copy-input receipt', name: 'receipt' });
    const lookup = `/settings/status?report=${encodeURIComponent(r.id)}&receipt=${encodeURIComponent(r.receipt)}`;
    parts.push(
      h('p', {}, t('report-receipt-intro')),
      field(t('report-receipt'), receipt, t('report-receipt-hint', { id: r.id })),
      h('div', { class: 'row' },
        h('button', { type: 'button', onclick: async () => {
          try { await navigator.clipboard.writeText(r.receipt ?? ''); message.textContent = t('report-receipt-copied'); } catch { receipt.select(); }
        } }, t('report-receipt-copy')),
        h('a', { href: lookup, class: 'text-link', onclick: () => dlg.close() }, t('report-check-later'))));
  } else {
    parts.push(h('p', { class: 'hint' }, t('report-follow-up'), ' ',
      h('a', { href: '/settings/status#my-reports', class: 'text-link', onclick: () => dlg.close() }, t('status-my-reports'))));
  }
  parts.push(h('button', { type: 'button', class: 'primary', onclick: () => dlg.close() }, t('close')));
  form.replaceWith(h('div', { class: 'stack' }, ...parts));
  message.focus();
}
