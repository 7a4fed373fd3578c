// Unit test of web/src/player.ts (run with `npm test` in web/): the hls.js settings for
// short clips that must start fast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

// Bundled with what it imports (starter.ts); hls.js is only imported when playing.
const { outputFiles } = buildSync({
  entryPoints: [fileURLToPath(new URL('../src/player.ts', import.meta.url))],
  bundle: true, format: 'esm', write: false, external: ['hls.js/*'],
});
const code = outputFiles[0].text;
const { hlsConfig } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

test('the first clip starts on the first (smallest) rendition without a bandwidth test', () => {
  const c = hlsConfig(false, 0);
  assert.equal(c.startLevel, 0);
  assert.equal(c.testBandwidth, false);
  assert.equal(c.startFragPrefetch, true);
  assert.equal(c.capLevelToPlayerSize, true);
  assert.ok(c.abrEwmaDefaultEstimate <= 500_000, 'a default estimate below the second rung');
});

test('later clips start where the measured bandwidth puts them', () => {
  const c = hlsConfig(false, 4_000_000);
  assert.equal(c.startLevel, -1);
  assert.equal(c.abrEwmaDefaultEstimate, 4_000_000);
});

test('a clip fetched ahead buffers its first segment only; the playing one more', () => {
  const ahead = hlsConfig(true, 0);
  assert.equal(ahead.maxBufferLength, 1);
  assert.equal(ahead.maxMaxBufferLength, 1);
  const playing = hlsConfig(false, 0);
  assert.ok(playing.maxBufferLength > 5 && playing.maxMaxBufferLength >= playing.maxBufferLength);
  // Short clips loop: what was played stays buffered.
  assert.ok(playing.backBufferLength >= 15);
});
