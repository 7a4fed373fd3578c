// Profile pages (grid, counts, follow button, private state), hashtag and sound pages.
import { t, formatCount, formatDuration } from './i18n';
import { get, errorText, session, enc, following, setFollowing, ApiError, type Profile, type Video, type VideoPage } from './api';
import { h, icon, toast, handle as handleEl, at } from './dom';
import { setTitle, navigate, type PageContext } from './router';
import { reportDialog } from './report';
import { withAccount } from './signin';
import { avatarContent, editProfileDialog } from './photo';

/** A grid of clips (posters linking to each clip's page). */
export function grid(videos: Video[], emptyText: string): HTMLElement {
  if (!videos.length) return h('p', { class: 'empty' }, emptyText);
  return h('ul', { class: 'grid' }, ...videos.map((v) => h('li', {},
    h('a', { href: `/v/${enc(v.id)}`, class: 'tile' },
      v.poster_url ? h('img', { src: v.poster_url, alt: '', loading: 'lazy' }) : h('span', { class: 'tile-placeholder' }),
      h('span', { class: 'visually-hidden' }, v.caption ? t('tile-label', { caption: v.caption, handle: at(v.creator.handle) }) : t('tile-label-plain', { handle: at(v.creator.handle) })),
      v.state !== 'ready' ? h('span', { class: 'tile-state' }, t(v.state === 'failed' ? 'video-failed' : v.state === 'held' ? 'video-held' : 'video-processing')) : null,
      // Views, as on every short-video app (likes where a server does not count views).
      v.view_count !== undefined
        ? h('span', { class: 'tile-count' }, icon('play'), h('span', { 'aria-hidden': 'true' }, formatCount(v.view_count)), h('span', { class: 'visually-hidden' }, t('tile-views', { count: v.view_count })))
        : h('span', { class: 'tile-count', 'aria-hidden': 'true' }, icon('heart'), formatCount(v.like_count))))));
}

function stat(count: number, label: string): HTMLElement {
  return h('div', { class: 'stat' }, h('dt', {}, label), h('dd', {}, formatCount(count)));
}

export async function profilePage(ctx: PageContext): Promise<void> {
  ctx.main.className = 'page';
  const handle = ctx.params.handle;
  setTitle(`@${handle}`);
  let profile: Profile;
  try {
    profile = await get<Profile>(`/api/v1/accounts/${enc(handle)}`);
  } catch (e) {
    const withheld = e instanceof ApiError && e.status === 451;
    ctx.main.append(h('h1', {}, `@${handle}`), h('p', { class: 'empty' },
      e instanceof ApiError && e.status === 404 ? t('profile-not-found') : withheld ? `${t('profile-withheld')} ${e.message}` : errorText(e)));
    return;
  }
  setTitle(profile.display_name || `@${profile.handle}`);
  const own = session.account?.id === profile.id;
  const follows = (await following()).has(profile.handle.toLowerCase());
  const actions = h('div', { class: 'row profile-actions' });
  if (own) {
    const me = session.account;
    actions.append(h('button', { type: 'button', class: 'edit-profile-button', 'aria-haspopup': 'dialog',
      onclick: () => { if (me) editProfileDialog(me, () => navigate(location.pathname + location.search, true)); } }, t('profile-edit')));
  } else {
    const button = h('button', { type: 'button', class: 'primary follow', 'aria-pressed': String(follows) });
    const show = (state: string) => {
      button.textContent = t(state === 'following' ? 'profile-following' : state === 'requested' ? 'follow-requested' : 'profile-follow');
      button.setAttribute('aria-pressed', String(state !== 'none'));
      button.classList.toggle('primary', state === 'none');
    };
    show(follows ? 'following' : 'none');
    // A visitor signs in on the sheet and stays on the profile.
    button.addEventListener('click', () => withAccount(async () => {
      const on = button.getAttribute('aria-pressed') !== 'true';
      try {
        show(await setFollowing(profile.handle, on));
        toast(on ? t('follow-done', { handle: at(profile.handle) }) : t('unfollow-done', { handle: at(profile.handle) }));
      } catch (e) { toast(errorText(e)); }
    }));
    actions.append(button,
      h('button', { type: 'button', class: 'profile-report', 'aria-haspopup': 'dialog', onclick: () => reportDialog({ kind: 'account', handle: profile.handle }) },
        t('profile-report')));
  }
  ctx.main.append(h('header', { class: 'profile-head' },
    h('div', { class: 'avatar', 'aria-hidden': 'true' }, avatarContent(profile, true)),
    h('h1', {}, profile.display_name || `@${profile.handle}`),
    h('p', { class: 'handle' }, handleEl(profile.handle), profile.is_private ? h('span', { class: 'pill' }, icon('lock'), t('profile-private')) : null),
    profile.bio ? h('p', { class: 'bio' }, profile.bio) : null,
    h('dl', { class: 'stats' },
      stat(profile.following_count, t('profile-following-count')),
      stat(profile.follower_count, t('profile-followers-count')),
      stat(profile.like_count, t('profile-likes-count')),
      stat(profile.video_count, t('profile-videos-count'))),
    actions));
  const section = h('section', { 'aria-labelledby': 'profile-videos' }, h('h2', { id: 'profile-videos', class: 'visually-hidden' }, t('profile-videos')));
  ctx.main.append(section);
  try {
    const page = await get<VideoPage>(`/api/v1/accounts/${enc(profile.handle)}/videos?limit=50`);
    if (profile.is_private && !own && !follows && page.items.length === 0) {
      section.append(h('div', { class: 'empty private-state' }, icon('lock'), h('p', {}, t('profile-private-body'))));
    } else {
      section.append(grid(page.items, t(own ? 'profile-empty-own' : 'profile-empty')));
    }
  } catch (e) {
    section.append(h('p', { class: 'empty' }, errorText(e)));
  }
}

