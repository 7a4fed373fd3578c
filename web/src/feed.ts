// The For You and Following feeds: full-screen clips with scroll snapping, autoplay
// (muted until the viewer taps), arrow keys on desktop, and on each clip its actions
// (like, comments, share, follow, sound, duet/stitch, report, not interested, why this
// video).
//
// Starting fast: the first page is asked for while the app still loads its messages
// (`prefetchFirstPage`); each clip shows its poster (an <img> under the <video>, which
// stays transparent until it has a frame) with a spinner over it until it plays; the
// next clip's playlist and first segment are fetched once the clip on screen plays, so
// the two never share the line at the start.
//
// The Following feed goes on, after the clips of the accounts followed here, with the
// clips of those followed on other instances (`federation.ts`): played the same way,
// labelled with their instance, without the actions that belong to this server's clips.
import { t, tOr, lang, formatCount, formatDuration, type Args } from './i18n';
import { api, get, post, patch, del, errorText, session, enc, following, setFollowing, ApiError, type FeedItem, type FeedPage, type Video, type Settings } from './api';
import { h, icon, toast, dialog, field, formAlert, showError, id, handle as handleEl, at } from './dom';
import { withAccount } from './signin';
import { attach, loadPlayer, starterAvailable, warm, type Source } from './player';
import { Watcher, flush } from './watch';
import { setTitle, navigate, canGoBack, type PageContext } from './router';
import { openComments } from './comments';
import { reportDialog } from './report';
import { scopeText } from './decisions';
import { avatarContent } from './photo';
import { captionsWanted, setCaptionsWanted, pickTrack, showCaptions, captionsEditor } from './captions';
import { remoteFeed, remoteItem, type Origin } from './federation';

const MODE_KEY = 'spool.feedMode';
export type FeedMode = 'personalized' | 'non_personalized';

/** The mode chosen in this browser, if any (for visitors, and for servers that do not
 * keep `feed_mode` in the account's settings). */
export function storedMode(): FeedMode | null {
  const v = localStorage.getItem(MODE_KEY);
  return v === 'personalized' || v === 'non_personalized' ? v : null;
}

/** Stores the feed mode: in the account's settings where the server keeps it (then the
 * server applies it on every device), otherwise in this browser. */
export async function setFeedMode(mode: FeedMode): Promise<void> {
  if (session.account) {
    try {
      const s = await get<Settings>('/api/v1/me/settings');
      if ('feed_mode' in s) {
        await api('PATCH', '/api/v1/me/settings', { feed_mode: mode });
        localStorage.removeItem(MODE_KEY);
        return;
      }
    } catch { /* fall back to this browser */ }
  }
  localStorage.setItem(MODE_KEY, mode);
}

/** The viewer's sound choice, kept while they move between clips and pages. */
let muted = true;
/** Whether captions are shown (the viewer's choice, remembered in this browser). */
let captionsOn = captionsWanted();
/** The playback speed chosen (long press), kept for the clips after. */
let rate = 1;
const RATES = [0.5, 1, 1.5, 2];
/** How long a press lasts before it is a long press (the speed sheet). */
const LONG_PRESS_MS = 500;

/** An item of a feed: a clip of this server, or (with `remote`) one from another instance. */
type Item = FeedItem & { remote?: Origin };
type Page = { items: Item[]; cursor: string | null; mode?: string };
type Loader = (cursor: string | null) => Promise<Page>;

/** Watch events are this server's: a clip from elsewhere sends none. */
type WatchReport = Pick<Watcher, 'enter' | 'leave' | 'notInterested'>;
const UNWATCHED: WatchReport = { enter: () => undefined, leave: () => undefined, notInterested: () => undefined };

interface Clip {
  item: Item; el: HTMLElement; video: HTMLVideoElement; source: Source | null;
  poster: HTMLImageElement | null; backdrop: HTMLImageElement | null; watcher: WatchReport; tap: HTMLButtonElement; mute: HTMLButtonElement;
  /** Likes the clip (a double tap never takes a like back). */
  like: (on: boolean) => void;
  /** The CC button (clips with captions only), the box the cues are drawn in, and what
   * takes the shown track away. */
  cc: HTMLButtonElement | null; captionBox: HTMLElement; hideCaptions: (() => void) | null;
  /** A remote clip whose playlist cannot be had: says so on the clip (null: local). */
  failed: (() => void) | null;
}

/** How long a tap waits for a second one before it counts as a single tap. */
const DOUBLE_TAP_MS = 280;

/** Clips ahead of the one on screen whose posters are fetched. */
const POSTERS_AHEAD = 2;

/** The first page of a feed, asked for before the app is ready to draw it. */
let early: { url: string; page: Promise<FeedPage> } | null = null;

function firstPageUrl(kind: 'for-you' | 'following'): string {
  const q = new URLSearchParams({ limit: '8' });
  // Without a choice stored here, the server applies the account's own setting.
  const stored = storedMode();
  if (kind === 'for-you' && stored) q.set('mode', stored);
  return `/api/v1/feed/${kind}?${q}`;
}

/** On a feed's address, asks for its first page and the player now, while the app loads
 * its messages and session: the page is taken by `feedPage` if it asks for the same. */
export function prefetchFirstPage(path: string): void {
  const kind = path === '/' ? 'for-you' : path === '/following' ? 'following' : null;
  if (!kind && !path.startsWith('/v/')) return;
  // Where the first clip plays without hls.js, hls.js waits for it to play: until then
  // it would only share the line with the clip.
  if (!starterAvailable()) void loadPlayer();
  if (!kind) return;
  const url = firstPageUrl(kind);
  const page = get<FeedPage>(url);
  // As soon as the page is here: the first clip's poster and the start of its video.
  page.then((p) => {
    const first = p.items[0]?.video;
    if (first?.poster_url) {
      const img = new Image();
      img.setAttribute('fetchpriority', 'high');
      img.src = first.poster_url;
    }
    if (first?.playlist_url) void warm(first.playlist_url);
  }, () => undefined);
  early = { url, page };
}

/** The page asked for early, if it is `url`'s (asked once: the first feed drawn takes it
 * or lets it go). */
function takeEarly(url: string): Promise<FeedPage> | null {
  const taken = early;
  early = null;
  return taken?.url === url ? taken.page : null;
}

