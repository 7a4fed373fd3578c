// Unit test of web/src/next.ts (run with `npm test` in web/): the `next=` parameter after
// log-in only ever leads to a path on this site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const source = readFileSync(new URL('../src/next.ts', import.meta.url), 'utf8');
const { code } = transformSync(source, { loader: 'ts', format: 'esm' });
const { safeNext } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
const ORIGIN = 'https://spool.example';

test('paths on this site are kept', () => {
  for (const path of ['/', '/settings', '/upload?from=x#top', '/u/ana', '/search?q=%2F%2Fx', '/a\\b']) {
    const expected = new URL(path, ORIGIN);
    assert.equal(safeNext(path, ORIGIN), expected.pathname + expected.search + expected.hash, path);
  }
});

test('everything that could leave the site goes home', () => {
  for (const bad of [
    null, undefined, '', '//evil.example', '/\\evil.example', '\\\\evil.example', 'https://evil.example',
    'javascript:alert(1)', 'evil.example', ' /settings', '/\t/evil.example', '/\n/evil.example',
    '/\r\\evil.example', '/settings\u0000', '/\u007f', '/\u0085x', 'data:text/html,x',
  ]) {
    assert.equal(safeNext(bad, ORIGIN), '/', JSON.stringify(bad));
  }
});
