import type * as XLSX from 'xlsx';
import yauzl from 'yauzl';

/**
 * A fast path for the common .xlsx register: its worksheets' cell values (shared, inline and formula
 * strings, numbers, booleans, errors) and merged ranges, read straight from the sheet XML, with the zip
 * inflated by node's zlib. A register of 20,000 rows has 260,000 cells; SheetJS builds a full model of
 * each (styles, formats, formulas) that a register never uses, which costs several times more.
 *
 * It returns the shape SheetJS gives with `dense: true` (the `!data` rows, `!ref`, `!merges`) and gives up
 * — returning undefined, so SheetJS reads the file — on anything it does not know: chart sheets, macro
 * sheets, missing parts, an unexpected cell type. What it reads is checked against SheetJS on the
 * register fixtures (test/register-fast.test.ts).
 */
export async function readXlsxFast(bytes: Buffer): Promise<XLSX.WorkBook | undefined> {
  const parts = await unzip(bytes, (name) => name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels' || name === 'xl/sharedStrings.xml' || /^xl\/worksheets\/[^/]+\.xml$/.test(name));
  if (!parts) return undefined;
  const workbook = parts.get('xl/workbook.xml');
  const rels = parts.get('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return undefined;

  const targets = new Map<string, { type: string; target: string }>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attr(m[1], 'Id');
    const type = attr(m[1], 'Type');
    const target = attr(m[1], 'Target');
    if (id && type && target) targets.set(id, { type, target });
  }
  const sheets: { name: string; path: string }[] = [];
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = attr(m[1], 'name');
    const rel = targets.get(attr(m[1], 'r:id') ?? '');
    // chart sheets, dialog and macro sheets: SheetJS knows them
    if (!name || !rel || !rel.type.endsWith('/worksheet')) return undefined;
    const target = rel.target.replace(/^\//, '');
    sheets.push({ name: unescapeXml(name), path: target.startsWith('xl/') ? target : `xl/${target}` });
  }
  if (sheets.length === 0) return undefined;
  const pr = /<workbookPr\b([^>]*)>/.exec(workbook)?.[1] ?? '';
  const date1904 = /^(1|true)$/i.test(attr(pr, 'date1904') ?? '');

  const shared = parts.has('xl/sharedStrings.xml') ? sharedStrings(parts.get('xl/sharedStrings.xml')!) : [];
  const book: XLSX.WorkBook = { SheetNames: [], Sheets: {}, Workbook: { WBProps: { date1904 } } } as XLSX.WorkBook;
  for (const s of sheets) {
    const xml = parts.get(s.path);
    if (xml === undefined) return undefined;
    const ws = worksheet(xml, shared);
    if (!ws) return undefined;
    book.SheetNames.push(s.name);
    book.Sheets[s.name] = ws;
  }
  return book;
}

const ATTRS = new Map<string, RegExp>();
function attr(attrs: string, name: string): string | undefined {
  let re = ATTRS.get(name);
  if (!re) ATTRS.set(name, (re = new RegExp(`(?:^|\\s)${name.replace(':', '\\:')}="([^"]*)"`)));
  return re.exec(attrs)?.[1];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML entities, then the `_xHHHH_` escapes Office uses for control characters (as SheetJS decodes them). */
export function unescapeXml(s: string): string {
  if (s.includes('&')) {
    s = s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e],
    );
  }
  if (s.includes('_x')) s = s.replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return s;
}

/** The text of a string item: its `<t>` runs, without phonetic guides (`<rPh>`). */
function itemText(si: string): string {
  const body = si.includes('<rPh') ? si.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : si;
  let text = '';
  for (const m of body.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) text += m[1] ?? '';
  return unescapeXml(text);
}

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)) out.push(itemText(m[1] ?? ''));
  return out;
}

/** Column letters → 0-based index. */
function colIndex(ref: string, end: number): number {
  let c = 0;
  for (let i = 0; i < end; i++) c = c * 26 + (ref.charCodeAt(i) - 64);
  return c - 1;
}

function decodeCell(ref: string): { r: number; c: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return undefined;
  return { c: colIndex(m[1], m[1].length), r: Number(m[2]) - 1 };
}

