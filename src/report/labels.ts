/**
 * Every heading, column name and fixed word the report writers print, in Chinese and English. Rule titles
 * and messages are not here: they come from the ruleset's rule catalogue (rules.yaml) and the report.
 */
export type Lang = 'zh' | 'en';

type Text = { zh: string; en: string };

export const LABELS = {
  reportTitle: { zh: '案卷评查报告', en: 'Case-file audit report' },
  round: { zh: '评查轮次', en: 'Round' },
  asOf: { zh: '评查基准日', en: 'As of' },
  ruleset: { zh: '规则集', en: 'Ruleset' },
  tool: { zh: '工具', en: 'Tool' },
  generatedAt: { zh: '生成时间', en: 'Generated' },
  inputs: { zh: '评查范围', en: 'Inputs' },

  summary: { zh: '概况', en: 'Summary' },
  item: { zh: '项目', en: 'Item' },
  value: { zh: '数值', en: 'Value' },
  cases: { zh: '案卷数', en: 'Cases' },
  files: { zh: '文件数', en: 'Files' },
  averageScore: { zh: '平均分', en: 'Average score' },
  vetoed: { zh: '一票否决', en: 'Vetoed' },
  findingsTotal: { zh: '问题总数', en: 'Findings' },
  findingsOfSeverity: { zh: '问题（{x}）', en: 'Findings ({x})' },
  gradeCount: { zh: '等级：{x}', en: 'Grade: {x}' },

  caseOverview: { zh: '案卷一览', en: 'Cases' },
  caseDetails: { zh: '案卷详情', en: 'Case details' },
  folder: { zh: '案卷', en: 'Case folder' },
  caseNumber: { zh: '案号', en: 'Case number' },
  party: { zh: '当事人', en: 'Party' },
  unit: { zh: '办案单位', en: 'Unit' },
  type: { zh: '程序', en: 'Procedure' },
  regime: { zh: '适用法规版本', en: 'Legal regime' },
  score: { zh: '得分', en: 'Score' },
  grade: { zh: '等级', en: 'Grade' },
  veto: { zh: '一票否决', en: 'Veto' },
  vetoReasons: { zh: '否决理由', en: 'Veto reasons' },
  findingsCount: { zh: '问题数', en: 'Findings' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  none: { zh: '无', en: 'none' },
  unknown: { zh: '（未识别）', en: '(not identified)' },

  categories: { zh: '分项扣分', en: 'Deductions by category' },
  category: { zh: '类别', en: 'Category' },
  points: { zh: '分值', en: 'Points' },
  deducted: { zh: '扣分', en: 'Deducted' },
  uncapped: { zh: '扣分（封顶前）', en: 'Deducted before cap' },
  categoryDeducted: { zh: '{x}扣分', en: '{x} deducted' },

  findings: { zh: '问题', en: 'Findings' },
  noFindings: { zh: '未发现问题。', en: 'No findings.' },
  index: { zh: '序号', en: 'No.' },
  severity: { zh: '严重程度', en: 'Severity' },
  rule: { zh: '规则', en: 'Rule' },
  ruleTitle: { zh: '规则名称', en: 'Rule title' },
  message: { zh: '问题描述', en: 'Message' },
  location: { zh: '位置', en: 'Location' },
  file: { zh: '文件', en: 'File' },
  page: { zh: '页码', en: 'Page' },
  deduction: { zh: '扣分', en: 'Deduction' },
  status: { zh: '状态', en: 'Status' },
  waived: { zh: '已豁免', en: 'Waived' },
  waiver: { zh: '豁免', en: 'Waiver' },
  vetoItem: { zh: '否决项', en: 'veto item' },
  related: { zh: '相关位置', en: 'related' },

  skipped: { zh: '未能核查的事项', en: 'Checks not performed' },
  needsReview: { zh: '待人工核查（不扣分）', en: 'Needs review by a person (not deducted)' },
  needsReviewTotal: { zh: '待人工核查事项', en: 'Items needing review' },
  sheetReview: { zh: '待人工核查', en: 'Needs review' },
  what: { zh: '核查内容', en: 'What to look at' },
  check: { zh: '检查', en: 'Check' },
  reason: { zh: '原因', en: 'Reason' },

  topLevel: { zh: '案卷之外的问题', en: 'Findings outside any case' },
  topLevelSuite: { zh: '案卷之外', en: 'Outside cases' },
  filesNotRead: { zh: '未作为案卷文书读取的文件', en: 'Files not read as case documents' },
  allFilesRead: { zh: '所有文件均已作为案卷文书读取。', en: 'Every file was read as a case document.' },
  disposition: { zh: '处理方式', en: 'Disposition' },
  size: { zh: '大小（字节）', en: 'Size (bytes)' },
  sha256: { zh: 'SHA-256', en: 'SHA-256' },
  notes: { zh: '说明：未实现的检查与未编码的法规', en: 'Notes: checks not implemented, regimes not encoded' },
  noNotes: { zh: '无。', en: 'None.' },

  sheetScores: { zh: '评分表', en: 'Scores' },
  sheetUnits: { zh: '单位汇总', en: 'Units' },
  sheetFindings: { zh: '问题清单', en: 'Findings' },
  sheetFiles: { zh: '文件清单', en: 'Files' },
} satisfies Record<string, Text>;

export type LabelKey = keyof typeof LABELS;

/** A label in the language; `{x}` is replaced by `x` when given. */
export function label(key: LabelKey, lang: Lang, x?: string): string {
  const text: string = LABELS[key][lang];
  return x === undefined ? text : text.replace('{x}', () => x);
}

export const SEVERITY_LABELS: Record<string, Text> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};

