// Unit test of web/src/starter.ts (run with `npm test` in web/): reading Spool's HLS
// playlists and choosing the rendition for the first clip played without hls.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const source = readFileSync(new URL('../src/starter.ts', import.meta.url), 'utf8');
const { code } = transformSync(source, { loader: 'ts', format: 'esm' });
const { parseMaster, parseMedia, pick, segmentAt } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

const base = 'https://spool.example/media/v/eu/abc/master.m3u8';
// As crates/media/src/ladder.rs writes it.
const master = `#EXTM3U
#EXT-X-VERSION:7
#EXT-X-INDEPENDENT-SEGMENTS
#EXT-X-STREAM-INF:BANDWIDTH=683100,AVERAGE-BANDWIDTH=490600,RESOLUTION=240x426,CODECS="avc1.640015,mp4a.40.2",FRAME-RATE=29.970
240p/index.m3u8
#EXT-X-STREAM-INF:BANDWIDTH=1425600,AVERAGE-BANDWIDTH=985600,RESOLUTION=360x640,CODECS="avc1.64001e,mp4a.40.2",FRAME-RATE=29.970
360p/index.m3u8
#EXT-X-STREAM-INF:BANDWIDTH=3100000,AVERAGE-BANDWIDTH=2000000,RESOLUTION=720x1280,CODECS="avc1.64001f,mp4a.40.2",FRAME-RATE=29.970
720p/index.m3u8
`;
// As ffmpeg's HLS muxer writes a rendition (a 1 s first segment, then 2 s ones).
const media = `#EXTM3U
#EXT-X-VERSION:7
#EXT-X-TARGETDURATION:2
#EXT-X-MEDIA-SEQUENCE:0
#EXT-X-PLAYLIST-TYPE:VOD
#EXT-X-MAP:URI="init.mp4"
#EXTINF:1.001000,
seg_00000.m4s
#EXTINF:2.002000,
seg_00001.m4s
#EXTINF:1.500000,
seg_00002.m4s
#EXT-X-ENDLIST
`;

test('the master playlist gives the variants in order, the starter first', () => {
  const v = parseMaster(master, base);
  assert.equal(v.length, 3);
  assert.deepEqual(v[0], {
    bandwidth: 683100, width: 240, height: 426, codecs: 'avc1.640015,mp4a.40.2',
    url: 'https://spool.example/media/v/eu/abc/240p/index.m3u8',
  });
  assert.equal(v[2].codecs, 'avc1.64001f,mp4a.40.2');
  // A variant without codecs or size cannot be chosen safely: left out.
  assert.equal(parseMaster('#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\nx.m3u8\n', base).length, 0);
});

test('a VOD rendition gives its init segment and timed segments', () => {
  const r = parseMedia(media, 'https://spool.example/media/v/eu/abc/240p/index.m3u8');
  assert.equal(r.init, 'https://spool.example/media/v/eu/abc/240p/init.mp4');
  assert.equal(r.segments.length, 3);
  assert.equal(r.segments[1].url, 'https://spool.example/media/v/eu/abc/240p/seg_00001.m4s');
  assert.ok(Math.abs(r.segments[2].start - 3.003) < 1e-9);
  assert.equal(segmentAt(r, 0), 0);
  assert.equal(segmentAt(r, 1.001), 1);
  assert.equal(segmentAt(r, 2), 1);
  assert.equal(segmentAt(r, 99), 3);
});

test('playlists the starter does not handle are refused (hls.js plays them)', () => {
  const without = (line) => media.replace(line, '');
  assert.equal(parseMedia(without('#EXT-X-ENDLIST\n'), base), null, 'live');
  assert.equal(parseMedia(without('#EXT-X-MAP:URI="init.mp4"\n'), base), null, 'transport stream');
  assert.equal(parseMedia(media.replace('#EXT-X-MAP', '#EXT-X-KEY:METHOD=AES-128,URI="k"\n#EXT-X-MAP'), base), null, 'encrypted');
  assert.equal(parseMedia(media.replace('seg_00001.m4s', '#EXT-X-BYTERANGE:100@0\nseg_00001.m4s'), base), null, 'byte ranges');
  assert.equal(parseMedia('not a playlist', base), null);
});

test('the rendition follows the bandwidth, within the player size', () => {
  const v = parseMaster(master, base);
  // Nothing measured beyond the default: the starter.
  assert.equal(pick(v, 500_000, 780, 1688).height, 426);
  // Enough for 360p (1.43 Mbit/s peak at 70 %), not for 720p.
  assert.equal(pick(v, 2_500_000, 780, 1688).height, 640);
  assert.equal(pick(v, 10_000_000, 780, 1688).height, 1280);
  // A small player needs no more than the first rendition that covers it.
  assert.equal(pick(v, 10_000_000, 300, 600).height, 640);
  assert.equal(pick(v, 10_000_000, 200, 400).height, 426);
});