function encodeCol(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;

function worksheet(xml: string, shared: string[]): XLSX.WorkSheet | undefined {
  const data: (XLSX.CellObject | undefined)[][] = [];
  let minR = Infinity;
  let minC = Infinity;
  let maxR = -1;
  let maxC = -1;
  const sheetData = /<sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/sheetData>)/.exec(xml)?.[1] ?? '';
  let rowIndex = -1;
  for (const row of sheetData.matchAll(ROW)) {
    const rAttr = attr(row[1], 'r');
    rowIndex = rAttr ? Number(rAttr) - 1 : rowIndex + 1;
    let colIdx = -1;
    for (const cell of (row[2] ?? '').matchAll(CELL)) {
      const attrs = cell[1];
      const ref = attr(attrs, 'r');
      let r = rowIndex;
      let c = colIdx + 1;
      if (ref) {
        const at = decodeCell(ref);
        if (!at) return undefined;
        r = at.r;
        c = at.c;
      }
      colIdx = c;
      const body = cell[2] ?? '';
      const t = attr(attrs, 't') ?? 'n';
      const v = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let o: XLSX.CellObject | undefined;
      switch (t) {
        case 's':
          if (v === undefined) break;
          if (!/^\d+$/.test(v) || Number(v) >= shared.length) return undefined;
          o = { t: 's', v: shared[Number(v)] };
          break;
        case 'str':
          o = v === undefined ? undefined : { t: 's', v: unescapeXml(v) };
          break;
        case 'inlineStr': {
          const is = /<is\b[^>]*>([\s\S]*?)<\/is>/.exec(body)?.[1];
          o = is === undefined ? undefined : { t: 's', v: itemText(is) };
          break;
        }
        case 'n':
          if (v === undefined || v === '') break;
          o = { t: 'n', v: Number(v) };
          if (Number.isNaN(o.v)) return undefined;
          break;
        case 'b':
          o = v === undefined ? undefined : { t: 'b', v: v === '1' || v === 'true' };
          break;
        case 'e':
          o = v === undefined ? undefined : { t: 'e', v: 0, w: unescapeXml(v) };
          break;
        default:
          // 'd' (ISO dates) and anything newer: SheetJS decides
          return undefined;
      }
      if (r < minR) minR = r;
      if (c < minC) minC = c;
      if (r > maxR) maxR = r;
      if (c > maxC) maxC = c;
      if (!o) continue;
      (data[r] ??= [])[c] = o;
    }
  }
  for (let r = 0; r < data.length; r++) data[r] ??= [];
  const merges: XLSX.Range[] = [];
  for (const m of xml.matchAll(/<mergeCell\b([^>]*)\/?>/g)) {
    const [a, b] = (attr(m[1], 'ref') ?? '').split(':');
    const s = decodeCell(a ?? '');
    const e = decodeCell(b ?? a ?? '');
    if (!s || !e) return undefined;
    merges.push({ s, e });
  }
  // the sheet's stated extent, widened to the cells found (as SheetJS does with a stale <dimension>)
  const dim = /<dimension\b([^>]*)\/?>/.exec(xml);
  if (dim) {
    const [a, b] = (attr(dim[1], 'ref') ?? '').split(':');
    const s = decodeCell(a ?? '');
    const e = decodeCell(b ?? a ?? '');
    if (s && e) {
      minR = Math.min(minR, s.r);
      minC = Math.min(minC, s.c);
      maxR = Math.max(maxR, e.r);
      maxC = Math.max(maxC, e.c);
    }
  }
  const ws: XLSX.WorkSheet = { '!data': data } as unknown as XLSX.WorkSheet;
  if (maxR >= 0 && maxC >= 0) ws['!ref'] = `${encodeCol(minC)}${minR + 1}:${encodeCol(maxC)}${maxR + 1}`;
  if (merges.length) ws['!merges'] = merges;
  return ws;
}

/** The named entries of a zip as text, or undefined when it cannot be read this way. */
function unzip(bytes: Buffer, wanted: (name: string) => boolean): Promise<Map<string, string> | undefined> {
  return new Promise((resolve) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, decodeStrings: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return resolve(undefined);
      const parts = new Map<string, string>();
      let failed = false;
      zip.on('error', () => {
        failed = true;
        resolve(undefined);
      });
      zip.on('end', () => {
        if (!failed) resolve(parts);
      });
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!wanted(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) {
            failed = true;
            zip.close();
            return resolve(undefined);
          }
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', () => {
            failed = true;
            resolve(undefined);
          });
          stream.on('end', () => {
            parts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
