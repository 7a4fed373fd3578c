// Search with typeahead: accounts, videos, hashtags and sounds.
import { t, formatDuration } from './i18n';
import { avatarContent } from './photo';
import { api, get, post, errorText, enc, session, ApiError, type Profile, type Video, type FeedPage } from './api';
import { h, handle, at } from './dom';
import { setTitle, navigate, type PageContext } from './router';
import { suggestions } from './suggest';
import { grid } from './profile';

const TYPES = ['videos', 'accounts', 'hashtags', 'sounds'] as const;

interface Results {
  accounts: Profile[]; videos: Video[];
  hashtags: { tag: string; video_count: number }[];
  sounds: { id: string; title: string; duration_ms: number }[];
}

function typeLabel(type: string): string {
  return t(type === 'accounts' ? 'search-accounts' : type === 'hashtags' ? 'search-hashtags' : type === 'sounds' ? 'search-sounds' : 'search-videos');
}

export async function searchPage(ctx: PageContext): Promise<void> {
  ctx.main.className = 'page';
  setTitle(t('search-title'));
  const q = ctx.query.get('q') ?? '';
  const type = (TYPES as readonly string[]).includes(ctx.query.get('type') ?? '') ? ctx.query.get('type') as string : 'videos';
  const input = h('input', { type: 'search', name: 'q', id: 'search-q', value: q, autocomplete: 'off', placeholder: t('search-placeholder') });
  const go = (query: string, kind: string) => navigate(`/search?${new URLSearchParams({ q: query, type: kind })}`);
  const help = suggestions(input, {
    token: (value) => ({ query: value }),
    choose: (s) => {
      if (s.type === 'account') navigate(`/u/${enc(s.text.replace(/^@/, ''))}`);
      else if (s.type === 'hashtag') navigate(`/tag/${enc(s.text.replace(/^#/, ''))}`);
      else if (s.type === 'sound') navigate(`/sound/${enc(s.id)}`);
      else navigate(`/v/${enc(s.id)}`);
    },
  });
  const form = h('form', { role: 'search', class: 'search-form' },
    h('label', { for: 'search-q', class: 'visually-hidden' }, t('search-label')), input, help,
    h('button', { type: 'submit', class: 'primary' }, t('search-submit')));
  form.addEventListener('submit', (e) => { e.preventDefault(); go(input.value, type); });
  const tabs = h('nav', { class: 'segmented search-tabs', 'aria-label': t('search-types') },
    ...TYPES.map((k) => h('a', { href: `/search?${new URLSearchParams({ q, type: k })}`, 'aria-current': k === type ? 'page' : null }, typeLabel(k))));
  const results = h('section', { class: 'results', 'aria-label': t('search-results') });
  ctx.main.append(h('h1', {}, t('search-title')), form, tabs, results);
  if (!q.trim()) {
    results.append(h('p', { class: 'hint' }, t('search-hint')));
    await trending(results);
    return;
  }
  const address = ADDRESS.exec(q.trim());
  if (address && session.account && address[2].toLowerCase() !== location.host.toLowerCase()) {
    results.append(await remoteAccount(`${address[1]}@${address[2]}`));
  }
  try {
    const r = await get<Results>(`/api/v1/search?${new URLSearchParams({ q, type })}`);
    const empty = h('p', { class: 'empty' }, t('search-empty', { query: q }));
    if (type === 'videos') results.append(grid(r.videos, t('search-empty', { query: q })));
    else if (type === 'accounts') results.append(r.accounts.length ? h('ul', { class: 'list' }, ...r.accounts.map((a) => h('li', {},
      h('a', { href: `/u/${enc(a.handle)}`, class: 'list-item' },
        h('span', { class: 'avatar small', 'aria-hidden': 'true' }, avatarContent(a)),
        h('span', {}, h('strong', {}, a.display_name || a.handle), h('span', { class: 'hint block' }, handle(a.handle), ' · ', t('search-followers', { count: a.follower_count }))))))) : empty);
    else if (type === 'hashtags') results.append(r.hashtags.length ? h('ul', { class: 'list' }, ...r.hashtags.map((x) => h('li', {},
      h('a', { href: `/tag/${enc(x.tag)}`, class: 'list-item' }, h('strong', {}, `#${x.tag}`), h('span', { class: 'hint' }, t('hashtag-count', { count: x.video_count })))))) : empty);
    else results.append(r.sounds.length ? h('ul', { class: 'list' }, ...r.sounds.map((s) => h('li', {},
      h('a', { href: `/sound/${enc(s.id)}`, class: 'list-item' }, h('strong', {}, s.title), h('span', { class: 'hint' }, formatDuration(s.duration_ms)))))) : empty);
  } catch (e) {
    results.append(h('p', { class: 'empty' }, errorText(e)));
  }

}

