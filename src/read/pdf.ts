import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFParse as PDFParseClass } from 'pdf-parse';
import { hasText, toPages, type PageError, type ReadOutcome } from './pages.js';

/**
 * pdfjs needs its character maps to turn CID codes of non-embedded Chinese fonts (STSong-Light, common
 * in exports from enforcement systems) into text; without them those pages read back empty.
 */
export const pdfjsRoot = (() => {
  const require = createRequire(import.meta.url);
  const fromParser = path.dirname(require.resolve('pdf-parse'));
  return path.dirname(require.resolve('pdfjs-dist/package.json', { paths: [fromParser] }));
})();
const CMAP_URL = path.join(pdfjsRoot, 'cmaps') + path.sep;
const FONT_URL = path.join(pdfjsRoot, 'standard_fonts') + path.sep;

/**
 * One pdfjs "worker" (in this thread) for every document read here, instead of one set up and torn
 * down per file. pdf-parse exposes its pdfjs namespace through `setWorker`. `plainMessages` (our
 * pdfjs patch): the in-thread port copies a message of plain objects and arrays (the text content)
 * itself rather than through structuredClone, to the same values (anything else still goes through
 * structuredClone); a tenth of a reader thread's time.
 */
let sharedWorker: Promise<unknown> | undefined;
function pdfjsWorker(PDFParse: typeof PDFParseClass): Promise<unknown> {
  sharedWorker ??= (async () => {
    PDFParse.setWorker();
    const pdfjs = (globalThis as { pdfjs?: { PDFWorker?: new (o?: object) => { promise: Promise<unknown> } } }).pdfjs;
    const worker = pdfjs?.PDFWorker ? new pdfjs.PDFWorker({ verbosity: 0, plainMessages: true }) : undefined;
    // its bundle is loaded by now (a failure shows when a document is opened, as before)
    await worker?.promise.catch(() => undefined);
    restoreNatives();
    return worker;
  })();
  return sharedWorker;
}

/**
 * pdf-parse loads pdfjs's "legacy" build, and pdfjs then loads its worker bundle: both carry core-js
 * polyfills that replace `Array.prototype.push` and `JSON.parse` in the whole thread with JavaScript
 * versions (forced by a spec detail of array lengths and by JSON.parse's source-text proposal, neither
 * of which pdfjs or caseaudit uses). pdfjs pushes onto arrays in its inner loops: measured, the
 * polyfilled push and its length writes were 4% of a reader thread's time. The engine's own functions,
 * taken before anything of pdfjs is loaded, are put back once both bundles are in; they give the same
 * results for everything done here.
 */
const NATIVE = { push: Object.getOwnPropertyDescriptor(Array.prototype, 'push')!, parse: Object.getOwnPropertyDescriptor(JSON, 'parse')! };
function restoreNatives(): void {
  Object.defineProperty(Array.prototype, 'push', NATIVE.push);
  Object.defineProperty(JSON, 'parse', NATIVE.parse);
}

/** Above this many pages a file is read only up to the limit and the rest is said (bounded time and memory). */
export const MAX_PDF_PAGES = 2000;

/**
 * How caseaudit opens a PDF with pdfjs (through pdf-parse): for its text only. Exported for the test
 * that reads every PDF with and without the font patch (test/pdf-fonts.test.ts).
 */
export function pdfOptions(bytes: Uint8Array): Record<string, unknown> {
  return {
    // pdfjs takes ownership of (and detaches) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: FONT_URL,
    verbosity: 0,
    // Text extraction needs glyph→Unicode maps, not glyph shapes: no font faces, no system fonts, no
    // compiled glyph paths, no XFA forms, no image decoding on a canvas.
    isEvalSupported: false,
    disableFontFace: true,
    // Our pdfjs patch (patches/pdfjs-dist+5.4.296.patch, applied by patch-package in `prepare`): a font
    // whose program is TrueType and which carries its own ToUnicode map is not parsed and repaired
    // (its widths are scaled as after a parse). That was a third of a reader thread's time, and the
    // text does not depend on it (test/pdf-fonts.test.ts). Unpatched pdfjs ignores the option.
    textOnlyFonts: true,
    // Also our patch: a compressed stream is inflated by Node's zlib in one call rather than in
    // JavaScript, the same bytes (a stream zlib refuses takes pdfjs's own path); 7% of a thread's time.
    nativeInflate: true,
    // Also our patch: each glyph's text position is worked out without two throwaway matrices, and a
    // glyph that is one CJK ideograph or ASCII character skips the Unicode category lookup (the same
    // numbers and categories).
    leanTextLayout: true,
    useSystemFonts: false,
    fontExtraProperties: false,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    stopAtErrors: false,
  };
}

/**
 * Read a PDF page by page, so one damaged page costs that page only. Encrypted files are reported as such
 * (a case file must be readable by the archive; the tool never tries passwords).
 */
export async function readPdf(bytes: Buffer): Promise<ReadOutcome> {
  // pdfjs (and the canvas package it loads) only where a PDF is read: a warm run never loads it.
  const { PDFParse, PasswordException } = await import('pdf-parse');
  const worker = await pdfjsWorker(PDFParse);
  const parser = new PDFParse({ ...pdfOptions(bytes), worker } as ConstructorParameters<typeof PDFParseClass>[0]);
  try {
    let total: number;
    try {
      // The page count only: pdf-parse's getInfo also reads the metadata, outline, permissions and page
      // labels, which nothing here uses (5% of a thread's time). Should one of those fail to be read,
      // the pages are still read; before, such a file was reported unreadable (hence READER_VERSION r4;
      // no such file is known among the samples and fixtures).
      // (`load`, which getInfo and getText call first, is private in pdf-parse's types; its version is pinned)
      total = (await (parser as unknown as { load(): Promise<{ numPages: number }> }).load()).numPages;
    } catch (error) {
      if (isPasswordError(error, PasswordException)) return { status: 'encrypted', kind: 'pdf', reason: 'password-protected PDF' };
      return { status: 'unreadable', kind: 'pdf', reason: describe(error) };
    }
    const texts: string[] = [];
    const pageErrors: PageError[] = [];
    const last = Math.min(total, MAX_PDF_PAGES);
    for (let page = 1; page <= last; page++) {
      try {
        const result = await parser.getText({ partial: [page], lineEnforce: true });
        texts.push(result.pages[0]?.text ?? '');
      } catch (error) {
        texts.push('');
        pageErrors.push({ page, reason: describe(error) });
      }
    }
    if (total > last) pageErrors.push({ page: last + 1, reason: `pages ${last + 1}–${total} not read (limit ${MAX_PDF_PAGES})` });
    const pages = toPages(texts);
    if (pageErrors.length === total && total > 0) {
      return { status: 'unreadable', kind: 'pdf', reason: `no page could be read: ${pageErrors[0].reason}` };
    }
    if (!hasText(pages)) {
      return { status: 'no-text', kind: 'pdf', pages, pageErrors, reason: 'no text layer (scanned image?)' };
    }
    return { status: 'ok', kind: 'pdf', pages, pageErrors };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

function isPasswordError(error: unknown, PasswordException: abstract new (...a: never[]) => unknown): boolean {
  return error instanceof PasswordException || (error instanceof Error && /password/i.test(error.name + error.message));
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 300);
  return String(error).slice(0, 300);
}
