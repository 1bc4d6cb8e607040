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
  const workbook = parts.get('xl/workbook.xml')?.toString('utf8');
  const rels = parts.get('xl/_rels/workbook.xml.rels')?.toString('utf8');
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

  const shared = parts.has('xl/sharedStrings.xml') ? sharedStrings(parts.get('xl/sharedStrings.xml')!.toString('utf8')) : [];
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

/**
 * Where the value of an attribute (`needle` is `r="`) starts inside a tag's attributes (from…to), or
 * -1. Found by position rather than by a regular expression and a copy of the attributes: it runs twice
 * per cell, 520,000 times for a 20,000-row register.
 */
function attrAt(xml: string, needle: string, from: number, to: number): number {
  for (let i = xml.indexOf(needle, from); i >= 0 && i < to; i = xml.indexOf(needle, i + 1)) {
    const before = xml.charCodeAt(i - 1);
    if (before === 32 || before === 9 || before === 10 || before === 13) return i + needle.length;
  }
  return -1;
}

/** A cell reference (A1, AB20001) read in place up to its closing quote into `at`; false if it is not one. */
function decodeRefAt(xml: string, start: number, at: { r: number; c: number }): boolean {
  let i = start;
  let c = 0;
  for (; i < start + 3; i++) {
    const ch = xml.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    c = c * 26 + (ch - 64);
  }
  if (i === start) return false;
  let r = 0;
  let digits = 0;
  for (; ; i++, digits++) {
    const ch = xml.charCodeAt(i);
    if (ch === 34 /* " */) break;
    if (ch < 48 || ch > 57 || digits > 9) return false;
    r = r * 10 + (ch - 48);
  }
  at.c = c - 1;
  at.r = r - 1;
  return r > 0;
}

