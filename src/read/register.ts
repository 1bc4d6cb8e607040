/**
 * The case register (台账) and the published 双公示 penalty records: one row per case, read from xlsx,
 * xls or csv with the column mapping of schemas/work-safety/register.yaml. Every sheet with a
 * recognisable header is read; cells keep their column letter and raw text so findings can point at
 * them ("台账第7行 立案日期").
 */
import {
  at,
  cellText,
  findHeader,
  isFooterText,
  isHeaderFound,
  openWorkbook,
  parseAmountCell,
  parseDateCell,
  repeatsHeader,
  headerTexts,
  sheetsOf,
  SheetFileError,
  type Cell,
  type FieldSynonyms,
  type Grid,
  type HeaderColumn,
} from './sheet.js';
import { REGISTER_FIELDS, type RegisterMapping } from '../ruleset/register-schema.js';
import { headerKey } from '../text/header.js';
import { RegisterError } from './side-input-errors.js';

export type { RegisterMapping } from '../ruleset/register-schema.js';

export interface RegisterRow {
  sheet: string;
  /** 1-based spreadsheet row */
  row: number;
  caseNumber?: string;
  cause?: string;
  party?: string;
  creditCode?: string;
  /** the unit that handled the case (办案单位 / 承办单位 / 执法机构) */
  unit?: string;
  /** the agency in whose name the decision was made (处罚机关) */
  agency?: string;
  procedure?: 'general' | 'simple';
  /** 案件来源: 日常检查 / 举报 / 事故 … */
  source?: string;
  /** 事前 (from inspections, reports) vs after an accident; from a 事前 column or the source */
  proactive?: boolean;
  /** ISO YYYY-MM-DD */
  filingDate?: string;
  decisionDate?: string;
  closingDate?: string;
  /** yuan (万元 columns converted, rounded to 2 decimals) */
  fine?: number;
  /** 复议诉讼情况 */
  outcome?: string;
  /** field → A1 column letter and the raw cell text (a date serial is shown as its ISO date) */
  cells: Record<string, { column: string; raw: string }>;
}

export interface RegisterSheetInfo {
  name: string;
  /** 1-based row of the header (the upper row of a two-row header) */
  headerRow?: number;
  /** field → header as written */
  mapped: Record<string, string>;
  /** headers that map to no field */
  unmapped: string[];
  /** why the sheet was not read */
  skipped?: string;
}

export interface RegisterReadResult {
  rows: RegisterRow[];
  sheets: RegisterSheetInfo[];
  problems: string[];
}

/** The file is not a spreadsheet that can be read (corrupt, encrypted, a PDF, …). */
export { RegisterError };

const DATE_FIELDS = new Set(['filingDate', 'decisionDate', 'closingDate']);
const TEXT_FIELDS = ['caseNumber', 'cause', 'party', 'unit', 'agency', 'source', 'outcome'] as const;

export async function readRegister(bytes: Buffer, fileName: string, mapping: RegisterMapping): Promise<RegisterReadResult> {
  let grids: Grid[];
  try {
    grids = sheetsOf(await openWorkbook(bytes, fileName));
  } catch (error) {
    if (error instanceof SheetFileError) throw new RegisterError(fileName, error.message);
    throw new RegisterError(fileName, `cannot read the file: ${(error as Error).message ?? String(error)}`);
  }
  const specs: FieldSynonyms[] = REGISTER_FIELDS.flatMap((field) => {
    const synonyms = mapping.fields[field];
    return synonyms ? [{ field, synonyms }] : [];
  });
  const result: RegisterReadResult = { rows: [], sheets: [], problems: [] };
  if (grids.length === 0) result.problems.push('the workbook has no sheets');

  for (const grid of grids) {
    if (grid.chart) {
      result.sheets.push({ name: grid.name, mapped: {}, unmapped: [], skipped: 'chart sheet' });
      continue;
    }
    if (grid.isEmpty()) {
      result.sheets.push({ name: grid.name, mapped: {}, unmapped: [], skipped: 'empty sheet' });
      continue;
    }
    const header = findHeader(grid, specs);
    if (!isHeaderFound(header)) {
      result.sheets.push({
        name: grid.name,
        mapped: {},
        unmapped: [],
        skipped: `no register header in the first 15 rows (best row matched ${header.best} known column${header.best === 1 ? '' : 's'}, 2 needed)`,
      });
      continue;
    }
    result.sheets.push({
      name: grid.name,
      headerRow: header.top + 1,
      mapped: Object.fromEntries(header.columns.map((c) => [c.field, c.header])),
      unmapped: header.unmapped,
    });
    for (const d of header.duplicates) {
      result.problems.push(
        `${grid.name}: columns ${d.kept.column} (${d.kept.header}) and ${d.ignored.column} (${d.ignored.header}) both give ${d.field}; using ${d.kept.column}`,
      );
    }
    readRows(grid, header.columns, header.bottom, mapping, result);
  }
  if (result.sheets.length > 0 && result.sheets.every((s) => s.skipped)) {
    result.problems.push(`no sheet has a register header (need at least 2 known columns such as 案号, 当事人, 立案日期, 罚款金额)`);
  }
  return result;
}

