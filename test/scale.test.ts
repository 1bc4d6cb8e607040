import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/model/report.js';
import { run } from './helpers/cli.js';
import { CLEAN_CASE, makeArchive } from './helpers/txt-archive.js';

/** Issue 11 (3): sizes that only an export of a whole province reaches; no spread call may carry them. */
describe('a register of 150,000 rows', () => {
  it('is cross-checked and written to JSON and Markdown without a stack overflow', async () => {
    const root = await makeArchive({ '（射）应急罚〔2023〕12号 华兴化工': CLEAN_CASE });
    const header = '案号,当事人,办案单位,立案日期,处罚决定日期,罚款金额（元）';
    const rows = Array.from({ length: 150_000 }, (_, i) => `（射）应急罚〔2024〕${i + 1000}号,射阳县某${i}有限公司,执法一中队,2024-03-01,2024-04-01,${10_000 + i}`);
    const register = path.join(root, '..', `${path.basename(root)}-台账.csv`);
    await writeFile(register, [header, ...rows].join('\n'));
    const out = await mkdtemp(path.join(tmpdir(), 'caseaudit-scale-'));
    const formats = ['markdown'].flatMap((f) => ['--format', f]);
    const r = await run(['audit', root, '--register', register, '--out', out, '--fail-on', 'none', '--as-of', '2026-11-29', ...formats]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as Report;
    expect(report.findings.filter((f) => f.rule === 'register-case-missing').length).toBeGreaterThanOrEqual(150_000);
  }, 300_000);
});
