import type { RuleCatalogue } from '../ruleset/rules.js';
import type { Finding, Report } from '../model/report.js';
import {
  compareText,
  escapeXml,
  escapeXmlAttr,
  formatNumber,
  fullLocation,
  isOpen,
  ruleTitle,
  sortCases,
  sortFindings,
  type WriterOptions,
} from './common.js';
import { colon, gradeLabel, label, type Lang, withCount } from './labels.js';
import { neutralise } from './neutralise.js';

/** Rules that can fire outside a case: file health of loose files and the register comparison. */
const TOP_LEVEL_FAMILIES = new Set(['files', 'register']);

interface TestCase {
  name: string;
  findings: Finding[];
}

interface Suite {
  name: string;
  cases: TestCase[];
  properties: [string, string][];
  systemOut?: string;
}

/**
 * One testcase per rule: the catalogue's rules, then any rule id the findings carry that the catalogue
 * does not know (so no finding is ever dropped), in catalogue order then by id.
 */
function testCases(ruleIds: string[], findings: Finding[]): TestCase[] {
  const extra = [...new Set(findings.map((f) => f.rule))].filter((r) => !ruleIds.includes(r)).sort(compareText);
  return [...ruleIds, ...extra].map((name) => ({ name, findings: sortFindings(findings.filter((f) => f.rule === name)) }));
}

/** Which findings fail the run, as `audit --fail-on` says: the widget and the job's exit code agree. */
export type FailOn = 'veto' | 'error' | 'warning' | 'none';

export interface JunitOptions extends WriterOptions {
  /** default `error`, as the CLI's --fail-on */
  failOn?: FailOn;
}

export function failsRun(f: Finding, failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  if (failOn === 'veto') return f.veto;
  if (failOn === 'warning') return f.severity === 'error' || f.severity === 'warning';
  return f.severity === 'error';
}

/**
 * A rule's outcome: failed when an open, unwaived finding remains that fails the run (--fail-on);
 * skipped when every finding it has is waived (accepted by someone with authority: neither passed nor
 * failed); passed otherwise, including findings below the --fail-on level (listed in the testcase's
 * system-out) and resolved ones from an earlier round.
 */
function outcome(tc: TestCase, failOn: FailOn): 'failure' | 'skipped' | 'passed' {
  const open = tc.findings.filter(isOpen);
  if (open.some((f) => !f.waived && failsRun(f, failOn))) return 'failure';
  if (open.length > 0 && open.every((f) => f.waived)) return 'skipped';
  return 'passed';
}

function findingLine(f: Finding, lang: Lang): string {
  const where = fullLocation(f, lang);
  const tags = [f.severity, f.deduction ? `-${formatNumber(f.deduction)}` : '', f.veto ? label('vetoItem', lang) : '', f.status ?? '']
    .filter(Boolean)
    .join(', ');
  return `- ${f.message}${where ? ` [${where}]` : ''} (${tags})`;
}

