import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { readRoster, RosterError } from '../src/read/roster.js';

function book(sheets: Record<string, { rows: unknown[][]; merges?: string[] }>, bookType: XLSX.BookType = 'xlsx'): Buffer {
  const wb = XLSX.utils.book_new();
  for (const [name, spec] of Object.entries(sheets)) {
    const ws = XLSX.utils.aoa_to_sheet(spec.rows);
    if (spec.merges) ws['!merges'] = spec.merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  return XLSX.write(wb, { type: 'buffer', bookType }) as Buffer;
}

describe('readRoster', () => {
  it('reads officers below a title row: numbers stored as numbers or text, serial and text dates', async () => {
    const bytes = book({
      名册: {
        rows: [
          ['射阳县应急管理局行政执法人员名册'],
          ['序号', '姓名', '执法证号', '发证日期', '有效期至', '所属单位'],
          [1, '张  三', 32092419001, 43831, '2025.12.31', '执法大队'],
          [2, '李四', '32092419002', '2020年1月1日', 46022, '执法大队'],
          [3, 'Wang Wu', ' 3209 2419 003 ', '', '', ''],
        ],
        merges: ['A1:F1'],
      },
    });
    const r = await readRoster(bytes, 'roster.xlsx');
    expect(r.officers).toEqual([
      { name: '张三', certificate: '32092419001', issued: '2020-01-01', expires: '2025-12-31', unit: '执法大队', sheet: '名册', row: 3 },
      { name: '李四', certificate: '32092419002', issued: '2020-01-01', expires: '2025-12-31', unit: '执法大队', sheet: '名册', row: 4 },
      { name: 'Wang Wu', certificate: '32092419003', sheet: '名册', row: 5 },
    ]);
    expect(r.problems).toEqual([]);
  });

  it('splits a validity range into issued and expires; 长期 has no expiry', async () => {
    const bytes = book({
      S: {
        rows: [
          ['姓名', '执法证件号', '有效期限'],
          ['甲', 'A1', '2020.01.01-2025.12.31'],
          ['乙', 'A2', '2020-01-01至2025-12-31'],
          ['丙', 'A3', '2020年1月1日至2025年12月31日'],
          ['丁', 'A4', '长期'],
          ['戊', 'A5', '2020.01.01至长期'],
          ['己', 'A6', '2026-06-30'],
          ['庚', 'A7', '五年'],
        ],
      },
    });
    const r = await readRoster(bytes, 'r.xlsx');
    expect(r.officers.map((o) => [o.name, o.issued, o.expires])).toEqual([
      ['甲', '2020-01-01', '2025-12-31'],
      ['乙', '2020-01-01', '2025-12-31'],
      ['丙', '2020-01-01', '2025-12-31'],
      ['丁', undefined, undefined],
      ['戊', '2020-01-01', undefined],
      ['己', undefined, '2026-06-30'],
      ['庚', undefined, undefined],
    ]);
    expect(r.problems).toEqual(['S!C8 (有效期限): "五年" is not a date']);
  });

  it('reports rows without a name or a certificate number with their row number', async () => {
    const bytes = book({
      S: {
        rows: [
          ['姓名', '执法证编号', '单位'],
          ['甲', 'B1', '一所'],
          ['', 'B2', '一所'],
          ['乙', '', '二所'],
          [],
          ['', '', '三所'],
          ['丙', 'B3', '二所'],
        ],
      },
    });
    const r = await readRoster(bytes, 'r.xlsx');
    expect(r.officers.map((o) => `${o.row}:${o.name}:${o.certificate}`)).toEqual(['2:甲:B1', '7:丙:B3']);
    expect(r.problems).toEqual([
      'S row 3: certificate B2 has no name; row ignored',
      'S row 4: 乙 has no certificate number; row ignored',
      'S row 6: no name and no certificate number; row ignored',
    ]);
  });

  it('reads several sheets, applies a merged 单位, and flags one certificate held by two names', async () => {
    const bytes = book({
      一所: { rows: [['姓名', '证件号码', '单位'], ['甲', 'C1', '第一安监所'], ['乙', 'C2', null]], merges: ['C2:C3'] },
      封面: { rows: [['2023年执法人员名册'], ['射阳县应急管理局']] },
      二所: { rows: [['姓名', '执法证号', '发证时间', '有效期'], ['丙', 'C1', '2021/5/6', '2026/5/5']] },
    });
    const r = await readRoster(bytes, 'r.xlsx');
    expect(r.officers.map((o) => [o.sheet, o.row, o.name, o.certificate, o.unit ?? null, o.issued ?? null])).toEqual([
      ['一所', 2, '甲', 'C1', '第一安监所', null],
      ['一所', 3, '乙', 'C2', '第一安监所', null],
      ['二所', 2, '丙', 'C1', null, '2021-05-06'],
    ]);
    expect(r.problems).toEqual([
      '封面: no roster header (姓名, 执法证号 …) in the first 15 rows; sheet skipped',
      'certificate C1 is listed for 甲 (一所 row 2) and 丙 (二所 row 2)',
    ]);
  });

  it('reads a GBK csv and a UTF-8 csv with BOM', async () => {
    const text = '姓名,执法证号,有效期至\r\n张三,32092419001,2025-12-31\r\n';
    for (const bytes of [iconv.encode(text, 'gbk'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])]) {
      const r = await readRoster(bytes, 'r.csv');
      expect(r.officers).toEqual([{ name: '张三', certificate: '32092419001', expires: '2025-12-31', sheet: 'Sheet1', row: 2 }]);
    }
  });

  it('reads xls', async () => {
    const r = await readRoster(book({ S: { rows: [['姓名', '执法证号'], ['张三', 'D1']] } }, 'biff8'), 'r.xls');
    expect(r.officers).toEqual([{ name: '张三', certificate: 'D1', sheet: 'S', row: 2 }]);
  });

  it.each([
    ['a PDF renamed .xlsx', Buffer.from('%PDF-1.4\n%%EOF'), /PDF/],
    ['a truncated xlsx', book({ S: { rows: [['姓名', '执法证号'], ['a', 'b']] } }).subarray(0, 300), /corrupt or truncated/],
  ])('%s → RosterError', async (_what, bytes, message) => {
    const p = readRoster(bytes, 'r.xlsx');
    await expect(p).rejects.toBeInstanceOf(RosterError);
    await expect(p).rejects.toThrow(message);
  });

  it('a sheet without a certificate column is skipped with a reason', async () => {
    const r = await readRoster(book({ S: { rows: [['姓名', '单位', '发证日期'], ['甲', '一所', '2020-01-01']] } }), 'r.xlsx');
    expect(r.officers).toEqual([]);
    expect(r.problems).toEqual(['S: the header has no 执法证号 column; sheet skipped']);
  });
});
