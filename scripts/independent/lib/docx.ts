/**
 * Word (.docx) writer for the documents the archive keeps as Word files, from the same Line list
 * the PDF writer takes. Two-column lines become a borderless two-cell table (the signature block of
 * a Word template). The header and footer go into the section's header/footer parts.
 *
 * Determinism: docx stamps dcterms:created/modified with the current time and JSZip stamps every
 * entry with it; both are rewritten to a fixed date after packing.
 */
import { AlignmentType, BorderStyle, Document, Footer, Header, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import JSZip from 'jszip';
import type { Line } from './pdf.js';

const FIXED = new Date('2025-12-01T00:00:00Z');
const FONT = { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };

const run = (text: string, size = 12) => new TextRun({ text, size: size * 2, font: FONT });
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

export async function renderDocx(lines: Line[], opts: { header?: string; footer?: string; title: string }): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const raw of lines) {
    const l = typeof raw === 'string' ? { t: raw } : raw;
    if ('pageBreak' in l) {
      children.push(new Paragraph({ children: [new PageBreak()] }));
      continue;
    }
    if ('cols' in l) {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
          rows: [new TableRow({ children: l.cols.map((c) => new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [run(c)] })] })) })],
        }),
      );
      continue;
    }
    const align = l.align === 'center' ? AlignmentType.CENTER : l.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
    children.push(new Paragraph({ alignment: align, indent: l.indent ? { firstLine: 480 } : undefined, spacing: { before: l.gap ? 200 : 0, after: 60 }, children: [run(l.t, l.size ?? 12)] }));
  }
  const doc = new Document({
    creator: '杭州市临江区应急管理局',
    title: opts.title,
    sections: [
      {
        headers: opts.header ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(opts.header, 9)] })] }) } : undefined,
        footers: opts.footer ? { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(opts.footer, 9)] })] }) } : undefined,
        children,
      },
    ],
  });
  const packed = await Packer.toBuffer(doc);
  const zip = await JSZip.loadAsync(packed);
  const out = new JSZip();
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir).sort();
  for (const name of names) {
    let data: string | Uint8Array = await zip.files[name].async('uint8array');
    if (name === 'docProps/core.xml') {
      data = new TextDecoder().decode(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms)/g, `$1${FIXED.toISOString().replace(/\.\d+Z$/, 'Z')}$2`);
    }
    out.file(name, data, { date: FIXED, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}
