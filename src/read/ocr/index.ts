import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LIMIT_PREFIX, limitReason, type ReadLimits } from '../limits.js';
import { normalize, type PageError, type PageText } from '../pages.js';
import type { OcrSettings } from './engine.js';
import { OcrRunError, runTool } from './run.js';
import { redDropped } from './seal-drop.js';
import type { SealMark } from './seal.js';
import { parseTsv, type OcrPage } from './tsv.js';

export type { OcrSettings } from './engine.js';

/** What OCR read from a file: its pages (marked as OCR), and the pages it could not read. */
export interface OcrResult {
  pages: PageText[];
  pageErrors: PageError[];
  /** set when OCR as a whole failed or ran out of budget */
  failure?: string;
}

/** Above this many pages of one file, the rest are not OCR'd (and said): a scan of a whole archive in one PDF. */
export const MAX_OCR_PAGES = 200;

interface Budget {
  deadline: number;
  memoryMb: number;
}

/**
 * OCR the given pages of a PDF: rendered to greyscale PNG by pdftoppm, then read by tesseract in one
 * run (the model is loaded once per file, not once per page).
 */
export async function ocrPdfPages(bytes: Buffer, pageNumbers: number[], s: OcrSettings, budget: Budget): Promise<OcrResult> {
  const wanted = pageNumbers.slice(0, MAX_OCR_PAGES);
  const pageErrors: PageError[] = pageNumbers.length > wanted.length ? [{ page: pageNumbers[wanted.length], reason: `pages after ${wanted.length} scanned pages were not OCR'd (limit ${MAX_OCR_PAGES})` }] : [];
  return withTempDir(async (dir) => {
    const pdf = path.join(dir, 'in.pdf');
    await writeFile(pdf, bytes);
    const images: string[] = [];
    const seals = new Map<number, SealMark[]>();
    for (const page of wanted) {
      // One call per page: pdftoppm names its outputs with a padding that depends on the page count.
      const prefix = path.join(dir, `p${page}`);
      try {
        await runTool('pdftoppm', ['-r', String(s.dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix], { ...budget, cwd: dir });
        const dropped = await redDropped(`${prefix}.ppm`, s.dpi);
        images.push(dropped.image);
        seals.set(page, dropped.seals);
      } catch (error) {
        if ((error as OcrRunError).overBudget) return { pages: [], pageErrors, failure: limitReason((error as Error).message) };
        pageErrors.push({ page, reason: `page could not be rendered for OCR: ${(error as Error).message}` });
        images.push('');
      }
    }
    const rendered = images.filter(Boolean);
    if (rendered.length === 0) return { pages: [], pageErrors, failure: 'no page could be rendered for OCR' };
    const read = await tesseract(dir, rendered, s, budget);
    if ('failure' in read) return { pages: [], pageErrors, failure: read.failure };
    const pages: PageText[] = [];
    let next = 0;
    wanted.forEach((page, i) => {
      if (!images[i]) return;
      pages.push(toPageText(page, read.pages[next++], seals.get(page)));
    });
    return { pages, pageErrors };
  });
}

/** OCR an image file (PNG, JPEG, TIFF with one page or several, GIF, BMP): tesseract reads it directly. */
export async function ocrImage(bytes: Buffer, s: OcrSettings, budget: Budget): Promise<OcrResult> {
  return withTempDir(async (dir) => {
    const image = path.join(dir, 'scan');
    await writeFile(image, bytes);
    const read = await tesseract(dir, [image], s, budget);
    if ('failure' in read) return { pages: [], pageErrors: [], failure: read.failure };
    const pages = read.pages.slice(0, MAX_OCR_PAGES).map((p, i) => toPageText(i + 1, p));
    const pageErrors = read.pages.length > MAX_OCR_PAGES ? [{ page: MAX_OCR_PAGES + 1, reason: `pages after ${MAX_OCR_PAGES} not OCR'd (limit)` }] : [];
    return { pages, pageErrors };
  });
}

async function tesseract(dir: string, images: string[], s: OcrSettings, budget: Budget): Promise<{ pages: OcrPage[] } | { failure: string }> {
  // Several images go in as a list file: one tesseract run, numbered pages in its TSV.
  let input = images[0];
  if (images.length > 1) {
    input = path.join(dir, 'pages.txt');
    await writeFile(input, images.join('\n') + '\n');
  }
  try {
    const tsv = await runTool('tesseract', [input, 'stdout', '-l', s.engine.model, '--psm', String(s.psm), 'tsv'], { ...budget, cwd: dir });
    return { pages: parseTsv(tsv) };
  } catch (error) {
    const e = error as OcrRunError;
    return { failure: e.overBudget ? limitReason(e.message) : `OCR failed: ${e.message}` };
  }
}

function toPageText(page: number, read: OcrPage | undefined, seals?: SealMark[]): PageText {
  const text = read?.text ?? '';
  const seal = seals && seals.length > 0 ? { seal: Math.max(...seals.map((m) => m.confidence)) } : {};
  return { page, text, norm: normalize(text), ocr: { confidence: read?.confidence ?? 0, words: read?.words ?? [], ...seal } };
}

async function withTempDir<T>(job: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'caseaudit-ocr-'));
  try {
    return await job(dir);
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** The budget OCR gets: what is left of the file's time (its reader thread's deadline), and its memory. */
export function ocrBudget(started: number, limits: ReadLimits): Budget {
  // A little before the thread's own deadline, so the outcome (with its reason) gets back first.
  return { deadline: started + limits.timeoutMs - 250, memoryMb: limits.memoryMb };
}

export function isOverBudget(reason: string | undefined): boolean {
  return reason?.startsWith(LIMIT_PREFIX) ?? false;
}

