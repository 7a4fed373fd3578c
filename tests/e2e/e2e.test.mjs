// Browser end-to-end test of Spool's web client, as a person on a phone uses it: the
// real `spool` binary (SPOOL_BIN) on a random port with a fresh data folder, Debian's
// chromium at 390x844 driven by playwright-core, axe-core on the main pages.
//
// Steps run in order and share one browser: sign up, upload (the progress bar moves),
// wait until ready, find the clip in the feed (or, while the server has no feed route,
// on its creator's profile), play it, like, comment, follow a second account, switch the
// feed to non-personalized, switch to German and to Arabic. Then moderation: a visitor's
// DSA notice, a moderator's decision in the console, the creator's statement and appeal,
// the appeal upheld by a second moderator, the transparency page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const BIN = process.env.SPOOL_BIN;
const ARTIFACTS = path.resolve(process.env.SPOOL_E2E_ARTIFACTS || path.join(here, 'artifacts'));
const CHROMIUM = process.env.SPOOL_E2E_CHROMIUM || '/usr/bin/chromium';
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const PASSWORD = 'correct horse battery';
const suffix = Date.now().toString(36).slice(-5);
const ME = `ana_${suffix}`;
const BOB = `bob_${suffix}`;

let server;
let base;
let dataDir;
let browser;
let page;
/** Whether the binary under test serves the feed routes yet (see the report of the run). */
let feedRoutes = false;
const serverLog = [];

function ffmpeg(out, seconds, extra = []) {
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y',
    '-f', 'lavfi', '-i', `testsrc2=size=540x960:rate=30`, '-f', 'lavfi', '-i', 'sine=frequency=440',
    '-t', String(seconds), '-c:v', 'libx264', '-c:a', 'aac', '-pix_fmt', 'yuv420p', ...extra, out]);
}

async function startServer(reuse = false) {
  if (!reuse) dataDir = mkdtempSync(path.join(tmpdir(), 'spool-e2e-'));
  server = spawn(BIN, ['serve', '--data', dataDir, '--listen', '127.0.0.1:0'], {
    env: { ...process.env, SPOOL_RATE_LIMITS__ENABLED: 'false', RUST_LOG: process.env.RUST_LOG || 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stderr.on('data', (d) => serverLog.push(String(d)));
  base = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`spool did not start:\n${out}\n${serverLog.join('')}`)), 60000);
    server.stdout.on('data', (d) => {
      out += d;
      const m = /spool listening on (\S+)/.exec(out);
      if (m) { clearTimeout(timer); resolve(m[1].replace(/\/$/, '')); }
    });
    server.on('exit', (code) => reject(new Error(`spool exited with ${code}:\n${serverLog.join('')}`)));
  });
}

/** Stops the server, gives staff roles with `spool staff add-role` (the operator's way:
 * it needs the server stopped), and starts it again on the same data folder (a new port). */
