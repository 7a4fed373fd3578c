// Shared pieces of the browser tests: the real `spool` binary on a random port with a
// fresh data folder, the demo content published by `spool seed` into that folder while
// the server runs (as an operator does it), accounts made through the API, and Debian's
// chromium at phone and desktop size.
import assert from 'node:assert/strict';
import { spawn, execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const here = path.dirname(fileURLToPath(import.meta.url));
export const BIN = process.env.SPOOL_BIN;
export const ARTIFACTS = path.resolve(process.env.SPOOL_E2E_ARTIFACTS || path.join(here, 'artifacts'));
const CHROMIUM = process.env.SPOOL_E2E_CHROMIUM || '/usr/bin/chromium';
export const PASSWORD = 'correct horse battery';
export const DEMO_PASSWORD = 'spool-demo-password';

/** The two sizes every client test runs at. */
export const SIZES = [
  { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
];

/** A running `spool serve` on a fresh data folder. */
export class Server {
  constructor() { this.log = []; this.base = ''; this.proc = null; this.dataDir = ''; }

  /** Starts `spool serve`; `env` adds settings (with `SPOOL_SERVER__LISTEN`, that
   * address instead of a random port). */
  async start(args = [], env = {}) {
    this.dataDir ||= mkdtempSync(path.join(tmpdir(), 'spool-e2e-'));
    const listen = env.SPOOL_SERVER__LISTEN ?? '127.0.0.1:0';
    this.proc = spawn(BIN, ['serve', '--data', this.dataDir, '--listen', listen, ...args], {
      env: { ...process.env, SPOOL_RATE_LIMITS__ENABLED: 'false', RUST_LOG: process.env.RUST_LOG || 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.proc.stderr.on('data', (d) => this.log.push(String(d)));
    this.base = await new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`spool did not start:\n${out}\n${this.log.join('')}`)), 300000);
      this.proc.stdout.on('data', (d) => {
        out += d;
        const m = /spool listening on (\S+)/.exec(out);
        if (m) { clearTimeout(timer); resolve(m[1].replace(/\/$/, '')); }
      });
      this.proc.on('exit', (code) => reject(new Error(`spool exited with ${code}:\n${this.log.join('')}`)));
    });
    return this;
  }

  /** `spool seed` into the running server's data folder (one clip per demo account). */
  async seed() {
    const out = await new Promise((resolve, reject) => {
      execFile(BIN, ['seed', '--data', this.dataDir, '--videos', '1'], { env: { ...process.env, RUST_LOG: 'warn' } },
        (err, stdout, stderr) => (err ? reject(new Error(`spool seed: ${err.message}\n${stdout}\n${stderr}`)) : resolve(stdout)));
    });
    // The running server took the new content into its search index and feed.
    assert.match(out, /the running server picked up the new content/, out);
  }

  async stop() {
    if (this.proc && this.proc.exitCode === null) {
      const exited = new Promise((resolve) => this.proc.once('exit', resolve));
      this.proc.kill('SIGTERM');
      const timer = setTimeout(() => this.proc.kill('SIGKILL'), 10000);
      await exited;
      clearTimeout(timer);
    }
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true, maxRetries: 3 });
  }

  /** A JSON API call made from node. */
  async api(method, p, body, token) {
    const headers = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(this.base + p, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    const json = text ? JSON.parse(text) : undefined;
    if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${text}`);
    return json;
  }

  /** A new account (in the first region) and its bearer token. */
  async account(handle) {
    const regions = (await this.api('GET', '/api/v1/regions')).regions;
    await this.api('POST', '/api/v1/accounts', { handle, password: PASSWORD, region: regions[0], birth_date: '1990-02-03' });
    const { token } = await this.api('POST', '/api/v1/sessions', { handle, password: PASSWORD });
    return token;
  }

  /** Publishes `bytes` as a clip of the token's account and waits until it is ready. */
  async publish(token, bytes, caption) {
    const res = await fetch(`${this.base}/api/v1/uploads`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0', 'upload-length': String(bytes.length),
        'content-type': 'application/offset+octet-stream',
      },
      body: bytes,
    });
    assert.equal(res.status, 201, await res.text());
    const uploadId = res.headers.get('location').split('/').pop();
    const video = await this.api('POST', '/api/v1/videos', { upload_id: uploadId, caption }, token);
    for (let i = 0; i < 600; i++) {
      const v = await this.api('GET', `/api/v1/videos/${video.id}`, undefined, token);
      if (v.state === 'ready') return v;
      assert.notEqual(v.state, 'failed', JSON.stringify(v.failure));
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`video ${video.id} did not become ready`);
  }
}

export async function launch() {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--autoplay-policy=no-user-gesture-required',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh browser context (no cookies) at `size`, in `locale`; page errors and console
 * errors are collected on the page (`page.errors`). */
export async function newPage(browser, size, locale = 'en-US') {
  const { name, ...opts } = size;
  const context = await browser.newContext({ ...opts, locale, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(`console: ${m.text()}`); });
  page.setDefaultTimeout(20000);
  page.size = name;
  return page;
}

/** Logs `page` in through the API from inside the page (the session cookie is set). */
export async function login(page, base, handle, password = PASSWORD) {
  await page.goto(`${base}/login`);
  await page.fill('input[name=handle]', handle);
  await page.fill('input[name=password]', password);
  await page.click('form button[type=submit]');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** Waits until the client drew the page: its heading, and nothing busy (the router marks
 * `#main` busy until the page has drawn with its data; a feed or list marks itself). */
export async function drawn(page) {
  await page.locator('#main h1').first().waitFor({ state: 'attached' });
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

export async function shot(page, name) {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}-${page.size}.png`) });
}

/** Elements wider than the viewport, or reaching past its edges (name and box). */
export function overflow(page) {
  return page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const out = [];
    if (document.documentElement.scrollWidth > w) out.push(`document ${document.documentElement.scrollWidth} > ${w}`);
    for (const el of document.querySelectorAll('#main *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || el.closest('.visually-hidden, [hidden], .table-wrap, .segmented')) continue;
      if (r.left < -1 || r.right > w + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.left)}..${Math.round(r.right)}`);
    }
    return out;
  });
}

/** axe-core on the page as it is: no serious or critical violation. */
export async function axe(page, name) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const detail = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
  assert.equal(bad.length, 0, `accessibility violations on ${name} (${page.size}):\n${detail}`);
}
