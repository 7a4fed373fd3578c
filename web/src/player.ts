// Playback: hls.js where Media Source Extensions exist (it lets us prefetch the next clip
// and pick the rendition for the player's size), the browser's own HLS otherwise
// (iPhone Safari).
//
// Tuned for short clips that must start fast: the first clip of a visit is played
// without hls.js (`starter.ts`), from the start fetched as soon as the feed's first page
// is here (`warm`); hls.js is a chunk of its own, fetched once that clip plays, and plays
// every later one (or the first, where the starter cannot). The first clip starts on the
// ladder's smallest rendition (listed first in the master playlist, its first segment
// ~1 s), later clips at the bandwidth the earlier ones measured; a clip fetched ahead of
// the swipe (`prefetch`) buffers only its first segment until it is the one on screen.
import type HlsType from 'hls.js/light';
import type { HlsConfig } from 'hls.js/light';
import { start as startOwn, type Fetched } from './starter';

type Hls = HlsType;
type HlsClass = typeof HlsType;

export interface Source {
  /** Resolves once the video has its source: a `play()` before that would be cut short
   * (setting a source aborts a pending play). */
  ready: Promise<void>;
  /** The clip is the one on screen now: buffer ahead as for playing. */
  promote(): void;
  detach(): void;
}

/** Seconds buffered ahead for the clip on screen; a prefetched clip gets its first segment. */
const PLAYING_BUFFER = { maxBufferLength: 12, maxMaxBufferLength: 30 };
const PREFETCH_BUFFER = { maxBufferLength: 1, maxMaxBufferLength: 1 };
/** hls.js errors after which there is nothing to play (its own retries are spent). */
const MANIFEST_ERRORS: string[] = ['manifestLoadError', 'manifestLoadTimeOut', 'manifestParsingError'];

let player: Promise<HlsClass | null> | null = null;
/** The last bandwidth estimate (bits/s) of a clip played here, carried to the next one. */
let estimate = 0;

function mseAvailable(): boolean {
  return 'MediaSource' in window || 'ManagedMediaSource' in window;
}

/** Whether hls.js has arrived (or is not needed). */
let playerReady = false;
const warmed = new Set<string>();
/** What `warm` fetched, until the starter takes it. */
const early = new Map<string, Promise<Fetched>>();

/** Whether this browser plays the first clip without hls.js (`starter.ts`): Media Source
 * Extensions with H.264 and AAC in MP4. */
export function starterAvailable(): boolean {
  return typeof MediaSource !== 'undefined'
    && typeof MediaSource.isTypeSupported === 'function'
    && MediaSource.isTypeSupported('video/mp4; codecs="avc1.42E01E,mp4a.40.2"');
}

/** Starts fetching hls.js (once); resolves to null where the browser plays HLS itself. */
export function loadPlayer(): Promise<HlsClass | null> {
  player ??= (mseAvailable()
    ? import('hls.js/light').then((m) => (m.default.isSupported() ? m.default : null), () => null)
    : Promise.resolve(null)
  ).then((Hls) => { playerReady = true; early.clear(); return Hls; });
  return player;
}

/** Folds a measured rate (bits/s) into the estimate the next clips start from. */
function measured(bitsPerSecond: number): void {
  estimate = estimate ? Math.round(0.5 * estimate + 0.5 * bitsPerSecond) : bitsPerSecond;
}

/** Fetches `url` whole, with the line's rate when the bytes came over it: a fetch big
 * enough to tell, that the cache did not answer (its resource timing, where already
 * there, says nothing was transferred). */
async function grab(url: string, signal?: AbortSignal): Promise<Fetched> {
  const taken = early.get(url);
  if (taken) {
    early.delete(url);
    return taken;
  }
  const began = performance.now();
  const r = await fetch(url, { credentials: 'same-origin', signal });
  if (!r.ok) throw new Error(`${r.status} for ${url}`);
  const bytes = await r.arrayBuffer();
  const seconds = (performance.now() - began) / 1000;
  const timing = performance.getEntriesByName?.(r.url || url).at(-1) as PerformanceResourceTiming | undefined;
  const cached = timing !== undefined && timing.transferSize === 0 && timing.decodedBodySize > 0;
  const rate = !cached && bytes.byteLength >= 16_000 && seconds > 0 ? (bytes.byteLength * 8) / seconds : 0;
  return { bytes, rate };
}

async function grabText(url: string, signal?: AbortSignal): Promise<string> {
  return new TextDecoder().decode((await grab(url, signal)).bytes);
}

/** Fetches the start of a clip into the HTTP cache while hls.js is still on its way: the
 * master playlist, the first rendition's playlist (the one the first clip starts on), its
 * init segment and first segment. hls.js then finds them there. Does nothing once hls.js
 * is here (it fetches for itself). */
