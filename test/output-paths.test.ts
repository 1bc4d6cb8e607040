import { existsSync } from 'node:fs';
import { mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { CLEAN_CASE, makeArchive } from './helpers/txt-archive.js';

/** Issue 11 (6): output paths are checked before any work; caseaudit never writes into its input. */
const CASE = '（射）应急罚〔2023〕12号 华兴化工';
const FILE = '01 现场检查记录.txt';

async function archive() {
  const root = await makeArchive({ [CASE]: CLEAN_CASE });
  return { root, caseDir: path.join(root, CASE), file: path.join(root, CASE, FILE) };
}

function refused(r: { code: number; stderr: string }, pattern: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
}

describe('output paths', () => {
  it('--out set to a case folder of the input is refused, and nothing is written there', async () => {
    const { root, caseDir } = await archive();
    const r = await run(['audit', root, '--out', caseDir]);
    refused(r, /--out .* lies inside input/);
    expect(existsSync(path.join(caseDir, 'report.json'))).toBe(false);
  });

  it('--format markdown=<an input file> is refused, and the file is unchanged', async () => {
    const { root, file } = await archive();
    const out = await mkdtemp(path.join(tmpdir(), 'caseaudit-out-'));
    const r = await run(['audit', root, '--out', out, '--format', `markdown=${file}`]);
    refused(r, /--format markdown=.* lies inside input/);
    expect(await readFile(file, 'utf8')).toBe(CLEAN_CASE[FILE]);
    // a single file given as the input is protected the same way
    const single = await run(['audit', file, '--out', out, '--format', `markdown=${file}`]);
    refused(single, /--format markdown=.* is input .* itself/);
    expect(await readFile(file, 'utf8')).toBe(CLEAN_CASE[FILE]);
  });

  it('--out through a symbolic link into the archive is refused', async () => {
    const { root, caseDir } = await archive();
    const elsewhere = await mkdtemp(path.join(tmpdir(), 'caseaudit-link-'));
    await symlink(caseDir, path.join(elsewhere, 'reports'));
    const r = await run(['audit', root, '--out', path.join(elsewhere, 'reports', 'round-1')]);
    refused(r, /lies inside input .*through a link/);
    expect(existsSync(path.join(caseDir, 'round-1'))).toBe(false);
  });

  it('--out that is an existing file is refused before the audit, without a stack trace', async () => {
    const { root } = await archive();
    const dir = await mkdtemp(path.join(tmpdir(), 'caseaudit-out-'));
    const existing = path.join(dir, 'report');
    await writeFile(existing, 'not a folder');
    const cache = path.join(dir, 'cache');
    const r = await run(['audit', root, '--out', existing], { env: { CASEAUDIT_CACHE_DIR: cache } });
    refused(r, /--out .* is an existing file, not a folder/);
    // refused before any file was read (the text cache was never touched)
    expect(existsSync(cache)).toBe(false);
  });

  it.skipIf(!existsSync('/proc/self'))('--out under /proc is refused at once', async () => {
    const { root } = await archive();
    const r = await run(['audit', root, '--out', '/proc/caseaudit-x']);
    refused(r, /--out \/proc\/caseaudit-x: cannot create/);
  }, 10_000);

  it('an output beside the input, outside it, is written as before', async () => {
    const { root } = await archive();
    const out = path.join(root, '..', `${path.basename(root)}-report`, 'nested');
    const r = await run(['audit', root, '--out', out, '--fail-on', 'none', '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(out, 'report.md'))).toBe(true);
  });
});