export function captionNodes(video: Video): (Node | string)[] {
  const out: (Node | string)[] = [];
  const re = /([#@])([\p{L}\p{N}_.]+)/gu;
  let last = 0;
  for (const m of video.caption.matchAll(re)) {
    const at = m.index ?? 0;
    out.push(video.caption.slice(last, at));
    const [whole, sigil, word] = m;
    const href = sigil === '#' ? `/tag/${enc(word.toLowerCase())}` : `/u/${enc(word)}`;
    out.push(h('a', { href, class: 'inline-link' }, whole));
    last = at + whole.length;
  }
  out.push(video.caption.slice(last));
  return out;
}

function reasonText(r: { code: string; text: string; args?: Record<string, string | number> }): string {
  const args: Args = { ...(r.args ?? {}) };
  // Handles and hashtags carry their sign inside the value, so that it stays with the
  // word in right-to-left text (Fluent isolates each value).
  if (typeof args.handle === 'string') args.handle = at(args.handle);
  if (typeof args.hashtag === 'string' && !args.hashtag.startsWith('#')) args.hashtag = `#${args.hashtag}`;
  return tOr(`reason-${r.code}`, r.text, args);
}

class Feed {
  clips: Clip[] = [];
  current = -1;
  private cursor: string | null = null;
  private done = false;
  private loading = false;
  private observer: IntersectionObserver;
  private status: HTMLElement;
  private end: HTMLElement | null = null;

  constructor(public scroller: HTMLElement, private load: Loader | null, private feedName: string) {
    this.observer = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (e.isIntersecting && e.intersectionRatio >= 0.6) this.activate(this.clips.findIndex((c) => c.el === e.target));
      }
    }, { root: scroller, threshold: [0.6] });
    // Beside the feed, not in it (a feed holds only articles): loading, empty, errors.
    this.status = h('p', { class: 'feed-status alone', role: 'status' });
    scroller.after(this.status);
  }

  async more(): Promise<void> {
    if (!this.load || this.loading || this.done) return;
    this.loading = true;
    this.scroller.setAttribute('aria-busy', 'true');
    // A spinner; the words are for screen readers.
    this.status.classList.add('busy');
    this.status.replaceChildren(h('span', { class: 'visually-hidden' }, t('loading')));
    try {
      const page = await this.load(this.cursor);
      this.cursor = page.cursor;
      this.done = !page.cursor || page.items.length === 0;
      page.items.forEach((item) => this.add(item));
      this.status.textContent = this.clips.length === 0 ? t(this.feedName === 'following' ? 'feed-following-empty' : 'feed-empty') : '';
      if (this.done && this.clips.length > 0) this.caughtUp();
      this.markFeed();
    } catch (e) {
      this.done = true;
      this.markFeed();
      this.status.textContent = e instanceof ApiError && e.status === 404 ? t('feed-unavailable')
        : e instanceof ApiError && e.status === 401 ? t('feed-login') : errorText(e);
    } finally {
      this.loading = false;
      this.status.classList.remove('busy');
      this.scroller.setAttribute('aria-busy', 'false');
    }
  }

  /** A feed holds articles: with none (an empty feed, an error) it is a plain region. */
  markFeed(): void {
    this.scroller.setAttribute('role', this.clips.length ? 'feed' : 'region');
  }

  /** The end of the feed: said, with a way on to explore (an item of the feed, as a
   * feed holds only articles). */
  private caughtUp(): void {
    if (this.end) return;
    const title = id('feed-end');
    this.end = h('article', { class: 'feed-end', 'aria-labelledby': title },
      icon('check'), h('h2', { id: title }, t('feed-caught-up')),
      h('p', {}, t('feed-caught-up-hint')),
      h('a', { href: '/search', class: 'button primary' }, t('feed-explore')));
    this.scroller.append(this.end);
  }

  add(item: Item): void {
    const clip = renderClip(item, this);
    this.clips.push(clip);
    // The first poster at once; the others once the first clip plays.
    if (this.clips.length === 1) showPoster(clip, true);
    clip.el.setAttribute('aria-posinset', String(this.clips.length));
    this.scroller.insertBefore(clip.el, this.end);
    this.status.classList.remove('alone');
    this.markFeed();
    this.observer.observe(clip.el);
  }

  activate(i: number): void {
    if (i < 0 || i === this.current) return;
    const old = this.clips[this.current];
    if (old) { old.watcher.leave(); old.video.pause(); setLoading(old, false); }
    this.current = i;
    // The clips next to this one keep what they loaded (a swipe back or on is instant);
    // the others let theirs go.
    this.clips.forEach((c, j) => {
      if ((j < i - 1 || j > i + 1) && c.source) { c.source.detach(); c.source = null; }
    });
    const clip = this.clips[i];
    showPoster(clip, true);
    if (clip.source) clip.source.promote();
    else if (clip.item.video.playlist_url) {
      void warm(clip.item.video.playlist_url);
      clip.source = attach(clip.video, clip.item.video.playlist_url, false, clip.failed ?? undefined);
    }
    setLoading(clip, clip.video.readyState < HTMLMediaElement.HAVE_FUTURE_DATA);
    clip.watcher.enter();
    this.play(clip);
    this.prefetchNext(clip);
    if (i >= this.clips.length - 3) void this.more();
  }

  /** Once `clip` plays (not before: it has the line to itself until then), fetches the
   * start of the next clip and the posters of the next few. */
  private prefetchNext(clip: Clip): void {
    const start = () => {
      if (this.clips[this.current] !== clip) return;
      this.clips.slice(this.current + 1, this.current + 1 + POSTERS_AHEAD).forEach((c) => showPoster(c, false));
      const next = this.clips[this.current + 1];
      if (next && !next.source && next.item.video.playlist_url) next.source = attach(next.video, next.item.video.playlist_url, true, next.failed ?? undefined);
    };
    if (clip.video.readyState >= HTMLMediaElement.HAVE_FUTURE_DATA && !clip.video.paused) start();
    else clip.video.addEventListener('playing', start, { once: true });
  }

  play(clip: Clip): void {
    this.syncCaptions(clip);
    clip.video.muted = muted;
    clip.video.playbackRate = rate;
    this.syncControls(clip);
    const start = () => {
      if (this.clips[this.current] !== clip) return;
      clip.video.play().catch(() => {
        // Autoplay with sound refused: play muted instead.
        if (!clip.video.muted) { muted = true; clip.video.muted = true; this.syncControls(clip); void clip.video.play().catch(() => undefined); }
      });
    };
    // Not before the player has given the video its source (that would abort the play).
    if (clip.source) void clip.source.ready.then(start); else start();
  }

  syncControls(clip: Clip): void {
    clip.mute.setAttribute('aria-pressed', String(muted));
    clip.mute.setAttribute('aria-label', t(muted ? 'clip-unmute' : 'clip-mute'));
    clip.mute.replaceChildren(icon(muted ? 'muted' : 'sound'));
    clip.tap.setAttribute('aria-label', t(muted ? 'clip-unmute' : clip.video.paused ? 'clip-play' : 'clip-pause'));
    clip.el.classList.toggle('paused', clip.video.paused && !muted);
  }

  /** Shows the clip's track in the viewer's language while captions are on. */
  syncCaptions(clip: Clip): void {
    const track = captionsOn ? pickTrack(clip.item.video.captions ?? []) : null;
    if (!track) { clip.hideCaptions?.(); clip.hideCaptions = null; }
    else if (!clip.hideCaptions) clip.hideCaptions = showCaptions(clip.video, track, clip.captionBox);
    if (clip.cc) {
      clip.cc.setAttribute('aria-pressed', String(captionsOn));
      clip.cc.setAttribute('aria-label', t(captionsOn ? 'clip-captions-off' : 'clip-captions-on'));
    }
  }

  toggleCaptions(): void {
    captionsOn = !captionsOn;
    setCaptionsWanted(captionsOn);
    this.clips.forEach((c) => this.syncCaptions(c));
    toast(t(captionsOn ? 'captions-on' : 'captions-off'));
  }

  toggleMute(clip: Clip): void {
    muted = !muted;
    this.clips.forEach((c) => { c.video.muted = muted; });
    if (clip.video.paused) void clip.video.play().catch(() => undefined);
    this.syncControls(clip);
  }

  /** A tap on the clip: first it turns the sound on, then it pauses and plays. */
  tap(clip: Clip): void {
    if (muted) { this.toggleMute(clip); return; }
    if (clip.video.paused) void clip.video.play().catch(() => undefined); else clip.video.pause();
    this.syncControls(clip);
  }

  go(step: number): void {
    const target = this.clips[Math.max(0, this.current) + step];
    // Where motion is reduced, the next clip is there at once.
    const behavior: ScrollBehavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    if (target) target.el.scrollIntoView({ behavior, block: 'start' });
    // Past the last clip: the end of the feed.
    else if (step > 0 && this.end) this.end.scrollIntoView({ behavior, block: 'end' });
  }

  /** Two taps: a like, with a heart where the finger was. */
  doubleTap(clip: Clip, e: MouseEvent): void {
    const box = clip.el.getBoundingClientRect();
    const keyboard = e.detail === 0;
    const x = keyboard ? box.width / 2 : e.clientX - box.left;
    const y = keyboard ? box.height / 2 : e.clientY - box.top;
    const heart = h('span', { class: 'heart-burst', 'aria-hidden': 'true', style: `left: ${x}px; top: ${y}px` }, icon('heart'));
    clip.el.append(heart);
    heart.addEventListener('animationend', () => heart.remove());
    // Where motion is reduced there is no animation to end.
    setTimeout(() => heart.remove(), 1200);
    clip.like(true);
  }

  remove(clip: Clip): void {
    const i = this.clips.indexOf(clip);
    if (i < 0) return;
    clip.watcher.leave();
    clip.source?.detach();
    this.observer.unobserve(clip.el);
    const next = this.clips[i + 1] ?? this.clips[i - 1];
    clip.el.remove();
    this.clips.splice(i, 1);
    this.current = -1;
    if (next) { next.el.scrollIntoView({ block: 'start' }); this.activate(this.clips.indexOf(next)); }
  }

  /** Leaving the page: report the clip on screen, stop everything. */
  destroy(): void {
    this.clips[this.current]?.watcher.leave();
    void flush(true);
    this.observer.disconnect();
    this.clips.forEach((c) => { c.video.pause(); c.source?.detach(); c.source = null; });
  }

  pauseForHidden(hidden: boolean): void {
    const clip = this.clips[this.current];
    if (!clip) return;
    if (hidden) { clip.watcher.leave(); clip.video.pause(); } else { clip.watcher.enter(); this.play(clip); }
  }
}

