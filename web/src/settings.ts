// Settings (profile, privacy, feed, language, data, home region, account), the "access
// to my data" page, and "How the feed works".
import { t, tOr, msg, lang, languageChoices, isRtl, setLanguage, formatDate, formatAgo } from './i18n';
import { api, get, patch, post, del, enc, errorText, session, logout, forgetSession, ApiError, type Account, type Settings, type RemoteAccount } from './api';
import { h, field, formAlert, showError, toast, at, handle as handleEl } from './dom';
import { setTitle, type PageContext } from './router';
import { storedMode, setFeedMode } from './feed';
import { regionName } from './auth';

function section(idName: string, title: string, ...children: (Node | null)[]): HTMLElement {
  return h('section', { class: 'card', 'aria-labelledby': idName }, h('h2', { id: idName }, title), ...children);
}

function form(submitLabel: string, fields: Node[], onSubmit: (f: HTMLFormElement) => Promise<void>, danger = false): HTMLFormElement {
  const f: HTMLFormElement = h('form', { class: 'stack' }, ...fields, formAlert(),
    h('button', { type: 'submit', class: danger ? 'danger' : 'primary' }, submitLabel));
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    try { await onSubmit(f); } catch (err) { showError(f, errorText(err), err instanceof ApiError ? err.field : undefined); }
  });
  return f;
}

function policySelect(name: string, value: string): HTMLSelectElement {
  return h('select', { name }, ...['everyone', 'followers', 'nobody'].map((p) =>
    h('option', { value: p, selected: p === value }, t(p === 'everyone' ? 'policy-everyone' : p === 'followers' ? 'policy-followers' : 'policy-nobody'))));
}

function checkbox(name: string, label: string, checked: boolean, hint?: string): HTMLElement {
  const cid = `set-${name}`;
  return h('div', { class: 'choice' },
    h('input', { type: 'checkbox', name, id: cid, checked, 'aria-describedby': hint ? `${cid}-hint` : null }),
    h('label', { for: cid }, label),
    hint ? h('p', { class: 'hint', id: `${cid}-hint` }, hint) : null);
}

function languageSection(): HTMLElement {
  const select = h('select', { name: 'language' }, ...languageChoices().map(({ code, name }) =>
    h('option', { value: code, selected: code === lang, lang: code, dir: isRtl(code) ? 'rtl' : 'ltr' }, name)));
  select.addEventListener('change', () => setLanguage(select.value));
  return section('set-language', t('settings-language'), field(t('settings-language-label'), select, t('settings-language-hint')));
}

interface SessionItem {
  id: string; device: string; browser: string | null; os: string | null;
  created_at: string; last_used_at: string; expires_at: string; current: boolean;
}

function deviceName(s: SessionItem): string {
  if (s.browser && s.os) return t('session-device', { browser: s.browser, os: s.os });
  return s.browser ?? s.os ?? t('session-device-unknown');
}

/** "Sessions": where the account is logged in, with "log out" for each and for all the others. */
function sessionsSection(): { el: HTMLElement; reload: () => Promise<void> } {
  const list = h('ul', { class: 'session-list' });
  const status = h('p', { class: 'hint', role: 'status' });
  const others = h('button', { type: 'button', class: 'logout-others' }, t('settings-sessions-logout-others'));
  const item = (s: SessionItem): HTMLElement => {
    const name = deviceName(s);
    const out = h('button', { type: 'button', class: 'session-logout', 'aria-label': t('session-logout-label', { device: name }) }, t('session-logout'));
    out.addEventListener('click', async () => {
      try {
        await del(`/api/v1/me/sessions/${enc(s.id)}`);
        if (s.current) { forgetSession(); location.assign('/'); return; }
        await reload();
      } catch (e) { toast(errorText(e)); }
    });
    return h('li', { class: 'session', 'data-session-id': s.id, 'data-current': String(s.current) },
      h('div', { class: 'session-about' },
        h('strong', {}, name), s.current ? h('span', { class: 'pill' }, t('session-current')) : null,
        h('p', { class: 'hint' }, t('session-times', { created: formatDate(s.created_at), used: formatAgo(s.last_used_at) }))),
      out);
  };
  async function reload(): Promise<void> {
    try {
      const r = await get<{ items: SessionItem[] }>('/api/v1/me/sessions');
      list.replaceChildren(...r.items.map(item));
      others.hidden = !r.items.some((s) => !s.current);
      status.textContent = '';
    } catch (e) {
      status.textContent = errorText(e);
    }
  }
  others.addEventListener('click', async () => {
    try {
      const r = await del<{ ended: number }>('/api/v1/me/sessions');
      toast(t('settings-sessions-ended', { count: r.ended }));
      await reload();
    } catch (e) { toast(errorText(e)); }
  });
  const el = section('set-sessions', t('settings-sessions'), h('p', {}, t('settings-sessions-intro')), list, status, h('div', { class: 'row' }, others));
  return { el, reload };
}

