/** The score sheet of the samples as staff open it: numbers with formats, units ranked, links, Chinese reasons. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditSamples } from '../helpers/sample-audit.js';

describe('report.xlsx of the samples', () => {
  let wb: XLSX.WorkBook;
  let out: string;
  beforeAll(async () => {
    ({ out } = await auditSamples(['xlsx']));
    wb = XLSX.read(readFileSync(path.join(out, 'report.xlsx')), { cellNF: true });
  }, 300_000);

  const cells = (sheet: string) => Object.entries(wb.Sheets[sheet]).filter(([k]) => !k.startsWith('!')) as [string, XLSX.CellObject][];
  const column = (sheet: string, col: string) => cells(sheet).filter(([k]) => k.replace(/\d+$/u, '') === col && k !== `${col}1`).map(([, c]) => c);

  it('stores scores as numbers formatted 0.0 and rates as numbers formatted as percentages', () => {
    const scores = column('评分表', 'G');
    expect(scores.length).toBe(23);
    for (const c of scores) {
      expect(c.t).toBe('n');
      expect(c.z).toBe('0.0');
    }
    const measured = column('目标', 'D').filter((c) => c.t === 'n');
    expect(measured.length).toBeGreaterThan(0);
    expect(measured.some((c) => c.z === '0.0%' && (c.v as number) <= 1)).toBe(true);
    for (const c of cells('目标').map(([, x]) => x)) expect(String(c.v)).not.toMatch(/^\d+(\.\d+)?% \(/u);
  });

  it('ranks the units by average score', () => {
    const rows = XLSX.utils.sheet_to_json<(string | number)[]>(wb.Sheets['单位汇总'], { header: 1 }).slice(1);
    expect(rows.map((r) => r[0])).toEqual([1, 2, 3]);
    const averages = rows.map((r) => r[3] as number);
    expect([...averages].sort((a, b) => b - a)).toEqual(averages);
  });

  it('links findings and files to the case files, relative to the workbook', () => {
    const links = column('问题清单', 'H').filter((c) => c.l);
    expect(links.length).toBeGreaterThan(10);
    for (const c of links) {
      const target = decodeURIComponent(c.l!.Target.split('#')[0]);
      expect(existsSync(path.resolve(out, target))).toBe(true);
    }
  });

  it('has no English reasons or messages in the Chinese workbook', () => {
    const english = /[A-Za-z]{2,}[ ,;:'()?]+[A-Za-z]{2,}/u;
    for (const sheet of ['问题清单', '待人工核查', '文件清单', '目标']) {
      const prose = cells(sheet).filter(([, c]) => c.t === 's' && english.test(String(c.v)) && !/\.(pdf|docx?|xlsx?)$/iu.test(String(c.v)));
      expect(prose.map(([k, c]) => `${sheet}!${k}: ${c.v}`)).toEqual([]);
    }
  });
});
