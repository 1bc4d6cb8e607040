import type { RuleCatalogue } from '../ruleset/rules.js';
import type { CaseResult, FileEntry, Finding, Location, Report } from '../model/report.js';
import { compareFindings, compareText } from '../model/order.js';
import { cellLabel, colon, GRADES, gradeBand, type Lang, label, listSep, pageLabel, paren } from './labels.js';

export type { Lang } from './labels.js';

/** Options every writer takes; a writer may add its own. */
export interface WriterOptions {
  /** language of labels and rule titles (finding messages are in the report's own language) */
  lang: Lang;
  /** the rule catalogue of the ruleset (rule titles and descriptions) */
  rules: RuleCatalogue;
}

export { compareFindings, compareText } from '../model/order.js';

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

export function sortCases(report: Report): CaseResult[] {
  return [...report.cases].sort((a, b) => compareText(a.folder, b.folder));
}

export function sortFiles(files: readonly FileEntry[]): FileEntry[] {
  return [...files].sort((a, b) => compareText(a.file, b.file));
}

/** Files that did not become case documents: the reader must see why. */
export function filesNotRead(report: Report): FileEntry[] {
  return sortFiles(report.files.filter((f) => f.disposition !== 'document'));
}

export function ruleTitle(rules: RuleCatalogue, rule: string, lang: Lang): string {
  return rules.title(rule, lang);
}

/** Scores and points without float noise: 87, 89.33, 2.5. */
export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** One structured location as text: `file 第3页`, `台账.xlsx 工作表“台账”第18行“罚款金额”列`. */
export function formatLocation(loc: Location, lang: Lang): string {
  const parts: string[] = [];
  if (loc.file !== undefined) parts.push(loc.file);
  if (loc.page !== undefined) parts.push(pageLabel(loc.page, lang));
  const cell = cellLabel(loc, lang);
  if (cell) parts.push(cell);
  return parts.join(' ');
}

/** A finding's primary location; empty when it has neither file nor page (about the case as a whole). */
export function findingLocation(f: Finding, lang: Lang): string {
  return formatLocation({ file: f.file, page: f.page }, lang);
}

/** Related locations as `note: location` strings. */
export function relatedLocations(f: Finding, lang: Lang): string[] {
  return (f.related ?? []).map((r) => {
    const where = formatLocation(r, lang);
    return r.note ? `${r.note}${colon(lang)}${where}` : where;
  });
}

/** Primary and related locations in one line, for cells and failure texts. */
export function fullLocation(f: Finding, lang: Lang): string {
  const main = findingLocation(f, lang);
  const related = relatedLocations(f, lang);
  if (related.length === 0) return main;
  const rel = `${label('related', lang)}${colon(lang)}${related.join(listSep(lang))}`;
  return main ? `${main}${paren(rel, lang)}` : rel;
}

/** Findings that are still there: a `resolved` finding is kept in the report only to show it was fixed. */
export function isOpen(f: Finding): boolean {
  return f.status !== 'resolved';
}

export function openCount(findings: readonly Finding[]): number {
  return findings.filter(isOpen).length;
}

/** Grades in band order (built-in bands first, best to worst), then any others by text. */
export function orderGrades(grades: Iterable<string>): string[] {
  const rank = (g: string) => {
    const band = gradeBand(g);
    return band ? GRADES.indexOf(band) : GRADES.length;
  };
  return [...new Set(grades)].sort((a, b) => rank(a) - rank(b) || compareText(a, b));
}

/** CSS-class-safe key of a grade for colouring: excellent | pass | fail | other. */
export function gradeClass(grade: string): string {
  return gradeBand(grade)?.id ?? 'other';
}

/** Severities in the order a reader wants them, then any others the report has. */
export function orderSeverities(severities: Iterable<string>): string[] {
  const known = ['error', 'warning', 'info'];
  const rest = [...new Set(severities)].filter((s) => !known.includes(s)).sort(compareText);
  return [...known, ...rest];
}

/**
 * Rubric categories across all cases, in the order they first appear (the rubric's order), with the
 * name the report gives each.
 */
export function rubricCategories(report: Report): { category: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const c of sortCases(report)) for (const cat of c.categories) if (!seen.has(cat.category)) seen.set(cat.category, cat.name);
  return [...seen].map(([category, name]) => ({ category, name }));
}

/** Strip characters XML 1.0 forbids (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
export function stripInvalidXmlChars(s: string): string {
  return s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/** Escape for XML/HTML text and attribute values (after stripping forbidden characters). */
export function escapeXml(s: string): string {
  return stripInvalidXmlChars(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Attribute value: also keep tabs and line breaks, which attribute normalisation would turn into spaces. */
export function escapeXmlAttr(s: string): string {
  return escapeXml(s).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
