/**
 * The review notice as a Word document, laid out after the official-document conventions (GB/T 9704—2012)
 * as far as fonts allow: A4, margins 37/35/28/26 mm; 发文字号 centred above the title; title 方正小标宋简体 二号 centred; body 仿宋_GB2312
 * 三号, first line indented two characters, exact 28 pt line spacing; 一、 headings 黑体, （一） headings
 * 楷体_GB2312; tables 仿宋 五号; page numbers "— 1 —" in 宋体 四号, odd pages right and even pages left.
 *
 * Reproducible: the same notice gives the same bytes. docx stamps the core properties and every zip
 * entry with the current time, so the core properties are replaced (created/modified = the notice date)
 * and the zip entries' DOS timestamps are rewritten to that date.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import { escapeXml } from './common.js';
import type { Notice, NoticeBlock } from './notice.js';
import { neutralise } from './neutralise.js';

/** Fonts, and what Word should fall back to where the named font is not installed. */
export const NOTICE_FONTS = {
  title: { name: '方正小标宋简体', fallback: '宋体' },
  body: { name: '仿宋_GB2312', fallback: '仿宋' },
  heading1: { name: '黑体', fallback: '黑体' },
  heading2: { name: '楷体_GB2312', fallback: '楷体' },
  pageNumber: { name: '宋体', fallback: '宋体' },
} as const;

type FontKey = keyof typeof NOTICE_FONTS;

/** Sizes in half-points: 二号 22pt, 小二 18pt, 三号 16pt, 四号 14pt, 五号 10.5pt (tables, which carry the per-case detail). */
const SIZE = { title: 44, annexTitle: 36, body: 32, pageNumber: 28, table: 21 } as const;
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (x: number) => Math.round(x * TWIPS_PER_MM);
const PAGE = { width: 11906, height: 16838, top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** exact 28 pt */
const LINE = { line: 560, lineRule: LineRuleType.EXACT };
/** two characters of 三号 (16 pt) */
const INDENT_2 = { firstLineChars: 200, firstLine: 640 };

function run(text: string, font: FontKey, size: number, extra: Partial<IRunOptions> = {}): TextRun {
  const name = NOTICE_FONTS[font].name;
  return new TextRun({
    text,
    font: { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' },
    size,
    sizeComplexScript: size,
    language: { value: 'zh-CN', eastAsia: 'zh-CN' },
    ...extra,
  });
}

function para(text: string, font: FontKey, opts: Partial<IParagraphOptions> & { size?: number; bold?: boolean } = {}): Paragraph {
  const { size = SIZE.body, bold, ...rest } = opts;
  return new Paragraph({
    spacing: LINE,
    indent: INDENT_2,
    ...rest,
    children: [run(text, font, size, bold ? { bold: true } : {})],
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** Text width of a landscape page (annexes: the per-case tables need the width more than the height). */
const LANDSCAPE_TEXT_WIDTH = PAGE.height - PAGE.top - PAGE.bottom;

function table(b: Extract<NoticeBlock, { kind: 'table' }>, textWidth = TEXT_WIDTH): Table {
  const weight = b.widths.reduce((s, w) => s + w, 0);
  const widths = b.widths.map((w) => Math.floor((w / weight) * textWidth));
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: [
        new Paragraph({
          alignment: header || text.length <= 8 ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { line: 300, lineRule: LineRuleType.AT_LEAST },
          children: [run(text, 'body', SIZE.table, header ? { bold: true } : {})],
        }),
      ],
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    alignment: AlignmentType.CENTER,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: b.header.map((h, i) => cell(h, i, true)) }),
      ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

function blocks(bs: NoticeBlock[], textWidth = TEXT_WIDTH): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of bs) {
    if (b.kind === 'paragraph') out.push(para(b.text, 'body'));
    else if (b.kind === 'heading') out.push(para(b.text, 'heading2'));
    else {
      out.push(table(b, textWidth));
      // a table directly followed by text needs air
      out.push(new Paragraph({ spacing: { line: 240, lineRule: LineRuleType.AUTO }, children: [] }));
    }
  }
  return out;
}

/** "— 1 —", 宋体 四号, one character in from the outer edge. */
function pageFooter(alignment: 'right' | 'left'): Footer {
  const name = NOTICE_FONTS.pageNumber.name;
  return new Footer({
    children: [
      new Paragraph({
        alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: alignment === 'right' ? { right: 280 } : { left: 280 },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: { ascii: name, hAnsi: name, eastAsia: name, cs: name },
            size: SIZE.pageNumber,
          }),
        ],
      }),
    ],
  });
}

