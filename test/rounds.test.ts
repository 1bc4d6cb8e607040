import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/model/report.js';
import { maskName } from '../src/rounds/mask.js';
import { run } from './helpers/cli.js';
import { CLEAN_CASE, makeArchive } from './helpers/txt-archive.js';

/** CLEAN_CASE renumbered, moved to another unit and party, minus some documents. */
function variant(serial: number, unit: string, party: string, without: string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(CLEAN_CASE)) {
    if (without.some((w) => name.includes(w))) continue;
    out[name] = text.replaceAll('〔2023〕12号', `〔2023〕${serial}号`).replaceAll('执法一中队', unit).replaceAll('射阳县华兴化工有限公司', party);
  }
  return out;
}

async function audit(cases: Record<string, Record<string, string>>, round: string, previous: string[] = [], extra: string[] = []): Promise<{ report: Report; file: string; dir: string }> {
  const dir = await makeArchive(cases);
  const out = path.join(`${dir}.out`, 'out');
  const r = await run(['audit', dir, '--out', out, '--round', round, '--as-of', round.replace('r-', ''), '--fail-on', 'none', ...previous.flatMap((p) => ['--previous', p]), ...extra], { cwd: dir });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const file = path.join(out, 'report.json');
  return { report: JSON.parse(await readFile(file, 'utf8')), file, dir };
}

const statusOf = (report: Report, folder: string) =>
  report.cases
    .find((c) => c.folder === folder)!
    .findings.map((f) => `${f.rule}:${f.status}`)
    .sort();

