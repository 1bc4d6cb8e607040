import { spawnSync } from 'node:child_process';

/** `--ocr`: `auto` reads scans when the engine is installed (and says so when it is not), `on` requires it. */
export type OcrMode = 'auto' | 'on' | 'off';

/**
 * The OCR engine as found on this machine: Tesseract 5 with its Simplified Chinese model (Debian
 * `tesseract-ocr`, `tesseract-ocr-chi-sim`) and poppler's `pdftoppm` to render PDF pages. Recorded in the
 * report, and part of the text cache's key: another engine or model may read the same scan differently.
 */
export interface OcrEngine {
  available: boolean;
  /** why OCR is not available (a program or the model is missing) */
  reason?: string;
  engine: 'tesseract';
  /** e.g. 5.3.0 */
  version?: string;
  /** tesseract language model, e.g. chi_sim */
  model: string;
  /** e.g. pdftoppm 22.02.0 */
  renderer?: string;
}

/** What a reader thread needs to run OCR: the engine found by the main thread, and how to run it. */
export interface OcrSettings {
  engine: OcrEngine;
  /** resolution PDF pages are rendered at for OCR (measured: see README "OCR") */
  dpi: number;
  /** tesseract page segmentation mode */
  psm: number;
}

export const OCR_MODEL = 'chi_sim';
/**
 * 200 dpi: measured on the sample scans (150 dpi JPEG pages), 200 and 300 read the same characters
 * (651 of 687 on a decision's first page) and 300 takes about 30% longer per page; 150 misreads more.
 */
export const OCR_DPI = 200;
/** psm 6 (one uniform block of text): the documents are single-column forms; psm 3 splits table cells out of order. */
export const OCR_PSM = 6;

let found: OcrEngine | undefined;

/** Find tesseract, its Chinese model and pdftoppm (once per process). Never throws. */
export function detectOcrEngine(): OcrEngine {
  if (found) return found;
  const base = { engine: 'tesseract' as const, model: OCR_MODEL };
  const tess = spawnSync('tesseract', ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (tess.error || tess.status !== 0) {
    return (found = { ...base, available: false, reason: 'tesseract is not installed (Debian: tesseract-ocr tesseract-ocr-chi-sim)' });
  }
  const version = /tesseract\s+v?([\d.]+\S*)/i.exec(`${tess.stdout}${tess.stderr}`)?.[1];
  const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8', timeout: 30_000 });
  const models = `${langs.stdout}`.split('\n').map((l) => l.trim());
  if (!models.includes(OCR_MODEL)) {
    return (found = { ...base, version, available: false, reason: `tesseract has no ${OCR_MODEL} model (Debian: tesseract-ocr-chi-sim)` });
  }
  const pop = spawnSync('pdftoppm', ['-v'], { encoding: 'utf8', timeout: 30_000 });
  if (pop.error) {
    return (found = { ...base, version, available: false, reason: 'pdftoppm is not installed (Debian: poppler-utils)' });
  }
  const renderer = /pdftoppm version ([\d.]+)/.exec(`${pop.stdout}${pop.stderr}`)?.[1];
  return (found = { ...base, version, renderer: renderer ? `pdftoppm ${renderer}` : 'pdftoppm', available: true });
}

/** The settings for a mode, or undefined when OCR does not run (off, or auto without the engine). */
export function ocrSettingsFor(mode: OcrMode): { settings?: OcrSettings; engine?: OcrEngine } {
  if (mode === 'off') return {};
  const engine = detectOcrEngine();
  return engine.available ? { settings: { engine, dpi: OCR_DPI, psm: OCR_PSM }, engine } : { engine };
}

/** The engine, model and settings that decide what OCR reads: part of the cache key of an OCR outcome. */
export function ocrSignature(s: OcrSettings): string {
  return `tesseract ${s.engine.version ?? '?'} ${s.engine.model} ${s.engine.renderer ?? ''} dpi${s.dpi} psm${s.psm}`;
}

/** The report's record of OCR: mode, engine, model and versions (or why it did not run). */
export function ocrReportEntry(mode: OcrMode, o: { settings?: OcrSettings; engine?: OcrEngine }) {
  const e = o.engine ?? { engine: 'tesseract' as const, model: OCR_MODEL, available: false };
  return {
    mode,
    available: e.available,
    ...(mode === 'off' ? { reason: 'OCR turned off (--ocr off)' } : e.reason ? { reason: e.reason } : {}),
    engine: e.engine,
    ...(e.version ? { version: e.version } : {}),
    model: e.model,
    ...(e.renderer ? { renderer: e.renderer } : {}),
    ...(o.settings ? { dpi: o.settings.dpi } : {}),
  };
}

/** Said in the report when --ocr auto finds no engine: scans stay unread, and the user learns why. */
export function ocrUnavailableNote(e: OcrEngine, lang: 'zh' | 'en'): string {
  return lang === 'zh'
    ? `未安装OCR引擎（${e.reason}）：扫描件未经识别，仅按文件名归类，内容需人工核查。`
    : `OCR is not available (${e.reason}): scanned pages were not read; they are typed by file name and must be checked by eye.`;
}
