import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/model/report.js';

/**
 * Reader threads exist only in the build (dist/read/worker.js, made by `npm ci`): these tests run the
 * built CLI as a user would, and check that threads change nothing in the result.
 */
const built = existsSync('dist/read/worker.js');
const run = promisify(execFile);

async function audit(input: string, extra: string[], env: Record<string, string> = {}): Promise<Report> {
  const out = await mkdtemp(path.join(tmpdir(), 'caseaudit-threads-'));
  await run(process.execPath, ['bin/caseaudit.js', 'audit', input, '--out', out, '--fail-on', 'none', '--no-cache', '--as-of', '2026-11-29', ...extra], { env: { ...process.env, ...env } });
  const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as Report;
  report.round.generatedAt = '';
  return report;
}

describe.skipIf(!built)('reader threads (built CLI)', () => {
  it('the sample audit is the same with two reader threads as with one', async () => {
    const one = await audit('samples/archive', ['--jobs', '1']);
    const two = await audit('samples/archive', ['--jobs', '2']);
    expect(two).toEqual(one);
  }, 300_000);

  it('the sample audit is the same under a Chinese and a C locale (no order follows the system locale)', async () => {
    // localeCompare sorts Chinese by pinyin under zh_CN and by ICU's default collation under C: report.json's
    // order must follow neither
    // (with the previous round, whose comparison sorts rounds, rules and units too)
    const args = ['--jobs', '1', '--previous', 'samples/previous-round/report.json'];
    const zh = await audit('samples/archive', args, { LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8' });
    const c = await audit('samples/archive', args, { LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' });
    expect(c.comparison?.rounds.length).toBeGreaterThan(0);
    // (the locale does reach node: its collator follows it)
    const collator = async (lang: string) => (await run(process.execPath, ['-e', 'console.log(new Intl.Collator().resolvedOptions().locale)'], { env: { ...process.env, LANG: lang, LC_ALL: lang } })).stdout.trim();
    expect(await collator('zh_CN.UTF-8')).toBe('zh-CN');
    expect(c).toEqual(zh);
    expect(JSON.stringify(c)).toBe(JSON.stringify(zh));
  }, 300_000);

  it('a file whose reading outlasts the timeout is reported unreadable with the reason', async () => {
    const { createReader } = await import(path.resolve('dist/read/reader.js'));
    const reader = createReader({ jobs: 2, timeoutMs: 1 });
    const bytes = await readFile('samples/archive/2022-007 盐城恒丰食品/行政处罚决定书.pdf');
    const slow = await reader.read(bytes, 'x.pdf', 'sha');
    expect(slow).toMatchObject({ status: 'unreadable', reason: expect.stringMatching(/took longer than/) });
    await reader.close();
    // the next reader, with time enough, reads the same file
    const patient = createReader({ jobs: 2, timeoutMs: 60_000 });
    expect((await patient.read(bytes, 'x.pdf', 'sha')).status).toBe('ok');
    await patient.close();
  }, 60_000);

  it('bad files read in threads end as the same findings', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'caseaudit-threads-bad-'));
    await mkdir(path.join(root, 'case'));
    for (const f of ['corrupt.pdf', 'encrypted.pdf', 'one-bad-page.pdf', 'image-only.pdf', 'not-a-zip.docx']) await copyFile(path.join('test/fixtures/files', f), path.join(root, 'case', f));
    const one = await audit(root, ['--jobs', '1']);
    const two = await audit(root, ['--jobs', '2']);
    expect(two.cases[0].findings.map((f) => f.rule)).toEqual(one.cases[0].findings.map((f) => f.rule));
    expect(two.cases[0].findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['file-unreadable', 'file-encrypted', 'file-no-text']));
  }, 120_000);
});

describe('text cache', () => {
  it('a second run with the cache gives the same report', async () => {
    const { run: cli } = await import('./helpers/cli.js');
    const root = await mkdtemp(path.join(tmpdir(), 'caseaudit-cache-'));
    const cache = path.join(root, 'cache');
    const env = { CASEAUDIT_CACHE_DIR: cache };
    const first = await cli(['audit', 'samples/archive', '--out', path.join(root, 'a'), '--fail-on', 'none', '--as-of', '2026-11-29'], { env });
    expect(first.code).toBe(0);
    expect(existsSync(cache)).toBe(true);
    await cli(['audit', 'samples/archive', '--out', path.join(root, 'b'), '--fail-on', 'none', '--as-of', '2026-11-29'], { env });
    const a = JSON.parse(await readFile(path.join(root, 'a', 'report.json'), 'utf8'));
    const b = JSON.parse(await readFile(path.join(root, 'b', 'report.json'), 'utf8'));
    a.round.generatedAt = b.round.generatedAt = '';
    expect(b).toEqual(a);
    // the first run OCRs the archive's scanned identity copy when tesseract is installed (--ocr auto)
  }, 180_000);
});
