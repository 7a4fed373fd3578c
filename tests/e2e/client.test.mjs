// The web client as a TikTok user expects it (issue 15): each defect found by trying the
// client at phone and desktop size has a test here, run at both sizes. One server for the
// file: the demo content is published by `spool seed` into its data folder while it runs
// (so search must see it), a viewer account and a creator with a clip of their own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Server, SIZES, launch, newPage, login, shot, overflow, axe, drawn } from './lib.mjs';

const suffix = Date.now().toString(36).slice(-5);
const VIEWER = `vi_${suffix}`;
const CREATOR = `cr_${suffix}`;
const server = new Server();
let browser;
let creatorToken;
let creatorVideo;
let clipBytes;
let clipPath;

before(async () => {
  assert.ok(process.env.SPOOL_BIN, 'set SPOOL_BIN to the spool binary to test');
  await server.start();
  await server.seed();
  await server.account(VIEWER);
  creatorToken = await server.account(CREATOR);
  const clip = path.join(mkdtempSync(path.join(tmpdir(), 'spool-e2e-clip-')), 'own.mp4');
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=540x960:rate=30',
    '-f', 'lavfi', '-i', 'sine=frequency=440', '-t', '4', '-c:v', 'libx264', '-c:a', 'aac', '-pix_fmt', 'yuv420p', clip]);
  clipBytes = readFileSync(clip);
  clipPath = clip;
  creatorVideo = await server.publish(creatorToken, clipBytes, 'My own clip #owncheck');
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server.stop();
});

/** Runs `body` once per size, each with a fresh page (visitor unless it logs in). */
function atBothSizes(name, body, locale) {
  for (const size of SIZES) {
    test(`${name} (${size.name})`, { timeout: 120000 }, async () => {
      const page = await newPage(browser, size, locale);
      try { await body(page); } finally { await page.context().close(); }
    });
  }
}

/** The first clip of the For You feed, once its video has a frame. */
async function firstClip(page) {
  await page.goto(`${server.base}/`);
  const clip = page.locator('article.clip').first();
  await clip.waitFor();
  await page.waitForFunction(() => (document.querySelector('article.clip video')?.readyState ?? 0) >= 2);
  return clip;
}

// ---------------------------------------------------------------- search and discover

for (const locale of ['en-US', 'ja']) {
  atBothSizes(`the search page fits the screen and its button keeps its words on one line [${locale}]`, async (page) => {
    await page.goto(`${server.base}/search?q=demo&type=accounts`);
    await page.locator('.results .list-item').first().waitFor();
    assert.deepEqual(await overflow(page), []);
    const button = page.locator('form[role=search] button[type=submit]');
    const box = await button.boundingBox();
    const lineHeight = await button.evaluate((b) => parseFloat(getComputedStyle(b).lineHeight) || 24);
    assert.ok(box.height < lineHeight * 2 + 20, `the search button wraps: ${box.height}px high`);
    // Every kind of result is a tab within the screen.
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    for (const tab of await page.locator('nav.segmented a').all()) {
      const r = await tab.boundingBox();
      assert.ok(r.x >= 0 && r.x + r.width <= width + 1, `a tab is cut off: ${r.x}..${r.x + r.width} of ${width}`);
    }
    await shot(page, `search-${locale}`);
  }, locale);
}

atBothSizes('search finds the demo accounts seeded while the server ran; typeahead shows each thing once', async (page) => {
  for (const q of ['demo', 'demo_ana']) {
    await page.goto(`${server.base}/search?q=${q}&type=accounts`);
    await page.locator('.results a[href="/u/demo_ana"]').waitFor();
  }
  await page.goto(`${server.base}/search`);
  await page.fill('#search-q', 'demo');
  const options = page.locator('[role=listbox] [role=option]');
  await options.first().waitFor();
  const texts = await options.allTextContents();
  assert.ok(texts.some((x) => x.includes('@demo_ana')), `no @demo_ana in ${texts}`);
  // An account's "original sound" is not listed next to the account itself.
  assert.equal(texts.filter((x) => /original sound/i.test(x)).length, 0, `repeated rows: ${texts.join(' | ')}`);
  assert.equal(new Set(texts).size, texts.length, `a row repeats: ${texts.join(' | ')}`);
});

