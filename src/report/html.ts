import type { RuleCatalogue } from '../ruleset/rules.js';
import type { CaseResult, Finding, Report } from '../model/report.js';
import {
  escapeXml,
  filesNotRead,
  formatNumber,
  gradeClass,
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
import { dashboard, fileLink, filterBar, FILTER_SCRIPT } from './html-dashboard.js';

/** HTML options: where the audited files are, relative to the report file, so findings link to them. */
export interface HtmlOptions extends WriterOptions {
  /** path from the report's folder to the folder the report's file paths are relative to */
  linkBase?: string;
}

/** Escape text for HTML content and attribute values. */
const h = escapeXml;

const CSS = `
body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; margin: 2em auto; max-width: 1200px; padding: 0 1em; color: #1f2328; line-height: 1.5; }
h1 { font-size: 1.6em; border-bottom: 2px solid #d0d7de; padding-bottom: .3em; }
h2 { font-size: 1.3em; margin-top: 2em; border-bottom: 1px solid #d0d7de; padding-bottom: .2em; }
h3 { font-size: 1.1em; margin-top: 1.6em; }
h4 { font-size: 1em; margin: 1em 0 .4em; }
table { border-collapse: collapse; margin: .5em 0 1em; width: 100%; }
th, td { border: 1px solid #d0d7de; padding: .3em .6em; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.num, th.num { text-align: right; white-space: nowrap; }
code { font-family: ui-monospace, Consolas, monospace; font-size: .9em; background: #f6f8fa; padding: 0 .2em; word-break: break-all; }
ul.meta { list-style: none; padding: 0; }
.grade { display: inline-block; padding: 0 .5em; border-radius: .3em; font-weight: bold; }
.grade-excellent { background: #dafbe1; color: #116329; }
.grade-pass { background: #ddf4ff; color: #0550ae; }
.grade-fail { background: #ffebe9; color: #a40e26; }
.grade-other { background: #eaeef2; color: #24292f; }
.sev { font-weight: bold; white-space: nowrap; }
.sev-error { color: #cf222e; }
.sev-warning { color: #9a6700; }
.sev-info { color: #0969da; }
.veto { color: #a40e26; font-weight: bold; }
tr.waived td { color: #6e7781; }
tr.waived .message { text-decoration: line-through; }
tr.resolved td { color: #6e7781; }
.status-recurring { color: #8250df; font-weight: bold; }
.status-resolved { color: #1a7f37; }
.waiver { display: block; color: #57606a; font-size: .9em; }
.related { display: block; color: #57606a; font-size: .9em; }
table.summary { width: auto; min-width: 22em; }
table.summary th { font-weight: normal; }
table.summary td, table.summary th { padding: .15em .6em; }
.two { display: flex; flex-wrap: wrap; gap: 1em 2em; align-items: flex-start; }
.two > * { flex: 1 1 320px; min-width: 0; }
figure { margin: .5em 0; max-width: 100%; }
figcaption { color: #57606a; font-size: .9em; }
svg.chart { max-width: 100%; height: auto; font-size: 12px; }
svg.chart text { fill: #1f2328; }
svg.chart .axis { stroke: #8c959f; }
.bar rect { fill: #8c959f; }
.tone-good rect { fill: #2da44e; } .tone-ok rect { fill: #54aeff; } .tone-bad rect { fill: #cf222e; }
.tone-new rect { fill: #bf8700; } .tone-recurring rect { fill: #8250df; } .tone-resolved rect { fill: #2da44e; }
table.matrix td.heat-1 { background: #fff1e5; } table.matrix td.heat-2 { background: #ffd8b5; }
table.matrix td.heat-3 { background: #ffb77c; } table.matrix td.heat-4 { background: #fb8f44; }
.nowrap, .grade, .sev, .veto, .status-recurring, .status-resolved { white-space: nowrap; }
td, th { overflow-wrap: anywhere; }
a.file { text-decoration: none; } a.file:hover code { text-decoration: underline; }
form.filters { position: sticky; top: 0; background: #fff; padding: .5em 0; border-bottom: 1px solid #d0d7de; z-index: 1; }
form.filters label { margin-right: 1em; white-space: nowrap; }
form.filters select { max-width: 16em; }
p.note { color: #57606a; }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  form.filters { display: none; }
  section.case, figure, tr { break-inside: avoid; }
  h2 { break-after: avoid; }
  a { color: inherit; }
  table { font-size: 9pt; }
  th, td { padding: .15em .35em; }
}
`.trim();

function dash(s: string | undefined): string {
  return s === undefined || s === '' ? '—' : h(s);
}

function grade(g: string, lang: Lang): string {
  return `<span class="grade grade-${gradeClass(g)}">${h(gradeLabel(g, lang))}</span>`;
}

/** CSS class of a severity; anything unexpected gets no colour rather than a class built from data. */
function sevClass(s: string): string {
  return ['error', 'warning', 'info'].includes(s) ? `sev sev-${s}` : 'sev';
}

function tableHtml(head: { text: string; num?: boolean }[], rows: string[], cls?: string): string[] {
  return [
    `<table${cls ? ` class="${cls}"` : ''}>`,
    `<thead><tr>${head.map((c) => `<th${c.num ? ' class="num"' : ''}>${h(c.text)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
  ];
}

function findingRow(f: Finding, i: number, lang: Lang, rules: RuleCatalogue, linkBase?: string): string {
  const classes = [f.waived ? 'waived' : '', f.status === 'resolved' ? 'resolved' : ''].filter(Boolean).join(' ');
  const where = f.file !== undefined ? fileLink(f.file, f.page, lang, linkBase) : f.page !== undefined ? h(pageLabel(f.page, lang)) : '';
  const related = relatedLocations(f, lang);
  const location =
    (where || (related.length ? '' : '—')) +
    (related.length ? `<span class="related">${h(label('related', lang) + colon(lang) + related.join(listSep(lang)))}</span>` : '');
  const status =
    (f.status ? `<span class="status-${h(f.status)}">${h(statusLabel(f.status, lang))}</span>` : '') +
    (f.waived
      ? `<span class="waiver"><strong>${h(label('waived', lang))}</strong>${h(colon(lang) + f.waived.reason + paren(f.waived.approver, lang))}</span>`
      : '');
  const cells = [
    `<td class="num">${i + 1}</td>`,
    `<td><span class="${sevClass(f.severity)}">${h(severityLabel(f.severity, lang))}</span></td>`,
    `<td>${h(ruleTitle(rules, f.rule, lang))}<br><code>${h(f.rule)}</code></td>`,
    `<td class="message">${h(f.message)}</td>`,
    `<td>${location}</td>`,
    `<td class="num">${h(formatNumber(f.deduction))}${f.veto ? ` <span class="veto">${h(label('vetoItem', lang))}</span>` : ''}</td>`,
    `<td>${status || '—'}</td>`,
  ];
  return `<tr${classes ? ` class="${classes}"` : ''} data-rule="${h(f.rule)}" data-severity="${h(f.severity)}">${cells.join('')}</tr>`;
}

function findingsTable(findings: Finding[], lang: Lang, rules: RuleCatalogue, linkBase?: string): string[] {
  if (findings.length === 0) return [`<p>${h(label('noFindings', lang))}</p>`];
  return tableHtml(
    [
      { text: label('index', lang), num: true },
      { text: label('severity', lang) },
      { text: label('rule', lang) },
      { text: label('message', lang) },
      { text: label('location', lang) },
      { text: label('deduction', lang), num: true },
      { text: label('status', lang) },
    ],
    sortFindings(findings).map((f, i) => findingRow(f, i, lang, rules, linkBase)),
    'findings',
  );
}

function caseSection(c: CaseResult, index: number, lang: Lang, rules: RuleCatalogue, linkBase?: string): string[] {
  const out: string[] = [`<section class="case" id="case-${index + 1}" data-unit="${h(c.unit?.trim() || (lang === 'zh' ? '（未识别单位）' : '(unit not identified)'))}">`, `<h3>${h(c.folder)}</h3>`, '<ul class="meta">'];
  const item = (k: string, v: string) => out.push(`<li>${h(k + colon(lang))}${v}</li>`);
  item(label('caseNumber', lang), dash(c.caseNumber));
  item(label('party', lang), dash(c.party));
  item(label('unit', lang), dash(c.unit));
  item(label('type', lang), h(caseTypeLabel(c.type, lang)));
  if (c.regime) item(label('regime', lang), h(c.regime));
  item(label('score', lang), h(formatNumber(c.score)));
  item(label('grade', lang), grade(c.grade, lang));
  if (c.veto) {
    const reasons = c.vetoReasons.length ? c.vetoReasons.join(listSep(lang)) : label('yes', lang);
    out.push(`<li class="veto">${h(label('veto', lang) + colon(lang) + reasons)}</li>`);
  }
  out.push('</ul>');
  if (c.categories.length) {
    out.push(`<h4>${h(label('categories', lang))}</h4>`);
    out.push(
      ...tableHtml(
        [{ text: label('category', lang) }, { text: label('points', lang), num: true }, { text: label('deducted', lang), num: true }],
        c.categories.map(
          (cat) =>
            `<tr><td>${h(cat.name || cat.category)}</td><td class="num">${h(formatNumber(cat.points))}</td><td class="num">${h(
              formatNumber(cat.deducted) + (cat.uncapped > cat.deducted ? paren(`${label('uncapped', lang)} ${formatNumber(cat.uncapped)}`, lang) : ''),
            )}</td></tr>`,
        ),
      ),
    );
  }
  out.push(`<h4>${h(withCount(label('findings', lang), openCount(c.findings), lang))}</h4>`);
  for (const line of findingsTable(c.findings, lang, rules, linkBase)) out.push(line);
  if (c.needsReview.length) {
    out.push(
      `<h4 class="review">${h(withCount(label('needsReview', lang), c.needsReview.length, lang))}</h4>`,
      ...tableHtml(
        [{ text: label('what', lang) }, { text: label('reason', lang) }, { text: label('location', lang) }],
        c.needsReview.map((r) => `<tr><td>${h(r.what)}</td><td>${h(r.reason)}</td><td>${r.file ? fileLink(r.file, r.page, lang, linkBase) : '—'}</td></tr>`),
      ),
    );
  }
  if (c.skipped.length) {
    out.push(`<h4>${h(label('skipped', lang))}</h4>`, '<ul>');
    for (const s of c.skipped) out.push(`<li><code>${h(s.check)}</code>${h(colon(lang) + s.reason)}</li>`);
    out.push('</ul>');
  }
  out.push('</section>');
  return out;
}

/**
 * One self-contained HTML page for supervisors: summary, unit ranking, score distribution, rule × unit
 * counts, trend across rounds, focus and needs-review lists (charts as inline SVG), then every case with
 * its findings linked to file and page, a small inline filter script, and print CSS for A4.
 */
export function writeHtml(input: Report, opts: HtmlOptions): string {
  const report = neutralise(input, 'markup');
  const { lang } = opts;
  const cases = sortCases(report);
  const title = label('reportTitle', lang) + colon(lang) + report.round.id;
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${h(`${report.tool.name} ${report.tool.version}`)}">`,
    `<title>${h(title)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    `<h1>${h(title)}</h1>`,
    '<ul class="meta">',
  ];
  const meta = (k: string, v: string) => out.push(`<li>${h(k + colon(lang))}${v}</li>`);
  meta(label('round', lang), h(report.round.id));
  meta(label('asOf', lang), h(report.round.asOf));
  meta(label('ruleset', lang), `<code>${h(report.ruleset.id)}</code> ${h(report.ruleset.version)}`);
  meta(label('tool', lang), h(`${report.tool.name} ${report.tool.version}`));
  meta(label('generatedAt', lang), h(report.round.generatedAt));
  if (report.round.inputs.length) meta(label('inputs', lang), report.round.inputs.map((i) => `<code>${h(i.path)}</code>`).join(h(listSep(lang))));
  out.push('</ul>');

  const s = report.summary;
  out.push(`<h2>${h(label('summary', lang))}</h2>`);
  const row = (k: string, v: string, cls = '') => `<tr${cls ? ` class="${cls}"` : ''}><th>${k}</th><td class="num">${v}</td></tr>`;
  const summaryRows = [
    row(h(label('cases', lang)), String(s.cases)),
    row(h(label('files', lang)), String(s.files)),
    row(h(label('averageScore', lang)), s.averageScore === null ? '—' : h(formatNumber(s.averageScore))),
    ...orderGrades(Object.keys(s.byGrade)).map((g) => row(h(label('grade', lang) + colon(lang)) + grade(g, lang), String(s.byGrade[g]))),
    row(`<span class="veto">${h(label('vetoed', lang))}</span>`, String(s.vetoed)),
    row(h(label('findingsTotal', lang)), String(s.findings)),
    row(h(label('needsReviewTotal', lang)), String(s.needsReview)),
    ...orderSeverities(Object.keys(s.bySeverity)).map((sev) =>
      row(`<span class="${sevClass(sev)}">${h(label('findingsOfSeverity', lang, severityLabel(sev, lang)))}</span>`, String(s.bySeverity[sev] ?? 0)),
    ),
  ];
  out.push('<table class="summary">', '<tbody>', ...summaryRows, '</tbody>', '</table>');
  out.push(...dashboard(report, opts.rules, lang, opts.linkBase));

  if (report.targets?.length) {
    const zh = lang === 'zh';
    const verdict = (p: boolean | null) => (p === null ? h(targetVerdict(p, lang)) : `<span class="grade grade-${p ? 'excellent' : 'fail'}">${h(targetVerdict(p, lang))}</span>`);
    out.push(`<h2>${h(zh ? '执法工作计划目标' : 'Enforcement plan targets')}</h2>`);
    out.push(
      ...tableHtml(
        (zh ? ['目标', '目标值', '实际', '结论', '各单位'] : ['Target', 'Target value', 'Measured', 'Verdict', 'By unit']).map((text) => ({ text })),
        report.targets.map(
          (t) =>
            `<tr><td>${h(t.name)}</td><td>${h(t.target)}</td><td>${h(t.display)}</td><td>${verdict(t.pass)}${t.note ? `<br>${h(t.note)}` : ''}</td><td>${
              t.perUnit.map((u) => `${h(u.unit)} ${h(u.display)}`).join('<br>') || '—'
            }</td></tr>`,
        ),
      ),
    );
  }
  out.push(`<h2>${h(label('caseOverview', lang))}</h2>`);
  out.push(filterBar(report, opts.rules, lang, (sev) => severityLabel(sev, lang)));
  out.push(
    ...tableHtml(
      [
        { text: label('folder', lang) },
        { text: label('caseNumber', lang) },
        { text: label('unit', lang) },
        { text: label('type', lang) },
        { text: label('score', lang), num: true },
        { text: label('grade', lang) },
        { text: label('veto', lang) },
        { text: label('findingsCount', lang), num: true },
      ],
      cases.map(
        (c, i) =>
          `<tr data-case="case-${i + 1}"><td><a href="#case-${i + 1}">${h(c.folder)}</a></td><td>${dash(c.caseNumber)}</td><td>${dash(c.unit)}</td><td>${h(
            caseTypeLabel(c.type, lang),
          )}</td><td class="num">${h(formatNumber(c.score))}</td><td>${grade(c.grade, lang)}</td><td>${
            c.veto ? `<span class="veto">${h(label('yes', lang))}</span>` : h(label('no', lang))
          }</td><td class="num">${openCount(c.findings)}</td></tr>`,
      ),
      'cases',
    ),
  );

  out.push(`<h2>${h(label('caseDetails', lang))}</h2>`);
  cases.forEach((c, i) => {
    for (const line of caseSection(c, i, lang, opts.rules, opts.linkBase)) out.push(line);
  });

  out.push(`<h2>${h(withCount(label('topLevel', lang), openCount(report.findings), lang))}</h2>`);
  for (const line of findingsTable(report.findings, lang, opts.rules, opts.linkBase)) out.push(line);

  const notRead = filesNotRead(report);
  out.push(`<h2>${h(withCount(label('filesNotRead', lang), notRead.length, lang))}</h2>`);
  if (notRead.length === 0) out.push(`<p>${h(label('allFilesRead', lang))}</p>`);
  else
    out.push(
      ...tableHtml(
        [{ text: label('file', lang) }, { text: label('disposition', lang) }, { text: label('reason', lang) }, { text: label('folder', lang) }],
        notRead.map(
          (f) =>
            `<tr><td><code>${h(f.file)}</code></td><td>${h(dispositionLabel(f.disposition, lang))}</td><td>${dash(f.reason)}</td><td>${
              f.case ? `<code>${h(f.case)}</code>` : '—'
            }</td></tr>`,
        ),
        'files',
      ),
    );

  out.push(`<h2>${h(label('notes', lang))}</h2>`);
  if (report.notes.length === 0) out.push(`<p>${h(label('noNotes', lang))}</p>`);
  else {
    out.push('<ul class="notes">');
    for (const n of report.notes) out.push(`<li>${h(n)}</li>`);
    out.push('</ul>');
  }
  out.push(`<script>\n${FILTER_SCRIPT}\n</script>`);
  out.push('</body>', '</html>', '');
  return out.join('\n');
}