describe('review rounds', () => {
  it('marks findings new, recurring (same case, or same rule in the same unit) and resolved over three rounds', async () => {
    const A = 'A 华兴', B = 'B 东方', C = 'C 顺达', D = 'D 新洋';
    const r1 = await audit(
      {
        [A]: variant(12, '执法一中队', '射阳县华兴化工有限公司'),
        [B]: variant(13, '执法一中队', '射阳县东方机械有限公司', ['调查终结报告']),
        [C]: variant(14, '执法二中队', '射阳县顺达运输有限公司', ['调查终结报告']),
      },
      'r-2024-06-30',
    );
    // no earlier round: nothing to compare, no status
    expect(statusOf(r1.report, B)).toEqual(['document-missing:undefined']);
    expect(r1.report.cases.find((c) => c.folder === B)!.findings.map((f) => f.rule)).toEqual(['document-missing']);
    // prevalent: 2 of 3 cases miss the report
    expect(r1.report.focus?.map((f) => f.rule)).toEqual(['document-missing']);
    expect(r1.report.focus?.[0]).toMatchObject({ prevalent: true, recurring: false, cases: 2, units: ['执法一中队', '执法二中队'] });
    expect(r1.report.focus?.[0].example).not.toMatch(/东方机械有限公司|华兴化工有限公司|顺达运输有限公司/);

    const r2 = await audit(
      {
        [A]: variant(12, '执法一中队', '射阳县华兴化工有限公司', ['营业执照']),
        [B]: variant(13, '执法一中队', '射阳县东方机械有限公司'),
        [C]: variant(14, '执法二中队', '射阳县顺达运输有限公司', ['调查终结报告']),
        [D]: variant(15, '执法一中队', '射阳县新洋船舶有限公司', ['调查终结报告']),
      },
      'r-2024-12-31',
      [r1.file],
    );
    expect(statusOf(r2.report, A)).toEqual(['document-missing:new']);
    expect(statusOf(r2.report, B)).toEqual(['document-missing:resolved']);
    expect(statusOf(r2.report, C)).toEqual(['document-missing:recurring']);
    // D was never reviewed: its unit had the same rule last round
    expect(statusOf(r2.report, D)).toEqual(['document-missing:recurring']);
    expect(r2.report.comparison).toMatchObject({ rounds: [{ id: 'r-2024-06-30' }], counts: { new: 1, recurring: 2, resolved: 1 }, rulesetVersionsDiffer: false });
    // a resolved finding costs nothing
    expect(r2.report.cases.find((c) => c.folder === B)!.score).toBe(100);
    expect(r2.report.previousFocus).toEqual(['document-missing']);

    // Round 3, given the earlier rounds in reverse order: C is fixed at last.
    const r3 = await audit(
      {
        [C]: variant(14, '执法二中队', '射阳县顺达运输有限公司'),
        [D]: variant(15, '执法一中队', '射阳县新洋船舶有限公司', ['调查终结报告']),
      },
      'r-2025-06-30',
      [r2.file, r1.file],
    );
    expect(statusOf(r3.report, C)).toEqual(['document-missing:resolved']);
    const d = r3.report.cases.find((c) => c.folder === D)!.findings[0];
    expect(d).toMatchObject({ status: 'recurring', since: 'r-2024-06-30' });
    const history = r3.report.history!.find((h) => h.rule === 'document-missing' && h.unit === '执法二中队')!;
    expect(history.perRound.map((p) => p.findings)).toEqual([1, 1, 0]);
    expect(history.trend).toBe('gone');
    expect(r3.report.comparison!.rounds.map((r) => r.id)).toEqual(['r-2024-06-30', 'r-2024-12-31']);
  });

  it('refuses to compare with a round audited under another ruleset', async () => {
    const r1 = await audit({ A: variant(12, '执法一中队', '射阳县华兴化工有限公司') }, 'r-2024-06-30');
    const other = { ...r1.report, ruleset: { id: 'market-supervision', version: '1' } };
    const file = path.join(r1.dir, 'other.json');
    await writeFile(file, JSON.stringify(other));
    const r = await run(['audit', r1.dir, '--out', path.join(`${r1.dir}.out`, 'o2'), '--previous', file, '--fail-on', 'none']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ruleset "market-supervision"/);
  });

  it('waivers: kept and shown, never counted, never hide a veto, expire, and unused ones are reported', async () => {
    const cases = {
      A: variant(12, '执法一中队', '射阳县华兴化工有限公司', ['调查终结报告']),
      B: variant(13, '执法一中队', '射阳县东方机械有限公司', ['立案审批表']),
    };
    const dir = await makeArchive(cases);
    await writeFile(
      path.join(dir, 'caseaudit-waivers.yaml'),
      [
        'waivers:',
        '  - { case: "（射）应急罚〔2023〕12号", rule: document-missing, key: investigation-report, reason: 报告附于上级卷宗, approver: 法制科 王科长, expires: 2025-12-31 }',
        '  - { case: "（射）应急罚〔2023〕13号", rule: document-missing, key: filing-approval, reason: 试图豁免否决项, approver: 某人 }',
        '  - { case: "（射）应急罚〔2023〕99号", rule: document-missing, key: cover, reason: 无此案, approver: 某人 }',
        '  - { case: "（射）应急罚〔2023〕12号", rule: document-missing, key: cover, reason: 已过期, approver: 某人, expires: 2024-01-01 }',
      ].join('\n'),
    );
    const r = await run(['audit', dir, '--out', path.join(`${dir}.out`, 'out'), '--as-of', '2025-06-30'], { cwd: dir });
    const report: Report = JSON.parse(await readFile(path.join(`${dir}.out`, 'out', 'report.json'), 'utf8'));
    const a = report.cases.find((c) => c.folder === 'A')!;
    expect(a.findings[0].waived).toEqual({ reason: '报告附于上级卷宗', approver: '法制科 王科长' });
    expect(a.score).toBe(100);
    const b = report.cases.find((c) => c.folder === 'B')!;
    expect(b.findings.find((f) => f.data.document === 'filing-approval')?.waived).toBeUndefined();
    expect(b.veto).toBe(true);
    expect(report.waivers!.map((w) => w.state)).toEqual(['used', 'refused-veto', 'unused', 'expired']);
    // the waived error no longer fails the run; the vetoed case's errors still do
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/3 error/);
  });

  it('masks parties in examples', () => {
    expect(maskName('射阳县华兴化工有限公司')).toBe('射阳××有限公司');
    expect(maskName('张三丰')).toBe('张某');
  });
});