function renderSuite(s: Suite, lang: Lang, rules: RuleCatalogue, failOn: FailOn): string[] {
  const outcomes = s.cases.map((tc) => outcome(tc, failOn));
  const failures = outcomes.filter((o) => o === 'failure').length;
  const skipped = outcomes.filter((o) => o === 'skipped').length;
  const out = [
    `  <testsuite name="${escapeXmlAttr(s.name)}" tests="${s.cases.length}" failures="${failures}" errors="0" skipped="${skipped}">`,
  ];
  if (s.properties.length) {
    out.push('    <properties>');
    for (const [name, value] of s.properties) out.push(`      <property name="${escapeXmlAttr(name)}" value="${escapeXmlAttr(value)}"/>`);
    out.push('    </properties>');
  }
  s.cases.forEach((tc, i) => {
    const open = tc.findings.filter(isOpen);
    const head = `    <testcase classname="${escapeXmlAttr(s.name)}" name="${escapeXmlAttr(tc.name)}"`;
    const below = open.filter((f) => !f.waived && !failsRun(f, failOn));
    if (outcomes[i] === 'failure') {
      const failing = open.filter((f) => !f.waived);
      const message = `${ruleTitle(rules, tc.name, lang)}${colon(lang)}${withCount(label('findings', lang), failing.length, lang)}`;
      const text = failing.map((f) => findingLine(f, lang)).join('\n');
      out.push(`${head}>`, `      <failure message="${escapeXmlAttr(message)}" type="${escapeXmlAttr(tc.name)}">${escapeXml(text)}</failure>`, '    </testcase>');
    } else if (outcomes[i] === 'skipped') {
      const message = open.map((f) => `${label('waived', lang)}${colon(lang)}${f.waived?.reason ?? ''} (${f.waived?.approver ?? ''})`).join('; ');
      out.push(`${head}>`, `      <skipped message="${escapeXmlAttr(message)}"/>`, '    </testcase>');
    } else if (below.length) {
      // below the --fail-on level: shown, not failed
      out.push(`${head}>`, `      <system-out>${escapeXml(below.map((f) => findingLine(f, lang)).join('\n'))}</system-out>`, '    </testcase>');
    } else out.push(`${head}/>`);
  });
  if (s.systemOut) out.push(`    <system-out>${escapeXml(s.systemOut)}</system-out>`);
  out.push('  </testsuite>');
  return out;
}

/**
 * JUnit XML for CI dashboards: a suite per case (named by its folder) with a testcase per rule, and a
 * suite for findings outside any case. No timings: the report has none, and output must be deterministic.
 */
export function writeJunit(input: Report, opts: JunitOptions): string {
  const report = neutralise(input, 'xml');
  const { lang } = opts;
  const failOn = opts.failOn ?? 'error';
  const allRules = opts.rules.list.map((r) => r.id);
  const suites: Suite[] = sortCases(report).map((c) => {
    const properties: [string, string][] = [];
    if (c.caseNumber) properties.push(['caseNumber', c.caseNumber]);
    if (c.unit) properties.push(['unit', c.unit]);
    properties.push(['type', c.type], ['score', formatNumber(c.score)], ['grade', gradeLabel(c.grade, lang)], ['veto', String(c.veto)]);
    if (c.vetoReasons.length) properties.push(['vetoReasons', c.vetoReasons.join('; ')]);
    const skipped = [
      ...c.needsReview.map((r) => `${label('needsReview', lang)}${colon(lang)}${r.what} — ${r.reason}${r.file ? ` (${r.file}${r.page ? ` p.${r.page}` : ''})` : ''}`),
      ...c.skipped.map((s) => `${label('skipped', lang)}${colon(lang)}${s.check}: ${s.reason}`),
    ].join('\n');
    return { name: c.folder, cases: testCases(allRules, c.findings), properties, systemOut: skipped || undefined };
  });
  const topRules = opts.rules.list.filter((r) => TOP_LEVEL_FAMILIES.has(r.family)).map((r) => r.id);
  suites.push({ name: label('topLevelSuite', lang), cases: testCases(topRules, report.findings), properties: [] });

  const rendered = suites.map((s) => renderSuite(s, lang, opts.rules, failOn));
  const totals = suites.reduce(
    (t, s) => {
      const o = s.cases.map((tc) => outcome(tc, failOn));
      return { tests: t.tests + o.length, failures: t.failures + o.filter((x) => x === 'failure').length, skipped: t.skipped + o.filter((x) => x === 'skipped').length };
    },
    { tests: 0, failures: 0, skipped: 0 },
  );
  const name = `${report.tool.name} ${report.round.id}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXmlAttr(name)}" tests="${totals.tests}" failures="${totals.failures}" errors="0" skipped="${totals.skipped}">`,
    ...rendered.flat(),
    '</testsuites>',
    '',
  ].join('\n');
}
