import { readFile, rm, writeFile } from 'node:fs/promises';
import { findSeals, type SealMark } from './seal.js';

/**
 * A page rendered in colour (binary PPM from pdftoppm) → its red channel as a greyscale PGM, and the red seals found on it (seal.ts). Seals are
 * red: in the red channel they turn almost white, so a seal stamped over the date and the agency's name
 * (as 公章 are) no longer hides them from the engine; black text stays black.
 */
export async function redDropped(ppmPath: string, dpi: number): Promise<{ image: string; seals: SealMark[] }> {
  const ppm = await readFile(ppmPath);
  const header = parsePnmHeader(ppm);
  if (!header || header.magic !== 'P6' || header.maxval > 255) return { image: ppmPath, seals: [] };
  const { width, height, offset } = header;
  // The seal is looked for on the colour page before its red is dropped.
  const seals = findSeals(ppm, offset, width, height, dpi);
  const out = Buffer.allocUnsafe(width * height);
  for (let i = 0, j = offset; i < out.length; i++, j += 3) out[i] = ppm[j];
  whitenPaper(out);
  const pgmPath = ppmPath.replace(/\.ppm$/, '.pgm');
  await writeFile(pgmPath, Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1'), out]));
  await rm(ppmPath, { force: true });
  return { image: pgmPath, seals };
}

/**
 * Share of the paper's tone above which a pixel of the red channel is taken for paper. A red seal in
 * the red channel is not white but a light grey (about 0.85–0.9 of the paper: the ink is not pure red,
 * and JPEG blurs its colour); over the date and the agency's name that grey ghost of the ring, star and
 * seal text is read as strokes (2023年6月29日 → 2923年65朋29日). Printed text is under half the paper's
 * tone, so it keeps its strokes.
 */
const PAPER_SHARE = 0.7;

/** What the page goes through before the engine reads it: part of the OCR cache key (cache-key.ts). */
export const PREPROCESSING = `red channel, lighter than ${PAPER_SHARE} of the paper whitened`;

/** Pixels lighter than PAPER_SHARE of the paper's tone (the page's median: most of a page is paper) → white. */
function whitenPaper(grey: Buffer): void {
  const histogram = new Uint32Array(256);
  for (const v of grey) histogram[v]++;
  let seen = 0;
  let paper = 255;
  for (let v = 0; v < 256; v++) {
    seen += histogram[v];
    if (seen * 2 >= grey.length) {
      paper = v;
      break;
    }
  }
  const floor = Math.round(paper * PAPER_SHARE);
  for (let i = 0; i < grey.length; i++) if (grey[i] >= floor) grey[i] = 255;
}

function parsePnmHeader(b: Buffer): { magic: string; width: number; height: number; maxval: number; offset: number } | undefined {
  // magic, width, height, maxval separated by whitespace (comments are not written by pdftoppm), then one byte
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4 && i < Math.min(b.length, 200)) {
    while (i < b.length && /\s/.test(String.fromCharCode(b[i]))) i++;
    let start = i;
    while (i < b.length && !/\s/.test(String.fromCharCode(b[i]))) i++;
    fields.push(b.toString('latin1', start, i));
    start = i;
  }
  if (fields.length < 4) return undefined;
  const [magic, w, h, m] = fields;
  const width = Number(w);
  const height = Number(h);
  const maxval = Number(m);
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) return undefined;
  const offset = i + 1;
  if (b.length < offset + width * height * 3) return undefined;
  return { magic, width, height, maxval, offset };
}