function readRows(
  grid: Grid,
  columns: HeaderColumn[],
  headerRow: number,
  mapping: RegisterMapping,
  out: RegisterReadResult,
): void {
  const marker = headerKey(mapping.tenThousandMarker);
  const factor = new Map(columns.map((c) => [c.field, headerKey(c.header).includes(marker) ? 10_000 : 1]));
  const procedure = valueLookup({ general: mapping.procedure.general, simple: mapping.procedure.simple });
  const yesNo = valueLookup({ yes: mapping.proactive.yes, no: mapping.proactive.no });
  const headers = headerTexts(grid, headerRow, columns);
  const dates = new Map<string, ReturnType<typeof parseDateCell>>();
  const proactive = memo((source: string) => proactiveFromSource(source, mapping));

  // the row's cells, reused from row to row (a register has tens of thousands)
  const gotCols: HeaderColumn[] = [];
  const gotCells: Cell[] = [];
  for (let r = headerRow + 1; r <= grid.lastRow; r++) {
    gotCols.length = 0;
    gotCells.length = 0;
    let own = 0;
    for (const col of columns) {
      const cell = grid.cell(r, col.col, 'data');
      if (!cell) continue;
      gotCols.push(col);
      gotCells.push(cell);
      if (!cell.merged) own++;
    }
    // nothing of its own: blank, or only the tail of a merged cell from above
    if (own === 0) continue;
    if (repeatsHeader(grid, r, headers)) continue;
    const firstText = firstNonEmpty(grid, r);
    if (firstText !== undefined && isFooterText(firstText)) continue;

    const row: RegisterRow = { sheet: grid.name, row: r + 1, cells: {} };
    const problem = (col: HeaderColumn, msg: string) => out.problems.push(`${at(grid, r, col.column)} (${col.header}): ${msg}`);
    for (let k = 0; k < gotCols.length; k++) {
      const col = gotCols[k];
      const cell = gotCells[k];
      const field = col.field;
      row.cells[field] = { column: col.column, raw: cell.raw };
      if (cell.t === 'e') {
        problem(col, `formula error ${cell.raw}`);
        continue;
      }
      if (DATE_FIELDS.has(field)) {
        const p = parseDateCell(cell, grid.date1904, dates);
        if ('value' in p) {
          row[field as 'filingDate' | 'decisionDate' | 'closingDate'] = p.value;
          if (cell.t === 'n') row.cells[field].raw = p.value;
        } else if ('error' in p) problem(col, p.error);
      } else if (field === 'fine') {
        const p = parseAmountCell(cell, factor.get(field) ?? 1);
        if ('value' in p) row.fine = p.value;
        else if ('error' in p) problem(col, p.error);
      } else if (field === 'procedure') {
        const v = procedure(cellText(cell));
        if (v === 'general' || v === 'simple') row.procedure = v;
        else problem(col, `procedure "${cellText(cell)}" is neither ${mapping.procedure.general[0]} nor ${mapping.procedure.simple[0]}`);
      } else if (field === 'proactive') {
        const v = yesNo(cellText(cell));
        if (v !== undefined) row.proactive = v === 'yes';
      } else if (field === 'creditCode') {
        row.creditCode = cell.raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
      } else if ((TEXT_FIELDS as readonly string[]).includes(field)) {
        const text = cellText(cell);
        if (text !== '') row[field as (typeof TEXT_FIELDS)[number]] = text;
      }
    }
    if (row.proactive === undefined && row.source !== undefined) row.proactive = proactive(row.source);
    out.rows.push(row);
  }
}

function firstNonEmpty(grid: Grid, r: number): string | undefined {
  for (let c = grid.firstCol; c <= grid.lastCol; c++) {
    const cell = grid.own(r, c);
    if (cell) return cell.raw;
  }
  return undefined;
}

function valueKey(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** Cell value → category: exact match first, then the longest synonym the value contains. */
function valueLookup<K extends string>(table: Record<K, readonly string[]>): (value: string) => K | undefined {
  const entries = (Object.entries(table) as [K, string[]][]).flatMap(([k, words]) => words.map((w) => [valueKey(w), k] as const));
  const exact = new Map(entries);
  const byLength = [...entries].sort((a, b) => b[0].length - a[0].length);
  return memo((value: string) => {
    const v = valueKey(value);
    if (v === '') return undefined;
    const hit = exact.get(v);
    if (hit !== undefined) return hit;
    for (const [w, k] of byLength) if (w.length >= 2 && v.includes(w)) return k;
    return undefined;
  });
}

/** Register columns repeat a handful of values thousands of times. */
function memo<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    if (cache.has(s)) return cache.get(s) as T;
    const v = fn(s);
    if (cache.size < 10_000) cache.set(s, v);
    return v;
  };
}

/** 案件来源 → 事前 (true), 事后 (false), or unknown. */
export function proactiveFromSource(source: string, mapping: RegisterMapping): boolean | undefined {
  const original = source.normalize('NFKC');
  let t = original;
  for (const w of [...mapping.proactive.notReactive].sort((a, b) => b.length - a.length)) t = t.split(w).join(' ');
  if (mapping.proactive.reactiveSources.some((w) => t.includes(w))) return false;
  if (mapping.proactive.proactiveSources.some((w) => original.includes(w))) return true;
  if (mapping.proactive.notReactive.some((w) => original.includes(w))) return true;
  return undefined;
}