/** An address of an account on another instance: `name@host` (a leading @ allowed). */
const ACCT = /^@?([^@\s/]+)@([^@\s/]+)$/;

/** "Other instances": follow an account elsewhere by its address, the accounts followed
 * there (with Unfollow) and the followers from there (Accept or Decline a request, Remove
 * a follower). Shown where the server federates, i.e. answers for the follows; a teen
 * account is told why it has none. */
function federationSection(follows: RemoteAccount[], followers: RemoteAccount[] | unknown, teen: boolean): HTMLElement {
  const followingTitle = h('h3', { id: 'fed-following-title', tabindex: -1 }, t('fed-following'));
  const followersTitle = h('h3', { id: 'fed-followers-title', tabindex: -1 }, t('fed-followers'));
  const followingList = h('ul', { class: 'remote-list', 'aria-labelledby': 'fed-following-title' });
  const followersList = h('ul', { class: 'remote-list', 'aria-labelledby': 'fed-followers-title' });
  const followingEmpty = h('p', { class: 'hint' }, t('fed-following-empty'));
  const followersEmpty = h('p', { class: 'hint' }, t('fed-followers-empty'));
  const status = h('p', { class: 'hint', role: 'status' });

  /** A button that acts on one account, then redraws the lists and puts focus back on
   * the list's heading (the button itself may be gone). */
  const action = (label: string, name: string, heading: HTMLElement, run: () => Promise<void>, done: string, cls?: string): HTMLButtonElement => {
    const b: HTMLButtonElement = h('button', { type: 'button', class: cls, 'aria-label': name }, label);
    b.addEventListener('click', async () => {
      b.disabled = true;
      try {
        await run();
        toast(done);
        await reload();
        heading.focus();
      } catch (e) {
        b.disabled = false;
        toast(errorText(e));
      }
    });
    return b;
  };
  const row = (a: RemoteAccount, note: string | null, ...buttons: HTMLElement[]): HTMLElement =>
    h('li', { class: 'remote-account', 'data-acct': a.acct },
      h('div', { class: 'remote-about' }, handleEl(a.acct), note ? h('span', { class: 'pill' }, note) : null),
      h('div', { class: 'row' }, ...buttons));

  function draw(following: RemoteAccount[], followers: RemoteAccount[]): void {
    followingList.replaceChildren(...following.map((a) => {
      const name = at(a.acct);
      return row(a, a.state === 'requested' ? t('fed-pending') : null,
        action(t('fed-unfollow'), t('unfollow-handle', { handle: name }), followingTitle,
          () => del(`/api/v1/federation/follows/${enc(a.acct)}`), t('unfollow-done', { handle: name })));
    }));
    followersList.replaceChildren(...followers.map((a) => {
      const name = at(a.acct);
      const body = { actor: a.actor };
      if (a.state === 'requested') {
        return row(a, t('fed-wants-to-follow'),
          action(t('fed-accept'), t('fed-accept-label', { handle: name }), followersTitle,
            () => post('/api/v1/federation/followers/accept', body), t('fed-accepted', { handle: name }), 'primary'),
          action(t('fed-decline'), t('fed-decline-label', { handle: name }), followersTitle,
            () => post('/api/v1/federation/followers/remove', body), t('fed-declined', { handle: name })));
      }
      return row(a, null,
        action(t('fed-remove'), t('fed-remove-label', { handle: name }), followersTitle,
          () => post('/api/v1/federation/followers/remove', body), t('fed-removed', { handle: name })));
    }));
    followingList.hidden = !following.length;
    followingEmpty.hidden = following.length > 0;
    followersList.hidden = !followers.length;
    followersEmpty.hidden = followers.length > 0;
  }

  async function reload(): Promise<void> {
    try {
      const [following, followers] = await Promise.all([
        get<RemoteAccount[]>('/api/v1/federation/follows'), get<RemoteAccount[]>('/api/v1/federation/followers')]);
      draw(following, sortRequestsFirst(followers));
      status.textContent = '';
    } catch (e) {
      status.textContent = errorText(e);
    }
  }

  const acct = h('input', {
    name: 'acct', type: 'text', inputmode: 'email', autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false',
    required: true, dir: 'ltr',
  });
  const follow = form(t('fed-follow'), [field(t('fed-address'), acct, t('fed-address-hint'))], async (f) => {
    const m = ACCT.exec(acct.value.trim());
    if (!m) { showError(f, t('fed-address-invalid'), 'acct'); return; }
    const address = `${m[1]}@${m[2]}`;
    if (m[2].toLowerCase() === location.host.toLowerCase()) { showError(f, t('fed-address-local'), 'acct'); return; }
    try {
      const r = await post<RemoteAccount>('/api/v1/federation/follows', { acct: address });
      showError(f, '');
      f.reset();
      toast(r.state === 'active' ? t('follow-done', { handle: at(r.acct) }) : t('fed-requested', { handle: at(r.acct) }));
      await reload();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      // Not found: no such account there, or its instance is unknown or refused.
      if (e.status === 404 && e.message !== 'federation not found') showError(f, t('fed-not-found', { handle: at(address) }), 'acct');
      else if (e.status === 403 && e.code === 'forbidden') showError(f, t('fed-teen'));
      // The server's two refusals of an address: an account of this instance under
      // another name for it, or not name@host.
      else if (e.code === 'local_account') showError(f, t('fed-address-local'), 'acct');
      else if (e.field === 'acct') showError(f, t('fed-address-invalid'), 'acct');
      else throw e;
    }
  });

  const el = section('set-federation', t('fed-title'), h('p', {}, t('fed-intro')),
    teen ? h('p', { class: 'hint' }, t('fed-teen')) : follow,
    followingTitle, followingEmpty, followingList,
    followersTitle, followersEmpty, followersList, status);
  el.classList.add('fed-section');
  if (Array.isArray(followers)) draw(follows, sortRequestsFirst(followers));
  else { draw(follows, []); followersEmpty.hidden = true; status.textContent = errorText(followers); }
  return el;
}

