// The first clip of a visit, played without waiting for hls.js.
//
// hls.js is ~100 kB (Brotli) and, on a slow line, arriving after the clip's own first
// segment: on a first visit at 1.5 Mbit/s it alone held the first frame back by about
// half a second. Spool's clips are simple HLS: a VOD playlist per rendition, fMP4
// segments with audio and video together, every rendition cut at the same times (a 1 s
// first segment, then 2 s ones). This plays such a clip through Media Source Extensions
// directly: the starter rendition's init and first segment, then each next segment from
// the rendition the measured bandwidth and the player's size allow, a dozen seconds
// ahead of playback, until the end. hls.js is fetched once this clip plays, and plays
// every later clip. Anything unexpected (a playlist it does not understand, a failed
// fetch or append) hands the clip to hls.js (`fallback`).

export interface Variant {
  bandwidth: number;
  width: number;
  height: number;
  codecs: string;
  url: string;
}

export interface Segment {
  url: string;
  start: number;
  duration: number;
}

export interface Rendition {
  init: string;
  segments: Segment[];
}

/** Seconds buffered ahead of playback (as hls.js's `maxBufferLength` for the clip on screen). */
const AHEAD = 12;
/** The part of the measured bandwidth a rendition's peak rate may use. */
const SAFETY = 0.7;

function attribute(line: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|[:,])${name}=("([^"]*)"|[^,]*)`).exec(line);
  return m ? (m[2] ?? m[1]) : undefined;
}

/** The variants of a master playlist, in its order (the first is the starter). */
export function parseMaster(text: string, base: string): Variant[] {
  const lines = text.split('\n').map((l) => l.trim());
  const out: Variant[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('#EXT-X-STREAM-INF:')) continue;
    const uri = lines.slice(i + 1).find((l) => l && !l.startsWith('#'));
    const [w, h] = (attribute(lines[i], 'RESOLUTION') ?? '').split('x').map(Number);
    const bandwidth = Number(attribute(lines[i], 'BANDWIDTH'));
    const codecs = attribute(lines[i], 'CODECS');
    if (!uri || !codecs || !(bandwidth > 0) || !(w > 0) || !(h > 0)) continue;
    out.push({ bandwidth, width: w, height: h, codecs, url: new URL(uri, base).href });
  }
  return out;
}

/** A rendition's VOD playlist: its init segment and its segments with their times, or
 * null for anything else (a live playlist, no init segment, encryption, byte ranges). */
export function parseMedia(text: string, base: string): Rendition | null {
  const lines = text.split('\n').map((l) => l.trim());
  if (lines[0] !== '#EXTM3U' || !lines.includes('#EXT-X-ENDLIST')) return null;
  if (lines.some((l) => l.startsWith('#EXT-X-KEY') || l.startsWith('#EXT-X-BYTERANGE') || l.startsWith('#EXT-X-DISCONTINUITY'))) return null;
  const map = lines.find((l) => l.startsWith('#EXT-X-MAP:'));
  const init = map && !attribute(map, 'BYTERANGE') ? attribute(map, 'URI') : undefined;
  if (!init) return null;
  const segments: Segment[] = [];
  let start = 0;
  let duration: number | null = null;
  for (const l of lines) {
    if (l.startsWith('#EXTINF:')) duration = parseFloat(l.slice(8));
    else if (l && !l.startsWith('#')) {
      if (duration === null || !(duration > 0)) return null;
      segments.push({ url: new URL(l, base).href, start, duration });
      start += duration;
      duration = null;
    }
  }
  return segments.length ? { init: new URL(init, base).href, segments } : null;
}

/** The variant to fetch next: the best whose peak rate fits `SAFETY` of `bandwidth`
 * (bits/s), no bigger than the first one that covers a player of `width`×`height`
 * device pixels; the starter when none fits. */
export function pick(variants: Variant[], bandwidth: number, width: number, height: number): Variant {
  const bySize = [...variants].sort((a, b) => a.width * a.height - b.width * b.height);
  const cover = bySize.find((v) => v.width >= width && v.height >= height) ?? bySize[bySize.length - 1];
  let best = variants[0];
  for (const v of bySize) {
    if (v.width * v.height > cover.width * cover.height) break;
    if (v.bandwidth <= bandwidth * SAFETY && v.width * v.height >= best.width * best.height) best = v;
  }
  return best;
}

/** The segment of `rendition` that starts at `time` (renditions are cut at the same
 * times), or the one playing at it. */
export function segmentAt(rendition: Rendition, time: number): number {
  const i = rendition.segments.findIndex((s) => s.start + s.duration > time + 0.05);
  return i < 0 ? rendition.segments.length : i;
}

