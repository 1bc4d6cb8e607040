/**
 * PDF writer (pdfkit). Every page of a document starts with the agency line, the first page adds the
 * title on its own line and the document-number line, so a reader can recognise a document from the
 * first lines of its first page, and a combined PDF can be split where a title appears.
 *
 * Pagination is decided by the templates, never by pdfkit: a page that does not fit throws, so the
 * page ranges written to the manifest are exactly the pages in the file.
 *
 * Determinism: fixed Info dates/producer; pdfkit derives the file ID and the font-subset tag from
 * those, so the same input gives the same bytes.
 */
import PDFDocument from 'pdfkit';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuiltDoc, Line } from './types.js';

export const FONT_PATH = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
export const FONT_NAME = 'WenQuanYiMicroHei';
export const AGENCY = '射阳县应急管理局';
const FIXED_DATE = new Date('2024-01-01T00:00:00Z');

export const PDF_INFO = {
  CreationDate: FIXED_DATE,
  ModDate: FIXED_DATE,
  Producer: 'caseaudit sample generator',
  Creator: 'caseaudit sample generator',
};

const MARGIN = { top: 56, bottom: 56, left: 64, right: 64 };
const BODY_SIZE = 12;
const LINE_GAP = 5;

type Doc = InstanceType<typeof PDFDocument>;

export interface PdfOptions {
  compress?: boolean;
  userPassword?: string;
  ownerPassword?: string;
}

/** Resolves to the bytes written by a pdfkit document once `end()` is called by `draw`. */
export function collect(options: ConstructorParameters<typeof PDFDocument>[0], draw: (doc: Doc) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margins: MARGIN, info: { ...PDF_INFO }, autoFirstPage: false, ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', FONT_PATH, FONT_NAME);
  draw(doc);
  doc.end();
  return done;
}

function lineOf(l: Line): Exclude<Line, string> {
  return typeof l === 'string' ? { text: l } : l;
}

function drawPage(doc: Doc, d: BuiltDoc, pageIndex: number): void {
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const total = d.pages.length;
  const bottom = doc.page.height - MARGIN.bottom - (total > 1 ? 18 : 0);
  doc.font('cjk');
  if (pageIndex === 0) {
    doc.fontSize(14).text(AGENCY, { align: 'center', width });
    doc.moveDown(0.4);
    const title = d.spacedTitle ? d.title.split('').join(' ') : d.title;
    doc.fontSize(20).text(title, { align: 'center', width });
    doc.moveDown(0.4);
    if (d.number) {
      doc.fontSize(BODY_SIZE).text(d.number, { align: 'center', width });
    }
    doc.moveDown(0.8);
  }
  for (const raw of d.pages[pageIndex]) {
    const l = lineOf(raw);
    const size = l.size ?? BODY_SIZE;
    doc.fontSize(size);
    if (l.gap) doc.moveDown(l.gap);
    const opts = { width, align: l.align ?? 'left', indent: l.indent ? size * 2 : 0, lineGap: LINE_GAP } as const;
    const h = doc.heightOfString(l.text || ' ', opts);
    if (doc.y + h > bottom) {
      throw new Error(`"${d.title}" page ${pageIndex + 1} overflows at: ${l.text.slice(0, 30)}`);
    }
    doc.text(l.text || ' ', opts);
  }
  if (total > 1) {
    // footer below the bottom margin: lift the margin so pdfkit does not start a new page
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.fontSize(10).text(`第${pageIndex + 1}页 共${total}页`, MARGIN.left, doc.page.height - 44, {
      width,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = saved;
  }
}

/**
 * Renders documents into one PDF, each starting on a new page. Returns the bytes and, per document,
 * its 1-based page range in the file.
 */
export async function renderPdf(docs: BuiltDoc[], options: PdfOptions = {}): Promise<{ bytes: Buffer; ranges: [number, number][] }> {
  const ranges: [number, number][] = [];
  let page = 0;
  const bytes = await collect(options, (doc) => {
    for (const d of docs) {
      const from = page + 1;
      d.pages.forEach((_, i) => {
        doc.addPage();
        page++;
        drawPage(doc, d, i);
      });
      ranges.push([from, page]);
    }
  });
  return { bytes, ranges };
}

/** Renders page 1 of a PDF to a greyscale JPEG with pdftoppm, as a scanner would produce. */
export function rasterize(pdf: Buffer, dpi = 110): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'caseaudit-scan-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', String(dpi), '-gray', '-jpeg', '-jpegopt', 'quality=60', '-singlefile', join(dir, 'in.pdf'), join(dir, 'page')]);
    return readFileSync(join(dir, 'page.jpg'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A PDF whose only content is one full-page image: no text layer at all (a scanned copy). */
export function imageOnlyPdf(image: Buffer): Promise<Buffer> {
  return collect({ margins: { top: 0, bottom: 0, left: 0, right: 0 } }, (doc) => {
    doc.addPage();
    doc.image(image, 0, 0, { width: doc.page.width, height: doc.page.height });
  });
}