export const STATUS_LABELS: Record<string, Text> = {
  new: { zh: '新发现', en: 'new' },
  recurring: { zh: '重复出现', en: 'recurring' },
  resolved: { zh: '已整改', en: 'resolved' },
};

export const DISPOSITION_LABELS: Record<string, Text> = {
  document: { zh: '案卷文书', en: 'case document' },
  register: { zh: '台账', en: 'register' },
  roster: { zh: '执法人员名册', en: 'officer roster' },
  skipped: { zh: '已忽略', en: 'skipped' },
  unreadable: { zh: '无法读取', en: 'unreadable' },
  unsupported: { zh: '不支持的格式', en: 'unsupported' },
  container: { zh: '压缩包', en: 'archive (container)' },
};

/** Case types of the built-in ruleset; a custom ruleset's ids are shown as they are. */
export const CASE_TYPE_LABELS: Record<string, Text> = {
  general: { zh: '一般程序', en: 'General procedure' },
  simple: { zh: '简易程序', en: 'Simple procedure' },
};

/**
 * Grade bands of the built-in rubric, best first. The report's `grade` may hold the band id or its
 * name in either language; all map to one band. A custom rubric's grades are shown as they are.
 */
export const GRADES: { id: string; zh: string; en: string }[] = [
  { id: 'excellent', zh: '优秀', en: 'Excellent' },
  { id: 'pass', zh: '合格', en: 'Pass' },
  { id: 'fail', zh: '不合格', en: 'Fail' },
];

function from(table: Record<string, Text>, key: string, lang: Lang): string {
  return Object.hasOwn(table, key) ? table[key][lang] : key;
}

export const severityLabel = (s: string, lang: Lang) => from(SEVERITY_LABELS, s, lang);
export const statusLabel = (s: string, lang: Lang) => from(STATUS_LABELS, s, lang);
export const dispositionLabel = (s: string, lang: Lang) => from(DISPOSITION_LABELS, s, lang);
export const caseTypeLabel = (s: string, lang: Lang) => from(CASE_TYPE_LABELS, s, lang);

/** The built-in band a grade string names (by id, zh or en name), if any. */
export function gradeBand(grade: string): (typeof GRADES)[number] | undefined {
  return GRADES.find((g) => g.id === grade || g.zh === grade || g.en === grade);
}

export function gradeLabel(grade: string, lang: Lang): string {
  return gradeBand(grade)?.[lang] ?? grade;
}

/** Page as a reader says it: 第3页 / p.3. */
export function pageLabel(page: number, lang: Lang): string {
  return lang === 'zh' ? `第${page}页` : `p.${page}`;
}

/** Register cell position: 工作表“台账”第12行“罚款金额”列 / sheet "台账" row 12 column "罚款金额". */
export function cellLabel(loc: { sheet?: string; row?: number; column?: string }, lang: Lang): string {
  const parts: string[] = [];
  if (lang === 'zh') {
    if (loc.sheet !== undefined) parts.push(`工作表“${loc.sheet}”`);
    if (loc.row !== undefined) parts.push(`第${loc.row}行`);
    if (loc.column !== undefined) parts.push(`“${loc.column}”列`);
    return parts.join('');
  }
  if (loc.sheet !== undefined) parts.push(`sheet "${loc.sheet}"`);
  if (loc.row !== undefined) parts.push(`row ${loc.row}`);
  if (loc.column !== undefined) parts.push(`column "${loc.column}"`);
  return parts.join(' ');
}

/** `标题：值` / `Title: value` — Chinese text takes full-width punctuation. */
export function colon(lang: Lang): string {
  return lang === 'zh' ? '：' : ': ';
}

/** Separator between items of one cell or line. */
export function listSep(lang: Lang): string {
  return lang === 'zh' ? '；' : '; ';
}

/** `问题（5）` / `Findings (5)`. */
export function withCount(text: string, n: number, lang: Lang): string {
  return lang === 'zh' ? `${text}（${n}）` : `${text} (${n})`;
}

/** `（…）` / ` (…)` around a parenthetical. */
export function paren(text: string, lang: Lang): string {
  return lang === 'zh' ? `（${text}）` : ` (${text})`;
}

/** A plan target's verdict: met, missed, or not measured (its input was not given). */
export function targetVerdict(pass: boolean | null, lang: Lang): string {
  if (pass === null) return lang === 'zh' ? '未测' : 'not measured';
  return pass ? (lang === 'zh' ? '达标' : 'met') : lang === 'zh' ? '未达标' : 'missed';
}
