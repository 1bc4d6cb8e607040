import * as XLSX from 'xlsx';

/** Sheet layout shared by every workbook caseaudit writes (score sheet, sampling list). */

export type Cell = string | number | null;

/** Display width of text in a fixed-width grid: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u.test(ch) ? 2 : 1;
  return w;
}

/**
 * A sheet with a header row that stays in view (frozen later, see freezeHeaderRows), an autofilter over
 * the whole table, and columns wide enough for their content (capped so a long message wraps the view,
 * not the sheet).
 */
export function sheet(header: string[], rows: Cell[][], filter = true): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet([header, ...rows]);
  const lastCol = XLSX.utils.encode_col(header.length - 1);
  if (filter) ws['!autofilter'] = { ref: `A1:${lastCol}${rows.length + 1}` };
  ws['!cols'] = header.map((h, c) => {
    let widest = displayWidth(h);
    for (const r of rows) if (r[c] !== null && r[c] !== undefined) widest = Math.max(widest, displayWidth(String(r[c])));
    return { wch: Math.min(60, Math.max(6, widest + 2)) };
  });
  return ws;
}

const FROZEN_PANE = '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>';

/**
 * Freeze the first row of every sheet. SheetJS community 0.20.3 reads no `!views`/`!freeze` on a
 * worksheet and always writes a bare `<sheetView workbookViewId="0"/>`, so the pane is added to the
 * written package: the standard SpreadsheetML `<pane state="frozen">` inside each sheetView.
 */
export function freezeHeaderRows(xlsx: Uint8Array): Uint8Array {
  const cfb = XLSX.CFB.read(xlsx, { type: 'buffer' });
  cfb.FullPaths.forEach((path: string, i: number) => {
    if (!/\/xl\/worksheets\/sheet\d+\.xml$/.test(path)) return;
    const entry = cfb.FileIndex[i];
    const xml = Buffer.from(entry.content).toString('utf8');
    if (xml.includes('<pane ')) return;
    const frozen = xml.replace(/<sheetView\b([^>]*?)(\/?)>/, (_m, attrs: string, selfClosing: string) =>
      selfClosing ? `<sheetView${attrs}>${FROZEN_PANE}</sheetView>` : `<sheetView${attrs}>${FROZEN_PANE}`,
    );
    entry.content = Buffer.from(frozen, 'utf8');
    entry.size = entry.content.length;
  });
  return XLSX.CFB.write(cfb, { fileType: 'zip', type: 'buffer', compression: true }) as Uint8Array;
}
