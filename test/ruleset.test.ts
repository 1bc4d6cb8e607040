import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULESET_DIR, loadRuleset, regimeFor, RulesetError } from '../src/ruleset/load.js';

async function copyRuleset(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'caseaudit-ruleset-'));
  await cp(BUILTIN_RULESET_DIR, dir, { recursive: true });
  return dir;
}

async function edit(dir: string, file: string, change: (text: string) => string): Promise<void> {
  const p = path.join(dir, file);
  await writeFile(p, change(await readFile(p, 'utf8')));
}

describe('ruleset loading', () => {
  it('loads the built-in ruleset', async () => {
    const r = await loadRuleset();
    expect(r.meta.id).toBe('work-safety');
    expect(r.documents.map((d) => d.id)).toContain('penalty-decision');
    expect(r.calendar.covers('2019-10-01')).toBe(true);
  });

  it('reports every problem at once, with file and path', async () => {
    const dir = await copyRuleset();
    await edit(dir, 'deadlines.yaml', (t) => t.replace('unit: working', 'unit: fortnights').replace('from: decision\n', 'from: no-such-step\n'));
    await edit(dir, 'rubric.yaml', (t) => t.replace('points: 30 }', 'points: -5 }'));
    await edit(dir, 'thresholds.yaml', (t) => t.replace('organisation: 20000', 'organisation: lots'));
    const error = await loadRuleset(dir).catch((e) => e);
    expect(error).toBeInstanceOf(RulesetError);
    const issues = (error as RulesetError).issues.map((i) => `${i.file} ${i.path}`);
    expect(issues).toEqual(expect.arrayContaining([expect.stringMatching(/^deadlines.yaml deadlines\.\d+\.unit$/), expect.stringMatching(/^rubric.yaml categories\.3\.points$/), 'thresholds.yaml thresholds.hearing.organisation']));
    expect(issues.length).toBeGreaterThanOrEqual(3);
  });

  it('reports broken cross references after the files parse', async () => {
    const dir = await copyRuleset();
    await edit(dir, 'deadlines.yaml', (t) => t.replace('from: decision\n', 'from: no-such-step\n'));
    await edit(dir, 'rubric.yaml', (t) => t.replace('category: law, points: 15 }', 'category: nowhere, points: 15 }'));
    const error = (await loadRuleset(dir).catch((e) => e)) as RulesetError;
    expect(error.issues.map((i) => i.message)).toEqual(expect.arrayContaining(['unknown step "no-such-step"', 'unknown category "nowhere"']));
  });

  it('reports YAML syntax errors and a missing file', async () => {
    const dir = await copyRuleset();
    await edit(dir, 'steps.yaml', (t) => t + '\n  - { first: [broken\n');
    await writeFile(path.join(dir, 'calendar.json'), '{ not json');
    const error = (await loadRuleset(dir).catch((e) => e)) as RulesetError;
    expect(error.issues.map((i) => i.file)).toEqual(expect.arrayContaining(['steps.yaml', 'calendar.json']));
  });

  it('picks the legal regime by date', async () => {
    const r = await loadRuleset();
    expect(regimeFor(r, '2021-07-14')?.id).toBe('apl-2017');
    expect(regimeFor(r, '2021-07-15')?.id).toBe('apl-2021');
    expect(regimeFor(r, '2024-01-01')?.id).toBe('apl-2021-arl-2023');
    expect(regimeFor(r, '2026-02-01')?.encoded).toBe(false);
  });
});
