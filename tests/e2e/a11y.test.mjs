// Accessibility (issue 15): axe-core finds no violation at all (of any impact, not only
// serious ones) on every page of the client, as a visitor, a signed-in viewer and a
// moderator, in English, Arabic (right to left) and Japanese, at phone and desktop size;
// every control on a page is reached with the Tab key and has a name.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Server, SIZES, BIN, launch, newPage, login, shot, drawn } from './lib.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const suffix = Date.now().toString(36).slice(-5);
const VIEWER = `ax_${suffix}`;
const MOD = `axmod_${suffix}`;
const server = new Server();
let browser;
let videoId;
let itemId;
let tag;

before(async () => {
  assert.ok(process.env.SPOOL_BIN, 'set SPOOL_BIN to the spool binary to test');
  await server.start();
  await server.seed();
  const viewer = await server.account(VIEWER);
  await server.account(MOD);
  const found = await server.api('GET', '/api/v1/search?q=demo&type=videos');
  const video = found.videos[0];
  assert.ok(video, JSON.stringify(found).slice(0, 400));
  videoId = video.id;
  tag = /#(\w+)/.exec(video.caption ?? '')?.[1] ?? 'demo';
  // Something for the moderators' queue: the viewer reports a clip.
  await server.api('POST', '/api/v1/reports', { video_id: videoId, category: 'spam', note: 'Accessibility check' }, viewer);
  // A moderator of every region (`spool staff add-role` needs the server stopped).
  const { regions } = await server.api('GET', '/api/v1/regions');
  const exited = new Promise((resolve) => server.proc.once('exit', resolve));
  server.proc.kill('SIGTERM');
  await exited;
  for (const region of regions) {
    execFileSync(BIN, ['staff', 'add-role', '--data', server.dataDir, '--handle', MOD, '--role', 'moderator', '--region', region], { stdio: 'pipe' });
  }
  await server.start();
  const { token } = await server.api('POST', '/api/v1/sessions', { handle: MOD, password: 'correct horse battery' });
  for (const region of regions) {
    const q = await server.api('GET', `/api/v1/moderation/queue?region=${encodeURIComponent(region)}&limit=50`, undefined, token);
    itemId ||= q.items?.[0]?.id;
  }
  assert.ok(itemId, 'the report is in a moderation queue');
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server.stop();
});

/** axe-core on the page as it is: no violation of any impact. */
async function noViolations(page, name) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const detail = result.violations.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`).join('\n  ')}`).join('\n');
  assert.equal(result.violations.length, 0, `accessibility violations on ${name} (${page.size}):\n${detail}`);
}

/** The visible controls of the page that Tab never reaches, or that have no name. Tabs
 * through the page (once round, up to `max` stops) and compares with every visible button, link,
 * field and widget; a group that moves focus with the arrow keys (tabs, radios) needs
 * only one member in the Tab order. */
async function unreachable(page, max = 600) {
  await page.evaluate(() => {
    window.__reached = new Set();
    document.addEventListener('focusin', (e) => window.__reached.add(e.target), true);
    document.activeElement?.blur();
  });
  // Tab until focus comes back round to where it started (or `max` stops).
  let first = null;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      el.dataset.tabStop ||= String(Math.random());
      return el.dataset.tabStop;
    });
    if (at && first === null) first = at;
    else if (at && at === first) break;
  }
  return page.evaluate(() => {
    const controls = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=tab], [role=switch], [role=slider], [role=radio], [tabindex]:not([tabindex="-1"])')];
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // The content of a closed <details> keeps its boxes in Chromium (content-visibility),
      // but only its summary is shown.
      const closed = el.closest('details:not([open])');
      if (closed && !closed.querySelector(':scope > summary')?.contains(el)) return false;
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && !el.closest('[inert], [hidden], dialog:not([open])')
        && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
    };
    const out = [];
    for (const el of controls.filter(visible)) {
      if (el.disabled) continue;
      const label = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.labels?.[0]?.textContent || el.textContent || el.getAttribute('title') || el.getAttribute('placeholder') || el.getAttribute('alt');
      const name = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(label ?? '').trim().slice(0, 30)}"`;
      if (!label || !label.trim()) out.push(`${name}: no name`);
      if (window.__reached.has(el)) continue;
      const group = el.closest('[role=tablist], [role=radiogroup], fieldset');
      if (group && (el.getAttribute('role') === 'tab' || el.type === 'radio') && [...window.__reached].some((r) => group.contains(r))) continue;
      // A native range or a control inside a labelled element that took focus itself.
      if ([...window.__reached].some((r) => r !== el && r.contains?.(el) && r.matches('label, [role=slider]'))) continue;
      out.push(`${name}: not reached by Tab`);
    }
    return out;
  });
}

