import * as XLSX from 'xlsx';
import type { Report } from '../model/report.js';
import {
  compareText,
  formatNumber,
  openCount,
  relatedLocations,
  rubricCategories,
  ruleTitle,
  sortCases,
  sortFiles,
  sortFindings,
  type WriterOptions,
} from './common.js';
import {
  caseTypeLabel,
  dispositionLabel,
  GRADES,
  gradeBand,
  gradeLabel,
  label,
  type Lang,
  listSep,
  paren,
  severityLabel,
  statusLabel,
  targetVerdict,
} from './labels.js';
import { freezeHeaderRows, sheet, type Cell } from './sheet-style.js';
import { neutralise } from './neutralise.js';

/** A grade's key for counting: the built-in band id when it names one, else the grade as written. */
const gradeKey = (g: string) => gradeBand(g)?.id ?? g;

function yesNo(b: boolean, lang: Lang): string {
  return label(b ? 'yes' : 'no', lang);
}

/**
 * The score workbook legal staff work from: 评分表 (one row per case with deductions per rubric
 * category), 单位汇总 (per unit), 问题清单 (every finding), 文件清单 (every input file), 目标 (the
 * enforcement plan's targets, when measured).
 */
export function writeXlsx(input: Report, opts: WriterOptions): Uint8Array {
  const report = neutralise(input, 'xml');
  const { lang } = opts;
  const cases = sortCases(report);
  const categories = rubricCategories(report);
  const categoryName = new Map(categories.map((c) => [c.category, c.name]));
  const wb = XLSX.utils.book_new();

  // 评分表
  XLSX.utils.book_append_sheet(
    wb,
    sheet(
      [
        label('index', lang),
        label('folder', lang),
        label('caseNumber', lang),
        label('party', lang),
        label('unit', lang),
        label('type', lang),
        label('score', lang),
        label('grade', lang),
        label('veto', lang),
        ...categories.map((c) => label('categoryDeducted', lang, c.name || c.category)),
        label('findingsCount', lang),
        label('vetoReasons', lang),
      ],
      cases.map((c, i) => {
        const deducted = new Map(c.categories.map((cat) => [cat.category, cat.deducted]));
        return [
          i + 1,
          c.folder,
          c.caseNumber ?? null,
          c.party ?? null,
          c.unit ?? null,
          caseTypeLabel(c.type, lang),
          c.score,
          gradeLabel(c.grade, lang),
          yesNo(c.veto, lang),
          ...categories.map((cat) => deducted.get(cat.category) ?? null),
          openCount(c.findings),
          c.vetoReasons.join(listSep(lang)) || null,
        ];
      }),
    ),
    label('sheetScores', lang),
  );

  // 单位汇总
  const gradeKeys = [...GRADES.map((g) => g.id), ...[...new Set(cases.map((c) => gradeKey(c.grade)))].filter((g) => !GRADES.some((b) => b.id === g)).sort(compareText)];
  const unknownUnit = label('unknown', lang);
  const units = new Map<string, typeof cases>();
  for (const c of cases) {
    const u = c.unit || unknownUnit;
    units.set(u, [...(units.get(u) ?? []), c]);
  }
  const unitNames = [...units.keys()].sort((a, b) => Number(a === unknownUnit) - Number(b === unknownUnit) || compareText(a, b));
  XLSX.utils.book_append_sheet(
    wb,
    sheet(
      [label('unit', lang), label('cases', lang), label('averageScore', lang), ...gradeKeys.map((g) => gradeLabel(g, lang)), label('vetoed', lang), label('findingsCount', lang)],
      unitNames.map((u) => {
        const list = units.get(u)!;
        const avg = list.reduce((s, c) => s + c.score, 0) / list.length;
        return [
          u,
          list.length,
          Number(formatNumber(avg)),
          ...gradeKeys.map((g) => list.filter((c) => gradeKey(c.grade) === g).length),
          list.filter((c) => c.veto).length,
          list.reduce((s, c) => s + openCount(c.findings), 0),
        ];
      }),
    ),
    label('sheetUnits', lang),
  );

  // 问题清单
  const findingRows: Cell[][] = [];
  const all = [
    ...cases.flatMap((c) => sortFindings(c.findings).map((f) => ({ f, c }))),
    ...sortFindings(report.findings).map((f) => ({ f, c: undefined })),
  ];
  all.forEach(({ f, c }, i) => {
    findingRows.push([
      i + 1,
      c?.folder ?? null,
      c?.caseNumber ?? null,
      f.rule,
      ruleTitle(opts.rules, f.rule, lang),
      severityLabel(f.severity, lang),
      f.message,
      f.file ?? null,
      f.page ?? null,
      f.deduction,
      f.category ? (categoryName.get(f.category) ?? f.category) : null,
      yesNo(f.veto, lang),
      f.status ? statusLabel(f.status, lang) : null,
      f.waived ? `${f.waived.reason}${paren(f.waived.approver, lang)}` : null,
      relatedLocations(f, lang).join(listSep(lang)) || null,
    ]);
  });
  XLSX.utils.book_append_sheet(
    wb,
    sheet(
      [
        label('index', lang),
        label('folder', lang),
        label('caseNumber', lang),
        label('rule', lang),
        label('ruleTitle', lang),
        label('severity', lang),
        label('message', lang),
        label('file', lang),
        label('page', lang),
        label('deduction', lang),
        label('category', lang),
        label('vetoItem', lang),
        label('status', lang),
        label('waiver', lang),
        label('related', lang),
      ],
      findingRows,
    ),
    label('sheetFindings', lang),
  );

  // 待人工核查: what the tool could not read, apart from the findings (never deducted)
  const reviewRows: Cell[][] = cases.flatMap((c) => c.needsReview.map((r) => [c.folder, c.caseNumber ?? null, r.what, r.reason, r.rule ?? null, r.file ?? null, r.page ?? null]));
  XLSX.utils.book_append_sheet(
    wb,
    sheet([label('folder', lang), label('caseNumber', lang), label('what', lang), label('reason', lang), label('rule', lang), label('file', lang), label('page', lang)], reviewRows),
    label('sheetReview', lang),
  );

  // 文件清单
  XLSX.utils.book_append_sheet(
    wb,
    sheet(
      [label('file', lang), label('size', lang), label('disposition', lang), label('reason', lang), label('folder', lang), label('sha256', lang)],
      sortFiles(report.files).map((f) => [f.file, f.size, dispositionLabel(f.disposition, lang), f.reason ?? null, f.case ?? null, f.sha256 ?? null]),
    ),
    label('sheetFiles', lang),
  );

  // 目标: the enforcement plan's targets, overall and per unit
  if (report.targets?.length) {
    const zh = lang === 'zh';
    const rows: (string | number | null)[][] = [];
    for (const t of report.targets) {
      rows.push([t.name, zh ? '全局' : 'overall', t.target, t.display, targetVerdict(t.pass, lang), t.note ?? null]);
      for (const u of t.perUnit) rows.push([t.name, u.unit, t.target, u.display, targetVerdict(u.pass, lang), null]);
    }
    XLSX.utils.book_append_sheet(
      wb,
      sheet(zh ? ['目标', '范围', '目标值', '实际', '结论', '说明'] : ['Target', 'Scope', 'Target value', 'Measured', 'Verdict', 'Note'], rows),
      zh ? '目标' : 'Targets',
    );
  }

  const written = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array;
  return freezeHeaderRows(written);
}