atBothSizes('Discover with no query shows what is trending', async (page) => {
  await page.goto(`${server.base}/search`);
  const tiles = page.locator('.trending a.tile');
  await tiles.first().waitFor();
  assert.ok(await tiles.count() >= 1, 'trending clips are listed');
  assert.deepEqual(await overflow(page), []);
  await shot(page, 'discover');
});

// ---------------------------------------------------------------- the player

atBothSizes('the video fills its slot: cover on phones, contained over a blurred copy on desktop', async (page) => {
  const clip = await firstClip(page);
  const c = await clip.boundingBox();
  const v = await clip.locator('video').boundingBox();
  const main = await page.locator('#main').boundingBox();
  assert.ok(c.y >= main.y - 1 && c.y + c.height <= main.y + main.height + 1, `the clip is taller than its slot: ${JSON.stringify({ c, main })}`);
  assert.ok(v.y >= c.y - 1 && v.y + v.height <= c.y + c.height + 1, `the video is taller than its clip: ${JSON.stringify({ v, c })}`);
  const fit = await clip.locator('video').evaluate((el) => getComputedStyle(el).objectFit);
  if (page.size === 'phone') {
    assert.equal(fit, 'cover');
    // No band: the picture covers the clip, so the "why" pill and ••• lie over the picture.
    const picture = await clip.locator('video').evaluate((el) => {
      const r = el.getBoundingClientRect();
      const scale = Math.max(r.width / el.videoWidth, r.height / el.videoHeight);
      return { w: el.videoWidth * scale, h: el.videoHeight * scale, cw: r.width, ch: r.height };
    });
    assert.ok(picture.w >= picture.cw - 1 && picture.h >= picture.ch - 1, JSON.stringify(picture));
  } else {
    assert.equal(fit, 'contain');
    assert.equal(await clip.locator('.clip-backdrop').count(), 1, 'a blurred backdrop fills the sides');
  }
  await shot(page, 'clip-fit');
});

atBothSizes('a thin progress bar moves with playback and scrubs', async (page) => {
  const clip = await firstClip(page);
  const bar = clip.locator('.clip-progress[role=slider]');
  await bar.waitFor();
  await page.waitForFunction(() => Number(document.querySelector('article.clip .clip-progress')?.getAttribute('aria-valuenow')) > 0);
  // A click three quarters along seeks there.
  const box = await bar.boundingBox();
  const rtl = await page.evaluate(() => document.dir === 'rtl');
  await page.mouse.click(box.x + box.width * (rtl ? 0.25 : 0.75), box.y + box.height / 2);
  const { t, d } = await clip.locator('video').evaluate((v) => ({ t: v.currentTime, d: v.duration }));
  assert.ok(t >= d * 0.6, `seeked to ${t} of ${d}`);
  // And from the keyboard.
  await bar.focus();
  await page.keyboard.press('Home');
  assert.ok(await clip.locator('video').evaluate((v) => v.currentTime) < d * 0.3);
});

atBothSizes('double tap likes with a heart (it neither unmutes nor pauses); the visitor gets a sign-in sheet', async (page) => {
  let clip = await firstClip(page);
  await clip.locator('.clip-tap').dblclick();
  // A visitor: a sheet to sign in, on the same page.
  await page.locator('dialog[open] input[name=handle]').waitFor();
  assert.equal(new URL(page.url()).pathname, '/');
  await page.fill('dialog[open] input[name=handle]', VIEWER);
  await page.fill('dialog[open] input[name=password]', 'correct horse battery');
  await page.click('dialog[open] button[type=submit]');
  await page.locator('dialog[open]').waitFor({ state: 'detached' });
  clip = page.locator('article.clip').first();
  const like = clip.locator('.rail-button.like');
  const id = await clip.getAttribute('data-video-id');
  // The like the visitor asked for went through once signed in.
  await page.waitForFunction(() => document.querySelector('article.clip .rail-button.like')?.getAttribute('aria-pressed') === 'true');
  await clip.locator('.clip-tap').dblclick();
  await clip.locator('.heart-burst').first().waitFor({ state: 'attached' });
  assert.equal(await like.getAttribute('aria-pressed'), 'true', 'a double tap never unlikes');
  assert.equal(await clip.locator('video').evaluate((v) => v.paused), false, 'a double tap does not pause');
  const v = await page.evaluate(async (vid) => (await fetch(`/api/v1/videos/${vid}`)).json(), id);
  assert.equal(v.liked_by_me, true);
  await page.evaluate(async (vid) => {
    const csrf = sessionStorage.getItem('spool.csrf');
    await fetch(`/api/v1/videos/${vid}/like`, { method: 'DELETE', headers: { 'x-csrf-token': csrf } });
  }, id);
});

