import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';
import { CLEAN_CASE, makeArchive } from '../helpers/txt-archive.js';

async function initRuleset(root: string): Promise<string> {
  const dir = path.join(`${root}.rs`, 'local-ruleset');
  const r = await run(['init', dir]);
  expect(r.code).toBe(0);
  return dir;
}

describe('a ruleset that extends the built-in one', () => {
  it('init writes a minimal extending ruleset that loads as the built-in one, under its own id', async () => {
    const root = await makeArchive({ case: CLEAN_CASE });
    const dir = await initRuleset(root);
    expect((await readdir(dir)).sort()).toEqual(['deadlines.yaml', 'rubric.yaml', 'rules.yaml', 'ruleset.yaml']);
    expect(await readFile(path.join(dir, 'ruleset.yaml'), 'utf8')).toMatch(/^extends: builtin$/m);
    const local = JSON.parse((await run(['rules', '--json', '--ruleset', dir])).stdout);
    const builtin = JSON.parse((await run(['rules', '--json'])).stdout);
    expect(local.rules).toEqual(builtin.rules);
    expect(local.deadlines).toEqual(builtin.deadlines);
  });

  it('overrides only what it states: a rule severity, a deduction, a deadline — per record, by id', async () => {
    const broken = { ...CLEAN_CASE };
    delete broken['04 案件调查终结报告.txt'];
    const root = await makeArchive({ case: broken });
    const dir = await initRuleset(root);
    await writeFile(path.join(dir, 'rules.yaml'), 'rules:\n  - { id: document-missing, severity: warning }\n');
    await writeFile(path.join(dir, 'rubric.yaml'), 'deductions:\n  - { rule: document-missing, points: 7 }\n');
    // the decision (2023-03-21) came 19 days after filing (2023-03-02): a 10-day local limit is missed
    await writeFile(path.join(dir, 'deadlines.yaml'), 'deadlines:\n  - { id: decision-within-30d, days: 10 }\n');
    const out = path.join(`${root}.out`, 'out');
    const r = await run(['audit', root, '--ruleset', dir, '--out', out, '--as-of', '2026-11-29', '--fail-on', 'none']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8'));
    expect(report.ruleset.id).toBe('local');
    const findings = report.cases[0].findings;
    const missing = findings.find((f: { rule: string }) => f.rule === 'document-missing');
    // severity changed, wording and key kept from the built-in rule; the deduction's category kept too
    expect(missing).toMatchObject({ severity: 'warning', deduction: 7, category: 'evidence', message: expect.stringMatching(/调查终结报告/) });
    expect(findings.find((f: { rule: string; data: { deadline?: string } }) => f.rule === 'deadline-missed' && f.data.deadline === 'decision-within-30d')).toBeDefined();
  });

  it('an unknown extends value, or an invalid merged value, is exit 2 naming file and key', async () => {
    const root = await makeArchive({ case: CLEAN_CASE });
    const dir = await initRuleset(root);
    await writeFile(path.join(dir, 'ruleset.yaml'), 'extends: ../other\nid: local\nversion: "1"\nname: x\n');
    const bad = await run(['rules', '--ruleset', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/ruleset\.yaml at extends: only "builtin" can be extended/);
    await writeFile(path.join(dir, 'ruleset.yaml'), 'extends: builtin\n');
    await writeFile(path.join(dir, 'deadlines.yaml'), 'deadlines:\n  - { id: decision-within-30d, days: -3 }\n');
    const merged = await run(['rules', '--ruleset', dir]);
    expect(merged.code).toBe(2);
    expect(merged.stderr).toMatch(/deadlines\.yaml at deadlines\.0\.days: .*merged over the built-in/);
  });
});

describe('an unknown rule id anywhere in a ruleset is exit 2', () => {
  it.each([
    ['rubric.yaml', 'deductions:\n  - { rule: deadline-mised, category: procedure, points: 10 }\n', /rubric\.yaml at deductions\.\d+\.rule: unknown rule "deadline-mised" \(did you mean "deadline-missed"\?\)/],
    ['rubric.yaml', 'veto:\n  - { rule: officers-fewer-than-tow, reason: x }\n', /rubric\.yaml at veto\.0\.rule: unknown rule "officers-fewer-than-tow"/],
    ['rules.yaml', 'rules:\n  - { id: file-no-txt, enabled: false }\n', /rules\.yaml at rules\.\d+\.id: unknown rule "file-no-txt": caseaudit reports no such rule \(did you mean "file-no-text"\?\)/],
    ['rounds.yaml', 'measures:\n  date-ordr: 规范文书日期\n', /rounds\.yaml at measures\.date-ordr: unknown rule "date-ordr"/],
  ])('%s', async (file, text, message) => {
    const root = await makeArchive({ case: CLEAN_CASE });
    const dir = await initRuleset(root);
    await writeFile(path.join(dir, file), text);
    const r = await run(['audit', root, '--ruleset', dir, '--out', path.join(`${root}.out`, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('also in a full copy (init --full): a rubric deduction with a misspelt rule no longer silently stops deducting', async () => {
    const root = await makeArchive({ case: CLEAN_CASE });
    const dir = path.join(`${root}.rs`, 'full');
    expect((await run(['init', dir, '--full'])).code).toBe(0);
    const rubric = await readFile(path.join(dir, 'rubric.yaml'), 'utf8');
    await writeFile(path.join(dir, 'rubric.yaml'), rubric.replace('{ rule: date-order, category: procedure', '{ rule: date-ordre, category: procedure'));
    const r = await run(['rules', '--ruleset', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown rule "date-ordre" \(did you mean "date-order"\?\)/);
  });
});
