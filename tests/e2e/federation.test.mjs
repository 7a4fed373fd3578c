// Federation in the browser: two Spool instances on loopback (`localhost:<port>` each,
// so two hosts to each other), a person on one following a creator on the other. What
// the web client does with it: the remote clip in the Following feed with its origin, a
// like and a reply sent back from its rail; the reply in the creator's comment sheet,
// which she can remove; an account on the other instance found by its address in
// search and followed from there.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Server, launch, newPage, login, SIZES } from './lib.mjs';

const a = new Server();
const b = new Server();
let aDomain;
let alice;
let bob;
let clip;
let object;
let browser;

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

async function instance(server) {
  const port = await freePort();
  await server.start([], {
    SPOOL_SERVER__LISTEN: `127.0.0.1:${port}`,
    SPOOL_SERVER__PUBLIC_URL: `http://localhost:${port}`,
    SPOOL_FEDERATION__ENABLED: 'true',
    SPOOL_FEDERATION__ALLOW_LOCAL: 'true',
  });
  return `localhost:${port}`;
}

/** Polls `probe` until it gives something truthy (deliveries are jobs), for a minute. */
async function eventually(what, probe) {
  for (let i = 0; i < 240; i++) {
    const v = await probe();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what}: not within a minute`);
}

before(async () => {
  assert.ok(process.env.SPOOL_BIN, 'set SPOOL_BIN to the spool binary to test');
  aDomain = await instance(a);
  await instance(b);
  alice = await a.account('alice');
  bob = await b.account('bob');
  const work = mkdtempSync(path.join(tmpdir(), 'spool-e2e-fed-'));
  const file = path.join(work, 'clip.mp4');
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=360x640:rate=30',
    '-f', 'lavfi', '-i', 'sine=frequency=330', '-t', '2', '-c:v', 'libx264', '-c:a', 'aac', '-pix_fmt', 'yuv420p', file]);
  await b.api('POST', '/api/v1/federation/follows', { acct: `alice@${aDomain}` }, bob);
  await eventually('bob follows alice', async () =>
    (await b.api('GET', '/api/v1/federation/follows', undefined, bob)).some((f) => f.state === 'active'));
  clip = await a.publish(alice, readFileSync(file), 'Hello from the other instance #fed');
  object = `http://${aDomain}/ap/videos/${clip.id}`;
  await eventually('the clip reaches bob', async () =>
    (await b.api('GET', '/api/v1/federation/feed', undefined, bob)).some((p) => p.id === object));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await a.stop();
  await b.stop();
});

test('a remote clip plays in the Following feed with its origin; a like and a reply go back to its instance', async () => {
  const page = await newPage(browser, SIZES[0]);
  await login(page, b.base, 'bob');
  await page.goto(`${b.base}/following`);
  const remote = page.locator(`article.clip.remote[data-remote-id="${object}"]`);
  await remote.waitFor();
  // (Fluent isolates the host: "From \u2068localhost:port\u2069".)
  await remote.getByText(/From\W+localhost/).first().waitFor();
  await remote.locator('button.like').click();
  await page.waitForFunction((id) => document.querySelector(`article[data-remote-id="${id}"] button.like`)?.getAttribute('aria-pressed') === 'true', object);
  await eventually('the like is counted on alice\'s instance', async () =>
    (await a.api('GET', `/api/v1/videos/${clip.id}`)).like_count === 1);
  await remote.getByRole('button', { name: 'Reply' }).click();
  await page.locator('dialog textarea').fill('Greetings from the other instance');
  await page.locator('dialog button[type=submit]').click();
  await eventually('the reply is under alice\'s clip', async () =>
    (await a.api('GET', `/api/v1/videos/${clip.id}/remote-replies`)).length === 1);
  // The page's policy lets media from other instances in over https only: these test
  // instances speak plain http on loopback, so their clip's media is refused (and the
  // clip says it cannot be played here). Nothing else may have gone wrong.
  assert.deepEqual(page.errors.filter((e) => !/Content Security Policy/.test(e)), []);
  await page.context().close();
});

test('the creator sees the reply from the other instance in her comment sheet and removes it', async () => {
  const page = await newPage(browser, SIZES[1]);
  await login(page, a.base, 'alice');
  await page.goto(`${a.base}/v/${clip.id}`);
  await page.locator('.clip-rail button', { hasText: /comment/i }).first().click();
  const section = page.locator('dialog section.remote-replies');
  await section.getByText('Greetings from the other instance').waitFor();
  // Named by the author's address (their preferredUsername, not their actor's URL).
  await section.getByText(/@bob@localhost/).waitFor();
  await section.getByRole('button', { name: /Remove the reply by\W+@bob@localhost/ }).click();
  await section.waitFor({ state: 'hidden' });
  assert.deepEqual(await a.api('GET', `/api/v1/videos/${clip.id}/remote-replies`), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an address in search finds the account on the other instance, to follow from there', async () => {
  await b.account('carol');
  const page = await newPage(browser, SIZES[1]);
  await login(page, b.base, 'carol');
  await page.goto(`${b.base}/search?${new URLSearchParams({ q: `@alice@${aDomain}`, type: 'accounts' })}`);
  const card = page.locator('section.remote-account');
  await card.getByText(`@alice@${aDomain}`).waitFor();
  await card.getByRole('button', { name: 'Follow' }).click();
  // Asked, until her instance's Accept arrives.
  await card.getByText('Request sent').waitFor();
  const carol = (await b.api('POST', '/api/v1/sessions', { handle: 'carol', password: 'correct horse battery' })).token;
  await eventually('carol follows alice', async () =>
    (await b.api('GET', '/api/v1/federation/follows', undefined, carol)).some((f) => f.acct === `alice@${aDomain}` && f.state === 'active'));
  // Searched again, the card says so and offers to unfollow.
  await page.reload();
  await card.getByRole('button', { name: 'Unfollow' }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