async function restartWithRoles(roles) {
  if (server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  for (const [handle, role, region] of roles) {
    execFileSync(BIN, ['staff', 'add-role', '--data', dataDir, '--handle', handle, '--role', role, '--region', region], { stdio: 'pipe' });
  }
  await startServer(true);
}

/** A JSON API call made from node (for the second account). */
async function api(method, p, body, token) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(base + p, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  const json = text ? JSON.parse(text) : undefined;
  if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${text}`);
  return json;
}

async function waitReady(id, token) {
  for (let i = 0; i < 240; i++) {
    const v = await api('GET', `/api/v1/videos/${id}`, undefined, token);
    if (v.state === 'ready') return v;
    assert.notEqual(v.state, 'failed', JSON.stringify(v.failure));
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`video ${id} did not become ready`);
}

/** The second account and its public clip, made through the API (tus creation-with-upload). */
async function seedBob(clip) {
  const regions = (await api('GET', '/api/v1/regions')).regions;
  await api('POST', '/api/v1/accounts', { handle: BOB, password: PASSWORD, region: regions[0], birth_date: '1990-02-03' });
  const { token } = await api('POST', '/api/v1/sessions', { handle: BOB, password: PASSWORD });
  const bytes = readFileSync(clip);
  const res = await fetch(`${base}/api/v1/uploads`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0', 'upload-length': String(bytes.length),
      'content-type': 'application/offset+octet-stream',
    },
    body: bytes,
  });
  assert.equal(res.status, 201, await res.text());
  const uploadId = res.headers.get('location').split('/').pop();
  const video = await api('POST', '/api/v1/videos', { upload_id: uploadId, caption: 'Hello from Bob #e2eclip' }, token);
  return waitReady(video.id, token);
}

async function axeCheck(name) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const detail = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
  assert.equal(bad.length, 0, `accessibility violations on ${name}:\n${detail}`);
  const minor = result.violations.filter((v) => !bad.includes(v)).map((v) => `${v.impact} ${v.id}`);
  if (minor.length) console.log(`# axe ${name}: minor: ${minor.join(', ')}`);
}

async function shot(name) {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** In-page JSON read with the session cookie. */
function pageGet(p) {
  return page.evaluate(async (u) => {
    const r = await fetch(u, { headers: { accept: 'application/json' } });
    return { status: r.status, body: r.status === 200 ? await r.json() : null };
  }, p);
}

/** Scrolls the For You feed (arrow keys) until the clip shows up. */
async function findInFeed(p, videoId) {
  const clip = p.locator(`article[data-video-id="${videoId}"]`);
  await p.locator('.feed[aria-busy="false"]').waitFor();
  for (let i = 0; i < 30 && !(await clip.count()); i++) {
    await p.keyboard.press('ArrowDown');
    await p.waitForTimeout(400);
  }
  assert.ok(await clip.count(), `clip ${videoId} is not in the For You feed`);
  return clip;
}

/** Until the server has a feed: the creator's profile, then the clip's own page. */
async function viaProfile(p, creator, videoId) {
  await p.goto(`${base}/u/${creator}`);
  await p.click(`a.tile[href="/v/${videoId}"]`);
  await p.waitForURL(`${base}/v/${videoId}`);
}

/** The clip's video element plays: its currentTime advances. */
async function playing(p, videoId) {
  const video = p.locator(`article[data-video-id="${videoId}"] video`);
  await video.waitFor();
  await p.waitForFunction((id) => {
    const v = document.querySelector(`article[data-video-id="${id}"] video`);
    return v && v.currentTime > 1;
  }, videoId, { timeout: 30000 });
  const t1 = await video.evaluate((v) => v.currentTime);
  await p.waitForTimeout(700);
  const t2 = await video.evaluate((v) => v.currentTime);
  assert.ok(t2 > t1, `playback does not advance (${t1} → ${t2})`);
}

/** The watch events the page posted (kind and video of each). */
const events = [];
let clipA;
let clipB;
let bobVideo;
let myVideoId;

before(async () => {
  assert.ok(BIN, 'set SPOOL_BIN to the spool binary to test');
  mkdirSync(ARTIFACTS, { recursive: true });
  const work = mkdtempSync(path.join(tmpdir(), 'spool-e2e-clips-'));
  clipA = path.join(work, 'clip.mp4');
  clipB = path.join(work, 'bob.mp4');
  // A high bitrate makes the upload big enough (several MB) for the progress bar to move.
  ffmpeg(clipA, 6, ['-b:v', '8M', '-maxrate', '8M', '-bufsize', '8M']);
  ffmpeg(clipB, 4);
  await startServer();
  bobVideo = await seedBob(clipB);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
    locale: 'en-US', permissions: ['clipboard-read', 'clipboard-write'],
  });
  page = await context.newPage();
  page.on('pageerror', (e) => console.log(`# page error: ${e.message}`));
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/v1/events')) {
      try { events.push(...JSON.parse(r.postData() || '{}').events); } catch { /* not ours */ }
    }
  });
  page.setDefaultTimeout(20000);
});

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    const timer = setTimeout(() => server.kill('SIGKILL'), 10000);
    await exited;
    clearTimeout(timer);
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
});

