/**
 * Spreadsheet plumbing shared by the register (台账) and roster (执法人员名册) readers: open xlsx / xls /
 * csv bytes, find the header row (it may sit below a title, span two rows, be merged), map columns to
 * fields by header synonyms, and parse cells (dates, amounts, text) without trusting Excel's display.
 *
 * Cells are read with `cellDates: false` and without SheetJS's formatted text: a number is a number, a
 * date column's number is an Excel serial, and text is parsed here, so the result does not depend on
 * the workbook's number formats or on the machine's locale.
 */
import { TextDecoder } from 'node:util';
import * as XLSX from 'xlsx';
import { findAmounts, parseChineseAmount } from '../text/amounts.js';
import { isValidDate, parseDateText, toIso } from '../text/dates.js';
import { headerKey } from '../text/header.js';
import type { RegisterMapping } from '../ruleset/register-schema.js';
import { isImage } from './sniff.js';
import { readXlsxFast } from './xlsx-fast.js';

// ---------------------------------------------------------------------------------------------------
// Opening a workbook

/** The bytes are not a spreadsheet SheetJS can read; the readers rethrow it as their own error. */
export class SheetFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SheetFileError';
  }
}

const READ_OPTS: XLSX.ParsingOptions = {
  dense: true,
  cellDates: false,
  cellText: false,
  cellHTML: false,
  cellNF: false,
  cellStyles: false,
  /** cached values are what we read; formulas themselves are not needed */
  cellFormula: false,
  bookVBA: false,
};

let cptableLoaded = false;
/** Legacy .xls (BIFF5 and older) may store GBK strings; SheetJS needs its codepage tables for them. */
async function loadCodepages(): Promise<void> {
  if (cptableLoaded) return;
  const cp = await import('xlsx/dist/cpexcel.full.mjs');
  XLSX.set_cptable(cp);
  cptableLoaded = true;
}

function ext(name: string): string {
  const m = /\.([^./\\]+)$/.exec(name);
  return m ? m[1].toLowerCase() : '';
}

/** Open spreadsheet bytes. Throws SheetFileError with a reason a person can act on. */
export async function openWorkbook(bytes: Buffer, fileName: string): Promise<XLSX.WorkBook> {
  if (bytes.length === 0) throw new SheetFileError('empty file (0 bytes)');
  const e = ext(fileName);
  const head = bytes.subarray(0, 8);
  if (bytes.subarray(0, 1024).includes('%PDF-')) throw new SheetFileError('the file is a PDF document, not a spreadsheet');

  // zip: xlsx / xlsm / xlsb / ods — or a Word file, or something else zipped
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5 || head[2] === 7)) {
    const tail = bytes.subarray(Math.max(0, bytes.length - 262_144));
    if (tail.includes('word/document.xml')) throw new SheetFileError('the file is a Word document (.docx), not a spreadsheet');
    if (tail.includes('ppt/presentation.xml')) throw new SheetFileError('the file is a PowerPoint document, not a spreadsheet');
    // The cell values straight from the sheet XML when the workbook is a plain one (xlsx-fast.ts);
    // SheetJS for everything else, and for every error message.
    const fast = await readXlsxFast(bytes).catch(() => undefined);
    if (fast) return fast;
    return parse(bytes, { type: 'buffer' }, 'xlsx');
  }

  // OLE compound file: .xls, or an encrypted (password-protected) xlsx, or a Word .doc
  if (head.length >= 4 && head.readUInt32BE(0) === 0xd0cf11e0) {
    let names: string[] = [];
    try {
      names = XLSX.CFB.read(bytes, { type: 'buffer' }).FullPaths.map((p: string) => p.replace(/\/$/, '').split('/').pop() ?? '');
    } catch (error) {
      throw new SheetFileError(`corrupt Office file: ${(error as Error).message}`);
    }
    if (names.includes('EncryptionInfo') || names.includes('EncryptedPackage')) {
      throw new SheetFileError('the workbook is encrypted (password-protected); save a copy without a password');
    }
    if (names.includes('WordDocument')) throw new SheetFileError('the file is a Word document (.doc), not a spreadsheet');
    await loadCodepages();
    return parse(bytes, { type: 'buffer' }, 'xls');
  }

  if (isImage(head)) throw new SheetFileError('the file is an image, not a spreadsheet');
  if (looksBinary(bytes)) throw new SheetFileError(`unrecognised binary content${e ? ` for a .${e} file` : ''}: not an xlsx, xls or csv`);

  // text: csv / tsv, or an HTML / XML table saved as .xls by many export systems
  if (!['csv', 'tsv', 'txt', 'xls', 'htm', 'html', 'xml'].includes(e)) {
    throw new SheetFileError(`the file is plain text but named .${e || '(no extension)'}; a text register must be .csv`);
  }
  const text = decodeText(bytes);
  if (/^\s*</.test(text)) {
    await loadCodepages();
    return parse(text, { type: 'string', raw: true }, 'HTML/XML table');
  }
  return parse(text, { type: 'string', raw: true }, 'csv');
}

