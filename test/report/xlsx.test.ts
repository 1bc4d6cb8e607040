import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { Report } from '../../src/model/report.js';
import { writeXlsx } from '../../src/report/xlsx.js';
import { rules } from '../helpers/rules.js';

const report = Report.parse(JSON.parse(readFileSync(new URL('../fixtures/report/sample-report.json', import.meta.url), 'utf8')));
const A = '执法一中队/2024-003 射阳县某某化工有限公司';
const B = '执法二中队/2024-017 李某某';
const C = '执法一中队/2024-021 射阳某建筑工程有限公司';

type Row = (string | number | undefined)[];
function rows(wb: XLSX.WorkBook, sheet: string): Row[] {
  return XLSX.utils.sheet_to_json<Row>(wb.Sheets[sheet], { header: 1, defval: undefined, blankrows: false });
}

/** The XML of one sheet part inside the written package. */
function sheetXml(bytes: Uint8Array, n: number): string {
  const cfb = XLSX.CFB.read(bytes, { type: 'buffer' });
  const i = cfb.FullPaths.findIndex((p: string) => p.endsWith(`xl/worksheets/sheet${n}.xml`));
  return Buffer.from(cfb.FileIndex[i].content).toString('utf8');
}

describe('writeXlsx', () => {
  const bytes = writeXlsx(report, { rules, lang: 'zh' });
  const wb = XLSX.read(bytes);

  it('is an xlsx (zip) package with the four sheets in order', () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(wb.SheetNames).toEqual(['评分表', '单位汇总', '问题清单', '待人工核查', '文件清单']);
  });

  it('评分表: one row per case with deductions per rubric category', () => {
    const r = rows(wb, '评分表');
    expect(r[0]).toEqual([
      '序号', '案卷', '案号', '当事人', '办案单位', '程序', '得分', '等级', '一票否决',
      '执法主体扣分', '事实证据扣分', '适用法律扣分', '执法程序扣分', '文书制作扣分', '立卷归档扣分',
      '问题数', '否决理由',
    ]);
    expect(r).toHaveLength(4);
    expect(r.slice(1).map((x) => x[1])).toEqual([A, C, B]);
    expect(r[2]).toEqual([
      2, C, '（射）应急罚〔2024〕21号', '射阳某建筑工程有限公司', '执法一中队', '一般程序', 81, '不合格', '是',
      10, 3, 0, 5, 0, 1, 4, '执法人员不足二人；主要程序环节（立案、告知、决定）无文书',
    ]);
    expect(r[3].slice(6, 9)).toEqual([87, '合格', '否']);
    expect(wb.Sheets['评分表'].G2.t).toBe('n');
  });

  it('单位汇总: units ranked by average score, with cases, counts per grade, vetoed and findings', () => {
    expect(rows(wb, '单位汇总')).toEqual([
      ['名次', '办案单位', '案卷数', '平均分', '优秀', '合格', '不合格', '一票否决', '问题数'],
      [1, '执法一中队', 2, 90.5, 1, 0, 1, 1, 4],
      [2, '执法二中队', 1, 87, 0, 1, 0, 0, 5],
    ]);
  });

  it('问题清单: every finding with case, rule, title, severity, message, file, page, deduction, category, status', () => {
    const r = rows(wb, '问题清单');
    expect(r[0]).toEqual(['序号', '案卷', '案号', '规则', '规则名称', '严重程度', '问题描述', '文件', '页码', '扣分', '类别', '否决项', '状态', '豁免', '相关位置']);
    expect(r).toHaveLength(1 + 12);
    const imprecise = r.find((x) => x[3] === 'legal-basis-imprecise')!;
    expect(imprecise).toEqual([
      9, B, '（射）应急罚〔2024〕17号', 'legal-basis-imprecise', '法律依据引用不具体', '警告',
      '行政处罚决定书引用《安全生产法》未写明条款（“依据《安全生产法》的规定”）。',
      `${B}/05 行政处罚决定书.pdf`, 2, 2, '适用法律', '否', '重复出现',
    ]);
    expect(r.find((x) => x[3] === 'document-number-form')![13]).toBe('2024年本单位统一模板问题，已于第三季度更换模板（王科长）');
    expect(r.find((x) => x[3] === 'legal-basis-outdated')![12]).toBe('已整改');
    const outside = r.find((x) => x[3] === 'register-case-missing')!;
    expect(outside[1]).toBeUndefined();
    expect(outside[14]).toBe('台账/2024年行政处罚台账.xlsx 工作表“台账”第25行“案号”列');
    expect(r.slice(1).map((x) => x[0])).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('文件清单: every file entry', () => {
    const r = rows(wb, '文件清单');
    expect(r[0]).toEqual(['文件', '大小（字节）', '处理方式', '原因', '案卷', 'SHA-256']);
    expect(r).toHaveLength(1 + report.files.length);
    expect(r.find((x) => x[0] === '散件/扫描件 损坏#1.pdf')).toEqual(['散件/扫描件 损坏#1.pdf', 1024, '无法读取', '文件截断（PDF 缺少 xref 表）']);
    expect(r.find((x) => x[0] === `${C}/补充材料.zip`)![2]).toBe('压缩包');
  });

  it('freezes the header row, sets an autofilter over the table and column widths on every sheet', () => {
    for (const [n, name] of wb.SheetNames.entries()) {
      const ws = wb.Sheets[name];
      expect(ws['!autofilter']?.ref).toBe(ws['!ref']);
      const xml = sheetXml(bytes, n + 1);
      expect(xml).toContain('<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
      expect(xml.indexOf('<sheetViews>')).toBeLessThan(xml.indexOf('<cols>'));
      expect(xml).toMatch(/<col min="1" max="1" width="[\d.]+" customWidth="1"\/>/);
    }
    const withCols = XLSX.read(bytes, { cellStyles: true });
    const cols = withCols.Sheets['评分表']['!cols']!;
    expect(cols).toHaveLength(17);
    // the folder column is wider than the index column
    expect(cols[1].wch ?? cols[1].width ?? 0).toBeGreaterThan(cols[0].wch ?? cols[0].width ?? 0);
  });

  it('writes English headers and sheet names with lang en', () => {
    const en = XLSX.read(writeXlsx(report, { rules, lang: 'en' }));
    expect(en.SheetNames).toEqual(['Scores', 'Units', 'Findings', 'Needs review', 'Files']);
    expect(rows(en, 'Scores')[0].slice(0, 9)).toEqual(['No.', 'Case folder', 'Case number', 'Party', 'Unit', 'Procedure', 'Score', 'Grade', 'Veto']);
    expect(rows(en, 'Scores')[1][7]).toBe('Excellent');
    expect(rows(en, 'Units')[0]).toEqual(['Rank', 'Unit', 'Cases', 'Average score', 'Excellent', 'Pass', 'Fail', 'Vetoed', 'Findings']);
  });

  it('is byte-for-byte deterministic', () => {
    const r = structuredClone(report);
    r.cases.reverse();
    r.files.reverse();
    expect(Buffer.from(writeXlsx(r, { rules, lang: 'zh' })).equals(Buffer.from(bytes))).toBe(true);
  });
});
