// The sign-in sheet: what a visitor gets when they tap something that needs an account
// (like, follow, comment, "Personalized"). They stay where they are; once signed in, the
// action they asked for goes through.
import { t } from './i18n';
import { session, login, errorText, enc, ApiError } from './api';
import { h, dialog, field, formAlert, showError } from './dom';

/** Runs `then` with an account: at once when signed in, otherwise after signing in
 * through the sheet (nothing happens if the visitor closes it). */
export function withAccount(then: () => void | Promise<void>): void {
  if (session.account) { void then(); return; }
  const handle = h('input', { name: 'handle', autocomplete: 'username', required: true, autocapitalize: 'none', spellcheck: 'false' });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const next = enc(location.pathname + location.search);
  const form: HTMLFormElement = h('form', { class: 'stack signin-form' },
    h('p', { class: 'hint' }, t('signin-sheet-intro')),
    field(t('field-handle'), handle), field(t('field-password'), password), formAlert(),
    h('button', { type: 'submit', class: 'primary' }, t('login-submit')),
    h('p', {}, t('login-no-account'), ' ', h('a', { href: `/signup?next=${next}`, class: 'text-link' }, t('signup-title'))));
  const dlg = dialog(t('signin-sheet-title'), [form], { sheet: true });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await login(handle.value.trim().replace(/^@/, ''), password.value);
      dlg.close();
      dispatchEvent(new CustomEvent('spool:session'));
      await then();
    } catch (err) {
      showError(form, errorText(err), err instanceof ApiError ? err.field : undefined);
    }
  });
  handle.focus();
}