function parse(data: Buffer | string, opts: XLSX.ParsingOptions, what: string): XLSX.WorkBook {
  try {
    return XLSX.read(data, { ...READ_OPTS, ...opts });
  } catch (error) {
    const msg = String((error as Error).message ?? error);
    if (/password|encrypt/i.test(msg)) throw new SheetFileError('the workbook is encrypted (password-protected); save a copy without a password');
    throw new SheetFileError(`cannot read the file as ${what} (corrupt or truncated?): ${msg}`);
  }
}

/** UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (GBK exports from Chinese Windows). */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('gb18030').decode(body);
  }
}


/** NUL or many control bytes early on: not text (UTF-16 with BOM is handled before). */
function looksBinary(bytes: Buffer): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control > n / 100 + 2;
}

// ---------------------------------------------------------------------------------------------------
// A sheet as a grid of cells, merges filled in

export interface Cell {
  t: 'n' | 's' | 'b' | 'e';
  /** number for 'n', text for 's' and 'e', boolean for 'b' */
  v: number | string | boolean;
  /** the cell as text: the string, or the number written plainly */
  raw: string;
  /** the value comes from the top-left cell of a merged range, not from this cell */
  merged?: boolean;
}

interface Merge {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

export class Grid {
  readonly name: string;
  /** 0-based inclusive bounds of the used range */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
  readonly date1904: boolean;
  readonly chart: boolean;
  private readonly data: (XLSX.CellObject | undefined)[][];
  /** merges covering each row, for the rows that have any */
  private readonly mergesByRow = new Map<number, Merge[]>();

  constructor(name: string, ws: XLSX.WorkSheet, date1904: boolean) {
    this.name = name;
    this.date1904 = date1904;
    this.chart = ws['!type'] === 'chart';
    this.data = (ws['!data'] as XLSX.CellObject[][] | undefined) ?? [];
    const ref = ws['!ref'] as string | undefined;
    if (ref) {
      const r = XLSX.utils.decode_range(ref);
      this.firstRow = r.s.r;
      this.lastRow = Math.min(r.e.r, this.data.length - 1);
      this.firstCol = r.s.c;
      this.lastCol = r.e.c;
    } else {
      this.firstRow = 0;
      this.lastRow = -1;
      this.firstCol = 0;
      this.lastCol = -1;
    }
    for (const m of (ws['!merges'] as Merge[] | undefined) ?? []) {
      for (let r = m.s.r; r <= m.e.r; r++) {
        const list = this.mergesByRow.get(r);
        if (list) list.push(m);
        else this.mergesByRow.set(r, [m]);
      }
    }
  }

  /** A text cell's string as stored, without making a Cell (tested on every row of a register). */
  ownString(r: number, c: number): string | undefined {
    const o = this.data[r]?.[c];
    return o && o.t === 's' && typeof o.v === 'string' && o.v.trim() !== '' ? o.v : undefined;
  }

  /** The cell as stored (no merge filling). */
  own(r: number, c: number): Cell | undefined {
    return toCell(this.data[r]?.[c]);
  }

  /**
   * The cell with merges filled in. Headers take a merge's value in every cell it covers (a group
   * header over several columns); data cells only down the merge's own column (a 办案单位 merged over
   * rows applies to each row; a note merged across a row does not spread into other fields).
   */
  cell(r: number, c: number, mode: 'header' | 'data'): Cell | undefined {
    const own = this.own(r, c);
    if (own) return own;
    const merges = this.mergesByRow.get(r);
    if (!merges) return undefined;
    for (const m of merges) {
      if (c < m.s.c || c > m.e.c) continue;
      if (m.s.r === r && m.s.c === c) return undefined;
      if (mode === 'data' && m.s.c !== c) return undefined;
      const origin = this.own(m.s.r, m.s.c);
      return origin ? { ...origin, merged: true } : undefined;
    }
    return undefined;
  }