atBothSizes('the rail: creator avatar with a follow "+", buttons that stay put, icons with a shadow', async (page) => {
  await login(page, server.base, VIEWER);
  const clip = await firstClip(page);
  const avatar = clip.locator('.clip-rail a.rail-avatar');
  await avatar.waitFor();
  const handle = (await clip.getAttribute('data-creator')) ?? '';
  assert.equal(await avatar.getAttribute('href'), `/u/${handle}`);
  const plus = clip.locator('.clip-rail .rail-follow');
  await plus.waitFor();
  const before = await clip.locator('.rail-button.like').boundingBox();
  await plus.click();
  await page.waitForFunction(() => document.querySelector('article.clip .rail-follow')?.getAttribute('aria-pressed') === 'true');
  const after = await clip.locator('.rail-button.like').boundingBox();
  assert.deepEqual(after, before, 'the buttons moved when following');
  const filter = await clip.locator('.rail-button.like .icon').evaluate((i) => getComputedStyle(i).filter);
  assert.match(filter, /drop-shadow/);
  await shot(page, 'rail');
  await page.evaluate(async (h) => {
    await fetch(`/api/v1/accounts/${h}/follow`, { method: 'DELETE', headers: { 'x-csrf-token': sessionStorage.getItem('spool.csrf') } });
  }, handle);
});

atBothSizes('the comment sheet counts the comment just posted', async (page) => {
  await login(page, server.base, VIEWER);
  const clip = await firstClip(page);
  await clip.locator('.rail-button', { has: page.locator('.rail-label', { hasText: /comment/i }) }).click();
  const sheet = page.locator('dialog[open]');
  await sheet.locator('textarea').fill('Nice one');
  await sheet.locator('button[type=submit]').click();
  await sheet.locator('.comment-text', { hasText: 'Nice one' }).waitFor();
  const heading = await sheet.locator('h2').textContent();
  assert.doesNotMatch(heading, /^0 /, heading);
  const railCount = await clip.locator('.rail-button', { has: page.locator('.rail-label', { hasText: /comment/i }) }).locator('.rail-count').textContent();
  assert.ok(heading.includes(railCount.trim()), `sheet "${heading}" and rail "${railCount}" differ`);
});

atBothSizes('a visitor who turns on "Personalized" is asked to sign in, on the feed', async (page) => {
  await page.goto(`${server.base}/`);
  await page.locator('article.clip').first().waitFor();
  const toggle = page.locator('.mode-switch');
  await toggle.click();
  await page.locator('dialog[open] input[name=handle]').waitFor();
  assert.equal(new URL(page.url()).pathname, '/');
  assert.equal(await toggle.getAttribute('aria-checked'), 'false', 'a visitor\'s feed is not personalized');
  await shot(page, 'sign-in-sheet');
  await axe(page, 'sign-in sheet');
});

atBothSizes('the end of the feed says you are all caught up, with a way to explore', async (page) => {
  await page.goto(`${server.base}/`);
  await page.locator('article.clip').first().waitFor();
  const end = page.locator('.feed-end');
  for (let i = 0; i < 40 && !(await end.isVisible()); i++) {
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(300);
  }
  await end.waitFor();
  await end.locator('a[href="/search"]').waitFor();
  await axe(page, 'feed end');
});

atBothSizes('a single clip page has a way back', async (page) => {
  await page.goto(`${server.base}/v/${creatorVideo.id}`);
  const back = page.locator('.back-button');
  await back.waitFor();
  await back.click();
  await page.waitForURL(`${server.base}/`);
});

