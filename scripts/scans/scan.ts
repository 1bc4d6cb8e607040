import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { degradePage, type Degrade } from './degrade.js';
import { mulberry32 } from '../lib/seeded-random.js';

/** Resolution of the committed scans: 150 dpi keeps a page near 130 KB; offices scan at 150–300 dpi. */
export const SCAN_DPI = 150;
const JPEG_QUALITY = 40;
const SEAL_TEXT = '射阳县应急管理局';

interface Word {
  x: number;
  y: number;
  text: string;
}

/** Words of one page with their position as a share of the page (pdftotext -bbox). */
function wordsOf(pdf: string, page: number): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  const size = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html);
  const [w, h] = size ? [Number(size[1]), Number(size[2])] : [595, 842];
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    x: Number(m[3]) / w,
    y: (Number(m[2]) + Number(m[4])) / 2 / h,
    text: m[5],
  }));
}

/**
 * The marks a paper copy would carry on this page: the agency's seal over the last date of a document
 * the agency issues (决定书, 告知书, 回执 …), and a signature after a 签名/签字 label.
 */
function marksFor(words: Word[], sealed: boolean): Pick<Degrade, 'seal' | 'signature'> {
  const marks: Pick<Degrade, 'seal' | 'signature'> = {};
  const sign = words.find((w) => /签名|签字|签收/.test(w.text));
  if (sign) marks.signature = { x: Math.min(0.8, sign.x + 0.02), y: sign.y + 0.012 };
  if (sealed) {
    const dates = words.filter((w) => /\d{4}年\d{1,2}月\d{1,2}日$|〇.*年.*月.*日$/.test(w.text));
    const last = dates.at(-1);
    if (last) marks.seal = { x: Math.min(0.85, last.x - 0.06), y: last.y, text: SEAL_TEXT };
  }
  return marks;
}

/** A scanned copy of a text PDF: every page rendered, degraded and kept as a JPEG only (no text layer). */
export async function scanPdf(pdf: string, seed: number, opts: { sealed: boolean }): Promise<Buffer[]> {
  const dir = mkdtempSync(join(tmpdir(), 'caseaudit-scan-'));
  try {
    execFileSync('pdftoppm', ['-r', String(SCAN_DPI), '-png', pdf, join(dir, 'p')]);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
    const rand = mulberry32(seed);
    const out: Buffer[] = [];
    for (let i = 0; i < pages.length; i++) {
      const words = wordsOf(pdf, i + 1);
      const last = i === pages.length - 1;
      const degrade: Degrade = {
        seed: seed * 31 + i,
        rotate: (rand() - 0.5) * 2.4,
        noise: 0.0004 + rand() * 0.0004,
        ...marksFor(words, opts.sealed && last),
      };
      out.push(await degradePage(readFileSync(join(dir, pages[i])), degrade, JPEG_QUALITY));
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Image-only PDF of scanned pages (A4), as a copier's scan-to-PDF makes. */
export function imagePdf(pages: Buffer[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { Producer: 'caseaudit samples', Creator: 'caseaudit samples', CreationDate: new Date(Date.UTC(2026, 0, 1)) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const page of pages) {
    doc.addPage();
    doc.image(page, 0, 0, { width: doc.page.width, height: doc.page.height });
  }
  doc.end();
  return done;
}
