import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Report } from '../../src/model/report.js';
import { mdText, writeMarkdown } from '../../src/report/markdown.js';
import { rules } from '../helpers/rules.js';

const report = Report.parse(JSON.parse(readFileSync(new URL('../fixtures/report/sample-report.json', import.meta.url), 'utf8')));
const A = '执法一中队/2024-003 射阳县某某化工有限公司';
const B = '执法二中队/2024-017 李某某';
const C = '执法一中队/2024-021 射阳某建筑工程有限公司';

/** The table row whose cells include `needle`. */
function row(md: string, needle: string): string {
  const line = md.split('\n').find((l) => l.startsWith('|') && l.includes(needle));
  if (!line) throw new Error(`no table row with ${needle}`);
  return line;
}

/** Split a GFM table row into cells, honouring `\|`. */
function cells(line: string): string[] {
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

describe('writeMarkdown (zh)', () => {
  const md = writeMarkdown(report, { rules, lang: 'zh' });

  it('opens with the round, as-of date and ruleset', () => {
    const head = md.split('\n').slice(0, 8).join('\n');
    expect(md.startsWith('# 案卷评查报告：2024年第二季度\n')).toBe(true);
    expect(head).toContain('- 评查基准日：2024-06-30');
    expect(head).toContain('- 规则集：`work-safety` 2024.1');
    expect(head).toContain('- 生成时间：2024-07-01T09:30:00+08:00');
  });

  it('summarises cases, average score, grades, vetoes and findings by severity', () => {
    expect(row(md, '案卷数')).toBe('| 案卷数 | 3 |');
    expect(row(md, '平均分')).toBe('| 平均分 | 89.33 |');
    expect(row(md, '等级：优秀')).toBe('| 等级：优秀 | 1 |');
    expect(row(md, '等级：不合格')).toBe('| 等级：不合格 | 1 |');
    expect(row(md, '| 一票否决 |')).toBe('| 一票否决 | 1 |');
    expect(row(md, '问题（错误）')).toBe('| 问题（错误） | 7 |');
    expect(row(md, '问题（警告）')).toBe('| 问题（警告） | 4 |');
    // grade rows come best first
    expect(md.indexOf('等级：优秀')).toBeLessThan(md.indexOf('等级：合格'));
    expect(md.indexOf('等级：合格')).toBeLessThan(md.indexOf('等级：不合格'));
  });

  it('lists cases by folder with number, unit, type, score, grade, veto and open findings', () => {
    const overview = md.slice(md.indexOf('## 案卷一览'), md.indexOf('## 案卷详情'));
    const rows = overview.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.map((r) => cells(r)[0])).toEqual([`\`${A}\``, `\`${C}\``, `\`${B}\``]);
    expect(cells(rows[1])).toEqual([`\`${C}\``, '（射）应急罚〔2024〕21号', '执法一中队', '一般程序', '81', '不合格', '**是**', '4']);
    expect(cells(rows[0]).slice(4)).toEqual(['100', '优秀', '否', '0']);
  });

  it('gives each case a section with its findings in file → page → rule order', () => {
    const sectionB = md.slice(md.indexOf(`### ${B}`), md.indexOf('## 案卷之外的问题'));
    expect(sectionB).toContain('- 等级：**合格**');
    const ruleOrder = [...sectionB.matchAll(/<br>`([a-z-]+)`/g)].map((m) => m[1]);
    expect(ruleOrder).toEqual(['deadline-missed', 'document-number-form', 'register-mismatch', 'legal-basis-imprecise', 'file-no-text']);
    const imprecise = cells(row(sectionB, 'legal-basis-imprecise'));
    expect(imprecise[1]).toBe('警告');
    expect(imprecise[2]).toBe('法律依据引用不具体<br>`legal-basis-imprecise`');
    expect(imprecise[4]).toBe(`\`${B}/05 行政处罚决定书.pdf\` 第2页`);
    expect(imprecise[5]).toBe('2');
    expect(imprecise[6]).toBe('重复出现');
  });

  it('shows the register cell of a register mismatch, the veto items, and waived findings struck through', () => {
    expect(cells(row(md, 'register-mismatch'))[4]).toContain('相关位置：台账记载：台账/2024年行政处罚台账.xlsx 工作表“台账”第18行“罚款金额”列');
    expect(cells(row(md, 'officers-fewer-than-two'))[5]).toBe('10 **否决项**');
    const waived = cells(row(md, 'document-number-form'));
    expect(waived[3]).toMatch(/^~~行政处罚决定书文号.*~~$/);
    expect(waived[6]).toBe('新发现；**已豁免**：2024年本单位统一模板问题，已于第三季度更换模板（王科长）');
    expect(cells(row(md, 'legal-basis-outdated'))[6]).toBe('已整改');
    expect(md).toContain('- **一票否决**：执法人员不足二人；主要程序环节（立案、告知、决定）无文书');
  });

  it('lists checks that could not be performed', () => {
    expect(md).toContain('#### 未能核查的事项\n\n- `deadline-missed:service-within-7wd`：文书送达回执的送达日期无法识别（手写）');
  });

  it('lists findings outside any case, files not read with reasons, and the notes under their own headings', () => {
    const top = md.slice(md.indexOf('## 案卷之外的问题（2）'), md.indexOf('## 未作为案卷文书读取的文件'));
    expect(top).toContain('台账第25行案件（射）应急罚〔2024〕30号没有对应案卷。');
    expect(cells(row(top, 'file-unreadable'))[4]).toBe('`散件/扫描件 损坏#1.pdf`');
    const files = md.slice(md.indexOf('## 未作为案卷文书读取的文件（6）'), md.indexOf('## 说明'));
    expect(cells(row(files, 'Thumbs.db'))).toEqual([`\`${B}/Thumbs.db\``, '已忽略', '系统文件', `\`${B}\``]);
    expect(cells(row(files, '名册'))).toEqual(['`名册/执法人员名册.xlsx`', '执法人员名册', '执法人员名册', '—']);
    expect(files).not.toContain('01 立案审批表.pdf');
    expect(md).toContain('## 说明：未实现的检查与未编码的法规\n\n- 未实现：卷内目录页码与实际页数的核对（contents-pages），该项未核查。');
  });
});

