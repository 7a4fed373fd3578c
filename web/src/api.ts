// The JSON API: one fetch wrapper (cookie session + X-CSRF-Token on unsafe methods),
// the session, and the shapes the pages use.
import { t, tOr } from './i18n';

export interface Account {
  id: string; handle: string; region: string; display_name: string; bio: string;
  is_private: boolean; is_teen: boolean; email: string | null; birth_date: string;
  follower_count: number; following_count: number; video_count: number; like_count: number;
  /** The profile photo (512 px) and its 128 px avatar; absent without a photo. */
  photo_url?: string | null; avatar_url?: string | null;
}
export interface Profile {
  id: string; handle: string; display_name: string; bio: string; is_private: boolean;
  follower_count: number; following_count: number; video_count: number; like_count: number;
  photo_url?: string | null; avatar_url?: string | null;
}
export interface Video {
  id: string; creator: { handle: string; display_name: string; avatar_url?: string | null }; caption: string;
  visibility: string; allow_comments: boolean; allow_duet: boolean; allow_stitch: boolean;
  state: 'processing' | 'ready' | 'failed' | 'held'; failure: { code: string; message: string } | null;
  duration_ms: number | null; width: number | null; height: number | null;
  playlist_url: string | null; poster_url: string | null; ladder_complete: boolean;
  sound: { id: string; url: string } | null; created_at: string;
  like_count: number; comment_count: number; share_count: number; view_count?: number; liked_by_me: boolean;
  share_url: string; remix: { kind: string; of: string } | null; hashtags: string[]; mentions: string[];
  /** What moderation did to the clip (`reduced` and `removed` are told to the creator only). */
  moderation?: VideoModeration;
  /** Its caption tracks (WebVTT), by BCP-47 language tag. */
  captions?: Caption[];
}
/** A caption track: its language and file (null where the caller may not fetch the media). */
export interface Caption { lang: string; url: string | null }
export interface VideoModeration {
  label?: { text: string; url: string }; age_restricted?: boolean; reduced?: boolean; removed?: boolean;
  /** Creator only: the regions and countries where a legal order withholds it. */
  withheld_in?: string[];
}
export interface Reason { code: string; text: string; args?: Record<string, string | number> }
export interface FeedItem { video: Video; reasons: Reason[] }
export interface FeedPage {
  items: FeedItem[]; cursor: string | null; mode?: string;
  /** Clips from other instances to show after `after` of the items (For You, where the
   * instance mixes them in), and where to go on with them. */
  remote?: { after: number; post: RemotePost; reasons: Reason[] }[]; remote_before?: number;
}
export interface VideoPage { items: Video[]; cursor: string | null }
export interface Comment {
  id: string; parent_id: string | null; author: string; text: string; like_count: number;
  reply_count: number; pinned: boolean; created_at: string;
}
export interface Settings {
  is_private: boolean; who_can_comment: string; who_can_duet: string; who_can_stitch: string;
  liked_videos_public: boolean; is_teen: boolean; feed_mode?: string;
}
export interface Suggestion { type: string; text: string; id: string }
/** An account on another instance that the caller follows, or that follows the caller
 * (`requested`: waiting for an answer). */
export interface RemoteAccount { acct: string; actor: string; state: 'requested' | 'active' | string }
/** A post of an account followed on another instance: its ActivityStreams object as the
 * origin sent it (HTML in it is the origin's: never put into the page as HTML). */
export interface RemotePost { id: string; actor: string; kind: string; object: Record<string, unknown>; published_ms: number; shared_by?: string; liked?: boolean }

export class ApiError extends Error {
  constructor(public status: number, public code: string, message: string, public field?: string) {
    super(message);
  }
}

/** The logged-in account and the CSRF token of its session (null when logged out). */
export const session: { account: Account | null; csrf: string } = { account: null, csrf: '' };
const CSRF_KEY = 'spool.csrf';

function setSession(account: Account | null, csrf: string): void {
  session.account = account;
  session.csrf = csrf;
  if (account) sessionStorage.setItem(CSRF_KEY, csrf);
  else sessionStorage.removeItem(CSRF_KEY);
}

export async function api<T>(method: string, path: string, body?: unknown, init: RequestInit = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // A Blob (a caption file, a photo) is sent as it is, with its own type.
  const raw = body instanceof Blob;
  if (body !== undefined) headers['content-type'] = raw ? (body.type || 'application/octet-stream') : 'application/json';
  const unsafe = !['GET', 'HEAD'].includes(method);
  const csrf = session.csrf || sessionStorage.getItem(CSRF_KEY) || '';
  if (unsafe && csrf) headers['x-csrf-token'] = csrf;
  let res: Response;
  try {
    res = await fetch(path, {
      method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : raw ? body : JSON.stringify(body), ...init,
    });
  } catch {
    throw new ApiError(0, 'network', t('error-network'));
  }
  if (res.status === 204 || res.status === 202 && res.headers.get('content-length') === '0') return undefined as T;
  const text = await res.text();
  let json: unknown = undefined;
  try { json = text ? JSON.parse(text) : undefined; } catch { /* not JSON */ }
  if (!res.ok) {
    const e = (json as { error?: { code?: string; message?: string; field?: string } } | undefined)?.error;
    throw new ApiError(res.status, e?.code ?? 'internal', e?.message ?? res.statusText, e?.field);
  }
  return json as T;
}

export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body?: unknown) => api<T>('POST', path, body ?? {});
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body);
export const del = <T>(path: string, body?: unknown) => api<T>('DELETE', path, body);

/** An error as a sentence in the interface language: by its code where the message files
 * know it, otherwise the server's own message. */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) return tOr(`error-${e.code}`, e.message || t('error-internal'));
  return t('error-internal');
}

export async function loadSession(): Promise<void> {
  try {
    const s = await get<{ csrf_token: string; account: Account }>('/api/v1/sessions/current');
    setSession(s.account, s.csrf_token);
  } catch {
    setSession(null, '');
  }
}

export async function login(handle: string, password: string): Promise<void> {
  const s = await post<{ csrf_token: string; account: Account }>('/api/v1/sessions', { handle, password });
  setSession(s.account, s.csrf_token);
}

export async function logout(): Promise<void> {
  try { await del('/api/v1/sessions/current'); } finally { setSession(null, ''); }
}

export function forgetSession(): void {
  setSession(null, '');
}

export const enc = encodeURIComponent;

/** The handles the logged-in account follows (for follow buttons), fetched once. */
let followingCache: Promise<Set<string>> | null = null;
export function following(): Promise<Set<string>> {
  if (!session.account) return Promise.resolve(new Set());
  followingCache ??= get<{ items: Profile[] }>(`/api/v1/accounts/${enc(session.account.handle)}/following`)
    .then((r) => new Set(r.items.map((p) => p.handle.toLowerCase())))
    .catch(() => new Set<string>());
  return followingCache;
}

export async function setFollowing(handle: string, on: boolean): Promise<string> {
  const set = await following();
  if (on) {
    const r = await post<{ state: string }>(`/api/v1/accounts/${enc(handle)}/follow`);
    if (r.state === 'following') set.add(handle.toLowerCase());
    return r.state;
  }
  await del(`/api/v1/accounts/${enc(handle)}/follow`);
  set.delete(handle.toLowerCase());
  return 'none';
}
