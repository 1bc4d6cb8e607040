/** The terminal summary of the samples under --lang zh: Chinese throughout, waivers counted, the rest located. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';

const repo = path.resolve(import.meta.dirname, '../..');
/** English prose: two Latin words in a row (file names, ids such as hearing-notice, and numbers are not) */
const ENGLISH = /[A-Za-z]{2,}[ ,;:'()?]+[A-Za-z]{2,}/u;

describe('audit --lang zh on the samples', () => {
  let stdout: string;
  beforeAll(async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'caseaudit-term-'));
    writeFileSync(
      path.join(cwd, 'caseaudit-waivers.yaml'),
      [
        'waivers:',
        '  - case: （射）应急罚〔2023〕16号',
        '    rule: file-duplicate',
        '    key: （射）应急罚〔2023〕16号 射阳县顺达运输有限公司/行政处罚决定书(1).pdf',
        '    reason: 档案室已剔除重复件',
        '    approver: 法制科',
        '',
      ].join('\n'),
    );
    const r = await run(
      ['audit', path.join(repo, 'samples/archive'), '--roster', path.join(repo, 'samples/执法人员名册.xlsx'), '--previous', path.join(repo, 'samples/previous-round/report.json'), '--as-of', '2026-12-02', '--out', path.join(cwd, 'out'), '--format', 'html', '--fail-on', 'none', '--lang', 'zh'],
      { cwd },
    );
    expect(r.code).toBe(0);
    stdout = r.stdout;
  }, 300_000);

  it('has no English prose', () => {
    const lines = stdout.split('\n').filter((l) => ENGLISH.test(l.replace(/\S+\.(pdf|docx?|xlsx?|json|html)\b/gu, '')));
    expect(lines).toEqual([]);
    expect(stdout).toContain('错误 ');
    expect(stdout).not.toMatch(/\d+ (error|warning)\b/u);
  });

  it('names rules by their Chinese title and pages as 第N页', () => {
    expect(stdout).toContain('✖ 执法人员少于二人');
    expect(stdout).toContain('执法人员少于二人（officers-fewer-than-two）');
    expect(stdout).toMatch(/\.pdf 第\d+页/u);
  });

  it('counts waived findings', () => {
    expect(stdout).toMatch(/已豁免 1 项/u);
  });

  it('says where the rest of a case’s findings are', () => {
    expect(stdout).toMatch(/另有\d+项，见 out\/report\.html/u);
  });
});

describe('--lang for inspect, sample and rules', () => {
  it('rules --lang zh is in Chinese, --lang en in English', async () => {
    const zh = (await run(['rules', '--lang', 'zh'])).stdout;
    expect(zh).toContain('规则：');
    expect(zh).toContain('文书类型：');
    const en = (await run(['rules', '--lang', 'en'])).stdout;
    expect(en).toContain('Rules:');
  });

  it('inspect --lang zh labels the fields in Chinese', async () => {
    const r = await run(['inspect', path.join(repo, 'samples/archive/（射）应急罚〔2023〕12号 射阳县华兴化工有限公司', 'x.pdf'), '--lang', 'zh']);
    expect(r.code).toBe(2);
    const file = (await import('node:fs')).readdirSync(path.join(repo, 'samples/archive/（射）应急罚〔2023〕12号 射阳县华兴化工有限公司')).find((f) => f.endsWith('.pdf'))!;
    const zh = await run(['inspect', path.join(repo, 'samples/archive/（射）应急罚〔2023〕12号 射阳县华兴化工有限公司', file), '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('文书 1');
    expect(zh.stdout).toContain('文号');
    expect(zh.stdout).not.toMatch(/\bpage\(s\)|\bconfidence\b/u);
    const en = await run(['inspect', path.join(repo, 'samples/archive/（射）应急罚〔2023〕12号 射阳县华兴化工有限公司', file), '--lang', 'en']);
    expect(en.stdout).toContain('document 1');
  });

  it('sample --lang zh summarises in Chinese', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'caseaudit-sample-')), '抽查名单.json');
    const r = await run(['sample', path.join(repo, 'samples/archive/案件台账.xlsx'), '--per-unit', '2', '--seed', 's', '--out', out, '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(ENGLISH.test(r.stdout.replace(/\S+\.(json|xlsx)\b/gu, ''))).toBe(false);
  });
});