export async function warm(masterUrl: string): Promise<void> {
  if (playerReady || warmed.has(masterUrl)) return;
  warmed.add(masterUrl);
  // Kept for the starter (which takes each once); hls.js finds them in the HTTP cache.
  const keep = (u: string) => {
    const f = grab(u);
    early.set(u, f);
    f.catch(() => early.delete(u));
    return f;
  };
  const text = async (u: string) => new TextDecoder().decode((await keep(u)).bytes);
  try {
    const master = new URL(masterUrl, location.href);
    const variant = (await text(master.href)).split('\n').map((l) => l.trim()).find((l) => l && !l.startsWith('#'));
    if (!variant || playerReady) return;
    const playlist = new URL(variant, master);
    const lines = (await text(playlist.href)).split('\n').map((l) => l.trim());
    const init = /^#EXT-X-MAP:.*URI="([^"]+)"/.exec(lines.find((l) => l.startsWith('#EXT-X-MAP:')) ?? '')?.[1];
    const first = lines.find((l) => l && !l.startsWith('#'));
    if (playerReady) return;
    await Promise.all([init, first].filter((u): u is string => !!u).map((u) => keep(new URL(u, playlist).href)));
  } catch {
    // Only a head start: the player fetches whatever is missing.
  }
}

/** hls.js settings for a clip: `prefetch` for one fetched ahead of the swipe, `bandwidth`
 * the estimate (bits/s) carried from the clips played before (0: none yet). */
export function hlsConfig(prefetch: boolean, bandwidth: number): Partial<HlsConfig> {
  return {
    // fMP4 segments are appended as they are: no transmuxing worker to start.
    enableWorker: false,
    capLevelToPlayerSize: true,
    // Nothing measured yet: the first level (the smallest, ~1 s first segment). After a
    // clip has played, its estimate picks the start level of the next.
    startLevel: bandwidth ? -1 : 0,
    testBandwidth: false,
    abrEwmaDefaultEstimate: bandwidth || 500_000,
    // Fetch the first segment while the MediaSource is still opening.
    startFragPrefetch: true,
    // Short clips loop: keep what was played so a loop needs no new requests.
    backBufferLength: 30,
    ...(prefetch ? PREFETCH_BUFFER : PLAYING_BUFFER),
  };
}

/** Plays `url` in `video`; with `prefetch`, fetches only the start of the clip. With
 * `failed`, a playlist that cannot be had at all (gone, or refused by the page's content
 * policy: a clip from another instance) is told there instead of tried again. */
export function attach(video: HTMLVideoElement, url: string, prefetch: boolean, failed?: () => void): Source {
  if (!prefetch && !playerReady && starterAvailable()) return attachStarter(video, url, failed);
  return attachHls(video, url, prefetch, failed);
}

/** The first clip, played before hls.js is here (`starter.ts`); hls.js takes it over
 * if the starter cannot play it, and is fetched once it plays. */
function attachStarter(video: HTMLVideoElement, url: string, failed?: () => void): Source {
  let inner: Source | null = null;
  let gone = false;
  const started = startOwn(
    video,
    new URL(url, location.href).href,
    grab,
    grabText,
    () => estimate || 500_000,
    measured,
    () => {
      if (gone) return;
      inner = attachHls(video, url, false, failed);
      void inner.ready.then(() => { if (!gone) void video.play().catch(() => undefined); });
    },
  );
  video.addEventListener('playing', () => void loadPlayer(), { once: true });
  return {
    ready: started.ready,
    promote() { inner?.promote(); },
    detach() {
      gone = true;
      started.detach();
      inner?.detach();
    },
  };
}

function attachHls(video: HTMLVideoElement, url: string, prefetch: boolean, failed?: () => void): Source {
  let hls: Hls | null = null;
  let native = false;
  let gone = false;
  let ahead = prefetch;
  let attached: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => { attached = resolve; });
  void loadPlayer().then((Hls) => {
    if (gone) return;
    if (!Hls) {
      native = true;
      if (failed) video.addEventListener('error', failed, { once: true });
      video.preload = ahead ? 'metadata' : 'auto';
      video.src = url;
      attached();
      return;
    }
    const h = new Hls(hlsConfig(ahead, estimate));
    hls = h;
    h.on(Hls.Events.FRAG_LOADED, () => { if (h.bandwidthEstimate > 0) estimate = h.bandwidthEstimate; });
    h.on(Hls.Events.ERROR, (_e, data) => {
      if (!data.fatal) return;
      if (failed && MANIFEST_ERRORS.includes(data.details)) { failed(); return; }
      if (data.type === Hls.ErrorTypes.NETWORK_ERROR) h.startLoad();
      else if (data.type === Hls.ErrorTypes.MEDIA_ERROR) h.recoverMediaError();
    });
    h.once(Hls.Events.MEDIA_ATTACHED, () => attached());
    h.loadSource(url);
    h.attachMedia(video);
  });
  return {
    ready,
    promote() {
      ahead = false;
      if (hls) Object.assign(hls.config, PLAYING_BUFFER);
      else if (native) video.preload = 'auto';
    },
    detach() {
      gone = true;
      hls?.destroy();
      hls = null;
      if (video.hasAttribute('src')) {
        video.removeAttribute('src');
        video.load();
      }
    },
  };
}
