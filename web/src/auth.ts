// Log-in and sign-up.
import { t } from './i18n';
import { get, post, login, errorText, ApiError } from './api';
import { h, field, formAlert, showError } from './dom';
import { setTitle, type PageContext } from './router';
import { safeNext } from './next';

function nextUrl(ctx: PageContext): string {
  // Only paths on this site (see next.ts).
  return safeNext(ctx.query.get('next'), location.origin);
}

export async function loginPage(ctx: PageContext): Promise<void> {
  ctx.main.className = 'page narrow';
  setTitle(t('login-title'));
  const handle = h('input', { name: 'handle', autocomplete: 'username', required: true, autocapitalize: 'none', spellcheck: 'false' });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const form: HTMLFormElement = h('form', { class: 'stack' },
    field(t('field-handle'), handle), field(t('field-password'), password), formAlert(),
    h('button', { type: 'submit', class: 'primary' }, t('login-submit')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await login(handle.value.trim().replace(/^@/, ''), password.value);
      location.assign(nextUrl(ctx));
    } catch (err) {
      showError(form, errorText(err), err instanceof ApiError ? err.field : undefined);
    }
  });
  ctx.main.append(h('h1', {}, t('login-title')), form,
    h('p', {}, t('login-no-account'), ' ', h('a', { href: `/signup${location.search}`, class: 'text-link' }, t('signup-title'))),
    aboutLinks());
}

export async function signupPage(ctx: PageContext): Promise<void> {
  ctx.main.className = 'page narrow';
  setTitle(t('signup-title'));
  const handle = h('input', { name: 'handle', autocomplete: 'username', required: true, autocapitalize: 'none', spellcheck: 'false', maxlength: 24 });
  const displayName = h('input', { name: 'display_name', autocomplete: 'nickname', maxlength: 50 });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'new-password', required: true, minlength: 8 });
  const birth = h('input', { name: 'birth_date', type: 'date', required: true, max: new Date().toISOString().slice(0, 10) });
  const email = h('input', { name: 'email', type: 'email', autocomplete: 'email' });
  const region = h('select', { name: 'region', required: true });
  try {
    const r = await get<{ regions: string[] }>('/api/v1/regions');
    region.append(...r.regions.map((code) => h('option', { value: code }, regionName(code))));
  } catch { /* the sign-up answer will say */ }
  const form: HTMLFormElement = h('form', { class: 'stack' },
    field(t('field-handle'), handle, t('field-handle-hint')),
    field(t('field-display-name'), displayName),
    field(t('field-password'), password, t('field-password-hint')),
    field(t('field-birth-date'), birth, t('field-birth-date-hint')),
    field(t('field-region'), region, t('field-region-hint')),
    field(t('field-email'), email, t('field-email-hint')),
    formAlert(),
    h('button', { type: 'submit', class: 'primary' }, t('signup-submit')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body: Record<string, string> = {
      handle: handle.value.trim().replace(/^@/, ''), password: password.value, region: region.value, birth_date: birth.value,
    };
    if (email.value.trim()) body.email = email.value.trim();
    if (displayName.value.trim()) body.display_name = displayName.value.trim();
    try {
      await post('/api/v1/accounts', body);
      await login(body.handle, body.password);
      location.assign(nextUrl(ctx));
    } catch (err) {
      showError(form, errorText(err), err instanceof ApiError ? err.field : undefined);
    }
  });
  ctx.main.append(h('h1', {}, t('signup-title')), h('p', { class: 'hint' }, t('signup-intro')), form,
    h('p', {}, t('signup-have-account'), ' ', h('a', { href: `/login${location.search}`, class: 'text-link' }, t('login-title'))));
}

/** A region's name: its code in capitals, with the browser's name for it where the code is a country. */
export function regionName(code: string): string {
  try {
    const name = new Intl.DisplayNames([document.documentElement.lang], { type: 'region' }).of(code.toUpperCase());
    return name && name !== code.toUpperCase() ? `${name} (${code})` : code.toUpperCase();
  } catch {
    return code.toUpperCase();
  }
}

/** The public pages about how Spool is run, for visitors (the tab bar has no room on phones). */
export function aboutLinks(): HTMLElement {
  return h('p', { class: 'hint about-links' },
    h('a', { href: '/transparency', class: 'text-link' }, t('transparency-title')), ' · ',
    h('a', { href: '/how-the-feed-works', class: 'text-link' }, t('algorithm-title')));
}