/** Starts fetching a clip's poster (the first one ahead of everything else). */
function showPoster(clip: Clip, first: boolean): void {
  const img = clip.poster;
  if (!img || img.getAttribute('src')) return;
  if (first) img.setAttribute('fetchpriority', 'high');
  img.src = img.dataset.src ?? '';
  // The same file: one fetch for both.
  if (clip.backdrop) clip.backdrop.src = img.src;
}

/** The creator's avatar on the rail (to their profile) with a "+" to follow them. */
function creatorAvatar(v: Video): HTMLElement {
  const handle = v.creator.handle;
  const wrap = h('div', { class: 'rail-creator' },
    h('a', { href: `/u/${enc(handle)}`, class: 'rail-avatar', 'aria-label': t('clip-creator-profile', { handle: at(handle) }) },
      avatarContent(v.creator)));
  if (isOwn(v)) return wrap;
  const follow = h('button', { type: 'button', class: 'rail-follow', 'aria-pressed': 'false', 'aria-label': t('follow-handle', { handle: at(handle) }) }, icon('plus'));
  const show = (state: string) => {
    follow.setAttribute('aria-pressed', String(state !== 'none'));
    follow.setAttribute('aria-label', t(state === 'following' ? 'unfollow-handle' : state === 'requested' ? 'follow-requested' : 'follow-handle', { handle: at(handle) }));
    follow.replaceChildren(icon(state === 'none' ? 'plus' : 'check'));
  };
  void following().then((set) => show(set.has(handle.toLowerCase()) ? 'following' : 'none'));
  follow.addEventListener('click', () => withAccount(async () => {
    const on = follow.getAttribute('aria-pressed') !== 'true';
    try {
      const state = await setFollowing(handle, on);
      show(state);
      toast(state === 'requested' ? t('follow-requested') : state === 'following' ? t('follow-done', { handle: at(handle) }) : t('unfollow-done', { handle: at(handle) }));
    } catch (e) { toast(errorText(e)); }
  }));
  wrap.append(follow);
  return wrap;
}

/** The thin bar under a clip: how far it has played; drag or click it to seek, or use the
 * arrow keys (it is a slider). */
