// Time to first frame of the For-You feed in Chromium, under emulated networks.
//
//   SPOOL_BIN=target/debug/spool node tests/e2e/first-frame.mjs [--runs 7] [--label after]
//
// Starts the real `spool` (a fresh data folder filled by `spool seed`: 12 generated 6 s
// 540x960 clips), then for each network profile opens the For-You feed `--runs` times in
// a fresh browser context (empty cache: a first visit), and after each of them, in the
// same context, the page of a clip that visit did not fetch (`warm`: the app's assets
// cached, the clip's media not, as when a returning visitor opens a shared link), with
// the network emulated by CDP `Network.emulateNetworkConditions`. It reports, from
// navigation start:
//
// * poster: the first clip's poster can be seen: its image has arrived (resource timing
//   `responseEnd` of its URL) and the clip is on the page, whichever came last (the same
//   measure whichever client is built in);
// * first frame: the first clip's first video frame is presented (`requestVideoFrameCallback`,
//   or `currentTime > 0` with `readyState >= 2`, whichever comes first);
// * kB: bytes transferred before the first frame (resource timing `transferSize`).
//
// Needs Debian's chromium (SPOOL_E2E_CHROMIUM to use another) and `npm ci` here; prints a
// Markdown table (docs/benchmarks.md) and, with --json FILE, the raw numbers.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    label: { type: 'string', default: '' },
    json: { type: 'string' },
    profiles: { type: 'string', default: 'fast,1.5mbit,100kB' },
    // Prints each run's requests up to the first frame (start, end, kB, URL).
    trace: { type: 'boolean', default: false },
  },
});
const BIN = process.env.SPOOL_BIN;
if (!BIN) throw new Error('set SPOOL_BIN to the spool binary to measure');
const CHROMIUM = process.env.SPOOL_E2E_CHROMIUM || '/usr/bin/chromium';
const RUNS = Number(opts.runs);

/** Network profiles: throughput in bytes/s (-1: not limited), latency in ms. */
const PROFILES = {
  fast: { name: 'unthrottled', latency: 0, down: -1, up: -1 },
  '1.5mbit': { name: '1.5 Mbit/s, 40 ms', latency: 40, down: 1.5e6 / 8, up: 750e3 / 8 },
  '100kB': { name: '100 kB/s, 40 ms', latency: 40, down: 100e3, up: 50e3 },
};

