import type { ChalkInstance } from 'chalk';
import type { Finding, Report } from '../model/report.js';
import { neutralise } from './neutralise.js';
import type { RuleCatalogue } from '../ruleset/rules.js';
import { loadOutputsData, zhReason, type OutputsData } from './outputs-data.js';
import { pageLabel } from './labels.js';

export interface TerminalOptions {
  lang: 'zh' | 'en';
  chalk: ChalkInstance;
  /** errors only */
  quiet?: boolean;
  /** findings shown per case (the worst first) */
  perCase?: number;
  /** where the written files went, to say so at the end */
  written?: string[];
  /** rule titles: under zh the terminal names rules by their Chinese title, not their id */
  rules?: RuleCatalogue;
  /** outputs.yaml (Chinese wording of English reasons); default: the built-in one */
  outputs?: OutputsData;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The worst first: veto items, then errors, then the largest deductions. */
function worst(a: PrintedFinding, b: PrintedFinding): number {
  return Number(b.veto) - Number(a.veto) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.deduction - a.deduction;
}

type PrintedFinding = Pick<Finding, 'rule' | 'message' | 'file' | 'page' | 'status' | 'waived' | 'severity' | 'veto' | 'deduction'>;
type PrintedCase = Pick<Report['cases'][number], 'folder' | 'caseNumber' | 'unit' | 'type' | 'score' | 'grade' | 'gradeName' | 'veto' | 'needsReview'> & { findings: PrintedFinding[]; notChecked: number };

/**
 * The part of the report the summary prints: only that is neutralised (a copy of the whole report,
 * documents and file list included, cost more than the rest of the summary on a large archive).
 */
function printed(r: Report): Omit<Report, 'cases' | 'findings' | 'files'> & { cases: PrintedCase[]; findings: PrintedFinding[]; files: [] } {
  const finding = (f: Finding): PrintedFinding => ({ rule: f.rule, message: f.message, file: f.file, page: f.page, status: f.status, waived: f.waived, severity: f.severity, veto: f.veto, deduction: f.deduction });
  return {
    ...r,
    cases: r.cases.map((k) => ({ folder: k.folder, caseNumber: k.caseNumber, unit: k.unit, type: k.type, score: k.score, grade: k.grade, gradeName: k.gradeName, veto: k.veto, needsReview: k.needsReview, findings: k.findings.map(finding), notChecked: k.skipped.length })),
    findings: r.findings.map(finding),
    files: [],
  };
}

/** The terminal summary: one line per case with its worst problems, then totals and where the report is. */
export function writeTerminal(input: Report, o: TerminalOptions): string {
  const report = neutralise(printed(input), 'terminal');
  o = { ...o, written: neutralise(o.written, 'terminal') };
  const c = o.chalk;
  const zh = o.lang === 'zh';
  const out: string[] = [];
  const perCase = o.perCase ?? 3;
  const outputs = o.outputs ?? loadOutputsData();
  /** under zh: the rule's Chinese title, English reasons in Chinese, pages as 第N页 */
  const ruleName = (rule: string) => (zh && o.rules ? o.rules.title(rule, 'zh') : rule);
  const say = (text: string) => (zh ? zhReason(text, outputs) : text);
  const page = (n: number) => (zh ? ` ${pageLabel(n, 'zh')}` : ` p.${n}`);
  // "另有N项" says where the rest are: the first written report a person reads, else report.json
  const fullReport = (o.written ?? []).find((w) => /\.(html|md|xlsx)$/u.test(w)) ?? (o.written ?? []).find((w) => w.endsWith('report.json')) ?? 'report.json';
  // With earlier rounds, last round's focus items come first: they are what this round checks hardest.
  if (report.previousFocus?.length && !o.quiet) {
    out.push(c.bold(zh ? '上轮评查重点（本轮情况）' : "Last round's focus items (this round)"));
    for (const rule of report.previousFocus) {
      const hits = report.cases.flatMap((k) => k.findings.filter((f) => f.rule === rule && f.status !== 'resolved' && !f.waived));
      const resolved = report.cases.flatMap((k) => k.findings.filter((f) => f.rule === rule && f.status === 'resolved')).length;
      const line = zh ? `${hits.length} 项（再次出现 ${hits.filter((f) => f.status === 'recurring').length}，已整改 ${resolved}）` : `${hits.length} (recurring ${hits.filter((f) => f.status === 'recurring').length}, resolved ${resolved})`;
      out.push(`  ${hits.length ? c.red('●') : c.green('●')} ${zh ? `${ruleName(rule)}：` : rule.padEnd(28)} ${line}`);
    }
    out.push('');
  }
  const gradeColour = (caseVeto: boolean, score: number) => (caseVeto ? c.red : score >= 90 ? c.green : score >= 70 ? c.yellow : c.red);
  const sev = (f: PrintedFinding) => (f.severity === 'error' ? c.red('✖') : f.severity === 'warning' ? c.yellow('⚠') : c.blue('ℹ'));
  for (const k of report.cases) {
    const shown = k.findings.filter((f) => !f.waived && (!o.quiet || f.severity === 'error')).sort(worst);
    if (o.quiet && shown.length === 0) continue;
    const head = `${gradeColour(k.veto, k.score)(`${String(k.score).padStart(5)} ${k.gradeName ?? k.grade}`)}${k.veto ? c.red(zh ? ' 否决' : ' veto') : ''}  ${c.bold(k.folder)}`;
    const meta = c.dim(`  ${[k.caseNumber, k.unit, k.type === 'simple' ? (zh ? '简易程序' : 'simple') : zh ? '一般程序' : 'general'].filter(Boolean).join(' · ')}  ${k.findings.length} ${zh ? '项问题' : 'finding(s)'}`);
    out.push(head + meta);
    for (const f of shown.slice(0, perCase)) {
      const where = f.file ? c.dim(`  ${f.file}${f.page ? page(f.page) : ''}`) : '';
      const status = f.status === 'recurring' ? c.magenta(zh ? ' [再次出现]' : ' [recurring]') : '';
      out.push(`    ${sev(f)} ${c.dim(zh && o.rules ? `${ruleName(f.rule)}（${f.rule}）` : f.rule)} ${say(f.message)}${status}${where}`);
    }
    if (shown.length > perCase) out.push(c.dim(`    … ${zh ? `另有${shown.length - perCase}项，见 ${fullReport}` : `${shown.length - perCase} more in ${fullReport}`}`));
    // What the tool could not read: for a person, never deducted; shown apart from the findings.
    if (k.needsReview.length > 0 && !o.quiet) {
      for (const r of k.needsReview.slice(0, perCase)) {
        const where = r.file ? c.dim(`  ${r.file}${r.page ? page(r.page) : ''}`) : '';
        out.push(`    ${c.cyan('?')} ${c.dim(zh ? '待人工核查' : 'needs review')} ${say(r.what)}${c.dim(` — ${say(r.reason)}`)}${where}`);
      }
      if (k.needsReview.length > perCase) out.push(c.dim(`    … ${zh ? `另有${k.needsReview.length - perCase}项待人工核查，见 ${fullReport}` : `${k.needsReview.length - perCase} more to review in ${fullReport}`}`));
    }
    const waived = k.findings.filter((f) => f.waived).length;
    if (waived > 0 && !o.quiet) out.push(c.dim(`    ${zh ? `已豁免 ${waived} 项（不计分）` : `waived: ${waived} (not counted)`}`));
    if (k.notChecked > 0 && !o.quiet) out.push(c.dim(`    ${zh ? `未能核查 ${k.notChecked} 项，见 ${fullReport}` : `not checked: ${k.notChecked}, see ${fullReport}`}`));
  }
  const top = report.findings.filter((f) => !o.quiet || f.severity === 'error');
  if (top.length > 0) {
    out.push('', c.bold(zh ? '案卷之外的问题' : 'Findings outside cases'));
    for (const f of top) out.push(`    ${sev(f)} ${c.dim(zh && o.rules ? `${ruleName(f.rule)}（${f.rule}）` : f.rule)} ${say(f.message)}${f.file ? c.dim(`  ${f.file}`) : ''}`);
  }
  const s = report.summary;
  const gradeName = (id: string) => {
    const band = report.rubric?.grades.find((g) => g.id === id);
    return band ? (zh ? band.name : band.en) : id;
  };
  const grades = Object.entries(s.byGrade).map(([g, n]) => `${gradeName(g)} ${n}`).join(' · ');
  out.push('');
  out.push(
    c.bold(zh ? `案卷 ${s.cases} 件 · 平均 ${s.averageScore ?? '—'} 分 · ${grades} · 否决 ${s.vetoed}` : `${s.cases} case(s) · average ${s.averageScore ?? '—'} · ${grades} · vetoed ${s.vetoed}`),
  );
  out.push(
    (zh ? `问题 ${s.findings} 项：` : `${s.findings} finding(s): `) +
      (zh ? `${c.red(`错误 ${s.bySeverity.error ?? 0}`)} · ${c.yellow(`警告 ${s.bySeverity.warning ?? 0}`)}` : `${c.red(`${s.bySeverity.error ?? 0} error`)} · ${c.yellow(`${s.bySeverity.warning ?? 0} warning`)}`) +
      ` · ${zh ? `文件 ${s.files} 个` : `${s.files} file(s)`}`,
  );
  // waived findings are not counted above: say how many there are, and where the waivers came from
  const waivedAll = [...report.cases.flatMap((k) => k.findings), ...report.findings].filter((f) => f.waived).length;
  if (waivedAll > 0) out.push(zh ? `已豁免 ${waivedAll} 项（经批准接受的问题，不计入问题数、不扣分）` : `${waivedAll} finding(s) waived (accepted; not counted or deducted)`);
  if (s.needsReview > 0) {
    out.push(c.cyan(zh ? `待人工核查 ${s.needsReview} 项（工具未能读取或把握不足，不扣分、不否决）` : `${s.needsReview} item(s) need review by a person (not read, or read with low confidence; never deducted, never a veto)`));
  }
  if (report.comparison) {
    const k = report.comparison.counts;
    const rounds = report.comparison.rounds.map((r) => r.id).join(', ');
    out.push(zh ? `与往轮（${rounds}）对比：新增 ${k.new} · ${c.magenta(`再次出现 ${k.recurring}`)} · ${c.green(`已整改 ${k.resolved}`)}` : `Against earlier rounds (${rounds}): new ${k.new} · ${c.magenta(`recurring ${k.recurring}`)} · ${c.green(`resolved ${k.resolved}`)}`);
  }
  if (report.focus?.length) {
    out.push(zh ? `下一轮评查重点：${report.focus.map((f) => `${f.title}（${f.cases}件）`).join('、')}` : `Focus for the next round: ${report.focus.map((f) => `${f.title} (${f.cases})`).join(', ')}`);
  }
  const waiverState: Record<string, string> = { unused: '未使用', expired: '已过期', used: '已使用', 'refused-veto': '未生效（豁免不能用于一票否决项）' };
  for (const w of report.waivers?.filter((x) => x.state !== 'used') ?? []) {
    const which = w.waiver.fingerprint ?? `${w.waiver.case} ${w.waiver.rule ? ruleName(w.waiver.rule) : ''} ${w.waiver.key ?? ''}`.trim();
    out.push(c.yellow(zh ? `! 豁免${waiverState[w.state] ?? w.state}：${which}（${w.waiver.reason}）` : `! waiver ${w.state}: ${which} (${w.waiver.reason})`));
  }
  for (const note of report.notes) out.push(c.yellow(`! ${say(note)}`));
  for (const w of o.written ?? []) out.push(c.dim(`${zh ? '报告' : 'report'}: ${w}`));
  return out.join('\n') + '\n';
}
