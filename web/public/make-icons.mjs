// Renders the PNG icons and favicon.ico from icon.svg and maskable.svg with Debian's
// chromium (playwright-core from tests/e2e): `node web/public/make-icons.mjs`. The
// results are committed; run it again when an SVG changes.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '../../tests/e2e/package.json'));
const { chromium } = require('playwright-core');

const browser = await chromium.launch({ executablePath: process.env.SPOOL_E2E_CHROMIUM || '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const page = await browser.newPage();
async function png(svgFile, size) {
  const svg = readFileSync(path.join(here, svgFile), 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}
writeFileSync(path.join(here, 'icons/icon-192.png'), await png('icon.svg', 192));
writeFileSync(path.join(here, 'icons/icon-512.png'), await png('icon.svg', 512));
writeFileSync(path.join(here, 'icons/maskable-512.png'), await png('maskable.svg', 512));
writeFileSync(path.join(here, 'icons/apple-touch-icon.png'), await png('maskable.svg', 180));
// An .ico holding one 32x32 PNG (the form every current browser reads).
const p32 = await png('icon.svg', 32);
const ico = Buffer.alloc(22);
ico.writeUInt16LE(0, 0); ico.writeUInt16LE(1, 2); ico.writeUInt16LE(1, 4);
ico.writeUInt8(32, 6); ico.writeUInt8(32, 7); ico.writeUInt8(0, 8); ico.writeUInt8(0, 9);
ico.writeUInt16LE(1, 10); ico.writeUInt16LE(32, 12); ico.writeUInt32LE(p32.length, 14); ico.writeUInt32LE(22, 18);
writeFileSync(path.join(here, 'favicon.ico'), Buffer.concat([ico, p32]));
await browser.close();
