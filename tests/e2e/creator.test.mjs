// Creator tools of issue 15 in the browser, at phone and desktop size: captions (a WebVTT
// track per language, the CC toggle that shows the cue text over the clip in the viewer's
// language and is remembered, adding and removing tracks at upload and from the edit
// sheet) and profiles (photo upload shown on the profile and the rail, edit profile).
// One server for the file; a creator with a clip made by ffmpeg.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Server, SIZES, launch, newPage, login, shot, overflow } from './lib.mjs';

const suffix = Date.now().toString(36).slice(-5);
const CREATOR = `cc_${suffix}`;
const server = new Server();
let browser;
let creatorToken;
let captioned;
let clipBytes;
let clipPath;
let workDir;
let photoPath;

const VTT_EN = 'WEBVTT\n\n00:00.000 --> 00:03.900\nHello from the captions\n';
const VTT_DE = 'WEBVTT\n\n00:00.000 --> 00:03.900\nHallo aus den Untertiteln\n';

/** PUT of a caption file through the API, as the creator. */
async function putCaption(video, lang, text) {
  const res = await fetch(`${server.base}/api/v1/videos/${video}/captions/${lang}`, {
    method: 'PUT', headers: { authorization: `Bearer ${creatorToken}`, 'content-type': 'text/vtt' }, body: text,
  });
  const body = await res.text();
  assert.equal(res.status, 200, body);
  return JSON.parse(body);
}

before(async () => {
  assert.ok(process.env.SPOOL_BIN, 'set SPOOL_BIN to the spool binary to test');
  await server.start();
  creatorToken = await server.account(CREATOR);
  workDir = mkdtempSync(path.join(tmpdir(), 'spool-e2e-creator-'));
  clipPath = path.join(workDir, 'own.mp4');
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=540x960:rate=30',
    '-f', 'lavfi', '-i', 'sine=frequency=440', '-t', '4', '-c:v', 'libx264', '-c:a', 'aac', '-pix_fmt', 'yuv420p', clipPath]);
  clipBytes = readFileSync(clipPath);
  photoPath = path.join(workDir, 'me.jpg');
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=600x400', '-frames:v', '1', photoPath]);
  captioned = await server.publish(creatorToken, clipBytes, 'A clip with captions #captions');
  await putCaption(captioned.id, 'en', VTT_EN);
  await putCaption(captioned.id, 'de', VTT_DE);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server.stop();
});

/** Runs `body` once per size, each with a fresh page (visitor unless it logs in). */
function atBothSizes(name, body, locale) {
  for (const size of SIZES) {
    test(`${name} (${size.name})`, { timeout: 180000 }, async () => {
      const page = await newPage(browser, size, locale);
      try { await body(page); } finally { await page.context().close(); }
    });
  }
}

/** The clip of `video` on its own page, once it has a frame. */
async function openClip(page, video) {
  await page.goto(`${server.base}/v/${video}`);
  const clip = page.locator('article.clip').first();
  await clip.waitFor();
  await page.waitForFunction(() => (document.querySelector('article.clip video')?.readyState ?? 0) >= 2);
  return clip;
}

/** The cue box is drawn inside the clip's box. */
async function assertOverClip(page, clip) {
  const cue = await page.locator('.clip-captions .clip-cue').first().boundingBox();
  const box = await clip.boundingBox();
  assert.ok(cue && box, 'cue and clip are on screen');
  assert.ok(cue.x >= box.x - 1 && cue.x + cue.width <= box.x + box.width + 1
    && cue.y >= box.y - 1 && cue.y + cue.height <= box.y + box.height + 1,
  `the cue ${JSON.stringify(cue)} is not over the clip ${JSON.stringify(box)}`);
}

// ---------------------------------------------------------------- captions

atBothSizes('the CC toggle shows the cue text over the clip, and the choice is remembered', async (page) => {
  const clip = await openClip(page, captioned.id);
  const cc = clip.locator('.clip-cc');
  await cc.waitFor();
  assert.equal(await cc.getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator('.clip-captions .clip-cue').count(), 0, 'captions are off until asked for');
  await cc.click();
  assert.equal(await cc.getAttribute('aria-pressed'), 'true');
  // The viewer's language (English here) of the two tracks.
  await page.locator('.clip-captions .clip-cue', { hasText: 'Hello from the captions' }).waitFor();
  await assertOverClip(page, clip);
  assert.deepEqual(await overflow(page), []);
  await shot(page, 'captions-on');
  // Remembered: the next visit shows them without a tap.
  await page.reload();
  await page.locator('article.clip .clip-captions .clip-cue', { hasText: 'Hello from the captions' }).waitFor();
  assert.equal(await page.locator('article.clip .clip-cc').getAttribute('aria-pressed'), 'true');
  // Off again: the cues go.
  await page.locator('article.clip .clip-cc').click();
  await page.waitForFunction(() => !document.querySelector('.clip-captions .clip-cue'));
  assert.deepEqual(page.errors, []);
});