atBothSizes('on your own clip the ••• sheet offers delete and edit, not "Not interested" or "Report"', async (page) => {
  await login(page, server.base, CREATOR);
  await page.goto(`${server.base}/v/${creatorVideo.id}`);
  await page.locator('article.clip .rail-button[aria-haspopup=dialog]').click();
  const sheet = page.locator('dialog[open]');
  await sheet.locator('.sheet-action').first().waitFor();
  const actions = await sheet.locator('.sheet-action').allTextContents();
  assert.ok(!actions.some((a) => /not interested|report/i.test(a)), actions.join(' | '));
  assert.ok(actions.some((a) => /delete/i.test(a)), actions.join(' | '));
  await sheet.locator('.sheet-action', { hasText: /edit/i }).click();
  const form = page.locator('dialog[open] form.edit-video');
  await form.waitFor();
  await axe(page, 'edit sheet');
  await form.locator('textarea[name=caption]').fill('Edited caption #owncheck');
  await form.locator('select[name=visibility]').selectOption('public');
  await form.locator('input[name=allow_duet]').uncheck();
  await form.locator('button[type=submit]').click();
  await page.locator('article.clip .clip-caption', { hasText: 'Edited caption' }).waitFor();
  const v = await server.api('GET', `/api/v1/videos/${creatorVideo.id}`, undefined, creatorToken);
  assert.equal(v.caption, 'Edited caption #owncheck');
  assert.equal(v.allow_duet, false);
  await server.api('PATCH', `/api/v1/videos/${creatorVideo.id}`, { allow_duet: true }, creatorToken);
});

atBothSizes('deleting your own clip from its ••• sheet', async (page) => {
  const doomed = await server.publish(creatorToken, clipBytes, 'Short-lived');
  await login(page, server.base, CREATOR);
  await page.goto(`${server.base}/v/${doomed.id}`);
  await page.locator('article.clip .rail-button[aria-haspopup=dialog]').click();
  await page.locator('dialog[open] .sheet-action', { hasText: /delete/i }).click();
  await page.locator('dialog[open] button.danger').click();
  await page.waitForURL(`${server.base}/u/${CREATOR}`);
  const res = await fetch(`${server.base}/api/v1/videos/${doomed.id}`);
  assert.equal(res.status, 404);
});

// ---------------------------------------------------------------- installable, quiet

atBothSizes('a favicon, a web app manifest with icons, the theme color; no console error for a visitor', async (page) => {
  await page.goto(`${server.base}/`);
  await page.locator('article.clip').first().waitFor();
  const ico = await fetch(`${server.base}/favicon.ico`);
  assert.equal(ico.status, 200);
  assert.equal(ico.headers.get('content-type'), 'image/x-icon');
  const href = await page.getAttribute('link[rel=manifest]', 'href');
  const manifest = await (await fetch(new URL(href, server.base))).json();
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.icons.some((i) => i.sizes === '512x512'));
  for (const icon of manifest.icons) assert.equal((await fetch(new URL(icon.src, server.base))).status, 200, icon.src);
  assert.ok(await page.getAttribute('meta[name=theme-color]', 'content'));
  // Nothing the visitor's page asked for was refused (no 401 for the session).
  await page.goto(`${server.base}/search`);
  await page.locator('.trending').waitFor();
  assert.deepEqual(page.errors, []);
});

// ---------------------------------------------------------------- languages

for (const locale of ['ar', 'de', 'ja', 'hi']) {
  atBothSizes(`the tab bar's labels are whole, not cut off [${locale}]`, async (page) => {
    await page.goto(`${server.base}/search`);
    await page.locator('nav.tabbar .tab-label').first().waitFor();
    const cut = await page.$$eval('nav.tabbar .tab-label', (els) => els
      .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1 || e.getBoundingClientRect().bottom > innerHeight)
      .map((e) => e.textContent));
    assert.deepEqual(cut, []);
    await shot(page, `tabbar-${locale}`);
  }, locale);
}

atBothSizes('German names the handle "Benutzername", not "Handle"', async (page) => {
  await page.goto(`${server.base}/signup`);
  const label = await page.locator('label[for]', { has: page.locator('xpath=.') }).filter({ hasText: /Benutzername|Handle/ }).first().textContent();
  assert.match(label, /Benutzername/);
  assert.equal(await page.locator('label', { hasText: /^Handle$/ }).count(), 0);
}, 'de');

