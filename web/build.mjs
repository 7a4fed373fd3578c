// Bundles the browser layer into dist/ (embedded into the spool binary by crates/web):
// dist/app.js (TypeScript + hls.js + tus-js-client + @fluent/bundle) and dist/app.css.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';

const dev = process.argv.includes('--dev');
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
await build({
  entryPoints: { app: 'src/main.ts' },
  bundle: true,
  format: 'esm',
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
console.log('web/dist built');