/** Requests first: they wait for an answer. */
function sortRequestsFirst(list: RemoteAccount[]): RemoteAccount[] {
  return [...list].sort((a, b) => Number(b.state === 'requested') - Number(a.state === 'requested'));
}

export async function settingsPage(ctx: PageContext): Promise<void> {
  ctx.main.className = 'page';
  setTitle(t('settings-title'));
  ctx.main.append(h('h1', {}, t('settings-title')));
  if (!session.account) {
    ctx.main.append(languageSection(), aboutSection(false), h('p', {}, h('a', { href: '/login?next=/settings', class: 'text-link' }, t('login-title'))));
    return;
  }
  let me: Account;
  let settings: Settings;
  // Where the server does not federate (404), there is no section for it.
  const remoteFollows = get<RemoteAccount[]>('/api/v1/federation/follows').catch(() => null);
  const remoteFollowers = get<RemoteAccount[]>('/api/v1/federation/followers').catch((e: unknown) => e);
  try {
    [me, settings] = await Promise.all([get<Account>('/api/v1/me'), get<Settings>('/api/v1/me/settings')]);
  } catch (e) {
    ctx.main.append(h('p', { class: 'empty' }, errorText(e)));
    return;
  }

  // Profile
  const displayName = h('input', { name: 'display_name', value: me.display_name, maxlength: 50, autocomplete: 'nickname' });
  const bio = h('textarea', { name: 'bio', maxlength: 160, rows: 3 });
  bio.value = me.bio;
  const email = h('input', { name: 'email', type: 'email', value: me.email ?? '', autocomplete: 'email' });
  const profile = form(t('settings-save'), [
    field(t('field-display-name'), displayName), field(t('field-bio'), bio), field(t('field-email'), email, t('field-email-hint')),
  ], async () => {
    me = await patch<Account>('/api/v1/me', { display_name: displayName.value, bio: bio.value, email: email.value.trim() || null });
    toast(t('settings-saved'));
  });

  // Privacy
  const privacy = form(t('settings-save'), [
    checkbox('is_private', t('settings-private'), settings.is_private, t('settings-private-hint')),
    field(t('settings-who-comment'), policySelect('who_can_comment', settings.who_can_comment)),
    field(t('settings-who-duet'), policySelect('who_can_duet', settings.who_can_duet)),
    field(t('settings-who-stitch'), policySelect('who_can_stitch', settings.who_can_stitch)),
    checkbox('liked_videos_public', t('settings-liked-public'), settings.liked_videos_public),
    settings.is_teen ? h('p', { class: 'hint' }, t('settings-teen')) : null,
  ].filter((x): x is HTMLElement => x !== null), async (f) => {
    const d = new FormData(f);
    settings = await patch<Settings>('/api/v1/me/settings', {
      is_private: d.has('is_private'), liked_videos_public: d.has('liked_videos_public'),
      who_can_comment: d.get('who_can_comment'), who_can_duet: d.get('who_can_duet'), who_can_stitch: d.get('who_can_stitch'),
    });
    toast(t('settings-saved'));
  });

  // Feed
  const personalized = h('button', { type: 'button', role: 'switch', class: 'mode-switch on-light', 'aria-checked': String((settings.feed_mode ?? storedMode() ?? 'personalized') === 'personalized'), 'aria-describedby': 'feed-mode-hint' },
    h('span', { class: 'switch-track', 'aria-hidden': 'true' }), t('feed-personalized'));
  personalized.addEventListener('click', async () => {
    const on = personalized.getAttribute('aria-checked') !== 'true';
    personalized.setAttribute('aria-checked', String(on));
    await setFeedMode(on ? 'personalized' : 'non_personalized');
    toast(t(on ? 'feed-mode-personalized' : 'feed-mode-non-personalized'));
  });
  const reset = h('button', { type: 'button' }, t('settings-reset-recommendations'));
  reset.addEventListener('click', async () => {
    try { await del('/api/v1/me/recommendations'); toast(t('settings-reset-done')); } catch (e) { toast(errorText(e)); }
  });

  // Home region
  const regions = await get<{ regions: string[] }>('/api/v1/regions').then((r) => r.regions).catch(() => [] as string[]);
  const region = h('select', { name: 'region' }, ...regions.filter((r) => r !== me.region).map((r) => h('option', { value: r }, regionName(r))));
  const movePassword = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const move = form(t('settings-move'), [field(t('settings-move-to'), region), field(t('field-password'), movePassword)], async () => {
    if (!confirm(t('settings-move-confirm', { region: regionName(region.value) }))) return;
    await post('/api/v1/me/move', { region: region.value, password: movePassword.value });
    toast(t('settings-move-done'));
    location.reload();
  });

  // Deletion
  const deletePassword = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const remove = form(t('settings-delete'), [field(t('field-password'), deletePassword)], async () => {
    if (!confirm(t('settings-delete-confirm'))) return;
    await del('/api/v1/me', { password: deletePassword.value });
    forgetSession();
    location.assign('/');
  }, true);

  // Sessions and password
  const sessions = sessionsSection();
  await sessions.reload();
  const currentPassword = h('input', { name: 'current_password', type: 'password', autocomplete: 'current-password', required: true });
  const newPassword = h('input', { name: 'new_password', type: 'password', autocomplete: 'new-password', required: true, minlength: 8 });
  const changePassword = form(t('settings-password'), [
    field(t('field-current-password'), currentPassword), field(t('field-new-password'), newPassword, t('field-password-hint')),
  ], async (f) => {
    await post('/api/v1/me/password', { current_password: currentPassword.value, new_password: newPassword.value });
    f.reset();
    toast(t('settings-password-done'));
    await sessions.reload();
  });

  const follows = await remoteFollows;
  const federation = Array.isArray(follows) ? federationSection(follows, await remoteFollowers, settings.is_teen || me.is_teen) : null;

  const logoutButton = h('button', { type: 'button' }, t('settings-logout'));
  logoutButton.addEventListener('click', async () => { await logout().catch(() => undefined); location.assign('/'); });

  ctx.main.append(
    section('set-profile', t('settings-profile'), profile),
    section('set-privacy', t('settings-privacy'), privacy),
    ...(federation ? [federation] : []),
    section('set-feed', t('settings-feed'), personalized, h('p', { class: 'hint', id: 'feed-mode-hint' }, t('feed-mode-hint')),
      h('div', { class: 'row' }, reset, h('a', { href: '/how-the-feed-works', class: 'text-link' }, t('algorithm-link')))),
    languageSection(),
    section('set-data', t('settings-data'),
      h('p', {}, t('settings-data-intro')),
      h('div', { class: 'row' },
        // A plain download link: the session's CSRF token goes in the query (the export is audited).
        h('a', { href: `/api/v1/me/export?csrf=${enc(session.csrf)}`, download: true, class: 'button' }, t('settings-export')),
        h('a', { href: '/settings/access', class: 'button' }, t('access-title')))),
    section('set-region', t('settings-region'), h('p', {}, t('settings-region-now', { region: regionName(me.region) })), h('p', { class: 'hint' }, t('settings-region-intro')), regions.length > 1 ? move : null),
    section('set-status', t('status-title'), h('p', {}, t('settings-status-intro')),
      h('div', { class: 'row' }, h('a', { href: '/settings/status', class: 'button' }, t('status-title')))),
    aboutSection(true),
    section('set-account', t('settings-account'), h('p', {}, t('settings-signed-in', { handle: at(me.handle) })), logoutButton),
    sessions.el,
    section('set-password', t('settings-password'), changePassword),
    section('set-delete', t('settings-delete'), h('p', {}, t('settings-delete-intro')), remove));
}