function progressBar(video: HTMLVideoElement): HTMLElement {
  const fill = h('span', { class: 'clip-progress-fill' });
  const bar = h('div', {
    class: 'clip-progress', role: 'slider', tabindex: '0', 'aria-label': t('clip-progress'),
    'aria-valuemin': '0', 'aria-valuemax': '0', 'aria-valuenow': '0',
  }, h('span', { class: 'clip-progress-track' }, fill));
  const update = () => {
    const d = Number.isFinite(video.duration) ? video.duration : 0;
    const now = video.currentTime;
    fill.style.inlineSize = d ? `${Math.min(100, (now / d) * 100)}%` : '0';
    bar.setAttribute('aria-valuemax', String(Math.round(d)));
    bar.setAttribute('aria-valuenow', String(Math.round(now * 10) / 10));
    bar.setAttribute('aria-valuetext', t('clip-progress-value', { at: formatDuration(now * 1000), length: formatDuration(d * 1000) }));
  };
  for (const ev of ['timeupdate', 'durationchange', 'seeked']) video.addEventListener(ev, update);
  const seekTo = (fraction: number) => {
    if (!Number.isFinite(video.duration)) return;
    video.currentTime = Math.max(0, Math.min(1, fraction)) * video.duration;
    update();
  };
  // The bar fills from the start of the line: from the right in right-to-left text.
  const fractionAt = (x: number) => {
    const r = bar.getBoundingClientRect();
    const f = (x - r.left) / r.width;
    return getComputedStyle(bar).direction === 'rtl' ? 1 - f : f;
  };
  bar.addEventListener('pointerdown', (e) => {
    bar.setPointerCapture(e.pointerId);
    bar.classList.add('scrubbing');
    seekTo(fractionAt(e.clientX));
  });
  bar.addEventListener('pointermove', (e) => { if (bar.hasPointerCapture(e.pointerId)) seekTo(fractionAt(e.clientX)); });
  const end = () => bar.classList.remove('scrubbing');
  bar.addEventListener('pointerup', end);
  bar.addEventListener('pointercancel', end);
  bar.addEventListener('keydown', (e) => {
    const d = video.duration;
    if (!Number.isFinite(d)) return;
    const step = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[e.key];
    if (step !== undefined) seekTo((video.currentTime + step) / d);
    else if (e.key === 'Home') seekTo(0);
    else if (e.key === 'End') seekTo(1);
    else return;
    e.preventDefault();
    e.stopPropagation();
  });
  update();
  return bar;
}

/** The spinner over the poster: while the clip on screen has nothing to play yet (and
 * may still have: not once it failed). */
function setLoading(clip: Clip, on: boolean): void {
  clip.el.classList.toggle('loading', on && !clip.el.classList.contains('failed'));
}

function countButton(label: string, iconName: string, count: number, onclick: (b: HTMLButtonElement) => void): HTMLButtonElement {
  // The name comes from the hidden label (with the count in words); the visible count is
  // only for the eye.
  const b: HTMLButtonElement = h('button', { type: 'button', class: 'rail-button', onclick: () => onclick(b) },
    icon(iconName), h('span', { class: 'visually-hidden rail-label' }, label),
    h('span', { class: 'rail-count', 'aria-hidden': 'true' }, formatCount(count)));
  return b;
}

function setCount(b: HTMLButtonElement, label: string, count: number): void {
  const l = b.querySelector('.rail-label');
  if (l) l.textContent = label;
  const c = b.querySelector('.rail-count');
  if (c) c.textContent = formatCount(count);
}


/** What a clip from another instance shows under it: who posted it and where, its
 * caption (as text), and a link to it on its instance. */
function remoteInfo(v: Video, origin: Origin, originId: string, captionId: string, reasons: FeedItem['reasons']): HTMLElement {
  return h('div', { class: 'clip-info' },
    reasons.length ? h('p', { class: 'clip-reason' }, reasons.map(reasonText).join(' · ')) : null,
    h('p', { class: 'clip-origin', id: originId },
      origin.acct ? [h('span', { class: 'clip-handle' }, handleEl(origin.acct)), ' '] : null,
      h('span', { class: 'pill on-clip' }, icon('globe'), t('fed-from', { host: origin.host })),
      origin.sharedBy ? [' ', h('span', { class: 'pill on-clip' }, t('fed-shared-by', { handle: at(origin.sharedBy) }))] : null),
    v.caption ? h('p', { class: 'clip-caption pre-line', id: captionId }, v.caption) : null,
    origin.link ? h('a', { href: origin.link, class: 'clip-link', rel: 'noopener noreferrer', target: '_blank' }, t('fed-open', { host: origin.host })) : null);
}

