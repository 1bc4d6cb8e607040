import { readFileSync } from 'node:fs';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { Report } from '../../src/model/report.js';
import { FORMATS } from '../../src/report/index.js';
import { writeTerminal } from '../../src/report/terminal.js';
import { withReview } from '../helpers/review.js';
import { rules } from '../helpers/rules.js';

/**
 * Needs-review items (what the tool could not read) reach every reader of the report, apart from the
 * findings and never as a failure: terminal, JSON, Markdown, HTML, XLSX, SARIF (kind "review"), JUnit.
 */
describe('needs-review in every writer', () => {
  const report = withReview();
  const what = '整改复查意见书的执法人员';

  it('terminal: listed under its case and counted, apart from the findings', () => {
    const out = writeTerminal(report, { lang: 'zh', chalk: new Chalk({ level: 0 }) });
    expect(out).toContain(`? 待人工核查 ${what}`);
    expect(out).toMatch(/待人工核查 1 项（工具未能读取或把握不足，不扣分、不否决）/);
  });

  it('json, markdown and html carry the item and the count', async () => {
    const json = JSON.parse(await FORMATS.json.write(report) as string);
    expect(json.cases[0].needsReview[0]).toMatchObject({ check: 'officers', what });
    expect(json.summary.needsReview).toBe(1);
    for (const name of ['markdown', 'html'] as const) {
      const out = await FORMATS[name].write(report, { rules, lang: 'zh' }) as string;
      expect(out, name).toContain(what);
      expect(out, name).toContain('待人工核查（不扣分）（1）');
    }
  });

  it('xlsx has a sheet of its own', async () => {
    const wb = XLSX.read(await FORMATS.xlsx.write(report, { rules, lang: 'zh' }) as Uint8Array);
    const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['待人工核查'], { header: 1 });
    expect(rows[1]).toEqual(expect.arrayContaining([what, 'officers-fewer-than-two', 2]));
  });

  it('sarif: a result of kind review, level none; junit: in the suite output, not a failure', async () => {
    const sarif = JSON.parse(await FORMATS.sarif.write(report, { rules, lang: 'zh' }) as string);
    const review = sarif.runs[0].results.filter((r: { kind?: string }) => r.kind === 'review');
    expect(review).toHaveLength(1);
    expect(review[0]).toMatchObject({ level: 'none', ruleId: 'officers-fewer-than-two', properties: { needsReview: true } });
    const junit = await FORMATS.junit.write(report, { rules, lang: 'zh' }) as string;
    const plain = await FORMATS.junit.write(Report.parse(JSON.parse(readFileSync(new URL('../fixtures/report/sample-report.json', import.meta.url), 'utf8'))), { rules, lang: 'zh' }) as string;
    expect(junit).toContain(what);
    expect(junit.match(/failures="\d+"/)![0]).toBe(plain.match(/failures="\d+"/)![0]);
  });
});