const VISITOR_PAGES = () => ['/', '/search', '/search?q=demo', `/u/demo_ana`, `/v/${videoId}`, `/tag/${tag}`, '/login', '/signup',
  '/settings', '/transparency', '/how-the-feed-works'];
const VIEWER_PAGES = () => ['/', '/following', '/search?q=demo&type=accounts', '/upload', '/inbox', '/settings', '/settings/status', '/settings/access'];
const MOD_PAGES = () => ['/moderation', `/moderation/items/${itemId}`];

for (const lang of ['en-US', 'ar', 'ja']) {
  for (const size of SIZES) {
    test(`axe finds no violation on any page [${lang}] (${size.name})`, { timeout: 300000 }, async () => {
      const page = await newPage(browser, size, lang);
      try {
        const check = async (p, who) => {
          await page.goto(`${server.base}${p}`);
          await drawn(page);
          await noViolations(page, `${p} as ${who} [${lang}]`);
        };
        for (const p of VISITOR_PAGES()) await check(p, 'a visitor');
        // The sheets people open most: comments and report.
        await page.goto(`${server.base}/v/${videoId}`);
        await drawn(page);
        await page.locator('article.clip .rail-button:not(.like)').first().click();
        await page.locator('dialog[open]').waitFor();
        await noViolations(page, `the comment sheet [${lang}]`);
        await shot(page, `a11y-comments-${lang}`);
        await login(page, server.base, VIEWER);
        for (const p of VIEWER_PAGES()) await check(p, 'a viewer');
        await shot(page, `a11y-settings-${lang}`);
        await login(page, server.base, MOD);
        for (const p of MOD_PAGES()) await check(p, 'a moderator');
        await shot(page, `a11y-moderation-item-${lang}`);
      } finally {
        await page.context().close();
      }
    });
  }
}

for (const size of SIZES) {
  test(`every control is reached by the keyboard and has a name (${size.name})`, { timeout: 240000 }, async () => {
    const page = await newPage(browser, size, 'en-US');
    try {
      for (const p of ['/search?q=demo', '/login', '/signup', '/transparency', `/u/demo_ana`]) {
        await page.goto(`${server.base}${p}`);
        await drawn(page);
        assert.deepEqual(await unreachable(page), [], p);
      }
      await login(page, server.base, VIEWER);
      for (const p of ['/', '/upload', '/settings', '/inbox']) {
        await page.goto(`${server.base}${p}`);
        await drawn(page);
        assert.deepEqual(await unreachable(page), [], p);
      }
      // The clip's own controls by keyboard: the like button takes Enter. (On a clip's
      // page: after the Tab rounds above, the viewer has been through all of the few
      // demo clips, and the For You feed may have nothing new left.)
      await page.goto(`${server.base}/v/${videoId}`);
      await drawn(page);
      const like = page.locator('article.clip .rail-button.like').first();
      await like.waitFor();
      await like.focus();
      const before = await like.getAttribute('aria-pressed');
      await page.keyboard.press('Enter');
      await page.waitForFunction((b) => document.querySelector('article.clip .rail-button.like')?.getAttribute('aria-pressed') !== b, before);
      await shot(page, 'a11y-keyboard-like');
    } finally {
      await page.context().close();
    }
  });
}
