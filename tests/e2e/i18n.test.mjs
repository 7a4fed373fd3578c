// Languages (issue 15): the client in languages of different scripts fits the screen on
// every page, is written in the language and direction the server chose, and the picker in
// the settings lists every language by its own name and switches at once, for good (the
// cookie the server negotiates with, so the server-rendered shell follows). At phone and
// desktop size, with screenshots. That every message file is complete and parses is
// checked by `npm test` in web/ and by the Rust tests of crates/web.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Server, SIZES, launch, newPage, login, shot, overflow, drawn } from './lib.mjs';

const LOCALES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../web/locales');
const LANGS = readdirSync(LOCALES).filter((f) => f.endsWith('.ftl')).map((f) => f.slice(0, -4));
const RTL = new Set(['ar', 'he', 'fa']);

/** The text of a one-line message of `lang`, read from its file. */
function message(lang, id) {
  const line = readFileSync(path.join(LOCALES, `${lang}.ftl`), 'utf8').split('\n').find((l) => l.startsWith(`${id} = `));
  assert.ok(line, `${lang}.ftl has no one-line ${id}`);
  return line.slice(id.length + 3).trim();
}

const suffix = Date.now().toString(36).slice(-5);
const VIEWER = `lang_${suffix}`;
const server = new Server();
let browser;
let videoId;

before(async () => {
  assert.ok(process.env.SPOOL_BIN, 'set SPOOL_BIN to the spool binary to test');
  await server.start();
  await server.seed();
  await server.account(VIEWER);
  videoId = (await server.api('GET', '/api/v1/search?q=demo&type=videos')).videos[0].id;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server.stop();
});

function atBothSizes(name, body, locale) {
  for (const size of SIZES) {
    test(`${name} (${size.name})`, { timeout: 240000 }, async () => {
      const page = await newPage(browser, size, locale);
      try { await body(page); } finally { await page.context().close(); }
    });
  }
}

// ------------------------------------------------------- six scripts, no page too wide

const PAGES = () => ['/', '/search?q=demo', '/search?q=demo&type=accounts', '/u/demo_ana', `/v/${videoId}`, '/upload', '/inbox',
  '/settings', '/settings/status', '/how-the-feed-works', '/transparency'];

// Latin with long words, Arabic (right to left), Japanese, Devanagari, Cyrillic, Thai.
for (const lang of ['de', 'ar', 'ja', 'hi', 'ru', 'th']) {
  atBothSizes(`every page fits the screen, in the language and its direction [${lang}]`, async (page) => {
    await login(page, server.base, VIEWER);
    for (const p of PAGES()) {
      await page.goto(`${server.base}${p}`);
      await drawn(page);
      const html = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir, title: document.title }));
      assert.deepEqual([html.lang, html.dir], [lang, RTL.has(lang) ? 'rtl' : 'ltr'], p);
      // The tab bar speaks the language (the client's messages, not only the shell's).
      assert.equal((await page.locator('nav a[href="/"] .tab-label').first().textContent()).trim(), message(lang, 'nav-home'), p);
      assert.deepEqual(await overflow(page), [], `${p} is wider than the screen [${lang}]`);
      // A page of short words still takes the width it has (up to 900 px), not the width
      // of its longest line (a grid item with auto margins shrinks to fit its content).
      const [width, room] = await page.evaluate(() => {
        const main = document.querySelector('#main.page');
        const cols = getComputedStyle(document.getElementById('app')).gridTemplateColumns.split(' ');
        return main ? [main.getBoundingClientRect().width, Math.min(900, parseFloat(cols[cols.length - 1]))] : [0, 0];
      });
      assert.ok(width >= room - 1, `${p}: the page is ${width} px wide of ${room} [${lang}]`);
      const name = p.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'feed';
      await shot(page, `i18n-${lang}-${name}`);
    }
    assert.deepEqual(page.errors.filter((e) => !/401|404|Failed to load resource/.test(e)), []);
  }, lang);
}

// ------------------------------------------------------- the picker