test('web client, end to end', { timeout: 600000 }, async (t) => {
  await t.test('the shell is served in the browser language and loads the client', async () => {
    const res = await fetch(`${base}/`, { headers: { 'accept-language': 'ja,en;q=0.5' } });
    const html = await res.text();
    assert.match(html, /<html lang="ja" dir="ltr">/);
    assert.equal((await fetch(`${base}/locales/ar.ftl`)).status, 200);
    await page.goto(`${base}/`);
    await page.waitForSelector('nav.tabbar');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    // The feed is part of the server: its absence is a failure, not a fallback.
    assert.equal((await pageGet('/api/v1/feed/for-you?limit=1')).status, 200, 'the feed route answers');
    feedRoutes = true;
  });

  await t.test('sign up', async () => {
    // Straight on to the upload page: a visit to the feed now would mark the other
    // account's clip as seen, and the feed never shows a clip twice.
    await page.goto(`${base}/signup?next=/upload`);
    await page.waitForSelector('select[name=region] option', { state: 'attached' });
    await axeCheck('sign-up');
    await page.fill('input[name=handle]', ME);
    await page.fill('input[name=display_name]', 'Ana E2E');
    await page.fill('input[name=password]', PASSWORD);
    await page.fill('input[name=birth_date]', '1995-04-17');
    await page.click('form button[type=submit]');
    await page.waitForURL(`${base}/upload`);
    await page.waitForSelector(`nav.tabbar a[href="/u/${ME}"]`);
  });

  await t.test('upload with a moving progress bar, then processing until ready', async () => {
    await page.goto(`${base}/upload`);
    await page.waitForSelector('input[type=file]');
    await axeCheck('upload');
    // Slow the upload down (as on a phone network) so that progress can be watched.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 1.5 * 1024 * 1024,
    });
    await page.setInputFiles('input[type=file]', clipA);
    const values = [];
    for (let i = 0; i < 600; i++) {
      const v = await page.$eval('progress.upload-progress', (p) => p.value);
      if (values[values.length - 1] !== v) values.push(v);
      if (v >= 100) break;
      await page.waitForTimeout(50);
    }
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    console.log(`# upload of ${statSync(clipA).size} bytes, progress values: ${values.map((v) => v.toFixed(1)).join(' ')}`);
    const moving = values.filter((v) => v > 0 && v < 100);
    assert.ok(moving.length >= 3, `the progress bar took only ${values.length} values: ${values}`);
    for (let i = 1; i < values.length; i++) assert.ok(values[i] > values[i - 1], `progress went back: ${values}`);
    assert.equal(values[values.length - 1], 100);

    // Caption with a hashtag suggestion (Bob's clip made #e2eclip known).
    await page.click('#caption');
    await page.keyboard.type('My first clip #e2ec');
    const option = page.locator('[role=listbox] [role=option]', { hasText: '#e2eclip' });
    await option.first().waitFor();
    assert.equal(await page.getAttribute('#caption', 'aria-controls'), await page.getAttribute('[role=listbox]:visible', 'id'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    assert.equal(await page.inputValue('#caption'), 'My first clip #e2eclip ');
    await shot('upload');
    await page.click('form button[type=submit]');
    await page.locator('.publish-status a[href^="/v/"]').waitFor({ timeout: 180000 });
    myVideoId = (await page.getAttribute('.publish-status a[href^="/v/"]', 'href')).split('/').pop();
    const v = await pageGet(`/api/v1/videos/${myVideoId}`);
    assert.equal(v.body.state, 'ready');
    assert.equal(v.body.caption.trim(), 'My first clip #e2eclip');
  });

  await t.test('find the second account\'s clip in the feed and play it', async () => {
    if (feedRoutes) {
      await page.goto(`${base}/`);
      const clip = await findInFeed(page, bobVideo.id);
      await clip.scrollIntoViewIfNeeded();
      // Arrow keys move between clips (desktop).
      const clips = await page.locator('article.clip').count();
      if (clips > 1) {
        const top = () => page.$eval('.feed', (f) => f.scrollTop);
        const before = await top();
        await page.keyboard.press(before > 0 ? 'ArrowUp' : 'ArrowDown');
        await page.waitForFunction((b) => Math.abs(document.querySelector('.feed').scrollTop - b) > 100, before);
        await page.keyboard.press(before > 0 ? 'ArrowDown' : 'ArrowUp');
        await page.waitForFunction((b) => Math.abs(document.querySelector('.feed').scrollTop - b) < 5, before);
      }
    } else {
      await viaProfile(page, BOB, bobVideo.id);
    }
    await playing(page, bobVideo.id);
    assert.equal(await page.locator(`article[data-video-id="${bobVideo.id}"] video`).evaluate((v) => v.muted), true, 'autoplay starts muted');
    await shot('feed');
    await axeCheck('feed');
  });

  await t.test('like, comment and follow on the clip', async () => {
    const clip = page.locator(`article[data-video-id="${bobVideo.id}"]`);
    // Tap to unmute.
    await clip.locator('.clip-tap').click();
    // A single tap waits a moment for a second (a double tap likes).
    await page.waitForFunction((id) => document.querySelector(`article[data-video-id="${id}"] video`)?.muted === false, bobVideo.id);

    await clip.locator('button.like').click();
    await page.waitForFunction((id) => document.querySelector(`article[data-video-id="${id}"] button.like`)?.getAttribute('aria-pressed') === 'true', bobVideo.id);
    assert.equal((await pageGet(`/api/v1/videos/${bobVideo.id}`)).body.liked_by_me, true);

    await clip.locator('.clip-rail button.rail-button').nth(1).click();
    const sheet = page.locator('dialog[open]');
    await sheet.locator('textarea[name=text]').fill('Lovely clip!');
    await sheet.locator('button[type=submit]').click();
    await sheet.locator('.comment-text', { hasText: 'Lovely clip!' }).waitFor();
    await axeCheck('comments');
    await page.keyboard.press('Escape');
    const comments = await pageGet(`/api/v1/videos/${bobVideo.id}/comments`);
    assert.ok(comments.body.items.some((c) => c.text === 'Lovely clip!' && c.author === ME));

    const follow = clip.locator('button.rail-follow');
    await follow.click();
    await page.waitForFunction((id) => document.querySelector(`article[data-video-id="${id}"] button.rail-follow`)?.getAttribute('aria-pressed') === 'true', bobVideo.id);
    const following = await pageGet(`/api/v1/accounts/${ME}/following`);
    assert.ok(following.body.items.some((p) => p.handle === BOB), 'not following after the click');

    // "Why this video" and the more sheet open and close by keyboard.
    await clip.locator('.why-button').click();
    await page.locator('dialog[open] h2', { hasText: 'Why this video?' }).waitFor();
    await page.keyboard.press('Escape');
  });

  await t.test('the uploaded clip plays in the second account\'s feed', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'en-US' });
    const bob = await context.newPage();
    // A `next` that would leave the site (`/\host` is `//host` to a browser) goes home.
    await bob.goto(`${base}/login?next=${encodeURIComponent('/\\evil.example/')}`);
    await bob.fill('input[name=handle]', BOB);
    await bob.fill('input[name=password]', PASSWORD);
    await bob.click('form button[type=submit]');
    await bob.waitForURL(`${base}/`);
    if (feedRoutes) await findInFeed(bob, myVideoId);
    else await viaProfile(bob, ME, myVideoId);
    await playing(bob, myVideoId);
    await context.close();
  });

  await t.test('profile page (and the watch events of the clip just left)', async () => {
    // Leave the clip the way a person does: the Profile tab.
    await page.click(`nav.tabbar a[href="/u/${ME}"]`);
    await page.waitForURL(`${base}/u/${ME}`);
    if (feedRoutes) {
        for (let i = 0; i < 20 && !events.some((e) => e.kind === 'view' && e.video_id === bobVideo.id); i++) await page.waitForTimeout(100);
      const mine = events.filter((e) => e.video_id === bobVideo.id).map((e) => `${e.kind}:${e.watched_ms}`);
      console.log(`# events for the clip: ${mine.join(' ')}`);
      assert.ok(events.some((e) => e.kind === 'impression' && e.video_id === bobVideo.id), 'no impression event');
      const view = events.find((e) => e.kind === 'view' && e.video_id === bobVideo.id);
      assert.ok(view && view.watched_ms > 1000 && view.video_ms > 3000, `no view event: ${JSON.stringify(events)}`);
    }
    await page.locator(`a.tile[href="/v/${myVideoId}"]`).waitFor();
    await page.locator('.stats').waitFor();
    await shot('profile');
    await axeCheck('profile');
    await page.goto(`${base}/u/${BOB}`);
    await page.locator('button.follow[aria-pressed="true"]').waitFor();
  });

  await t.test('search with typeahead', async () => {
    await page.goto(`${base}/search`);
    await page.fill('#search-q', `@${BOB.slice(0, 5)}`);
    await page.locator('[role=option]', { hasText: `@${BOB}` }).first().waitFor();
    await page.goto(`${base}/search?q=e2eclip&type=videos`);
    await page.locator('a.tile').first().waitFor();
    await axeCheck('search');
  });

  await t.test('switch the feed to non-personalized', async () => {
    await page.goto(`${base}/`);
    const toggle = page.locator('button.mode-switch[role=switch]');
    await page.locator('.feed[aria-busy="false"]').waitFor();
    assert.equal(await toggle.getAttribute('aria-checked'), 'true');
    // The first page asked for after the switch (a fetch-ahead of the next personalized
    // page may still be on its way when the switch flips: it carries a cursor).
    const reload = feedRoutes ? page.waitForResponse((r) => r.url().includes('/api/v1/feed/for-you') && !r.url().includes('cursor=') && r.request().timing().startTime > 0) : null;
    await toggle.click();
    await page.locator('button.mode-switch[aria-checked="false"]').waitFor();
    // Kept in the account's settings where the server has `feed_mode`, else in this browser.
    // The switch flips at once; the PATCH of the setting may still be on its way.
    let settings = (await pageGet('/api/v1/me/settings')).body;
    for (let i = 0; i < 50 && settings.feed_mode !== 'non_personalized'; i++) {
      await page.waitForTimeout(100);
      settings = (await pageGet('/api/v1/me/settings')).body;
    }
    const stored = await page.evaluate(() => localStorage.getItem('spool.feedMode'));
    if ('feed_mode' in settings) assert.equal(settings.feed_mode, 'non_personalized');
    else assert.equal(stored, 'non_personalized');
    if (reload) {
      const answer = await (await reload).json();
      assert.equal(answer.mode, 'non_personalized', 'the feed was not asked for without profiling');
      await page.locator('.feed[aria-busy="false"]').waitFor();
      assert.equal(await toggle.getAttribute('aria-checked'), 'false');
    }
  });

  await t.test('sessions and password in settings', async () => {
    const UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
    const loginElsewhere = async (password = PASSWORD) => {
      const res = await fetch(`${base}/api/v1/sessions`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': UA },
        body: JSON.stringify({ handle: ME, password }),
      });
      assert.equal(res.status, 201);
      return (await res.json()).token;
    };
    const works = async (token) => (await fetch(`${base}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).status === 200;
    const other = await loginElsewhere();
    await page.goto(`${base}/settings`);
    const rows = page.locator('.session-list li.session');
    await page.waitForFunction(() => document.querySelectorAll('.session-list li.session').length === 2);
    assert.equal(await page.locator('.session-list li[data-current="true"]').count(), 1);
    const elsewhere = page.locator('.session-list li[data-current="false"]');
    // (Fluent isolates the placeables with U+2068/U+2069.)
    assert.match((await elsewhere.textContent()).replace(/[\u2068\u2069]/g, ''), /Firefox on Linux/);
    await axeCheck('settings sessions');
    // "Log out" on the other session ends it.
    await elsewhere.locator('button.session-logout').click();
    await page.waitForFunction(() => document.querySelectorAll('.session-list li.session').length === 1);
    assert.equal(await works(other), false, 'the ended session still works');
    // "Log out everywhere else".
    const third = await loginElsewhere();
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('.session-list li.session').length === 2);
    await page.click('button.logout-others');
    await page.waitForFunction(() => document.querySelectorAll('.session-list li.session').length === 1);
    assert.equal(await works(third), false);
    assert.equal(await rows.count(), 1);
    // The export link carries the CSRF token (the download is audited) and works.
    const href = await page.getAttribute('a[href^="/api/v1/me/export"]', 'href');
    assert.match(href, /[?&]csrf=/);
    const download = await page.evaluate(async (u) => {
      const r = await fetch(u);
      return { status: r.status, type: r.headers.get('content-type') };
    }, href);
    assert.deepEqual(download, { status: 200, type: 'application/zip' });
    // Change the password: a wrong current one is said next to its field.
    const fourth = await loginElsewhere();
    await page.fill('input[name=current_password]', 'not my password');
    await page.fill('input[name=new_password]', 'battery horse staple');
    await page.click('section[aria-labelledby=set-password] button[type=submit]');
    await page.waitForFunction(() => document.querySelector('input[name=current_password]')?.getAttribute('aria-invalid') === 'true');
    assert.equal(await works(fourth), true);
    await page.fill('input[name=current_password]', PASSWORD);
    await page.fill('input[name=new_password]', 'battery horse staple');
    await page.click('section[aria-labelledby=set-password] button[type=submit]');
    await page.waitForFunction(() => document.querySelector('input[name=current_password]')?.value === '');
    assert.equal(await works(fourth), false, 'other sessions end with a password change');
    assert.equal((await pageGet('/api/v1/me')).status, 200, 'this session stays');
    await loginElsewhere('battery horse staple');
  });

  await t.test('settings, then German and Arabic', async () => {
    await page.goto(`${base}/settings`);
    await page.locator('select[name=language]').waitFor();
    await axeCheck('settings');
    await Promise.all([page.waitForEvent('load'), page.selectOption('select[name=language]', 'de')]);
    await page.waitForSelector('nav.tabbar');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    assert.equal(await page.textContent('h1'), 'Einstellungen');
    assert.match(await page.textContent('nav.tabbar'), /Start/);
    await Promise.all([page.waitForEvent('load'), page.selectOption('select[name=language]', 'ar')]);
    await page.waitForSelector('nav.tabbar');
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
    assert.equal(await page.textContent('h1'), 'الإعدادات');
    await axeCheck('settings (ar)');
    await page.goto(`${base}/u/${ME}`);
    await page.locator('a.tile').first().waitFor();
    await shot('profile-ar');
  });

  await t.test('desktop layout', async () => {
    const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 }, storageState: await page.context().storageState() });
    const p = await desktop.newPage();
    await p.goto(`${base}/v/${bobVideo.id}`);
    await p.waitForFunction(() => (document.querySelector('article.clip video')?.currentTime ?? 0) > 0.5);
    assert.equal(await p.evaluate(() => document.documentElement.dir), 'rtl');
    await p.screenshot({ path: path.join(ARTIFACTS, 'feed-desktop-ar.png') });
    await desktop.close();
  });
});

// Starting fast (docs/benchmarks.md has the timings; this checks the behaviour): a visitor
// on a 1.5 Mbit/s line opens the For-You feed. The first clip's poster is there before its
// first frame, with a spinner over it while it loads and no "Loading…" text on black; the
// first clip starts on the smallest rendition; the next clip's first segment is fetched
// after the first clip plays (not beside it) and before the swipe, which then plays it.
test('the feed starts fast: the poster at once, a spinner, the next clip fetched ahead', { timeout: 180000 }, async () => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-US',
  });
  await context.addInitScript(() => {
    const m = { posterLoaded: null, posterVisible: false, spinnerSeen: false, playing: null, firstFrame: null, loadingText: [] };
    window.__start = m;
    const shown = (el) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.display !== 'none' && style.visibility !== 'hidden';
    };
    // Words on screen (not only for screen readers): a text node of its own, at a size.
    const wordsShown = (el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())
      && parseFloat(getComputedStyle(el).fontSize) > 0 && shown(el);
    document.addEventListener('load', (e) => {
      const img = e.target;
      if (m.posterLoaded === null && img instanceof HTMLImageElement && img.matches('article.clip:first-of-type img.clip-poster')) {
        m.posterLoaded = performance.now();
        m.posterVisible = shown(img);
      }
    }, true);
    document.addEventListener('playing', (e) => {
      if (m.playing === null && e.target.matches('article.clip:first-of-type video')) m.playing = performance.now();
    }, true);
    const tick = () => {
      for (const el of document.querySelectorAll('.boot, .feed-status')) {
        if (wordsShown(el) && !m.loadingText.includes(el.textContent)) m.loadingText.push(el.textContent);
      }
      const clip = document.querySelector('article.clip');
      const spinner = clip?.querySelector('.clip-spinner');
      if (spinner && shown(spinner)) m.spinnerSeen = true;
      const video = clip?.querySelector('video');
      if (video && video.currentTime > 0 && video.readyState >= 2) m.firstFrame = performance.now();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const visitor = await context.newPage();
  const cdp = await context.newCDPSession(visitor);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 40, downloadThroughput: 1.5e6 / 8, uploadThroughput: 750e3 / 8,
  });
  try {
    await visitor.goto(`${base}/`);
    await visitor.waitForFunction(() => window.__start.firstFrame !== null, undefined, { timeout: 60000, polling: 100 });
    const ids = await visitor.$$eval('article.clip', (as) => as.map((a) => a.dataset.videoId));
    assert.ok(ids.length >= 2, `the visitor's feed has ${ids.length} clips; two are needed`);
    const [first, second] = ids;
    // The next clip's first segment arrives while the first clip plays, no swipe yet.
    const segs = (id) => visitor.evaluate((vid) => performance.getEntriesByType('resource')
      .filter((e) => e.name.includes(`/${vid}/`) && /\/seg_00000\.m4s$/.test(new URL(e.name).pathname))
      .map((e) => ({ url: new URL(e.name).pathname, start: e.startTime })), id);
    await visitor.waitForFunction((vid) => performance.getEntriesByType('resource')
      .some((e) => e.name.includes(`/${vid}/`) && e.name.endsWith('/seg_00000.m4s')), second, { timeout: 30000, polling: 100 });
    const m = await visitor.evaluate(() => window.__start);
    console.log(`# 1.5 Mbit/s: poster at ${Math.round(m.posterLoaded)} ms, first frame at ${Math.round(m.firstFrame)} ms`);
    assert.deepEqual(m.loadingText, [], 'no "Loading…" text on screen while the feed starts');
    assert.ok(m.posterLoaded !== null && m.posterLoaded < m.firstFrame, `the poster (${m.posterLoaded}) came after the first frame (${m.firstFrame})`);
    assert.ok(m.posterVisible, 'the poster image is shown');
    // Under the video, which lets it through until it has a frame.
    const layers = await visitor.$eval('article.clip', (a) => ({
      order: [...a.children].map((c) => c.localName),
      background: getComputedStyle(a.querySelector('video')).backgroundColor,
    }));
    assert.ok(layers.order.indexOf('img') >= 0 && layers.order.indexOf('img') < layers.order.indexOf('video'), layers.order.join());
    assert.equal(layers.background, 'rgba(0, 0, 0, 0)');
    assert.ok(m.spinnerSeen, 'a spinner showed over the poster while the clip loaded');
    assert.equal(await visitor.$eval('article.clip .clip-spinner', (s) => getComputedStyle(s).display), 'none', 'the spinner goes once the clip plays');
    // The first clip started on the smallest rendition (listed first in its master playlist).
    const firstSegs = await segs(first);
    assert.ok(firstSegs.length > 0 && firstSegs[0].url.includes('/240p/'), JSON.stringify(firstSegs));
    const ahead = await segs(second);
    assert.ok(m.playing !== null, 'the first clip fired "playing"');
    assert.ok(ahead.length > 0 && ahead.every((e) => e.start >= m.playing),
      `the next clip's first segment was fetched beside the first clip's start: ${JSON.stringify(ahead)}, first clip playing at ${m.playing}`);
    // The swipe: the next clip plays (from what was fetched ahead).
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await visitor.keyboard.press('ArrowDown');
    await playing(visitor, second);
  } finally {
    await context.close();
  }
});