export interface Fetched {
  bytes: ArrayBuffer;
  /** Bits per second of this fetch, or 0 when it says nothing about the line (it came
   * from the cache or took too little time to tell). */
  rate: number;
}

export type Fetch = (url: string, signal: AbortSignal) => Promise<Fetched>;

export interface Started {
  /** Resolves once the video has its source. */
  ready: Promise<void>;
  detach(): void;
}

/** Plays the clip of master playlist `masterUrl` in `video`. `bandwidth` is the current
 * estimate (bits/s), `measured` hears each new measurement, `fallback` is called (once,
 * after this player has let the video go) when the clip cannot be played this way. */
export function start(
  video: HTMLVideoElement,
  masterUrl: string,
  fetchBytes: Fetch,
  fetchText: (url: string, signal: AbortSignal) => Promise<string>,
  bandwidth: () => number,
  measured: (bitsPerSecond: number) => void,
  fallback: () => void,
): Started {
  const aborter = new AbortController();
  const ms = new MediaSource();
  const objectUrl = URL.createObjectURL(ms);
  let gone = false;
  const detach = () => {
    if (gone) return;
    gone = true;
    aborter.abort();
    wake();
    video.removeEventListener('timeupdate', wake);
    video.removeEventListener('seeking', wake);
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(objectUrl);
  };
  let waiting: (() => void) | null = null;
  function wake(): void { const w = waiting; waiting = null; w?.(); }
  video.addEventListener('timeupdate', wake);
  video.addEventListener('seeking', wake);
  const ready = new Promise<void>((resolve) => {
    video.src = objectUrl;
    resolve();
  });

  const append = (sb: SourceBuffer, bytes: ArrayBuffer) => new Promise<void>((resolve, reject) => {
    const done = () => { sb.removeEventListener('updateend', done); sb.removeEventListener('error', failed); resolve(); };
    const failed = () => { sb.removeEventListener('updateend', done); sb.removeEventListener('error', failed); reject(new Error('append failed')); };
    sb.addEventListener('updateend', done);
    sb.addEventListener('error', failed);
    sb.appendBuffer(bytes);
  });
  const get = async (url: string) => {
    const f = await fetchBytes(url, aborter.signal);
    if (f.rate > 0) measured(f.rate);
    return f.bytes;
  };
  const bufferedEnd = () => {
    const b = video.buffered;
    return b.length ? b.end(b.length - 1) : 0;
  };

  const run = async () => {
    await new Promise<void>((resolve) => ms.addEventListener('sourceopen', () => resolve(), { once: true }));
    const variants = parseMaster(await fetchText(masterUrl, aborter.signal), masterUrl);
    if (!variants.length) throw new Error('no variants');
    const renditions = new Map<string, Promise<Rendition>>();
    const rendition = (v: Variant) => {
      let r = renditions.get(v.url);
      if (!r) {
        r = fetchText(v.url, aborter.signal).then((t) => {
          const parsed = parseMedia(t, v.url);
          if (!parsed) throw new Error('unsupported playlist');
          return parsed;
        });
        renditions.set(v.url, r);
      }
      return r;
    };
    let current = variants[0];
    const mime = (v: Variant) => `video/mp4; codecs="${v.codecs}"`;
    if (!MediaSource.isTypeSupported(mime(current))) throw new Error('codecs not supported');
    const sb = ms.addSourceBuffer(mime(current));
    let playing = await rendition(current);
    const [init, first] = await Promise.all([get(playing.init), get(playing.segments[0].url)]);
    await append(sb, init);
    await append(sb, first);
    let next = 1;
    while (!gone && next < playing.segments.length) {
      while (!gone && bufferedEnd() - video.currentTime > AHEAD) {
        await new Promise<void>((resolve) => { waiting = resolve; });
      }
      if (gone) return;
      const dpr = window.devicePixelRatio || 1;
      const choice = pick(variants, bandwidth(), video.clientWidth * dpr, video.clientHeight * dpr);
      const time = playing.segments[next].start;
      if (choice.url !== current.url && MediaSource.isTypeSupported(mime(choice))) {
        const other = await rendition(choice);
        const at = segmentAt(other, time);
        if (at < other.segments.length && Math.abs(other.segments[at].start - time) < 0.05) {
          const header = await get(other.init);
          if (choice.codecs !== current.codecs && 'changeType' in sb) sb.changeType(mime(choice));
          await append(sb, header);
          current = choice;
          playing = other;
          next = at;
        }
      }
      const bytes = await get(playing.segments[next].url);
      if (gone) return;
      await append(sb, bytes);
      next++;
    }
    if (!gone && ms.readyState === 'open') ms.endOfStream();
  };
  run().catch(() => {
    if (gone) return;
    detach();
    fallback();
  });
  return { ready, detach };
}
