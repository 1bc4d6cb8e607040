import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildZip } from './helpers/zipWriter.js';
import { CLEAN_CASE, makeArchive } from './helpers/txt-archive.js';

/**
 * Packages an audit loads only when it needs them (issue 12: a warm run's time went a sixth into
 * loading modules it never used). The built CLI runs with a preload that records, for the main thread,
 * every package an `import` resolves and every CommonJS file `require` loaded; positive controls show
 * the record sees each package when it is needed, so an absence means something. (The document
 * readers, pdf-parse and the rest, never load on the main thread: files are read in reader threads.)
 * Run against the build, as the other built-CLI tests are (`npm ci` and `.ci/run` build first).
 */
const built = existsSync('dist/bundle/caseaudit.js');
const run = promisify(execFile);

const PRELOAD = `
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const log = process.env.CASEAUDIT_TEST_MODULE_LOG;
if (isMainThread && log) {
  const hooks = 'export async function initialize(d) { globalThis.log = d.log; }' +
    'export async function resolve(s, c, next) { const r = await next(s, c);' +
    ' if (!/^(node:|[.]|\\\\/|file:|data:)/.test(s)) (await import("node:fs")).appendFileSync(globalThis.log, "import " + s + "\\\\n");' +
    ' else if (r.url.includes("/dist/")) (await import("node:fs")).appendFileSync(globalThis.log, "module " + r.url.slice(r.url.lastIndexOf("/dist/") + 6) + "\\\\n");' +
    ' return r; }';
  register('data:text/javascript,' + encodeURIComponent(hooks), import.meta.url, { data: { log } });
  process.on('exit', () => appendFileSync(log, Object.keys(createRequire(import.meta.url).cache).map((f) => 'require ' + f + '\\n').join('')));
}
`;

async function loadedBy(args: string[], cacheDir: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'caseaudit-lazy-'));
  const preload = path.join(dir, 'preload.mjs');
  await writeFile(preload, PRELOAD);
  const log = path.join(dir, 'modules.log');
  await writeFile(log, '');
  await run(process.execPath, ['--import', preload, 'bin/caseaudit.js', ...args, '--out', path.join(dir, 'out'), '--fail-on', 'none', '--as-of', '2026-11-29', '--quiet'], {
    env: { ...process.env, CASEAUDIT_CACHE_DIR: cacheDir, CASEAUDIT_TEST_MODULE_LOG: log, NO_COLOR: '1' },
  });
  return readFile(log, 'utf8');
}

/** Whether one of our modules that the log shows loaded defines this name (a bundler may add a number to it). */
async function defines(log: string, name: string): Promise<boolean> {
  const files = log.split('\n').filter((line) => line.startsWith('module ')).map((line) => path.join('dist', line.slice('module '.length)));
  const definition = new RegExp(`\\b(function|const|let|var|class) ${name}\\d*\\b`);
  for (const file of files) if (definition.test(await readFile(file, 'utf8'))) return true;
  return false;
}

/** Whether the log shows the package's code loaded, by import or by require (its package.json is not its code). */
function has(log: string, pkg: string): boolean {
  return log.split('\n').some((line) => line === `import ${pkg}` || line.startsWith(`import ${pkg}/`) || (line.includes(`/node_modules/${pkg}/`) && !line.endsWith(`/node_modules/${pkg}/package.json`)));
}

describe.skipIf(!built)('packages loaded only when needed (built CLI)', () => {
  it('an audit of folders loads no spreadsheet or zip reader; a warm one no YAML parser either', async () => {
    const archive = await makeArchive({ '（射）应急罚〔2023〕12号 华兴化工': CLEAN_CASE });
    const cache = await mkdtemp(path.join(tmpdir(), 'caseaudit-lazy-cache-'));
    const cold = await loadedBy(['audit', archive], cache);
    const warm = await loadedBy(['audit', archive], cache);
    for (const log of [cold, warm]) {
      expect(log).toMatch(/^import commander$/m); // the record works
      // each of these is seen when needed (the next test)
      for (const pkg of ['xlsx', 'yauzl', 'iconv-lite']) expect(has(log, pkg), pkg).toBe(false);
    }
    expect(has(cold, 'yaml')).toBe(true); // an empty cache: the ruleset is parsed
    expect(has(warm, 'yaml')).toBe(false);
    // Nor does a warm one load recognition or the checks: every case comes from the cache. Our modules
    // are bundled (scripts/bundle.mjs), so what was loaded is told by what the files loaded define;
    // the cold run is the positive control.
    for (const name of ['recognizeFile', 'legalBasisCheck', 'auditFiles', 'readCaseFile']) {
      expect(await defines(cold, name), name).toBe(true);
      expect(await defines(warm, name), name).toBe(false);
    }
  }, 120_000);

  it('loads them when there is a roster, a zip or an xlsx report to handle', async () => {
    const archive = await makeArchive({ '（射）应急罚〔2023〕12号 华兴化工': CLEAN_CASE });
    const zip = path.join(archive, 'export.zip');
    await writeFile(zip, buildZip(Object.entries(CLEAN_CASE).map(([name, text]) => ({ name: `（射）应急罚〔2023〕13号 宏达/${name}`, data: Buffer.from(text) }))));
    const cache = await mkdtemp(path.join(tmpdir(), 'caseaudit-lazy-cache-'));
    const log = await loadedBy(['audit', archive, '--roster', 'samples/执法人员名册.xlsx', '--format', 'xlsx'], cache);
    for (const pkg of ['xlsx', 'yauzl', 'iconv-lite']) expect(has(log, pkg), pkg).toBe(true);
  }, 120_000);
});