function renderClip(item: Item, feed: Feed): Clip {
  const v = item.video;
  const remote = item.remote ?? null;
  const handle = v.creator.handle;
  const captionId = remote ? id('cap') : `cap-${v.id}`;
  const originId = id('origin');
  const who = remote ? (remote.acct ? at(remote.acct) : remote.host) : at(handle);
  const video = h('video', {
    class: 'clip-video', playsinline: true, loop: true, muted: true, preload: 'none',
    'aria-label': t('clip-video-label', { handle: who }),
  });
  video.muted = true;
  // Under the video, which is transparent until its first frame: the poster, there at once.
  const poster = v.poster_url ? h('img', { class: 'clip-poster', alt: '', decoding: 'async', 'data-src': v.poster_url }) : null;
  // Wide screens: the poster again, blurred, filling the sides of the contained video.
  const backdrop = v.poster_url ? h('img', { class: 'clip-backdrop', alt: '', decoding: 'async', 'data-src': v.poster_url }) : null;
  const spinner = h('span', { class: 'clip-spinner', role: 'progressbar', 'aria-label': t('clip-loading') });
  // One tap: sound, then pause and play; two taps: a like. A single tap waits a moment
  // for a second one.
  let pendingTap = 0;
  const tap = h('button', { type: 'button', class: 'clip-tap' }, h('span', { class: 'clip-paused-icon' }, icon('play')));
  // A long press: speed and "not interested" (the click that ends it does nothing else).
  let holding = 0;
  let held = false;
  const release = () => { clearTimeout(holding); holding = 0; };
  tap.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    held = false;
    holding = window.setTimeout(() => { holding = 0; held = true; pressSheet(clip, feed); }, LONG_PRESS_MS);
  });
  for (const end of ['pointerup', 'pointercancel', 'pointerleave']) tap.addEventListener(end, release);
  tap.addEventListener('contextmenu', (e) => e.preventDefault());
  tap.addEventListener('click', (e) => {
    if (held) { held = false; return; }
    // Two taps like a clip here: a remote one has no like, so a tap acts at once.
    if (remote) { feed.tap(clip); return; }
    if (pendingTap) { clearTimeout(pendingTap); pendingTap = 0; feed.doubleTap(clip, e); return; }
    pendingTap = window.setTimeout(() => { pendingTap = 0; feed.tap(clip); }, DOUBLE_TAP_MS);
  });
  const progress = progressBar(video);
  const mute = h('button', { type: 'button', class: 'icon-button clip-mute', onclick: () => feed.toggleMute(clip) });
  // Captions: a CC button where the clip has a track the viewer may fetch, the cues over
  // the clip.
  const cc = (v.captions ?? []).some((c) => c.url)
    ? h('button', { type: 'button', class: 'icon-button clip-cc', 'aria-pressed': 'false', onclick: () => feed.toggleCaptions() }, icon('cc'))
    : null;
  const captionBox = h('div', { class: 'clip-captions', hidden: true });
  video.addEventListener('play', () => feed.syncControls(clip));
  video.addEventListener('pause', () => feed.syncControls(clip));
  // Something to show: the spinner goes (a stall brings it back).
  for (const ready of ['canplay', 'playing']) video.addEventListener(ready, () => setLoading(clip, false));
  video.addEventListener('waiting', () => { if (feed.clips[feed.current] === clip) setLoading(clip, true); });

  // The actions on the rail, the creator's links and "why this video?" are this
  // server's: a clip from another instance has none of them.
  let setLike: (on: boolean) => void = () => undefined;
  let rail: HTMLElement | null = null;
  let info: HTMLElement;
  let like: HTMLButtonElement;
  if (remote) {
    info = remoteInfo(v, remote, originId, captionId, item.reasons);
    // The viewer's own copy (Following): a like and a reply go to its instance.
    if (remote.own) {
      setLike = (on: boolean) => withAccount(async () => {
        if ((like.getAttribute('aria-pressed') === 'true') === on) return;
        try {
          await post(on ? '/api/v1/federation/likes' : '/api/v1/federation/likes/undo', { object: v.id });
          like.setAttribute('aria-pressed', String(on));
          v.liked_by_me = on;
        } catch (e) { toast(errorText(e)); }
      });
      like = h('button', { type: 'button', class: 'rail-button like', 'aria-pressed': String(v.liked_by_me), 'aria-label': t('fed-like'),
        onclick: () => setLike(like.getAttribute('aria-pressed') !== 'true') }, icon('heart'));
      const reply = h('button', { type: 'button', class: 'rail-button', 'aria-label': t('comment-reply'), 'aria-haspopup': 'dialog',
        onclick: () => remoteReply(v) }, icon('comment'));
      rail = h('div', { class: 'clip-rail', role: 'group', 'aria-label': t('clip-actions', { handle: at(remote.acct ?? remote.host) }) }, like, reply);
    }
  } else {
    setLike = (on: boolean) => withAccount(async () => {
      if ((like.getAttribute('aria-pressed') === 'true') === on) return;
      try {
        const r = await api<{ liked: boolean; like_count: number }>(on ? 'POST' : 'DELETE', `/api/v1/videos/${enc(v.id)}/like`);
        like.setAttribute('aria-pressed', String(r.liked));
        v.liked_by_me = r.liked;
        v.like_count = r.like_count;
        setCount(like, t('clip-like', { count: r.like_count }), r.like_count);
      } catch (e) { toast(errorText(e)); }
    });
    like = countButton(t('clip-like', { count: v.like_count }), 'heart', v.like_count, (b) => setLike(b.getAttribute('aria-pressed') !== 'true'));
    like.setAttribute('aria-pressed', String(v.liked_by_me));
    like.classList.add('like');

    const comments = countButton(t('clip-comments', { count: v.comment_count }), 'comment', v.comment_count, () => {
      openComments(v, (count) => { v.comment_count = count; setCount(comments, t('clip-comments', { count }), count); });
    });

    const share = countButton(t('clip-share', { count: v.share_count }), 'share', v.share_count, async () => {
      let url = v.share_url;
      try {
        const r = await post<{ url: string; share_count: number }>(`/api/v1/videos/${enc(v.id)}/share`);
        url = r.url;
        setCount(share, t('clip-share', { count: r.share_count }), r.share_count);
      } catch { /* the link is known anyway */ }
      await shareLink(url, v.caption || at(handle));
    });

    rail = h('div', { class: 'clip-rail', role: 'group', 'aria-label': t('clip-actions', { handle: at(handle) }) });
    rail.append(creatorAvatar(v));
    rail.append(like, comments, share,
      h('button', { type: 'button', class: 'rail-button', 'aria-label': t('clip-more'), 'aria-haspopup': 'dialog', onclick: () => moreSheet(clip, feed) }, icon('more')));

    info = h('div', { class: 'clip-info' },
      h('a', { href: `/u/${enc(handle)}`, class: 'clip-handle' }, handleEl(handle)),
      h('p', { class: 'clip-caption', id: captionId }, ...captionNodes(v)),
      v.remix ? h('a', { href: `/v/${enc(v.remix.of)}`, class: 'clip-remix' }, t(v.remix.kind === 'duet' ? 'clip-duet-of' : 'clip-stitch-of')) : null,
      v.sound ? h('a', { href: `/sound/${enc(v.sound.id)}`, class: 'clip-sound' }, icon('music'), t('clip-sound', { handle: at(handle) })) : null,
      v.moderation?.age_restricted ? h('span', { class: 'pill on-clip' }, t('video-age-restricted')) : null,
      v.moderation?.label ? labelPanel(v.moderation.label) : null,
      h('button', { type: 'button', class: 'why-button', 'aria-haspopup': 'dialog', onclick: () => whyDialog(item) }, icon('info'), t('why-title')));
  }

  const el = h('article', {
    class: remote ? 'clip remote' : 'clip', 'aria-labelledby': remote ? (v.caption ? `${originId} ${captionId}` : originId) : captionId,
    'aria-setsize': '-1', 'data-video-id': remote ? null : v.id, 'data-remote-id': remote ? v.id : null, 'data-creator': remote ? null : handle,
  }, backdrop, poster, video, spinner, tap, captionBox, info, rail, mute, cc, progress);
  // A remote clip that cannot be played here (its instance is gone, or this page may not
  // load from it): said on the clip, with the link to it on its instance.
  // (Told aloud only for the clip on screen: the next one may fail while it is fetched ahead.)
  const failed = remote ? () => {
    if (el.classList.contains('failed')) return;
    el.classList.add('failed');
    setLoading(clip, false);
    const noticeId = id('failed');
    info.prepend(h('p', { class: 'clip-failed', id: noticeId }, t('fed-cannot-play')));
    el.setAttribute('aria-describedby', noticeId);
    if (feed.clips[feed.current] === clip) toast(t('fed-cannot-play'));
  } : null;
  if (failed) video.addEventListener('error', failed);
  // A poster its instance does not give (or this page may not load): no broken image.
  if (remote) for (const img of [poster, backdrop]) img?.addEventListener('error', () => { img.hidden = true; });
  const clip: Clip = { item, el, video, source: null, poster, backdrop, tap, mute, like: (on) => setLike(on),
    watcher: remote ? UNWATCHED : new Watcher(video, v.id, v.duration_ms ?? 0), cc, captionBox, hideCaptions: null, failed };
  feed.syncControls(clip);
  return clip;
}