describe('writeMarkdown escaping and order', () => {
  it('escapes | and markup in cells so a row keeps its columns', () => {
    const r = structuredClone(report);
    r.cases[1].findings[0].message = 'a|b *c* <script>\nline2';
    r.cases[1].unit = '一|二';
    const md = writeMarkdown(r, { rules, lang: 'zh' });
    const line = row(md, 'a\\|b');
    expect(line).toContain('a\\|b \\*c\\* \\<script\\> line2');
    expect(cells(line)).toHaveLength(7);
    expect(cells(row(md, '一\\|二'))).toHaveLength(8);
    expect(mdText('x_y[z](u)`v`~~w~~')).toBe('x\\_y\\[z\\](u)\\`v\\`\\~\\~w\\~\\~');
  });

  it('does not depend on the order cases, findings and files come in', () => {
    const r = structuredClone(report);
    r.cases.reverse();
    for (const c of r.cases) c.findings.reverse();
    r.findings.reverse();
    r.files.reverse();
    expect(writeMarkdown(r, { rules, lang: 'zh' })).toBe(writeMarkdown(report, { rules, lang: 'zh' }));
  });

  it('writes English labels and rule titles with lang en', () => {
    const md = writeMarkdown(report, { rules, lang: 'en' });
    expect(md.startsWith('# Case-file audit report: 2024年第二季度\n')).toBe(true);
    expect(row(md, 'Average score')).toBe('| Average score | 89.33 |');
    expect(row(md, 'Grade: Excellent')).toBe('| Grade: Excellent | 1 |');
    expect(cells(row(md, 'legal-basis-imprecise'))[2]).toBe('Legal basis imprecise<br>`legal-basis-imprecise`');
    expect(cells(row(md, 'legal-basis-imprecise'))[4]).toBe(`\`${B}/05 行政处罚决定书.pdf\` p.2`);
    expect(md).toContain('## Notes: checks not implemented, regimes not encoded');
    expect(md).toContain('## Files not read as case documents (6)');
  });
});
