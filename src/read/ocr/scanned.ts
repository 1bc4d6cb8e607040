import type { ReadLimits } from '../limits.js';
import { hasText, pageHasText, type ReadOutcome } from '../pages.js';
import { ocrSignature, type OcrSettings } from './engine.js';
import { ocrBudget, ocrImage, ocrPdfPages, type OcrResult } from './index.js';

/**
 * What OCR adds to a read: the pages of a PDF without a text layer (a whole scan, or scanned pages in a
 * combined PDF) and image files are read by OCR; everything else is left as read. Without OCR
 * settings (off, or the engine is not installed) a scan stays `no-text`, and the reason says why.
 */
export async function withOcr(outcome: ReadOutcome, bytes: Buffer, ocr: OcrSettings | undefined, unavailable: string | undefined, started: number, limits: ReadLimits): Promise<ReadOutcome> {
  if (outcome.status !== 'ok' && outcome.status !== 'no-text') return outcome;
  if (outcome.kind !== 'pdf' && outcome.kind !== 'image') return outcome;
  const blank = outcome.kind === 'pdf' ? outcome.pages.filter((p) => !pageHasText(p)).map((p) => p.page) : [];
  if (outcome.kind === 'pdf' && blank.length === 0) return outcome;
  if (!ocr) {
    if (outcome.status === 'no-text' && unavailable) return { ...outcome, reason: `${outcome.reason}; not OCR'd: ${unavailable}` };
    return outcome;
  }
  const budget = ocrBudget(started, limits);
  const read: OcrResult = outcome.kind === 'image' ? await ocrImage(bytes, ocr, budget) : await ocrPdfPages(bytes, blank, ocr, budget);
  if (read.failure) {
    if (outcome.status === 'ok') return { ...outcome, pageErrors: [...outcome.pageErrors, ...blank.map((page) => ({ page, reason: `scanned page not OCR'd: ${read.failure}` }))] };
    return { ...outcome, reason: `${outcome.reason}; OCR: ${read.failure}` };
  }
  const byPage = new Map(read.pages.map((p) => [p.page, p]));
  const pages = outcome.kind === 'image' ? read.pages : outcome.pages.map((p) => byPage.get(p.page) ?? p);
  const pageErrors = [...outcome.pageErrors, ...read.pageErrors].sort((a, b) => a.page - b.page);
  if (!hasText(pages)) {
    return { status: 'no-text', kind: outcome.kind, pages, pageErrors, reason: `${outcome.status === 'no-text' ? outcome.reason : 'no text'}; OCR read no text either` };
  }
  return { status: 'ok', kind: outcome.kind, pages, pageErrors, ocr: ocrSignature(ocr), ...(outcome.status === 'ok' && outcome.note ? { note: outcome.note } : {}) };
}
