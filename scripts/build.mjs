// Bundles src/ into dist/, which `npm run report` runs with plain node. Under tsx every run
// transforms and resolves some 400 modules (about 0.6 s before the first stage starts); the bundle
// loads in a tenth of that. Each dynamic import() becomes a chunk of its own, so `--help` and usage
// errors load nothing of the stack, and puppeteer (left outside the bundle) loads only for a PDF.
// scripts/setup.sh runs this whenever a file under src/ is newer than dist/cli.js.
// Usage: node scripts/build.mjs
import { build } from 'esbuild';
import { copyFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist');
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli.ts'],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Whitespace and syntax only: names stay readable in stack traces (--debug).
  minifyWhitespace: true,
  minifySyntax: true,
  // puppeteer finds its own files at run time; the CommonJS packages in the bundle call require().
  external: ['puppeteer'],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
// The CSV parser's worker thread is started from a file (src/load/read-csv.ts: new URL beside it).
copyFileSync(join(root, 'src', 'load', 'parse-chunk.mjs'), join(outdir, 'parse-chunk.mjs'));
