import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import YAML from 'yaml';
import { proactiveFromSource, readRegister, RegisterError, type RegisterRow } from '../src/read/register.js';
import { parseDateText } from '../src/text/dates.js';
import { RegisterMappingFile, type RegisterMapping } from '../src/ruleset/register-schema.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = path.join(ROOT, 'test/fixtures/sheets');
const mapping: RegisterMapping = RegisterMappingFile.parse(YAML.parse(readFileSync(path.join(ROOT, 'schemas/work-safety/register.yaml'), 'utf8')));

interface SheetSpec {
  rows: unknown[][];
  merges?: string[];
  /** extra cells set after the rows (formulas) */
  cells?: Record<string, XLSX.CellObject>;
}

/** A workbook built with SheetJS (sparse sheets: its writer does not take dense ones). */
function book(sheets: Record<string, SheetSpec>, bookType: XLSX.BookType = 'xlsx', date1904 = false, excelLike = false): Buffer {
  const wb = XLSX.utils.book_new();
  for (const [name, spec] of Object.entries(sheets)) {
    const ws = XLSX.utils.aoa_to_sheet(spec.rows);
    if (spec.merges) ws['!merges'] = spec.merges.map((m) => XLSX.utils.decode_range(m));
    for (const [addr, cell] of Object.entries(spec.cells ?? {})) ws[addr] = cell;
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  if (date1904) wb.Workbook = { WBProps: { date1904: true } };
  // excelLike: compressed, shared strings, as Excel writes them
  return XLSX.write(wb, { type: 'buffer', bookType, ...(excelLike ? { compression: true, bookSST: true } : {}) }) as Buffer;
}

const INTERNAL_HEADER = ['序号', '案号', '案由', '当事人', '统一社会信用代码', '办案单位', '程序类型', '案件来源', '立案日期', '处罚决定日期', '罚款金额（元）', '结案日期', '复议诉讼情况'];

function strip(rows: RegisterRow[]): Omit<RegisterRow, 'cells'>[] {
  return rows.map(({ cells: _cells, ...rest }) => rest);
}

describe('mapping file', () => {
  it('validates the shipped register.yaml and rejects a header claimed by two fields', () => {
    expect(mapping.fields.caseNumber).toContain('行政处罚决定书文号');
    expect(mapping.fields.agency).toContain('处罚机关');
    expect(mapping.fields.unit).not.toContain('处罚机关');
    const bad = structuredClone(mapping) as { fields: Record<string, string[]> };
    bad.fields.party = [...bad.fields.party, '案 号'];
    const r = RegisterMappingFile.safeParse(bad);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('also a synonym of caseNumber');
  });
});

describe('readRegister: headers', () => {
  it('finds the header below a title row and blank rows, and reports rows with their spreadsheet number', async () => {
    const bytes = book({
      台账: {
        rows: [
          ['射阳县应急管理局2023年度行政处罚案件台账'],
          ['填报单位：射阳县应急管理局'],
          [],
          INTERNAL_HEADER,
          [1, '射应急罚〔2023〕1号', '未按规定培训', '射阳县甲化工有限公司', '91320924MA1XXXXXX1', '执法一大队', '一般程序', '日常检查', '2023-03-05', '2023-04-10', 30000, '2023-05-06', '无'],
          [2, '射应急罚〔2023〕2号', '未如实记录', '乙公司', '', '执法二大队', '简易程序', '事故调查', '2023-06-01', '2023-06-01', 1000, '2023-06-02', ''],
        ],
        merges: ['A1:M1'],
      },
    });
    const r = await readRegister(bytes, 'a.xlsx', mapping);
    expect(r.sheets[0]).toMatchObject({ name: '台账', headerRow: 4, unmapped: ['序号'] });
    expect(Object.keys(r.sheets[0].mapped)).toHaveLength(12);
    expect(strip(r.rows)).toEqual([
      {
        sheet: '台账', row: 5, caseNumber: '射应急罚〔2023〕1号', cause: '未按规定培训', party: '射阳县甲化工有限公司', creditCode: '91320924MA1XXXXXX1',
        unit: '执法一大队', procedure: 'general', source: '日常检查', proactive: true, filingDate: '2023-03-05', decisionDate: '2023-04-10',
        fine: 30000, closingDate: '2023-05-06', outcome: '无',
      },
      {
        sheet: '台账', row: 6, caseNumber: '射应急罚〔2023〕2号', cause: '未如实记录', party: '乙公司', unit: '执法二大队', procedure: 'simple',
        source: '事故调查', proactive: false, filingDate: '2023-06-01', decisionDate: '2023-06-01', fine: 1000, closingDate: '2023-06-02',
      },
    ]);
    expect(r.rows[0].cells.filingDate).toEqual({ column: 'I', raw: '2023-03-05' });
    expect(r.rows[1].cells.fine).toEqual({ column: 'K', raw: '1000' });
    expect(r.problems).toEqual([]);
  });

  it('reads the 双公示 template: 万元, 处罚机关 as agency (not unit), and ignores look-alike columns', async () => {
    const header = [
      '行政相对人名称', '行政相对人类别', '行政相对人代码_1(统一社会信用代码)', '法定代表人', '行政处罚决定书文号', '违法行为类型', '违法事实', '处罚依据',
      '处罚类别', '处罚内容', '罚款金额（万元）', '没收违法所得、没收非法财物的金额（万元）', '暂扣或吊销证照名称及编号', '处罚决定日期', '处罚有效期',
      '公示截止期', '处罚机关', '处罚机关统一社会信用代码', '数据来源单位', '数据来源单位统一社会信用代码', '备注',
    ];
    const row = ['射阳县甲化工有限公司', '法人及非法人组织', '91320924MA1XXXXXX1', '张三', '（射）应急罚〔2023〕12号', '安全生产', '…', '《安全生产法》第九十七条',
      '罚款', '罚款人民币叁万元', 3, 5, '', '2023/04/10', '2024/04/10', '2026/04/10', '射阳县应急管理局', '11320924MB0000000X', '射阳县应急管理局', '11320924MB0000000X', ''];
    const r = await readRegister(book({ 行政处罚: { rows: [header, row] } }), 'sgs.xlsx', mapping);
    const [got] = r.rows;
    expect(got).toMatchObject({ party: '射阳县甲化工有限公司', creditCode: '91320924MA1XXXXXX1', caseNumber: '（射）应急罚〔2023〕12号', fine: 30000, decisionDate: '2023-04-10', agency: '射阳县应急管理局' });
    expect(got.unit).toBeUndefined();
    expect(r.sheets[0].mapped).toMatchObject({ creditCode: '行政相对人代码_1(统一社会信用代码)', fine: '罚款金额（万元）', agency: '处罚机关' });
    expect(r.sheets[0].unmapped).toContain('处罚机关统一社会信用代码');
    expect(r.sheets[0].unmapped).toContain('没收违法所得、没收非法财物的金额（万元）');
  });

  it.each([
    [['决定文书号', '被处罚单位', '承办单位', '立案时间', '决定日期', '罚款金额(元)', '复议诉讼'], 1],
    [['处罚决定书文号', '当事人', '执法机构', '立案日期', '作出处罚决定日期', '处罚金额', '复议诉讼情况'], 1],
    [['决定书文号', '当 事 人', '办案\n单位', '立案日期', '处罚决定日期', '罚款金额 (万元)', '复议诉讼情况'], 10_000],
    [['案号*', '当事人：', '【办案单位】', '立案日期', '处罚决定日期', '罚款金额［万元］', '复议诉讼情况'], 10_000],
  ])('header variant %j', async (header, factor) => {
    const r = await readRegister(book({ S: { rows: [header, ['X罚〔2023〕1号', '某公司', '某大队', '2023.3.5', '2023.4.5', 2, '无']] } }), 'v.xlsx', mapping);
    expect(r.sheets[0].unmapped).toEqual([]);
    expect(strip(r.rows)).toEqual([
      { sheet: 'S', row: 2, caseNumber: 'X罚〔2023〕1号', party: '某公司', unit: '某大队', filingDate: '2023-03-05', decisionDate: '2023-04-05', fine: 2 * factor, outcome: '无' },
    ]);
  });

  it('keeps the better column when two map to one field, and says so', async () => {
    const r = await readRegister(book({ S: { rows: [['决定书文号', '案号', '当事人'], ['B-1', 'A-1', '某公司']] } }), 'd.xlsx', mapping);
    expect(r.rows[0].caseNumber).toBe('A-1');
    expect(r.rows[0].cells.caseNumber.column).toBe('B');
    expect(r.problems.join('\n')).toMatch(/columns B \(案号\) and A \(决定书文号\) both give caseNumber/);
  });

  it('skips totals, footers and a repeated header inside the data', async () => {
    const r = await readRegister(
      book({
        S: {
          rows: [
            ['案号', '当事人', '罚款金额（元）'],
            ['A-1', '甲', 100],
            ['案号', '当事人', '罚款金额（元）'],
            ['A-2', '乙', 200],
            ['合计', '', 300],
            ['制表人：王五', '', ''],
          ],
        },
      }),
      'f.xlsx',
      mapping,
    );
    expect(r.rows.map((x) => [x.row, x.caseNumber, x.fine])).toEqual([
      [2, 'A-1', 100],
      [4, 'A-2', 200],
    ]);
  });
});

describe('readRegister: values', () => {
  it('converts 万元 columns to yuan without float noise, and 元 columns as written', async () => {
    const wan = await readRegister(
      book({ S: { rows: [['案号', '罚款金额（万元）'], ['a', 0.3], ['b', 1.15], ['c', '5.0'], ['d', '2.5万元'], ['e', '30000元'], ['f', 0.07]] } }),
      'w.xlsx',
      mapping,
    );
    expect(wan.rows.map((x) => x.fine)).toEqual([3000, 11500, 50000, 25000, 30000, 700]);
    const yuan = await readRegister(
      book({
        S: {
          rows: [['案号', '罚款金额（元）'], ['a', '30,000'], ['b', '3万元'], ['c', '¥30000.00'], ['d', '叁万元'], ['e', '30000'], ['f', '／'], ['g', '罚款人民币伍仟元整'], ['h', '12x3'], ['i', 943587.5]],
        },
      }),
      'y.xlsx',
      mapping,
    );
    expect(yuan.rows.map((x) => x.fine)).toEqual([30000, 30000, 30000, 30000, 30000, undefined, 5000, undefined, 943587.5]);
    expect(yuan.problems).toEqual(['S!B9 (罚款金额（元）): "12x3" is not an amount']);
  });

  it('reads serial, Date-cell and text dates (1900 and 1904 date systems)', async () => {
    const rows = [
      ['案号', '立案日期'],
      ['serial', 44990],
      ['date-cell', new Date(2023, 2, 5)],
      ['dots', '2023.03.05'],
      ['slashes', '2023/3/5'],
      ['iso', '2023-03-05'],
      ['cn', '2023年3月5日'],
      ['cn-spaced', '2023 年 3 月 5 日'],
      ['compact-text', '20230305'],
      ['compact-number', 20230305],
      ['serial-as-text', '44990'],
      ['cn-numerals', '二〇二三年三月五日'],
      ['fullwidth', '２０２３年３月５日'],
      ['with-time', '2023-03-05 14:30:00'],
      ['bad', '2023.13.45'],
      ['blank', '/'],
    ];
    const r = await readRegister(book({ S: { rows } }), 'd.xlsx', mapping);
    const got = Object.fromEntries(r.rows.map((x) => [x.caseNumber, x.filingDate]));
    for (const key of rows.slice(1, -2).map((x) => x[0] as string)) expect([key, got[key]]).toEqual([key, '2023-03-05']);
    expect(got.bad).toBeUndefined();
    expect(got.blank).toBeUndefined();
    expect(r.problems).toEqual(['S!B15 (立案日期): "2023.13.45" is not a date']);
    expect(r.rows[1].cells.filingDate.raw).toBe('2023-03-05');

    // 1904 system (old Mac workbooks): serial 43528 is 2023-03-05
    const mac = await readRegister(book({ S: { rows: [['案号', '立案日期'], ['m', 43528]] } }, 'xlsx', true), 'mac.xlsx', mapping);
    expect(mac.rows[0].filingDate).toBe('2023-03-05');
  });

  it('parses the text date forms directly', () => {
    expect(parseDateText('2023.3.5')).toBe('2023-03-05');
    expect(parseDateText('2023-3/5')).toBeUndefined();
    expect(parseDateText('2023年02月30日')).toBeUndefined();
    expect(parseDateText('二〇二三年三月五日')).toBe('2023-03-05');
    expect(parseDateText('3/5/2023')).toBeUndefined();
  });

  it('maps 程序类型 and derives 事前/事后 from 案件来源', async () => {
    const r = await readRegister(
      book({
        S: {
          rows: [
            ['案号', '程序类型', '案件来源'],
            ['a', '一般', '日常检查'],
            ['b', '简易', '生产安全事故调查'],
            ['c', '一般程序', '事故隐患举报'],
            ['d', '听证程序', '上级交办'],
            ['e', '', '其他'],
          ],
        },
      }),
      'p.xlsx',
      mapping,
    );
    expect(r.rows.map((x) => [x.caseNumber, x.procedure, x.proactive])).toEqual([
      ['a', 'general', true],
      ['b', 'simple', false],
      ['c', 'general', true],
      ['d', undefined, true],
      ['e', undefined, undefined],
    ]);
    expect(r.problems).toEqual(['S!B5 (程序类型): procedure "听证程序" is neither 一般程序 nor 简易程序']);
    expect(proactiveFromSource('事故后专项检查', mapping)).toBe(false);
  });

  it('uses cached formula values and numbers stored as text', async () => {
    const r = await readRegister(
      book({
        S: {
          rows: [['案号', '罚款金额（万元）', '罚款金额（元）', '立案日期'], ['0012', 3, null, '44990']],
          cells: { C2: { t: 'n', v: 30000, f: 'B2*10000' } },
        },
      }),
      'f.xlsx',
      mapping,
    );
    expect(strip(r.rows)).toEqual([{ sheet: 'S', row: 2, caseNumber: '0012', fine: 30000, filingDate: '2023-03-05' }]);
    expect(r.rows[0].cells.fine.column).toBe('C');
  });
});

describe('readRegister: layout', () => {
  it('applies a merged 办案单位 to every row it spans, and reads a two-row merged header', async () => {
    const bytes = book({
      台账: {
        rows: [
          ['案号', '当事人', '处罚决定', null, '办案单位'],
          [null, null, '日期', '罚款金额（万元）', null],
          ['A-1', '甲', '2023-04-01', 1, '执法一大队'],
          ['A-2', '乙', '2023-04-02', 2, null],
          ['A-3', '丙', '2023-04-03', 3, null],
          ['A-4', '丁', '2023-04-04', 4, '执法二大队'],
        ],
        merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2', 'E3:E5'],
      },
    });
    const r = await readRegister(bytes, 'm.xlsx', mapping);
    expect(r.sheets[0]).toMatchObject({ headerRow: 1, mapped: { caseNumber: '案号', party: '当事人', decisionDate: '处罚决定/日期', fine: '罚款金额（万元）', unit: '办案单位' } });
    expect(r.rows.map((x) => [x.row, x.unit, x.decisionDate, x.fine])).toEqual([
      [3, '执法一大队', '2023-04-01', 10000],
      [4, '执法一大队', '2023-04-02', 20000],
      [5, '执法一大队', '2023-04-03', 30000],
      [6, '执法二大队', '2023-04-04', 40000],
    ]);
    expect(r.rows[1].cells.unit).toEqual({ column: 'E', raw: '执法一大队' });
  });

  it('reads every sheet with a header; one without a header and an empty one are skipped with reasons', async () => {
    const bytes = book({
      一季度: { rows: [['案号', '当事人'], ['Q1-1', '甲']] },
      说明: { rows: [['填表说明'], ['1. 日期格式为 YYYY-MM-DD'], ['2. 金额单位为元']] },
      空表: { rows: [] },
      二季度: { rows: [['二季度台账'], ['行政处罚决定书文号', '行政相对人名称'], ['Q2-1', '乙'], ['Q2-2', '丙']] },
    });
    const r = await readRegister(bytes, 's.xlsx', mapping);
    expect(r.rows.map((x) => `${x.sheet}:${x.row}:${x.caseNumber}:${x.party}`)).toEqual(['一季度:2:Q1-1:甲', '二季度:3:Q2-1:乙', '二季度:4:Q2-2:丙']);
    expect(r.sheets.map((s) => [s.name, s.headerRow, s.skipped])).toEqual([
      ['一季度', 1, undefined],
      ['说明', undefined, 'no register header in the first 15 rows (best row matched 0 known columns, 2 needed)'],
      ['空表', undefined, 'empty sheet'],
      ['二季度', 2, undefined],
    ]);
    expect(r.problems).toEqual([]);
  });

  it('an empty workbook is not an error: every sheet is skipped and the problem is said', async () => {
    const r = await readRegister(book({ Sheet1: { rows: [] } }), 'e.xlsx', mapping);
    expect(r.rows).toEqual([]);
    expect(r.sheets).toEqual([{ name: 'Sheet1', mapped: {}, unmapped: [], skipped: 'empty sheet' }]);
    expect(r.problems[0]).toMatch(/no sheet has a register header/);
  });

  it('reads xls (BIFF8) written by SheetJS', async () => {
    const r = await readRegister(book({ S: { rows: [['案号', '当事人', '立案日期'], ['A-1', '甲公司', new Date(2023, 2, 5)]] } }, 'biff8'), 'a.xls', mapping);
    expect(strip(r.rows)).toEqual([{ sheet: 'S', row: 2, caseNumber: 'A-1', party: '甲公司', filingDate: '2023-03-05' }]);
  });

  it.each(['lo-register.xls', 'lo-register.xlsx'])('reads %s written by LibreOffice (merges, date cells, cached formulas)', async (name) => {
    const r = await readRegister(readFileSync(path.join(FIXTURES, name)), name, mapping);
    expect(strip(r.rows)).toEqual([
      { sheet: '台账', row: 3, caseNumber: '射应急罚〔2023〕1号', party: '甲化工有限公司', unit: '执法大队', filingDate: '2023-03-05', fine: 30000 },
      { sheet: '台账', row: 4, caseNumber: '射应急罚〔2023〕2号', party: '乙机械有限公司', unit: '执法大队', filingDate: '2023-03-06', fine: 12500 },
    ]);
    expect(r.sheets[0].headerRow).toBe(2);
  });
});

describe('readRegister: csv', () => {
  const text = '序号,案号,当事人,罚款金额（元）,立案日期\r\n1,射应急罚〔2023〕1号,"射阳县甲化工有限公司, 分公司","30,000",2023/3/5\r\n2,0012,乙公司,5000,2023年3月6日\r\n';
  const expected = [
    { sheet: 'Sheet1', row: 2, caseNumber: '射应急罚〔2023〕1号', party: '射阳县甲化工有限公司, 分公司', fine: 30000, filingDate: '2023-03-05' },
    { sheet: 'Sheet1', row: 3, caseNumber: '0012', party: '乙公司', fine: 5000, filingDate: '2023-03-06' },
  ];

  it('UTF-8 with BOM', async () => {
    const r = await readRegister(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'r.csv', mapping);
    expect(strip(r.rows)).toEqual(expected);
    expect(r.sheets[0].unmapped).toEqual(['序号']);
  });

  it('UTF-8 without BOM', async () => {
    expect(strip((await readRegister(Buffer.from(text, 'utf8'), 'r.csv', mapping)).rows)).toEqual(expected);
  });

  it('GBK', async () => {
    const gbk = iconv.encode(text, 'gbk');
    expect(gbk.equals(Buffer.from(text, 'utf8'))).toBe(false);
    expect(strip((await readRegister(gbk, 'r.csv', mapping)).rows)).toEqual(expected);
  });

  it('Excel "Unicode text" (UTF-16LE, tab-separated) and an HTML table saved as .xls', async () => {
    const tsv = '案号\t当事人\t立案日期\r\nA-1\t甲公司\t2023/3/5\r\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]);
    const want = [{ sheet: 'Sheet1', row: 2, caseNumber: 'A-1', party: '甲公司', filingDate: '2023-03-05' }];
    expect(strip((await readRegister(utf16, 'r.txt', mapping)).rows)).toEqual(want);
    const html = iconv.encode('<html><body><table><tr><td>案号</td><td>当事人</td><td>立案日期</td></tr><tr><td>A-1</td><td>甲公司</td><td>2023/3/5</td></tr></table></body></html>', 'gbk');
    expect(strip((await readRegister(html, 'export.xls', mapping)).rows).map(({ sheet: _s, ...x }) => x)).toEqual(want.map(({ sheet: _s, ...x }) => x));
  });
});

describe('readRegister: files that are not readable spreadsheets', () => {
  const good = book({ S: { rows: [['案号', '当事人'], ['A-1', '甲']] } });

  it.each([
    ['a PDF renamed .xlsx', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF'), 'r.xlsx', /PDF/],
    ['a truncated xlsx', good.subarray(0, Math.floor(good.length / 2)), 'r.xlsx', /corrupt or truncated/],
    ['random bytes', Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)), 'r.xlsx', /not an xlsx, xls or csv/],
    ['an empty file', Buffer.alloc(0), 'r.xlsx', /empty file/],
    ['plain text named .xlsx', Buffer.from('案号,当事人\nA,B\n'), 'r.xlsx', /plain text but named \.xlsx/],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'r.xls', /image/],
  ])('%s → RegisterError', async (_what, bytes, name, message) => {
    const p = readRegister(bytes, name, mapping);
    await expect(p).rejects.toBeInstanceOf(RegisterError);
    await expect(p).rejects.toThrow(message);
  });

  it('an encrypted xlsx (OLE container with EncryptionInfo / EncryptedPackage) → RegisterError', async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(4096, 0x5a));
    const bytes = Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
    await expect(readRegister(bytes, 'secret.xlsx', mapping)).rejects.toThrow(/register secret\.xlsx: the workbook is encrypted/);
  });

  it('a password-protected xls written by LibreOffice → RegisterError', async () => {
    const p = readRegister(readFileSync(path.join(FIXTURES, 'lo-encrypted.xls')), 'lo-encrypted.xls', mapping);
    await expect(p).rejects.toBeInstanceOf(RegisterError);
    await expect(p).rejects.toThrow(/encrypted \(password-protected\)/);
  });

  it('a Word document named .xlsx → RegisterError', async () => {
    const zip = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(zip, 'word/document.xml', Buffer.from('<w:document/>'));
    const bytes = Buffer.from(XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip' }) as Uint8Array);
    await expect(readRegister(bytes, 'r.xlsx', mapping)).rejects.toThrow(/Word document/);
  });
});

