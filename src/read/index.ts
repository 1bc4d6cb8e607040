import { TextDecoder } from 'node:util';
import { DEFAULT_READ_LIMITS, officePartsOverLimit, pdfStreamsOverLimit, type ReadLimits } from './limits.js';
import type { ReadOutcome } from './pages.js';
import { readOfd } from './ofd.js';
import { withOcr } from './ocr/scanned.js';
import type { OcrSettings } from './ocr/engine.js';
import { readPdf } from './pdf.js';
import { kindFromExtension, sniff } from './sniff.js';
import { readDoc, readDocx, withText } from './word.js';

export type { PageText, ReadOutcome, FileKind } from './pages.js';
export { DEFAULT_READ_LIMITS, LIMIT_PREFIX, type ReadLimits } from './limits.js';

/** OCR for scans: the settings when it runs, else why it does not (said in the no-text reason). */
export interface ReadOcr {
  settings?: OcrSettings;
  unavailable?: string;
}

/**
 * Bytes → text by page. Never throws for a bad file: every failure is an outcome with a reason, so the
 * file is accounted for in the report.
 */
export async function readDocumentBytes(bytes: Buffer, name: string, limits: ReadLimits = DEFAULT_READ_LIMITS, ocr: ReadOcr = {}): Promise<ReadOutcome> {
  const started = Date.now();
  if (bytes.length === 0) return { status: 'unreadable', kind: kindFromExtension(name), reason: 'empty file (0 bytes)' };
  const kind = sniff(bytes, name);
  const promised = kindFromExtension(name);
  // A file named as a document format whose bytes are something else is a broken file, not an
  // unsupported one: the export claims it is a case document.
  if (kind === 'unknown' && (promised === 'pdf' || promised === 'docx' || promised === 'doc' || promised === 'ofd')) {
    return { status: 'unreadable', kind: promised, reason: `not a valid .${name.split('.').pop()} file (its content is not ${promised})` };
  }
  // Sizes the parsers would inflate without bound are checked first (time and memory: the reader thread).
  const over = kind === 'pdf' ? pdfStreamsOverLimit(bytes, limits) : kind === 'docx' || kind === 'ofd' ? await officePartsOverLimit(bytes, limits) : undefined;
  if (over) return { status: 'unreadable', kind, reason: over };
  // Scanned pages and images are read by OCR when it is on (src/read/ocr).
  const read = kind === 'ofd' ? await readOfd(bytes, ocr.settings, started, limits) : await readByKind(kind, bytes);
  const outcome = await withOcr(read, bytes, ocr.settings, ocr.unavailable, started, limits);
  if (outcome.status === 'ok' && promised !== 'unknown' && promised !== kind) {
    return { ...outcome, note: `content is ${kind} although the name says .${promised === 'pdf' ? 'pdf' : name.split('.').pop()}` };
  }
  return outcome;
}

async function readByKind(kind: ReturnType<typeof sniff>, bytes: Buffer): Promise<ReadOutcome> {
  switch (kind) {
    case 'pdf':
      return readPdf(bytes);
    case 'docx':
      return readDocx(bytes);
    case 'doc':
      return readDoc(bytes);
    case 'txt':
      return readText(bytes);
    case 'image':
      return { status: 'no-text', kind, pages: [], pageErrors: [], reason: 'image file: no text layer (scan)' };
    default:
      return { status: 'unsupported', kind, reason: `not a document format caseaudit reads (${kind})` };
  }
}

/** Plain text: UTF-8 when it decodes cleanly, else GB18030 (Windows exports in China). */
function readText(bytes: Buffer): ReadOutcome {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  return withText('txt', text.replace(/^\uFEFF/, ''));
}