  isEmpty(): boolean {
    for (let r = this.firstRow; r <= this.lastRow; r++) {
      const row = this.data[r];
      if (!row) continue;
      for (const cell of row) if (toCell(cell)) return false;
    }
    return true;
  }
}

export function sheetsOf(wb: XLSX.WorkBook): Grid[] {
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  return wb.SheetNames.map((name) => new Grid(name, wb.Sheets[name] ?? {}, date1904));
}

/** A number as text without exponent or float noise: 32010012345, 0.1, 30000. */
export function numberText(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e21) return v.toFixed(0);
  return String(Math.round(v * 1e10) / 1e10);
}

function toCell(o: XLSX.CellObject | undefined): Cell | undefined {
  if (!o || o.v === undefined || o.v === null) return undefined; // stubs; formulas without a cached value
  switch (o.t) {
    case 's': {
      const s = String(o.v);
      return s.trim() === '' ? undefined : { t: 's', v: s, raw: s };
    }
    case 'n':
      return typeof o.v === 'number' ? { t: 'n', v: o.v, raw: numberText(o.v) } : undefined;
    case 'b':
      return { t: 'b', v: Boolean(o.v), raw: o.v ? 'TRUE' : 'FALSE' };
    case 'e': {
      const text = o.w ?? XLSX_ERRORS[o.v as number] ?? '#ERROR';
      return { t: 'e', v: text, raw: text };
    }
    case 'd': {
      // only with cellDates, which we do not set; kept for safety
      const d = o.v instanceof Date ? o.v : new Date(String(o.v));
      if (Number.isNaN(d.getTime())) return undefined;
      const iso = toIso(d.getFullYear(), d.getMonth() + 1, d.getDate());
      return { t: 's', v: iso, raw: iso };
    }
    default:
      return undefined;
  }
}

const XLSX_ERRORS: Record<number, string> = { 0: '#NULL!', 7: '#DIV/0!', 15: '#VALUE!', 23: '#REF!', 29: '#NAME?', 36: '#NUM!', 42: '#N/A', 43: '#GETTING_DATA' };

// ---------------------------------------------------------------------------------------------------
// Headers


/** The header without a trailing bracketed note: 行政相对人代码_1（统一社会信用代码） → 行政相对人代码_1. */
function headerKeyWithoutNote(s: string): string | undefined {
  const t = s.normalize('NFKC').trim();
  const m = /^(.+?)\s*[(\[【〔][^()\[\]【】〔〕]*[)\]】〕]\s*[*※]?$/.exec(t);
  return m ? headerKey(m[1]) : undefined;
}

export interface FieldSynonyms {
  field: string;
  synonyms: readonly string[];
}

export interface HeaderColumn {
  field: string;
  col: number;
  /** A1 column letter */
  column: string;
  /** the header as written (two header rows joined with /) */
  header: string;
}

export interface HeaderFound {
  /** 0-based first and last header rows (they differ for a two-row header) */
  top: number;
  bottom: number;
  columns: HeaderColumn[];
  /** headers that map to no field */
  unmapped: string[];
  /** columns that matched a field already taken by a better column */
  duplicates: { field: string; kept: HeaderColumn; ignored: HeaderColumn }[];
}

export interface HeaderMiss {
  /** most fields matched by any row scanned */
  best: number;
}

interface Lookup {
  exact: Map<string, { field: string; rank: number }>;
}

function buildLookup(specs: readonly FieldSynonyms[]): Lookup {
  const exact = new Map<string, { field: string; rank: number }>();
  for (const spec of specs) {
    spec.synonyms.forEach((s, rank) => {
      const key = headerKey(s);
      if (!exact.has(key)) exact.set(key, { field: spec.field, rank });
    });
  }
  return { exact };
}

function match(lookup: Lookup, label: string): { field: string; rank: number } | undefined {
  const hit = lookup.exact.get(headerKey(label));
  if (hit) return hit;
  const loose = headerKeyWithoutNote(label);
  if (loose === undefined) return undefined;
  const h = lookup.exact.get(loose);
  return h ? { field: h.field, rank: h.rank + 1000 } : undefined;
}

interface Candidate {
  col: number;
  field: string;
  rank: number;
  header: string;
}

function headerText(grid: Grid, r: number, c: number): string {
  const cell = grid.cell(r, c, 'header');
  return cell && cell.t === 's' ? cell.raw.trim() : '';
}