export async function hashtagPage(ctx: PageContext): Promise<void> {
  ctx.main.className = 'page';
  const tag = ctx.params.tag.replace(/^#/, '');
  setTitle(`#${tag}`);
  try {
    const page = await get<{ tag: string; video_count: number; items: Video[] }>(`/api/v1/hashtags/${enc(tag)}`);
    ctx.main.append(h('header', { class: 'page-head' },
      h('h1', {}, `#${page.tag}`), h('p', { class: 'hint' }, t('hashtag-count', { count: page.video_count }))),
    grid(page.items, t('hashtag-empty')));
  } catch (e) {
    ctx.main.append(h('h1', {}, `#${tag}`), h('p', { class: 'empty' }, errorText(e)));
  }
}

export async function soundPage(ctx: PageContext): Promise<void> {
  ctx.main.className = 'page';
  setTitle(t('sound-title'));
  const sort = ctx.query.get('sort') === 'popular' ? 'popular' : 'newest';
  try {
    const s = await get<{ id: string; title: string; duration_ms: number; url: string; original_video: string; items: Video[] }>(
      `/api/v1/sounds/${enc(ctx.params.id)}?sort=${sort}`);
    setTitle(s.title || t('sound-title'));
    const audioLabel = t('sound-listen', { title: s.title || t('sound-title') });
    ctx.main.append(
      h('header', { class: 'page-head' },
        h('h1', {}, icon('music'), ' ', s.title || t('sound-title')),
        h('p', { class: 'hint' }, t('sound-meta', { duration: formatDuration(s.duration_ms), count: s.items.length })),
        h('audio', { controls: true, preload: 'none', src: s.url, 'aria-label': audioLabel }),
        h('div', { class: 'row' },
          h('a', { href: `/upload?sound_id=${enc(s.id)}`, class: 'button primary' }, t('sound-use')),
          h('a', { href: `/v/${enc(s.original_video)}`, class: 'button' }, t('sound-original')))),
      h('nav', { class: 'segmented', 'aria-label': t('sound-sort') },
        h('a', { href: `?sort=newest`, 'aria-current': sort === 'newest' ? 'page' : null }, t('sound-newest')),
        h('a', { href: `?sort=popular`, 'aria-current': sort === 'popular' ? 'page' : null }, t('sound-popular'))),
      grid(s.items, t('sound-empty')));
  } catch (e) {
    ctx.main.append(h('h1', {}, t('sound-title')), h('p', { class: 'empty' }, errorText(e)));
  }
}
