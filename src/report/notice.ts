/**
 * The review notice (评查通报, REFERENCE.md §7) as data: built from a Report, rendered by
 * notice-markdown.ts and notice-docx.ts. Pure: the same report and options give the same notice.
 * Every sentence is generated from the report; nothing here is about particular cases.
 */
import type { RuleCatalogue } from '../ruleset/rules.js';
import type { CaseResult, Finding, Report } from '../model/report.js';
import type { FocusItem } from '../model/rounds.js';
import { compareFindings, compareText, isOpen, orderGrades, rubricCategories, sortCases } from './common.js';
import { gradeBand, gradeLabel } from './labels.js';
import { HAN, maskName } from '../rounds/mask.js';
import { loadOutputsData, type OutputsData } from './outputs-data.js';

export interface NoticeOptions {
  /** the rule catalogue of the ruleset (rule titles and descriptions) */
  rules: RuleCatalogue;
  /**
   * the issuing agency, e.g. 射阳县应急管理局 (落款, and who receives the rectification reports); default:
   * the agency behind the issuer code printed in the case numbers (outputs.yaml `notice.agencies`)
   */
  agency?: string;
  /** the ruleset's outputs.yaml (tool-limit rules, agencies); default: the built-in one */
  outputs?: OutputsData;
  /** default: `关于${period}行政执法案卷评查情况的通报` */
  title?: string;
  /** e.g. 2025年度 / 2025年第四季度; default: from the cases' decision (else filing) dates */
  period?: string;
  /** 整改情况报送日期 YYYY-MM-DD */
  reportBackDate?: string;
  /** the notice's own 文号, e.g. 射应急〔2025〕58号 */
  number?: string;
  /** the standard used; default: the report's ruleset name (else id) and version */
  standard?: string;
  /** how cases were chosen, e.g. 随机抽查（种子 42）; default: 全部报送案卷 */
  sampling?: string;
  /** 主送; default: derived from the units in the report */
  addressee?: string;
  /**
   * whether the rubric is the ruleset's local default (the Report does not carry the rubric's `local`
   * flag); default: the report's `rubric.local` if present, else true (the built-in rubric is local)
   */
  rubricLocal?: boolean;
  lang?: 'zh';
}

export type NoticeBlock =
  | { kind: 'paragraph'; text: string }
  /** level-2 heading: （一）… */
  | { kind: 'heading'; text: string }
  /** `widths` are relative column weights; writers scale them to the text width */
  | { kind: 'table'; header: string[]; rows: string[][]; widths: number[] };

export type NoticeSectionId = 'basics' | 'results' | 'problems' | 'rectification' | 'next' | 'cases' | 'requirements';

export interface NoticeSection {
  id: NoticeSectionId;
  /** level-1 heading: 一、基本情况 */
  heading: string;
  blocks: NoticeBlock[];
}

export interface GradeCount {
  id: string;
  name: string;
  count: number;
  /** percentage with one decimal, e.g. 33.3 */
  share: number;
}

export interface UnitRank {
  rank: number;
  unit: string;
  cases: number;
  average: number;
  /** cases per grade id */
  grades: Record<string, number>;
}

export interface CaseLine {
  caseNumber: string;
  party: string;
  unit: string;
  score: number;
  grade: string;
}

export interface FailedCase extends CaseLine {
  veto: boolean;
  /** veto reasons, else the largest deductions */
  reasons: string[];
}

export interface ProblemRule {
  rule: string;
  title: string;
  findings: number;
  cases: number;
  units: string[];
  /** findings already raised in an earlier round (status recurring) */
  recurring: number;
  prevalent: boolean;
  /** one finding's message with party and officer names masked, without its 依据 tail */
  example: string;
  /** the unit whose case the example comes from (the unit is named, the party is not) */
  exampleUnit?: string;
  /** legal basis texts, or the rule's description when no finding carries one */
  basis: string[];
  basisIsDescription: boolean;
}

export interface ProblemGroup {
  category: string;
  name: string;
  rules: ProblemRule[];
}

export interface RectificationCase {
  caseNumber: string;
  party: string;
  score: number;
  grade: string;
  problems: { rule: string; title: string; count: number; recurring: number; veto: boolean; basis: string[] }[];
}

export interface RectificationUnit {
  unit: string;
  cases: RectificationCase[];
  /** cases of the unit with nothing to rectify */
  clean: number;
}

export interface NoticeFocus {
  rule: string;
  title: string;
  prevalent: boolean;
  recurring: boolean;
  cases: number;
  caseShare: number;
  units: string[];
  measure: string;
}

/** 附件: a page of its own after the 落款, e.g. the per-case table. */
export interface NoticeAnnex {
  /** 附件 or 附件1 */
  label: string;
  title: string;
  blocks: NoticeBlock[];
}

export interface Notice {
  title: string;
  /** after the 落款, each starting on a new page */
  annexes: NoticeAnnex[];
  /** where the 落款's agency came from: --agency, the issuer code on the documents, or a placeholder */
  agencySource: 'option' | 'documents' | 'placeholder';
  number?: string;
  /** 主送, without the trailing colon */
  addressee: string;
  /** the opening paragraph(s) before 一、 */
  preamble: string[];
  /** always the five sections, in order */
  sections: NoticeSection[];
  signature: { agency: string; date: string; dateText: string };
  /** document properties; `date` (ISO) fixes created/modified so builds are reproducible */
  meta: { creator: string; title: string; subject: string; date: string };
  /** the figures the text was written from, for tests and other writers */
  data: {
    period: string;
    cases: number;
    units: { unit: string; cases: number }[];
    scores: { average: number; highest: number; lowest: number } | null;
    grades: GradeCount[];
    vetoed: number;
    ranking: UnitRank[];
    excellent: CaseLine[];
    failed: FailedCase[];
    problems: ProblemGroup[];
    outsideCases: ProblemRule[];
    recurring: number;
    rectification: RectificationUnit[];
    focus: NoticeFocus[];
    /** true when the report had no focus list and the items were derived from the top problems */
    focusDerived: boolean;
  };
  /** things the notice could not say from the report: for the CLI to print, not part of the text */
  notes: string[];
}