atBothSizes('the picker lists every language by its own name and switches at once, for good', async (page) => {
  await page.goto(`${server.base}/settings`);
  const select = page.locator('select[name=language]');
  await select.waitFor();
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: o.value, text: o.textContent, lang: o.lang })));
  assert.deepEqual(options.map((o) => o.value).sort(), [...LANGS].sort(), 'one option per message file');
  assert.ok(options.length >= 40, `${options.length} languages`);
  for (const o of options) assert.equal(o.lang, o.value, `${o.value} is marked with its language`);
  const name = Object.fromEntries(options.map((o) => [o.value, o.text]));
  // Each by its own name (an endonym), not by its English name or its code.
  assert.deepEqual([name.de, name.ar, name.ja, name.ru, name.fil, name.el], ['Deutsch', 'العربية', '日本語', 'Русский', 'Filipino', 'Ελληνικά']);
  assert.equal(new Set(Object.values(name)).size, options.length, 'names are distinct');
  assert.equal(await select.inputValue(), 'en');
  await shot(page, 'picker-en');

  // Arabic: the page reloads right to left, the choice is a cookie the server reads.
  await Promise.all([page.waitForEvent('load'), select.selectOption('ar')]);
  await drawn(page);
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['ar', 'rtl']);
  assert.equal(await page.locator('select[name=language]').inputValue(), 'ar');
  assert.equal((await page.locator('#main h1').first().textContent()).trim(), message('ar', 'settings-title'));
  await shot(page, 'picker-ar');
  const cookies = await page.context().cookies();
  assert.equal(cookies.find((c) => c.name === 'spool_lang')?.value, 'ar');

  // It holds on the next visit, for a browser whose own language is English: the shell
  // the server renders is Arabic before any script runs.
  const res = await page.request.get(`${server.base}/search`, { headers: { 'accept-language': 'en-US' } });
  const shell = await res.text();
  assert.match(shell, /<html lang="ar" dir="rtl">/);
  assert.ok(shell.includes(`<title>${message('ar', 'app-title')}</title>`), shell.slice(0, 600));
  await page.goto(`${server.base}/search`);
  await drawn(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');

  // And back to a left-to-right language.
  await page.goto(`${server.base}/settings`);
  await Promise.all([page.waitForEvent('load'), page.locator('select[name=language]').selectOption('ja')]);
  await drawn(page);
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['ja', 'ltr']);
  assert.equal((await page.locator('#main h1').first().textContent()).trim(), message('ja', 'settings-title'));
  await shot(page, 'picker-ja');
}, 'en-US');

// ------------------------------------------------------- negotiation of the new languages

test('the browser language picks each new language, also by its region or old tags', async () => {
  for (const [header, want] of [['it-IT,it;q=0.9', 'it'], ['zh-TW', 'zh-Hant'], ['zh-CN', 'zh-Hans'], ['he-IL', 'he'], ['fa-IR', 'fa'],
    ['fil-PH', 'fil'], ['sv-SE', 'sv'], ['ga-IE', 'ga'], ['uk-UA', 'uk'], ['nb-NO, pl;q=0.5', 'pl']]) {
    const res = await fetch(`${server.base}/`, { headers: { 'accept-language': header } });
    const html = await res.text();
    assert.match(html, new RegExp(`<html lang="${want}" dir="${RTL.has(want) ? 'rtl' : 'ltr'}">`), header);
    assert.equal(res.headers.get('content-language'), want, header);
    const ftl = await fetch(`${server.base}/locales/${want}.ftl`);
    assert.equal(ftl.status, 200, want);
  }
});

// ------------------------------------------------------- numbers and dates by Intl

atBothSizes('counts and dates are written the way the language writes them', async (page) => {
  await login(page, server.base, VIEWER);
  await page.goto(`${server.base}/settings`);
  await drawn(page);
  // The sessions list: "logged in <date> · last active <time ago>", by Intl in Persian.
  const times = (await page.locator('.session .hint').first().textContent()).trim();
  assert.match(times, /[۰-۹]/u, `Persian digits in "${times}"`);
  assert.doesNotMatch(times, /[0-9]/, `Latin digits in "${times}"`);
  await page.goto(`${server.base}/u/demo_ana`);
  await drawn(page);
  const stats = await page.locator('#main .stat dd').allTextContents();
  assert.ok(stats.length >= 3, stats.join(' | '));
  for (const s of stats) assert.match(s, /^[۰-۹٫٬]+(\s?\p{L}+)?$/u, `a count in Persian digits: "${s}"`);
  await shot(page, 'numbers-fa');
}, 'fa');