atBothSizes('captions are shown in the viewer\'s language when the clip has that track', async (page) => {
  const clip = await openClip(page, captioned.id);
  await clip.locator('.clip-cc').click();
  await page.locator('.clip-captions .clip-cue', { hasText: 'Hallo aus den Untertiteln' }).waitFor();
  assert.equal(await page.locator('.clip-captions').getAttribute('lang'), 'de');
  await shot(page, 'captions-de');
}, 'de-DE');

atBothSizes('the creator adds a caption file from the edit sheet (a bad file is refused) and removes it', async (page) => {
  const own = await server.publish(creatorToken, clipBytes, `Edit captions ${page.size}`);
  await login(page, server.base, CREATOR);
  await openClip(page, own.id);
  assert.equal(await page.locator('article.clip .clip-cc').count(), 0, 'no CC button without captions');
  await page.locator('article.clip .rail-button[aria-haspopup=dialog]').click();
  await page.locator('dialog[open] .sheet-action', { hasText: /edit/i }).click();
  const editor = page.locator('dialog[open] .captions-editor');
  await editor.waitFor();
  await editor.locator('select[name=lang]').selectOption('fr');
  // Not WebVTT: refused with a message, nothing added.
  await editor.locator('input[name=file]').setInputFiles({ name: 'bad.vtt', mimeType: 'text/vtt', buffer: Buffer.from('1\n00:00:00,000 --> 00:00:01,000\nSRT\n') });
  await editor.locator('button[type=submit]').click();
  await editor.locator('[aria-invalid=true]').waitFor();
  assert.match(await editor.locator('.field-error').last().textContent(), /WebVTT/);
  let v = await server.api('GET', `/api/v1/videos/${own.id}`, undefined, creatorToken);
  assert.deepEqual(v.captions, []);
  await editor.locator('input[name=file]').setInputFiles({ name: 'fr.vtt', mimeType: 'text/vtt', buffer: Buffer.from('WEBVTT\n\n00:00.000 --> 00:03.000\nBonjour\n') });
  await editor.locator('button[type=submit]').click();
  await editor.locator('.caption-item', { hasText: /french/i }).waitFor();
  await shot(page, 'captions-edit-sheet');
  v = await server.api('GET', `/api/v1/videos/${own.id}`, undefined, creatorToken);
  assert.deepEqual(v.captions.map((c) => c.lang), ['fr']);
  // The clip behind the sheet got its CC button.
  assert.equal(await page.locator('article.clip .clip-cc').count(), 1);
  await editor.locator('.caption-item button').click();
  await editor.locator('.caption-list .hint').waitFor();
  v = await server.api('GET', `/api/v1/videos/${own.id}`, undefined, creatorToken);
  assert.deepEqual(v.captions, []);
  assert.equal(await page.locator('article.clip .clip-cc').count(), 0);
  await server.api('DELETE', `/api/v1/videos/${own.id}`, undefined, creatorToken);
});

atBothSizes('a caption file chosen at upload is attached to the new clip', async (page) => {
  await login(page, server.base, CREATOR);
  await page.goto(`${server.base}/upload`);
  await page.locator('input[name=file]').setInputFiles(clipPath);
  await page.locator('textarea[name=caption]').fill(`Uploaded with captions ${page.size}`);
  await page.locator('input[name=caption_file]').setInputFiles({ name: 'en.vtt', mimeType: 'text/vtt', buffer: Buffer.from(VTT_EN) });
  await page.locator('select[name=caption_lang]').selectOption('en');
  await page.locator('form.upload-form button[type=submit]').click();
  await page.locator('.publish-status .success', { hasText: /captions/i }).waitFor({ timeout: 120000 });
  await page.locator('.publish-status a.button.primary').waitFor({ timeout: 120000 });
  await shot(page, 'captions-upload');
  const href = await page.locator('.publish-status a.button.primary').getAttribute('href');
  const id = href.split('/').pop();
  const v = await server.api('GET', `/api/v1/videos/${id}`, undefined, creatorToken);
  assert.deepEqual(v.captions.map((c) => c.lang), ['en']);
  await server.api('DELETE', `/api/v1/videos/${id}`, undefined, creatorToken);
});

// ---------------------------------------------------------------- profiles