function encodeCol(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `<name` followed by the end of the name (so `<c` does not match `<col`). */
function tagAt(xml: string, name: string, from: number, before: number): number {
  for (let i = xml.indexOf(name, from); i >= 0 && i < before; i = xml.indexOf(name, i + 1)) {
    const ch = xml.charCodeAt(i + name.length);
    if (ch === 62 /* > */ || ch === 47 /* / */ || ch === 32 || ch === 9 || ch === 10 || ch === 13) return i;
  }
  return -1;
}

/**
 * One worksheet's cells. The XML is scanned as latin1, one character per byte, so that positions in it
 * are byte offsets: only the values are decoded from UTF-8, straight from the bytes. Decoding the whole
 * sheet as UTF-8 (12 MB for a 20,000-row register written with inline strings) cost more than the rest.
 * Markup is ASCII, so scanning it byte by byte finds the same tags.
 */
function worksheet(bytes: Buffer, shared: string[]): XLSX.WorkSheet | undefined {
  // UTF-16 (a byte-order mark) or a namespace prefix on the elements (<x:row>): SheetJS reads those
  if (bytes[0] === 0xff || bytes[0] === 0xfe) return undefined;
  const xml = bytes.toString('latin1');
  if (/<[A-Za-z_][\w.-]*:(?:worksheet|sheetData|row|c)\b/.test(xml.slice(0, 4096))) return undefined;
  const text = (start: number, end: number) => (start >= end ? '' : bytes.toString('utf8', start, end));
  const data: (XLSX.CellObject | undefined)[][] = [];
  let minR = Infinity;
  let minC = Infinity;
  let maxR = -1;
  let maxC = -1;
  const at = { r: 0, c: 0 };
  const sheetOpen = tagAt(xml, '<sheetData', 0, xml.length);
  let sheetEnd = -1;
  let pos = -1;
  if (sheetOpen >= 0) {
    const openEnd = xml.indexOf('>', sheetOpen);
    if (openEnd < 0) return undefined;
    if (xml.charCodeAt(openEnd - 1) !== 47) {
      sheetEnd = xml.indexOf('</sheetData>', openEnd);
      if (sheetEnd < 0) return undefined;
      pos = openEnd + 1;
    }
  }
  let rowIndex = -1;
  while (pos >= 0) {
    const rowStart = tagAt(xml, '<row', pos, sheetEnd);
    if (rowStart < 0) break;
    const rowTagEnd = xml.indexOf('>', rowStart);
    if (rowTagEnd < 0 || rowTagEnd > sheetEnd) return undefined;
    const rowEmpty = xml.charCodeAt(rowTagEnd - 1) === 47;
    const rAttr = attr(xml.slice(rowStart + 4, rowEmpty ? rowTagEnd - 1 : rowTagEnd), 'r');
    rowIndex = rAttr ? Number(rAttr) - 1 : rowIndex + 1;
    if (rowEmpty) {
      pos = rowTagEnd + 1;
      continue;
    }
    const rowEnd = xml.indexOf('</row>', rowTagEnd);
    if (rowEnd < 0 || rowEnd > sheetEnd) return undefined;
    pos = rowEnd + 6;
    let colIdx = -1;
    for (let p = rowTagEnd + 1; ; ) {
      const cellStart = tagAt(xml, '<c', p, rowEnd);
      if (cellStart < 0) break;
      const cellTagEnd = xml.indexOf('>', cellStart);
      if (cellTagEnd < 0 || cellTagEnd > rowEnd) return undefined;
      const cellEmpty = xml.charCodeAt(cellTagEnd - 1) === 47;
      const attrsEnd = cellEmpty ? cellTagEnd - 1 : cellTagEnd;
      const bodyStart = cellTagEnd + 1;
      let bodyEnd = bodyStart;
      if (cellEmpty) p = bodyStart;
      else {
        bodyEnd = xml.indexOf('</c>', bodyStart);
        if (bodyEnd < 0 || bodyEnd > rowEnd) return undefined;
        p = bodyEnd + 4;
      }
      let r = rowIndex;
      let c = colIdx + 1;
      const refAt = attrAt(xml, 'r="', cellStart + 2, attrsEnd);
      if (refAt >= 0) {
        if (!decodeRefAt(xml, refAt, at)) return undefined;
        r = at.r;
        c = at.c;
      }
      colIdx = c;
      const typeAt = attrAt(xml, 't="', cellStart + 2, attrsEnd);
      const t = typeAt < 0 ? 'n' : xml.slice(typeAt, xml.indexOf('"', typeAt));
      // the cached value <v>…</v> (bytes vStart…vEnd), if any
      let vStart = -1;
      let vEnd = -1;
      const vTag = cellEmpty ? -1 : tagAt(xml, '<v', bodyStart, bodyEnd);
      if (vTag >= 0) {
        const vOpenEnd = xml.indexOf('>', vTag);
        if (vOpenEnd < 0 || vOpenEnd >= bodyEnd) return undefined;
        if (xml.charCodeAt(vOpenEnd - 1) === 47) vStart = vEnd = vOpenEnd + 1;
        else {
          vStart = vOpenEnd + 1;
          vEnd = xml.indexOf('</v>', vStart);
          if (vEnd < 0 || vEnd > bodyEnd) return undefined;
        }
      }
      const has = vStart >= 0;
      let o: XLSX.CellObject | undefined;
      switch (t) {
        case 's': {
          if (!has) break;
          const v = xml.slice(vStart, vEnd);
          if (!/^\d+$/.test(v) || Number(v) >= shared.length) return undefined;
          o = { t: 's', v: shared[Number(v)] };
          break;
        }
        case 'str':
          o = has ? { t: 's', v: unescapeXml(text(vStart, vEnd)) } : undefined;
          break;
        case 'inlineStr': {
          const is = /<is\b[^>]*>([\s\S]*?)<\/is>/.exec(text(bodyStart, bodyEnd))?.[1];
          o = is === undefined ? undefined : { t: 's', v: itemText(is) };
          break;
        }
        case 'n': {
          if (!has || vStart === vEnd) break;
          const n = Number(xml.slice(vStart, vEnd));
          if (Number.isNaN(n)) return undefined;
          o = { t: 'n', v: n };
          break;
        }
        case 'b':
          o = has ? { t: 'b', v: xml.slice(vStart, vEnd) === '1' || xml.slice(vStart, vEnd) === 'true' } : undefined;
          break;
        case 'e':
          o = has ? { t: 'e', v: 0, w: unescapeXml(text(vStart, vEnd)) } : undefined;
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
  // merges and the stated extent lie outside sheetData: small, read as text
  const tail = sheetEnd >= 0 ? text(sheetEnd, bytes.length) : text(0, bytes.length);
  const merges: XLSX.Range[] = [];
  for (const m of tail.matchAll(/<mergeCell\b([^>]*)\/?>/g)) {
    const [a, b] = (attr(m[1], 'ref') ?? '').split(':');
    const s = decodeCell(a ?? '');
    const e = decodeCell(b ?? a ?? '');
    if (!s || !e) return undefined;
    merges.push({ s, e });
  }
  // the sheet's stated extent, widened to the cells found (as SheetJS does with a stale <dimension>)
  const dim = /<dimension\b([^>]*)\/?>/.exec(sheetOpen >= 0 ? xml.slice(0, sheetOpen) : xml);
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

/** The named entries of a zip, or undefined when it cannot be read this way. */
function unzip(bytes: Buffer, wanted: (name: string) => boolean): Promise<Map<string, Buffer> | undefined> {
  return new Promise((resolve) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, decodeStrings: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return resolve(undefined);
      const parts = new Map<string, Buffer>();
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
            parts.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