/** Links to the public pages about how Spool is run (and the moderators' console). */
function aboutSection(loggedIn: boolean): HTMLElement {
  return section('set-about', t('settings-about'), h('ul', { class: 'plain link-list' },
    h('li', {}, h('a', { href: '/transparency', class: 'text-link' }, t('transparency-title'))),
    h('li', {}, h('a', { href: '/how-the-feed-works', class: 'text-link' }, t('algorithm-title'))),
    loggedIn ? h('li', {}, h('a', { href: '/moderation', class: 'text-link' }, t('mod-title'))) : null));
}

interface Access { at: string; staff: string; role: string; action: string; justification: string; reference: string | null; grant_id: string | null }

export async function accessPage(ctx: PageContext): Promise<void> {
  ctx.main.className = 'page';
  setTitle(t('access-title'));
  ctx.main.append(h('h1', {}, t('access-title')), h('p', {}, t('access-intro')));
  if (!session.account) { ctx.main.append(h('a', { href: '/login?next=/settings/access', class: 'text-link' }, t('login-title'))); return; }
  try {
    const log = await get<{ items: Access[] }>('/api/v1/me/access-log');
    if (!log.items.length) { ctx.main.append(h('p', { class: 'empty' }, t('access-empty'))); return; }
    const cols = [msg('access-when'), msg('access-staff'), msg('access-role'), msg('access-action'), msg('access-justification'), msg('access-reference')];
    ctx.main.append(h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('access-title') },
      h('table', {},
        h('caption', { class: 'visually-hidden' }, t('access-title')),
        h('thead', {}, h('tr', {}, ...cols.map((c) => h('th', { scope: 'col' }, t(c))))),
        h('tbody', {}, ...log.items.map((a) => h('tr', {},
          h('td', {}, h('time', { datetime: a.at }, formatDate(a.at))), h('td', {}, a.staff), h('td', {}, a.role),
          h('td', {}, a.action), h('td', {}, a.justification), h('td', {}, a.reference ?? a.grant_id ?? '')))))));
  } catch (e) {
    ctx.main.append(h('p', { class: 'empty' }, e instanceof ApiError && e.status === 404 ? t('access-unavailable') : errorText(e)));
  }
}

