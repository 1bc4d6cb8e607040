import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { sheetsOf } from '../src/read/sheet.js';
import { readXlsxFast } from '../src/read/xlsx-fast.js';

/** Every cell of every sheet as the register reader sees it (own value and merge-filled values). */
function cells(wb: XLSX.WorkBook) {
  return sheetsOf(wb).map((g) => {
    const out: unknown[] = [g.name, g.firstRow, g.lastRow, g.firstCol, g.lastCol];
    for (let r = g.firstRow; r <= g.lastRow; r++) for (let c = g.firstCol; c <= g.lastCol; c++) out.push([r, c, g.own(r, c), g.cell(r, c, 'header'), g.cell(r, c, 'data')]);
    return out;
  });
}

function sheetjs(bytes: Buffer): XLSX.WorkBook {
  return XLSX.read(bytes, { type: 'buffer', dense: true, cellDates: false, cellText: false, cellHTML: false, cellNF: false, cellStyles: false, cellFormula: false });
}

/** A register with what exports put in one: merges, numbers, dates as serials, booleans, errors, formulas, blanks, entities. */
function awkward(): Buffer {
  const ws = XLSX.utils.aoa_to_sheet([
    ['射阳县应急管理局行政处罚案件台账 <2024> & "全年"'],
    ['序号', '案号', '当事人', '办案单位', '立案日期', '罚款金额（元）', '已结案'],
    [1, '（射）应急罚〔2024〕1号', '射阳县A&B有限公司', '执法一中队', 45306, 30000, true],
    [2, '（射）应急罚〔2024〕2号', ' 前后有空格 ', '', 45307.5, 0.1, false],
    [3, '（射）应急罚〔2024〕3号', 'line\nbreak', '执法二中队', '2024.03.01', -5, null],
  ]);
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 6 } }, { s: { r: 3, c: 3 }, e: { r: 4, c: 3 } }];
  ws['H3'] = { t: 'n', v: 60000, f: 'F3*2' };
  ws['H4'] = { t: 'e', v: 7 };
  ws['H5'] = { t: 's', v: 'text from a formula', f: 'CONCAT("a")' };
  ws['!ref'] = 'A1:H5';
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '台账');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['说明'], ['第二张表']]), '说明');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

describe('the fast .xlsx path reads what SheetJS reads', () => {
  const files: [string, Buffer][] = [
    ['samples register', readFileSync('samples/archive/案件台账.xlsx')],
    ['roster', readFileSync('samples/执法人员名册.xlsx')],
    ['LibreOffice register (shared strings, rich text)', readFileSync('test/fixtures/sheets/lo-register.xlsx')],
    ['awkward register', awkward()],
    ['shared strings written by SheetJS', XLSX.write(XLSX.read(awkward(), { type: 'buffer' }), { type: 'buffer', bookType: 'xlsx', bookSST: true }) as Buffer],
  ];
  for (const [what, bytes] of files) {
    it(what, async () => {
      const fast = await readXlsxFast(bytes);
      expect(fast).toBeDefined();
      expect(cells(fast!)).toEqual(cells(sheetjs(bytes)));
    });
  }

  it('a register of 2,000 generated rows, cell for cell', async () => {
    const rows: (string | number)[][] = [['序号', '案号', '当事人', '立案日期', '罚款金额（元）']];
    for (let i = 1; i <= 2000; i++) rows.push([i, `（射）应急罚〔2024〕${i}号`, `射阳县测试${i % 97}有限公司`, 45000 + i, (i % 50) * 1000]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '台账');
    const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true, bookSST: true }) as Buffer;
    expect(cells((await readXlsxFast(bytes))!)).toEqual(cells(sheetjs(bytes)));
  });

  it('gives up (SheetJS reads it) on what it does not know', async () => {
    expect(await readXlsxFast(Buffer.from('not a zip'))).toBeUndefined();
    const ods = XLSX.write(XLSX.read(awkward(), { type: 'buffer' }), { type: 'buffer', bookType: 'ods' }) as Buffer;
    expect(await readXlsxFast(ods)).toBeUndefined();
  });

  it('gives up on a sheet whose elements carry a namespace prefix (<x:row>), which SheetJS reads', async () => {
    // Some .NET exports write the SpreadsheetML namespace with a prefix: no <row> or <c> would be found.
    const zip = XLSX.CFB.read(awkward(), { type: 'buffer' });
    const entry = XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml')!;
    const xml = Buffer.from(entry.content as Uint8Array).toString('utf8');
    const prefixed = xml
      .replace('<worksheet xmlns="', '<worksheet xmlns:x="')
      .replace(/<(\/?)([A-Za-z]+)([\s>/])/g, '<$1x:$2$3');
    expect(prefixed).toContain('<x:row');
    entry.content = Buffer.from(prefixed, 'utf8');
    const bytes = Buffer.from(XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip' }) as Uint8Array);
    expect(await readXlsxFast(bytes)).toBeUndefined();
    const wb = sheetjs(bytes);
    expect(sheetsOf(wb)[0].own(2, 1)?.raw).toBe('（射）应急罚〔2024〕1号');
  });
});