/** Match one header row (child only) or a two-row header (child, parent+child, parent). */
function matchRow(grid: Grid, lookup: Lookup, r: number, parent: boolean): { candidates: Candidate[]; labels: Map<number, string> } {
  const candidates: Candidate[] = [];
  const labels = new Map<number, string>();
  for (let c = grid.firstCol; c <= grid.lastCol; c++) {
    const child = headerText(grid, r, c);
    const up = parent ? headerText(grid, r - 1, c) : '';
    const tries: [string, string][] = [];
    if (child) tries.push([child, child]);
    if (up && child && up !== child) tries.push([up + child, `${up}/${child}`]);
    if (up && !child) tries.push([up, up]);
    if (tries.length === 0) continue;
    let best: Candidate | undefined;
    for (const [text, shown] of tries) {
      const m = match(lookup, text);
      if (m && (!best || m.rank < best.rank)) best = { col: c, field: m.field, rank: m.rank, header: shown };
    }
    if (best) candidates.push(best);
    labels.set(c, best ? best.header : child ? (up && up !== child ? `${up}/${child}` : child) : up);
  }
  return { candidates, labels };
}

function distinctFields(cands: Candidate[]): number {
  return new Set(cands.map((c) => c.field)).size;
}

/**
 * The header: among the first `scanRows` rows, the row (or pair of rows) whose cells match the most
 * distinct fields, at least `minFields`. A title row above, blank rows and notes are passed over.
 */
export function findHeader(
  grid: Grid,
  specs: readonly FieldSynonyms[],
  opts: { scanRows?: number; minFields?: number } = {},
): HeaderFound | HeaderMiss {
  const scanRows = opts.scanRows ?? 15;
  const minFields = opts.minFields ?? 2;
  const lookup = buildLookup(specs);
  const last = Math.min(grid.lastRow, grid.firstRow + scanRows - 1);
  const singles: { r: number; score: number; m: ReturnType<typeof matchRow> }[] = [];
  for (let r = grid.firstRow; r <= last; r++) {
    const m = matchRow(grid, lookup, r, false);
    singles.push({ r, score: distinctFields(m.candidates), m });
  }
  let best: { top: number; bottom: number; score: number; m: ReturnType<typeof matchRow> } | undefined;
  for (let i = 0; i < singles.length; i++) {
    const s = singles[i];
    if (!best || s.score > best.score) best = { top: s.r, bottom: s.r, score: s.score, m: s.m };
    // two-row header: row r+1 under a parent row r; taken only when it matches more than either row alone
    const next = singles[i + 1];
    if (next && s.score + next.score > 0) {
      const pair = matchRow(grid, lookup, next.r, true);
      const score = distinctFields(pair.candidates);
      if (score > Math.max(s.score, next.score) && score > best.score) best = { top: s.r, bottom: next.r, score, m: pair };
    }
  }
  if (!best || best.score < minFields) return { best: best?.score ?? 0 };

  const byField = new Map<string, Candidate>();
  const duplicates: HeaderFound['duplicates'] = [];
  const toColumn = (c: Candidate): HeaderColumn => ({ field: c.field, col: c.col, column: XLSX.utils.encode_col(c.col), header: c.header });
  for (const cand of best.m.candidates) {
    const kept = byField.get(cand.field);
    if (!kept) byField.set(cand.field, cand);
    else if (cand.rank < kept.rank) {
      byField.set(cand.field, cand);
      duplicates.push({ field: cand.field, kept: toColumn(cand), ignored: toColumn(kept) });
    } else duplicates.push({ field: cand.field, kept: toColumn(kept), ignored: toColumn(cand) });
  }
  const columns = [...byField.values()].sort((a, b) => a.col - b.col).map(toColumn);
  const used = new Set(columns.map((c) => c.col));
  const unmapped = [...best.m.labels].filter(([c]) => !used.has(c)).map(([, label]) => label);
  return { top: best.top, bottom: best.bottom, columns, unmapped, duplicates };
}

export function isHeaderFound(h: HeaderFound | HeaderMiss): h is HeaderFound {
  return 'columns' in h;
}

/** Header text → field, for checking data rows against the header. */
export function headerMatcher(specs: readonly FieldSynonyms[]): (text: string) => string | undefined {
  const lookup = buildLookup(specs);
  return (text) => match(lookup, text)?.field;
}

/** The header row's own text per mapped column, to spot the header repeated inside the data. */
export function headerTexts(grid: Grid, headerRow: number, columns: readonly HeaderColumn[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const col of columns) {
    const cell = grid.cell(headerRow, col.col, 'header');
    if (cell && cell.t === 's') out.set(col.col, cell.raw.trim());
  }
  return out;
}