/** A parameter of the published algorithm as a person reads it, in the interface
 * language: durations in days or hours, rates and weights in percent, other numbers to
 * three significant digits, lists as lists. */
export function paramValue(key: string, value: unknown, weight = false): string {
  const num = (n: number, o: Intl.NumberFormatOptions = {}) => new Intl.NumberFormat(lang, { maximumSignificantDigits: 3, ...o }).format(n);
  const unit = (n: number, u: string) => num(n, { style: 'unit', unit: u, unitDisplay: 'long' });
  if (Array.isArray(value)) return new Intl.ListFormat(lang, { type: 'conjunction' }).format(value.map((v) => paramValue(key, v)));
  if (typeof value !== 'number') return String(value);
  if (key.endsWith('_secs')) {
    return value >= 86400 * 2 ? unit(value / 86400, 'day') : value >= 7200 ? unit(value / 3600, 'hour') : unit(value, 'second');
  }
  if (key.endsWith('_hours')) return value >= 72 && value % 24 === 0 ? unit(value / 24, 'day') : unit(value, 'hour');
  if (weight || key.endsWith('_rate') && key.startsWith('min_')) return num(value, { style: 'percent', maximumSignificantDigits: 2 });
  if (Number.isInteger(value)) return new Intl.NumberFormat(lang).format(value);
  return num(value);
}