// Moderation (docs/moderation.md), as its four kinds of people meet it: a visitor without
// an account reports the second account's clip with the DSA art. 16 form and keeps the
// receipt; a moderator of the clip's region (made with `spool staff add-role`) claims the
// notice in the console and removes the clip under a policy; the creator reads the
// statement of reasons on the status page and appeals; the first moderator may not decide
// the appeal, a second one upholds it and the clip is back; the transparency page renders
// the region's report and decision log.
test('moderation, end to end', { timeout: 600000 }, async (t) => {
  const MOD = `mod_${suffix}`;
  const MOD2 = `mod2_${suffix}`;
  const FACTS = 'The caption insults a group of people (e2e).';
  const regions = (await api('GET', '/api/v1/regions')).regions;
  const region = regions[0]; // Bob's home region, so his clip's region.
  for (const handle of [MOD, MOD2]) {
    await api('POST', '/api/v1/accounts', { handle, password: PASSWORD, region, birth_date: '1988-05-06' });
  }
  await restartWithRoles([[MOD, 'moderator', region], [MOD2, 'moderator', region]]);
  const contexts = [];
  const open = async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'en-US' });
    contexts.push(context);
    const p = await context.newPage();
    p.setDefaultTimeout(20000);
    p.on('pageerror', (e) => console.log(`# page error: ${e.message}`));
    return p;
  };
  const logIn = async (p, handle, password, next) => {
    await p.goto(`${base}/login?next=${encodeURIComponent(next)}`);
    await p.fill('input[name=handle]', handle);
    await p.fill('input[name=password]', password);
    await p.click('form button[type=submit]');
    await p.waitForURL(`${base}${next}`);
  };
  const axeOn = async (p, name) => {
    await p.evaluate(AXE);
    const result = await p.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.equal(bad.length, 0, `accessibility violations on ${name}:\n${bad.map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`).join('\n')}`);
  };
  /** Nothing on the page is wider than the phone (wide tables scroll in their box). */
  const fitsPhone = async (p, name) => {
    const [scroll, client] = await p.$eval('#main', (m) => [m.scrollWidth, m.clientWidth]);
    assert.ok(scroll <= client + 1, `${name} is ${scroll}px wide on a ${client}px screen`);
  };
  /** The anonymous answer for the clip (200 while it is up). */
  const publicStatus = async () => (await fetch(`${base}/api/v1/videos/${bobVideo.id}`, { headers: { accept: 'application/json' } })).status;
  const until = async (what, fn) => {
    for (let i = 0; i < 50; i++) { if (await fn()) return; await new Promise((r) => setTimeout(r, 200)); }
    assert.fail(`timed out waiting until ${what}`);
  };
  const bobToken = (await api('POST', '/api/v1/sessions', { handle: BOB, password: PASSWORD })).token;
  let receipt;
  let lookup;

  try {
    await t.test('a visitor reports the clip with the art. 16 form and is shown a receipt', async () => {
      const p = await open();
      await p.goto(`${base}/v/${bobVideo.id}`);
      const clip = p.locator(`article[data-video-id="${bobVideo.id}"]`);
      await clip.waitFor();
      const report = async () => {
        await clip.locator('button[aria-label="More options"]').click();
        await p.locator('dialog[open] .sheet-action', { hasText: 'Report' }).click();
        const dlg = p.locator('dialog[open]', { hasText: 'Report this video' });
        await dlg.locator('select[name=category]').waitFor();
        return dlg;
      };
      let dlg = await report();
      // The notice's three required parts are asked for, the new categories offered.
      const categories = await dlg.locator('select[name=category] option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
      assert.deepEqual(categories, ['hate_speech', 'harassment', 'violent_extremism', 'disinformation', 'child_safety', 'self_harm',
        'illegal_goods', 'scams', 'spam', 'intellectual_property', 'other']);
      await axeOn(p, 'report dialog (art. 16)');
      await dlg.locator('select[name=category]').selectOption('hate_speech');
      await dlg.locator('textarea[name=note]').fill('Slur in the caption.');
      await dlg.locator('input[name=name]').fill('Ana Example');
      await dlg.locator('input[name=email]').fill(`ana.${suffix}@example.org`);
      await dlg.locator('input[name=good_faith]').check();
      await dlg.locator('button[type=submit]').click();
      await dlg.locator('.report-done', { hasText: 'Your report was sent' }).waitFor();
      receipt = await dlg.locator('input.receipt').inputValue();
      assert.ok(receipt.length > 8, `no receipt shown: ${receipt}`);
      await p.screenshot({ path: path.join(ARTIFACTS, 'report-receipt.png') });
      // The receipt looks the notice up, without an account.
      await dlg.locator('a', { hasText: 'Check this report later' }).click();
      await p.waitForURL(/\/settings\/status\?report=/);
      lookup = p.url();
      assert.ok(lookup.includes(encodeURIComponent(receipt)));
      await p.locator('.report-item', { hasText: 'Waiting for review' }).waitFor();
      await p.goto(`${base}/v/${bobVideo.id}`);
      await clip.waitFor();
      // The same e-mail again about the same clip counts once, and is told so.
      dlg = await report();
      await dlg.locator('select[name=category]').selectOption('hate_speech');
      await dlg.locator('input[name=name]').fill('Ana Example');
      await dlg.locator('input[name=email]').fill(`ana.${suffix}@example.org`);
      await dlg.locator('input[name=good_faith]').check();
      await dlg.locator('button[type=submit]').click();
      await dlg.locator('.report-done', { hasText: 'You already reported this' }).waitFor();
      await dlg.locator('button', { hasText: 'Close' }).click();
    });

    await t.test('a moderator of the region claims it in the console and removes the clip under a policy', async () => {
      const p = await open();
      await logIn(p, MOD, PASSWORD, '/moderation');
      const card = p.locator(`li.queue-item[data-kind="notice"][data-target-id="${bobVideo.id}"]`);
      await card.waitFor();
      assert.equal(await p.locator('select[name=region]').inputValue(), region);
      await card.locator('.deadline').waitFor();
      await axeOn(p, 'moderation queue');
      await fitsPhone(p, 'the moderation queue');
      await p.screenshot({ path: path.join(ARTIFACTS, 'moderation-queue.png') });
      await card.locator('button.claim').click();
      await card.locator('.claim-state', { hasText: 'Claimed by you' }).waitFor();
      await card.locator('a', { hasText: 'Review' }).click();
      await p.waitForURL(/\/moderation\/items\//);
      const form = p.locator('form.decision-form');
      await form.waitFor();
      // The context: the reported clip's caption and the notice (without its sender).
      await p.locator('section[aria-labelledby=item-context]', { hasText: 'Hello from Bob' }).waitFor();
      const notices = await p.textContent('section[aria-labelledby=item-notices]');
      assert.match(notices, /Slur in the caption/);
      assert.doesNotMatch(notices, /Ana Example|example\.org/, 'a notice shows who sent it');
      const { policies } = await api('GET', '/api/v1/moderation/policies');
      const clause = policies.find((x) => x.category === 'hate_speech')?.id ?? 'hate_speech';
      await form.locator('select[name=action]').selectOption('remove');
      await form.locator('select[name=policy]').selectOption(clause);
      await form.locator('textarea[name=facts]').fill(FACTS);
      await axeOn(p, 'moderation item');
      await fitsPhone(p, 'the moderation item');
      await form.locator('button[type=submit]').click();
      await p.locator('.notice[role=status]', { hasText: 'Decision recorded' }).waitFor();
      await until('the removed clip is gone for viewers', async () => (await publicStatus()) !== 200);
      // A moderator of another region is told so (where the deployment has one).
      if (regions.length > 1) {
        await p.goto(`${base}/moderation?region=${regions[1]}`);
        await p.locator('p[role=status]', { hasText: 'You are not a moderator of this region' }).waitFor();
      }
    });

    await t.test('the visitor\'s receipt shows the outcome', async () => {
      const p = await open();
      await p.goto(lookup);
      await p.locator('.report-item .outcome', { hasText: 'Removed' }).waitFor();
    });

    await t.test('the creator reads the statement of reasons and appeals', async () => {
      const p = await open();
      // The clip's page tells its creator, and links to the status page.
      await logIn(p, BOB, PASSWORD, `/v/${bobVideo.id}`);
      await p.locator('.moderation-notice a[href="/settings/status"]').click();
      await p.waitForURL(`${base}/settings/status`);
      const statement = p.locator('article.statement', { hasText: FACTS });
      await statement.waitFor();
      const text = await statement.textContent();
      assert.match(text, /Removed/);
      assert.match(text, /By a person, not automatically/);
      assert.match(text, /A notice from someone who reported it/);
      assert.match(text, /You can appeal until/);
      await axeOn(p, 'account status');
      await fitsPhone(p, 'the account status page');
      await p.screenshot({ path: path.join(ARTIFACTS, 'account-status.png') });
      await statement.locator('form.appeal-form textarea[name=text]').fill('It quotes the insult in order to criticise it.');
      await statement.locator('form.appeal-form button[type=submit]').click();
      await statement.locator('.notice', { hasText: 'Your appeal was sent' }).waitFor();
      const { items } = await api('GET', '/api/v1/me/statements', undefined, bobToken);
      assert.equal(items.find((s) => s.decision_facts === FACTS)?.appeal?.state, 'open');
      // The decision's notification in the inbox leads to the status page.
      await p.goto(`${base}/inbox`);
      await p.locator('a.list-item[href="/settings/status"]').first().waitFor();
    });

    await t.test('the appeal goes to a different moderator, who upholds it', async () => {
      const first = await open();
      await logIn(first, MOD, PASSWORD, '/moderation');
      const appeal = first.locator(`li.queue-item[data-kind="appeal"][data-target-id="${bobVideo.id}"]`);
      await appeal.waitFor();
      const href = await appeal.locator('a', { hasText: 'Review' }).getAttribute('href');
      await first.goto(`${base}${href}`);
      let form = first.locator('form.appeal-decision-form');
      await form.locator('input[value=upheld]').check();
      await form.locator('textarea[name=facts]').fill('Own decision.');
      await form.locator('button[type=submit]').click();
      await form.locator('.form-alert', { hasText: 'cannot decide its appeal' }).waitFor();

      const second = await open();
      await logIn(second, MOD2, PASSWORD, href.split('?')[0]);
      await second.locator('.appeal-text', { hasText: 'criticise' }).waitFor();
      const claim = second.locator('.claim-area button.claim');
      if (await claim.count()) { await claim.click(); await second.locator('.claim-state').waitFor(); }
      form = second.locator('form.appeal-decision-form');
      await form.locator('input[value=upheld]').check();
      await form.locator('textarea[name=facts]').fill('The clip criticises the insult; it does not endorse it.');
      await form.locator('button[type=submit]').click();
      await second.locator('.notice[role=status]', { hasText: 'Appeal upheld' }).waitFor();
      await until('the clip is back for viewers', async () => (await publicStatus()) === 200);
    });

    await t.test('the transparency page renders the region\'s report and decision log', async () => {
      const p = await open();
      await p.goto(`${base}/transparency?region=${region}&period=days`);
      await p.locator('.stat-tile').first().waitFor();
      assert.ok(await p.locator('figure.chart-figure svg.chart[role=img]').count() >= 4, 'too few charts');
      // Every chart has its numbers as a table too.
      assert.equal(await p.locator('figure.chart-figure svg.chart').count(), await p.locator('figure.chart-figure details.chart-table').count());
      await p.locator('.decision-log tbody tr').first().waitFor();
      const csv = await p.getAttribute('a.csv-link', 'href');
      const res = await fetch(base + csv);
      assert.equal(res.status, 200);
      assert.ok((await res.text()).length > 0, 'empty CSV');
      await axeOn(p, 'transparency');
      await fitsPhone(p, 'the transparency page');
      await p.screenshot({ path: path.join(ARTIFACTS, 'transparency.png') });
    });
  } finally {
    for (const c of contexts) await c.close();
  }
});