/** Whether an <img> has loaded a picture. */
function loaded(locator) {
  return locator.evaluate((img) => img.complete && img.naturalWidth > 0);
}

atBothSizes('edit profile: a photo, a name and a bio; the photo shows on the profile, the rail and in search', async (page) => {
  const handle = `ph_${page.size}_${suffix}`;
  const token = await server.account(handle);
  const clip = await server.publish(token, clipBytes, `Clip of ${handle}`);
  await login(page, server.base, handle, undefined);
  await page.goto(`${server.base}/u/${handle}`);
  assert.equal(await page.locator('.profile-head .avatar img').count(), 0, 'a letter until there is a photo');
  await page.locator('.profile-head .edit-profile-button').click();
  const form = page.locator('dialog[open] form.edit-profile');
  await form.waitFor();
  await form.locator('input[name=photo]').setInputFiles(photoPath);
  await form.locator('.edit-avatar img').waitFor();
  await form.locator('input[name=display_name]').fill('Photo Person');
  await form.locator('textarea[name=bio]').fill('Bio written in the sheet');
  await shot(page, 'profile-edit-sheet');
  await form.locator('button[type=submit]').click();
  await page.locator('dialog[open] form.edit-profile').waitFor({ state: 'detached' });
  const photo = page.locator('.profile-head .avatar img.avatar-photo');
  await photo.waitFor();
  await page.waitForFunction(() => { const i = document.querySelector('.profile-head .avatar img'); return i && i.complete && i.naturalWidth > 0; });
  assert.match(await photo.getAttribute('src'), /^\/media\/photos\/[a-z]+\/[0-9a-f-]+-\d+-512\.jpg$/);
  assert.equal(await page.locator('.profile-head h1').textContent(), 'Photo Person');
  assert.equal(await page.locator('.profile-head .bio').textContent(), 'Bio written in the sheet');
  assert.deepEqual(await overflow(page), []);
  await shot(page, 'profile-photo');
  const me = await server.api('GET', '/api/v1/me', undefined, token);
  assert.equal(me.display_name, 'Photo Person');
  assert.ok(me.avatar_url, 'the account has a photo');

  // The rail of the creator's clip.
  await page.goto(`${server.base}/v/${clip.id}`);
  const rail = page.locator('article.clip .rail-avatar img.avatar-photo');
  await rail.waitFor();
  await page.waitForFunction(() => { const i = document.querySelector('article.clip .rail-avatar img'); return i && i.complete && i.naturalWidth > 0; });
  assert.equal(await rail.getAttribute('src'), me.avatar_url);
  await shot(page, 'rail-photo');

  // Search results.
  await page.goto(`${server.base}/search?q=${handle}&type=accounts`);
  const found = page.locator('.results .list-item .avatar img.avatar-photo').first();
  await found.waitFor();
  assert.ok(await loaded(found));
  assert.deepEqual(page.errors, []);
});

atBothSizes('edit profile: a file that is no picture is refused and nothing changes; the photo can be removed', async (page) => {
  const handle = `pr_${page.size}_${suffix}`;
  const token = await server.account(handle);
  await login(page, server.base, handle, undefined);
  await page.goto(`${server.base}/u/${handle}`);
  const open = async () => {
    await page.locator('.profile-head .edit-profile-button').click();
    const form = page.locator('dialog[open] form.edit-profile');
    await form.waitFor();
    return form;
  };
  let form = await open();
  await form.locator('input[name=photo]').setInputFiles({ name: 'fake.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('this is not a picture') });
  await form.locator('input[name=display_name]').fill('Should not stay');
  await form.locator('button[type=submit]').click();
  await form.locator('input[name=photo][aria-invalid=true]').waitFor();
  assert.match(await form.locator('.field-error').first().textContent(), /picture/i);
  await shot(page, 'profile-photo-refused');
  let me = await server.api('GET', '/api/v1/me', undefined, token);
  assert.equal(me.photo_url ?? null, null);
  assert.notEqual(me.display_name, 'Should not stay', 'a refused photo saved nothing');
  // A real one, then removed.
  await form.locator('input[name=photo]').setInputFiles(photoPath);
  await form.locator('button[type=submit]').click();
  await page.locator('.profile-head .avatar img.avatar-photo').waitFor();
  form = await open();
  await form.locator('button', { hasText: /remove photo/i }).click();
  await form.locator('button[type=submit]').click();
  await page.waitForFunction(() => document.querySelector('.profile-head .avatar') && !document.querySelector('.profile-head .avatar img'));
  me = await server.api('GET', '/api/v1/me', undefined, token);
  assert.equal(me.photo_url ?? null, null);
});
