// Playback: hls.js where Media Source Extensions exist (it lets us preload the next clip
// and pick the rendition for the player's size), the browser's own HLS otherwise
// (iPhone Safari).
import Hls from 'hls.js/light';

export interface Source { detach(): void }

export function attach(video: HTMLVideoElement, url: string, preloadOnly: boolean): Source {
  if (Hls.isSupported()) {
    const hls = new Hls({
      capLevelToPlayerSize: true,
      startLevel: -1,
      // A preloaded clip fetches a little; the playing one keeps a modest buffer.
      maxBufferLength: preloadOnly ? 4 : 20,
      maxMaxBufferLength: 30,
      backBufferLength: 10,
    });
    hls.loadSource(url);
    hls.attachMedia(video);
    hls.on(Hls.Events.ERROR, (_e, data) => {
      if (!data.fatal) return;
      if (data.type === Hls.ErrorTypes.NETWORK_ERROR) hls.startLoad();
      else if (data.type === Hls.ErrorTypes.MEDIA_ERROR) hls.recoverMediaError();
    });
    return {
      detach() {
        hls.destroy();
        video.removeAttribute('src');
        video.load();
      },
    };
  }
  video.preload = 'auto';
  video.src = url;
  return {
    detach() {
      video.removeAttribute('src');
      video.load();
    },
  };
}