for (const locale of ['en-US', 'de', 'ja', 'ar']) {
  atBothSizes(`"How the feed works" names its parameters in the language and shows values as people read them [${locale}]`, async (page) => {
    await page.goto(`${server.base}/how-the-feed-works`);
    await page.locator('.algo-stage').first().waitFor();
    const shown = await page.$$eval('.algo-params dt, .algo-params dd, .algo-stage h3', (els) => els
      .filter((e) => !e.closest('details')).map((e) => e.firstChild?.textContent ?? ''));
    const raw = shown.filter((x) => /\d\.\d{4,}|_/.test(x));
    assert.deepEqual(raw, [], 'raw floats or identifiers');
    if (!locale.startsWith('en')) {
      const english = shown.filter((x) => /learning rate|half life|regularization|engagement|catalog/i.test(x));
      assert.deepEqual(english, [], 'English labels');
    }
    assert.deepEqual(await overflow(page), []);
    await axe(page, `how the feed works [${locale}]`);
    await shot(page, `algorithm-${locale}`);
  }, locale);
}

atBothSizes('share: the system share sheet where the browser has one, the link copied elsewhere', async (page) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('with-share')) {
      window.shared = [];
      navigator.share = async (data) => { window.shared.push(data); };
    }
  });
  const shareButton = (clip) => clip.locator('.rail-button', { has: page.locator('.rail-label', { hasText: /share/i }) });
  let clip = await firstClip(page);
  const id = await clip.getAttribute('data-video-id');
  // The clipboard is the browser's, shared by every page: empty it first.
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await shareButton(clip).click();
  await page.waitForFunction(async (vid) => (await navigator.clipboard.readText()).includes(`/v/${vid}`), id);
  await page.evaluate(() => sessionStorage.setItem('with-share', '1'));
  clip = await firstClip(page);
  const id2 = await clip.getAttribute('data-video-id');
  await shareButton(clip).click();
  await page.waitForFunction(() => window.shared?.length === 1);
  assert.match((await page.evaluate(() => window.shared[0].url)), new RegExp(`/v/${id2}`));
});

atBothSizes('profile tiles show views', async (page) => {
  const watcher = await server.api('POST', '/api/v1/sessions', { handle: VIEWER, password: 'correct horse battery' });
  await server.api('POST', '/api/v1/events', { events: [{ video_id: creatorVideo.id, kind: 'view', watched_ms: 3000, video_ms: 4000 }] }, watcher.token);
  const v = await server.api('GET', `/api/v1/videos/${creatorVideo.id}`);
  assert.ok(v.view_count >= 1, JSON.stringify(v));
  await page.goto(`${server.base}/u/${CREATOR}`);
  const tile = page.locator(`a.tile[href="/v/${creatorVideo.id}"]`);
  await tile.waitFor();
  const count = tile.locator('.tile-count');
  assert.match(await count.textContent(), new RegExp(`${v.view_count}.*views?`));
});

atBothSizes('long press: playback speed for this and the next clips, and "not interested"', async (page) => {
  const clip = await firstClip(page);
  const box = await clip.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  // Held until the sheet is there.
  await page.locator('dialog[open] .speed-choices').waitFor();
  await page.mouse.up();
  const sheet = page.locator('dialog[open]');
  assert.equal(await sheet.locator('.sheet-action', { hasText: /not interested/i }).count(), 1);
  await axe(page, 'long-press sheet');
  await sheet.locator('.speed-choice', { hasText: '2' }).click();
  assert.equal(await clip.locator('video').evaluate((v) => v.playbackRate), 2);
  assert.equal(await clip.locator('video').evaluate((v) => v.paused), false, 'the press did not pause');
  await page.keyboard.press('ArrowDown');
  const next = page.locator('article.clip').nth(1);
  await page.waitForFunction(() => {
    const v = document.querySelectorAll('article.clip video')[1];
    return v && !v.paused && v.playbackRate === 2;
  });
  await shot(page, 'long-press');
  assert.ok(await next.count());
});

// ---------------------------------------------------------------- upload

