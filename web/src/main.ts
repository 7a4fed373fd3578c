// Entry point: messages, session, the frame (tab bar, live region), then the router.
import { init, t } from './i18n';
import { loadSession, session, get } from './api';
import { h, icon } from './dom';
import { route, start, onRender } from './router';
import { feedPage, videoPage } from './feed';
import { uploadPage } from './upload';
import { profilePage, hashtagPage, soundPage } from './profile';
import { searchPage } from './search';
import { inboxPage } from './inbox';
import { settingsPage, accessPage, algorithmPage } from './settings';
import { loginPage, signupPage } from './auth';
import { statusPage } from './status';
import { moderationPage, moderationItemPage } from './moderation';
import { transparencyPage } from './transparency';

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
  await init(root.dataset.lang ?? document.documentElement.lang, root.dataset.version ?? '');
  await loadSession();
  frame(root);
  route('/', (ctx) => feedPage(ctx, 'for-you'));
  route('/following', (ctx) => feedPage(ctx, 'following'));
  route('/v/{id}', videoPage);
  route('/upload', uploadPage);
  route('/u/{handle}', profilePage);
  route('/tag/{tag}', hashtagPage);
  route('/sound/{id}', soundPage);
  route('/search', searchPage);
  route('/inbox', inboxPage);
  route('/settings', settingsPage);
  route('/settings/access', accessPage);
  route('/settings/status', statusPage);
  route('/how-the-feed-works', algorithmPage);
  route('/moderation', moderationPage);
  route('/moderation/items/{id}', moderationItemPage);
  route('/transparency', transparencyPage);
  route('/login', loginPage);
  route('/signup', signupPage);
  start();
}

// A page restored from the back/forward cache had its players torn down on the way out.
addEventListener('pageshow', (e) => { if (e.persisted) location.reload(); });

void boot();
