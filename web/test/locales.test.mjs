// Unit test of the message files (run with `npm test` in web/): every web/locales/<lang>.ftl
// holds every message of en.ftl and no other, each formats without an error with the
// variables the code passes, the plural selectors use the CLDR categories the language
// really has (Polish needs "few" and "many", Arabic all six), and no file leaves English in
// place of a translation. The Rust tests (crates/web/src/tests.rs) check the same files
// parse with the server's Fluent and that the list of languages matches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { FluentBundle, FluentResource } from '@fluent/bundle';

const dir = new URL('../locales/', import.meta.url);
const langs = readdirSync(dir).filter((f) => f.endsWith('.ftl')).map((f) => f.slice(0, -4)).sort();
const NUMERIC = new Set(['count', 'others', 'percent', 'sent', 'total', 'threshold', 'hours', 'rate']);

function load(lang) {
  const source = readFileSync(new URL(`${lang}.ftl`, dir), 'utf8');
  const resource = new FluentResource(source);
  const bundle = new FluentBundle(lang, { useIsolating: false });
  const errors = bundle.addResource(resource);
  return { source, resource, bundle, errors, ids: resource.body.map((m) => m.id) };
}

/** Every select expression in a pattern, with the variable it selects on. */
function selects(pattern, out = []) {
  if (!Array.isArray(pattern)) return out;
  for (const el of pattern) {
    if (el && el.type === 'select') {
      out.push(el);
      for (const v of el.variants) selects(v.value, out);
    }
  }
  return out;
}

/** The variables a pattern refers to. */
function variables(pattern, out = new Set()) {
  if (!Array.isArray(pattern)) return out;
  for (const el of pattern) {
    if (!el || typeof el !== 'object') continue;
    if (el.type === 'var') out.add(el.name);
    if (el.type === 'select') {
      if (el.selector.type === 'var') out.add(el.selector.name);
      for (const v of el.variants) variables(v.value, out);
    }
    if (el.type === 'func') for (const a of el.args) if (a.type === 'var') out.add(a.name);
  }
  return out;
}

/** The plain text of a pattern (placeables dropped), to compare translations with English. */
function text(pattern) {
  if (typeof pattern === 'string') return pattern;
  if (!Array.isArray(pattern)) return '';
  return pattern.map((el) => (typeof el === 'string' ? el : el.type === 'select' ? el.variants.map((v) => text(v.value)).join('|') : '')).join('');
}

const en = load('en');
const english = new Map(en.resource.body.map((m) => [m.id, m]));

test('there are at least 40 languages, English among them', () => {
  assert.ok(langs.includes('en'));
  assert.ok(langs.length >= 40, `only ${langs.length}: ${langs.join(' ')}`);
});

for (const lang of langs) {
  test(`${lang}.ftl holds every message of en.ftl, and each one formats`, () => {
    const file = load(lang);
    assert.deepEqual(file.errors, [], 'duplicate or invalid entries');
    // @fluent/bundle skips entries it cannot parse: a broken message shows up as missing.
    const missing = [...english.keys()].filter((id) => !file.ids.includes(id));
    const extra = file.ids.filter((id) => !english.has(id));
    assert.deepEqual(missing, [], `${lang}.ftl lacks (or cannot parse) these messages`);
    assert.deepEqual(extra, [], `${lang}.ftl has messages en.ftl lacks`);
    for (const message of file.resource.body) {
      const vars = variables(message.value);
      const known = variables(english.get(message.id).value);
      const unknown = [...vars].filter((v) => !known.has(v));
      assert.deepEqual(unknown, [], `${lang}: ${message.id} uses variables the code does not pass`);
      for (const n of [0, 1, 2, 3, 5, 11, 22, 101, 1000000, 1.5]) {
        const args = Object.fromEntries([...known].map((v) => [v, NUMERIC.has(v) ? n : `«${v}»`]));
        const errors = [];
        const out = file.bundle.formatPattern(message.value, args, errors);
        assert.deepEqual(errors.map(String), [], `${lang}: ${message.id} with ${JSON.stringify(args)}`);
        assert.ok(out.trim().length > 0, `${lang}: ${message.id} is empty`);
      }
    }
  });

  test(`${lang}.ftl selects plurals by the categories ${lang} has`, () => {
    const file = load(lang);
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    // "many" in French, Spanish, Italian and Portuguese is for a million and more
    // ("un million de vidéos"): "other" reads right there too, so it may be left out.
    // Where a language also has "few" (Slavic, Baltic, Celtic, Semitic), "many" is a
    // grammatical form of its own and must be there.
    const required = categories.filter((c) => c !== 'other' && (c !== 'many' || categories.includes('few')));
    for (const message of file.resource.body) {
      for (const sel of selects(message.value)) {
        const keys = sel.variants.map((v) => v.key).filter((k) => k.type === 'str').map((k) => k.value);
        const unknown = keys.filter((k) => !categories.includes(k));
        assert.deepEqual(unknown, [], `${lang}: ${message.id} selects on categories ${lang} does not have (it has ${categories})`);
        if (keys.some((k) => k !== 'other')) {
          const lacking = required.filter((c) => !keys.includes(c));
          assert.deepEqual(lacking, [], `${lang}: ${message.id} lacks plural forms`);
        }
      }
    }
  });

  if (lang !== 'en') {
    test(`${lang}.ftl is translated, not English left in place`, () => {
      const file = load(lang);
      const same = file.resource.body.filter((m) => {
        const words = text(m.value).replace(/[^\p{L}]+/gu, ' ').trim();
        // Names (Spool), symbols and values only ("{ $rate }×") are the same everywhere.
        return words.length > 0 && words !== 'Spool' && text(m.value) === text(english.get(m.id).value);
      }).map((m) => `${m.id} = ${text(m.value)}`);
      // Some words are the same in many languages (Video, Hashtags, Spam, Feed, Region):
      // German has 22 such messages of 665. More than 25 is English left in place.
      assert.ok(same.length <= 25, `${same.length} messages are the English text:\n${same.join('\n')}`);
    });
  }
}
