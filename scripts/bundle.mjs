// Bundles the compiled CLI (dist/, from tsc) into dist/bundle/ for bin/caseaudit.js: one file per entry
// and per part loaded on demand, instead of some 150 modules of ours and zod's each found, read and
// compiled apart at every start (measured: importing what an audit needs took 185-220 ms unbundled,
// 125-150 bundled, of a warm run of about 1.2 s). The other packages stay outside: they are loaded
// when needed, some patched (patches/) or native, and pdf.ts resolves pdfjs-dist by path.
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
// zod is bundled: 100 files, most of them never used, a third of an audit's start
const bundled = new Set(['zod']);
const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies })
  .filter((name) => !bundled.has(name))
  .concat(['pdfjs-dist'])
  .flatMap((name) => [name, `${name}/*`]);

// file paths, not URL paths: a checkout under a Chinese or spaced folder name, or on Windows
const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = fileURLToPath(new URL('../dist/bundle/', import.meta.url));
await rm(outdir, { recursive: true, force: true });
await build({
  // the reader thread is an entry of its own, beside the chunk that starts it (read/reader.ts)
  entryPoints: { caseaudit: 'dist/cli/entry.js', worker: 'dist/read/worker.js' },
  absWorkingDir: root,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  external,
  sourcemap: true,
  logLevel: 'warning',
});
