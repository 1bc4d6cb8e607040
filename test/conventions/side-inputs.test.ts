import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { run } from '../helpers/cli.js';
import { CLEAN_CASE, makeArchive } from '../helpers/txt-archive.js';
import { flagDuplicateCaseNumbers } from '../../src/checks/duplicates.js';
import { loadRuleset } from '../../src/ruleset/load.js';

/** A real .xlsx written by SheetJS. */
function workbook(rows: unknown[][]): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Sheet1');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

async function audit(root: string, ...extra: string[]) {
  const out = path.join(`${root}.out`, 'out');
  const r = await run(['audit', root, '--out', out, '--as-of', '2026-11-29', '--fail-on', 'none', ...extra]);
  const report = r.code === 2 ? undefined : JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8'));
  return { ...r, report };
}

const ruleIds = (report: { cases: { findings: { rule: string }[] }[]; findings: { rule: string }[] }) => [...report.cases.flatMap((c) => c.findings), ...report.findings].map((f) => f.rule);

describe('a register without a register header', () => {
  const headerless = workbook([['会议纪要'], ['时间', '地点', '参会人员'], ['2023-03-01', '三楼会议室', '张伟']]);

  it('given with --register: exit 2 naming the file and what is missing, not a finding per folder', async () => {
    const root = await makeArchive({ '（射）应急罚〔2023〕12号 华兴化工': CLEAN_CASE });
    const file = path.join(`${root}.side`, '会议纪要.xlsx');
    await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(file), { recursive: true }));
    await writeFile(file, headerless);
    const r = await audit(root, '--register', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/register 会议纪要\.xlsx: no register header found/);
    expect(r.stderr).toMatch(/案号/);
  });

  it('found in the archive: listed as skipped with the reason, and no register-folder-unlisted', async () => {
    const root = await makeArchive({ '（射）应急罚〔2023〕12号 华兴化工': CLEAN_CASE });
    await writeFile(path.join(root, '登记表.xlsx'), headerless);
    const r = await audit(root);
    expect(r.code).toBe(0);
    expect(ruleIds(r.report)).not.toContain('register-folder-unlisted');
    expect(r.report.files.find((f: { file: string }) => f.file === '登记表.xlsx')).toMatchObject({ disposition: 'skipped', reason: expect.stringMatching(/no register header/) });
  });
});

describe('a register found in the archive while --register names another', () => {
  it('is listed once, as not used, so every input file is accounted for', async () => {
    const root = await makeArchive({ '（射）应急罚〔2023〕12号 华兴化工': CLEAN_CASE });
    await copyFile(path.resolve('samples/archive/案件台账.xlsx'), path.join(root, '案件台账.xlsx'));
    const given = `${root}.台账.xlsx`;
    await copyFile(path.resolve('samples/archive/案件台账.xlsx'), given);
    const r = await audit(root, '--register', given);
    const entries = r.report.files.filter((f: { file: string }) => f.file === '案件台账.xlsx');
    expect(entries).toEqual([expect.objectContaining({ disposition: 'skipped', reason: expect.stringMatching(/--register/) })]);
  });
});

