/**
 * Spreadsheet writers (SheetJS): the case register (案件台账) and the officer roster (执法人员名册).
 * Dates are written as numeric serials with a date format (TZ-independent) or, for some rows, as
 * text like 2023.03.05, because real registers mix both. Certificate numbers are text cells so long
 * digit strings are not turned into numbers. Workbook properties carry fixed dates (deterministic).
 */
import * as XLSX from 'xlsx';

const FIXED = new Date('2024-01-01T00:00:00Z');

export type Cell = string | number | { date: string } | { text: string } | null;

function excelSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function toCell(c: Cell): XLSX.CellObject | undefined {
  if (c === null) return undefined;
  if (typeof c === 'number') return { t: 'n', v: c };
  if (typeof c === 'string') return { t: 's', v: c };
  if ('date' in c) return { t: 'n', v: excelSerial(c.date), z: 'yyyy-mm-dd' };
  return { t: 's', v: c.text };
}

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  widths: number[];
  /** merge the first row across all columns (a title row) */
  titleRow?: boolean;
}

export function workbook(sheets: SheetSpec[]): Buffer {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws: XLSX.WorkSheet = {};
    let maxC = 0;
    s.rows.forEach((row, r) => {
      row.forEach((c, col) => {
        const cell = toCell(c);
        if (cell) ws[XLSX.utils.encode_cell({ r, c: col })] = cell;
        maxC = Math.max(maxC, col);
      });
    });
    ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: s.rows.length - 1, c: maxC } });
    ws['!cols'] = s.widths.map((wch) => ({ wch }));
    if (s.titleRow) ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: maxC } }];
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  wb.Props = { Author: '射阳县应急管理局', CreatedDate: FIXED, ModifiedDate: FIXED } as XLSX.FullProperties;
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}
