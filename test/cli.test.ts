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
    const out = path.join(`${root}.out`, 'out');
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
    const failed = await run(['audit', root, '--out', path.join(`${root}.out`, 'out'), '--as-of', '2026-11-29']);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/document-missing/);
    expect(failed.stderr).toMatch(/1 error\(s\) \(--fail-on error\)/);
    expect((await run(['audit', root, '--out', path.join(`${root}.out`, 'out'), '--fail-on', 'none'])).code).toBe(0);
    expect((await run(['audit', root, '--out', path.join(`${root}.out`, 'out'), '--fail-on', 'none', '--min-score', '99'])).code).toBe(1);
  });

  it('--lang en writes English messages', async () => {
    const broken = { ...CLEAN_CASE };
    delete broken['04 案件调查终结报告.txt'];
    const root = await makeArchive({ case: broken });
    const r = await run(['audit', root, '--out', path.join(`${root}.out`, 'out'), '--lang', 'en', '--fail-on', 'none']);
    expect(r.stdout).toMatch(/Missing Investigation final report/);
  });

  it('rules lists every rule and document type', async () => {
    const r = await run(['rules', '--json']);
    const data = JSON.parse(r.stdout);
    expect(data.rules.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining(['document-missing', 'deadline-missed', 'date-order', 'legal-basis-outdated']));
    expect(data.documents.map((d: { id: string }) => d.id)).toEqual(expect.arrayContaining(['filing-approval', 'penalty-decision', 'no-penalty-decision', 'case-transfer']));
    expect(data.documents.length).toBeGreaterThanOrEqual(24);
    // every rule with its legal basis and the regimes it applies in
    for (const rule of data.rules) {
      expect(rule.basis.length, rule.id).toBeGreaterThan(0);
      expect(rule.regimes.length, rule.id).toBeGreaterThan(0);
    }
    expect(data.deadlines.find((d: { id: string }) => d.id === 'service-within-7wd').basis).toMatch(/第六十一条/);
  });
});

