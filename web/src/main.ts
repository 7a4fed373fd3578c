// Entry point: messages, session, the frame (tab bar, live region), then the router.
//
// The feed (where most visits start) is in this file's bundle; every other page, and
// hls.js, are chunks of their own fetched when needed, so a first visit to the feed
// loads little before it can show posters.
import { init, t } from './i18n';
import { loadSession, session, get } from './api';
import { h, icon } from './dom';
import { route, start, onRender, type PageContext } from './router';
import { feedPage, videoPage, prefetchFirstPage } from './feed';

type PageFn = (ctx: PageContext) => void | Promise<void>;

/** A page whose code is fetched on its first visit. */
function lazy<M>(load: () => Promise<M>, pick: (m: M) => PageFn): PageFn {
  return async (ctx) => {
    let page: PageFn;
    try {
      page = pick(await load());
    } catch {
      ctx.main.append(h('p', { class: 'notice', role: 'alert' }, t('error-network')));
      return;
    }
    await page(ctx);
  };
}

function tab(href: string, label: string, iconName: string, extra?: Node): HTMLAnchorElement {
  return h('a', { href, class: 'tab', 'data-tab': href }, icon(iconName), h('span', { class: 'tab-label' }, label), extra ?? null);
}

function frame(root: HTMLElement): void {
  const profileHref = session.account ? `/u/${encodeURIComponent(session.account.handle)}` : '/login';
  const badge = h('span', { class: 'badge', hidden: true });
  root.replaceChildren(
    h('main', { id: 'main', tabindex: '-1' }),
    h('nav', { class: 'tabbar', 'aria-label': t('nav-label') },
      tab('/', t('nav-home'), 'home'),
      tab('/search', t('nav-discover'), 'search'),
      tab('/upload', t('nav-upload'), 'plus'),
      tab('/inbox', t('nav-inbox'), 'inbox', badge),
      tab(profileHref, t('nav-profile'), 'user'),
      // Wide screens only (the side bar has room); on phones it is under Settings.
      h('a', { href: '/transparency', class: 'tabbar-extra' }, t('transparency-title'))),
    h('div', { id: 'toast', class: 'toast', role: 'status', 'aria-live': 'polite' }));
  onRender((path) => {
    root.querySelectorAll<HTMLAnchorElement>('.tab').forEach((a) => {
      const target = a.dataset.tab ?? '';
      const current = target === '/' ? path === '/' || path === '/following' : path.startsWith(target);
      if (current) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
    });
    document.body.classList.toggle('on-feed', path === '/' || path === '/following' || path.startsWith('/v/'));
  });
  // Signed in from the sign-in sheet: the profile tab leads to the profile now.
  addEventListener('spool:session', () => {
    const profile = root.querySelector<HTMLAnchorElement>('.tab[data-tab="/login"]');
    if (profile && session.account) {
      const href = `/u/${encodeURIComponent(session.account.handle)}`;
      profile.href = href;
      profile.dataset.tab = href;
    }
  });
  if (session.account) {
    get<{ unread: number }>('/api/v1/notifications').then((n) => {
      if (n.unread > 0) {
        badge.hidden = false;
        badge.textContent = String(n.unread);
        badge.setAttribute('aria-label', t('nav-unread', { count: n.unread }));
      }
    }).catch(() => undefined);
  }
}

async function boot(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  // The feed's first page and the player, asked for while messages and session load.
  prefetchFirstPage(location.pathname);
  await init(root.dataset.lang ?? document.documentElement.lang, root.dataset.version ?? '');
  // The server marks the shell when the request carried a session cookie: a visitor's
  // page asks nothing it would be refused.
  if (root.dataset.session === '1') await loadSession();
  frame(root);
  route('/', (ctx) => feedPage(ctx, 'for-you'));
  route('/following', (ctx) => feedPage(ctx, 'following'));
  route('/v/{id}', videoPage);
  const profile = () => import('./profile');
  const settings = () => import('./settings');
  const moderation = () => import('./moderation');
  const auth = () => import('./auth');
  route('/upload', lazy(() => import('./upload'), (m) => m.uploadPage));
  route('/u/{handle}', lazy(profile, (m) => m.profilePage));
  route('/tag/{tag}', lazy(profile, (m) => m.hashtagPage));
  route('/sound/{id}', lazy(profile, (m) => m.soundPage));
  route('/search', lazy(() => import('./search'), (m) => m.searchPage));
  route('/inbox', lazy(() => import('./inbox'), (m) => m.inboxPage));
  route('/settings', lazy(settings, (m) => m.settingsPage));
  route('/settings/access', lazy(settings, (m) => m.accessPage));
  route('/settings/status', lazy(() => import('./status'), (m) => m.statusPage));
  route('/how-the-feed-works', lazy(settings, (m) => m.algorithmPage));
  route('/moderation', lazy(moderation, (m) => m.moderationPage));
  route('/moderation/items/{id}', lazy(moderation, (m) => m.moderationItemPage));
  route('/transparency', lazy(() => import('./transparency'), (m) => m.transparencyPage));
  route('/login', lazy(auth, (m) => m.loginPage));
  route('/signup', lazy(auth, (m) => m.signupPage));
  start();
}

// A page restored from the back/forward cache had its players torn down on the way out.
addEventListener('pageshow', (e) => { if (e.persisted) location.reload(); });

void boot();
