import { createHash } from 'node:crypto';
import { ocrSignature, type OcrSettings } from './engine.js';
import { PREPROCESSING } from './seal-drop.js';

/**
 * The cache key of a file's OCR'd text: its plain key plus the engine, model and settings, so a new
 * tesseract or model (or another resolution or preprocessing) reads the scan again instead of reusing older text.
 */
export function ocrCacheKey(plainKey: string, settings: OcrSettings): string {
  return createHash('sha256').update(`${plainKey}\u0000ocr\u0000${ocrSignature(settings)}\u0000${PREPROCESSING}`).digest('hex');
}
