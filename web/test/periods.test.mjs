// Unit test of web/src/periods.ts (run with `npm test` in web/): the report periods behind
// the transparency page's lines are contiguous, inclusive, oldest first, and end today.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const source = readFileSync(new URL('../src/periods.ts', import.meta.url), 'utf8');
const { code } = transformSync(source, { loader: 'ts', format: 'esm' });
const { buckets } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
const DAY = 86400000;
const t = (s) => Date.parse(`${s}T00:00:00Z`);

function contiguous(bs) {
  for (let i = 1; i < bs.length; i++) assert.equal(t(bs[i].from), t(bs[i - 1].to) + DAY, `gap before ${bs[i].from}`);
  for (const b of bs) assert.ok(t(b.from) <= t(b.to), `${b.from} after ${b.to}`);
}

for (const today of ['2026-12-02', '2024-03-01', '2025-01-31']) {
  const now = new Date(`${today}T23:30:00Z`);
  test(`days, weeks and months up to ${today}`, () => {
    const days = buckets('days', now, 'en');
    assert.equal(days.length, 30);
    assert.ok(days.every((b) => b.from === b.to));
    assert.equal(days.at(-1).to, today);
    contiguous(days);
    const weeks = buckets('weeks', now, 'en');
    assert.equal(weeks.length, 12);
    assert.ok(weeks.every((b) => t(b.to) - t(b.from) === 6 * DAY));
    assert.equal(weeks.at(-1).to, today);
    contiguous(weeks);
    const months = buckets('months', now, 'de');
    assert.equal(months.length, 12);
    assert.ok(months.every((b) => b.from.endsWith('-01')));
    assert.equal(months.at(-1).to, today);
    contiguous(months);
    assert.ok(months.every((b) => b.label.length > 0));
  });
}
