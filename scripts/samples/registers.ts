/**
 * The case register (案件台账.xlsx) and the officer roster (执法人员名册.xlsx), with their planted
 * differences: a fine that differs from the decision, a row without a folder, a folder without a row
 * (declared in the scenarios' `register`), and the two roster defects (declared in cases.ts).
 */
import { workbook, type Cell } from './lib/xlsx.js';
import type { RegisterPlant } from './lib/types.js';
import { ROSTER } from './data/officers.js';
import { CASES, REGISTER_ONLY } from './data/cases.js';
import { ctxOf } from './templates/common.js';
import { causeOf, docNo } from './templates/common.js';

export const REGISTER_TITLE = '射阳县应急管理局行政处罚案件台账（2020—2026年）';
export const REGISTER_SHEET = '案件台账';
export const ROSTER_SHEET = '执法人员名册';
const HEADER = ['序号', '案号', '案由', '当事人', '统一社会信用代码', '办案单位', '程序类型', '案件来源', '立案日期', '处罚决定日期', '罚款金额（元）', '结案日期', '复议诉讼情况'];

export function caseNumberOf(key: string): string {
  const s = CASES.find((c) => c.key === key)!;
  const c = ctxOf(s);
  return docNo(c, s.procedure === 'simple' ? '简罚' : '罚', s.procedure === 'simple' ? 'onsite-penalty-decision' : 'penalty-decision').text;
}

export function registerWorkbook(): { bytes: Buffer; plants: RegisterPlant[] } {
  type Row = { sortKey: string; cells: (n: number) => Cell[] };
  const rows: Row[] = [];
  const plants: RegisterPlant[] = [];
  for (const s of CASES) {
    if (s.register.omit) continue;
    const c = ctxOf(s);
    const simple = s.procedure === 'simple';
    const dt = (iso?: string): Cell => (!iso ? null : s.register.textDates ? { text: iso.replaceAll('-', '.') } : { date: iso });
    const fine = s.register.fine ?? s.fine;
    rows.push({
      sortKey: `${s.year}-${String(s.serial).padStart(4, '0')}`,
      cells: (n) => [
        n, caseNumberOf(s.key), causeOf(c), s.party.name, s.party.creditCode, s.unit, simple ? '简易程序' : '一般程序', s.register.source,
        // simple-procedure cases have no 立案: the register repeats the decision date, and closes on payment
        // (a transferred case has no decision, fine or closing of its own)
        dt(simple ? s.dates.decision : s.dates.filing), dt(s.procedure === 'transfer' ? undefined : s.dates.decision), s.procedure === 'transfer' ? null : fine, dt(simple ? s.dates.payment : s.dates.closing),
        s.register.review,
      ],
    });
  }
  const x = REGISTER_ONLY;
  rows.push({
    sortKey: '2023-0021',
    cells: (n) => [n, x.caseNumber, x.cause, x.party, x.creditCode, x.unit, x.procedure, x.source, { date: x.filing }, { date: x.decision }, x.fine, { date: x.closing }, x.review],
  });
  rows.sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1));
  const data = rows.map((r, i) => r.cells(i + 1));
  // record the plants with their spreadsheet row numbers (1-based, title row = 1, header row = 2)
  data.forEach((cells, i) => {
    const row = i + 3;
    const number = cells[1] as string;
    if (number === x.caseNumber) {
      plants.push({ rule: 'register-case-missing', key: number, row, note: '台账有此案，但档案中无对应案卷文件夹' });
    }
    const s = CASES.find((c) => !c.register.omit && caseNumberOf(c.key) === number);
    if (s?.register.fine !== undefined) {
      plants.push({
        rule: 'register-mismatch', key: 'fine', case: `archive/${s.folder}`, row, register: s.register.fine, actual: s.fine,
        note: `台账罚款金额${s.register.fine}元，决定书为${s.fine}元`,
      });
    }
  });
  for (const s of CASES.filter((c) => c.register.omit)) {
    plants.push({ rule: 'register-folder-unlisted', key: `archive/${s.folder}`, folder: `archive/${s.folder}`, note: '有案卷文件夹，台账中无此案' });
  }
  const bytes = workbook([
    {
      name: REGISTER_SHEET,
      titleRow: true,
      rows: [[REGISTER_TITLE], HEADER, ...data],
      widths: [6, 26, 48, 30, 22, 14, 10, 10, 12, 12, 12, 12, 16],
    },
  ]);
  return { bytes, plants };
}

export function rosterWorkbook(): Buffer {
  return workbook([
    {
      name: ROSTER_SHEET,
      rows: [
        ['姓名', '执法证号', '发证日期', '有效期至', '所属单位'],
        ...ROSTER.map((r): Cell[] => [r.name, { text: r.certificate }, { date: r.issued }, { date: r.validUntil }, r.unit]),
      ],
      widths: [10, 16, 12, 12, 14],
    },
  ]);
}
