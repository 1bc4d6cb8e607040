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
import { fileHref } from './html-dashboard.js';
import { loadOutputsData, zhReason, type OutputsData } from './outputs-data.js';

/** XLSX options: where the audited files are, relative to the workbook, for the hyperlinks. */
export interface XlsxOptions extends WriterOptions {
  linkBase?: string;
  outputs?: OutputsData;
}

const SCORE_FORMAT = '0.0';
const SHARE_FORMAT = '0.0%';

/** Give column `col` (0-based) of data rows 2… a number format; cells that are not numbers keep theirs. */
function formatColumn(ws: XLSX.WorkSheet, col: number, rows: number, format: string): void {
  for (let r = 1; r <= rows; r++) {
    const cell = ws[XLSX.utils.encode_cell({ r, c: col })] as XLSX.CellObject | undefined;
    if (cell && cell.t === 'n') cell.z = format;
  }
}

/** Make column `col` of data rows 2… hyperlinks to `targets[row]` (undefined: no link). */
function linkColumn(ws: XLSX.WorkSheet, col: number, targets: (string | undefined)[]): void {
  targets.forEach((target, i) => {
    const cell = ws[XLSX.utils.encode_cell({ r: i + 1, c: col })] as XLSX.CellObject | undefined;
    if (cell && target) cell.l = { Target: target, Tooltip: String(cell.v ?? '') };
  });
}

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
export function writeXlsx(input: Report, opts: XlsxOptions): Uint8Array {
  const report = neutralise(input, 'xml');
  const { lang } = opts;
  const outputs = opts.outputs ?? loadOutputsData();
  /** reasons and messages recorded in English by readers and checks, in Chinese for a Chinese sheet */
  const say = (text: string | undefined) => (text === undefined ? null : lang === 'zh' ? zhReason(text, outputs) : text);
  const cases = sortCases(report);
  const categories = rubricCategories(report);
  const categoryName = new Map(categories.map((c) => [c.category, c.name]));
  const wb = XLSX.utils.book_new();

  // 评分表
  const scoreSheet = sheet(
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
    );
  formatColumn(scoreSheet, 6, cases.length, SCORE_FORMAT);
  categories.forEach((_, k) => formatColumn(scoreSheet, 9 + k, cases.length, SCORE_FORMAT));
  linkColumn(scoreSheet, 1, cases.map((c) => fileHref(c.folder, undefined, opts.linkBase)));
  XLSX.utils.book_append_sheet(wb, scoreSheet, label('sheetScores', lang));

  // 单位汇总
  const gradeKeys = [...GRADES.map((g) => g.id), ...[...new Set(cases.map((c) => gradeKey(c.grade)))].filter((g) => !GRADES.some((b) => b.id === g)).sort(compareText)];
  const unknownUnit = label('unknown', lang);
  const units = new Map<string, typeof cases>();
  for (const c of cases) {
    const u = c.unit || unknownUnit;
    units.set(u, [...(units.get(u) ?? []), c]);
  }
  // ranked by average score, best first (ties share a rank, then by name)
  const average = (u: string) => units.get(u)!.reduce((s, c) => s + c.score, 0) / units.get(u)!.length;
  const unitNames = [...units.keys()].sort((a, b) => average(b) - average(a) || compareText(a, b));
  const rankOf = (u: string) => 1 + unitNames.filter((o) => Number(formatNumber(average(o))) > Number(formatNumber(average(u)))).length;
  const unitSheet = sheet(
    [lang === 'zh' ? '名次' : 'Rank', label('unit', lang), label('cases', lang), label('averageScore', lang), ...gradeKeys.map((g) => gradeLabel(g, lang)), label('vetoed', lang), label('findingsCount', lang)],
    unitNames.map((u) => {
      const list = units.get(u)!;
      return [
        rankOf(u),
        u,
        list.length,
        Number(formatNumber(average(u))),
        ...gradeKeys.map((g) => list.filter((c) => gradeKey(c.grade) === g).length),
        list.filter((c) => c.veto).length,
        list.reduce((s, c) => s + openCount(c.findings), 0),
      ];
    }),
  );
  formatColumn(unitSheet, 3, unitNames.length, SCORE_FORMAT);
  XLSX.utils.book_append_sheet(wb, unitSheet, label('sheetUnits', lang));

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
      say(f.message),
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
  const findingSheet = sheet(
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
    );
  formatColumn(findingSheet, 9, findingRows.length, SCORE_FORMAT);
  linkColumn(findingSheet, 7, all.map(({ f }) => (f.file ? fileHref(f.file, f.page, opts.linkBase) : undefined)));
  XLSX.utils.book_append_sheet(wb, findingSheet, label('sheetFindings', lang));

  // 待人工核查: what the tool could not read, apart from the findings (never deducted)
  const reviews = cases.flatMap((c) => c.needsReview.map((r) => ({ c, r })));
  const reviewRows: Cell[][] = reviews.map(({ c, r }) => [c.folder, c.caseNumber ?? null, say(r.what), say(r.reason), r.rule ?? null, r.file ?? null, r.page ?? null]);
  const reviewSheet = sheet([label('folder', lang), label('caseNumber', lang), label('what', lang), label('reason', lang), label('rule', lang), label('file', lang), label('page', lang)], reviewRows);
  linkColumn(reviewSheet, 5, reviews.map(({ r }) => (r.file ? fileHref(r.file, r.page, opts.linkBase) : undefined)));
  XLSX.utils.book_append_sheet(wb, reviewSheet, label('sheetReview', lang));

  // 文件清单
  const files = sortFiles(report.files);
  const fileSheet = sheet(
    [label('file', lang), label('size', lang), label('disposition', lang), label('reason', lang), label('folder', lang), label('sha256', lang)],
    files.map((f) => [f.file, f.size, dispositionLabel(f.disposition, lang), say(f.reason), f.case ?? null, f.sha256 ?? null]),
  );
  linkColumn(fileSheet, 0, files.map((f) => fileHref(f.file, undefined, opts.linkBase)));
  XLSX.utils.book_append_sheet(wb, fileSheet, label('sheetFiles', lang));

  // 目标: the enforcement plan's targets, overall and per unit
  if (report.targets?.length) {
    const zh = lang === 'zh';
    const rows: (string | number | null)[][] = [];
    const shares: boolean[] = [];
    // the measured value as a number (a share formatted as a percentage), its count apart: 87.5% and 14/16
    const counts = (display: string) => /\(([^)]*)\)/u.exec(display)?.[1] ?? null;
    for (const t of report.targets) {
      const share = t.display.includes('%');
      rows.push([t.name, zh ? '全局' : 'overall', t.target, t.value, counts(t.display), targetVerdict(t.pass, lang), say(t.note)]);
      shares.push(share);
      for (const u of t.perUnit) {
        rows.push([t.name, u.unit, t.target, u.value, counts(u.display), targetVerdict(u.pass, lang), null]);
        shares.push(share);
      }
    }
    const targetSheet = sheet(zh ? ['目标', '范围', '目标值', '实际', '计数', '结论', '说明'] : ['Target', 'Scope', 'Target value', 'Measured', 'Count', 'Verdict', 'Note'], rows);
    shares.forEach((share, i) => {
      const cell = targetSheet[XLSX.utils.encode_cell({ r: i + 1, c: 3 })] as XLSX.CellObject | undefined;
      if (cell && cell.t === 'n') cell.z = share ? SHARE_FORMAT : '0';
    });
    XLSX.utils.book_append_sheet(wb, targetSheet, zh ? '目标' : 'Targets');
  }

  const written = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array;
  return freezeHeaderRows(written);
}