/** An address of an account on another instance: `name@host` (a leading `@` allowed). */
const ADDRESS = /^@?([^@\s/]+)@([^@\s/]+\.[^@\s/]+|localhost(?::\d+)?|[^@\s/]+:\d+)$/;

interface RemoteAccount {
  acct: string; actor: string; name: string; display_name: string; summary: string;
  locked: boolean; following?: 'requested' | 'active';
}

/** The account a search by address names on another instance, to follow from here. */
async function remoteAccount(acct: string): Promise<HTMLElement> {
  const box = h('section', { class: 'remote-account', 'aria-label': t('fed-title') });
  try {
    const a = await get<RemoteAccount>(`/api/v1/federation/accounts?${new URLSearchParams({ acct })}`);
    const action = h('div', { class: 'row' });
    const draw = (following: RemoteAccount['following']) => {
      if (following === 'requested') { action.replaceChildren(h('span', { class: 'pill' }, t('fed-pending'))); return; }
      const on = following === 'active';
      action.replaceChildren(h('button', {
        type: 'button', class: on ? '' : 'primary',
        onclick: async () => {
          try {
            if (on) { await api('DELETE', `/api/v1/federation/follows/${enc(a.acct)}`); draw(undefined); }
            else { const r = await post<{ state: 'requested' | 'active' }>('/api/v1/federation/follows', { acct: a.acct }); draw(r.state); }
          } catch (e) { action.append(h('p', { class: 'field-error' }, errorText(e))); }
        },
      }, t(on ? 'fed-unfollow' : 'fed-follow')));
    };
    draw(a.following);
    box.append(h('h2', {}, t('fed-title')),
      h('div', { class: 'list-item' },
        h('span', {}, h('strong', {}, a.display_name || a.name), h('span', { class: 'hint block' }, at(a.acct)),
          a.summary ? h('span', { class: 'block' }, a.summary) : null)),
      action);
  } catch (e) {
    box.append(h('p', { class: 'empty' }, e instanceof ApiError && e.status === 404 ? t('fed-not-found', { handle: at(acct) })
      : e instanceof ApiError && e.code === 'local_account' ? t('fed-address-local') : errorText(e)));
  }
  return box;
}

/** Discover before a query: what is trending where the viewer is (the feed that uses
 * nothing about them), and its hashtags. */
async function trending(into: HTMLElement): Promise<void> {
  try {
    const page = await get<FeedPage>('/api/v1/feed/for-you?mode=non_personalized&limit=24');
    const videos = page.items.map((i) => i.video);
    if (!videos.length) return;
    const tags = [...new Set(videos.flatMap((v) => v.hashtags))].slice(0, 12);
    into.append(h('section', { class: 'trending', 'aria-labelledby': 'trending-title' },
      h('h2', { id: 'trending-title' }, t('discover-trending')),
      tags.length ? h('ul', { class: 'tag-chips', 'aria-label': t('discover-trending-tags') },
        ...tags.map((tag) => h('li', {}, h('a', { href: `/tag/${enc(tag)}` }, `#${tag}`)))) : null,
      grid(videos, '')));
  } catch { /* Discover still searches */ }
}