describe('the officer roster found in the archive (执法人员名册)', () => {
  // 张伟 holds a valid certificate; 李娜's number is not on the roster.
  const roster = workbook([
    ['执法人员名册'],
    ['姓名', '执法证号', '发证日期', '有效期至', '所属单位'],
    ['张伟', '32090019001', '2020-01-01', '2028-12-31', '执法一中队'],
    ['王强', '32090019009', '2020-01-01', '2028-12-31', '执法一中队'],
  ]);

  it('is used without --roster, like the register, and the report says where it came from', async () => {
    const root = await makeArchive({ '（射）应急罚〔2023〕12号 华兴化工': CLEAN_CASE });
    await writeFile(path.join(root, '执法人员名册.xlsx'), roster);
    const r = await audit(root);
    expect(r.code).toBe(0);
    expect(r.report.files.find((f: { file: string }) => f.file === '执法人员名册.xlsx')).toMatchObject({ disposition: 'roster' });
    const invalid = r.report.cases[0].findings.filter((f: { rule: string }) => f.rule === 'officer-certificate-invalid');
    expect(invalid.length).toBeGreaterThan(0);
    expect(JSON.stringify(invalid)).toMatch(/李娜/);
    expect(JSON.stringify(invalid)).not.toMatch(/张伟/);
    expect(r.report.notes.join('\n')).toMatch(/执法人员名册取自案卷目录中的执法人员名册\.xlsx/);
    expect(r.report.notes.join('\n')).not.toMatch(/未提供执法人员名册/);
  });

  it('a --roster that lists no officer (no roster header) is exit 2, not a finding for every certificate', async () => {
    const root = await makeArchive({ '（射）应急罚〔2023〕12号 华兴化工': CLEAN_CASE });
    const file = `${root}.名单.xlsx`;
    await writeFile(file, workbook([['会议签到表'], ['时间', '地点'], ['2023-03-01', '三楼']]));
    const r = await audit(root, '--roster', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/roster .*名单\.xlsx: lists no officer \(.*no roster header/);
  });

  it('--roster wins; the archive copy is listed as not used', async () => {
    const root = await makeArchive({ '（射）应急罚〔2023〕12号 华兴化工': CLEAN_CASE });
    await writeFile(path.join(root, '执法人员名册.xlsx'), roster);
    const other = path.join(`${root}.roster.xlsx`);
    await copyFile(path.resolve('samples/执法人员名册.xlsx'), other);
    const r = await audit(root, '--roster', other);
    expect(r.report.files.find((f: { file: string }) => f.file === '执法人员名册.xlsx')).toMatchObject({ disposition: 'skipped', reason: expect.stringMatching(/--roster/) });
    expect(r.report.files.filter((f: { disposition: string }) => f.disposition === 'roster')).toHaveLength(1);
  });
});

describe('duplicate case numbers', () => {
  it('the same case number in two folders: both audited, each with a case-number-duplicate warning naming the other', async () => {
    const root = await makeArchive({ 'A 华兴化工': CLEAN_CASE, 'B 华兴化工（重复报送）': CLEAN_CASE, 'C 其他': { ...CLEAN_CASE, '08 行政处罚决定书.txt': CLEAN_CASE['08 行政处罚决定书.txt'].replace('〔2023〕12号', '〔2023〕13号') } });
    const r = await audit(root);
    expect(r.report.cases).toHaveLength(3);
    const dup = (folder: string) => r.report.cases.find((c: { folder: string }) => c.folder === folder).findings.filter((f: { rule: string }) => f.rule === 'case-number-duplicate');
    expect(dup('A 华兴化工')).toHaveLength(1);
    expect(dup('A 华兴化工')[0]).toMatchObject({ severity: 'warning', category: 'archive', deduction: 1, veto: false, message: expect.stringMatching(/B 华兴化工（重复报送）/) });
    expect(dup('B 华兴化工（重复报送）')[0].message).toMatch(/A 华兴化工/);
    expect(dup('C 其他')).toHaveLength(0);
    // Two findings, two identities: a fix in one folder resolves only its own.
    expect(dup('A 华兴化工')[0].fingerprint).not.toBe(dup('B 华兴化工（重复报送）')[0].fingerprint);
  });
});

describe('a case number shared by many folders', () => {
  it('names five of the others and counts the rest, so findings do not grow with the square of the archive', async () => {
    const { rules } = await loadRuleset();
    const cases = Array.from({ length: 40 }, (_, i) => ({ folder: `${String(i).padStart(2, '0')} 华兴化工`, caseNumber: '（射）应急罚〔2023〕12号', caseRef: { issuer: '射', year: 2023, serial: '12' }, findings: [] as { rule: string; message: string; data: Record<string, unknown> }[] }));
    flagDuplicateCaseNumbers(cases as unknown as Parameters<typeof flagDuplicateCaseNumbers>[0], rules, 'zh');
    const f = cases[3].findings[0];
    expect(f.rule).toBe('case-number-duplicate');
    expect(f.data.otherCount).toBe(39);
    expect(String(f.data.others).split('、')).toEqual(['00 华兴化工', '01 华兴化工', '02 华兴化工', '04 华兴化工', '05 华兴化工']);
    expect(f.message).toBe('案号（射）应急罚〔2023〕12号同时见于另外39件案卷，其中有00 华兴化工、01 华兴化工、02 华兴化工、04 华兴化工、05 华兴化工。');
    // two folders: the other is named, with the short wording
    const pair = cases.slice(0, 2).map((c) => ({ ...c, findings: [] as typeof c.findings }));
    flagDuplicateCaseNumbers(pair as unknown as Parameters<typeof flagDuplicateCaseNumbers>[0], rules, 'en');
    expect(pair[0].findings[0].message).toBe('Case number （射）应急罚〔2023〕12号 also heads 01 华兴化工.');
  });
});
