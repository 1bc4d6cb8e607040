import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { run } from '../helpers/cli.js';
import { CLEAN_CASE, makeArchive } from '../helpers/txt-archive.js';

const broken = { ...CLEAN_CASE };
delete broken['04 案件调查终结报告.txt'];

/** A project folder holding the archive, with the config file at its top and work done in a subfolder. */
async function project(config: string, name = 'caseaudit.config.yaml') {
  const root = await makeArchive({ 'archive/case': broken });
  await writeFile(path.join(root, name), config);
  const sub = path.join(root, 'work', 'deeper');
  await mkdir(sub, { recursive: true });
  return { root, sub, archive: path.join(root, 'archive') };
}

describe('the config file', () => {
  it('is found from the current folder upward; its options apply, paths relative to the file', async () => {
    const { root, sub, archive } = await project('fail-on: none\naudit:\n  out: out-from-config\n  format: [markdown]\n  lang: en\n');
    const r = await run(['audit', archive, '--as-of', '2026-11-29'], { cwd: sub });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0); // fail-on none from the file: the missing report does not fail the run
    const report = JSON.parse(await readFile(path.join(root, 'out-from-config', 'report.json'), 'utf8'));
    expect(report.lang).toBe('en');
    expect(await readFile(path.join(root, 'out-from-config', 'report.md'), 'utf8')).toMatch(/document-missing/);
  });

  it('command-line flags override it; repeatable options from the command line replace the file list', async () => {
    const { root, sub, archive } = await project('fail-on: none\nformat: [markdown, html]\nout: out\n', '.caseauditrc.yaml');
    const r = await run(['audit', archive, '--as-of', '2026-11-29', '--fail-on', 'error', '--format', 'xlsx', '--print-config'], { cwd: sub });
    expect(r.code).toBe(0);
    const printed = YAML.parse(r.stdout);
    expect(printed.configFile).toBe(path.join(root, '.caseauditrc.yaml'));
    expect(printed.options).toMatchObject({ 'fail-on': 'error', format: ['xlsx'], out: path.join(root, 'out') });
    expect(printed.sources).toMatchObject({ 'fail-on': 'cli', format: 'cli', out: 'config', lang: 'default' });
    // --print-config runs nothing
    await expect(readFile(path.join(root, 'out', 'report.json'))).rejects.toThrow();
    const failed = await run(['audit', archive, '--as-of', '2026-11-29', '--fail-on', 'error'], { cwd: sub });
    expect(failed.code).toBe(1);
  });

  it('--config names the file; a missing one is exit 2', async () => {
    const { root, archive } = await project('fail-on: error\n');
    const other = path.join(root, 'lenient.yaml');
    await writeFile(other, 'fail-on: none\n');
    const r = await run(['audit', archive, '--config', other, '--out', path.join(root, 'o'), '--print-config']);
    expect(YAML.parse(r.stdout).options['fail-on']).toBe('none');
    const missing = await run(['audit', archive, '--config', path.join(root, 'nope.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--config .*nope\.yaml: no such file/);
  });

  it('a required option may come from the file (notice --agency)', async () => {
    const { root, sub } = await project('notice:\n  agency: 射阳县应急管理局\n  out: 通报.md\n');
    const archive = path.join(root, 'archive');
    await run(['audit', archive, '--out', path.join(root, 'o'), '--fail-on', 'none'], { cwd: sub });
    const r = await run(['notice', path.join(root, 'o', 'report.json')], { cwd: sub });
    expect(r.stderr).not.toMatch(/agency/);
    expect(r.code).toBe(0);
    expect(await readFile(path.join(root, '通报.md'), 'utf8')).toMatch(/射阳县应急管理局/);
  });

  it.each([
    ['fail-onn: none\n', /unknown key "fail-onn" \(did you mean "fail-on"\?\)/],
    ['fail-on: sometimes\n', /fail-on: must be one of veto, error, warning, none/],
    ['audit:\n  jobs: -2\n', /audit\.jobs: must be a whole number, 1 or more, got -2/],
    ['min-score: lots\n', /min-score: must be a number, 0 or more, got "lots"/],
    ['audit:\n  agency: x\n', /audit\.agency: audit has no option --agency/],
    ['cache: maybe\n', /cache: must be true or false/],
    ['fail-on: [unclosed\n', /line \d+/],
    ['- just a list\n', /must be a mapping of options/],
  ])('%s is exit 2 naming the key', async (config, message) => {
    const { sub, archive } = await project(config);
    const r = await run(['audit', archive, '--out', path.join(sub, 'o')], { cwd: sub });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/config caseaudit\.config\.yaml/);
    expect(r.stderr).toMatch(message);
  });
});

describe('input globs and --ignore (globby)', () => {
  const archiveWith = () =>
    makeArchive({
      '2023/（射）应急罚〔2023〕12号': CLEAN_CASE,
      '2023/草稿/旧稿': { '说明.txt': '草稿，不是案卷' },
      '2024/（射）应急罚〔2024〕3号': { ...CLEAN_CASE },
    });
  const files = (report: { files: { file: string; disposition: string; reason?: string }[] }) => report.files;

  it('--ignore sets files aside: each listed as ignored with its pattern, counted in the notes, none audited', async () => {
    const root = await archiveWith();
    const out = path.join(`${root}.out`, 'out');
    const r = await run(['audit', root, '--out', out, '--as-of', '2026-11-29', '--fail-on', 'none', '--ignore', '**/草稿/**', '--ignore', '2024']);
    expect(r.code).toBe(0);
    const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8'));
    expect(report.cases.map((c: { folder: string }) => c.folder)).toEqual(['2023/（射）应急罚〔2023〕12号']);
    const ignored = files(report).filter((f) => f.reason?.startsWith('ignored by --ignore'));
    expect(ignored.find((f) => f.file === '2023/草稿/旧稿/说明.txt')).toMatchObject({ disposition: 'skipped', reason: 'ignored by --ignore **/草稿/**' });
    expect(ignored.filter((f) => f.reason === 'ignored by --ignore 2024')).toHaveLength(Object.keys(CLEAN_CASE).length);
    // every input file accounted for once
    const all = files(report).map((f) => f.file);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(2 * Object.keys(CLEAN_CASE).length + 1);
    expect(report.notes.join('\n')).toMatch(new RegExp(`略过${Object.keys(CLEAN_CASE).length + 1}个文件`));
  });

  it('ignore globs in the config file apply too', async () => {
    const root = await archiveWith();
    await writeFile(path.join(root, '..', `${path.basename(root)}.yaml`), 'ignore: ["**/草稿/**"]\n');
    const out = path.join(`${root}.out`, 'out');
    const r = await run(['audit', root, '--config', `${root}.yaml`, '--out', out, '--fail-on', 'none']);
    expect(r.code).toBe(0);
    const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8'));
    expect(files(report).find((f) => f.file === '2023/草稿/旧稿/说明.txt')?.reason).toBe('ignored by --ignore **/草稿/**');
  });

  it('a glob input selects files within its folder; cases are grouped as for the folder; the rest are listed as not matched', async () => {
    const root = await archiveWith();
    const out = path.join(`${root}.out`, 'out');
    const r = await run(['audit', path.join(root, '2023/*/*.txt'), '--out', out, '--as-of', '2026-11-29', '--fail-on', 'none']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8'));
    expect(report.cases.map((c: { folder: string }) => c.folder)).toEqual(['（射）应急罚〔2023〕12号']);
    expect(report.cases[0].findings).toEqual([]);
    expect(files(report).find((f) => f.file === '草稿/旧稿/说明.txt')).toMatchObject({ disposition: 'skipped', reason: 'not matched by the input pattern */*.txt' });
  });

  it('a glob that matches nothing is exit 2, never an empty pass', async () => {
    const root = await archiveWith();
    const r = await run(['audit', path.join(root, '2023/**/*.pdf'), '--out', path.join(`${root}.out`, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the pattern matches no file/);
  });
});

describe('top-level keys that mean different things in different commands', () => {
  it('out and format at the top level are audit\'s; notice takes its own from its section', async () => {
    const root = await makeArchive({ 'archive/case': CLEAN_CASE });
    await writeFile(path.join(root, 'caseaudit.config.yaml'), 'out: reports\nformat: [markdown]\nfail-on: none\nnotice:\n  agency: 射阳县应急管理局\n');
    const audit = await run(['audit', 'archive', '--print-config'], { cwd: root });
    expect(YAML.parse(audit.stdout).options).toMatchObject({ out: path.join(root, 'reports'), format: ['markdown'] });
    const notice = await run(['notice', 'reports/report.json', '--print-config'], { cwd: root });
    expect(notice.code).toBe(0);
    const options = YAML.parse(notice.stdout).options;
    expect(options.agency).toBe('射阳县应急管理局');
    expect(options.out).toBeUndefined();
    expect(options.format).toBeUndefined();
  });
});
