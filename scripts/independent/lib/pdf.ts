/**
 * The independent archive's own PDF writer (pdfkit). Layout is decided here, not by the case
 * templates: lines flow onto a new page when the page is full, and the page ranges are recorded
 * as they happen, so the truth file states exactly the pages in the file.
 *
 * Per document: a style picks the font, an optional running header (every page), optional page
 * chrome printed before the title on the first page (a URL and a print time, as a browser print of
 * an online case system gives), and an optional running footer (第1页 共2页 and variants).
 * Lines can be two-column (two officers' signature blocks side by side).
 *
 * Determinism: fixed Info dates; pdfkit derives the file ID and font subset tags from them.
 */
import PDFDocument from 'pdfkit';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FONTS = {
  zenhei: ['/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', 'WenQuanYiZenHei'],
  uming: ['/usr/share/fonts/truetype/arphic/uming.ttc', 'UMingCN'],
  umingtw: ['/usr/share/fonts/truetype/arphic/uming.ttc', 'UMingTW'],
  microhei: ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 'WenQuanYiMicroHei'],
} as const;
export type FontId = keyof typeof FONTS;

const FIXED = new Date('2025-12-01T00:00:00Z');
const INFO = { CreationDate: FIXED, ModDate: FIXED, Producer: 'independent archive generator', Creator: 'independent archive generator' };
const MARGIN = { top: 60, bottom: 64, left: 70, right: 70 };

export type Line =
  | string
  | { t: string; align?: 'left' | 'center' | 'right'; size?: number; indent?: boolean; gap?: number }
  | { cols: [string, string]; size?: number }
  | { pageBreak: true };

export interface PageStyle {
  font: FontId;
  /** running header on every page (small, centred) */
  header?: string;
  /** printed before everything on the first page (small, left) */
  chrome?: string[];
  /** running footer; receives 1-based page number within the document and the document's page count */
  footer?: (page: number, pages: number) => string;
}

export interface PdfDoc {
  lines: Line[];
  style: PageStyle;
}

type Doc = InstanceType<typeof PDFDocument>;

export async function renderPdf(docs: PdfDoc[]): Promise<{ bytes: Buffer; ranges: [number, number][] }> {
  const pdf = new PDFDocument({ size: 'A4', margins: MARGIN, info: { ...INFO }, autoFirstPage: false, bufferPages: true });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  for (const [id, [path, name]] of Object.entries(FONTS)) pdf.registerFont(id, path, name);

  const ranges: [number, number][] = [];
  let page = -1;
  for (const d of docs) {
    const from = page + 1;
    const newPage = () => {
      pdf.addPage();
      page++;
      pdf.font(d.style.font);
      if (d.style.header) {
        pdf.fontSize(10).fillColor('#444').text(d.style.header, { align: 'center' });
        pdf.fillColor('black').moveDown(0.6);
      }
    };
    newPage();
    if (d.style.chrome) {
      for (const c of d.style.chrome) pdf.fontSize(8).fillColor('#666').text(c, { align: 'left' });
      pdf.fillColor('black').moveDown(0.8);
    }
    const width = pdf.page.width - MARGIN.left - MARGIN.right;
    const bottom = () => pdf.page.height - MARGIN.bottom;
    for (const raw of d.lines) {
      const l = typeof raw === 'string' ? { t: raw } : raw;
      if ('pageBreak' in l) {
        newPage();
        continue;
      }
      if ('cols' in l) {
        const size = l.size ?? 12;
        pdf.fontSize(size);
        const half = width / 2;
        const h = Math.max(...l.cols.map((c) => pdf.heightOfString(c || ' ', { width: half - 8 })));
        if (pdf.y + h > bottom()) newPage();
        const y = pdf.y;
        pdf.text(l.cols[0] || ' ', MARGIN.left, y, { width: half - 8 });
        pdf.text(l.cols[1] || ' ', MARGIN.left + half, y, { width: half - 8 });
        pdf.x = MARGIN.left;
        pdf.y = y + h + 4;
        continue;
      }
      const size = l.size ?? 12;
      pdf.fontSize(size);
      const opts = { width, align: l.align ?? 'left', indent: l.indent ? size * 2 : 0, lineGap: 4 } as const;
      if (l.gap) pdf.moveDown(l.gap);
      const h = pdf.heightOfString(l.t || ' ', opts);
      if (pdf.y + h > bottom()) newPage();
      pdf.text(l.t || ' ', MARGIN.left, pdf.y, opts);
    }
    ranges.push([from + 1, page + 1]);
  }
  // running footers, now that every document's page count is known
  docs.forEach((d, i) => {
    if (!d.style.footer) return;
    const [from, to] = ranges[i];
    for (let p = from; p <= to; p++) {
      pdf.switchToPage(p - 1);
      const saved = pdf.page.margins.bottom;
      pdf.page.margins.bottom = 0;
      pdf.font(d.style.font).fontSize(9).fillColor('#444');
      pdf.text(d.style.footer(p - from + 1, to - from + 1), MARGIN.left, pdf.page.height - 44, {
        width: pdf.page.width - MARGIN.left - MARGIN.right,
        align: 'center',
        lineBreak: false,
      });
      pdf.fillColor('black');
      pdf.page.margins.bottom = saved;
    }
  });
  pdf.end();
  return { bytes: await done, ranges };
}

/** Page 1 of a PDF as a greyscale JPEG, as an office scanner gives it. */
export function rasterize(pdfBytes: Buffer, dpi = 100): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'independent-scan-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdfBytes);
    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', String(dpi), '-gray', '-jpeg', '-jpegopt', 'quality=65', '-singlefile', join(dir, 'in.pdf'), join(dir, 'page')]);
    return readFileSync(join(dir, 'page.jpg'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A PDF whose only page is one image: no text layer at all. */
export function imageOnlyPdf(jpeg: Buffer): Promise<Buffer> {
  const pdf: Doc = new PDFDocument({ size: 'A4', margins: { top: 0, bottom: 0, left: 0, right: 0 }, info: { ...INFO, Producer: 'Scanner' }, autoFirstPage: false });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.addPage();
  // slightly skewed placement, as a hand-fed scan
  pdf.image(jpeg, 6, 4, { width: pdf.page.width - 10, height: pdf.page.height - 8 });
  pdf.end();
  return done;
}