function buildDocument(notice: Notice): Document {
  const children: (Paragraph | Table)[] = [];
  // 发文字号 above the title (GB/T 9704—2012 7.2.4: in the 版头, centred, above the title)
  if (notice.number) children.push(para(notice.number, 'body', { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { ...LINE, after: 560 } }));
  children.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 280 },
      children: [run(notice.title, 'title', SIZE.title)],
    }),
  );
  children.push(para(`${notice.addressee}：`, 'body', { indent: { firstLine: 0 } }));
  for (const p of notice.preamble) children.push(para(p, 'body'));
  for (const s of notice.sections) {
    children.push(para(s.heading, 'heading1'));
    children.push(...blocks(s.blocks));
  }
  // 附件说明 after the text, before the 落款 (GB/T 9704—2012 7.3.4)
  if (notice.annexes.length) {
    children.push(new Paragraph({ spacing: LINE, children: [] }));
    notice.annexes.forEach((a, i) => children.push(para(`${i === 0 ? '附件：' : '　　　'}${notice.annexes.length > 1 ? `${i + 1}. ` : ''}${a.title}`, 'body')));
  }
  // 落款: agency over the date, date four characters in from the right
  children.push(new Paragraph({ spacing: LINE, children: [] }));
  children.push(para(notice.signature.agency, 'body', { alignment: AlignmentType.RIGHT, indent: { right: 1280 + 320 } }));
  children.push(para(notice.signature.dateText, 'body', { alignment: AlignmentType.RIGHT, indent: { right: 1280 } }));
  // 附件: in a landscape section, each on a new page, 附件N in 黑体 at the top left, its title centred (GB/T 9704—2012 8)
  const annex: (Paragraph | Table)[] = [];
  for (const [i, a] of notice.annexes.entries()) {
    annex.push(para(notice.annexes.length > 1 ? `${a.label}${i + 1}` : a.label, 'heading1', { indent: { firstLine: 0 }, pageBreakBefore: i > 0 }));
    annex.push(
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 280 }, children: [run(a.title, 'title', SIZE.annexTitle)] }),
    );
    annex.push(...blocks(a.blocks, LANDSCAPE_TEXT_WIDTH));
  }

  const bodyFont = NOTICE_FONTS.body.name;
  return new Document({
    creator: notice.meta.creator,
    lastModifiedBy: notice.meta.creator,
    title: notice.meta.title,
    subject: notice.meta.subject,
    revision: 1,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: { ascii: bodyFont, hAnsi: bodyFont, eastAsia: bodyFont, cs: bodyFont }, size: SIZE.body, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
          paragraph: { spacing: LINE },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: mm(15), footer: mm(23) },
          },
        },
        footers: { default: pageFooter('right'), even: pageFooter('left') },
        children,
      },
      ...(annex.length
        ? [
            {
              properties: {
                page: {
                  size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
                  margin: { top: PAGE.left, bottom: PAGE.right, left: PAGE.top, right: PAGE.bottom, header: mm(15), footer: mm(15) },
                },
              },
              footers: { default: pageFooter('right'), even: pageFooter('left') },
              children: annex,
            },
          ]
        : []),
    ],
  });
}

/** docProps/core.xml with fixed dates instead of the time of the build. */
function coreXml(notice: Notice): string {
  const when = `${notice.meta.date}T00:00:00Z`;
  const el = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el('dc:title', notice.meta.title) +
    el('dc:subject', notice.meta.subject) +
    el('dc:creator', notice.meta.creator) +
    el('cp:lastModifiedBy', notice.meta.creator) +
    el('cp:revision', '1') +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * word/fontTable.xml declaring the fonts used, each with its fallback as `w:altName` and the GB2312
 * character set, so Word substitutes a Chinese face of the same kind where the named one is missing.
 */
function fontTableXml(): string {
  const families: Record<FontKey, string> = { title: 'roman', body: 'modern', heading1: 'modern', heading2: 'script', pageNumber: 'auto' };
  const fonts = (Object.keys(NOTICE_FONTS) as FontKey[])
    .filter((k, i, all) => all.findIndex((o) => NOTICE_FONTS[o].name === NOTICE_FONTS[k].name) === i)
    .map((k) => {
      const { name, fallback } = NOTICE_FONTS[k];
      const alt = fallback !== name ? `<w:altName w:val="${escapeXml(fallback)}"/>` : '';
      return `<w:font w:name="${escapeXml(name)}">${alt}<w:charset w:val="86"/><w:family w:val="${families[k]}"/><w:pitch w:val="variable"/></w:font>`;
    });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    fonts.join('') +
    '</w:fonts>'
  );
}

/** MS-DOS date and time of an ISO date at 00:00. */
function dosDateTime(iso: string): { date: number; time: number } {
  const [y, m, d] = iso.split('-').map(Number);
  return { date: ((Math.max(1980, y) - 1980) << 9) | (m << 5) | d, time: 0 };
}

/**
 * Set every entry's modification time in a zip (local headers and central directory) to `iso`. Only the
 * timestamp fields change; they are outside the CRC, so the archive stays valid.
 */
export function stampZip(zip: Uint8Array, iso: string): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const { date, time } = dosDateTime(iso);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip: no end of central directory');
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error('zip central directory is malformed');
    view.setUint16(p + 12, time, true);
    view.setUint16(p + 14, date, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('zip local header is malformed');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

/** The notice as a .docx file. */
export async function writeNoticeDocx(input: Notice): Promise<Uint8Array> {
  const notice = neutralise(input, 'xml');
  const buffer = await Packer.toBuffer(buildDocument(notice), false, [
    { path: 'docProps/core.xml', data: coreXml(notice) },
    { path: 'word/fontTable.xml', data: fontTableXml() },
  ]);
  return stampZip(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), notice.meta.date);
}
