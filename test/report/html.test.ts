import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Report } from '../../src/model/report.js';
import { writeHtml } from '../../src/report/html.js';
import { rules } from '../helpers/rules.js';

const report = Report.parse(JSON.parse(readFileSync(new URL('../fixtures/report/sample-report.json', import.meta.url), 'utf8')));
const B = '执法二中队/2024-017 李某某';
const C = '执法一中队/2024-021 射阳某建筑工程有限公司';

/** The `<tr>` that contains `needle`, in the case overview and details (after the dashboard's tables). */
function tr(html: string, needle: string): string {
  const from = html.indexOf('<table class="cases">');
  const rows = (from >= 0 && !html.slice(0, from).includes('<table class="summary">') ? html : html.slice(0, html.indexOf('<section id="ranking">')) + html.slice(from)).match(/<tr[\s>][\s\S]*?<\/tr>/g) ?? [];
  const found = rows.find((r) => r.includes(needle));
  if (!found) throw new Error(`no row with ${needle}`);
  return found;
}

describe('writeHtml', () => {
  const html = writeHtml(report, { rules, lang: 'zh' });

  it('is one self-contained page: doctype, charset, lang, inline style, one inline script, no external resources', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<link|src=|@import|url\(/i);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain('<title>案卷评查报告：2024年第二季度</title>');
  });

  it('has the summary, the case table sorted by folder, and colour-coded grades', () => {
    expect(tr(html, '平均分')).toBe('<tr><th>平均分</th><td class="num">89.33</td></tr>');
    expect(tr(html, '<span class="grade grade-excellent">优秀</span></th>')).toContain('<td class="num">1</td>');
    const overview = html.slice(html.indexOf('<table class="cases">'), html.indexOf('</table>', html.indexOf('<table class="cases">')));
    const folders = [...overview.matchAll(/<a href="#case-(\d)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(folders).toEqual([
      ['1', '执法一中队/2024-003 射阳县某某化工有限公司'],
      ['2', C],
      ['3', B],
    ]);
    const rowC = tr(overview, C);
    expect(rowC).toContain('<span class="grade grade-fail">不合格</span>');
    expect(rowC).toContain('<span class="veto">是</span>');
    expect(rowC).toMatch(/<td class="num">4<\/td><\/tr>$/);
    expect(html).toContain('<section class="case" id="case-2" data-unit="执法一中队">\n<h3>' + C + '</h3>');
    expect(html).toContain('.grade-fail {');
  });

  it('shows findings with colour-coded severity, location with page, deduction, status and waivers', () => {
    const imprecise = tr(html, 'legal-basis-imprecise');
    expect(imprecise).toContain('<span class="sev sev-warning">警告</span>');
    expect(imprecise).toContain(`<code>${B}/05 行政处罚决定书.pdf</code> 第2页</a>`);
    expect(imprecise).toContain(`href="${B.split('/').map(encodeURIComponent).join('/')}/05%20${encodeURIComponent('行政处罚决定书.pdf')}#page=2"`);
    expect(imprecise).toContain('<span class="status-recurring">重复出现</span>');
    expect(tr(html, 'officers-fewer-than-two')).toContain('<td class="num">10 <span class="veto">否决项</span></td>');
    const waived = tr(html, 'document-number-form');
    expect(waived.startsWith('<tr class="waived" ')).toBe(true);
    expect(waived).toContain('<strong>已豁免</strong>：2024年本单位统一模板问题，已于第三季度更换模板（王科长）');
    expect(tr(html, 'legal-basis-outdated').startsWith('<tr class="resolved" ')).toBe(true);
    expect(tr(html, 'register-case-missing')).toContain('<span class="related">相关位置：台账/2024年行政处罚台账.xlsx 工作表“台账”第25行“案号”列</span>');
  });

  it('lists files not read, skipped checks and notes', () => {
    expect(tr(html, 'Thumbs.db')).toBe(`<tr><td><code>${B}/Thumbs.db</code></td><td>已忽略</td><td>系统文件</td><td><code>${B}</code></td></tr>`);
    expect(html).toContain('<h2>未作为案卷文书读取的文件（6）</h2>');
    expect(html).toContain('<li><code>deadline-missed:service-within-7wd</code>：文书送达回执的送达日期无法识别（手写）</li>');
    expect(html).toContain('<h2>说明：未实现的检查与未编码的法规</h2>\n<ul class="notes">\n<li>未实现：');
  });

  it('escapes & < > " \' in every piece of report text and drops control characters', () => {
    const r = structuredClone(report);
    const evil = `<script>alert("x&y")</script>'\u0007`;
    r.cases[0].folder = `案卷<b>"1"</b>`;
    r.cases[1].findings[0].message = evil;
    r.cases[1].vetoReasons = [evil];
    r.notes = [evil];
    r.round.id = evil;
    const out = writeHtml(r, { rules, lang: 'zh' });
    expect(out).not.toContain('<script>alert');
    expect(out).not.toContain('<b>');
    expect(out).not.toContain('\u0007');
    expect(out).toContain('&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;&#39;');
    expect(out).toContain('案卷&lt;b&gt;&quot;1&quot;&lt;/b&gt;');
  });

  it('uses English labels and lang="en" with lang en', () => {
    const en = writeHtml(report, { rules, lang: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<span class="sev sev-error">Findings (error)</span>');
    expect(tr(en, 'legal-basis-imprecise')).toContain('Legal basis imprecise<br><code>legal-basis-imprecise</code>');
    expect(tr(en, 'legal-basis-imprecise')).toContain('.pdf</code> p.2');
  });
});