describe('CI outputs through the CLI', () => {
  it('GitHub Actions annotations when GITHUB_ACTIONS=true, paths relative to the workspace, capped', async () => {
    const broken = { ...CLEAN_CASE };
    delete broken['04 案件调查终结报告.txt'];
    const root = await makeArchive({ 'case,1': broken });
    const archive = path.join(root, 'exports');
    const { rename, mkdir } = await import('node:fs/promises');
    await mkdir(archive);
    await rename(path.join(root, 'case,1'), path.join(archive, 'case,1'));
    const r = await run(['audit', 'exports', '--out', 'out', '--fail-on', 'none'], { cwd: root, env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: root } });
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(lines).toEqual([expect.stringMatching(/^::error file=exports\/case%2C1,title=caseaudit document-missing::缺少案件调查终结报告/)]);
    const quiet = await run(['audit', 'exports', '--out', 'out', '--fail-on', 'none'], { cwd: root });
    expect(quiet.stdout).not.toMatch(/^::/m);
  });

  it('writes SARIF, JUnit, HTML, Markdown and XLSX where asked', async () => {
    const root = await makeArchive({ case: CLEAN_CASE });
    const r = await run(['audit', root, '--out', path.join(`${root}.out`, 'out'), '--format', `sarif=${path.join(`${root}.out`, 'ci', 'caseaudit.sarif')}`, '--format', 'junit', '--format', 'html', '--format', 'md', '--format', 'xlsx']);
    expect(r.code).toBe(0);
    const sarif = JSON.parse(await readFile(path.join(`${root}.out`, 'ci', 'caseaudit.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    // relative to the working folder (the repository), not to the audited folder
    const { unlink } = await import('node:fs/promises');
    await unlink(path.join(root, 'case', '04 案件调查终结报告.txt'));
    const inRepo = await run(['audit', 'case', '--out', 'out3', '--format', 'sarif=x.sarif', '--fail-on', 'none'], { cwd: root });
    expect(inRepo.code).toBe(0);
    const uris = JSON.parse(await readFile(path.join(root, 'x.sarif'), 'utf8')).runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toEqual(['case/']);
    for (const f of ['report.xml', 'report.html', 'report.md', 'report.xlsx', 'focus.json']) expect((await readFile(path.join(`${root}.out`, 'out', f))).length, f).toBeGreaterThan(0);
  });

  it('an explicit register that cannot be read is exit 2; a register found in the archive that cannot be read is a finding', async () => {
    const root = await makeArchive({ case: CLEAN_CASE });
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(root, 'bad.xlsx'), 'not a spreadsheet');
    const explicit = await run(['audit', path.join(root, 'case'), '--register', path.join(root, 'bad.xlsx'), '--out', path.join(`${root}.out`, 'out')]);
    expect(explicit.code).toBe(2);
    expect(explicit.stderr).toMatch(/register bad\.xlsx/);
    await writeFile(path.join(root, '案件台账.xlsx'), 'not a spreadsheet');
    const found = await run(['audit', root, '--out', path.join(`${root}.out`, 'out2'), '--fail-on', 'none']);
    expect(found.code).toBe(0);
    const report = JSON.parse(await readFile(path.join(`${root}.out`, 'out2', 'report.json'), 'utf8'));
    expect(report.findings.map((f: { rule: string; file: string }) => `${f.rule}:${f.file}`)).toContain('file-unreadable:案件台账.xlsx');
    expect((await run(['audit', root, '--roster', path.join(root, 'nope.xlsx')])).code).toBe(2);
  });

  it('inspect shows the type, why, and every field with its source text', async () => {
    const file = 'samples/archive/（射）应急罚〔2023〕27号/scan_0012.pdf';
    const r = await run(['inspect', file, '--json']);
    expect(r.code).toBe(0);
    const x = JSON.parse(r.stdout);
    expect(x.documents[0]).toMatchObject({ type: 'service-receipt', by: 'title' });
    expect(x.documents[0].fields.keyDate).toMatchObject({ date: '2023-10-13', label: '送达时间', page: 1 });
    expect(x.documents[0].fields.servedDocument.type).toBe('penalty-decision');
    const text = await run(['inspect', file]);
    expect(text.stdout).toMatch(/service-receipt 文书送达回执/);
    expect(text.stdout).toMatch(/key date +2023-10-13 \(送达时间\) +← p1 “2023年10月13日”/);
    expect((await run(['inspect', 'no/such/file.pdf'])).code).toBe(2);
  });
});

describe('init, notice, quiet and warnings', () => {
  it('init copies the ruleset; an edited copy is used with --ruleset; a non-empty target is refused', async () => {
    const root = await makeArchive({ case: CLEAN_CASE });
    const dir = path.join(root, 'my-ruleset');
    expect((await run(['init', dir, '--full'])).code).toBe(0);
    const { readFile: rf, writeFile: wf } = await import('node:fs/promises');
    // a stricter local rubric: every case must score 100 to pass, and 7 days become 1 for the decision
    const deadlines = await rf(path.join(dir, 'deadlines.yaml'), 'utf8');
    await wf(path.join(dir, 'deadlines.yaml'), deadlines.replace('    days: 30\n    unit: calendar', '    days: 1\n    unit: calendar'));
    const r = await run(['audit', root, '--ruleset', dir, '--out', path.join(`${root}.out`, 'out'), '--fail-on', 'none']);
    expect(r.stdout).toMatch(/deadline-missed/);
    expect((await run(['init', dir])).code).toBe(2);
  });

  it('notice writes Word and Markdown from a report.json; a wrong file is exit 2', async () => {
    const root = await makeArchive({ case: CLEAN_CASE });
    await run(['audit', root, '--out', path.join(`${root}.out`, 'out')]);
    const md = await run(['notice', path.join(`${root}.out`, 'out', 'report.json'), '--agency', '射阳县应急管理局', '--out', path.join(root, '通报.md')]);
    expect(md.code).toBe(0);
    expect(await readFile(path.join(root, '通报.md'), 'utf8')).toMatch(/一、基本情况[\s\S]*二、评查结果[\s\S]*三、存在的主要问题[\s\S]*四、整改要求[\s\S]*五、下一步工作/);
    const docx = await run(['notice', path.join(`${root}.out`, 'out', 'report.json'), '--agency', '射阳县应急管理局', '--out', path.join(root, '通报.docx')]);
    expect(docx.code).toBe(0);
    expect((await readFile(path.join(root, '通报.docx'))).subarray(0, 2).toString()).toBe('PK');
    expect((await run(['notice', path.join(root, 'case', '02 立案审批表.txt'), '--agency', 'x'])).code).toBe(2);
    // without --agency the agency comes from the case numbers' issuer code (or a placeholder), and it says so
    const noAgency = await run(['notice', path.join(`${root}.out`, 'out', 'report.json'), '--out', path.join(root, '通报2.md')]);
    expect(noAgency.code).toBe(0);
    expect(noAgency.stderr).toContain('未指定 --agency');
  });

  it('--quiet prints errors only; --max-warnings fails a run with too many warnings', async () => {
    const files = { ...CLEAN_CASE, 'scan_0099.txt': 'nothing that says what it is' };
    const root = await makeArchive({ case: files });
    const loud = await run(['audit', root, '--out', path.join(`${root}.out`, 'out'), '--fail-on', 'none']);
    expect(loud.stdout).toMatch(/file-unrecognized/);
    const quiet = await run(['audit', root, '--out', path.join(`${root}.out`, 'out'), '--fail-on', 'none', '--quiet']);
    expect(quiet.stdout).not.toMatch(/file-unrecognized/);
    expect((await run(['audit', root, '--out', path.join(`${root}.out`, 'out'), '--fail-on', 'error'])).code).toBe(0);
    const strict = await run(['audit', root, '--out', path.join(`${root}.out`, 'out'), '--max-warnings', '0']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/1 warning\(s\), more than --max-warnings 0/);
  });
});