const NO_UNIT = '（未识别单位）';
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一 … 九十九 */
export function chineseCount(n: number): string {
  if (n <= 10) return NUMERALS[n - 1] ?? String(n);
  if (n < 20) return `十${NUMERALS[n - 11]}`;
  if (n < 100) return `${NUMERALS[Math.floor(n / 10) - 1]}十${n % 10 ? NUMERALS[(n % 10) - 1] : ''}`;
  return String(n);
}

/** 2025-12-01 → 二〇二五年十二月一日 (落款 style). */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const digits = '〇一二三四五六七八九';
  const year = String(y)
    .split('')
    .map((c) => digits[Number(c)])
    .join('');
  return `${year}年${chineseCount(m)}月${chineseCount(d)}日`;
}

/** 2025-12-01 → 2025年12月1日 (body text). */
export function textDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** One decimal, no trailing .0: 87.67 → 87.7, 90 → 90. */
export function formatScore(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** Share as a percentage with one decimal: 1 of 6 → 16.7. */
export function percent(n: number, total: number): number {
  return total === 0 ? 0 : Math.round((n / total) * 1000) / 10;
}

function percentText(p: number): string {
  return `${p.toFixed(1)}%`;
}

/**
 * A sentence as the notice prints it: ISO dates in Arabic-numeral Chinese form (GB/T 9704: 2023年5月15日),
 * Latin words that are not on the allowed list (an English reason a reader gave) dropped with the
 * punctuation they leave dangling, and doubled full stops collapsed.
 */
export function tidyText(text: string, latinWords: readonly string[]): string {
  const allowed = new Set(latinWords.map((w) => w.toLowerCase()));
  return text
    .replace(/(\d{4})-(\d{2})-(\d{2})/gu, (_, y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`)
    .replace(/[（(]?[A-Za-z][A-Za-z'’-]+(?:[\s,.;:?!/]+[A-Za-z0-9][A-Za-z0-9'’-]*)*[?!.]?[）)]?/gu, (m) => {
      const words = m.match(/[A-Za-z]{2,}/gu) ?? [];
      return words.every((w) => allowed.has(w.toLowerCase())) ? m : '';
    })
    .replace(/[：:]\s*(?=[。；，,])/gu, '')
    .replace(/[（(]\s*[）)]/gu, '')
    .replace(/([。；，])[。；，]+/gu, '$1')
    .replace(/\s+([。；，])/gu, '$1');
}

/** The rule's legal basis from the catalogue (rules.yaml `basis`), for the case's regime where given. */
export function ruleBasis(rules: RuleCatalogue, rule: string, regime?: string): string[] {
  const entries = rules.get(rule)?.basis ?? [];
  const fit = entries.filter((b) => !b.regimes || regime === undefined || b.regimes.includes(regime));
  return (fit.length ? fit : entries).map((b) => b.text.trim()).filter(Boolean);
}

/**
 * The agency that issues the notice when --agency is not given: the issuer code most of the case numbers
 * carry (（射）应急罚〔2023〕12号 → 射应急), named by outputs.yaml; else a placeholder to fill in.
 */
export function agencyOf(report: Report, data: OutputsData): { name: string; source: 'documents' | 'placeholder'; issuer?: string } {
  const counts = new Map<string, number>();
  for (const c of report.cases) {
    const issuer = c.caseRef?.issuer?.trim();
    if (issuer) counts.set(issuer, (counts.get(issuer) ?? 0) + 1);
  }
  const issuer = [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0];
  const known = data.notice.agencies.find((a) => a.issuer === issuer);
  if (known) return { name: known.name, source: 'documents', issuer };
  return { name: data.notice.agencyPlaceholder, source: 'placeholder', issuer };
}

// ---------------------------------------------------------------------------------------------------
// Masking (the name rules live in src/rounds/mask.ts, shared with the focus list)

/** Officer names a finding's data may hold (officer rules). */
const PERSON_KEYS = ['names', 'officers', 'officer', 'rosterName'];

/** The names a finding may quote besides the case's party: variants of the party, officers. */
function namesInFinding(f: Finding): string[] {
  const out: string[] = [];
  const str = (k: string) => (typeof f.data[k] === 'string' ? (f.data[k] as string) : undefined);
  if (f.rule === 'party-mismatch') out.push(...[str('found'), str('expected')].filter((x): x is string => !!x));
  if (f.rule === 'register-mismatch' && (str('field') === 'party' || (str('column') ?? '').includes('当事人'))) {
    out.push(...[str('registerValue'), str('documentValue')].filter((x): x is string => !!x));
  }
  for (const k of PERSON_KEYS) {
    const v = str(k);
    if (v) out.push(...v.split(/[、,，;；\s]+/).filter((n) => HAN.test(n) && n.length >= 2 && n.length <= 4 && !n.endsWith('某')));
  }
  return out;
}

/** Replaces every listed name (longest first) by its mask. */
export class Masker {
  private readonly names: string[];
  constructor(names: Iterable<string>) {
    this.names = [...new Set([...names].map((n) => n.trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length || compareText(a, b));
  }
  /**
   * Mask every listed name in `text`. Two different names that would mask alike in one text (李建国,
   * 李建华 → 李某) are told apart as 李某甲, 李某乙 in order of first appearance.
   */
  mask(text: string): string {
    let out = text;
    const used: number[] = [];
    this.names.forEach((n, i) => {
      if (!out.includes(n)) return;
      out = out.split(n).join(`\u0000${i}\u0000`);
      used.push(i);
    });
    if (used.length === 0) return text;
    const order = used.sort((a, b) => out.indexOf(`\u0000${a}\u0000`) - out.indexOf(`\u0000${b}\u0000`));
    const masks = new Map(order.map((i) => [i, maskName(this.names[i])]));
    const stems = [...masks.values()];
    const seen = new Map<string, number>();
    for (const i of order) {
      const m = masks.get(i)!;
      if (stems.filter((x) => x === m).length < 2) continue;
      const k = seen.get(m) ?? 0;
      seen.set(m, k + 1);
      masks.set(i, `${m}${'甲乙丙丁戊己庚辛壬癸'[k] ?? String(k + 1)}`);
    }
    return out.replace(/\u0000(\d+)\u0000/gu, (_, i: string) => masks.get(Number(i))!);
  }
  /** Every party and quoted name of the report's cases. */
  static forReport(report: Report): Masker {
    const names: string[] = [];
    for (const c of report.cases) {
      if (c.party) names.push(c.party);
      for (const f of c.findings) names.push(...namesInFinding(f));
    }
    for (const f of report.findings) names.push(...namesInFinding(f));
    return new Masker(names);
  }
}

// ---------------------------------------------------------------------------------------------------
// Figures

/** Findings the notice counts: still open and not waived. */
function counted(f: Finding): boolean {
  return isOpen(f) && !f.waived;
}

function unitOf(c: CaseResult): string {
  return c.unit?.trim() || NO_UNIT;
}

function caseLabel(c: CaseResult): string {
  return c.caseNumber ?? `案号未识别（${c.folder}）`;
}

function titleOf(rules: RuleCatalogue, rule: string): string {
  return rules.title(rule, 'zh');
}

interface GradeDef {
  id: string;
  name: string;
  min?: number;
}

function gradeDefs(report: Report): GradeDef[] {
  if (report.rubric) return report.rubric.grades.map((g) => ({ id: g.id, name: g.name, min: g.min }));
  const ids = orderGrades([...report.cases.map((c) => gradeBand(c.grade)?.id ?? c.grade), ...Object.keys(report.summary.byGrade)]);
  return ids.map((id) => ({ id, name: report.cases.find((c) => c.grade === id && c.gradeName)?.gradeName ?? gradeLabel(id, 'zh') }));
}

function gradeIdOf(c: CaseResult, defs: GradeDef[]): string {
  return defs.find((g) => g.id === c.grade || g.name === c.grade)?.id ?? gradeBand(c.grade)?.id ?? c.grade;
}

/** The period the cases cover, from decision (else filing) dates: 2024年第二季度 / 2024年度 / 2024年2月至6月. */
export function periodOf(report: Report): string | undefined {
  const dates = report.cases.map((c) => c.decisionDate ?? c.filingDate).filter((d): d is string => !!d).sort(compareText);
  if (dates.length === 0) return undefined;
  const [y1, m1] = dates[0].split('-').map(Number);
  const [y2, m2] = dates[dates.length - 1].split('-').map(Number);
  if (y1 !== y2) return `${y1}年${m1}月至${y2}年${m2}月`;
  const q1 = Math.ceil(m1 / 3);
  if (q1 === Math.ceil(m2 / 3)) return `${y1}年第${chineseCount(q1)}季度`;
  if (m1 === 1 && m2 === 12) return `${y1}年度`;
  return `${y1}年${m1}月至${m2}月`;
}

/** 执法一中队、执法二中队 → 各执法中队 (an ordinal before the unit word is dropped when several share the rest). */
export function addresseeOf(units: string[]): string {
  const stem = (u: string) => u.replace(/^(.*?)第?[一二三四五六七八九十\d]+(中队|大队|分队|小组|科|组|所|站|分局)$/u, '$1$2');
  const groups = new Map<string, string[]>();
  for (const u of units) groups.set(stem(u), [...(groups.get(stem(u)) ?? []), u]);
  const parts: string[] = [];
  for (const [s, us] of groups) {
    if (us.length > 1 && s !== us[0]) parts.push(`各${s}`);
    else parts.push(...us);
  }
  return parts.join('、');
}

function distinct<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

/**
 * A message as an example sentence: without its trailing 依据 (the notice states the basis separately)
 * and without internal document-type ids such as （penalty-notice）.
 */
function withoutBasis(message: string): string {
  return message
    .replace(/[。；;]?\s*依据[：:].*$/su, '')
    .replace(/[（(][a-z0-9]+(?:-[a-z0-9]+)*[）)]/gu, '')
    .replace(/[。；;\s]+$/u, '');
}

function basisOf(f: Finding): string | undefined {
  const b = f.data.basis;
  if (typeof b === 'string' && b.trim()) return b.trim();
  const m = /依据[：:]\s*(.+?)[。\s]*$/su.exec(f.message);
  return m ? m[1] : undefined;
}

interface Hit {
  c: CaseResult | undefined;
  f: Finding;
}

function problemRule(rules: RuleCatalogue, rule: string, hits: Hit[], masker: Masker, prevalent: boolean): ProblemRule {
  const sorted = [...hits].sort((a, b) => compareText(a.c?.folder ?? '', b.c?.folder ?? '') || compareFindings(a.f, b.f));
  // the basis quoted is the example's own; a finding that quotes none takes the rule's (rules.yaml), never its description
  const own = basisOf(sorted[0].f);
  const bases = (own ? [own] : ruleBasis(rules, rule, sorted[0].c?.regime)).map((b) => masker.mask(b.replace(/[。；;\s]+$/u, '')));
  const description = rules.get(rule)?.description.zh ?? '';
  return {
    rule,
    title: titleOf(rules, rule),
    findings: hits.length,
    cases: distinct(hits.filter((h) => h.c).map((h) => h.c!.folder)).length,
    units: distinct(hits.filter((h) => h.c).map((h) => unitOf(h.c!))).sort(compareText),
    recurring: hits.filter((h) => h.f.status === 'recurring').length,
    prevalent,
    example: masker.mask(withoutBasis(sorted[0].f.message)),
    exampleUnit: sorted[0].c ? unitOf(sorted[0].c) : undefined,
    basis: bases.length ? bases.slice(0, 3) : [masker.mask(withoutBasis(description))],
    basisIsDescription: bases.length === 0,
  };
}

/** Rules with the prevalent and recurring first, then by files, findings, deduction, id. */
function compareProblems(a: ProblemRule & { deduction: number }, b: ProblemRule & { deduction: number }): number {
  const key = (p: ProblemRule) => (p.prevalent || p.recurring > 0 ? 0 : 1);
  return key(a) - key(b) || b.cases - a.cases || b.findings - a.findings || b.deduction - a.deduction || compareText(a.rule, b.rule);
}

// ---------------------------------------------------------------------------------------------------

export function buildNotice(report: Report, opts: NoticeOptions): Notice {
  const notes: string[] = [];
  const outputs = opts.outputs ?? loadOutputsData();
  const toolLimit = new Set(outputs.notice.toolLimitRules);
  /** a defect a unit must rectify: counted, and not a limit of the tool (a scan it could not read) */
  const isProblem = (f: Finding) => counted(f) && !toolLimit.has(f.rule);
  const derived = opts.agency?.trim() ? undefined : agencyOf(report, outputs);
  const agency = opts.agency?.trim() || derived!.name;
  if (derived?.source === 'documents') notes.push(`未指定 --agency：发文机关按案卷文号中的机关代字“${derived.issuer}”取为“${agency}”（outputs.yaml），请核对。`);
  if (derived?.source === 'placeholder') {
    notes.push(`未指定 --agency，且案卷文号的机关代字${derived.issuer ? `“${derived.issuer}”` : ''}在 outputs.yaml 中没有对应机关：落款写为“${agency}”，请填写或用 --agency 指定。`);
  }
  const cases = sortCases(report);
  const total = cases.length;
  const masker = Masker.forReport(report);
  const period = opts.period ?? periodOf(report) ?? report.round.id;
  const title = opts.title ?? `关于${period}行政执法案卷评查情况的通报`;
  const sampling = opts.sampling ?? '全部报送案卷';
  const rubricLocal = opts.rubricLocal ?? (report.rubric as { local?: boolean } | undefined)?.local ?? true;
  const standard = opts.standard ?? (report.ruleset.name ? `《${report.ruleset.name}》（${report.ruleset.version}版）` : `“${report.ruleset.id}”评查规则（${report.ruleset.version}版）`);
  const asOf = report.round.asOf;

  // units
  const unitNames = distinct(cases.map(unitOf)).sort(compareText);
  const units = unitNames.map((unit) => ({ unit, cases: cases.filter((c) => unitOf(c) === unit).length }));
  const addressee = opts.addressee ?? addresseeOf(unitNames.filter((u) => u !== NO_UNIT));
  if (!opts.addressee && unitNames.includes(NO_UNIT)) notes.push('部分案卷未识别办案单位，未列入主送单位。');

  // grades and scores
  const defs = gradeDefs(report);
  const gradeOf = new Map(cases.map((c) => [c.folder, gradeIdOf(c, defs)]));
  for (const id of distinct(gradeOf.values())) if (!defs.some((d) => d.id === id)) defs.push({ id, name: gradeLabel(id, 'zh') });
  const gradeName = (id: string) => defs.find((d) => d.id === id)?.name ?? id;
  const grades: GradeCount[] = defs.map((d) => {
    const count = cases.filter((c) => gradeOf.get(c.folder) === d.id).length;
    return { id: d.id, name: d.name, count, share: percent(count, total) };
  });
  const excellentId = report.rubric ? report.rubric.grades[0]?.id : defs.find((d) => gradeBand(d.id)?.id === 'excellent')?.id;
  const failId = report.rubric?.vetoGrade ?? defs.find((d) => gradeBand(d.id)?.id === 'fail')?.id;
  const vetoed = cases.filter((c) => c.veto).length;
  const scores = total
    ? {
        average: cases.reduce((s, c) => s + c.score, 0) / total,
        highest: cases.reduce((m, c) => Math.max(m, c.score), -Infinity),
        lowest: cases.reduce((m, c) => Math.min(m, c.score), Infinity),
      }
    : null;

  const ranked = units
    .map(({ unit, cases: n }) => {
      const own = cases.filter((c) => unitOf(c) === unit);
      const perGrade: Record<string, number> = {};
      for (const d of defs) perGrade[d.id] = own.filter((c) => gradeOf.get(c.folder) === d.id).length;
      return { unit, cases: n, average: own.reduce((s, c) => s + c.score, 0) / n, grades: perGrade };
    })
    .sort((a, b) => b.average - a.average || compareText(a.unit, b.unit));
  const ranking: UnitRank[] = ranked.map((u) => ({ ...u, rank: 1 + ranked.filter((o) => Math.round(o.average * 10) > Math.round(u.average * 10)).length }));

  const line = (c: CaseResult): CaseLine => ({ caseNumber: caseLabel(c), party: c.party ?? '（未识别）', unit: unitOf(c), score: c.score, grade: gradeName(gradeOf.get(c.folder)!) });
  const excellent = cases
    .filter((c) => excellentId !== undefined && gradeOf.get(c.folder) === excellentId)
    .sort((a, b) => b.score - a.score || compareText(a.folder, b.folder))
    .map(line);
  const failed: FailedCase[] = cases
    .filter((c) => (failId !== undefined && gradeOf.get(c.folder) === failId) || c.veto)
    .sort((a, b) => a.score - b.score || compareText(a.folder, b.folder))
    .map((c) => {
      const top = c.findings
        .filter((f) => isProblem(f) && f.deduction > 0)
        .sort((a, b) => b.deduction - a.deduction || compareFindings(a, b))
        .slice(0, 3)
        .map((f) => `${titleOf(opts.rules, f.rule)}（扣${formatScore(f.deduction)}分）`);
      return { ...line(c), veto: c.veto, reasons: c.veto && c.vetoReasons.length ? c.vetoReasons.map((r) => `一票否决：${r}`) : top };
    });

  // problems
  const hitsByRule = new Map<string, Hit[]>();
  for (const c of cases) for (const f of c.findings.filter(isProblem)) hitsByRule.set(f.rule, [...(hitsByRule.get(f.rule) ?? []), { c, f }]);
  const focusByRule = new Map((report.focus ?? []).map((x) => [x.rule, x]));
  const isPrevalent = (rule: string, hits: Hit[]): boolean => {
    if (report.focus) return focusByRule.get(rule)?.prevalent ?? false;
    // no focus list: the built-in defaults of rounds.yaml (≥2 files, and ≥30% of files or ≥50% of units)
    const n = distinct(hits.map((h) => h.c!.folder)).length;
    const u = distinct(hits.map((h) => unitOf(h.c!))).length;
    return n >= 2 && (n / total >= 0.3 || u / Math.max(1, unitNames.length) >= 0.5);
  };
  const rules = [...hitsByRule]
    .map(([rule, hits]) => ({ ...problemRule(opts.rules, rule, hits, masker, isPrevalent(rule, hits)), deduction: hits.reduce((s, h) => s + h.f.deduction, 0) }))
    .sort(compareProblems);
  const categoryOrder = rubricCategories(report);
  const categoryOf = (rule: string) => hitsByRule.get(rule)![0].f.category;
  const groupIds = distinct(rules.map((r) => categoryOf(r.rule)));
  const problems: ProblemGroup[] = groupIds
    .map((category) => ({
      category,
      name: categoryOrder.find((x) => x.category === category)?.name ?? (category ? category : '其他'),
      rules: rules.filter((r) => categoryOf(r.rule) === category).map(({ deduction: _d, ...r }) => r),
    }))
    // groups follow their most prevalent rule; the unscored group always last
    .sort((a, b) => (a.category === '' ? 1 : 0) - (b.category === '' ? 1 : 0));
  const outsideHits = new Map<string, Hit[]>();
  for (const f of report.findings.filter(isProblem)) outsideHits.set(f.rule, [...(outsideHits.get(f.rule) ?? []), { c: undefined, f }]);
  const outsideCases = [...outsideHits].map(([rule, hits]) => problemRule(opts.rules, rule, hits, masker, false)).sort((a, b) => b.findings - a.findings || compareText(a.rule, b.rule));
  const totalFindings = rules.reduce((s, r) => s + r.findings, 0);
  const recurring = rules.reduce((s, r) => s + r.recurring, 0);
  const casesWithProblems = cases.filter((c) => c.findings.some(isProblem)).length;
  const toolLimitFindings = [...cases.flatMap((c) => c.findings), ...report.findings].filter((f) => counted(f) && toolLimit.has(f.rule));
  const needsReview = report.summary.needsReview ?? cases.reduce((s, c) => s + c.needsReview.length, 0);

  // rectification
  const rectification: RectificationUnit[] = unitNames.map((unit) => {
    const own = cases.filter((c) => unitOf(c) === unit);
    const withProblems = own
      .filter((c) => c.findings.some(isProblem))
      .map((c): RectificationCase => {
        const byRule = new Map<string, Finding[]>();
        for (const f of c.findings.filter(isProblem)) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
        const problems = [...byRule]
          .map(([rule, fs]) => ({
            rule,
            title: titleOf(opts.rules, rule),
            count: fs.length,
            recurring: fs.filter((f) => f.status === 'recurring').length,
            veto: fs.some((f) => f.veto),
            basis: (() => {
              const own = distinct(fs.map(basisOf).filter((b): b is string => !!b));
              return (own.length ? own : ruleBasis(opts.rules, rule, c.regime)).map((b) => b.replace(/[。；;\s]+$/u, ''));
            })(),
            deduction: fs.reduce((s, f) => s + f.deduction, 0),
          }))
          .sort((a, b) => Number(b.veto) - Number(a.veto) || b.deduction - a.deduction || b.count - a.count || compareText(a.rule, b.rule))
          .map(({ deduction: _d, ...p }) => p);
        return { caseNumber: caseLabel(c), party: c.party ?? '（未识别）', score: c.score, grade: gradeName(gradeOf.get(c.folder)!), problems };
      });
    return { unit, cases: withProblems, clean: own.length - withProblems.length };
  });

  // focus: only what the rounds rule chose (report.focus); tool limits are not a unit's problem
  const focusDerived = false;
  const focusItems: NoticeFocus[] = (report.focus ?? [])
    .filter((x) => !toolLimit.has(x.rule))
    .map((x: FocusItem) => ({ rule: x.rule, title: x.title || titleOf(opts.rules, x.rule), prevalent: x.prevalent, recurring: x.recurring, cases: x.cases, caseShare: x.caseShare, units: [...x.units].sort(compareText), measure: x.measure }));
  if (!report.focus && rules.length) notes.push('报告未包含评查重点（focus），通报不列下一轮评查重点；请用本版本重新运行 audit 生成报告。');

  // ------------------------------------------------------------------ text
  const tidy = (t: string) => tidyText(t, outputs.notice.latinWords);
  const sections: NoticeSection[] = [];
  const P = (text: string): NoticeBlock => ({ kind: 'paragraph', text: tidy(text) });
  const H = (i: number, text: string): NoticeBlock => ({ kind: 'heading', text: `（${chineseCount(i)}）${text}` });
  const T = (header: string[], rows: string[][], widths: number[]): NoticeBlock => ({ kind: 'table', header, rows: rows.map((r) => r.map(tidy)), widths });
  /** a few case numbers named, more counted: the list is in the annex */
  const namedCases = (cs: CaseResult[]) => (cs.length <= 3 ? `${cs.map(caseLabel).join('、')}案卷` : `${cs.length}件案卷`);

  // 一、基本情况
  {
    const b: NoticeBlock[] = [];
    const filing = cases.map((c) => c.filingDate).filter((d): d is string => !!d).sort(compareText);
    const decision = cases.map((c) => c.decisionDate).filter((d): d is string => !!d).sort(compareText);
    const ranges: string[] = [];
    if (filing.length) ranges.push(`立案日期为${textDate(filing[0])}至${textDate(filing[filing.length - 1])}`);
    if (decision.length) ranges.push(`处罚决定日期为${textDate(decision[0])}至${textDate(decision[decision.length - 1])}`);
    b.push(
      P(
        `根据年度执法工作计划和行政执法案卷评查制度，${agency}组织对${period}办理的行政处罚案卷开展了评查，评查基准日为${textDate(asOf)}。` +
          (ranges.length ? `所评查案卷${ranges.join('，')}。` : ''),
      ),
    );
    b.push(P(`本次评查共评查案卷${total}件、文件${report.summary.files}个，涉及${units.length}个单位，其中${units.map((u) => `${u.unit}${u.cases}件`).join('、')}。案卷选取方式：${sampling}。`));
    const cats = cases[0]?.categories ?? [];
    const bands = [...defs].filter((d) => d.min !== undefined).sort((a, b2) => b2.min! - a.min!);
    const bandText = bands
      .map((d, i) => {
        const upper = i > 0 ? bands[i - 1].min! : undefined;
        if (upper === undefined) return `${d.name}（${formatScore(d.min!)}分及以上）`;
        if (d.min! <= 0) return `${d.name}（不足${formatScore(upper)}分）`;
        return `${d.name}（${formatScore(d.min!)}分及以上、不足${formatScore(upper)}分）`;
      })
      .join('、');
    let std = `评查标准为${standard}${rubricLocal ? '，评分标准及等级划分为本地默认配置' : ''}。`;
    if (cats.length) std += `评分实行百分制，分${cats.map((c) => `${c.name}（${formatScore(c.points)}分）`).join('、')}${chineseCount(cats.length)}个方面逐项扣分，扣完为止。`;
    if (bandText) std += `评查等级分为${bandText}`;
    if (bandText && failId !== undefined) std += `；存在一票否决情形的，直接评定为${gradeName(failId)}。`;
    else if (bandText) std += '。';
    b.push(P(std));
    const earlier = (report.comparison?.rounds ?? []).filter((r) => r.id !== report.round.id);
    if (report.comparison && earlier.length) {
      b.push(P(`本次评查与${earlier.map((r) => r.id).join('、')}的评查结果进行了比对${report.comparison.rulesetVersionsDiffer ? '（以往评查使用的评查规则版本不同，比对结果仅供参考）' : ''}。`));
    }
    sections.push({ id: 'basics', heading: '一、基本情况', blocks: b });
  }

  // 二、评查结果
  {
    const b: NoticeBlock[] = [];
    let i = 0;
    b.push(H(++i, '得分和等级'));
    if (scores) {
      const hi = cases.filter((c) => c.score === scores.highest);
      const lo = cases.filter((c) => c.score === scores.lowest);
      b.push(
        P(
          `本次评查的${total}件案卷平均得分${formatScore(scores.average)}分，最高分${formatScore(scores.highest)}分（${namedCases(hi)}），最低分${formatScore(scores.lowest)}分（${namedCases(lo)}）。` +
            `${grades.map((g) => `评定为${g.name}的${g.count}件，占${percentText(g.share)}`).join('；')}` +
            (vetoed ? `；其中因一票否决评定为${failId !== undefined ? gradeName(failId) : '不合格'}的${vetoed}件` : '') +
            '。各案卷得分见附件1。',
        ),
      );
    } else b.push(P('本次评查未评查案卷。'));
    b.push(H(++i, '各单位得分排名'));
    b.push(
      T(
        ['名次', '办案单位', '案卷数（件）', '平均分', ...defs.map((d) => d.name)],
        ranking.map((u) => [String(u.rank), u.unit, String(u.cases), formatScore(u.average), ...defs.map((d) => String(u.grades[d.id] ?? 0))]),
        [2, 5, 3, 3, ...defs.map(() => 2)],
      ),
    );
    if (excellentId !== undefined && excellent.length) {
      const name = gradeName(excellentId);
      b.push(
        P(
          excellent.length <= 5
            ? `评定为${name}的案卷：${excellent.map((c) => `${c.caseNumber}（${c.unit}，${formatScore(c.score)}分）`).join('、')}。`
            : `评定为${name}的案卷${excellent.length}件，名单见附件1。`,
        ),
      );
    }
    if (failId !== undefined) {
      const failName = gradeName(failId);
      if (failed.length) {
        // the cases are in 附件1; the body says why they failed, grouped
        const why = new Map<string, number>();
        for (const c of failed) for (const r of c.reasons.length ? c.reasons.slice(0, c.veto ? undefined : 1) : ['—']) why.set(r, (why.get(r) ?? 0) + 1);
        b.push(P(`评定为${failName}的案卷${failed.length}件${failed.some((f) => f.veto) ? `（其中一票否决${failed.filter((f) => f.veto).length}件）` : ''}，原因为：${[...why].map(([r, n]) => `${r.replace(/^一票否决：/u, '')}${n}件`).join('；')}。`));
      } else b.push(P(`本次评查无${failName}案卷。`));
    }
    sections.push({ id: 'results', heading: '二、评查结果', blocks: b });
  }

  // 三、存在的主要问题
  {
    const b: NoticeBlock[] = [];
    if (totalFindings === 0 && outsideCases.length === 0) b.push(P('本次评查未发现需要通报的问题。'));
    else {
      let intro = `评查共发现问题${totalFindings}项，涉及案卷${casesWithProblems}件。`;
      if (report.comparison || recurring > 0) intro += recurring > 0 ? `其中${recurring}项问题在以往评查中已经指出，本次评查再次出现。` : '与以往评查比对，未发现重复出现的问题。';
      const prevalentTitles = rules.filter((r) => r.prevalent).map((r) => r.title);
      if (prevalentTitles.length) intro += `${prevalentTitles.map((t) => `“${t}”`).join('、')}问题较为普遍。`;
      // the body names the main problems with an example and its basis; every problem is in 附件2
      const main = rules.filter((r) => r.prevalent);
      const shown = main.length ? main : rules.slice(0, 3);
      intro += `主要问题如下（全部问题的示例及依据见附件2）：`;
      b.push(P(intro));
      shown.forEach((r, k) => b.push(P(`${k + 1}. ${problemText(r, total, unitNames.length)}`)));
      const rest = [...rules.filter((r) => !shown.includes(r)), ...outsideCases];
      if (rest.length) b.push(P(`此外，还发现${rest.map((r) => `${r.title}${r.findings}项`).join('、')}。`));
    }
    // what the tool could not read is for a person to check, not a unit's defect
    const unread: string[] = [];
    if (toolLimitFindings.length) {
      const byRule = new Map<string, number>();
      for (const f of toolLimitFindings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
      unread.push(`${[...byRule].map(([rule, n]) => `${titleOf(opts.rules, rule)}${n}个`).join('、')}`);
    }
    if (needsReview > 0) unread.push(`待人工核查事项${needsReview}项`);
    if (unread.length) b.push(P(`另有${unread.join('，')}，系评查工具未能自动核查的内容，由评查人员人工核对，不计入上述问题，也不作为整改要求。`));
    sections.push({ id: 'problems', heading: '三、存在的主要问题', blocks: b });
  }

  // 四、整改要求
  {
    const b: NoticeBlock[] = [];
    const needing = rectification.filter((u) => u.cases.length);
    if (needing.length) {
      b.push(P('各单位要对照本通报指出的问题，逐卷逐项整改。需整改的案卷和问题见附件1，各单位情况如下：'));
      const lines = needing.map((u) => {
        const n = u.cases.reduce((s, c) => s + c.problems.reduce((t, p) => t + p.count, 0), 0);
        const vetoCases = u.cases.filter((c) => c.problems.some((p) => p.veto)).length;
        const again = u.cases.reduce((s, c) => s + c.problems.reduce((t, p) => t + p.recurring, 0), 0);
        return `${u.unit}需整改案卷${u.cases.length}件、问题${n}项${vetoCases ? `，其中一票否决案卷${vetoCases}件` : ''}${again ? `，重复出现的问题${again}项` : ''}`;
      });
      b.push(P(`${lines.join('；')}。`));
    } else b.push(P('本次评查的案卷未发现需要整改的问题。'));
    if (outsideCases.length) {
      b.push(P(`台账登记及电子文件方面的问题${outsideCases.reduce((s, r) => s + r.findings, 0)}项（${outsideCases.map((r) => `${r.title}${r.findings}项`).join('、')}），相关单位要一并核实整改。`));
    }
    b.push(
      P(
        (opts.reportBackDate ? `请各单位于${textDate(opts.reportBackDate)}前完成整改，并将整改情况书面报送${agency}。` : `请各单位抓紧整改，并将整改情况书面报送${agency}。`) +
          `各单位要举一反三，对本单位办理的同类案卷开展自查自纠，防止同类问题再次发生。`,
      ),
    );
    sections.push({ id: 'rectification', heading: '四、整改要求', blocks: b });
  }

  // 五、下一步工作
  {
    const b: NoticeBlock[] = [];
    if (focusItems.length) {
      b.push(P(`本次评查发现的普遍性问题和重复出现的问题，列为下一轮案卷评查的重点内容：`));
      focusItems.forEach((x, k) => {
        const why: string[] = [];
        if (x.prevalent) why.push('普遍性问题');
        if (x.recurring) why.push('重复出现');
        why.push(`${x.cases}件案卷`);
        b.push(P(`${k + 1}. ${x.title}（${why.join('，')}）。整改措施：${masker.mask(x.measure)}`));
      });
    } else b.push(P('本次评查未发现普遍性问题或重复出现的问题，下一轮评查按评查标准全面评查。'));
    let strict = '已在本次及以往评查中指出、再次出现的问题，将作为重复问题单独通报。';
    const prev = (report.previousFocus ?? []).filter((r) => !toolLimit.has(r));
    if (prev.length) {
      const still = prev.filter((r) => hitsByRule.has(r));
      const gone = prev.filter((r) => !hitsByRule.has(r));
      strict = `上一轮确定的${prev.length}项评查重点中，` + (still.length ? `${still.map((r) => `“${titleOf(opts.rules, r)}”`).join('、')}本次仍有发生` : '本次均未再发现');
      strict += still.length && gone.length ? `，${gone.map((r) => `“${titleOf(opts.rules, r)}”`).join('、')}本次未再发现` : '';
      strict += '。已在本次及以往评查中指出、再次出现的问题，将作为重复问题单独通报。';
    }
    b.push(P(strict));
    sections.push({ id: 'next', heading: '五、下一步工作', blocks: b });
  }

  // 附件: every case with its score, grade and the problems to rectify
  const rectByCase = new Map(rectification.flatMap((u) => u.cases.map((c) => [c.caseNumber, c] as const)));
  const annexRows = unitNames.flatMap((unit) =>
    cases
      .filter((c) => unitOf(c) === unit)
      .map((c) => {
        const r = rectByCase.get(caseLabel(c));
        const items = (r?.problems ?? []).map((p) => {
          const flags = [p.veto ? '一票否决' : '', p.recurring ? '重复出现' : ''].filter(Boolean);
          return `${p.title}${p.count > 1 ? `${p.count}处` : ''}${flags.length ? `（${flags.join('，')}）` : ''}`;
        });
        return [unit, caseLabel(c), c.party ?? '（未识别）', formatScore(c.score), gradeName(gradeOf.get(c.folder)!), items.join('；') || '—'];
      }),
  );
  const problemRows = [
    ...problems.flatMap((g) => g.rules.map((r) => [g.name, r.title, String(r.findings), r.units.join('、'), r.example, r.basis.join('；')])),
    ...outsideCases.map((r) => ['台账登记', r.title, String(r.findings), '—', r.example, r.basis.join('；')]),
  ];
  const annexes: NoticeAnnex[] = [
    {
      label: '附件',
      title: '案卷评查结果及整改清单',
      blocks: [T(['序号', '办案单位', '案号', '当事人', '得分', '等级', '需整改的问题'], annexRows.map((r, k) => [String(k + 1), ...r]), [1.5, 3.5, 7, 7, 1.8, 1.8, 10])],
    },
    ...(problemRows.length
      ? [{ label: '附件', title: '问题示例及依据', blocks: [T(['序号', '类别', '问题', '项数', '涉及单位', '示例', '依据'], problemRows.map((r, k) => [String(k + 1), ...r]), [2, 3, 4, 2, 4, 10, 8])] }]
      : []),
  ];

  // one annex is 附件, not 附件1 (GB/T 9704—2012 7.3.4)
  if (annexes.length === 1) {
    for (const sec of sections) for (const blk of sec.blocks) if (blk.kind !== 'table') blk.text = blk.text.replace(/附件1/gu, '附件');
  }

  if (report.cases.some((c) => c.skipped.length)) {
    notes.push(`有${report.cases.reduce((s, c) => s + c.skipped.length, 0)}项检查未能自动完成（见评查报告），通报中的问题数不含这些事项。`);
  }

  return {
    title,
    number: opts.number,
    addressee,
    preamble: [`现将${period}行政执法案卷评查情况通报如下：`],
    sections,
    annexes,
    agencySource: derived ? derived.source : 'option',
    signature: { agency, date: asOf, dateText: textDate(asOf) },
    meta: { creator: agency, title, subject: `${report.round.id}行政执法案卷评查`, date: asOf },
    data: {
      period,
      cases: total,
      units,
      scores,
      grades,
      vetoed,
      ranking,
      excellent,
      failed,
      problems,
      outsideCases,
      recurring,
      rectification,
      focus: focusItems,
      focusDerived,
    },
    notes,
  };
}

function basisText(r: ProblemRule): string {
  return r.basisIsDescription ? `问题说明：${r.basis.join('；')}。` : `依据：${r.basis.join('；')}。`;
}

function problemText(r: ProblemRule, totalCases: number, totalUnits: number): string {
  const flags: string[] = [];
  if (r.prevalent) flags.push('普遍性问题');
  if (r.recurring) flags.push(`${r.recurring}项以往评查已指出`);
  const units = r.units.length === totalUnits && totalUnits > 1 ? `全部${r.units.length}个单位` : r.units.join('、');
  return (
    `${r.title}：${r.cases}件案卷（占${percentText(percent(r.cases, totalCases))}），涉及${units}，计${r.findings}项` +
    (flags.length ? `，${flags.join('，')}` : '') +
    `。如：${r.exampleUnit ?? '某单位'}一起案件中，${r.example}。${basisText(r)}`
  );
}
