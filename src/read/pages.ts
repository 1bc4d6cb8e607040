import { Converter } from 'opencc-js/t2cn';

/** Text of one page as read (original, for quotes) and NFKC-normalised (for matching). */
export interface PageText {
  /** 1-based page number within the file (a .docx is one page: Word has no fixed pages) */
  page: number;
  text: string;
  norm: string;
  /**
   * set when the text was read by OCR from a scanned page: the page's mean word confidence (0–1) and,
   * per word, [end offset in `text`, confidence 0–100] flattened, for the confidence of a field;
   * `seal`: a red seal was seen on the page, with this confidence (0–1)
   */
  ocr?: { confidence: number; words: number[]; seal?: number };
}

export type FileKind = 'pdf' | 'docx' | 'doc' | 'txt' | 'image' | 'xlsx' | 'zip' | 'ofd' | 'unknown';

/**
 * What reading one file gave. Anything but `ok` becomes a file-health finding; a file is never dropped.
 * `no-text`: opened fine but holds no text layer (a scan): a reviewer must read it by eye.
 * `ocr` on `ok`: some pages were read by OCR, with this engine and model (their pages carry `ocr` marks).
 */
export type ReadOutcome =
  | { status: 'ok'; kind: FileKind; pages: PageText[]; pageErrors: PageError[]; note?: string; ocr?: string }
  | { status: 'no-text'; kind: FileKind; pages: PageText[]; pageErrors: PageError[]; reason: string }
  | { status: 'encrypted' | 'unreadable' | 'unsupported'; kind: FileKind; reason: string };

export interface PageError {
  page: number;
  reason: string;
}

/**
 * Traditional → Simplified (OpenCC's character and phrase tables): some exports come out in
 * Traditional characters (處罰決定書, 當事人), which every pattern of the recogniser would miss. Built
 * when the first page is normalised: the main thread and a warm run, which read no file, never need it.
 */
let toSimplified: ((text: string) => string) | undefined;

/**
 * Text for matching: NFKC folds full-width digits and letters (２０１９ → 2019) and compatibility forms;
 * a page written in Traditional characters is converted to Simplified. Originals stay for quotes.
 * Conversion is applied only to pages that clearly are Traditional (several characters change), so a
 * Simplified page is never altered by a table's edge cases.
 */
export function normalize(text: string): string {
  const nfkc = text.normalize('NFKC');
  const convert = (toSimplified ??= Converter({ from: 't', to: 'cn' }));
  const simplified = convert(nfkc);
  if (simplified === nfkc) return nfkc;
  let changed = 0;
  for (let i = 0; i < nfkc.length && changed < 3; i++) if (nfkc[i] !== simplified[i]) changed++;
  return changed >= 3 ? simplified : nfkc;
}

export function toPages(texts: string[]): PageText[] {
  return texts.map((text, i) => ({ page: i + 1, text, norm: normalize(text) }));
}

/** A page has text when it holds at least a few non-space characters (scanner stamps leave stray marks). */
export function hasText(pages: PageText[]): boolean {
  return pages.some(pageHasText);
}

export function pageHasText(page: PageText): boolean {
  return page.norm.replace(/\s+/g, '').length >= 4;
}