/** Answers a clip from another instance: the reply goes to its instance, where it shows
 * under the clip. */
function remoteReply(v: Video): void {
  const inputId = id('reply');
  const input = h('textarea', { id: inputId, name: 'text', rows: 3, maxlength: 500, required: true, 'aria-describedby': `${inputId}-error` });
  const form: HTMLFormElement = h('form', { class: 'comment-form' },
    h('label', { for: inputId }, t('comment-add')), input, h('p', { class: 'field-error', id: `${inputId}-error` }), formAlert(),
    h('div', { class: 'row' }, h('button', { type: 'submit', class: 'primary' }, t('comment-send'))));
  const dlg = dialog(t('comment-reply'), [form], { sheet: true });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    try {
      await post('/api/v1/federation/replies', { object: v.id, text });
      dlg.close();
      toast(t('comment-sent'));
    } catch (err) {
      showError(form, errorText(err), err instanceof ApiError && err.field === 'text' ? 'text' : undefined);
    }
  });
}

/** The information panel a moderator put on a clip (e.g. context on a disputed claim). */
function labelPanel(label: { text: string; url: string }): HTMLElement {
  return h('aside', { class: 'label-panel', 'aria-label': t('label-panel') },
    icon('info'), h('span', {}, label.text, ' ',
      label.url ? h('a', { href: label.url, class: 'inline-link', rel: 'noopener', target: '_blank' }, t('label-more')) : null));
}

/** What the creator reads on their own clip that moderation removed, held or reduced. */
function moderationNotice(v: Video): HTMLElement | null {
  // Everyone else is only told that a held clip is on hold (the rest is the creator's).
  if (!isOwn(v)) return v.state === 'held' ? h('div', { class: 'notice moderation-notice', role: 'status' }, h('p', {}, t('video-held'))) : null;
  const id = v.state === 'held' ? 'video-held-own' : v.moderation?.removed ? 'video-removed-own' : v.moderation?.reduced ? 'video-reduced-own' : null;
  const withheld = v.moderation?.withheld_in ?? [];
  if (!id && !withheld.length) return null;
  return h('div', { class: 'notice moderation-notice', role: 'status' },
    id ? h('p', {}, t(id)) : null,
    withheld.length ? h('p', {}, t('video-withheld-own', { places: scopeText(withheld) })) : null,
    h('a', { href: '/settings/status', class: 'text-link' }, t('status-link')));
}

/** The system's share sheet where the browser has one (phones), else the link copied. */
async function shareLink(url: string, title: string): Promise<void> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ url, title });
      return;
    } catch (e) {
      // Closed by the viewer: nothing more to do.
      if (e instanceof DOMException && e.name === 'AbortError') return;
    }
  }
  await copyLink(url);
}

async function copyLink(url: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(url);
    toast(t('share-copied'));
  } catch {
    const input = h('input', { type: 'text', readonly: true, value: url, class: 'copy-input' });
    dialog(t('share-title'), [field(t('share-link'), input)]);
    input.select();
  }
}

function whyDialog(item: FeedItem): void {
  const reasons = item.reasons ?? [];
  dialog(t('why-title'), [
    reasons.length
      ? h('ul', { class: 'reasons' }, ...reasons.map((r) => h('li', {}, reasonText(r))))
      : h('p', {}, t('why-none')),
    h('p', { class: 'hint' }, t('why-explainer')),
    h('a', { href: '/how-the-feed-works', class: 'text-link' }, t('algorithm-link')),
  ]);
}

function isOwn(v: Video): boolean {
  return session.account?.handle.toLowerCase() === v.creator.handle.toLowerCase();
}

/** Long press on a clip: the playback speed, and "not interested" (not on one's own). */
function pressSheet(clip: Clip, feed: Feed): void {
  const v = clip.item.video;
  const speeds = h('div', { class: 'speed-choices', role: 'radiogroup', 'aria-label': t('speed-title') },
    ...RATES.map((r) => {
      const b = h('button', { type: 'button', role: 'radio', class: 'speed-choice', 'aria-checked': String(r === rate) },
        r === 1 ? t('speed-normal') : t('speed-value', { rate: new Intl.NumberFormat(lang).format(r) }));
      b.addEventListener('click', () => {
        rate = r;
        feed.clips.forEach((c) => { c.video.playbackRate = r; });
        dlg.close();
        toast(t('speed-set', { rate: new Intl.NumberFormat(lang).format(r) }));
      });
      return b;
    }));
  const dlg = dialog(t('clip-options'), [
    h('p', { class: 'field-label' }, t('speed-title')), speeds,
    isOwn(v) || clip.item.remote ? null : h('div', { class: 'sheet-actions' },
      h('button', { type: 'button', class: 'sheet-action', onclick: () => { dlg.close(); notInterested(clip, feed); } }, t('not-interested'))),
  ], { sheet: true });
}

function notInterested(clip: Clip, feed: Feed): void {
  withAccount(() => {
    clip.watcher.notInterested();
    void flush();
    toast(t('not-interested-done'));
    feed.remove(clip);
  });
}

