/**
 * The roster of certified enforcement officers (执法人员名册 / 执法证件台账): name, certificate number,
 * issue and expiry dates, unit. Checks use it to tell whether the officers named in a case held a valid
 * certificate (持证上岗) on the day they acted.
 */
import { datesInText } from '../text/dates.js';
import {
  at,
  cellText,
  findHeader,
  headerTexts,
  isFooterText,
  isHeaderFound,
  openWorkbook,
  parseDateCell,
  repeatsHeader,
  sheetsOf,
  SheetFileError,
  type Cell,
  type FieldSynonyms,
  type Grid,
  type HeaderColumn,
} from './sheet.js';
import { RosterError } from './side-input-errors.js';

export interface RosterOfficer {
  name: string;
  certificate: string;
  /** ISO YYYY-MM-DD */
  issued?: string;
  expires?: string;
  unit?: string;
  sheet: string;
  /** 1-based spreadsheet row */
  row: number;
}

export interface RosterReadResult {
  officers: RosterOfficer[];
  problems: string[];
}

/** The file is not a spreadsheet that can be read (corrupt, encrypted, a PDF, …). */
export { RosterError };

/** Roster headers. [practice] Fixed here: rosters are few and their headers alike. */
export const ROSTER_FIELDS: readonly FieldSynonyms[] = [
  { field: 'name', synonyms: ['姓名', '执法人员姓名', '执法人员', '人员姓名'] },
  { field: 'certificate', synonyms: ['执法证号', '执法证件号', '执法证件号码', '证件号码', '执法证编号', '执法证号码', '执法证件编号', '证号', '证件编号'] },
  { field: 'issued', synonyms: ['发证日期', '发证时间', '领证日期', '发证日', '有效期起', '有效期自', '有效期开始', '起始日期'] },
  { field: 'expires', synonyms: ['有效期至', '有效期', '有效期限', '有效截止日期', '截止日期', '到期日期', '有效日期', '有效期止', '有效期截止', '终止日期'] },
  { field: 'unit', synonyms: ['所属单位', '单位', '工作单位', '单位名称', '所在单位'] },
];

/** A validity with no end date. */
const OPEN_ENDED_RE = /^(长期|长期有效|永久|无固定期限)$/;

export async function readRoster(bytes: Buffer, fileName: string): Promise<RosterReadResult> {
  let grids: Grid[];
  try {
    grids = sheetsOf(await openWorkbook(bytes, fileName));
  } catch (error) {
    if (error instanceof SheetFileError) throw new RosterError(fileName, error.message);
    throw new RosterError(fileName, `cannot read the file: ${(error as Error).message ?? String(error)}`);
  }
  const out: RosterReadResult = { officers: [], problems: [] };
  let read = 0;
  for (const grid of grids) {
    if (grid.chart || grid.isEmpty()) continue;
    const header = findHeader(grid, ROSTER_FIELDS);
    if (!isHeaderFound(header)) {
      out.problems.push(`${grid.name}: no roster header (姓名, 执法证号 …) in the first 15 rows; sheet skipped`);
      continue;
    }
    const fields = new Set(header.columns.map((c) => c.field));
    if (!fields.has('name') || !fields.has('certificate')) {
      out.problems.push(`${grid.name}: the header has no ${fields.has('name') ? '执法证号' : '姓名'} column; sheet skipped`);
      continue;
    }
    read++;
    readRows(grid, header.columns, header.bottom, out);
  }
  if (read === 0 && out.problems.length === 0) out.problems.push('the roster has no data');

  // one certificate, two people: the checks cannot tell who holds it
  const byCert = new Map<string, RosterOfficer>();
  for (const o of out.officers) {
    const first = byCert.get(o.certificate);
    if (!first) byCert.set(o.certificate, o);
    else if (first.name !== o.name) {
      out.problems.push(`certificate ${o.certificate} is listed for ${first.name} (${first.sheet} row ${first.row}) and ${o.name} (${o.sheet} row ${o.row})`);
    }
  }
  return out;
}

function readRows(grid: Grid, columns: HeaderColumn[], headerRow: number, out: RosterReadResult): void {
  const headers = headerTexts(grid, headerRow, columns);
  for (let r = headerRow + 1; r <= grid.lastRow; r++) {
    const cells = new Map<string, { col: HeaderColumn; cell: Cell }>();
    let own = 0;
    for (const col of columns) {
      const cell = grid.cell(r, col.col, 'data');
      if (!cell || cell.t === 'e') continue;
      cells.set(col.field, { col, cell });
      if (!cell.merged) own++;
    }
    if (own === 0) continue;
    if (repeatsHeader(grid, r, headers)) continue;
    const lead = [...cells.values()].find((c) => !c.cell.merged);
    if (lead && isFooterText(lead.cell.raw)) continue;

    const name = cells.get('name') ? personName(cells.get('name')!.cell) : '';
    const certificate = cells.get('certificate') ? cells.get('certificate')!.cell.raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase() : '';
    if (!name || !certificate) {
      const what = !name && !certificate ? 'no name and no certificate number' : !name ? `certificate ${certificate} has no name` : `${name} has no certificate number`;
      out.problems.push(`${grid.name} row ${r + 1}: ${what}; row ignored`);
      continue;
    }
    const officer: RosterOfficer = { name, certificate, sheet: grid.name, row: r + 1 };
    const unit = cells.get('unit');
    if (unit) officer.unit = cellText(unit.cell);

    const issued = cells.get('issued');
    if (issued) {
      const p = parseDateCell(issued.cell, grid.date1904);
      if ('value' in p) officer.issued = p.value;
      else if ('error' in p) out.problems.push(`${at(grid, r, issued.col.column)} (${issued.col.header}): ${p.error}`);
    }
    const expires = cells.get('expires');
    if (expires) {
      const text = cellText(expires.cell);
      if (expires.cell.t === 's' && OPEN_ENDED_RE.test(text.replace(/\s+/g, ''))) {
        // no expiry
      } else {
        const single = parseDateCell(expires.cell, grid.date1904);
        if ('value' in single) officer.expires = single.value;
        else if ('error' in single) {
          // a range: 2020.01.01-2025.12.31, 2020年1月1日至2025年12月31日, 2020.01.01至长期
          const dates = expires.cell.t === 's' ? datesInText(text) : [];
          if (dates.length === 2) {
            officer.issued ??= dates[0];
            officer.expires = dates[1];
          } else if (dates.length === 1 && /长期|永久/.test(text)) {
            officer.issued ??= dates[0];
          } else out.problems.push(`${at(grid, r, expires.col.column)} (${expires.col.header}): ${single.error}`);
        }
      }
    }
    if (officer.issued && officer.expires && officer.expires < officer.issued) {
      out.problems.push(`${grid.name} row ${r + 1}: ${name}'s certificate expires (${officer.expires}) before it was issued (${officer.issued})`);
    }
    out.officers.push(officer);
  }
}

/** Names padded for alignment (张  三) lose the padding; Latin names keep single spaces. */
function personName(cell: Cell): string {
  return cellText(cell)
    .normalize('NFKC')
    .replace(/([\u3400-\u9fff·])\s+(?=[\u3400-\u9fff·])/g, '$1')
    .trim();
}
