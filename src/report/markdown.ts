import type { RuleCatalogue } from '../ruleset/rules.js';
import type { CaseResult, Finding, Report } from '../model/report.js';
import {
  filesNotRead,
  formatNumber,
  openCount,
  orderGrades,
  orderSeverities,
  relatedLocations,
  ruleTitle,
  sortCases,
  sortFindings,
  type WriterOptions,
} from './common.js';
import {
  caseTypeLabel,
  colon,
  dispositionLabel,
  gradeLabel,
  label,
  type Lang,
  listSep,
  pageLabel,
  paren,
  severityLabel,
  statusLabel,
  withCount,
  targetVerdict,
} from './labels.js';
import { neutralise } from './neutralise.js';

/**
 * Escape text so Markdown shows it as written: backslash-escape the punctuation that would start
 * emphasis, code, links or HTML, and `|` (which would split a table cell). Line breaks become spaces
 * so a message never breaks a table row or list item.
 */
export function mdText(s: string): string {
  return s.replace(/\r\n|\r|\n/g, ' ').replace(/[\\`*_~[\]<>|]/g, (c) => `\\${c}`);
}

/** A file path as inline code; `|` is still escaped because GFM splits table cells before code spans. */
export function mdCode(s: string): string {
  const text = s.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|');
  const fence = text.includes('`') ? '``' : '`';
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function table(header: string[], rows: string[][], align?: ('l' | 'r')[]): string[] {
  const sep = header.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
  return [`| ${header.join(' | ')} |`, `| ${sep.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function dash(s: string | undefined): string {
  return s === undefined || s === '' ? '—' : mdText(s);
}

function statusCell(f: Finding, lang: Lang): string {
  const parts: string[] = [];
  if (f.status) parts.push(mdText(statusLabel(f.status, lang)));
  if (f.waived) parts.push(`**${label('waived', lang)}**${colon(lang)}${mdText(f.waived.reason)}${mdText(paren(f.waived.approver, lang))}`);
  return parts.join(listSep(lang)) || '—';
}

function locationCell(f: Finding, lang: Lang): string {
  const main = [f.file !== undefined ? mdCode(f.file) : '', f.page !== undefined ? mdText(pageLabel(f.page, lang)) : ''].filter(Boolean).join(' ');
  const parts: string[] = main ? [main] : [];
  const related = relatedLocations(f, lang);
  if (related.length) parts.push(`${mdText(label('related', lang))}${colon(lang)}${related.map(mdText).join(listSep(lang))}`);
  return parts.join('<br>') || '—';
}

/** The findings table of a case or of the top-level list. */
function findingsTable(findings: Finding[], lang: Lang, rules: RuleCatalogue): string[] {
  if (findings.length === 0) return [label('noFindings', lang)];
  const rows = sortFindings(findings).map((f, i) => {
    const title = `${mdText(ruleTitle(rules, f.rule, lang))}<br>${mdCode(f.rule)}`;
    const message = f.waived ? `~~${mdText(f.message)}~~` : mdText(f.message);
    const deduction = formatNumber(f.deduction) + (f.veto ? ` **${label('vetoItem', lang)}**` : '');
    return [String(i + 1), mdText(severityLabel(f.severity, lang)), title, message, locationCell(f, lang), deduction, statusCell(f, lang)];
  });
  return table(
    [label('index', lang), label('severity', lang), label('rule', lang), label('message', lang), label('location', lang), label('deduction', lang), label('status', lang)],
    rows,
    ['r', 'l', 'l', 'l', 'l', 'r', 'l'],
  );
}

function caseSection(c: CaseResult, lang: Lang, rules: RuleCatalogue): string[] {
  const out: string[] = [`### ${mdText(c.folder)}`, ''];
  const meta: [string, string][] = [
    [label('caseNumber', lang), dash(c.caseNumber)],
    [label('party', lang), dash(c.party)],
    [label('unit', lang), dash(c.unit)],
    [label('type', lang), mdText(caseTypeLabel(c.type, lang))],
  ];
  if (c.regime) meta.push([label('regime', lang), mdText(c.regime)]);
  meta.push([label('score', lang), formatNumber(c.score)], [label('grade', lang), `**${mdText(gradeLabel(c.grade, lang))}**`]);
  for (const [k, v] of meta) out.push(`- ${k}${colon(lang)}${v}`);
  if (c.veto) {
    const reasons = c.vetoReasons.length ? c.vetoReasons.map(mdText).join(listSep(lang)) : label('yes', lang);
    out.push(`- **${label('veto', lang)}**${colon(lang)}${reasons}`);
  }
  out.push('');
  if (c.categories.length) {
    out.push(`#### ${label('categories', lang)}`, '');
    out.push(
      ...table(
        [label('category', lang), label('points', lang), label('deducted', lang)],
        c.categories.map((cat) => [
          mdText(cat.name || cat.category),
          formatNumber(cat.points),
          formatNumber(cat.deducted) + (cat.uncapped > cat.deducted ? paren(`${label('uncapped', lang)} ${formatNumber(cat.uncapped)}`, lang) : ''),
        ]),
        ['l', 'r', 'r'],
      ),
      '',
    );
  }
  out.push(`#### ${withCount(label('findings', lang), openCount(c.findings), lang)}`, '');
  for (const line of findingsTable(c.findings, lang, rules)) out.push(line);
  out.push('');
  if (c.needsReview.length) {
    out.push(`#### ${withCount(label('needsReview', lang), c.needsReview.length, lang)}`, '');
    out.push(
      ...table(
        [label('what', lang), label('reason', lang), label('location', lang)],
        c.needsReview.map((r) => [mdText(r.what), mdText(r.reason), r.file ? mdCode(r.file) + (r.page ? ` p.${r.page}` : '') : '—']),
        ['l', 'l', 'l'],
      ),
      '',
    );
  }
  if (c.skipped.length) {
    out.push(`#### ${label('skipped', lang)}`, '');
    for (const s of c.skipped) out.push(`- ${mdCode(s.check)}${colon(lang)}${mdText(s.reason)}`);
    out.push('');
  }
  return out;
}

/** A report a reviewer reads: summary, case table, each case's findings, files not read, notes. */
export function writeMarkdown(input: Report, opts: WriterOptions): string {
  const report = neutralise(input, 'markup');
  const { lang } = opts;
  const cases = sortCases(report);
  const c_ = colon(lang);
  const out: string[] = [`# ${label('reportTitle', lang)}${c_}${mdText(report.round.id)}`, ''];
  out.push(
    `- ${label('round', lang)}${c_}${mdText(report.round.id)}`,
    `- ${label('asOf', lang)}${c_}${mdText(report.round.asOf)}`,
    `- ${label('ruleset', lang)}${c_}${mdCode(report.ruleset.id)} ${mdText(report.ruleset.version)}`,
    `- ${label('tool', lang)}${c_}${mdText(report.tool.name)} ${mdText(report.tool.version)}`,
    `- ${label('generatedAt', lang)}${c_}${mdText(report.round.generatedAt)}`,
  );
  if (report.round.inputs.length) out.push(`- ${label('inputs', lang)}${c_}${report.round.inputs.map((i) => mdCode(i.path)).join(listSep(lang))}`);
  out.push('');

  const s = report.summary;
  out.push(`## ${label('summary', lang)}`, '');
  const summaryRows: string[][] = [
    [label('cases', lang), String(s.cases)],
    [label('files', lang), String(s.files)],
    [label('averageScore', lang), s.averageScore === null ? '—' : formatNumber(s.averageScore)],
    ...orderGrades(Object.keys(s.byGrade)).map((g) => [mdText(label('gradeCount', lang, gradeLabel(g, lang))), String(s.byGrade[g])]),
    [label('vetoed', lang), String(s.vetoed)],
    [label('findingsTotal', lang), String(s.findings)],
    [label('needsReviewTotal', lang), String(s.needsReview)],
    ...orderSeverities(Object.keys(s.bySeverity)).map((sev) => [
      mdText(label('findingsOfSeverity', lang, severityLabel(sev, lang))),
      String(s.bySeverity[sev] ?? 0),
    ]),
  ];
  out.push(...table([label('item', lang), label('value', lang)], summaryRows, ['l', 'r']), '');

  if (report.targets?.length) {
    const zh = lang === 'zh';
    const verdict = (p: boolean | null) => (p === false ? `**${targetVerdict(p, lang)}**` : targetVerdict(p, lang));
    out.push(`## ${zh ? '执法工作计划目标' : 'Enforcement plan targets'}`, '');
    out.push(
      ...table(
        zh ? ['目标', '目标值', '实际', '结论', '各单位'] : ['Target', 'Target value', 'Measured', 'Verdict', 'By unit'],
        report.targets.map((t) => [
          mdText(t.name),
          mdText(t.target),
          mdText(t.display),
          verdict(t.pass) + (t.note ? ` (${mdText(t.note)})` : ''),
          t.perUnit.map((u) => `${mdText(u.unit)} ${mdText(u.display)}`).join('<br>') || '—',
        ]),
        ['l', 'l', 'l', 'l', 'l'],
      ),
      '',
    );
  }

  out.push(`## ${label('caseOverview', lang)}`, '');
  out.push(
    ...table(
      [label('folder', lang), label('caseNumber', lang), label('unit', lang), label('type', lang), label('score', lang), label('grade', lang), label('veto', lang), label('findingsCount', lang)],
      cases.map((c) => [
        mdCode(c.folder),
        dash(c.caseNumber),
        dash(c.unit),
        mdText(caseTypeLabel(c.type, lang)),
        formatNumber(c.score),
        mdText(gradeLabel(c.grade, lang)),
        c.veto ? `**${label('yes', lang)}**` : label('no', lang),
        String(openCount(c.findings)),
      ]),
      ['l', 'l', 'l', 'l', 'r', 'l', 'l', 'r'],
    ),
    '',
  );

  out.push(`## ${label('caseDetails', lang)}`, '');
  for (const c of cases) for (const line of caseSection(c, lang, opts.rules)) out.push(line);

  out.push(`## ${withCount(label('topLevel', lang), openCount(report.findings), lang)}`, '');
  for (const line of findingsTable(report.findings, lang, opts.rules)) out.push(line);
  out.push('');

  const notRead = filesNotRead(report);
  out.push(`## ${withCount(label('filesNotRead', lang), notRead.length, lang)}`, '');
  if (notRead.length === 0) out.push(label('allFilesRead', lang));
  else
    out.push(
      ...table(
        [label('file', lang), label('disposition', lang), label('reason', lang), label('folder', lang)],
        notRead.map((f) => [mdCode(f.file), mdText(dispositionLabel(f.disposition, lang)), dash(f.reason), f.case ? mdCode(f.case) : '—']),
      ),
    );
  out.push('');

  out.push(`## ${label('notes', lang)}`, '');
  if (report.notes.length === 0) out.push(label('noNotes', lang));
  else for (const n of report.notes) out.push(`- ${mdText(n)}`);
  out.push('');
  return out.join('\n');
}