function moreSheet(clip: Clip, feed: Feed): void {
  const v = clip.item.video;
  const close = () => dlg.close();
  const action = (label: string, fn: () => void) => h('button', { type: 'button', class: 'sheet-action', onclick: () => { close(); fn(); } }, label);
  const link = (label: string, href: string) => h('a', { href, class: 'sheet-action', onclick: close }, label);
  const dlg = dialog(t('clip-more'), [
    h('div', { class: 'sheet-actions' },
      action(t('why-title'), () => whyDialog(clip.item)),
      isOwn(v) ? action(t('video-edit'), () => editDialog(clip, feed)) : null,
      isOwn(v) ? action(t('video-delete'), () => deleteDialog(clip, feed)) : null,
      isOwn(v) ? null : action(t('not-interested'), () => notInterested(clip, feed)),
      action(t('speed-title'), () => pressSheet(clip, feed)),
      v.sound ? link(t('open-sound'), `/sound/${enc(v.sound.id)}`) : null,
      v.allow_duet ? link(t('make-duet'), `/upload?duet_of=${enc(v.id)}`) : null,
      v.allow_stitch ? link(t('make-stitch'), `/upload?stitch_of=${enc(v.id)}`) : null,
      action(t('share-copy'), () => void copyLink(v.share_url)),
      isOwn(v) ? null : action(t('report'), () => reportDialog({ kind: 'video', id: v.id })))],
  { sheet: true });
}

/** Edits one's own clip: caption, who sees it, what others may do with it. */
function editDialog(clip: Clip, feed: Feed): void {
  const v = clip.item.video;
  const caption = h('textarea', { name: 'caption', rows: 3, maxlength: 2200 }, v.caption);
  const visibility = h('select', { name: 'visibility' },
    ...(['public', 'followers', 'private'] as const).map((value) => h('option', { value, selected: v.visibility === value },
      t(value === 'public' ? 'visibility-public' : value === 'followers' ? 'visibility-followers' : 'visibility-private'))));
  const check = (name: 'allow_comments' | 'allow_duet' | 'allow_stitch', label: string) => h('div', { class: 'choice' },
    h('input', { type: 'checkbox', name, id: `edit-${name}`, checked: v[name] }), h('label', { for: `edit-${name}` }, label));
  const form: HTMLFormElement = h('form', { class: 'stack edit-video' },
    field(t('upload-caption'), caption), field(t('upload-visibility'), visibility),
    h('fieldset', {}, h('legend', {}, t('upload-allow')),
      check('allow_comments', t('upload-allow-comments')), check('allow_duet', t('upload-allow-duet')), check('allow_stitch', t('upload-allow-stitch'))),
    formAlert(),
    h('button', { type: 'submit', class: 'primary' }, t('video-edit-save')));
  const captions = captionsEditor(v, () => {
    // The clip's own tracks follow: the CC button appears or goes, the shown track too.
    clip.hideCaptions?.();
    clip.hideCaptions = null;
    const has = (v.captions ?? []).some((c) => c.url);
    if (has && !clip.cc) {
      clip.cc = h('button', { type: 'button', class: 'icon-button clip-cc', 'aria-pressed': 'false', onclick: () => feed.toggleCaptions() }, icon('cc'));
      clip.mute.after(clip.cc);
    } else if (!has && clip.cc) { clip.cc.remove(); clip.cc = null; }
    feed.syncCaptions(clip);
  });
  const dlg = dialog(t('video-edit'), [form, captions], { sheet: true });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const data = new FormData(form);
    try {
      const updated = await patch<Video>(`/api/v1/videos/${enc(v.id)}`, {
        caption: caption.value, visibility: visibility.value,
        allow_comments: data.has('allow_comments'), allow_duet: data.has('allow_duet'), allow_stitch: data.has('allow_stitch'),
      });
      Object.assign(v, { caption: updated.caption, visibility: updated.visibility, allow_comments: updated.allow_comments,
        allow_duet: updated.allow_duet, allow_stitch: updated.allow_stitch, hashtags: updated.hashtags });
      clip.el.querySelector('.clip-caption')?.replaceChildren(...captionNodes(v));
      dlg.close();
      toast(t('video-edit-done'));
    } catch (err) {
      showError(form, errorText(err), err instanceof ApiError ? err.field : undefined);
    }
  });
}

/** Deletes one's own clip, once confirmed. */
function deleteDialog(clip: Clip, feed: Feed): void {
  const v = clip.item.video;
  const alert = formAlert();
  const dlg = dialog(t('video-delete'), [h('p', {}, t('video-delete-confirm')), alert,
    h('div', { class: 'row' },
      h('button', { type: 'button', onclick: () => dlg.close() }, t('cancel')),
      h('button', { type: 'button', class: 'danger', onclick: async () => {
        try {
          await del(`/api/v1/videos/${enc(v.id)}`);
          dlg.close();
          toast(t('video-delete-done'));
          if (feed.clips.length > 1) feed.remove(clip);
          else navigate(`/u/${enc(v.creator.handle)}`);
        } catch (err) { alert.textContent = errorText(err); }
      } }, t('video-delete')))]);
}

function feedFrame(ctx: PageContext, title: string, tabs: HTMLElement | null): { scroller: HTMLElement; top: HTMLElement } {
  ctx.main.className = 'feed-main';
  const top = h('div', { class: 'feed-top' }, tabs);
  // A region until it holds a clip (then a feed: see `Feed.markFeed`).
  const scroller = h('div', { class: 'feed', role: 'region', 'aria-label': title, 'aria-busy': 'false' });
  ctx.main.append(h('h1', { class: 'visually-hidden' }, title), top, scroller);
  return { scroller, top };
}

function keys(feed: Feed): (e: KeyboardEvent) => void {
  return (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (document.querySelector('dialog[open]') || target.closest('input, textarea, select, [contenteditable], [role=slider]')) return;
    const clip = feed.clips[feed.current];
    if (['ArrowDown', 'PageDown', 'j'].includes(e.key)) { e.preventDefault(); feed.go(1); }
    else if (['ArrowUp', 'PageUp', 'k'].includes(e.key)) { e.preventDefault(); feed.go(-1); }
    else if (e.key === 'm' && clip) feed.toggleMute(clip);
    else if (e.key === ' ' && clip && !target.closest('button, a')) { e.preventDefault(); feed.tap(clip); }
  };
}

function run(ctx: PageContext, feed: Feed): void {
  const onKey = keys(feed);
  const onVisibility = () => {
    feed.pauseForHidden(document.visibilityState === 'hidden');
    if (document.visibilityState === 'hidden') void flush(true);
  };
  // The page is going away (another site, a reload): report the clip on screen now.
  const onPageHide = () => feed.destroy();
  document.addEventListener('keydown', onKey);
  document.addEventListener('visibilitychange', onVisibility);
  addEventListener('pagehide', onPageHide);
  ctx.onLeave(() => {
    document.removeEventListener('keydown', onKey);
    document.removeEventListener('visibilitychange', onVisibility);
    removeEventListener('pagehide', onPageHide);
    feed.destroy();
  });
}