/** A data row that repeats the header (printed page breaks, concatenated exports). */
export function repeatsHeader(grid: Grid, r: number, headers: Map<number, string>): boolean {
  let hits = 0;
  for (const [c, text] of headers) {
    const value = grid.ownString(r, c);
    if (value !== undefined && value.trim() === text && ++hits >= 2) return true;
  }
  return false;
}

/** Rows that close a table rather than record something: 合计, 以下空白, 制表人：… */
export function isFooterText(s: string): boolean {
  if (!/^\s*[合总小共以此制填审负单说注备]/.test(s)) return false;
  const t = s.normalize('NFKC').replace(/\s+/g, '');
  return /^(合计|总计|小计|共计|以下空白|以下无内容|此页无正文)/.test(t) || /^(制表|填表|填报|审核|负责人|单位负责人|说明|注|备注)[^:]{0,4}:/.test(t);
}

// ---------------------------------------------------------------------------------------------------
// Cell values

/** Text value of a cell: trimmed, inner whitespace runs collapsed to one space. */
export function cellText(cell: Cell): string {
  return cell.raw.replace(/\s+/g, ' ').trim();
}

/** Excel serials of 1949-01-01 … 2100-12-31 (1900 system); other numbers are not dates we accept. */
const MIN_SERIAL = 17_899;
const MAX_SERIAL = 73_415;


function fromSerial(serial: number, date1904: boolean): string | undefined {
  const v = date1904 ? serial + 1462 : serial;
  if (v < MIN_SERIAL || v > MAX_SERIAL) return undefined;
  const p = XLSX.SSF.parse_date_code(serial, { date1904 }) as { y: number; m: number; d: number } | null;
  return p && isValidDate(p.y, p.m, p.d) ? toIso(p.y, p.m, p.d) : undefined;
}

export type Parsed<T> = { value: T } | { error: string } | { empty: true };

const BLANK_RE = /^[\s/\\\-—–_~～·.。无空否暂无]*$/;

/** A date cell: an Excel serial, a date typed as text, a serial stored as text. */
export function parseDateCell(cell: Cell, date1904: boolean, memo?: Map<string, Parsed<string>>): Parsed<string> {
  if (memo && cell.t === 's') {
    const hit = memo.get(cell.raw);
    if (hit) return hit;
    const p = parseDateCell(cell, date1904);
    if (memo.size < 100_000) memo.set(cell.raw, p);
    return p;
  }
  if (cell.t === 'n') {
    const v = cell.v as number;
    const iso = fromSerial(Math.floor(v), date1904) ?? (Number.isInteger(v) ? parseDateText(String(v)) : undefined);
    return iso ? { value: iso } : { error: `number ${cell.raw} is not a date` };
  }
  if (cell.t !== 's') return { error: `"${cell.raw}" is not a date` };
  const text = cell.raw.trim();
  if (BLANK_RE.test(text)) return { empty: true };
  const iso = parseDateText(text);
  if (iso) return { value: iso };
  if (/^\d{5}(?:\.\d+)?$/.test(text)) {
    const s = fromSerial(Math.floor(Number(text)), date1904);
    if (s) return { value: s };
  }
  return { error: `"${text}" is not a date` };
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

/**
 * An amount cell, in yuan. `factor` is 10000 for a 万元 column. Text with its own unit (3万元, 30000元,
 * 叁万元整) is taken as written; a bare number follows the column.
 */
export function parseAmountCell(cell: Cell, factor: number): Parsed<number> {
  if (cell.t === 'n') return { value: round2((cell.v as number) * factor) };
  if (cell.t !== 's') return { error: `"${cell.raw}" is not an amount` };
  const text = cell.raw.normalize('NFKC').trim();
  if (BLANK_RE.test(text)) return { empty: true };
  const t = text.replace(/\s+/g, '').replace(/^(?:罚款|人民币|RMB|¥|￥)+/i, '').replace(/(?:人民币)$/, '');
  const unit = /[万元圆]/.test(t);
  const v = parseChineseAmount(t);
  if (v !== undefined) return { value: unit ? v : round2(v * factor) };
  const mentions = findAmounts(text);
  if (mentions.length === 1 || (mentions.length === 2 && mentions[0].pairedWith === 1)) return { value: mentions[0].yuan };
  if (/[\d零〇○壹贰貳叁參肆伍陆陸柒捌玖拾佰仟一二两三四五六七八九十百千万]/.test(text)) return { error: `"${text}" is not an amount` };
  return { empty: true };
}

/** "Sheet1!C7" */
export function at(grid: Grid, r: number, column: string): string {
  return `${grid.name}!${column}${r + 1}`;
}