describe('readRegister: size', () => {
  it('reads a 20,000-row register', async () => {
    const rows: unknown[][] = [['2023年台账'], INTERNAL_HEADER];
    for (let i = 0; i < 20_000; i++) {
      rows.push([
        i + 1, `射应急罚〔2023〕${i + 1}号`, '未按规定培训', `某公司${i}`, '91320924MA1XXXXXX1', '执法一大队', i % 7 === 0 ? '简易程序' : '一般程序',
        i % 10 === 0 ? '事故调查' : '日常检查', 44990 + (i % 300), `2023-${String((i % 12) + 1).padStart(2, '0')}-15`, (i % 50) * 1000, '2023.12.31', '',
      ]);
    }
    const bytes = book({ 台账: { rows, merges: ['A1:M1'] } }, 'xlsx', false, true);
    const t0 = performance.now();
    const r = await readRegister(bytes, 'big.xlsx', mapping);
    const ms = performance.now() - t0;
    console.log(`20,000-row register (${(bytes.length / 1024).toFixed(0)} KB xlsx) read in ${ms.toFixed(0)} ms`);
    expect(r.rows).toHaveLength(20_000);
    expect(r.rows[19_999]).toMatchObject({ row: 20_002, caseNumber: '射应急罚〔2023〕20000号', fine: 49_000, closingDate: '2023-12-31' });
    expect(r.problems).toEqual([]);
  });
});