/** The Following feed: the clips of the accounts followed here, then, once they run out,
 * those of the accounts followed on other instances. A cursor says which part it
 * continues: `l:` and the local feed's cursor, or `r:` and the time (ms) that the remote
 * posts are older than (none: from the newest). */
function withRemote(local: Loader): Loader {
  const remote = remoteFeed();
  const remotePage = async (before: number | null): Promise<Page> => {
    const r = await remote(before);
    return { items: r.items, cursor: r.before === null ? null : `r:${r.before}` };
  };
  return async (cursor) => {
    if (cursor?.startsWith('r:')) return remotePage(cursor.length > 2 ? Number(cursor.slice(2)) : null);
    const page = await local(cursor ? cursor.slice(2) : null);
    if (page.cursor) return { ...page, cursor: `l:${page.cursor}` };
    try {
      const rest = await remotePage(null);
      return { ...page, items: [...page.items, ...rest.items], cursor: rest.cursor };
    } catch (e) {
      // The clips from here are shown all the same; the remote ones are asked for again
      // at the end of the feed (and an error is told then).
      if (page.items.length) return { ...page, cursor: 'r:' };
      throw e;
    }
  };
}

export async function feedPage(ctx: PageContext, kind: 'for-you' | 'following'): Promise<void> {
  const title = t(kind === 'for-you' ? 'feed-for-you' : 'feed-following');
  setTitle(title);
  const tabs = h('nav', { class: 'feed-tabs', 'aria-label': t('feed-tabs') },
    h('a', { href: '/following', 'aria-current': kind === 'following' ? 'page' : null }, t('feed-following')),
    h('a', { href: '/', 'aria-current': kind === 'for-you' ? 'page' : null }, t('feed-for-you')));
  const { scroller, top } = feedFrame(ctx, title, tabs);
  if (kind === 'for-you') {
    const mode = storedMode() ?? 'personalized';
    const toggle = h('button', {
      type: 'button', role: 'switch', class: 'mode-switch', 'aria-checked': String(mode === 'personalized'),
      title: t('feed-mode-hint'),
    }, h('span', { class: 'switch-track', 'aria-hidden': 'true' }), t('feed-personalized'));
    // A visitor's feed is never personalized: the switch asks them to sign in first.
    if (!session.account) toggle.setAttribute('aria-checked', 'false');
    toggle.addEventListener('click', () => withAccount(async () => {
      const next: FeedMode = toggle.getAttribute('aria-checked') === 'true' ? 'non_personalized' : 'personalized';
      toggle.setAttribute('aria-checked', String(next === 'personalized'));
      await setFeedMode(next);
      toast(t(next === 'personalized' ? 'feed-mode-personalized' : 'feed-mode-non-personalized'));
      navigate('/', true);
    }));
    top.append(toggle);
  }
  const first = firstPageUrl(kind);
  let pending = takeEarly(first);
  // Where the clips from other instances mixed into For You go on from.
  let remoteBefore: number | null = null;
  const local: Loader = async (cursor) => {
    const ready = cursor ? null : pending;
    pending = null;
    const more = cursor ? `&cursor=${enc(cursor)}${remoteBefore === null ? '' : `&remote_before=${remoteBefore}`}` : '';
    const page = await (ready ?? get<FeedPage>(`${first}${more}`));
    // The switch shows the mode the server actually used.
    if (page.mode === 'personalized' || page.mode === 'non_personalized') {
      top.querySelector('.mode-switch')?.setAttribute('aria-checked', String(page.mode === 'personalized'));
    }
    remoteBefore = page.remote_before ?? null;
    return { ...page, items: withRemoteClips(page) };
  };
  const feed = new Feed(scroller, kind === 'following' ? withRemote(local) : local, kind);
  run(ctx, feed);
  if (kind === 'following' && !session.account) {
    ctx.main.querySelector('.feed-status')?.replaceChildren(t('feed-login'), ' ', h('a', { href: '/login?next=/following', class: 'text-link' }, t('login-title')));
    return;
  }
  await feed.more();
}

/** A page's items with its clips from other instances put in their places (each
 * labelled with its origin, with the server's reasons). */
export function withRemoteClips(page: FeedPage): Item[] {
  const items: Item[] = [...page.items];
  const remote = [...(page.remote ?? [])].sort((a, b) => b.after - a.after);
  for (const slot of remote) {
    const item = remoteItem(slot.post, new Map());
    if (item) items.splice(Math.min(slot.after, items.length), 0, { ...item, reasons: slot.reasons });
  }
  return items;
}

/** One clip on its own page (/v/{id}), as a shared link opens it. */
export async function videoPage(ctx: PageContext): Promise<void> {
  setTitle(t('video-title'));
  const back = h('button', { type: 'button', class: 'icon-button back-button', 'aria-label': t('back') }, icon('back'));
  // Back where the viewer came from on this site, else to the feed.
  back.addEventListener('click', () => { if (canGoBack()) history.back(); else navigate('/'); });
  const { scroller } = feedFrame(ctx, t('video-title'), back);
  const feed = new Feed(scroller, null, 'video');
  run(ctx, feed);
  const status = ctx.main.querySelector('.feed-status');
  try {
    const video = await get<Video>(`/api/v1/videos/${enc(ctx.params.id)}`);
    const notice = moderationNotice(video);
    if (notice && (video.state === 'held' || video.moderation?.removed)) {
      status?.replaceChildren(notice);
      return;
    }
    if (video.state !== 'ready') {
      status?.replaceChildren(t(video.state === 'failed' ? 'video-failed' : 'video-processing'));
      return;
    }
    feed.add({ video, reasons: [] });
    if (notice) feed.clips[0]?.el.querySelector('.clip-info')?.prepend(notice);
  } catch (e) {
    // Withheld by a legal order where the viewer is: the server's message names it.
    if (e instanceof ApiError && e.status === 451) {
      status?.replaceChildren(h('div', { class: 'notice withheld', role: 'status' },
        h('p', {}, h('strong', {}, t('video-withheld'))), h('p', {}, e.message)));
      return;
    }
    status?.replaceChildren(errorText(e));
  }
}

