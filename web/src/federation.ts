// Posts of the accounts followed on other instances (ActivityPub), for the Following
// feed: each Video object becomes a clip played from its origin (which serves its media
// to any site), labelled with where it comes from. Text posts (Note, Article, Page) are
// left out: the feed is a swipe feed of clips.
//
// What the origin sends is read, never trusted: its HTML becomes plain text (no element
// is made of it), and only http(s) addresses are used.
import { get, ApiError, type FeedItem, type RemoteAccount, type RemotePost, type Video } from './api';

/** Where a remote clip comes from. */
export interface Origin {
  /** `name@host` where the account was followed by that address, else null. */
  acct: string | null;
  /** The instance, from the actor's URL. */
  host: string;
  /** The post's own page on its instance, if it gave one. */
  link: string | null;
  /** Who (followed here) shared it, for a post of someone not followed: `name@host`, or
   * the host where the account was not followed by address. */
  sharedBy?: string | null;
  /** The viewer's own copy (from the Following feed): it can be liked and answered. */
  own?: boolean;
}
export type RemoteItem = FeedItem & { remote: Origin };

/** Posts asked for at a time (the server takes 1 to 50). */
const PAGE = 20;
/** Pages read in a row to find a clip among text posts before the feed ends there. */
const MAX_TRIES = 5;
const HLS_TYPES = ['application/x-mpegurl', 'application/vnd.apple.mpegurl'];

/** An http(s) address, or null for anything else (javascript:, data:, not a URL). */
function webUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The first address in a property that may hold a URL, a Link or Image object, or a
 * list of them. */
function firstUrl(value: unknown, depth = 0): string | null {
  if (depth > 3) return null;
  if (typeof value === 'string') return webUrl(value);
  if (Array.isArray(value)) {
    for (const v of value) {
      const u = firstUrl(v, depth + 1);
      if (u) return u;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return firstUrl(o.href ?? o.url, depth + 1);
  }
  return null;
}

/** The links of an object's `url` (a string, a Link, or a list), with their media types. */
function links(value: unknown): { href: string; type: string }[] {
  const list = Array.isArray(value) ? value : value == null ? [] : [value];
  return list.flatMap((l) => {
    const href = firstUrl(l);
    const type = l && typeof l === 'object' ? String((l as Record<string, unknown>).mediaType ?? '').toLowerCase() : '';
    return href ? [{ href, type }] : [];
  });
}

/** A tag (or comment, or doctype), with any `>` inside its quoted attribute values; a
 * `<` not followed by a name is text, as an HTML parser reads it. */
const TAG = /<(?:\/?[a-zA-Z]|!|\?)(?:"[^"]*"|'[^']*'|[^'">])*>/g;
/** The named character references that captions use; others stay as written. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '…', mdash: '—', ndash: '–',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', euro: '€',
};

function decodeReferences(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name] ?? whole;
    const code = dec ? parseInt(dec, 10) : parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** The text of an HTML fragment from another instance: line breaks and paragraphs kept,
 * every tag dropped. No element is ever made of it, not even in a detached document
 * (where Chromium would still weigh an `onerror` against the page's policy). */
export function htmlToText(html: string): string {
  const plain = html
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\b(?:"[^"]*"|'[^']*'|[^'">])*>/gi, '\n')
    .replace(/<\/(?:p|li|blockquote|h[1-6])\s*>/gi, '\n\n')
    .replace(TAG, '');
  return decodeReferences(plain).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** A remote post as an item of the feed, if it is a clip that can be played (a Video
 * with an HLS playlist). */
export function remoteItem(post: RemotePost, names: Map<string, string>, own = false): RemoteItem | null {
  if (post.kind !== 'Video' || !post.object || typeof post.object !== 'object') return null;
  const o = post.object;
  const all = links(o.url);
  const playlist = all.find((l) => HLS_TYPES.includes(l.type))?.href;
  const actor = webUrl(post.actor) ?? firstUrl(o.attributedTo);
  if (!playlist || !actor) return null;
  const host = new URL(actor).host;
  const acct = names.get(post.actor) ?? null;
  const caption = typeof o.content === 'string' ? htmlToText(o.content) : typeof o.name === 'string' ? o.name : '';
  const link = all.find((l) => l.type === 'text/html')?.href ?? webUrl(o.id) ?? webUrl(post.id);
  const published = Number.isFinite(post.published_ms) ? new Date(post.published_ms) : new Date();
  // The shape of a local clip, with nothing that would be sent back to this server.
  const video: Video = {
    id: post.id, creator: { handle: acct ?? host, display_name: '' }, caption,
    visibility: 'public', allow_comments: false, allow_duet: false, allow_stitch: false,
    state: 'ready', failure: null, duration_ms: null, width: null, height: null,
    playlist_url: playlist, poster_url: firstUrl(o.icon) ?? firstUrl(o.image), ladder_complete: true,
    sound: null, created_at: published.toISOString(), like_count: 0, comment_count: 0, share_count: 0,
    liked_by_me: post.liked === true, share_url: link ?? playlist, remix: null, hashtags: [], mentions: [], captions: [],
  };
  const sharer = webUrl(post.shared_by);
  const sharedBy = sharer ? names.get(sharer) ?? new URL(sharer).host : null;
  return { video, reasons: [], remote: { acct, host, link, sharedBy, ...(own ? { own } : {}) } };
}

/** A pager over the remote clips, newest first: each call gives the next clips and the
 * time (ms) to continue before (null at the end). An instance without federation (404),
 * or an account that does not take part in it (403), has none, and says no error. */
export function remoteFeed(): (before: number | null) => Promise<{ items: RemoteItem[]; before: number | null }> {
  const seen = new Set<string>();
  // The addresses the accounts were followed by (the feed names only their actor URLs),
  // asked for once there is a clip to label.
  let names: Promise<Map<string, string>> | null = null;
  return async (before) => {
    let cursor = before;
    for (let tries = 0; tries < MAX_TRIES; tries += 1) {
      const q = new URLSearchParams({ limit: String(PAGE) });
      if (cursor !== null) q.set('before', String(cursor));
      let posts: RemotePost[];
      try {
        posts = await get<RemotePost[]>(`/api/v1/federation/feed?${q}`);
      } catch (e) {
        if (e instanceof ApiError && (e.status === 404 || e.status === 403)) return { items: [], before: null };
        throw e;
      }
      if (!Array.isArray(posts)) return { items: [], before: null };
      const last = posts[posts.length - 1];
      const next = posts.length >= PAGE && last && (cursor === null || last.published_ms < cursor) ? last.published_ms : null;
      const fresh = posts.filter((p) => !seen.has(p.id));
      fresh.forEach((p) => seen.add(p.id));
      if (fresh.some((p) => p.kind === 'Video')) {
        names ??= get<RemoteAccount[]>('/api/v1/federation/follows')
          .then((list) => new Map(list.map((a) => [a.actor, a.acct])))
          .catch(() => new Map<string, string>());
        const known = await names;
        const items = fresh.map((p) => remoteItem(p, known, true)).filter((i): i is RemoteItem => i !== null);
        if (items.length) return { items, before: next };
      }
      if (next === null) return { items: [], before: null };
      cursor = next;
    }
    return { items: [], before: null };
  };
}
