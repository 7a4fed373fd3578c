// Watch events for the feed's learning: an impression when a clip comes into view, and
// when the viewer leaves it either a `skip` (left within ~2 s) or a `view` with the time
// watched and how many times the looping clip started over (`replays`). Batched, and flushed with
// `keepalive` when the page is hidden so the last clip is not lost.
import { session, api, ApiError } from './api';

export interface WatchEvent { video_id: string; kind: string; watched_ms: number; video_ms: number; replays?: number }

const queue: WatchEvent[] = [];
let timer = 0;
let disabled = false;

export function report(e: WatchEvent): void {
  if (!session.account || disabled) return;
  queue.push(e);
  if (queue.length >= 10) void flush();
  else if (!timer) timer = window.setTimeout(() => void flush(), 4000);
}

export async function flush(keepalive = false): Promise<void> {
  clearTimeout(timer);
  timer = 0;
  if (!queue.length || disabled) return;
  const events = queue.splice(0, queue.length);
  try {
    await api('POST', '/api/v1/events', { events }, { keepalive });
  } catch (e) {
    // A server without the events API (404) is not asked again on this page view.
    if (e instanceof ApiError && (e.status === 404 || e.status === 405)) disabled = true;
  }
}

addEventListener('pagehide', () => void flush(true));
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') void flush(true); });

const SKIP_MS = 2000;

/** Tracks one clip while it is the one on screen. */
export class Watcher {
  private watched = 0;
  private last: number | null = null;
  private replays = 0;
  private active = false;
  private impressed = false;

  constructor(private video: HTMLVideoElement, private videoId: string, private videoMs: number) {
    video.addEventListener('timeupdate', () => this.tick());
    video.addEventListener('seeking', () => { this.last = null; });
  }

  private base(kind: string): WatchEvent {
    return { video_id: this.videoId, kind, watched_ms: Math.round(this.watched), video_ms: this.videoMs };
  }

  private tick(): void {
    if (!this.active) return;
    const now = this.video.currentTime;
    if (this.last !== null) {
      const step = now - this.last;
      if (step > 0 && step < 1.5) this.watched += step * 1000;
      const duration = this.video.duration || this.videoMs / 1000;
      // The loop started over: the end was reached and playback is back at the start.
      // (Counted into the `view` event: the server weighs a view by its replays and
      // caps its watch time at the clip's length times (1 + replays).)
      if (step < -1 && this.last > duration - 1.5) this.replays += 1;
    }
    this.last = now;
  }

  enter(): void {
    this.active = true;
    this.last = null;
    if (!this.impressed) {
      this.impressed = true;
      report(this.base('impression'));
    }
  }

  /** The viewer left the clip (scrolled on, navigated away, or hid the page). */
  leave(): void {
    if (!this.active) return;
    this.tick();
    this.active = false;
    if (this.watched < SKIP_MS && this.replays === 0) report(this.base('skip'));
    else report({ ...this.base('view'), replays: this.replays });
    this.watched = 0;
    this.replays = 0;
  }

  notInterested(): void {
    report(this.base('not_interested'));
  }
}
