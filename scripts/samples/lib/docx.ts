/**
 * Word writer (docx) for the one document the archive holds as .docx (an inquiry record, as officers
 * often keep 笔录 in Word). Same layout as the PDFs: agency line, title, then the body lines.
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { BuiltDoc, Line } from './types.js';
import { AGENCY } from './pdf.js';
import { readZip, writeZip } from './zip.js';

const FIXED = '2024-01-01T00:00:00Z';
const FONT = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };

function para(l: Line): Paragraph {
  const x = typeof l === 'string' ? { text: l } : l;
  const align = x.align === 'right' ? AlignmentType.RIGHT : x.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  return new Paragraph({
    alignment: align,
    indent: x.indent ? { firstLine: 480 } : undefined,
    spacing: { before: x.gap ? Math.round(x.gap * 240) : 0, line: 360 },
    children: [new TextRun({ text: x.text, size: 24, font: FONT })],
  });
}

export async function renderDocx(d: BuiltDoc): Promise<Buffer> {
  const doc = new Document({
    creator: '射阳县应急管理局',
    lastModifiedBy: '射阳县应急管理局',
    title: '',
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: AGENCY, size: 28, font: FONT })] }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 120, after: 240 },
            children: [new TextRun({ text: d.title, size: 40, bold: true, font: FONT })],
          }),
          ...(d.number ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: d.number, size: 24, font: FONT })] })] : []),
          ...d.pages.flat().map(para),
        ],
      },
    ],
  });
  const raw = await Packer.toBuffer(doc);
  // make the package reproducible: fixed core-property dates and zip timestamps, sorted entries
  const entries = (await readZip(raw)).map((e) =>
    e.name === 'docProps/core.xml'
      ? {
          name: e.name,
          data: Buffer.from(
            e.data
              .toString('utf8')
              .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${FIXED}$2`)
              .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${FIXED}$2`),
          ),
        }
      : e,
  );
  const first = entries.filter((e) => e.name === '[Content_Types].xml');
  const rest = entries.filter((e) => e.name !== '[Content_Types].xml').sort((a, b) => (a.name < b.name ? -1 : 1));
  return writeZip([...first, ...rest]);
}
