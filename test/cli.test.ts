import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { CLEAN_CASE, makeArchive } from './helpers/txt-archive.js';

describe('caseaudit CLI', () => {
  it('--help and --version exit 0; the help states the exit codes', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes:[\s\S]*2 {2}usage/);
    const version = await run(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('a missing input path is exit 2, never 0', async () => {
    const r = await run(['audit', '/no/such/archive']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/does not exist: \/no\/such\/archive/);
  });

  it('an unknown option or format is exit 2', async () => {
    expect((await run(['audit', '.', '--bogus'])).code).toBe(2);
    const fmt = await run(['audit', '.', '--format', 'pdf']);
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).toMatch(/unknown report format "pdf"/);
  });

  it('a broken ruleset is exit 2 with every problem listed', async () => {
    const r = await run(['rules', '--ruleset', '/no/such/ruleset']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ruleset\.yaml: file is missing/);
    expect(r.stderr).toMatch(/documents\.yaml: file is missing/);
  });

  it('a clean archive passes (exit 0) and the report is written', async () => {
    const root = await makeArchive({ '（射）应急罚〔2023〕12号 华兴化工': CLEAN_CASE });
    const out = path.join(root, 'out');
    const r = await run(['audit', root, '--out', out, '--as-of', '2026-11-29']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8'));
    expect(report.cases).toHaveLength(1);
    expect(report.cases[0]).toMatchObject({ caseNumber: '（射）应急罚〔2023〕12号', party: '射阳县华兴化工有限公司', fine: 10000, score: 100, veto: false, unit: '执法一中队' });
    expect(report.cases[0].findings).toEqual([]);
    expect(r.stdout).toMatch(/report\.json/);
  });

  it('a defect fails with --fail-on error (default) and passes with --fail-on none', async () => {
    const broken = { ...CLEAN_CASE };
    delete broken['04 案件调查终结报告.txt'];
    const root = await makeArchive({ case: broken });
    const failed = await run(['audit', root, '--out', path.join(root, 'out'), '--as-of', '2026-11-29']);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/document-missing/);
    expect(failed.stderr).toMatch(/1 error\(s\) \(--fail-on error\)/);
    expect((await run(['audit', root, '--out', path.join(root, 'out'), '--fail-on', 'none'])).code).toBe(0);
    expect((await run(['audit', root, '--out', path.join(root, 'out'), '--fail-on', 'none', '--min-score', '99'])).code).toBe(1);
  });

  it('--lang en writes English messages', async () => {
    const broken = { ...CLEAN_CASE };
    delete broken['04 案件调查终结报告.txt'];
    const root = await makeArchive({ case: broken });
    const r = await run(['audit', root, '--out', path.join(root, 'out'), '--lang', 'en', '--fail-on', 'none']);
    expect(r.stdout).toMatch(/Missing Investigation final report/);
  });

  it('rules lists every rule and document type', async () => {
    const r = await run(['rules', '--json']);
    const data = JSON.parse(r.stdout);
    expect(data.rules.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining(['document-missing', 'deadline-missed', 'date-order', 'legal-basis-outdated']));
    expect(data.documents).toHaveLength(24);
    expect(data.deadlines.find((d: { id: string }) => d.id === 'service-within-7wd').basis).toMatch(/第六十一条/);
  });
});
