import { describe, expect, it } from 'vitest';
import type { CaseResult, Finding } from '../src/model/report.js';
import type { RegisterRow } from '../src/read/register.js';
import { loadRuleset } from '../src/ruleset/load.js';
import { measureTargets } from '../src/targets/index.js';

const r = await loadRuleset();

const finding = (rule: string, data: Record<string, unknown>, severity: 'error' | 'warning' = 'error') => ({ rule, severity, data, message: '', messageId: '', deduction: 0, category: '', veto: false, fingerprint: rule }) as Finding;
const kase = (folder: string, findings: Finding[], closed = true) =>
  ({ folder, unit: '执法一中队', documents: closed ? [{ type: 'closing-approval', file: 'x.pdf', fields: { officers: [] } }] : [], findings }) as unknown as CaseResult;
const row = (n: number, extra: Partial<RegisterRow>): RegisterRow => ({ sheet: '台账', row: n, cells: {}, unit: '执法一中队', ...extra });
const target = (id: string, cases: CaseResult[], register?: RegisterRow[]) => measureTargets({ cases, register, targets: r.targets, lang: 'zh' }).find((t) => t.id === id)!;

describe('targets as the plan means them', () => {
  it('法定期限内结案率 counts the case-handling limit only, not a late service or payment', () => {
    const cases = [kase('a', [finding('deadline-missed', { deadline: 'service-within-7wd' })]), kase('b', [finding('deadline-missed', { deadline: 'decision-within-30d' })]), kase('c', [])];
    expect(target('closed-within-limit', cases).display).toBe('66.7% (2/3)');
  });
  it('差错率 counts substantive defects; archive formalities are counted apart, and both are defined', () => {
    const cases = [kase('a', [finding('document-missing', { document: 'cover' }), finding('document-number-form', { document: 'penalty-decision' })]), kase('b', [finding('document-missing', { document: 'penalty-notice' })]), kase('c', [])];
    const error = target('error-rate', cases);
    expect(error.display).toBe('33.3% (1/3)');
    expect(error.note).toMatch(/不含立卷归档形式问题/);
    const formal = target('formality-rate', cases);
    expect(formal.display).toBe('33.3% (1/3)');
    expect(formal.pass).toBeNull();
  });
  it('零撤销零败诉 is not broken by "驳回…撤销…诉讼请求"', () => {
    const register = [row(2, { outcome: '行政诉讼：判决驳回原告要求撤销被诉行政处罚决定的诉讼请求' }), row(3, { outcome: '复议维持' })];
    expect(target('adverse-outcomes', [], register).display).toBe('0');
    const lost = [...register, row(4, { outcome: '判决撤销被诉处罚决定，驳回原告其他诉讼请求' })];
    expect(target('adverse-outcomes', [], lost).display).toBe('1');
  });
  it('事前立案率 is over filed cases only; cases of unknown source are shown, not dropped', () => {
    const register = [row(2, { proactive: true }), row(3, { proactive: true }), row(4, { proactive: false }), row(5, {}), row(6, { procedure: 'simple', proactive: true })];
    const t = target('proactive-share', [], register);
    expect(t.display).toBe('50.0% (2/4)，其中来源不明1件');
  });
});
