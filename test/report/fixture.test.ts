import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Report } from '../../src/model/report.js';

const raw: unknown = JSON.parse(readFileSync(new URL('../fixtures/report/sample-report.json', import.meta.url), 'utf8'));

/** The hand-built report every writer test uses must itself be a valid, self-consistent Report. */
describe('sample-report.json fixture', () => {
  const report = Report.parse(raw);
  const caseFindings = report.cases.flatMap((c) => c.findings);
  const all = [...caseFindings, ...report.findings];

  it('has one clean excellent case, one passing case with warnings, one vetoed failing case', () => {
    const byGrade = Object.fromEntries(report.cases.map((c) => [c.grade, c]));
    expect(Object.keys(byGrade).sort()).toEqual(['excellent', 'fail', 'pass']);
    expect(byGrade.excellent.findings).toEqual([]);
    expect(byGrade.pass.findings.some((f) => f.severity === 'warning')).toBe(true);
    expect(byGrade.pass.veto).toBe(false);
    expect(byGrade.fail.veto).toBe(true);
    expect(byGrade.fail.vetoReasons.length).toBeGreaterThan(0);
  });

  it('covers the shapes the writers must render', () => {
    expect(new Set(all.map((f) => f.rule)).size).toBeGreaterThanOrEqual(8);
    expect(caseFindings.some((f) => f.page !== undefined)).toBe(true);
    expect(caseFindings.some((f) => f.related?.some((r) => r.sheet && r.row))).toBe(true);
    expect(caseFindings.some((f) => f.status === 'recurring')).toBe(true);
    expect(caseFindings.some((f) => f.status === 'resolved')).toBe(true);
    expect(caseFindings.some((f) => f.waived)).toBe(true);
    expect(caseFindings.some((f) => f.file === undefined)).toBe(true);
    expect(report.findings.some((f) => f.rule.startsWith('register-'))).toBe(true);
    expect(report.findings.some((f) => f.file && !report.cases.some((c) => f.file!.startsWith(c.folder + '/')))).toBe(true);
    const dispositions = new Set(report.files.map((f) => f.disposition));
    expect([...dispositions].sort()).toEqual(['container', 'document', 'register', 'roster', 'skipped', 'unreadable', 'unsupported']);
    expect(report.notes.length).toBeGreaterThan(0);
  });

  it('has a summary consistent with its cases (resolved findings not counted)', () => {
    const open = all.filter((f) => f.status !== 'resolved');
    expect(report.summary.cases).toBe(report.cases.length);
    expect(report.summary.files).toBe(report.files.length);
    expect(report.summary.findings).toBe(open.length);
    for (const sev of ['error', 'warning', 'info']) expect(report.summary.bySeverity[sev]).toBe(open.filter((f) => f.severity === sev).length);
    expect(report.summary.vetoed).toBe(report.cases.filter((c) => c.veto).length);
    const avg = report.cases.reduce((s, c) => s + c.score, 0) / report.cases.length;
    expect(report.summary.averageScore).toBeCloseTo(avg, 2);
  });

  it('accounts for every case document in the file list', () => {
    const listed = new Set(report.files.map((f) => f.file));
    for (const c of report.cases) for (const d of c.documents) expect(listed.has(d.file), d.file).toBe(true);
  });
});
