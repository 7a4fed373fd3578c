// Bundles the browser layer into dist/ (embedded into the spool binary by crates/web):
// dist/app.js (TypeScript + @fluent/bundle: the frame and the feed), its chunks in
// dist/chunks/ (hls.js, the other pages, tus-js-client; fetched when needed) and
// dist/app.css. Every script and style sheet also gets a Brotli (.br) and a gzip (.gz)
// copy, and every message file in ../locales a Brotli copy named by the hash of its text
// (dist/locales/<lang>.ftl.<sha256, 24 hex digits>.br): crates/web answers with them when
// the browser takes that encoding (and, for a message file, when its hash is the one
// embedded, so a copy older than the file is never served). dist/modulepreload.txt lists
// the chunks app.js imports, for the page shell to name them (<link rel=modulepreload>;
// not hls.js, which the first clip does not wait for: src/starter.ts).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dev = process.argv.includes('--dev');
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
// The icons, favicon and web app manifest, served at the site's root by crates/web.
cpSync('public', 'dist/public', { recursive: true, filter: (f) => !f.endsWith('.mjs') });
const scripts = await build({
  entryPoints: { app: 'src/main.ts' },
  metafile: true,
  bundle: true,
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'es2020',
  minify: !dev,
  sourcemap: dev ? 'inline' : false,
  legalComments: 'linked',
  outdir: 'dist',
  logLevel: 'warning',
});
await build({
  entryPoints: { app: 'src/app.css' },
  bundle: true,
  minify: !dev,
  target: ['chrome100', 'safari15', 'firefox100'],
  outdir: 'dist',
  logLevel: 'warning',
});

// A chunk and every chunk it imports statically, also through other chunks.
const outputs = scripts.metafile.outputs;
function closure(file, seen = new Set()) {
  for (const i of outputs[file]?.imports ?? []) {
    if (i.kind === 'import-statement' && !seen.has(i.path)) { seen.add(i.path); closure(i.path, seen); }
  }
  return seen;
}
const list = (files) => [...files].map((p) => path.relative('dist', p)).sort().join('\n') + '\n';
const app = closure('dist/app.js');
writeFileSync('dist/modulepreload.txt', list(app));

const brotli = (data) => brotliCompressSync(data, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
});

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

for (const file of files('dist').filter((f) => /\.(js|css)$/.test(f))) {
  const data = readFileSync(file);
  writeFileSync(`${file}.br`, brotli(data));
  writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
}
mkdirSync('dist/locales');
for (const name of readdirSync('locales').filter((n) => n.endsWith('.ftl'))) {
  const data = readFileSync(path.join('locales', name));
  const hash = createHash('sha256').update(data).digest('hex').slice(0, 24);
  writeFileSync(`dist/locales/${name}.${hash}.br`, brotli(data));
}
console.log('web/dist built');