/** Runs in the page before any of its scripts: watches for the first clip's first frame. */
function probe() {
  const marks = { firstFrame: null, poster: null, clipShown: null };
  window.__firstFrame = marks;
  const watch = (video) => {
    const done = (t) => { if (marks.firstFrame === null) marks.firstFrame = t; };
    if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback((now) => done(now));
    const poll = () => {
      if (marks.firstFrame !== null) return;
      if (video.currentTime > 0 && video.readyState >= 2) done(performance.now());
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  };
  const look = () => {
    const video = document.querySelector('article.clip video');
    if (!video) return false;
    marks.clipShown = performance.now();
    marks.poster = video.getAttribute('poster') || video.closest('article')?.querySelector('img')?.getAttribute('src')
      || video.closest('article')?.querySelector('img')?.dataset.src || null;
    watch(video);
    return true;
  };
  const start = () => {
    if (look()) return;
    const mo = new MutationObserver(() => { if (look()) mo.disconnect(); });
    mo.observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.documentElement) start(); else document.addEventListener('readystatechange', start, { once: true });
}

function startServer(dataDir) {
  const server = spawn(BIN, ['serve', '--data', dataDir, '--listen', '127.0.0.1:0'], {
    env: { ...process.env, SPOOL_RATE_LIMITS__ENABLED: 'false', RUST_LOG: process.env.RUST_LOG || 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (d) => {
      out += d;
      const m = /spool listening on (\S+)/.exec(out);
      if (m) resolve({ server, base: m[1].replace(/\/$/, '') });
    });
    server.on('exit', (code) => reject(new Error(`spool exited with ${code}: ${out}`)));
  });
}

async function measure(page, base, profile, path = '/') {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: profile.latency, downloadThroughput: profile.down, uploadThroughput: profile.up,
  });
  await page.goto(`${base}${path}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__firstFrame?.firstFrame !== null && window.__firstFrame?.firstFrame !== undefined,
    undefined, { timeout: 120000, polling: 50 });
  const result = await page.evaluate(() => {
    const { firstFrame, poster, clipShown } = window.__firstFrame;
    const entries = performance.getEntriesByType('resource');
    const posterUrl = poster ? new URL(poster, location.href).href : null;
    const posterEntry = entries.find((e) => e.name === posterUrl);
    const nav = performance.getEntriesByType('navigation')[0];
    const bytes = entries.filter((e) => e.responseEnd <= firstFrame).reduce((s, e) => s + e.transferSize, nav?.transferSize ?? 0);
    const trace = entries.filter((e) => e.startTime <= firstFrame).map((e) => ({
      start: Math.round(e.startTime), end: Math.round(e.responseEnd), kB: Math.round(e.transferSize / 100) / 10,
      url: new URL(e.name).pathname.replace(/^\/media\/[^/]+\/[^/]+\/([0-9a-f]{8})[0-9a-f-]*/, '/media/…/$1'),
    }));
    return { firstFrame, poster: posterEntry ? Math.max(posterEntry.responseEnd, clipShown) : null, bytes, trace };
  });
  await cdp.detach();
  return result;
}

function stats(xs) {
  const v = xs.filter((x) => x !== null).sort((a, b) => a - b);
  if (!v.length) return { median: null, max: null };
  const mid = Math.floor(v.length / 2);
  return { median: v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2, max: v[v.length - 1] };
}

const lastOf = (xs) => xs[xs.length - 1];
const ms = (x) => (x === null ? '–' : `${Math.round(x)}`);

const dataDir = mkdtempSync(path.join(tmpdir(), 'spool-first-frame-'));
let server;
let browser;
try {
  console.error('# seeding demo content (spool seed)...');
  execFileSync(BIN, ['seed', '--data', dataDir], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, RUST_LOG: 'warn' } });
  const started = await startServer(dataDir);
  server = started.server;
  const base = started.base;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const version = browser.version();
  const raw = { label: opts.label, chromium: version, runs: RUNS, profiles: {} };
  const rows = [];
  for (const key of opts.profiles.split(',')) {
    const profile = PROFILES[key];
    if (!profile) throw new Error(`unknown profile ${key}`);
    const cold = [];
    const warm = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-US',
      });
      await context.addInitScript(probe);
      const page = await context.newPage();
      cold.push(await measure(page, base, profile));
      // The same browser again, on a clip it has fetched nothing of: the app's assets come
      // from its cache, the clip's media do not.
      const unseen = await page.evaluate(async () => {
        const r = await fetch('/api/v1/feed/for-you?limit=8', { headers: { accept: 'application/json' } });
        // The third clip or later: the visit fetched the first clip's media and the second's.
        return (await r.json()).items.map((i) => i.video.id).slice(2).pop();
      });
      if (!unseen) throw new Error('the feed has fewer than three clips');
      const again = await context.newPage();
      await page.close();
      warm.push(await measure(again, base, profile, `/v/${unseen}`));
      await context.close();
      const last = cold[cold.length - 1];
      if (opts.trace) for (const r of [lastOf(cold), lastOf(warm)]) console.error(r.trace.map((e) => `#   ${e.start}–${e.end} ms ${e.kB} kB ${e.url}`).join('\n'));
      console.error(`# ${profile.name} run ${i + 1}: poster ${ms(last.poster)} ms, first frame ${ms(last.firstFrame)} ms, ${Math.round(last.bytes / 1000)} kB; warm: first frame ${ms(warm[warm.length - 1].firstFrame)} ms`);
    }
    raw.profiles[key] = { cold, warm };
    const p = stats(cold.map((r) => r.poster));
    const f = stats(cold.map((r) => r.firstFrame));
    const b = stats(cold.map((r) => r.bytes));
    const w = stats(warm.map((r) => r.firstFrame));
    rows.push(`| ${opts.label} | ${profile.name} | ${ms(p.median)} / ${ms(p.max)} | ${ms(f.median)} / ${ms(f.max)} | ${Math.round(b.median / 1000)} | ${ms(w.median)} / ${ms(w.max)} |`);
  }
  console.log(`Chromium ${version}, ${RUNS} runs per profile (median / max, ms from navigation start)\n`);
  console.log('| build | network | poster | first frame | kB before first frame | first frame, app cached (/v/{id}) |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(r);
  if (opts.json) writeFileSync(opts.json, JSON.stringify(raw, null, 2));
} finally {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
}