atBothSizes('upload: a preview and a cover frame to choose; the "ready" message in view without scrolling', async (page) => {
  await login(page, server.base, CREATOR);
  await page.goto(`${server.base}/upload`);
  const bodies = [];
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/v1/videos')) bodies.push(JSON.parse(r.postData())); });
  await page.setInputFiles('input[type=file]', clipPath);
  const preview = page.locator('video.upload-preview');
  await preview.waitFor();
  await page.waitForFunction(() => (document.querySelector('video.upload-preview')?.readyState ?? 0) >= 1);
  const cover = page.locator('input[name=cover]');
  const max = Number(await cover.getAttribute('max'));
  assert.ok(max > 3000, `the cover slider spans the clip (${max} ms)`);
  await cover.evaluate((c) => { c.value = '3000'; c.dispatchEvent(new Event('input', { bubbles: true })); });
  await page.waitForFunction(() => Math.abs(document.querySelector('video.upload-preview').currentTime - 3) < 0.2);
  await axe(page, 'upload with preview');
  await page.fill('#caption', 'Posted with a cover');
  await page.click('form.upload-form button[type=submit]');
  const watch = page.locator('.publish-status a[href^="/v/"]');
  await watch.waitFor({ timeout: 120000 });
  // In view: the viewport shows it whole, without scrolling by the viewer.
  await page.waitForFunction(() => {
    const r = document.querySelector('.publish-status a[href^="/v/"]').getBoundingClientRect();
    return r.top >= -1 && r.bottom <= innerHeight + 1;
  });
  await shot(page, 'upload-ready');
  assert.equal(bodies.length, 1);
  assert.equal(bodies[0].cover_ms, 3000);
});

atBothSizes('upload: a draft survives a failed publish and a reload', async (page) => {
  await login(page, server.base, CREATOR);
  await page.goto(`${server.base}/upload`);
  await page.setInputFiles('input[type=file]', clipPath);
  await page.fill('#caption', 'Words worth keeping #draft');
  await page.check('input[name=visibility][value=followers]');
  await page.uncheck('input[name=allow_stitch]');
  // The publish fails (the connection drops).
  await page.route('**/api/v1/videos', (route) => (route.request().method() === 'POST' ? route.abort() : route.continue()));
  await page.locator('.upload-progress[value="100"]').waitFor({ state: 'attached', timeout: 60000 });
  await page.click('form.upload-form button[type=submit]');
  await page.locator('form.upload-form .form-alert:not(:empty)').waitFor();
  await page.unroute('**/api/v1/videos');
  await page.reload();
  await page.locator('#caption').waitFor();
  assert.equal(await page.inputValue('#caption'), 'Words worth keeping #draft');
  assert.equal(await page.isChecked('input[name=visibility][value=followers]'), true);
  assert.equal(await page.isChecked('input[name=allow_stitch]'), false);
  await page.evaluate(() => localStorage.clear());
});

// ---------------------------------------------------------------- every page, five scripts

const PAGES = ['/', '/search', '/search?q=demo&type=accounts', '/u/demo_ana', '/how-the-feed-works', '/login', '/signup', '/settings', '/upload'];
for (const locale of ['en-US', 'ar', 'ja', 'hi', 'ko']) {
  atBothSizes(`no page is wider than the screen; no serious accessibility violation [${locale}]`, async (page) => {
    await login(page, server.base, VIEWER);
    for (const p of PAGES) {
      await page.goto(`${server.base}${p}`);
      await drawn(page);
      const wide = await overflow(page);
      assert.deepEqual(wide, [], `${p} is wider than the screen`);
      if (['en-US', 'ar', 'ja'].includes(locale)) await axe(page, `${p} [${locale}]`);
    }
  }, locale);
}

atBothSizes('reduced motion: the heart appears without animation', async (page) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // A viewer of its own, whose feed still has clips to show.
  const handle = `rm_${page.size}_${suffix}`;
  await server.account(handle);
  await login(page, server.base, handle);
  const clip = await firstClip(page);
  await clip.locator('.clip-tap').dblclick();
  const heart = clip.locator('.heart-burst').first();
  await heart.waitFor({ state: 'attached' });
  assert.equal(await heart.evaluate((el) => getComputedStyle(el).animationName), 'none');
  const id = await clip.getAttribute('data-video-id');
  await page.waitForFunction(() => document.querySelector('article.clip .rail-button.like')?.getAttribute('aria-pressed') === 'true');
  await page.evaluate(async (vid) => {
    await fetch(`/api/v1/videos/${vid}/like`, { method: 'DELETE', headers: { 'x-csrf-token': sessionStorage.getItem('spool.csrf') } });
  }, id);
});