function paramLabel(key: string): string {
  return tOr(`algo-param-${key.replace(/_/g, '-')}`, key.replace(/_/g, ' '));
}

/** The parameters of one stage (or the whole document) as a list of label and value. */
function params(entries: [string, unknown][], weights = false): HTMLElement {
  return h('dl', { class: 'facts algo-params' }, ...entries.flatMap(([k, v]) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return [h('dt', {}, paramLabel(k)), h('dd', {}, params(Object.entries(v as Record<string, unknown>), k === 'weights'))];
    }
    return [h('dt', {}, paramLabel(k)), h('dd', {}, paramValue(k, v, weights))];
  }));
}

interface Stage { name: string; description?: string; parameters?: Record<string, unknown>; [k: string]: unknown }

/** The published description of the algorithm: each stage under its name in the
 * interface language, its parameters readable, the engineers' text (English) folded. */
function describe(doc: Record<string, unknown>): HTMLElement[] {
  const stages = Array.isArray(doc.stages) ? (doc.stages as Stage[]) : [];
  const top = Object.entries(doc).filter(([k]) => k !== 'stages');
  return [
    params(top),
    ...stages.map((st) => {
      const { name, description, parameters, ...rest } = st;
      const entries = [...Object.entries(parameters ?? {}), ...Object.entries(rest)];
      return h('section', { class: 'algo-stage' },
        h('h3', {}, tOr(`algo-stage-${name}`, name.replace(/_/g, ' '))),
        entries.length ? params(entries) : null,
        description ? h('details', {}, h('summary', {}, t('algo-technical')), h('p', { lang: 'en', dir: 'ltr' }, description)) : null);
    }),
  ];
}

export async function algorithmPage(ctx: PageContext): Promise<void> {
  ctx.main.className = 'page';
  setTitle(t('algorithm-title'));
  ctx.main.append(h('h1', {}, t('algorithm-title')), h('p', {}, t('algorithm-intro')),
    h('p', {}, h('a', { href: '/transparency', class: 'text-link' }, t('transparency-title'))),
    h('ul', {}, h('li', {}, t('algorithm-sources')), h('li', {}, t('algorithm-signals')), h('li', {}, t('algorithm-filters')), h('li', {}, t('algorithm-control'))));
  try {
    const doc = await api<Record<string, unknown>>('GET', '/api/v1/feed/algorithm');
    ctx.main.append(h('section', { class: 'card', 'aria-labelledby': 'algo-published' }, h('h2', { id: 'algo-published' }, t('algorithm-published')), ...describe(doc)));
  } catch (e) {
    ctx.main.append(h('p', { class: 'hint' }, e instanceof ApiError && e.status === 404 ? t('algorithm-unavailable') : errorText(e)));
  }
}
